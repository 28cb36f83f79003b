//! The time axis above the list (`crate::components::time_axis`), wired to the timeline's
//! URL state: it shows the events that pass every filter but the dates (faint outside the
//! dates picked), picks `from`/`to`, and a mark opens its event (`event=`).

use super::state::Timeline;
use crate::components::time_axis::{AxisLinks, TimeAxis};
use crate::data::{Lang, EVENTS};
use crate::state::facets::evaluate;
use crate::state::search::fact_index;
use leptos::prelude::*;

/// A mark's name: the event's date as the list gives it, and its title.
fn name(i: usize, l: Lang) -> String {
    EVENTS.get(i).map_or(String::new(), |e| {
        format!("{}: {}", e.date_label(l), e.title.get(l))
    })
}

#[component]
pub(super) fn Axis(tl: Timeline) -> impl IntoView {
    let shown = Memo::new(move |_| {
        let inside: std::collections::HashSet<usize> =
            tl.outcome.with(|o| o.shown.iter().copied().collect());
        let undated = tl.filters.with(|f| {
            (f.from.is_some() || f.to.is_some()).then(|| {
                let mut f = f.clone();
                (f.from, f.to) = (None, None);
                f
            })
        });
        let mut all = match undated {
            Some(f) => evaluate(EVENTS, fact_index(), &f).shown,
            None => inside.iter().copied().collect(),
        };
        all.sort_unstable();
        all.into_iter()
            .map(|i| (i, inside.contains(&i)))
            .collect::<Vec<_>>()
    });
    let span = Memo::new(move |_| tl.filters.with(|f| (f.from, f.to)));
    let links = AxisLinks {
        href: Callback::new(move |(i, out): (usize, bool)| {
            tl.href(&tl.filters.with(|f| Timeline::opening(f, EVENTS[i].id, out)))
        }),
        open: Callback::new(move |(i, out): (usize, bool)| tl.open(EVENTS[i].id, out)),
        set_span: Callback::new(move |(from, to, replace)| tl.set_dates(from, to, replace)),
        name,
    };
    view! { <TimeAxis shown=shown span=span links=links /> }
}
