//! Domain logic: what the fact base says once it is counted, tied and laid out.
//!
//! Plain Rust over `crate::data`, with no Leptos and no browser, so it compiles and is
//! tested natively (and gives the same answers when pages are pre-rendered). Components
//! and pages call it; it imports nothing but `data`. Why a module of its own rather than
//! part of `state/`: `state/` is what the URL says (parameters, parsing, filters), while
//! this is what the facts add up to, whatever the URL.
//!
//! - [`profile`]: a company card's facts: the placement rule (lean), its events,
//!   products, quotes and sources;
//! - [`network`]: the partner rule (which events tie which organisations, an
//!   organisation's partners) and the alliance network's layout;
//! - [`money`]: which figures the money chart shows, grouped and scaled.
//! - [`time_axis`]: the timeline's time axis: month slots, ticks, stacks, spans.

pub mod money;
pub mod network;
pub mod profile;
pub mod time_axis;
