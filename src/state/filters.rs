//! The timeline's filters as they travel in a link: one [`Filters`] value, parsed leniently
//! from a query string and written back in one canonical form. Plain Rust, tested natively.
//! The contract is documented in `docs/LINKS.md` and pinned by `tests/url_contract.rs`; the
//! parameters themselves are described once, in `params::TIMELINE_PARAMS`.
//!
//! Parsing never fails: every bad value (unknown id, malformed date, reversed range,
//! repeated parameter, over-long value, broken encoding, unknown parameter) is dropped on
//! its own and reported as an [`Ignored`], so the rest of the link still works.

use crate::data::{Date, Event, Kind, Layer, Stance};
use crate::state::params::{self, Context, Param, Values, TIMELINE, TIMELINE_PARAMS};
use crate::state::query;

pub use crate::state::params::{
    collapse_spaces, parse_date, shorten, span, FactBase, Ignored, Known, Reason, MAX_LIST_BYTES,
    MAX_Q_CHARS, MAX_REPORTED, MAX_SINGLE_BYTES,
};

const fn timeline_names() -> [&'static str; TIMELINE_PARAMS.len()] {
    let mut out = [""; TIMELINE_PARAMS.len()];
    let mut i = 0;
    while i < out.len() {
        out[i] = TIMELINE_PARAMS[i].name;
        i += 1;
    }
    out
}

/// The timeline's parameters, in the canonical order they are written in.
pub const PARAMS: [&str; TIMELINE_PARAMS.len()] = timeline_names();

/// Parameters every view shares; read by the shell (`app.rs`), skipped here silently.
pub const SHELL_PARAMS: [&str; 2] = ["lang", "embed"];

const fn count_renames(ps: &[Param], values: bool) -> usize {
    let (mut n, mut i) = (0, 0);
    while i < ps.len() {
        n += if values {
            ps[i].old_values.len()
        } else {
            ps[i].old_names.len()
        };
        i += 1;
    }
    n
}

const N_PARAM_RENAMES: usize = count_renames(TIMELINE_PARAMS, false);
const N_VALUE_RENAMES: usize = count_renames(TIMELINE_PARAMS, true);

/// Other names accepted for a parameter: `(old name, current name)`, derived from the old
/// names in `params::TIMELINE_PARAMS` (add a renamed parameter's old name there). They are
/// read like the current name and never written.
pub const PARAM_RENAMES: &[(&str, &str)] = &{
    let mut out = [("", ""); N_PARAM_RENAMES];
    let (mut i, mut k) = (0, 0);
    while i < TIMELINE_PARAMS.len() {
        let mut j = 0;
        while j < TIMELINE_PARAMS[i].old_names.len() {
            out[k] = (TIMELINE_PARAMS[i].old_names[j], TIMELINE_PARAMS[i].name);
            k += 1;
            j += 1;
        }
        i += 1;
    }
    out
};

/// Other values accepted for a parameter: `(parameter, old value, current value)`, derived
/// from `params::TIMELINE_PARAMS`. An id that is ever renamed in the fact base must be added
/// there so that shared links keep working; `tests/url_contract.rs` pins ids in use today.
pub const VALUE_RENAMES: &[(&str, &str, &str)] = &{
    let mut out = [("", "", ""); N_VALUE_RENAMES];
    let (mut i, mut k) = (0, 0);
    while i < TIMELINE_PARAMS.len() {
        let mut j = 0;
        while j < TIMELINE_PARAMS[i].old_values.len() {
            let (old, new) = TIMELINE_PARAMS[i].old_values[j];
            out[k] = (TIMELINE_PARAMS[i].name, old, new);
            k += 1;
            j += 1;
        }
        i += 1;
    }
    out
};

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

// A facet is one bit of a `u32` pass mask (see `facets.rs`): a 33rd facet fails to compile
// instead of wrapping silently.
const _: () = assert!(Facet::ALL.len() <= u32::BITS as usize);

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
    pub fn bit(self) -> u32 {
        1 << (self as u32)
    }
}

impl Facet {
    /// The link parameters of this facet, as described in `params::TIMELINE_PARAMS`.
    pub fn params(self) -> &'static [&'static str] {
        match self {
            Facet::Stance => &["stance"],
            Facet::Layer => &["layer"],
            Facet::Company => &["company"],
            Facet::Kind => &["kind"],
            Facet::Source => &["source"],
            Facet::Dates => &["from", "to"],
            Facet::Search => &["q"],
            Facet::Ids => &["ids"],
        }
    }
    /// The facet a link parameter narrows, if it narrows (`event` and `sort` do not).
    pub fn of_param(name: &str) -> Option<Facet> {
        Facet::ALL.into_iter().find(|f| f.params().contains(&name))
    }
}

/// One active filter value, as shown in a removable chip: a parameter that narrows
/// ([`Facet::of_param`]) and one of its values as the canonical link writes it. Chips,
/// their order and their removal are derived from the parameters' descriptions
/// (`params::TIMELINE_PARAMS`): a list of vocabulary slugs or ids gives a chip per item, a
/// single value one chip, and a list of events (`ids`, a hand-picked selection) one chip.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Chip {
    pub param: &'static str,
    pub value: String,
}

impl Chip {
    /// A stable key (for keyed lists): `param:value`.
    pub fn key(&self) -> String {
        format!("{}:{}", self.param, self.value)
    }
    /// The parameter's description.
    pub fn describe(&self) -> &'static Param {
        describe(self.param)
    }
    /// For `ids`: how many events the selection holds.
    pub fn items(&self) -> usize {
        self.value.split(',').filter(|v| !v.is_empty()).count()
    }
}

/// The description of one of the timeline's parameters.
pub fn describe(name: &str) -> &'static Param {
    TIMELINE_PARAMS
        .iter()
        .find(|p| p.name == name)
        .expect("a parameter of TIMELINE_PARAMS")
}

/// Whether a parameter's list is shown as one chip per item (not a selection of events).
fn chip_per_item(p: &Param) -> bool {
    p.list && !matches!(p.domain, params::Domain::Id(params::IdSet::Event))
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
        self.toggle("stance", v.slug())
    }
    pub fn toggle_layer(&mut self, v: Layer) {
        self.toggle("layer", v.slug())
    }
    pub fn toggle_kind(&mut self, v: Kind) {
        self.toggle("kind", v.slug())
    }
    pub fn toggle_company(&mut self, id: &str) {
        self.toggle("company", id)
    }
    pub fn toggle_source(&mut self, id: &str) {
        self.toggle("source", id)
    }

    /// Every active filter value, in canonical order: one removable chip each.
    pub fn chips(&self) -> Vec<Chip> {
        let mut out = Vec::new();
        for (name, value) in self.to_query() {
            if Facet::of_param(name).is_none() {
                continue;
            }
            if chip_per_item(describe(name)) {
                out.extend(value.split(',').map(|v| Chip {
                    param: name,
                    value: v.to_string(),
                }));
            } else {
                out.push(Chip { param: name, value });
            }
        }
        out
    }

    /// The same filters without one chip's value.
    pub fn without_chip(&self, chip: &Chip) -> Filters {
        let mut v = self.to_values();
        let kept = if chip_per_item(chip.describe()) {
            let mut items = v.list(chip.param).to_vec();
            items.retain(|x| *x != chip.value);
            items
        } else {
            Vec::new()
        };
        v.set_list(chip.param, kept);
        Filters::from_values(&v)
    }

    /// Whether `value` of the list parameter `param` is selected.
    pub fn selected(&self, param: &'static str, value: &str) -> bool {
        self.to_values().list(param).iter().any(|x| x == value)
    }

    /// Select `value` of the list parameter `param`, or unselect it if selected.
    pub fn toggle(&mut self, param: &'static str, value: &str) {
        let mut v = self.to_values();
        let mut items = v.list(param).to_vec();
        match items.iter().position(|x| x == value) {
            Some(i) => {
                items.remove(i);
            }
            None => items.push(value.to_string()),
        }
        v.set_list(param, items);
        // Back through the typed lists, which keep their canonical order.
        let mut f = Filters::from_values(&v);
        f.sort_lists();
        *self = f;
    }

    /// Lists in canonical order (vocabulary order, ids alphabetical), without duplicates.
    fn sort_lists(&mut self) {
        for l in [&mut self.company, &mut self.source, &mut self.ids] {
            l.sort();
            l.dedup();
        }
        self.stance.sort();
        self.stance.dedup();
        self.layer.sort();
        self.layer.dedup();
        self.kind.sort();
        self.kind.dedup();
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
        params::overlaps(d, self.from, self.to)
    }

    /// The link's parameters, in canonical order, only those that differ from the defaults.
    /// Build the query string with `query::build` (after the shell's `lang`/`embed`).
    pub fn to_query(&self) -> Vec<(&'static str, String)> {
        params::format(&TIMELINE, &self.to_values())
    }

    /// These filters as the parameters' values (see `params::Values`).
    pub fn to_values(&self) -> Values {
        let mut v = Values::default();
        v.set_list("stance", params::slugs(&self.stance))
            .set_list("layer", params::slugs(&self.layer))
            .set_list("company", self.company.clone())
            .set_list("kind", params::slugs(&self.kind))
            .set_list("source", self.source.clone())
            .set_list("ids", self.ids.clone())
            .set("q", Some(self.q.clone()))
            .set("from", self.from.map(Date::iso))
            .set("to", self.to.map(Date::iso))
            .set("event", self.event.clone())
            .set(
                "sort",
                (self.sort == Sort::Oldest).then(|| "old".to_string()),
            );
        v
    }

    /// The query string (`?…` or empty) of these filters alone, without shell parameters.
    pub fn to_search(&self) -> String {
        query::build(&self.to_query())
    }
}

/// Parse a query string against the real fact base. See [`parse_with`].
pub fn parse(search: &str) -> (Filters, Vec<Ignored>) {
    parse_with(search, &FactBase)
}

/// Parse a query string (leading `?` optional) into filters, leniently, by the rules of
/// `params::parse` (lists merge; a repeated single value: the later wins, the earlier is
/// reported), then `to` ending before `from` starts is dropped (`ReversedRange`).
pub fn parse_with(search: &str, known: &dyn Known) -> (Filters, Vec<Ignored>) {
    let (mut v, mut ignored) = params::parse(search, &TIMELINE, &Context::new(known));
    v.drop_reversed_range(&mut ignored);
    (Filters::from_values(&v), params::bounded(ignored))
}

impl Filters {
    /// Filters from the parameters' values (already checked by `params::parse`).
    pub fn from_values(v: &Values) -> Filters {
        Filters {
            stance: params::typed(v.list("stance")),
            layer: params::typed(v.list("layer")),
            company: v.list("company").to_vec(),
            kind: params::typed(v.list("kind")),
            source: v.list("source").to_vec(),
            ids: v.list("ids").to_vec(),
            q: v.one("q").unwrap_or_default().to_string(),
            from: v.date("from"),
            to: v.date("to"),
            event: v.one("event").map(str::to_string),
            sort: match v.one("sort") {
                Some("old") => Sort::Oldest,
                _ => Sort::Newest,
            },
        }
    }
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

    /// The ignored values as `key=value`, in order, each checked to be ignored for `why`.
    fn ignored_for(i: &[Ignored], why: Reason) -> Vec<String> {
        i.iter()
            .map(|i| {
                assert_eq!(i.reason, why, "{}={}", i.key, i.value);
                format!("{}={}", i.key, i.value)
            })
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
            ignored_for(&ign, Reason::UnknownValue),
            ["company=nosuch", "stance=<script>", "layer=soup", "kind=x"]
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
            ignored_for(&ign, Reason::UnknownParameter),
            ["colour=blue", "utm_source=x"]
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
            ignored_for(&ign, Reason::Repeated),
            ["from=2023", "q=a", "sort=old"]
        );
        // A bad later value does not displace a good earlier one.
        let (f, ign) = p("from=2023&from=2023-13");
        assert_eq!(f.from.map(|d| d.iso()).as_deref(), Some("2023"));
        assert_eq!(ignored_for(&ign, Reason::BadDate), ["from=2023-13"]);
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
        assert_eq!(ignored_for(&ign, Reason::ReversedRange), ["to=2024-06"]);
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
        let g = f.without_chip(&Chip {
            param: "company",
            value: "kt".into(),
        });
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
    fn chips_follow_the_parameter_descriptions() {
        let (f, _) = p("to=2025&ids=naver-hyperclova-x,kt-microsoft-deal&q=hbm&source=hankyung&kind=model&company=naver,kt&layer=chips&stance=hybrid,sovereign&sort=old&event=kt-microsoft-deal");
        let keys: Vec<String> = f.chips().iter().map(Chip::key).collect();
        // Link order; a chip per list item, one for the selection of events, none for the
        // order or the opened event.
        assert_eq!(
            keys,
            [
                "stance:sovereign",
                "stance:hybrid",
                "layer:chips",
                "company:kt",
                "company:naver",
                "kind:model",
                "source:hankyung",
                "ids:kt-microsoft-deal,naver-hyperclova-x",
                "q:hbm",
                "to:2025"
            ]
        );
        assert_eq!(f.chips()[7].items(), 2);
        // Removing each chip removes exactly its value, and nothing else.
        for chip in f.chips() {
            let g = f.without_chip(&chip);
            assert!(!g.chips().contains(&chip), "{}", chip.key());
            assert_eq!(g.chips().len(), f.chips().len() - 1, "{}", chip.key());
            assert_eq!(
                (g.sort, g.event.as_deref()),
                (Sort::Oldest, Some("kt-microsoft-deal"))
            );
        }
        // Every parameter that narrows belongs to a facet, and every facet's parameters are
        // described.
        for p in TIMELINE_PARAMS {
            let narrows = !["event", "sort"].contains(&p.name);
            assert_eq!(Facet::of_param(p.name).is_some(), narrows, "{}", p.name);
        }
        for facet in Facet::ALL {
            for name in facet.params() {
                assert_eq!(describe(name).name, *name);
            }
        }
    }

    #[test]
    fn toggling_by_parameter_keeps_the_canonical_order() {
        let mut f = Filters::default();
        f.toggle("stance", "sovereign");
        f.toggle("stance", "alliance");
        f.toggle("company", "naver");
        f.toggle("company", "kt");
        assert_eq!(f.stance, vec![Stance::Alliance, Stance::Sovereign]);
        assert_eq!(f.company, vec!["kt", "naver"]);
        assert!(f.selected("company", "kt") && !f.selected("company", "lg"));
        f.toggle("company", "kt");
        assert_eq!(f.company, vec!["naver"]);
        assert_eq!(f.to_search(), "?stance=alliance,sovereign&company=naver");
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
