//! Editorial content written for the site (not facts): the story, the argument map and the
//! two-sides readings. Static data referencing the fact base by id; `tests` below check that
//! every id exists and every text is present in both languages.

pub mod argmap;
pub mod short;
pub mod story;
pub mod terms;
#[cfg(test)]
mod truth;

use crate::data::{Quote, Stance, Text, QUOTES};

/// Shorthand for a bilingual text: `t!("한국어", "English")`.
macro_rules! t {
    ($ko:expr, $en:expr $(,)?) => {
        $crate::data::Text { ko: $ko, en: $en }
    };
}
pub(crate) use t;

/// `thin!("…", "…")`: a thin-evidence caveat.
macro_rules! thin {
    ($ko:expr, $en:expr $(,)?) => {
        $crate::content::Caveat {
            flag: $crate::content::Flag::Thin,
            note: $crate::data::Text { ko: $ko, en: $en },
        }
    };
}
pub(crate) use thin;

/// `inference!("…", "…")`: a caveat marking our (or the article's) reading.
macro_rules! inference {
    ($ko:expr, $en:expr $(,)?) => {
        $crate::content::Caveat {
            flag: $crate::content::Flag::Inference,
            note: $crate::data::Text { ko: $ko, en: $en },
        }
    };
}
pub(crate) use inference;

/// How far a claim goes beyond what the articles state.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flag {
    /// Our reading or comparison, or an interpretation the article reports.
    Inference,
    /// The articles support the claim only weakly (a company's own claim, old data, no detail).
    Thin,
}

/// A visible warning attached to a claim: what kind, and why.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Caveat {
    pub flag: Flag,
    pub note: Text,
}

/// One step of the story: a single claim with the facts behind it.
#[derive(Debug, PartialEq)]
pub struct Step {
    pub title: Text,
    pub body: Text,
    /// Supporting events (timeline ids). At least one.
    pub events: &'static [&'static str],
    /// Quotes shown with the step.
    pub quotes: &'static [&'static str],
    /// Organisations to link to the companies view.
    pub orgs: &'static [&'static str],
    pub caveats: &'static [Caveat],
}

#[derive(Debug, PartialEq)]
pub struct Chapter {
    /// Stable slug used in links: `story/?chapter=<slug>`.
    pub slug: &'static str,
    pub title: Text,
    pub steps: &'static [Step],
}

/// One argument in the argument map.
#[derive(Debug, PartialEq)]
pub struct Argument {
    pub claim: Text,
    pub detail: Text,
    pub supports: &'static [&'static str],
    pub opposes: &'static [&'static str],
    /// Quotes by the people who make this case. May be empty only with a `Thin` caveat.
    pub voices: &'static [&'static str],
    pub caveats: &'static [Caveat],
}

/// The strongest case for one road.
#[derive(Debug, PartialEq)]
pub struct Case {
    pub stance: Stance,
    pub title: Text,
    pub summary: Text,
    pub arguments: &'static [Argument],
}

/// How each side would read one key fact (our words, marked as readings).
#[derive(Debug, PartialEq)]
pub struct Reading {
    pub event: &'static str,
    pub alliance: Text,
    pub sovereign: Text,
}

/// A quote by id (the fact base has no lookup for quotes).
pub fn quote(id: &str) -> Option<&'static Quote> {
    QUOTES.iter().find(|q| q.id == id)
}

/// Every text of the editorial content, with a label for test messages.
pub fn all_texts() -> Vec<(String, Text)> {
    let mut out = Vec::new();
    for c in story::CHAPTERS {
        out.push((format!("{}.title", c.slug), c.title));
        for (i, s) in c.steps.iter().enumerate() {
            out.push((format!("{}#{}.title", c.slug, i + 1), s.title));
            out.push((format!("{}#{}.body", c.slug, i + 1), s.body));
            for cv in s.caveats {
                out.push((format!("{}#{}.caveat", c.slug, i + 1), cv.note));
            }
        }
    }
    for s in short::SUMMARIES {
        out.push((format!("short {}", s.chapter), s.text));
    }
    for case in argmap::CASES {
        let k = case.stance.slug();
        out.push((format!("case {k}.title"), case.title));
        out.push((format!("case {k}.summary"), case.summary));
        for (i, a) in case.arguments.iter().enumerate() {
            out.push((format!("case {k} arg {i}.claim"), a.claim));
            out.push((format!("case {k} arg {i}.detail"), a.detail));
            for cv in a.caveats {
                out.push((format!("case {k} arg {i}.caveat"), cv.note));
            }
        }
    }
    for r in argmap::READINGS {
        out.push((format!("reading {}.alliance", r.event), r.alliance));
        out.push((format!("reading {}.sovereign", r.event), r.sovereign));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{event, org, term, Stance};
    use std::collections::HashSet;

    #[test]
    fn every_text_is_present_in_both_languages() {
        for (label, t) in all_texts() {
            assert!(!t.ko.trim().is_empty(), "{label}: Korean missing");
            assert!(!t.en.trim().is_empty(), "{label}: English missing");
            assert_ne!(t.ko, t.en, "{label}: not translated");
        }
    }

    #[test]
    fn story_shape_and_ids() {
        let chapters = story::CHAPTERS;
        assert!((8..=9).contains(&chapters.len()), "8-9 chapters");
        let mut slugs = HashSet::new();
        for c in chapters {
            assert!(slugs.insert(c.slug), "duplicate slug {}", c.slug);
            assert!(
                c.slug
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b == b'-' || b.is_ascii_digit()),
                "slug {} is not a plain slug",
                c.slug
            );
            assert!(
                (3..=6).contains(&c.steps.len()),
                "{}: 3-6 steps, has {}",
                c.slug,
                c.steps.len()
            );
            for (i, s) in c.steps.iter().enumerate() {
                let at = format!("{}#{}", c.slug, i + 1);
                assert!(!s.events.is_empty(), "{at}: no supporting fact");
                for e in s.events {
                    assert!(event(e).is_some(), "{at}: unknown event {e}");
                }
                for q in s.quotes {
                    assert!(quote(q).is_some(), "{at}: unknown quote {q}");
                }
                for o in s.orgs {
                    assert!(org(o).is_some(), "{at}: unknown org {o}");
                }
                let unique: HashSet<_> = s.events.iter().collect();
                assert_eq!(unique.len(), s.events.len(), "{at}: repeated event");
            }
        }
    }

    #[test]
    fn argument_map_shape_and_ids() {
        let stances: Vec<Stance> = argmap::CASES.iter().map(|c| c.stance).collect();
        assert_eq!(
            stances,
            vec![Stance::Alliance, Stance::Sovereign, Stance::Hybrid]
        );
        for case in argmap::CASES {
            assert!(
                case.arguments.len() >= 2,
                "{}: too few arguments",
                case.stance
            );
            for a in case.arguments {
                let at = format!("{}: {}", case.stance, a.claim.en);
                assert!(!a.supports.is_empty(), "{at}: no supporting fact");
                assert!(!a.opposes.is_empty(), "{at}: no opposing fact");
                for e in a.supports.iter().chain(a.opposes) {
                    assert!(event(e).is_some(), "{at}: unknown event {e}");
                }
                for e in a.supports {
                    assert!(!a.opposes.contains(e), "{at}: {e} both for and against");
                }
                for q in a.voices {
                    assert!(quote(q).is_some(), "{at}: unknown quote {q}");
                }
                if a.voices.is_empty() {
                    assert!(
                        a.caveats.iter().any(|c| c.flag == Flag::Thin),
                        "{at}: no voices and no thin-evidence note"
                    );
                }
            }
        }
    }

    #[test]
    fn readings_cover_distinct_known_events() {
        let r = argmap::READINGS;
        assert!((8..=12).contains(&r.len()), "about ten readings");
        let mut seen = HashSet::new();
        for x in r {
            assert!(event(x.event).is_some(), "unknown event {}", x.event);
            assert!(seen.insert(x.event), "repeated reading {}", x.event);
        }
    }

    #[test]
    fn story_uses_glossary_terms() {
        // The prose is meant to carry glossary terms; make sure the matcher finds plenty.
        let mut found = HashSet::new();
        for c in story::CHAPTERS {
            for s in c.steps {
                for l in crate::data::Lang::ALL {
                    for id in terms::terms_in(s.body.get(l)) {
                        assert!(term(id).is_some());
                        found.insert(id);
                    }
                }
            }
        }
        assert!(
            found.len() >= 15,
            "only {} glossary terms in the story",
            found.len()
        );
    }
}
