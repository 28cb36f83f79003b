//! Parts of a page that nobody sees at first, made after the app has taken over.
//!
//! The app replaces the pre-rendered page with its own, and on a phone making thousands of
//! elements is most of that work: the companies grid has 63 cards whose long parts are
//! folded away in closed `<details>`, the timeline's 120 cards each fold their citations.
//! [`Later`] leaves its contents out of the first render; they are made a few at a time in
//! the tasks after it (so find-in-page and the accessibility tree have them a moment later),
//! at once when `now` becomes true (a reader opens the fold, a link points at it). The
//! pre-rendered page has them from the start: without JavaScript nothing is left out.

use leptos::prelude::*;
#[cfg(target_arch = "wasm32")]
use std::cell::RefCell;

/// How many waiting parts are made per task: small enough that a tap in between is answered
/// within a frame or two on a slow phone.
#[cfg(target_arch = "wasm32")]
const PER_TASK: usize = 6;

#[cfg(target_arch = "wasm32")]
thread_local! {
    /// Parts waiting to be made, in page order, and whether a task to make some is queued.
    static WAITING: RefCell<(Vec<RwSignal<bool>>, bool)> = const { RefCell::new((Vec::new(), false)) };
}

/// Make the next few waiting parts, then leave the rest to the next task.
#[cfg(target_arch = "wasm32")]
fn make_some() {
    let batch: Vec<RwSignal<bool>> = WAITING.with(|w| {
        let mut w = w.borrow_mut();
        let n = w.0.len().min(PER_TASK);
        let batch = w.0.drain(..n).collect();
        w.1 = !w.0.is_empty();
        batch
    });
    for made in batch {
        // A part whose page has gone (a filter change dropped it) is skipped.
        let _ = made.try_set(true);
    }
    if WAITING.with(|w| w.borrow().1) {
        set_timeout(make_some, std::time::Duration::ZERO);
    } else {
        mark_waiting(false);
    }
}

/// `<html data-later>` while parts wait to be made (tests wait for it to go).
#[cfg(target_arch = "wasm32")]
fn mark_waiting(waiting: bool) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = if waiting {
            root.set_attribute("data-later", "")
        } else {
            root.remove_attribute("data-later")
        };
    }
}

/// Queue `made` to be set after the current task (and those queued before it).
fn wait_for_turn(made: RwSignal<bool>) {
    #[cfg(target_arch = "wasm32")]
    {
        let start = WAITING.with(|w| {
            let mut w = w.borrow_mut();
            w.0.push(made);
            !std::mem::replace(&mut w.1, true)
        });
        if start {
            mark_waiting(true);
            set_timeout(make_some, std::time::Duration::ZERO);
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    made.set(true);
}

/// Contents made after the first render (see the module), or at once once `now` is true.
/// Pre-rendered pages always have them.
#[component]
pub fn Later(
    /// Make the contents now (for instance: the fold they are in is open).
    #[prop(optional, into)]
    now: Signal<bool>,
    children: ChildrenFn,
) -> impl IntoView {
    let made = RwSignal::new(!crate::hooks::is_browser() || now.get_untracked());
    if !made.get_untracked() {
        wait_for_turn(made);
    }
    Effect::new(move |_| {
        if now.get() && !made.get_untracked() {
            made.set(true);
        }
    });
    move || made.get().then(|| children())
}

/// A `<details>` fold whose contents are made [`Later`]: at once when it is opened (or
/// `open` from the start, as the linked event's citations are).
#[component]
pub fn Fold(
    class: &'static str,
    /// The `<summary>`'s text.
    summary: &'static str,
    /// Open it (the page's choice; the reader can still open and close it).
    #[prop(optional, into)]
    open: Signal<bool>,
    children: ChildrenFn,
) -> impl IntoView {
    let fold = NodeRef::<leptos::html::Details>::new();
    let opened = RwSignal::new(false);
    let on_toggle = move |_| {
        if fold.get_untracked().is_some_and(|d| d.open()) {
            opened.set(true);
        }
    };
    let now = Signal::derive(move || open.get() || opened.get());
    view! {
        <details class=class node_ref=fold prop:open=move || open.get() on:toggle=on_toggle>
            <summary>{summary}</summary>
            <Later now>{children()}</Later>
        </details>
    }
}
