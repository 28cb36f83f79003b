//! The events a reader is looking at, as files to download: CSV (for spreadsheets, in the
//! reader's language, RFC 4180 quoting, UTF-8 with a byte-order mark so Excel reads Korean)
//! and JSON (both languages, structured). Plain Rust, tested natively; the page hands the
//! text to the browser as a Blob.

use crate::data::{Cite, Event, Lang, Text};

crate::catalogue! {
    /// Column headings of the CSV file.
    pub struct CsvHeadings {
        id: "아이디", "id";
        date: "날짜", "date";
        date_inferred: "날짜 추정", "date inferred";
        date_kind: "날짜 종류 (date_kind)", "date_kind";
        title: "제목", "title";
        summary: "요약", "summary";
        stance: "입장", "stance";
        layer: "분야", "layer";
        kind: "종류", "kind";
        status: "상태", "status";
        organisations: "기업·기관", "organisations";
        figures: "수치", "figures";
        note: "편집자 주", "editorial note";
        source_outlet: "출처 매체", "source outlet";
        source_date: "기사 날짜", "article date";
        source_headline: "기사 제목", "article headline";
        source_author: "기자", "author";
        source_paragraphs: "문단", "paragraphs";
        link: "링크", "link";
        inferred: "추정", "inferred";
        conversion: "기사 환산", "article's conversion";
        currency: "통화", "currency";
        as_printed: "기사 표기 금액", "amount as printed";
        value: "값", "value";
        reading: "영문 표기", "English reading";
        what: "무엇", "what";
    }
}

/// The byte-order mark that tells Excel the file is UTF-8.
pub const BOM: char = '\u{FEFF}';

/// One CSV field, quoted when it holds a comma, quote, CR or LF (quotes doubled), or when
/// it starts with a character a spreadsheet would run as a formula.
pub fn csv_field(s: &str) -> String {
    let formula = s.starts_with(['=', '+', '-', '@']);
    let s = if formula {
        format!("'{s}")
    } else {
        s.to_string()
    };
    if s.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

/// The cites of an event grouped by source, in order of first mention: (source, paragraphs).
pub fn cites_by_source(cites: &[Cite]) -> Vec<(&'static str, Vec<u16>)> {
    let mut out: Vec<(&'static str, Vec<u16>)> = Vec::new();
    for c in cites {
        match out.iter_mut().find(|(s, _)| *s == c.source) {
            Some((_, paras)) => {
                if !paras.contains(&c.para) {
                    paras.push(c.para)
                }
            }
            None => out.push((c.source, vec![c.para])),
        }
    }
    out
}

fn org_name(id: &str) -> Option<Text> {
    crate::data::speaker_name(id)
}

/// The money chart's data as CSV: one row per bar, currency by currency, largest first (the
/// chart's own figures and order), with the amount as printed and its source.
pub fn money_csv(lang: Lang, link: &dyn Fn(&str) -> String) -> String {
    let h = CsvHeadings::get(lang);
    let mut out = String::from(BOM);
    let header = [
        h.currency,
        h.as_printed,
        h.value,
        h.reading,
        h.what,
        h.organisations,
        h.id,
        h.source_outlet,
        h.source_date,
        h.link,
    ];
    push_row(&mut out, header.iter().map(|s| s.to_string()));
    for g in crate::domain::money::by_currency() {
        for b in &g.bars {
            let e = b.event;
            let source = crate::domain::profile::first_source(e.cites);
            let orgs: Vec<&str> = e
                .orgs
                .iter()
                .filter_map(|id| crate::data::org(id))
                .filter(|o| o.kind != crate::data::OrgKind::Media)
                .map(|o| o.name.get(lang))
                .collect();
            let row = [
                b.unit.slug().to_uppercase(),
                b.as_reported.to_string(),
                b.value.to_string(),
                crate::domain::money::english_amount(b.value, b.unit),
                b.figure.label.get(lang).to_string(),
                orgs.join("; "),
                e.id.to_string(),
                source.map_or(String::new(), |(s, _)| s.outlet.get(lang).to_string()),
                source.map_or(String::new(), |(s, _)| s.date.iso()),
                link(e.id),
            ];
            push_row(&mut out, row.into_iter());
        }
    }
    out
}

/// CSV of `events` (header row first), prose in `lang`; `link` gives an event's URL.
pub fn csv(events: &[&Event], lang: Lang, link: &dyn Fn(&str) -> String) -> String {
    let h = CsvHeadings::get(lang);
    let mut out = String::new();
    out.push(BOM);
    let header = [
        h.id,
        h.date,
        h.date_inferred,
        h.date_kind,
        h.title,
        h.summary,
        h.stance,
        h.layer,
        h.kind,
        h.status,
        h.organisations,
        h.figures,
        h.note,
        h.source_outlet,
        h.source_date,
        h.source_headline,
        h.source_author,
        h.source_paragraphs,
        h.link,
    ];
    push_row(&mut out, header.iter().map(|s| s.to_string()));
    for e in events {
        let orgs: Vec<String> = e
            .orgs
            .iter()
            .map(|id| org_name(id).map_or(id.to_string(), |t| t.get(lang).to_string()))
            .collect();
        let figures: Vec<String> = e
            .figures
            .iter()
            .map(|f| {
                let mut s = format!("{}: {}", f.label.get(lang), f.as_reported);
                if let Some(c) = &f.converted {
                    s.push_str(&format!(" ({}: {})", h.conversion, c.as_reported));
                }
                s
            })
            .collect();
        let groups = cites_by_source(e.cites);
        let per_source = |f: &dyn Fn(&crate::data::Source, &[u16]) -> String| -> String {
            groups
                .iter()
                .map(|(id, paras)| crate::data::source(id).map_or(id.to_string(), |s| f(s, paras)))
                .collect::<Vec<_>>()
                .join(" | ")
        };
        let row = vec![
            e.id.to_string(),
            e.date.iso(),
            if e.date_inferred {
                h.inferred.to_string()
            } else {
                String::new()
            },
            e.date_kind.slug().to_string(),
            e.title.get(lang).to_string(),
            e.summary.get(lang).to_string(),
            e.stance.label().get(lang).to_string(),
            e.layer.label().get(lang).to_string(),
            e.kind.label().get(lang).to_string(),
            e.status
                .map(|s| s.label().get(lang).to_string())
                .unwrap_or_default(),
            orgs.join("; "),
            figures.join("; "),
            e.note.map(|n| n.get(lang).to_string()).unwrap_or_default(),
            per_source(&|s, _| s.outlet.get(lang).to_string()),
            per_source(&|s, _| s.date.iso()),
            per_source(&|s, _| s.headline.get(lang).to_string()),
            per_source(&|s, _| s.author.get(lang).to_string()),
            per_source(&|_, p| {
                p.iter()
                    .map(|n| n.to_string())
                    .collect::<Vec<_>>()
                    .join(", ")
            }),
            link(e.id),
        ];
        push_row(&mut out, row.into_iter());
    }
    out
}

fn push_row(out: &mut String, fields: impl Iterator<Item = String>) {
    let row: Vec<String> = fields.map(|f| csv_field(&f)).collect();
    out.push_str(&row.join(","));
    out.push_str("\r\n");
}

/// The JSON layout: the envelope indented, one event per line (compact), so a download is
/// both readable and diffable. A `serde_json` formatter; strings additionally escape
/// `< > &` and the JavaScript line separators, keeping the file safe to paste into HTML/JS.
#[derive(Default)]
struct EventPerLine {
    depth: usize,
    has_value: bool,
}

/// A comma before every item but the first, then the line break and indent of its level.
fn separate<W: ?Sized + std::io::Write>(
    w: &mut W,
    first: bool,
    indent: Option<&[u8]>,
) -> std::io::Result<()> {
    if !first {
        w.write_all(b",")?;
    }
    w.write_all(indent.unwrap_or_default())
}

impl serde_json::ser::Formatter for EventPerLine {
    fn begin_array<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.depth += 1;
        self.has_value = false;
        w.write_all(b"[")
    }
    fn end_array<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.depth -= 1;
        if self.depth == 1 && self.has_value {
            w.write_all(b"\n  ")?;
        }
        w.write_all(b"]")
    }
    fn begin_array_value<W: ?Sized + std::io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        separate(w, first, (self.depth == 2).then_some(&b"\n    "[..]))
    }
    fn end_array_value<W: ?Sized + std::io::Write>(&mut self, _: &mut W) -> std::io::Result<()> {
        self.has_value = true;
        Ok(())
    }
    fn begin_object<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.depth += 1;
        w.write_all(b"{")
    }
    fn end_object<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.depth -= 1;
        w.write_all(if self.depth == 0 { b"\n}" } else { b"}" })
    }
    fn begin_object_key<W: ?Sized + std::io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        separate(w, first, (self.depth == 1).then_some(&b"\n  "[..]))
    }
    fn begin_object_value<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        w.write_all(if self.depth == 1 { b": " } else { b":" })
    }
    fn end_object_value<W: ?Sized + std::io::Write>(&mut self, _: &mut W) -> std::io::Result<()> {
        self.has_value = true;
        Ok(())
    }
    fn write_string_fragment<W: ?Sized + std::io::Write>(
        &mut self,
        w: &mut W,
        fragment: &str,
    ) -> std::io::Result<()> {
        for c in fragment.chars() {
            match c {
                '<' | '>' | '&' | '\u{2028}' | '\u{2029}' => write!(w, "\\u{:04x}", c as u32)?,
                c => w.write_all(c.encode_utf8(&mut [0; 4]).as_bytes())?,
            }
        }
        Ok(())
    }
}

/// Serialize in the export's layout. Serializing these plain structs cannot fail.
fn to_json(v: &impl serde::Serialize) -> String {
    let mut out = Vec::new();
    let mut ser = serde_json::Serializer::with_formatter(&mut out, EventPerLine::default());
    if v.serialize(&mut ser).is_err() {
        return "null".into();
    }
    String::from_utf8(out).unwrap_or_default()
}

/// A JSON string literal.
pub fn json_str(s: &str) -> String {
    to_json(&s)
}

/// A number as JSON: whole numbers without a fraction (`80000000000`), others as they are,
/// and `null` for NaN and infinities.
fn json_num(v: f64) -> serde_json::Value {
    if v.is_finite() && v.fract() == 0.0 && v.abs() < 9e18 {
        serde_json::Value::from(v as i64)
    } else {
        serde_json::Value::from(v)
    }
}

#[derive(serde::Serialize)]
struct JText {
    ko: &'static str,
    en: &'static str,
}

fn jtext(t: &Text) -> JText {
    JText { ko: t.ko, en: t.en }
}

#[derive(serde::Serialize)]
struct JOrg {
    id: &'static str,
    name: Option<JText>,
}

#[derive(serde::Serialize)]
struct JConverted {
    as_reported: &'static str,
    value: serde_json::Value,
    unit: &'static str,
}

#[derive(serde::Serialize)]
struct JFigure {
    label: JText,
    as_reported: &'static str,
    value: serde_json::Value,
    /// The upper end of a printed range (`2~3배`), else null.
    value_max: Option<serde_json::Value>,
    unit: &'static str,
    converted: Option<JConverted>,
}

#[derive(serde::Serialize)]
#[serde(untagged)]
enum JCite {
    Known {
        source: &'static str,
        outlet: JText,
        date: String,
        date_inferred: bool,
        headline: JText,
        author: JText,
        paragraph: u16,
    },
    /// A citation of a source the fact base does not hold (cannot happen with valid data).
    Bare {
        source: &'static str,
        paragraph: u16,
    },
}

#[derive(serde::Serialize)]
struct JEvent {
    id: &'static str,
    date: String,
    /// `dated`, or `reported_by` when the article gives no date (the date is the article's).
    date_kind: &'static str,
    date_inferred: bool,
    date_note: Option<JText>,
    title: JText,
    summary: JText,
    stance: &'static str,
    layer: &'static str,
    kind: &'static str,
    status: Option<&'static str>,
    organisations: Vec<JOrg>,
    figures: Vec<JFigure>,
    note: Option<JText>,
    citations: Vec<JCite>,
    link: String,
}

#[derive(serde::Serialize)]
struct JExport<'a> {
    generator: &'static str,
    view: &'a str,
    count: usize,
    events: Vec<JEvent>,
}

fn json_event(e: &Event, link: &dyn Fn(&str) -> String) -> JEvent {
    let organisations = e
        .orgs
        .iter()
        .map(|id| JOrg {
            id,
            name: org_name(id).as_ref().map(jtext),
        })
        .collect();
    let figures = e
        .figures
        .iter()
        .map(|f| JFigure {
            label: jtext(&f.label),
            as_reported: f.as_reported,
            value: json_num(f.value),
            value_max: f.value_max.map(json_num),
            unit: f.unit.slug(),
            converted: f.converted.map(|c| JConverted {
                as_reported: c.as_reported,
                value: json_num(c.value),
                unit: c.unit.slug(),
            }),
        })
        .collect();
    let citations = e
        .cites
        .iter()
        .map(|c| match crate::data::source(c.source) {
            Some(s) => JCite::Known {
                source: s.id,
                outlet: jtext(&s.outlet),
                date: s.date.iso(),
                date_inferred: s.date_inferred,
                headline: jtext(&s.headline),
                author: jtext(&s.author),
                paragraph: c.para,
            },
            None => JCite::Bare {
                source: c.source,
                paragraph: c.para,
            },
        })
        .collect();
    JEvent {
        id: e.id,
        date: e.date.iso(),
        date_kind: e.date_kind.slug(),
        date_inferred: e.date_inferred,
        date_note: e.date_note.as_ref().map(jtext),
        title: jtext(&e.title),
        summary: jtext(&e.summary),
        stance: e.stance.slug(),
        layer: e.layer.slug(),
        kind: e.kind.slug(),
        status: e.status.map(|s| s.slug()),
        organisations,
        figures,
        note: e.note.as_ref().map(jtext),
        citations,
        link: link(e.id),
    }
}

/// JSON of `events`: `{ "view": url, "count": n, "events": [...] }`, both languages.
pub fn json(events: &[&Event], view: &str, link: &dyn Fn(&str) -> String) -> String {
    let mut out = to_json(&JExport {
        generator: "Crossroads",
        view,
        count: events.len(),
        events: events.iter().map(|e| json_event(e, link)).collect(),
    });
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::EVENTS;

    /// A minimal RFC 4180 reader, to check what a spreadsheet would see.
    fn read_csv(s: &str) -> Vec<Vec<String>> {
        let mut rows = vec![];
        let mut row = vec![];
        let mut field = String::new();
        let mut quoted = false;
        let mut chars = s.chars().peekable();
        while let Some(c) = chars.next() {
            match (quoted, c) {
                (true, '"') if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                (true, '"') => quoted = false,
                (true, c) => field.push(c),
                (false, '"') => quoted = true,
                (false, ',') => row.push(std::mem::take(&mut field)),
                (false, '\r') => {}
                (false, '\n') => {
                    row.push(std::mem::take(&mut field));
                    rows.push(std::mem::take(&mut row));
                }
                (false, c) => field.push(c),
            }
        }
        rows
    }

    #[test]
    fn the_money_csv_has_a_row_per_bar_with_the_printed_amount() {
        let link = |id: &str| format!("https://x.org/timeline/?event={id}");
        let text = money_csv(Lang::En, &link);
        assert!(text.starts_with(BOM));
        let lines: Vec<&str> = text.trim_start_matches(BOM).split("\r\n").collect();
        assert!(lines[0].starts_with("currency,amount as printed,value"));
        let bars: Vec<_> = crate::domain::money::by_currency()
            .into_iter()
            .flat_map(|g| g.bars)
            .collect();
        assert!(!bars.is_empty());
        // Header, one row per bar, and the empty string after the last CRLF.
        assert_eq!(lines.len(), bars.len() + 2);
        for (line, b) in lines[1..].iter().zip(&bars) {
            assert!(line.contains(b.as_reported), "{line}");
            assert!(line.contains(b.event.id), "{line}");
            assert!(line.ends_with(&link(b.event.id)), "{line}");
        }
        let ko = money_csv(Lang::Ko, &link);
        assert!(ko
            .trim_start_matches(BOM)
            .starts_with("통화,기사 표기 금액"));
    }

    #[test]
    fn csv_fields_are_quoted_per_rfc_4180() {
        let cases = [
            ("plain", "plain"),
            ("네이버", "네이버"),
            ("a,b", "\"a,b\""),
            ("say \"hi\"", "\"say \"\"hi\"\"\""),
            ("two\nlines", "\"two\nlines\""),
            ("=1+1", "'=1+1"), // no formulas
        ];
        for (input, want) in cases {
            assert_eq!(csv_field(input), want, "{input:?}");
        }
    }

    #[test]
    fn csv_has_bom_header_and_one_row_per_event() {
        let evs: Vec<&Event> = EVENTS.iter().take(12).collect();
        for lang in Lang::ALL {
            let text = csv(&evs, lang, &|id| format!("https://x/timeline/?event={id}"));
            assert!(text.starts_with('\u{FEFF}'), "BOM");
            assert!(text.ends_with("\r\n"));
            let rows = read_csv(text.trim_start_matches('\u{FEFF}'));
            assert_eq!(rows.len(), evs.len() + 1);
            assert!(rows.iter().all(|r| r.len() == rows[0].len()), "same width");
            assert_eq!(rows[0][0], CsvHeadings::get(lang).id);
            for (r, e) in rows[1..].iter().zip(&evs) {
                assert_eq!(r[0], e.id);
                assert_eq!(r[1], e.date.iso());
                assert_eq!(r[3], e.date_kind.slug());
                assert_eq!(r[4], e.title.get(lang));
                assert!(r[18].ends_with(e.id));
                // Every event cites a source: outlet, date, headline and paragraphs are filled.
                assert!(!r[13].is_empty() && !r[14].is_empty() && !r[17].is_empty());
            }
        }
    }

    #[test]
    fn exports_say_which_events_the_article_does_not_date() {
        let alliance = crate::data::event("meta-ibm-form-ai-alliance").unwrap();
        let hbm = crate::data::event("sk-hynix-hbm3e-8-high-first-delivery").unwrap();
        let evs = [alliance, hbm];
        let rows = read_csv(csv(&evs, Lang::En, &|id| id.into()).trim_start_matches(BOM));
        assert_eq!(rows[0][3], "date_kind");
        assert_eq!(
            rows[1][3], "reported_by",
            "the AI Alliance has no date in the article"
        );
        assert_eq!(rows[2][3], "dated", "'last March' dates the HBM3E delivery");
        let j = json(&evs, "v", &|id| id.into());
        assert!(j.contains("\"id\":\"meta-ibm-form-ai-alliance\",\"date\":\"2024-07-21\",\"date_kind\":\"reported_by\""));
        assert!(j.contains("\"date_kind\":\"dated\""));
    }

    #[test]
    fn a_printed_range_is_exported_as_a_range() {
        let fdp = crate::data::event("fdp-data-center-storage-standard").unwrap();
        let j = json(&[fdp], "v", &|id| id.into());
        assert!(
            j.contains("\"as_reported\":\"2~3배\",\"value\":2,\"value_max\":3,"),
            "{j}"
        );
        let c = csv(&[fdp], Lang::En, &|id| id.into());
        assert!(c.contains("2~3배"), "the CSV keeps the printed range");
    }

    #[test]
    fn json_strings_are_escaped() {
        assert_eq!(json_str("a\"b\\c\n\u{1}"), "\"a\\\"b\\\\c\\n\\u0001\"");
        assert_eq!(json_str("</script>"), "\"\\u003c/script\\u003e\"");
        assert_eq!(json_str("네이버"), "\"네이버\"");
        assert_eq!(json_num(f64::NAN).to_string(), "null");
        assert_eq!(json_num(80e9).to_string(), "80000000000");
        assert_eq!(json_num(1.5).to_string(), "1.5");
    }

    #[test]
    fn json_lists_every_event_with_citations() {
        let evs: Vec<&Event> = EVENTS.iter().take(5).collect();
        let text = json(&evs, "https://x/timeline/?q=a", &|id| format!("u/{id}"));
        assert!(text.contains("\"count\": 5"));
        for e in &evs {
            assert!(text.contains(&format!("\"id\":{}", json_str(e.id))));
        }
        assert!(text.contains("\"citations\":[{\"source\":"));
        assert!(text.contains("\"paragraph\":"));
        // Balanced brackets outside strings: a cheap well-formedness check.
        let (mut depth, mut in_str, mut esc) = (0i32, false, false);
        for c in text.chars() {
            match (in_str, esc, c) {
                (true, true, _) => esc = false,
                (true, false, '\\') => esc = true,
                (true, false, '"') => in_str = false,
                (false, _, '"') => in_str = true,
                (false, _, '{' | '[') => depth += 1,
                (false, _, '}' | ']') => depth -= 1,
                _ => {}
            }
            assert!(depth >= 0);
        }
        assert_eq!(depth, 0);
        assert_eq!(json(&[], "v", &|id| id.into()).trim_end(), "{\n  \"generator\": \"Crossroads\",\n  \"view\": \"v\",\n  \"count\": 0,\n  \"events\": []\n}");
    }

    #[test]
    fn cites_are_grouped_by_source() {
        let c = [
            Cite {
                source: "a",
                para: 3,
            },
            Cite {
                source: "b",
                para: 1,
            },
            Cite {
                source: "a",
                para: 4,
            },
            Cite {
                source: "a",
                para: 3,
            },
        ];
        assert_eq!(cites_by_source(&c), vec![("a", vec![3, 4]), ("b", vec![1])]);
    }

    #[test]
    fn headings_are_complete() {
        for (key, ko, en) in CsvHeadings::entries() {
            assert!(!ko.trim().is_empty() && !en.trim().is_empty(), "{key}");
        }
    }
}
