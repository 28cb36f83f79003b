//! Which records the landing page shows, by id. Plain constants without dependencies:
//! `build.rs` reads this file too and copies exactly these records into a compact table
//! (`crate::data::landing`), so the landing page's own small wasm leaves the rest of the
//! fact base out. The page reads every figure, date, citation and quote from that table.

/// One road of the debate as the landing page shows it.
pub struct RoadIds {
    /// The road's stance slug (`alliance`, `sovereign`, `hybrid`).
    pub stance: &'static str,
    /// The figures that carry its case: (event id, index into the event's `figures`).
    pub figures: &'static [(&'static str, usize)],
    /// A quote that makes the case in someone's own words.
    pub quote: &'static str,
    /// The story chapter that tells this road.
    pub chapter: &'static str,
}

/// The event that frames the question: Korean firms between the two roads.
pub const QUESTION: &str = "korean-firms-choose-alliance-or-own-path";

/// The two roads and the hybrid, in that order.
pub const ROADS: [RoadIds; 3] = [
    RoadIds {
        stance: "alliance",
        figures: &[
            ("citigroup-big-tech-ai-capex-forecast", 0),
            ("sk-hynix-holds-60-percent-of-hbm-market", 0),
            ("nvidia-asks-sk-hynix-to-advance-hbm4", 0),
        ],
        quote: "kim-young-shub-scale-race-game-over",
        chapter: "alliance-road",
    },
    RoadIds {
        stance: "sovereign",
        figures: &[
            ("korean-firms-build-on-foreign-models", 0),
            ("msit-national-ai-computing-center", 0),
            ("korea-fourth-in-hyperscale-ai-patents", 2),
        ],
        quote: "shin-min-soo-not-a-data-mine",
        chapter: "sovereign-road",
    },
    RoadIds {
        stance: "hybrid",
        figures: &[
            ("kt-microsoft-ai-cloud-partnership", 0),
            ("kt-rebellions-investment-2022", 0),
        ],
        quote: "lee-sung-yeop-expand-alliances",
        chapter: "both-roads",
    },
];
