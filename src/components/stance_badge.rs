use crate::data::{Lang, Stance};
use leptos::prelude::*;

/// A stance as a coloured pill, `<span class="stance stance--<slug>">`, always naming the
/// stance in words so colour is never the only cue. The one way every view draws a stance.
#[component]
pub fn StanceBadge(
    stance: Stance,
    lang: Lang,
    /// Read by screen readers only, before the stance (e.g. "Stance") where the badge
    /// stands without a heading that says what it is.
    #[prop(optional)]
    prefix: Option<&'static str>,
) -> impl IntoView {
    view! {
        <span class=format!("stance stance--{}", stance.slug())>
            {prefix.map(|p| view! { <span class="visually-hidden">{p} ": "</span> })}
            {stance.label().get(lang)}
        </span>
    }
}
