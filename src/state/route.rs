//! Which view a path shows, and links between views.
//!
//! Views live at real folders (`timeline/`, `companies/` …) so that a static host serves
//! each one; the build copies `index.html` into each folder, and `404.html` catches the rest.

use crate::data::Lang;
use crate::state::params::{self, Context, Ignored, NoIds, Values, SHELL};

/// The site's views. Their path segments are part of the link contract.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum View {
    Home,
    Story,
    /// The story in brief (`story/short/`): one paragraph per chapter.
    ShortStory,
    Timeline,
    Companies,
    Classroom,
    Glossary,
    About,
    NotFound,
}

impl View {
    /// Views in navigation order (not-found excluded).
    pub const NAV: [View; 6] = [
        View::Story,
        View::Timeline,
        View::Companies,
        View::Classroom,
        View::Glossary,
        View::About,
    ];
    pub const ALL: [View; 8] = [
        View::Home,
        View::Story,
        View::ShortStory,
        View::Timeline,
        View::Companies,
        View::Classroom,
        View::Glossary,
        View::About,
    ];

    /// The folder of the view below the site's base (`""` for the landing page).
    pub fn segment(self) -> &'static str {
        match self {
            View::Home => "",
            View::Story => "story",
            View::ShortStory => "story/short",
            View::Timeline => "timeline",
            View::Companies => "companies",
            View::Classroom => "classroom",
            View::Glossary => "glossary",
            View::About => "about",
            View::NotFound => "not-found",
        }
    }

    /// The item of the main navigation this view belongs to (the short story is the story's).
    pub fn nav_item(self) -> View {
        match self {
            View::ShortStory => View::Story,
            v => v,
        }
    }

    /// Which view a path shows, given the site's base path (`""` or `/crossroads`).
    pub fn from_path(path: &str, base: &str) -> View {
        resolve(path, base).0
    }
}

/// A thing people share on its own, with a page of its own at a stable path
/// (`companies/naver/`, `story/alliance-road/`, `glossary/hbm/`, `timeline/event/<id>/`).
/// Each path means exactly what a query-string link already meant, so both forms show
/// the same view: `companies/naver/` is `companies/?company=naver`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Entity {
    Company,
    Chapter,
    Term,
    Event,
}

impl Entity {
    pub const ALL: [Entity; 4] = [
        Entity::Company,
        Entity::Chapter,
        Entity::Term,
        Entity::Event,
    ];

    pub fn view(self) -> View {
        match self {
            Entity::Company => View::Companies,
            Entity::Chapter => View::Story,
            Entity::Term => View::Glossary,
            Entity::Event => View::Timeline,
        }
    }

    /// The folder below the site's base that holds one page per id.
    pub fn prefix(self) -> &'static str {
        match self {
            Entity::Company => "companies",
            Entity::Chapter => "story",
            Entity::Term => "glossary",
            Entity::Event => "timeline/event",
        }
    }

    /// The query-string parameters an entity page's path stands for.
    pub fn implied(self, id: &str) -> Vec<(&'static str, String)> {
        match self {
            Entity::Company => vec![("company", id.to_string())],
            Entity::Chapter => vec![("chapter", id.to_string())],
            Entity::Term => vec![("term", id.to_string())],
            // The event alone (a selection of one), opened.
            Entity::Event => vec![("ids", id.to_string()), ("event", id.to_string())],
        }
    }
}

/// Ids in paths are the data's slugs: lowercase ASCII letters, digits and hyphens.
fn is_slug(s: &str) -> bool {
    (1..=80).contains(&s.len())
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// What a path shows: the view, and for an entity page the entity and its id.
pub fn resolve(path: &str, base: &str) -> (View, Option<(Entity, String)>) {
    let rest = path.strip_prefix(base).unwrap_or(path);
    let rest = rest.trim_matches('/');
    let rest = rest
        .strip_suffix("index.html")
        .unwrap_or(rest)
        .trim_end_matches('/');
    if rest.is_empty() {
        return (View::Home, None);
    }
    if let Some(v) = View::ALL
        .into_iter()
        .find(|v| !v.segment().is_empty() && v.segment() == rest)
    {
        return (v, None);
    }
    for e in Entity::ALL {
        if let Some(id) = rest
            .strip_prefix(e.prefix())
            .and_then(|r| r.strip_prefix('/'))
            .filter(|id| is_slug(id))
        {
            return (e.view(), Some((e, id.to_string())));
        }
    }
    (View::NotFound, None)
}

/// The query string a view reads: an entity page's implied parameters first, then the URL's
/// own (so `companies/naver/?lang=en` reads as `?company=naver&lang=en`).
pub fn effective_search(entity: &Option<(Entity, String)>, search: &str) -> String {
    let Some((e, id)) = entity else {
        return search.to_string();
    };
    let mut out = String::from("?");
    for (k, v) in e.implied(id) {
        out.push_str(k);
        out.push('=');
        out.push_str(&v);
        out.push('&');
    }
    out.push_str(search.trim_start_matches('?'));
    out.trim_end_matches('&').to_string()
}

/// The stable path of an entity page below `base`, with a query string (`?…` or empty).
pub fn entity_href(base: &str, entity: Entity, id: &str, query: &str) -> String {
    format!("{base}/{}/{id}/{query}", entity.prefix())
}

/// The path and query to share for `view` showing `search` (a query string as the view reads
/// it, entity parameters included): an entity page's path when the query names exactly the
/// one thing that page stands for (`companies/?company=naver` → `companies/naver/`), so the
/// shared link previews as that thing; else the view's folder. The query keeps every other
/// pair as written.
pub fn share_form(base: &str, view: View, search: &str) -> (String, String) {
    let pairs = crate::state::query::pairs(search);
    let rest_of = |keys: &[&str]| -> String {
        let kept: Vec<&str> = search
            .trim_start_matches('?')
            .split('&')
            .filter(|p| !p.is_empty())
            .filter(|p| !keys.contains(&p.split('=').next().unwrap_or_default()))
            .collect();
        if kept.is_empty() {
            String::new()
        } else {
            format!("?{}", kept.join("&"))
        }
    };
    for e in Entity::ALL.into_iter().filter(|e| e.view() == view) {
        let (last_key, _) = *e.implied("").last().expect("an entity implies a parameter");
        let Some(id) = pairs
            .iter()
            .find(|p| p.key == last_key)
            .map(|p| p.value.clone())
            .filter(|id| is_slug(id))
        else {
            continue;
        };
        let implied = e.implied(&id);
        let exactly = implied.iter().all(|(k, v)| {
            let mut same_key = pairs.iter().filter(|p| p.key == *k);
            same_key
                .next()
                .is_some_and(|p| p.well_formed && p.value == *v)
                && same_key.next().is_none()
        });
        if exactly {
            let keys: Vec<&str> = implied.iter().map(|(k, _)| *k).collect();
            return (entity_href(base, e, &id, ""), rest_of(&keys));
        }
    }
    (href(base, view, ""), search.to_string())
}

/// [`share_form`] of a link below `base` to `view` (`/crossroads/timeline/?ids=x&event=x`
/// becomes `/crossroads/timeline/event/x/`): the link a copy button hands out.
pub fn share_href(base: &str, view: View, href: &str) -> String {
    let search = href.find('?').map_or("", |i| &href[i..]);
    let (path, search) = share_form(base, view, search);
    format!("{path}{search}")
}

/// The parameters every view shares: language and embedding.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Shell {
    /// The language, when the URL names one (otherwise the browser's is used).
    pub lang: Option<Lang>,
    pub embed: bool,
}

impl Shell {
    /// The shared part of a query string, as `(key, value)` pairs in contract order.
    pub fn pairs(&self) -> Vec<(&'static str, String)> {
        let mut v = Values::default();
        v.set("lang", self.lang.map(|l| l.code().to_string()))
            .set("embed", self.embed.then(|| "1".to_string()));
        params::format(&SHELL, &v)
    }
}

/// Parse the parameters every view shares (`params::SHELL`): `lang` (`ko`, `en`) and
/// `embed` (`1`/`true`, `0`/`false`). Bad values are dropped and reported; every other
/// parameter is the view's.
pub fn parse_shell(search: &str) -> (Shell, Vec<Ignored>) {
    let (v, ignored) = params::parse(search, &SHELL, &Context::new(&NoIds));
    let shell = Shell {
        lang: v.one("lang").and_then(Lang::from_code),
        embed: v.one("embed") == Some("1"),
    };
    (shell, params::bounded(ignored))
}

/// A path to a view below `base`, with a query string already built (`?…` or empty).
pub fn href(base: &str, view: View, query: &str) -> String {
    let seg = view.segment();
    if seg.is_empty() {
        format!("{base}/{query}")
    } else {
        format!("{base}/{seg}/{query}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::params::Reason;
    use crate::state::query;

    #[test]
    fn the_shell_reads_lang_and_embed_and_leaves_the_rest() {
        let (s, ig) = parse_shell("?lang=en&embed=1&company=kt&x=1");
        assert_eq!((s.lang, s.embed, ig.len()), (Some(Lang::En), true, 0));
        assert_eq!(query::build(&s.pairs()), "?lang=en&embed=1");
        let (s, ig) = parse_shell("embed=true&lang=ko");
        assert_eq!((s.lang, s.embed), (Some(Lang::Ko), true));
        assert!(ig.is_empty());
        assert_eq!(parse_shell("embed=false").0, Shell::default());
        assert_eq!(parse_shell("embed=0&lang=").0, Shell::default());
        assert!(Shell::default().pairs().is_empty());
        let (s, ig) = parse_shell("lang=fr&embed=maybe");
        assert_eq!(s, Shell::default());
        let got: Vec<(String, Reason)> = ig.iter().map(|i| (i.pair(), i.reason)).collect();
        assert_eq!(
            got,
            [
                ("lang=fr".to_string(), Reason::UnknownValue),
                ("embed=maybe".to_string(), Reason::UnknownValue)
            ]
        );
    }

    proptest::proptest! {
        #[test]
        fn shell_format_of_parse_is_a_fixed_point(s in ".{0,80}") {
            let (shell, _) = parse_shell(&s);
            let (again, ig) = parse_shell(&query::build(&shell.pairs()));
            proptest::prop_assert_eq!(again, shell);
            proptest::prop_assert!(ig.is_empty());
        }
    }

    #[test]
    fn paths_map_to_views_under_a_base() {
        let cases = [
            ("/crossroads/", "/crossroads", View::Home),
            ("/crossroads", "/crossroads", View::Home),
            ("/crossroads/timeline/", "/crossroads", View::Timeline),
            ("/crossroads/timeline", "/crossroads", View::Timeline),
            ("/crossroads/index.html", "/crossroads", View::Home),
            (
                "/crossroads/companies/index.html",
                "/crossroads",
                View::Companies,
            ),
            ("/crossroads/nope/", "/crossroads", View::NotFound),
            ("/timeline/", "", View::Timeline),
            ("/", "", View::Home),
            ("/timeline/extra", "", View::NotFound),
            ("/timeline/extra/more", "", View::NotFound),
            ("/timeline/Extra", "", View::NotFound),
            ("/about/x/", "", View::NotFound),
            ("/crossroads/story/short/", "/crossroads", View::ShortStory),
            ("/story/short/index.html", "", View::ShortStory),
            ("/story/short", "", View::ShortStory),
            ("/story/shorter/", "", View::Story),
        ];
        for (path, base, view) in cases {
            assert_eq!(View::from_path(path, base), view, "{path} under {base:?}");
        }
    }

    #[test]
    fn entity_paths_name_the_same_view_as_their_query_links() {
        let cases = [
            (
                "/crossroads/companies/naver/",
                View::Companies,
                "?company=naver",
            ),
            (
                "/crossroads/story/alliance-road/",
                View::Story,
                "?chapter=alliance-road",
            ),
            (
                "/crossroads/glossary/hbm/index.html",
                View::Glossary,
                "?term=hbm",
            ),
            (
                "/crossroads/timeline/event/kt-microsoft-ai-cloud-partnership/",
                View::Timeline,
                "?ids=kt-microsoft-ai-cloud-partnership&event=kt-microsoft-ai-cloud-partnership",
            ),
        ];
        for (path, view, search) in cases {
            let (v, entity) = resolve(path, "/crossroads");
            assert_eq!(v, view, "{path}");
            assert_eq!(effective_search(&entity, ""), search, "{path}");
        }
        let (_, entity) = resolve("/crossroads/companies/naver/", "/crossroads");
        assert_eq!(
            effective_search(&entity, "?lang=en&embed=1"),
            "?company=naver&lang=en&embed=1"
        );
        // Hostile or malformed ids are not entity pages.
        for bad in [
            "/crossroads/companies/<script>/",
            "/crossroads/companies/Naver/",
            "/crossroads/companies/a/b/",
            "/crossroads/timeline/event//",
        ] {
            assert_eq!(resolve(bad, "/crossroads"), (View::NotFound, None), "{bad}");
        }
    }

    #[test]
    fn copied_links_name_one_thing_by_its_own_page() {
        assert_eq!(
            share_href(
                "/c",
                View::Timeline,
                "/c/timeline/?ids=a-b&event=a-b&lang=en"
            ),
            "/c/timeline/event/a-b/?lang=en"
        );
        assert_eq!(
            share_href("/c", View::Timeline, "/c/timeline/?stance=alliance"),
            "/c/timeline/?stance=alliance"
        );
        assert_eq!(share_href("", View::Glossary, "/glossary/"), "/glossary/");
    }

    #[test]
    fn shared_links_name_one_thing_by_its_own_page() {
        let b = "/c";
        // (view, what it shows, the path shared below the base, the query left)
        let cases = [
            (
                View::Companies,
                "?company=naver&lang=en",
                "/companies/naver/",
                "?lang=en",
            ),
            (
                View::Timeline,
                "?ids=k&event=k&lang=ko",
                "/timeline/event/k/",
                "?lang=ko",
            ),
            (
                View::Story,
                "?chapter=a-road&step=2",
                "/story/a-road/",
                "?step=2",
            ),
            (View::Glossary, "?term=hbm", "/glossary/hbm/", ""),
            // An opened event among other results is that list, not the event's own page.
            (
                View::Timeline,
                "?company=naver&event=k",
                "/timeline/",
                "?company=naver&event=k",
            ),
        ];
        for (view, search, path, rest) in cases {
            let shared = share_form(b, view, search);
            assert_eq!(shared, (format!("{b}{path}"), rest.into()), "{search}");
        }
        let form = |v, s| share_form(b, v, s);
        // Two companies, an id that is no slug, a repeated key: the view's folder.
        for s in [
            "?company=naver,kt",
            "?company=Na%20ver",
            "?company=naver&company=kt",
        ] {
            assert_eq!(
                form(View::Companies, s),
                ("/c/companies/".into(), s.into()),
                "{s}"
            );
        }
        // Another view's parameter names nothing here.
        assert_eq!(
            form(View::Timeline, "?company=naver"),
            ("/c/timeline/".into(), "?company=naver".into())
        );
        // Every entity page's own query comes back to its path.
        for e in Entity::ALL {
            let q = query::build(&e.implied("sk-hynix"));
            let (path, rest) = share_form(b, e.view(), &q);
            assert_eq!(resolve(&path, b), (e.view(), Some((e, "sk-hynix".into()))));
            assert_eq!(rest, "");
        }
    }

    #[test]
    fn entity_hrefs_resolve_back_to_their_entity() {
        for e in Entity::ALL {
            let h = entity_href("/crossroads", e, "sk-hynix", "?lang=ko");
            let path = h.split('?').next().unwrap();
            assert_eq!(
                resolve(path, "/crossroads"),
                (e.view(), Some((e, "sk-hynix".to_string())))
            );
        }
    }

    #[test]
    fn every_view_round_trips_through_its_href() {
        for v in View::ALL {
            for base in ["", "/crossroads"] {
                let h = href(base, v, "?lang=ko");
                let path = h.split('?').next().unwrap();
                assert_eq!(View::from_path(path, base), v, "{h}");
            }
        }
    }
}
