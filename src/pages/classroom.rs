use crate::app::use_site;
use crate::i18n::ui;
use leptos::prelude::*;
use leptos_meta::Title;

/// The classroom view (being built).
#[component]
pub fn ClassroomPage() -> impl IntoView {
    let site = use_site();
    let t = move || ui(site.lang.get());
    view! {
        <Title text=move || format!("{} · {}", t().nav_classroom, t().site_title) />
        <main id="main" class="page page--classroom">
            <h1>{move || t().nav_classroom}</h1>
        </main>
    }
}
