//! The debate's own words for its two roads (and the middle one), so that a search for
//! `소버린`, `독자 AI` or `sovereign` also reaches the events with the sovereign stance, and
//! `동맹`, `협업` or `alliance` the alliance ones. Plain Rust, tested natively.
//!
//! Three sources, in order of precedence (the result line names the source):
//! 1. the glossary: a term names a stance when one of its names is that stance's label
//!    (`sovereign-ai` has the alias `소버린 AI`, the label of [`Stance::Sovereign`]); all its
//!    aliases then name the stance, and `<X> AI` also gives `<X>`, because the articles
//!    drop the `AI` (`소버린`, `sovereign`);
//! 2. the stance labels themselves, in both languages;
//! 3. [`DEBATE_WORDS`]: what the articles call each road that the glossary does not list.

use crate::data::{Stance, Term};
use crate::state::search::normalise;
use std::sync::OnceLock;

/// The stances that are roads in the debate (not the global context).
pub const ROADS: [Stance; 3] = [Stance::Alliance, Stance::Sovereign, Stance::Hybrid];

/// The articles' words for each road (000 "'동맹'을 택했다", "협업이 현실적인 선택";
/// 001 "빅테크 제휴냐 홀로서기냐"; 002 "자강과 협력 병행"; 004 "독자 노선"). Words that
/// are also ordinary vocabulary on their own (`제휴`, the kind "Partnership"; `both`) are
/// left out: they would pull in a whole stance for an unrelated search.
pub const DEBATE_WORDS: &[(&str, Stance)] = &[
    ("동맹", Stance::Alliance),
    ("협업", Stance::Alliance),
    ("빅테크 제휴", Stance::Alliance),
    ("alliance", Stance::Alliance),
    ("allies", Stance::Alliance),
    ("소버린", Stance::Sovereign),
    ("sovereign", Stance::Sovereign),
    ("독자 AI", Stance::Sovereign),
    ("독자 노선", Stance::Sovereign),
    ("독자 모델", Stance::Sovereign),
    ("홀로서기", Stance::Sovereign),
    ("병행", Stance::Hybrid),
    ("hybrid", Stance::Hybrid),
];

/// Ordinary words never taken as a stance's name, even where a label is one (the hybrid
/// stance is labelled "Both" in English).
const NOT_STANCE_WORDS: &[&str] = &["both"];

/// Where a stance word comes from.
#[derive(Clone, Copy, Debug)]
pub enum Why {
    /// A name of this glossary term.
    Glossary(&'static Term),
    /// The stance's label on this site.
    Label,
    /// One of the articles' words for the road ([`DEBATE_WORDS`]).
    Debate,
}

impl PartialEq for Why {
    fn eq(&self, other: &Why) -> bool {
        match (self, other) {
            (Why::Glossary(a), Why::Glossary(b)) => a.id == b.id,
            (Why::Label, Why::Label) | (Why::Debate, Why::Debate) => true,
            _ => false,
        }
    }
}
impl Eq for Why {}

/// One word (or phrase) that names a stance.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StanceWord {
    /// Normalised, spaces removed (`소버린ai`, `sovereignai`).
    pub key: String,
    /// As its source writes it (`소버린 AI`), for the result line.
    pub name: &'static str,
    pub stance: Stance,
    pub why: Why,
}

/// Normalised with spaces removed: how stance words are compared (Korean spacing varies).
pub fn key(s: &str) -> String {
    normalise(s).chars().filter(|c| *c != ' ').collect()
}

/// The lexicon for a glossary (tests pass their own terms).
pub fn build(terms: &'static [Term]) -> Vec<StanceWord> {
    let mut out: Vec<StanceWord> = Vec::new();
    let mut add = |name: &'static str, stance: Stance, why: Why| {
        let k = key(name);
        let taken = out.iter().any(|w| w.key == k);
        if !k.is_empty() && !taken && !NOT_STANCE_WORDS.contains(&k.as_str()) {
            out.push(StanceWord {
                key: k,
                name,
                stance,
                why,
            });
        }
    };
    for t in terms {
        let names: Vec<&str> = [t.term.ko, t.term.en]
            .into_iter()
            .chain(t.aliases.iter().copied())
            .collect();
        let Some(stance) = ROADS.into_iter().find(|s| {
            let label = s.label();
            names
                .iter()
                .any(|n| key(n) == key(label.ko) || key(n) == key(label.en))
        }) else {
            continue;
        };
        for n in names {
            add(n, stance, Why::Glossary(t));
            // `소버린 AI` → `소버린`: the articles often drop the `AI`.
            if let Some((head, tail)) = n.trim_end().rsplit_once(' ') {
                if tail.eq_ignore_ascii_case("ai") {
                    add(head, stance, Why::Glossary(t));
                }
            }
        }
    }
    for s in ROADS {
        add(s.label().ko, s, Why::Label);
        add(s.label().en, s, Why::Label);
    }
    for (w, s) in DEBATE_WORDS {
        add(w, *s, Why::Debate);
    }
    out
}

/// The lexicon of the real glossary, built on first use.
pub fn lexicon() -> &'static [StanceWord] {
    static LEX: OnceLock<Vec<StanceWord>> = OnceLock::new();
    LEX.get_or_init(|| build(crate::data::TERMS))
}

/// The stance a word or phrase names (compared without spaces), if any.
pub fn lookup(words: &str) -> Option<&'static StanceWord> {
    let k = key(words);
    lexicon().iter().find(|w| w.key == k)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::Text;

    static TERMS: [Term; 2] = [
        Term {
            id: "sovereign-ai",
            term: Text {
                ko: "소버린 AI(주권 AI)",
                en: "sovereign AI",
            },
            definition: crate::data::TermProse(Text {
                ko: "…", en: "…"
            }),
            aliases: &["소버린 AI", "주권 AI", "sovereign AI"],
            cites: &[],
        },
        Term {
            id: "gpu",
            term: Text {
                ko: "GPU",
                en: "GPU",
            },
            definition: crate::data::TermProse(Text {
                ko: "…", en: "…"
            }),
            aliases: &["GPU", "그래픽처리장치"],
            cites: &[],
        },
    ];

    fn find(lex: &[StanceWord], w: &str) -> Option<(Stance, Why)> {
        lex.iter()
            .find(|x| x.key == key(w))
            .map(|x| (x.stance, x.why))
    }

    #[test]
    fn glossary_terms_naming_a_stance_give_all_their_names() {
        let lex = build(&TERMS);
        let glossary = Why::Glossary(&TERMS[0]);
        for w in [
            "소버린 AI",
            "소버린AI",
            "주권 AI",
            "주권",
            "sovereign AI",
            "소버린",
            "Sovereign",
        ] {
            assert_eq!(find(&lex, w), Some((Stance::Sovereign, glossary)), "{w}");
        }
        assert_eq!(find(&lex, "GPU"), None, "other terms name no stance");
        assert_eq!(find(&lex, "그래픽처리장치"), None);
    }

    #[test]
    fn labels_and_the_articles_words_name_their_road() {
        let lex = build(&TERMS);
        // Labels may be renamed; the articles' words stay.
        let table = [
            ("동맹", Stance::Alliance),
            ("협업", Stance::Alliance),
            ("alliance", Stance::Alliance),
            ("빅테크 제휴", Stance::Alliance),
            ("독자 AI", Stance::Sovereign),
            ("독자AI", Stance::Sovereign),
            ("홀로서기", Stance::Sovereign),
            ("병행", Stance::Hybrid),
            ("hybrid", Stance::Hybrid),
        ];
        for (w, stance) in table {
            let found = find(&lex, w);
            assert_eq!(found.map(|f| f.0), Some(stance), "{w}");
            assert_ne!(found.map(|f| f.1), Some(Why::Glossary(&TERMS[0])), "{w}");
        }
        for s in ROADS {
            assert_eq!(find(&lex, s.label().ko).map(|f| f.0), Some(s), "label {s}");
        }
        for w in [
            "제휴",
            "both",
            "ai",
            "세계 흐름",
            "global context",
            "네이버",
        ] {
            assert_eq!(find(&lex, w), None, "{w} names no road");
        }
    }

    #[test]
    fn without_a_glossary_the_curated_words_still_work() {
        let lex = build(&[]);
        assert_eq!(find(&lex, "소버린"), Some((Stance::Sovereign, Why::Debate)));
        assert_eq!(
            find(&lex, "소버린 AI"),
            Some((Stance::Sovereign, Why::Label))
        );
    }

    #[test]
    fn the_real_glossary_names_the_sovereign_road() {
        let w = lookup("소버린").expect("소버린 names a stance");
        assert_eq!(w.stance, Stance::Sovereign);
        assert!(
            matches!(w.why, Why::Glossary(t) if t.id == "sovereign-ai"),
            "{:?}",
            w.why
        );
        assert_eq!(
            lookup("sovereign").map(|w| w.stance),
            Some(Stance::Sovereign)
        );
        assert_eq!(lookup("동맹").map(|w| w.stance), Some(Stance::Alliance));
        assert_eq!(lookup("네이버"), None);
    }
}
