//! A filtered timeline link's exact set on the pre-rendered page, before the app arrives.
//!
//! The pre-rendered timeline holds every event. A link with filters hides the list until
//! its plan is known (a filtered link never shows what it filters out), and the app is the
//! largest download of the site. A plan says which rows the app's list will have, and the
//! counts and chips it will write, in both languages, all with the app's own parser
//! (`filters::parse`), filter (`evaluate`) and words. `public/prefilter.js` (loaded by
//! `public/boot.js` only for a timeline link with a query) shows a plan on the pre-rendered
//! page: it marks the kept rows each frame while the page is parsed and takes out the
//! others once it is. It gets the plan one of two ways:
//! - from the build-time `table` (written into it by scripts/postbuild.mjs): for a link of
//!   facets and dates in their current spellings, the plan is the intersection of the
//!   facets' event sets, each the union of its values' sets, computed here with `evaluate`
//!   for each value alone. A native test checks every such plan against `plan` for every
//!   value and hundreds of combinations (tests/e2e/quickplan.test.mjs);
//! - from a small wasm build of this crate (feature `prefilter`, `run`) for any other link
//!   (a search, an old spelling, a day's date), loaded beside it.
//!
//! When the app would show more than a filtered list (a note about ignored values, a search
//! note, no results, a linked event the filters hide, another order), there is no plan and
//! the list waits for the app.

use super::{chip_label, count_line, events_n, rows, Row, TimelineUi};
use crate::data::{Lang, EVENTS};
use crate::state::facets::evaluate;
use crate::state::filters::{self, Facet, Sort};
use crate::state::search::{fact_index, stance_notes, words};

/// What the pre-rendered timeline shows for a link, in one language.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Words {
    /// The results bar's count ("3 of 120 events").
    pub count: String,
    /// Each shown year and its heading's count ("3 events").
    pub years: Vec<(u16, String)>,
    /// The chips of the active filters: label and the remove button's accessible name.
    pub chips: Vec<(String, String)>,
    /// The time axis's summary ("11 of 120 events, January 2024 – December 2025").
    pub axis: String,
    pub active_filters: &'static str,
    pub clear_all: &'static str,
}

/// What the pre-rendered timeline shows for a link before its app: the events, in order.
/// public/prefilter.js reads it as JSON (the field names are its contract).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
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
            axis: crate::components::time_axis::summary_for(outcome.shown.len(), f.from, f.to, l),
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

/// Hand the link's plan to the page's pre-filter script (public/prefilter.js), which shows
/// it on the pre-rendered page: this build is what that script falls back on for a link its
/// build-time table cannot plan (a search, an old spelling, a day's date…). The plan goes to
/// `window.crossroadsApply` if the script is there, and is left in `window.crossroadsPlan`
/// for it otherwise (the two load side by side, either may come first).
#[cfg(all(target_arch = "wasm32", feature = "prefilter"))]
pub fn run() {
    use wasm_bindgen::{JsCast, JsValue};
    let Some(win) = web_sys::window() else { return };
    let Ok(search) = win.location().search() else {
        return;
    };
    let Some(json) = plan(&search).and_then(|p| serde_json::to_string(&p).ok()) else {
        return;
    };
    let json = JsValue::from_str(&json);
    let _ = js_sys::Reflect::set(&win, &"crossroadsPlan".into(), &json);
    if let Ok(apply) = js_sys::Reflect::get(&win, &"crossroadsApply".into()) {
        if let Some(apply) = apply.dyn_ref::<js_sys::Function>() {
            let _ = apply.call1(&JsValue::NULL, &json);
        }
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

    /// The table's event set of each value, bit by bit, against the app's plan for that
    /// value alone (tests/e2e/quickplan.test.mjs checks the combinations).
    #[test]
    fn the_tables_sets_are_the_apps_for_each_value_alone() {
        let t = table::table();
        assert_eq!(t.events.len(), EVENTS.len());
        let names: Vec<&str> = t.params.iter().map(|p| p.name).collect();
        assert_eq!(names, table::PARAMS);
        let companies = t.params.iter().find(|p| p.name == "company").unwrap();
        assert_eq!(
            companies.values.len(),
            crate::data::ORGS.len(),
            "every organisation"
        );
        let mut planned = 0;
        for p in &t.params {
            for v in &p.values {
                let set: Vec<bool> = v
                    .events
                    .chars()
                    .flat_map(|c| {
                        let d = c.to_digit(16).unwrap();
                        (0..4).map(move |i| d & (8 >> i) != 0)
                    })
                    .collect();
                let got: Vec<&str> = t
                    .events
                    .iter()
                    .zip(set)
                    .filter(|(_, keep)| *keep)
                    .map(|(e, _)| e.0)
                    .collect();
                let link = format!("?{}={}", p.name, v.value);
                match plan(&link) {
                    Some(want) => {
                        planned += 1;
                        assert_eq!(got, want.shown, "{link}");
                        let en = want.words(Lang::En).chips[0].0.clone();
                        assert_eq!(v.chips[1], en, "{link}");
                    }
                    None => assert!(
                        got.is_empty() || got.len() == EVENTS.len(),
                        "{link}: no plan, yet {} events",
                        got.len()
                    ),
                }
            }
        }
        assert!(planned > 100, "{planned} values planned");
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

/// What public/prefilter.js plans a link with on its own, built with the app's own parser,
/// filter and words (see the module). Its field names are that script's contract.
#[cfg(not(target_arch = "wasm32"))]
pub mod table {
    use super::super::{chip_label, TimelineUi, VOCAB_FACETS};
    use crate::components::time_axis;
    use crate::data::{Lang, EVENTS, ORGS, SOURCES};
    use crate::state::facets::evaluate;
    use crate::state::filters::{self, Filters};
    use crate::state::params::TIMELINE_PARAMS;
    use crate::state::search::fact_index;
    use serde::Serialize;

    /// The parameters planned from the table, in link order; any other one (a search, an
    /// event, an order, an old spelling) is left to the wasm build.
    pub const PARAMS: [&str; 7] = ["stance", "layer", "company", "kind", "source", "from", "to"];

    #[derive(Serialize)]
    pub struct Table {
        /// Every event, in the list's default order, and its month (`YYYY-MM`, the list's
        /// `data-month`; the year is its first four digits).
        pub events: Vec<(&'static str, String)>,
        pub params: Vec<ParamTable>,
        /// Korean, then English.
        pub words: [Words; 2],
    }

    #[derive(Serialize)]
    pub struct ParamTable {
        pub name: &'static str,
        pub list: bool,
        /// Most list items read; a longer list is reported, so left to the wasm build.
        pub max: usize,
        /// Each value, in the order the app lists them (its chips' order).
        pub values: Vec<Value>,
    }

    #[derive(Serialize)]
    pub struct Value {
        pub value: String,
        /// For a date: the end of the time axis's span it sets, in Korean and English, and
        /// whether that is the axis's own end (`time_axis::end_label`).
        #[serde(skip_serializing_if = "Option::is_none")]
        pub axis: Option<([String; 2], bool)>,
        /// The events the link `?<name>=<value>` shows, one bit per event of `events`, as
        /// hexadecimal digits (the first digit's high bit is the first event).
        pub events: String,
        /// Its chip's label in Korean and English (the remove button's accessible name is
        /// `remove`, ": " and the label, as the app writes it).
        pub chips: [String; 2],
    }

    #[derive(Serialize)]
    pub struct Words {
        pub count: &'static str,
        pub count_all: &'static str,
        pub one_event: &'static str,
        pub n_events: &'static str,
        pub remove: &'static str,
        pub active_filters: &'static str,
        pub clear_all: &'static str,
        /// The time axis's summary: its templates (all events, some), the axis's first and
        /// last months, the whole axis's ends and its number of events
        /// (`time_axis::summary_words`).
        pub axis: [String; 6],
        pub axis_total: usize,
    }

    fn words(l: Lang) -> Words {
        let t = TimelineUi::get(l);
        Words {
            axis: time_axis::summary_words(l),
            axis_total: crate::data::EVENT_MARKS.len(),
            count: t.count,
            count_all: t.count_all,
            one_event: t.one_event,
            n_events: t.n_events,
            remove: t.remove,
            active_filters: t.active_filters,
            clear_all: t.clear_all,
        }
    }

    /// Every value a parameter may be planned with: its vocabulary, organisations, articles,
    /// or for dates every year and month from the year before the first event to the year
    /// after the last.
    fn candidates(name: &str) -> Vec<String> {
        let owned = |v: Vec<&str>| v.into_iter().map(str::to_string).collect();
        match name {
            "company" => owned(ORGS.iter().map(|o| o.id).collect()),
            "source" => owned(SOURCES.iter().map(|s| s.id).collect()),
            "from" | "to" => {
                let years = EVENTS.iter().map(|e| e.date.y);
                let (lo, hi) = (
                    years.clone().min().unwrap_or(2023),
                    years.max().unwrap_or(2025),
                );
                let mut out = Vec::new();
                for y in lo - 1..=hi + 1 {
                    out.push(y.to_string());
                    out.extend((1..=12).map(|m| format!("{y}-{m:02}")));
                }
                out
            }
            _ => VOCAB_FACETS
                .iter()
                .find(|f| f.param == name)
                .map(|f| owned((f.values)().into_iter().map(|(v, _)| v).collect()))
                .unwrap_or_default(),
        }
    }

    fn hex(bits: &[bool]) -> String {
        bits.chunks(4)
            .map(|c| {
                let n = c
                    .iter()
                    .enumerate()
                    .fold(0u32, |n, (i, b)| n | (u32::from(*b) << (3 - i)));
                char::from_digit(n, 16).unwrap_or('0')
            })
            .collect()
    }

    /// The table. A value the app would report (ignored) is left out: its links go to the
    /// wasm build.
    pub fn table() -> Table {
        let all = evaluate(EVENTS, fact_index(), &Filters::default()).shown;
        let events = all
            .iter()
            .map(|&i| {
                (
                    EVENTS[i].id,
                    super::super::month_key(EVENTS[i].date.y, EVENTS[i].date.m),
                )
            })
            .collect();
        let params = PARAMS
            .iter()
            .filter_map(|&name| {
                let p = TIMELINE_PARAMS.iter().find(|p| p.name == name)?;
                let mut values: Vec<Value> = candidates(name)
                    .into_iter()
                    .filter_map(|v| value(&all, name, v))
                    .collect();
                // The app's order: in a link with two values, which chip comes first.
                values.sort_by(|a, b| {
                    if !p.list {
                        return std::cmp::Ordering::Equal;
                    }
                    let (f, _) = filters::parse(&format!("?{name}={},{}", a.value, b.value));
                    let first = f.chips().first().map(|c| c.value.clone());
                    if a.value == b.value {
                        std::cmp::Ordering::Equal
                    } else if first.as_deref() == Some(a.value.as_str()) {
                        std::cmp::Ordering::Less
                    } else {
                        std::cmp::Ordering::Greater
                    }
                });
                Some(ParamTable {
                    name,
                    list: p.list,
                    max: if p.list { p.max_items.min(9999) } else { 1 },
                    values,
                })
            })
            .collect();
        Table {
            events,
            params,
            words: [words(Lang::Ko), words(Lang::En)],
        }
    }

    fn value(all: &[usize], name: &str, v: String) -> Option<Value> {
        let (f, ignored) = filters::parse(&format!("?{name}={v}"));
        let chips = f.chips();
        if !ignored.is_empty() || chips.len() != 1 || chips[0].value != v {
            return None;
        }
        let shown = evaluate(EVENTS, fact_index(), &f).shown;
        let bits: Vec<bool> = all.iter().map(|i| shown.contains(i)).collect();
        let chip = |l: Lang| chip_label(&chips[0], l);
        let date = |l: Lang| match name {
            "from" => Some(time_axis::end_label(f.from, None, l)),
            "to" => Some(time_axis::end_label(None, f.to, l)),
            _ => None,
        };
        let axis = date(Lang::Ko)
            .zip(date(Lang::En))
            .map(|((ko, edge), (en, _))| ([ko, en], edge));
        Some(Value {
            value: v,
            axis,
            events: hex(&bits),
            chips: [chip(Lang::Ko), chip(Lang::En)],
        })
    }
}
