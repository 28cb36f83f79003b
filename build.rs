//! Turns the hand-written fact base (`data/*.toml`) into static Rust.
//!
//! The browser then parses nothing at start-up, and a broken record stops the build with
//! a message naming the file, the record and the field.

#[path = "src/data/raw.rs"]
#[allow(dead_code)]
mod raw;

// The app's own figure formatting (`src/data/{format,amount}.rs`), compiled into the build
// script as well, so the landing table carries each figure's English amount ready-made and
// the landing page's wasm needs no number formatting. The two files reach `Lang`, `Unit` and
// `Figure` through `super`: these stand-ins have what they use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[allow(dead_code)]
enum Lang {
    Ko,
    En,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[allow(dead_code)]
enum Unit {
    Usd,
    Krw,
    Eur,
    Cny,
    Percent,
    Count,
    Times,
    Rank,
    Years,
    Months,
}

#[allow(dead_code)]
struct Figure {
    as_reported: &'static str,
    value: f64,
    value_max: Option<f64>,
    unit: Unit,
}

#[path = "src/data/format.rs"]
#[allow(dead_code)]
mod format;

#[path = "src/data/amount.rs"]
#[allow(dead_code)]
mod amount;

/// How English pages show a figure the article prints as `as_reported` (`amount::english`).
fn english(as_reported: &str, value: f64, value_max: Option<f64>, unit: &str) -> String {
    let unit = match unit {
        "usd" => Unit::Usd,
        "krw" => Unit::Krw,
        "eur" => Unit::Eur,
        "cny" => Unit::Cny,
        "percent" => Unit::Percent,
        "count" => Unit::Count,
        "times" => Unit::Times,
        "rank" => Unit::Rank,
        "years" => Unit::Years,
        "months" => Unit::Months,
        other => panic!("unknown unit `{other}`"),
    };
    amount::english(as_reported, value, value_max, unit)
}

#[path = "src/data/landing_ids.rs"]
#[allow(dead_code)]
mod landing_ids;

use raw::{parse_cite, parse_date, Facts, Text};
use std::fmt::Write as _;
use std::path::PathBuf;

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let data = root.join("data");
    println!("cargo:rerun-if-changed=data");
    println!("cargo:rerun-if-changed=src/data/raw.rs");
    println!("cargo:rerun-if-changed=src/data/landing_ids.rs");
    println!("cargo:rerun-if-env-changed=CROSSROADS_SEEDS");
    let views = view_cfgs();
    let org_prose = prose_cfg("org_prose", &ORG_PROSE_VIEWS, &views);
    let term_prose = prose_cfg("term_prose", &TERM_PROSE_VIEWS, &views);
    let seeds = std::env::var("CROSSROADS_SEEDS")
        .map(PathBuf::from)
        .unwrap_or_else(|_| root.join("../shared/seeds"));

    let (facts, mut errors) = raw::load_dir(&data);
    let articles = raw::load_articles(&facts, &seeds);
    errors.extend(raw::validate(&facts, articles.as_ref()));
    if !errors.is_empty() {
        eprintln!("\nThe fact base in data/ has {} problem(s):", errors.len());
        for e in &errors {
            eprintln!("  - {e}");
        }
        eprintln!();
        panic!("invalid fact base: {}", errors[0]);
    }
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("facts.rs");
    let full = Prose {
        notes: true,
        org: org_prose,
        term: term_prose,
        search: true,
    };
    std::fs::write(&out, emit(&facts, full)).expect("write generated facts");
    std::fs::write(
        out.with_file_name("facts_thin.rs"),
        emit(&facts, Prose::THIN),
    )
    .expect("write the thinned facts");
    std::fs::write(
        out.with_file_name("facts_facets.rs"),
        emit(&facts, Prose::FACETS),
    )
    .expect("write the facets-only facts");
    let landing = emit_landing(&facts).unwrap_or_else(|e| panic!("src/data/landing_ids.rs: {e}"));
    std::fs::write(out.with_file_name("landing.rs"), landing).expect("write the landing table");
}

/// Which views this build compiles, as `cfg(view_<name>)`: every view, unless a feature names
/// one (`landing` for the home page, `view-<name>` for another), as scripts/build.sh does to
/// give each view its own app that carries no other view's code and data.
/// The views that show an organisation's description, and a glossary term's definition
/// (`src/data/types.rs`, `OrgProse` and `TermProse`): a build without any of them carries that
/// prose empty, and cannot read it (its `Deref` needs the cfg).
const ORG_PROSE_VIEWS: [&str; 1] = ["companies"];
const TERM_PROSE_VIEWS: [&str; 3] = ["glossary", "story", "classroom"];

/// Set `cfg(name)` when the build carries one of `wanted`; returns whether it does.
fn prose_cfg(name: &str, wanted: &[&str], views: &[&str]) -> bool {
    println!("cargo::rustc-check-cfg=cfg({name})");
    let on = views.iter().any(|v| wanted.contains(v));
    if on {
        println!("cargo::rustc-cfg={name}");
    }
    on
}

/// Which prose the generated tables carry (see `emit`).
#[derive(Clone, Copy)]
struct Prose {
    /// Notes, date notes, roles, quotes, explanations: all but the pre-filter's copy.
    notes: bool,
    /// Organisations' descriptions.
    org: bool,
    /// Glossary terms' definitions.
    term: bool,
    /// What only a search reads: events' titles, summaries and figures, people's names,
    /// glossary terms and their aliases.
    search: bool,
}

impl Prose {
    /// The pre-filter's copy for a link with a search (feature `prefilter`).
    const THIN: Prose = Prose {
        notes: false,
        org: false,
        term: false,
        search: true,
    };
    /// The pre-filter's copy for a link without one (feature `prefilter-facets`): ids, dates,
    /// stances, kinds, sources and organisations' names, as its filters and chips read.
    const FACETS: Prose = Prose {
        search: false,
        ..Prose::THIN
    };
}

fn view_cfgs() -> Vec<&'static str> {
    const VIEWS: [&str; 7] = [
        "home",
        "story",
        "timeline",
        "companies",
        "classroom",
        "glossary",
        "about",
    ];
    let feature = |v: &str| match v {
        "home" => "CARGO_FEATURE_LANDING".to_string(),
        v => format!("CARGO_FEATURE_VIEW_{}", v.to_uppercase()),
    };
    let named: Vec<&str> = VIEWS
        .into_iter()
        .filter(|v| std::env::var_os(feature(v)).is_some())
        .collect();
    let mut built = Vec::new();
    for v in VIEWS {
        println!("cargo::rustc-check-cfg=cfg(view_{v})");
        if named.is_empty() || named.contains(&v) {
            println!("cargo::rustc-cfg=view_{v}");
            built.push(v);
        }
    }
    built
}

fn s(v: &str) -> String {
    format!("{v:?}")
}

fn text(t: &Text) -> String {
    format!("Text {{ ko: {}, en: {} }}", s(&t.ko), s(&t.en))
}

fn opt_text(t: &Option<Text>) -> String {
    match t {
        Some(t) => format!("Some({})", text(t)),
        None => "None".into(),
    }
}

fn strs(v: &[String]) -> String {
    let items: Vec<String> = v.iter().map(|x| s(x)).collect();
    format!("&[{}]", items.join(", "))
}

fn date(d: &str) -> String {
    let (y, m, dd) = parse_date(d).expect("validated");
    format!("Date {{ y: {y}, m: {m}, d: {dd} }}")
}

fn cites(v: &[String]) -> String {
    let items: Vec<String> = v
        .iter()
        .map(|c| {
            let (src, para) = parse_cite(c).expect("validated");
            format!("Cite {{ source: {}, para: {para} }}", s(src))
        })
        .collect();
    format!("&[{}]", items.join(", "))
}

/// `under-way` → `UnderWay`
fn variant(slug: &str) -> String {
    slug.split('-')
        .map(|w| {
            let mut c = w.chars();
            match c.next() {
                Some(f) => f.to_ascii_uppercase().to_string() + c.as_str(),
                None => String::new(),
            }
        })
        .collect()
}

fn float(v: f64) -> String {
    format!("{v:?}")
}

fn figure(g: &raw::Figure) -> String {
    let conv = match &g.converted {
        Some(c) => format!(
            "Some(Converted {{ as_reported: {}, value: {}, unit: Unit::{} }})",
            s(&c.as_reported),
            float(c.value),
            variant(&c.unit)
        ),
        None => "None".into(),
    };
    format!(
        "Figure {{ label: {}, as_reported: {}, value: {}, value_max: {}, unit: Unit::{}, converted: {} }}",
        text(&g.label),
        s(&g.as_reported),
        float(g.value),
        g.value_max.map(|v| format!("Some({})", float(v))).unwrap_or("None".into()),
        variant(&g.unit),
        conv
    )
}

fn quote(r: &raw::Quote, thin: bool) -> String {
    if thin {
        return format!(
            "Quote {{ id: {}, speaker: {}, ko: \"\", en: \"\", context: Text {{ ko: \"\", en: \"\" }}, event: {}, cites: {}, note: None }}",
            s(&r.id),
            s(&r.speaker),
            r.event.as_deref().map(|p| format!("Some({})", s(p))).unwrap_or("None".into()),
            cites(&r.cite)
        );
    }
    format!(
        "Quote {{ id: {}, speaker: {}, ko: {}, en: {}, context: {}, event: {}, cites: {}, note: {} }}",
        s(&r.id),
        s(&r.speaker),
        s(&r.ko),
        s(&r.en),
        text(&r.context),
        r.event.as_deref().map(|p| format!("Some({})", s(p))).unwrap_or("None".into()),
        cites(&r.cite),
        opt_text(&r.note)
    )
}

/// The fact base as static Rust. `thin`: the copy the timeline's pre-filter build carries
/// (src/pages/timeline/prefilter.rs), without the prose it never reads (notes, date notes,
/// descriptions, roles, definitions, quotes, explanations); a native test
/// (`data::thin_tests`) checks that it filters and searches exactly as the full copy does.
fn emit(f: &Facts, carry: Prose) -> String {
    let thin = !carry.notes;
    let empty = || "Text { ko: \"\", en: \"\" }".to_string();
    let kept = |on: bool, t: &Text| if on { text(t) } else { empty() };
    let prose = |t: &Text| kept(!thin, t);
    let found = |t: &Text| kept(carry.search, t);
    let note = |t: &Option<Text>| {
        if thin {
            "None".to_string()
        } else {
            opt_text(t)
        }
    };
    let mut o = String::from("// Generated by build.rs from data/*.toml. Do not edit.\n");
    o.push_str("pub static SOURCES: &[Source] = &[\n");
    for r in &f.sources {
        let skip: Vec<String> = r.skip.iter().map(|k| k.para.to_string()).collect();
        writeln!(
            o,
            "Source {{ id: {}, outlet: {}, author: {}, headline: {}, date: {}, date_inferred: {}, date_note: {}, note: {}, skip: &[{}] }},",
            s(&r.id),
            text(&r.outlet),
            text(&r.author),
            text(&r.headline),
            date(&r.date),
            r.date_inferred,
            note(&r.date_note),
            note(&r.note),
            skip.join(", ")
        )
        .unwrap();
    }
    // The footer's short list of the articles on every page reads only this, so a view that
    // never shows an article's notes (the landing page) carries none of them.
    o.push_str("];\n\npub static SOURCE_LINES: &[SourceLine] = &[\n");
    for r in &f.sources {
        writeln!(
            o,
            "SourceLine {{ id: {}, outlet: {}, headline_ko: {}, date: {}, date_inferred: {} }},",
            s(&r.id),
            text(&r.outlet),
            s(&r.headline.ko),
            date(&r.date),
            r.date_inferred
        )
        .unwrap();
    }
    o.push_str("];\n\npub static ORGS: &[Org] = &[\n");
    for r in &f.orgs {
        writeln!(
            o,
            "Org {{ id: {}, name: {}, kind: OrgKind::{}, sector: Sector::{}, country: Country::{}, country_inferred: {}, parent: {}, description: OrgProse({}), cites: {} }},",
            s(&r.id),
            text(&r.name),
            variant(&r.kind),
            variant(&r.sector),
            variant(&r.country),
            r.country_inferred,
            r.parent.as_deref().map(|p| format!("Some({})", s(p))).unwrap_or("None".into()),
            kept(carry.org, &r.description),
            cites(&r.cite)
        )
        .unwrap();
    }
    o.push_str("];\n\npub static PEOPLE: &[Person] = &[\n");
    for r in &f.people {
        writeln!(
            o,
            "Person {{ id: {}, name: {}, role: {}, org: {}, cites: {} }},",
            s(&r.id),
            found(&r.name),
            prose(&r.role),
            s(&r.org),
            cites(&r.cite)
        )
        .unwrap();
    }
    o.push_str("];\n\npub static EVENTS: &[Event] = &[\n");
    for r in &f.events {
        let figures: Vec<String> = match carry.search {
            true => r.figures.iter().map(figure).collect(),
            false => Vec::new(),
        };
        writeln!(
            o,
            "Event {{ id: {}, date: {}, date_inferred: {}, date_note: {}, date_kind: DateKind::{}, title: {}, summary: {}, orgs: {}, people: {}, stance: Stance::{}, layer: Layer::{}, kind: Kind::{}, status: {}, figures: &[{}], cites: {}, note: {} }},",
            s(&r.id),
            date(&r.date),
            r.date_inferred,
            note(&r.date_note),
            variant(&r.date_kind.replace('_', "-")),
            found(&r.title),
            found(&r.summary),
            strs(&r.orgs),
            strs(&r.people),
            variant(&r.stance),
            variant(&r.layer),
            variant(&r.kind),
            r.status.as_deref().map(|v| format!("Some(Status::{})", variant(v))).unwrap_or("None".into()),
            figures.join(", "),
            cites(&r.cite),
            note(&r.note)
        )
        .unwrap();
    }
    o.push_str("];\n\n");
    o.push_str(&event_marks(f));
    o.push_str("pub static QUOTES: &[Quote] = &[\n");
    for r in &f.quotes {
        writeln!(o, "{},", quote(r, thin)).unwrap();
    }
    o.push_str("];\n\npub static TERMS: &[Term] = &[\n");
    for r in &f.terms {
        writeln!(
            o,
            "Term {{ id: {}, term: {}, definition: TermProse({}), aliases: {}, cites: {} }},",
            s(&r.id),
            found(&r.term),
            kept(carry.term, &r.definition),
            strs(if carry.search { &r.aliases } else { &[] }),
            cites(&r.cite)
        )
        .unwrap();
    }
    o.push_str("];\n\npub static PLACEMENTS: &[Placement] = &[\n");
    for r in &f.placements {
        let evidence: Vec<String> = r
            .evidence
            .iter()
            .map(|e| {
                let (src, para) = parse_cite(&e.cite).expect("validated");
                format!(
                    "Evidence {{ cite: Cite {{ source: {}, para: {para} }}, phrase: {} }}",
                    s(src),
                    s(&e.phrase)
                )
            })
            .collect();
        writeln!(
            o,
            "Placement {{ id: {}, org: {}, stance: Stance::{}, date: {}, date_inferred: {}, date_note: {}, reading_inferred: {}, note: {}, explanation: {}, evidence: &[{}] }},",
            s(&r.id),
            s(&r.org),
            variant(&r.stance),
            date(&r.date),
            r.date_inferred,
            note(&r.date_note),
            r.reading_inferred,
            note(&r.note),
            prose(&r.explanation),
            evidence.join(", ")
        )
        .unwrap();
    }
    o.push_str("];\n");
    o
}

/// The few records the landing page shows (`src/data/landing_ids.rs`), copied into their own
/// small table: the landing page's wasm then carries these and not the whole fact base.
fn emit_landing(f: &Facts) -> Result<String, String> {
    use landing_ids::{QUESTION, ROADS};
    let event = |id: &str| {
        f.events
            .iter()
            .find(|e| e.id == id)
            .ok_or_else(|| format!("no event `{id}` in data/events"))
    };
    let mut ids = vec![QUESTION];
    for road in &ROADS {
        for &(id, i) in road.figures {
            if event(id)?.figures.len() <= i {
                return Err(format!("event `{id}` has no figure {i}"));
            }
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
    }
    let mut o = String::from(
        "// Generated by build.rs from data/ and src/data/landing_ids.rs. Do not edit.\n",
    );
    o.push_str("pub static LANDING_EVENTS: &[Brief] = &[\n");
    for id in ids {
        let r = event(id)?;
        let figures: Vec<String> = r.figures.iter().map(figure).collect();
        let english: Vec<String> = r
            .figures
            .iter()
            .map(|g| s(&english(&g.as_reported, g.value, g.value_max, &g.unit)))
            .collect();
        writeln!(
            o,
            "Brief {{ id: {}, date: {}, date_inferred: {}, date_kind: DateKind::{}, title: {}, stance: Stance::{}, figures: &[{}], english: &[{}], cites: {} }},",
            s(&r.id),
            date(&r.date),
            r.date_inferred,
            variant(&r.date_kind.replace('_', "-")),
            text(&r.title),
            variant(&r.stance),
            figures.join(", "),
            english.join(", "),
            cites(&r.cite)
        )
        .unwrap();
    }
    o.push_str("];\n\npub static LANDING_QUOTES: &[Spoken] = &[\n");
    for road in &ROADS {
        let q = f
            .quotes
            .iter()
            .find(|q| q.id == road.quote)
            .ok_or_else(|| format!("no quote `{}` in data/quotes", road.quote))?;
        let person = f.people.iter().find(|p| p.id == q.speaker);
        let (name, role) = match person {
            Some(p) => (text(&p.name), format!("Some({})", text(&p.role))),
            None => {
                let org = f.orgs.iter().find(|o| o.id == q.speaker);
                let org = org.ok_or_else(|| format!("quote `{}`: unknown speaker", q.id))?;
                (text(&org.name), "None".into())
            }
        };
        writeln!(
            o,
            "Spoken {{ quote: {}, name: {name}, role: {role} }},",
            quote(q, false)
        )
        .unwrap();
    }
    // Events per stance, in the order of `Stance::ALL`, for the links into the timeline.
    let counts: Vec<String> = ["alliance", "sovereign", "hybrid", "context"]
        .iter()
        .map(|st| {
            f.events
                .iter()
                .filter(|e| e.stance == *st)
                .count()
                .to_string()
        })
        .collect();
    writeln!(
        o,
        "];\n\npub const STANCE_EVENTS: [usize; 4] = [{}];",
        counts.join(", ")
    )
    .unwrap();
    Ok(o)
}

/// `EVENT_MARKS`: each event's id, date, kind of date and stance, in the order of `EVENTS`.
/// The time axis reads only this table, so the landing page's wasm carries no event texts.
/// The records were validated with the rest; a mark the axis could not place (a date
/// without a year, a stance or kind of date it cannot draw) still stops the build here.
fn event_marks(f: &Facts) -> String {
    let mut o = String::from("pub static EVENT_MARKS: &[EventMark] = &[\n");
    for r in &f.events {
        let fail = |field: &str| -> ! {
            let file = f
                .origin
                .get(&format!("event:{}", r.id))
                .map_or("data/events", |s| s);
            panic!("invalid fact base: {file}: record `{}`: field `{field}`: the time axis cannot draw it", r.id)
        };
        match parse_date(&r.date) {
            Some((y, _, _)) if y > 0 => {}
            _ => fail("date"),
        }
        if !["dated", "reported_by"].contains(&r.date_kind.as_str()) {
            fail("date_kind");
        }
        if !raw::STANCES.contains(&r.stance.as_str()) {
            fail("stance");
        }
        writeln!(
            o,
            "EventMark {{ id: {}, date: {}, date_kind: DateKind::{}, stance: Stance::{} }},",
            s(&r.id),
            date(&r.date),
            variant(&r.date_kind.replace('_', "-")),
            variant(&r.stance)
        )
        .unwrap();
    }
    o.push_str("];\n\n");
    o
}
