//! Figures as an English reader reads them. English pages lead with an English amount
//! ("US$209bn") and keep the article's printed Korean ("2090억 달러") as the cited original;
//! Korean pages show the printed figure alone. Plain Rust: the event card and the money
//! chart call it, and it is tested natively.

use super::format::{group_digits, in_big_units, ordinal};
use super::{Figure, Lang, Unit};

/// How to show one figure: the amount to lead with, and the article's printed original
/// when the lead is a rendering of it.
#[derive(Clone, Debug, PartialEq)]
pub struct Shown {
    pub lead: String,
    pub original: Option<&'static str>,
}

/// The figure in `lang`: Korean shows the printed figure; English leads with
/// [`english`] and cites the printed Korean when it differs.
pub fn shown(f: &Figure, lang: Lang) -> Shown {
    match lang {
        Lang::Ko => Shown {
            lead: f.as_reported.to_string(),
            original: None,
        },
        Lang::En => {
            let lead = english(f.as_reported, f.value, f.value_max, f.unit);
            // `42%` reads the same in both languages: no original to cite beside it.
            let original = (lead != f.as_reported).then_some(f.as_reported);
            Shown { lead, original }
        }
    }
}

/// A number without trailing zeros, with thousands separators below a million.
fn num(v: f64) -> String {
    let s = super::format::num(v);
    match s.split_once('.') {
        Some((int, frac)) => format!("{}.{frac}", group_digits(int)),
        None => group_digits(&s),
    }
}

/// A sum of money in billions or trillions: `209bn`, `1.3452tn`.
fn scaled(v: f64) -> String {
    in_big_units(v, ["tn", "bn", "m"], num)
}

/// The English amount for a figure the article prints as `as_reported` (its wording marks
/// approximations, lower bounds and ranges: `약`, `여`, `이상`, `권`, `~`).
pub fn english(as_reported: &str, value: f64, value_max: Option<f64>, unit: Unit) -> String {
    let one = |v: f64| match unit {
        Unit::Usd => format!("US${}", scaled(v)),
        Unit::Eur => format!("€{}", scaled(v)),
        Unit::Cny => format!("CN¥{}", scaled(v)),
        Unit::Krw => format!("₩{}", scaled(v)),
        Unit::Percent => format!("{}%", num(v)),
        Unit::Times if v > 0.0 && v < 1.0 && (1.0 / v).fract().abs() < 1e-9 => {
            format!("1/{}", num(1.0 / v))
        }
        Unit::Times => format!("{}×", num(v)),
        Unit::Rank if as_reported.contains('권') => format!("top {}", num(v)),
        Unit::Rank => ordinal(v),
        Unit::Years => format!("{} year{}", num(v), if v == 1.0 { "" } else { "s" }),
        Unit::Months => format!("{} month{}", num(v), if v == 1.0 { "" } else { "s" }),
        Unit::Count => num(v),
    };
    let body = match value_max {
        // A range keeps one unit mark: `2–3×`, `US$2–3bn` would need care, so the unit is
        // written once at the end for the non-currency units the articles range over.
        Some(max) => {
            let hi = one(max);
            let lo = one(value);
            match unit {
                Unit::Times | Unit::Percent => format!("{}–{hi}", num(value)),
                _ => format!("{lo}–{hi}"),
            }
        }
        None => one(value),
    };
    let about = as_reported.trim_start().starts_with('약') || as_reported.contains("여 ");
    if as_reported.contains("이상") {
        format!("{body} or more")
    } else if about || as_reported.ends_with('여') {
        format!("about {body}")
    } else {
        body
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{Text, EVENTS};

    #[test]
    fn english_amounts_from_printed_korean() {
        let cases: &[(&str, f64, Option<f64>, Unit, &str)] = &[
            ("2090억 달러", 209e9, None, Unit::Usd, "US$209bn"),
            ("1조 3452억 달러", 1.3452e12, None, Unit::Usd, "US$1.3452tn"),
            (
                "약 300조 5002억 원",
                300.5002e12,
                None,
                Unit::Krw,
                "about ₩300.5002tn",
            ),
            ("2조 4000억원", 2.4e12, None, Unit::Krw, "₩2.4tn"),
            ("1090억유로", 109e9, None, Unit::Eur, "€109bn"),
            ("3800억위안", 380e9, None, Unit::Cny, "CN¥380bn"),
            ("42%", 42.0, None, Unit::Percent, "42%"),
            ("1만4848건", 14848.0, None, Unit::Count, "14,848"),
            ("100여 건", 100.0, None, Unit::Count, "about 100"),
            ("50개 이상", 50.0, None, Unit::Count, "50 or more"),
            ("2~3배", 2.0, Some(3.0), Unit::Times, "2–3×"),
            ("8분의 1", 0.125, None, Unit::Times, "1/8"),
            ("4위", 4.0, None, Unit::Rank, "4th"),
            ("1위", 1.0, None, Unit::Rank, "1st"),
            ("10위권", 10.0, None, Unit::Rank, "top 10"),
            ("15년", 15.0, None, Unit::Years, "15 years"),
            ("6개월", 6.0, None, Unit::Months, "6 months"),
        ];
        for (printed, v, max, unit, want) in cases {
            assert_eq!(english(printed, *v, *max, *unit), *want, "{printed}");
        }
    }

    #[test]
    fn english_pages_lead_with_english_and_cite_the_printed_korean() {
        let f = Figure {
            label: Text { ko: "x", en: "x" },
            as_reported: "2090억 달러",
            value: 209e9,
            value_max: None,
            unit: Unit::Usd,
            converted: None,
        };
        let en = shown(&f, Lang::En);
        assert_eq!(en.lead, "US$209bn");
        assert_eq!(en.original, Some("2090억 달러"));
        let pct = Figure {
            as_reported: "42%",
            value: 42.0,
            unit: Unit::Percent,
            ..f
        };
        assert_eq!(
            shown(&pct, Lang::En).original,
            None,
            "no `42% (as printed: 42%)`"
        );
        let ko = shown(&f, Lang::Ko);
        assert_eq!(ko.lead, "2090억 달러");
        assert_eq!(ko.original, None);
    }

    #[test]
    fn every_figure_has_an_english_lead_without_hangul() {
        for e in EVENTS {
            for f in e.figures {
                let lead = shown(f, Lang::En).lead;
                assert!(!lead.is_empty(), "{}", e.id);
                assert!(
                    !lead.chars().any(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c)),
                    "{}: {lead}",
                    e.id
                );
            }
        }
    }
}
