//! The fact base as it is written by hand: TOML files under `data/`.
//!
//! This module is compiled twice: by `build.rs`, which loads, validates and turns the files
//! into static Rust for the browser, and by the native tests (`tests/facts.rs`), which run
//! the same validation against the real data and against deliberately broken fixtures.
//! Every error names the file, the record and the field.

use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::{Path, PathBuf};

/// Korean and English versions of one piece of prose.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Text {
    pub ko: String,
    pub en: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Skip {
    pub para: u32,
    pub reason: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    pub outlet: Text,
    pub author: Text,
    pub headline: Text,
    pub date: String,
    #[serde(default)]
    pub date_inferred: bool,
    pub date_note: Option<Text>,
    /// File name of the article in `shared/seeds/`.
    pub seed: String,
    /// Editorial note on the source itself (a missing headline, an outlet read off an address).
    pub note: Option<Text>,
    /// Paragraphs (non-empty lines, 1-based) that carry no fact: bylines, page furniture.
    #[serde(default)]
    pub skip: Vec<Skip>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Org {
    pub id: String,
    pub name: Text,
    pub kind: String,
    pub sector: String,
    pub country: String,
    /// True when the articles do not state the home country and it is common knowledge.
    #[serde(default)]
    pub country_inferred: bool,
    pub parent: Option<String>,
    pub description: Text,
    pub cite: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Person {
    pub id: String,
    pub name: Text,
    pub role: Text,
    pub org: String,
    pub cite: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Converted {
    pub as_reported: String,
    pub value: f64,
    pub unit: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    pub label: Text,
    /// The figure exactly as the article prints it, e.g. `2090억 달러`.
    pub as_reported: String,
    pub value: f64,
    /// The upper end when the article prints a range (`2~3배`: `value = 2`, `value_max = 3`).
    pub value_max: Option<f64>,
    pub unit: String,
    pub converted: Option<Converted>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    pub id: String,
    pub date: String,
    #[serde(default)]
    pub date_inferred: bool,
    pub date_note: Option<Text>,
    /// `dated`: the article dates the event itself (absolutely or relatively, e.g. 'last
    /// March'). `reported_by`: it does not, and `date` is the latest the event can have
    /// happened (usually the article's own date). Required: every event was audited.
    #[serde(default)]
    pub date_kind: String,
    pub title: Text,
    pub summary: Text,
    pub orgs: Vec<String>,
    #[serde(default)]
    pub people: Vec<String>,
    pub stance: String,
    pub layer: String,
    pub kind: String,
    pub status: Option<String>,
    #[serde(default)]
    pub figures: Vec<Figure>,
    pub cite: Vec<String>,
    /// Editorial note: a corrected slip in the article, or how a reading was inferred.
    pub note: Option<Text>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Quote {
    pub id: String,
    /// A person id, or an organisation id when the article quotes a company.
    pub speaker: String,
    /// The words exactly as the article prints them.
    pub ko: String,
    pub en: String,
    pub context: Text,
    pub event: Option<String>,
    pub cite: Vec<String>,
    pub note: Option<Text>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    pub id: String,
    pub term: Text,
    pub definition: Text,
    /// Surface forms that mark the term in prose (either language).
    #[serde(default)]
    pub aliases: Vec<String>,
    pub cite: Vec<String>,
}

/// One piece of evidence for a placement: a paragraph and the words in it.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    pub cite: String,
    /// Copied exactly from the cited paragraph.
    pub phrase: String,
}

/// Where one article puts an organisation at one time (see `data/placements.toml`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Placement {
    pub id: String,
    pub org: String,
    pub stance: String,
    pub date: String,
    #[serde(default)]
    pub date_inferred: bool,
    pub date_note: Option<Text>,
    /// True when the article reports what the organisation does without framing it as a
    /// road, and the road is our reading (explained in `note`).
    #[serde(default)]
    pub reading_inferred: bool,
    pub note: Option<Text>,
    pub explanation: Text,
    pub evidence: Vec<Evidence>,
}

/// Everything under `data/`, parsed but not yet checked across files.
#[derive(Debug, Default, Clone)]
pub struct Facts {
    pub sources: Vec<Source>,
    pub orgs: Vec<Org>,
    pub people: Vec<Person>,
    pub events: Vec<Event>,
    pub quotes: Vec<Quote>,
    pub terms: Vec<Term>,
    pub placements: Vec<Placement>,
    /// Which file each record came from, keyed by `kind:id`, for error messages.
    pub origin: BTreeMap<String, String>,
}

/// One problem in the data, located precisely enough to fix it.
#[derive(Debug, Clone, PartialEq)]
pub struct DataError {
    pub file: String,
    pub record: String,
    pub field: String,
    pub problem: String,
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: record `{}`: field `{}`: {}",
            self.file, self.record, self.field, self.problem
        )
    }
}

pub const STANCES: &[&str] = &["alliance", "sovereign", "hybrid", "context"];
/// A placement says which road; "global context" is not one.
pub const PLACEMENT_STANCES: &[&str] = &["alliance", "sovereign", "hybrid"];
pub const LAYERS: &[&str] = &["chips", "cloud", "models", "services", "policy", "capital"];
pub const KINDS: &[&str] = &[
    "investment",
    "partnership",
    "merger",
    "product",
    "model",
    "chip",
    "policy",
    "ranking",
    "market",
    "research",
    "strategy",
];
pub const DATE_KINDS: &[&str] = &["dated", "reported_by"];
pub const STATUSES: &[&str] = &["announced", "planned", "under-way", "delivered"];
pub const ORG_KINDS: &[&str] = &[
    "company",
    "government",
    "institute",
    "university",
    "country",
    "alliance",
    "media",
];
pub const SECTORS: &[&str] = &[
    "chips",
    "telecom",
    "platform",
    "cloud",
    "ai",
    "electronics",
    "storage",
    "finance",
    "research",
    "government",
    "education",
    "media",
    "alliance",
    "nation",
];
pub const COUNTRIES: &[&str] = &["kr", "us", "cn", "fr", "gb", "sg", "jp", "eu", "global"];
pub const UNITS: &[&str] = &[
    "usd", "krw", "eur", "cny", "percent", "count", "times", "rank", "years", "months",
];

/// Record kinds: file stem under `data/` and the TOML table name of its records.
pub const KINDS_FILES: &[(&str, &str)] = &[
    ("sources", "source"),
    ("orgs", "org"),
    ("people", "person"),
    ("events", "event"),
    ("quotes", "quote"),
    ("glossary", "term"),
    ("placements", "placement"),
];

fn err(file: &str, record: &str, field: &str, problem: impl Into<String>) -> DataError {
    DataError {
        file: file.to_string(),
        record: record.to_string(),
        field: field.to_string(),
        problem: problem.into(),
    }
}

/// Parse one file's array of tables (`[[event]]` …) record by record, so that a broken
/// record is reported by its id and the others still load.
fn parse_records<T: for<'de> Deserialize<'de>>(
    file: &str,
    text: &str,
    table: &str,
    errors: &mut Vec<DataError>,
) -> Vec<(String, T)> {
    let value: toml::Table = match text.parse() {
        Ok(v) => v,
        Err(e) => {
            errors.push(err(file, "-", "-", format!("not valid TOML: {e}")));
            return Vec::new();
        }
    };
    for key in value.keys() {
        if key != table {
            errors.push(err(
                file,
                "-",
                key,
                format!("unknown top-level table; this file holds `[[{table}]]` records"),
            ));
        }
    }
    let Some(items) = value.get(table) else {
        return Vec::new();
    };
    let Some(items) = items.as_array() else {
        errors.push(err(file, "-", table, "must be an array of tables"));
        return Vec::new();
    };
    let mut out = Vec::new();
    for (n, item) in items.iter().enumerate() {
        let id = item
            .get("id")
            .and_then(|v| v.as_str())
            .map(str::to_string)
            .unwrap_or_else(|| format!("#{} (no id)", n + 1));
        match T::deserialize(item.clone()) {
            Ok(rec) => out.push((id, rec)),
            Err(e) => {
                let msg = e.to_string();
                let field = field_in_message(&msg).unwrap_or_else(|| "-".into());
                errors.push(err(file, &id, &field, msg.trim().to_string()));
            }
        }
    }
    out
}

/// serde names the offending field in backticks (``missing field `title` ``), and a
/// nested table after it (``missing field `ko` in `explanation` `` → `explanation.ko`).
fn field_in_message(msg: &str) -> Option<String> {
    let start = msg.find('`')? + 1;
    let len = msg[start..].find('`')?;
    let end = start + len;
    let field = &msg[start..end];
    let outer = msg.rfind("in `").filter(|at| *at > end).and_then(|at| {
        let from = at + 4;
        let n = msg[from..].find('`')?;
        Some(&msg[from..from + n])
    });
    Some(match outer {
        Some(o) => format!("{o}.{field}"),
        None => field.to_string(),
    })
}

/// The files of one record kind: `data/<kind>.toml` and every `data/<kind>/*.toml`.
fn kind_files(dir: &Path, kind: &str) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let single = dir.join(format!("{kind}.toml"));
    if single.exists() {
        files.push(single);
    }
    if let Ok(rd) = std::fs::read_dir(dir.join(kind)) {
        let mut more: Vec<PathBuf> = rd
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "toml"))
            .collect();
        more.sort();
        files.extend(more);
    }
    files
}

/// Load every file of a fact base folder. Parse errors are collected, not fatal.
pub fn load_dir(dir: &Path) -> (Facts, Vec<DataError>) {
    let mut facts = Facts::default();
    let mut errors = Vec::new();
    for (kind, table) in KINDS_FILES {
        let files = kind_files(dir, kind);
        if files.is_empty() {
            errors.push(err(
                &format!("data/{kind}.toml"),
                "-",
                "-",
                format!("missing: no data/{kind}.toml and no data/{kind}/*.toml"),
            ));
        }
        for path in files {
            let file = path
                .strip_prefix(dir.parent().unwrap_or(dir))
                .unwrap_or(&path)
                .display()
                .to_string();
            let text = match std::fs::read_to_string(&path) {
                Ok(t) => t,
                Err(e) => {
                    errors.push(err(&file, "-", "-", format!("cannot read: {e}")));
                    continue;
                }
            };
            macro_rules! take {
                ($vec:expr) => {{
                    for (id, rec) in parse_records(&file, &text, table, &mut errors) {
                        facts
                            .origin
                            .insert(format!("{}:{}", table, id), file.clone());
                        $vec.push(rec);
                    }
                }};
            }
            match *table {
                "source" => take!(facts.sources),
                "org" => take!(facts.orgs),
                "person" => take!(facts.people),
                "event" => take!(facts.events),
                "quote" => take!(facts.quotes),
                "term" => take!(facts.terms),
                "placement" => take!(facts.placements),
                _ => unreachable!("KINDS_FILES lists these tables"),
            }
        }
    }
    (facts, errors)
}

/// A date as the data writes it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
pub fn parse_date(s: &str) -> Option<(u16, u8, u8)> {
    let parts: Vec<&str> = s.split('-').collect();
    let num = |p: &str, len: usize| -> Option<u32> {
        if p.len() == len && p.bytes().all(|b| b.is_ascii_digit()) {
            p.parse().ok()
        } else {
            None
        }
    };
    let y = num(parts.first()?, 4)?;
    if !(1990..=2100).contains(&y) {
        return None;
    }
    let m = match parts.get(1) {
        Some(p) => num(p, 2)?,
        None => 0,
    };
    let d = match parts.get(2) {
        Some(p) => num(p, 2)?,
        None => 0,
    };
    if parts.len() > 3 || (parts.len() >= 2 && !(1..=12).contains(&m)) {
        return None;
    }
    if parts.len() == 3 {
        let days = match m {
            2 if y % 4 == 0 && (y % 100 != 0 || y % 400 == 0) => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        };
        if !(1..=days).contains(&d) {
            return None;
        }
    }
    Some((y as u16, m as u8, d as u8))
}

/// A citation `source#paragraph`, e.g. `hankyung#4`.
pub fn parse_cite(s: &str) -> Option<(&str, u32)> {
    let (src, para) = s.split_once('#')?;
    let para: u32 = para.parse().ok()?;
    if src.is_empty() || para == 0 {
        return None;
    }
    Some((src, para))
}

/// A figure's unit by the suffix that follows its number, first match wins (`위안` before `위`).
const UNIT_SUFFIXES: [(&str, &str); 9] = [
    ("달러", "usd"),
    ("원", "krw"),
    ("유로", "eur"),
    ("위안", "cny"),
    ("%", "percent"),
    ("배", "times"),
    ("위", "rank"),
    ("개월", "months"),
    ("년", "years"),
];

/// Read a figure as Korean newspapers print it (`약 300조 5002억 원`, `1만4848건`,
/// `1천억 달러`, `11.3%`) and return its value and the unit its suffix implies.
/// Ranges and fractions (`2~3배`, `8분의 1`) return `None`: they are checked by hand.
pub fn parse_korean_amount(s: &str) -> Option<(f64, Option<&'static str>)> {
    let s = s.trim();
    let s = s.strip_prefix("약").unwrap_or(s).trim_start();
    if s.contains('~') || s.contains("분의") {
        return None;
    }
    let mut total = 0.0f64;
    let mut group = 0.0f64;
    let mut num: Option<f64> = None;
    let mut digits = String::new();
    let mut rest_at = s.len();
    let flush = |digits: &mut String, num: &mut Option<f64>| -> Option<()> {
        if !digits.is_empty() {
            *num = Some(digits.replace(',', "").parse().ok()?);
            digits.clear();
        }
        Some(())
    };
    let mut any = false;
    for (i, c) in s.char_indices() {
        match c {
            '0'..='9' | '.' | ',' => {
                digits.push(c);
                any = true;
            }
            ' ' => {}
            '십' | '백' | '천' => {
                flush(&mut digits, &mut num)?;
                let m = match c {
                    '십' => 10.0,
                    '백' => 100.0,
                    _ => 1000.0,
                };
                group += num.take().unwrap_or(1.0) * m;
            }
            '만' | '억' | '조' => {
                flush(&mut digits, &mut num)?;
                let m = match c {
                    '만' => 1e4,
                    '억' => 1e8,
                    _ => 1e12,
                };
                total += (group + num.take().unwrap_or(0.0)) * m;
                group = 0.0;
            }
            _ => {
                rest_at = i;
                break;
            }
        }
    }
    flush(&mut digits, &mut num)?;
    if !any {
        return None;
    }
    total += group + num.unwrap_or(0.0);
    let rest = s[rest_at..].trim();
    let unit = UNIT_SUFFIXES
        .iter()
        .find(|(suffix, _)| rest.starts_with(suffix))
        .map(|(_, unit)| *unit);
    Some((total, unit))
}

fn check_text(file: &str, id: &str, field: &str, t: &Text, errors: &mut Vec<DataError>) {
    if t.ko.trim().is_empty() {
        errors.push(err(
            file,
            id,
            &format!("{field}.ko"),
            "Korean text is empty",
        ));
    }
    if t.en.trim().is_empty() {
        errors.push(err(
            file,
            id,
            &format!("{field}.en"),
            "English text is empty",
        ));
    }
}

fn check_slug(file: &str, id: &str, errors: &mut Vec<DataError>) {
    let ok = !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--");
    if !ok {
        errors.push(err(
            file,
            id,
            "id",
            "ids are lowercase ASCII slugs (a-z, 0-9, single hyphens)",
        ));
    }
}

fn check_enum(
    file: &str,
    id: &str,
    field: &str,
    value: &str,
    allowed: &[&str],
    errors: &mut Vec<DataError>,
) {
    if !allowed.contains(&value) {
        errors.push(err(
            file,
            id,
            field,
            format!("`{value}` is not one of: {}", allowed.join(", ")),
        ));
    }
}

/// The articles' paragraphs: the non-empty lines of each seed, numbered from 1.
pub type Articles = BTreeMap<String, Vec<String>>;

/// Split an article into its paragraphs (non-empty lines).
pub fn paragraphs(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

/// Check the whole fact base. With `articles` (source id → paragraphs), also check that
/// citations point at real paragraphs and that figures and quotes occur verbatim there.
pub fn validate(facts: &Facts, articles: Option<&Articles>) -> Vec<DataError> {
    let mut errors = Vec::new();
    let ctx = Ctx::new(facts, articles);
    check_unique_ids(&ctx, &mut errors);
    for s in &facts.sources {
        check_source(&ctx, s, &mut errors);
    }
    for o in &facts.orgs {
        check_org(&ctx, o, &mut errors);
    }
    for p in &facts.people {
        check_person(&ctx, p, &mut errors);
    }
    for e in &facts.events {
        check_event(&ctx, e, &mut errors);
    }
    for q in &facts.quotes {
        check_quote(&ctx, q, &mut errors);
    }
    for t in &facts.terms {
        let f = ctx.origin("term", &t.id);
        check_slug(&f, &t.id, &mut errors);
        check_text(&f, &t.id, "term", &t.term, &mut errors);
        check_text(&f, &t.id, "definition", &t.definition, &mut errors);
        ctx.check_cites(&f, &t.id, &t.cite, &mut errors);
    }
    for p in &facts.placements {
        let f = ctx.origin("placement", &p.id);
        check_placement(&f, p, &ctx.org_ids, &ctx.source_ids, articles, &mut errors);
    }
    errors
}

/// What every record's checks look things up in: the fact base, the articles and the ids.
struct Ctx<'a> {
    facts: &'a Facts,
    articles: Option<&'a Articles>,
    source_ids: BTreeSet<&'a str>,
    org_ids: BTreeSet<&'a str>,
    person_ids: BTreeSet<&'a str>,
    event_ids: BTreeSet<&'a str>,
}

impl<'a> Ctx<'a> {
    fn new(facts: &'a Facts, articles: Option<&'a Articles>) -> Self {
        Self {
            facts,
            articles,
            source_ids: facts.sources.iter().map(|s| s.id.as_str()).collect(),
            org_ids: facts.orgs.iter().map(|s| s.id.as_str()).collect(),
            person_ids: facts.people.iter().map(|s| s.id.as_str()).collect(),
            event_ids: facts.events.iter().map(|s| s.id.as_str()).collect(),
        }
    }

    /// The file a record came from (for error messages).
    fn origin(&self, kind: &str, id: &str) -> String {
        self.facts
            .origin
            .get(&format!("{kind}:{id}"))
            .cloned()
            .unwrap_or_else(|| format!("data/{kind}s"))
    }

    /// Every record cites at least one known source, at a paragraph the article has.
    fn check_cites(&self, file: &str, id: &str, cites: &[String], errors: &mut Vec<DataError>) {
        if cites.is_empty() {
            errors.push(err(
                file,
                id,
                "cite",
                "cites no source; every record needs one",
            ));
        }
        for c in cites {
            match parse_cite(c) {
                None => errors.push(err(
                    file,
                    id,
                    "cite",
                    format!("`{c}` is not `source#paragraph` (e.g. `hankyung#4`)"),
                )),
                Some((src, para)) => {
                    if !self.source_ids.contains(src) {
                        errors.push(err(file, id, "cite", format!("unknown source `{src}`")));
                    } else if let Some(paras) = self.articles.and_then(|a| a.get(src)) {
                        if para as usize > paras.len() {
                            errors.push(err(
                                file,
                                id,
                                "cite",
                                format!("`{c}`: the article has only {} paragraphs", paras.len()),
                            ));
                        }
                    }
                }
            }
        }
    }

    /// The cited paragraphs' text, when the articles are at hand and every cite resolves.
    fn cited_text(&self, cites: &[String]) -> Option<String> {
        let articles = self.articles?;
        let mut out = String::new();
        for c in cites {
            let (src, para) = parse_cite(c)?;
            let p = articles.get(src)?.get(para as usize - 1)?;
            out.push_str(p);
            out.push('\n');
        }
        Some(out)
    }
}

/// Unique ids across all record kinds (cards and links share one namespace per kind,
/// and org/person ids share the `speaker` namespace).
fn check_unique_ids(ctx: &Ctx, errors: &mut Vec<DataError>) {
    let facts = ctx.facts;
    let mut seen: BTreeMap<(&str, &str), usize> = BTreeMap::new();
    let all_ids: Vec<(&str, &str)> = facts
        .sources
        .iter()
        .map(|r| ("source", r.id.as_str()))
        .chain(facts.orgs.iter().map(|r| ("org", r.id.as_str())))
        .chain(facts.people.iter().map(|r| ("org", r.id.as_str())))
        .chain(facts.events.iter().map(|r| ("event", r.id.as_str())))
        .chain(facts.quotes.iter().map(|r| ("quote", r.id.as_str())))
        .chain(facts.terms.iter().map(|r| ("term", r.id.as_str())))
        .chain(
            facts
                .placements
                .iter()
                .map(|r| ("placement", r.id.as_str())),
        )
        .collect();
    for key in &all_ids {
        *seen.entry(*key).or_default() += 1;
    }
    for ((kind, id), n) in &seen {
        if *n > 1 {
            let file = if *kind == "org" && !facts.origin.contains_key(&format!("org:{id}")) {
                ctx.origin("person", id)
            } else {
                ctx.origin(kind, id)
            };
            let kind = if *kind == "org" { "org/person" } else { kind };
            errors.push(err(
                &file,
                id,
                "id",
                format!("id is used by {n} {kind} records; ids must be unique"),
            ));
        }
    }
}

/// A record's date: `YYYY[-MM[-DD]]`, and an inferred date comes with its reasoning.
fn check_date(
    f: &str,
    id: &str,
    date: &str,
    inferred: bool,
    note: Option<&Text>,
    errors: &mut Vec<DataError>,
) {
    if parse_date(date).is_none() {
        errors.push(err(
            f,
            id,
            "date",
            format!("`{date}` is not YYYY[-MM[-DD]]"),
        ));
    }
    if inferred && note.is_none() {
        errors.push(err(
            f,
            id,
            "date_note",
            "an inferred date needs its reasoning",
        ));
    }
    if let Some(n) = note {
        check_text(f, id, "date_note", n, errors);
    }
}

fn check_source(ctx: &Ctx, s: &Source, errors: &mut Vec<DataError>) {
    let f = ctx.origin("source", &s.id);
    check_slug(&f, &s.id, errors);
    check_text(&f, &s.id, "outlet", &s.outlet, errors);
    check_text(&f, &s.id, "author", &s.author, errors);
    check_text(&f, &s.id, "headline", &s.headline, errors);
    check_date(
        &f,
        &s.id,
        &s.date,
        s.date_inferred,
        s.date_note.as_ref(),
        errors,
    );
    if let Some(n) = &s.note {
        check_text(&f, &s.id, "note", n, errors);
    }
}

fn check_org(ctx: &Ctx, o: &Org, errors: &mut Vec<DataError>) {
    let f = ctx.origin("org", &o.id);
    check_slug(&f, &o.id, errors);
    check_text(&f, &o.id, "name", &o.name, errors);
    check_text(&f, &o.id, "description", &o.description, errors);
    check_enum(&f, &o.id, "kind", &o.kind, ORG_KINDS, errors);
    check_enum(&f, &o.id, "sector", &o.sector, SECTORS, errors);
    check_enum(&f, &o.id, "country", &o.country, COUNTRIES, errors);
    if let Some(p) = &o.parent {
        if !ctx.org_ids.contains(p.as_str()) || p == &o.id {
            errors.push(err(
                &f,
                &o.id,
                "parent",
                format!("unknown organisation `{p}`"),
            ));
        }
    }
    ctx.check_cites(&f, &o.id, &o.cite, errors);
}

fn check_person(ctx: &Ctx, p: &Person, errors: &mut Vec<DataError>) {
    let f = ctx.origin("person", &p.id);
    check_slug(&f, &p.id, errors);
    check_text(&f, &p.id, "name", &p.name, errors);
    check_text(&f, &p.id, "role", &p.role, errors);
    if !ctx.org_ids.contains(p.org.as_str()) {
        errors.push(err(
            &f,
            &p.id,
            "org",
            format!("unknown organisation `{}`", p.org),
        ));
    }
    ctx.check_cites(&f, &p.id, &p.cite, errors);
}

fn check_event(ctx: &Ctx, e: &Event, errors: &mut Vec<DataError>) {
    let f = ctx.origin("event", &e.id);
    check_slug(&f, &e.id, errors);
    check_date(
        &f,
        &e.id,
        &e.date,
        e.date_inferred,
        e.date_note.as_ref(),
        errors,
    );
    if e.date_kind.is_empty() {
        errors.push(err(
            &f,
            &e.id,
            "date_kind",
            format!(
                "missing: say whether the article dates the event ({})",
                DATE_KINDS.join(", ")
            ),
        ));
    } else {
        check_enum(&f, &e.id, "date_kind", &e.date_kind, DATE_KINDS, errors);
    }
    if e.date_kind == "reported_by" && e.date_note.is_none() {
        errors.push(err(
            &f,
            &e.id,
            "date_note",
            "an undated event needs a note saying where its reported-by date comes from",
        ));
    }
    if let Some(n) = &e.note {
        check_text(&f, &e.id, "note", n, errors);
    }
    check_text(&f, &e.id, "title", &e.title, errors);
    check_text(&f, &e.id, "summary", &e.summary, errors);
    if e.orgs.is_empty() {
        errors.push(err(&f, &e.id, "orgs", "names no organisation"));
    }
    for o in &e.orgs {
        if !ctx.org_ids.contains(o.as_str()) {
            errors.push(err(
                &f,
                &e.id,
                "orgs",
                format!("unknown organisation `{o}`"),
            ));
        }
    }
    for p in &e.people {
        if !ctx.person_ids.contains(p.as_str()) {
            errors.push(err(&f, &e.id, "people", format!("unknown person `{p}`")));
        }
    }
    check_enum(&f, &e.id, "stance", &e.stance, STANCES, errors);
    check_enum(&f, &e.id, "layer", &e.layer, LAYERS, errors);
    check_enum(&f, &e.id, "kind", &e.kind, KINDS, errors);
    if let Some(s) = &e.status {
        check_enum(&f, &e.id, "status", s, STATUSES, errors);
    }
    ctx.check_cites(&f, &e.id, &e.cite, errors);
    check_event_figures(&f, e, ctx.cited_text(&e.cite).as_deref(), errors);
}

/// An event's figures: labelled in both languages, printed as the cited text has them.
fn check_event_figures(f: &str, e: &Event, text: Option<&str>, errors: &mut Vec<DataError>) {
    for (i, fig) in e.figures.iter().enumerate() {
        let field = format!("figures[{i}]");
        check_text(f, &e.id, &format!("{field}.label"), &fig.label, errors);
        check_figure(
            f,
            &e.id,
            &field,
            &fig.as_reported,
            fig.value,
            &fig.unit,
            text,
            errors,
        );
        check_range(f, &e.id, &field, fig, errors);
        if let Some(c) = &fig.converted {
            check_figure(
                f,
                &e.id,
                &format!("{field}.converted"),
                &c.as_reported,
                c.value,
                &c.unit,
                text,
                errors,
            );
        }
    }
}

fn check_quote(ctx: &Ctx, q: &Quote, errors: &mut Vec<DataError>) {
    let f = ctx.origin("quote", &q.id);
    check_slug(&f, &q.id, errors);
    if !ctx.person_ids.contains(q.speaker.as_str()) && !ctx.org_ids.contains(q.speaker.as_str()) {
        errors.push(err(
            &f,
            &q.id,
            "speaker",
            format!("`{}` is neither a person nor an organisation", q.speaker),
        ));
    }
    if q.ko.trim().is_empty() {
        errors.push(err(&f, &q.id, "ko", "the quote's Korean words are empty"));
    }
    if q.en.trim().is_empty() {
        errors.push(err(&f, &q.id, "en", "the English translation is empty"));
    }
    check_text(&f, &q.id, "context", &q.context, errors);
    if let Some(ev) = &q.event {
        if !ctx.event_ids.contains(ev.as_str()) {
            errors.push(err(&f, &q.id, "event", format!("unknown event `{ev}`")));
        }
    }
    ctx.check_cites(&f, &q.id, &q.cite, errors);
    if let Some(text) = ctx.cited_text(&q.cite) {
        if !normalise(&text).contains(&normalise(&q.ko)) {
            errors.push(err(
                &f,
                &q.id,
                "ko",
                "the quote does not occur verbatim in the cited paragraph(s)",
            ));
        }
    }
}

/// A placement: known organisation, a road, a date, both languages, and evidence whose
/// phrases occur word for word in the cited paragraphs of one article.
fn check_placement(
    f: &str,
    p: &Placement,
    org_ids: &BTreeSet<&str>,
    source_ids: &BTreeSet<&str>,
    articles: Option<&Articles>,
    errors: &mut Vec<DataError>,
) {
    let id = p.id.as_str();
    check_slug(f, id, errors);
    if !org_ids.contains(p.org.as_str()) {
        errors.push(err(
            f,
            id,
            "org",
            format!("unknown organisation `{}`", p.org),
        ));
    }
    check_enum(f, id, "stance", &p.stance, PLACEMENT_STANCES, errors);
    if parse_date(&p.date).is_none() {
        errors.push(err(
            f,
            id,
            "date",
            format!("`{}` is not YYYY[-MM[-DD]]", p.date),
        ));
    }
    if p.date_inferred && p.date_note.is_none() {
        errors.push(err(
            f,
            id,
            "date_note",
            "an inferred date needs its reasoning",
        ));
    }
    if let Some(n) = &p.date_note {
        check_text(f, id, "date_note", n, errors);
    }
    if p.reading_inferred && p.note.is_none() {
        errors.push(err(
            f,
            id,
            "note",
            "an inferred reading needs its reasoning",
        ));
    }
    if let Some(n) = &p.note {
        check_text(f, id, "note", n, errors);
    }
    check_text(f, id, "explanation", &p.explanation, errors);
    if p.evidence.is_empty() {
        errors.push(err(
            f,
            id,
            "evidence",
            "cites no paragraph; every placement needs one",
        ));
    }
    let mut first_source: Option<&str> = None;
    for (i, ev) in p.evidence.iter().enumerate() {
        let field = format!("evidence[{i}]");
        if ev.phrase.trim().is_empty() {
            errors.push(err(f, id, &format!("{field}.phrase"), "is empty"));
        }
        let Some((src, para)) = parse_cite(&ev.cite) else {
            errors.push(err(
                f,
                id,
                &format!("{field}.cite"),
                format!(
                    "`{}` is not `source#paragraph` (e.g. `hankyung#4`)",
                    ev.cite
                ),
            ));
            continue;
        };
        if !source_ids.contains(src) {
            errors.push(err(
                f,
                id,
                &format!("{field}.cite"),
                format!("unknown source `{src}`"),
            ));
            continue;
        }
        match first_source {
            None => first_source = Some(src),
            Some(s) if s != src => errors.push(err(
                f,
                id,
                &format!("{field}.cite"),
                format!(
                    "cites `{src}` but the placement rests on `{s}`: one article per placement"
                ),
            )),
            Some(_) => {}
        }
        let Some(paras) = articles.and_then(|a| a.get(src)) else {
            continue;
        };
        match paras.get(para as usize - 1) {
            None => errors.push(err(
                f,
                id,
                &format!("{field}.cite"),
                format!(
                    "`{}`: the article has only {} paragraphs",
                    ev.cite,
                    paras.len()
                ),
            )),
            Some(text) if !normalise(text).contains(&normalise(&ev.phrase)) => errors.push(err(
                f,
                id,
                &format!("{field}.phrase"),
                format!("`{}` does not occur verbatim in {}", ev.phrase, ev.cite),
            )),
            Some(_) => {}
        }
    }
}

/// Quotes are compared with typographic quotes and runs of spaces folded.
fn normalise(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '“' | '”' | '"' => '"',
            '‘' | '’' | '\'' => '\'',
            c if c.is_whitespace() => ' ',
            c => c,
        })
        .collect::<String>()
        .split(' ')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

#[allow(clippy::too_many_arguments)]
fn check_figure(
    file: &str,
    id: &str,
    field: &str,
    as_reported: &str,
    value: f64,
    unit: &str,
    cited: Option<&str>,
    errors: &mut Vec<DataError>,
) {
    check_enum(file, id, &format!("{field}.unit"), unit, UNITS, errors);
    if as_reported.trim().is_empty() {
        errors.push(err(file, id, &format!("{field}.as_reported"), "is empty"));
        return;
    }
    if !value.is_finite() || value < 0.0 {
        errors.push(err(
            file,
            id,
            &format!("{field}.value"),
            "must be a finite number ≥ 0",
        ));
    }
    if let Some((parsed, implied)) = parse_korean_amount(as_reported) {
        let tolerance = parsed.abs() * 1e-9;
        if (parsed - value).abs() > tolerance {
            errors.push(err(
                file,
                id,
                &format!("{field}.value"),
                format!("{value} does not match `{as_reported}`, which reads as {parsed}"),
            ));
        }
        if let Some(implied) = implied {
            if implied != unit {
                errors.push(err(
                    file,
                    id,
                    &format!("{field}.unit"),
                    format!("`{unit}` does not match `{as_reported}`, which is in {implied}"),
                ));
            }
        }
    }
    if let Some(text) = cited {
        if !normalise(text).contains(&normalise(as_reported)) {
            errors.push(err(
                file,
                id,
                &format!("{field}.as_reported"),
                format!("`{as_reported}` does not occur verbatim in the cited paragraph(s)"),
            ));
        }
    }
}

/// A range as printed (`2~3배`) must be stored as one: `value` its low end, `value_max` its
/// high end; a single figure has no `value_max`.
fn check_range(file: &str, id: &str, field: &str, fig: &Figure, errors: &mut Vec<DataError>) {
    let printed = parse_korean_range(&fig.as_reported);
    match (printed, fig.value_max) {
        (Some((lo, hi, unit)), Some(max)) => {
            if lo != fig.value || hi != max {
                errors.push(err(
                    file,
                    id,
                    &format!("{field}.value_max"),
                    format!(
                        "`{}` reads as {lo} to {hi}; stored {} to {max}",
                        fig.as_reported, fig.value
                    ),
                ));
            }
            if unit.is_some_and(|u| u != fig.unit) {
                errors.push(err(
                    file,
                    id,
                    &format!("{field}.unit"),
                    format!("`{}` does not match `{}`", fig.unit, fig.as_reported),
                ));
            }
        }
        (Some(_), None) => errors.push(err(
            file,
            id,
            &format!("{field}.value_max"),
            format!(
                "`{}` is a range: store its low end in `value` and its high end in `value_max`",
                fig.as_reported
            ),
        )),
        (None, Some(max)) => {
            if !max.is_finite() || max <= fig.value {
                errors.push(err(
                    file,
                    id,
                    &format!("{field}.value_max"),
                    "must be a finite number above `value`",
                ));
            }
            if !fig.as_reported.contains('~') {
                errors.push(err(
                    file,
                    id,
                    &format!("{field}.value_max"),
                    format!("`{}` is not printed as a range", fig.as_reported),
                ));
            }
        }
        (None, None) => {}
    }
}

/// A range as Korean newspapers print it, `2~3배` or `2~3%`: (low, high, unit).
pub fn parse_korean_range(s: &str) -> Option<(f64, f64, Option<&'static str>)> {
    let (lo, hi) = s.split_once('~')?;
    let lo: f64 = lo
        .trim()
        .strip_prefix("약")
        .unwrap_or(lo.trim())
        .trim()
        .parse()
        .ok()?;
    let (hi, unit) = parse_korean_amount(hi)?;
    (hi > lo).then_some((lo, hi, unit))
}

/// Paragraphs of each source's article, read from the seeds folder, when it is present.
pub fn load_articles(facts: &Facts, seeds: &Path) -> Option<Articles> {
    let mut out = Articles::new();
    for s in &facts.sources {
        let text = std::fs::read_to_string(seeds.join(&s.seed)).ok()?;
        out.insert(s.id.clone(), paragraphs(&text));
    }
    Some(out)
}

/// One row of the coverage table: source id, paragraph number, paragraph text, and the
/// citing record ids (`Ok`) or the reason the paragraph is skipped (`Err`).
pub type CoverageRow = (String, u32, String, Result<Vec<String>, String>);

/// Which records cite each paragraph of each article: the coverage table.
pub fn coverage(facts: &Facts, articles: &Articles) -> Vec<CoverageRow> {
    let mut cited: BTreeMap<(String, u32), Vec<String>> = BTreeMap::new();
    let mut add = |kind: &str, id: &str, cites: &[String]| {
        for c in cites {
            if let Some((src, para)) = parse_cite(c) {
                cited
                    .entry((src.to_string(), para))
                    .or_default()
                    .push(format!("{kind}:{id}"));
            }
        }
    };
    for r in &facts.orgs {
        add("org", &r.id, &r.cite);
    }
    for r in &facts.people {
        add("person", &r.id, &r.cite);
    }
    for r in &facts.events {
        add("event", &r.id, &r.cite);
    }
    for r in &facts.quotes {
        add("quote", &r.id, &r.cite);
    }
    for r in &facts.terms {
        add("term", &r.id, &r.cite);
    }
    let mut out = Vec::new();
    for s in &facts.sources {
        let Some(paras) = articles.get(&s.id) else {
            continue;
        };
        for (i, text) in paras.iter().enumerate() {
            let n = i as u32 + 1;
            let entry = if let Some(skip) = s.skip.iter().find(|k| k.para == n) {
                Err(skip.reason.clone())
            } else {
                Ok(cited.get(&(s.id.clone(), n)).cloned().unwrap_or_default())
            };
            out.push((s.id.clone(), n, text.clone(), entry));
        }
    }
    out
}

/// The coverage table as Markdown (docs/COVERAGE.md is this output, kept up to date by a test).
pub fn coverage_markdown(facts: &Facts, articles: &Articles) -> String {
    let mut md = String::from(
        "# Coverage: every paragraph of the five articles and the records that carry it\n\n\
         Generated from `data/` by `UPDATE_COVERAGE=1 cargo test --test facts`; a test fails when it is stale.\n\
         A paragraph is a non-empty line of the article file in `shared/seeds/`. \"skipped\" rows carry no fact.\n",
    );
    let mut current = String::new();
    for (src, n, text, entry) in coverage(facts, articles) {
        if src != current {
            let s = facts.sources.iter().find(|s| s.id == src).expect("known");
            md.push_str(&format!(
                "\n## `{}`: {} ({})\n\n| ¶ | opening words | records |\n|---|---|---|\n",
                src, s.outlet.en, s.date
            ));
            current = src.clone();
        }
        let opening: String = text
            .chars()
            .take(28)
            .collect::<String>()
            .replace('|', "\\|");
        let cell = match entry {
            Ok(ids) if ids.is_empty() => "**NOT COVERED**".to_string(),
            Ok(ids) => ids
                .iter()
                .map(|i| format!("`{i}`"))
                .collect::<Vec<_>>()
                .join(", "),
            Err(reason) => format!("skipped: {reason}"),
        };
        md.push_str(&format!("| {n} | {opening}… | {cell} |\n"));
    }
    md
}
