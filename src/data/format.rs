//! Figures written out in the reader's language (plain Rust, tested natively).

use super::{Lang, Unit};

/// A number as people write it: up to four decimals, no trailing zeros.
pub(super) fn num(v: f64) -> String {
    let s = format!("{v:.4}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

fn grouped(n: u64) -> String {
    group_digits(&n.to_string())
}

/// Digits with a comma every three from the right: `14848` → `14,848`.
pub(super) fn group_digits(digits: &str) -> String {
    let len = digits.chars().count();
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (len - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

/// An English ordinal: `1st`, `2nd`, `11th`, `23rd`.
pub(super) fn ordinal(n: f64) -> String {
    let n = n.round() as i64;
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// `v` in trillions, billions or millions (`names`, in that order), or `small(v)` below.
pub(super) fn in_big_units(v: f64, names: [&str; 3], small: impl Fn(f64) -> String) -> String {
    for (scale, name) in [1e12, 1e9, 1e6].into_iter().zip(names) {
        if v >= scale {
            return format!("{}{name}", num(v / scale));
        }
    }
    small(v)
}

/// Large numbers the Korean way: 조, 억, 만.
fn ko_big(v: f64) -> String {
    let n = v.round() as u64;
    if n < 10_000 {
        return n.to_string();
    }
    let parts = [
        (n / 1_000_000_000_000, "조"),
        (n % 1_000_000_000_000 / 100_000_000, "억"),
        (n % 100_000_000 / 10_000, "만"),
        (n % 10_000, ""),
    ];
    parts
        .iter()
        .filter(|(x, _)| *x > 0)
        .map(|(x, u)| format!("{x}{u}"))
        .collect::<Vec<_>>()
        .join(" ")
}

fn en_big(v: f64) -> String {
    in_big_units(v, [" trillion", " billion", " million"], |v| {
        grouped(v.round() as u64)
    })
}

/// A figure's value written out in the reader's language, e.g. `$209 billion`, `2090억 달러`.
pub fn fmt_value(v: f64, unit: Unit, lang: Lang) -> String {
    let big = || match lang {
        Lang::Ko => ko_big(v),
        Lang::En => en_big(v),
    };
    // The words around the number (`{}`) in Korean and in English, and the number.
    let (ko, en, number) = match unit {
        Unit::Usd => ("{} 달러", "${}", big()),
        Unit::Krw => ("{}원", "{} won", big()),
        Unit::Eur => ("{} 유로", "€{}", big()),
        Unit::Cny => ("{} 위안", "{} yuan", big()),
        Unit::Count if v.fract() == 0.0 => ("{}", "{}", big()),
        Unit::Count => ("{}", "{}", num(v)),
        Unit::Percent => ("{}%", "{}%", num(v)),
        Unit::Times => ("{}배", "{} times", num(v)),
        Unit::Rank if lang == Lang::En => return ordinal(v),
        Unit::Rank => ("{}위", "{}", num(v)),
        Unit::Years => ("{}년", "{} years", num(v)),
        Unit::Months => ("{}개월", "{} months", num(v)),
    };
    match lang {
        Lang::Ko => ko,
        Lang::En => en,
    }
    .replace("{}", &number)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_read_naturally() {
        use Lang::{En, Ko};
        assert_eq!(fmt_value(209e9, Unit::Usd, En), "$209 billion");
        assert_eq!(fmt_value(209e9, Unit::Usd, Ko), "2090억 달러");
        assert_eq!(fmt_value(1.3452e12, Unit::Usd, En), "$1.3452 trillion");
        assert_eq!(fmt_value(1.3452e12, Unit::Usd, Ko), "1조 3452억 달러");
        assert_eq!(fmt_value(2.4e12, Unit::Krw, Ko), "2조 4000억원");
        assert_eq!(fmt_value(2.4e12, Unit::Krw, En), "2.4 trillion won");
        assert_eq!(fmt_value(109e9, Unit::Eur, En), "€109 billion");
        assert_eq!(fmt_value(1e6, Unit::Count, Ko), "100만");
        assert_eq!(fmt_value(1e6, Unit::Count, En), "1 million");
        assert_eq!(fmt_value(14848.0, Unit::Count, En), "14,848");
        assert_eq!(fmt_value(14848.0, Unit::Count, Ko), "1만 4848");
        assert_eq!(fmt_value(11.3, Unit::Percent, En), "11.3%");
        assert_eq!(fmt_value(4.0, Unit::Rank, En), "4th");
        assert_eq!(fmt_value(1.0, Unit::Rank, En), "1st");
        assert_eq!(fmt_value(12.0, Unit::Rank, En), "12th");
        assert_eq!(fmt_value(4.0, Unit::Rank, Ko), "4위");
        assert_eq!(fmt_value(28.0, Unit::Times, Ko), "28배");
    }

    #[test]
    fn every_figure_formats_in_both_languages() {
        for e in crate::data::EVENTS {
            for f in e.figures {
                for l in Lang::ALL {
                    let s = fmt_value(f.value, f.unit, l);
                    assert!(!s.is_empty() && !s.contains("NaN"), "{}: {s}", e.id);
                }
            }
        }
    }
}
