//! The static parts of the companies view (card bodies, the money chart's rows, the
//! network's caption and table) written as escaped HTML strings.
//!
//! Why strings: these parts never change after they are drawn (a language switch redraws
//! them), and each distinct `view!` tree costs its own compiled rendering code; writing
//! them as text keeps the wasm small. Every piece of data goes through [`W::t`], which
//! escapes it; no `style` attribute and no script is ever written (CSP). Links are plain
//! `<a href>`, which the router intercepts like any other. Plain Rust, tested natively.

use super::money::{english_amount, Bar, Group};
use super::network::Tie;
use super::profile::{events_of, first_source, products_of, quotes_of, sources_of};
use super::CompaniesUi;
use crate::data::{org, person, speaker_name, Event, Figure, Lang, Org, OrgKind, Stance, Unit};
use crate::i18n::ui;
use crate::state::route::View;

/// Builds a link to a view with parameters (the app passes `Site::href`).
pub type Link<'a> = &'a dyn Fn(View, &[(&'static str, String)]) -> String;

/// An HTML writer: `r` appends markup, `t` appends escaped text.
pub struct W<'a> {
    pub out: String,
    link: Link<'a>,
    lang: Lang,
}

impl<'a> W<'a> {
    pub fn new(lang: Lang, link: Link<'a>) -> W<'a> {
        W {
            out: String::with_capacity(2048),
            link,
            lang,
        }
    }
    fn r(&mut self, s: &str) -> &mut Self {
        self.out.push_str(s);
        self
    }
    /// Text or an attribute value, escaped.
    pub fn t(&mut self, s: &str) -> &mut Self {
        for c in s.chars() {
            match c {
                '&' => self.out.push_str("&amp;"),
                '<' => self.out.push_str("&lt;"),
                '>' => self.out.push_str("&gt;"),
                '"' => self.out.push_str("&quot;"),
                '\'' => self.out.push_str("&#39;"),
                c => self.out.push(c),
            }
        }
        self
    }
    fn n(&mut self, n: impl Into<u64>) -> &mut Self {
        self.out.push_str(&n.into().to_string());
        self
    }
    /// `<a href="…">text</a>` to a view.
    fn a(&mut self, view: View, params: &[(&'static str, String)], text: &str) -> &mut Self {
        let href = (self.link)(view, params);
        self.r("<a href=\"").t(&href).r("\">").t(text).r("</a>")
    }
    fn event(&mut self, e: &Event) -> &mut Self {
        let lang = self.lang;
        self.a(View::Timeline, &[("event", e.id.into())], e.title.get(lang))
    }
    fn card_link(&mut self, id: &'static str, text: &str) -> &mut Self {
        self.a(View::Companies, &[("company", id.into())], text)
    }
    fn date(&mut self, d: crate::data::Date, class: &str) -> &mut Self {
        let shown = d.display(self.lang);
        self.r("<time class=\"")
            .r(class)
            .r("\" datetime=\"")
            .r(&d.iso())
            .r("\">")
            .t(&shown)
            .r("</time>")
    }
    fn badge(&mut self, s: Stance) -> &mut Self {
        let lang = self.lang;
        self.r("<span class=\"stance stance--")
            .r(s.slug())
            .r("\">")
            .t(s.label().get(lang))
            .r("</span>")
    }
    fn heading(&mut self, focused: bool, text: &str) -> &mut Self {
        let h = if focused { "h2" } else { "h4" };
        self.r("<")
            .r(h)
            .r(" class=\"card__sub\">")
            .t(text)
            .r("</")
            .r(h)
            .r(">")
    }
    /// "Outlet, headline, date (inferred)" of an event's or quote's first source.
    fn source_line(&mut self, s: &crate::data::Source, para: Option<u16>) -> &mut Self {
        let lang = self.lang;
        let c = CompaniesUi::get(lang);
        self.t(s.outlet.get(lang))
            .r(", <cite lang=\"ko\">")
            .t(s.headline.ko)
            .r("</cite>, ")
            .date(s.date, "");
        if s.date_inferred {
            self.r(" (").t(ui(lang).inferred).r(")");
        }
        if let Some(p) = para {
            self.r(" (").t(c.para).r(" ").n(p).r(")");
        }
        self
    }
}

/// Everything inside a company card's `<article>` except where it stands (the
/// `Placement` component): the head (names, what it is) and the rest.
pub fn card_parts(o: &'static Org, focused: bool, lang: Lang, link: Link) -> (String, String) {
    let c = CompaniesUi::get(lang);
    let mut w = W::new(lang, link);
    let events = events_of(o.id);
    let quotes = quotes_of(o.id);
    let name = o.name.get(lang);
    let other = o.name.get(lang.other());

    // Names, what it is.
    let h = if focused { "h1" } else { "h3" };
    w.r("<header class=\"card__head\"><").r(h);
    w.r(" id=\"card-").r(o.id).r("\" class=\"card__name\">");
    if focused {
        w.t(name);
    } else {
        let href = (w.link)(View::Companies, &[("company", o.id.into())]);
        w.r("<a href=\"")
            .t(&href)
            .r("\" title=\"")
            .t(c.open_card)
            .r("\">");
        w.t(name).r("</a>");
    }
    w.r("</").r(h).r(">");
    if other != name {
        w.r("<p class=\"card__alt\" lang=\"")
            .r(lang.other().code())
            .r("\">");
        w.t(other).r("</p>");
    }
    w.r("<p class=\"card__meta\">")
        .t(o.sector.label().get(lang))
        .r(" · ");
    w.t(o.country.label().get(lang));
    if o.country_inferred {
        w.r(" (").t(ui(lang).inferred).r(")");
    }
    w.r(" · ").t(o.kind.label().get(lang)).r("</p></header>");
    w.r("<p class=\"card__desc\">")
        .t(o.description.get(lang))
        .r("</p>");

    // Where it stands: the `Placement` component goes between the two parts.
    let head = std::mem::take(&mut w.out);

    // The long part: folded in the grid.
    if !focused {
        w.r("<details class=\"card__more\"><summary>")
            .t(c.details)
            .r("</summary>");
    }
    w.r("<div class=\"card__body\">");

    // Events in date order: the evidence for its place.
    w.heading(focused, c.events);
    w.r("<p class=\"card__note\">")
        .t(c.events_note)
        .r("</p><ol class=\"card__events\">");
    for e in &events {
        w.r("<li data-event=\"")
            .r(e.id)
            .r("\">")
            .badge(e.stance)
            .r(" ")
            .event(e)
            .r(" ");
        w.date(e.date, "card__date");
        if e.stance == Stance::Context {
            w.r(" <span class=\"card__uncounted\">(")
                .t(c.uncounted)
                .r(")</span>");
        }
        w.r("</li>");
    }
    w.r("</ol><p>");
    let href = (w.link)(View::Timeline, &[("company", o.id.into())]);
    w.r("<a class=\"card__timeline\" href=\"")
        .t(&href)
        .r("\">")
        .t(c.on_timeline);
    w.r("</a></p>");

    // Partners, by the partner rule.
    w.heading(focused, c.partners);
    let partners = partners_of(o.id);
    if partners.is_empty() {
        w.r("<p class=\"card__none\">").t(c.partners_none).r("</p>");
    } else {
        w.r("<ul class=\"card__list\">");
        for (p, evs) in partners {
            w.r("<li><strong>")
                .card_link(p.id, p.name.get(lang))
                .r("</strong> — ");
            for (k, e) in evs.iter().enumerate() {
                if k > 0 {
                    w.r(" · ");
                }
                w.event(e);
            }
            w.r("</li>");
        }
        w.r("</ul>");
    }

    // Products, models and chips.
    let products = products_of(&events);
    if !products.is_empty() {
        w.heading(focused, c.products)
            .r("<ul class=\"card__list\">");
        for e in products {
            w.r("<li>")
                .event(e)
                .r(" ")
                .date(e.date, "card__date")
                .r("</li>");
        }
        w.r("</ul>");
    }

    // Figures.
    let figures: Vec<(&Event, &Figure)> = events
        .iter()
        .flat_map(|e| e.figures.iter().map(move |f| (*e, f)))
        .collect();
    if !figures.is_empty() {
        w.heading(focused, c.figures).r("<ul class=\"card__list\">");
        for (e, f) in figures {
            w.r("<li>")
                .t(f.label.get(lang))
                .r(": <strong lang=\"ko\">")
                .t(f.as_reported);
            w.r("</strong>");
            if let Some(cv) = f.converted {
                w.r(" (")
                    .t(c.converted)
                    .r(": <span lang=\"ko\">")
                    .t(cv.as_reported);
                w.r("</span>)");
            }
            w.r(" · ").event(e).r("</li>");
        }
        w.r("</ul>");
    }

    // Quotes from the organisation or its people.
    if !quotes.is_empty() {
        w.heading(focused, c.quotes);
        for q in &quotes {
            w.r("<figure class=\"card__quote\"><blockquote lang=\"")
                .r(lang.code())
                .r("\">");
            w.t(q.words(lang)).r("</blockquote>");
            if lang == Lang::En {
                w.r("<p class=\"card__original\">")
                    .t(c.original)
                    .r(": <span lang=\"ko\">");
                w.t(q.ko).r("</span></p>");
            }
            w.r("<figcaption>— ");
            w.t(speaker_name(q.speaker)
                .map(|n| n.get(lang))
                .unwrap_or(q.speaker));
            if let Some(p) = person(q.speaker) {
                w.r(", ").t(p.role.get(lang));
            }
            if let Some((s, _)) = first_source(q.cites) {
                w.r(" · ").t(s.outlet.get(lang));
            }
            w.r("</figcaption></figure>");
        }
    }

    // Sources.
    w.heading(focused, c.sources)
        .r("<ul class=\"card__sources\">");
    for s in sources_of(o, &events, &quotes) {
        w.r("<li data-source=\"")
            .r(s.id)
            .r("\">")
            .source_line(s, None)
            .r("</li>");
    }
    w.r("</ul></div>");
    if !focused {
        w.r("</details>");
    }
    (head, w.out)
}

/// The whole card body as one string (the two parts of [`card_parts`] joined).
pub fn card(o: &'static Org, focused: bool, lang: Lang, link: Link) -> String {
    let (head, rest) = card_parts(o, focused, lang, link);
    head + &rest
}

/// The organisations tied to `id` by the partner rule, each with the events that tie them.
pub fn partners_of(id: &str) -> Vec<(&'static Org, Vec<&'static Event>)> {
    let mut out: Vec<(&'static Org, Vec<&'static Event>)> = Vec::new();
    for t in super::network::ties() {
        let other = if t.a == id {
            t.b
        } else if t.b == id {
            t.a
        } else {
            continue;
        };
        match out.iter_mut().find(|(o, _)| o.id == other) {
            Some((_, evs)) => evs.push(t.event),
            None => {
                if let Some(o) = org(other) {
                    out.push((o, vec![t.event]));
                }
            }
        }
    }
    out
}

fn org_name(id: &str, lang: Lang) -> &'static str {
    org(id).map(|o| o.name.get(lang)).unwrap_or("")
}

/// The caption of one tie: both cards, the event, its summary and its source.
pub fn tie_fact(t: &Tie, lang: Lang, link: Link) -> String {
    let c = CompaniesUi::get(lang);
    let mut w = W::new(lang, link);
    let e = t.event;
    w.r("<p class=\"network__pair\">")
        .card_link(t.a, org_name(t.a, lang))
        .r(" — ");
    w.card_link(t.b, org_name(t.b, lang))
        .r("</p><p>")
        .badge(e.stance)
        .r(" ")
        .event(e);
    w.r(" · ")
        .date(e.date, "")
        .r("</p><p class=\"network__summary\">");
    w.t(e.summary.get(lang)).r("</p>");
    if let Some((s, p)) = first_source(e.cites) {
        w.r("<p class=\"network__source\">")
            .t(c.source)
            .r(": ")
            .source_line(s, Some(p));
        w.r("</p>");
    }
    w.out
}

/// The network's text alternative: the same ties as a table.
pub fn ties_table<'t>(ties: impl Iterator<Item = &'t Tie>, lang: Lang, link: Link) -> String {
    let c = CompaniesUi::get(lang);
    let mut w = W::new(lang, link);
    w.r("<table class=\"network__table\"><thead><tr>");
    for h in [
        c.col_orgs,
        c.col_what,
        c.col_stance,
        c.col_date,
        c.col_source,
    ] {
        w.r("<th scope=\"col\">").t(h).r("</th>");
    }
    w.r("</tr></thead><tbody>");
    for t in ties {
        let e = t.event;
        w.r("<tr><td>").card_link(t.a, org_name(t.a, lang)).r(" — ");
        w.card_link(t.b, org_name(t.b, lang))
            .r("</td><td>")
            .event(e)
            .r("</td><td>");
        w.t(e.stance.label().get(lang))
            .r("</td><td>")
            .date(e.date, "")
            .r("</td><td>");
        if let Some((s, p)) = first_source(e.cites) {
            w.t(s.outlet.get(lang)).r(" (").t(c.para).r(" ").n(p).r(")");
        }
        w.r("</td></tr>");
    }
    w.r("</tbody></table>");
    w.out
}

/// A currency's name as a heading: "US dollars (USD)", "달러 (USD)".
pub fn unit_title(u: Unit, lang: Lang) -> String {
    let label = u.label().get(lang);
    let mut chars = label.chars();
    let first: String = chars
        .next()
        .map(|c| c.to_uppercase().collect())
        .unwrap_or_default();
    format!("{first}{} ({})", chars.as_str(), u.slug().to_uppercase())
}

/// One group of bars on one scale: heading, note, and a labelled bar per figure (the label
/// is HTML, readable at any width; the bar is an SVG whose viewBox stretches).
pub fn money_group(g: &Group, title: &str, note: &str, lang: Lang, link: Link) -> String {
    let c = CompaniesUi::get(lang);
    let mut w = W::new(lang, link);
    let id = g.unit.slug();
    w.r("<figure class=\"money__group\" aria-labelledby=\"money-")
        .r(id)
        .r("\"><figcaption>");
    w.r("<h3 id=\"money-")
        .r(id)
        .r("\" class=\"money__group-title\">")
        .t(title)
        .r("</h3>");
    w.r("<p class=\"money__note\">")
        .t(note)
        .r("</p></figcaption><ol class=\"money__bars\">");
    for b in &g.bars {
        bar(&mut w, b, g.scale.len(b.value), c);
    }
    w.r("</ol></figure>");
    w.out
}

fn bar(w: &mut W, b: &Bar, len: i32, c: &CompaniesUi) {
    let lang = w.lang;
    let e = b.event;
    w.r("<li class=\"money__row\" data-event=\"")
        .r(e.id)
        .r("\" data-unit=\"");
    w.r(b.unit.slug())
        .r("\"><p class=\"money__label\"><strong class=\"money__amount\" lang=\"ko\">");
    w.t(b.as_reported).r("</strong>");
    if lang == Lang::En {
        // The group's heading names the currency; English readers get the amount read out.
        w.r(" <span class=\"money__unit\">(")
            .t(&english_amount(b.value, b.unit));
        w.r(")</span>");
    }
    if let Some(from) = b.converted_from {
        w.r(" <span class=\"money__from\">(")
            .t(c.money_converted_from);
        w.r(" <span lang=\"ko\">").t(from).r("</span>)</span>");
    }
    w.r("</p><svg class=\"money__bar\" viewBox=\"0 0 1000 20\" preserveAspectRatio=\"none\" aria-hidden=\"true\" focusable=\"false\">");
    w.r("<rect class=\"money__track\" x=\"0\" y=\"0\" width=\"1000\" height=\"20\"></rect>");
    w.r("<rect class=\"money__fill\" x=\"0\" y=\"0\" width=\"")
        .n(len.max(0) as u32);
    w.r("\" height=\"20\"></rect></svg><p class=\"money__what\">");
    let who: Vec<&str> = e
        .orgs
        .iter()
        .filter_map(|id| org(id))
        .filter(|o| o.kind != OrgKind::Media)
        .map(|o| o.name.get(lang))
        .collect();
    w.t(&who.join(", "))
        .r(" — ")
        .t(b.figure.label.get(lang))
        .r(" · ")
        .event(e)
        .r("</p>");
    if let Some((s, _)) = first_source(e.cites) {
        w.r("<p class=\"money__source\">")
            .t(s.outlet.get(lang))
            .r(", ");
        w.date(s.date, "");
        if s.date_inferred {
            w.r(" (").t(ui(lang).inferred).r(")");
        }
        w.r("</p>");
    }
    w.r("</li>");
}

/// Figures the won view leaves out, with their events.
pub fn left_out(items: &[(&'static Event, &'static Figure)], lang: Lang, link: Link) -> String {
    let c = CompaniesUi::get(lang);
    let mut w = W::new(lang, link);
    w.r("<h3 class=\"money__left-title\">")
        .t(c.money_left_out)
        .r("</h3><ul class=\"money__left\">");
    for (e, f) in items {
        w.r("<li><span lang=\"ko\">")
            .t(f.as_reported)
            .r("</span> — ")
            .t(f.label.get(lang));
        w.r(" · ").event(e).r("</li>");
    }
    w.r("</ul>");
    w.out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::ORGS;

    fn link(v: View, p: &[(&'static str, String)]) -> String {
        crate::state::route::href("/x", v, &crate::state::query::build(p))
    }

    #[test]
    fn text_is_escaped() {
        let mut w = W::new(Lang::En, &link);
        w.t("<a href=\"x\">'&'</a>");
        assert_eq!(
            w.out,
            "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;"
        );
    }

    #[test]
    fn every_card_is_well_formed_and_complete() {
        for lang in Lang::ALL {
            let c = CompaniesUi::get(lang);
            for o in ORGS {
                for focused in [false, true] {
                    let h = card(o, focused, lang, &link);
                    // Where it stands is the `Placement` component, between the parts.
                    assert!(!h.contains(c.where_it_stands));
                    assert!(h.contains(c.partners) && h.contains(c.sources), "{}", o.id);
                    assert!(
                        h.contains(&format!("/x/timeline/?company={}", o.id)),
                        "{}: timeline link",
                        o.id
                    );
                    assert!(!h.contains("style="), "no inline styles");
                    // Tags balance (a cheap check that no text broke the markup).
                    for tag in [
                        "p", "ul", "ol", "li", "a", "h4", "h2", "strong", "span", "figure",
                        "details",
                    ] {
                        let open = h.matches(&format!("<{tag}>")).count()
                            + h.matches(&format!("<{tag} ")).count();
                        let close = h.matches(&format!("</{tag}>")).count();
                        assert_eq!(open, close, "{} <{tag}> in {lang:?}", o.id);
                    }
                }
            }
        }
    }

    #[test]
    fn a_card_lists_its_partners_and_events() {
        let Some(kt) = org("kt") else { return };
        let h = card(kt, true, Lang::En, &link);
        assert!(
            h.contains("/x/companies/?company=microsoft"),
            "partner links to its card"
        );
        for e in events_of("kt") {
            assert!(
                h.contains(&format!("/x/timeline/?event={}", e.id)),
                "{}",
                e.id
            );
        }
        assert!(h.starts_with("<header class=\"card__head\"><h1 id=\"card-kt\""));
    }

    #[test]
    fn money_rows_carry_the_amount_as_printed_and_the_scale() {
        for g in super::super::money::by_currency() {
            let h = money_group(&g, "t", "n", Lang::Ko, &link);
            for b in &g.bars {
                assert!(h.contains(&format!(
                    ">{}</strong>",
                    b.as_reported.replace('\'', "&#39;")
                )));
                assert!(h.contains(&format!("width=\"{}\"", g.scale.len(b.value))));
            }
        }
    }

    #[test]
    fn unit_titles_are_capitalised() {
        assert_eq!(unit_title(Unit::Eur, Lang::En), "Euros (EUR)");
        assert_eq!(unit_title(Unit::Usd, Lang::Ko), "달러 (USD)");
    }
}
