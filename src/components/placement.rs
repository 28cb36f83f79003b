//! "Where it stands" on a company card: what the articles say, as a small dated
//! trajectory with citations, then the event tally as supporting evidence, with a note
//! where the two disagree. The plain-Rust rules are `crate::data::placement`.

use crate::data::placement::{current, tally_check, trajectory, Counts, Lean, Period, TallyCheck};
use crate::data::{source, Evidence, Lang, Placement as Record, Stance};
use crate::i18n::ui;
use leptos::prelude::*;

crate::catalogue! {
    /// Strings of the placement block.
    pub struct PlacementUi {
        title: "어디에 서 있나", "Where it stands";
        lede: "기사가 이 기관의 전략을 어떻게 그리는지, 기사 날짜 순으로:", "What the articles say about its strategy, in date order:";
        trajectory: "기사에 따른 자리의 변화", "Its place over time, as the articles put it";
        now: "지금(가장 최근 기사)", "Now (latest article)";
        alliance: "빅테크 동맹", "Alliance with Big Tech";
        sovereign: "소버린 AI(자체 개발)", "Sovereign AI (build its own)";
        hybrid: "두 길 병행", "Both roads";
        none: "기사들은 이 기관의 전략을 어느 길로도 그리지 않습니다.", "The articles do not characterise this firm's strategy.";
        para: "문단", "para.";
        our_reading: "우리의 해석", "Our reading";
        tally_title: "보조 근거: 사건 집계", "Supporting evidence: the event tally";
        tally: "이 기관이 나오는 사건의 입장: 동맹 {a} · 소버린 {s} · 병행 {h}건", "Stances of the events it appears in: alliance {a} · sovereign {s} · both {h}";
        tally_context: "세계 흐름 {c}건은 세지 않음", "{c} global-context events not counted";
        tally_lean: "집계로는 '{lean}'", "on the tally alone: '{lean}'";
        tally_none: "입장을 셀 사건이 없습니다", "no event to count";
        lean_alliance: "동맹", "alliance";
        lean_leans_alliance: "동맹 쪽으로 기욺", "leans towards alliance";
        lean_both: "양쪽 병행", "both roads";
        lean_leans_sovereign: "소버린 쪽으로 기욺", "leans towards sovereign";
        lean_sovereign: "소버린", "sovereign";
        articles_say: "기사가 그리는 자리(최근)", "Where the articles place it (latest)";
        not_characterised: "기사가 그리지 않음", "Not characterised by the articles";
        disagree_label: "주의", "Note";
        disagree: "사건 집계('{lean}')는 기사들이 지금 그리는 자리('{now}')와 다릅니다. 집계는 모든 해의 사건을 똑같이 세고, 기사가 전략을 어떻게 설명하는지는 보지 않습니다. 이 카드의 자리는 기사 쪽을 따릅니다.", "The event tally ('{lean}') disagrees with where the articles place it now ('{now}'). The tally counts events from every year alike and does not read how the articles describe the strategy; this card follows the articles.";
    }
}

/// The label of a road, in words.
pub fn road_label(stance: Stance, lang: Lang) -> &'static str {
    let c = PlacementUi::get(lang);
    match stance {
        Stance::Alliance => c.alliance,
        Stance::Sovereign => c.sovereign,
        Stance::Hybrid => c.hybrid,
        Stance::Context => c.none,
    }
}

/// A shape for each road, so colour is never the only cue: towards the alliance end,
/// the middle, the sovereign end (as on the take-a-side scale).
pub fn road_mark(stance: Stance) -> &'static str {
    match stance {
        Stance::Alliance => "◀",
        Stance::Hybrid => "◆",
        Stance::Sovereign => "▶",
        Stance::Context => "○",
    }
}

fn lean_label(lean: Lean, lang: Lang) -> &'static str {
    let c = PlacementUi::get(lang);
    match lean {
        Lean::Alliance => c.lean_alliance,
        Lean::LeansAlliance => c.lean_leans_alliance,
        Lean::Both => c.lean_both,
        Lean::LeansSovereign => c.lean_leans_sovereign,
        Lean::Sovereign => c.lean_sovereign,
        Lean::ContextOnly => c.tally_none,
    }
}

/// The tally line: counts, uncounted context events, and the lean they add up to.
pub fn tally_text(counts: Counts, lang: Lang) -> String {
    let c = PlacementUi::get(lang);
    let mut s = c
        .tally
        .replace("{a}", &counts.alliance.to_string())
        .replace("{s}", &counts.sovereign.to_string())
        .replace("{h}", &counts.hybrid.to_string());
    if counts.context > 0 {
        s.push_str("; ");
        s.push_str(&c.tally_context.replace("{c}", &counts.context.to_string()));
    }
    s.push_str(" → ");
    s.push_str(
        &c.tally_lean
            .replace("{lean}", lean_label(counts.lean(), lang)),
    );
    s
}

/// The note shown when the tally and the articles disagree.
pub fn disagreement_text(lean: Lean, now: Stance, lang: Lang) -> String {
    PlacementUi::get(lang)
        .disagree
        .replace("{lean}", lean_label(lean, lang))
        .replace("{now}", road_label(now, lang))
}

/// "The Korea Economic Daily, para. 11": where a piece of evidence is printed.
pub fn cite_text(e: &Evidence, lang: Lang) -> String {
    let outlet = source(e.cite.source).map_or(e.cite.source, |s| s.outlet.get(lang));
    format!("{outlet}, {} {}", PlacementUi::get(lang).para, e.cite.para)
}

/// One line for tables (the take-a-side summary): the current road in shape and words,
/// with the outlet and date it rests on, or "not characterised".
pub fn now_summary(org: &str, lang: Lang) -> String {
    let Some(p) = current(org) else {
        return format!(
            "{} {}",
            road_mark(Stance::Context),
            PlacementUi::get(lang).not_characterised
        );
    };
    let outlet = p
        .evidence
        .first()
        .and_then(|e| source(e.cite.source))
        .map_or("", |s| s.outlet.get(lang));
    format!(
        "{} {} ({outlet}, {})",
        road_mark(p.stance),
        road_label(p.stance, lang),
        p.date.display(lang)
    )
}

/// One article's placement: its date, our explanation, then the article's words.
fn record(p: &'static Record, lang: Lang) -> impl IntoView {
    let c = PlacementUi::get(lang);
    let inferred = p.date_inferred.then(|| format!(" ({})", ui(lang).inferred));
    let note = p.note.filter(|_| p.reading_inferred).map(|n| {
        view! {
            <p class="placement__reading">
                <strong>{c.our_reading} ": "</strong>
                {n.get(lang)}
            </p>
        }
    });
    let evidence = p
        .evidence
        .iter()
        .map(|e| {
            view! {
                <li>
                    <q lang="ko">{e.phrase}</q>
                    " — "
                    <cite>{cite_text(e, lang)}</cite>
                </li>
            }
        })
        .collect_view();
    view! {
        <li class="placement__record" data-placement-record=p.id>
            <p class="placement__when">
                <time datetime=p.date.iso()>{p.date.display(lang)}</time>
                {inferred}
                ": "
                {p.explanation.get(lang)}
            </p>
            <ul class="placement__evidence">{evidence}</ul>
            {note}
        </li>
    }
}

/// One period of the trajectory: the road in words and shape, its years, its records.
fn period(p: &Period, current: bool, lang: Lang) -> impl IntoView {
    let slug = p.stance.slug();
    let class = if current {
        format!("placement__period placement__period--{slug} placement__period--now")
    } else {
        format!("placement__period placement__period--{slug}")
    };
    let now = current.then(|| {
        view! { <span class="placement__now">" · " {PlacementUi::get(lang).now}</span> }
    });
    let records = p.placements.iter().map(|r| record(r, lang)).collect_view();
    view! {
        <li class=class data-placement=slug>
            <p class="placement__road">
                <span class="placement__mark" aria-hidden="true">{road_mark(p.stance)}</span>
                " "
                <strong>{road_label(p.stance, lang)}</strong>
                " "
                <span class="placement__years">{p.years()}</span>
                {now}
            </p>
            <ol class="placement__records">{records}</ol>
        </li>
    }
}

/// Where an organisation stands: the articles' dated placements with their citations, or
/// a plain statement that the articles do not characterise it; then the event tally, with
/// a visible note where the tally disagrees with the current placement.
#[component]
pub fn Placement(
    /// The organisation's id (`kt`, `samsung-electronics`, …).
    org: &'static str,
    lang: Lang,
) -> impl IntoView {
    let c = PlacementUi::get(lang);
    let periods = trajectory(org);
    let now = periods.last().map(|p| p.stance);
    let counts = Counts::of_org(org);
    let body = if periods.is_empty() {
        view! { <p class="placement__none">{c.none}</p> }.into_any()
    } else {
        let last = periods.len() - 1;
        let items = periods
            .iter()
            .enumerate()
            .map(|(i, p)| period(p, i == last, lang))
            .collect_view();
        view! {
            <p class="placement__lede">{c.lede}</p>
            <ol class="placement__trajectory" aria-label=c.trajectory>{items}</ol>
        }
        .into_any()
    };
    let disagreement = (tally_check(org) == TallyCheck::Disagrees)
        .then_some(now)
        .flatten()
        .map(|now| {
            view! {
                <p class="placement__disagree" role="note">
                    <span class="placement__mark" aria-hidden="true">"⚠"</span>
                    " "
                    <strong>{c.disagree_label} ": "</strong>
                    {disagreement_text(counts.lean(), now, lang)}
                </p>
            }
        });
    view! {
        // A group, not a landmark: the grid shows one per card.
        <div
            class="placement"
            role="group"
            data-placement=now.map_or("none", Stance::slug)
            aria-label=c.title
        >
            <p class="placement__title"><strong>{c.title}</strong></p>
            {body}
            <div class="placement__tally">
                <p class="placement__tally-title">{c.tally_title}</p>
                <p class="placement__counts">{tally_text(counts, lang)}</p>
                {disagreement}
            </div>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::placement::placements_of;

    #[test]
    fn the_side_summary_says_what_the_articles_say_now() {
        let cases = [
            (
                "kt",
                Lang::En,
                "◀ Alliance with Big Tech (TechM, March 2025)",
            ),
            (
                "naver",
                Lang::Ko,
                "▶ 소버린 AI(자체 개발) (이코리아, 2025년 5월 9일)",
            ),
            (
                "sk-telecom",
                Lang::En,
                "◆ Both roads (The Digital Times, 21 July 2024)",
            ),
            ("google", Lang::En, "○ Not characterised by the articles"),
        ];
        for (id, lang, want) in cases {
            assert_eq!(now_summary(id, lang), want, "{id}");
        }
        for id in crate::state::side::SIDE_ORGS {
            assert!(!now_summary(id, Lang::Ko).is_empty());
        }
    }

    #[test]
    fn every_road_has_its_own_words_and_shape() {
        for lang in Lang::ALL {
            let labels: Vec<&str> = Stance::ALL.iter().map(|s| road_label(*s, lang)).collect();
            let marks: Vec<&str> = Stance::ALL.iter().map(|s| road_mark(*s)).collect();
            for v in [&labels, &marks] {
                let mut d = v.clone();
                d.sort();
                d.dedup();
                assert_eq!(d.len(), v.len(), "{v:?}");
            }
        }
    }

    #[test]
    fn kt_tally_line_and_disagreement_read_in_both_languages() {
        let counts = Counts::of_org("kt");
        let en = tally_text(counts, Lang::En);
        assert!(
            en.starts_with("Stances of the events it appears in: alliance "),
            "{en}"
        );
        assert!(
            en.ends_with("on the tally alone: 'leans towards sovereign'"),
            "{en}"
        );
        let ko = tally_text(counts, Lang::Ko);
        assert!(
            ko.contains("동맹 ") && ko.contains("'소버린 쪽으로 기욺'"),
            "{ko}"
        );
        let note = disagreement_text(counts.lean(), Stance::Alliance, Lang::En);
        assert!(note.contains("'leans towards sovereign'"), "{note}");
        assert!(note.contains("'Alliance with Big Tech'"), "{note}");
        assert!(
            disagreement_text(counts.lean(), Stance::Alliance, Lang::Ko).contains("'빅테크 동맹'")
        );
    }

    #[test]
    fn citations_name_the_outlet_and_paragraph() {
        let kt = current("kt").expect("KT is characterised");
        assert_eq!(cite_text(&kt.evidence[0], Lang::En), "TechM, para. 15");
        assert_eq!(cite_text(&kt.evidence[0], Lang::Ko), "테크M, 문단 15");
        let first = placements_of("kt")[0];
        assert_eq!(
            cite_text(&first.evidence[0], Lang::En),
            "Global Economic (g-enews), para. 29"
        );
    }
}
