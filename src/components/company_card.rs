use crate::app::use_site;
use crate::components::article_line::ArticleLine;
use crate::components::event_link::EventLink;
use crate::components::fold::{Fold, Later};
use crate::components::org_link::OrgLink;
use crate::components::placement::Placement;
use crate::components::quote_card::QuoteCard;
use crate::components::stance_badge::StanceBadge;
use crate::data::{Event, Lang, Org, Stance};
use crate::domain::network::partners_of;
use crate::domain::profile::{events_of, products_of, quotes_of, sources_of, Counts};
use crate::i18n::ui;
use crate::state::route::View;
use leptos::either::{Either, EitherOf3};
use leptos::prelude::*;

crate::catalogue! {
    /// Strings of a company card (where it stands has its own, in `placement`).
    pub struct CardUi {
        open_card: "이 카드만 따로 보기", "Open this card on its own";
        details: "근거, 협력 관계, 사건과 출처", "Evidence, partners, events and sources";
        full_card: "카드 전체: 근거, 협력 관계, 사건과 출처", "the full card: evidence, partners, events and sources";
        partners: "협력 관계", "Partners";
        partners_none: "기사에 명시된 협력·합병·투자 관계가 없습니다.", "The articles state no partnership, merger or investment tie.";
        products: "제품·모델·반도체", "Products, models and chips";
        figures: "수치", "Figures";
        converted: "기사 환산", "the article's conversion";
        quotes: "발언", "Quotes";
        events: "사건과 근거", "Events and evidence";
        events_note: "빅테크 동맹·소버린 AI·병행 표시가 붙은 사건이 위 자리의 근거입니다. 세계 흐름 사건은 보여 주되 세지 않습니다.", "Events marked Alliance, Sovereign or Both are the evidence for its place above; global-context events are listed but not counted.";
        uncounted: "세지 않음", "not counted";
        on_timeline: "타임라인에서 이 기관의 사건 보기", "See its events on the timeline";
        sources: "출처 기사", "Sources";
    }
}

/// One organisation's card: names, what it is, where it stands (computed from its events,
/// which are listed as the evidence), partners, products, figures, quotes and sources.
/// The root is `<article data-company="<slug>">`. `focused` is the shared single-card view
/// (everything shown, the name is the page's `<h1>`); in the grid the long part folds into
/// a `<details>`. Drawn for one language: the page draws it again when the language changes.
#[component]
pub fn CompanyCard(
    org: &'static Org,
    lang: Lang,
    focused: bool,
    #[prop(optional, into)] hidden: Option<Signal<bool>>,
    /// Make its contents [`Later`] (its box now): it is far down the page at the takeover
    /// ([`crate::hooks::below_the_fold`]).
    #[prop(optional)]
    later: bool,
) -> impl IntoView {
    let lean = Counts::of(&events_of(org.id)).lean().slug();
    let body = move || {
        let events = events_of(org.id);
        view! {
            <div class="card__body">
                {evidence(org, &events, focused, lang)}
                {partners(org, focused, lang)}
                {products(&events, focused, lang)}
                {figures(&events, focused, lang)}
                {quotes(org, &events, focused, lang)}
            </div>
        }
    };
    let contents = move || {
        // The long part folds away in the grid, and is made once the grid is on screen.
        // Pre-rendered, the grid's fold links to the card's own page instead, where all of
        // it is (pre-rendered too): 63 closed folds were half the page's elements and bytes,
        // and parsing them kept the cards off a phone's screen for about 0.3 s (README,
        // "The companies grid"). The app's fold has it all, as before.
        let body = if focused {
            EitherOf3::A(body())
        } else if crate::hooks::is_browser() {
            EitherOf3::B(view! {
                <Fold class="card__more" summary=CardUi::get(lang).details>{body()}</Fold>
            })
        } else {
            let href = use_site().entity_href(crate::state::route::Entity::Company, org.id);
            EitherOf3::C(view! {
                <details class="card__more">
                    <summary>{CardUi::get(lang).details}</summary>
                    <p class="card__elsewhere">
                        <a href=href>{org.name.get(lang)} " · " {CardUi::get(lang).full_card}</a>
                    </p>
                </details>
            })
        };
        view! {
            {head(org, focused, lang)}
            <p class="card__desc">{org.description.get(lang)}</p>
            <Placement org=org.id lang=lang />
            {body}
        }
    };
    view! {
        <article
            class=if focused { "card card--focused" } else { "card" }
            data-company=org.id
            data-placement=crate::data::placement::bucket(org.id).slug()
            data-lean=lean
            aria-labelledby=format!("card-{}", org.id)
            hidden=move || hidden.is_some_and(|h| h.get())
        >
            {if later { view! { <Later>{contents()}</Later> }.into_any() } else { contents().into_any() }}
        </article>
    }
}

/// Names (the other language's too, when it differs) and what the organisation is. In the
/// grid the name links to the card on its own.
fn head(o: &'static Org, focused: bool, lang: Lang) -> impl IntoView {
    let site = use_site();
    let id = format!("card-{}", o.id);
    let name = o.name.get(lang);
    let other = o.name.get(lang.other());
    let title = if focused {
        Either::Left(view! { <h1 id=id class="card__name">{name}</h1> })
    } else {
        let href = site.entity_href(crate::state::route::Entity::Company, o.id);
        Either::Right(view! {
            <h3 id=id class="card__name">
                <a href=href title=CardUi::get(lang).open_card>{name}</a>
            </h3>
        })
    };
    view! {
        <header class="card__head">
            {title}
            {(other != name).then(|| view! {
                <p class="card__alt" lang=lang.other().code()>{other}</p>
            })}
            <p class="card__meta">
                {o.sector.label().get(lang)} " · " {o.country.label().get(lang)}
                {o.country_inferred.then(|| format!(" ({})", ui(lang).inferred))}
                " · " {o.kind.label().get(lang)}
            </p>
        </header>
    }
}

/// A section heading: `<h2>` on the card's own page (under its `<h1>`), `<h4>` in the grid
/// (under the `<h3>` name).
fn sub(focused: bool, text: &'static str) -> impl IntoView {
    if focused {
        Either::Left(view! { <h2 class="card__sub">{text}</h2> })
    } else {
        Either::Right(view! { <h4 class="card__sub">{text}</h4> })
    }
}

fn date(e: &Event, lang: Lang) -> impl IntoView {
    view! { <time class="card__date" datetime=e.date.iso()>{e.date.display(lang)}</time> }
}

/// Its events in date order, the evidence for its place, and the filtered timeline.
fn evidence(o: &Org, events: &[&'static Event], focused: bool, lang: Lang) -> impl IntoView {
    let c = CardUi::get(lang);
    let site = use_site();
    let rows = events
        .iter()
        .map(|e| {
            view! {
                <li data-event=e.id>
                    <StanceBadge stance=e.stance lang=lang />
                    " " <EventLink ev=e lang=lang /> " " {date(e, lang)}
                    {(e.stance == Stance::Context).then(|| view! {
                        " " <span class="card__uncounted">"(" {c.uncounted} ")"</span>
                    })}
                </li>
            }
        })
        .collect_view();
    view! {
        {sub(focused, c.events)}
        <p class="card__note">{c.events_note}</p>
        <ol class="card__events">{rows}</ol>
        <p>
            <a class="card__timeline" href=site.href(View::Timeline, &[("company", o.id.into())])>
                {c.on_timeline}
            </a>
        </p>
    }
}

/// Partners by the partner rule, each with the events that tie them.
fn partners(o: &Org, focused: bool, lang: Lang) -> impl IntoView {
    let c = CardUi::get(lang);
    let list = partners_of(o.id);
    let body = if list.is_empty() {
        Either::Left(view! { <p class="card__none">{c.partners_none}</p> })
    } else {
        let items = list
            .into_iter()
            .map(|(p, evs)| {
                let links = evs
                    .into_iter()
                    .enumerate()
                    .map(|(k, e)| view! { {(k > 0).then_some(" · ")} <EventLink ev=e lang=lang /> })
                    .collect_view();
                view! { <li><strong><OrgLink id=p.id lang=lang /></strong> " — " {links}</li> }
            })
            .collect_view();
        Either::Right(view! { <ul class="card__list">{items}</ul> })
    };
    view! { {sub(focused, c.partners)} {body} }
}

/// Its product, model and chip launches (nothing when it has none).
fn products(events: &[&'static Event], focused: bool, lang: Lang) -> impl IntoView {
    let list = products_of(events);
    (!list.is_empty()).then(|| {
        let items = list
            .into_iter()
            .map(|e| view! { <li><EventLink ev=e lang=lang /> " " {date(e, lang)}</li> })
            .collect_view();
        view! { {sub(focused, CardUi::get(lang).products)} <ul class="card__list">{items}</ul> }
    })
}

/// The figures its events report, as printed (nothing when there are none).
fn figures(events: &[&'static Event], focused: bool, lang: Lang) -> impl IntoView {
    let c = CardUi::get(lang);
    let items: Vec<_> = events
        .iter()
        .flat_map(|e| e.figures.iter().map(move |f| (*e, f)))
        .map(|(e, f)| {
            let converted = f.converted.map(|cv| {
                view! { " (" {c.converted} ": " <span lang="ko">{cv.as_reported}</span> ")" }
            });
            view! {
                <li>
                    {f.label.get(lang)} ": " <strong lang="ko">{f.as_reported}</strong>
                    {converted} " · " <EventLink ev=e lang=lang />
                </li>
            }
        })
        .collect();
    (!items.is_empty())
        .then(|| view! { {sub(focused, c.figures)} <ul class="card__list">{items}</ul> })
}

/// Quotes by the organisation or its people, then the articles everything above cites.
fn quotes(o: &'static Org, events: &[&'static Event], focused: bool, lang: Lang) -> impl IntoView {
    let c = CardUi::get(lang);
    let said = quotes_of(o.id);
    let sources = sources_of(o, events, &said)
        .into_iter()
        .map(|s| view! { <li data-source=s.id><ArticleLine source=s lang=lang /></li> })
        .collect_view();
    let said = (!said.is_empty()).then(|| {
        let cards = said
            .into_iter()
            .map(|q| view! { <QuoteCard quote=q lang=lang /> })
            .collect_view();
        view! { {sub(focused, c.quotes)} {cards} }
    });
    view! {
        {said}
        {sub(focused, c.sources)}
        <ul class="card__sources">{sources}</ul>
    }
}
