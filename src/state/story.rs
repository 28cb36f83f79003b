//! Story and glossary URL state: `story/?chapter=<slug>&step=<n>` and `glossary/?term=<id>`.
//! Parsing is lenient: a bad value is dropped (and named, for the ignored-note) and the
//! reader lands on the nearest sensible place; it never panics.

use crate::state::params::{self, Context, FactBase, Ignored, Reason, Values, GLOSSARY, STORY};

/// A place in the story: chapter and step, both 0-based.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct StoryPos {
    pub chapter: usize,
    pub step: usize,
}

/// Read the position from a query string, given `(slug, steps)` for every chapter
/// (`params::STORY`: `chapter` is a slug or its number, `step` 1-based). Returns the
/// position and the values that were ignored; a step past its chapter is `OutOfRange`.
pub fn parse(search: &str, outline: &[(&str, usize)]) -> (StoryPos, Vec<Ignored>) {
    let cx = Context {
        chapters: outline,
        ..Context::new(&FactBase)
    };
    let (v, mut ignored) = params::parse(search, &STORY, &cx);
    let chapter = v
        .one("chapter")
        .and_then(|slug| outline.iter().position(|(s, _)| *s == slug))
        .unwrap_or(0);
    let steps = outline.get(chapter).map_or(0, |(_, n)| *n);
    let step = match v.number("step") {
        Some(n) if n <= steps => n - 1,
        Some(n) => {
            ignored.push(Ignored::new("step", &n.to_string(), Reason::OutOfRange));
            0
        }
        None => 0,
    };
    (StoryPos { chapter, step }, params::bounded(ignored))
}

/// The view parameters for a position; only non-default values are written.
pub fn params(pos: StoryPos, outline: &[(&'static str, usize)]) -> Vec<(&'static str, String)> {
    if pos == StoryPos::default() {
        return Vec::new();
    }
    let mut v = Values::default();
    v.set(
        "chapter",
        outline.get(pos.chapter).map(|(s, _)| s.to_string()),
    )
    .set("step", (pos.step > 0).then(|| (pos.step + 1).to_string()));
    params::format(&STORY, &v)
}

/// The step after `pos`, crossing into the next chapter; `None` at the very end.
pub fn next(pos: StoryPos, outline: &[(&str, usize)]) -> Option<StoryPos> {
    let steps = outline.get(pos.chapter)?.1;
    if pos.step + 1 < steps {
        Some(StoryPos {
            step: pos.step + 1,
            ..pos
        })
    } else if pos.chapter + 1 < outline.len() {
        Some(StoryPos {
            chapter: pos.chapter + 1,
            step: 0,
        })
    } else {
        None
    }
}

/// The step before `pos`, crossing back to the last step of the previous chapter.
pub fn prev(pos: StoryPos, outline: &[(&str, usize)]) -> Option<StoryPos> {
    if pos.step > 0 {
        Some(StoryPos {
            step: pos.step - 1,
            ..pos
        })
    } else if pos.chapter > 0 {
        let c = pos.chapter - 1;
        let steps = outline.get(c)?.1;
        Some(StoryPos {
            chapter: c,
            step: steps.saturating_sub(1),
        })
    } else {
        None
    }
}

/// 1-based position of `pos` among all steps, and the total number of steps.
pub fn overall(pos: StoryPos, outline: &[(&str, usize)]) -> (usize, usize) {
    let before: usize = outline.iter().take(pos.chapter).map(|(_, n)| n).sum();
    let total = outline.iter().map(|(_, n)| n).sum();
    (before + pos.step + 1, total)
}

/// Read `term=<id>` for the glossary: the id if it is one of `known`, plus ignored values.
pub fn parse_term(search: &str, known: &[&'static str]) -> (Option<&'static str>, Vec<Ignored>) {
    let cx = Context {
        terms: known,
        ..Context::new(&FactBase)
    };
    let (v, ignored) = params::parse(search, &GLOSSARY, &cx);
    let term = v
        .one("term")
        .and_then(|t| known.iter().find(|k| **k == t).copied());
    (term, params::bounded(ignored))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::query;
    use proptest::prelude::*;

    fn pairs(i: &[Ignored]) -> Vec<String> {
        i.iter().map(Ignored::pair).collect()
    }

    const OUTLINE: &[(&str, usize)] = &[("one", 3), ("two", 4), ("three", 2)];

    fn pos(chapter: usize, step: usize) -> StoryPos {
        StoryPos { chapter, step }
    }

    #[test]
    fn parses_slug_and_step() {
        assert_eq!(parse("", OUTLINE), (pos(0, 0), vec![]));
        assert_eq!(parse("?chapter=two&step=3", OUTLINE), (pos(1, 2), vec![]));
        assert_eq!(parse("?chapter=Three", OUTLINE), (pos(2, 0), vec![]));
        assert_eq!(parse("?chapter=2&step=4", OUTLINE), (pos(1, 3), vec![]));
        assert_eq!(parse("?step=2&lang=ko", OUTLINE), (pos(0, 1), vec![]));
    }

    #[test]
    fn bad_values_are_ignored_and_named() {
        let (p, ig) = parse("?chapter=nope&step=-5", OUTLINE);
        assert_eq!(p, pos(0, 0));
        assert_eq!(pairs(&ig), vec!["chapter=nope", "step=-5"]);
        let (p, ig) = parse("?chapter=three&step=3", OUTLINE);
        assert_eq!(
            p,
            pos(2, 0),
            "step beyond the chapter falls back to its start"
        );
        assert_eq!(pairs(&ig), vec!["step=3"]);
        assert_eq!(ig[0].reason, Reason::OutOfRange);
        let (p, ig) = parse("?chapter=two&step=999999999999999999999999", OUTLINE);
        assert_eq!(p, pos(1, 0));
        assert_eq!(ig.len(), 1);
        let (_, ig) = parse("?chapter=%3Cscript%3E", OUTLINE);
        assert_eq!(pairs(&ig), vec!["chapter=<script>"]);
        let (p, ig) = parse("?chapter=0&step=0", OUTLINE);
        assert_eq!(p, pos(0, 0));
        assert_eq!(ig.len(), 2);
        let (_, ig) = parse(&format!("?chapter={}", "x".repeat(100)), OUTLINE);
        assert!(ig[0].pair().chars().count() < 60);
    }

    #[test]
    fn params_write_only_what_differs_and_round_trip() {
        let outline: &[(&'static str, usize)] = OUTLINE;
        assert!(params(pos(0, 0), outline).is_empty());
        assert_eq!(
            params(pos(0, 1), outline),
            vec![("chapter", "one".into()), ("step", "2".into())]
        );
        assert_eq!(
            params(pos(2, 0), outline),
            vec![("chapter", "three".into())]
        );
        for (c, (_, steps)) in OUTLINE.iter().enumerate() {
            for s in 0..*steps {
                let q = query::build(&params(pos(c, s), outline));
                assert_eq!(parse(&q, OUTLINE), (pos(c, s), vec![]), "{q}");
            }
        }
    }

    #[test]
    fn stepping_crosses_chapters_and_stops_at_the_ends() {
        assert_eq!(next(pos(0, 1), OUTLINE), Some(pos(0, 2)));
        assert_eq!(next(pos(0, 2), OUTLINE), Some(pos(1, 0)));
        assert_eq!(next(pos(2, 1), OUTLINE), None);
        assert_eq!(prev(pos(1, 0), OUTLINE), Some(pos(0, 2)));
        assert_eq!(prev(pos(0, 0), OUTLINE), None);
        let mut p = pos(0, 0);
        let mut n = 1;
        while let Some(q) = next(p, OUTLINE) {
            assert_eq!(prev(q, OUTLINE), Some(p));
            p = q;
            n += 1;
        }
        assert_eq!(n, 9);
        assert_eq!(overall(pos(1, 2), OUTLINE), (6, 9));
    }

    #[test]
    fn glossary_term_is_parsed_leniently() {
        let known = ["hbm", "gpu"];
        assert_eq!(parse_term("?term=HBM", &known), (Some("hbm"), vec![]));
        let (t, ig) = parse_term("?term=<img src=x onerror=alert(1)>", &known);
        assert_eq!(t, None);
        assert_eq!(ig.len(), 1);
    }

    #[test]
    fn the_story_reads_links_by_the_shared_rules() {
        // Parameter names and values are case-insensitive, repeats are reported, and the
        // shell's parameters and other views' are left alone.
        let (p, ig) = parse("?CHAPTER=Two&step=2&step=3&lang=en&company=kt", OUTLINE);
        assert_eq!(p, pos(1, 2));
        assert_eq!(pairs(&ig), vec!["step=2"]);
        assert_eq!(ig[0].reason, Reason::Repeated);
        let (p, ig) = parse("?chapter=t%ZZ", OUTLINE);
        assert_eq!((p, ig[0].reason), (pos(0, 0), Reason::BadEncoding));
    }

    proptest! {
        #[test]
        fn never_panics_and_stays_in_range(s in ".{0,120}") {
            let (p, _) = parse(&s, OUTLINE);
            prop_assert!(p.chapter < OUTLINE.len());
            prop_assert!(p.step < OUTLINE[p.chapter].1);
        }

        #[test]
        fn format_of_parse_is_a_fixed_point(s in "(chapter=(one|two|three|[0-9]|x)|step=[0-9]{1,2}|[a-z]{1,5}=[a-z0-9]{0,4})(&(chapter=(one|two|three|[0-9])|step=[0-9]{1,2})){0,3}") {
            let (p, _) = parse(&s, OUTLINE);
            let written = query::build(&params(p, OUTLINE));
            let (again, ig) = parse(&written, OUTLINE);
            prop_assert_eq!(again, p);
            prop_assert!(ig.is_empty(), "{:?}", ig);
        }
    }
}
