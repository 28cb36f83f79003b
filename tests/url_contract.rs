//! The timeline's link contract, pinned (see `docs/LINKS.md`).
//!
//! The URLs below are written exactly as the site writes them today and as readers have
//! shared them. If a parameter, a vocabulary slug or an id is renamed, these tests fail:
//! add the old name to `PARAM_RENAMES` / `VALUE_RENAMES` in `src/state/filters.rs` (so old
//! links keep working) instead of editing the URLs here.

use crossroads::data::{Date, Kind, Layer, Stance, EVENTS, ORGS, SOURCES};
use crossroads::state::filters::{parse, Filters, Reason, Sort, PARAMS, PARAM_RENAMES};
use crossroads::state::query;
use crossroads::state::route::View;

/// The query string of a full URL (without `#fragment`).
fn search_of(url: &str) -> &str {
    let url = url.split('#').next().unwrap_or(url);
    url.split_once('?').map_or("", |(_, q)| q)
}

fn date(y: u16, m: u8, d: u8) -> Option<Date> {
    Some(Date { y, m, d })
}

fn strs(v: &[String]) -> Vec<&str> {
    v.iter().map(String::as_str).collect()
}

#[test]
fn a_company_since_a_year() {
    let url = "https://example.org/crossroads/timeline/?lang=ko&company=naver&from=2024";
    assert_eq!(
        View::from_path("/crossroads/timeline/", "/crossroads"),
        View::Timeline
    );
    let (f, ignored) = parse(search_of(url));
    assert!(ignored.is_empty(), "{ignored:?}");
    assert_eq!(strs(&f.company), ["naver"]);
    assert_eq!(f.from, date(2024, 0, 0));
    assert_eq!(f.to, None);
    assert_eq!(f.sort, Sort::Newest);
    assert_eq!(f.to_search(), "?company=naver&from=2024");
}

#[test]
fn every_parameter_at_once() {
    let url = "https://example.org/crossroads/timeline/?lang=en&stance=alliance,sovereign\
               &layer=chips,models&company=kt,sk-hynix&kind=investment,partnership\
               &source=hankyung,techm&q=HBM+%EB%84%A4%EC%9D%B4%EB%B2%84&from=2023-06\
               &to=2025-03-31&event=kt-microsoft-ai-cloud-partnership&sort=old";
    let (f, ignored) = parse(search_of(url));
    assert!(ignored.is_empty(), "{ignored:?}");
    assert_eq!(f.stance, [Stance::Alliance, Stance::Sovereign]);
    assert_eq!(f.layer, [Layer::Chips, Layer::Models]);
    assert_eq!(strs(&f.company), ["kt", "sk-hynix"]);
    assert_eq!(f.kind, [Kind::Investment, Kind::Partnership]);
    assert_eq!(strs(&f.source), ["hankyung", "techm"]);
    assert_eq!(f.q, "HBM 네이버");
    assert_eq!(f.from, date(2023, 6, 0));
    assert_eq!(f.to, date(2025, 3, 31));
    assert_eq!(
        f.event.as_deref(),
        Some("kt-microsoft-ai-cloud-partnership")
    );
    assert_eq!(f.sort, Sort::Oldest);
    // Written back in the same canonical form (the shell's `lang` is added by the site).
    assert_eq!(
        f.to_search(),
        "?stance=alliance,sovereign&layer=chips,models&company=kt,sk-hynix\
         &kind=investment,partnership&source=hankyung,techm&q=HBM+%EB%84%A4%EC%9D%B4%EB%B2%84\
         &from=2023-06&to=2025-03-31&event=kt-microsoft-ai-cloud-partnership&sort=old"
    );
}

#[test]
fn one_event() {
    let url = "https://example.org/crossroads/timeline/?event=sk-hynix-nvidia-partnership";
    let (f, ignored) = parse(search_of(url));
    assert!(ignored.is_empty());
    assert_eq!(f.event.as_deref(), Some("sk-hynix-nvidia-partnership"));
    assert!(!f.is_filtering(), "event= does not filter");
}

#[test]
fn every_source_and_stance_slug() {
    let url = "/crossroads/timeline/?source=digitaltimes,ekorea,genews,hankyung,techm\
               &stance=alliance,sovereign,hybrid,context";
    let (f, ignored) = parse(search_of(url));
    assert!(ignored.is_empty(), "{ignored:?}");
    assert_eq!(
        strs(&f.source),
        ["digitaltimes", "ekorea", "genews", "hankyung", "techm"]
    );
    assert_eq!(f.stance.len(), 4);
}

#[test]
fn every_layer_and_kind_slug() {
    let url = "/timeline/?layer=chips,cloud,models,services,policy,capital\
               &kind=investment,partnership,merger,product,model,chip,policy,ranking,market,research,strategy";
    let (f, ignored) = parse(search_of(url));
    assert!(ignored.is_empty(), "{ignored:?}");
    assert_eq!(f.layer.len(), Layer::ALL.len());
    assert_eq!(f.kind.len(), Kind::ALL.len());
}

#[test]
fn embedded_view_of_a_layer_from_a_month_to_a_year() {
    let url = "https://example.org/timeline/?lang=en&embed=1&layer=policy&from=2024-03&to=2025";
    let (f, ignored) = parse(search_of(url));
    assert!(ignored.is_empty());
    assert_eq!(f.layer, [Layer::Policy]);
    assert_eq!(f.from, date(2024, 3, 0));
    assert_eq!(f.to, date(2025, 0, 0));
}

#[test]
fn old_parameter_names_still_work() {
    let url = "/crossroads/timeline/?org=naver&orgs=kt&companies=sk-hynix&stances=both\
               &layers=chips&kinds=chip&sources=genews&search=hbm&since=2024&until=2025";
    let (f, ignored) = parse(search_of(url));
    assert!(ignored.is_empty(), "{ignored:?}");
    assert_eq!(strs(&f.company), ["kt", "naver", "sk-hynix"]);
    assert_eq!(f.stance, [Stance::Hybrid]);
    assert_eq!(f.layer, [Layer::Chips]);
    assert_eq!(f.kind, [Kind::Chip]);
    assert_eq!(strs(&f.source), ["genews"]);
    assert_eq!(f.q, "hbm");
    assert_eq!((f.from, f.to), (date(2024, 0, 0), date(2025, 0, 0)));
    assert_eq!(
        f.to_search(),
        "?stance=hybrid&layer=chips&company=kt,naver,sk-hynix&kind=chip&source=genews&q=hbm&from=2024&to=2025"
    );
}

#[test]
fn hostile_values_are_dropped_one_by_one() {
    let url =
        "/crossroads/timeline/?company=nosuch,naver&from=2024-13&stance=%3Cscript%3E&utm_source=x";
    let (f, ignored) = parse(search_of(url));
    assert_eq!(strs(&f.company), ["naver"]);
    assert_eq!(f.from, None);
    assert!(f.stance.is_empty());
    let got: Vec<(String, Reason)> = ignored.iter().map(|i| (i.pair(), i.reason)).collect();
    assert_eq!(
        got,
        [
            ("company=nosuch".to_string(), Reason::UnknownValue),
            ("from=2024-13".to_string(), Reason::BadDate),
            ("stance=<script>".to_string(), Reason::UnknownValue),
            ("utm_source=x".to_string(), Reason::UnknownParameter),
        ]
    );
}

#[test]
fn contradictory_and_repeated_values() {
    let (f, ignored) = parse("from=2025&to=2024&q=a&q=b");
    assert_eq!(f.from, date(2025, 0, 0));
    assert_eq!(f.to, None, "to before from: to is dropped");
    assert_eq!(f.q, "b", "the later single value wins");
    let reasons: Vec<Reason> = ignored.iter().map(|i| i.reason).collect();
    assert_eq!(reasons, [Reason::Repeated, Reason::ReversedRange]);
}

#[test]
fn the_parameter_set_is_pinned() {
    assert_eq!(
        PARAMS,
        [
            "stance", "layer", "company", "kind", "source", "ids", "q", "from", "to", "event",
            "sort"
        ]
    );
    for (old, _) in PARAM_RENAMES {
        assert!(!PARAMS.contains(old));
    }
    assert_eq!(Filters::default().to_search(), "");
}

#[test]
fn ids_are_safe_in_comma_lists() {
    // Comma-separated lists rely on ids being lowercase slugs without commas.
    let slug = |s: &str| {
        !s.is_empty()
            && s.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    };
    for id in ORGS
        .iter()
        .map(|o| o.id)
        .chain(SOURCES.iter().map(|s| s.id))
        .chain(EVENTS.iter().map(|e| e.id))
    {
        assert!(slug(id), "{id}");
        assert_eq!(query::encode(id), id, "{id} needs no escaping");
    }
}

#[test]
fn exactly_these_events() {
    // The story's evidence links: `ids=` shows exactly the listed events.
    let url = "https://example.org/crossroads/timeline/?lang=en&ids=kt-microsoft-ai-cloud-partnership,naver-hyperclova-x-non-english";
    let (f, ignored) = parse(search_of(url));
    assert!(ignored.is_empty(), "{ignored:?}");
    assert_eq!(
        strs(&f.ids),
        [
            "kt-microsoft-ai-cloud-partnership",
            "naver-hyperclova-x-non-english"
        ]
    );
    let shown: Vec<&str> = EVENTS
        .iter()
        .filter(|e| f.passes(crossroads::state::filters::Facet::Ids, e))
        .map(|e| e.id)
        .collect();
    assert_eq!(shown.len(), 2);
    assert_eq!(
        f.to_search(),
        "?ids=kt-microsoft-ai-cloud-partnership,naver-hyperclova-x-non-english"
    );
    let (g, ignored) = parse("ids=no-such-event,kt-microsoft-ai-cloud-partnership");
    assert_eq!(strs(&g.ids), ["kt-microsoft-ai-cloud-partnership"]);
    assert_eq!(ignored.len(), 1);
}
