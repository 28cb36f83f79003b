//! The pre-filter's thinned fact base (`build.rs`, `emit(…, true)`) against the full one:
//! it must search and filter exactly as the app does, and it must be thinner.

use super::types::*;
use super::{EVENTS, ORGS, PEOPLE, TERMS};
use crate::state::facets::evaluate;
use crate::state::filters;
use crate::state::search::SearchIndex;

// Only what the pre-filter reads is compared; the rest of the table is unused here.
#[allow(dead_code)]
mod thin {
    use crate::data::types::*;
    include!(concat!(env!("OUT_DIR"), "/facts_thin.rs"));
}

// The pre-filter's copy for links without a search (feature `prefilter-facets`).
#[allow(dead_code)]
mod facets {
    use crate::data::types::*;
    include!(concat!(env!("OUT_DIR"), "/facts_facets.rs"));
}

fn thin_name(id: &str) -> Option<Text> {
    let person = thin::PEOPLE.iter().find(|p| p.id == id).map(|p| p.name);
    person.or_else(|| thin::ORGS.iter().find(|o| o.id == id).map(|o| o.name))
}

#[test]
fn the_thin_copy_keeps_every_field_the_filters_and_search_read() {
    assert_eq!(thin::EVENTS.len(), EVENTS.len());
    for (t, f) in thin::EVENTS.iter().zip(EVENTS) {
        let same = t.id == f.id
            && t.date == f.date
            && t.date_inferred == f.date_inferred
            && t.date_kind == f.date_kind
            && t.title == f.title
            && t.summary == f.summary
            && t.orgs == f.orgs
            && t.people == f.people
            && t.stance == f.stance
            && t.layer == f.layer
            && t.kind == f.kind
            && t.status == f.status
            && t.figures == f.figures
            && t.cites == f.cites;
        assert!(
            same,
            "event {}: the thin copy differs from the full one",
            f.id
        );
    }
    let orgs = |v: &[Org]| -> Vec<(&str, Text)> { v.iter().map(|o| (o.id, o.name)).collect() };
    assert_eq!(orgs(thin::ORGS), orgs(ORGS));
    let people = |v: &[Person]| -> Vec<(&str, Text)> { v.iter().map(|p| (p.id, p.name)).collect() };
    assert_eq!(people(thin::PEOPLE), people(PEOPLE));
    let terms = |v: &'static [Term]| -> Vec<(&str, Text, &[&str])> {
        v.iter().map(|t| (t.id, t.term, t.aliases)).collect()
    };
    assert_eq!(terms(thin::TERMS), terms(TERMS));
}

#[test]
fn the_thin_copy_builds_the_same_search_index() {
    let full = SearchIndex::build(EVENTS, super::speaker_name);
    let thin = SearchIndex::build(thin::EVENTS, thin_name);
    assert_eq!(format!("{thin:?}"), format!("{full:?}"));
}

#[test]
fn the_thin_copy_filters_links_as_the_full_one() {
    let full_index = SearchIndex::build(EVENTS, super::speaker_name);
    let thin_index = SearchIndex::build(thin::EVENTS, thin_name);
    let links = [
        "?company=naver&from=2024",
        "?stance=sovereign",
        "?stance=alliance,both&to=2024-06",
        "?q=HBM",
        "?q=네이버",
        "?q=소버린",
        "?q=엔비디아 협력",
        "?q=GPU&company=sk-hynix",
        "?layer=chips",
        "?q=2,000억",
    ];
    let mut shown = 0;
    for link in links {
        let (f, _) = filters::parse(link);
        let a = evaluate(thin::EVENTS, &thin_index, &f);
        let b = evaluate(EVENTS, &full_index, &f);
        assert_eq!(a, b, "{link}");
        shown += b.shown.len();
    }
    assert!(shown > 0, "the links above show some events");
}

#[test]
fn the_thin_copy_leaves_out_the_prose() {
    fn bytes(t: Option<Text>) -> usize {
        t.map_or(0, |t| t.ko.len() + t.en.len())
    }
    let prose = |events: &[Event], orgs: &[Org], terms: &[Term], quotes: &[Quote]| -> usize {
        events
            .iter()
            .map(|e| bytes(e.note) + bytes(e.date_note))
            .chain(orgs.iter().map(|o| bytes(Some(*o.description))))
            .chain(terms.iter().map(|t| bytes(Some(*t.definition))))
            .chain(quotes.iter().map(|q| q.ko.len() + q.en.len()))
            .sum()
    };
    let full = prose(EVENTS, ORGS, TERMS, super::QUOTES);
    let thin = prose(thin::EVENTS, thin::ORGS, thin::TERMS, thin::QUOTES);
    assert_eq!(thin, 0);
    assert!(full > 50_000, "the full copy's prose: {full} bytes");
}

/// Links without a search: every facet, alone and combined, with ids and dates of each kind.
const FACET_LINKS: [&str; 12] = [
    "?company=naver&from=2024",
    "?stance=sovereign",
    "?stance=alliance,both&to=2024-06",
    "?layer=chips",
    "?company=sk-hynix,kt",
    "?kind=investment,partnership&from=2023-03&to=2025-05-31",
    "?source=ekorea",
    "?ids=naver-selective-strategic-ai-investment,naver-capex-share-of-revenue-to-rise",
    "?event=nvidia-asks-sk-hynix-to-advance-hbm4&company=sk-hynix",
    "?stance=hybrid&layer=models,chips&company=naver,lg",
    "?from=2025",
    "?company=microsoft&stance=alliance&sort=old",
];

#[test]
fn the_facets_copy_filters_links_without_a_search_as_the_full_one() {
    assert_eq!(facets::EVENTS.len(), EVENTS.len());
    for (t, f) in facets::EVENTS.iter().zip(EVENTS) {
        let same = t.id == f.id
            && t.date == f.date
            && t.date_kind == f.date_kind
            && t.orgs == f.orgs
            && t.people == f.people
            && t.stance == f.stance
            && t.layer == f.layer
            && t.kind == f.kind
            && t.status == f.status
            && t.cites == f.cites;
        assert!(
            same,
            "event {}: the facets copy differs from the full one",
            f.id
        );
    }
    let orgs = |v: &[Org]| -> Vec<(&str, Text)> { v.iter().map(|o| (o.id, o.name)).collect() };
    assert_eq!(orgs(facets::ORGS), orgs(ORGS));
    let full_index = SearchIndex::build(EVENTS, super::speaker_name);
    let facets_index = SearchIndex::build(facets::EVENTS, |_| None);
    let mut shown = 0;
    for link in FACET_LINKS {
        let (f, ignored) = filters::parse(link);
        assert!(ignored.is_empty(), "{link}: {ignored:?}");
        let a = evaluate(facets::EVENTS, &facets_index, &f);
        let b = evaluate(EVENTS, &full_index, &f);
        assert_eq!(a, b, "{link}");
        shown += b.shown.len();
    }
    assert!(shown > 0, "the links above show some events");
}

#[test]
fn the_facets_copy_leaves_out_what_only_a_search_reads() {
    let text = |t: &Text| t.ko.len() + t.en.len();
    let searched = |events: &[Event], people: &[Person], terms: &[Term]| -> usize {
        events
            .iter()
            .map(|e| text(&e.title) + text(&e.summary) + e.figures.len())
            .chain(people.iter().map(|p| text(&p.name)))
            .chain(terms.iter().map(|t| text(&t.term) + t.aliases.len()))
            .sum()
    };
    assert_eq!(searched(facets::EVENTS, facets::PEOPLE, facets::TERMS), 0);
    let thin = searched(thin::EVENTS, thin::PEOPLE, thin::TERMS);
    assert!(
        thin > 30_000,
        "the search copy's searched text: {thin} bytes"
    );
}
