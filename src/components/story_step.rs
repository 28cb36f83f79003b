use crate::app::use_site;
use crate::components::evidence_list::EvidenceList;
use crate::components::quote_card::QuoteCard;
use crate::components::term::TermText;
use crate::content::story::CHAPTERS;
use crate::content::{quote, Caveat, Flag, Step};
use crate::data::{org, Lang};
use crate::state::story::StoryPos;
use leptos::prelude::*;

crate::catalogue! {
    pub struct StepUi {
        chapter: "{n}장", "Chapter {n}";
        evidence: "근거", "Evidence";
        orgs: "관련 기업·기관", "Companies and bodies";
        inference: "추론", "Inference";
        thin: "근거 부족", "Thin evidence";
    }
}

/// The id of the focusable step heading (focus moves here when the step changes).
pub const HEADING_ID: &str = "story-step-heading";

/// A visible label for a claim that goes beyond the facts, with the reason.
#[component]
pub fn CaveatNote(caveat: &'static Caveat, lang: Lang) -> impl IntoView {
    let s = StepUi::get(lang);
    let (class, label) = match caveat.flag {
        Flag::Inference => ("story-flag story-flag--inference", s.inference),
        Flag::Thin => ("story-flag story-flag--thin", s.thin),
    };
    view! {
        <p class=class>
            <strong class="story-flag__label">{label}</strong>
            " "
            {caveat.note.get(lang)}
        </p>
    }
}

/// One step of the story, self-contained so it can also be shown full-screen: chapter,
/// the claim with glossary terms explained, caveats, quotes and the facts behind it.
#[component]
pub fn StoryStep(pos: StoryPos, lang: Lang) -> impl IntoView {
    let site = use_site();
    let s = StepUi::get(lang);
    let Some(chapter) = CHAPTERS.get(pos.chapter) else {
        return ().into_any();
    };
    let Some(step) = chapter.steps.get(pos.step) else {
        return ().into_any();
    };
    let orgs = (!step.orgs.is_empty()).then(|| {
        let links = step
            .orgs
            .iter()
            .filter_map(|id| org(id))
            .map(|o| {
                view! {
                    <li>
                        <a
                            class="story-step__org"
                            href=site.entity_href(crate::state::route::Entity::Company, o.id)
                        >
                            {o.name.get(lang)}
                        </a>
                    </li>
                }
            })
            .collect_view();
        view! {
            <div class="story-step__orgs">
                <h4 class="story-step__label">{s.orgs}</h4>
                <ul class="story-step__org-list">{links}</ul>
            </div>
        }
    });
    view! {
        <article class="story-step" data-chapter=chapter.slug data-step=pos.step + 1>
            <h2 class="story-step__chapter">
                <span class="story-step__chapter-no">
                    {s.chapter.replace("{n}", &(pos.chapter + 1).to_string())}
                </span>
                " "
                {chapter.title.get(lang)}
            </h2>
            <h3 id=HEADING_ID class="story-step__title" tabindex="-1">
                {step.title.get(lang)}
            </h3>
            <p class="story-step__body">
                <TermText text=step.body.get(lang) lang=lang />
            </p>
            {step_notes(step, lang)}
            <section class="story-evidence" aria-labelledby="story-step-evidence">
                <h4 class="story-step__label" id="story-step-evidence">{s.evidence}</h4>
                <EvidenceList ids=step.events lang=lang />
            </section>
            {orgs}
        </article>
    }
    .into_any()
}

/// A step's caveats, then its quotes: the same on screen and on paper.
fn step_notes(step: &'static Step, lang: Lang) -> impl IntoView {
    let caveats = step
        .caveats
        .iter()
        .map(|c| view! { <CaveatNote caveat=c lang=lang /> });
    let quotes = step.quotes.iter().filter_map(|id| quote(id));
    (
        caveats.collect_view(),
        quotes
            .map(|q| view! { <QuoteCard quote=q lang=lang /> })
            .collect_view(),
    )
}

/// Every step of one chapter, for paper. The screen shows one step at a time; a printed
/// chapter is read straight through, so this list (hidden on screen) takes the stage's place
/// in print. Plain text: glossary buttons and step links mean nothing on paper.
#[component]
pub fn ChapterPrint(chapter: usize, lang: Lang) -> impl IntoView {
    let s = StepUi::get(lang);
    let Some(ch) = CHAPTERS.get(chapter) else {
        return ().into_any();
    };
    let steps = ch
        .steps
        .iter()
        .map(|step| {
            let orgs = (!step.orgs.is_empty()).then(|| {
                let names: Vec<&str> = step
                    .orgs
                    .iter()
                    .filter_map(|id| org(id))
                    .map(|o| o.name.get(lang))
                    .collect();
                view! {
                    <p class="story-print__orgs">
                        <strong>{format!("{}: ", s.orgs)}</strong>
                        {names.join(" · ")}
                    </p>
                }
            });
            view! {
                <li class="story-print__step">
                    <h3 class="story-print__title">{step.title.get(lang)}</h3>
                    <p class="story-print__body">{step.body.get(lang)}</p>
                    {step_notes(step, lang)}
                    <div class="story-print__evidence">
                        <h4 class="story-step__label">{s.evidence}</h4>
                        <EvidenceList ids=step.events lang=lang />
                    </div>
                    {orgs}
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="story-print">
            <h2 class="story-step__chapter">
                <span class="story-step__chapter-no">
                    {s.chapter.replace("{n}", &(chapter + 1).to_string())}
                </span>
                " "
                {ch.title.get(lang)}
            </h2>
            <ol class="story-print__steps">{steps}</ol>
        </section>
    }
    .into_any()
}
