use crate::app::use_site;
use crate::components::source_line::cites_text;
use crate::data::{person, source, speaker_name, Lang, Quote};
use crate::state::route::View;
use leptos::prelude::*;

crate::catalogue! {
    pub struct QuoteUi {
        translation: "번역", "Translation";
        said_in: "출처", "Reported by";
        context: "타임라인에서 맥락 보기", "Context on the timeline";
    }
}

/// An attributed quote: the Korean words as printed (always, `lang="ko"`), the English
/// translation for English readers, the speaker with their role, and the outlet.
#[component]
pub fn QuoteCard(
    quote: &'static Quote,
    lang: Lang,
    /// Cite every source to the paragraph (outlet, date, paragraph) instead of the outlet
    /// alone: for handouts where students quote their evidence.
    #[prop(optional)]
    full_cite: bool,
) -> impl IntoView {
    let name = speaker_name(quote.speaker).map_or(quote.speaker, |n| n.get(lang));
    let role = person(quote.speaker).map(|p| p.role.get(lang));
    quote_figure(quote, name, role, full_cite, lang)
}

/// The markup of a quote card, given who said it: shared with the landing page, which
/// carries the speaker beside the quote instead of looking them up in the fact base.
pub fn quote_figure(
    quote: &'static Quote,
    name: &'static str,
    role: Option<&'static str>,
    full_cite: bool,
    lang: Lang,
) -> impl IntoView {
    let site = use_site();
    let q = QuoteUi::get(lang);
    let role = role.map(|r| format!(", {r}"));
    let cited = if full_cite {
        (!quote.cites.is_empty()).then(|| cites_text(quote.cites, lang))
    } else {
        quote
            .cites
            .first()
            .and_then(|c| source(c.source))
            .map(|s| s.outlet.get(lang).to_string())
    };
    let outlet = cited.map(|text| {
        view! {
            " · "
            <span class="visually-hidden">{q.said_in} " "</span>
            <cite>{text}</cite>
        }
    });
    let context = quote.event.map(|e| {
        view! {
            " · "
            <a href=site.href(View::Timeline, &[("event", e.into())])>{q.context}</a>
        }
    });
    let translation = (lang == Lang::En).then(|| {
        view! {
            <p class="story-quote__translation" lang="en">
                <span class="visually-hidden">{q.translation} ": "</span>
                {quote.en}
            </p>
        }
    });
    view! {
        <figure class="story-quote" data-quote=quote.id>
            <blockquote class="story-quote__words" lang="ko">
                <p>{quote.ko}</p>
            </blockquote>
            {translation}
            <figcaption class="story-quote__by">
                "— "
                <span class="story-quote__speaker">{name}</span>
                {role}
                {outlet}
                {context}
            </figcaption>
            {quote.note.map(|n| view! { <p class="story-quote__note">{n.get(lang)}</p> })}
        </figure>
    }
}
