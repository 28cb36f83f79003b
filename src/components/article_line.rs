use crate::data::{Lang, Source};
use crate::i18n::ui;
use leptos::prelude::*;

crate::catalogue! {
    /// Strings of an article line.
    pub struct ArticleLineUi {
        para: "문단", "para.";
    }
}

/// One source article on a line: outlet, the Korean headline as printed, its date (marked
/// when inferred) and, when given, the paragraph cited.
#[component]
pub fn ArticleLine(
    source: &'static Source,
    lang: Lang,
    #[prop(optional)] para: Option<u16>,
) -> impl IntoView {
    let s = source;
    view! {
        {s.outlet.get(lang)}
        ", "
        <cite lang="ko">{s.headline.ko}</cite>
        ", "
        <time datetime=s.date.iso()>{s.date.display(lang)}</time>
        {s.date_inferred.then(|| format!(" ({})", ui(lang).inferred))}
        {para.map(|p| format!(" ({} {p})", ArticleLineUi::get(lang).para))}
    }
}
