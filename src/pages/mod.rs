//! One module per view. Each view renders exactly one `<main id="main">`.

pub mod about;
pub mod classroom;
pub mod companies;
pub mod glossary;
pub mod home;
pub mod not_found;
pub mod short_story;
pub mod story;
pub mod timeline;
