//! Debate mode: an alliance team and a sovereign team, each with evidence cards, quotes and
//! the other side's strongest arguments to answer.

use super::content::{Team, TEAMS};
use super::evidence::EventLinks;
use super::ClassroomUi;
use crate::app::use_site;
use crate::components::event_card::EventCard;
use crate::components::quote_card::QuoteCard;
use crate::data::{event, Lang, Stance, QUOTES};
use crate::state::classroom::ClassroomQuery;
use crate::state::route::View;
use leptos::prelude::*;

/// One team's brief: its case, evidence cards, quotes, and `other`'s arguments to answer.
#[component]
fn TeamBrief(me: &'static Team, other: &'static Team, lang: Lang) -> impl IntoView {
    let site = use_site();
    let c = ClassroomUi::get(lang);
    let slug = me.stance.slug();
    let id = format!("team-{slug}");
    let labelled_by = id.clone();
    let name = match me.stance {
        Stance::Sovereign => c.team_sovereign,
        _ => c.team_alliance,
    };
    let cards = me
        .evidence
        .iter()
        .filter_map(|id| event(id))
        .map(|ev| view! { <li><EventCard ev compact=true /></li> })
        .collect_view();
    let quotes = me
        .quotes
        .iter()
        .filter_map(|id| QUOTES.iter().find(|q| q.id == *id))
        .map(|quote| view! { <li><QuoteCard quote lang full_cite=true /></li> })
        .collect_view();
    let arguments = other
        .arguments
        .iter()
        .map(|a| {
            view! {
                <li>
                    <p>{a.text.get(lang)}</p>
                    <EventLinks ids=a.events lang />
                </li>
            }
        })
        .collect_view();
    view! {
        <section class=format!("classroom-team classroom-team--{slug}") aria-labelledby=labelled_by>
            <h3 id=id>{name}</h3>
            <p class="classroom-team__case">
                <strong>{format!("{}: ", c.your_case)}</strong>
                {me.case.get(lang)}
            </p>
            <h4>{c.your_evidence}</h4>
            <ul class="classroom-cards">{cards}</ul>
            <p class="classroom-team__more">
                <a href=site.href(View::Timeline, &[("stance", slug.to_string())])>{c.all_on_timeline}</a>
            </p>
            <h4>{c.your_quotes}</h4>
            <ul class="classroom-quotes">{quotes}</ul>
            <h4>{c.answer_these}</h4>
            <ol class="classroom-arguments">{arguments}</ol>
        </section>
    }
}

/// Both teams side by side, or the one team the link names.
#[component]
pub fn Debate(query: Memo<ClassroomQuery>) -> impl IntoView {
    let site = use_site();
    let team = Memo::new(move |_| query.with(|q| q.team));
    move || {
        let lang = site.lang.get();
        let team = team.get();
        let c = ClassroomUi::get(lang);
        let tabs = [
            (None, c.both_teams),
            (Some(Stance::Alliance), c.team_alliance),
            (Some(Stance::Sovereign), c.team_sovereign),
        ]
        .into_iter()
        .map(|(t, label)| {
            let mut params = vec![("section", "debate".to_string())];
            if let Some(s) = t {
                params.push(("team", s.slug().to_string()));
            }
            view! {
                <li>
                    <a href=site.href(View::Classroom, &params) aria-current=(t == team).then_some("page")>
                        {label}
                    </a>
                </li>
            }
        })
        .collect_view();
        let (a, s) = (&TEAMS[0], &TEAMS[1]);
        let teams = match team {
            Some(Stance::Alliance) => view! { <TeamBrief me=a other=s lang /> }.into_any(),
            Some(_) => view! { <TeamBrief me=s other=a lang /> }.into_any(),
            None => view! {
                <div class="classroom-teams">
                    <TeamBrief me=a other=s lang />
                    <TeamBrief me=s other=a lang />
                </div>
            }
            .into_any(),
        };
        view! {
            <section class="classroom__section" aria-labelledby="classroom-debate">
                <h2 id="classroom-debate">{c.debate_title}</h2>
                <p>{c.debate_intro}</p>
                <p class="classroom__goal">{c.debate_format}</p>
                <nav class="classroom__subnav" aria-label=c.debate_title>
                    <ul>{tabs}</ul>
                </nav>
                <p class="classroom-copies">
                    <button type="button" class="button" on:click=|_| crate::hooks::print_as("cards")>
                        {c.print_cards}
                    </button>
                </p>
                {teams}
            </section>
        }
    }
}
