//! "Share and embed", under every view: the view's link (with a copy button), a QR code of
//! it, and the code that embeds the view in another page (an iframe plus `embed.js`, which
//! sizes the frame to its content; see public/embed.js and public/boot.js).

use crate::app::use_site;
use crate::components::qr::{qr_path, QrSvg};
use crate::data::Lang;
use crate::hooks;
use crate::state::{query, route};
use leptos::prelude::*;

crate::catalogue! {
    pub struct ShareUi {
        title: "공유하고 삽입하기", "Share and embed";
        region: "이 화면 공유", "Share this view";
        link: "이 화면의 링크", "Link to this view";
        copy_link: "링크 복사", "Copy link";
        qr_label: "이 화면 링크의 QR 코드", "QR code of this view's link";
        qr_too_long: "주소가 너무 길어 QR 코드로 만들 수 없습니다.", "This address is too long for a QR code.";
        code: "삽입 코드(iframe)", "Embed code (iframe)";
        copy_code: "코드 복사", "Copy code";
        code_hint: "수업 페이지나 블로그 글에 붙여 넣으세요. 함께 든 작은 스크립트가 틀의 높이를 내용에 맞추고, 스크립트를 지우는 사이트에서는 높이 600px 틀 안에서 스크롤됩니다. 삽입된 화면은 필터를 한 줄로 접고, 보는 사람의 밝은/어두운 화면 설정을 따릅니다.", "Paste it into a course page or a blog post. The small script in it makes the frame as tall as its content; where a site removes scripts, the view scrolls inside a 600 px frame. The embedded view folds its filters into one line and follows the viewer's light or dark setting.";
        copied: "복사했습니다.", "Copied.";
        copy_failed: "복사하지 못했습니다. 선택된 내용을 직접 복사하세요(Ctrl+C / ⌘C).", "Could not copy: the text is selected, copy it by hand (Ctrl+C / ⌘C).";
    }
}

/// The frame's height where the host page drops the script (it then scrolls inside).
pub const FALLBACK_HEIGHT: u32 = 600;

/// The link to share for the view at `path` with `search`: always with its language (so a
/// Korean course page shows Korean whoever opens it), with `embed=1` for the iframe or
/// without `embed` for people; the view's own parameters follow in their order.
pub fn share_url(origin: &str, path: &str, search: &str, lang: Lang, embed: bool) -> String {
    let mut pairs: Vec<(&str, String)> = vec![("lang", lang.code().to_string())];
    if embed {
        pairs.push(("embed", "1".to_string()));
    }
    let rest = query::pairs(search);
    // Keys are written as they are: only plain ones are handed on.
    let plain = |k: &str| {
        !k.is_empty()
            && k.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
    };
    pairs.extend(
        rest.iter()
            .filter(|p| p.well_formed && plain(&p.key) && p.key != "lang" && p.key != "embed")
            .map(|p| (p.key.as_str(), p.value.clone())),
    );
    format!("{origin}{path}{}", query::build(&pairs))
}

/// Text for a double-quoted HTML attribute.
fn attr(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The embed code: the iframe (titled, at a fixed height that works without the script) and
/// the site's `embed.js`, which fits the frame to its content.
pub fn embed_code(src: &str, title: &str, script: &str) -> String {
    format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"{FALLBACK_HEIGHT}\" \
         style=\"width:100%;border:0\" loading=\"lazy\" data-crossroads-embed></iframe>\n\
         <script src=\"{}\" async></script>",
        attr(src),
        attr(title),
        attr(script)
    )
}

/// Copy `text`; if the clipboard refuses, select it in `field` for copying by hand.
#[cfg(target_arch = "wasm32")]
fn copy_or_select(text: String, field: web_sys::HtmlElement, msg: RwSignal<String>, lang: Lang) {
    use wasm_bindgen::JsCast;
    leptos::task::spawn_local(async move {
        let t = ShareUi::get(lang);
        if hooks::copy_text(text).await {
            msg.set(t.copied.to_string());
        } else {
            let _ = field.focus();
            if let Some(i) = field.dyn_ref::<web_sys::HtmlInputElement>() {
                i.select();
            } else if let Some(a) = field.dyn_ref::<web_sys::HtmlTextAreaElement>() {
                a.select();
            }
            msg.set(t.copy_failed.to_string());
        }
    });
}

/// The share and embed panel for the view on screen. `title` names the embedded frame.
#[component]
pub fn SharePanel(
    /// What the embedded frame is called (the page title).
    #[prop(into)]
    title: Signal<String>,
) -> impl IntoView {
    let site = use_site();
    let lang = site.lang;
    let t = move || ShareUi::get(lang.get());
    // The body (its addresses, QR code and embed code) is made when the panel is first
    // opened: most readers never open it, and a QR code costs the app's start time.
    let panel = NodeRef::<leptos::html::Details>::new();
    let opened = RwSignal::new(false);
    let on_toggle = move |_| {
        if panel.get_untracked().is_some_and(|d| d.open()) {
            opened.set(true);
        }
    };
    view! {
        <aside class="share" aria-label=move || t().region>
            <details class="share__panel" node_ref=panel on:toggle=on_toggle>
                <summary class="share__summary">{move || t().title}</summary>
                <crate::components::needs_app::NeedsApp />
                // The addresses need the page's origin, known in the browser only.
                {move || (hooks::is_browser() && opened.get()).then(|| view! { <ShareBody title /> })}
            </details>
        </aside>
    }
}

#[component]
fn ShareBody(title: Signal<String>) -> impl IntoView {
    let site = use_site();
    let lang = site.lang;
    let t = move || ShareUi::get(lang.get());
    let origin = hooks::origin();
    let base = site.base;
    // One thing on its own (a company, an event…) is shared as its own page, which previews
    // as that thing in a messenger.
    let form = Memo::new(move |_| route::share_form(base, site.view.get(), &site.search.get()));
    let url = Memo::new({
        let origin = origin.clone();
        move |_| form.with(|(p, s)| share_url(&origin, p, s, lang.get(), false))
    });
    let code = Memo::new(move |_| {
        let src = form.with(|(p, s)| share_url(&origin, p, s, lang.get(), true));
        embed_code(&src, &title.get(), &format!("{origin}{base}/embed.js"))
    });
    let qr = Memo::new(move |_| url.with(|u| qr_path(u)));
    let qr_label = Signal::derive(move || t().qr_label.to_string());
    let link_msg = RwSignal::new(String::new());
    let code_msg = RwSignal::new(String::new());
    let link_field = NodeRef::<leptos::html::Input>::new();
    let code_field = NodeRef::<leptos::html::Textarea>::new();
    let copy = move |text: String, field: Option<web_sys::HtmlElement>, msg: RwSignal<String>| {
        msg.set(String::new());
        #[cfg(target_arch = "wasm32")]
        if let Some(field) = field {
            copy_or_select(text, field, msg, lang.get_untracked());
        }
        #[cfg(not(target_arch = "wasm32"))]
        let _ = (text, field);
    };
    view! {
        <div class="share__body">
            <div class="share__link">
                <label class="share__label" for="share-link">{move || t().link}</label>
                <div class="share__row">
                    <input id="share-link" class="share__field" type="text" readonly node_ref=link_field prop:value=move || url.get() />
                    {copy_button(
                        move || t().copy_link,
                        move || copy(url.get_untracked(), link_field.get_untracked().map(Into::into), link_msg),
                    )}
                </div>
                <p class="share__msg" role="status">{move || link_msg.get()}</p>
            </div>
            <div class="share__qr">
                {move || match qr.get() {
                    Some((size, path)) => view! { <QrSvg size path label=qr_label /> }.into_any(),
                    None => view! { <p>{move || t().qr_too_long}</p> }.into_any(),
                }}
            </div>
            <div class="share__embed">
                <label class="share__label" for="share-code">{move || t().code}</label>
                <textarea id="share-code" class="share__field share__code" readonly rows="4" node_ref=code_field prop:value=move || code.get()></textarea>
                <p class="share__hint">{move || t().code_hint}</p>
                {copy_button(
                    move || t().copy_code,
                    move || copy(code.get_untracked(), code_field.get_untracked().map(Into::into), code_msg),
                )}
                <p class="share__msg" role="status">{move || code_msg.get()}</p>
            </div>
        </div>
    }
}

/// A copy button (the link's, the code's): `label` names it, a click runs `copy`.
fn copy_button(
    label: impl Fn() -> &'static str + Send + Sync + 'static,
    copy: impl Fn() + 'static,
) -> impl IntoView {
    view! {
        <button type="button" class="button share__copy" on:click=move |_| copy()>
            {label}
        </button>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_link_always_carries_its_language_and_embed_only_for_the_frame() {
        let o = "https://x.org";
        let p = "/c/timeline/";
        let s = "?embed=1&company=naver&from=2024&lang=en";
        assert_eq!(
            share_url(o, p, s, Lang::En, false),
            "https://x.org/c/timeline/?lang=en&company=naver&from=2024"
        );
        assert_eq!(
            share_url(o, p, s, Lang::Ko, true),
            "https://x.org/c/timeline/?lang=ko&embed=1&company=naver&from=2024"
        );
        assert_eq!(
            share_url(o, "/", "", Lang::Ko, false),
            "https://x.org/?lang=ko"
        );
        assert_eq!(
            share_url(o, "/", "?q=a+b%26c&a%26b=1&x=%ZZ", Lang::En, false),
            "https://x.org/?lang=en&q=a+b%26c",
            "values re-encoded; odd keys and broken values left out"
        );
    }

    #[test]
    fn the_embed_code_escapes_its_attributes_and_works_without_the_script() {
        let code = embed_code(
            "https://x.org/c/?lang=en&embed=1&q=a\"b",
            "Timeline · \"Crossroads\" <1>",
            "https://x.org/c/embed.js",
        );
        assert!(code.contains("src=\"https://x.org/c/?lang=en&amp;embed=1&amp;q=a&quot;b\""));
        assert!(code.contains("title=\"Timeline · &quot;Crossroads&quot; &lt;1&gt;\""));
        assert!(code.contains("height=\"600\""));
        assert!(code.contains("data-crossroads-embed"));
        assert!(code.ends_with("<script src=\"https://x.org/c/embed.js\" async></script>"));
        assert_eq!(
            code.matches('<').count(),
            4,
            "iframe and script tags only: {code}"
        );
    }
}
