//! URL and view state: the URL is the single source of truth for what the reader sees.

pub mod query;
pub mod route;
