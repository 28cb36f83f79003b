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
    // The landing page ships as its own small binary (feature `landing`); see build.sh.
    #[cfg(feature = "landing")]
    leptos::mount::mount_to_body(app::LandingApp);
    #[cfg(not(feature = "landing"))]
    leptos::mount::mount_to_body(app::App);
    take_over();
}

/// The app has drawn the same page below the pre-rendered one: remove the pre-rendered copy
/// in the same task (no frame shows both or neither, the scroll position stays), and say so
/// on `<html data-app="ready">` (part of the link contract: checks wait for it).
#[cfg(target_arch = "wasm32")]
fn take_over() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let anchor = scroll_anchor(&doc);
    if let Ok(copies) = doc.query_selector_all("[data-prerender]") {
        for i in 0..copies.length() {
            if let Some(node) = copies.item(i) {
                if let Some(parent) = node.parent_node() {
                    let _ = parent.remove_child(&node);
                }
            }
        }
    }
    // Keep what the reader was looking at in place: long lists render only what is near the
    // screen (`content-visibility`), so what lies above may be estimated differently in the
    // two copies (the pre-rendered one remembers the heights it has drawn).
    if let (Some((id, top)), Some(win)) = (anchor, web_sys::window()) {
        if let Some(el) = doc.get_element_by_id(&id) {
            let moved = el.get_bounding_client_rect().top() - top;
            if moved.abs() >= 1.0 {
                win.scroll_by_with_x_and_y(0.0, moved);
            }
        }
    }
    if let Some(root) = doc.document_element() {
        let _ = root.remove_attribute("data-query");
        let _ = root.set_attribute("data-app", "ready");
    }
}

/// The element the reader is looking at on the pre-rendered page, as its id and its distance
/// from the top of the screen: the nearest element with an id around a point a third of the
/// way down the screen. `None` at the top of the page (nothing can move there).
#[cfg(target_arch = "wasm32")]
fn scroll_anchor(doc: &web_sys::Document) -> Option<(String, f64)> {
    let win = web_sys::window()?;
    if win.scroll_y().ok()? < 1.0 {
        return None;
    }
    let w = win.inner_width().ok()?.as_f64()?;
    let h = win.inner_height().ok()?.as_f64()?;
    let mut el = doc.element_from_point((w / 2.0) as f32, (h / 3.0) as f32);
    while let Some(e) = el {
        if !e.id().is_empty() && e.closest("[data-prerender]").ok().flatten().is_some() {
            return Some((e.id(), e.get_bounding_client_rect().top()));
        }
        el = e.parent_element();
    }
    None
}

#[cfg(not(target_arch = "wasm32"))]
pub fn start() {
    eprintln!("Crossroads runs in the browser: build it with `trunk build` (see README).");
}
