//! Build-time pre-rendering: every view, and every page a reader shares (a company card, a
//! story chapter, a glossary term, a timeline event), rendered natively to HTML from the same
//! components the app runs, so it is readable at once and without JavaScript. The app then
//! replaces it (see `crate::start`). Only compiled with the `ssr` feature; run by
//! `src/bin/prerender.rs` from `scripts/build.sh`.

use crate::app::{page_meta, PageMeta};
use crate::app::{App, Boot};
use crate::data::Lang;
use crate::state::route::{self, Entity, View};
use hydration_context::SsrSharedContext;
use leptos::prelude::*;
use leptos::tachys::view::RenderHtml;
use std::path::Path;
use std::sync::Arc;

/// Render the site's shell and view for `path` (below the base, e.g. `timeline/` or
/// `companies/naver/`) and `search` (`""` or `?…`) in `lang`, as the body's HTML.
pub fn render_body(base: &'static str, path: &str, search: &str, lang: Lang) -> String {
    let owner = Owner::new_root(Some(Arc::new(SsrSharedContext::new())));
    let html = owner.with(|| {
        provide_context(leptos_router::location::RequestUrl::new(&format!(
            "{base}/{path}{search}"
        )));
        provide_context(Boot {
            base,
            fallback_lang: lang,
        });
        view! { <App /> }.to_html()
    });
    // The owner goes last: the rendered tree still refers to it.
    drop(owner);
    html
}

/// One file the pre-render writes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Page {
    /// The file below the build folder, e.g. `timeline/index.html`.
    pub file: String,
    /// The path the page is served at, below the base (`""`, `timeline/`, `companies/naver/`).
    pub path: String,
    pub view: View,
    pub entity: Option<(Entity, String)>,
}

/// Every page of the site: the views, the not-found page, and one page per shareable thing.
pub fn pages() -> Vec<Page> {
    let mut out: Vec<Page> = View::ALL
        .into_iter()
        .map(|v| {
            let path = if v.segment().is_empty() {
                String::new()
            } else {
                format!("{}/", v.segment())
            };
            Page {
                file: format!("{path}index.html"),
                path,
                view: v,
                entity: None,
            }
        })
        .collect();
    out.push(Page {
        file: "404.html".into(),
        path: "404.html".into(),
        view: View::NotFound,
        entity: None,
    });
    for e in Entity::ALL {
        for id in entity_ids(e) {
            let path = format!("{}/{id}/", e.prefix());
            out.push(Page {
                file: format!("{path}index.html"),
                path,
                view: e.view(),
                entity: Some((e, id.to_string())),
            });
        }
    }
    out
}

/// The HTML shells Trunk built, one per view: each view ships as its own app (see
/// scripts/build.sh), so a page is written into the shell that loads its view's app. The
/// not-found page uses the landing page's (it sends other views' paths on; see `Elsewhere`).
pub struct Templates {
    by_view: Vec<(View, String)>,
}

impl Templates {
    /// The shells in a build folder: `index.html` (home), `<view>/index.html`, `404.html`.
    pub fn read(dist: &Path) -> Result<Templates, String> {
        let by_view = View::ALL
            .into_iter()
            .chain([View::NotFound])
            .map(|v| {
                let rel = match v {
                    View::Home => "index.html".to_string(),
                    View::NotFound => "404.html".to_string(),
                    v => format!("{}/index.html", v.segment()),
                };
                std::fs::read_to_string(dist.join(&rel))
                    .map(|html| (v, html))
                    .map_err(|e| format!("cannot read the built {rel} in {}: {e}", dist.display()))
            })
            .collect::<Result<_, _>>()?;
        Ok(Templates { by_view })
    }
    /// One shell for every view (tests; a build of the whole app in one).
    pub fn same(html: &str) -> Templates {
        let by_view = View::ALL
            .into_iter()
            .chain([View::NotFound])
            .map(|v| (v, html.to_string()))
            .collect();
        Templates { by_view }
    }
    /// Shells given per view; a view not named gets `rest`.
    pub fn per_view(named: &[(View, &str)], rest: &str) -> Templates {
        let mut t = Templates::same(rest);
        for (v, html) in named {
            if let Some(slot) = t.by_view.iter_mut().find(|(w, _)| w == v) {
                slot.1 = html.to_string();
            }
        }
        t
    }
    fn for_view(&self, view: View) -> Result<&str, String> {
        self.by_view
            .iter()
            .find(|(v, _)| *v == view)
            .map(|(_, html)| html.as_str())
            .ok_or_else(|| format!("no built shell for the {view:?} view"))
    }
}

fn esc(s: &str) -> String {
    html_escape::encode_double_quoted_attribute(s).into_owned()
}

/// Both languages' meta joined for the static file (a crawler runs no script, so the
/// preview names the page in both; the app then sets the reader's language alone).
fn bilingual(view: View, entity: Option<&(Entity, String)>) -> PageMeta {
    let ko = page_meta(view, entity, Lang::Ko);
    let en = page_meta(view, entity, Lang::En);
    PageMeta {
        title: format!("{} | {}", ko.title, en.title),
        description: format!("{} / {}", ko.description, en.description),
    }
}

/// The `<meta>` tags the pre-render writes itself, recognised by name in the template
/// whether or not Trunk's minifier has unquoted and reordered their attributes.
const OWN_META: [&str; 6] = [
    "description",
    "og:title",
    "og:description",
    "og:url",
    "twitter:title",
    "twitter:description",
];

/// Whether a `<meta …>` tag names one of [`OWN_META`] (`name=x`, `name="x"`, `property=…`).
fn is_own_meta(tag: &str) -> bool {
    OWN_META.iter().any(|n| {
        ["name", "property"].iter().any(|k| {
            tag.contains(&format!("{k}={n}>"))
                || tag.contains(&format!("{k}={n} "))
                || tag.contains(&format!("{k}=\"{n}\""))
        })
    })
}

/// Remove the template's own description and preview tags (the page writes its own).
fn drop_own_meta(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find("<meta ") {
        out.push_str(&rest[..at]);
        let end = rest[at..].find('>').map_or(rest.len(), |e| at + e + 1);
        let tag = &rest[at..end];
        if !is_own_meta(tag) {
            out.push_str(tag);
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// The ids that have their own pre-rendered page, `<prefix>/<id>/`.
pub fn entity_ids(e: Entity) -> Vec<&'static str> {
    match e {
        Entity::Company => crate::data::ORGS.iter().map(|o| o.id).collect(),
        Entity::Chapter => crate::content::story::CHAPTERS
            .iter()
            .map(|c| c.slug)
            .collect(),
        Entity::Term => crate::data::TERMS.iter().map(|t| t.id).collect(),
        Entity::Event => crate::data::EVENTS.iter().map(|e| e.id).collect(),
    }
}

/// What a reader without JavaScript gets above the page: both languages, as links (the
/// English one targets `#en`, which switches the copy shown; see style/main.css). Hidden
/// when scripts run (public/boot.js marks `<html data-js>`, then removes it with the other
/// pre-rendered parts it does not need).
pub const NO_SCRIPT_LANGUAGES: &str = "<nav class=\"nojs-lang\" data-prerender \
    aria-label=\"언어 · Language\"><a href=\"#ko\" hreflang=\"ko\" lang=\"ko\">한국어</a> \
    <a href=\"#en\" hreflang=\"en\" lang=\"en\">English</a></nav>\
    <span data-prerender id=\"ko\"></span><span data-prerender id=\"en\"></span>";

/// The two pre-rendered copies, in the order they come in a page.
pub const COPIES: [Lang; 2] = [Lang::Ko, Lang::En];

/// Written right after the first copy. With JavaScript, public/boot.js (in `<head>`) opens a
/// hidden `<xmp>` for a reader of the second copy's language, so that the parser reads the
/// first copy as text up to here instead of building its thousands of elements, which the
/// reader never sees: that reader's first paint came after them. Without JavaScript (or
/// for a reader of the first copy) no `<xmp>` is open and the parser ignores this end tag.
/// A copy must not hold `</xmp` itself (`page_html` fails, naming it).
pub const FIRST_COPY_END: &str = "</xmp>";

/// Render one page into its template. Errors (and panics while rendering) name what failed.
pub fn page_html(
    page: &Page,
    templates: &Templates,
    base: &'static str,
    site_url: &str,
) -> Result<String, String> {
    let html = templates.for_view(page.view)?.to_string();
    crate::hooks::set_site_origin(site_url);
    let meta = bilingual(page.view, page.entity.as_ref());
    let url_path = format!("{base}/{}", page.path);
    let canonical = if page.view == View::NotFound {
        None
    } else {
        Some(format!("{site_url}{url_path}"))
    };

    // <title>, description and previews, right after the title (minified HTML has no </head>).
    let mut html = drop_own_meta(&html);
    let t0 = html.find("<title>").ok_or("the template has no <title>")?;
    let t1 = html[t0..].find("</title>").ok_or("unterminated <title>")? + t0;
    let mut head = format!("<title>{}</title>", esc(&meta.title));
    let mut tag = |attr: &str, name: &str, content: &str| {
        head.push_str(&format!(
            "\n<meta {attr}=\"{name}\" content=\"{}\">",
            esc(content)
        ));
    };
    tag("name", "description", &meta.description);
    tag("property", "og:title", &meta.title);
    tag("property", "og:description", &meta.description);
    tag("name", "twitter:title", &meta.title);
    tag("name", "twitter:description", &meta.description);
    // The companies view lists the cards that have their own page, for public/boot.js: a
    // card's query link (`companies/?company=<slug>`) shows that page's card before the app.
    if page.view == View::Companies && page.entity.is_none() {
        tag(
            "name",
            "crossroads:cards",
            &entity_ids(Entity::Company).join(" "),
        );
    }
    // Which copy comes first, for public/boot.js: a reader of the other language has the
    // parser read this one as text (see `FIRST_COPY_END`).
    tag("name", "crossroads:first-copy", COPIES[0].code());
    if let Some(c) = &canonical {
        if !site_url.is_empty() {
            tag("property", "og:url", c);
        }
        head.push_str(&format!("\n<link rel=\"canonical\" href=\"{}\">", esc(c)));
    }
    html.replace_range(t0..t1 + "</title>".len(), &head);

    // Without the boot script (JavaScript off) the page reads in Korean, the articles' language.
    html = html
        .replacen("<html lang=\"en\">", "<html lang=\"ko\">", 1)
        .replacen("<html lang=en>", "<html lang=ko>", 1);

    // The content, in both languages, in place of the template's <noscript> summary.
    // Without JavaScript no script can read `?lang=`: the page opens in Korean, with a way
    // to the English copy at the top (style/main.css shows it when `#en` is the target).
    let mut body = String::from(NO_SCRIPT_LANGUAGES);
    for (i, lang) in COPIES.into_iter().enumerate() {
        let search = route::effective_search(&page.entity, "");
        let rendered = std::panic::catch_unwind(|| render_body(base, &page.path, &search, lang))
            .map_err(|p| {
                let msg = p
                    .downcast_ref::<String>()
                    .cloned()
                    .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
                    .unwrap_or_else(|| "a panic".into());
                format!("rendering {:?} in {} failed: {msg}", page.view, lang.code())
            })?;
        if !rendered.contains("<main") {
            return Err(format!("the {} render has no <main>", lang.code()));
        }
        if rendered.to_ascii_lowercase().contains("</xmp") {
            return Err(format!(
                "the {} render holds \"</xmp\", which would end the first copy early for \
                 a reader of the other language (see FIRST_COPY_END)",
                lang.code()
            ));
        }
        body.push_str(&format!(
            "<div data-prerender lang=\"{}\">{}</div>",
            lang.code(),
            rendered.replace("<!>", "")
        ));
        if i == 0 {
            body.push_str(FIRST_COPY_END);
        }
    }
    let n0 = html
        .find("<noscript>")
        .ok_or("the template has no <noscript> block to replace")?;
    let n1 = html[n0..]
        .find("</noscript>")
        .ok_or("unterminated <noscript>")?
        + n0;
    html.replace_range(n0..n1 + "</noscript>".len(), &body);
    Ok(html)
}
