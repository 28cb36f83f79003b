//! Filtering and faceted counts: which events a [`Filters`] value shows, and for every facet
//! value how many events it would show with the OTHER facets applied (the usual
//! faceted-search rule: values OR-ed within a facet, facets AND-ed). Plain Rust over any
//! `&[Event]`, so tests and benchmarks pass their own data.

use crate::data::Event;
use crate::state::filters::{Facet, Filters, Sort};
use crate::state::search::{words, SearchIndex};
use std::collections::BTreeMap;

/// The result of applying filters to a list of events.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Outcome {
    /// Indices of the events shown, in display order (by date, in the chosen order).
    pub shown: Vec<usize>,
    /// How many events there are in all.
    pub total: usize,
    /// For each value of each facet: the events shown if that facet were exactly
    /// "this value" added to the current selection, i.e. counted with the other facets
    /// applied, for every facet that counts its values ([`COUNTED`]).
    /// Keyed by `(parameter, value)` as the link writes them (`("stance", "sovereign")`,
    /// `("company", "naver")`); values no event has are absent (see [`Outcome::count`]).
    pub counts: BTreeMap<(&'static str, &'static str), usize>,
    /// For each facet in use: how many events would be shown without it (best first).
    pub relax: Vec<(Facet, usize)>,
}

/// Every facet's bit set: the event passes them all (`Facet::bit`; at most 32 facets).
const ALL_PASS: u32 = ((1u64 << Facet::ALL.len()) - 1) as u32;

/// Apply `filters` to `events`. `index` must have been built from the same slice
/// (`SearchIndex::build`); for the fact base use `search::fact_index()`.
pub fn evaluate(events: &[Event], index: &SearchIndex, filters: &Filters) -> Outcome {
    let q = words(&filters.q);
    let mut out = Outcome {
        total: events.len(),
        ..Outcome::default()
    };
    let mut relax = [0usize; Facet::ALL.len()];
    // The facets that are set; unset ones pass every event without looking.
    let active: Vec<Facet> = Facet::ALL.into_iter().filter(|f| filters.has(*f)).collect();
    // Selected organisations and sources as slots of the index (unknown ids match nothing).
    let selected = |table: &[&str], chosen: &[String]| -> Vec<bool> {
        table
            .iter()
            .map(|id| chosen.iter().any(|c| c == id))
            .collect()
    };
    let org_on = selected(&index.org_ids, &filters.company);
    let source_on = selected(&index.source_ids, &filters.source);
    let mut org_count = vec![0usize; index.org_ids.len()];
    let mut source_count = vec![0usize; index.source_ids.len()];
    let no_slots: &[u16] = &[];
    let mut shown = Vec::new();
    let order: Box<dyn Iterator<Item = &usize>> = match filters.sort {
        Sort::Oldest => Box::new(index.by_date.iter()),
        Sort::Newest => Box::new(index.by_date.iter().rev()),
    };
    for &i in order {
        let Some(ev) = events.get(i) else { continue };
        let ev_orgs = index.ev_orgs.get(i).map_or(no_slots, |s| s);
        let ev_sources = index.ev_sources.get(i).map_or(no_slots, |s| s);
        let mut mask = ALL_PASS;
        for f in active.iter().filter(|f| **f != Facet::Search) {
            let pass = match f {
                Facet::Company => ev_orgs.iter().any(|o| org_on[*o as usize]),
                Facet::Source => ev_sources.iter().any(|s| source_on[*s as usize]),
                f => filters.passes(*f, ev),
            };
            if !pass {
                mask &= !f.bit();
            }
        }
        // Text search is the costly test: skip it when the event already fails two facets
        // (then it is neither shown nor counted anywhere).
        if (ALL_PASS & !mask).count_ones() > 1 {
            continue;
        }
        if !q.is_empty() && !index.matches(i, &q) {
            mask &= !Facet::Search.bit();
        }
        if mask == ALL_PASS {
            shown.push(i);
        }
        // Counts with one facet ignored: only events failing at most that facet count.
        let failing = ALL_PASS & !mask;
        if failing.count_ones() > 1 {
            continue;
        }
        let counts_for = |f: Facet| failing == 0 || failing == f.bit();
        for f in COUNTED.into_iter().filter(|f| counts_for(*f)) {
            match f {
                Facet::Company => ev_orgs.iter().for_each(|o| org_count[*o as usize] += 1),
                Facet::Source => ev_sources
                    .iter()
                    .for_each(|s| source_count[*s as usize] += 1),
                f => {
                    if let Some(v) = vocabulary_value(f, ev) {
                        *out.counts.entry((f.params()[0], v)).or_default() += 1;
                    }
                }
            }
        }
        for f in &active {
            if counts_for(*f) {
                relax[*f as usize] += 1;
            }
        }
    }
    // Organisations and sources were counted by their slot in the index.
    for (param, ids, counts) in [
        ("company", &index.org_ids, org_count),
        ("source", &index.source_ids, source_count),
    ] {
        let named = ids.iter().zip(counts).filter(|(_, n)| *n > 0);
        out.counts.extend(named.map(|(id, n)| ((param, *id), n)));
    }
    out.shown = shown;
    out.relax = active.iter().map(|f| (*f, relax[*f as usize])).collect();
    out.relax.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    out
}

/// The facets whose values are counted (each a list parameter of vocabulary slugs or ids).
pub const COUNTED: [Facet; 5] = [
    Facet::Stance,
    Facet::Layer,
    Facet::Company,
    Facet::Kind,
    Facet::Source,
];

/// An event's value for a vocabulary facet, as the link writes it.
fn vocabulary_value(f: Facet, ev: &Event) -> Option<&'static str> {
    match f {
        Facet::Stance => Some(ev.stance.slug()),
        Facet::Layer => Some(ev.layer.slug()),
        Facet::Kind => Some(ev.kind.slug()),
        _ => None,
    }
}

impl Outcome {
    /// How many events `param=value` would show with the other facets applied (0 for a
    /// value no such event has).
    pub fn count(&self, param: &str, value: &str) -> usize {
        self.counts
            .iter()
            .find(|((p, v), _)| *p == param && *v == value)
            .map_or(0, |(_, n)| *n)
    }
    /// The facet whose removal would show the most events, if removing any shows some.
    pub fn best_relax(&self) -> Option<(Facet, usize)> {
        self.relax.first().copied().filter(|(_, n)| *n > 0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{Cite, Kind, Layer, Stance};
    use crate::state::filters::{parse_with, Known};
    use crate::state::search::tests::event;

    struct World;
    impl Known for World {
        fn org(&self, id: &str) -> bool {
            ["naver", "kt", "microsoft", "nvidia", "sk-hynix", "lg"].contains(&id)
        }
        fn source(&self, id: &str) -> bool {
            ["hankyung", "techm", "genews"].contains(&id)
        }
        fn event(&self, id: &str) -> bool {
            ["e1", "e2", "e3", "e4", "e5", "e6"].contains(&id)
        }
    }

    const HK: &[Cite] = &[Cite {
        source: "hankyung",
        para: 3,
    }];
    const TM: &[Cite] = &[
        Cite {
            source: "techm",
            para: 5,
        },
        Cite {
            source: "techm",
            para: 6,
        },
    ];
    const BOTH: &[Cite] = &[
        Cite {
            source: "hankyung",
            para: 9,
        },
        Cite {
            source: "genews",
            para: 2,
        },
    ];

    fn corpus() -> Vec<Event> {
        use Kind as K;
        use Layer as L;
        use Stance as S;
        vec![
            event(
                "e1",
                "2023",
                ("네이버는 하이퍼클로바X 개발", "Naver builds HyperCLOVA X"),
                &["naver"],
                S::Sovereign,
                L::Models,
                K::Model,
                HK,
            ),
            event(
                "e2",
                "2024-03",
                ("KT, 마이크로소프트와 제휴", "KT partners Microsoft"),
                &["kt", "microsoft"],
                S::Alliance,
                L::Cloud,
                K::Partnership,
                TM,
            ),
            event(
                "e3",
                "2024-07-21",
                ("네이버의 데이터센터", "Naver's data centre"),
                &["naver"],
                S::Sovereign,
                L::Cloud,
                K::Investment,
                BOTH,
            ),
            event(
                "e4",
                "2025-01",
                ("SK하이닉스 HBM", "SK hynix HBM for Nvidia"),
                &["sk-hynix", "nvidia"],
                S::Alliance,
                L::Chips,
                K::Chip,
                HK,
            ),
            event(
                "e5",
                "2025-05-02",
                ("KT 믿음 공개", "KT releases Mideum"),
                &["kt"],
                S::Hybrid,
                L::Models,
                K::Model,
                TM,
            ),
            event(
                "e6",
                "2025",
                ("LG 엑사원", "LG EXAONE"),
                &["lg"],
                S::Sovereign,
                L::Models,
                K::Model,
                BOTH,
            ),
        ]
    }

    fn run(q: &str) -> (Vec<&'static str>, Outcome) {
        let evs = corpus();
        let idx = SearchIndex::build(&evs, crate::data::fixtures::org_name);
        let (f, ign) = parse_with(q, &World);
        assert!(ign.is_empty(), "{ign:?}");
        let o = evaluate(&evs, &idx, &f);
        (o.shown.iter().map(|i| evs[*i].id).collect(), o)
    }

    #[test]
    fn no_filters_show_everything_newest_first() {
        let (ids, o) = run("");
        assert_eq!(ids, vec!["e5", "e4", "e6", "e3", "e2", "e1"]);
        assert_eq!(o.total, 6);
        let (ids, _) = run("sort=old");
        assert_eq!(ids, vec!["e1", "e2", "e3", "e6", "e4", "e5"]);
        assert!(o.relax.is_empty());
    }

    #[test]
    fn each_facet_filters() {
        assert_eq!(run("stance=sovereign").0, vec!["e6", "e3", "e1"]);
        assert_eq!(
            run("stance=sovereign,hybrid").0,
            vec!["e5", "e6", "e3", "e1"]
        );
        assert_eq!(run("layer=chips").0, vec!["e4"]);
        assert_eq!(run("company=naver").0, vec!["e3", "e1"]);
        assert_eq!(run("company=naver,kt").0, vec!["e5", "e3", "e2", "e1"]);
        assert_eq!(run("kind=model").0, vec!["e5", "e6", "e1"]);
        assert_eq!(run("source=genews").0, vec!["e6", "e3"]);
        assert_eq!(run("source=techm,genews").0, vec!["e5", "e6", "e3", "e2"]);
        assert_eq!(run("from=2025").0, vec!["e5", "e4", "e6"]);
        assert_eq!(run("to=2024-03").0, vec!["e2", "e1"]);
        assert_eq!(run("from=2024-03-15&to=2024-07-21").0, vec!["e3", "e2"]);
        assert_eq!(run("q=네이버").0, vec!["e3", "e1"]);
    }

    #[test]
    fn facets_combine_with_and() {
        assert_eq!(run("company=naver&from=2024").0, vec!["e3"]);
        assert_eq!(run("stance=sovereign&layer=models").0, vec!["e6", "e1"]);
        assert_eq!(run("stance=alliance&layer=chips&q=nvidia").0, vec!["e4"]);
        assert_eq!(
            run("company=kt&kind=model&source=techm&from=2025-05").0,
            vec!["e5"]
        );
        assert!(run("company=naver&layer=chips").0.is_empty());
    }

    #[test]
    fn search_in_both_languages() {
        assert_eq!(run("q=NAVER").0, vec!["e3", "e1"]);
        assert_eq!(run("q=마이크로소프트").0, vec!["e2"], "org name in Korean");
        assert_eq!(run("q=microsoft").0, vec!["e2"], "org name in English");
        assert_eq!(
            run("q=kt+models").0,
            Vec::<&str>::new(),
            "layer labels are not searched"
        );
        assert_eq!(run("q=kt+믿음").0, vec!["e5"]);
    }

    #[test]
    fn facet_counts_use_the_other_filters() {
        let (_, o) = run("stance=sovereign&company=naver");
        // Stance counts ignore the stance filter but keep company=naver.
        assert_eq!(o.count("stance", Stance::Sovereign.slug()), 2);
        assert_eq!(o.count("stance", Stance::Alliance.slug()), 0);
        // Company counts ignore the company filter but keep stance=sovereign.
        assert_eq!(o.count("company", "naver"), 2);
        assert_eq!(o.count("company", "lg"), 1);
        assert_eq!(o.count("company", "kt"), 0);
        // Other facets count within the full selection.
        assert_eq!(o.count("layer", Layer::Models.slug()), 1);
        assert_eq!(o.count("layer", Layer::Cloud.slug()), 1);
        assert_eq!(o.count("source", "hankyung"), 2);
        assert_eq!(o.count("source", "genews"), 1);
        assert_eq!(o.count("kind", Kind::Model.slug()), 1);
    }

    #[test]
    fn counts_with_no_filters_are_totals() {
        let (_, o) = run("");
        assert_eq!(o.count("stance", Stance::Sovereign.slug()), 3);
        assert_eq!(o.count("company", "kt"), 2);
        assert_eq!(
            o.count("source", "techm"),
            2,
            "an event citing a source twice counts once"
        );
        let sum: usize = Stance::ALL
            .iter()
            .map(|v| o.count("stance", v.slug()))
            .sum();
        assert_eq!(sum, 6);
    }

    #[test]
    fn relax_names_the_filter_to_remove() {
        // Naver + chips gives nothing; dropping chips gives 2, dropping naver gives 1.
        let (ids, o) = run("company=naver&layer=chips");
        assert!(ids.is_empty());
        assert_eq!(o.best_relax(), Some((Facet::Layer, 2)));
        assert_eq!(o.relax, vec![(Facet::Layer, 2), (Facet::Company, 1)]);
        let (_, o) = run("q=zzz&company=naver");
        assert_eq!(o.best_relax(), Some((Facet::Search, 2)));
    }

    #[test]
    fn counts_match_brute_force() {
        // For every single-value selection on top of a base filter, the facet count equals
        // the number of events the resulting link shows.
        let evs = corpus();
        let idx = SearchIndex::build(&evs, crate::data::fixtures::org_name);
        for base in [
            "",
            "stance=sovereign",
            "from=2024",
            "company=kt&q=kt",
            "layer=models,cloud",
        ] {
            let (f, _) = parse_with(base, &World);
            let o = evaluate(&evs, &idx, &f);
            // Every counted facet by its parameter, as the filters panel asks: the value
            // alone in place of the facet's current selection.
            let values: [(&str, Vec<&str>); 5] = [
                ("stance", Stance::ALL.iter().map(|v| v.slug()).collect()),
                (
                    "company",
                    vec!["naver", "kt", "microsoft", "nvidia", "sk-hynix", "lg"],
                ),
                ("layer", Layer::ALL.iter().map(|v| v.slug()).collect()),
                ("kind", Kind::ALL.iter().map(|v| v.slug()).collect()),
                ("source", vec!["hankyung", "techm", "genews"]),
            ];
            for (param, vs) in values {
                for v in vs {
                    let mut g = f.without(Facet::of_param(param).unwrap());
                    g.toggle(param, v);
                    assert_eq!(
                        o.count(param, v),
                        evaluate(&evs, &idx, &g).shown.len(),
                        "{base} {param}={v}"
                    );
                }
            }
        }
    }

    #[test]
    fn real_fact_base_without_filters_shows_every_event() {
        let o = evaluate(
            crate::data::EVENTS,
            crate::state::search::fact_index(),
            &Filters::default(),
        );
        assert_eq!(o.shown.len(), crate::data::EVENTS.len());
        let mut seen = o.shown.clone();
        seen.sort();
        seen.dedup();
        assert_eq!(seen.len(), crate::data::EVENTS.len());
        // Newest first.
        let keys: Vec<u32> = o
            .shown
            .iter()
            .map(|i| crate::data::EVENTS[*i].date.key())
            .collect();
        assert!(keys.windows(2).all(|w| w[0] >= w[1]));
    }
}
