//! Reusable pieces of the page, one component per file.

pub mod footer;
pub mod header;
pub mod ignored_note;
