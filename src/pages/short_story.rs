//! The short story (`story/short/`): one paragraph per chapter with the facts it rests on,
//! about three minutes' reading. Each chapter leads into its full version; the last one into
//! the full story. Stepping through is plain links to each chapter's anchor, so it works the
//! same with and without JavaScript.

use crate::app::{use_site, Site};
use crate::components::evidence_list::EvidenceList;
use crate::components::story_step::StepUi;
use crate::components::title::Title;
use crate::content::short::{full_reading, short_reading, Summary, SUMMARIES};
use crate::content::story::CHAPTERS;
use crate::data::Lang;
use crate::i18n::ui;
use crate::pages::home::HomeUi;
use crate::state::route::{Entity, View};
use leptos::prelude::*;

crate::catalogue! {
    pub struct ShortUi {
        lede: "아홉 장을 한 문단씩 담았습니다. 읽는 데 약 {m}분({n}자)이 걸립니다. 모든 사실은 타임라인의 근거로 이어지고, 장마다 전체 이야기로 들어갈 수 있습니다.", "The nine chapters, one paragraph each: about {m} minutes' reading ({n} words). Every fact links to its evidence on the timeline, and each chapter opens in full.";
        full: "전체 이야기는 {s}단계, 약 {m}분 분량입니다.", "The full story has {s} steps, about {m} minutes.";
        read_full: "전체 이야기 읽기", "Read the full story";
        chapters: "장 목록", "Chapters";
        in_full: "{n}장 전체 읽기 ({s}단계)", "Read chapter {n} in full ({s} steps)";
        next: "다음: {n}장", "Next: chapter {n}";
        the_end: "짧은 이야기는 여기까지입니다.", "That is the short version.";
        from_start: "전체 이야기를 처음부터 읽기", "Read the full story from the start";
        argument_map: "논증 지도 보기", "See the argument map";
    }
}

/// The anchor of a chapter on this page.
fn anchor(slug: &str) -> String {
    format!("short-{slug}")
}

#[component]
pub fn ShortStoryPage() -> impl IntoView {
    let site = use_site();
    let lang = site.lang;
    let body = move || {
        let l = lang.get();
        let s = ShortUi::get(l);
        let (size, min) = short_reading(l);
        let (_, full_min) = full_reading(l);
        let steps: usize = CHAPTERS.iter().map(|c| c.steps.len()).sum();
        let here = site.href(View::ShortStory, &[]);
        let toc = SUMMARIES
            .iter()
            .enumerate()
            .map(|(i, sm)| {
                let title = CHAPTERS.get(i).map(|c| c.title.get(l));
                view! { <li><a href=format!("{here}#{}", anchor(sm.chapter))>{title}</a></li> }
            })
            .collect_view();
        view! {
            <h1 class="story__title">{HomeUi::get(l).short_story}</h1>
            <p class="story__lede">
                {s.lede.replace("{m}", &min.to_string()).replace("{n}", &size.to_string())}
            </p>
            <p class="short__full">
                {s.full.replace("{s}", &steps.to_string()).replace("{m}", &full_min.to_string())}
                " "
                <a href=site.href(View::Story, &[])>{s.read_full}</a>
            </p>
            <nav class="short__toc" aria-label=s.chapters>
                <ol>{toc}</ol>
            </nav>
            <ol class="short__chapters">
                {SUMMARIES.iter().enumerate().map(|(i, sm)| chapter(site, i, sm, l)).collect_view()}
            </ol>
        }
    };
    view! {
        <Title text=move || {
            let l = lang.get();
            format!("{} · {}", HomeUi::get(l).short_story, ui(l).site_title)
        } />
        <main id="main" class="page page--story page--short">{body}</main>
    }
}

/// One chapter in brief: its paragraph, its facts, and the ways on (in full, or the next).
fn chapter(site: Site, i: usize, summary: &'static Summary, lang: Lang) -> impl IntoView {
    let s = ShortUi::get(lang);
    let step = StepUi::get(lang);
    let n = (i + 1).to_string();
    let ch = CHAPTERS.get(i);
    let steps = ch.map_or(0, |c| c.steps.len()).to_string();
    let here = site.href(View::ShortStory, &[]);
    let id = anchor(summary.chapter);
    let onward = match SUMMARIES.get(i + 1) {
        Some(next) => view! {
            <a class="button" href=format!("{here}#{}", anchor(next.chapter))>
                {s.next.replace("{n}", &(i + 2).to_string())}
                <span aria-hidden="true">" ↓"</span>
            </a>
        }
        .into_any(),
        None => {
            let story = site.href(View::Story, &[]);
            view! {
                <p class="short__end">{s.the_end}</p>
                <a class="button button--primary" href=story.clone()>{s.from_start}</a>
                <a class="button" href=format!("{story}#argument-map")>{s.argument_map}</a>
            }
            .into_any()
        }
    };
    view! {
        <li class="short__chapter" id=id.clone() data-chapter=summary.chapter>
            <h2 class="story-step__chapter" id=format!("{id}-title")>
                <span class="story-step__chapter-no">{step.chapter.replace("{n}", &n)}</span>
                " "
                {ch.map(|c| c.title.get(lang))}
            </h2>
            <p class="short__text">{summary.text.get(lang)}</p>
            <section class="story-evidence short__evidence" aria-labelledby=format!("{id}-evidence")>
                <h3 class="story-step__label" id=format!("{id}-evidence")>{step.evidence}</h3>
                <EvidenceList ids=summary.events lang=lang />
            </section>
            <div class="short__nav">
                <a class="button" href=site.entity_href(Entity::Chapter, summary.chapter)>
                    {s.in_full.replace("{n}", &n).replace("{s}", &steps)}
                    <span aria-hidden="true">" →"</span>
                </a>
                {onward}
            </div>
        </li>
    }
}
