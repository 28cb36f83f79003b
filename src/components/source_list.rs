use crate::app::use_site;
use crate::data::{Lang, SOURCES};
use crate::i18n::ui;
use leptos::prelude::*;

crate::catalogue! {
    pub struct SourceListUi {
        by: "글", "by";
    }
}

/// The five source articles, oldest first: outlet and date, and with `full` (the about page)
/// also the English headline, the author and the notes on each article.
#[component]
pub fn SourceList(class: &'static str, #[prop(optional)] full: bool) -> impl IntoView {
    let lang = use_site().lang;
    let items = SOURCES.iter().map(move |s| {
        let by = move || {
            full.then(|| {
                format!(
                    ", {} {}",
                    SourceListUi::get(lang.get()).by,
                    s.author.get(lang.get())
                )
            })
        };
        let note = move |n: Option<crate::data::Text>| {
            n.filter(|_| full)
                .map(|n| view! { <p class="source-list__note">{n.get(lang.get())}</p> })
        };
        view! {
            <li data-source=s.id>
                <cite lang="ko">{s.headline.ko}</cite>
                <Show when=move || full && lang.get() == Lang::En>
                    " (" <span lang="en">{s.headline.en}</span> ")"
                </Show>
                {if full { view! { <br /> }.into_any() } else { " — ".into_any() }}
                <span>{move || s.outlet.get(lang.get())}</span>
                ", "
                <time datetime=s.date.iso()>{move || s.date.display(lang.get())}</time>
                {move || s.date_inferred.then(|| format!(" ({})", ui(lang.get()).inferred))}
                {by}
                {move || note(s.date_note)}
                {move || note(s.note)}
            </li>
        }
    });
    view! { <ol class=class>{items.collect_view()}</ol> }
}
