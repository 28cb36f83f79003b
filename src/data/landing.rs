//! The landing page's own small copy of the records it shows (chosen by id in
//! [`crate::data::landing_ids`], copied by `build.rs` from `data/`). Reading them from here
//! rather than from `EVENTS`/`QUOTES` keeps the rest of the fact base out of the landing
//! page's wasm; `tests` below check that every copy equals its record in the fact base.

use super::amount::Shown;
use super::{Cite, Date, DateKind, Figure, Lang, Quote, Stance, Text};

/// An event as the landing page needs it: what it is, when, where it is reported, and its
/// figures (the same values as the event in `EVENTS`, without summary and notes).
#[derive(Debug, PartialEq)]
pub struct Brief {
    pub id: &'static str,
    pub date: Date,
    pub date_inferred: bool,
    pub date_kind: DateKind,
    pub title: Text,
    pub stance: Stance,
    pub figures: &'static [Figure],
    /// Each figure's amount as English pages lead with it (`amount::shown`), made at build
    /// time so that the landing wasm carries no number formatting.
    pub english: &'static [&'static str],
    pub cites: &'static [Cite],
}

impl Brief {
    /// Figure `i` as a reader of `lang` sees it: what `amount::shown` gives for the record.
    pub fn shown(&self, i: usize, lang: Lang) -> Option<Shown> {
        let f = self.figures.get(i)?;
        Some(match lang {
            Lang::Ko => Shown {
                lead: f.as_reported.to_string(),
                original: None,
            },
            Lang::En => {
                let lead = self.english.get(i)?;
                Shown {
                    lead: lead.to_string(),
                    original: (*lead != f.as_reported).then_some(f.as_reported),
                }
            }
        })
    }
}

/// A quote with the name and role of whoever said it (no role for an organisation).
#[derive(Debug, PartialEq)]
pub struct Spoken {
    pub quote: Quote,
    pub name: Text,
    pub role: Option<Text>,
}

mod generated {
    use super::super::types::*;
    use super::{Brief, Spoken};
    include!(concat!(env!("OUT_DIR"), "/landing.rs"));
}

pub use generated::{LANDING_EVENTS, LANDING_QUOTES, STANCE_EVENTS};

/// The landing copy of an event.
pub fn brief(id: &str) -> Option<&'static Brief> {
    LANDING_EVENTS.iter().find(|b| b.id == id)
}

/// The landing copy of a quote, with its speaker.
pub fn spoken(id: &str) -> Option<&'static Spoken> {
    LANDING_QUOTES.iter().find(|s| s.quote.id == id)
}

/// How many timeline events have `stance`.
pub fn events_with(stance: Stance) -> usize {
    Stance::ALL
        .iter()
        .position(|s| *s == stance)
        .map_or(0, |i| STANCE_EVENTS[i])
}

#[cfg(test)]
mod tests {
    use super::super::landing_ids::{QUESTION, ROADS};
    use super::*;
    use crate::data::{amount, event, person, EVENTS, QUOTES};

    #[test]
    fn every_copy_equals_its_record() {
        for b in LANDING_EVENTS {
            let e = event(b.id).unwrap_or_else(|| panic!("{}: not an event", b.id));
            assert_eq!(
                (b.date, b.date_inferred, b.date_kind, b.title, b.stance),
                (e.date, e.date_inferred, e.date_kind, e.title, e.stance),
                "{}",
                b.id
            );
            assert_eq!(b.figures, e.figures, "{}", b.id);
            for (i, f) in e.figures.iter().enumerate() {
                for l in Lang::ALL {
                    assert_eq!(b.shown(i, l), Some(amount::shown(f, l)), "{} #{i}", b.id);
                }
            }
            assert_eq!(b.cites, e.cites, "{}", b.id);
        }
        for s in LANDING_QUOTES {
            let q = QUOTES.iter().find(|q| q.id == s.quote.id).unwrap();
            assert_eq!(&s.quote, q);
            let p = person(q.speaker).expect("the landing quotes are people's");
            assert_eq!((s.name, s.role), (p.name, Some(p.role)), "{}", q.id);
        }
    }

    #[test]
    fn the_table_holds_exactly_the_chosen_records() {
        let mut want = vec![QUESTION];
        for r in &ROADS {
            for (id, i) in r.figures {
                assert!(brief(id).is_some_and(|b| b.figures.len() > *i), "{id} #{i}");
                want.push(id);
            }
            assert!(spoken(r.quote).is_some(), "{}", r.quote);
        }
        want.sort();
        want.dedup();
        let mut got: Vec<&str> = LANDING_EVENTS.iter().map(|b| b.id).collect();
        got.sort();
        assert_eq!(got, want);
        assert_eq!(LANDING_QUOTES.len(), ROADS.len());
    }

    #[test]
    fn stance_counts_are_the_timeline_counts() {
        for s in Stance::ALL {
            let n = EVENTS.iter().filter(|e| e.stance == *s).count();
            assert_eq!(events_with(*s), n, "{s}");
        }
        assert_eq!(STANCE_EVENTS.iter().sum::<usize>(), EVENTS.len());
    }
}
