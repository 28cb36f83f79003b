use crate::app::use_site;
use crate::data::Lang;
use crate::i18n::{ui, Ui};
use crate::state::query;
use crate::state::route::{self, View};
use leptos::prelude::*;

/// The navigation label of a view (also its short title).
pub fn nav_label(t: &Ui, v: View) -> &'static str {
    match v {
        View::Home => t.nav_home,
        View::Story => t.nav_story,
        View::Timeline => t.nav_timeline,
        View::Companies => t.nav_companies,
        View::Classroom => t.nav_classroom,
        View::Glossary => t.nav_glossary,
        View::About => t.nav_about,
        View::NotFound => "",
    }
}

/// The same URL with `lang` set to `lang`: the language switch keeps the reader's view.
fn with_lang(search: &str, lang: Lang) -> String {
    let mut pairs: Vec<(&str, String)> = Vec::new();
    let parsed = query::pairs(search);
    pairs.push(("lang", lang.code().to_string()));
    for p in &parsed {
        if p.key != "lang" {
            pairs.push((p.key.as_str(), p.value.clone()));
        }
    }
    query::build(&pairs)
}

/// Site header: title, main navigation, language switch and theme toggle.
#[component]
pub fn SiteHeader() -> impl IntoView {
    let site = use_site();
    let t = move || ui(site.lang.get());
    let lang_href = move || {
        let other = site.lang.get().other();
        let path = route::href(site.base, site.view.get(), "");
        format!("{path}{}", with_lang(&site.search.get(), other))
    };
    let dark = RwSignal::new(crate::components::header::stored_theme().as_deref() == Some("dark"));
    let toggle = move |_| {
        let next = !dark.get_untracked();
        dark.set(next);
        apply_theme(if next { "dark" } else { "light" });
    };
    view! {
        <header class="site-header">
            <div class="site-header__inner">
                <a class="site-header__title" href=move || site.href(View::Home, &[])>
                    <span class="site-header__name">{move || t().site_title}</span>
                    <span class="site-header__tagline">{move || t().site_tagline}</span>
                </a>
                <nav class="site-nav" aria-label=move || t().nav_label>
                    <ul>
                        {View::NAV
                            .into_iter()
                            .map(|v| {
                                view! {
                                    <li>
                                        <a
                                            href=move || site.href(v, &[])
                                            aria-current=move || (site.view.get() == v).then_some("page")
                                        >
                                            {move || nav_label(t(), v)}
                                        </a>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                </nav>
                <div class="site-header__tools">
                    <a
                        class="lang-switch"
                        href=lang_href
                        hreflang=move || site.lang.get().other().code()
                        lang=move || site.lang.get().other().code()
                        title=move || t().lang_switch_title
                    >
                        {move || t().lang_switch_to}
                    </a>
                    <button
                        type="button"
                        class="theme-toggle"
                        aria-pressed=move || dark.get().to_string()
                        on:click=toggle
                    >
                        {move || t().theme_toggle}
                    </button>
                </div>
            </div>
        </header>
    }
}

const THEME_KEY: &str = "crossroads.theme";

/// The theme the reader chose earlier, if any (`light` or `dark`); anything else is ignored.
pub fn stored_theme() -> Option<String> {
    let stored = crate::hooks::stored(THEME_KEY)?;
    matches!(stored.as_str(), "light" | "dark").then_some(stored)
}

fn apply_theme(theme: &str) {
    if let Some(el) = document().document_element() {
        let _ = el.set_attribute("data-theme", theme);
    }
    crate::hooks::store(THEME_KEY, theme);
}

#[cfg(test)]
mod tests {}
