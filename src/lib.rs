//! Crossroads: an explainer of Korea's AI strategy debate, as a Leptos app that is
//! pre-rendered to static HTML at build time (`ssr`) and taken over in the browser (`csr`).

#![recursion_limit = "256"]

pub mod data;
pub mod domain;
pub mod hooks;
pub mod i18n;
pub mod state;

pub mod app;
pub mod components;
pub mod content;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod prerender;

/// Install the panic hook and mount the app.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        app::show_crash();
    }));
    // Where the reader is on the pre-rendered page, read before the app adds anything to it:
    // its layout is then up to date, so reading it costs nothing. Read after the app has
    // drawn, it made the browser lay out both copies at once, in the middle of the takeover
    // (59 ms of the timeline's start on the phone profile's CPU). Only the views with long
    // lists drawn as they near the screen (their layout is the one that can differ); the
    // others' copies lay out alike and do without this code.
    #[cfg(any(view_timeline, view_companies, view_glossary))]
    let place = reading_place();
    // The landing page ships as its own small binary (feature `landing`); see build.sh.
    #[cfg(feature = "landing")]
    leptos::mount::mount_to_body(app::LandingApp);
    #[cfg(not(feature = "landing"))]
    leptos::mount::mount_to_body(app::App);
    take_over(
        #[cfg(any(view_timeline, view_companies, view_glossary))]
        place,
    );
}

/// Where the reader was on the pre-rendered page (`reading_place`).
#[cfg(all(
    target_arch = "wasm32",
    any(view_timeline, view_companies, view_glossary)
))]
struct Place {
    /// The first element with an id whose top was on screen, and that top (px).
    id: String,
    top: f64,
    /// The height of each of the long list's items, by its `data-*` key.
    heights: Vec<(String, f64)>,
}

/// The app has drawn the same page below the pre-rendered one: remove the pre-rendered copy
/// in the same task (no frame shows both or neither), keep the reader's place, and say so
/// on `<html data-app="ready">` (part of the link contract: checks wait for it).
#[cfg(target_arch = "wasm32")]
fn take_over(#[cfg(any(view_timeline, view_companies, view_glossary))] place: Option<Place>) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    #[cfg(any(view_timeline, view_companies, view_glossary))]
    if let Some(p) = &place {
        keep_list_heights(&p.heights);
    }
    for copy in hooks::elements::<web_sys::Element>("[data-prerender]") {
        copy.remove();
    }
    // Long lists lay out only what is near the screen, at estimated heights until drawn,
    // and the app's copy is new: above a reader who scrolled far down, its cards can come to
    // a different height than the ones they replace. The browser's own scroll anchor went
    // with the pre-rendered copy, so bring the same element back to where the reader saw it.
    #[cfg(any(view_timeline, view_companies, view_glossary))]
    if let Some(p) = place {
        hold_place(&doc, p.id, p.top);
    }
    hooks::taken_over();
    if let Some(root) = doc.document_element() {
        let _ = root.remove_attribute("data-query");
        let _ = root.set_attribute("data-app", "ready");
    }
}

/// The long lists' items and their `data-*` key (`data-event=<id>`, …).
#[cfg(all(
    target_arch = "wasm32",
    any(view_timeline, view_companies, view_glossary)
))]
fn list_item_key(el: &web_sys::Element) -> Option<String> {
    const ITEMS: [&str; 3] = ["data-event", "data-company", "data-term"];
    ITEMS
        .iter()
        .find_map(|a| el.get_attribute(a).map(|v| format!("{a}={v}")))
}

/// The long lists' items (`content-visibility: auto`) lay out at an estimated height until
/// drawn, then remember the height they were drawn at; the app's copies are new and would
/// start from the estimate again, so the page above a reader far down would change height
/// once at the takeover and again as the app's copies are drawn. Give each of the app's
/// items the height its pre-rendered copy had (`heights`, drawn or remembered) as its
/// estimate.
#[cfg(all(
    target_arch = "wasm32",
    any(view_timeline, view_companies, view_glossary)
))]
fn keep_list_heights(heights: &[(String, f64)]) {
    use hooks::elements;
    for el in elements::<web_sys::HtmlElement>("[data-event], [data-company], [data-term]") {
        if el.closest("[data-prerender]").ok().flatten().is_some() {
            continue;
        }
        let Some(k) = list_item_key(&el) else {
            continue;
        };
        if let Some((_, h)) = heights.iter().find(|(hk, _)| *hk == k) {
            // Written by JavaScript: Rust's float formatting would add ~20 KB to a view that
            // formats no other float (the glossary).
            let px = String::from(
                js_sys::Number::from(*h)
                    .to_string_with_radix(10)
                    .unwrap_or_default(),
            );
            let _ = el
                .style()
                .set_property("contain-intrinsic-height", &format!("auto {px}px"));
        }
    }
}

/// Keep the element `id` at `top` px from the top of the screen: now, and each time the page
/// changes height in the next moments (the app's list items are drawn, or left undrawn, in
/// the first frames: a resize observer runs after layout and before paint, so the reader
/// never sees the page move). Stops after two seconds, or as soon as the reader scrolls,
/// taps or types.
#[cfg(all(
    target_arch = "wasm32",
    any(view_timeline, view_companies, view_glossary)
))]
fn hold_place(doc: &web_sys::Document, id: String, top: f64) {
    use std::cell::Cell;
    use std::rc::Rc;
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let Some(w) = web_sys::window() else {
        return;
    };
    let pin = {
        let doc = doc.clone();
        let w = w.clone();
        move || {
            if let Some(el) = doc.get_element_by_id(&id) {
                let moved = el.get_bounding_client_rect().top() - top;
                if moved.abs() >= 1.0 {
                    w.scroll_by_with_x_and_y(0.0, moved);
                }
            }
        }
    };
    pin();
    let Some(main) = doc.query_selector("main").ok().flatten() else {
        return;
    };
    let on_resize = Closure::<dyn FnMut()>::new(pin);
    let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) else {
        return;
    };
    observer.observe(&main);
    let done = Rc::new(Cell::new(false));
    let stop = {
        let done = done.clone();
        move || {
            if !done.replace(true) {
                observer.disconnect();
            }
        }
    };
    let stop_on_input = Closure::<dyn FnMut()>::new(stop.clone());
    for event in ["wheel", "touchstart", "keydown", "pointerdown"] {
        let opts = web_sys::AddEventListenerOptions::new();
        opts.set_once(true);
        opts.set_passive(true);
        let _ = w.add_event_listener_with_callback_and_add_event_listener_options(
            event,
            stop_on_input.as_ref().unchecked_ref(),
            &opts,
        );
    }
    gloo::timers::callback::Timeout::new(2000, stop).forget();
    // Both closures live as long as the page (a few bytes); the observer is disconnected.
    on_resize.forget();
    stop_on_input.forget();
}

/// Where the reader is on the pre-rendered page, if scrolled: the first element with an id
/// whose top is on screen, that top (px from the top of the viewport), and the heights of
/// the long list's items.
#[cfg(all(
    target_arch = "wasm32",
    any(view_timeline, view_companies, view_glossary)
))]
fn reading_place() -> Option<Place> {
    let w = web_sys::window()?;
    if w.scroll_y().ok()? <= 0.0 {
        return None;
    }
    let height = w.inner_height().ok()?.as_f64()?;
    let (id, top) = hooks::elements::<web_sys::Element>("[data-prerender] [id]")
        .into_iter()
        .find_map(|el| {
            let r = el.get_bounding_client_rect();
            (r.height() > 0.0 && r.top() >= 0.0 && r.top() < height).then(|| (el.id(), r.top()))
        })?;
    let heights = hooks::elements::<web_sys::Element>(
        "[data-prerender] [data-event], [data-prerender] [data-company], [data-prerender] [data-term]",
    )
    .iter()
    .filter_map(|el| {
        let h = el.get_bounding_client_rect().height();
        (h > 0.0).then(|| list_item_key(el).map(|k| (k, h))).flatten()
    })
    .collect();
    Some(Place { id, top, heights })
}

#[cfg(not(target_arch = "wasm32"))]
pub fn start() {
    eprintln!("Crossroads runs in the browser: build it with `trunk build` (see README).");
}
