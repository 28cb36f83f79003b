//! The curated facts, embedded at compile time (see `build.rs` and `data/*.toml`).

pub mod amount;
pub mod fixtures;
pub mod format;
pub mod landing;
pub mod landing_ids;
pub mod placement;
pub mod types;

pub use types::*;

#[cfg(not(feature = "prefilter"))]
mod generated {
    use super::types::*;
    include!(concat!(env!("OUT_DIR"), "/facts.rs"));
}

/// The timeline's pre-filter build carries the fact base without the prose it never reads
/// (`build.rs`, `emit`); `thin_tests` checks that it filters and searches as the full one.
#[cfg(all(feature = "prefilter", not(feature = "prefilter-facets")))]
mod generated {
    use super::types::*;
    include!(concat!(env!("OUT_DIR"), "/facts_thin.rs"));
}

/// The pre-filter for links without a search carries less still: nothing only a search reads
/// (`build.rs`, `Prose::FACETS`); `thin_tests` checks that it filters as the full one.
#[cfg(feature = "prefilter-facets")]
mod generated {
    use super::types::*;
    include!(concat!(env!("OUT_DIR"), "/facts_facets.rs"));
}

#[cfg(all(test, not(feature = "prefilter")))]
#[path = "thin_tests.rs"]
mod thin_tests;

pub use generated::{
    EVENTS, EVENT_MARKS, ORGS, PEOPLE, PLACEMENTS, QUOTES, SOURCES, SOURCE_LINES, TERMS,
};

pub fn source(id: &str) -> Option<&'static Source> {
    SOURCES.iter().find(|s| s.id == id)
}

pub fn org(id: &str) -> Option<&'static Org> {
    ORGS.iter().find(|s| s.id == id)
}

pub fn person(id: &str) -> Option<&'static Person> {
    PEOPLE.iter().find(|s| s.id == id)
}

pub fn event(id: &str) -> Option<&'static Event> {
    EVENTS.iter().find(|s| s.id == id)
}

pub fn term(id: &str) -> Option<&'static Term> {
    TERMS.iter().find(|s| s.id == id)
}

/// The name of whoever a quote is attributed to: a person or an organisation.
pub fn speaker_name(id: &str) -> Option<Text> {
    person(id)
        .map(|p| p.name)
        .or_else(|| org(id).map(|o| o.name))
}
