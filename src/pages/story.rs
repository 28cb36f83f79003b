use crate::app::use_site;
use crate::i18n::ui;
use leptos::prelude::*;
use leptos_meta::Title;

/// The story view (being built).
#[component]
pub fn StoryPage() -> impl IntoView {
    let site = use_site();
    let t = move || ui(site.lang.get());
    view! {
        <Title text=move || format!("{} · {}", t().nav_story, t().site_title) />
        <main id="main" class="page page--story">
            <h1>{move || t().nav_story}</h1>
        </main>
    }
}
