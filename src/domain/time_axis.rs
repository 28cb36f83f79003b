//! The time axis above the timeline (and its small copy on the landing page): where each
//! event's mark goes, which ticks are labelled, and how a pointer position or a key turns
//! into a span of months. Plain Rust over `crate::data` types; the component only draws.
//!
//! Positions are fractions of the axis width (0.0 = left edge, 1.0 = right edge), so the
//! SVG can place marks with percentages and keep its marks and labels at their real size
//! at any width (no viewBox scaling, nothing to recompute when the window is resized).
//! Every month is one slot of equal width; marks of the same month stack upwards.

use crate::data::{Date, Precision, Stance};

/// A month as a number: `year * 12 + (month - 1)`.
pub type Month = i32;

/// One event as the axis needs it (the generated `EVENT_MARKS` table).
pub use crate::data::EventMark as Mark;

/// The month number of a year and month (1–12).
pub fn month(y: u16, m: u8) -> Month {
    i32::from(y) * 12 + i32::from(m.clamp(1, 12)) - 1
}

/// The year and month (1–12) of a month number.
pub fn year_month(m: Month) -> (u16, u8) {
    let y = m.div_euclid(12);
    (
        y.clamp(0, i32::from(u16::MAX)) as u16,
        (m.rem_euclid(12) + 1) as u8,
    )
}

/// The month slot a date is drawn in. A date the article gives only as a year goes in its
/// July (the middle of the year; the mark carries a line across the whole year).
pub fn slot(d: Date) -> Month {
    match d.precision() {
        Precision::Year => month(d.y, 7),
        _ => month(d.y, d.m),
    }
}

/// The first and last month a date (as a filter bound) covers: a year covers January to
/// December, a month or a day its month.
pub fn covers(d: Date) -> (Month, Month) {
    match d.precision() {
        Precision::Year => (month(d.y, 1), month(d.y, 12)),
        _ => (month(d.y, d.m), month(d.y, d.m)),
    }
}

/// The months the axis shows, both ends included: whole years, from the January of the
/// earliest event to the December of the latest.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Range {
    pub first: Month,
    pub last: Month,
}

impl Range {
    /// The range of these dates (one year around an arbitrary date if there are none).
    pub fn of(dates: impl IntoIterator<Item = Date>) -> Range {
        let (lo, hi) = dates
            .into_iter()
            .fold((u16::MAX, 0), |(lo, hi), d| (lo.min(d.y), hi.max(d.y)));
        if lo > hi {
            return Range {
                first: month(2024, 1),
                last: month(2024, 12),
            };
        }
        Range {
            first: month(lo, 1),
            last: month(hi, 12),
        }
    }

    /// How many months the axis shows.
    pub fn len(&self) -> i32 {
        self.last - self.first + 1
    }

    /// Never empty (a range always has at least one month); for clippy's `len` rule.
    pub fn is_empty(&self) -> bool {
        false
    }

    pub fn clamp(&self, m: Month) -> Month {
        m.clamp(self.first, self.last)
    }

    /// The left edge of a month's slot, as a fraction of the width.
    pub fn start_of(&self, m: Month) -> f64 {
        f64::from(self.clamp(m) - self.first) / f64::from(self.len())
    }

    /// The right edge of a month's slot.
    pub fn end_of(&self, m: Month) -> f64 {
        f64::from(self.clamp(m) - self.first + 1) / f64::from(self.len())
    }

    /// The middle of a month's slot, where its marks stand.
    pub fn centre_of(&self, m: Month) -> f64 {
        (self.start_of(m) + self.end_of(m)) / 2.0
    }

    /// The month under a position (fraction of the width; outside 0–1 clamps to the ends).
    pub fn month_at(&self, fraction: f64) -> Month {
        let f = if fraction.is_finite() {
            fraction.clamp(0.0, 1.0)
        } else {
            0.0
        };
        // A hair over, so a slot's own left edge (`start_of`) reads as that slot, not the one
        // before it after rounding.
        let i = (f * f64::from(self.len()) + 1e-9).floor() as i32;
        self.clamp(self.first + i)
    }

    /// The span a filter's `from`/`to` select, clamped to the axis (open ends are the
    /// axis's ends). `from` after `to` gives the axis's whole range.
    pub fn span_of(&self, from: Option<Date>, to: Option<Date>) -> (Month, Month) {
        let a = from.map_or(self.first, |d| self.clamp(covers(d).0));
        let b = to.map_or(self.last, |d| self.clamp(covers(d).1));
        if a <= b {
            (a, b)
        } else {
            (self.first, self.last)
        }
    }

    /// The span a drag from one position to another selects, earlier month first.
    pub fn span_between(&self, a: f64, b: f64) -> (Month, Month) {
        let (x, y) = (self.month_at(a), self.month_at(b));
        (x.min(y), x.max(y))
    }

    /// The filter bounds of a span: month dates, an end at the axis's own end left open.
    pub fn bounds(&self, span: (Month, Month)) -> (Option<Date>, Option<Date>) {
        let (a, b) = (
            self.clamp(span.0.min(span.1)),
            self.clamp(span.0.max(span.1)),
        );
        let date = |m: Month| {
            let (y, m) = year_month(m);
            Date { y, m, d: 0 }
        };
        (
            (a != self.first).then(|| date(a)),
            (b != self.last).then(|| date(b)),
        )
    }
}

/// A labelled tick: the start of a year, or (where there is room) of a quarter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tick {
    Year(u16),
    /// A quarter's first month (April, July, October) within a year.
    Quarter(u16, u8),
}

impl Tick {
    pub fn month(self) -> Month {
        match self {
            Tick::Year(y) => month(y, 1),
            Tick::Quarter(y, m) => month(y, m),
        }
    }
}

/// The ticks of a range, in order: every January as a year, the other quarters' first
/// months as quarters (the component labels these only on wide screens).
pub fn ticks(r: &Range) -> Vec<Tick> {
    (r.first..=r.last)
        .filter_map(|m| match year_month(m) {
            (y, 1) => Some(Tick::Year(y)),
            (y, q @ (4 | 7 | 10)) => Some(Tick::Quarter(y, q)),
            _ => None,
        })
        .collect()
}

/// Where one mark is drawn: its month slot and its place in that month's stack (0 at the
/// bottom).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Placed {
    /// Index into the marks given to [`stack`].
    pub index: usize,
    pub slot: Month,
    pub level: usize,
}

/// The order of stances up a stack: the two roads at the bottom, so the split shows first.
fn stance_rank(s: Stance) -> u8 {
    match s {
        Stance::Alliance => 0,
        Stance::Hybrid => 1,
        Stance::Sovereign => 2,
        Stance::Context => 3,
    }
}

/// Stack the marks `shown` (indices into `marks`) month by month: within a month, by stance
/// (alliance, both, sovereign, context), then dated before reported-by, then by date, then
/// by index. Returns them in drawing order.
pub fn stack(marks: &[Mark], shown: impl IntoIterator<Item = usize>) -> Vec<Placed> {
    let mut v: Vec<(Month, u8, bool, u32, usize)> = shown
        .into_iter()
        .filter_map(|i| marks.get(i).map(|k| (i, k)))
        .map(|(i, k)| {
            (
                slot(k.date),
                stance_rank(k.stance),
                k.reported(),
                k.date.key(),
                i,
            )
        })
        .collect();
    v.sort_unstable();
    let mut out = Vec::with_capacity(v.len());
    let mut level = 0;
    let mut last = None;
    for (slot, _, _, _, index) in v {
        level = if last == Some(slot) { level + 1 } else { 0 };
        last = Some(slot);
        out.push(Placed { index, slot, level });
    }
    out
}

/// The tallest stack of all the marks: the axis's height is fixed from it, so filtering
/// never changes the page's layout.
pub fn tallest(marks: &[Mark]) -> usize {
    stack(marks, 0..marks.len())
        .iter()
        .map(|p| p.level + 1)
        .max()
        .unwrap_or(0)
}

/// What a key does to a range handle: the month it moves to (clamped to `lo..=hi`, the
/// handle's allowed range), or `None` for a key it does not handle.
pub fn key_step(key: &str, at: Month, lo: Month, hi: Month) -> Option<Month> {
    let to = match key {
        "ArrowLeft" | "ArrowDown" => at - 1,
        "ArrowRight" | "ArrowUp" => at + 1,
        "PageDown" => at - 12,
        "PageUp" => at + 12,
        "Home" => lo,
        "End" => hi,
        _ => return None,
    };
    Some(to.clamp(lo, hi.max(lo)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::DateKind;
    use proptest::prelude::*;

    fn d(y: u16, m: u8, dd: u8) -> Date {
        Date { y, m, d: dd }
    }

    fn mk(date: Date, stance: Stance, kind: DateKind) -> Mark {
        Mark {
            id: "x",
            date,
            date_kind: kind,
            stance,
        }
    }

    #[test]
    fn range_is_whole_years() {
        let r = Range::of([d(2023, 2, 27), d(2020, 0, 0), d(2025, 5, 0)]);
        assert_eq!(year_month(r.first), (2020, 1));
        assert_eq!(year_month(r.last), (2025, 12));
        assert_eq!(r.len(), 72);
    }

    #[test]
    fn positions_are_slots_of_equal_width() {
        let r = Range::of([d(2024, 1, 0)]);
        assert_eq!(r.len(), 12);
        assert_eq!(r.start_of(month(2024, 1)), 0.0);
        assert_eq!(r.end_of(month(2024, 12)), 1.0);
        assert!((r.centre_of(month(2024, 7)) - 6.5 / 12.0).abs() < 1e-12);
        assert_eq!(r.month_at(0.0), month(2024, 1));
        assert_eq!(r.month_at(0.999), month(2024, 12));
        assert_eq!(r.month_at(1.0), month(2024, 12));
        assert_eq!(r.month_at(-3.0), month(2024, 1));
        assert_eq!(r.month_at(f64::NAN), month(2024, 1));
        assert_eq!(r.month_at(6.0 / 12.0 + 1e-9), month(2024, 7));
    }

    #[test]
    fn year_dates_sit_mid_year_and_cover_it() {
        assert_eq!(year_month(slot(d(2022, 0, 0))), (2022, 7));
        assert_eq!(year_month(slot(d(2023, 2, 27))), (2023, 2));
        assert_eq!(covers(d(2024, 0, 0)), (month(2024, 1), month(2024, 12)));
        assert_eq!(covers(d(2024, 3, 15)), (month(2024, 3), month(2024, 3)));
    }

    #[test]
    fn spans_from_filters_and_back() {
        let r = Range::of([d(2020, 1, 0), d(2025, 1, 0)]);
        assert_eq!(r.span_of(None, None), (r.first, r.last));
        assert_eq!(
            r.span_of(Some(d(2024, 0, 0)), Some(d(2024, 3, 9))),
            (month(2024, 1), month(2024, 3))
        );
        // Outside the axis: clamped; reversed: the whole axis.
        assert_eq!(r.span_of(Some(d(2010, 0, 0)), None), (r.first, r.last));
        assert_eq!(
            r.span_of(Some(d(2025, 0, 0)), Some(d(2024, 0, 0))),
            (r.first, r.last)
        );
        assert_eq!(
            r.bounds((month(2024, 5), month(2023, 11))),
            (Some(d(2023, 11, 0)), Some(d(2024, 5, 0)))
        );
        assert_eq!(r.bounds((r.first, r.last)), (None, None));
        assert_eq!(
            r.bounds((r.first, month(2021, 2))),
            (None, Some(d(2021, 2, 0)))
        );
    }

    #[test]
    fn ticks_are_years_and_quarters() {
        let r = Range::of([d(2023, 1, 0), d(2024, 1, 0)]);
        let t = ticks(&r);
        assert_eq!(t.len(), 8);
        assert_eq!(t[0], Tick::Year(2023));
        assert_eq!(t[1], Tick::Quarter(2023, 4));
        assert_eq!(t[4], Tick::Year(2024));
        assert_eq!(t[4].month(), month(2024, 1));
    }

    #[test]
    fn stacks_by_month_then_stance() {
        let marks = [
            mk(d(2024, 3, 1), Stance::Sovereign, DateKind::Dated),
            mk(d(2024, 3, 0), Stance::Alliance, DateKind::ReportedBy),
            mk(d(2024, 4, 0), Stance::Context, DateKind::Dated),
            mk(d(2024, 3, 9), Stance::Alliance, DateKind::Dated),
            mk(d(2024, 0, 0), Stance::Hybrid, DateKind::Dated),
        ];
        let s = stack(&marks, 0..marks.len());
        let at = |i: usize| s.iter().find(|p| p.index == i).unwrap();
        assert_eq!((at(3).level, at(1).level, at(0).level), (0, 1, 2));
        assert_eq!(at(2).level, 0);
        assert_eq!((at(4).slot, at(4).level), (month(2024, 7), 0));
        assert_eq!(tallest(&marks), 3);
        // Only the shown marks stack: without event 3, event 1 is at the bottom.
        let s = stack(&marks, [0, 1]);
        assert_eq!(s.iter().find(|p| p.index == 1).unwrap().level, 0);
        assert_eq!(stack(&marks, [9]).len(), 0);
    }

    #[test]
    fn keys_move_a_handle_by_month_and_year() {
        let (lo, hi) = (month(2020, 1), month(2025, 12));
        let at = month(2023, 6);
        assert_eq!(key_step("ArrowRight", at, lo, hi), Some(at + 1));
        assert_eq!(key_step("ArrowLeft", at, lo, hi), Some(at - 1));
        assert_eq!(key_step("PageUp", at, lo, hi), Some(at + 12));
        assert_eq!(key_step("Home", at, lo, hi), Some(lo));
        assert_eq!(key_step("End", at, lo, hi), Some(hi));
        assert_eq!(key_step("ArrowLeft", lo, lo, hi), Some(lo));
        assert_eq!(key_step("a", at, lo, hi), None);
    }

    #[test]
    fn the_real_marks_fit_the_axis() {
        let marks = crate::data::EVENT_MARKS;
        assert_eq!(marks.len(), crate::data::EVENTS.len());
        for (m, e) in marks.iter().zip(crate::data::EVENTS) {
            assert_eq!(
                (m.id, m.date, m.stance, m.date_kind),
                (e.id, e.date, e.stance, e.date_kind)
            );
        }
        let r = Range::of(marks.iter().map(|m| m.date));
        for p in stack(marks, 0..marks.len()) {
            assert!(r.first <= p.slot && p.slot <= r.last);
        }
        assert!(tallest(marks) >= 1);
    }

    proptest! {
        #[test]
        fn month_position_round_trips(first in 2000u16..2030, years in 1i32..8, k in 0i32..96) {
            let r = Range { first: month(first, 1), last: month(first, 1) + years * 12 - 1 };
            let m = r.first + k.rem_euclid(r.len());
            prop_assert_eq!(r.month_at(r.centre_of(m)), m);
            prop_assert_eq!(r.month_at(r.start_of(m)), m);
            let c = r.centre_of(m);
            prop_assert!((0.0..=1.0).contains(&c));
        }

        #[test]
        fn any_drag_is_an_ordered_span_inside_the_axis(a in -1.0f64..2.0, b in -1.0f64..2.0) {
            let r = Range { first: month(2020, 1), last: month(2025, 12) };
            let (x, y) = r.span_between(a, b);
            prop_assert!(r.first <= x && x <= y && y <= r.last);
            let (from, to) = r.bounds((x, y));
            // Written back as filters and read again, the span is the same.
            prop_assert_eq!(r.span_of(from, to), (x, y));
            if let (Some(f), Some(t)) = (from, to) {
                prop_assert!(f <= t);
            }
        }

        #[test]
        fn keys_stay_in_bounds(at in 0i32..200, lo in 0i32..100, len in 0i32..100,
                               key in prop::sample::select(vec!["ArrowLeft", "ArrowRight", "PageUp", "PageDown", "Home", "End"])) {
            let hi = lo + len;
            let to = key_step(key, at, lo, hi).unwrap();
            prop_assert!(lo <= to && to <= hi);
        }
    }
}
