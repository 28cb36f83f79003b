//! The companies view's link parameters (described in `params::COMPANIES`), parsed
//! leniently and written back minimally.
//!
//! - `company=<slug>`: open one organisation's card on its own (first known slug wins);
//! - `stance`, `sector`, `country`, `kind`: facets of the card grid (comma-separated, any of);
//!   `stance` also filters the alliance network's edges by the stance of their event;
//! - `q`: free-text search over both languages' names and descriptions;
//! - `from`, `to`: the alliance network's date window (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`,
//!   read by the one date parser, `params::parse_date`).
//!
//! - `network=<slug>`: the alliance network's focus view, that organisation and its ties
//!   (first known slug wins).
//!
//! Bad values are dropped and returned as [`Ignored`] values for the ignored-values note.

use super::params::{self, Context, FactBase, Ignored, Values, COMPANIES};
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
    /// The organisation the alliance network is focused on.
    pub network: Option<&'static str>,
}

/// Whether a date (at its own precision) overlaps the window `[from, to]`: the same rule
/// as the timeline's (`params::overlaps`).
pub fn in_window(d: Date, from: Option<Date>, to: Option<Date>) -> bool {
    params::overlaps(d, from, to)
}

impl CompaniesQuery {
    /// Read the view's parameters from a query string; other keys are left to the shell.
    pub fn parse(search: &str) -> (CompaniesQuery, Vec<Ignored>) {
        let (mut v, mut ignored) = params::parse(search, &COMPANIES, &Context::new(&FactBase));
        // A window that ends before it starts keeps its start (as the timeline does).
        v.drop_reversed_range(&mut ignored);
        let q = CompaniesQuery {
            company: v.one("company").and_then(org).map(|o| o.id),
            stance: params::typed(v.list("stance")),
            sector: params::typed(v.list("sector")),
            country: params::typed(v.list("country")),
            kind: params::typed(v.list("kind")),
            q: v.one("q").unwrap_or_default().to_string(),
            from: v.date("from"),
            to: v.date("to"),
            network: v.one("network").and_then(org).map(|o| o.id),
        };
        (q, params::bounded(ignored))
    }

    /// The view's parameters in link order; defaults are left out.
    pub fn pairs(&self) -> Vec<(&'static str, String)> {
        let mut v = Values::default();
        v.set("company", self.company.map(str::to_string))
            .set_list("stance", params::slugs(&self.stance))
            .set_list("sector", params::slugs(&self.sector))
            .set_list("country", params::slugs(&self.country))
            .set_list("kind", params::slugs(&self.kind))
            .set("q", Some(self.q.clone()))
            .set("from", self.from.map(Date::iso))
            .set("to", self.to.map(Date::iso))
            .set("network", self.network.map(str::to_string));
        params::format(&COMPANIES, &v)
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
    use crate::state::params::{parse_date, Reason};
    use crate::state::query;
    use proptest::prelude::*;

    fn pairs(i: &[Ignored]) -> Vec<String> {
        i.iter().map(Ignored::pair).collect()
    }

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
            pairs(&ignored),
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
        assert_eq!(pairs(&ignored), vec!["to=2024-06"]);
        assert_eq!(ignored[0].reason, Reason::ReversedRange);
    }

    #[test]
    fn the_network_focus_round_trips_and_drops_unknown_firms() {
        let (q, ignored) = CompaniesQuery::parse("network=naver&stance=alliance");
        assert!(ignored.is_empty(), "{ignored:?}");
        assert_eq!((q.network, q.company), (Some("naver"), None));
        assert_eq!(CompaniesQuery::parse(&query::build(&q.pairs())).0, q);
        assert!(q
            .pairs()
            .iter()
            .any(|(k, v)| *k == "network" && v == "naver"));
        let (q, ignored) = CompaniesQuery::parse("network=nope,kt");
        assert_eq!(q.network, Some("kt"));
        assert_eq!(pairs(&ignored), vec!["network=nope"]);
    }

    #[test]
    fn a_second_company_is_ignored_not_merged() {
        let (q, ignored) = CompaniesQuery::parse("company=naver,kt");
        assert_eq!(q.company, Some("naver"));
        assert_eq!(pairs(&ignored), vec!["company=kt"]);
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
        // One date parser everywhere: the timeline's lenient `2024-1` is January 2024 here too.
        assert_eq!(
            parse_date("2024-1").map(Date::iso).as_deref(),
            Some("2024-01")
        );
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
