use crate::app::use_site;
use crate::i18n::ui;
use leptos::prelude::*;
use leptos_meta::Title;

/// The timeline view (being built).
#[component]
pub fn TimelinePage() -> impl IntoView {
    let site = use_site();
    let t = move || ui(site.lang.get());
    view! {
        <Title text=move || format!("{} · {}", t().nav_timeline, t().site_title) />
        <main id="main" class="page page--timeline">
            <h1>{move || t().nav_timeline}</h1>
        </main>
    }
}
