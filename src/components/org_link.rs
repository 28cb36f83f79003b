use crate::app::use_site;
use crate::data::{org, Lang};
use crate::state::route::Entity;
use leptos::prelude::*;

/// An organisation's name as a link to its company card's own page (`companies/<slug>/`).
#[component]
pub fn OrgLink(id: &'static str, lang: Lang) -> impl IntoView {
    let site = use_site();
    let name = org(id).map_or("", |o| o.name.get(lang));
    view! { <a href=site.entity_href(Entity::Company, id)>{name}</a> }
}
