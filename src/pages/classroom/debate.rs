//! Debate mode: an alliance team and a sovereign team, each with evidence cards, quotes and
//! the other side's strongest arguments to answer (static: written as escaped HTML).

use super::content::{Team, TEAMS};
use super::html::{event_card, event_links, Html};
use super::{cite_text, ClassroomUi};
use crate::app::{use_site, Site};
use crate::data::{event, speaker_name, Lang, Stance, QUOTES};
use crate::state::classroom::ClassroomQuery;
use crate::state::route::View;
use leptos::prelude::*;

fn team_html(h: &mut Html, me: &Team, other: &Team, lang: Lang, site: Site) {
    let c = ClassroomUi::get(lang);
    let slug = me.stance.slug();
    let id = format!("team-{slug}");
    let name = match me.stance {
        Stance::Sovereign => c.team_sovereign,
        _ => c.team_alliance,
    };
    h.open(
        "section",
        &[
            ("class", &format!("classroom-team classroom-team--{slug}")),
            ("aria-labelledby", &id),
        ],
    )
    .el("h3", &[("id", &id)], name)
    .open("p", &[("class", "classroom-team__case")])
    .el("strong", &[], &format!("{}: ", c.your_case))
    .text(me.case.get(lang))
    .close("p")
    .el("h4", &[], c.your_evidence)
    .open("ul", &[("class", "classroom-cards")]);
    for e in me.evidence.iter().filter_map(|id| event(id)) {
        h.open("li", &[]);
        event_card(h, e, lang, site);
        h.close("li");
    }
    h.close("ul")
        .open("p", &[])
        .link(
            &site.href(View::Timeline, &[("stance", slug.to_string())]),
            c.all_on_timeline,
        )
        .close("p")
        .el("h4", &[], c.your_quotes)
        .open("ul", &[("class", "classroom-quotes")]);
    for q in me
        .quotes
        .iter()
        .filter_map(|id| QUOTES.iter().find(|q| q.id == *id))
    {
        let who = speaker_name(q.speaker).map_or(q.speaker, |n| n.get(lang));
        let cites: Vec<String> = q.cites.iter().map(|x| cite_text(x, lang)).collect();
        h.open("li", &[])
            .open("blockquote", &[("class", "classroom-quote")])
            .el("p", &[], &format!("“{}”", q.words(lang)))
            .open("footer", &[])
            .text(&format!("— {who} "))
            .el(
                "span",
                &[("class", "classroom__cite")],
                &format!("({})", cites.join("; ")),
            )
            .close("footer")
            .close("blockquote")
            .close("li");
    }
    h.close("ul")
        .el("h4", &[], c.answer_these)
        .open("ol", &[("class", "classroom-arguments")]);
    for a in other.arguments {
        h.open("li", &[]).el("p", &[], a.text.get(lang));
        event_links(h, a.events, lang, site);
        h.close("li");
    }
    h.close("ol").close("section");
}

fn debate_html(lang: Lang, team: Option<Stance>, site: Site) -> String {
    let c = ClassroomUi::get(lang);
    let mut h = Html::default();
    h.el("h2", &[("id", "classroom-debate")], c.debate_title)
        .el("p", &[], c.debate_intro)
        .el("p", &[("class", "classroom__goal")], c.debate_format)
        .open(
            "nav",
            &[
                ("class", "classroom__subnav"),
                ("aria-label", c.debate_title),
            ],
        )
        .open("ul", &[]);
    for (t, label) in [
        (None, c.both_teams),
        (Some(Stance::Alliance), c.team_alliance),
        (Some(Stance::Sovereign), c.team_sovereign),
    ] {
        let mut params = vec![("section", "debate".to_string())];
        if let Some(s) = t {
            params.push(("team", s.slug().to_string()));
        }
        let href = site.href(View::Classroom, &params);
        let mut attrs = vec![("href", href.as_str())];
        if t == team {
            attrs.push(("aria-current", "page"));
        }
        h.open("li", &[]).el("a", &attrs, label).close("li");
    }
    h.close("ul").close("nav");
    let (a, s) = (&TEAMS[0], &TEAMS[1]);
    match team {
        Some(Stance::Alliance) => team_html(&mut h, a, s, lang, site),
        Some(_) => team_html(&mut h, s, a, lang, site),
        None => {
            h.open("div", &[("class", "classroom-teams")]);
            team_html(&mut h, a, s, lang, site);
            team_html(&mut h, s, a, lang, site);
            h.close("div");
        }
    }
    h.0
}

#[component]
pub fn Debate(query: Memo<ClassroomQuery>) -> impl IntoView {
    let site = use_site();
    let team = Memo::new(move |_| query.with(|q| q.team));
    view! {
        <section
            class="classroom__section"
            aria-labelledby="classroom-debate"
            inner_html=move || debate_html(site.lang.get(), team.get(), site)
        ></section>
    }
}
