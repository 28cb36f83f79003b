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

/// Full screen, as the browser offers it: whether it can (natively: never, so the
/// pre-rendered page shows no button that would not work) and whether something is full
/// screen now, kept up to date until the calling component is cleaned up.
#[derive(Clone, Copy)]
pub struct Fullscreen {
    pub supported: Signal<bool>,
    pub active: Signal<bool>,
}

pub fn use_fullscreen() -> Fullscreen {
    #[cfg(target_arch = "wasm32")]
    {
        use gloo::events::EventListener;
        use wasm_bindgen::JsValue;
        let doc = document();
        let root: JsValue = doc
            .document_element()
            .map(JsValue::from)
            .unwrap_or_default();
        let supported = doc.fullscreen_enabled()
            && js_sys::Reflect::get(&root, &JsValue::from_str("requestFullscreen"))
                .map(|f| f.is_function())
                .unwrap_or(false);
        let active = RwSignal::new(doc.fullscreen_element().is_some());
        let listener = EventListener::new(&doc, "fullscreenchange", move |_| {
            active.set(document().fullscreen_element().is_some())
        });
        let held = StoredValue::new_local(Some(listener));
        on_cleanup(move || drop(held.try_update_value(Option::take)));
        Fullscreen {
            supported: Signal::stored(supported),
            active: active.into(),
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    Fullscreen {
        supported: Signal::stored(false),
        active: Signal::stored(false),
    }
}

/// Put `el` full screen, or leave full screen. A refusal (no user gesture, a policy) only
/// means nothing changes; the browser's answer is awaited, so no callback outlives it.
pub fn toggle_fullscreen(el: &web_sys::Element) {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::{JsCast, JsValue};
        let doc = document();
        let asked = if doc.fullscreen_element().is_some() {
            js_sys::Reflect::get(&doc, &JsValue::from_str("exitFullscreen"))
                .ok()
                .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
                .and_then(|f| f.call0(&doc).ok())
        } else {
            js_sys::Reflect::get(el, &JsValue::from_str("requestFullscreen"))
                .ok()
                .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
                .and_then(|f| f.call0(el).ok())
        };
        if let Some(p) = asked.and_then(|p| p.dyn_into::<js_sys::Promise>().ok()) {
            leptos::task::spawn_local(async move {
                let _ = wasm_bindgen_futures::JsFuture::from(p).await;
            });
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = el;
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

/// While the app first draws over the pre-rendered page: whether the pre-rendered item with
/// `data-event="<id>"` (or another `attr`) lies wholly below the first two screenfuls, so
/// that the app can leave its contents [`Later`](crate::components::fold::Later). Its box
/// stays and keeps its place: long lists lay out only what is near the screen
/// (`content-visibility`), so a card made a moment later moves nothing a reader sees. False
/// for anything at or above that line, hidden, not pre-rendered, on a page opened at a
/// `#section`, or once the app has taken over (a filter change draws its cards at once), and
/// always natively.
pub fn below_the_fold(attr: &'static str, id: &str) -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        use std::cell::RefCell;
        thread_local! {
            /// The attribute asked about first, and the ids of its items below the line
            /// (read once: one list per view).
            static BELOW: RefCell<Option<(&'static str, Vec<String>)>> = const { RefCell::new(None) };
        }
        if TAKEN_OVER.with(|t| t.get()) {
            return false;
        }
        BELOW.with(|below| {
            let mut below = below.borrow_mut();
            let (asked, ids) = below.get_or_insert_with(|| (attr, below_the_line(attr)));
            *asked == attr && ids.iter().any(|i| i == id)
        })
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (attr, id);
        false
    }
}

/// The ids (`attr`) of the pre-rendered items whose top is more than two screenfuls down.
#[cfg(target_arch = "wasm32")]
fn below_the_line(attr: &str) -> Vec<String> {
    // A page opened at a #section lays out its lists in full (boot.js, `data-hash`) so
    // that the section stays where it is: all made at once.
    if window().location().hash().unwrap_or_default().len() > 1 {
        return Vec::new();
    }
    let line = window()
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0)
        * 2.0;
    elements::<web_sys::Element>(&format!("[data-prerender] [{attr}]"))
        .into_iter()
        .filter(|el| {
            let rect = el.get_bounding_client_rect();
            // A hidden item has an empty box at the origin: not below.
            rect.height() > 0.0 && rect.top() > line
        })
        .filter_map(|el| el.get_attribute(attr))
        .collect()
}

/// The page's elements that match `selector` and are a `T` (others are skipped).
#[cfg(target_arch = "wasm32")]
pub fn elements<T: wasm_bindgen::JsCast>(selector: &str) -> Vec<T> {
    use wasm_bindgen::JsCast;
    let Ok(list) = document().query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<T>().ok())
        .collect()
}

#[cfg(target_arch = "wasm32")]
thread_local! {
    static TAKEN_OVER: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// The app has replaced the pre-rendered page ([`below_the_fold`] is false from now on).
pub fn taken_over() {
    #[cfg(target_arch = "wasm32")]
    TAKEN_OVER.with(|t| t.set(true));
}

/// The page's origin (`https://example.org`); natively, the site's address the pre-render
/// was given ([`set_site_origin`]), or `""` when it was given none.
pub fn origin() -> String {
    #[cfg(target_arch = "wasm32")]
    {
        window().location().origin().unwrap_or_default()
    }
    #[cfg(not(target_arch = "wasm32"))]
    SITE_ORIGIN.with(|o| o.borrow().clone())
}

#[cfg(not(target_arch = "wasm32"))]
thread_local! {
    static SITE_ORIGIN: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
}

/// Natively: the site's address (`https://example.org`, or `""` when unknown) for what the
/// pre-rendered pages write out in full, such as the printed QR code.
#[cfg(not(target_arch = "wasm32"))]
pub fn set_site_origin(origin: &str) {
    SITE_ORIGIN.with(|o| *o.borrow_mut() = origin.trim_end_matches('/').to_string());
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

/// Offer `text` as a file called `name`, through `anchor` (a hidden `<a>` of the view, so no
/// element is made or looked up here). gloo's `ObjectUrl` revokes the blob's URL when dropped,
/// 30 s later: long enough for the browser to start the download. Call it from a handler.
pub fn download_text(anchor: &web_sys::HtmlAnchorElement, name: &str, mime: &str, text: &str) {
    #[cfg(target_arch = "wasm32")]
    {
        let url = gloo::file::ObjectUrl::from(gloo::file::Blob::new_with_options(text, Some(mime)));
        anchor.set_href(&url);
        anchor.set_download(name);
        anchor.click();
        set_timeout(move || drop(url), std::time::Duration::from_secs(30));
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (anchor, name, mime, text);
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
        // One pending `afterprint` at a time; a new print drops (and unhooks) the last one.
        thread_local! {
            static AFTER_PRINT: std::cell::RefCell<Option<gloo::events::EventListener>> =
                const { std::cell::RefCell::new(None) };
        }
        let listener = gloo::events::EventListener::once(&window(), "afterprint", move |_| {
            let _ = root.remove_attribute("data-print");
        });
        AFTER_PRINT.with(|slot| *slot.borrow_mut() = Some(listener));
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
            let fs = use_fullscreen();
            assert!(!fs.supported.get_untracked() && !fs.active.get_untracked());
        });
    }
}
