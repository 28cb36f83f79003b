use crate::app::use_site;
use leptos::prelude::*;

crate::catalogue! {
    /// The note shown in place of controls that need the app, when JavaScript is off.
    pub struct NeedsAppUi {
        note: "이 조작은 자바스크립트가 켜져 있어야 작동합니다. 내용과 다른 화면으로 가는 링크는 자바스크립트 없이도 볼 수 있습니다.", "These controls need JavaScript. The content, and the links to the other views, work without it.";
    }
}

/// Said in place of controls that need the app (filters, search, downloads, steps): inside
/// `<noscript>`, so only a reader without JavaScript sees it, on the pre-rendered page.
#[component]
pub fn NeedsApp() -> impl IntoView {
    let lang = use_site().lang;
    view! {
        <noscript>
            <p class="needs-app">{move || NeedsAppUi::get(lang.get()).note}</p>
        </noscript>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_note_exists_in_both_languages() {
        for (_, ko, en) in NeedsAppUi::entries() {
            assert!(!ko.is_empty() && !en.is_empty());
        }
    }
}
