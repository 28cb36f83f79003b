//! Static parts of the classroom (lesson guide, prompts, debate cards, answers, summaries)
//! written as escaped HTML text and set with `inner_html`. They never change while shown,
//! and markup as text costs far less WebAssembly than a typed view tree per block.
//! Every text and attribute value goes through [`esc`]; nothing here is ever read back.

use super::{cite_text, fmt_value, ClassroomUi};
use crate::app::Site;
use crate::data::{event, Event, Lang};
use crate::state::route::View;
use std::fmt::Write;

/// Escape text for an HTML text node or a double-quoted attribute value.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A small HTML writer: `open`/`close` tags with escaped attributes, `text` escaped.
#[derive(Default)]
pub struct Html(pub String);

impl Html {
    pub fn open(&mut self, tag: &str, attrs: &[(&str, &str)]) -> &mut Self {
        self.0.push('<');
        self.0.push_str(tag);
        for (k, v) in attrs {
            let _ = write!(self.0, " {k}=\"{}\"", esc(v));
        }
        self.0.push('>');
        self
    }
    pub fn close(&mut self, tag: &str) -> &mut Self {
        let _ = write!(self.0, "</{tag}>");
        self
    }
    pub fn text(&mut self, s: &str) -> &mut Self {
        self.0.push_str(&esc(s));
        self
    }
    /// `<tag attrs>text</tag>`.
    pub fn el(&mut self, tag: &str, attrs: &[(&str, &str)], text: &str) -> &mut Self {
        self.open(tag, attrs).text(text).close(tag)
    }
    pub fn link(&mut self, href: &str, text: &str) -> &mut Self {
        self.el("a", &[("href", href)], text)
    }
}

/// The link to an event on the timeline.
pub fn event_href(site: Site, id: &str) -> String {
    site.href(View::Timeline, &[("event", id.to_string())])
}

/// "Source: …; … · See on the timeline".
pub fn sources_line(h: &mut Html, e: &Event, lang: Lang, site: Site) {
    let c = ClassroomUi::get(lang);
    let cites: Vec<String> = e.cites.iter().map(|x| cite_text(x, lang)).collect();
    h.open("p", &[("class", "classroom__source")])
        .text(&format!("{}: {} · ", c.source, cites.join("; ")))
        .link(&event_href(site, e.id), c.on_timeline)
        .close("p");
}

/// An event as a card: stance, date, title, summary, figures and sources.
pub fn event_card(h: &mut Html, e: &Event, lang: Lang, site: Site) {
    h.open(
        "article",
        &[("class", "classroom-card"), ("data-event", e.id)],
    );
    h.open("p", &[("class", "classroom-card__meta")])
        .el(
            "span",
            &[("class", &format!("stance stance--{}", e.stance.slug()))],
            e.stance.label().get(lang),
        )
        .text(" ")
        .el(
            "time",
            &[("datetime", &e.date.iso())],
            &e.date.display(lang),
        )
        .close("p");
    h.el(
        "h4",
        &[("class", "classroom-card__title")],
        e.title.get(lang),
    )
    .el("p", &[], e.summary.get(lang));
    if !e.figures.is_empty() {
        h.open("ul", &[("class", "classroom-card__figures")]);
        for f in e.figures {
            h.open("li", &[])
                .el("strong", &[], &fmt_value(f.value, f.unit, lang))
                .text(&format!(" · {} ", f.label.get(lang)))
                .el(
                    "span",
                    &[("lang", "ko"), ("class", "classroom__as-reported")],
                    &format!("({})", f.as_reported),
                )
                .close("li");
        }
        h.close("ul");
    }
    sources_line(h, e, lang, site);
    h.close("article");
}

/// "Evidence:" and a list of events by title, each linked to the timeline, with a source.
pub fn event_links(h: &mut Html, ids: &[&str], lang: Lang, site: Site) {
    let c = ClassroomUi::get(lang);
    h.open("div", &[("class", "classroom__evidence")])
        .el(
            "span",
            &[("class", "classroom__evidence-label")],
            &format!("{}:", c.evidence),
        )
        .open("ul", &[]);
    for e in ids.iter().filter_map(|id| event(id)) {
        h.open("li", &[])
            .link(&event_href(site, e.id), e.title.get(lang));
        if let Some(x) = e.cites.first() {
            h.el(
                "span",
                &[("class", "classroom__cite")],
                &format!(" ({})", cite_text(x, lang)),
            );
        }
        h.close("li");
    }
    h.close("ul").close("div");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_everything_that_could_open_markup() {
        assert_eq!(
            esc(r#"<script>"x" & 'y'</script>"#),
            "&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;"
        );
        let mut h = Html::default();
        h.el("a", &[("href", "/a?b=1&c=\"2\"")], "<i>");
        assert_eq!(h.0, "<a href=\"/a?b=1&amp;c=&quot;2&quot;\">&lt;i&gt;</a>");
    }
}
