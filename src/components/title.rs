//! The document's title, set by each page: `<Title text=… />`.
//!
//! This replaces `leptos_meta`'s `Title` (and its `Html` for `<html lang>`, now an effect in
//! `app.rs`): the pre-render writes the static `<title>` itself (`src/prerender.rs`), so in
//! the browser all that is left to do is to set `document.title`, and the meta crate's
//! context, registry and server side cost every view 4-5 KB of wasm (brotli) for that.

use leptos::prelude::*;

/// Sets `document.title` to `text` whenever it changes (in the browser; natively nothing).
#[component]
pub fn Title(#[prop(into)] text: TextProp) -> impl IntoView {
    #[cfg(target_arch = "wasm32")]
    Effect::new(move |_| document().set_title(&text.get()));
    #[cfg(not(target_arch = "wasm32"))]
    let _ = text;
}
