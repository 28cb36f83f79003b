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

use crate::data::{Event, Stance, Text};
use crate::state::forms::{self, korean_stem};
use crate::state::stance_words::{self, StanceWord};
use std::sync::OnceLock;

/// Characters kept as they are besides letters and digits: they carry meaning in figures
/// (`11.3%`, `$80bn`) and names (`AT&T`, `C#`). Everything else becomes a space, except
/// apostrophes, which are removed (`Nvidia's` → `nvidias`, so `nvidia` still matches).
const KEEP: &[char] = &['%', '$', '€', '₩', '¥', '£', '.', '+', '#', '&', '~'];
const DROP: &[char] = &['\'', '’', '‘', 'ʼ'];

/// Separates fields in a haystack so a word never matches across two fields.
const FIELD_SEP: char = '\n';

pub(crate) fn fold(c: char, out: &mut String) {
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

/// Shortest Latin word that is also looked for with the text's spaces removed, so closed
/// and open compounds find each other (`datacenter` / `data centre`) without short words
/// matching across two (`ai` in `kai ist`).
const MIN_COMPACT: usize = 7;

/// One form of a query word to look for in a haystack.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Form {
    /// Normalised, single spaces (a phrase keeps its spaces).
    pub spaced: String,
    /// The same without spaces.
    pub compact: String,
    /// Contains Hangul: looked for only in the text with spaces removed.
    pub hangul: bool,
}

impl Form {
    pub fn new(spaced: &str) -> Form {
        Form {
            spaced: spaced.to_string(),
            compact: spaced.chars().filter(|c| *c != ' ').collect(),
            hangul: spaced.chars().any(is_hangul),
        }
    }

    /// Also looked for in the text without spaces.
    pub fn compact_too(&self) -> bool {
        self.hangul || self.compact.len() >= MIN_COMPACT
    }

    fn found_in(&self, h: &Haystack) -> bool {
        if self.hangul {
            h.compact.contains(self.compact.as_str())
        } else {
            h.spaced.contains(self.spaced.as_str())
                || (self.compact_too() && h.compact.contains(self.compact.as_str()))
        }
    }

    /// Finding `other` (in the same way) means finding `self`, so `other` need not be
    /// looked for. (A long form found only across a space, where its shorter part is not
    /// also looked for without spaces, is the one case lost: `centres` split as `cent res`.)
    fn implied_by(&self, other: &Form) -> bool {
        self.hangul == other.hangul && other.spaced.contains(self.spaced.as_str())
    }
}

/// One word of a query (or a phrase naming a stance), normalised.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Word {
    /// As typed, normalised (a phrase's words joined by single spaces).
    pub text: String,
    /// Contains Hangul: also matched against the text with spaces removed.
    pub hangul: bool,
    /// What to look for: the word without its Korean particle, English singular, other
    /// spellings. Any one found is a match. None implies another.
    pub forms: Vec<Form>,
    /// The stance this word names in the debate: events with that stance match too.
    pub stance: Option<&'static StanceWord>,
}

/// Known names (organisations, people, glossary terms) with spaces removed: never cut as if
/// they ended in a particle, nor is their last part (`피차이` of `선다 피차이`).
fn is_known_name(word: &str) -> bool {
    static NAMES: OnceLock<Vec<String>> = OnceLock::new();
    let names = NAMES.get_or_init(|| {
        let d = crate::data::ORGS.iter().map(|o| o.name);
        let p = crate::data::PEOPLE.iter().map(|p| p.name);
        let t = crate::data::TERMS.iter().map(|t| t.term);
        let aliases = crate::data::TERMS.iter().flat_map(|t| t.aliases.iter());
        let mut v: Vec<String> = d
            .chain(p)
            .chain(t)
            .flat_map(|t| [t.ko, t.en])
            .chain(aliases.copied())
            .map(stance_words::key)
            .collect();
        v.sort_unstable();
        v.dedup();
        v
    });
    let compact: String = word.chars().filter(|c| *c != ' ').collect();
    names.iter().any(|n| n.ends_with(compact.as_str()))
}

impl Word {
    /// The forms of `text` (normalised) and the stance it names, if any.
    pub fn new(text: &str, stance: Option<&'static StanceWord>) -> Word {
        let mut candidates: Vec<String> = Vec::new();
        match korean_stem(text, is_known_name) {
            // The stem finds everything the full word finds.
            Some(stem) => candidates.push(stem.to_string()),
            None => candidates.push(text.to_string()),
        }
        if let Some(one) = forms::english_singular(text) {
            candidates.push(one);
        }
        for c in candidates.clone() {
            candidates.extend(forms::english_variants(&c));
        }
        let all: Vec<Form> = candidates.iter().map(|c| Form::new(c)).collect();
        let mut kept: Vec<Form> = Vec::new();
        for (i, f) in all.iter().enumerate() {
            let redundant = all
                .iter()
                .enumerate()
                .any(|(j, g)| j != i && g.implied_by(f) && (g != f || j < i));
            if !redundant {
                kept.push(f.clone());
            }
        }
        Word {
            text: text.to_string(),
            hangul: text.chars().any(is_hangul),
            forms: kept,
            stance,
        }
    }
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

/// Longest run of query words naming a stance.
const MAX_STANCE_PHRASE: usize = 3;

/// The stance a run of words names: as typed, without its particle (`소버린AI를`), or in
/// the singular (`alliances`).
fn stance_of(run: &str) -> Option<&'static StanceWord> {
    stance_words::lookup(run)
        .or_else(|| korean_stem(run, is_known_name).and_then(stance_words::lookup))
        .or_else(|| forms::english_singular(run).and_then(|s| stance_words::lookup(&s)))
}

/// Split a query into normalised words (empty for a blank query). Dots at the ends of a
/// word are dropped (`naver.` finds `Naver`); duplicates are removed. Consecutive words
/// that together name a stance (`독자 AI`, `sovereign AI`) become one phrase.
pub fn words(q: &str) -> Vec<Word> {
    let folded = normalise(&strip_possessives(q));
    let tokens: Vec<&str> = folded
        .split(' ')
        .map(|w| w.trim_matches('.'))
        .filter(|w| !w.is_empty())
        .collect();
    let mut out: Vec<Word> = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let longest = MAX_STANCE_PHRASE.min(tokens.len() - i);
        let (taken, stance) = (1..=longest)
            .rev()
            .find_map(|k| stance_of(&tokens[i..i + k].join(" ")).map(|s| (k, Some(s))))
            .unwrap_or((1, None));
        let text = tokens[i..i + taken].join(" ");
        i += taken;
        if !out.iter().any(|x| x.text == text) {
            out.push(Word::new(&text, stance));
        }
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
    /// Is one of the word's forms in the text? (The stance is the index's business.)
    pub fn has(&self, w: &Word) -> bool {
        w.forms.iter().any(|f| f.found_in(self))
    }
}

/// Each event's normalised text (titles, summaries, names of its organisations and people,
/// its figures), same order as the events.
pub fn haystacks(events: &[Event], name: impl Fn(&str) -> Option<Text>) -> Vec<Haystack> {
    events
        .iter()
        .map(|e| {
            let mut fields: Vec<&str> = vec![e.title.ko, e.title.en, e.summary.ko, e.summary.en];
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
        .collect()
}

/// Everything about a list of events that filtering needs and that never changes, built
/// once: haystacks (same order as the events), the order by date, and the organisations and
/// sources of each event as dense slots (so counting needs no string keys).
#[derive(Clone, Debug, Default)]
pub struct SearchIndex {
    /// The haystacks, made on first use by `make_hay` when not made with the rest: only a
    /// search reads them, and making the fact base's is most of the index's cost (a
    /// phone's 10-15 ms while the timeline's app starts).
    hay: OnceLock<Vec<Haystack>>,
    make_hay: Option<fn() -> Vec<Haystack>>,
    /// Each event's stance (same order), for words that name one.
    pub stance: Vec<Stance>,
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
        let index = SearchIndex::without_hay(events);
        let _ = index.hay.set(haystacks(events, name));
        index
    }

    /// The index of `events` whose haystacks `make_hay` makes when a search first needs them.
    pub fn with_lazy_hay(events: &[Event], make_hay: fn() -> Vec<Haystack>) -> SearchIndex {
        SearchIndex {
            make_hay: Some(make_hay),
            ..SearchIndex::without_hay(events)
        }
    }

    /// Each event's normalised text, same order as the events.
    pub fn hay(&self) -> &[Haystack] {
        self.hay
            .get_or_init(|| self.make_hay.map(|make| make()).unwrap_or_default())
    }

    fn without_hay(events: &[Event]) -> SearchIndex {
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
            hay: OnceLock::new(),
            make_hay: None,
            stance: events.iter().map(|e| e.stance).collect(),
            by_date,
            org_ids,
            ev_orgs,
            source_ids,
            ev_sources,
        }
    }

    /// Does event `i` match every word? A word matches by its text or, for a word that
    /// names a stance, by the event's stance.
    pub fn matches(&self, i: usize, words: &[Word]) -> bool {
        if words.is_empty() {
            return true;
        }
        let Some(h) = self.hay().get(i) else {
            return words.is_empty();
        };
        words.iter().all(|w| {
            w.stance
                .is_some_and(|s| self.stance.get(i) == Some(&s.stance))
                || h.has(w)
        })
    }

    /// Does event `i` match `w` by its text (not only by its stance)?
    pub fn has_text(&self, i: usize, w: &Word) -> bool {
        self.hay().get(i).is_some_and(|h| h.has(w))
    }
}

/// A query word that reached a stance, for the result line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StanceNote {
    /// The word as the reader typed it (normalised).
    pub typed: String,
    pub word: &'static StanceWord,
    /// Shown events found through the stance alone (they do not contain the word).
    pub added: usize,
}

/// For each word of `words` that names a stance: which, why, and how many of the `shown`
/// events it brought in that its text alone would not have.
pub fn stance_notes(index: &SearchIndex, shown: &[usize], words: &[Word]) -> Vec<StanceNote> {
    words
        .iter()
        .filter_map(|w| {
            let sw = w.stance?;
            let added = shown
                .iter()
                .filter(|i| index.stance.get(**i) == Some(&sw.stance) && !index.has_text(**i, w))
                .count();
            Some(StanceNote {
                typed: w.text.clone(),
                word: sw,
                added,
            })
        })
        .collect()
}

/// How many events of the fact base a query finds, every other filter off (for links that
/// should only be offered when they lead somewhere).
pub fn fact_count(q: &str) -> usize {
    let w = words(q);
    let idx = fact_index();
    (0..idx.hay().len()).filter(|i| idx.matches(*i, &w)).count()
}

/// The index of the real fact base, built on first use (once per page load).
pub fn fact_index() -> &'static SearchIndex {
    static INDEX: OnceLock<SearchIndex> = OnceLock::new();
    INDEX.get_or_init(|| {
        SearchIndex::with_lazy_hay(crate::data::EVENTS, || {
            haystacks(crate::data::EVENTS, crate::data::speaker_name)
        })
    })
}

#[cfg(test)]
#[path = "search_facts_test.rs"]
mod facts_test;

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::data::{Cite, Date, Figure, Kind, Layer, Stance};

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

    static FIGS: [Figure; 1] = [crate::data::fixtures::FIGURE];

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
        let idx = SearchIndex::build(&evs, crate::data::fixtures::org_name);
        let w = words(q);
        evs.iter()
            .enumerate()
            .filter(|(i, _)| idx.matches(*i, &w))
            .map(|(_, e)| e.id)
            .collect()
    }

    #[test]
    fn normalises_case_punctuation_and_width() {
        let cases = [
            ("  SK-Hynix’s  HBM·칩! ", "sk hynixs hbm 칩"),
            ("ＮＡＶＥＲ　네이버", "naver 네이버"),
            ("11.3% $80bn", "11.3% $80bn"),
            ("", ""),
            ("!!!", ""),
        ];
        for (input, want) in cases {
            assert_eq!(normalise(input), want, "{input:?}");
        }
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
        // 네이버 finds 네이버는 and the org name; spacing does not matter (소버린AI).
        each_finds(&[
            (&["네이버", "하이퍼클로바", "소버린AI"], &["a"]),
            (&["엔비디아", "800억달러", "공급"], &["b"]),
        ]);
    }

    #[test]
    fn english_is_case_insensitive_and_words_are_anded() {
        each_finds(&[
            (&["NAVER", "hyperclova", "Sovereign"], &["a"]),
            (&["hbm nvidia", "nvidia's", "sk-hynix"], &["b"]),
            (&["hbm naver"], &[]),
        ]);
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

    /// Each query of a group finds exactly the group's events.
    fn each_finds(groups: &[(&[&str], &[&str])]) {
        for (queries, want) in groups {
            for q in *queries {
                assert_eq!(hits(q), want.to_vec(), "{q}");
            }
        }
    }

    #[test]
    fn particles_and_endings_find_what_the_bare_word_finds() {
        each_finds(&[
            (
                &["네이버가", "네이버의", "네이버를", "하이퍼클로바X라는"],
                &["a"],
            ),
            (
                &[
                    "HBM을",
                    "엔비디아와",
                    "엔비디아에게",
                    "SK하이닉스의",
                    "800억달러를",
                ],
                &["b"],
            ),
        ]);
    }

    #[test]
    fn english_plurals_and_spellings_find_each_other() {
        each_finds(&[
            (
                &["models", "Naver's models", "homegrown", "home-grown"],
                &["a"],
            ),
            (&["investments"], &["b"]),
        ]);
    }

    #[test]
    fn words_naming_a_stance_reach_its_events() {
        // Neither event mentions these words; their stance does.
        each_finds(&[
            (
                &["동맹", "협업이", "alliance", "alliances", "동맹 nvidia"],
                &["b"],
            ),
            (&["독자 AI", "독자AI를", "홀로서기"], &["a"]),
            (&["동맹 naver", "hybrid"], &[]),
        ]);
        let w = words("독자 AI 네이버");
        assert_eq!(w.len(), 2, "the phrase is one word: {w:?}");
        assert_eq!(w[0].stance.map(|s| s.stance), Some(Stance::Sovereign));
        assert_eq!(w[1].stance, None);
    }

    /// The spaced forms the first word of `q` is searched by.
    fn forms(q: &str) -> Vec<String> {
        words(q)[0].forms.iter().map(|f| f.spaced.clone()).collect()
    }

    #[test]
    fn names_in_the_fact_base_keep_their_last_syllable() {
        // 선다 피차이 (people.toml) ends in 이, like a particle.
        assert_eq!(forms("피차이"), vec!["피차이"]);
        assert_eq!(forms("피차이가"), vec!["피차이"]);
        assert_eq!(forms("선다피차이의"), vec!["선다피차이"]);
    }

    #[test]
    fn forms_are_minimal() {
        assert_eq!(forms("네이버가"), vec!["네이버"]);
        assert_eq!(forms("chips"), vec!["chip"]);
        assert_eq!(forms("centres"), vec!["centre", "center"]);
        assert_eq!(forms("datacenter"), vec!["datacenter", "datacentre"]);
        assert!(words("datacenter")[0].forms[0].compact_too());
        assert!(!words("ai")[0].forms[0].compact_too());
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
        let idx = SearchIndex::build(&evs, crate::data::fixtures::org_name);
        assert_eq!(idx.by_date, vec![1, 0]);
        assert_eq!(idx.org_ids, vec!["naver", "sk-hynix", "nvidia"]);
        assert_eq!(&*idx.ev_orgs[1], &[1, 2], "duplicates once");
    }

    /// How many times `counted_hay` ran (only the test below calls it).
    static HAY_MADE: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

    fn counted_hay() -> Vec<Haystack> {
        HAY_MADE.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        haystacks(crate::data::EVENTS, crate::data::speaker_name)
    }

    #[test]
    fn lazy_haystacks_are_made_by_the_first_search_and_find_what_eager_ones_find() {
        use crate::state::facets::evaluate;
        use crate::state::filters::parse;
        use std::sync::atomic::Ordering::SeqCst;
        let events = crate::data::EVENTS;
        let eager = SearchIndex::build(events, crate::data::speaker_name);
        let lazy = SearchIndex::with_lazy_hay(events, counted_hay);
        for link in [
            "?company=naver&from=2024",
            "?stance=sovereign&layer=chips",
            "?to=2023",
        ] {
            let (f, _) = parse(link);
            assert_eq!(
                evaluate(events, &lazy, &f).shown,
                evaluate(events, &eager, &f).shown,
                "{link}"
            );
        }
        assert_eq!(HAY_MADE.load(SeqCst), 0, "no search, no haystacks");
        for link in [
            "?q=HBM",
            "?q=%EB%84%A4%EC%9D%B4%EB%B2%84",
            "?q=HBM&layer=chips",
            "?q=sovereign",
        ] {
            let (f, _) = parse(link);
            let shown = evaluate(events, &lazy, &f).shown;
            assert!(!shown.is_empty(), "{link} finds something");
            assert_eq!(shown, evaluate(events, &eager, &f).shown, "{link}");
        }
        assert_eq!(HAY_MADE.load(SeqCst), 1, "made once, by the first search");
        assert_eq!(lazy.hay().len(), events.len());
    }

    #[test]
    fn real_index_covers_every_event() {
        assert_eq!(fact_index().hay().len(), crate::data::EVENTS.len());
        assert!(fact_index().hay().iter().all(|h| !h.spaced.is_empty()));
    }
}
