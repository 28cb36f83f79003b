//! The classroom view's link parameters, parsed leniently and written back minimally.
//!
//! - `section=<slug>`: which part of the kit (default `guide`);
//! - `chapter=<slug>`, `step=<n>`: the presenter's chapter and 1-based step; `chapter` also
//!   narrows the discussion prompts to one chapter;
//! - `team=alliance|sovereign`: the debate team;
//! - `side=<code>`: a student's take-a-side positions (see [`super::side`]);
//! - `sides=<code>,<code>,…`: several students' positions to compare.
//!
//! Bad values are dropped and returned as `key=value` strings for the ignored-values note.

use super::query;
use super::side::{Side, MAX_ENCODED};
use super::text::shorten;
use crate::data::Stance;

macro_rules! sections {
    ($($v:ident = $slug:literal),+ $(,)?) => {
        /// The parts of the classroom kit, in menu order.
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
        pub enum Section { #[default] $($v),+ }
        impl Section {
            pub const ALL: &'static [Section] = &[$(Section::$v),+];
            pub fn slug(self) -> &'static str { match self { $(Section::$v => $slug),+ } }
            pub fn from_slug(s: &str) -> Option<Section> {
                match s { $($slug => Some(Section::$v),)+ _ => None }
            }
        }
    };
}

sections!(
    Guide = "guide",
    Prompts = "prompts",
    Guess = "guess",
    Quiz = "quiz",
    Side = "side",
    Compare = "compare",
    Debate = "debate",
    Present = "present",
);

/// Most students' links one compare view takes.
pub const MAX_SIDES: usize = 40;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct ClassroomQuery {
    pub section: Section,
    pub chapter: Option<&'static str>,
    /// 1-based, always within the chapter's steps.
    pub step: Option<usize>,
    pub team: Option<Stance>,
    pub side: Option<Side>,
    pub sides: Vec<Side>,
}

impl ClassroomQuery {
    /// Parse a query string. `chapters` lists the known chapters as (slug, number of steps).
    pub fn parse(search: &str, chapters: &[(&'static str, usize)]) -> (Self, Vec<String>) {
        let mut q = ClassroomQuery::default();
        let mut ignored = Vec::new();
        let mut step_raw: Option<String> = None;
        for p in query::pairs(search) {
            let v = p.value.trim();
            let bad = |ignored: &mut Vec<String>| {
                ignored.push(format!("{}={}", p.key, shorten(&p.value)));
            };
            match p.key.as_str() {
                "section" => match Section::from_slug(v) {
                    Some(s) if p.well_formed => q.section = s,
                    _ => bad(&mut ignored),
                },
                "chapter" => match chapters.iter().find(|c| c.0 == v) {
                    Some(c) => q.chapter = Some(c.0),
                    None => bad(&mut ignored),
                },
                "step" => step_raw = Some(p.value.clone()),
                "team" => match Stance::from_slug(v) {
                    Some(s @ (Stance::Alliance | Stance::Sovereign)) => q.team = Some(s),
                    _ => bad(&mut ignored),
                },
                "side" => match Side::decode(v) {
                    Ok(s) if v.len() <= MAX_ENCODED => q.side = Some(s),
                    _ => bad(&mut ignored),
                },
                "sides" => {
                    for code in v.split(',').filter(|c| !c.trim().is_empty()) {
                        match Side::decode(code) {
                            Ok(s) if q.sides.len() < MAX_SIDES => q.sides.push(s),
                            _ => ignored.push(format!("sides={}", shorten(code))),
                        }
                    }
                }
                _ => {}
            }
        }
        if let Some(raw) = step_raw {
            let steps = q
                .chapter
                .or_else(|| chapters.first().map(|c| c.0))
                .and_then(|slug| chapters.iter().find(|c| c.0 == slug))
                .map_or(0, |c| c.1);
            match raw.trim().parse::<usize>() {
                Ok(n) if (1..=steps).contains(&n) => q.step = Some(n),
                _ => ignored.push(format!("step={}", shorten(&raw))),
            }
        }
        (q, ignored)
    }

    /// The view's part of a link, in contract order, non-default values only.
    pub fn pairs(&self) -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        if self.section != Section::Guide {
            out.push(("section", self.section.slug().to_string()));
        }
        if let Some(c) = self.chapter {
            out.push(("chapter", c.to_string()));
        }
        if let Some(s) = self.step {
            out.push(("step", s.to_string()));
        }
        if let Some(t) = self.team {
            out.push(("team", t.slug().to_string()));
        }
        if let Some(s) = &self.side {
            out.push(("side", s.encode()));
        }
        if !self.sides.is_empty() {
            let codes: Vec<String> = self.sides.iter().map(Side::encode).collect();
            out.push(("sides", codes.join(",")));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const CH: &[(&str, usize)] = &[("race", 4), ("risks", 2)];

    #[test]
    fn empty_query_is_the_guide() {
        let (q, ig) = ClassroomQuery::parse("", CH);
        assert_eq!(q, ClassroomQuery::default());
        assert!(ig.is_empty());
        assert!(q.pairs().is_empty());
    }

    #[test]
    fn presenter_link_round_trips() {
        let (q, ig) = ClassroomQuery::parse("?lang=ko&section=present&chapter=risks&step=2", CH);
        assert!(ig.is_empty(), "{ig:?}");
        assert_eq!(q.section, Section::Present);
        assert_eq!(q.chapter, Some("risks"));
        assert_eq!(q.step, Some(2));
        let back = query::build(&q.pairs());
        assert_eq!(back, "?section=present&chapter=risks&step=2");
    }

    #[test]
    fn bad_values_are_dropped_and_named() {
        let (q, ig) = ClassroomQuery::parse(
            "section=nope&chapter=zzz&step=9&team=context&side=xyz&sides=1,bad",
            CH,
        );
        assert_eq!(q.section, Section::Guide);
        assert_eq!(q.chapter, None);
        assert_eq!(q.step, None, "step 9 is past the first chapter's 4 steps");
        assert_eq!(q.team, None);
        assert_eq!(q.side, None);
        assert_eq!(q.sides.len(), 1);
        assert_eq!(
            ig,
            [
                "section=nope",
                "chapter=zzz",
                "team=context",
                "side=xyz",
                "sides=bad",
                "step=9"
            ]
        );
    }

    #[test]
    fn step_is_checked_against_its_chapter() {
        let (q, ig) = ClassroomQuery::parse("chapter=risks&step=3", CH);
        assert_eq!((q.step, ig.len()), (None, 1));
        let (q, _) = ClassroomQuery::parse("step=0", CH);
        assert_eq!(q.step, None);
        let (q, _) = ClassroomQuery::parse("step=%203", CH);
        assert_eq!(q.step, Some(3));
    }

    #[test]
    fn every_section_round_trips() {
        for s in Section::ALL {
            let q = ClassroomQuery {
                section: *s,
                ..Default::default()
            };
            let (back, ig) = ClassroomQuery::parse(&query::build(&q.pairs()), CH);
            assert!(ig.is_empty());
            assert_eq!(back, q);
        }
    }

    #[test]
    fn sides_round_trip() {
        let mut a = Side {
            name: "김민지".into(),
            ..Default::default()
        };
        a.pos[2] = 4;
        let q = ClassroomQuery {
            section: Section::Compare,
            sides: vec![a.clone(), Side::default()],
            side: Some(a),
            ..Default::default()
        };
        let (back, ig) = ClassroomQuery::parse(&query::build(&q.pairs()), CH);
        assert!(ig.is_empty());
        assert_eq!(back, q);
    }

    proptest! {
        #[test]
        fn never_panics(s in ".{0,300}") {
            let _ = ClassroomQuery::parse(&s, CH);
        }
    }
}
