//! "This view" tools: copy a link to the view, download the shown events as CSV or JSON.

use super::state::Timeline;
use super::{events_n, fill, TimelineUi};
use crate::data::{Event, EVENTS};
use crate::hooks;
use crate::state::export;
use crate::state::route::{self, View};
use leptos::prelude::*;
use leptos::task::spawn_local;

#[component]
pub(super) fn Tools(tl: Timeline) -> impl IntoView {
    let tool_msg = RwSignal::new(String::new());
    let fallback_url = RwSignal::new(None::<String>);
    let link_field = NodeRef::<leptos::html::Input>::new();
    let file_link = NodeRef::<leptos::html::A>::new();
    let download = move |name: &str, mime: &str, text: &str| {
        let Some(a) = file_link.get_untracked() else {
            return false;
        };
        hooks::download_text(&a, name, mime, text);
        true
    };
    // One event alone is handed out as its own page, which previews as that event.
    let view_url = move || {
        let href = tl.href(&tl.filters.get_untracked());
        let href = route::share_href(tl.site.base, View::Timeline, &href);
        format!("{}{href}", hooks::origin())
    };
    let event_url = move |id: &str| {
        let href = tl.site.entity_href(route::Entity::Event, id);
        format!("{}{href}", hooks::origin())
    };
    let copy_link = move |_| {
        tl.write_search();
        let url = view_url();
        let l = tl.lang.get_untracked();
        tool_msg.set(String::new());
        spawn_local(async move {
            if hooks::copy_text(url.clone()).await {
                fallback_url.set(None);
                tool_msg.set(TimelineUi::get(l).copied.to_string());
            } else {
                // No clipboard (insecure origin) or refused: show the link to copy by hand.
                tool_msg.set(TimelineUi::get(l).copy_fallback.to_string());
                fallback_url.set(Some(url));
                request_animation_frame(move || {
                    if let Some(input) = link_field.get_untracked() {
                        let _ = input.focus();
                        input.select();
                    }
                });
            }
        });
    };
    let shown_events = move || {
        tl.outcome
            .with_untracked(|o| o.shown.iter().map(|i| &EVENTS[*i]).collect::<Vec<&Event>>())
    };
    let announce_download = move |n: usize| {
        let t = tl.t_untracked();
        tool_msg.set(fill(t.downloaded, &[("{n}", events_n(t, n))]));
    };
    let download_csv = move |_| {
        tl.write_search();
        let evs = shown_events();
        let text = export::csv(&evs, tl.lang.get_untracked(), &event_url);
        if download("crossroads-timeline.csv", "text/csv;charset=utf-8", &text) {
            announce_download(evs.len());
        }
    };
    let download_json = move |_| {
        tl.write_search();
        let evs = shown_events();
        let text = export::json(&evs, &view_url(), &event_url);
        if download("crossroads-timeline.json", "application/json", &text) {
            announce_download(evs.len());
        }
    };
    view! {
        <div class="timeline__tools" role="group" aria-label=move || tl.t().tools_label>
            <crate::components::needs_app::NeedsApp />
            <a hidden node_ref=file_link></a>
            <button type="button" class="button timeline__tool" on:click=copy_link>
                {move || tl.t().copy_link}
            </button>
            <button type="button" class="button timeline__tool" on:click=download_csv>
                {move || tl.t().download_csv}
            </button>
            <button type="button" class="button timeline__tool" on:click=download_json>
                {move || tl.t().download_json}
            </button>
            <p class="timeline__tool-msg" role="status">
                // Nothing at all when empty (not even a space), so that `:empty` hides it on
                // the pre-rendered page as in the app.
                {move || Some(tool_msg.get()).filter(|m| !m.is_empty())}
            </p>
        </div>
        <Show when=move || fallback_url.with(Option::is_some)>
            <div class="timeline__link-field">
                <label for="timeline-link-field">{move || tl.t().link_field}</label>
                <input
                    id="timeline-link-field"
                    class="timeline__input"
                    type="text"
                    readonly
                    node_ref=link_field
                    prop:value=move || fallback_url.get().unwrap_or_default()
                />
            </div>
        </Show>
    }
}
