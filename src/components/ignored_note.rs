use crate::app::use_site;
use crate::i18n::ui;
use crate::state::params::{Ignored, Reason};
use leptos::prelude::*;

crate::catalogue! {
    /// Why a value was ignored, shown after it in the note.
    pub struct IgnoredUi {
        why_unknown_param: "이 화면에 없는 항목", "not a parameter of this page";
        why_unknown_value: "알 수 없는 값", "not a known value";
        why_bad_date: "날짜 형식이 아님", "not a date (YYYY, YYYY-MM or YYYY-MM-DD)";
        why_reversed: "시작보다 앞선 끝 날짜", "ends before the start date";
        why_repeated: "중복: 뒤의 값을 씀", "repeated: the later value is used";
        why_too_long: "너무 김", "too long";
        why_encoding: "잘못된 인코딩", "badly encoded";
        why_too_many: "값이 너무 많음: 앞의 것만 씀", "too many values: the first ones are used";
        why_out_of_range: "범위를 벗어남", "out of range";
    }
}

/// The reader's words for a reason.
pub fn reason_text(t: &IgnoredUi, r: Reason) -> &'static str {
    match r {
        Reason::UnknownParameter => t.why_unknown_param,
        Reason::UnknownValue => t.why_unknown_value,
        Reason::BadDate => t.why_bad_date,
        Reason::ReversedRange => t.why_reversed,
        Reason::Repeated => t.why_repeated,
        Reason::TooLong => t.why_too_long,
        Reason::BadEncoding => t.why_encoding,
        Reason::TooMany => t.why_too_many,
        Reason::OutOfRange => t.why_out_of_range,
    }
}

/// A short, polite note listing link values that were ignored (unknown ids, bad dates …),
/// each with its reason. Every view shows its own with this component, the shell another.
/// Values are rendered as text, never as HTML.
#[component]
pub fn IgnoredNote(
    /// The ignored values; nothing renders when empty.
    #[prop(into)]
    ignored: Signal<Vec<Ignored>>,
) -> impl IntoView {
    let site = use_site();
    view! {
        <Show when=move || !ignored.with(Vec::is_empty)>
            <aside class="ignored-note" role="status" aria-live="polite">
                <strong>{move || ui(site.lang.get()).ignored_title}</strong>
                ": "
                <ul class="ignored-note__list">
                    <For each=move || ignored.get() key=|i| i.clone() let:item>
                        <li>
                            <code>{item.pair()}</code>
                            " "
                            <span class="ignored-note__why">
                                "("
                                {move || reason_text(IgnoredUi::get(site.lang.get()), item.reason)}
                                ")"
                            </span>
                        </li>
                    </For>
                </ul>
            </aside>
        </Show>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_reason_has_words_in_both_languages() {
        for (key, ko, en) in IgnoredUi::entries() {
            assert!(!ko.trim().is_empty() && !en.trim().is_empty(), "{key}");
        }
        let t = IgnoredUi::get(crate::data::Lang::En);
        let mut seen: Vec<&str> = Reason::ALL.iter().map(|r| reason_text(t, *r)).collect();
        seen.sort();
        seen.dedup();
        assert_eq!(seen.len(), Reason::ALL.len(), "one text per reason");
    }
}
