//! The companies view: a card per organisation with facets and search, one card on its
//! own (`company=<slug>`), the alliance network and the money chart.
//!
//! The pieces are components (`components::{company_card, network_graph, money_chart}`);
//! what they compute (placement rule, partner rule and graph layout, which figures and
//! their scales) is plain Rust in `crate::domain`, tested natively. The URL state is
//! `crate::state::companies`.

use crate::app::use_site;
use crate::components::company_card::CompanyCard;
use crate::components::ignored_note::IgnoredNote;
use crate::components::money_chart::{MoneyChart, MoneyUi};
use crate::components::network_graph::{NetworkGraph, NetworkUi};
use crate::components::stance_badge::StanceBadge;
use crate::components::title::Title;
use crate::data::placement::bucket;
use crate::data::{org, Country, Lang, Org, OrgKind, Sector, Stance, Text, ORGS};
use crate::i18n::ui;
use crate::state::companies::CompaniesQuery;
use crate::state::route::View;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

crate::catalogue! {
    /// Strings of the companies view's page: title, facets, counts and links (the card, the
    /// network and the money chart carry their own).
    pub struct CompaniesUi {
        title: "기업과 기관", "Companies and institutions";
        lede: "기사에 나오는 기업·기관마다 빅테크와의 동맹과 소버린 AI 사이 어디에 서 있는지를, 기사가 그 전략을 설명한 대목을 근거로 보여 줍니다.", "Where each company and institution in the articles stands between alliance with Big Tech and sovereign AI, as the articles themselves describe its strategy.";
        rule: "자리 정하는 법: 기사가 그 기관의 전략을 설명한 문단과 원문 표현을 날짜와 함께 적었습니다. 기사마다 자리가 다르면 그 변화를 보여 주고, 가장 최근 기사가 지금의 자리입니다. 기사가 전략을 그리지 않은 곳은 그렇다고 적습니다. 그 기관이 나오는 사건의 입장을 센 집계는 보조 근거로 함께 싣고, 기사와 어긋나면 알려 둡니다.", "How placement works: we record, with its date, each paragraph in which an article describes the organisation's strategy, quoting the article's words. Where articles differ, the card shows the change; the latest article gives where it stands now. Where the articles do not describe its strategy, the card says so. A tally of the stances of the events it appears in is shown as supporting evidence, with a note where it disagrees with the articles.";
        filters: "걸러 보기", "Filter the cards";
        search: "이름·설명 검색", "Search names and descriptions";
        stance: "입장", "Stance";
        stance_none: "세계 흐름·기사가 그리지 않음", "Global context / not characterised";
        sector: "분야", "Sector";
        country: "나라", "Country";
        kind: "유형", "Type";
        all: "전체", "All";
        several: "여러 개 선택됨", "Several chosen";
        clear: "필터 지우기", "Clear filters";
        showing: "{total}곳 중 {n}곳", "Showing {n} of {total}";
        no_match: "조건에 맞는 기업·기관이 없습니다.", "No organisation matches these filters.";
        cards: "모든 기업·기관", "All companies and institutions";
        back: "모든 기업·기관 보기", "All companies and institutions";
        on_page: "이 페이지에서", "On this page";
        jump_cards: "기업·기관 카드", "The cards";
    }
}

/// A UI string that follows the language. Every use shares this one closure type, which
/// keeps the compiled code small (each distinct closure would get its own copy).
pub fn tr(
    lang: Memo<Lang>,
    f: fn(&CompaniesUi) -> &'static str,
) -> impl Fn() -> &'static str + Copy {
    move || f(CompaniesUi::get(lang.get()))
}

/// Whether a card answers the search: names, id and descriptions in both languages.
pub fn matches_search(o: &Org, q: &str) -> bool {
    let q = q.trim().to_lowercase();
    if q.is_empty() {
        return true;
    }
    [
        o.name.ko,
        o.name.en,
        o.id,
        o.description.ko,
        o.description.en,
    ]
    .iter()
    .any(|s| s.to_lowercase().contains(&q))
}

/// A stance checkbox's label: for cards, "context" means the articles do not say.
fn stance_label(s: Stance, lang: Lang) -> &'static str {
    match s {
        Stance::Context => CompaniesUi::get(lang).stance_none,
        _ => s.label().get(lang),
    }
}

/// Whether a card passes the facets and the search. `road` is the organisation's current
/// placement (`Context` when the articles do not characterise it).
pub fn card_visible(o: &Org, road: Stance, q: &CompaniesQuery) -> bool {
    (q.stance.is_empty() || q.stance.contains(&road))
        && (q.sector.is_empty() || q.sector.contains(&o.sector))
        && (q.country.is_empty() || q.country.contains(&o.country))
        && (q.kind.is_empty() || q.kind.contains(&o.kind))
        && matches_search(o, &q.q)
}

/// Values of a vocabulary that some organisation has, in vocabulary order.
fn present<T: Copy + PartialEq>(all: &[T], f: fn(&Org) -> T) -> Vec<T> {
    all.iter()
        .copied()
        .filter(|x| ORGS.iter().any(|o| f(o) == *x))
        .collect()
}

/// A `<select>` over one card facet. Options are slugs and labels (not generic: one copy).
#[allow(clippy::too_many_arguments)]
fn facet_select(
    id: &'static str,
    label: fn(&CompaniesUi) -> &'static str,
    options: Vec<(&'static str, Text)>,
    current: Signal<Vec<&'static str>>,
    lang: Memo<Lang>,
    pick: UnsyncCallback<String>,
) -> impl IntoView {
    let c = move || CompaniesUi::get(lang.get());
    view! {
        <div class="companies__field">
            <label for=id>{tr(lang, label)}</label>
            <select
                id=id
                on:change:target=move |ev| pick.run(ev.target().value())
                prop:value=move || current.with(|v| match v.len() {
                    0 => String::new(),
                    1 => v[0].to_string(),
                    _ => "*".to_string(),
                })
            >
                <option value="">{tr(lang, |c| c.all)}</option>
                {move || (current.with(Vec::len) > 1).then(|| view! {
                    <option value="*" disabled=true>{c().several}</option>
                })}
                {options
                    .into_iter()
                    .map(|(slug, text)| view! { <option value=slug>{move || text.get(lang.get())}</option> })
                    .collect_view()}
            </select>
        </div>
    }
}

#[component]
pub fn CompaniesPage() -> impl IntoView {
    let site = use_site();
    let lang = site.lang;
    let c = move || CompaniesUi::get(lang.get());
    let parsed = Memo::new(move |_| CompaniesQuery::parse(&site.search.get()));
    let query = Memo::new(move |_| parsed.with(|p| p.0.clone()));
    let ignored = Signal::derive(move || parsed.with(|p| p.1.clone()));
    let focus = Memo::new(move |_| query.with(|q| q.company));
    let navigate = use_navigate();
    let set_query = UnsyncCallback::new(move |q: CompaniesQuery| {
        let href = site.href(View::Companies, &q.pairs());
        navigate(
            &href,
            NavigateOptions {
                resolve: false,
                replace: true,
                scroll: false,
                ..Default::default()
            },
        );
    });
    let title = move || match focus.get().and_then(org) {
        Some(o) => format!(
            "{} · {} · {}",
            o.name.get(lang.get()),
            c().title,
            ui(lang.get()).site_title
        ),
        None => format!("{} · {}", c().title, ui(lang.get()).site_title),
    };
    view! {
        <Title text=title />
        <main id="main" class="page page--companies">
            <IgnoredNote ignored=ignored />
            // Pre-rendered, the page is the default grid: a link with a query (a company, a
            // filter) waits for the app with this note, never showing cards it filters out.
            <p class="prerender-pending" role="status">{crate::i18n::ui(lang.get_untracked()).preparing_view}</p>
            <div class="companies__view" data-query-dependent="">
            {move || match focus.get().and_then(org) {
                Some(o) => view! {
                    <p class="companies__back">
                        <a href=move || site.href(View::Companies, &[])>"← " {tr(lang, |c| c.back)}</a>
                    </p>
                    {move || view! { <CompanyCard org=o lang=lang.get() focused=true /> }}
                }
                .into_any(),
                None => grid(query, set_query).into_any(),
            }}
            </div>
        </main>
    }
}

/// The grid of all cards with its facets, then the network and the money chart.
fn grid(query: Memo<CompaniesQuery>, set_query: UnsyncCallback<CompaniesQuery>) -> impl IntoView {
    let site = use_site();
    let lang = site.lang;
    let roads: Vec<Stance> = ORGS.iter().map(|o| bucket(o.id)).collect();
    let visible = Memo::new(move |_| {
        query.with(|q| {
            ORGS.iter()
                .zip(&roads)
                .map(|(o, l)| card_visible(o, *l, q))
                .collect::<Vec<bool>>()
        })
    });
    let shown = move || visible.with(|v| v.iter().filter(|x| **x).count());
    // In-page links keep the view's full URL (a bare `#id` would resolve against <base>).
    let jump = move |id: &str| {
        format!(
            "{}#{id}",
            site.href(View::Companies, &query.with(|q| q.pairs()))
        )
    };
    view! {
        <h1>{tr(lang, |c| c.title)}</h1>
        <p class="companies__lede">{tr(lang, |c| c.lede)}</p>
        <p class="companies__rule">{tr(lang, |c| c.rule)}</p>
        <nav class="companies__jump" aria-label=tr(lang, |c| c.on_page)>
            <ul>
                <li><a href=move || jump("companies-cards")>{tr(lang, |c| c.jump_cards)}</a></li>
                <li><a href=move || jump("network-title")>{move || NetworkUi::get(lang.get()).title}</a></li>
                <li><a href=move || jump("money-title")>{move || MoneyUi::get(lang.get()).title}</a></li>
            </ul>
        </nav>
        {filter_form(query, set_query, Signal::derive(shown))}
        <section class="companies__cards" aria-labelledby="companies-cards">
            <h2 id="companies-cards" class="companies__cards-title">{tr(lang, |c| c.cards)}</h2>
            <Show when=move || shown() == 0>
                <p class="companies__empty">{tr(lang, |c| c.no_match)}</p>
            </Show>
            <div class="companies__grid">
                {move || {
                    let l = lang.get();
                    ORGS.iter()
                        .enumerate()
                        .map(|(i, o)| {
                            let hidden = Signal::derive(move || !visible.with(|v| v[i]));
                            // Far down the page at the takeover: its contents come a moment later.
                            let later = crate::hooks::below_the_fold("data-company", o.id);
                            view! { <CompanyCard org=o lang=l focused=false hidden=hidden later=later /> }
                        })
                        .collect_view()
                }}
            </div>
        </section>
        <NetworkGraph query=query set_query=set_query />
        <MoneyChart />
    }
}

/// The card filters: search, stance checkboxes and the sector, country and type selects,
/// each writing the URL; then how many cards are shown, and a way to clear the filters.
fn filter_form(
    query: Memo<CompaniesQuery>,
    set_query: UnsyncCallback<CompaniesQuery>,
    shown: Signal<usize>,
) -> impl IntoView {
    let site = use_site();
    let lang = site.lang;
    let c = move || CompaniesUi::get(lang.get());
    let update = move |f: &dyn Fn(&mut CompaniesQuery)| {
        let mut q = query.get_untracked();
        f(&mut q);
        set_query.run(q);
    };

    let stance_box = move |s: Stance| {
        view! {
            <label class="companies__check">
                <input
                    type="checkbox"
                    prop:checked=move || query.with(|q| q.stance.contains(&s))
                    on:change=move |_| update(&|q| {
                        if let Some(i) = q.stance.iter().position(|x| *x == s) {
                            q.stance.remove(i);
                        } else {
                            let at = q.stance.partition_point(|x| *x < s);
                            q.stance.insert(at, s);
                        }
                    })
                />
                {move || match s {
                    // For cards, "context" means the articles do not characterise the firm.
                    Stance::Context => view! {
                        <span class="stance stance--context">{stance_label(s, lang.get())}</span>
                    }
                    .into_any(),
                    _ => view! { <StanceBadge stance=s lang=lang.get() /> }.into_any(),
                }}
            </label>
        }
    };
    // The `<select>` of one vocabulary facet: `$field` names it alike in the strings, the
    // query and the organisations, `$vocab` is its vocabulary.
    macro_rules! vocab_select {
        ($id:literal, $field:ident, $vocab:ident) => {
            facet_select(
                $id,
                |c| c.$field,
                present($vocab::ALL, |o| o.$field)
                    .into_iter()
                    .map(|s| (s.slug(), s.label()))
                    .collect(),
                Signal::derive(move || query.with(|q| q.$field.iter().map(|s| s.slug()).collect())),
                lang,
                UnsyncCallback::new(move |v: String| {
                    update(&|q| q.$field = $vocab::from_slug(&v).into_iter().collect())
                }),
            )
        };
    }

    view! {
    <form class="companies__filters" role="search" on:submit=|ev| ev.prevent_default()>
        <crate::components::needs_app::NeedsApp />
        <h2 class="companies__filters-title">{tr(lang, |c| c.filters)}</h2>
        <div class="companies__field companies__field--search">
            <label for="companies-q">{tr(lang, |c| c.search)}</label>
            <input
                id="companies-q"
                type="search"
                autocomplete="off"
                prop:value=move || query.with(|q| q.q.clone())
                on:input:target=move |ev| {
                    let v = ev.target().value();
                    update(&|q| q.q = v.clone())
                }
            />
        </div>
        <fieldset class="companies__stances">
            <legend>{tr(lang, |c| c.stance)}</legend>
            {Stance::ALL.iter().map(|s| stance_box(*s)).collect_view()}
        </fieldset>
        {vocab_select!("companies-sector", sector, Sector)}
        {vocab_select!("companies-country", country, Country)}
        {vocab_select!("companies-kind", kind, OrgKind)}
        <p class="companies__count" role="status">
            {move || c().showing.replace("{n}", &shown.get().to_string()).replace("{total}", &ORGS.len().to_string())}
            <Show when=move || query.with(|q| q.narrows_cards() || q.from.is_some() || q.to.is_some())>
                " · "
                <a href=move || site.href(View::Companies, &[])>{tr(lang, |c| c.clear)}</a>
            </Show>
        </p>
    </form>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn search_reads_both_languages() {
        let naver = org("naver").expect("naver is in the fact base");
        assert!(matches_search(naver, "네이버"));
        assert!(matches_search(naver, "NAVER"));
        assert!(matches_search(naver, "  hyperclova "));
        assert!(!matches_search(naver, "zzz-no-such-thing"));
        assert!(matches_search(naver, ""));
    }

    #[test]
    fn facets_narrow_the_cards() {
        let (q, _) = CompaniesQuery::parse("country=kr&kind=company");
        for o in ORGS {
            assert_eq!(
                card_visible(o, bucket(o.id), &q),
                o.country == Country::Kr && o.kind == OrgKind::Company
            );
        }
        let (q, _) = CompaniesQuery::parse("stance=context");
        for o in ORGS {
            let uncharacterised = crate::data::placement::current(o.id).is_none();
            assert_eq!(card_visible(o, bucket(o.id), &q), uncharacterised);
        }
        // The stance facet follows the articles: KT is on the alliance road now, although
        // its event tally leans sovereign.
        let kt = org("kt").expect("kt");
        assert!(card_visible(
            kt,
            bucket("kt"),
            &CompaniesQuery::parse("stance=alliance").0
        ));
        assert!(!card_visible(
            kt,
            bucket("kt"),
            &CompaniesQuery::parse("stance=sovereign").0
        ));
    }
}
