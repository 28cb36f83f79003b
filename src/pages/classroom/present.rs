//! Presenter mode: the story (`crate::content::story`), one step per screen in large type,
//! driven by a clicker or the keyboard (→ PageDown Space / ← PageUp), with a full-screen
//! button. The URL names the chapter and step, so reloading reopens the same screen.
//! It reuses the story's own step component (`StoryStep`) and its stepping rules.

use super::content::prompts;
use super::guide::level;
use super::{use_set_query, ClassroomUi};
use crate::app::use_site;
use crate::components::story_step::StoryStep;
use crate::content::story::{outline, CHAPTERS};
use crate::state::classroom::{ClassroomQuery, Section};
use crate::state::route::View;
use crate::state::story::{next, overall, prev, StoryPos};
use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// `(slug, steps)` of every chapter the presenter can show (for parsing links).
pub fn chapter_index() -> &'static [(&'static str, usize)] {
    outline()
}

/// What a key does in presenter mode: `Some(true)` forward, `Some(false)` back.
/// `tag` is the focused element's tag name; keys typed into fields are left alone, and
/// Space on a focused control keeps its usual meaning (pressing it).
pub fn key_direction(key: &str, shift: bool, tag: &str) -> Option<bool> {
    if matches!(tag, "INPUT" | "TEXTAREA" | "SELECT") {
        return None;
    }
    match key {
        "ArrowRight" | "PageDown" => Some(true),
        "ArrowLeft" | "PageUp" => Some(false),
        " " | "Spacebar" if !matches!(tag, "BUTTON" | "A" | "SUMMARY") => Some(!shift),
        _ => None,
    }
}

/// Whether this browser lets an element go full screen.
fn fullscreen_supported() -> bool {
    let doc = document();
    let el: JsValue = doc
        .document_element()
        .map(JsValue::from)
        .unwrap_or_default();
    doc.fullscreen_enabled()
        && js_sys::Reflect::get(&el, &JsValue::from_str("requestFullscreen"))
            .map(|f| f.is_function())
            .unwrap_or(false)
}

/// Enter full screen on `el`, or leave it; a refusal is ignored (not an error).
fn toggle_fullscreen(el: &web_sys::Element) {
    let doc = document();
    if doc.fullscreen_element().is_some() {
        doc.exit_fullscreen();
        return;
    }
    let Ok(f) = js_sys::Reflect::get(el, &JsValue::from_str("requestFullscreen")) else {
        return;
    };
    let Ok(f) = f.dyn_into::<js_sys::Function>() else {
        return;
    };
    if let Ok(p) = f.call0(el) {
        if let Ok(p) = p.dyn_into::<js_sys::Promise>() {
            let ignore = Closure::<dyn FnMut(JsValue)>::new(|_| {});
            let _ = p.catch(&ignore);
            ignore.forget();
        }
    }
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
    let step_by = move |forward: bool| {
        let p = pos.get_untracked();
        if let Some(t) = if forward {
            next(p, outline)
        } else {
            prev(p, outline)
        } {
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
        if let Some(forward) = key_direction(&e.key(), e.shift_key(), &tag) {
            e.prevent_default();
            keys(forward);
        }
    });
    on_cleanup(move || handle.remove());

    let stage = NodeRef::<leptos::html::Section>::new();
    // Asked of the browser after mounting, so rendering never touches `document`.
    let can_full = RwSignal::new(false);
    Effect::new(move |_| can_full.set(fullscreen_supported()));
    let is_full = RwSignal::new(false);
    let fs = window_event_listener_untyped("fullscreenchange", move |_| {
        is_full.set(document().fullscreen_element().is_some())
    });
    on_cleanup(move || fs.remove());

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
                        <button type="button" class="button" disabled=at_start on:click=move |_| back(false)>
                            "← " {c.prev}
                        </button>
                        <button type="button" class="button button--primary" disabled=at_end on:click=move |_| fwd(true)>
                            {c.next} " →"
                        </button>
                        {move || can_full.get().then(|| view! {
                            <button
                                type="button"
                                class="button"
                                aria-pressed=move || is_full.get().to_string()
                                on:click=move |_| {
                                    if let Some(el) = stage.get_untracked() {
                                        toggle_fullscreen(&el);
                                    }
                                }
                            >
                                {move || if is_full.get() { c.exit_fullscreen } else { c.fullscreen }}
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
        assert_eq!(key_direction("ArrowRight", false, "BODY"), Some(true));
        assert_eq!(key_direction("PageDown", false, "BODY"), Some(true));
        assert_eq!(key_direction(" ", false, "BODY"), Some(true));
        assert_eq!(key_direction(" ", true, "BODY"), Some(false));
        assert_eq!(key_direction("ArrowLeft", false, "A"), Some(false));
        assert_eq!(key_direction("PageUp", false, "BODY"), Some(false));
        assert_eq!(key_direction(" ", false, "BUTTON"), None);
        assert_eq!(key_direction("ArrowRight", false, "INPUT"), None);
        assert_eq!(key_direction("Enter", false, "BODY"), None);
    }

    #[test]
    fn every_chapter_can_be_presented() {
        for (slug, steps) in chapter_index() {
            assert!(*steps > 0, "{slug}");
            assert!(!prompts(slug).is_empty(), "{slug} has prompts to discuss");
        }
    }
}
