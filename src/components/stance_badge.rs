use crate::app::use_site;
use crate::data::Stance;
use leptos::prelude::*;

/// A stance as a coloured badge with its name (the name is the cue; colour only adds to
/// it): `<span class="stance stance--<slug>">`, in the reader's language.
#[component]
pub fn StanceBadge(stance: Stance) -> impl IntoView {
    let lang = use_site().lang;
    view! {
        <span class=format!("stance stance--{}", stance.slug())>
            {move || stance.label().get(lang.get())}
        </span>
    }
}
