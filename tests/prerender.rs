//! The build-time pre-render (feature `ssr`): every page renders natively, whole, and never
//! panics on hostile links. Run with
//! `cargo test --no-default-features --features ssr --test prerender` (scripts/test.sh does).
#![cfg(feature = "ssr")]

use crossroads::data::{Lang, EVENTS, ORGS, TERMS};
use crossroads::prerender::{page_html, pages, render_body, Templates};
use crossroads::state::route::{Entity, View};

const BASE: &str = "/crossroads";

fn count(haystack: &str, needle: &str) -> usize {
    haystack.matches(needle).count()
}

/// The tags of an HTML string (text between `<` and `>`), to look for injected markup.
fn tags(html: &str) -> Vec<&str> {
    html.split('<')
        .skip(1)
        .filter_map(|t| t.split_once('>').map(|(tag, _)| tag))
        .collect()
}

#[test]
fn every_page_renders_in_both_languages_with_one_main() {
    let all = pages();
    // 8 views (the short story is one) + 404 + one page per company, chapter, term and event.
    let chapters = crossroads::content::story::CHAPTERS.len();
    assert_eq!(
        all.len(),
        9 + ORGS.len() + chapters + TERMS.len() + EVENTS.len()
    );
    assert!(all.iter().any(|p| p.file == "story/short/index.html"));
    for page in &all {
        for lang in [Lang::Ko, Lang::En] {
            let search = crossroads::state::route::effective_search(&page.entity, "");
            let html = render_body(BASE, &page.path, &search, lang);
            assert_eq!(count(&html, "<main"), 1, "{} {}", page.file, lang.code());
            assert!(!html.contains("panicked"), "{}", page.file);
        }
    }
}

#[test]
fn the_views_hold_their_whole_default_content() {
    let timeline = render_body(BASE, "timeline/", "", Lang::En);
    assert_eq!(count(&timeline, "data-event=\""), EVENTS.len());
    assert!(count(&timeline, "<time datetime=\"") >= EVENTS.len());
    let holds_each = |html: &str, attr: &str, ids: Vec<&str>| {
        for id in ids {
            assert!(html.contains(&format!("{attr}=\"{id}\"")), "{attr} {id}");
        }
    };
    holds_each(
        &timeline,
        "data-event",
        EVENTS.iter().map(|e| e.id).collect(),
    );
    let companies = render_body(BASE, "companies/", "", Lang::Ko);
    holds_each(
        &companies,
        "data-company",
        ORGS.iter().map(|o| o.id).collect(),
    );
    let glossary = render_body(BASE, "glossary/", "", Lang::En);
    for t in TERMS {
        assert!(glossary.contains(t.term.en), "{}", t.id);
    }
    let story = render_body(BASE, "story/", "", Lang::Ko);
    assert!(story.contains(crossroads::content::story::CHAPTERS[0].title.ko));
    // Korean pages are Korean and English pages English, from the first byte.
    assert!(render_body(BASE, "", "", Lang::Ko).contains("갈림길"));
    assert!(!timeline.contains("타임라인</h1>"));
}

#[test]
fn the_landing_page_shows_three_roads_with_cited_figures_in_both_languages() {
    use crossroads::components::source_line::cites_text;
    use crossroads::data::amount::shown;
    use crossroads::data::landing_ids::ROADS;
    use crossroads::data::{event, QUOTES};
    for lang in [Lang::Ko, Lang::En] {
        let html = render_body(BASE, "", "", lang);
        assert_eq!(count(&html, "data-road=\""), 3, "{lang:?}");
        for road in &ROADS {
            let at = html
                .find(&format!("data-road=\"{}\"", road.stance))
                .unwrap_or_else(|| panic!("{lang:?}: no {} road", road.stance));
            let end = html[at..].find("</article>").expect("the road ends") + at;
            let card = &html[at..end];
            for (id, i) in road.figures {
                let e = event(id).unwrap();
                let f = &e.figures[*i];
                assert!(
                    card.contains(&shown(f, lang).lead),
                    "{lang:?} {id}: the figure"
                );
                if lang == Lang::En {
                    assert!(card.contains(f.as_reported), "{id}: the printed original");
                }
                assert!(
                    card.contains(&cites_text(e.cites, lang)),
                    "{lang:?} {id}: its source"
                );
                assert!(
                    card.contains(&format!("event={id}")),
                    "{lang:?} {id}: its timeline link"
                );
            }
            let q = QUOTES.iter().find(|q| q.id == road.quote).unwrap();
            assert!(card.contains(q.ko), "{lang:?} {}: the quote", road.quote);
            assert!(
                card.contains(&cites_text(q.cites, lang)),
                "{lang:?}: the quote's source"
            );
            assert!(card.contains(&format!("{BASE}/timeline/?stance={}", road.stance)));
            assert!(card.contains(&format!("{BASE}/story/{}/", road.chapter)));
        }
        for link in [
            "story/",
            "story/short/",
            "timeline/",
            "classroom/",
            "classroom/?section=quiz",
        ] {
            assert!(
                html.contains(&format!("href=\"{BASE}/{link}\"")),
                "{lang:?}: {link}"
            );
        }
    }
}

#[test]
fn the_short_story_has_one_entry_per_chapter_each_leading_into_it() {
    use crossroads::content::story::CHAPTERS;
    for lang in [Lang::Ko, Lang::En] {
        let html = render_body(BASE, "story/short/", "", lang);
        assert_eq!(count(&html, "<main"), 1);
        assert_eq!(
            count(&html, "class=\"short__chapter\""),
            CHAPTERS.len(),
            "{lang:?}"
        );
        let mut from = 0;
        for (i, c) in CHAPTERS.iter().enumerate() {
            let at = html[from..]
                .find(&format!("data-chapter=\"{}\"", c.slug))
                .unwrap_or_else(|| panic!("{lang:?}: chapter {} missing or out of order", c.slug))
                + from;
            assert!(html[at..].contains(c.title.get(lang)), "{}", c.slug);
            assert!(html[at..].contains(&format!("href=\"{BASE}/story/{}/\"", c.slug)));
            if let Some(next) = CHAPTERS.get(i + 1) {
                let anchor = format!("href=\"{BASE}/story/short/#short-{}\"", next.slug);
                assert!(html[at..].contains(&anchor), "{}: a way on", c.slug);
            }
            from = at + 1;
        }
        // The last chapter leads into the full story; the full story's start leads here.
        assert!(html[from..].contains(&format!("href=\"{BASE}/story/\"")));
        let story = render_body(BASE, "story/", "", lang);
        assert!(story.contains(&format!("href=\"{BASE}/story/short/\"")));
    }
}

#[test]
fn an_entity_page_shows_its_one_thing() {
    let naver = render_body(BASE, "companies/naver/", "?company=naver", Lang::En);
    assert_eq!(count(&naver, "data-company=\""), 1, "only Naver's card");
    assert!(naver.contains("data-company=\"naver\""));
    let id = EVENTS[0].id;
    let event = render_body(
        BASE,
        &format!("timeline/event/{id}/"),
        &format!("?ids={id}&event={id}"),
        Lang::Ko,
    );
    assert_eq!(count(&event, "data-event=\""), 1, "only the one event");
}

#[test]
fn hostile_links_never_panic_and_never_become_markup() {
    let hostile = [
        "?q=%3Cscript%3Ealert(1)%3C/script%3E",
        "?company=%ZZ,naver,%00,%F0%9F",
        "?from=9999-99-99&to=-1&stance=<b>",
        "?lang=<x>&embed=maybe&event=../../etc",
        "?chapter=999&step=-5&section=%E0%A4",
        "?term=\"onmouseover=alert(1)",
        "?ids=a,b,,c&sort=sideways&q=%",
    ];
    for v in View::ALL {
        let path = if v.segment().is_empty() {
            String::new()
        } else {
            format!("{}/", v.segment())
        };
        for q in hostile {
            for lang in [Lang::Ko, Lang::En] {
                let html = render_body(BASE, &path, q, lang);
                assert_eq!(count(&html, "<main"), 1, "{path}{q}");
                for tag in tags(&html) {
                    assert!(!tag.starts_with("script"), "{path}{q}: <{tag}>");
                    assert_ne!(tag, "b", "{path}{q}");
                    assert!(!tag.contains(" onmouseover"), "{path}{q}: <{tag}>");
                }
            }
        }
    }
}

fn template() -> String {
    "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<title>Generic</title>\n\
     <meta name=\"description\" content=\"generic\">\n\
     <meta property=\"og:title\" content=\"generic\">\n\
     <meta property=\"og:description\" content=\"generic\">\n</head>\n\
     <body>\n<noscript><p>needs JavaScript</p></noscript>\n<div id=\"crash\" hidden></div>\n</body>\n</html>\n"
        .to_string()
}

#[test]
fn each_page_file_names_itself_and_holds_both_languages() {
    let templates = Templates::same(&template());
    let all = pages();
    let mut titles = std::collections::HashSet::new();
    for page in all.iter().filter(|p| {
        p.entity.is_none()
            || p.entity
                .as_ref()
                .is_some_and(|(e, _)| *e == Entity::Company)
    }) {
        let html = page_html(page, &templates, BASE, "https://example.org").unwrap();
        assert!(!html.contains("<title>Generic</title>"), "{}", page.file);
        assert!(!html.contains("content=\"generic\""), "{}", page.file);
        assert!(!html.contains("<noscript><p>needs"), "{}", page.file);
        assert_eq!(count(&html, "<div data-prerender lang=\"ko\">"), 1);
        assert_eq!(count(&html, "<div data-prerender lang=\"en\">"), 1);
        // For public/boot.js: the Korean copy comes first and ends right before the English
        // one with the only </xmp> of the page (an English reader's parser reads the Korean
        // copy as text up to there), and the head says so before the body.
        let ko = html.find("<div data-prerender lang=\"ko\">").unwrap();
        let en = html.find("<div data-prerender lang=\"en\">").unwrap();
        assert!(ko < en, "{}", page.file);
        assert_eq!(
            count(&html.to_ascii_lowercase(), "</xmp"),
            1,
            "{}",
            page.file
        );
        assert!(
            html[..en].ends_with("</div></xmp>"),
            "{}: </xmp> right after the Korean copy",
            page.file
        );
        let meta = html
            .find("<meta name=\"crossroads:first-copy\" content=\"ko\">")
            .unwrap_or_else(|| panic!("{}: no first-copy meta", page.file));
        assert!(meta < html.find("<body").unwrap(), "{}", page.file);
        assert!(html.contains("<html lang=\"ko\">"));
        assert!(html.contains("name=\"twitter:title\""));
        if page.view != View::NotFound {
            let canonical = format!(
                "<link rel=\"canonical\" href=\"https://example.org{BASE}/{}\">",
                page.path
            );
            assert!(html.contains(&canonical), "{}: {canonical}", page.file);
        }
        let t0 = html.find("<title>").unwrap();
        let t1 = html.find("</title>").unwrap();
        assert!(
            titles.insert(html[t0..t1].to_string()),
            "{} repeats a title",
            page.file
        );
    }
    let naver = all
        .iter()
        .find(|p| p.file == "companies/naver/index.html")
        .unwrap();
    let html = page_html(naver, &templates, BASE, "").unwrap();
    assert!(html.contains("<title>네이버 · 갈림길 | Naver · Crossroads</title>"));
    assert!(
        !html.contains("crossroads:cards"),
        "only the companies view lists the cards"
    );
    // The companies view lists, for public/boot.js, every card that has a page of its own.
    let grid = all
        .iter()
        .find(|p| p.file == "companies/index.html")
        .unwrap();
    let html = page_html(grid, &templates, BASE, "").unwrap();
    let at = html
        .find("<meta name=\"crossroads:cards\" content=\"")
        .expect("the cards' meta")
        + 39;
    let listed: Vec<&str> = html[at..at + html[at..].find('"').unwrap()]
        .split(' ')
        .collect();
    let with_pages: Vec<&str> = all
        .iter()
        .filter_map(|p| match &p.entity {
            Some((Entity::Company, id)) => Some(id.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(listed, with_pages);
    assert!(listed.len() == ORGS.len() && listed.contains(&"sk-hynix"));
}

#[test]
fn a_minified_template_gets_the_same_head() {
    // Trunk's release build minifies: unquoted, reordered attributes and no </head>.
    let minified = "<!doctype html><html lang=en><meta charset=utf-8><base href=/crossroads/>\
        <script src=boot.js></script><title>Generic</title><meta content=\"generic text\" \
        name=description><meta content=website property=og:type><meta content=Generic \
        property=og:title><meta content=\"generic text\" property=og:description>\
        <link href=x.css rel=stylesheet><noscript><main>needs JavaScript</main></noscript>\
        <div class=crash hidden id=crash></div>"
        .to_string();
    let templates = Templates::same(&minified);
    let page = pages()
        .into_iter()
        .find(|p| p.file == "glossary/index.html")
        .unwrap();
    let html = page_html(&page, &templates, BASE, "").unwrap();
    assert!(html.starts_with("<!doctype html><html lang=ko>"));
    assert!(
        !html.contains("generic"),
        "the template's own tags are gone"
    );
    assert!(html.contains("property=og:type"), "other tags stay");
    assert_eq!(count(&html, "<meta name=\"description\""), 1);
    assert_eq!(count(&html, "<meta property=\"og:title\""), 1);
    assert!(html.contains("<title>용어 · 갈림길 | Glossary · Crossroads</title>"));
    assert!(!html.contains("needs JavaScript"));
    assert!(html.contains("<div class=crash hidden id=crash></div>"));
}

#[test]
fn a_template_without_its_slots_fails_with_a_reason() {
    let templates = Templates::same("<html><head></head><body></body></html>");
    let err = page_html(&pages()[1], &templates, BASE, "").unwrap_err();
    assert!(err.contains("<title>"), "{err}");
}

#[test]
fn each_page_goes_into_the_shell_of_its_own_view() {
    // Each view ships as its own app: a page must load its view's app, not another's.
    let shell = |name: &str| {
        template().replace(
            "<head>",
            &format!("<head><script src=\"{name}.js\"></script>"),
        )
    };
    let named: Vec<(View, String)> = View::ALL
        .into_iter()
        .chain([View::NotFound])
        .map(|v| (v, shell(&format!("{v:?}"))))
        .collect();
    let named_refs: Vec<(View, &str)> = named.iter().map(|(v, s)| (*v, s.as_str())).collect();
    let templates = Templates::per_view(&named_refs, "<html></html>");
    for page in pages() {
        let html = page_html(&page, &templates, BASE, "").unwrap();
        let own = format!("<script src=\"{:?}.js\">", page.view);
        assert!(html.contains(&own), "{} should load {own}", page.file);
        assert_eq!(count(&html, "<script src="), 1, "{}", page.file);
    }
    let naver = pages()
        .into_iter()
        .find(|p| p.file == "companies/naver/index.html")
        .unwrap();
    assert_eq!(naver.view, View::Companies);
}

/// The part of `html` from the first `start` to the next `end` after it.
fn between<'a>(html: &'a str, start: &str, end: &str) -> &'a str {
    let from = html.find(start).unwrap_or_else(|| {
        let at = html.find("time-axis").unwrap_or(0).saturating_sub(300);
        panic!("no {start} in {}", &html[at..(at + 3000).min(html.len())])
    });
    let rest = &html[from..];
    &rest[..rest.find(end).map_or(rest.len(), |i| i + end.len())]
}

#[test]
fn the_time_axis_is_drawn_with_the_page() {
    for lang in [Lang::Ko, Lang::En] {
        let timeline = render_body(BASE, "timeline/", "", lang);
        let axis = between(&timeline, "class=\"time-axis\">", "</figure>");
        // One mark per event, in an SVG of fixed height, each with its event as a tooltip
        // (<title>). The marks become links when the app takes over: pre-rendered, a link
        // to `?event=` would only reopen the page, and the links were a large share of the
        // HTML parsed before the list.
        assert_eq!(count(axis, "data-mark=\""), EVENTS.len(), "{}", lang.code());
        assert_eq!(count(axis, "class=\"time-axis__link\""), 0);
        assert_eq!(count(axis, "<title>"), EVENTS.len(), "{}", lang.code());
        for e in EVENTS {
            let at = axis
                .find(&format!("data-mark=\"{}\"", e.id))
                .unwrap_or_else(|| panic!("no mark for {}", e.id));
            let mark = between(&axis[at..], ">", "</title>");
            assert!(
                mark.contains(e.title.get(lang)),
                "{}: its tooltip names it: {mark}",
                e.id
            );
        }
        let svg = between(axis, "<svg ", ">");
        assert!(
            svg.contains("width=\"100%\"") && svg.contains("height=\""),
            "{svg}"
        );
        assert!(axis.contains("role=\"slider\""));
        assert_eq!(count(axis, "aria-valuetext=\""), 2);
        // Reported-by events are hollow, and the legend says so in words.
        let hollow = EVENTS
            .iter()
            .filter(|e| e.date_kind == crossroads::data::DateKind::ReportedBy)
            .count();
        let drawn = between(
            axis,
            "class=\"time-axis__marks\"",
            "class=\"time-axis__line\"",
        );
        assert_eq!(count(drawn, "time-axis__mark--hollow\""), hollow);
        assert_eq!(
            count(drawn, "time-axis__mark--out"),
            0,
            "nothing is faint unfiltered"
        );
        let legend = between(axis, "<ul class=\"time-axis__legend\"", "</ul>");
        for s in crossroads::data::Stance::ALL {
            assert!(legend.contains(s.label().get(lang)), "{s:?}");
        }
        assert!(legend.contains(match lang {
            Lang::Ko => "속이 빈",
            Lang::En => "Hollow",
        }));
        // Above the list.
        assert!(timeline.find("time-axis").unwrap() < timeline.find("data-event=\"").unwrap());
    }
    let home = render_body(BASE, "", "", Lang::En);
    let axis = between(
        &home,
        "class=\"time-axis time-axis--compact\">",
        "</figure>",
    );
    assert_eq!(count(axis, "data-mark=\""), EVENTS.len());
    assert!(
        axis.contains("href=\"/crossroads/timeline/?lang=en&amp;from=2024&amp;to=2024\"")
            || axis.contains("href=\"/crossroads/timeline/?from=2024&amp;to=2024"),
        "{axis}"
    );
    assert!(axis.contains("<ul class=\"time-axis__legend\""));
}

/// The printed footer's QR code must open the view from a phone: it is drawn only when the
/// pre-render knows the site's address, and then it names the whole address.
#[test]
fn the_printed_qr_code_is_drawn_only_with_the_sites_address() {
    let templates = Templates::same(&template());
    let page = pages()
        .into_iter()
        .find(|p| p.file == "timeline/index.html")
        .unwrap();
    let with = page_html(&page, &templates, BASE, "https://example.org").unwrap();
    assert_eq!(
        count(&with, "class=\"qr__svg\""),
        2,
        "a code in each language"
    );
    assert_eq!(
        count(&with, &format!(">https://example.org{BASE}/timeline/<")),
        2,
        "the whole address under each code"
    );
    let without = page_html(&page, &templates, BASE, "").unwrap();
    assert_eq!(
        count(&without, "class=\"qr__svg\""),
        0,
        "no code for a bare path"
    );
    assert_eq!(count(&without, "class=\"qr__code\""), 0, "nor room for one");
    assert_eq!(count(&with, "class=\"qr__code\""), 2);
    assert!(without.contains("Open this view again at the address below on this site"));
    assert!(without.contains("이 화면은 이 사이트의 아래 주소에서 다시 열 수 있습니다"));
    assert!(without.contains(&format!(">{BASE}/timeline/<")));
}

#[test]
fn each_event_cites_its_paragraphs_and_folds_its_date_note() {
    for lang in [Lang::Ko, Lang::En] {
        let timeline = render_body(BASE, "timeline/", "", lang);
        let (para, paras) = match lang {
            Lang::Ko => ("번째 문단", "번째 문단"),
            Lang::En => ("paragraph ", "paragraphs "),
        };
        for e in EVENTS {
            let card = between(
                &timeline,
                &format!("<article data-event=\"{}\"", e.id),
                "</article>",
            );
            let source = between(card, "class=\"event-card__source\"", "</p>");
            // Every paragraph of every citation, by source, in the order cited.
            let mut by_source: Vec<(&str, Vec<u16>)> = Vec::new();
            for c in e.cites {
                match by_source.iter_mut().find(|(s, _)| *s == c.source) {
                    Some((_, ps)) => ps.push(c.para),
                    None => by_source.push((c.source, vec![c.para])),
                }
            }
            for (_, ps) in &by_source {
                let list = ps
                    .iter()
                    .map(|p| p.to_string())
                    .collect::<Vec<_>>()
                    .join(", ");
                let want = match (lang, ps.len()) {
                    (Lang::Ko, _) => format!("{list}{para}"),
                    (Lang::En, 1) => format!("{para}{list}"),
                    (Lang::En, _) => format!("{paras}{list}"),
                };
                assert!(source.contains(&want), "{}: {want} in {source}", e.id);
            }
            assert_eq!(count(source, "<cite"), by_source.len(), "{}", e.id);
            // The note on the date, folded, where there is one; no fold without.
            match e.date_note {
                Some(n) => {
                    let fold =
                        between(card, "<details class=\"event-card__details\"", "</details>");
                    assert!(fold.contains(&escape(n.get(lang))), "{}: {fold}", e.id);
                }
                None => assert!(!card.contains("<details"), "{}", e.id),
            }
        }
    }
}

/// Text as the pre-render writes it into an element.
fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}
