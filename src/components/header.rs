use crate::app::use_site;
use crate::data::Lang;
use crate::hooks::use_media_query;
use crate::i18n::{ui, Ui};
use crate::state::query;
use crate::state::route::{self, View};
use leptos::prelude::*;

/// The navigation label of a view (also its short title).
pub fn nav_label(t: &Ui, v: View) -> &'static str {
    match v {
        View::Home => t.nav_home,
        View::Story | View::ShortStory => t.nav_story,
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
    // Pressed means "the page is dark", whether the system or the reader made it so: the
    // button always shows what is on screen, and a click always flips it. Natively (the
    // pre-render) both read light; public/boot.js sets the pre-rendered button's state
    // before first paint, and its switch is drawn from the same CSS that picks the colours.
    let system_dark = use_media_query("(prefers-color-scheme: dark)", false);
    let choice = RwSignal::new(stored_theme().as_deref().and_then(Theme::from_slug));
    let dark = Memo::new(move |_| shown_dark(choice.get(), system_dark.get()));
    let toggle = move |_| {
        let next = after_click(dark.get_untracked(), system_dark.get_untracked());
        choice.set(next);
        apply_theme(next);
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
                                            aria-current=move || (site.view.get().nav_item() == v).then_some("page")
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
                        <span class="theme-toggle__switch" aria-hidden="true"></span>
                    </button>
                </div>
            </div>
        </header>
    }
}

const THEME_KEY: &str = "crossroads.theme";

/// A theme the reader chose over the system's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Theme {
    Light,
    Dark,
}

impl Theme {
    pub fn slug(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    pub fn from_slug(s: &str) -> Option<Theme> {
        match s {
            "light" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            _ => None,
        }
    }
}

/// Whether the page is dark: the reader's choice, or else the system's.
pub fn shown_dark(choice: Option<Theme>, system_dark: bool) -> bool {
    choice.map_or(system_dark, |t| t == Theme::Dark)
}

/// The choice a click leaves: the opposite of what is shown, so every click changes the
/// page; and no choice at all when that opposite is the system's own theme, so the page
/// follows the system again (light, dark and "as the system" are all reachable).
pub fn after_click(shown_dark: bool, system_dark: bool) -> Option<Theme> {
    let dark = !shown_dark;
    (dark != system_dark).then_some(if dark { Theme::Dark } else { Theme::Light })
}

/// The theme the reader chose earlier, if any (`light` or `dark`); anything else is ignored.
pub fn stored_theme() -> Option<String> {
    let stored = crate::hooks::stored(THEME_KEY)?;
    Theme::from_slug(&stored).map(|t| t.slug().to_string())
}

/// Show and keep the reader's choice, or forget it (the system's theme applies).
fn apply_theme(choice: Option<Theme>) {
    if let Some(el) = document().document_element() {
        let _ = match choice {
            Some(t) => el.set_attribute("data-theme", t.slug()),
            None => el.remove_attribute("data-theme"),
        };
    }
    match choice {
        Some(t) => crate::hooks::store(THEME_KEY, t.slug()),
        None => crate::hooks::unstore(THEME_KEY),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_toggle_shows_the_page_and_every_click_flips_it() {
        for system in [false, true] {
            for choice in [None, Some(Theme::Light), Some(Theme::Dark)] {
                let before = shown_dark(choice, system);
                let next = after_click(before, system);
                assert_ne!(shown_dark(next, system), before, "{choice:?} on {system}");
                // A click never stores what the system shows anyway: the page follows the
                // system again instead. Two clicks come back to the same page.
                assert!(next.is_none_or(|t| (t == Theme::Dark) != system));
                let back = after_click(shown_dark(next, system), system);
                assert_eq!(shown_dark(back, system), before);
                assert!(
                    next.is_none() || back.is_none(),
                    "one of two clicks follows the system"
                );
            }
        }
        assert_eq!(after_click(false, false), Some(Theme::Dark));
        assert_eq!(after_click(true, true), Some(Theme::Light));
        assert_eq!(after_click(true, false), None);
        assert_eq!(Theme::from_slug("system"), None);
        assert_eq!(Theme::from_slug(Theme::Dark.slug()), Some(Theme::Dark));
    }
}
