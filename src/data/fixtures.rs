//! Small hand-made records for unit tests and benchmarks; the app itself never uses them.

use super::{Figure, Text, Unit};

/// One figure as an article prints it (`800억 달러`) and as a number.
pub const FIGURE: Figure = Figure {
    label: Text {
        ko: "투자 규모",
        en: "Investment",
    },
    as_reported: "800억 달러",
    value: 80e9,
    value_max: None,
    unit: Unit::Usd,
    converted: None,
};

/// Names of a few organisations by id, as the fact base gives them.
pub fn org_name(id: &str) -> Option<Text> {
    let (ko, en) = match id {
        "naver" => ("네이버", "Naver"),
        "kt" => ("KT", "KT"),
        "microsoft" => ("마이크로소프트", "Microsoft"),
        "sk-hynix" => ("SK하이닉스", "SK hynix"),
        _ => return None,
    };
    Some(Text { ko, en })
}
