use crate::app::use_site;
use crate::data::{Date, Text, SOURCES, SOURCE_LINES};
use crate::i18n::ui;
use leptos::prelude::*;

crate::catalogue! {
    pub struct SourceListUi {
        by: "글", "by";
    }
}

/// The five source articles, oldest first, as the footer names them: Korean headline, outlet
/// and date. Reads [`SOURCE_LINES`], so a view that shows no more (the landing page) does not
/// carry the articles' notes.
#[component]
pub fn SourceList(class: &'static str) -> impl IntoView {
    let items = SOURCE_LINES.iter().map(move |s| {
        view! {
            <li data-source=s.id>
                <cite lang="ko">{s.headline_ko}</cite>
                " — "
                <Dated outlet=s.outlet date=s.date inferred=s.date_inferred />
            </li>
        }
    });
    view! { <ol class=class>{items.collect_view()}</ol> }
}

/// The five source articles in full (the about page): also the English headline, the author
/// and the notes on each article.
#[component]
pub fn SourceListFull(class: &'static str) -> impl IntoView {
    let lang = use_site().lang;
    let items = SOURCES.iter().map(move |s| {
        let by = move || {
            format!(
                ", {} {}",
                SourceListUi::get(lang.get()).by,
                s.author.get(lang.get())
            )
        };
        let note = move |n: Option<Text>| {
            n.map(|n| view! { <p class="source-list__note">{n.get(lang.get())}</p> })
        };
        view! {
            <li data-source=s.id>
                <cite lang="ko">{s.headline.ko}</cite>
                <Show when=move || lang.get() == crate::data::Lang::En>
                    " (" <span lang="en">{s.headline.en}</span> ")"
                </Show>
                <br />
                <Dated outlet=s.outlet date=s.date inferred=s.date_inferred />
                {by}
                {move || note(s.date_note)}
                {move || note(s.note)}
            </li>
        }
    });
    view! { <ol class=class>{items.collect_view()}</ol> }
}

/// "outlet, date" and "(inferred)" when the date is.
#[component]
fn Dated(outlet: Text, date: Date, inferred: bool) -> impl IntoView {
    let lang = use_site().lang;
    view! {
        <span>{move || outlet.get(lang.get())}</span>
        ", "
        <time datetime=date.iso()>{move || date.display(lang.get())}</time>
        {move || inferred.then(|| format!(" ({})", ui(lang.get()).inferred))}
    }
}

#[cfg(test)]
mod tests {
    use crate::data::{SOURCES, SOURCE_LINES};

    #[test]
    fn the_short_list_names_each_article_as_its_full_record() {
        assert_eq!(SOURCE_LINES.len(), SOURCES.len());
        for (line, full) in SOURCE_LINES.iter().zip(SOURCES) {
            assert_eq!(line.id, full.id);
            assert_eq!(line.outlet, full.outlet, "{}", full.id);
            assert_eq!(line.headline_ko, full.headline.ko, "{}", full.id);
            assert_eq!(line.date, full.date, "{}", full.id);
            assert_eq!(line.date_inferred, full.date_inferred, "{}", full.id);
        }
    }
}
