use crate::app::use_site;
use crate::components::title::Title;
use crate::i18n::ui;
use crate::state::route::View;
use leptos::prelude::*;

/// Shown for any path that is not a view: explains and links back.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    let site = use_site();
    let t = move || ui(site.lang.get());
    view! {
        <Title text=move || format!("{} · {}", t().not_found_title, t().site_title) />
        <main id="main" class="page page--not-found">
            <h1>{move || t().not_found_title}</h1>
            <p>{move || t().not_found_body}</p>
            <ul>
                <li><a href=move || site.href(View::Home, &[])>{move || t().nav_home}</a></li>
                <li><a href=move || site.href(View::Story, &[])>{move || t().nav_story}</a></li>
                <li><a href=move || site.href(View::Timeline, &[])>{move || t().nav_timeline}</a></li>
                <li><a href=move || site.href(View::Companies, &[])>{move || t().nav_companies}</a></li>
            </ul>
        </main>
    }
}
