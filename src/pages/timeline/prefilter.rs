//! A filtered timeline link's exact set on the pre-rendered page, before the app arrives.
//!
//! The pre-rendered timeline holds every event. A link with filters hides the list until
//! its app has applied them (a filtered link never shows what it filters out), and the app
//! is the largest download of the site. This is a second, small build of the same crate
//! (feature `prefilter`; `scripts/build.sh`), which `public/boot.js` loads only for a
//! timeline link with a query. It reads the link with the app's own parser
//! (`filters::parse`), filters with the app's own `evaluate`, and on the pre-rendered page
//! removes what the app will not show, writes the counts the app will write and adds the
//! chips of the active filters, all with the app's own words. The app then takes over the
//! same page. When the app would show more than that (a note about ignored values, a search
//! note, no results, a linked event the filters hide, another order), it leaves the page
//! as it is and the list waits for the app.

use super::{chip_label, count_line, events_n, rows, Row, TimelineUi};
use crate::data::{Lang, EVENTS};
use crate::state::facets::evaluate;
use crate::state::filters::{self, Sort};
use crate::state::search::{fact_index, stance_notes, words};

/// What the pre-rendered timeline shows for a link, in one language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Words {
    /// The results bar's count ("3 of 120 events").
    pub count: String,
    /// Each shown year and its heading's count ("3 events").
    pub years: Vec<(u16, String)>,
    /// The chips of the active filters: label and the remove button's accessible name.
    pub chips: Vec<(String, String)>,
    pub active_filters: &'static str,
    pub clear_all: &'static str,
}

/// What the pre-rendered timeline shows for a link before its app: the events, in order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Plan {
    pub shown: Vec<&'static str>,
    /// Korean, then English.
    pub words: [Words; 2],
}

impl Plan {
    pub fn words(&self, l: Lang) -> &Words {
        &self.words[usize::from(l == Lang::En)]
    }
}

/// The plan for the query string `search` (`?…`), or `None` when the app's page would show
/// more than a filtered list (see the module).
pub fn plan(search: &str) -> Option<Plan> {
    let (f, ignored) = filters::parse(search);
    if !ignored.is_empty() || f.sort != Sort::default() || !f.is_filtering() {
        return None;
    }
    let outcome = evaluate(EVENTS, fact_index(), &f);
    if outcome.shown.is_empty() {
        return None;
    }
    let shown: Vec<&'static str> = outcome.shown.iter().map(|&i| EVENTS[i].id).collect();
    if f.event
        .as_ref()
        .is_some_and(|id| !shown.contains(&id.as_str()))
    {
        return None;
    }
    if !stance_notes(fact_index(), &outcome.shown, &words(&f.q)).is_empty() {
        return None;
    }
    let chips = f.chips();
    let in_words = |l: Lang| {
        let t = TimelineUi::get(l);
        Words {
            count: count_line(t, outcome.shown.len(), outcome.total),
            years: rows(&outcome.shown)
                .into_iter()
                .filter_map(|r| match r {
                    Row::Year(y, n) => Some((y, events_n(t, n))),
                    _ => None,
                })
                .collect(),
            chips: chips
                .iter()
                .map(|c| {
                    let label = chip_label(c, l);
                    let aria = format!("{}: {label}", t.remove);
                    (label, aria)
                })
                .collect(),
            active_filters: t.active_filters,
            clear_all: t.clear_all,
        }
    };
    Some(Plan {
        shown,
        words: [in_words(Lang::Ko), in_words(Lang::En)],
    })
}

/// Apply the link's plan to the pre-rendered page once it has been parsed.
#[cfg(all(target_arch = "wasm32", feature = "prefilter"))]
pub fn run() {
    use wasm_bindgen::prelude::*;
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if doc.ready_state() == "loading" {
        let once = Closure::once_into_js(apply);
        let _ = doc.add_event_listener_with_callback("DOMContentLoaded", once.unchecked_ref());
    } else {
        apply();
    }
}

#[cfg(all(target_arch = "wasm32", feature = "prefilter"))]
fn apply() {
    let Some(win) = web_sys::window() else { return };
    let Some(doc) = win.document() else { return };
    let Some(root) = doc.document_element() else {
        return;
    };
    // Too late (the app is there) or nothing to do; entity pages (timeline/event/<id>/)
    // are one event and never filtered.
    let loc = win.location();
    let (Ok(path), Ok(search)) = (loc.pathname(), loc.search()) else {
        return;
    };
    if root.has_attribute("data-app")
        || !root.has_attribute("data-query")
        || !path.ends_with("/timeline/")
    {
        return;
    }
    let Some(plan) = plan(&search) else { return };
    for copy in crate::hooks::elements::<web_sys::Element>("[data-prerender][lang]") {
        let lang = copy.get_attribute("lang").and_then(|c| Lang::from_code(&c));
        if let Some(lang) = lang {
            dom::apply_copy(&doc, &copy, &plan, plan.words(lang));
        }
    }
    let _ = root.set_attribute("data-prefiltered", "");
}

#[cfg(all(target_arch = "wasm32", feature = "prefilter"))]
mod dom {
    use super::{Plan, Words};
    use wasm_bindgen::JsCast;
    use web_sys::{Document, Element};

    /// Take out of one language's copy what the app will not show, write its counts and add
    /// its chips, as `results.rs` and `chips.rs` draw them.
    pub fn apply_copy(doc: &Document, copy: &Element, plan: &Plan, w: &Words) {
        if let Ok(Some(list)) = copy.query_selector(".timeline__list") {
            mark_list(&list, plan, w);
        }
        if let Ok(Some(count)) = copy.query_selector(".timeline__count") {
            count.set_text_content(Some(&w.count));
        }
        if let Ok(Some(tools)) = copy.query_selector(".timeline__tools") {
            if let (Some(parent), Some(chips)) = (tools.parent_node(), chips(doc, w)) {
                let _ = parent.insert_before(&chips, Some(&tools));
            }
        }
    }

    /// Take out the events not shown and the headings left without events; a year heading
    /// says how many of its events show.
    fn mark_list(list: &Element, plan: &Plan, w: &Words) {
        let kids = list.children();
        let (mut in_month, mut in_year) = (false, false);
        for i in (0..kids.length()).rev() {
            let Some(el) = kids.item(i) else { continue };
            let keep = if let Some(id) = el.get_attribute("data-event") {
                let on = plan.shown.contains(&id.as_str());
                in_month |= on;
                in_year |= on;
                on
            } else if el.tag_name().eq_ignore_ascii_case("h3") {
                std::mem::take(&mut in_month)
            } else if el.tag_name().eq_ignore_ascii_case("h2") {
                in_month = false;
                let year = el.text_content().and_then(|t| {
                    t.chars()
                        .take_while(char::is_ascii_digit)
                        .collect::<String>()
                        .parse()
                        .ok()
                });
                let count = w.years.iter().find(|(y, _)| Some(*y) == year);
                if let (Some((_, text)), Ok(Some(span))) =
                    (count, el.query_selector(".timeline__year-count"))
                {
                    span.set_text_content(Some(text));
                }
                std::mem::take(&mut in_year)
            } else {
                true
            };
            // Removed, not hidden, so the list lays out as the app's (`:first-child`…);
            // the app draws its own list anyway.
            if !keep {
                el.remove();
            }
        }
    }

    fn el(doc: &Document, tag: &str, class: &str) -> Option<Element> {
        let e = doc.create_element(tag).ok()?;
        if !class.is_empty() {
            e.set_class_name(class);
        }
        Some(e)
    }

    /// The active filters' chips, as `chips::ActiveFilters` draws them (text only: no URL
    /// text is ever written as markup).
    fn chips(doc: &Document, w: &Words) -> Option<Element> {
        if w.chips.is_empty() {
            return None;
        }
        let group = el(doc, "div", "timeline__active")?;
        group.set_attribute("role", "group").ok()?;
        group.set_attribute("aria-label", w.active_filters).ok()?;
        let label = el(doc, "span", "timeline__active-label")?;
        label.set_attribute("aria-hidden", "true").ok()?;
        label.set_text_content(Some(&format!("{}:", w.active_filters)));
        let list = el(doc, "ul", "timeline__chips")?;
        for (text, aria) in &w.chips {
            let li = el(doc, "li", "")?;
            let button = el(doc, "button", "timeline__chip")?;
            button.set_attribute("type", "button").ok()?;
            button.set_attribute("aria-label", aria).ok()?;
            let name = el(doc, "span", "")?;
            name.set_text_content(Some(text));
            let x = el(doc, "span", "timeline__chip-x")?;
            x.set_attribute("aria-hidden", "true").ok()?;
            x.set_text_content(Some("×"));
            button.append_with_node_2(&name, &x).ok()?;
            li.append_child(&button).ok()?;
            list.append_child(&li).ok()?;
        }
        let clear = el(doc, "button", "timeline__clear")?;
        clear.set_attribute("type", "button").ok()?;
        clear.set_text_content(Some(w.clear_all));
        group.append_with_node_3(&label, &list, &clear).ok()?;
        group.dyn_into::<Element>().ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(search: &str) -> Option<Vec<&'static str>> {
        plan(search).map(|p| p.shown)
    }

    #[test]
    fn the_plan_is_what_the_app_shows() {
        for search in [
            "?company=naver&from=2024",
            "?lang=en&stance=sovereign",
            "?layer=chips&kind=alliance,investment",
            "?q=HBM",
            "?q=네이버는",
            "?to=2023-06&source=genews",
            "?ids=naver-selective-strategic-ai-investment,kt-microsoft-alliance",
        ] {
            let (f, _) = filters::parse(search);
            let want: Vec<&str> = evaluate(EVENTS, fact_index(), &f)
                .shown
                .iter()
                .map(|&i| EVENTS[i].id)
                .collect();
            // Brute force: every event that passes every facet and the search, newest first.
            let mut brute: Vec<usize> = (0..EVENTS.len())
                .filter(|&i| {
                    filters::Facet::ALL
                        .iter()
                        .all(|facet| f.passes(*facet, &EVENTS[i]))
                        && fact_index().matches(i, &words(&f.q))
                })
                .collect();
            brute.sort_by_key(|&i| std::cmp::Reverse((EVENTS[i].date.key(), i)));
            let brute: Vec<&str> = brute.iter().map(|&i| EVENTS[i].id).collect();
            if let Some(got) = ids(search) {
                assert_eq!(got, want, "{search}");
                assert_eq!(got, brute, "{search}: against brute force");
            }
        }
        assert!(ids("?company=naver&from=2024")
            .is_some_and(|v| !v.is_empty() && v.len() < EVENTS.len()));
        assert!(ids("?lang=en&stance=sovereign").is_some());
    }

    #[test]
    fn the_page_waits_for_the_app_when_it_would_show_more_than_a_list() {
        for search in [
            "",
            "?lang=en",
            "?sort=old&stance=sovereign",
            "?company=acme",
            "?stance=sovereign&bogus=1",
            "?q=zzzzqqq",
            "?q=sovereign",
            "?stance=alliance&event=naver-selective-strategic-ai-investment",
            "?q=%E0%A4%A",
        ] {
            assert_eq!(ids(search), None, "{search}");
        }
    }

    #[test]
    fn words_are_the_apps_in_each_language() {
        let p = plan("?company=naver&from=2024").unwrap();
        let n = p.shown.len();
        assert_eq!(
            p.words(Lang::En).count,
            format!("{n} of {} events", EVENTS.len())
        );
        assert_eq!(
            p.words(Lang::Ko).count,
            format!("사건 {}건 중 {n}건", EVENTS.len())
        );
        let en: Vec<&str> = p
            .words(Lang::En)
            .chips
            .iter()
            .map(|c| c.0.as_str())
            .collect();
        assert_eq!(en, ["Naver", "From 2024"]);
        assert_eq!(p.words(Lang::En).chips[0].1, "Remove filter: Naver");
        let years: usize = p
            .words(Lang::En)
            .years
            .iter()
            .map(|(_, t)| {
                t.trim_end_matches(" events")
                    .trim_end_matches(" event")
                    .parse::<usize>()
                    .unwrap()
            })
            .sum();
        assert_eq!(
            years, n,
            "the year headings' counts add up to the shown events"
        );
    }
}
