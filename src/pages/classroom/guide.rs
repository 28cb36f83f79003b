//! The lesson guide and the discussion prompts (static: written as escaped HTML).

use super::content::{prompts, Level, LESSON};
use super::html::{event_links, Html};
use super::ClassroomUi;
use crate::app::{use_site, Site};
use crate::content::story::CHAPTERS;
use crate::data::Lang;
use crate::state::classroom::ClassroomQuery;
use crate::state::route::View;
use leptos::prelude::*;

fn guide_html(lang: Lang, site: Site) -> String {
    let c = ClassroomUi::get(lang);
    let mut h = Html::default();
    h.el("h2", &[("id", "classroom-guide")], c.guide_title)
        .el("p", &[], c.guide_intro)
        .el("p", &[("class", "classroom__goal")], c.guide_goal)
        .open("ol", &[("class", "classroom-steps")]);
    for s in LESSON {
        h.open("li", &[("class", "classroom-step")])
            .el(
                "p",
                &[("class", "classroom-step__time")],
                &format!("{}–{} {}", s.from, s.to, c.minutes),
            )
            .open("div", &[])
            .el("h3", &[], s.title.get(lang))
            .el("p", &[], s.body.get(lang))
            .open("ul", &[("class", "classroom-step__links")]);
        for l in s.links {
            let params: Vec<(&'static str, String)> =
                l.params.iter().map(|(k, v)| (*k, v.to_string())).collect();
            h.open("li", &[])
                .link(&site.href(l.view, &params), l.label.get(lang))
                .close("li");
        }
        h.close("ul").close("div").close("li");
    }
    h.close("ol");
    h.0
}

#[component]
pub fn Guide() -> impl IntoView {
    let site = use_site();
    view! {
        <section
            class="classroom__section"
            aria-labelledby="classroom-guide"
            inner_html=move || guide_html(site.lang.get(), site)
        ></section>
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

fn prompts_html(lang: Lang, only: Option<&str>, site: Site) -> String {
    let c = ClassroomUi::get(lang);
    let mut h = Html::default();
    h.el("h2", &[("id", "classroom-prompts")], c.prompts_title)
        .el("p", &[], c.prompts_intro);
    if only.is_some() {
        h.open("p", &[])
            .link(
                &site.href(View::Classroom, &[("section", "prompts".into())]),
                c.all_chapters,
            )
            .close("p");
    }
    for (i, ch) in CHAPTERS.iter().enumerate() {
        if only.is_some_and(|o| o != ch.slug) {
            continue;
        }
        let id = format!("prompts-{}", ch.slug);
        h.open(
            "section",
            &[("class", "classroom-chapter"), ("aria-labelledby", &id)],
        )
        .el(
            "h3",
            &[("id", &id)],
            &format!("{} {}. {}", c.chapter, i + 1, ch.title.get(lang)),
        )
        .open("ol", &[("class", "classroom-prompts")]);
        for p in prompts(ch.slug) {
            let (slug, name) = level(p.level, c);
            h.open("li", &[("class", "classroom-prompt")])
                .el(
                    "span",
                    &[("class", &format!("classroom-level classroom-level--{slug}"))],
                    name,
                )
                .text(" ")
                .el(
                    "span",
                    &[("class", "classroom-prompt__text")],
                    p.text.get(lang),
                );
            event_links(&mut h, p.events, lang, site);
            h.close("li");
        }
        h.close("ol")
            .open("p", &[("class", "classroom-chapter__links")])
            .link(
                &site.href(View::Story, &[("chapter", ch.slug.into())]),
                c.read_story,
            )
            .text(" · ")
            .link(
                &site.href(
                    View::Classroom,
                    &[
                        ("section", "present".into()),
                        ("chapter", ch.slug.into()),
                        ("step", "1".into()),
                    ],
                ),
                c.present_chapter,
            );
        if only.is_none() {
            h.text(" · ").link(
                &site.href(
                    View::Classroom,
                    &[("section", "prompts".into()), ("chapter", ch.slug.into())],
                ),
                c.only_chapter,
            );
        }
        h.close("p").close("section");
    }
    h.0
}

#[component]
pub fn Prompts(query: Memo<ClassroomQuery>) -> impl IntoView {
    let site = use_site();
    let only = Memo::new(move |_| query.with(|q| q.chapter));
    view! {
        <section
            class="classroom__section"
            aria-labelledby="classroom-prompts"
            inner_html=move || prompts_html(site.lang.get(), only.get(), site)
        ></section>
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
