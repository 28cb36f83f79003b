//! The timeline's filters as they travel in a link: one [`Filters`] value, parsed leniently
//! from a query string and written back in one canonical form. Plain Rust, tested natively.
//! The contract is documented in `docs/LINKS.md` and pinned by `tests/url_contract.rs`.
//!
//! Parsing never fails: every bad value (unknown id, malformed date, reversed range,
//! repeated parameter, over-long value, broken encoding, unknown parameter) is dropped on
//! its own and reported as an [`Ignored`], so the rest of the link still works.

use crate::data::{Date, Event, Kind, Layer, Precision, Stance};
use crate::state::query;

/// The timeline's parameters, in the canonical order they are written in.
pub const PARAMS: [&str; 11] = [
    "stance", "layer", "company", "kind", "source", "ids", "q", "from", "to", "event", "sort",
];

/// Parameters every view shares; read by the shell (`app.rs`), skipped here silently.
pub const SHELL_PARAMS: [&str; 2] = ["lang", "embed"];

/// Other names accepted for a parameter (old spellings, plurals, obvious synonyms). They are
/// read like the current name and never written: the next change of filter rewrites the link
/// in today's form. A parameter that is ever renamed must be added here, old name first.
pub const PARAM_RENAMES: &[(&str, &str)] = &[
    ("org", "company"),
    ("orgs", "company"),
    ("companies", "company"),
    ("stances", "stance"),
    ("layers", "layer"),
    ("kinds", "kind"),
    ("sources", "source"),
    ("search", "q"),
    ("since", "from"),
    ("until", "to"),
];

/// Other values accepted for a parameter: `(parameter, old value, current value)`. An id that
/// is ever renamed in the fact base (organisation, source, event) must be added here so that
/// shared links keep working; `tests/url_contract.rs` pins ids that links use today.
pub const VALUE_RENAMES: &[(&str, &str, &str)] = &[
    ("stance", "both", "hybrid"),
    ("stance", "ally", "alliance"),
    ("sort", "oldest", "old"),
    ("sort", "newest", "new"),
];

/// Longest search text kept (in characters, after collapsing spaces).
pub const MAX_Q_CHARS: usize = 200;
/// Longest comma list read for one multi-valued parameter (in bytes, decoded).
pub const MAX_LIST_BYTES: usize = 4096;
/// Longest value read for `from`, `to`, `event` and `sort` (in bytes, decoded).
pub const MAX_SINGLE_BYTES: usize = query::MAX_VALUE;
/// At most this many ignored values are reported; the rest are dropped silently.
pub const MAX_REPORTED: usize = 20;

/// The order of the list: newest first (the default) or oldest first (`sort=old`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Sort {
    #[default]
    Newest,
    Oldest,
}

/// Everything that narrows or orders the timeline. Lists are kept sorted (vocabulary order
/// for stance/layer/kind, alphabetical for ids) and without duplicates, so two equal views
/// are equal values and write the same link.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Filters {
    pub stance: Vec<Stance>,
    pub layer: Vec<Layer>,
    /// Organisation ids (`crate::data::ORGS`): events involving ANY of them.
    pub company: Vec<String>,
    pub kind: Vec<Kind>,
    /// Source article ids: events citing ANY of them.
    pub source: Vec<String>,
    /// Exactly these events (the story's and glossary's evidence links): events whose id
    /// is listed. Empty means no such restriction.
    pub ids: Vec<String>,
    /// Free text, whitespace collapsed; every word must match (see `search.rs`).
    pub q: String,
    pub from: Option<Date>,
    pub to: Option<Date>,
    /// The event to scroll to, highlight and expand. Does not filter.
    pub event: Option<String>,
    pub sort: Sort,
}

/// One narrowing dimension of the filters (the event target and the order are not facets).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Facet {
    Stance,
    Layer,
    Company,
    Kind,
    Source,
    Dates,
    Search,
    /// A hand-picked set of events (`ids=`), e.g. the evidence for one claim of the story.
    Ids,
}

impl Facet {
    pub const ALL: [Facet; 8] = [
        Facet::Stance,
        Facet::Layer,
        Facet::Company,
        Facet::Kind,
        Facet::Source,
        Facet::Dates,
        Facet::Search,
        Facet::Ids,
    ];
    /// Bit of this facet in a pass mask (see `facets.rs`).
    pub fn bit(self) -> u8 {
        1 << (self as u8)
    }
}

/// One active filter value, as shown in a removable chip.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Chip {
    Stance(Stance),
    Layer(Layer),
    Company(String),
    Kind(Kind),
    Source(String),
    Search(String),
    From(Date),
    To(Date),
    /// The `ids=` selection as a whole (its number of events).
    Ids(usize),
}

impl Chip {
    /// A stable key (for keyed lists): `param:value`.
    pub fn key(&self) -> String {
        match self {
            Chip::Stance(s) => format!("stance:{}", s.slug()),
            Chip::Layer(l) => format!("layer:{}", l.slug()),
            Chip::Company(c) => format!("company:{c}"),
            Chip::Kind(k) => format!("kind:{}", k.slug()),
            Chip::Source(s) => format!("source:{s}"),
            Chip::Search(q) => format!("q:{q}"),
            Chip::From(d) => format!("from:{}", d.iso()),
            Chip::To(d) => format!("to:{}", d.iso()),
            Chip::Ids(_) => "ids".to_string(),
        }
    }
}

/// Why a value in a link was not used.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Reason {
    /// Not a parameter of the timeline (nor `lang`/`embed`).
    UnknownParameter,
    /// Not a known stance/layer/kind/organisation/source/event/order.
    UnknownValue,
    /// Not `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, or no such day.
    BadDate,
    /// `to` ends before `from` starts; `to` is dropped.
    ReversedRange,
    /// A single-valued parameter given again: the later value is used, this one dropped.
    Repeated,
    /// Longer than the parameter allows.
    TooLong,
    /// Broken percent-encoding or invalid UTF-8.
    BadEncoding,
}

/// A value that was dropped from a link, with the reason.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Ignored {
    /// The parameter as written in the link.
    pub key: String,
    /// The value (one item of a comma list), as written in the link.
    pub value: String,
    pub reason: Reason,
}

impl Ignored {
    fn new(key: &str, value: &str, reason: Reason) -> Self {
        Ignored {
            key: key.to_string(),
            value: value.to_string(),
            reason,
        }
    }
    /// `key=value`, each cut to a length that is safe to show in a note.
    pub fn pair(&self) -> String {
        format!("{}={}", shorten(&self.key), shorten(&self.value))
    }
}

/// Cut a (possibly hostile) value to something short enough to show.
pub fn shorten(s: &str) -> String {
    let mut out: String = s.chars().take(40).collect();
    if s.chars().count() > 40 {
        out.push('…');
    }
    out
}

/// The ids a link may name. The real fact base is [`FactBase`]; tests pass their own.
pub trait Known {
    fn org(&self, id: &str) -> bool;
    fn source(&self, id: &str) -> bool;
    fn event(&self, id: &str) -> bool;
}

/// The ids of `crate::data`.
pub struct FactBase;

impl Known for FactBase {
    fn org(&self, id: &str) -> bool {
        crate::data::org(id).is_some()
    }
    fn source(&self, id: &str) -> bool {
        crate::data::source(id).is_some()
    }
    fn event(&self, id: &str) -> bool {
        crate::data::event(id).is_some()
    }
}

/// Parse a date bound: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (month and day may have one digit;
/// the year has four). `None` for anything else, including days that do not exist.
pub fn parse_date(s: &str) -> Option<Date> {
    let mut parts = s.split('-');
    let y = parts.next()?;
    let m = parts.next();
    let d = parts.next();
    if parts.next().is_some() {
        return None;
    }
    let digits = |p: &str, min: usize, max: usize| {
        (min..=max).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit())
    };
    if !digits(y, 4, 4) {
        return None;
    }
    let y: u16 = y.parse().ok()?;
    if y == 0 {
        return None;
    }
    let m: u8 = match m {
        None => 0,
        Some(m) if digits(m, 1, 2) => m.parse().ok().filter(|m| (1..=12).contains(m))?,
        Some(_) => return None,
    };
    let d: u8 = match d {
        None => 0,
        Some(d) if digits(d, 1, 2) => d
            .parse()
            .ok()
            .filter(|d| *d >= 1 && *d <= days_in_month(y, m))?,
        Some(_) => return None,
    };
    Some(Date { y, m, d })
}

fn days_in_month(y: u16, m: u8) -> u8 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (y.is_multiple_of(4) && !y.is_multiple_of(100)) || y.is_multiple_of(400) => 29,
        2 => 28,
        _ => 0,
    }
}

/// The days a date covers, as sortable keys `yyyymmdd` (first, last): a year-precision date
/// covers its whole year, a month-precision date its whole month. (Month ends are written
/// as day 31 whatever the month: no real date falls between, so comparisons are exact.)
pub fn span(d: Date) -> (u32, u32) {
    let k = |m: u8, d2: u8| d.y as u32 * 10_000 + m as u32 * 100 + d2 as u32;
    match d.precision() {
        Precision::Year => (k(1, 1), k(12, 31)),
        Precision::Month => (k(d.m, 1), k(d.m, 31)),
        Precision::Day => (k(d.m, d.d), k(d.m, d.d)),
    }
}

/// Insert into a sorted list without duplicates, or remove if present.
fn toggle<T: Ord>(list: &mut Vec<T>, v: T) {
    match list.binary_search(&v) {
        Ok(i) => {
            list.remove(i);
        }
        Err(i) => list.insert(i, v),
    }
}

/// Collapse runs of whitespace to one space and trim.
pub fn collapse_spaces(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

impl Filters {
    /// True when any facet narrows the list (the order and the event target do not).
    pub fn is_filtering(&self) -> bool {
        Facet::ALL.iter().any(|f| self.has(*f))
    }

    /// Whether the facet is set.
    pub fn has(&self, facet: Facet) -> bool {
        match facet {
            Facet::Stance => !self.stance.is_empty(),
            Facet::Layer => !self.layer.is_empty(),
            Facet::Company => !self.company.is_empty(),
            Facet::Kind => !self.kind.is_empty(),
            Facet::Source => !self.source.is_empty(),
            Facet::Dates => self.from.is_some() || self.to.is_some(),
            Facet::Search => !self.q.is_empty(),
            Facet::Ids => !self.ids.is_empty(),
        }
    }

    /// The same filters with one facet cleared.
    pub fn without(&self, facet: Facet) -> Filters {
        let mut f = self.clone();
        match facet {
            Facet::Stance => f.stance.clear(),
            Facet::Layer => f.layer.clear(),
            Facet::Company => f.company.clear(),
            Facet::Kind => f.kind.clear(),
            Facet::Source => f.source.clear(),
            Facet::Dates => {
                f.from = None;
                f.to = None;
            }
            Facet::Search => f.q.clear(),
            Facet::Ids => f.ids.clear(),
        }
        f
    }

    /// Only the order kept: what "clear all" leads to.
    pub fn cleared(&self) -> Filters {
        Filters {
            sort: self.sort,
            ..Filters::default()
        }
    }

    pub fn toggle_stance(&mut self, v: Stance) {
        toggle(&mut self.stance, v)
    }
    pub fn toggle_layer(&mut self, v: Layer) {
        toggle(&mut self.layer, v)
    }
    pub fn toggle_kind(&mut self, v: Kind) {
        toggle(&mut self.kind, v)
    }
    pub fn toggle_company(&mut self, id: &str) {
        toggle(&mut self.company, id.to_string())
    }
    pub fn toggle_source(&mut self, id: &str) {
        toggle(&mut self.source, id.to_string())
    }

    /// Every active filter value, in canonical order: one removable chip each.
    pub fn chips(&self) -> Vec<Chip> {
        let mut out: Vec<Chip> = Vec::new();
        out.extend(self.stance.iter().map(|v| Chip::Stance(*v)));
        out.extend(self.layer.iter().map(|v| Chip::Layer(*v)));
        out.extend(self.company.iter().cloned().map(Chip::Company));
        out.extend(self.kind.iter().map(|v| Chip::Kind(*v)));
        out.extend(self.source.iter().cloned().map(Chip::Source));
        if !self.ids.is_empty() {
            out.push(Chip::Ids(self.ids.len()));
        }
        if !self.q.is_empty() {
            out.push(Chip::Search(self.q.clone()));
        }
        out.extend(self.from.map(Chip::From));
        out.extend(self.to.map(Chip::To));
        out
    }

    /// The same filters without one chip's value.
    pub fn without_chip(&self, chip: &Chip) -> Filters {
        let mut f = self.clone();
        match chip {
            Chip::Stance(v) => f.stance.retain(|x| x != v),
            Chip::Layer(v) => f.layer.retain(|x| x != v),
            Chip::Company(v) => f.company.retain(|x| x != v),
            Chip::Kind(v) => f.kind.retain(|x| x != v),
            Chip::Source(v) => f.source.retain(|x| x != v),
            Chip::Search(_) => f.q.clear(),
            Chip::From(_) => f.from = None,
            Chip::To(_) => f.to = None,
            Chip::Ids(_) => f.ids.clear(),
        }
        f
    }

    /// Does `ev` pass this facet? (Search is matched by `search.rs`; here it always passes.)
    pub fn passes(&self, facet: Facet, ev: &Event) -> bool {
        match facet {
            Facet::Stance => self.stance.is_empty() || self.stance.contains(&ev.stance),
            Facet::Layer => self.layer.is_empty() || self.layer.contains(&ev.layer),
            Facet::Company => {
                self.company.is_empty()
                    || ev.orgs.iter().any(|o| self.company.iter().any(|c| c == o))
            }
            Facet::Kind => self.kind.is_empty() || self.kind.contains(&ev.kind),
            Facet::Source => {
                self.source.is_empty()
                    || ev
                        .cites
                        .iter()
                        .any(|c| self.source.iter().any(|s| s == c.source))
            }
            Facet::Dates => self.date_overlaps(ev.date),
            Facet::Search => true,
            Facet::Ids => self.ids.is_empty() || self.ids.iter().any(|id| id == ev.id),
        }
    }

    /// The date rule: an event is kept when the days its date covers (its whole year or
    /// month at year or month precision) overlap the range `from`..=`to`, where `from`
    /// starts at the first day it covers and `to` ends at the last. So `from=2024` keeps
    /// `2024-03`, and `from=2024-03-15` keeps a month-precision `2024-03` event.
    pub fn date_overlaps(&self, d: Date) -> bool {
        let (start, end) = span(d);
        let lo = self.from.map(|f| span(f).0).unwrap_or(0);
        let hi = self.to.map(|t| span(t).1).unwrap_or(u32::MAX);
        start <= hi && end >= lo
    }

    /// The link's parameters, in canonical order, only those that differ from the defaults.
    /// Build the query string with `query::build` (after the shell's `lang`/`embed`).
    pub fn to_query(&self) -> Vec<(&'static str, String)> {
        fn join<T>(v: &[T], f: impl Fn(&T) -> &str) -> String {
            v.iter().map(f).collect::<Vec<_>>().join(",")
        }
        let mut out: Vec<(&'static str, String)> = Vec::new();
        let mut push = |k: &'static str, v: String| {
            if !v.is_empty() {
                out.push((k, v));
            }
        };
        push("stance", join(&self.stance, |s| s.slug()));
        push("layer", join(&self.layer, |s| s.slug()));
        push("company", join(&self.company, |s| s.as_str()));
        push("kind", join(&self.kind, |s| s.slug()));
        push("source", join(&self.source, |s| s.as_str()));
        push("ids", join(&self.ids, |s| s.as_str()));
        push("q", self.q.clone());
        push("from", self.from.map(|d| d.iso()).unwrap_or_default());
        push("to", self.to.map(|d| d.iso()).unwrap_or_default());
        push("event", self.event.clone().unwrap_or_default());
        if self.sort == Sort::Oldest {
            push("sort", "old".into());
        }
        out
    }

    /// The query string (`?…` or empty) of these filters alone, without shell parameters.
    pub fn to_search(&self) -> String {
        query::build(&self.to_query())
    }
}

fn canonical_param(key: &str) -> Option<&'static str> {
    PARAMS.iter().copied().find(|p| *p == key).or_else(|| {
        PARAM_RENAMES
            .iter()
            .find(|(old, _)| *old == key)
            .map(|(_, new)| *new)
    })
}

fn renamed_value<'a>(param: &str, v: &'a str) -> &'a str {
    VALUE_RENAMES
        .iter()
        .find(|(p, old, _)| *p == param && *old == v)
        .map(|(_, _, new)| *new)
        .unwrap_or(v)
}

/// Parse a query string against the real fact base. See [`parse_with`].
pub fn parse(search: &str) -> (Filters, Vec<Ignored>) {
    parse_with(search, &FactBase)
}

/// Parse a query string (leading `?` optional) into filters, leniently.
///
/// - Multi-valued parameters (`stance`, `layer`, `company`, `kind`, `source`) take a comma
///   list; each item is checked on its own (trimmed, lower-cased). Repeating the parameter
///   merges the lists.
/// - Single-valued parameters (`q`, `from`, `to`, `event`, `sort`): the later one wins and
///   the earlier value is reported as `Repeated`.
/// - `to` ending before `from` starts: `to` is dropped (`ReversedRange`).
/// - Empty values mean "not set" and are not reported.
pub fn parse_with(search: &str, known: &dyn Known) -> (Filters, Vec<Ignored>) {
    let mut f = Filters::default();
    let mut ignored: Vec<Ignored> = Vec::new();
    // The pair that set each single-valued parameter, to report it if it is overridden.
    let mut single: [Option<(String, String)>; 5] = Default::default();
    for p in query::pairs(search) {
        let key_lc = p.key.trim().to_ascii_lowercase();
        if SHELL_PARAMS.contains(&key_lc.as_str()) {
            continue;
        }
        let Some(param) = canonical_param(&key_lc) else {
            ignored.push(Ignored::new(&p.key, &p.value, Reason::UnknownParameter));
            continue;
        };
        if !p.well_formed {
            ignored.push(Ignored::new(&p.key, &p.value, Reason::BadEncoding));
            continue;
        }
        let limit = match param {
            "stance" | "layer" | "company" | "kind" | "source" | "ids" => MAX_LIST_BYTES,
            // The search text is limited in characters, after collapsing spaces (below).
            "q" => usize::MAX,
            _ => MAX_SINGLE_BYTES,
        };
        if p.value.len() > limit {
            ignored.push(Ignored::new(&p.key, &p.value, Reason::TooLong));
            continue;
        }
        match param {
            "stance" | "layer" | "company" | "kind" | "source" | "ids" => {
                for item in p.value.split(',') {
                    let item_lc = item.trim().to_ascii_lowercase();
                    if item_lc.is_empty() {
                        continue;
                    }
                    let v = renamed_value(param, &item_lc);
                    let ok = match param {
                        "stance" => Stance::from_slug(v).map(|s| f.stance.push(s)),
                        "layer" => Layer::from_slug(v).map(|s| f.layer.push(s)),
                        "kind" => Kind::from_slug(v).map(|s| f.kind.push(s)),
                        "company" => known.org(v).then(|| f.company.push(v.to_string())),
                        "ids" => known.event(v).then(|| f.ids.push(v.to_string())),
                        _ => known.source(v).then(|| f.source.push(v.to_string())),
                    }
                    .is_some();
                    if !ok {
                        ignored.push(Ignored::new(&p.key, item.trim(), Reason::UnknownValue));
                    }
                }
            }
            _ => {
                let slot = match param {
                    "q" => 0,
                    "from" => 1,
                    "to" => 2,
                    "event" => 3,
                    _ => 4,
                };
                let raw = p.value.trim();
                // What this pair sets, or None (reported) when the value is bad.
                let accepted: Option<()> = match param {
                    "q" => {
                        let q = collapse_spaces(&p.value);
                        if q.chars().count() > MAX_Q_CHARS {
                            ignored.push(Ignored::new(&p.key, &p.value, Reason::TooLong));
                            None
                        } else {
                            f.q = q;
                            Some(())
                        }
                    }
                    "from" | "to" => {
                        let d = if raw.is_empty() {
                            Some(None)
                        } else {
                            parse_date(raw).map(Some)
                        };
                        match d {
                            Some(d) => {
                                if param == "from" {
                                    f.from = d;
                                } else {
                                    f.to = d;
                                }
                                Some(())
                            }
                            None => {
                                ignored.push(Ignored::new(&p.key, &p.value, Reason::BadDate));
                                None
                            }
                        }
                    }
                    "event" => {
                        let id = renamed_value("event", &raw.to_ascii_lowercase()).to_string();
                        if id.is_empty() {
                            f.event = None;
                            Some(())
                        } else if known.event(&id) {
                            f.event = Some(id);
                            Some(())
                        } else {
                            ignored.push(Ignored::new(&p.key, &p.value, Reason::UnknownValue));
                            None
                        }
                    }
                    _ => match renamed_value("sort", &raw.to_ascii_lowercase()) {
                        "old" => {
                            f.sort = Sort::Oldest;
                            Some(())
                        }
                        "new" | "" => {
                            f.sort = Sort::Newest;
                            Some(())
                        }
                        _ => {
                            ignored.push(Ignored::new(&p.key, &p.value, Reason::UnknownValue));
                            None
                        }
                    },
                };
                if accepted.is_some() {
                    if let Some((k, v)) = single[slot].take() {
                        if !v.trim().is_empty() && v != p.value {
                            ignored.push(Ignored::new(&k, &v, Reason::Repeated));
                        }
                    }
                    single[slot] = Some((p.key.clone(), p.value.clone()));
                }
            }
        }
    }
    f.stance.sort();
    f.stance.dedup();
    f.layer.sort();
    f.layer.dedup();
    f.kind.sort();
    f.kind.dedup();
    f.company.sort();
    f.company.dedup();
    f.source.sort();
    f.source.dedup();
    f.ids.sort();
    f.ids.dedup();
    if let (Some(from), Some(to)) = (f.from, f.to) {
        if span(from).0 > span(to).1 {
            let (k, v) = single[2].clone().unwrap_or(("to".into(), to.iso()));
            ignored.push(Ignored::new(&k, &v, Reason::ReversedRange));
            f.to = None;
        }
    }
    let mut seen = std::collections::HashSet::new();
    ignored.retain(|i| seen.insert(i.clone()));
    ignored.truncate(MAX_REPORTED);
    (f, ignored)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// A small, fixed world of ids so these tests do not depend on the fact base.
    struct World;
    impl Known for World {
        fn org(&self, id: &str) -> bool {
            ["naver", "kt", "sk-hynix", "nvidia"].contains(&id)
        }
        fn source(&self, id: &str) -> bool {
            ["hankyung", "techm", "genews"].contains(&id)
        }
        fn event(&self, id: &str) -> bool {
            ["naver-hyperclova-x", "kt-microsoft-deal"].contains(&id)
        }
    }

    fn p(s: &str) -> (Filters, Vec<Ignored>) {
        parse_with(s, &World)
    }

    fn reasons(i: &[Ignored]) -> Vec<(String, String, Reason)> {
        i.iter()
            .map(|i| (i.key.clone(), i.value.clone(), i.reason))
            .collect()
    }

    #[test]
    fn empty_link_is_the_default_view() {
        assert_eq!(p(""), (Filters::default(), vec![]));
        assert_eq!(p("?"), (Filters::default(), vec![]));
        assert_eq!(Filters::default().to_query(), vec![]);
    }

    #[test]
    fn every_parameter_parses() {
        let (f, ign) = p(
            "?stance=sovereign,alliance&layer=chips&company=naver,kt&kind=investment\
             &source=techm&q=hbm+%EB%84%A4%EC%9D%B4%EB%B2%84&from=2024&to=2025-03-31\
             &event=kt-microsoft-deal&sort=old",
        );
        assert!(ign.is_empty(), "{ign:?}");
        assert_eq!(f.stance, vec![Stance::Alliance, Stance::Sovereign]);
        assert_eq!(f.layer, vec![Layer::Chips]);
        assert_eq!(f.company, vec!["kt", "naver"]);
        assert_eq!(f.kind, vec![Kind::Investment]);
        assert_eq!(f.source, vec!["techm"]);
        assert_eq!(f.q, "hbm 네이버");
        assert_eq!(
            f.from,
            Some(Date {
                y: 2024,
                m: 0,
                d: 0
            })
        );
        assert_eq!(
            f.to,
            Some(Date {
                y: 2025,
                m: 3,
                d: 31
            })
        );
        assert_eq!(f.event.as_deref(), Some("kt-microsoft-deal"));
        assert_eq!(f.sort, Sort::Oldest);
    }

    #[test]
    fn writes_canonical_order_and_only_non_defaults() {
        let (f, _) = p("sort=old&company=naver,kt,naver&q=%20a%20%20b%20&stance=sovereign,alliance&from=2024-3");
        assert_eq!(
            f.to_search(),
            "?stance=alliance,sovereign&company=kt,naver&q=a+b&from=2024-03&sort=old"
        );
        let (f, _) = p("sort=new");
        assert_eq!(f.to_search(), "");
    }

    #[test]
    fn shell_parameters_are_skipped_silently() {
        let (f, ign) = p("lang=ko&embed=1&company=kt");
        assert!(ign.is_empty());
        assert_eq!(f.company, vec!["kt"]);
    }

    #[test]
    fn unknown_values_are_dropped_one_by_one() {
        let (f, ign) = p("company=nosuch,naver&stance=%3Cscript%3E&layer=chips,soup&kind=x");
        assert_eq!(f.company, vec!["naver"]);
        assert!(f.stance.is_empty());
        assert_eq!(f.layer, vec![Layer::Chips]);
        assert_eq!(
            reasons(&ign),
            vec![
                ("company".into(), "nosuch".into(), Reason::UnknownValue),
                ("stance".into(), "<script>".into(), Reason::UnknownValue),
                ("layer".into(), "soup".into(), Reason::UnknownValue),
                ("kind".into(), "x".into(), Reason::UnknownValue),
            ]
        );
        assert_eq!(ign[1].pair(), "stance=<script>");
    }

    #[test]
    fn ids_are_case_and_space_insensitive() {
        let (f, ign) = p("company=%20Naver%20,KT&stance=Sovereign&event=KT-Microsoft-Deal");
        assert!(ign.is_empty());
        assert_eq!(f.company, vec!["kt", "naver"]);
        assert_eq!(f.stance, vec![Stance::Sovereign]);
        assert_eq!(f.event.as_deref(), Some("kt-microsoft-deal"));
    }

    #[test]
    fn unknown_parameters_are_reported() {
        let (f, ign) = p("colour=blue&company=kt&utm_source=x");
        assert_eq!(f.company, vec!["kt"]);
        assert_eq!(
            reasons(&ign),
            vec![
                ("colour".into(), "blue".into(), Reason::UnknownParameter),
                ("utm_source".into(), "x".into(), Reason::UnknownParameter),
            ]
        );
    }

    #[test]
    fn renamed_parameters_and_values_are_accepted() {
        let (f, ign) =
            p("org=naver&orgs=kt&stances=both&since=2024&until=2025&search=hbm&sort=oldest");
        assert!(ign.is_empty(), "{ign:?}");
        assert_eq!(f.company, vec!["kt", "naver"]);
        assert_eq!(f.stance, vec![Stance::Hybrid]);
        assert_eq!(f.from.map(|d| d.iso()).as_deref(), Some("2024"));
        assert_eq!(f.to.map(|d| d.iso()).as_deref(), Some("2025"));
        assert_eq!(f.q, "hbm");
        assert_eq!(f.sort, Sort::Oldest);
        // … and the link is rewritten in today's form.
        assert_eq!(
            f.to_search(),
            "?stance=hybrid&company=kt,naver&q=hbm&from=2024&to=2025&sort=old"
        );
    }

    #[test]
    fn every_rename_points_at_a_current_name() {
        for (old, new) in PARAM_RENAMES {
            assert!(PARAMS.contains(new), "{old} -> {new}");
            assert!(!PARAMS.contains(old), "{old} is a current name");
        }
        for (param, _, new) in VALUE_RENAMES {
            assert!(PARAMS.contains(param));
            let ok = match *param {
                "stance" => Stance::from_slug(new).is_some(),
                "layer" => Layer::from_slug(new).is_some(),
                "kind" => Kind::from_slug(new).is_some(),
                "sort" => ["old", "new"].contains(new),
                "company" => FactBase.org(new),
                "source" => FactBase.source(new),
                "event" => FactBase.event(new),
                _ => false,
            };
            assert!(ok, "{param}: {new}");
        }
    }

    #[test]
    fn repeated_list_parameters_merge() {
        let (f, ign) = p("company=naver&company=kt&company=naver");
        assert!(ign.is_empty());
        assert_eq!(f.company, vec!["kt", "naver"]);
    }

    #[test]
    fn repeated_single_parameters_later_wins_and_is_reported() {
        let (f, ign) = p("from=2023&q=a&from=2024&q=b&sort=old&sort=new");
        assert_eq!(f.from.map(|d| d.iso()).as_deref(), Some("2024"));
        assert_eq!(f.q, "b");
        assert_eq!(f.sort, Sort::Newest);
        assert_eq!(
            reasons(&ign),
            vec![
                ("from".into(), "2023".into(), Reason::Repeated),
                ("q".into(), "a".into(), Reason::Repeated),
                ("sort".into(), "old".into(), Reason::Repeated),
            ]
        );
        // A bad later value does not displace a good earlier one.
        let (f, ign) = p("from=2023&from=2023-13");
        assert_eq!(f.from.map(|d| d.iso()).as_deref(), Some("2023"));
        assert_eq!(
            reasons(&ign),
            vec![("from".into(), "2023-13".into(), Reason::BadDate)]
        );
    }

    #[test]
    fn malformed_dates_are_dropped() {
        for bad in [
            "2024-13",
            "2024-00",
            "24",
            "2024-1-1-1",
            "2024-02-30",
            "2023-02-29",
            "abcd",
            "2024/03",
            "0000",
            "2024-",
            "-2024",
            "2024-3-",
            "+2024",
            "２０２４",
            "2024-003",
        ] {
            let (f, ign) = p(&format!("from={}", query::encode(bad)));
            assert_eq!(f.from, None, "{bad}");
            assert_eq!(ign.len(), 1, "{bad}");
            assert_eq!(ign[0].reason, Reason::BadDate, "{bad}");
        }
        assert_eq!(
            parse_date("2024-02-29").map(|d| d.iso()).as_deref(),
            Some("2024-02-29")
        );
        assert_eq!(
            parse_date("2024-3-5").map(|d| d.iso()).as_deref(),
            Some("2024-03-05")
        );
    }

    #[test]
    fn reversed_range_drops_to() {
        let (f, ign) = p("from=2025&to=2024-06");
        assert_eq!(f.from.map(|d| d.iso()).as_deref(), Some("2025"));
        assert_eq!(f.to, None);
        assert_eq!(
            reasons(&ign),
            vec![("to".into(), "2024-06".into(), Reason::ReversedRange)]
        );
        // Same period at different precisions is not reversed.
        let (f, ign) = p("from=2024-05-10&to=2024-05");
        assert!(ign.is_empty());
        assert!(f.to.is_some());
    }

    #[test]
    fn over_long_and_badly_encoded_values_are_dropped() {
        let long = "a".repeat(MAX_Q_CHARS + 1);
        let (f, ign) = p(&format!("q={long}&company=kt"));
        assert_eq!(f.q, "");
        assert_eq!(f.company, vec!["kt"]);
        assert_eq!(ign[0].reason, Reason::TooLong);
        assert!(ign[0].pair().chars().count() < 100, "shown shortened");
        let (_, ign) = p(&format!("company={}", "x,".repeat(2100)));
        assert_eq!(ign[0].reason, Reason::TooLong);
        let (f, ign) = p("q=100%&company=kt");
        assert_eq!(f.q, "");
        assert_eq!(ign[0].reason, Reason::BadEncoding);
    }

    #[test]
    fn reports_are_bounded() {
        let s: String = (0..60).map(|i| format!("x{i}=1&")).collect();
        let (_, ign) = p(&s);
        assert_eq!(ign.len(), MAX_REPORTED);
    }

    #[test]
    fn date_spans_overlap_the_range() {
        let d = |s: &str| parse_date(s).unwrap();
        let f = |from: Option<&str>, to: Option<&str>| Filters {
            from: from.map(d),
            to: to.map(d),
            ..Filters::default()
        };
        // from=2024 includes 2024-03 and any day of 2024, not 2023.
        assert!(f(Some("2024"), None).date_overlaps(d("2024-03")));
        assert!(f(Some("2024"), None).date_overlaps(d("2024-01-01")));
        assert!(!f(Some("2024"), None).date_overlaps(d("2023-12-31")));
        assert!(!f(Some("2024"), None).date_overlaps(d("2023")));
        // A month-precision event overlaps a range starting mid-month.
        assert!(f(Some("2024-03-15"), None).date_overlaps(d("2024-03")));
        assert!(!f(Some("2024-04-01"), None).date_overlaps(d("2024-03")));
        // A year-precision event overlaps any range touching its year.
        assert!(f(Some("2024-06"), Some("2024-06-02")).date_overlaps(d("2024")));
        // to= is inclusive to the end of its period.
        assert!(f(None, Some("2024")).date_overlaps(d("2024-12-31")));
        assert!(f(None, Some("2024-02")).date_overlaps(d("2024-02-29")));
        assert!(!f(None, Some("2024-02")).date_overlaps(d("2024-03-01")));
        assert!(!f(None, Some("2024-02-28")).date_overlaps(d("2024-02-29")));
        // Day precision both ends.
        assert!(f(Some("2024-07-21"), Some("2024-07-21")).date_overlaps(d("2024-07-21")));
        assert!(f(None, None).date_overlaps(d("1999")));
    }

    #[test]
    fn chips_and_removal() {
        let (f, _) = p("stance=sovereign&company=kt,naver&q=hbm&from=2024&to=2025");
        let chips = f.chips();
        assert_eq!(chips.len(), 6);
        assert_eq!(chips[0].key(), "stance:sovereign");
        let g = f.without_chip(&Chip::Company("kt".into()));
        assert_eq!(g.company, vec!["naver"]);
        let g = f.without(Facet::Dates);
        assert_eq!((g.from, g.to), (None, None));
        assert!(f.is_filtering());
        assert!(!f.cleared().is_filtering());
        let mut h = Filters::default();
        h.toggle_company("naver");
        h.toggle_company("kt");
        assert_eq!(h.company, vec!["kt", "naver"]);
        h.toggle_company("naver");
        assert_eq!(h.company, vec!["kt"]);
        h.toggle_stance(Stance::Context);
        h.toggle_stance(Stance::Alliance);
        assert_eq!(h.stance, vec![Stance::Alliance, Stance::Context]);
    }

    #[test]
    fn real_fact_base_ids_are_known() {
        let org = crate::data::ORGS.first().map(|o| o.id).unwrap_or("naver");
        let (f, ign) = parse(&format!("company={org}"));
        assert!(ign.is_empty());
        assert_eq!(f.company, vec![org.to_string()]);
        let (f, ign) = parse("company=nosuch");
        assert!(f.company.is_empty());
        assert_eq!(ign.len(), 1);
    }

    fn arb_query() -> impl Strategy<Value = String> {
        let key = prop::sample::select(vec![
            "stance", "layer", "company", "kind", "source", "q", "from", "to", "event", "sort",
            "org", "lang", "embed", "x", "", "%zz", "stances",
        ]);
        let val = prop::sample::select(vec![
            "sovereign",
            "alliance,hybrid",
            "chips",
            "naver,kt",
            "nosuch",
            "investment",
            "techm",
            "2024",
            "2024-03",
            "2024-02-30",
            "2025-01-15",
            "old",
            "new",
            "kt-microsoft-deal",
            "%EB%84%A4%EC%9D%B4%EB%B2%84",
            "a+b",
            "",
            ",,",
            "%",
            "+",
            "Naver",
        ]);
        let pair = (key, prop_oneof![val.prop_map(String::from), "\\PC{0,12}"])
            .prop_map(|(k, v)| format!("{k}={v}"));
        prop::collection::vec(pair, 0..8).prop_map(|v| v.join("&"))
    }

    proptest! {
        #[test]
        fn parsing_arbitrary_text_never_panics(s in ".{0,300}") {
            let _ = p(&s);
            let _ = parse(&s);
        }

        #[test]
        fn format_of_parse_is_a_fixed_point(s in ".{0,120}") {
            let (f, _) = p(&s);
            let (g, ign) = p(&f.to_search());
            prop_assert_eq!(&g, &f);
            prop_assert!(ign.is_empty(), "a canonical link has nothing to ignore: {:?}", ign);
        }

        #[test]
        fn format_of_parse_is_a_fixed_point_for_plausible_links(s in arb_query()) {
            let (f, _) = p(&s);
            let written = f.to_search();
            let (g, ign) = p(&written);
            prop_assert_eq!(&g, &f);
            prop_assert!(ign.is_empty());
            prop_assert_eq!(g.to_search(), written);
        }
    }
}
