use crate::data::Lang;
use crate::domain::profile::{Counts, Lean};
use leptos::prelude::*;

crate::catalogue! {
    /// Strings of a card's placement.
    pub struct LeanUi {
        where_it_stands: "어디에 서 있나", "Where it stands";
        end_alliance: "동맹", "Alliance";
        end_sovereign: "소버린", "Sovereign";
        lean_alliance: "동맹", "Alliance";
        lean_leans_alliance: "동맹 쪽으로 기욺", "Leans towards alliance";
        lean_both: "양쪽 병행", "Both roads";
        lean_leans_sovereign: "소버린 쪽으로 기욺", "Leans towards sovereign";
        lean_sovereign: "소버린", "Sovereign";
        lean_context: "세계 흐름 속에서만 등장", "Appears only as global context";
        counts: "동맹 {a} · 소버린 {s} · 병행 {h}건", "alliance {a} · sovereign {s} · both {h}";
        counts_context: "세계 흐름 {c}건은 세지 않음", "{c} global-context events not counted";
    }
}

/// The label of a lean, in the reader's language.
pub fn lean_label(c: &LeanUi, lean: Lean) -> &'static str {
    match lean {
        Lean::Alliance => c.lean_alliance,
        Lean::LeansAlliance => c.lean_leans_alliance,
        Lean::Both => c.lean_both,
        Lean::LeansSovereign => c.lean_leans_sovereign,
        Lean::Sovereign => c.lean_sovereign,
        Lean::ContextOnly => c.lean_context,
    }
}

/// "alliance 3 · sovereign 1 · both 2; 4 global-context events not counted".
pub fn counts_text(c: &LeanUi, n: Counts) -> String {
    let mut text = c
        .counts
        .replace("{a}", &n.alliance.to_string())
        .replace("{s}", &n.sovereign.to_string())
        .replace("{h}", &n.hybrid.to_string());
    if n.context > 0 {
        text.push_str("; ");
        text.push_str(&c.counts_context.replace("{c}", &n.context.to_string()));
    }
    text
}

/// Where an organisation stands: its lean in words, a five-step scale from alliance to
/// sovereign with its step filled (dashed and empty for context only; the scale repeats
/// the words, so it is hidden from screen readers), and the counts it comes from.
/// A small piece of the company card of its own, so that the placement can be swapped.
#[component]
pub fn CardLean(counts: Counts, lang: Lang) -> impl IntoView {
    let c = LeanUi::get(lang);
    let lean = counts.lean();
    let steps = ["a", "a", "h", "s", "s"]
        .iter()
        .enumerate()
        .map(|(i, side)| {
            let on = if lean.step() == Some(i) {
                " card__step--on"
            } else {
                ""
            };
            view! { <li class=format!("card__step card__step--{side}{on}")></li> }
        });
    let none = if lean == Lean::ContextOnly {
        " card__steps--none"
    } else {
        ""
    };
    view! {
        <div class="card__lean">
            <p class="card__lean-title">
                <span class="card__lean-label">{c.where_it_stands} ": "</span>
                <strong class=format!("card__lean-value card__lean-value--{}", lean.bucket().slug())>
                    {lean_label(c, lean)}
                </strong>
            </p>
            <div class="card__scale" aria-hidden="true">
                <span class="card__end">{c.end_alliance}</span>
                <ol class=format!("card__steps{none}")>{steps.collect_view()}</ol>
                <span class="card__end">{c.end_sovereign}</span>
            </div>
            <p class="card__counts">{counts_text(c, counts)}</p>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn catalogue_is_complete() {
        for (key, ko, en) in LeanUi::entries() {
            assert!(!ko.trim().is_empty() && !en.trim().is_empty(), "{key}");
        }
    }

    #[test]
    fn counts_read_out_and_context_is_named_only_when_present() {
        let n = Counts {
            alliance: 3,
            sovereign: 1,
            hybrid: 2,
            context: 0,
        };
        assert_eq!(
            counts_text(LeanUi::get(Lang::En), n),
            "alliance 3 · sovereign 1 · both 2"
        );
        let n = Counts { context: 4, ..n };
        assert_eq!(
            counts_text(LeanUi::get(Lang::Ko), n),
            "동맹 3 · 소버린 1 · 병행 2건; 세계 흐름 4건은 세지 않음"
        );
    }

    #[test]
    fn every_lean_has_its_own_label() {
        let all = [
            Lean::Alliance,
            Lean::LeansAlliance,
            Lean::Both,
            Lean::LeansSovereign,
            Lean::Sovereign,
            Lean::ContextOnly,
        ];
        for lang in Lang::ALL {
            let labels: Vec<&str> = all
                .iter()
                .map(|l| lean_label(LeanUi::get(lang), *l))
                .collect();
            for (i, a) in labels.iter().enumerate() {
                assert!(!labels[i + 1..].contains(a), "{lang:?}: {a} twice");
            }
        }
    }
}
