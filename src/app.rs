//! The app shell: router, site-wide context (base path, language, embed), header, footer.

use crate::components::{footer::SiteFooter, header::SiteHeader, ignored_note::IgnoredNote};
use crate::data::Lang;
use crate::i18n::ui;
use crate::pages;
use crate::state::params::Ignored;
use crate::state::query;
use crate::state::route::{self, Shell, View};
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Html};
use leptos_router::components::Router;
use leptos_router::hooks::use_location;
use leptos_router::location::{BrowserUrl, LocationProvider};

/// Site-wide state derived from the URL. Provided once by [`App`]; read with [`use_site`].
#[derive(Clone, Copy)]
pub struct Site {
    /// The path the site is served under, without a trailing slash (`""` or `/crossroads`).
    pub base: &'static str,
    /// The raw query string of the current URL.
    pub search: Memo<String>,
    pub view: Memo<View>,
    pub shell: Memo<(Shell, Vec<Ignored>)>,
    pub lang: Memo<Lang>,
}

impl Site {
    /// A link to `view` with the given view parameters, keeping `lang` and `embed`.
    pub fn href(&self, view: View, params: &[(&'static str, String)]) -> String {
        let (shell, _) = self.shell.get();
        let mut pairs: Vec<(&str, String)> = shell.pairs();
        pairs.extend(params.iter().cloned());
        route::href(self.base, view, &query::build(&pairs))
    }
    pub fn embed(&self) -> bool {
        self.shell.with(|(s, _)| s.embed)
    }
}

pub fn use_site() -> Site {
    expect_context::<Site>()
}

/// Cut a hostile value to something short enough to show in a note.
pub use crate::state::params::shorten;
pub use crate::state::route::parse_shell;

/// The site's base path, read from the `<base href>` Trunk writes (`--public-url`).
fn base_path() -> &'static str {
    let href = document()
        .query_selector("base")
        .ok()
        .flatten()
        .and_then(|b| b.get_attribute("href"))
        .unwrap_or_else(|| "/".into());
    let path = if let Some(rest) = href.split_once("://") {
        rest.1
            .find('/')
            .map(|i| rest.1[i..].to_string())
            .unwrap_or_default()
    } else {
        href
    };
    Box::leak(path.trim_end_matches('/').to_string().into_boxed_str())
}

fn browser_lang() -> Lang {
    let nav = window().navigator();
    let first = nav
        .languages()
        .get(0)
        .as_string()
        .or_else(|| nav.language())
        .unwrap_or_default()
        .to_ascii_lowercase();
    if first.starts_with("ko") {
        Lang::Ko
    } else {
        Lang::En
    }
}

/// Reveal the static "something went wrong" message that `index.html` carries.
pub fn show_crash() {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("crash"))
    {
        let _ = el.remove_attribute("hidden");
    }
}

/// In embed mode (`embed=1`, inside an iframe), a link that leaves the current view opens
/// the full site (without `embed`) in a new tab; links within the view keep working in place.
fn open_leaving_links_in_new_tab(shell: Memo<(Shell, Vec<Ignored>)>) {
    use wasm_bindgen::prelude::Closure;
    use wasm_bindgen::JsCast;
    let handler = Closure::<dyn FnMut(web_sys::MouseEvent)>::new(move |ev: web_sys::MouseEvent| {
        if !shell.with_untracked(|(s, _)| s.embed) || ev.default_prevented() {
            return;
        }
        let Some(anchor) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("a[href]").ok().flatten())
            .and_then(|el| el.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        else {
            return;
        };
        let Ok(url) = web_sys::Url::new(&anchor.href()) else {
            return;
        };
        let here = window().location();
        if url.origin() == here.origin().unwrap_or_default()
            && url.pathname() == here.pathname().unwrap_or_default()
        {
            return;
        }
        ev.prevent_default();
        ev.stop_propagation();
        url.search_params().delete("embed");
        let _ = window().open_with_url_and_target_and_features(&url.href(), "_blank", "noopener");
    });
    let _ = window().add_event_listener_with_callback_and_bool(
        "click",
        handler.as_ref().unchecked_ref(),
        true,
    );
    handler.forget();
}

/// Register the offline service worker (served next to index.html, scoped to the site).
fn register_service_worker(base: &str) {
    use wasm_bindgen::prelude::{Closure, JsValue};
    let sw = window().navigator().service_worker();
    // A refused registration (private mode, blocked workers) only means no offline copy.
    let ignore = Closure::<dyn FnMut(JsValue)>::new(|_| {});
    let _ = sw.register(&format!("{base}/sw.js")).catch(&ignore);
    ignore.forget();
}

/// What every entry point does first: theme, offline worker, meta context.
fn boot() -> &'static str {
    provide_meta_context();
    let base = base_path();
    if let Some(theme) = crate::components::header::stored_theme() {
        if let Some(el) = document().document_element() {
            let _ = el.set_attribute("data-theme", &theme);
        }
    }
    register_service_worker(base);
    base
}

/// The whole site: every view, with in-page navigation through leptos_router.
#[component]
pub fn App() -> impl IntoView {
    let base = boot();
    view! {
        <Router base=base>
            <Routed base=base />
        </Router>
    }
}

/// The landing page on its own: the same shell and home view without the router or the
/// other views, so the first visit loads a small wasm. Its links are ordinary page loads
/// into the full app (each view's folder loads `App`). See scripts/build.sh.
#[component]
pub fn LandingApp() -> impl IntoView {
    let base = boot();
    let location = window().location();
    let search_now = location.search().unwrap_or_default();
    let path_now = location.pathname().unwrap_or_default();
    let search = Memo::new(move |_| search_now.clone());
    let pathname = Memo::new(move |_| path_now.clone());
    frame(base, search, pathname, |v| match v {
        View::Home => pages::home::HomePage().into_any(),
        _ => pages::not_found::NotFoundPage().into_any(),
    })
}

#[component]
fn Routed(base: &'static str) -> impl IntoView {
    let location = use_location();
    let pathname = location.pathname;
    // Without <Routes>, nobody tells the router a new path has rendered; until then it
    // holds back the history entry. Tell it once the view for the new path is in place.
    let provider = use_context::<BrowserUrl>();
    Effect::new(move |_| {
        pathname.track();
        if let Some(p) = &provider {
            p.ready_to_complete();
        }
    });
    frame(base, location.search, pathname, |v| match v {
        View::Home => pages::home::HomePage().into_any(),
        View::Story => pages::story::StoryPage().into_any(),
        View::Timeline => pages::timeline::TimelinePage().into_any(),
        View::Companies => pages::companies::CompaniesPage().into_any(),
        View::Classroom => pages::classroom::ClassroomPage().into_any(),
        View::Glossary => pages::glossary::GlossaryPage().into_any(),
        View::About => pages::about::AboutPage().into_any(),
        View::NotFound => pages::not_found::NotFoundPage().into_any(),
    })
}

/// The page around a view: site context, header, notes, the view, footer, embed bar.
fn frame(
    base: &'static str,
    search: Memo<String>,
    pathname: Memo<String>,
    body: fn(View) -> AnyView,
) -> impl IntoView {
    let view = Memo::new(move |_| View::from_path(&pathname.get(), base));
    let shell = Memo::new(move |_| parse_shell(&search.get()));
    let fallback = browser_lang();
    let lang = Memo::new(move |_| shell.with(|(s, _)| s.lang.unwrap_or(fallback)));
    let site = Site {
        base,
        search,
        view,
        shell,
        lang,
    };
    provide_context(site);
    open_leaving_links_in_new_tab(shell);
    let full_site_href = move || {
        let pairs: Vec<(String, String)> = query::pairs(&search.get())
            .into_iter()
            .filter(|p| p.key != "embed")
            .map(|p| (p.key, p.value))
            .collect();
        let pairs: Vec<(&str, String)> =
            pairs.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
        route::href(base, view.get(), &query::build(&pairs))
    };

    // Per-view description and Open Graph tags: update the static tags index.html carries
    // (for readers and unfurlers without wasm) rather than adding duplicates.
    Effect::new(move |_| {
        let (v, l) = (view.get(), lang.get());
        let t = ui(l);
        let h = pages::home::HomeUi::get(l);
        let description = match v {
            View::Home => h.lede,
            View::Story => h.story_blurb,
            View::Timeline => h.timeline_blurb,
            View::Companies => h.companies_blurb,
            View::Classroom => h.classroom_blurb,
            View::Glossary => h.glossary_blurb,
            View::About => h.about_blurb,
            View::NotFound => t.not_found_body,
        };
        let title = match v {
            View::Home => format!("{} · {}", t.site_title, t.site_tagline),
            View::NotFound => format!("{} · {}", t.not_found_title, t.site_title),
            v => format!(
                "{} · {}",
                crate::components::header::nav_label(t, v),
                t.site_title
            ),
        };
        for (selector, content) in [
            ("meta[name=description]", description.to_string()),
            ("meta[property='og:description']", description.to_string()),
            ("meta[property='og:title']", title),
            (
                "meta[property='og:locale']",
                if l == Lang::Ko { "ko_KR" } else { "en_GB" }.to_string(),
            ),
        ] {
            if let Ok(Some(el)) = document().query_selector(selector) {
                let _ = el.set_attribute("content", &content);
            }
        }
    });

    let embed = move || site.embed();
    let shell_ignored = Signal::derive(move || shell.get().1);

    view! {
        <Html attr:lang=move || lang.get().code() attr:class=move || if embed() { "embed" } else { "" } />
        <a class="skip-link" href="#main">{move || ui(lang.get()).skip_to_content}</a>
        <Show when=move || !embed()>
            <SiteHeader />
        </Show>
        <IgnoredNote ignored=shell_ignored />
        <crate::components::print_footer::PrintFooter />
        {move || body(view.get())}
        <Show when=move || !embed()>
            <SiteFooter />
        </Show>
        <Show when=embed>
            <p class="embed-bar">
                <a href=full_site_href target="_blank" rel="noopener">
                    {move || ui(lang.get()).open_full_site}
                </a>
            </p>
        </Show>
    }
}
