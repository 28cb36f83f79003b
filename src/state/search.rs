//! Free-text search over events, in both languages at once. Plain Rust, tested natively.
//!
//! Each event gets one normalised haystack (built once, see [`SearchIndex`]) holding its
//! titles, summaries, organisation and people names and figures, in Korean and English.
//! A query is split into words; an event matches when EVERY word is a substring of its
//! haystack. Substring matching is what Korean needs: particles attach to the word they
//! follow, so `네이버` must find `네이버는` and `네이버의`. Normalising folds case (English is
//! case-insensitive), full-width forms and punctuation. A word containing Hangul also
//! matches with the spaces of the text removed, because Korean spacing varies
//! (`800억달러` finds `800억 달러`, `소버린AI` finds `소버린 AI`).

use crate::data::{Event, Text};
use std::sync::OnceLock;

/// Characters kept as they are besides letters and digits: they carry meaning in figures
/// (`11.3%`, `$80bn`) and names (`AT&T`, `C#`). Everything else becomes a space, except
/// apostrophes, which are removed (`Nvidia's` → `nvidias`, so `nvidia` still matches).
const KEEP: &[char] = &['%', '$', '€', '₩', '¥', '£', '.', '+', '#', '&', '~'];
const DROP: &[char] = &['\'', '’', '‘', 'ʼ'];

/// Separates fields in a haystack so a word never matches across two fields.
const FIELD_SEP: char = '\n';

fn fold(c: char, out: &mut String) {
    if c.is_ascii_alphanumeric() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    // Full-width ASCII (Ａ, ０ …) as typed by some Korean IMEs → ASCII.
    let c = match c as u32 {
        0xFF01..=0xFF5E => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        0x3000 => ' ',
        _ => c,
    };
    if c.is_alphanumeric() || KEEP.contains(&c) {
        out.extend(c.to_lowercase());
    } else if DROP.contains(&c) {
    } else if !out.ends_with(' ') && !out.is_empty() {
        out.push(' ');
    }
}

/// Lower-case, fold full-width forms, turn punctuation into single spaces, trim.
pub fn normalise(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        fold(c, &mut out);
    }
    while out.ends_with(' ') {
        out.pop();
    }
    out
}

fn is_hangul(c: char) -> bool {
    matches!(c as u32, 0xAC00..=0xD7A3 | 0x1100..=0x11FF | 0x3130..=0x318F)
}

/// One word of a query, normalised.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Word {
    pub text: String,
    /// Contains Hangul: also matched against the text with spaces removed.
    pub hangul: bool,
}

/// Drop English possessive endings (`Nvidia's` → `Nvidia`) so that the word also finds the
/// plain name; in the text they stay (`nvidias` still contains `nvidia`).
fn strip_possessives(q: &str) -> String {
    let chars: Vec<char> = q.chars().collect();
    let mut out = String::with_capacity(q.len());
    let mut i = 0;
    while i < chars.len() {
        let possessive = DROP.contains(&chars[i])
            && i > 0
            && chars[i - 1].is_alphanumeric()
            && matches!(chars.get(i + 1), Some('s' | 'S'))
            && !chars.get(i + 2).is_some_and(|c| c.is_alphanumeric());
        if possessive {
            i += 2;
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    out
}

/// Split a query into normalised words (empty for a blank query). Dots at the ends of a
/// word are dropped (`naver.` finds `Naver`); duplicates are removed.
pub fn words(q: &str) -> Vec<Word> {
    let mut out: Vec<Word> = Vec::new();
    for w in normalise(&strip_possessives(q)).split(' ') {
        let w = w.trim_matches('.');
        if w.is_empty() || out.iter().any(|x| x.text == w) {
            continue;
        }
        out.push(Word {
            text: w.to_string(),
            hangul: w.chars().any(is_hangul),
        });
    }
    out
}

/// The normalised text of one event, with and without spaces.
#[derive(Clone, Debug, Default)]
pub struct Haystack {
    pub spaced: String,
    pub compact: String,
}

impl Haystack {
    pub fn matches(&self, words: &[Word]) -> bool {
        // A word has no spaces, so any match in `spaced` is also one in `compact`.
        words.iter().all(|w| {
            if w.hangul {
                self.compact.contains(w.text.as_str())
            } else {
                self.spaced.contains(w.text.as_str())
            }
        })
    }
}

/// Everything about a list of events that filtering needs and that never changes, built
/// once: haystacks (same order as the events), the order by date, and the organisations and
/// sources of each event as dense slots (so counting needs no string keys).
#[derive(Clone, Debug, Default)]
pub struct SearchIndex {
    pub hay: Vec<Haystack>,
    /// Indices of the events sorted oldest first (by date, then position in the list).
    pub by_date: Vec<usize>,
    /// Distinct organisation ids, in order of first appearance.
    pub org_ids: Vec<&'static str>,
    /// For each event, its organisations as slots into `org_ids` (no duplicates).
    pub ev_orgs: Vec<Box<[u16]>>,
    /// Distinct source ids, in order of first appearance.
    pub source_ids: Vec<&'static str>,
    /// For each event, the sources it cites as slots into `source_ids` (no duplicates).
    pub ev_sources: Vec<Box<[u16]>>,
}

/// Dense slots for ids: each id's position in `table`, adding new ones.
fn slots(
    ids: impl Iterator<Item = &'static str>,
    table: &mut Vec<&'static str>,
    lookup: &mut std::collections::HashMap<&'static str, u16>,
) -> Box<[u16]> {
    let mut out: Vec<u16> = Vec::new();
    for id in ids {
        let slot = *lookup.entry(id).or_insert_with(|| {
            table.push(id);
            (table.len() - 1) as u16
        });
        if !out.contains(&slot) {
            out.push(slot);
        }
    }
    out.into_boxed_slice()
}

impl SearchIndex {
    /// Build the index. `name` gives the names of organisations and people by id (both
    /// languages); ids it does not know are indexed as they are.
    pub fn build(events: &[Event], name: impl Fn(&str) -> Option<Text>) -> SearchIndex {
        let hay = events
            .iter()
            .map(|e| {
                let mut fields: Vec<&str> =
                    vec![e.title.ko, e.title.en, e.summary.ko, e.summary.en];
                for id in e.orgs.iter().chain(e.people.iter()) {
                    match name(id) {
                        Some(t) => fields.extend([t.ko, t.en]),
                        None => fields.push(id),
                    }
                }
                for f in e.figures {
                    fields.extend([f.as_reported, f.label.ko, f.label.en]);
                    if let Some(c) = &f.converted {
                        fields.push(c.as_reported);
                    }
                }
                let mut spaced = String::new();
                for f in fields {
                    let n = normalise(f);
                    if n.is_empty() {
                        continue;
                    }
                    if !spaced.is_empty() {
                        spaced.push(FIELD_SEP);
                    }
                    spaced.push_str(&n);
                }
                let compact = spaced.chars().filter(|c| *c != ' ').collect();
                Haystack { spaced, compact }
            })
            .collect();
        let mut by_date: Vec<usize> = (0..events.len()).collect();
        by_date.sort_by_key(|i| (events[*i].date.key(), *i));
        let (mut org_ids, mut org_lookup) = (Vec::new(), Default::default());
        let ev_orgs = events
            .iter()
            .map(|e| slots(e.orgs.iter().copied(), &mut org_ids, &mut org_lookup))
            .collect();
        let (mut source_ids, mut source_lookup) = (Vec::new(), Default::default());
        let ev_sources = events
            .iter()
            .map(|e| {
                slots(
                    e.cites.iter().map(|c| c.source),
                    &mut source_ids,
                    &mut source_lookup,
                )
            })
            .collect();
        SearchIndex {
            hay,
            by_date,
            org_ids,
            ev_orgs,
            source_ids,
            ev_sources,
        }
    }

    /// Does event `i` match every word?
    pub fn matches(&self, i: usize, words: &[Word]) -> bool {
        words.is_empty() || self.hay.get(i).is_some_and(|h| h.matches(words))
    }
}

/// The index of the real fact base, built on first use (once per page load).
pub fn fact_index() -> &'static SearchIndex {
    static INDEX: OnceLock<SearchIndex> = OnceLock::new();
    INDEX.get_or_init(|| SearchIndex::build(crate::data::EVENTS, crate::data::speaker_name))
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::data::{Cite, Date, Figure, Kind, Layer, Stance, Unit};

    #[allow(clippy::too_many_arguments)]
    pub(crate) fn event(
        id: &'static str,
        date: &str,
        title: (&'static str, &'static str),
        orgs: &'static [&'static str],
        stance: Stance,
        layer: Layer,
        kind: Kind,
        cites: &'static [Cite],
    ) -> Event {
        let date = crate::state::filters::parse_date(date).expect("test date");
        Event {
            id,
            date,
            date_inferred: false,
            date_note: None,
            date_kind: crate::data::DateKind::Dated,
            title: Text {
                ko: title.0,
                en: title.1,
            },
            summary: Text { ko: "", en: "" },
            orgs,
            people: &[],
            stance,
            layer,
            kind,
            status: None,
            figures: &[],
            cites,
            note: None,
        }
    }

    fn names(id: &str) -> Option<Text> {
        match id {
            "naver" => Some(Text {
                ko: "네이버",
                en: "Naver",
            }),
            "sk-hynix" => Some(Text {
                ko: "SK하이닉스",
                en: "SK hynix",
            }),
            _ => None,
        }
    }

    static FIGS: [Figure; 1] = [Figure {
        label: Text {
            ko: "투자 규모",
            en: "Investment",
        },
        as_reported: "800억 달러",
        value: 80e9,
        value_max: None,
        unit: Unit::Usd,
        converted: None,
    }];

    fn corpus() -> Vec<Event> {
        let mut a = event(
            "a",
            "2024-03",
            (
                "네이버는 하이퍼클로바X를 공개했다",
                "Naver unveils HyperCLOVA X",
            ),
            &["naver"],
            Stance::Sovereign,
            Layer::Models,
            Kind::Model,
            &[],
        );
        a.summary = Text {
            ko: "'소버린 AI'를 내세운 국내 모델",
            en: "A home-grown model championing 'sovereign AI'",
        };
        let mut b = event(
            "b",
            "2025",
            ("엔비디아에 HBM 공급", "SK hynix's HBM goes to Nvidia"),
            &["sk-hynix", "nvidia"],
            Stance::Alliance,
            Layer::Chips,
            Kind::Chip,
            &[],
        );
        b.figures = &FIGS;
        vec![a, b]
    }

    fn hits(q: &str) -> Vec<&'static str> {
        let evs = corpus();
        let idx = SearchIndex::build(&evs, names);
        let w = words(q);
        evs.iter()
            .enumerate()
            .filter(|(i, _)| idx.matches(*i, &w))
            .map(|(_, e)| e.id)
            .collect()
    }

    #[test]
    fn normalises_case_punctuation_and_width() {
        assert_eq!(normalise("  SK-Hynix’s  HBM·칩! "), "sk hynixs hbm 칩");
        assert_eq!(normalise("ＮＡＶＥＲ　네이버"), "naver 네이버");
        assert_eq!(normalise("11.3% $80bn"), "11.3% $80bn");
        assert_eq!(normalise(""), "");
        assert_eq!(normalise("!!!"), "");
    }

    #[test]
    fn splits_words() {
        assert_eq!(words("  Naver  naver. 네이버 ").len(), 2);
        assert!(words("네이버")[0].hangul);
        assert!(!words("hbm")[0].hangul);
        assert!(words(" ... ").is_empty());
    }

    #[test]
    fn korean_finds_words_with_particles_attached() {
        assert_eq!(
            hits("네이버"),
            vec!["a"],
            "네이버 finds 네이버는 and the org name"
        );
        assert_eq!(hits("하이퍼클로바"), vec!["a"]);
        assert_eq!(hits("엔비디아"), vec!["b"]);
        assert_eq!(
            hits("소버린AI"),
            vec!["a"],
            "spacing does not matter in Korean"
        );
        assert_eq!(hits("800억달러"), vec!["b"]);
        assert_eq!(hits("공급"), vec!["b"]);
    }

    #[test]
    fn english_is_case_insensitive_and_words_are_anded() {
        assert_eq!(hits("NAVER"), vec!["a"]);
        assert_eq!(hits("hyperclova"), vec!["a"]);
        assert_eq!(hits("hbm nvidia"), vec!["b"]);
        assert_eq!(hits("hbm naver"), Vec::<&str>::new());
        assert_eq!(hits("nvidia's"), vec!["b"]);
        assert_eq!(hits("sk-hynix"), vec!["b"]);
        assert_eq!(hits("Sovereign"), vec!["a"]);
    }

    #[test]
    fn org_names_in_both_languages_and_figures_are_searched() {
        assert_eq!(hits("SK하이닉스"), vec!["b"], "Korean org name");
        assert_eq!(hits("sk hynix"), vec!["b"]);
        assert_eq!(hits("800억"), vec!["b"], "figure as reported");
        assert_eq!(hits("investment"), vec!["b"], "figure label");
        assert_eq!(
            hits("nvidia"),
            vec!["b"],
            "unknown org ids are indexed as they are"
        );
    }

    #[test]
    fn blank_query_matches_everything() {
        assert_eq!(hits(""), vec!["a", "b"]);
        assert_eq!(hits("   "), vec!["a", "b"]);
    }

    #[test]
    fn words_do_not_match_across_fields() {
        // The Korean title ends "공개했다", the English one starts "Naver": no word spans both.
        assert_eq!(hits("했다naver"), Vec::<&str>::new());
        assert_eq!(hits("공개했다"), vec!["a"]);
    }

    #[test]
    fn index_orders_by_date_and_numbers_ids() {
        let mut evs = corpus();
        evs[1].orgs = &["sk-hynix", "nvidia", "sk-hynix"];
        evs[0].date = Date {
            y: 2026,
            m: 0,
            d: 0,
        };
        let idx = SearchIndex::build(&evs, names);
        assert_eq!(idx.by_date, vec![1, 0]);
        assert_eq!(idx.org_ids, vec!["naver", "sk-hynix", "nvidia"]);
        assert_eq!(&*idx.ev_orgs[1], &[1, 2], "duplicates once");
    }

    #[test]
    fn real_index_covers_every_event() {
        assert_eq!(fact_index().hay.len(), crate::data::EVENTS.len());
        assert!(fact_index().hay.iter().all(|h| !h.spaced.is_empty()));
    }
}
