//! The timeline explorer: every event, narrowed by facets and free text, grouped by year and
//! month. The URL is the single source of truth: the filters are a memo parsed from the
//! query string, the list a memo over the fact base and the filters; controls navigate.
//! The link contract is in `docs/LINKS.md`; the logic is plain Rust in `crate::state`.

use crate::app::use_site;
use crate::components::event_card::EventCard;
use crate::components::search_note::SearchNote;
use crate::data::{Date, Kind, Lang, Layer, Org, Stance, EVENTS, ORGS, SOURCES};
use crate::i18n::ui;
use crate::state::export;
use crate::state::facets::evaluate;
use crate::state::filters::{self, collapse_spaces, Chip, Facet, Filters, Sort};
use crate::state::route::View;
use crate::state::search::{fact_index, stance_notes, words};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;
use std::time::Duration;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};

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

fn chip_label(c: &Chip, l: Lang) -> String {
    let t = TimelineUi::get(l);
    match c {
        Chip::Stance(v) => format!("{}: {}", t.facet_stance, v.label().get(l)),
        Chip::Layer(v) => format!("{}: {}", t.facet_layer, v.label().get(l)),
        Chip::Kind(v) => format!("{}: {}", t.facet_kind, v.label().get(l)),
        Chip::Company(id) => org_name(id, l),
        Chip::Source(id) => source_name(id, l),
        Chip::Search(q) => fill(t.chip_search, &[("{x}", format!("“{q}”"))]),
        Chip::From(d) => fill(t.chip_from, &[("{x}", d.display(l))]),
        Chip::To(d) => fill(t.chip_to, &[("{x}", d.display(l))]),
        Chip::Ids(n) => fill(t.chip_ids, &[("{x}", n.to_string())]),
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

fn focus_id(id: &str) {
    if let Some(el) = document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// Hand `text` to the browser as a file download (Blob + object URL + `<a download>`).
fn download(name: &str, mime: &str, text: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let a: web_sys::HtmlAnchorElement = document().create_element("a")?.unchecked_into();
    a.set_href(&url);
    a.set_download(name);
    let body = document()
        .body()
        .ok_or_else(|| JsValue::from_str("no body"))?;
    body.append_child(&a)?;
    a.click();
    a.remove();
    set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        Duration::from_secs(30),
    );
    Ok(())
}

/// Whether `navigator.clipboard` exists (it does not on insecure origins).
fn has_clipboard() -> bool {
    js_sys::Reflect::get(&window().navigator(), &JsValue::from_str("clipboard"))
        .map(|v| !v.is_undefined() && !v.is_null())
        .unwrap_or(false)
}

#[component]
pub fn TimelinePage() -> impl IntoView {
    let site = use_site();
    let lang = site.lang;
    let t = move || TimelineUi::get(lang.get());

    // ── State derived from the URL ────────────────────────────────────────────────────────
    let parsed = Memo::new(move |_| filters::parse(&site.search.get()));
    let filters = Memo::new(move |_| parsed.with(|p| p.0.clone()));
    let ignored = Memo::new(move |_| parsed.with(|p| p.1.clone()));
    let outcome = Memo::new(move |_| filters.with(|f| evaluate(EVENTS, fact_index(), f)));
    let rows = Memo::new(move |_| outcome.with(|o| rows(&o.shown)));
    let marks = Memo::new(move |_| filters.with(|f| words(&f.q)));
    let notes = Memo::new(move |_| {
        marks.with(|w| outcome.with(|o| stance_notes(fact_index(), &o.shown, w)))
    });
    let target = Memo::new(move |_| filters.with(|f| f.event.clone()));
    let active = Memo::new(move |_| filters.with(|f| f.chips().len()));

    // ── Writing the URL ───────────────────────────────────────────────────────────────────
    let navigate = use_navigate();
    let go = Callback::new(move |(f, replace): (Filters, bool)| {
        let href = site.href(View::Timeline, &f.to_query());
        navigate(
            &href,
            NavigateOptions {
                resolve: false,
                replace,
                scroll: false,
                ..Default::default()
            },
        );
    });
    // ── Search box. What the reader types lives in `text` (never written back into the
    // box while they type, so neither the caret nor an IME composition is disturbed); the
    // URL follows after a pause, replacing the history entry (typing adds no entries).
    // `box_value` only changes when the URL's text changes from elsewhere.
    let initial_q = filters.get_untracked().q;
    let text = StoredValue::new(initial_q.clone());
    let box_value = RwSignal::new(initial_q);
    let pending = StoredValue::new(None::<TimeoutHandle>);
    let cancel_pending = move || {
        if let Some(h) = pending.get_value() {
            h.clear();
        }
        pending.set_value(None);
    };
    // A filter change is a new history entry. It carries any search text still waiting to
    // be written, and drops the event target (a link's landing point, not a filter).
    let change = move |edit: &dyn Fn(&mut Filters)| {
        cancel_pending();
        let mut f = filters.get_untracked();
        f.q = collapse_spaces(&text.get_value());
        f.event = None;
        edit(&mut f);
        if f != filters.get_untracked() {
            go.run((f, false));
        }
    };
    let write_search = move || {
        cancel_pending();
        let q = collapse_spaces(&text.get_value());
        let current = filters.get_untracked();
        if q != current.q {
            let mut f = current;
            f.q = q;
            f.event = None;
            go.run((f, true));
        }
    };
    let on_search_input = move |value: String| {
        text.set_value(value);
        cancel_pending();
        let handle = set_timeout_with_handle(write_search, SEARCH_DEBOUNCE).ok();
        pending.set_value(handle);
    };
    // When the URL's text changes from elsewhere (back/forward, a chip, "clear all"), show it.
    Effect::new(move |_| {
        let q = filters.with(|f| f.q.clone());
        if pending.with_value(Option::is_none) && collapse_spaces(&text.get_value()) != q {
            text.set_value(q.clone());
            box_value.set(q);
        }
    });

    // ── Arriving at an event: scroll to it, focus it (it is highlighted and expanded). ──
    Effect::new(move |_| {
        let Some(id) = target.get() else { return };
        request_animation_frame(move || {
            if let Some(el) = document().get_element_by_id(&format!("event-{id}")) {
                if let Ok(h) = el.clone().dyn_into::<web_sys::HtmlElement>() {
                    let _ = h.focus();
                }
                let opts = web_sys::ScrollIntoViewOptions::new();
                opts.set_block(web_sys::ScrollLogicalPosition::Start);
                el.scroll_into_view_with_scroll_into_view_options(&opts);
            }
        });
    });

    // ── Filters panel: open beside the results on wide screens, a <details> on phones. ──
    // Pre-rendered closed, as on a phone (see the stylesheet for wide screens).
    let wide = crate::hooks::use_media_query("(min-width: 48rem)", false);
    let start_open = wide.get_untracked();
    let details_ref = NodeRef::<leptos::html::Details>::new();
    Effect::new(move |_| {
        if wide.get() {
            if let Some(d) = details_ref.get_untracked() {
                d.set_open(true);
            }
        }
    });

    // ── Copy link and downloads ───────────────────────────────────────────────────────────
    let tool_msg = RwSignal::new(String::new());
    let fallback_url = RwSignal::new(None::<String>);
    let view_url = move || {
        let origin = window().location().origin().unwrap_or_default();
        format!(
            "{origin}{}",
            site.href(View::Timeline, &filters.get_untracked().to_query())
        )
    };
    let copy_link = move |_| {
        write_search();
        let url = view_url();
        let l = lang.get_untracked();
        let show_fallback = move |url: String| {
            tool_msg.set(TimelineUi::get(l).copy_fallback.to_string());
            fallback_url.set(Some(url));
            request_animation_frame(|| {
                if let Some(input) = document()
                    .get_element_by_id("timeline-link-field")
                    .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
                {
                    let _ = input.focus();
                    input.select();
                }
            });
        };
        tool_msg.set(String::new());
        if !has_clipboard() {
            show_fallback(url);
            return;
        }
        let promise = window().navigator().clipboard().write_text(&url);
        let ok = Closure::<dyn FnMut(JsValue)>::new(move |_: JsValue| {
            fallback_url.set(None);
            tool_msg.set(TimelineUi::get(l).copied.to_string());
        });
        let err = Closure::<dyn FnMut(JsValue)>::new(move |_: JsValue| show_fallback(url.clone()));
        let _ = promise.then2(&ok, &err);
        // One small pair of callbacks per click, kept alive until the promise settles.
        ok.forget();
        err.forget();
    };
    let shown_events =
        move || outcome.with_untracked(|o| o.shown.iter().map(|i| &EVENTS[*i]).collect::<Vec<_>>());
    let event_url = move |id: &str| {
        let origin = window().location().origin().unwrap_or_default();
        format!(
            "{origin}{}",
            site.href(View::Timeline, &[("event", id.to_string())])
        )
    };
    let announce_download = move |n: usize| {
        let t = TimelineUi::get(lang.get_untracked());
        tool_msg.set(fill(t.downloaded, &[("{n}", events_n(t, n))]));
    };
    let download_csv = move |_| {
        write_search();
        let evs = shown_events();
        let text = export::csv(&evs, lang.get_untracked(), &event_url);
        if download("crossroads-timeline.csv", "text/csv;charset=utf-8", &text).is_ok() {
            announce_download(evs.len());
        }
    };
    let download_json = move |_| {
        write_search();
        let evs = shown_events();
        let text = export::json(&evs, &view_url(), &event_url);
        if download("crossroads-timeline.json", "application/json", &text).is_ok() {
            announce_download(evs.len());
        }
    };

    // ── Facet controls ────────────────────────────────────────────────────────────────────
    let option = move |label: Signal<String>,
                       count: Signal<usize>,
                       checked: Signal<bool>,
                       toggle: Callback<()>,
                       hidden: Option<Signal<bool>>| {
        view! {
            <li
                class="timeline__option"
                class=("timeline__option--empty", move || count.get() == 0 && !checked.get())
                hidden=move || hidden.is_some_and(|h| h.get())
            >
                <label class="timeline__option-label">
                    <input
                        type="checkbox"
                        class="timeline__checkbox"
                        prop:checked=move || checked.get()
                        on:change=move |_| toggle.run(())
                    />
                    <span class="timeline__option-text">{move || label.get()}</span>
                    <span class="timeline__option-count">{move || count.get()}</span>
                </label>
            </li>
        }
    };
    macro_rules! vocab_facet {
        ($vocab:ty, $field:ident, $count:ident, $toggle:ident, $legend:ident) => {
            view! {
                <fieldset class="timeline__facet">
                    <legend class="timeline__legend">{move || t().$legend}</legend>
                    <ul class="timeline__options">
                        {<$vocab>::ALL
                            .iter()
                            .map(|v| {
                                let v = *v;
                                option(
                                    Signal::derive(move || v.label().get(lang.get()).to_string()),
                                    Signal::derive(move || outcome.with(|o| o.$count(v))),
                                    Signal::derive(move || filters.with(|f| f.$field.contains(&v))),
                                    Callback::new(move |_| change(&|f: &mut Filters| f.$toggle(v))),
                                    None,
                                )
                            })
                            .collect_view()}
                    </ul>
                </fieldset>
            }
        };
    }
    let show_all_orgs = RwSignal::new(false);
    let org_list = orgs_by_events();
    let org_total = org_list.len();
    let org_facet = view! {
        <fieldset class="timeline__facet">
            <legend class="timeline__legend">{move || t().facet_company}</legend>
            <ul class="timeline__options" id="timeline-orgs">
                {org_list
                    .into_iter()
                    .enumerate()
                    .map(|(rank, (o, _))| {
                        let id = o.id;
                        let checked = Signal::derive(move || filters.with(|f| f.company.iter().any(|c| c == id)));
                        let hidden = Signal::derive(move || {
                            rank >= ORGS_SHOWN && !show_all_orgs.get() && !checked.get()
                        });
                        option(
                            Signal::derive(move || o.name.get(lang.get()).to_string()),
                            Signal::derive(move || outcome.with(|out| out.company_count(id))),
                            checked,
                            Callback::new(move |_| change(&|f: &mut Filters| f.toggle_company(id))),
                            Some(hidden),
                        )
                    })
                    .collect_view()}
            </ul>
            {(org_total > ORGS_SHOWN)
                .then(|| {
                    view! {
                        <button
                            type="button"
                            class="timeline__more"
                            aria-expanded=move || show_all_orgs.get().to_string()
                            aria-controls="timeline-orgs"
                            on:click=move |_| show_all_orgs.update(|v| *v = !*v)
                        >
                            {move || {
                                if show_all_orgs.get() {
                                    t().show_fewer.to_string()
                                } else {
                                    fill(t().show_all, &[("{n}", org_total.to_string())])
                                }
                            }}
                        </button>
                    }
                })}
        </fieldset>
    };
    let source_facet = view! {
        <fieldset class="timeline__facet">
            <legend class="timeline__legend">{move || t().facet_source}</legend>
            <ul class="timeline__options">
                {SOURCES
                    .iter()
                    .map(|s| {
                        let id = s.id;
                        option(
                            Signal::derive(move || s.outlet.get(lang.get()).to_string()),
                            Signal::derive(move || outcome.with(|o| o.source_count(id))),
                            Signal::derive(move || filters.with(|f| f.source.iter().any(|c| c == id))),
                            Callback::new(move |_| change(&|f: &mut Filters| f.toggle_source(id))),
                            None,
                        )
                    })
                    .collect_view()}
            </ul>
        </fieldset>
    };

    // Date range: validated here so a typo shows a message instead of a link note.
    let date_error = RwSignal::new(None::<&'static str>);
    let set_date = move |is_from: bool, raw: String| {
        let raw = raw.trim().to_string();
        let d = if raw.is_empty() {
            None
        } else {
            match filters::parse_date(&raw) {
                Some(d) => Some(d),
                None => {
                    date_error.set(Some(TimelineUi::get(lang.get_untracked()).date_invalid));
                    return;
                }
            }
        };
        let cur = filters.get_untracked();
        let (from, to) = if is_from { (d, cur.to) } else { (cur.from, d) };
        if let (Some(a), Some(b)) = (from, to) {
            if filters::span(a).0 > filters::span(b).1 {
                date_error.set(Some(TimelineUi::get(lang.get_untracked()).date_reversed));
                return;
            }
        }
        date_error.set(None);
        change(&|f: &mut Filters| {
            f.from = from;
            f.to = to;
        });
    };
    let date_value = move |is_from: bool| {
        move || {
            filters.with(|f| {
                let d = if is_from { f.from } else { f.to };
                d.map(|d| d.iso()).unwrap_or_default()
            })
        }
    };
    let date_facet = view! {
        <fieldset class="timeline__facet timeline__facet--dates">
            <legend class="timeline__legend">{move || t().facet_dates}</legend>
            <p class="timeline__hint" id="timeline-date-hint">{move || t().date_hint}</p>
            <p class="timeline__hint" id="timeline-date-reported">{move || t().date_reported}</p>
            <div class="timeline__dates" data-query-dependent="">
                <div class="timeline__date">
                    <label for="timeline-from">{move || t().date_from}</label>
                    <input
                        id="timeline-from"
                        class="timeline__input"
                        type="text"
                        inputmode="numeric"
                        autocomplete="off"
                        spellcheck="false"
                        placeholder="2024"
                        aria-describedby="timeline-date-hint timeline-date-reported timeline-date-error"
                        aria-invalid=move || date_error.get().map(|_| "true")
                        prop:value=date_value(true)
                        on:change:target=move |ev| set_date(true, ev.target().value())
                    />
                </div>
                <div class="timeline__date">
                    <label for="timeline-to">{move || t().date_to}</label>
                    <input
                        id="timeline-to"
                        class="timeline__input"
                        type="text"
                        inputmode="numeric"
                        autocomplete="off"
                        spellcheck="false"
                        placeholder="2025-06"
                        aria-describedby="timeline-date-hint timeline-date-reported timeline-date-error"
                        aria-invalid=move || date_error.get().map(|_| "true")
                        prop:value=date_value(false)
                        on:change:target=move |ev| set_date(false, ev.target().value())
                    />
                </div>
            </div>
            <p class="timeline__error" id="timeline-date-error" aria-live="polite">
                {move || date_error.get()}
            </p>
        </fieldset>
    };

    // ── Active filters as removable chips ───────────────────────────────────────────────
    let remove_chip = move |chip: Chip, ev: web_sys::MouseEvent| {
        // Keep focus among the chips: the next one, else the previous, else the count.
        let next = ev
            .current_target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|b| b.closest("li").ok().flatten())
            .and_then(|li| {
                li.next_element_sibling()
                    .or_else(|| li.previous_element_sibling())
            })
            .and_then(|li| li.query_selector("button").ok().flatten())
            .and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok());
        change(&|f: &mut Filters| *f = f.without_chip(&chip));
        request_animation_frame(move || match next {
            Some(b) if b.is_connected() => {
                let _ = b.focus();
            }
            _ => focus_id("timeline-count"),
        });
    };
    let clear_all = move |_| {
        change(&|f: &mut Filters| *f = f.cleared());
        request_animation_frame(|| focus_id("timeline-count"));
    };
    let relax = move |facet: Facet| {
        change(&|f: &mut Filters| *f = f.without(facet));
        request_animation_frame(|| focus_id("timeline-count"));
    };

    let count_text = move || {
        let (n, total) = outcome.with(|o| (o.shown.len(), o.total));
        let tpl = if n == total { t().count_all } else { t().count };
        fill(
            tpl,
            &[("{n}", n.to_string()), ("{total}", total.to_string())],
        )
    };
    let target_hidden = move || {
        target.with(|id| {
            id.as_ref().is_some_and(|id| {
                outcome.with(|o| !o.shown.iter().any(|i| EVENTS[*i].id == id.as_str()))
            })
        })
    };
    let target_alone_href = move || {
        let f = Filters {
            event: target.get(),
            sort: filters.with(|f| f.sort),
            ..Filters::default()
        };
        site.href(View::Timeline, &f.to_query())
    };
    let set_sort = move |s: Sort| change(&|f: &mut Filters| f.sort = s);

    view! {
        <Title text=move || format!("{} · {}", ui(lang.get()).nav_timeline, ui(lang.get()).site_title) />
        <main id="main" class="page page--timeline timeline">
            <header class="timeline__intro">
                <h1 class="timeline__title">{move || ui(lang.get()).nav_timeline}</h1>
                <p class="timeline__lede">{move || t().lede}</p>
            </header>
            <crate::components::ignored_note::IgnoredNote ignored=ignored />
            <div class="timeline__layout">
                <details class="timeline__filters" node_ref=details_ref open=start_open>
                    <summary class="timeline__filters-summary">
                        {move || match active.get() {
                            0 => t().filters.to_string(),
                            n => fill(t().filters_active, &[("{n}", n.to_string())]),
                        }}
                    </summary>
                    <div class="timeline__facets" data-query-dependent="">
                        <h2 class="timeline__facets-title">{move || t().filters}</h2>
                        {vocab_facet!(Stance, stance, stance_count, toggle_stance, facet_stance)}
                        {vocab_facet!(Layer, layer, layer_count, toggle_layer, facet_layer)}
                        {org_facet}
                        {vocab_facet!(Kind, kind, kind_count, toggle_kind, facet_kind)}
                        {date_facet}
                        {source_facet}
                    </div>
                </details>
                <section class="timeline__results" aria-labelledby="timeline-count">
                    <p class="prerender-pending" role="status">{move || ui(lang.get()).preparing_view}</p>
                    <form
                        class="timeline__search"
                        role="search"
                        on:submit=move |ev| {
                            ev.prevent_default();
                            write_search();
                        }
                    >
                        <label class="timeline__search-label" for="timeline-q">
                            {move || t().search_label}
                        </label>
                        <input
                            id="timeline-q"
                            class="timeline__input timeline__search-input"
                            type="search"
                            autocomplete="off"
                            enterkeyhint="search"
                            placeholder=move || t().search_placeholder
                            aria-describedby="timeline-search-hint"
                            prop:value=move || box_value.get()
                            on:input:target=move |ev| on_search_input(ev.target().value())
                        />
                        <p class="timeline__hint" id="timeline-search-hint">{move || t().search_hint}</p>
                    </form>
                    <div class="timeline__bar" data-query-dependent="">
                        <p class="timeline__count" id="timeline-count" role="status" tabindex="-1">
                            {count_text}
                        </p>
                        <div class="timeline__sort" role="group" aria-label=move || t().sort_label>
                            <button
                                type="button"
                                class="timeline__toggle"
                                aria-pressed=move || filters.with(|f| f.sort == Sort::Newest).to_string()
                                on:click=move |_| set_sort(Sort::Newest)
                            >
                                {move || t().sort_new}
                            </button>
                            <button
                                type="button"
                                class="timeline__toggle"
                                aria-pressed=move || filters.with(|f| f.sort == Sort::Oldest).to_string()
                                on:click=move |_| set_sort(Sort::Oldest)
                            >
                                {move || t().sort_old}
                            </button>
                        </div>
                    </div>
                    <SearchNote notes=notes />
                    <Show when=move || active.get() != 0>
                        <div class="timeline__active" role="group" aria-label=move || t().active_filters>
                            <span class="timeline__active-label" aria-hidden="true">
                                {move || t().active_filters} ":"
                            </span>
                            <ul class="timeline__chips">
                                <For
                                    each=move || filters.with(|f| f.chips())
                                    key=|c| c.key()
                                    let:chip
                                >
                                    {
                                        let c2 = chip.clone();
                                        let label = move || chip_label(&c2, lang.get());
                                        let label2 = label.clone();
                                        view! {
                                            <li>
                                                <button
                                                    type="button"
                                                    class="timeline__chip"
                                                    aria-label=move || format!("{}: {}", t().remove, label2())
                                                    on:click=move |ev| remove_chip(chip.clone(), ev)
                                                >
                                                    <span>{label}</span>
                                                    <span class="timeline__chip-x" aria-hidden="true">"×"</span>
                                                </button>
                                            </li>
                                        }
                                    }
                                </For>
                            </ul>
                            <button type="button" class="timeline__clear" on:click=clear_all>
                                {move || t().clear_all}
                            </button>
                        </div>
                    </Show>
                    <div class="timeline__tools" role="group" aria-label=move || t().tools_label>
                        <button type="button" class="button timeline__tool" on:click=copy_link>
                            {move || t().copy_link}
                        </button>
                        <button type="button" class="button timeline__tool" on:click=download_csv>
                            {move || t().download_csv}
                        </button>
                        <button type="button" class="button timeline__tool" on:click=download_json>
                            {move || t().download_json}
                        </button>
                        <p class="timeline__tool-msg" role="status">{move || tool_msg.get()}</p>
                    </div>
                    <Show when=move || fallback_url.with(Option::is_some)>
                        <div class="timeline__link-field">
                            <label for="timeline-link-field">{move || t().link_field}</label>
                            <input
                                id="timeline-link-field"
                                class="timeline__input"
                                type="text"
                                readonly
                                prop:value=move || fallback_url.get().unwrap_or_default()
                            />
                        </div>
                    </Show>
                    <Show when=target_hidden>
                        <p class="timeline__notice">
                            {move || t().target_hidden} " "
                            <a href=target_alone_href data-noscroll="">{move || t().target_show}</a>
                        </p>
                    </Show>
                    <Show when=move || outcome.with(|o| o.shown.is_empty())>
                        <div class="timeline__empty">
                            <h2 class="timeline__empty-title">{move || t().empty_title}</h2>
                            {move || {
                                let relaxed = outcome.with(|o| o.relax.clone());
                                let tt = t();
                                let useful: Vec<(Facet, usize)> =
                                    relaxed.into_iter().filter(|(_, n)| *n > 0).collect();
                                match useful.first().copied() {
                                    Some((best, n)) => {
                                        let name = |f: Facet| facet_name(tt, f);
                                        view! {
                                            <p class="timeline__empty-best">
                                                {fill(tt.empty_best, &[("{f}", name(best).to_string()), ("{n}", events_n(tt, n))])}
                                            </p>
                                            <ul class="timeline__relax">
                                                {useful
                                                    .into_iter()
                                                    .map(|(f, n)| {
                                                        view! {
                                                            <li>
                                                                <button type="button" class="button" on:click=move |_| relax(f)>
                                                                    {fill(tt.relax, &[("{f}", name(f).to_string()), ("{n}", n.to_string())])}
                                                                </button>
                                                            </li>
                                                        }
                                                    })
                                                    .collect_view()}
                                            </ul>
                                        }
                                            .into_any()
                                    }
                                    None => view! { <p>{tt.empty_none}</p> }.into_any(),
                                }
                            }}
                            <button type="button" class="button button--primary" on:click=clear_all>
                                {move || t().clear_all}
                            </button>
                        </div>
                    </Show>
                    <div class="timeline__list" data-query-dependent="">
                        <For each=move || rows.get() key=|r| r.key() let:row>
                            {match row {
                                Row::Year(y, n) => {
                                    view! {
                                        <h2 class="timeline__year">
                                            {move || Date { y, m: 0, d: 0 }.display(lang.get())}
                                            " "
                                            <span class="timeline__year-count">
                                                {move || events_n(t(), n)}
                                            </span>
                                        </h2>
                                    }
                                        .into_any()
                                }
                                Row::Month(y, m) => {
                                    view! {
                                        <h3 class="timeline__month">
                                            {move || {
                                                if m == 0 {
                                                    fill(t().month_unknown, &[("{y}", y.to_string())])
                                                } else {
                                                    Date { y, m, d: 0 }.display(lang.get())
                                                }
                                            }}
                                        </h3>
                                    }
                                        .into_any()
                                }
                                Row::Event(i) => {
                                    let ev = &EVENTS[i];
                                    let is_target = Memo::new(move |_| {
                                        target.with(|t| t.as_deref() == Some(ev.id))
                                    });
                                    let permalink = Signal::derive(move || {
                                        let mut f = filters.get();
                                        f.event = Some(ev.id.to_string());
                                        site.href(View::Timeline, &f.to_query())
                                    });
                                    view! { <EventCard ev=ev target=is_target permalink=permalink marks=marks /> }
                                        .into_any()
                                }
                            }}
                        </For>
                    </div>
                </section>
            </div>
        </main>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn catalogue_is_complete() {
        for (key, ko, en) in TimelineUi::entries() {
            assert!(!ko.trim().is_empty(), "{key}: Korean missing");
            assert!(!en.trim().is_empty(), "{key}: English missing");
        }
    }

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
        assert_eq!(
            chip_label(&Chip::Stance(Stance::Sovereign), Lang::En),
            "Stance: Sovereign"
        );
        let d = filters::parse_date("2024-03").unwrap();
        assert_eq!(chip_label(&Chip::From(d), Lang::En), "From March 2024");
        assert_eq!(chip_label(&Chip::To(d), Lang::Ko), "2024년 3월까지");
    }
}
