use crate::content::terms::{segments, Segment};
use crate::data::{Lang, Term};
use leptos::either::Either;
use leptos::prelude::*;
use std::sync::atomic::{AtomicU32, Ordering};

/// Which term's definition is showing (one at a time). A page that shows terms provides it
/// with [`provide_open_term`] and clears it on Escape anywhere.
#[derive(Clone, Copy)]
pub struct OpenTerm(pub RwSignal<Option<u32>>);

pub fn provide_open_term() -> OpenTerm {
    let open = OpenTerm(RwSignal::new(None));
    provide_context(open);
    open
}

/// Prose with every glossary term (first occurrence each) explained in place.
#[component]
pub fn TermText(text: &'static str, lang: Lang) -> impl IntoView {
    segments(text)
        .into_iter()
        .map(|s| match s {
            Segment::Plain(t) => Either::Left(t),
            Segment::Term { term, text } => {
                Either::Right(view! { <TermTip term=term text=text lang=lang /> })
            }
        })
        .collect_view()
}

/// One glossary term in prose: a button that shows the definition in a tooltip on hover,
/// focus or tap (`role="tooltip"`, tied with `aria-describedby`); Escape or blur hides it.
#[component]
pub fn TermTip(term: &'static Term, text: &'static str, lang: Lang) -> impl IntoView {
    static NEXT: AtomicU32 = AtomicU32::new(0);
    let uid = NEXT.fetch_add(1, Ordering::Relaxed);
    let current = use_context::<OpenTerm>()
        .unwrap_or_else(|| OpenTerm(RwSignal::new(None)))
        .0;
    let focused = RwSignal::new(false);
    // Terms in the right half of the window open their definition leftwards.
    let flip = RwSignal::new(false);
    let node = NodeRef::<leptos::html::Span>::new();
    let open = move || current.get() == Some(uid);
    let show = move || {
        if let Some(el) = node.get_untracked() {
            let width = window()
                .inner_width()
                .ok()
                .and_then(|w| w.as_f64())
                .unwrap_or(0.0);
            flip.set(el.get_bounding_client_rect().left() > width / 2.0);
        }
        current.set(Some(uid))
    };
    let hide = move || {
        if current.get_untracked() == Some(uid) {
            current.set(None);
        }
    };
    let tip_id = format!("term-tip-{uid}");
    view! {
        <span
            class="term"
            class:term--flip=move || flip.get()
            node_ref=node
            data-term=term.id
            on:mouseenter=move |_| show()
            on:mouseleave=move |_| {
                if !focused.get_untracked() {
                    hide()
                }
            }
        >
            <button
                type="button"
                class="term__button"
                aria-describedby=tip_id.clone()
                on:focus=move |_| {
                    focused.set(true);
                    show()
                }
                on:blur=move |_| {
                    focused.set(false);
                    hide()
                }
                on:click=move |_| show()
                on:keydown=move |ev| {
                    if ev.key() == "Escape" && open() {
                        ev.stop_propagation();
                        hide()
                    }
                }
            >
                {text}
            </button>
            <span class="term__tip" role="tooltip" id=tip_id hidden=move || !open()>
                <strong class="term__name">{term.term.get(lang)}</strong>
                " "
                {term.definition.get(lang)}
            </span>
        </span>
    }
}
