//! Browser glue, written once (in the style of leptos-use's `use_x` hooks).
//!
//! Components render the same markup natively (the build-time pre-render) and in the
//! browser, so they never call `window()` or `document()` while rendering. They call these
//! instead: in the browser each one does the real thing (through gloo where gloo has it);
//! natively each returns a harmless default, so rendering to HTML never touches a browser API.

use crate::data::Lang;
use leptos::prelude::*;

/// True in the browser, false while pre-rendering natively.
pub const fn is_browser() -> bool {
    cfg!(target_arch = "wasm32")
}

/// Whether a CSS media query matches, kept up to date. Natively (pre-render) it is `default`:
/// pick the value that makes the pre-rendered page match what most readers will see.
pub fn use_media_query(query: &'static str, default: bool) -> Signal<bool> {
    #[cfg(target_arch = "wasm32")]
    {
        use gloo::events::EventListener;
        let Some(mql) = window().match_media(query).ok().flatten() else {
            return Signal::stored(default);
        };
        let matches = RwSignal::new(mql.matches());
        let listener = EventListener::new(&mql, "change", {
            let mql = mql.clone();
            move |_| matches.set(mql.matches())
        });
        let held = StoredValue::new_local(Some(listener));
        on_cleanup(move || drop(held.try_update_value(Option::take)));
        matches.into()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = query;
        Signal::stored(default)
    }
}

/// The reader's preferred language from the browser, if it is running (see also
/// `public/boot.js`, which makes the same choice before first paint).
pub fn browser_lang() -> Option<Lang> {
    #[cfg(target_arch = "wasm32")]
    {
        let nav = window().navigator();
        let first = nav
            .languages()
            .get(0)
            .as_string()
            .or_else(|| nav.language())
            .unwrap_or_default()
            .to_ascii_lowercase();
        Some(if first.starts_with("ko") {
            Lang::Ko
        } else {
            Lang::En
        })
    }
    #[cfg(not(target_arch = "wasm32"))]
    None
}

/// The page's origin (`https://example.org`), or `""` natively.
pub fn origin() -> String {
    #[cfg(target_arch = "wasm32")]
    {
        window().location().origin().unwrap_or_default()
    }
    #[cfg(not(target_arch = "wasm32"))]
    String::new()
}

/// The page's path, or `""` natively.
pub fn pathname() -> String {
    #[cfg(target_arch = "wasm32")]
    {
        window().location().pathname().unwrap_or_default()
    }
    #[cfg(not(target_arch = "wasm32"))]
    String::new()
}

/// The page's query string (`?…` or `""`), or `""` natively.
pub fn search() -> String {
    #[cfg(target_arch = "wasm32")]
    {
        window().location().search().unwrap_or_default()
    }
    #[cfg(not(target_arch = "wasm32"))]
    String::new()
}

/// A value kept in local storage (`None` natively, when storage is blocked, or unset).
pub fn stored(key: &str) -> Option<String> {
    #[cfg(target_arch = "wasm32")]
    {
        use gloo::storage::{LocalStorage, Storage};
        LocalStorage::raw().get_item(key).ok().flatten()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = key;
        None
    }
}

/// Keep a value in local storage; a refusal (private mode, quota) only means it is not kept.
pub fn store(key: &str, value: &str) {
    #[cfg(target_arch = "wasm32")]
    {
        use gloo::storage::{LocalStorage, Storage};
        let _ = LocalStorage::raw().set_item(key, value);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (key, value);
}

/// Forget a value kept in local storage.
pub fn unstore(key: &str) {
    #[cfg(target_arch = "wasm32")]
    {
        use gloo::storage::{LocalStorage, Storage};
        LocalStorage::delete(key);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = key;
}

/// Put text on the clipboard. Resolves to `false` where there is no clipboard (insecure
/// origins, old browsers) or the browser refuses, so the caller can offer a fallback.
pub async fn copy_text(text: String) -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsValue;
        let nav = window().navigator();
        let has = js_sys::Reflect::get(&nav, &JsValue::from_str("clipboard"))
            .map(|v| !v.is_undefined() && !v.is_null())
            .unwrap_or(false);
        if !has {
            return false;
        }
        wasm_bindgen_futures::JsFuture::from(nav.clipboard().write_text(&text))
            .await
            .is_ok()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = text;
        false
    }
}

/// Print one form of the current view (`mode`: e.g. `argmap`, `student`, `teacher`). The mode
/// goes on `<html data-print>` for the print stylesheet to pick what goes on paper, and comes
/// off when printing is over (`afterprint`), so a later Ctrl+P prints the view's default form.
pub fn print_as(mode: &str) {
    #[cfg(target_arch = "wasm32")]
    {
        let Some(root) = document().document_element() else {
            return;
        };
        let _ = root.set_attribute("data-print", mode);
        gloo::events::EventListener::once(&window(), "afterprint", move |_| {
            let _ = root.remove_attribute("data-print");
        })
        .forget();
        let _ = window().print();
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = mode;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn natively_every_hook_returns_its_harmless_default() {
        assert!(!is_browser());
        assert_eq!(browser_lang(), None);
        assert_eq!(origin(), "");
        assert_eq!(pathname(), "");
        assert_eq!(stored("crossroads.theme"), None);
        let owner = Owner::new();
        owner.with(|| {
            assert!(use_media_query("(min-width: 48rem)", true).get_untracked());
            assert!(!use_media_query("(min-width: 48rem)", false).get_untracked());
        });
    }
}
