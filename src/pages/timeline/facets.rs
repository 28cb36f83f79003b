//! The filters panel: a checkbox list per facet and the date range. Open beside the results
//! on wide screens, a `<details>` on phones.

use super::state::Timeline;
use super::{chip_label, fill, orgs_by_events, VocabFacet, ORGS_SHOWN, VOCAB_FACETS};
use crate::components::fold::Later;
use crate::data::SOURCES;
use crate::state::filters;
use leptos::prelude::*;

/// One checkbox with its label and count.
fn option(
    label: Signal<String>,
    count: Signal<usize>,
    checked: Signal<bool>,
    toggle: Callback<()>,
    hidden: Option<Signal<bool>>,
) -> impl IntoView {
    view! {
        <li
            class="timeline__option"
            class=("timeline__option--empty", move || count.get() == 0 && !checked.get())
            hidden=move || hidden.is_some_and(|h| h.get())
        >
            <label class="timeline__option-label">
                <input
                    type="checkbox"
                    class="timeline__checkbox"
                    prop:checked=move || checked.get()
                    on:change=move |_| toggle.run(())
                />
                <span class="timeline__option-text">{move || label.get()}</span>
                <span class="timeline__option-count">{move || count.get()}</span>
            </label>
        </li>
    }
}

/// A facet over a fixed vocabulary (stance, layer, kind): its values, counts, selection and
/// toggling come from its parameter (see `VOCAB_FACETS`).
fn vocab_facet(tl: Timeline, facet: &'static VocabFacet) -> impl IntoView {
    let param = facet.param;
    view! {
        <fieldset class="timeline__facet">
            <legend class="timeline__legend">{move || (facet.legend)(tl.t())}</legend>
            <ul class="timeline__options">
                {(facet.values)()
                    .into_iter()
                    .map(|(v, name)| {
                        option(
                            Signal::derive(move || name.get(tl.lang.get()).to_string()),
                            count(tl, param, v),
                            Signal::derive(move || tl.filters.with(|f| f.selected(param, v))),
                            Callback::new(move |_| tl.change(|f| f.toggle(param, v))),
                            None,
                        )
                    })
                    .collect_view()}
            </ul>
        </fieldset>
    }
}

/// How many events `param=value` would show with the other facets applied.
fn count(tl: Timeline, param: &'static str, value: &'static str) -> Signal<usize> {
    Signal::derive(move || tl.outcome.with(|o| o.count(param, value)))
}

/// Organisations, most events first; the first few shown, the rest behind "show all".
fn org_facet(tl: Timeline) -> impl IntoView {
    let show_all_orgs = RwSignal::new(false);
    let org_list = orgs_by_events();
    let org_total = org_list.len();
    view! {
        <fieldset class="timeline__facet">
            <legend class="timeline__legend">{move || tl.t().facet_company}</legend>
            <ul class="timeline__options" id="timeline-orgs">
                {org_list
                    .into_iter()
                    .enumerate()
                    .map(|(rank, (o, _))| {
                        let id = o.id;
                        let checked = Signal::derive(move || {
                            tl.filters.with(|f| f.company.iter().any(|c| c == id))
                        });
                        let hidden = Signal::derive(move || {
                            rank >= ORGS_SHOWN && !show_all_orgs.get() && !checked.get()
                        });
                        option(
                            Signal::derive(move || o.name.get(tl.lang.get()).to_string()),
                            count(tl, "company", id),
                            checked,
                            Callback::new(move |_| tl.change(|f| f.toggle_company(id))),
                            Some(hidden),
                        )
                    })
                    .collect_view()}
            </ul>
            {(org_total > ORGS_SHOWN)
                .then(|| {
                    view! {
                        <button
                            type="button"
                            class="timeline__more"
                            aria-expanded=move || show_all_orgs.get().to_string()
                            aria-controls="timeline-orgs"
                            on:click=move |_| show_all_orgs.update(|v| *v = !*v)
                        >
                            {move || {
                                if show_all_orgs.get() {
                                    tl.t().show_fewer.to_string()
                                } else {
                                    fill(tl.t().show_all, &[("{n}", org_total.to_string())])
                                }
                            }}
                        </button>
                    }
                })}
        </fieldset>
    }
}

fn source_facet(tl: Timeline) -> impl IntoView {
    view! {
        <fieldset class="timeline__facet">
            <legend class="timeline__legend">{move || tl.t().facet_source}</legend>
            <ul class="timeline__options">
                {SOURCES
                    .iter()
                    .map(|s| {
                        let id = s.id;
                        option(
                            Signal::derive(move || s.outlet.get(tl.lang.get()).to_string()),
                            count(tl, "source", id),
                            Signal::derive(move || {
                                tl.filters.with(|f| f.source.iter().any(|c| c == id))
                            }),
                            Callback::new(move |_| tl.change(|f| f.toggle_source(id))),
                            None,
                        )
                    })
                    .collect_view()}
            </ul>
        </fieldset>
    }
}

/// Check a typed date and apply it, or say what is wrong: validated here so a typo shows a
/// message instead of a link note.
fn set_date(tl: Timeline, error: RwSignal<Option<&'static str>>, is_from: bool, raw: &str) {
    let raw = raw.trim();
    let d = if raw.is_empty() {
        None
    } else {
        match filters::parse_date(raw) {
            Some(d) => Some(d),
            None => {
                error.set(Some(tl.t_untracked().date_invalid));
                return;
            }
        }
    };
    let cur = tl.filters.get_untracked();
    let (from, to) = if is_from { (d, cur.to) } else { (cur.from, d) };
    if let (Some(a), Some(b)) = (from, to) {
        if filters::span(a).0 > filters::span(b).1 {
            error.set(Some(tl.t_untracked().date_reversed));
            return;
        }
    }
    error.set(None);
    tl.change(|f| {
        f.from = from;
        f.to = to;
    });
}

/// One end of the date range: a text field that takes `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
fn date_field(
    tl: Timeline,
    date_error: RwSignal<Option<&'static str>>,
    is_from: bool,
) -> impl IntoView {
    let t = move || tl.t();
    let (id, placeholder) = if is_from {
        ("timeline-from", "2024")
    } else {
        ("timeline-to", "2025-06")
    };
    let value = move || {
        tl.filters.with(|f| {
            let d = if is_from { f.from } else { f.to };
            d.map(|d| d.iso()).unwrap_or_default()
        })
    };
    view! {
        <div class="timeline__date">
            <label for=id>{move || if is_from { t().date_from } else { t().date_to }}</label>
            <input
                id=id
                class="timeline__input"
                type="text"
                inputmode="numeric"
                autocomplete="off"
                spellcheck="false"
                placeholder=placeholder
                aria-describedby="timeline-date-hint timeline-date-reported timeline-date-error"
                aria-invalid=move || date_error.get().map(|_| "true")
                prop:value=value
                on:change:target=move |ev| set_date(tl, date_error, is_from, &ev.target().value())
            />
        </div>
    }
}

fn date_facet(tl: Timeline) -> impl IntoView {
    let t = move || tl.t();
    let date_error = RwSignal::new(None::<&'static str>);
    view! {
        <fieldset class="timeline__facet timeline__facet--dates">
            <legend class="timeline__legend">{move || t().facet_dates}</legend>
            <p class="timeline__hint" id="timeline-date-hint">{move || t().date_hint}</p>
            <p class="timeline__hint" id="timeline-date-reported">{move || t().date_reported}</p>
            <div class="timeline__dates" data-query-dependent="">
                {date_field(tl, date_error, true)}
                {date_field(tl, date_error, false)}
            </div>
            <p class="timeline__error" id="timeline-date-error" aria-live="polite">
                {move || date_error.get()}
            </p>
        </fieldset>
    }
}

#[component]
pub(super) fn FacetPanel(tl: Timeline) -> impl IntoView {
    // Pre-rendered closed, as on a phone (see the stylesheet for wide screens).
    let wide = crate::hooks::use_media_query("(min-width: 48rem)", false);
    let start_open = wide.get_untracked();
    let details_ref = NodeRef::<leptos::html::Details>::new();
    // Embedded, the panel stays folded at every width: the events come first.
    let embed = move || tl.site.embed();
    let start_open = start_open && !embed();
    // Folded, the facets (half the page's elements) are made just after the takeover, or at
    // once when the reader opens the panel: a phone's app is ready that much sooner.
    let opened = RwSignal::new(start_open);
    Effect::new(move |_| {
        if wide.get() && !embed() {
            if let Some(d) = details_ref.get_untracked() {
                d.set_open(true);
            }
            opened.set(true);
        }
    });
    let on_toggle = move |_| {
        if details_ref.get_untracked().is_some_and(|d| d.open()) {
            opened.set(true);
        }
    };
    // Folded, the one line names what is filtered (the chips' labels).
    let summary = move || match tl.active.get() {
        0 => tl.t().filters.to_string(),
        _ if embed() => {
            let l = tl.lang.get();
            let names: Vec<String> = tl
                .filters
                .with(|f| f.chips().iter().map(|c| chip_label(c, l)).collect());
            format!("{}: {}", tl.t().filters, names.join(" · "))
        }
        n => fill(tl.t().filters_active, &[("{n}", n.to_string())]),
    };
    view! {
        <details
            class="timeline__filters"
            node_ref=details_ref
            open=start_open
            on:toggle=on_toggle
        >
            <summary class="timeline__filters-summary">{summary}</summary>
            <Later now=opened>
                <div class="timeline__facets" data-query-dependent="">
                    <h2 class="timeline__facets-title">{move || tl.t().filters}</h2>
                    <crate::components::needs_app::NeedsApp />
                    {vocab_facet(tl, &VOCAB_FACETS[0])}
                    {vocab_facet(tl, &VOCAB_FACETS[1])}
                    {org_facet(tl)}
                    {vocab_facet(tl, &VOCAB_FACETS[2])}
                    {date_facet(tl)}
                    {source_facet(tl)}
                </div>
            </Later>
        </details>
    }
}
