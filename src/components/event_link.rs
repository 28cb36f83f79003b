use crate::app::use_site;
use crate::data::{Event, Lang};
use crate::state::route::View;
use leptos::prelude::*;

/// An event's title as a link to it on the timeline (`event=<id>`).
#[component]
pub fn EventLink(ev: &'static Event, lang: Lang) -> impl IntoView {
    let site = use_site();
    view! { <a href=site.href(View::Timeline, &[("event", ev.id.into())])>{ev.title.get(lang)}</a> }
}
