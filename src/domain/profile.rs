//! What a company card says about one organisation, computed from the fact base.
//!
//! **Placement rule.** Count the organisation's events by stance: `a` alliance, `s`
//! sovereign, `h` hybrid ("both"), `c` global context. Context events say nothing about
//! which road an organisation takes and are not counted. With `n = a + s + h`:
//! no counted event → *context only*; otherwise `score = (a − s) / n` in −1…1 and
//! `score ≥ 0.6` alliance, `≥ 0.2` leans alliance, `> −0.2` both, `> −0.6` leans
//! sovereign, else sovereign. Hybrid events pull towards the middle. The evidence is the
//! counted events themselves.

use crate::data::{source, Cite, Event, Kind, Org, Quote, Source, Stance, EVENTS, PEOPLE, QUOTES};

/// Where an organisation stands, on a five-point scale from alliance to sovereign.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lean {
    Alliance,
    LeansAlliance,
    Both,
    LeansSovereign,
    Sovereign,
    ContextOnly,
}

impl Lean {
    /// Position on the scale, 0 (alliance) … 4 (sovereign); none for context only.
    pub fn step(self) -> Option<usize> {
        match self {
            Lean::Alliance => Some(0),
            Lean::LeansAlliance => Some(1),
            Lean::Both => Some(2),
            Lean::LeansSovereign => Some(3),
            Lean::Sovereign => Some(4),
            Lean::ContextOnly => None,
        }
    }
    /// The stance facet this lean answers to (`stance=alliance` matches both alliance steps).
    pub fn bucket(self) -> Stance {
        match self {
            Lean::Alliance | Lean::LeansAlliance => Stance::Alliance,
            Lean::Both => Stance::Hybrid,
            Lean::LeansSovereign | Lean::Sovereign => Stance::Sovereign,
            Lean::ContextOnly => Stance::Context,
        }
    }
    pub fn slug(self) -> &'static str {
        match self {
            Lean::Alliance => "alliance",
            Lean::LeansAlliance => "leans-alliance",
            Lean::Both => "both",
            Lean::LeansSovereign => "leans-sovereign",
            Lean::Sovereign => "sovereign",
            Lean::ContextOnly => "context",
        }
    }
}

/// Counts by stance and the resulting lean.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Counts {
    pub alliance: u32,
    pub sovereign: u32,
    pub hybrid: u32,
    pub context: u32,
}

impl Counts {
    pub fn of(events: &[&Event]) -> Counts {
        let mut c = Counts::default();
        for e in events {
            match e.stance {
                Stance::Alliance => c.alliance += 1,
                Stance::Sovereign => c.sovereign += 1,
                Stance::Hybrid => c.hybrid += 1,
                Stance::Context => c.context += 1,
            }
        }
        c
    }

    /// The placement rule (see the module docs), in integer arithmetic.
    pub fn lean(self) -> Lean {
        let n = (self.alliance + self.sovereign + self.hybrid) as i64;
        if n == 0 {
            return Lean::ContextOnly;
        }
        // score = d / n; compare 5·d with 3·n (0.6) and n (0.2).
        let d5 = 5 * (self.alliance as i64 - self.sovereign as i64);
        if d5 >= 3 * n {
            Lean::Alliance
        } else if d5 >= n {
            Lean::LeansAlliance
        } else if d5 > -n {
            Lean::Both
        } else if d5 > -3 * n {
            Lean::LeansSovereign
        } else {
            Lean::Sovereign
        }
    }
}

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
    use crate::data::{org, ORGS};

    fn counts(a: u32, s: u32, h: u32, c: u32) -> Counts {
        Counts {
            alliance: a,
            sovereign: s,
            hybrid: h,
            context: c,
        }
    }

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
        assert_eq!(counts(0, 0, 0, 9).lean(), Lean::ContextOnly);
        assert_eq!(counts(1, 0, 0, 0).lean(), Lean::Alliance);
        assert_eq!(
            counts(3, 0, 2, 0).lean(),
            Lean::Alliance,
            "score 0.6 is alliance"
        );
        assert_eq!(counts(2, 0, 3, 0).lean(), Lean::LeansAlliance, "0.4");
        assert_eq!(counts(1, 0, 4, 0).lean(), Lean::LeansAlliance, "0.2");
        assert_eq!(counts(1, 0, 5, 0).lean(), Lean::Both, "0.17");
        assert_eq!(counts(2, 2, 0, 5).lean(), Lean::Both);
        assert_eq!(counts(0, 1, 5, 0).lean(), Lean::Both, "−0.17");
        assert_eq!(counts(0, 1, 4, 0).lean(), Lean::LeansSovereign, "−0.2");
        assert_eq!(counts(1, 7, 2, 1).lean(), Lean::Sovereign, "−0.6");
        assert_eq!(counts(0, 11, 3, 0).lean(), Lean::Sovereign);
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
