//! The app shell: router, site-wide context (base path, language, embed), header, footer.

use crate::components::{footer::SiteFooter, header::SiteHeader, ignored_note::IgnoredNote};
use crate::data::Lang;
use crate::i18n::ui;
use crate::pages;
use crate::state::params::Ignored;
use crate::state::query;
use crate::state::route::{self, Shell, View};
use leptos::prelude::*;
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
    /// The stable page of one thing people share (`companies/naver/`), keeping `lang`/`embed`:
    /// what share and "on its own" links hand out, so a shared link previews as that thing.
    pub fn entity_href(&self, entity: route::Entity, id: &str) -> String {
        let (shell, _) = self.shell.get();
        route::entity_href(self.base, entity, id, &query::build(&shell.pairs()))
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

/// What the shell needs before any view renders: where the site lives and the language to
/// use when the URL names none. In the browser it is read from the page; the pre-render
/// provides it as context for each page it writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Boot {
    /// The path the site is served under, without a trailing slash (`""` or `/crossroads`).
    pub base: &'static str,
    pub fallback_lang: Lang,
}

impl Boot {
    fn get() -> Boot {
        use_context::<Boot>().unwrap_or_else(|| Boot {
            base: base_path(),
            fallback_lang: crate::hooks::browser_lang().unwrap_or(Lang::Ko),
        })
    }
}

/// The site's base path, read from the `<base href>` Trunk writes (`--public-url`).
fn base_path() -> &'static str {
    #[cfg(target_arch = "wasm32")]
    {
        let href = document()
            .query_selector("base")
            .ok()
            .flatten()
            .and_then(|b| b.get_attribute("href"))
            .unwrap_or_else(|| "/".into());
        Box::leak(base_of(&href).into_boxed_str())
    }
    #[cfg(not(target_arch = "wasm32"))]
    ""
}

/// The path part of a `<base href>`, without its trailing slash.
pub fn base_of(href: &str) -> String {
    let path = match href.split_once("://") {
        Some((_, rest)) => rest.find('/').map(|i| &rest[i..]).unwrap_or_default(),
        None => href,
    };
    path.trim_end_matches('/').to_string()
}

/// A page's title and description, for `<title>`, the description and the preview tags.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PageMeta {
    pub title: String,
    pub description: String,
}

/// The title and description of one thing's own page (`None` for an unknown id, or for a
/// thing whose view this build does not carry: each view ships as its own app).
fn entity_meta(entity: route::Entity, id: &str, lang: Lang) -> Option<PageMeta> {
    let site = ui(lang).site_title;
    let named = |name: &str, description: &str| PageMeta {
        title: format!("{name} · {site}"),
        description: description.to_string(),
    };
    match entity {
        #[cfg(view_companies)]
        route::Entity::Company => {
            crate::data::org(id).map(|o| named(o.name.get(lang), o.description.get(lang)))
        }
        #[cfg(view_timeline)]
        route::Entity::Event => {
            crate::data::event(id).map(|e| named(e.title.get(lang), e.summary.get(lang)))
        }
        #[cfg(view_glossary)]
        route::Entity::Term => {
            crate::data::term(id).map(|x| named(x.term.get(lang), x.definition.get(lang)))
        }
        #[cfg(view_story)]
        route::Entity::Chapter => crate::content::story::CHAPTERS
            .iter()
            .find(|c| c.slug == id)
            .map(|c| {
                let title = format!("{} · {}", c.title.get(lang), ui(lang).nav_story);
                named(&title, pages::home::HomeUi::get(lang).story_blurb)
            }),
        #[allow(unreachable_patterns)]
        _ => {
            let _ = (id, named);
            None
        }
    }
}

/// What a page is called and how it describes itself, in `lang`. Entity pages (a company,
/// a chapter, a term, an event) describe their one thing; unknown ids fall back to the view.
pub fn page_meta(view: View, entity: Option<&(route::Entity, String)>, lang: Lang) -> PageMeta {
    let t = ui(lang);
    let h = pages::home::HomeUi::get(lang);
    let site = t.site_title;
    let entity_meta = entity.and_then(|(e, id)| entity_meta(*e, id, lang));
    if let Some(m) = entity_meta {
        return m;
    }
    let description = match view {
        View::Home => h.lede,
        View::Story => h.story_blurb,
        View::ShortStory => h.short_blurb,
        View::Timeline => h.timeline_blurb,
        View::Companies => h.companies_blurb,
        View::Classroom => h.classroom_blurb,
        View::Glossary => h.glossary_blurb,
        View::About => h.about_blurb,
        View::NotFound => t.not_found_body,
    };
    let title = match view {
        View::Home => format!("{site} · {}", t.site_tagline),
        View::NotFound => format!("{} · {site}", t.not_found_title),
        View::ShortStory => format!("{} · {site}", h.short_story),
        v => format!("{} · {site}", crate::components::header::nav_label(t, v)),
    };
    PageMeta {
        title,
        description: description.to_string(),
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

/// The address of the link a click landed on (the click's target or an ancestor `<a href>`).
#[cfg(target_arch = "wasm32")]
fn clicked_link(ev: &web_sys::Event) -> Option<web_sys::Url> {
    use wasm_bindgen::JsCast;
    let anchor = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|el| el.closest("a[href]").ok().flatten())
        .and_then(|el| el.dyn_into::<web_sys::HtmlAnchorElement>().ok())?;
    web_sys::Url::new(&anchor.href()).ok()
}

/// In embed mode (`embed=1`, inside an iframe), a link that leaves the current view opens
/// the full site (without `embed`) in a new tab; links within the view keep working in place.
/// The listener lives as long as the shell (dropped, and so removed, with its owner).
#[cfg(target_arch = "wasm32")]
fn open_leaving_links_in_new_tab(shell: Memo<(Shell, Vec<Ignored>)>) {
    use gloo::events::{EventListener, EventListenerOptions, EventListenerPhase};
    use wasm_bindgen::JsCast;
    let listener = EventListener::new_with_options(
        &window(),
        "click",
        // Capture phase, before the router's handler; not passive, so it can prevent default.
        EventListenerOptions {
            phase: EventListenerPhase::Capture,
            passive: false,
        },
        move |ev| {
            let Some(ev) = ev.dyn_ref::<web_sys::MouseEvent>() else {
                return;
            };
            if !shell.with_untracked(|(s, _)| s.embed) || ev.default_prevented() {
                return;
            }
            let Some(url) = clicked_link(ev) else {
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
            let _ =
                window().open_with_url_and_target_and_features(&url.href(), "_blank", "noopener");
        },
    );
    let held = StoredValue::new_local(Some(listener));
    on_cleanup(move || drop(held.try_update_value(Option::take)));
}

/// Register the offline service worker (served next to index.html, scoped to the site).
#[cfg(target_arch = "wasm32")]
fn register_service_worker(base: &str) {
    let registering = window()
        .navigator()
        .service_worker()
        .register(&format!("{base}/sw.js"));
    // A refused registration (private mode, blocked workers) only means no offline copy.
    leptos::task::spawn_local(async move {
        let _ = wasm_bindgen_futures::JsFuture::from(registering).await;
    });
}

/// What every entry point does first: theme, offline worker.
fn boot() -> Boot {
    let boot = Boot::get();
    #[cfg(target_arch = "wasm32")]
    {
        // An embedded view follows the host's colour scheme, not the full site's stored
        // choice (public/boot.js decides the same before first paint).
        let embedded = parse_shell(&crate::hooks::search()).0.embed;
        let theme = crate::components::header::stored_theme().filter(|_| !embedded);
        if let Some(theme) = theme {
            if let Some(el) = document().document_element() {
                let _ = el.set_attribute("data-theme", &theme);
            }
        }
        register_service_worker(boot.base);
    }
    boot
}

/// The whole site: every view, with in-page navigation through leptos_router.
#[component]
pub fn App() -> impl IntoView {
    let Boot {
        base,
        fallback_lang,
    } = boot();
    view! {
        <Router base=base>
            <Routed base=base fallback_lang=fallback_lang />
        </Router>
    }
}

/// The landing page on its own: the same shell and home view without the router or the
/// other views, so the first visit loads a small wasm. Its links are ordinary page loads
/// into the other views' apps (see scripts/build.sh). It is also the not-found page
/// (`404.html`), so a path it does not carry is sent on to its view's own page.
#[component]
pub fn LandingApp() -> impl IntoView {
    let Boot {
        base,
        fallback_lang,
    } = boot();
    let search_now = crate::hooks::search();
    let path_now = crate::hooks::pathname();
    let search = Memo::new(move |_| search_now.clone());
    let pathname = Memo::new(move |_| path_now.clone());
    frame(base, fallback_lang, search, pathname, |v| match v {
        View::Home => pages::home::HomePage().into_any(),
        View::NotFound => pages::not_found::NotFoundPage().into_any(),
        _ => Elsewhere().into_any(),
    })
}

/// A view this build does not carry (each view ships as its own app; see scripts/build.sh):
/// load that view's own page. Reached when the not-found page is served for an entity path
/// the build has no page for (`companies/acme/`: the companies view then names the unknown
/// id), or when in-app navigation leads to another view.
#[component]
fn Elsewhere() -> impl IntoView {
    let site = use_site();
    let href = route::href(
        site.base,
        site.view.get_untracked(),
        &site.search.get_untracked(),
    );
    #[cfg(target_arch = "wasm32")]
    {
        let hash = window().location().hash().unwrap_or_default();
        let _ = window().location().replace(&format!("{href}{hash}"));
    }
    view! { <main id="main" class="page" aria-busy="true" data-elsewhere=href></main> }
}

#[component]
fn Routed(base: &'static str, fallback_lang: Lang) -> impl IntoView {
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
    #[cfg(target_arch = "wasm32")]
    leave_for_other_views(base);
    frame(base, fallback_lang, location.search, pathname, routed_view)
}

/// The views a build may carry, each with the cfg that carries it and its page (one list
/// for both [`routed_view`] and [`carries`]). Every build carries all of them, unless it is
/// one view's own app (cargo features `landing`, `view-*`; see build.rs).
macro_rules! carried_views {
    ($($cfg:ident: $view:ident => $page:path;)+) => {
        /// The view for a path, among those this build carries; any other is [`Elsewhere`].
        fn routed_view(v: View) -> AnyView {
            match v {
                $(#[cfg($cfg)] View::$view => $page().into_any(),)+
                View::NotFound => pages::not_found::NotFoundPage().into_any(),
                #[allow(unreachable_patterns)]
                _ => Elsewhere().into_any(),
            }
        }

        /// Whether this build carries `view` (see [`routed_view`]).
        pub fn carries(view: View) -> bool {
            match view {
                $(View::$view => cfg!($cfg),)+
                View::NotFound => true,
            }
        }
    };
}

carried_views! {
    view_home: Home => pages::home::HomePage;
    view_story: Story => pages::story::StoryPage;
    view_story: ShortStory => pages::short_story::ShortStoryPage;
    view_timeline: Timeline => pages::timeline::TimelinePage;
    view_companies: Companies => pages::companies::CompaniesPage;
    view_classroom: Classroom => pages::classroom::ClassroomPage;
    view_glossary: Glossary => pages::glossary::GlossaryPage;
    view_about: About => pages::about::AboutPage;
}

/// In one view's own app, a link to another view is an ordinary page load (that view's own
/// page and app), not a route change: keep the router's click handler from taking it. The
/// listener runs in the capture phase, before the router's; it lives as long as the router.
#[cfg(target_arch = "wasm32")]
fn leave_for_other_views(base: &'static str) {
    use gloo::events::{EventListener, EventListenerOptions};
    if View::ALL.into_iter().all(carries) {
        return;
    }
    let listener = EventListener::new_with_options(
        &window(),
        "click",
        EventListenerOptions::run_in_capture_phase(),
        move |ev| {
            let Some(url) = clicked_link(ev) else {
                return;
            };
            let same_origin = url.origin() == window().location().origin().unwrap_or_default();
            if same_origin && !carries(route::resolve(&url.pathname(), base).0) {
                ev.stop_propagation();
            }
        },
    );
    let held = StoredValue::new_local(Some(listener));
    on_cleanup(move || drop(held.try_update_value(Option::take)));
}

/// The page around a view: site context, header, notes, the view, footer, embed bar.
fn frame(
    base: &'static str,
    fallback: Lang,
    search: Memo<String>,
    pathname: Memo<String>,
    body: fn(View) -> AnyView,
) -> impl IntoView {
    let resolved = Memo::new(move |_| route::resolve(&pathname.get(), base));
    let view = Memo::new(move |_| resolved.with(|r| r.0));
    // An entity page's path (`companies/naver/`) stands for its query (`?company=naver`).
    let url_search = search;
    let search =
        Memo::new(move |_| resolved.with(|r| route::effective_search(&r.1, &url_search.get())));
    let shell = Memo::new(move |_| parse_shell(&search.get()));
    let lang = Memo::new(move |_| shell.with(|(s, _)| s.lang.unwrap_or(fallback)));
    let site = Site {
        base,
        search,
        view,
        shell,
        lang,
    };
    provide_context(site);
    #[cfg(target_arch = "wasm32")]
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

    // Per-page title, description and Open Graph tags: update the tags the pre-rendered page
    // carries (for readers and unfurlers without wasm) rather than adding duplicates.
    Effect::new(move |_| {
        let l = lang.get();
        let meta = resolved.with(|(v, e)| page_meta(*v, e.as_ref(), l));
        for (selector, content) in [
            ("meta[name=description]", meta.description.as_str()),
            ("meta[property='og:description']", meta.description.as_str()),
            (
                "meta[name='twitter:description']",
                meta.description.as_str(),
            ),
            ("meta[property='og:title']", meta.title.as_str()),
            ("meta[name='twitter:title']", meta.title.as_str()),
            (
                "meta[property='og:locale']",
                if l == Lang::Ko { "ko_KR" } else { "en_GB" },
            ),
        ] {
            if let Ok(Some(el)) = document().query_selector(selector) {
                let _ = el.set_attribute("content", content);
            }
        }
    });

    let embed = move || site.embed();
    // <html lang> and the embedded layout's class follow the reader's choices (public/boot.js
    // set both before first paint).
    #[cfg(target_arch = "wasm32")]
    Effect::new(move |_| {
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", lang.get().code());
            let _ = root.class_list().toggle_with_force("embed", embed());
        }
    });
    let shell_ignored = Signal::derive(move || shell.get().1);
    let share_title =
        Signal::derive(move || resolved.with(|(v, e)| page_meta(*v, e.as_ref(), lang.get()).title));

    // The "open the full site" bar is always in the markup and shown by the stylesheet under
    // `html.embed` (set by public/boot.js before first paint), so the pre-rendered page has it
    // at the top too; likewise the header, footer and share panel are hidden there by CSS.
    view! {
        <p class="embed-bar">
            <a href=full_site_href target="_blank" rel="noopener">
                {move || ui(lang.get()).open_full_site}
            </a>
        </p>
        <a class="skip-link" href="#main">{move || ui(lang.get()).skip_to_content}</a>
        <Show when=move || !embed()>
            <SiteHeader />
        </Show>
        <IgnoredNote ignored=shell_ignored />
        <crate::components::print_footer::PrintFooter />
        {move || body(view.get())}
        <Show when=move || !embed()>
            <Show when=move || view.get() != View::NotFound>
                <crate::components::share::SharePanel title=share_title />
            </Show>
            <SiteFooter />
        </Show>
    }
}
