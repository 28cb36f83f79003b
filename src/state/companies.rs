//! The companies view's link parameters, parsed leniently and written back minimally.
//!
//! - `company=<slug>`: open one organisation's card on its own (first known slug wins);
//! - `stance`, `sector`, `country`, `kind`: facets of the card grid (comma-separated, any of);
//!   a card's stance is where the articles place the organisation now (`context`: they do
//!   not characterise it; see `crate::data::placement`); `stance` also filters the alliance network's edges by the stance of their event;
//! - `q`: free-text search over both languages' names and descriptions;
//! - `from`, `to`: the alliance network's date window (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
//!
//! Bad values are dropped and returned as `key=value` strings for the ignored-values note.

use super::query::{self, MAX_VALUE};
use super::text::shorten;
use crate::data::{org, Country, Date, OrgKind, Sector, Stance};

#[derive(Clone, Debug, Default, PartialEq)]
pub struct CompaniesQuery {
    pub company: Option<&'static str>,
    pub stance: Vec<Stance>,
    pub sector: Vec<Sector>,
    pub country: Vec<Country>,
    pub kind: Vec<OrgKind>,
    pub q: String,
    pub from: Option<Date>,
    pub to: Option<Date>,
}

/// A date as links write it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a real calendar date).
pub fn parse_date(s: &str) -> Option<Date> {
    let mut parts = s.trim().split('-');
    let num = |p: Option<&str>, len: usize| -> Option<u32> {
        let p = p?;
        (p.len() == len && p.bytes().all(|b| b.is_ascii_digit()))
            .then(|| p.parse().ok())
            .flatten()
    };
    let y = num(parts.next(), 4)?;
    if !(1990..=2100).contains(&y) {
        return None;
    }
    let m = match parts.next() {
        None => 0,
        p => num(p, 2).filter(|m| (1..=12).contains(m))?,
    };
    let d = match parts.next() {
        None => 0,
        p => {
            let days = match m {
                2 if y % 4 == 0 && (y % 100 != 0 || y % 400 == 0) => 29,
                2 => 28,
                4 | 6 | 9 | 11 => 30,
                _ => 31,
            };
            num(p, 2).filter(|d| (1..=days).contains(d))?
        }
    };
    if parts.next().is_some() {
        return None;
    }
    Some(Date {
        y: y as u16,
        m: m as u8,
        d: d as u8,
    })
}

/// The last day a date at its precision covers, as a sort key (`2024` → 2024-12-31).
pub fn end_key(d: Date) -> u32 {
    let m = if d.m == 0 { 12 } else { d.m as u32 };
    let day = if d.d == 0 { 31 } else { d.d as u32 };
    d.y as u32 * 10_000 + m * 100 + day
}

/// Whether a date (at its own precision) overlaps the window `[from, to]`.
pub fn in_window(d: Date, from: Option<Date>, to: Option<Date>) -> bool {
    from.is_none_or(|f| end_key(d) >= f.key()) && to.is_none_or(|t| d.key() <= end_key(t))
}

/// Parse a comma-separated set of vocabulary slugs, keeping known ones in vocabulary order.
fn parse_set<T: Copy + Ord>(
    key: &str,
    value: &str,
    from_slug: fn(&str) -> Option<T>,
    into: &mut Vec<T>,
    ignored: &mut Vec<String>,
) {
    for v in value.split(',').map(str::trim).filter(|v| !v.is_empty()) {
        match from_slug(&v.to_ascii_lowercase()) {
            // Kept in vocabulary order, so that the written link is canonical.
            Some(x) if !into.contains(&x) => {
                let at = into.partition_point(|y| *y < x);
                into.insert(at, x);
            }
            Some(_) => {}
            None => ignored.push(format!("{key}={}", shorten(v))),
        }
    }
}

impl CompaniesQuery {
    /// Read the view's parameters from a query string; other keys are left to the shell.
    pub fn parse(search: &str) -> (CompaniesQuery, Vec<String>) {
        let mut q = CompaniesQuery::default();
        let mut ignored = Vec::new();
        for p in query::pairs(search) {
            let value: String = p.value.chars().take(MAX_VALUE).collect();
            match p.key.as_str() {
                "company" => {
                    for v in value.split(',').map(str::trim).filter(|v| !v.is_empty()) {
                        match org(&v.to_ascii_lowercase()) {
                            Some(o) if q.company.is_none() => q.company = Some(o.id),
                            Some(o) if q.company == Some(o.id) => {}
                            _ => ignored.push(format!("company={}", shorten(v))),
                        }
                    }
                }
                "stance" => parse_set(
                    "stance",
                    &value,
                    Stance::from_slug,
                    &mut q.stance,
                    &mut ignored,
                ),
                "sector" => parse_set(
                    "sector",
                    &value,
                    Sector::from_slug,
                    &mut q.sector,
                    &mut ignored,
                ),
                "country" => parse_set(
                    "country",
                    &value,
                    Country::from_slug,
                    &mut q.country,
                    &mut ignored,
                ),
                "kind" => parse_set(
                    "kind",
                    &value,
                    OrgKind::from_slug,
                    &mut q.kind,
                    &mut ignored,
                ),
                "q" => q.q = value,
                "from" | "to" => {
                    if value.trim().is_empty() {
                        continue;
                    }
                    match parse_date(&value) {
                        Some(d) if p.key == "from" => q.from = Some(d),
                        Some(d) => q.to = Some(d),
                        None => ignored.push(format!("{}={}", p.key, shorten(&value))),
                    }
                }
                _ => {}
            }
        }
        // A window that ends before it starts keeps its start (as the timeline does).
        if let (Some(f), Some(t)) = (q.from, q.to) {
            if end_key(t) < f.key() {
                ignored.push(format!("to={}", t.iso()));
                q.to = None;
            }
        }
        (q, ignored)
    }

    /// The view's parameters in link order; defaults are left out.
    pub fn pairs(&self) -> Vec<(&'static str, String)> {
        fn join<T: Copy>(v: &[T], slug: fn(T) -> &'static str) -> String {
            v.iter().map(|x| slug(*x)).collect::<Vec<_>>().join(",")
        }
        let mut out = Vec::new();
        if let Some(c) = self.company {
            out.push(("company", c.to_string()));
        }
        out.push(("stance", join(&self.stance, Stance::slug)));
        out.push(("sector", join(&self.sector, Sector::slug)));
        out.push(("country", join(&self.country, Country::slug)));
        out.push(("kind", join(&self.kind, OrgKind::slug)));
        out.push(("q", self.q.clone()));
        out.push(("from", self.from.map(Date::iso).unwrap_or_default()));
        out.push(("to", self.to.map(Date::iso).unwrap_or_default()));
        out.retain(|(_, v)| !v.is_empty());
        out
    }

    /// Whether any card facet or the search is set (the grid is narrowed).
    pub fn narrows_cards(&self) -> bool {
        !(self.stance.is_empty()
            && self.sector.is_empty()
            && self.country.is_empty()
            && self.kind.is_empty()
            && self.q.trim().is_empty())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn parses_every_parameter() {
        let (q, ignored) = CompaniesQuery::parse(
            "?company=naver&stance=sovereign,alliance&sector=chips&country=kr&kind=company&q=%EB%84%A4&from=2023&to=2024-06",
        );
        assert!(ignored.is_empty(), "{ignored:?}");
        assert_eq!(q.company, Some("naver"));
        assert_eq!(q.stance, vec![Stance::Alliance, Stance::Sovereign]);
        assert_eq!(q.sector, vec![Sector::Chips]);
        assert_eq!(q.country, vec![Country::Kr]);
        assert_eq!(q.kind, vec![OrgKind::Company]);
        assert_eq!(q.q, "네");
        assert_eq!(
            q.from,
            Some(Date {
                y: 2023,
                m: 0,
                d: 0
            })
        );
        assert_eq!(
            q.to,
            Some(Date {
                y: 2024,
                m: 6,
                d: 0
            })
        );
    }

    #[test]
    fn bad_values_are_dropped_and_named() {
        let (q, ignored) = CompaniesQuery::parse(
            "company=nope,kt&stance=alliance,maybe&sector=&from=2024-13&to=yesterday&country=KR",
        );
        assert_eq!(q.company, Some("kt"));
        assert_eq!(q.stance, vec![Stance::Alliance]);
        assert_eq!(q.country, vec![Country::Kr], "slugs are case-insensitive");
        assert_eq!(q.from, None);
        assert_eq!(
            ignored,
            vec![
                "company=nope",
                "stance=maybe",
                "from=2024-13",
                "to=yesterday"
            ]
        );
    }

    #[test]
    fn a_reversed_window_drops_its_end() {
        let (q, ignored) = CompaniesQuery::parse("from=2025&to=2024-06");
        assert_eq!((q.from.map(|d| d.y), q.to), (Some(2025), None));
        assert_eq!(ignored, vec!["to=2024-06"]);
    }

    #[test]
    fn a_second_company_is_ignored_not_merged() {
        let (q, ignored) = CompaniesQuery::parse("company=naver,kt");
        assert_eq!(q.company, Some("naver"));
        assert_eq!(ignored, vec!["company=kt"]);
    }

    #[test]
    fn only_non_default_values_are_written_and_round_trip() {
        assert!(CompaniesQuery::default().pairs().is_empty());
        let (q, _) = CompaniesQuery::parse("stance=hybrid&q=SK+hynix&to=2024-12-31");
        let written = query::build(&q.pairs());
        assert_eq!(written, "?stance=hybrid&q=SK+hynix&to=2024-12-31");
        assert_eq!(CompaniesQuery::parse(&written).0, q);
    }

    #[test]
    fn dates_parse_at_their_precision_and_windows_overlap() {
        assert_eq!(parse_date("2024-02-29").map(|d| d.d), Some(29));
        assert_eq!(parse_date("2023-02-29"), None);
        assert_eq!(parse_date("24"), None);
        assert_eq!(parse_date("2024-1"), None);
        assert_eq!(parse_date("2024-01-01-01"), None);
        let d = |s| parse_date(s).unwrap();
        // A year-only event overlaps a window that starts mid-year.
        assert!(in_window(d("2024"), Some(d("2024-06")), None));
        assert!(!in_window(d("2023"), Some(d("2024")), None));
        assert!(in_window(d("2024-12"), None, Some(d("2024"))));
        assert!(!in_window(d("2025-01"), None, Some(d("2024-12-31"))));
        assert!(in_window(
            d("2024-07-21"),
            Some(d("2024-07-21")),
            Some(d("2024-07-21"))
        ));
    }

    proptest! {
        #[test]
        fn never_panics(s in ".{0,300}") {
            let (q, _) = CompaniesQuery::parse(&s);
            let again = CompaniesQuery::parse(&query::build(&q.pairs())).0;
            prop_assert_eq!(again, q);
        }
    }
}
