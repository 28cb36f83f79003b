//! The search box. What the reader types lives in the shared `text` (never written back into
//! the box while they type, so neither the caret nor an IME composition is disturbed); the
//! URL follows after a pause. The box's value only changes when the URL's text changes from
//! elsewhere (back/forward, a chip, "clear all").

use super::state::Timeline;
use crate::state::filters::collapse_spaces;
use leptos::prelude::*;

#[component]
pub(super) fn SearchBox(tl: Timeline) -> impl IntoView {
    let box_value = RwSignal::new(tl.text.get_value());
    Effect::new(move |_| {
        let q = tl.filters.with(|f| f.q.clone());
        if !tl.search_pending() && collapse_spaces(&tl.text.get_value()) != q {
            tl.text.set_value(q.clone());
            box_value.set(q);
        }
    });
    view! {
        <form
            class="timeline__search"
            role="search"
            on:submit=move |ev| {
                ev.prevent_default();
                tl.write_search();
            }
        >
            <label class="timeline__search-label" for="timeline-q">
                {move || tl.t().search_label}
            </label>
            <input
                id="timeline-q"
                class="timeline__input timeline__search-input"
                type="search"
                autocomplete="off"
                enterkeyhint="search"
                placeholder=move || tl.t().search_placeholder
                aria-describedby="timeline-search-hint"
                prop:value=move || box_value.get()
                on:input:target=move |ev| tl.type_search(ev.target().value())
            />
            <p class="timeline__hint" id="timeline-search-hint">{move || tl.t().search_hint}</p>
        </form>
    }
}
