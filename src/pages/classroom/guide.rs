//! The lesson guide and the discussion prompts.

use super::content::{prompts, Level, LESSON};
use super::evidence::EventLinks;
use super::ClassroomUi;
use crate::app::use_site;
use crate::content::story::CHAPTERS;
use crate::content::Chapter;
use crate::data::Lang;
use crate::state::classroom::ClassroomQuery;
use crate::state::route::View;
use leptos::prelude::*;

/// The 45-minute lesson plan, each step linking to the view to open.
#[component]
pub fn Guide() -> impl IntoView {
    let site = use_site();
    move || {
        let lang = site.lang.get();
        let c = ClassroomUi::get(lang);
        let steps = LESSON
            .iter()
            .map(|s| {
                let links = s
                    .links
                    .iter()
                    .map(|l| {
                        let params: Vec<(&'static str, String)> =
                            l.params.iter().map(|(k, v)| (*k, v.to_string())).collect();
                        view! { <li><a href=site.href(l.view, &params)>{l.label.get(lang)}</a></li> }
                    })
                    .collect_view();
                view! {
                    <li class="classroom-step">
                        <p class="classroom-step__time">{format!("{}–{} {}", s.from, s.to, c.minutes)}</p>
                        <div>
                            <h3>{s.title.get(lang)}</h3>
                            <p>{s.body.get(lang)}</p>
                            <ul class="classroom-step__links">{links}</ul>
                        </div>
                    </li>
                }
            })
            .collect_view();
        view! {
            <section class="classroom__section" aria-labelledby="classroom-guide">
                <h2 id="classroom-guide">{c.guide_title}</h2>
                <p>{c.guide_intro}</p>
                <p class="classroom__goal">{c.guide_goal}</p>
                <ol class="classroom-steps">{steps}</ol>
            </section>
        }
    }
}

/// The level's class suffix and name.
pub fn level(l: Level, c: &ClassroomUi) -> (&'static str, &'static str) {
    match l {
        Level::Recall => ("recall", c.level_recall),
        Level::Interpret => ("interpret", c.level_interpret),
        Level::Evaluate => ("evaluate", c.level_evaluate),
    }
}

/// One chapter's prompts at three levels, with links to the story and presenter mode
/// (and, when all chapters are shown, to this chapter alone).
#[component]
fn ChapterSection(n: usize, ch: &'static Chapter, lang: Lang, only: bool) -> impl IntoView {
    let site = use_site();
    let c = ClassroomUi::get(lang);
    let id = format!("prompts-{}", ch.slug);
    let labelled_by = id.clone();
    let items = prompts(ch.slug)
        .iter()
        .map(|p| {
            let (slug, name) = level(p.level, c);
            view! {
                <li class="classroom-prompt">
                    <span class=format!("classroom-level classroom-level--{slug}")>{name}</span>
                    " "
                    <span class="classroom-prompt__text">{p.text.get(lang)}</span>
                    <EventLinks ids=p.events lang />
                </li>
            }
        })
        .collect_view();
    let present = site.href(
        View::Classroom,
        &[
            ("section", "present".into()),
            ("chapter", ch.slug.into()),
            ("step", "1".into()),
        ],
    );
    let this_only = (!only).then(|| {
        let href = site.href(
            View::Classroom,
            &[("section", "prompts".into()), ("chapter", ch.slug.into())],
        );
        view! { " · " <a href=href>{c.only_chapter}</a> }
    });
    view! {
        <section class="classroom-chapter" aria-labelledby=labelled_by>
            <h3 id=id>{format!("{} {n}. {}", c.chapter, ch.title.get(lang))}</h3>
            <ol class="classroom-prompts">{items}</ol>
            <p class="classroom-chapter__links">
                <a href=site.href(View::Story, &[("chapter", ch.slug.into())])>{c.read_story}</a>
                " · "
                <a href=present>{c.present_chapter}</a>
                {this_only}
            </p>
        </section>
    }
}

/// Discussion prompts for every story chapter, or for the one chapter in the link.
#[component]
pub fn Prompts(query: Memo<ClassroomQuery>) -> impl IntoView {
    let site = use_site();
    let only = Memo::new(move |_| query.with(|q| q.chapter));
    move || {
        let lang = site.lang.get();
        let only = only.get();
        let c = ClassroomUi::get(lang);
        let all = only.is_some().then(|| {
            let href = site.href(View::Classroom, &[("section", "prompts".into())]);
            view! { <p><a href=href>{c.all_chapters}</a></p> }
        });
        let chapters = CHAPTERS
            .iter()
            .enumerate()
            .filter(|(_, ch)| only.is_none_or(|o| o == ch.slug))
            .map(|(i, ch)| view! { <ChapterSection n=i + 1 ch lang only=only.is_some() /> })
            .collect_view();
        view! {
            <section class="classroom__section" aria-labelledby="classroom-prompts">
                <h2 id="classroom-prompts">{c.prompts_title}</h2>
                <p>{c.prompts_intro}</p>
                {all}
                {chapters}
            </section>
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_story_chapter_has_three_levels_of_prompts() {
        let n: usize = CHAPTERS.iter().map(|c| prompts(c.slug).len()).sum();
        assert!(n >= 3 * CHAPTERS.len());
    }
}
