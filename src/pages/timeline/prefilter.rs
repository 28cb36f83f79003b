//! A filtered timeline link's exact set on the pre-rendered page, before the app arrives.
//!
//! The pre-rendered timeline holds every event. A link with filters hides the list until
//! its app has applied them (a filtered link never shows what it filters out), and the app
//! is the largest download of the site. This is a second, small build of the same crate
//! (feature `prefilter`; `scripts/build.sh`), which `public/boot.js` loads only for a
//! timeline link with a query. It reads the link with the app's own parser
//! (`filters::parse`), filters with the app's own `evaluate`, and on the pre-rendered page
//! marks the rows the app's list will have (`data-keep`; style/main.css hides the others),
//! writes the counts the app will write and adds the chips of the active filters, all with
//! the app's own words. Arriving while the page is still being parsed, it marks each frame
//! what has been parsed since, so the list shows filtered as it arrives; once the page is
//! parsed, it takes out the rows it did not keep. The app then takes over the same page. When the app would show more than that (a note about ignored values, a search
//! note, no results, a linked event the filters hide, another order), it leaves the page
//! as it is and the list waits for the app.

use super::{chip_label, count_line, events_n, rows, Row, TimelineUi};
use crate::data::{Lang, EVENTS};
use crate::state::facets::evaluate;
use crate::state::filters::{self, Facet, Sort};
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
    /// The year and month headings the app's list has (`data-year`, `data-month`).
    pub years: Vec<u16>,
    pub months: Vec<String>,
    /// Korean, then English.
    pub words: [Words; 2],
}

impl Plan {
    pub fn words(&self, l: Lang) -> &Words {
        &self.words[usize::from(l == Lang::En)]
    }

    /// Whether the app's list has this row of the pre-rendered one (an event, or a year or
    /// month heading, by its attributes). Both lists are in the same order: the default.
    pub fn keeps(&self, event: Option<&str>, year: Option<&str>, month: Option<&str>) -> bool {
        if let Some(id) = event {
            self.shown.contains(&id)
        } else if let Some(y) = year {
            y.parse().is_ok_and(|y| self.years.contains(&y))
        } else {
            month.is_some_and(|m| self.months.iter().any(|k| k == m))
        }
    }
}

/// The plan for the query string `search` (`?…`), or `None` when the app's page would show
/// more than a filtered list (see the module).
pub fn plan(search: &str) -> Option<Plan> {
    let (f, ignored) = filters::parse(search);
    if !ignored.is_empty() || f.sort != Sort::default() || !f.is_filtering() {
        return None;
    }
    // The build for links without a search (feature `prefilter-facets`) has no text to search.
    if cfg!(feature = "prefilter-facets") && f.has(Facet::Search) {
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
    let (mut years, mut months) = (Vec::new(), Vec::new());
    for r in rows(&outcome.shown) {
        match r {
            Row::Year(y, _) => years.push(y),
            Row::Month(y, m) => months.push(super::month_key(y, m)),
            Row::Event(_) => {}
        }
    }
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
        years,
        months,
        words: [in_words(Lang::Ko), in_words(Lang::En)],
    })
}

/// Apply the link's plan to the pre-rendered page: while it is still being parsed (the
/// pre-filter has arrived first, as on a fast connection), at every frame to what has been
/// parsed so far; once it is parsed, to the whole page.
#[cfg(all(target_arch = "wasm32", feature = "prefilter"))]
pub fn run() {
    use std::cell::RefCell;
    use std::rc::Rc;
    use wasm_bindgen::prelude::*;
    let Some(win) = web_sys::window() else { return };
    let Some(doc) = win.document() else { return };
    let Some(plan) = dom::plan_for(&win, &doc) else {
        return;
    };
    if doc.ready_state() != "loading" {
        dom::finish(&doc, &plan);
        return;
    }
    let plan = Rc::new(plan);
    // Each frame, before it is rendered: mark what of the reader's copy has been parsed since.
    // A row the parser adds between two frames is marked before the frame that could show it.
    let seen = Rc::new(RefCell::new(dom::Progress::default()));
    type Frame = Rc<RefCell<Option<Closure<dyn FnMut()>>>>;
    let frame: Frame = Rc::new(RefCell::new(None));
    let next = frame.clone();
    let (p, d) = (plan.clone(), doc.clone());
    *frame.borrow_mut() = Some(Closure::new(move || {
        if d.ready_state() != "loading" || !dom::step(&d, &p, &mut seen.borrow_mut()) {
            next.borrow_mut().take();
            return;
        }
        if let (Some(w), Some(f)) = (web_sys::window(), next.borrow().as_ref()) {
            let _ = w.request_animation_frame(f.as_ref().unchecked_ref());
        }
    }));
    if let Some(f) = frame.borrow().as_ref() {
        let _ = win.request_animation_frame(f.as_ref().unchecked_ref());
    }
    let parsed = doc.clone();
    let done = Closure::once_into_js(move || dom::finish(&parsed, &plan));
    let _ = doc.add_event_listener_with_callback("DOMContentLoaded", done.unchecked_ref());
}

#[cfg(all(target_arch = "wasm32", feature = "prefilter"))]
mod dom {
    use super::{plan, Plan, Words};
    use crate::data::Lang;
    use wasm_bindgen::JsCast;
    use web_sys::{Document, Element, Window};

    /// The plan, if the page is a pre-rendered timeline with a query that the app has not yet
    /// taken over, and the link's list can be shown before the app (`plan`). Entity pages
    /// (timeline/event/<id>/) are one event and never filtered.
    pub fn plan_for(win: &Window, doc: &Document) -> Option<Plan> {
        let root = doc.document_element()?;
        let loc = win.location();
        let (path, search) = (loc.pathname().ok()?, loc.search().ok()?);
        if root.has_attribute("data-app")
            || !root.has_attribute("data-query")
            || !path.ends_with("/timeline/")
        {
            return None;
        }
        plan(&search)
    }

    /// How far the frames have come through the reader's copy.
    #[derive(Default)]
    pub struct Progress {
        started: bool,
        rows: u32,
    }

    /// One frame while the page is parsed; false once the app is there (nothing more to do).
    pub fn step(doc: &Document, plan: &Plan, seen: &mut Progress) -> bool {
        let Some(root) = doc.document_element() else {
            return false;
        };
        if root.has_attribute("data-app") {
            return false;
        }
        let lang = root.get_attribute("lang").unwrap_or_default();
        let Some(l) = Lang::from_code(&lang) else {
            return false;
        };
        let copy = doc
            .query_selector(&format!("[data-prerender][lang=\"{}\"]", l.code()))
            .ok()
            .flatten();
        // The list comes after the filter panel and the results bar: once it has begun, the
        // chips' and the count's places are there.
        let Some(list) = copy
            .as_ref()
            .and_then(|c| c.query_selector(".timeline__list").ok().flatten())
        else {
            return true;
        };
        if let Some(copy) = &copy {
            if !seen.started {
                write_words(doc, copy, plan.words(l));
                seen.started = true;
            }
        }
        // The last row may still be arriving (a heading without its count yet): look again.
        seen.rows = mark_rows(&list, plan, plan.words(l), seen.rows, false).saturating_sub(1);
        let _ = root.set_attribute("data-prefiltered", "");
        true
    }

    /// The page is parsed: every copy's rows marked and what the app will not show taken out.
    pub fn finish(doc: &Document, plan: &Plan) {
        let Some(root) = doc.document_element() else {
            return;
        };
        if root.has_attribute("data-app") {
            return;
        }
        for copy in crate::hooks::elements::<Element>("[data-prerender][lang]") {
            let Some(l) = copy.get_attribute("lang").and_then(|c| Lang::from_code(&c)) else {
                continue;
            };
            write_words(doc, &copy, plan.words(l));
            if let Ok(Some(list)) = copy.query_selector(".timeline__list") {
                mark_rows(&list, plan, plan.words(l), 0, true);
            }
        }
        let _ = root.set_attribute("data-prefiltered", "");
    }

    /// The count the app will write, and the chips of the active filters, once per copy.
    fn write_words(doc: &Document, copy: &Element, w: &Words) {
        if copy.has_attribute("data-prefilter-words") {
            return;
        }
        let _ = copy.set_attribute("data-prefilter-words", "");
        if let Ok(Some(count)) = copy.query_selector(".timeline__count") {
            count.set_text_content(Some(&w.count));
        }
        if let Ok(Some(tools)) = copy.query_selector(".timeline__tools") {
            if let (Some(parent), Some(chips)) = (tools.parent_node(), chips(doc, w)) {
                let _ = parent.insert_before(&chips, Some(&tools));
            }
        }
    }

    /// Mark the rows from `from` on that the app's list has (`data-keep`; style/main.css
    /// hides the others), the first of them `data-first` (it takes the list's first heading's
    /// place), and write the kept years' counts. `remove`: take the others out, so that the
    /// list lays out as the app's. Returns the number of rows looked at.
    fn mark_rows(list: &Element, plan: &Plan, w: &Words, from: u32, remove: bool) -> u32 {
        let kids = list.children();
        let n = kids.length();
        let mut first = list.query_selector("[data-first]").ok().flatten().is_none();
        let mut gone = Vec::new();
        for i in from..n {
            let Some(el) = kids.item(i) else { continue };
            let year = el.get_attribute("data-year");
            let keep = plan.keeps(
                el.get_attribute("data-event").as_deref(),
                year.as_deref(),
                el.get_attribute("data-month").as_deref(),
            );
            if !keep {
                gone.push(el);
                continue;
            }
            let _ = el.set_attribute("data-keep", "");
            if first {
                let _ = el.set_attribute("data-first", "");
                first = false;
            }
            let count = year
                .and_then(|y| y.parse::<u16>().ok())
                .and_then(|y| w.years.iter().find(|(k, _)| *k == y));
            if let (Some((_, text)), Ok(Some(span))) =
                (count, el.query_selector(".timeline__year-count"))
            {
                if span.text_content().as_deref() != Some(text) {
                    span.set_text_content(Some(text));
                }
            }
        }
        if remove {
            for el in gone {
                el.remove();
            }
        }
        n
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
    fn the_rows_kept_are_the_apps_headings_and_events() {
        let p = plan("?company=naver&from=2024").unwrap();
        let by_id = |id: &str| EVENTS.iter().find(|e| e.id == id).unwrap();
        for id in &p.shown {
            let d = by_id(id).date;
            assert!(p.keeps(Some(id), None, None), "{id}");
            assert!(
                p.keeps(None, Some(&d.y.to_string()), None),
                "{id}: its year"
            );
            let month = format!("{}-{:02}", d.y, d.m);
            assert!(p.keeps(None, None, Some(&month)), "{id}: its month {month}");
        }
        // Nothing else: no event, year or month without a shown event.
        let hidden = EVENTS.iter().find(|e| !p.shown.contains(&e.id)).unwrap();
        assert!(!p.keeps(Some(hidden.id), None, None));
        assert!(
            !p.keeps(None, Some("2023"), None),
            "from=2024 keeps no 2023 heading"
        );
        assert!(!p.keeps(None, None, Some("2023-12")));
        assert!(
            !p.keeps(None, None, None),
            "a row without a key is not kept"
        );
        for m in &p.months {
            assert!(
                p.shown.iter().any(|id| {
                    let d = by_id(id).date;
                    *m == format!("{}-{:02}", d.y, d.m)
                }),
                "{m} has a shown event"
            );
        }
        assert_eq!(p.years.len(), p.words(Lang::En).years.len());
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
