use crate::state::highlight::segments;
use crate::state::search::Word;
use leptos::prelude::*;

/// Text with the parts a search matched wrapped in `<mark>`. Where they are is worked out
/// by `state::highlight::segments` (plain Rust, tested natively); this only writes them.
#[component]
pub fn Highlight(
    text: &'static str,
    /// The search's words (empty: plain text).
    #[prop(into)]
    words: Signal<Vec<Word>>,
) -> impl IntoView {
    move || {
        words.with(|w| {
            segments(text, w)
                .into_iter()
                .map(|(piece, hit)| {
                    if hit {
                        view! { <mark class="highlight">{piece}</mark> }.into_any()
                    } else {
                        piece.into_any()
                    }
                })
                .collect_view()
        })
    }
}
