//! The timeline explorer: every event, narrowed by facets and free text, grouped by year and
//! month. The URL is the single source of truth (see `state`); the parts of the page are in
//! `facets`, `search`, `chips`, `tools` and `results`. The link contract is in
//! `docs/LINKS.md`; the logic is plain Rust in `crate::state`.

mod axis;
mod chips;
mod facets;
pub mod prefilter;
mod results;
mod search;
mod state;
mod tools;

use crate::app::use_site;
use crate::components::ignored_note::IgnoredNote;
use crate::components::search_note::SearchNote;
use crate::components::title::Title;
use crate::data::{Lang, Org, EVENTS, ORGS};
use crate::i18n::ui;
use crate::state::filters::{self, Chip, Facet};
use crate::state::params::{self, Domain, IdSet};
use crate::state::search::{fact_index, stance_notes};
use leptos::prelude::*;
use state::Timeline;
use std::time::Duration;

crate::catalogue! {
    /// Strings of the timeline view.
    pub struct TimelineUi {
        lede: "다섯 기사가 전하는 모든 사건을 시간순으로 모았습니다. 입장·분야·기업·기간으로 좁혀 보고, 그 화면의 링크를 공유하세요. 링크를 연 사람은 똑같은 화면을 봅니다.", "Every development the five articles report, in time order. Narrow it down by stance, layer, organisation or dates and share the link: whoever opens it sees exactly this view.";
        count: "사건 {total}건 중 {n}건", "{n} of {total} events";
        count_all: "사건 {total}건 전체", "All {total} events";
        filters: "필터", "Filters";
        filters_active: "필터 ({n}개 적용)", "Filters ({n} active)";
        search_label: "검색", "Search";
        search_hint: "한국어·영어 모두 찾습니다. 여러 낱말은 모두 들어간 사건만 보여 줍니다.", "Searches Korean and English. Several words: events containing all of them.";
        search_placeholder: "예: 네이버, HBM, 소버린", "e.g. Naver, HBM, sovereign";
        facet_stance: "입장", "Stance";
        facet_layer: "분야", "Layer";
        facet_company: "기업·기관", "Organisation";
        facet_kind: "사건 종류", "Kind of event";
        facet_source: "출처 기사", "Source article";
        facet_dates: "기간", "Dates";
        facet_search: "검색어", "search";
        facet_ids: "고른 사건", "selected events";
        date_from: "부터", "From";
        date_to: "까지", "To";
        date_hint: "2024, 2024-03, 2024-03-15처럼 입력하세요.", "Type a year, month or day: 2024, 2024-03 or 2024-03-15.";
        date_reported: "기사에 날짜가 없는 사건('…까지 보도')은 보도 시점을 기준으로 걸러집니다. 실제로는 그보다 먼저 일어났을 수 있습니다.", "Events the article does not date ('Reported by …') are filtered by that reported-by date; they may have happened earlier.";
        date_invalid: "날짜를 2024, 2024-03, 2024-03-15 꼴로 입력하세요.", "Enter the date as 2024, 2024-03 or 2024-03-15.";
        date_reversed: "'까지'가 '부터'보다 앞섭니다.", "'To' is before 'From'.";
        date_apply: "적용", "Apply";
        show_all: "모두 보기 ({n})", "Show all ({n})";
        show_fewer: "접기", "Show fewer";
        active_filters: "적용한 필터", "Active filters";
        remove: "필터 빼기", "Remove filter";
        clear_all: "모두 지우기", "Clear all";
        sort_label: "순서", "Order";
        sort_new: "최신순", "Newest first";
        sort_old: "오래된 순", "Oldest first";
        tools_label: "이 화면", "This view";
        copy_link: "링크 복사", "Copy link";
        copied: "이 화면의 링크를 복사했습니다.", "Link to this view copied.";
        copy_fallback: "아래 링크를 복사하세요 (Ctrl+C / ⌘C).", "Copy the link below (Ctrl+C / ⌘C).";
        link_field: "이 화면의 링크", "Link to this view";
        download_csv: "CSV 내려받기", "Download CSV";
        download_json: "JSON 내려받기", "Download JSON";
        downloaded: "보이는 사건 {n}을 내려받았습니다.", "Downloaded the {n} shown.";
        month_unknown: "{y}년 (월 미상)", "{y}, month not given";
        one_event: "1건", "1 event";
        n_events: "{n}건", "{n} events";
        empty_title: "조건에 맞는 사건이 없습니다", "No events match these filters";
        empty_best: "'{f}' 필터를 빼면 {n}이 보입니다.", "Removing the {f} filter would show {n}.";
        empty_other: "이 필터를 빼 보세요:", "Or relax one of these:";
        empty_none: "필터를 모두 지워 보세요.", "Try clearing all filters.";
        relax: "'{f}' 빼기 ({n}건)", "Remove {f} ({n})";
        target_hidden: "링크로 연 사건이 지금 필터에 가려져 있습니다.", "The event this link points to is hidden by the current filters.";
        target_show: "필터 없이 그 사건 보기", "Show it without filters";
        chip_search: "검색: {x}", "Search: {x}";
        chip_from: "{x}부터", "From {x}";
        chip_to: "{x}까지", "To {x}";
        chip_ids: "고른 사건 {x}건", "{x} selected events";
    }
}

/// Organisations listed before "show all".
const ORGS_SHOWN: usize = 10;
/// Delay before the search box writes the URL.
const SEARCH_DEBOUNCE: Duration = Duration::from_millis(250);

fn fill(template: &str, pairs: &[(&str, String)]) -> String {
    let mut s = template.to_string();
    for (k, v) in pairs {
        s = s.replace(k, v);
    }
    s
}

/// The results bar's count: "3 of 120 events", or "All 120 events".
fn count_line(t: &TimelineUi, n: usize, total: usize) -> String {
    let tpl = if n == total { t.count_all } else { t.count };
    fill(
        tpl,
        &[("{n}", n.to_string()), ("{total}", total.to_string())],
    )
}

/// "1 event", "12 events" (Korean: "1건", "12건").
fn events_n(t: &TimelineUi, n: usize) -> String {
    if n == 1 {
        t.one_event.to_string()
    } else {
        fill(t.n_events, &[("{n}", n.to_string())])
    }
}

fn facet_name(t: &TimelineUi, f: Facet) -> &'static str {
    match f {
        Facet::Stance => t.facet_stance,
        Facet::Layer => t.facet_layer,
        Facet::Company => t.facet_company,
        Facet::Kind => t.facet_kind,
        Facet::Source => t.facet_source,
        Facet::Dates => t.facet_dates,
        Facet::Search => t.facet_search,
        Facet::Ids => t.facet_ids,
    }
}

fn org_name(id: &str, l: Lang) -> String {
    crate::data::org(id).map_or(id.to_string(), |o| o.name.get(l).to_string())
}

fn source_name(id: &str, l: Lang) -> String {
    crate::data::source(id).map_or(id.to_string(), |s| s.outlet.get(l).to_string())
}

/// The labels of the timeline's vocabulary facets: adding a facet over a vocabulary is one
/// parameter in `params::TIMELINE_PARAMS` and one entry here. Values, counts, selection,
/// chips and their removal all come from the parameter's description.
pub(crate) struct VocabFacet {
    pub param: &'static str,
    pub legend: fn(&TimelineUi) -> &'static str,
    pub values: fn() -> Vec<(&'static str, crate::data::Text)>,
}

pub(crate) static VOCAB_FACETS: [VocabFacet; 3] = [
    VocabFacet {
        param: "stance",
        legend: |t| t.facet_stance,
        values: params::named::<crate::data::Stance>,
    },
    VocabFacet {
        param: "layer",
        legend: |t| t.facet_layer,
        values: params::named::<crate::data::Layer>,
    },
    VocabFacet {
        param: "kind",
        legend: |t| t.facet_kind,
        values: params::named::<crate::data::Kind>,
    },
];

/// What a chip says, from its parameter's description: a vocabulary value under its facet's
/// name, an organisation or a source by name, the search text, a date, a selection's size.
fn chip_label(c: &Chip, l: Lang) -> String {
    let t = TimelineUi::get(l);
    match c.describe().domain {
        Domain::Vocab(_) => {
            let facet = VOCAB_FACETS.iter().find(|f| f.param == c.param);
            let name = facet
                .and_then(|f| (f.values)().into_iter().find(|(v, _)| *v == c.value))
                .map_or(c.value.clone(), |(_, text)| text.get(l).to_string());
            match facet {
                Some(f) => format!("{}: {name}", (f.legend)(t)),
                None => name,
            }
        }
        Domain::Id(IdSet::Org) => org_name(&c.value, l),
        Domain::Id(IdSet::Source) => source_name(&c.value, l),
        Domain::Id(_) => fill(t.chip_ids, &[("{x}", c.items().to_string())]),
        Domain::Text(_) => fill(t.chip_search, &[("{x}", format!("“{}”", c.value))]),
        Domain::Date => {
            let shown = filters::parse_date(&c.value).map_or(c.value.clone(), |d| d.display(l));
            let pattern = if c.param == "to" {
                t.chip_to
            } else {
                t.chip_from
            };
            fill(pattern, &[("{x}", shown)])
        }
        Domain::Number | Domain::Code(_) => c.value.clone(),
    }
}

/// One row of the flat list: a year heading, a month heading or an event.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Row {
    Year(u16, usize),
    Month(u16, u8),
    Event(usize),
}

impl Row {
    fn key(&self) -> String {
        match self {
            Row::Year(y, n) => format!("y{y}:{n}"),
            Row::Month(y, m) => format!("m{y}-{m}"),
            Row::Event(i) => EVENTS
                .get(*i)
                .map_or(String::new(), |e| format!("e:{}", e.id)),
        }
    }
}

/// A month heading's `data-month`: `2024-05`, or `2024-00` for events of 2024 whose month
/// the articles do not give.
fn month_key(y: u16, m: u8) -> String {
    format!("{y}-{m:02}")
}

/// Group the shown events (already in display order) under year and month headings.
fn rows(shown: &[usize]) -> Vec<Row> {
    let mut out = Vec::with_capacity(shown.len() + 32);
    let (mut year, mut month) = (None, None);
    for &i in shown {
        let d = EVENTS[i].date;
        if year != Some(d.y) {
            let n = shown.iter().filter(|j| EVENTS[**j].date.y == d.y).count();
            out.push(Row::Year(d.y, n));
            year = Some(d.y);
            month = None;
        }
        if month != Some(d.m) {
            out.push(Row::Month(d.y, d.m));
            month = Some(d.m);
        }
        out.push(Row::Event(i));
    }
    out
}

/// Organisations that appear in events, most events first (a fixed order: it does not move
/// while the reader filters).
fn orgs_by_events() -> Vec<(&'static Org, usize)> {
    let mut v: Vec<(&'static Org, usize)> = ORGS
        .iter()
        .map(|o| (o, EVENTS.iter().filter(|e| e.orgs.contains(&o.id)).count()))
        .filter(|(_, n)| *n > 0)
        .collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.id.cmp(b.0.id)));
    v
}

#[component]
pub fn TimelinePage() -> impl IntoView {
    let tl = Timeline::new(use_site());
    let lang = tl.lang;
    let notes = Memo::new(move |_| {
        tl.marks
            .with(|w| tl.outcome.with(|o| stance_notes(fact_index(), &o.shown, w)))
    });
    view! {
        <Title text=move || format!("{} · {}", ui(lang.get()).nav_timeline, ui(lang.get()).site_title) />
        <main id="main" class="page page--timeline timeline">
            <header class="timeline__intro">
                <h1 class="timeline__title">{move || ui(lang.get()).nav_timeline}</h1>
                <p class="timeline__lede">{move || tl.t().lede}</p>
            </header>
            <IgnoredNote ignored=tl.ignored />
            <axis::Axis tl=tl />
            <div class="timeline__layout">
                <facets::FacetPanel tl=tl />
                <section class="timeline__results" aria-labelledby="timeline-count">
                    <p class="prerender-pending" role="status">{move || ui(lang.get()).preparing_view}</p>
                    <search::SearchBox tl=tl />
                    <results::ResultsBar tl=tl />
                    <SearchNote notes=notes />
                    <chips::ActiveFilters tl=tl />
                    <tools::Tools tl=tl />
                    <results::TargetNotice tl=tl />
                    <results::EmptyState tl=tl />
                    <results::EventList tl=tl />
                </section>
            </div>
        </main>
    }
}
#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::filters;

    #[test]
    fn rows_group_by_year_and_month() {
        let all: Vec<usize> = fact_index().by_date.iter().rev().copied().collect();
        let r = rows(&all);
        let events = r.iter().filter(|r| matches!(r, Row::Event(_))).count();
        assert_eq!(events, EVENTS.len());
        let mut keys: Vec<String> = r.iter().map(Row::key).collect();
        keys.sort();
        keys.dedup();
        assert_eq!(keys.len(), r.len(), "keys are unique");
        let years: usize = r
            .iter()
            .filter_map(|r| match r {
                Row::Year(_, n) => Some(*n),
                _ => None,
            })
            .sum();
        assert_eq!(years, EVENTS.len(), "year counts add up");
    }

    #[test]
    fn chip_labels_are_readable() {
        let chip = |param, value: &str| Chip {
            param,
            value: value.to_string(),
        };
        assert_eq!(
            chip_label(&chip("stance", "sovereign"), Lang::En),
            "Stance: Sovereign"
        );
        assert_eq!(
            chip_label(&chip("from", "2024-03"), Lang::En),
            "From March 2024"
        );
        assert_eq!(
            chip_label(&chip("to", "2024-03"), Lang::Ko),
            "2024년 3월까지"
        );
        assert_eq!(chip_label(&chip("company", "naver"), Lang::En), "Naver");
        assert_eq!(chip_label(&chip("q", "HBM"), Lang::En), "Search: “HBM”");
        let kind = crate::data::Kind::ALL[0];
        assert_eq!(
            chip_label(&chip("kind", kind.slug()), Lang::Ko),
            format!(
                "{}: {}",
                TimelineUi::get(Lang::Ko).facet_kind,
                kind.label().ko
            )
        );
        // Every chip the filters give has a readable label, never a bare slug.
        let (f, _) = filters::parse("stance=hybrid&layer=chips&kind=model&source=hankyung&ids=a");
        for c in f.chips() {
            let label = chip_label(&c, Lang::En);
            assert!(
                label.contains(' ') || label.chars().any(char::is_uppercase),
                "{label}"
            );
        }
    }
}
