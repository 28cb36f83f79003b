//! One module per view. Each view renders exactly one `<main id="main">`.
//!
//! A view's module is compiled only into the builds that carry it (see build.rs): every
//! build by default, one view alone in that view's own app (`landing`, `view-*` features).
//! `home` stays in every build: its catalogue describes every view.

#[cfg(view_about)]
pub mod about;
#[cfg(view_classroom)]
pub mod classroom;
#[cfg(view_companies)]
pub mod companies;
#[cfg(view_glossary)]
pub mod glossary;
pub mod home;
pub mod not_found;
#[cfg(view_story)]
pub mod short_story;
#[cfg(view_story)]
pub mod story;
#[cfg(view_timeline)]
pub mod timeline;
