//! Story and glossary URL state: `story/?chapter=<slug>&step=<n>` and `glossary/?term=<id>`.
//! Parsing is lenient: a bad value is dropped (and named, for the ignored-note) and the
//! reader lands on the nearest sensible place; it never panics.

use crate::state::query;

/// A place in the story: chapter and step, both 0-based.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct StoryPos {
    pub chapter: usize,
    pub step: usize,
}

/// Cut a hostile value to something short enough to show in a note.
fn shorten(s: &str) -> String {
    let mut out: String = s.chars().take(40).collect();
    if s.chars().count() > 40 {
        out.push('…');
    }
    out
}

/// Read the position from a query string, given `(slug, steps)` for every chapter.
/// Returns the position and the `key=value` strings that were ignored.
pub fn parse(search: &str, outline: &[(&str, usize)]) -> (StoryPos, Vec<String>) {
    let mut ignored = Vec::new();
    let mut chapter = None;
    let mut step_raw = None;
    for p in query::pairs(search) {
        match p.key.as_str() {
            "chapter" => {
                let v = p.value.trim().to_ascii_lowercase();
                let by_slug = outline.iter().position(|(s, _)| *s == v);
                let by_number = v
                    .parse::<usize>()
                    .ok()
                    .filter(|n| (1..=outline.len()).contains(n))
                    .map(|n| n - 1);
                match by_slug.or(by_number) {
                    Some(c) if p.well_formed => chapter = Some(c),
                    _ => ignored.push(format!("chapter={}", shorten(&p.value))),
                }
            }
            "step" => step_raw = Some((p.value, p.well_formed)),
            _ => {}
        }
    }
    let chapter = chapter.unwrap_or(0);
    let steps = outline.get(chapter).map_or(0, |(_, n)| *n);
    let mut step = 0;
    if let Some((raw, ok)) = step_raw {
        match raw.trim().parse::<usize>() {
            Ok(n) if ok && (1..=steps).contains(&n) => step = n - 1,
            _ => ignored.push(format!("step={}", shorten(&raw))),
        }
    }
    (StoryPos { chapter, step }, ignored)
}

/// The view parameters for a position; only non-default values are written.
pub fn params(pos: StoryPos, outline: &[(&'static str, usize)]) -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    if pos == StoryPos::default() {
        return out;
    }
    if let Some((slug, _)) = outline.get(pos.chapter) {
        out.push(("chapter", (*slug).to_string()));
    }
    if pos.step > 0 {
        out.push(("step", (pos.step + 1).to_string()));
    }
    out
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
pub fn parse_term(search: &str, known: &[&'static str]) -> (Option<&'static str>, Vec<String>) {
    let mut ignored = Vec::new();
    let mut term = None;
    for p in query::pairs(search) {
        if p.key == "term" {
            let v = p.value.trim().to_ascii_lowercase();
            match known.iter().find(|k| **k == v) {
                Some(k) if p.well_formed => term = Some(*k),
                _ => ignored.push(format!("term={}", shorten(&p.value))),
            }
        }
    }
    (term, ignored)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

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
        assert_eq!(ig, vec!["chapter=nope", "step=-5"]);
        let (p, ig) = parse("?chapter=three&step=3", OUTLINE);
        assert_eq!(
            p,
            pos(2, 0),
            "step beyond the chapter falls back to its start"
        );
        assert_eq!(ig, vec!["step=3"]);
        let (p, ig) = parse("?chapter=two&step=999999999999999999999999", OUTLINE);
        assert_eq!(p, pos(1, 0));
        assert_eq!(ig.len(), 1);
        let (_, ig) = parse("?chapter=%3Cscript%3E", OUTLINE);
        assert_eq!(ig, vec!["chapter=<script>"]);
        let (p, ig) = parse("?chapter=0&step=0", OUTLINE);
        assert_eq!(p, pos(0, 0));
        assert_eq!(ig.len(), 2);
        let (_, ig) = parse(&format!("?chapter={}", "x".repeat(100)), OUTLINE);
        assert!(ig[0].chars().count() < 60);
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

    proptest! {
        #[test]
        fn never_panics_and_stays_in_range(s in ".{0,120}") {
            let (p, _) = parse(&s, OUTLINE);
            prop_assert!(p.chapter < OUTLINE.len());
            prop_assert!(p.step < OUTLINE[p.chapter].1);
        }
    }
}
