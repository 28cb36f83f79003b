//! Prints every fact-base event as the app's own JSON export (`state::export::json`, the
//! file the timeline's download button writes), in fact-base order. scripts/perf.mjs builds
//! its TimelineJS comparison page from it, so the comparison shows the same events, dates
//! and words as the site without a second TOML reader.
//! Usage: cargo run --quiet --example events_json > events.json

use crossroads::data::{Event, EVENTS};
use crossroads::state::export;

fn main() {
    let events: Vec<&Event> = EVENTS.iter().collect();
    print!(
        "{}",
        export::json(&events, "fact-base", &|id| format!("timeline/#{id}"))
    );
}
