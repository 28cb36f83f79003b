//! Domain logic: what the fact base says once it is counted, tied and laid out.
//!
//! Plain Rust over `crate::data`, with no Leptos and no browser, so it compiles and is
//! tested natively (and renders the same when pre-rendered). Components and pages call
//! it; it imports nothing above `data`. Beside it, `state/` holds what the URL says.
//!
//! - [`profile`]: a company card's facts: the placement rule (lean), its events,
//!   partners, products, quotes and sources;
//! - [`network`]: the partner rule (which events tie which organisations) and the
//!   alliance network's layout;
//! - [`money`]: which figures the money chart shows, grouped and scaled.

pub mod money;
pub mod network;
pub mod profile;
