//! A print-only block on every view: a QR code that reopens the same view, and its address
//! in text. Hidden on screen (and so from assistive technology there); shown when printing.

use crate::app::use_site;
use crate::components::fold::Later;
use crate::components::qr::{qr_path, QrSvg};
use crate::state::route::{self, View};
use leptos::prelude::*;

crate::catalogue! {
    pub struct PrintUi {
        scan: "이 화면을 다시 열려면 QR 코드를 스캔하거나 주소를 입력하세요", "Scan the QR code or type the address to open this view again";
        qr_label: "이 화면을 여는 QR 코드", "QR code that opens this view";
        too_long: "주소가 너무 길어 QR 코드로 만들 수 없습니다", "This address is too long for a QR code";
        same_site: "이 화면은 이 사이트의 아래 주소에서 다시 열 수 있습니다", "Open this view again at the address below on this site";
        printed_from: "갈림길 (Crossroads) · 다섯 편의 한국 기사에 근거한 해설", "Crossroads (갈림길) · an explainer based on five Korean news articles";
    }
}

/// The address of the current view as a reader should reopen it: without `embed`.
pub fn view_url(origin: &str, pathname: &str, search: &str) -> String {
    let kept: Vec<&str> = search
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty() && *p != "embed" && !p.starts_with("embed="))
        .collect();
    if kept.is_empty() {
        format!("{origin}{pathname}")
    } else {
        format!("{origin}{pathname}?{}", kept.join("&"))
    }
}

#[component]
pub fn PrintFooter() -> impl IntoView {
    let site = use_site();
    let origin = crate::hooks::origin();
    let whole = !origin.is_empty();
    // The view's own folder (so it works with or without the router); the not-found view
    // keeps whatever path was asked for.
    let url = Memo::new(move |_| {
        let path = match site.view.get() {
            View::NotFound => crate::hooks::pathname(),
            v => route::href(site.base, v, ""),
        };
        view_url(&origin, &path, &site.search.get())
    });
    let p = move || PrintUi::get(site.lang.get());
    // Pre-rendered without the site's address (`CROSSROADS_SITE_URL`) the address is only a
    // path, which a phone could not open from a QR code: no code then (the app, which
    // knows its origin, draws one when it takes over).
    let code = Memo::new(move |_| {
        if whole {
            url.with(|u| qr_path(u))
        } else {
            None
        }
    });
    let label = Signal::derive(move || p().qr_label.to_string());
    view! {
        // Only printed: made just after the takeover (its QR code is a phone's 15 ms).
        <aside class="qr" aria-label=move || p().qr_label>
            <Later>
            {whole.then(|| view! {
                <div class="qr__code">
                    {move || code.get().map(|(size, path)| view! { <QrSvg size path label /> })}
                </div>
            })}
            <div class="qr__text">
                <p class="qr__scan">
                    {move || match (whole, code.with(Option::is_some)) {
                        (false, _) => p().same_site,
                        (true, true) => p().scan,
                        (true, false) => p().too_long,
                    }}
                </p>
                <p class="qr__url">{move || url.get()}</p>
                <p class="qr__from">{move || p().printed_from}</p>
            </div>
            </Later>
        </aside>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embed_is_left_out_of_the_address() {
        let o = "https://x.org";
        assert_eq!(view_url(o, "/c/", ""), "https://x.org/c/");
        assert_eq!(view_url(o, "/c/", "?embed=1"), "https://x.org/c/");
        assert_eq!(
            view_url(o, "/c/", "?lang=ko&embed=1&section=quiz"),
            "https://x.org/c/?lang=ko&section=quiz"
        );
        assert_eq!(
            view_url(o, "/c/", "?embedded=2"),
            "https://x.org/c/?embedded=2"
        );
    }
}
