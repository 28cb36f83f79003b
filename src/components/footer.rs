use crate::app::use_site;
use crate::data::SOURCES;
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
            <ol class="site-footer__sources">
                {SOURCES
                    .iter()
                    .map(|s| {
                        view! {
                            <li data-source=s.id>
                                <cite lang="ko">{s.headline.ko}</cite>
                                " — "
                                <span>{move || s.outlet.get(lang.get())}</span>
                                ", "
                                <time datetime=s.date.iso()>{move || s.date.display(lang.get())}</time>
                                {move || s.date_inferred.then(|| format!(" ({})", ui(lang.get()).inferred))}
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
            <p>
                <a href=move || site.href(View::About, &[])>{move || ui(lang.get()).nav_about}</a>
            </p>
        </footer>
    }
}
