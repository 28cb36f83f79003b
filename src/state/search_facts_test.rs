//! The search over the real fact base: the table of issue 13 §5 and the promises behind
//! it. Counts are compared with each other, not copied from a run.

use super::*;
use crate::data::EVENTS;

fn found(q: &str) -> Vec<usize> {
    let idx = fact_index();
    let w = words(q);
    (0..EVENTS.len()).filter(|i| idx.matches(*i, &w)).collect()
}

fn count(q: &str) -> usize {
    found(q).len()
}

fn with_stance(s: Stance) -> Vec<usize> {
    (0..EVENTS.len())
        .filter(|i| EVENTS[*i].stance == s)
        .collect()
}

#[test]
fn a_particle_form_finds_what_the_bare_word_finds() {
    // (with particle or ending, bare word, the bare word's least count in the fact base)
    let table = [
        ("네이버가", "네이버", 14),
        ("네이버의", "네이버", 14),
        ("네이버는", "네이버", 14),
        ("HBM을", "HBM", 5),
        ("엔비디아와", "엔비디아", 10),
        ("엔비디아에", "엔비디아", 10),
        ("소버린AI를", "소버린AI", 15),
        ("SK하이닉스가", "SK하이닉스", 5),
        ("삼성전자는", "삼성전자", 5),
        ("오픈AI와", "오픈AI", 5),
        ("데이터센터를", "데이터센터", 10),
        ("정부가", "정부", 3),
        ("KT가", "KT", 5),
        ("구글도", "구글", 3),
        ("마이크로소프트와", "마이크로소프트", 3),
    ];
    for (form, bare, least) in table {
        let (f, b) = (count(form), count(bare));
        assert!(b >= least, "{bare}: {b} events, expected at least {least}");
        assert!(f + 2 >= b, "{form}: {f} events, {bare}: {b}");
        assert!(f <= b, "{form} finds no more than {bare}: {f} > {b}");
    }
}

#[test]
fn spacing_and_spelling_variants_agree() {
    let same = [
        ("data center", "data centre"),
        ("data centers", "data centre"),
        ("datacenter", "datacentre"),
        ("Data Centres", "data center"),
        ("데이터센터", "데이터센터를"),
        ("organisations", "organizations"),
        ("chips", "chip"),
    ];
    for (a, b) in same {
        assert_eq!(found(a), found(b), "{a} = {b}");
    }
    assert!(count("data centre") >= 15);
    // Korean spacing: the two spellings find each other's events.
    let (joined, apart) = (found("데이터센터"), found("데이터 센터"));
    assert!(joined.len() >= 10);
    assert!(
        joined.iter().all(|i| apart.contains(i)),
        "데이터 센터 ⊇ 데이터센터"
    );
    // A closed compound finds the open one.
    assert!(count("datacenter") >= count("data centre"));
}

#[test]
fn the_debates_words_reach_their_stance() {
    let table = [
        ("소버린", Stance::Sovereign),
        ("sovereign", Stance::Sovereign),
        ("소버린 AI", Stance::Sovereign),
        ("소버린AI를", Stance::Sovereign),
        ("독자 AI", Stance::Sovereign),
        ("동맹", Stance::Alliance),
        ("협업", Stance::Alliance),
        ("alliance", Stance::Alliance),
        ("hybrid", Stance::Hybrid),
    ];
    for (q, s) in table {
        let hits = found(q);
        let all = with_stance(s);
        assert!(!all.is_empty());
        assert!(
            all.iter().all(|i| hits.contains(i)),
            "{q}: every {s} event is found"
        );
        assert_eq!(words(q).len(), 1, "{q} is one word or phrase");
    }
    assert!(count("소버린") >= 15 && count("sovereign") >= 15);
    assert!(
        count("네이버") < EVENTS.len() / 2,
        "an ordinary word reaches no stance"
    );
}

#[test]
fn a_stance_word_still_finds_its_mentions_elsewhere() {
    // Events of other stances that mention the word are kept: the stance adds, never hides.
    for q in ["동맹", "협업", "sovereign"] {
        let w = words(q);
        let hits = found(q);
        let idx = fact_index();
        for (i, e) in EVENTS.iter().enumerate() {
            if idx.has_text(i, &w[0]) {
                assert!(hits.contains(&i), "{q}: {} mentions it", e.id);
            }
        }
    }
}

#[test]
fn matches_by_text_are_marked_in_the_prose() {
    use crate::state::highlight::ranges;
    for q in [
        "네이버가",
        "HBM을",
        "data center",
        "datacenter",
        "엔비디아와",
        "소버린",
    ] {
        let w = words(q);
        let idx = fact_index();
        let by_text: Vec<usize> = (0..EVENTS.len())
            .filter(|i| idx.has_text(*i, &w[0]))
            .collect();
        let marked = by_text
            .iter()
            .filter(|i| {
                let e = &EVENTS[**i];
                [e.title.ko, e.title.en, e.summary.ko, e.summary.en]
                    .iter()
                    .any(|t| !ranges(t, &w).is_empty())
            })
            .count();
        // Nearly all: the rest matched an organisation's name or a figure, not the prose.
        assert!(
            marked * 10 >= by_text.len() * 9 && marked > 0,
            "{q}: {marked} of {} matches show a mark",
            by_text.len()
        );
    }
}

#[test]
fn stance_notes_say_what_the_stance_added() {
    let idx = fact_index();
    let w = words("소버린 네이버");
    let shown = found("소버린 네이버");
    let notes = stance_notes(idx, &shown, &w);
    assert_eq!(notes.len(), 1, "네이버 names no stance");
    assert_eq!(notes[0].typed, "소버린");
    assert_eq!(notes[0].word.stance, Stance::Sovereign);
    let by_text = shown.iter().filter(|i| idx.has_text(**i, &w[0])).count();
    assert_eq!(notes[0].added + by_text, shown.len());
    assert!(notes[0].added > 0);
    assert!(stance_notes(idx, &found("네이버"), &words("네이버")).is_empty());
    assert_eq!(fact_count("소버린"), count("소버린"));
    assert_eq!(fact_count("zzzz"), 0);
}
