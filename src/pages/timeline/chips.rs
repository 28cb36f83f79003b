//! The active filters as removable chips, with "clear all".

use super::chip_label;
use super::state::Timeline;
use crate::state::filters::Chip;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Remove a chip, keeping focus among the chips: the next one, else the previous, else the
/// result count.
fn remove_chip(tl: Timeline, chip: &Chip, ev: &web_sys::MouseEvent) {
    let next = ev
        .current_target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|b| b.closest("li").ok().flatten())
        .and_then(|li| {
            li.next_element_sibling()
                .or_else(|| li.previous_element_sibling())
        })
        .and_then(|li| li.query_selector("button").ok().flatten())
        .and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok());
    tl.change(|f| *f = f.without_chip(chip));
    request_animation_frame(move || match next {
        Some(b) if b.is_connected() => {
            let _ = b.focus();
        }
        _ => tl.focus_count_now(),
    });
}

/// Clear every filter and put focus on the result count.
pub(super) fn clear_all(tl: Timeline) {
    tl.change(|f| *f = f.cleared());
    tl.focus_count();
}

#[component]
pub(super) fn ActiveFilters(tl: Timeline) -> impl IntoView {
    let t = move || tl.t();
    view! {
        <Show when=move || tl.active.get() != 0>
            <div class="timeline__active" role="group" aria-label=move || t().active_filters>
                <span class="timeline__active-label" aria-hidden="true">
                    {move || t().active_filters} ":"
                </span>
                <ul class="timeline__chips">
                    <For each=move || tl.filters.with(|f| f.chips()) key=|c| c.key() let:chip>
                        {
                            let c2 = chip.clone();
                            let label = move || chip_label(&c2, tl.lang.get());
                            let label2 = label.clone();
                            view! {
                                <li>
                                    <button
                                        type="button"
                                        class="timeline__chip"
                                        aria-label=move || format!("{}: {}", t().remove, label2())
                                        on:click=move |ev| remove_chip(tl, &chip, &ev)
                                    >
                                        <span>{label}</span>
                                        <span class="timeline__chip-x" aria-hidden="true">"×"</span>
                                    </button>
                                </li>
                            }
                        }
                    </For>
                </ul>
                <button type="button" class="timeline__clear" on:click=move |_| clear_all(tl)>
                    {move || t().clear_all}
                </button>
            </div>
        </Show>
    }
}
