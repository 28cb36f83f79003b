//! The money chart: the sums the articles report being put into AI, as bars.
//!
//! **Which figures.** Every figure in a currency (won, dollars, euros, yuan) on an event of
//! kind investment, policy, partnership, merger or strategy, and on a *market* event that
//! names the spenders besides the forecaster (Citigroup's forecast of four firms' capex).
//! A market event naming only its forecaster reports the size of a market, not spending,
//! and is left out.
//!
//! **No invented exchange rates.** Bars are grouped by currency, each group on its own
//! scale. The second view puts figures on one won scale only where the article itself
//! gives the won amount (reported in won, or converted by the article); the rest are named
//! as left out.

use crate::data::{Event, Figure, Kind, Lang, Unit, EVENTS};

/// One bar: a figure as the article reports it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Bar {
    pub event: &'static Event,
    pub figure: &'static Figure,
    /// What the bar measures, in `unit`.
    pub value: f64,
    pub unit: Unit,
    /// The amount exactly as printed, in `unit`.
    pub as_reported: &'static str,
    /// When the bar shows the article's won conversion: the original amount as printed.
    pub converted_from: Option<&'static str>,
}

/// Bars sharing one scale.
#[derive(Clone, Debug, PartialEq)]
pub struct Group {
    pub unit: Unit,
    pub bars: Vec<Bar>,
    pub scale: Scale,
}

/// A linear scale from amounts to bar lengths in viewBox units, from 0 to a round `max`
/// just above the largest amount, with an axis tick every `step` (`ticks` steps in all).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Scale {
    pub max: f64,
    pub width: i32,
    pub step: f64,
    pub ticks: usize,
}

/// Bars for non-zero amounts are never drawn shorter than this, so that they stay visible.
pub const MIN_BAR: i32 = 2;
pub const BAR_WIDTH: i32 = 1000;
/// The axis gets about this many steps (never more than [`MAX_TICKS`]).
const TARGET_TICKS: f64 = 5.0;
pub const MAX_TICKS: usize = 8;

/// The round number (1, 2, 2.5 or 5 times a power of ten) at or above `x`.
fn round_step(x: f64) -> f64 {
    let p = 10f64.powf(x.log10().floor());
    [1.0, 2.0, 2.5, 5.0, 10.0]
        .into_iter()
        .map(|f| f * p)
        .find(|s| *s >= x * (1.0 - 1e-9))
        .unwrap_or(10.0 * p)
}

impl Scale {
    pub fn new(values: impl IntoIterator<Item = f64>, width: i32) -> Scale {
        let top = values
            .into_iter()
            .filter(|v| v.is_finite())
            .fold(0.0, f64::max);
        if top <= 0.0 {
            return Scale {
                max: 0.0,
                width,
                step: 0.0,
                ticks: 0,
            };
        }
        let step = round_step(top / TARGET_TICKS);
        let ticks = ((top / step * (1.0 - 1e-9)).ceil() as usize).clamp(1, MAX_TICKS);
        Scale {
            max: step * ticks as f64,
            width,
            step,
            ticks,
        }
    }
    /// Length of the bar for `v`: proportional, capped at the width, at least [`MIN_BAR`].
    pub fn len(&self, v: f64) -> i32 {
        if !(v.is_finite() && v > 0.0 && self.max > 0.0) {
            return 0;
        }
        let l = (v / self.max * self.width as f64).round() as i32;
        l.clamp(MIN_BAR, self.width)
    }
    /// The axis: each tick's amount and its position in viewBox units, from 0 to `max`.
    pub fn ticks(&self) -> Vec<(f64, i32)> {
        (0..=self.ticks)
            .map(|i| (self.step * i as f64, self.len(self.step * i as f64)))
            .collect()
    }
}

fn counts(e: &Event) -> bool {
    match e.kind {
        Kind::Investment | Kind::Policy | Kind::Partnership | Kind::Merger | Kind::Strategy => true,
        Kind::Market => e.orgs.len() > 1,
        _ => false,
    }
}

/// Every money figure, in fact-base order.
pub fn figures() -> Vec<(&'static Event, &'static Figure)> {
    EVENTS
        .iter()
        .filter(|e| counts(e))
        .flat_map(|e| e.figures.iter().map(move |f| (e, f)))
        .filter(|(_, f)| f.unit.is_currency())
        .collect()
}

/// Largest first; equal amounts keep fact-base order.
fn sorted(bars: Vec<Bar>) -> Vec<Bar> {
    let keys: Vec<(i64, i64)> = bars.iter().map(|b| (-(b.value as i64), 0)).collect();
    super::profile::sorted_indices(&keys)
        .into_iter()
        .map(|i| bars[i])
        .collect()
}

/// One group per currency, largest first within each; currencies in vocabulary order.
pub fn by_currency() -> Vec<Group> {
    let figs = figures();
    Unit::ALL
        .iter()
        .filter(|u| u.is_currency())
        .filter_map(|u| {
            let bars: Vec<Bar> = figs
                .iter()
                .filter(|(_, f)| f.unit == *u)
                .map(|(e, f)| Bar {
                    event: e,
                    figure: f,
                    value: f.value,
                    unit: f.unit,
                    as_reported: f.as_reported,
                    converted_from: None,
                })
                .collect();
            (!bars.is_empty()).then(|| group(*u, bars))
        })
        .collect()
}

fn group(unit: Unit, bars: Vec<Bar>) -> Group {
    let bars = sorted(bars);
    let scale = Scale::new(bars.iter().map(|b| b.value), BAR_WIDTH);
    Group { unit, bars, scale }
}

/// One won scale from the articles' own numbers, and the figures it has to leave out.
pub fn in_won() -> (Group, Vec<(&'static Event, &'static Figure)>) {
    let mut bars = Vec::new();
    let mut left_out = Vec::new();
    for (e, f) in figures() {
        if f.unit == Unit::Krw {
            bars.push(Bar {
                event: e,
                figure: f,
                value: f.value,
                unit: Unit::Krw,
                as_reported: f.as_reported,
                converted_from: None,
            });
        } else if let Some(c) = f.converted.filter(|c| c.unit == Unit::Krw) {
            bars.push(Bar {
                event: e,
                figure: f,
                value: c.value,
                unit: Unit::Krw,
                as_reported: c.as_reported,
                converted_from: Some(f.as_reported),
            });
        } else {
            left_out.push((e, f));
        }
    }
    (group(Unit::Krw, bars), left_out)
}

/// A currency's name as a heading: "US dollars (USD)", "달러 (USD)".
pub fn unit_title(u: Unit, lang: Lang) -> String {
    let label = u.label().get(lang);
    let mut chars = label.chars();
    let first: String = chars
        .next()
        .map(|c| c.to_uppercase().collect())
        .unwrap_or_default();
    format!("{first}{} ({})", chars.as_str(), u.slug().to_uppercase())
}

/// An axis label: `US$50bn` on English pages; `500억` on Korean ones (the heading names the
/// currency).
pub fn tick_label(value: f64, unit: Unit, lang: Lang) -> String {
    if value <= 0.0 {
        return "0".to_string();
    }
    match lang {
        Lang::En => english_amount(value, unit),
        Lang::Ko => crate::data::format::fmt_value(value, Unit::Count, Lang::Ko),
    }
}

/// An English reading of an amount (`US$209bn`, `₩2.4tn`), from its value alone.
pub fn english_amount(value: f64, unit: Unit) -> String {
    let sign = match unit {
        Unit::Usd => "US$",
        Unit::Krw => "₩",
        Unit::Eur => "€",
        Unit::Cny => "CN¥",
        _ => "",
    };
    // Work in ten-thousandths of the suffix's unit, in integers (no float formatting).
    let (div, suffix) = if value >= 1e12 {
        (1e8, "tn")
    } else if value >= 1e9 {
        (1e5, "bn")
    } else if value >= 1e6 {
        (1e2, "m")
    } else {
        (1e-4, "")
    };
    let n = (value / div).round() as u64;
    let (int, mut frac) = (n / 10_000, n % 10_000);
    let mut digits = 4;
    while digits > 0 && frac % 10 == 0 {
        frac /= 10;
        digits -= 1;
    }
    if digits == 0 {
        format!("{sign}{int}{suffix}")
    } else {
        format!("{sign}{int}.{frac:0digits$}{suffix}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_scale_maps_amounts_to_lengths() {
        let s = Scale::new([50.0, 200.0, 100.0], 1000);
        assert_eq!(
            (s.max, s.step, s.ticks),
            (200.0, 50.0, 4),
            "a round top and step"
        );
        assert_eq!(s.len(200.0), 1000, "the largest bar fills the width");
        assert_eq!(s.len(100.0), 500);
        assert_eq!(s.len(50.0), 250);
        assert_eq!(s.len(0.0), 0);
        assert_eq!(s.len(0.01), MIN_BAR, "tiny amounts stay visible");
        assert_eq!(s.len(400.0), 1000, "never past the end");
        assert_eq!(s.len(f64::NAN), 0);
        assert_eq!(Scale::new([], 1000).len(5.0), 0);
    }

    #[test]
    fn axes_have_round_steps_and_cover_the_largest_amount() {
        let cases = [
            // (largest amount, step, ticks)
            (209e9, 50e9, 5),
            (80e9, 20e9, 4),
            (100e9, 20e9, 5),
            (2.4e12, 5e11, 5),
            (7.0, 2.0, 4),
        ];
        for (top, step, ticks) in cases {
            let s = Scale::new([top, top / 3.0], BAR_WIDTH);
            assert_eq!((s.step, s.ticks), (step, ticks), "{top}");
            assert!(
                s.max >= top && s.max - s.step < top,
                "{top}: the axis ends in the last step"
            );
            let t = s.ticks();
            assert_eq!(t.first(), Some(&(0.0, 0)));
            assert_eq!(t.last().map(|x| x.1), Some(BAR_WIDTH));
            assert!(
                t.windows(2).all(|w| w[1].1 > w[0].1),
                "{top}: ticks left to right"
            );
        }
        assert!(
            Scale::new([], BAR_WIDTH).ticks().len() == 1,
            "no amounts: a lone 0"
        );
    }

    #[test]
    fn tick_labels_read_in_each_language() {
        assert_eq!(tick_label(0.0, Unit::Usd, Lang::En), "0");
        assert_eq!(tick_label(50e9, Unit::Usd, Lang::En), "US$50bn");
        assert_eq!(tick_label(2.5e12, Unit::Krw, Lang::En), "₩2.5tn");
        assert_eq!(tick_label(50e9, Unit::Usd, Lang::Ko), "500억");
        assert_eq!(tick_label(2.5e12, Unit::Krw, Lang::Ko), "2조 5000억");
    }

    #[test]
    fn every_group_fits_and_is_proportional() {
        for g in by_currency() {
            assert!(g.unit.is_currency());
            assert!(g.bars.iter().all(|b| b.unit == g.unit));
            // The largest bar ends in the axis's last step: the scale is no longer than it needs.
            let top = g.scale.len(g.bars[0].value);
            let last_step = BAR_WIDTH - BAR_WIDTH / g.scale.ticks as i32;
            assert!(
                top > last_step && top <= BAR_WIDTH,
                "{top} in the last step"
            );
            for b in &g.bars {
                let l = g.scale.len(b.value);
                assert!((MIN_BAR..=BAR_WIDTH).contains(&l));
                let exact = b.value / g.scale.max * BAR_WIDTH as f64;
                assert!((l as f64 - exact).abs() <= 0.5 || l == MIN_BAR);
            }
            assert!(g.bars.windows(2).all(|w| w[0].value >= w[1].value));
        }
    }

    #[test]
    fn the_selection_rule_on_the_real_data() {
        let figs = figures();
        assert!(!figs.is_empty());
        assert!(figs.iter().all(|(_, f)| f.unit.is_currency()));
        let has = |id: &str| figs.iter().any(|(e, _)| e.id == id);
        if crate::data::event("citigroup-big-tech-ai-capex-forecast").is_some() {
            assert!(
                has("citigroup-big-tech-ai-capex-forecast"),
                "forecast of named firms' spending"
            );
        }
        assert!(
            !has("marketsandmarkets-ai-market-2030-forecast"),
            "a market size is not spending"
        );
        let total: usize = by_currency().iter().map(|g| g.bars.len()).sum();
        assert_eq!(
            total,
            figs.len(),
            "every figure is in exactly one currency group"
        );
    }

    #[test]
    fn the_won_view_uses_only_the_articles_won_amounts() {
        let (g, left_out) = in_won();
        assert_eq!(g.bars.len() + left_out.len(), figures().len());
        for b in &g.bars {
            assert_eq!(b.unit, Unit::Krw);
            match b.converted_from {
                None => assert_eq!(b.figure.unit, Unit::Krw),
                Some(orig) => {
                    assert_eq!(orig, b.figure.as_reported);
                    let c = b.figure.converted.unwrap();
                    assert_eq!((c.as_reported, c.value), (b.as_reported, b.value));
                }
            }
        }
        for (_, f) in left_out {
            assert!(f.unit != Unit::Krw && f.converted.is_none_or(|c| c.unit != Unit::Krw));
        }
    }

    #[test]
    fn unit_titles_are_capitalised() {
        assert_eq!(unit_title(Unit::Eur, Lang::En), "Euros (EUR)");
        assert_eq!(unit_title(Unit::Usd, Lang::Ko), "달러 (USD)");
    }

    #[test]
    fn english_amounts_read_the_value_without_conversion() {
        assert_eq!(english_amount(209e9, Unit::Usd), "US$209bn");
        assert_eq!(english_amount(2.4e12, Unit::Krw), "₩2.4tn");
        assert_eq!(english_amount(3e10, Unit::Krw), "₩30bn");
        assert_eq!(english_amount(1.3452e12, Unit::Usd), "US$1.3452tn");
        assert_eq!(
            english_amount(300_500_200_000_000.0, Unit::Krw),
            "₩300.5002tn"
        );
        assert_eq!(english_amount(109e9, Unit::Eur), "€109bn");
        assert_eq!(english_amount(712_900_000_000.0, Unit::Krw), "₩712.9bn");
    }
}
