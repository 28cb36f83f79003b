//! Finding glossary terms in prose: every alias of every term in `crate::data::TERMS`,
//! longest first, ASCII case-insensitive, whole words for Latin aliases (a plural `s` is
//! allowed). Only the first occurrence of each term in a text is marked. Organisation names
//! are never marked inside (`NHN Cloud` is a company, not the glossary's `cloud`).

use crate::data::{Term, EVENTS, ORGS, TERMS};
use std::sync::OnceLock;

/// A run of prose: plain text, or an occurrence of a glossary term.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Segment {
    Plain(&'static str),
    Term {
        term: &'static Term,
        text: &'static str,
    },
}

/// All aliases with their term.
fn aliases() -> &'static [(&'static str, &'static Term)] {
    static ALIASES: OnceLock<Vec<(&'static str, &'static Term)>> = OnceLock::new();
    ALIASES.get_or_init(|| {
        TERMS
            .iter()
            .flat_map(|t| t.aliases.iter().map(move |a| (*a, t)))
            .filter(|(a, _)| !a.is_empty())
            .collect()
    })
}

/// Organisation names (both languages) that contain a glossary alias: they are skipped
/// whole when met in prose.
fn org_names() -> &'static [&'static str] {
    static NAMES: OnceLock<Vec<&'static str>> = OnceLock::new();
    NAMES.get_or_init(|| {
        ORGS.iter()
            .flat_map(|o| [o.name.ko, o.name.en])
            .filter(|n| {
                let n = n.to_ascii_lowercase();
                aliases()
                    .iter()
                    .any(|(a, _)| n.contains(&a.to_ascii_lowercase()))
            })
            .collect()
    })
}

/// The length of the longest such organisation name starting at byte `i`.
fn org_at(text: &str, i: usize) -> Option<usize> {
    org_names()
        .iter()
        .filter(|n| text[i..].starts_with(**n))
        .map(|n| n.len())
        .max()
}

fn is_word(c: char) -> bool {
    c.is_ascii_alphanumeric()
}

/// The longest alias starting at byte `i`: its length in bytes (with a plural `s`) and term.
fn match_at(text: &str, i: usize) -> Option<(usize, &'static Term)> {
    let prev = text[..i].chars().next_back();
    let first_byte = text.as_bytes()[i].to_ascii_lowercase();
    let mut best: Option<(usize, &'static Term)> = None;
    for (alias, term) in aliases() {
        if alias.as_bytes()[0].to_ascii_lowercase() != first_byte
            || best.is_some_and(|(len, _)| len >= alias.len())
        {
            continue;
        }
        let end = i + alias.len();
        if end > text.len() || !text.is_char_boundary(end) {
            continue;
        }
        if !text[i..end].eq_ignore_ascii_case(alias) {
            continue;
        }
        let first = alias.chars().next().unwrap_or(' ');
        if is_word(first) && prev.is_some_and(is_word) {
            continue;
        }
        let last = alias.chars().next_back().unwrap_or(' ');
        let mut len = alias.len();
        if is_word(last) {
            let mut rest = text[end..].chars();
            match rest.next() {
                Some('s') if last.is_ascii_alphabetic() && !rest.next().is_some_and(is_word) => {
                    len += 1
                }
                Some(c) if is_word(c) => continue,
                _ => {}
            }
        }
        best = Some((len, term));
    }
    best
}

/// Split `text` into plain runs and the first occurrence of each glossary term.
pub fn segments(text: &'static str) -> Vec<Segment> {
    let mut out = Vec::new();
    let mut seen: Vec<&'static str> = Vec::new();
    let mut plain_from = 0;
    let mut i = 0;
    while i < text.len() {
        if let Some(len) = org_at(text, i) {
            i += len;
        } else if let Some((len, term)) = match_at(text, i) {
            if !seen.contains(&term.id) {
                if plain_from < i {
                    out.push(Segment::Plain(&text[plain_from..i]));
                }
                out.push(Segment::Term {
                    term,
                    text: &text[i..i + len],
                });
                seen.push(term.id);
                plain_from = i + len;
            }
            // A repeat (or an alias of a term already marked) is skipped whole, so that a
            // shorter alias of another term inside it is not marked instead.
            i += len;
        } else {
            i += text[i..].chars().next().map_or(1, char::len_utf8);
        }
    }
    if plain_from < text.len() {
        out.push(Segment::Plain(&text[plain_from..]));
    }
    out
}

/// The ids of the glossary terms that occur in `text`, in order of first occurrence.
pub fn terms_in(text: &'static str) -> Vec<&'static str> {
    segments(text)
        .into_iter()
        .filter_map(|s| match s {
            Segment::Term { term, .. } => Some(term.id),
            Segment::Plain(_) => None,
        })
        .collect()
}

/// For each term (in `TERMS` order), the events whose title or summary mentions it in
/// either language.
pub fn events_by_term() -> &'static [Vec<&'static str>] {
    static INDEX: OnceLock<Vec<Vec<&'static str>>> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index = vec![Vec::new(); TERMS.len()];
        for e in EVENTS {
            let mut found: Vec<&'static str> = Vec::new();
            for text in [e.title.ko, e.title.en, e.summary.ko, e.summary.en] {
                found.extend(terms_in(text));
            }
            for (i, t) in TERMS.iter().enumerate() {
                if found.contains(&t.id) {
                    index[i].push(e.id);
                }
            }
        }
        index
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marked(text: &'static str) -> Vec<(&'static str, &'static str)> {
        segments(text)
            .into_iter()
            .filter_map(|s| match s {
                Segment::Term { term, text } => Some((term.id, text)),
                Segment::Plain(_) => None,
            })
            .collect()
    }

    #[test]
    fn finds_terms_longest_first_and_once() {
        assert_eq!(
            marked("SK hynix ships HBM3E; HBM3E again, and plain HBM."),
            vec![("hbm3e", "HBM3E"), ("hbm", "HBM")]
        );
        assert_eq!(
            marked("GPU팜에 GPU를"),
            vec![("gpu-npu-farm", "GPU팜"), ("gpu", "GPU")]
        );
        assert_eq!(marked("대규모언어모델"), vec![("llm", "대규모언어모델")]);
    }

    #[test]
    fn latin_aliases_are_whole_words_with_plurals() {
        assert_eq!(marked("eSSD drives"), vec![("essd", "eSSD")]);
        assert_eq!(marked("many GPUs."), vec![("gpu", "GPUs")]);
        assert_eq!(
            marked("Generative AI is here"),
            vec![("generative-ai", "Generative AI")]
        );
        assert!(marked("GPUX and SSDs2").is_empty());
        assert_eq!(
            marked("NHN Cloud runs in the cloud"),
            vec![("cloud", "cloud")]
        );
        assert!(marked("NHN클라우드").is_empty());
    }

    #[test]
    fn segments_rebuild_the_text() {
        let text = "네이버는 소버린 AI와 초거대 AI, 그리고 클라우드를 말한다.";
        let joined: String = segments(text)
            .into_iter()
            .map(|s| match s {
                Segment::Plain(t) | Segment::Term { text: t, .. } => t,
            })
            .collect();
        assert_eq!(joined, text);
        assert_eq!(
            terms_in(text),
            vec!["sovereign-ai", "hyperscale-ai", "cloud"]
        );
    }

    #[test]
    fn every_term_is_found_in_its_own_names() {
        for t in TERMS {
            for a in t.aliases {
                let found = segments(a);
                assert!(
                    matches!(found.first(), Some(Segment::Term { .. })),
                    "alias {a} of {} is not found",
                    t.id
                );
            }
        }
    }

    #[test]
    fn the_event_index_has_an_entry_per_term() {
        let idx = events_by_term();
        assert_eq!(idx.len(), TERMS.len());
        let hbm = TERMS.iter().position(|t| t.id == "hbm").unwrap();
        assert!(idx[hbm].contains(&"sk-hynix-holds-60-percent-of-hbm-market"));
    }
}
