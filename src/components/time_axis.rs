//! The time axis: every event a mark on a line of months, coloured by stance and shaped by
//! stance too (alliance ●, sovereign ■, both ▲, global context ◆), hollow when the article
//! does not date it (placed when it was reported), with a line across the year when only
//! the year is known. Marks of one month stack, so where the debate is dense shows at once.
//!
//! Two forms over one drawing: [`TimeAxis`] above the timeline (pick a span of months by
//! dragging or with two keyboard handles; a mark opens its event) and [`TimeAxisCompact`] on
//! the landing page (a year opens the timeline at that year). Both read only the small
//! `EVENT_MARKS` table, never `EVENTS`, so the landing page's wasm stays small.
//!
//! The SVG has a fixed height (from the tallest month of all events) and the page's width;
//! x positions are percentages, so marks and labels keep their real size at any width and
//! the pre-rendered page and the app's are laid out the same. The geometry is in
//! `crate::domain::time_axis`.

use crate::app::use_site;
use crate::data::{Date, Lang, Precision, Stance, EVENT_MARKS};
use crate::domain::time_axis::{self as ta, Mark, Month, Placed, Range, Tick};
use crate::state::route::View;
use leptos::prelude::*;
use leptos::svg;

crate::catalogue! {
    /// Strings of the time axis.
    pub struct TimeAxisUi {
        title: "시간 축", "Time axis";
        summary_all: "사건 {n}건, {a} – {b}", "{n} events, {a} – {b}";
        summary_some: "사건 {total}건 중 {n}건, {a} – {b}", "{n} of {total} events, {a} – {b}";
        how: "축 위를 끌어 기간을 고르거나, 축 아래 손잡이에 Tab으로 들어가 화살표 키(한 달), Page Up·Page Down(1년), Home·End로 옮기세요. 표시를 누르면 그 사건이 열립니다.", "Drag across the axis to pick dates, or Tab to the handles below it: arrow keys move a month, Page Up/Down a year, Home/End to the ends. Select a mark to open its event.";
        from: "기간 시작", "Start of the dates";
        to: "기간 끝", "End of the dates";
        from_value: "{x}부터", "From {x}";
        to_value: "{x}까지", "To {x}";
        reset: "전체 기간 보기", "Show all dates";
        hollow: "속이 빈 표시: 기사에 날짜가 없어 보도 시점에 놓은 사건", "Hollow: not dated by the article, placed when it was reported";
        year_only: "가로선: 기사가 연도만 밝힌 사건", "Line: the article gives only the year";
        faded: "흐린 표시: 고른 기간 밖의 사건", "Faint: outside the dates picked";
        open_timeline: "타임라인에서 모든 사건 보기", "See every event on the timeline";
        year_link: "{y}년 사건을 타임라인에서 보기", "Events of {y} on the timeline";
        compact_how: "연도를 누르면 그해 사건을 타임라인에서 봅니다.", "Select a year to see its events on the timeline.";
    }
}

/// Size of a mark and the distance between stacked marks, in CSS pixels.
#[derive(Clone, Copy)]
struct Geometry {
    size: f64,
    pitch: f64,
    rows: usize,
}

/// Space above the tallest stack.
const TOP: f64 = 6.0;
/// From the axis line to the baseline of its labels.
const LABEL: f64 = 22.0;
/// How far (CSS pixels) a press must move to pick a span rather than be a tap.
const DRAG_MIN: f64 = 6.0;
/// From the axis line to the handles' track (the interactive axis only).
const TRACK: f64 = 44.0;

impl Geometry {
    fn new(compact: bool) -> Self {
        let (size, pitch) = if compact { (7.0, 7.0) } else { (9.0, 9.0) };
        Self {
            size,
            pitch,
            rows: ta::tallest(EVENT_MARKS),
        }
    }
    /// The axis line's y.
    fn base(&self) -> f64 {
        TOP + self.rows as f64 * self.pitch
    }
    /// The centre of the mark at `level` of a stack.
    fn y(&self, level: usize) -> f64 {
        self.base() - self.pitch * (level as f64 + 0.5)
    }
}

/// A number with `places` decimals, written with integer formatting only (float formatting
/// would add some 18 KB to the landing page's wasm).
fn decimal(v: f64, places: u32) -> String {
    let scale = 10i64.pow(places);
    let n = (v * scale as f64).round() as i64;
    let sign = if n < 0 { "-" } else { "" };
    let (whole, frac) = (n.abs() / scale, n.abs() % scale);
    match places {
        0 => format!("{sign}{whole}"),
        _ => format!("{sign}{whole}.{frac:0width$}", width = places as usize),
    }
}

/// A fraction of the width as an SVG percentage: `0.25` → `25.000%`.
fn pct(f: f64) -> String {
    decimal(f * 100.0, 3) + "%"
}

/// A length in CSS pixels, to a tenth.
fn px(v: f64) -> String {
    decimal(v, 1)
}

fn fill(template: &str, pairs: &[(&str, String)]) -> String {
    pairs
        .iter()
        .fold(template.to_string(), |s, (k, v)| s.replace(k, v))
}

fn month_label(m: Month, l: Lang) -> String {
    let (y, m) = ta::year_month(m);
    Date { y, m, d: 0 }.display(l)
}

/// The range of every event's date (fixed: filters never move the axis).
fn range() -> Range {
    Range::of(EVENT_MARKS.iter().map(|m| m.date))
}

/// Text and attribute values written into the drawing's markup.
fn text(s: &str) -> std::borrow::Cow<'_, str> {
    html_escape::encode_text(s)
}

fn attr(s: &str) -> std::borrow::Cow<'_, str> {
    html_escape::encode_double_quoted_attribute(s)
}

// The drawing (marks, ticks, the key's shapes) is written as SVG markup and set with
// `inner_html`, pre-rendered and in the app alike: the browser's parser makes its hundreds of
// elements (five per mark in the app, one per month) in one call, where building them one by
// one from wasm cost the timeline's start about 45 ms on the phone profile (README). What is interactive
// on it (a mark's click, the handles, the brush) is handled on the elements around it.

/// A stance's shape, centred on (0, 0), `size` pixels across.
fn shape(stance: Stance, size: f64) -> String {
    let h = size / 2.0;
    match stance {
        Stance::Alliance => format!(r#"<circle r="{}"/>"#, px(h)),
        Stance::Sovereign => {
            let s = h * 0.88;
            let (a, w) = (px(-s), px(2.0 * s));
            format!(r#"<rect x="{a}" y="{a}" width="{w}" height="{w}"/>"#)
        }
        Stance::Hybrid => format!(
            r#"<polygon points="0,{} {},{} {},{}"/>"#,
            px(-h * 1.1),
            px(h * 1.1),
            px(h * 0.85),
            px(-h * 1.1),
            px(h * 0.85)
        ),
        Stance::Context => {
            let s = h * 1.15;
            let (a, b) = (px(-s), px(s));
            format!(r#"<polygon points="0,{a} {b},0 0,{b} {a},0"/>"#)
        }
    }
}

/// One mark, and its line across the year when only the year is known; `tooltip`, its
/// `<title>` when it is not inside a link that has one.
fn mark_shape(
    k: &Mark,
    p: Placed,
    r: &Range,
    g: Geometry,
    out: bool,
    tooltip: Option<&str>,
) -> String {
    let class = format!(
        "time-axis__mark time-axis__mark--{}{}{}",
        k.stance.slug(),
        if k.reported() {
            " time-axis__mark--hollow"
        } else {
            ""
        },
        if out { " time-axis__mark--out" } else { "" }
    );
    let y = px(g.y(p.level));
    let title = tooltip.map_or(String::new(), |t| format!("<title>{}</title>", text(t)));
    let year_line = if k.date.precision() == Precision::Year {
        let (a, b) = ta::covers(k.date);
        format!(
            r#"<line class="time-axis__year-line" x1="{}" x2="{}" y1="{y}" y2="{y}"/>"#,
            pct(r.start_of(a)),
            pct(r.end_of(b))
        )
    } else {
        String::new()
    };
    format!(
        r#"<g class="{class}" data-mark="{}">{title}{year_line}<svg x="{}" y="{y}" overflow="visible">{}</svg></g>"#,
        attr(k.id),
        pct(r.centre_of(p.slot)),
        shape(k.stance, g.size)
    )
}

/// The axis line, month ticks and labelled year (and, on wide screens, quarter) ticks. In
/// the compact form a year is a link to the timeline at that year, its whole column the
/// link's target.
fn ticks(r: &Range, g: Geometry, l: Lang, year_href: Option<&dyn Fn(u16) -> String>) -> String {
    use std::fmt::Write;
    let base = g.base();
    let (b0, b4) = (px(base), px(base + 4.0));
    let mut out = format!(
        r#"<line class="time-axis__line" x1="0" x2="100%" y1="{b0}" y2="{b0}"/><g aria-hidden="true">"#
    );
    for m in r.first..=r.last {
        let x = pct(r.start_of(m));
        let _ = write!(
            out,
            r#"<line class="time-axis__tick" x1="{x}" x2="{x}" y1="{b0}" y2="{b4}"/>"#
        );
    }
    out.push_str("</g>");
    let label_y = px(base + LABEL);
    for t in ta::ticks(r) {
        let x = pct(r.start_of(t.month()));
        match t {
            Tick::Year(y) => {
                let label = format!(
                    r#"<line class="time-axis__tick time-axis__tick--year" x1="{x}" x2="{x}" y1="{}" y2="{}"/><text class="time-axis__label time-axis__label--year" x="{x}" dx="4" y="{label_y}">{y}</text>"#,
                    px(TOP),
                    px(base + 8.0)
                );
                match year_href {
                    None => out.push_str(&label),
                    Some(href) => {
                        let w = pct(r.end_of(ta::month(y, 12)) - r.start_of(t.month()));
                        let name = fill(TimeAxisUi::get(l).year_link, &[("{y}", y.to_string())]);
                        let _ = write!(
                            out,
                            r#"<g><a class="time-axis__year" href="{}" aria-label="{}"><rect class="time-axis__year-hit" x="{x}" width="{w}" y="0" height="{}"/>{label}</a></g>"#,
                            attr(&href(y)),
                            attr(&name),
                            px(base + LABEL + 8.0)
                        );
                    }
                }
            }
            Tick::Quarter(_, m) => {
                let text = match l {
                    Lang::Ko => format!("{m}월"),
                    Lang::En => ["Apr", "Jul", "Oct"][(m as usize - 4) / 3].to_string(),
                };
                let _ = write!(
                    out,
                    r#"<text class="time-axis__label time-axis__label--quarter" x="{x}" dx="3" y="{label_y}" aria-hidden="true">{text}</text>"#
                );
            }
        }
    }
    out
}

/// The key to shapes, colours and styles (the stance named in words: colour is never the
/// only cue).
fn legend(l: Lang, faded: bool) -> impl IntoView {
    let t = TimeAxisUi::get(l);
    let item = |class: String, stance: Stance, text: String| {
        view! {
            <li>
                <svg class="time-axis__key" width="14" height="14" aria-hidden="true">
                    <g class=class>
                        <svg x="7" y="7" overflow="visible" inner_html=shape(stance, 10.0) />
                    </g>
                </svg>
                {text}
            </li>
        }
    };
    let stances: Vec<_> = [
        Stance::Alliance,
        Stance::Sovereign,
        Stance::Hybrid,
        Stance::Context,
    ]
    .into_iter()
    .map(|s| {
        item(
            format!("time-axis__mark time-axis__mark--{}", s.slug()),
            s,
            s.label().get(l).to_string(),
        )
    })
    .collect();
    view! {
        <ul class="time-axis__legend">
            {stances}
            {item("time-axis__mark time-axis__mark--context time-axis__mark--hollow".into(), Stance::Alliance, t.hollow.into())}
            <li>
                <svg class="time-axis__key" width="20" height="14" aria-hidden="true">
                    <line class="time-axis__year-line time-axis__mark--context" x1="1" x2="19" y1="7" y2="7" />
                </svg>
                {t.year_only}
            </li>
            {faded.then(|| item("time-axis__mark time-axis__mark--context time-axis__mark--out".into(), Stance::Context, t.faded.into()))}
        </ul>
    }
}

/// The axis's summary for `n` events shown of a link's dates (the timeline's pre-filter
/// writes it before the app: it can take another line).
pub fn summary_for(n: usize, from: Option<Date>, to: Option<Date>, l: Lang) -> String {
    let r = range();
    summary(n, r.span_of(from, to), &r, l)
}

/// The axis's span's end labels for one date of a link (`from`: its start, `to`: its end),
/// and whether that end is the axis's own (then the summary names the events' dates).
pub fn end_label(from: Option<Date>, to: Option<Date>, l: Lang) -> (String, bool) {
    let r = range();
    let (a, b) = r.span_of(from, to);
    if to.is_some() {
        (month_label(b, l), b == r.last)
    } else {
        (month_label(a, l), a == r.first)
    }
}

/// The summary's words for the pre-filter's table, per language: its two templates (`{n}`,
/// `{total}`, `{a}`, `{b}`), the axis's first and last months, and the ends the summary
/// names when the span is the whole axis (the first and last events' dates).
pub fn summary_words(l: Lang) -> [String; 6] {
    let r = range();
    let t = TimeAxisUi::get(l);
    let (a, b) = ends((r.first, r.last), &r, l);
    [
        t.summary_all.to_string(),
        t.summary_some.to_string(),
        month_label(r.first, l),
        month_label(r.last, l),
        a,
        b,
    ]
}

/// The summary's two ends: the first and last events' dates for the whole axis, else the
/// span's months.
fn ends(span: (Month, Month), r: &Range, l: Lang) -> (String, String) {
    if span == (r.first, r.last) {
        let first = EVENT_MARKS.iter().map(|m| m.date).min();
        let last = EVENT_MARKS.iter().map(|m| m.date).max();
        let show = |d: Option<Date>| d.map_or(String::new(), |d| Date { d: 0, ..d }.display(l));
        (show(first), show(last))
    } else {
        (month_label(span.0, l), month_label(span.1, l))
    }
}

/// "120 events, 2020 – 2025" (or "12 of 120 events, March 2024 – May 2025").
fn summary(n: usize, span: (Month, Month), r: &Range, l: Lang) -> String {
    let t = TimeAxisUi::get(l);
    let (a, b) = ends(span, r, l);
    let total = EVENT_MARKS.len().to_string();
    if n == EVENT_MARKS.len() {
        fill(t.summary_all, &[("{n}", total), ("{a}", a), ("{b}", b)])
    } else {
        fill(
            t.summary_some,
            &[
                ("{n}", n.to_string()),
                ("{total}", total),
                ("{a}", a),
                ("{b}", b),
            ],
        )
    }
}

/// The small axis of the landing page: every event's mark, year ticks that open the
/// timeline at that year, a key, and a link to the whole timeline.
#[component]
pub fn TimeAxisCompact() -> impl IntoView {
    let site = use_site();
    let r = range();
    let g = Geometry::new(true);
    let height = px(g.base() + LABEL + 10.0);
    let placed = ta::stack(EVENT_MARKS, 0..EVENT_MARKS.len());
    let drawing = move || {
        let l = site.lang.get();
        let marks: String = placed
            .iter()
            .map(|p| mark_shape(&EVENT_MARKS[p.index], *p, &r, g, false, None))
            .collect();
        let href = move |y: u16| {
            site.href(
                View::Timeline,
                &[("from", y.to_string()), ("to", y.to_string())],
            )
        };
        view! {
            <svg class="time-axis__svg" width="100%" height=height.clone() role="group" aria-labelledby="time-axis-title">
                <g class="time-axis__marks" aria-hidden="true" inner_html=marks />
                <g inner_html=ticks(&r, g, l, Some(&href)) />
            </svg>
        }
    };
    let t = move || TimeAxisUi::get(site.lang.get());
    view! {
        <figure class="time-axis time-axis--compact" aria-labelledby="time-axis-title" aria-describedby="time-axis-summary">
            <figcaption>
                <h2 id="time-axis-title" class="time-axis__title">{move || t().title}</h2>
                <p id="time-axis-summary" class="time-axis__summary">
                    {move || summary(EVENT_MARKS.len(), (r.first, r.last), &r, site.lang.get())}
                    " · " {move || t().compact_how}
                </p>
            </figcaption>
            <div class="time-axis__plot">{drawing}</div>
            {move || legend(site.lang.get(), false)}
            <p class="time-axis__more">
                <a href=move || site.href(View::Timeline, &[])>{move || t().open_timeline}</a>
            </p>
        </figure>
    }
}

/// Which end of the span a pointer drag moves, if not a new span.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Drag {
    Span,
    From,
    To,
}

/// What the timeline hands the axis.
#[derive(Clone, Copy)]
pub struct AxisLinks {
    /// The link a mark stands for: `(index into EVENT_MARKS, outside the dates picked)`.
    pub href: Callback<(usize, bool), String>,
    /// Open a mark's event in place (a plain click).
    pub open: Callback<(usize, bool)>,
    /// Set the dates: `(from, to, replace the history entry)`.
    pub set_span: Callback<(Option<Date>, Option<Date>, bool)>,
    /// A mark's accessible name.
    pub name: fn(usize, Lang) -> String,
}

/// A mark as a link to its event (out of the tab order: the list below is the keyboard
/// path to each event; the handles are the keyboard path through time).
///
/// Pre-rendered, a mark is its shape and its tooltip only: the app makes the links when it
/// takes over. Without JavaScript a link to `?event=` would only reopen the same page, and
/// the links (with their names twice, as `aria-label` and `<title>`) were 53 KB and 480
/// elements of the timeline's HTML, parsed before the list on every visit.
fn mark_link(p: Placed, out: bool, r: &Range, g: Geometry, links: AxisLinks, l: Lang) -> String {
    let i = p.index;
    let k = &EVENT_MARKS[i];
    let name = (links.name)(i, l);
    if !crate::hooks::is_browser() {
        return mark_shape(k, p, r, g, out, Some(&name));
    }
    format!(
        r#"<a class="time-axis__link" href="{}" tabindex="-1" aria-label="{}"><title>{}</title>{}</a>"#,
        attr(&links.href.run((i, out))),
        attr(&name),
        text(&name),
        mark_shape(k, p, r, g, out, None)
    )
}

/// A plain click on a mark's link opens its event in place (the marks' group handles the
/// clicks of all its links).
fn mark_click(ev: web_sys::MouseEvent, links: AxisLinks) {
    use wasm_bindgen::JsCast;
    if ev.button() != 0 || ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key() {
        return;
    }
    let mark = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|el| el.closest(".time-axis__link [data-mark]").ok().flatten());
    let Some(mark) = mark else { return };
    let id = mark.get_attribute("data-mark").unwrap_or_default();
    if let Some(i) = EVENT_MARKS.iter().position(|m| m.id == id) {
        ev.prevent_default();
        let out = mark.class_list().contains("time-axis__mark--out");
        links.open.run((i, out));
    }
}

/// The position of a pointer across the axis, as a fraction of its width.
fn fraction(el: &web_sys::Element, client_x: i32) -> Option<(f64, f64)> {
    let rect = el.get_bounding_client_rect();
    (rect.width() > 0.0).then(|| {
        (
            (f64::from(client_x) - rect.left()) / rect.width(),
            rect.width(),
        )
    })
}

/// The span a finished drag picks, as the filter's `from` and `to`.
fn dropped(
    r: &Range,
    kind: Drag,
    a: f64,
    b: f64,
    now: (Option<Date>, Option<Date>),
) -> (Option<Date>, Option<Date>) {
    let (lo, hi) = r.span_of(now.0, now.1);
    match kind {
        Drag::Span => r.bounds(r.span_between(a, b)),
        Drag::From => (r.bounds((r.month_at(b).min(hi), r.last)).0, now.1),
        Drag::To => (now.0, r.bounds((r.first, r.month_at(b).max(lo))).1),
    }
}

/// The interactive axis's state and handlers: one small `Copy` handle.
#[derive(Clone, Copy)]
struct Brush {
    r: Range,
    g: Geometry,
    lang: Memo<Lang>,
    span: Signal<(Option<Date>, Option<Date>)>,
    links: AxisLinks,
    svg: NodeRef<svg::Svg>,
    /// A pointer drag under way: what it moves, where it started and where it is now.
    drag: RwSignal<Option<(Drag, f64, f64)>>,
    /// The months shaded: the dates picked, or what the drag under way would pick.
    months: Memo<(Month, Month)>,
}

impl Brush {
    fn new(span: Signal<(Option<Date>, Option<Date>)>, links: AxisLinks) -> Self {
        let r = range();
        let drag = RwSignal::new(None::<(Drag, f64, f64)>);
        let months = Memo::new(move |_| {
            let now = span.get();
            let (from, to) = match drag.get() {
                None => now,
                Some((kind, a, b)) => dropped(&r, kind, a, b, now),
            };
            r.span_of(from, to)
        });
        Self {
            r,
            g: Geometry::new(false),
            lang: use_site().lang,
            span,
            links,
            svg: NodeRef::new(),
            drag,
            months,
        }
    }

    fn whole(&self) -> bool {
        self.months.get() == (self.r.first, self.r.last)
    }

    /// A press starts a drag. On a mark it does not capture the pointer yet: a tap there
    /// stays the mark's own click (it opens the event); moving on turns it into a drag.
    fn down(self, ev: web_sys::PointerEvent) {
        use wasm_bindgen::JsCast;
        let target = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
        let closest = |sel: &str| target.as_ref().and_then(|t| t.closest(sel).ok().flatten());
        let Some(el) = self.svg.get_untracked() else {
            return;
        };
        if ev.button() != 0 {
            return;
        }
        let Some((f, _)) = fraction(&el, ev.client_x()) else {
            return;
        };
        let kind = match closest(".time-axis__handle") {
            None => Drag::Span,
            Some(h) => {
                let from = h.class_list().contains("time-axis__handle--from");
                if let Ok(h) = h.dyn_into::<web_sys::SvgElement>() {
                    let _ = h.focus();
                }
                if from {
                    Drag::From
                } else {
                    Drag::To
                }
            }
        };
        if closest("a").is_none() {
            ev.prevent_default();
            let _ = el.set_pointer_capture(ev.pointer_id());
        }
        self.drag.set(Some((kind, f, f)));
    }

    /// The drag under way and the drawing it is on, if a drag is under way.
    fn dragging(self) -> Option<((Drag, f64, f64), web_sys::SvgElement)> {
        Some((self.drag.get_untracked()?, self.svg.get_untracked()?))
    }

    fn moved(self, ev: web_sys::PointerEvent) {
        let Some(((kind, a, _), el)) = self.dragging() else {
            return;
        };
        if let Some((f, width)) = fraction(&el, ev.client_x()) {
            if (f - a).abs() * width >= DRAG_MIN {
                let _ = el.set_pointer_capture(ev.pointer_id());
            }
            self.drag.set(Some((kind, a, f)));
        }
    }

    fn up(self, ev: web_sys::PointerEvent) {
        let Some(((kind, a, b), el)) = self.dragging() else {
            return;
        };
        self.drag.set(None);
        let (b, width) = fraction(&el, ev.client_x()).unwrap_or((b, 1.0));
        // A tap that did not move picks nothing.
        if kind == Drag::Span && (b - a).abs() * width < DRAG_MIN {
            return;
        }
        let (from, to) = dropped(&self.r, kind, a, b, self.span.get_untracked());
        self.links.set_span.run((from, to, false));
    }

    fn key(self, which: Drag, ev: web_sys::KeyboardEvent) {
        let r = self.r;
        let now = self.span.get_untracked();
        let (a, b) = r.span_of(now.0, now.1);
        let step = match which {
            Drag::From => ta::key_step(&ev.key(), a, r.first, b),
            _ => ta::key_step(&ev.key(), b, a, r.last),
        };
        let Some(m) = step else { return };
        ev.prevent_default();
        let (from, to) = match which {
            Drag::From => (r.bounds((m, r.last)).0, now.1),
            _ => (now.0, r.bounds((r.first, m)).1),
        };
        self.links.set_span.run((from, to, true));
    }

    /// One of the two range handles: a slider on the track below the labels.
    fn handle(self, which: Drag) -> impl IntoView {
        let from = which == Drag::From;
        let r = self.r;
        let now = move || {
            let (a, b) = self.months.get();
            if from {
                a
            } else {
                b
            }
        };
        let x = move || {
            pct(if from {
                r.start_of(now())
            } else {
                r.end_of(now())
            })
        };
        let text = move || {
            let l = self.lang.get();
            let t = TimeAxisUi::get(l);
            let template = if from { t.from_value } else { t.to_value };
            fill(template, &[("{x}", month_label(now(), l))])
        };
        let name = move || {
            let t = TimeAxisUi::get(self.lang.get());
            if from {
                t.from
            } else {
                t.to
            }
        };
        let (base, track) = (self.g.base(), self.g.base() + TRACK);
        view! {
            <g
                class=if from { "time-axis__handle time-axis__handle--from" } else { "time-axis__handle time-axis__handle--to" }
                role="slider"
                tabindex="0"
                aria-label=name
                aria-orientation="horizontal"
                aria-valuemin=r.first.to_string()
                aria-valuemax=r.last.to_string()
                aria-valuenow=move || now().to_string()
                aria-valuetext=text
                on:keydown=move |ev| self.key(which, ev)
            >
                <svg x=x y="0" overflow="visible">
                    <line class="time-axis__handle-line" x1="0" x2="0" y1=px(base) y2=px(track) />
                    <rect class="time-axis__handle-hit" x="-16" width="32" y=px(track - 18.0) height="36" />
                    <rect class="time-axis__knob" x="-7" width="14" y=px(track - 11.0) height="22" rx="4" />
                </svg>
            </g>
        }
    }

    /// The marks of the events shown, faint outside the dates picked.
    fn marks(self, shown: Signal<Vec<(usize, bool)>>) -> String {
        let l = self.lang.get();
        shown.with(|v| {
            let mut inside = vec![false; EVENT_MARKS.len()];
            for (i, yes) in v {
                if let Some(x) = inside.get_mut(*i) {
                    *x = *yes;
                }
            }
            ta::stack(EVENT_MARKS, v.iter().map(|(i, _)| *i))
                .into_iter()
                .map(|p| {
                    let out = !inside[p.index];
                    mark_link(p, out, &self.r, self.g, self.links, l)
                })
                .collect::<String>()
        })
    }

    /// The shaded span and the handles' track.
    fn span_view(self) -> impl IntoView {
        let r = self.r;
        let track = px(self.g.base() + TRACK);
        let start = move || pct(r.start_of(self.months.get().0));
        view! {
            <rect
                class=move || if self.whole() { "time-axis__span time-axis__span--all" } else { "time-axis__span" }
                x=start
                width=move || {
                    let (a, b) = self.months.get();
                    pct(r.end_of(b) - r.start_of(a))
                }
                y="0"
                height=px(self.g.base())
            />
            <line class="time-axis__track" x1="0" x2="100%" y1=track.clone() y2=track.clone() />
            <line
                class="time-axis__track-on"
                x1=start
                x2=move || pct(r.end_of(self.months.get().1))
                y1=track.clone()
                y2=track
            />
        }
    }
}

/// The axis above the timeline: the marks of the events that pass every filter but the
/// dates (faint when outside the dates picked), the dates picked shaded, two handles to
/// move them by keyboard or pointer, and a drag across the axis to pick a new span.
#[component]
pub fn TimeAxis(
    /// Each event that passes the filters other than the dates: its index in `EVENT_MARKS`
    /// and whether it is inside the dates picked too.
    #[prop(into)]
    shown: Signal<Vec<(usize, bool)>>,
    /// The dates picked (`from`, `to`).
    #[prop(into)]
    span: Signal<(Option<Date>, Option<Date>)>,
    links: AxisLinks,
) -> impl IntoView {
    let b = Brush::new(span, links);
    let (r, g, lang) = (b.r, b.g, b.lang);
    let t = move || TimeAxisUi::get(lang.get());
    let inside = move || shown.with(|v| v.iter().filter(|x| x.1).count());
    view! {
        <figure class="time-axis" aria-labelledby="time-axis-title" aria-describedby="time-axis-summary">
            <figcaption class="time-axis__head">
                <h2 id="time-axis-title" class="time-axis__title">{move || t().title}</h2>
                <p id="time-axis-summary" class="time-axis__summary">
                    {move || summary(inside(), b.months.get(), &r, lang.get())}
                </p>
            </figcaption>
            <div class="time-axis__plot">
                <svg
                    node_ref=b.svg
                    class="time-axis__svg"
                    width="100%"
                    height=px(g.base() + TRACK + 20.0)
                    role="group"
                    aria-labelledby="time-axis-title"
                    on:pointerdown=move |ev| b.down(ev)
                    on:pointermove=move |ev| b.moved(ev)
                    on:pointerup=move |ev| b.up(ev)
                    on:pointercancel=move |_| b.drag.set(None)
                >
                    <rect class="time-axis__bg" x="0" y="0" width="100%" height=px(g.base() + LABEL + 6.0) />
                    {b.span_view()}
                    <g
                        class="time-axis__marks"
                        data-query-dependent=""
                        inner_html=move || b.marks(shown)
                        on:click=move |ev| mark_click(ev, links)
                    />
                    <g inner_html=move || ticks(&r, g, lang.get(), None) />
                    {b.handle(Drag::From)}
                    {b.handle(Drag::To)}
                </svg>
            </div>
            <div class="time-axis__bar">
                <crate::components::needs_app::NeedsApp />
                <p class="time-axis__how">{move || t().how}</p>
                <button type="button" class="button time-axis__reset" disabled=move || b.whole() on:click=move |_| links.set_span.run((None, None, false))>
                    {move || t().reset}
                </button>
            </div>
            {move || legend(lang.get(), true)}
        </figure>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_drawing_escapes_what_it_writes_into_markup() {
        let (r, g) = (range(), Geometry::new(false));
        let p = ta::stack(EVENT_MARKS, 0..1)[0];
        let svg = mark_shape(&EVENT_MARKS[0], p, &r, g, true, Some(r#"A & B <i>"x"</i>"#));
        assert!(
            svg.contains("<title>A &amp; B &lt;i&gt;\"x\"&lt;/i&gt;</title>"),
            "{svg}"
        );
        assert!(svg.contains("time-axis__mark--out"), "{svg}");
        assert!(!svg.contains("<i>"), "{svg}");
        let href = |y: u16| format!("timeline/?from={y}&to={y}&q=\"<b>");
        let axis = ticks(&r, g, Lang::En, Some(&href));
        assert!(
            axis.contains(r#"href="timeline/?from=2024&amp;to=2024&amp;q=&quot;&lt;b&gt;""#),
            "{axis}"
        );
        assert!(!axis.contains("<b>"), "{axis}");
        // One tick per month of the range, and the markup's elements all closed.
        let months = usize::try_from(r.last - r.first + 1).unwrap_or(0);
        assert_eq!(axis.matches(r#"class="time-axis__tick""#).count(), months);
        assert_eq!(axis.matches("<g").count(), axis.matches("</g>").count());
        assert_eq!(axis.matches("<a ").count(), axis.matches("</a>").count());
    }

    #[test]
    fn numbers_are_written_without_float_formatting() {
        assert_eq!(pct(0.25), "25.000%");
        assert_eq!(pct(1.0 / 3.0), "33.333%");
        assert_eq!(pct(0.0), "0.000%");
        assert_eq!(px(235.5), "235.5");
        assert_eq!(px(-4.04), "-4.0");
        assert_eq!(px(-0.04), "0.0");
        assert_eq!(px(7.0), "7.0");
        assert_eq!(decimal(-12.5, 0), "-13");
    }
}
