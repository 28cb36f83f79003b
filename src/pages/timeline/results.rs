//! The results: count and order, the notices when nothing or not the linked event shows, and
//! the list grouped by year and month.

use super::state::Timeline;
use super::{chips::clear_all, count_line, events_n, facet_name, fill, rows, Row};
use crate::components::event_card::EventCard;
use crate::data::{Date, EVENTS};
use crate::state::filters::{Facet, Filters, Sort};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[component]
pub(super) fn ResultsBar(tl: Timeline) -> impl IntoView {
    let t = move || tl.t();
    let count_text = move || {
        let (n, total) = tl.outcome.with(|o| (o.shown.len(), o.total));
        count_line(t(), n, total)
    };
    let sort_button = move |sort: Sort, label: fn(&super::TimelineUi) -> &'static str| {
        view! {
            <button
                type="button"
                class="timeline__toggle"
                aria-pressed=move || tl.filters.with(|f| f.sort == sort).to_string()
                on:click=move |_| tl.change(|f| f.sort = sort)
            >
                {move || label(t())}
            </button>
        }
    };
    view! {
        <div class="timeline__bar" data-query-dependent="prefilter">
            <p class="timeline__count" id="timeline-count" role="status" tabindex="-1" node_ref=tl.count_ref>
                {count_text}
            </p>
            <div class="timeline__sort" role="group" aria-label=move || t().sort_label>
                {sort_button(Sort::Newest, |t| t.sort_new)}
                {sort_button(Sort::Oldest, |t| t.sort_old)}
            </div>
        </div>
    }
}

/// Said when the event a link points at is hidden by the filters, with a way to it.
#[component]
pub(super) fn TargetNotice(tl: Timeline) -> impl IntoView {
    let target_hidden = move || {
        tl.target.with(|id| {
            id.as_ref().is_some_and(|id| {
                tl.outcome
                    .with(|o| !o.shown.iter().any(|i| EVENTS[*i].id == id.as_str()))
            })
        })
    };
    let target_alone_href = move || {
        let f = Filters {
            event: tl.target.get(),
            sort: tl.filters.with(|f| f.sort),
            ..Filters::default()
        };
        tl.href(&f)
    };
    view! {
        <Show when=target_hidden>
            <p class="timeline__notice">
                {move || tl.t().target_hidden} " "
                <a href=target_alone_href data-noscroll="">{move || tl.t().target_show}</a>
            </p>
        </Show>
    }
}

/// Nothing matches: which filter to remove to see the most, and "clear all".
#[component]
pub(super) fn EmptyState(tl: Timeline) -> impl IntoView {
    let relax = move |facet: Facet| {
        tl.change(|f| *f = f.without(facet));
        tl.focus_count();
    };
    let suggestions = move || {
        let relaxed = tl.outcome.with(|o| o.relax.clone());
        let tt = tl.t();
        let useful: Vec<(Facet, usize)> = relaxed.into_iter().filter(|(_, n)| *n > 0).collect();
        match useful.first().copied() {
            Some((best, n)) => {
                let name = |f: Facet| facet_name(tt, f);
                view! {
                    <p class="timeline__empty-best">
                        {fill(tt.empty_best, &[("{f}", name(best).to_string()), ("{n}", events_n(tt, n))])}
                    </p>
                    <ul class="timeline__relax">
                        {useful
                            .into_iter()
                            .map(|(f, n)| {
                                view! {
                                    <li>
                                        <button type="button" class="button" on:click=move |_| relax(f)>
                                            {fill(tt.relax, &[("{f}", name(f).to_string()), ("{n}", n.to_string())])}
                                        </button>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                }
                .into_any()
            }
            None => view! { <p>{tt.empty_none}</p> }.into_any(),
        }
    };
    view! {
        <Show when=move || tl.outcome.with(|o| o.shown.is_empty())>
            <div class="timeline__empty">
                <h2 class="timeline__empty-title">{move || tl.t().empty_title}</h2>
                {suggestions}
                <button type="button" class="button button--primary" on:click=move |_| clear_all(tl)>
                    {move || tl.t().clear_all}
                </button>
            </div>
        </Show>
    }
}

fn row_view(tl: Timeline, row: Row) -> AnyView {
    let lang = tl.lang;
    match row {
        // `data-year` and `data-month` name the headings for the pre-filter (prefilter.rs).
        Row::Year(y, n) => view! {
            <h2 class="timeline__year" data-year=y.to_string()>
                {move || Date { y, m: 0, d: 0 }.display(lang.get())}
                " "
                <span class="timeline__year-count">{move || events_n(tl.t(), n)}</span>
            </h2>
        }
        .into_any(),
        Row::Month(y, m) => view! {
            <h3 class="timeline__month" data-month=super::month_key(y, m)>
                {move || {
                    if m == 0 {
                        fill(tl.t().month_unknown, &[("{y}", y.to_string())])
                    } else {
                        Date { y, m, d: 0 }.display(lang.get())
                    }
                }}
            </h3>
        }
        .into_any(),
        Row::Event(i) => {
            let ev = &EVENTS[i];
            let is_target = Memo::new(move |_| tl.target.with(|t| t.as_deref() == Some(ev.id)));
            let permalink = Signal::derive(move || {
                let mut f = tl.filters.get();
                f.event = Some(ev.id.to_string());
                tl.href(&f)
            });
            // Far down the page at the takeover: its contents come a moment later.
            let later = crate::hooks::below_the_fold("data-event", ev.id);
            view! { <EventCard ev=ev target=is_target permalink=permalink marks=tl.marks later=later /> }
                .into_any()
        }
    }
}

/// The shown events under year and month headings.
#[component]
pub(super) fn EventList(tl: Timeline) -> impl IntoView {
    let rows = Memo::new(move |_| tl.outcome.with(|o| rows(&o.shown)));
    // Arriving at an event: scroll to it, focus it (it is highlighted and expanded). The card
    // is looked up by its id once drawn; this runs in the browser only (effects do not run
    // while pre-rendering).
    Effect::new(move |_| {
        let Some(id) = tl.target.get() else { return };
        request_animation_frame(move || {
            if let Some(el) = document().get_element_by_id(&format!("event-{id}")) {
                if let Ok(h) = el.clone().dyn_into::<web_sys::HtmlElement>() {
                    let _ = h.focus();
                }
                let opts = web_sys::ScrollIntoViewOptions::new();
                opts.set_block(web_sys::ScrollLogicalPosition::Start);
                el.scroll_into_view_with_scroll_into_view_options(&opts);
            }
        });
    });
    view! {
        <div class="timeline__list" data-query-dependent="prefilter">
            <For each=move || rows.get() key=|r| r.key() let:row>
                {row_view(tl, row)}
            </For>
        </div>
    }
}
