//! URL and view state: the URL is the single source of truth for what the reader sees.

pub mod classroom;
pub mod companies;
pub mod export;
pub mod facets;
pub mod filters;
pub mod forms;
pub mod highlight;
pub mod params;
pub mod query;
pub mod route;
pub mod search;
pub mod side;
pub mod stance_words;
pub mod story;
pub mod text;
