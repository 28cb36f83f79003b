//! "Evidence:" and the events behind a prompt, answer or argument, each linked to the
//! timeline with its first citation.

use super::ClassroomUi;
use crate::app::use_site;
use crate::components::source_line::cite_text;
use crate::data::{event, Lang};
use crate::state::route::View;
use leptos::prelude::*;

/// The events `ids`, by title, each linked to the timeline and cited (first source).
#[component]
pub fn EventLinks(ids: &'static [&'static str], lang: Lang) -> impl IntoView {
    let site = use_site();
    let c = ClassroomUi::get(lang);
    let items = ids
        .iter()
        .filter_map(|id| event(id))
        .map(|e| {
            let cite = e.cites.first().map(|x| {
                view! { <span class="classroom__cite">{format!(" ({})", cite_text(x, lang))}</span> }
            });
            view! {
                <li>
                    <a href=site.href(View::Timeline, &[("event", e.id.to_string())])>{e.title.get(lang)}</a>
                    {cite}
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="classroom__evidence">
            <span class="classroom__evidence-label">{format!("{}:", c.evidence)}</span>
            <ul>{items}</ul>
        </div>
    }
}
