use crate::app::use_site;
use crate::components::source_list::SourceList;
use crate::i18n::ui;
use crate::state::route::View;
use leptos::prelude::*;

/// Site footer naming the five source articles.
#[component]
pub fn SiteFooter() -> impl IntoView {
    let site = use_site();
    let lang = site.lang;
    view! {
        <footer class="site-footer">
            <h2 class="site-footer__title">{move || ui(lang.get()).footer_sources}</h2>
            <p>{move || ui(lang.get()).footer_note}</p>
            <SourceList class="site-footer__sources" />
            <p>
                <a href=move || site.href(View::About, &[])>{move || ui(lang.get()).nav_about}</a>
            </p>
        </footer>
    }
}
