//! The companies view: a card per organisation with facets and search, one card on its
//! own (`company=<slug>`), the alliance network and the money chart.
//!
//! The plain-Rust parts are the child modules, tested natively: [`profile`] (placement
//! rule, a card's lists), [`network`] (partner rule and graph layout), [`money`] (which
//! figures, scales). The URL state is `crate::state::companies`.

pub mod markup;
pub mod money;
pub mod network;
pub mod profile;

use crate::app::use_site;
use crate::components::company_card::CompanyCard;
use crate::components::ignored_note::IgnoredNote;
use crate::components::money_chart::MoneyChart;
use crate::components::network_graph::NetworkGraph;
use crate::data::placement::bucket;
use crate::data::{org, Country, Lang, Org, OrgKind, Sector, Stance, Text, ORGS};
use crate::i18n::ui;
use crate::state::companies::CompaniesQuery;
use crate::state::route::View;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;
use profile::Lean;

crate::catalogue! {
    /// Strings of the companies view: cards, facets, the network and the money chart.
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
        open_card: "이 카드만 따로 보기", "Open this card on its own";
        details: "근거, 협력 관계, 사건과 출처", "Evidence, partners, events and sources";
        where_it_stands: "어디에 서 있나", "Where it stands";
        end_alliance: "동맹", "Alliance";
        end_sovereign: "소버린", "Sovereign";
        lean_alliance: "동맹", "Alliance";
        lean_leans_alliance: "동맹 쪽으로 기욺", "Leans towards alliance";
        lean_both: "양쪽 병행", "Both roads";
        lean_leans_sovereign: "소버린 쪽으로 기욺", "Leans towards sovereign";
        lean_sovereign: "소버린", "Sovereign";
        lean_context: "세계 흐름 속에서만 등장", "Appears only as global context";
        counts: "동맹 {a} · 소버린 {s} · 병행 {h}건", "alliance {a} · sovereign {s} · both {h}";
        counts_context: "세계 흐름 {c}건은 세지 않음", "{c} global-context events not counted";
        on_page: "이 페이지에서", "On this page";
        jump_cards: "기업·기관 카드", "The cards";
        partners: "협력 관계", "Partners";
        partners_none: "기사에 명시된 협력·합병·투자 관계가 없습니다.", "The articles state no partnership, merger or investment tie.";
        products: "제품·모델·반도체", "Products, models and chips";
        figures: "수치", "Figures";
        converted: "기사 환산", "the article's conversion";
        quotes: "발언", "Quotes";
        original: "원문", "Original";
        events: "사건과 근거", "Events and evidence";
        events_note: "빅테크 동맹·소버린 AI·병행 표시가 붙은 사건이 위 사건 집계에 들어갑니다. 세계 흐름 사건은 보여 주되 세지 않습니다.", "Events marked Alliance, Sovereign or Both make up the event tally above; global-context events are listed but not counted.";
        uncounted: "세지 않음", "not counted";
        on_timeline: "타임라인에서 이 기관의 사건 보기", "See its events on the timeline";
        sources: "출처 기사", "Sources";
        inferred_date: "날짜 추정", "date inferred";
        net_title: "동맹 네트워크", "The alliance network";
        net_lede: "선 하나가 기사에 나온 협력·합병·투자 하나입니다. 왼쪽은 한국 기업, 오른쪽은 글로벌 기업, 가운데는 정부·국가·연합체입니다.", "Each line is one partnership, merger or investment the articles report. Korean firms on the left, global firms on the right, governments, countries and alliances in the middle.";
        net_rule: "협력 사건은 기사가 주어로 다룬 기관과 나머지 기관을 잇고, 합병은 모두를, 투자는 두 곳만 나올 때 둘을 잇습니다. 함께 언급됐을 뿐인 기관, 경쟁자, 언론사, 모회사·자회사는 잇지 않습니다.", "A partnership event ties the organisation the article reports on to each other one it names; a merger ties all; an investment ties its two parties when it names exactly two. Organisations merely mentioned alongside, rivals, media and parent–subsidiary pairs are not tied.";
        net_keys: "선 위에 마우스를 올리거나, Tab 키로 그래프에 들어가 화살표 키로 선을 옮겨 다니세요.", "Hover over a line, or Tab into the graph and move between lines with the arrow keys.";
        net_follows: "위의 입장 필터와 아래 날짜를 따릅니다.", "Follows the stance filter above and these dates.";
        net_graph: "동맹 네트워크 그래프", "Alliance network graph";
        net_korea: "한국", "Korea";
        net_middle: "정부·국가·연합체", "Governments and alliances";
        net_global: "글로벌", "Global";
        net_from: "시작 연도", "From";
        net_to: "끝 연도", "To";
        net_any: "제한 없음", "Any";
        net_pick: "선을 고르면 그 사실과 출처가 여기에 나옵니다.", "Pick a line to see its fact and source here.";
        net_empty: "이 조건에 맞는 협력 관계가 없습니다.", "No tie matches these filters.";
        net_count: "관계 {n}건", "{n} ties";
        net_table: "같은 관계를 표로 보기", "The same ties as a table";
        col_orgs: "기관", "Organisations";
        col_what: "내용", "What happened";
        col_stance: "입장", "Stance";
        col_date: "날짜", "Date";
        col_source: "출처", "Source";
        source: "출처", "Source";
        para: "문단", "para.";
        money_title: "돈의 규모", "The money";
        money_lede: "기사에 나온 AI 투자·사업 금액입니다. 막대마다 기사에 적힌 그대로의 금액과 출처를 붙였습니다.", "The sums the articles report for AI investment and programmes, each bar labelled with the amount exactly as printed and its source.";
        money_rule: "통화로 적힌 투자·정책·협력·전략 사건의 금액과, 특정 기업들의 지출을 내다본 전망을 넣었습니다. 시장 규모 전망은 투자가 아니어서 뺐습니다.", "Included: amounts in a currency on investment, policy, partnership and strategy events, and forecasts of named firms' spending. Market-size forecasts are not spending and are left out.";
        money_by_currency: "통화별로", "By currency";
        money_in_won: "원화로 비교", "Compared in won";
        money_view: "보기 방식", "View";
        money_group_note: "통화마다 눈금이 따로입니다. 다른 통화의 막대끼리는 길이를 비교할 수 없습니다.", "Each currency has its own scale: bar lengths cannot be compared across currencies.";
        money_won_note: "기사가 원화로 적었거나 기사 스스로 원화로 환산한 금액만 한 눈금에 올렸습니다. 우리가 정한 환율은 쓰지 않았습니다.", "Only amounts the articles give in won, as printed or as converted by the article itself, share this scale. We apply no exchange rate of our own.";
        money_left_out: "기사에 원화 금액이 없어 빠진 금액", "Left out: the article gives no amount in won";
        money_min: "아주 작은 금액도 보이도록 막대의 최소 길이를 두었습니다.", "Very small amounts are drawn at a minimum length so that they stay visible.";
        money_converted_from: "기사 환산, 원래 금액", "article's conversion of";
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

/// The label of a lean, in the reader's language.
pub fn lean_label(c: &CompaniesUi, lean: Lean) -> &'static str {
    match lean {
        Lean::Alliance => c.lean_alliance,
        Lean::LeansAlliance => c.lean_leans_alliance,
        Lean::Both => c.lean_both,
        Lean::LeansSovereign => c.lean_leans_sovereign,
        Lean::Sovereign => c.lean_sovereign,
        Lean::ContextOnly => c.lean_context,
    }
}

/// A stance checkbox's label: for cards, "context" means the articles do not say.
fn stance_label(s: Stance, lang: Lang) -> &'static str {
    match s {
        Stance::Context => CompaniesUi::get(lang).stance_none,
        _ => s.label().get(lang),
    }
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
        </main>
    }
}

/// The grid of all cards with its facets, then the network and the money chart.
fn grid(query: Memo<CompaniesQuery>, set_query: UnsyncCallback<CompaniesQuery>) -> impl IntoView {
    let site = use_site();
    let lang = site.lang;
    let c = move || CompaniesUi::get(lang.get());
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
                <span class=format!("stance stance--{}", s.slug())>{move || stance_label(s, lang.get())}</span>
            </label>
        }
    };
    let slugs = |f: fn(&CompaniesQuery) -> Vec<&'static str>| Signal::derive(move || query.with(f));
    let sector_pick = UnsyncCallback::new(move |v: String| {
        update(&|q| q.sector = Sector::from_slug(&v).into_iter().collect())
    });
    let country_pick = UnsyncCallback::new(move |v: String| {
        update(&|q| q.country = Country::from_slug(&v).into_iter().collect())
    });
    let kind_pick = UnsyncCallback::new(move |v: String| {
        update(&|q| q.kind = OrgKind::from_slug(&v).into_iter().collect())
    });

    view! {
        <h1>{tr(lang, |c| c.title)}</h1>
        <p class="companies__lede">{tr(lang, |c| c.lede)}</p>
        <p class="companies__rule">{tr(lang, |c| c.rule)}</p>
        <nav class="companies__jump" aria-label=tr(lang, |c| c.on_page)>
            <ul>
                <li><a href=move || jump("companies-cards")>{tr(lang, |c| c.jump_cards)}</a></li>
                <li><a href=move || jump("network-title")>{tr(lang, |c| c.net_title)}</a></li>
                <li><a href=move || jump("money-title")>{tr(lang, |c| c.money_title)}</a></li>
            </ul>
        </nav>
        <form class="companies__filters" role="search" on:submit=|ev| ev.prevent_default()>
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
            {facet_select(
                "companies-sector",
                |c| c.sector,
                present(Sector::ALL, |o| o.sector).into_iter().map(|s| (s.slug(), s.label())).collect(),
                slugs(|q| q.sector.iter().map(|s| s.slug()).collect()),
                lang,
                sector_pick,
            )}
            {facet_select(
                "companies-country",
                |c| c.country,
                present(Country::ALL, |o| o.country).into_iter().map(|s| (s.slug(), s.label())).collect(),
                slugs(|q| q.country.iter().map(|s| s.slug()).collect()),
                lang,
                country_pick,
            )}
            {facet_select(
                "companies-kind",
                |c| c.kind,
                present(OrgKind::ALL, |o| o.kind).into_iter().map(|s| (s.slug(), s.label())).collect(),
                slugs(|q| q.kind.iter().map(|s| s.slug()).collect()),
                lang,
                kind_pick,
            )}
            <p class="companies__count" role="status">
                {move || c().showing.replace("{n}", &shown().to_string()).replace("{total}", &ORGS.len().to_string())}
                <Show when=move || query.with(|q| q.narrows_cards() || q.from.is_some() || q.to.is_some())>
                    " · "
                    <a href=move || site.href(View::Companies, &[])>{tr(lang, |c| c.clear)}</a>
                </Show>
            </p>
        </form>
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
                            view! { <CompanyCard org=o lang=l focused=false hidden=hidden /> }
                        })
                        .collect_view()
                }}
            </div>
        </section>
        <NetworkGraph query=query set_query=set_query />
        <MoneyChart />
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn catalogue_is_complete() {
        let entries = CompaniesUi::entries();
        assert!(!entries.is_empty());
        for (key, ko, en) in entries {
            assert!(!ko.trim().is_empty(), "{key}: Korean missing");
            assert!(!en.trim().is_empty(), "{key}: English missing");
        }
    }

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
