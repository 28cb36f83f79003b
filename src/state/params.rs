//! One parameter layer for every view's link (`docs/LINKS.md`). Each parameter is described
//! once, as a [`Param`]: its name, its old names, its kind (a list of vocabulary slugs or ids,
//! one value, a date, free text, a number, an opaque code) and its limits. Parsing,
//! canonical formatting and the report of ignored values are derived from the descriptions,
//! so the timeline, companies, story, classroom, glossary and the shell read links by the
//! same rules. Each view then turns the parsed [`Values`] into its own typed state.
//!
//! Parsing never fails: every bad value (unknown id, malformed date, repeated parameter,
//! over-long value, broken encoding, unknown parameter where the view reports those) is
//! dropped on its own and reported as an [`Ignored`], so the rest of the link still works.

use crate::data::{Country, Date, Kind as EventKind, Layer, OrgKind, Precision, Sector, Stance};
use crate::state::query;

/// Why a value in a link was not used.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Reason {
    /// Not a parameter of this view (nor `lang`/`embed`); reported by the timeline only.
    UnknownParameter,
    /// Not a known value of the parameter (vocabulary slug, id, number, code).
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
    /// More values than the parameter takes (the first ones are used).
    TooMany,
    /// A number outside the range it counts (a step past the chapter's end).
    OutOfRange,
}

impl Reason {
    pub const ALL: [Reason; 9] = [
        Reason::UnknownParameter,
        Reason::UnknownValue,
        Reason::BadDate,
        Reason::ReversedRange,
        Reason::Repeated,
        Reason::TooLong,
        Reason::BadEncoding,
        Reason::TooMany,
        Reason::OutOfRange,
    ];
}

/// A value that was dropped from a link, with the reason. Every view reports these, and
/// `components/ignored_note.rs` shows them.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Ignored {
    /// The parameter as written in the link.
    pub key: String,
    /// The value (one item of a comma list), as written in the link.
    pub value: String,
    pub reason: Reason,
}

impl Ignored {
    pub fn new(key: &str, value: &str, reason: Reason) -> Self {
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

/// Collapse runs of whitespace to one space and trim.
pub fn collapse_spaces(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

// ── Dates ─────────────────────────────────────────────────────────────────────────────────

/// Parse a date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (month and day may have one digit, so
/// `2024-3` is March 2024; the year has four). `None` for anything else, including days
/// that do not exist. The one date parser of every link.
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

/// The date rule of every view: a date is kept when the days it covers overlap the range
/// `from`..=`to`, where `from` starts at the first day it covers and `to` ends at the last.
pub fn overlaps(d: Date, from: Option<Date>, to: Option<Date>) -> bool {
    let (start, end) = span(d);
    let lo = from.map(|f| span(f).0).unwrap_or(0);
    let hi = to.map(|t| span(t).1).unwrap_or(u32::MAX);
    start <= hi && end >= lo
}

// ── What a link may name ──────────────────────────────────────────────────────────────────

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

/// No ids at all: for parameter sets that name none (the shell's). Using it instead of
/// [`FactBase`] keeps the fact base out of the landing page's wasm.
pub struct NoIds;

impl Known for NoIds {
    fn org(&self, _: &str) -> bool {
        false
    }
    fn source(&self, _: &str) -> bool {
        false
    }
    fn event(&self, _: &str) -> bool {
        false
    }
}

/// Everything a view's parameters are checked against: the fact base, and the story's
/// chapters `(slug, steps)` and glossary terms where the view has them.
pub struct Context<'a> {
    pub known: &'a dyn Known,
    pub chapters: &'a [(&'a str, usize)],
    pub terms: &'a [&'a str],
}

impl<'a> Context<'a> {
    pub fn new(known: &'a dyn Known) -> Self {
        Context {
            known,
            chapters: &[],
            terms: &[],
        }
    }
}

/// Which ids a parameter names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IdSet {
    Org,
    Source,
    Event,
    /// A story chapter: its slug, or its 1-based number (written as the slug).
    Chapter,
    Term,
}

impl IdSet {
    /// The canonical id `v` (already lower-cased) names, if it is known.
    fn resolve(self, v: &str, cx: &Context) -> Option<String> {
        let ok = match self {
            IdSet::Org => cx.known.org(v),
            IdSet::Source => cx.known.source(v),
            IdSet::Event => cx.known.event(v),
            IdSet::Term => cx.terms.contains(&v),
            IdSet::Chapter => {
                let by_number = v
                    .parse::<usize>()
                    .ok()
                    .and_then(|n| n.checked_sub(1))
                    .and_then(|i| cx.chapters.get(i));
                return cx
                    .chapters
                    .iter()
                    .find(|(s, _)| *s == v)
                    .or(by_number)
                    .map(|(s, _)| s.to_string());
            }
        };
        ok.then(|| v.to_string())
    }
}

// ── Describing parameters ─────────────────────────────────────────────────────────────────

/// A closed vocabulary whose slugs appear in links, in canonical order.
pub trait Vocabulary: Copy + Eq + 'static {
    fn all() -> &'static [Self];
    fn slug(self) -> &'static str;
    /// What readers call the value, in both languages.
    fn label(self) -> crate::data::Text;
}

macro_rules! vocabularies {
    ($($t:ty),+) => {$(
        impl Vocabulary for $t {
            fn all() -> &'static [Self] { <$t>::ALL }
            fn slug(self) -> &'static str { <$t>::slug(self) }
            fn label(self) -> crate::data::Text { <$t>::label(self) }
        }
    )+};
}
vocabularies!(Stance, Layer, EventKind, Sector, Country, OrgKind);

/// The position of a slug in a vocabulary (its canonical order), if it is one.
pub fn rank<T: Vocabulary>(s: &str) -> Option<usize> {
    T::all().iter().position(|v| v.slug() == s)
}

/// Every value of a vocabulary in canonical order: its slug and what readers call it.
pub fn named<T: Vocabulary>() -> Vec<(&'static str, crate::data::Text)> {
    T::all().iter().map(|v| (v.slug(), v.label())).collect()
}

/// The values of a vocabulary parameter, typed, in canonical order.
pub fn typed<T: Vocabulary>(slugs: &[String]) -> Vec<T> {
    slugs
        .iter()
        .filter_map(|s| T::all().iter().copied().find(|v| v.slug() == s))
        .collect()
}

/// The slugs of typed values, for [`Values::set_list`].
pub fn slugs<T: Vocabulary>(v: &[T]) -> Vec<String> {
    v.iter().map(|x| x.slug().to_string()).collect()
}

/// What the values of a parameter are.
#[derive(Clone, Copy)]
pub enum Domain {
    /// Slugs of a closed vocabulary (lower-cased); canonical order is the vocabulary's.
    Vocab(fn(&str) -> Option<usize>),
    /// Ids (lower-cased); lists are written alphabetically.
    Id(IdSet),
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` ([`parse_date`]); written zero-padded.
    Date,
    /// Free text: runs of spaces collapsed, at most this many characters.
    Text(usize),
    /// A whole number from 1 (a 1-based step); its upper bound is the view's to check.
    Number,
    /// An opaque, case-sensitive code checked by the function; lists keep link order.
    Code(fn(&str) -> bool),
}

/// One link parameter, described once.
#[derive(Clone, Copy)]
pub struct Param {
    pub name: &'static str,
    /// Names still read as this parameter (old spellings, plurals), never written.
    pub old_names: &'static [&'static str],
    pub domain: Domain,
    /// A comma list (values OR-ed; repeating the parameter merges) or a single value (the
    /// later one wins, the earlier is reported as repeated).
    pub list: bool,
    /// Longest value read, in bytes after decoding.
    pub max_bytes: usize,
    /// Most list items used (in link order); the rest are reported.
    pub max_items: usize,
    /// Old values still read: `(old, current)`.
    pub old_values: &'static [(&'static str, &'static str)],
    /// The value that is never written (a single value's default), or "".
    pub default: &'static str,
}

/// Longest comma list read for one multi-valued parameter (in bytes, decoded).
pub const MAX_LIST_BYTES: usize = 4096;
/// Longest single value read (in bytes, decoded).
pub const MAX_SINGLE_BYTES: usize = query::MAX_VALUE;
/// Longest search text kept (in characters, after collapsing spaces).
pub const MAX_Q_CHARS: usize = 200;
/// At most this many ignored values are reported; the rest are dropped silently.
pub const MAX_REPORTED: usize = 20;

impl Param {
    /// A comma list of values from `domain`.
    pub const fn list(name: &'static str, domain: Domain) -> Param {
        Param {
            name,
            old_names: &[],
            domain,
            list: true,
            max_bytes: MAX_LIST_BYTES,
            max_items: usize::MAX,
            old_values: &[],
            default: "",
        }
    }
    /// One value from `domain`.
    pub const fn one(name: &'static str, domain: Domain) -> Param {
        Param {
            list: false,
            max_bytes: MAX_SINGLE_BYTES,
            ..Param::list(name, domain)
        }
    }
    pub const fn old_names(self, old_names: &'static [&'static str]) -> Param {
        Param { old_names, ..self }
    }
    pub const fn old_values(self, old_values: &'static [(&'static str, &'static str)]) -> Param {
        Param { old_values, ..self }
    }
    pub const fn default(self, default: &'static str) -> Param {
        Param { default, ..self }
    }
    pub const fn max_bytes(self, max_bytes: usize) -> Param {
        Param { max_bytes, ..self }
    }
    pub const fn max_items(self, max_items: usize) -> Param {
        Param { max_items, ..self }
    }

    /// The canonical form of one value (one list item), or why it is not valid.
    fn check(&self, raw: &str, cx: &Context) -> Result<String, Reason> {
        let trimmed = raw.trim();
        let lower = trimmed.to_ascii_lowercase();
        let renamed = |v: &str| -> String {
            self.old_values
                .iter()
                .find(|(old, _)| *old == v)
                .map_or(v, |(_, new)| *new)
                .to_string()
        };
        match self.domain {
            Domain::Vocab(rank) => {
                let v = renamed(&lower);
                rank(&v).map(|_| v).ok_or(Reason::UnknownValue)
            }
            Domain::Id(set) => set
                .resolve(&renamed(&lower), cx)
                .ok_or(Reason::UnknownValue),
            Domain::Date => parse_date(trimmed).map(Date::iso).ok_or(Reason::BadDate),
            Domain::Text(max) => {
                let q = collapse_spaces(raw);
                if q.chars().count() > max {
                    Err(Reason::TooLong)
                } else {
                    Ok(q)
                }
            }
            Domain::Number => match trimmed.parse::<usize>() {
                Ok(n) if n >= 1 => Ok(n.to_string()),
                _ => Err(Reason::UnknownValue),
            },
            Domain::Code(ok) => ok(trimmed)
                .then(|| trimmed.to_string())
                .ok_or(Reason::UnknownValue),
        }
    }

    /// Add an item to a list kept in canonical order without duplicates (vocabulary order,
    /// or alphabetical for ids); codes keep link order and may repeat. Lists are short, so
    /// inserting in place is cheap, and it keeps a generic sort out of the landing wasm.
    fn insert(&self, items: &mut Vec<String>, v: String) {
        let at = match self.domain {
            Domain::Code(_) => items.len(),
            _ if items.contains(&v) => return,
            Domain::Vocab(rank) => items.partition_point(|x| rank(x) <= rank(&v)),
            _ => items.partition_point(|x| *x <= v),
        };
        items.insert(at, v);
    }
}

/// A view's parameters, in the canonical order they are written in.
pub struct ViewParams {
    pub params: &'static [Param],
    /// Whether parameters of no view are reported (the timeline's contract) or left alone.
    pub report_unknown: bool,
}

impl ViewParams {
    fn find(&self, key: &str) -> Option<usize> {
        self.params
            .iter()
            .position(|p| p.name == key || p.old_names.contains(&key))
    }
    /// Every parameter name, current first.
    pub fn names(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.params.iter().map(|p| p.name)
    }
}

/// Parsed values, by parameter, in canonical form (lists in canonical order; dates
/// zero-padded; text collapsed). Absent or empty means "not set".
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Values {
    slots: Vec<(&'static str, Vec<String>)>,
    /// For single values: the pair that set it, as written in the link (for reports).
    written: Vec<(&'static str, Ignored)>,
}

impl Values {
    pub fn list(&self, name: &str) -> &[String] {
        self.slots
            .iter()
            .find(|(n, _)| *n == name)
            .map_or(&[], |(_, v)| v.as_slice())
    }
    pub fn one(&self, name: &str) -> Option<&str> {
        self.list(name).first().map(String::as_str)
    }
    pub fn date(&self, name: &str) -> Option<Date> {
        self.one(name).and_then(parse_date)
    }
    pub fn number(&self, name: &str) -> Option<usize> {
        self.one(name).and_then(|n| n.parse().ok())
    }
    pub fn set_list(&mut self, name: &'static str, v: Vec<String>) -> &mut Self {
        match self.slots.iter_mut().find(|(n, _)| *n == name) {
            Some(slot) => slot.1 = v,
            None => self.slots.push((name, v)),
        }
        self
    }
    pub fn set(&mut self, name: &'static str, v: Option<String>) -> &mut Self {
        self.set_list(name, v.into_iter().collect())
    }

    /// `to` ending before `from` starts: `to` is dropped and reported (`ReversedRange`).
    pub fn drop_reversed_range(&mut self, ignored: &mut Vec<Ignored>) {
        if let (Some(from), Some(to)) = (self.date("from"), self.date("to")) {
            if span(from).0 > span(to).1 {
                let mut report = self.written.iter().find(|(n, _)| *n == "to").map_or_else(
                    || Ignored::new("to", &to.iso(), Reason::ReversedRange),
                    |w| w.1.clone(),
                );
                report.reason = Reason::ReversedRange;
                ignored.push(report);
                self.set("to", None);
            }
        }
    }
}

/// Parse a query string (leading `?` optional) against a view's parameters, leniently.
///
/// - Parameter names and ids are read case-insensitively; old names and values are
///   accepted. `lang` and `embed` are the shell's: views skip them silently.
/// - Lists: each item is checked on its own (trimmed); repeating the parameter merges the
///   lists; items over `max_items` are reported. A badly encoded list is read item by item.
/// - Single values: the later one wins and the earlier value is reported as `Repeated`
///   (a bad later value does not displace a good earlier one).
/// - Empty values mean "not set" and are not reported.
pub fn parse(search: &str, view: &ViewParams, cx: &Context) -> (Values, Vec<Ignored>) {
    let mut lists: Vec<Vec<String>> = vec![Vec::new(); view.params.len()];
    // The pair that set each single-valued parameter, to report it if it is overridden.
    let mut setter: Vec<Option<(String, String)>> = vec![None; view.params.len()];
    let mut ignored: Vec<Ignored> = Vec::new();
    for p in query::pairs(search) {
        let key_lc = p.key.trim().to_ascii_lowercase();
        let Some(i) = view.find(&key_lc) else {
            if view.report_unknown && SHELL.find(&key_lc).is_none() {
                ignored.push(Ignored::new(&p.key, &p.value, Reason::UnknownParameter));
            }
            continue;
        };
        let param = &view.params[i];
        if param.list {
            if p.value.len() > param.max_bytes {
                ignored.push(Ignored::new(&p.key, &p.value, Reason::TooLong));
                continue;
            }
            // Well-formed lists are split after decoding (so `%2C` separates too); a badly
            // encoded one is split first, so its good items still count.
            let items: Vec<(String, bool)> = if p.well_formed {
                p.value.split(',').map(|s| (s.to_string(), true)).collect()
            } else {
                p.raw_value.split(',').map(query::decode).collect()
            };
            for (item, ok) in items {
                if item.trim().is_empty() {
                    continue;
                }
                match param.check(&item, cx) {
                    _ if !ok => ignored.push(Ignored::new(&p.key, &item, Reason::BadEncoding)),
                    // Codes (students' sides) may repeat: two students can answer alike.
                    Ok(v) if lists[i].contains(&v) && !matches!(param.domain, Domain::Code(_)) => {}
                    Ok(_) if lists[i].len() >= param.max_items => {
                        ignored.push(Ignored::new(&p.key, item.trim(), Reason::TooMany))
                    }
                    Ok(v) => param.insert(&mut lists[i], v),
                    Err(r) => ignored.push(Ignored::new(&p.key, item.trim(), r)),
                }
            }
            continue;
        }
        let value = if !p.well_formed {
            Err(Reason::BadEncoding)
        } else if p.value.len() > param.max_bytes {
            Err(Reason::TooLong)
        } else if p.value.trim().is_empty() {
            Ok(None)
        } else {
            param.check(&p.value, cx).map(Some)
        };
        match value {
            Err(r) => ignored.push(Ignored::new(&p.key, &p.value, r)),
            Ok(v) => {
                if let Some((k, old)) = setter[i].take() {
                    if !old.trim().is_empty() && old != p.value {
                        ignored.push(Ignored::new(&k, &old, Reason::Repeated));
                    }
                }
                setter[i] = Some((p.key.clone(), p.value.clone()));
                lists[i] = v.into_iter().filter(|v| *v != param.default).collect();
            }
        }
    }
    let mut values = Values::default();
    for ((param, items), set_by) in view.params.iter().zip(lists).zip(setter) {
        values.set_list(param.name, items);
        if let Some((k, v)) = set_by {
            values
                .written
                .push((param.name, Ignored::new(&k, &v, Reason::Repeated)));
        }
    }
    (values, ignored)
}

/// Drop duplicate reports and keep at most [`MAX_REPORTED`].
pub fn bounded(ignored: Vec<Ignored>) -> Vec<Ignored> {
    // At most MAX_REPORTED are kept, so a linear check is cheap (and no hash map is pulled
    // into the landing page's wasm).
    let mut out: Vec<Ignored> = Vec::new();
    for i in ignored {
        if out.len() == MAX_REPORTED {
            break;
        }
        if !out.contains(&i) {
            out.push(i);
        }
    }
    out
}

/// The link parameters of `values`: the view's order, lists comma-joined, only values that
/// are set and differ from the default. Build the query string with `query::build`.
pub fn format(view: &ViewParams, values: &Values) -> Vec<(&'static str, String)> {
    view.params
        .iter()
        .filter_map(|p| {
            let mut items = Vec::new();
            for v in values.list(p.name) {
                if !v.is_empty() && *v != p.default {
                    p.insert(&mut items, v.clone());
                }
            }
            (!items.is_empty()).then(|| (p.name, items.join(",")))
        })
        .collect()
}

// ── The views' parameters ─────────────────────────────────────────────────────────────────

fn lang_rank(s: &str) -> Option<usize> {
    ["ko", "en"].iter().position(|l| *l == s)
}
fn embed_rank(s: &str) -> Option<usize> {
    ["0", "1"].iter().position(|l| *l == s)
}

/// Every view's shell parameters: `lang` and `embed` (read by `app.rs`).
pub static SHELL: ViewParams = ViewParams {
    params: &[
        Param::one("lang", Domain::Vocab(lang_rank)),
        Param::one("embed", Domain::Vocab(embed_rank))
            .old_values(&[("true", "1"), ("false", "0")])
            .default("0"),
    ],
    report_unknown: false,
};

fn sort_rank(s: &str) -> Option<usize> {
    ["new", "old"].iter().position(|l| *l == s)
}

/// The timeline's parameters (`state/filters.rs`), in link order.
pub const TIMELINE_PARAMS: &[Param] = &[
    Param::list("stance", Domain::Vocab(rank::<Stance>))
        .old_names(&["stances"])
        .old_values(&[("both", "hybrid"), ("ally", "alliance")]),
    Param::list("layer", Domain::Vocab(rank::<Layer>)).old_names(&["layers"]),
    Param::list("company", Domain::Id(IdSet::Org)).old_names(&["org", "orgs", "companies"]),
    Param::list("kind", Domain::Vocab(rank::<EventKind>)).old_names(&["kinds"]),
    Param::list("source", Domain::Id(IdSet::Source)).old_names(&["sources"]),
    Param::list("ids", Domain::Id(IdSet::Event)),
    Param::one("q", Domain::Text(MAX_Q_CHARS))
        .old_names(&["search"])
        .max_bytes(usize::MAX),
    Param::one("from", Domain::Date).old_names(&["since"]),
    Param::one("to", Domain::Date).old_names(&["until"]),
    Param::one("event", Domain::Id(IdSet::Event)),
    Param::one("sort", Domain::Vocab(sort_rank))
        .old_values(&[("oldest", "old"), ("newest", "new")])
        .default("new"),
];

pub static TIMELINE: ViewParams = ViewParams {
    params: TIMELINE_PARAMS,
    report_unknown: true,
};

/// The companies view's parameters (`state/companies.rs`), in link order.
pub static COMPANIES: ViewParams = ViewParams {
    params: &[
        // One card opens on its own: the first known organisation is used.
        Param::list("company", Domain::Id(IdSet::Org)).max_items(1),
        Param::list("stance", Domain::Vocab(rank::<Stance>)),
        Param::list("sector", Domain::Vocab(rank::<Sector>)),
        Param::list("country", Domain::Vocab(rank::<Country>)),
        Param::list("kind", Domain::Vocab(rank::<OrgKind>)),
        Param::one("q", Domain::Text(MAX_Q_CHARS)).max_bytes(usize::MAX),
        Param::one("from", Domain::Date),
        Param::one("to", Domain::Date),
        // The alliance network's focus view: one organisation and its ties.
        Param::list("network", Domain::Id(IdSet::Org)).max_items(1),
    ],
    report_unknown: false,
};

/// The story's parameters (`state/story.rs`).
pub static STORY: ViewParams = ViewParams {
    params: &[
        Param::one("chapter", Domain::Id(IdSet::Chapter)),
        Param::one("step", Domain::Number),
    ],
    report_unknown: false,
};

/// The glossary's parameter (`state/story.rs`).
pub static GLOSSARY: ViewParams = ViewParams {
    params: &[Param::one("term", Domain::Id(IdSet::Term))],
    report_unknown: false,
};

/// Whether a take-a-side code decodes (and is not over-long).
fn side_code(s: &str) -> bool {
    s.len() <= crate::state::side::MAX_ENCODED && crate::state::side::Side::decode(s).is_ok()
}

fn section_rank(s: &str) -> Option<usize> {
    use crate::state::classroom::Section;
    Section::ALL.iter().position(|x| x.slug() == s)
}

fn team_rank(s: &str) -> Option<usize> {
    [Stance::Alliance, Stance::Sovereign]
        .iter()
        .position(|x| x.slug() == s)
}

/// The classroom's parameters (`state/classroom.rs`), in link order.
pub static CLASSROOM: ViewParams = ViewParams {
    params: &[
        Param::one("section", Domain::Vocab(section_rank)).default("guide"),
        Param::one("chapter", Domain::Id(IdSet::Chapter)),
        Param::one("step", Domain::Number),
        Param::one("team", Domain::Vocab(team_rank)),
        Param::one("side", Domain::Code(side_code)).max_bytes(crate::state::side::MAX_ENCODED),
        Param::list("sides", Domain::Code(side_code))
            .max_bytes(usize::MAX)
            .max_items(crate::state::classroom::MAX_SIDES),
    ],
    report_unknown: false,
};

#[cfg(test)]
mod tests {
    use super::*;

    /// public/boot.js picks the timeline's pre-filter that can search when a link has any
    /// name of the search parameter, and the lighter one otherwise: its list must be all of
    /// them, or a search link would get the build that cannot search (and wait for the app).
    #[test]
    fn the_boot_script_knows_every_name_of_the_search() {
        let boot = include_str!("../../public/boot.js");
        let list = boot
            .split_once("var SEARCH_PARAMS = [")
            .and_then(|(_, rest)| rest.split_once(']'))
            .map(|(list, _)| list)
            .expect("public/boot.js has `var SEARCH_PARAMS = [...]`");
        let mut listed: Vec<&str> = list
            .split(',')
            .map(|n| n.trim().trim_matches('\''))
            .collect();
        let q = TIMELINE_PARAMS
            .iter()
            .find(|p| matches!(p.domain, Domain::Text(_)))
            .expect("the timeline has a search");
        let mut names: Vec<&str> = std::iter::once(q.name)
            .chain(q.old_names.iter().copied())
            .collect();
        listed.sort();
        names.sort();
        assert_eq!(listed, names);
    }

    #[test]
    fn names_are_unique_within_each_view() {
        for view in [&SHELL, &TIMELINE, &COMPANIES, &STORY, &GLOSSARY, &CLASSROOM] {
            let mut all: Vec<&str> = view
                .params
                .iter()
                .flat_map(|p| std::iter::once(p.name).chain(p.old_names.iter().copied()))
                .collect();
            let n = all.len();
            all.sort();
            all.dedup();
            assert_eq!(
                all.len(),
                n,
                "a name twice in {:?}",
                view.names().collect::<Vec<_>>()
            );
            // The shell's names are never a view's.
            if !std::ptr::eq(view, &SHELL) {
                assert!(all.iter().all(|k| SHELL.find(k).is_none()));
            }
        }
    }

    #[test]
    fn old_values_point_at_current_values() {
        for view in [&SHELL, &TIMELINE, &COMPANIES, &CLASSROOM] {
            for p in view.params {
                for (old, new) in p.old_values {
                    let cx = Context::new(&FactBase);
                    assert_eq!(p.check(new, &cx).as_deref(), Ok(*new), "{}: {new}", p.name);
                    assert_ne!(old, new);
                }
            }
        }
    }

    #[test]
    fn one_date_parser_for_every_view() {
        assert_eq!(
            parse_date("2024-3").map(Date::iso).as_deref(),
            Some("2024-03")
        );
        assert_eq!(
            parse_date("2024-3-5").map(Date::iso).as_deref(),
            Some("2024-03-05")
        );
        assert_eq!(parse_date("2023-02-29"), None);
        assert_eq!(parse_date("2024-02-29").map(|d| d.d), Some(29));
        assert_eq!(parse_date("24"), None);
        for view in [&TIMELINE, &COMPANIES] {
            let (v, ign) = parse("from=2024-3&to=2024-3-9", view, &Context::new(&FactBase));
            assert!(ign.is_empty(), "{ign:?}");
            assert_eq!(v.one("from"), Some("2024-03"));
            assert_eq!(v.one("to"), Some("2024-03-09"));
            assert_eq!(
                query::build(&format(view, &v)),
                "?from=2024-03&to=2024-03-09"
            );
        }
    }

    #[test]
    fn date_overlap_is_by_the_days_covered() {
        let d = |s: &str| parse_date(s).unwrap();
        assert!(overlaps(d("2024"), Some(d("2024-06")), None));
        assert!(!overlaps(d("2023"), Some(d("2024")), None));
        assert!(overlaps(d("2024-12"), None, Some(d("2024"))));
        assert!(!overlaps(d("2025-01"), None, Some(d("2024-12-31"))));
    }

    #[test]
    fn a_badly_encoded_list_keeps_its_good_items() {
        let cx = Context::new(&FactBase);
        let (v, ign) = parse("sides=1,%ZZ", &CLASSROOM, &cx);
        assert_eq!(v.list("sides"), ["1"]);
        assert_eq!(ign.len(), 1);
        assert_eq!(
            (ign[0].pair(), ign[0].reason),
            ("sides=%ZZ".into(), Reason::BadEncoding)
        );
    }
}
