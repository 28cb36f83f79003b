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
    if let Ok(copies) = doc.query_selector_all("[data-prerender]") {
        for i in 0..copies.length() {
            if let Some(node) = copies.item(i) {
                if let Some(parent) = node.parent_node() {
                    let _ = parent.remove_child(&node);
                }
            }
        }
    }
    if let Some(root) = doc.document_element() {
        let _ = root.remove_attribute("data-query");
        let _ = root.set_attribute("data-app", "ready");
    }
}

#[cfg(not(target_arch = "wasm32"))]
pub fn start() {
    eprintln!("Crossroads runs in the browser: build it with `trunk build` (see README).");
}
