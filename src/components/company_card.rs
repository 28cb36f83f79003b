use crate::app::use_site;
use crate::components::placement::Placement;
use crate::data::placement::{bucket, Counts};
use crate::data::{Lang, Org};
use crate::pages::companies::markup;
use crate::state::route::View;
use leptos::prelude::*;

/// One organisation's card: names, what it is, where it stands (what the articles say, with
/// the event tally as supporting evidence), partners, products, figures, quotes and sources.
/// The root is `<article data-company="<slug>">`. `focused` is the shared single-card view
/// (everything shown, the name is the page's `<h1>`); in the grid the long part folds into
/// a `<details>`. The body is static markup from `markup::card_parts`, redrawn per
/// language, around the `Placement` component. `data-placement` is the current placement
/// (`context` when the articles do not characterise it); `data-lean` the event tally.
#[component]
pub fn CompanyCard(
    org: &'static Org,
    lang: Lang,
    focused: bool,
    #[prop(optional, into)] hidden: Option<Signal<bool>>,
) -> impl IntoView {
    let site = use_site();
    let link = move |v: View, p: &[(&'static str, String)]| site.href(v, p);
    let (head, body) = markup::card_parts(org, focused, lang, &link);
    let lean = Counts::of_org(org.id).lean();
    view! {
        <article
            class=if focused { "card card--focused" } else { "card" }
            data-company=org.id
            data-placement=bucket(org.id).slug()
            data-lean=lean.slug()
            aria-labelledby=format!("card-{}", org.id)
            hidden=move || hidden.is_some_and(|h| h.get())
        >
            <div class="card__part" inner_html=head></div>
            <Placement org=org.id lang=lang />
            <div class="card__part" inner_html=body></div>
        </article>
    }
}
