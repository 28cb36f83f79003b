//! Presenter mode: the story (`crate::content::story`), one step per screen in large type,
//! driven by a clicker or the keyboard (→ PageDown Space / ← PageUp / Home / End), with a full-screen
//! button. The URL names the chapter and step, so reloading reopens the same screen.
//! It reuses the story's own step component (`StoryStep`) and its stepping rules.

use super::content::prompts;
use super::guide::level;
use super::{use_set_query, ClassroomUi};
use crate::app::use_site;
use crate::components::story_step::StoryStep;
use crate::content::story::{outline, CHAPTERS};
use crate::hooks::{toggle_fullscreen, use_fullscreen};
use crate::state::classroom::{ClassroomQuery, Section};
use crate::state::route::View;
use crate::state::story::{next, overall, prev, StoryPos};
use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// `(slug, steps)` of every chapter the presenter can show (for parsing links).
pub fn chapter_index() -> &'static [(&'static str, usize)] {
    outline()
}

/// Where a key (or a button) moves the presenter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Move {
    Next,
    Prev,
    /// The first step of the first chapter.
    First,
    /// The last step of the last chapter.
    Last,
}

/// What a key does in presenter mode. `tag` is the focused element's tag name; keys typed
/// into fields are left alone, and Space on a focused control keeps its usual meaning
/// (pressing it).
pub fn key_move(key: &str, shift: bool, tag: &str) -> Option<Move> {
    if matches!(tag, "INPUT" | "TEXTAREA" | "SELECT") {
        return None;
    }
    match key {
        "ArrowRight" | "PageDown" => Some(Move::Next),
        "ArrowLeft" | "PageUp" => Some(Move::Prev),
        "Home" => Some(Move::First),
        "End" => Some(Move::Last),
        " " | "Spacebar" if !matches!(tag, "BUTTON" | "A" | "SUMMARY") => {
            Some(if shift { Move::Prev } else { Move::Next })
        }
        _ => None,
    }
}

/// The step a move leads to, or `None` when it would stay where it is (or the outline is
/// empty).
pub fn target(p: StoryPos, m: Move, outline: &[(&str, usize)]) -> Option<StoryPos> {
    let to = match m {
        Move::Next => next(p, outline),
        Move::Prev => prev(p, outline),
        Move::First => (!outline.is_empty()).then_some(StoryPos {
            chapter: 0,
            step: 0,
        }),
        Move::Last => outline.len().checked_sub(1).map(|c| StoryPos {
            chapter: c,
            step: outline[c].1.saturating_sub(1),
        }),
    };
    to.filter(|t| *t != p)
}

#[component]
pub fn Presenter(query: Memo<ClassroomQuery>) -> impl IntoView {
    let site = use_site();
    let set_query = use_set_query();
    let outline = outline();
    let pos = Memo::new(move |_| {
        query.with(|q| StoryPos {
            chapter: q
                .chapter
                .and_then(|s| outline.iter().position(|c| c.0 == s))
                .unwrap_or(0),
            step: q.step.map_or(0, |n| n - 1),
        })
    });
    let go = move |p: StoryPos| {
        set_query(&ClassroomQuery {
            section: Section::Present,
            chapter: outline.get(p.chapter).map(|c| c.0),
            step: Some(p.step + 1),
            ..Default::default()
        })
    };
    let step_by = move |m: Move| {
        if let Some(t) = target(pos.get_untracked(), m, outline) {
            go(t);
        }
    };
    let keys = step_by.clone();
    let handle = window_event_listener(ev::keydown, move |e| {
        if e.alt_key() || e.ctrl_key() || e.meta_key() || e.default_prevented() {
            return;
        }
        let tag = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .map(|el| el.tag_name().to_ascii_uppercase())
            .unwrap_or_default();
        if let Some(m) = key_move(&e.key(), e.shift_key(), &tag) {
            e.prevent_default();
            keys(m);
        }
    });
    on_cleanup(move || handle.remove());

    let stage = NodeRef::<leptos::html::Section>::new();
    let full = use_fullscreen();

    let at_start = move || prev(pos.get(), outline).is_none();
    let at_end = move || next(pos.get(), outline).is_none();

    move || {
        let lang = site.lang.get();
        let c = ClassroomUi::get(lang);
        let chapter_links = CHAPTERS
            .iter()
            .enumerate()
            .map(|(i, ch)| {
                let href = site.href(
                    View::Classroom,
                    &[
                        ("section", "present".into()),
                        ("chapter", ch.slug.into()),
                        ("step", "1".into()),
                    ],
                );
                view! {
                    <li>
                        <a href=href aria-current=move || (pos.get().chapter == i).then_some("step") title=ch.title.get(lang)>
                            {i + 1}
                            <span class="visually-hidden">{format!(". {}", ch.title.get(lang))}</span>
                        </a>
                    </li>
                }
            })
            .collect_view();
        let back = step_by.clone();
        let fwd = step_by.clone();
        let slide = move || {
            let p = pos.get();
            let last = outline.get(p.chapter).is_some_and(|c| p.step + 1 == c.1);
            let discuss = last.then(|| {
                let items = prompts(outline[p.chapter].0)
                    .iter()
                    .map(|q| {
                        let (_, name) = level(q.level, c);
                        view! { <li><strong>{format!("{name}: ")}</strong>{q.text.get(lang)}</li> }
                    })
                    .collect_view();
                view! {
                    <aside class="present__discuss" aria-label=c.sec_prompts>
                        <h3>{c.sec_prompts}</h3>
                        <ol>{items}</ol>
                    </aside>
                }
            });
            view! { <StoryStep pos=p lang=lang /> {discuss} }
        };
        view! {
            <section class="present" node_ref=stage aria-label=c.present_title>
                <div class="present__bar">
                    <nav class="present__chapters" aria-label=c.chapters>
                        <ol>{chapter_links}</ol>
                    </nav>
                    <p class="present__count" aria-live="polite">
                        {move || {
                            let (n, total) = overall(pos.get(), outline);
                            format!("{} {n} {} {total}", c.step, c.of)
                        }}
                    </p>
                    <div class="present__controls">
                        <button type="button" class="button" disabled=at_start on:click=move |_| back(Move::Prev)>
                            "← " {c.prev}
                        </button>
                        <button type="button" class="button button--primary" disabled=at_end on:click=move |_| fwd(Move::Next)>
                            {c.next} " →"
                        </button>
                        {move || full.supported.get().then(|| view! {
                            <button
                                type="button"
                                class="button"
                                aria-pressed=move || full.active.get().to_string()
                                on:click=move |_| {
                                    if let Some(el) = stage.get_untracked() {
                                        toggle_fullscreen(&el);
                                    }
                                }
                            >
                                {move || if full.active.get() { c.exit_fullscreen } else { c.fullscreen }}
                            </button>
                        })}
                    </div>
                </div>
                <div class="present__stage">{slide}</div>
                <p class="present__help">{c.present_help}</p>
            </section>
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clicker_keys_step_and_fields_keep_theirs() {
        use Move::*;
        assert_eq!(key_move("ArrowRight", false, "BODY"), Some(Next));
        assert_eq!(key_move("PageDown", false, "BODY"), Some(Next));
        assert_eq!(key_move(" ", false, "BODY"), Some(Next));
        assert_eq!(key_move(" ", true, "BODY"), Some(Prev));
        assert_eq!(key_move("ArrowLeft", false, "A"), Some(Prev));
        assert_eq!(key_move("PageUp", false, "BODY"), Some(Prev));
        assert_eq!(key_move("Home", false, "A"), Some(First));
        assert_eq!(key_move("End", false, "BUTTON"), Some(Last));
        assert_eq!(key_move(" ", false, "BUTTON"), None);
        assert_eq!(key_move("ArrowRight", false, "INPUT"), None);
        assert_eq!(key_move("End", false, "TEXTAREA"), None);
        assert_eq!(key_move("Enter", false, "BODY"), None);
    }

    #[test]
    fn home_and_end_go_to_the_ends_of_the_whole_story() {
        let o: &[(&str, usize)] = &[("a", 3), ("b", 2), ("c", 4)];
        let at = |chapter, step| StoryPos { chapter, step };
        assert_eq!(target(at(1, 1), Move::First, o), Some(at(0, 0)));
        assert_eq!(target(at(1, 1), Move::Last, o), Some(at(2, 3)));
        assert_eq!(target(at(0, 0), Move::First, o), None, "already there");
        assert_eq!(target(at(2, 3), Move::Last, o), None, "already there");
        assert_eq!(target(at(2, 3), Move::Next, o), None);
        assert_eq!(target(at(1, 0), Move::Prev, o), Some(at(0, 2)));
        assert_eq!(target(at(0, 0), Move::Last, &[]), None, "no story, no move");
        let real = chapter_index();
        let last = target(at(0, 0), Move::Last, real).unwrap();
        assert_eq!(next(last, real), None, "End is the very last step");
        assert_eq!(prev(target(last, Move::First, real).unwrap(), real), None);
    }

    #[test]
    fn every_chapter_can_be_presented() {
        for (slug, steps) in chapter_index() {
            assert!(*steps > 0, "{slug}");
            assert!(!prompts(slug).is_empty(), "{slug} has prompts to discuss");
        }
    }
}
