//! Crossroads: an explainer of Korea's AI strategy debate, as a client-side Leptos app.

pub mod data;
pub mod domain;
pub mod i18n;
pub mod state;

pub mod app;
pub mod components;
pub mod content;
pub mod pages;

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
}

#[cfg(not(target_arch = "wasm32"))]
pub fn start() {
    eprintln!("Crossroads runs in the browser: build it with `trunk build` (see README).");
}
