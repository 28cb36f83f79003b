//! What a company card says about one organisation, computed from the fact base.
//!
//! Where it stands comes from the articles (`crate::data::placement`); the event tally
//! ([`Counts`], [`Lean`], defined there) is the supporting evidence.

pub use crate::data::placement::{Counts, Lean};
use crate::data::{source, Cite, Event, Kind, Org, Quote, Source, EVENTS, PEOPLE, QUOTES};

/// Indices of `keys` in ascending key order, ties kept in input order (insertion sort).
///
/// One small non-generic sort for the whole view: every `sort_by` on a new type or
/// closure compiles a fresh copy of the standard library's sort (several KB of wasm each),
/// and these lists hold a few dozen items at most.
pub fn sorted_indices(keys: &[(i64, i64)]) -> Vec<usize> {
    let mut out: Vec<usize> = Vec::with_capacity(keys.len());
    for i in 0..keys.len() {
        let at = out.partition_point(|j| keys[*j] <= keys[i]);
        out.insert(at, i);
    }
    out
}

/// The organisation's events, oldest first (same date: fact-base order).
pub fn events_of(org: &str) -> Vec<&'static Event> {
    let mine: Vec<&'static Event> = EVENTS.iter().filter(|e| e.orgs.contains(&org)).collect();
    let keys: Vec<(i64, i64)> = mine.iter().map(|e| (e.date.key() as i64, 0)).collect();
    sorted_indices(&keys).into_iter().map(|i| mine[i]).collect()
}

/// Its product, model and chip launches.
pub fn products_of(events: &[&'static Event]) -> Vec<&'static Event> {
    events
        .iter()
        .copied()
        .filter(|e| matches!(e.kind, Kind::Product | Kind::Model | Kind::Chip))
        .collect()
}

/// Quotes by the organisation itself or by a person the fact base places with it.
pub fn quotes_of(org: &str) -> Vec<&'static Quote> {
    QUOTES
        .iter()
        .filter(|q| q.speaker == org || PEOPLE.iter().any(|p| p.id == q.speaker && p.org == org))
        .collect()
}

/// The articles its record, events and quotes cite, in the fact base's source order.
pub fn sources_of(org: &Org, events: &[&Event], quotes: &[&Quote]) -> Vec<&'static Source> {
    let cites = org
        .cites
        .iter()
        .chain(events.iter().flat_map(|e| e.cites.iter()))
        .chain(quotes.iter().flat_map(|q| q.cites.iter()));
    let ids: Vec<&str> = cites.map(|c: &Cite| c.source).collect();
    crate::data::SOURCES
        .iter()
        .filter(|s| ids.contains(&s.id))
        .collect()
}

/// The first source an event cites, with the paragraph.
pub fn first_source(cites: &[Cite]) -> Option<(&'static Source, u16)> {
    cites
        .first()
        .and_then(|c| source(c.source).map(|s| (s, c.para)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{org, Stance, ORGS};

    #[test]
    fn sorted_indices_is_a_stable_ascending_sort() {
        assert_eq!(
            sorted_indices(&[(3, 0), (1, 5), (3, -1), (1, 5), (0, 9)]),
            vec![4, 1, 3, 2, 0]
        );
        assert!(sorted_indices(&[]).is_empty());
    }

    #[test]
    fn placement_follows_the_documented_thresholds() {
        assert_eq!(Counts::new(0, 0, 0, 9).lean(), Lean::ContextOnly);
        assert_eq!(Counts::new(1, 0, 0, 0).lean(), Lean::Alliance);
        assert_eq!(
            Counts::new(3, 0, 2, 0).lean(),
            Lean::Alliance,
            "score 0.6 is alliance"
        );
        assert_eq!(Counts::new(2, 0, 3, 0).lean(), Lean::LeansAlliance, "0.4");
        assert_eq!(Counts::new(1, 0, 4, 0).lean(), Lean::LeansAlliance, "0.2");
        assert_eq!(Counts::new(1, 0, 5, 0).lean(), Lean::Both, "0.17");
        assert_eq!(Counts::new(2, 2, 0, 5).lean(), Lean::Both);
        assert_eq!(Counts::new(0, 1, 5, 0).lean(), Lean::Both, "−0.17");
        assert_eq!(Counts::new(0, 1, 4, 0).lean(), Lean::LeansSovereign, "−0.2");
        assert_eq!(Counts::new(1, 7, 2, 1).lean(), Lean::Sovereign, "−0.6");
        assert_eq!(Counts::new(0, 11, 3, 0).lean(), Lean::Sovereign);
    }

    #[test]
    fn every_lean_has_a_step_or_is_context_and_a_bucket() {
        for o in ORGS {
            let lean = Counts::of(&events_of(o.id)).lean();
            assert_eq!(lean.step().is_none(), lean == Lean::ContextOnly);
            assert_eq!(lean.bucket() == Stance::Context, lean == Lean::ContextOnly);
        }
    }

    #[test]
    fn events_are_in_date_order_and_name_the_org() {
        for o in ORGS {
            let ev = events_of(o.id);
            assert!(ev.windows(2).all(|w| w[0].date.key() <= w[1].date.key()));
            assert!(ev.iter().all(|e| e.orgs.contains(&o.id)));
        }
    }

    #[test]
    fn quotes_come_from_the_org_or_its_people() {
        for o in ORGS {
            for q in quotes_of(o.id) {
                let ok = q.speaker == o.id
                    || crate::data::person(q.speaker).is_some_and(|p| p.org == o.id);
                assert!(ok, "{} on {}", q.id, o.id);
            }
        }
        let all: usize = ORGS.iter().map(|o| quotes_of(o.id).len()).sum();
        assert_eq!(all, QUOTES.len(), "every quote lands on exactly one card");
    }

    #[test]
    fn sources_are_known_and_distinct() {
        if let Some(n) = org("naver") {
            let ev = events_of(n.id);
            let q = quotes_of(n.id);
            let s = sources_of(n, &ev, &q);
            assert!(!s.is_empty());
            let mut ids: Vec<_> = s.iter().map(|s| s.id).collect();
            ids.dedup();
            assert_eq!(ids.len(), s.len());
        }
    }
}
