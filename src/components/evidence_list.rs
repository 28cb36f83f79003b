use crate::app::use_site;
use crate::components::stance_badge::StanceBadge;
use crate::data::{event, Lang};
use crate::i18n::ui;
use crate::state::route::View;
use leptos::prelude::*;

crate::catalogue! {
    pub struct EvidenceUi {
        show_all: "이 사실 {n}건을 타임라인에서 함께 보기", "Show these {n} facts on the timeline";
    }
}

/// A link to the timeline showing exactly these events (`timeline/?ids=a,b,c`).
pub fn ids_href(site: crate::app::Site, ids: &[&str]) -> String {
    site.href(View::Timeline, &[("ids", ids.join(","))])
}

/// The facts behind a claim: each event with its stance, date and title, linked to the
/// timeline (`timeline/?event=<id>`), and one link that opens all of them together.
#[component]
pub fn EvidenceList(ids: &'static [&'static str], lang: Lang) -> impl IntoView {
    let site = use_site();
    let items = ids
        .iter()
        .filter_map(|id| event(id))
        .map(|ev| {
            view! {
                <li class="story-evidence__item" data-evidence=ev.id>
                    <StanceBadge stance=ev.stance lang=lang />
                    " "
                    {ev.date_words(lang).0}
                    <time datetime=ev.date.iso()>{ev.date.display(lang)}</time>
                    {ev.date_words(lang).1}
                    {ev.date_inferred.then(|| format!(" ({})", ui(lang).inferred))}
                    " "
                    <a href=site.href(View::Timeline, &[("event", ev.id.into())])>{ev.title.get(lang)}</a>
                </li>
            }
        })
        .collect_view();
    let all = (ids.len() > 1).then(|| {
        view! {
            <p class="story-evidence__all">
                <a href=ids_href(site, ids)>
                    {EvidenceUi::get(lang).show_all.replace("{n}", &ids.len().to_string())}
                </a>
            </p>
        }
    });
    view! {
        <ul class="story-evidence__list">{items}</ul>
        {all}
    }
}
