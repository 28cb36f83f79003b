use crate::app::use_site;
use crate::data::{Lang, Org};
use crate::domain::profile::{events_of, Counts};
use crate::pages::companies::markup;
use crate::state::route::View;
use leptos::prelude::*;

/// One organisation's card: names, what it is, where it stands (computed from its events,
/// which are listed as the evidence), partners, products, figures, quotes and sources.
/// The root is `<article data-company="<slug>">`. `focused` is the shared single-card view
/// (everything shown, the name is the page's `<h1>`); in the grid the long part folds into
/// a `<details>`. The body is static markup from `markup::card`, redrawn per language.
#[component]
pub fn CompanyCard(
    org: &'static Org,
    lang: Lang,
    focused: bool,
    #[prop(optional, into)] hidden: Option<Signal<bool>>,
) -> impl IntoView {
    let site = use_site();
    let link = move |v: View, p: &[(&'static str, String)]| site.href(v, p);
    let body = markup::card(org, focused, lang, &link);
    let lean = Counts::of(&events_of(org.id)).lean();
    view! {
        <article
            class=if focused { "card card--focused" } else { "card" }
            data-company=org.id
            data-lean=lean.slug()
            aria-labelledby=format!("card-{}", org.id)
            hidden=move || hidden.is_some_and(|h| h.get())
            inner_html=body
        ></article>
    }
}
