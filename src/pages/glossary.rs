use crate::app::use_site;
use crate::i18n::ui;
use leptos::prelude::*;
use leptos_meta::Title;

/// The glossary view (being built).
#[component]
pub fn GlossaryPage() -> impl IntoView {
    let site = use_site();
    let t = move || ui(site.lang.get());
    view! {
        <Title text=move || format!("{} · {}", t().nav_glossary, t().site_title) />
        <main id="main" class="page page--glossary">
            <h1>{move || t().nav_glossary}</h1>
        </main>
    }
}
