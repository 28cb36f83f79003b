use crate::app::use_site;
use crate::data::{source, Cite, Event, Lang};
use crate::i18n::ui;
use crate::state::route::View;
use leptos::prelude::*;

crate::catalogue! {
    /// Strings of a source line and of citations.
    pub struct SourceLineUi {
        source: "출처", "Source";
        para: "문단", "para.";
        on_timeline: "타임라인에서 보기", "See on the timeline";
    }
}

/// "Outlet, date (inferred), para. 9" for one citation.
pub fn cite_text(c: &Cite, lang: Lang) -> String {
    let Some(s) = source(c.source) else {
        return c.source.to_string();
    };
    let t = SourceLineUi::get(lang);
    let inferred = if s.date_inferred {
        format!(" ({})", ui(lang).inferred)
    } else {
        String::new()
    };
    let para = match lang {
        Lang::Ko => format!("{}{}", c.para, t.para),
        Lang::En => format!("{} {}", t.para, c.para),
    };
    let (outlet, date) = (s.outlet.get(lang), s.date.display(lang));
    format!("{outlet}, {date}{inferred}, {para}")
}

/// Several citations in one line, separated by semicolons.
pub fn cites_text(cites: &[Cite], lang: Lang) -> String {
    cites
        .iter()
        .map(|c| cite_text(c, lang))
        .collect::<Vec<_>>()
        .join("; ")
}

/// "Source: Outlet, date, para. 9; … · See on the timeline": where an event is reported,
/// to the paragraph, and a link to it on the timeline (`timeline/?event=<id>`).
#[component]
pub fn SourceLine(ev: &'static Event, lang: Lang) -> impl IntoView {
    source_line(ev.id, ev.cites, lang)
}

/// A [`SourceLine`] from an event's id and citations (the landing page's compact copies).
pub fn source_line(id: &'static str, cites: &'static [Cite], lang: Lang) -> impl IntoView {
    let site = use_site();
    let t = SourceLineUi::get(lang);
    view! {
        <p class="classroom__source">
            {format!("{}: {} · ", t.source, cites_text(cites, lang))}
            <a href=site.href(View::Timeline, &[("event", id.to_string())])>{t.on_timeline}</a>
        </p>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn citations_name_outlet_and_paragraph() {
        let c = Cite {
            source: "hankyung",
            para: 5,
        };
        let en = cite_text(&c, Lang::En);
        assert!(
            en.contains("Korea Economic Daily") && en.ends_with("para. 5"),
            "{en}"
        );
        assert!(cite_text(&c, Lang::Ko).ends_with("5문단"));
        let two = cites_text(&[c, Cite { para: 7, ..c }], Lang::En);
        assert!(
            two.starts_with(&en) && two.contains("para. 5; ") && two.ends_with("para. 7"),
            "{two}"
        );
    }
}
