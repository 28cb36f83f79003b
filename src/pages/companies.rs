use crate::app::use_site;
use crate::i18n::ui;
use leptos::prelude::*;
use leptos_meta::Title;

/// The companies view (being built).
#[component]
pub fn CompaniesPage() -> impl IntoView {
    let site = use_site();
    let t = move || ui(site.lang.get());
    view! {
        <Title text=move || format!("{} · {}", t().nav_companies, t().site_title) />
        <main id="main" class="page page--companies">
            <h1>{move || t().nav_companies}</h1>
        </main>
    }
}
