//! The classroom view's link parameters, parsed leniently and written back minimally.
//!
//! - `section=<slug>`: which part of the kit (default `guide`);
//! - `chapter=<slug>`, `step=<n>`: the presenter's chapter and 1-based step; `chapter` also
//!   narrows the discussion prompts to one chapter;
//! - `team=alliance|sovereign`: the debate team;
//! - `side=<code>`: a student's take-a-side positions (see [`super::side`]);
//! - `sides=<code>,<code>,…`: several students' positions to compare.
//!
//! The parameters are described in `params::CLASSROOM`. Bad values are dropped and returned
//! as [`Ignored`] values for the ignored-values note.

use super::params::{self, Context, FactBase, Ignored, Reason, Values, CLASSROOM};
use super::side::Side;
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
    /// A step past its chapter's end (the first chapter's, without `chapter`) is
    /// reported as `OutOfRange`.
    pub fn parse(search: &str, chapters: &[(&'static str, usize)]) -> (Self, Vec<Ignored>) {
        let cx = Context {
            chapters,
            ..Context::new(&FactBase)
        };
        let (v, mut ignored) = params::parse(search, &CLASSROOM, &cx);
        let chapter = v
            .one("chapter")
            .and_then(|c| chapters.iter().find(|(s, _)| *s == c))
            .map(|(s, _)| *s);
        let steps = chapter
            .or_else(|| chapters.first().map(|c| c.0))
            .and_then(|slug| chapters.iter().find(|c| c.0 == slug))
            .map_or(0, |c| c.1);
        let step = match v.number("step") {
            Some(n) if n > steps => {
                ignored.push(Ignored::new("step", &n.to_string(), Reason::OutOfRange));
                None
            }
            n => n,
        };
        let decode = |c: &str| Side::decode(c).ok();
        let q = ClassroomQuery {
            section: v
                .one("section")
                .and_then(Section::from_slug)
                .unwrap_or_default(),
            chapter,
            step,
            team: v.one("team").and_then(Stance::from_slug),
            side: v.one("side").and_then(decode),
            sides: v.list("sides").iter().filter_map(|c| decode(c)).collect(),
        };
        (q, params::bounded(ignored))
    }

    /// The view's part of a link, in contract order, non-default values only.
    pub fn pairs(&self) -> Vec<(&'static str, String)> {
        let mut v = Values::default();
        v.set("section", Some(self.section.slug().to_string()))
            .set("chapter", self.chapter.map(str::to_string))
            .set("step", self.step.map(|s| s.to_string()))
            .set("team", self.team.map(|t| t.slug().to_string()))
            .set("side", self.side.as_ref().map(Side::encode))
            .set_list("sides", self.sides.iter().map(Side::encode).collect());
        params::format(&CLASSROOM, &v)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::query;
    use proptest::prelude::*;

    fn pairs(i: &[Ignored]) -> Vec<String> {
        i.iter().map(Ignored::pair).collect()
    }

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
            pairs(&ig),
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
            assert_round_trip(q);
        }
    }

    /// A query written as a link reads back the same, with nothing ignored.
    fn assert_round_trip(q: ClassroomQuery) {
        let (back, ig) = ClassroomQuery::parse(&query::build(&q.pairs()), CH);
        assert!(ig.is_empty(), "{ig:?}");
        assert_eq!(back, q);
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
        assert_round_trip(q);
    }

    #[test]
    fn the_classroom_reads_links_by_the_shared_rules() {
        let (q, ig) = ClassroomQuery::parse(
            "SECTION=Present&chapter=2&step=1&team=Sovereign&section=debate&lang=en&q=x",
            CH,
        );
        assert_eq!(q.section, Section::Debate, "the later value wins");
        assert_eq!(q.chapter, Some("risks"), "a chapter by its number");
        assert_eq!(q.step, Some(1));
        assert_eq!(q.team, Some(Stance::Sovereign));
        assert_eq!(pairs(&ig), ["SECTION=Present"]);
        assert_eq!(ig[0].reason, Reason::Repeated);
        // Identical sides are two students, both kept; extra ones are reported.
        let (q, _) = ClassroomQuery::parse("sides=13,13", CH);
        assert_eq!(q.sides.len(), 2);
        let many = vec!["1"; MAX_SIDES + 1].join(",");
        let (q, ig) = ClassroomQuery::parse(&format!("sides={many}"), CH);
        assert_eq!((q.sides.len(), ig[0].reason), (MAX_SIDES, Reason::TooMany));
    }

    fn arb_query() -> impl Strategy<Value = String> {
        let pair = prop::sample::select(vec![
            "section=present",
            "section=Side",
            "section=x",
            "chapter=race",
            "chapter=2",
            "chapter=zzz",
            "step=1",
            "step=3",
            "step=9",
            "team=alliance",
            "team=context",
            "side=135",
            "side=1.S2ltCkhCTSB3b3Jrcw",
            "sides=1,135,9",
            "sides=%ZZ,1",
            "lang=ko",
            "x=1",
        ]);
        prop::collection::vec(pair, 0..7).prop_map(|v| v.join("&"))
    }

    proptest! {
        #[test]
        fn never_panics(s in ".{0,300}") {
            let _ = ClassroomQuery::parse(&s, CH);
        }

        #[test]
        fn format_of_parse_is_a_fixed_point(s in arb_query()) {
            let (q, _) = ClassroomQuery::parse(&s, CH);
            let written = query::build(&q.pairs());
            let (back, ig) = ClassroomQuery::parse(&written, CH);
            prop_assert!(ig.is_empty(), "{:?}", ig);
            prop_assert_eq!(&back, &q);
            prop_assert_eq!(query::build(&back.pairs()), written);
        }
    }
}
