use crate::app::use_site;
use crate::components::event_link::EventLink;
use crate::data::{org, Event, Figure, Lang, OrgKind};
use crate::domain::money::{by_currency, in_won, unit_title, Bar, Group};
use crate::domain::profile::first_source;
use crate::i18n::ui;
use leptos::either::Either;
use leptos::prelude::*;

crate::catalogue! {
    /// Strings of the money chart.
    pub struct MoneyUi {
        title: "돈의 규모", "The money";
        lede: "기사에 나온 AI 투자·사업 금액입니다. 막대마다 기사에 적힌 그대로의 금액과 출처를 붙였습니다.", "The sums the articles report for AI investment and programmes, each bar labelled with the amount exactly as printed and its source.";
        rule: "통화로 적힌 투자·정책·협력·전략 사건의 금액과, 특정 기업들의 지출을 내다본 전망을 넣었습니다. 시장 규모 전망은 투자가 아니어서 뺐습니다.", "Included: amounts in a currency on investment, policy, partnership and strategy events, and forecasts of named firms' spending. Market-size forecasts are not spending and are left out.";
        by_currency: "통화별로", "By currency";
        in_won: "원화로 비교", "Compared in won";
        view: "보기 방식", "View";
        group_note: "통화마다 눈금이 따로입니다. 다른 통화의 막대끼리는 길이를 비교할 수 없습니다.", "Each currency has its own scale: bar lengths cannot be compared across currencies.";
        won_note: "기사가 원화로 적었거나 기사 스스로 원화로 환산한 금액만 한 눈금에 올렸습니다. 우리가 정한 환율은 쓰지 않았습니다.", "Only amounts the articles give in won, as printed or as converted by the article itself, share this scale. We apply no exchange rate of our own.";
        left_out: "기사에 원화 금액이 없어 빠진 금액", "Left out: the article gives no amount in won";
        min: "아주 작은 금액도 보이도록 막대의 최소 길이를 두었습니다.", "Very small amounts are drawn at a minimum length so that they stay visible.";
        converted_from: "기사 환산, 원래 금액", "article's conversion of";
        axis: "눈금", "Scale";
        download: "이 차트의 데이터 내려받기 (CSV)", "Download this chart's data (CSV)";
        downloaded: "CSV 파일을 내려받았습니다.", "The CSV file has been downloaded.";
    }
}

/// The money chart: bars of the sums the articles report, per currency on separate
/// scales, or on one won scale using only the articles' own won amounts (no exchange rate
/// of ours). Which figures and the scales: `domain::money`.
#[component]
pub fn MoneyChart() -> impl IntoView {
    let site = use_site();
    let lang = site.lang;
    let t = move |f: fn(&MoneyUi) -> &'static str| move || f(MoneyUi::get(lang.get()));
    let won = RwSignal::new(false);
    let file_link = NodeRef::<leptos::html::A>::new();
    let downloaded = RwSignal::new(false);
    let download = move |_| {
        let l = lang.get_untracked();
        let origin = crate::hooks::origin();
        let link = move |id: &str| {
            let href = site.entity_href(crate::state::route::Entity::Event, id);
            format!("{origin}{href}")
        };
        if let Some(a) = file_link.get_untracked() {
            let text = crate::state::export::money_csv(l, &link);
            crate::hooks::download_text(
                &a,
                "crossroads-money.csv",
                "text/csv;charset=utf-8",
                &text,
            );
            downloaded.set(true);
        }
    };
    let chart = move || {
        let l = lang.get();
        let c = MoneyUi::get(l);
        if won.get() {
            let (g, left) = in_won();
            Either::Left(view! {
                {group(&g, c.in_won.to_string(), c.won_note, l)}
                {left_out(&left, l)}
            })
        } else {
            Either::Right(
                by_currency()
                    .iter()
                    .map(|g| group(g, unit_title(g.unit, l), c.group_note, l))
                    .collect_view(),
            )
        }
    };
    let mode = move |is_won: bool, label: fn(&MoneyUi) -> &'static str| {
        view! {
            <button
                type="button"
                class="money__mode"
                aria-pressed=move || (won.get() == is_won).to_string()
                on:click=move |_| won.set(is_won)
            >
                {t(label)}
            </button>
        }
    };
    view! {
        <section class="money" aria-labelledby="money-title">
            <h2 id="money-title">{t(|c| c.title)}</h2>
            <p>{t(|c| c.lede)}</p>
            <p class="money__rule">{t(|c| c.rule)}</p>
            <div class="money__modes" role="group" aria-label=t(|c| c.view)>
                {mode(false, |c| c.by_currency)}
                {mode(true, |c| c.in_won)}
            </div>
            <div class="money__chart">{chart}</div>
            <p class="money__min">{t(|c| c.min)}</p>
            <p class="money__tools">
                <button type="button" class="button" on:click=download>{t(|c| c.download)}</button>
                <a hidden node_ref=file_link></a>
                <span role="status">{move || downloaded.get().then(t(|c| c.downloaded))}</span>
            </p>
        </section>
    }
}

/// One group of bars on one scale: heading, note, and a labelled bar per figure (the label
/// is HTML, readable at any width; the bar is an SVG whose viewBox stretches).
fn group(g: &Group, title: String, note: &'static str, lang: Lang) -> impl IntoView {
    let id = format!("money-{}", g.unit.slug());
    let labelled_by = id.clone();
    let grid: Vec<i32> = g.scale.ticks().iter().map(|t| t.1).collect();
    let bars = g
        .bars
        .iter()
        .map(|b| bar(b, g.scale.len(b.value), &grid, lang))
        .collect_view();
    view! {
        <figure class="money__group" aria-labelledby=labelled_by>
            <figcaption>
                <h3 id=id class="money__group-title">{title}</h3>
                <p class="money__note">{note}</p>
            </figcaption>
            <ol class="money__bars">{bars}</ol>
            {axis(g, lang)}
        </figure>
    }
}

/// The scale under the bars: round amounts at even steps (the bars' gridlines). Each bar's
/// text says its exact amount, so screen readers skip the axis.
fn axis(g: &Group, lang: Lang) -> impl IntoView {
    let ticks = g.scale.ticks();
    let steps = ticks
        .len()
        .saturating_sub(1)
        .clamp(1, crate::domain::money::MAX_TICKS);
    let label = |v: f64| crate::domain::money::tick_label(v, g.unit, lang);
    let (last, rest) = ticks
        .split_last()
        .map_or((None, &[][..]), |(l, r)| (Some(l), r));
    view! {
        <div class=format!("money__axis money__axis--{steps}") aria-hidden="true">
            <span class="money__axis-name">{MoneyUi::get(lang).axis}</span>
            {rest
                .iter()
                .enumerate()
                .map(|(i, t)| {
                    // Every other label counted back from the end: those a phone leaves out.
                    let minor = i > 0 && (steps - i) % 2 == 1;
                    let class = if minor { "money__tick money__tick--minor" } else { "money__tick" };
                    view! { <span class=class>{label(t.0)}</span> }
                })
                .collect_view()}
            {last.map(|t| view! { <span class="money__tick money__tick--end">{label(t.0)}</span> })}
        </div>
    }
}

fn bar(b: &Bar, len: i32, grid: &[i32], lang: Lang) -> impl IntoView {
    let c = MoneyUi::get(lang);
    let e = b.event;
    // Korean pages show the amount as printed; English pages lead with the English amount
    // and cite the article's printed Korean as the original (issue 13: one vocabulary).
    let lead = match lang {
        Lang::Ko => b.as_reported.to_string(),
        Lang::En => {
            crate::data::amount::english(b.as_reported, b.value, b.figure.value_max, b.unit)
        }
    };
    let reading = (lang == Lang::En).then(|| {
        view! {
            " "
            <span class="money__original">
                "(" {crate::components::event_card::EventCardUi::get(lang).as_printed} ": "
                <span lang="ko">{b.as_reported}</span> ")"
            </span>
        }
    });
    let from = b.converted_from.map(|from| {
        view! {
            " "
            <span class="money__from">"(" {c.converted_from} " " <span lang="ko">{from}</span> ")"</span>
        }
    });
    let who: Vec<&str> = e
        .orgs
        .iter()
        .filter_map(|id| org(id))
        .filter(|o| o.kind != OrgKind::Media)
        .map(|o| o.name.get(lang))
        .collect();
    let source = first_source(e.cites).map(|(s, _)| {
        view! {
            <p class="money__source">
                {s.outlet.get(lang)} ", "
                <time datetime=s.date.iso()>{s.date.display(lang)}</time>
                {s.date_inferred.then(|| format!(" ({})", ui(lang).inferred))}
            </p>
        }
    });
    view! {
        <li class="money__row" data-event=e.id data-unit=b.unit.slug()>
            <p class="money__label">
                <strong class="money__amount" lang=lang.code()>{lead}</strong>
                {reading}
                {from}
            </p>
            <svg class="money__bar" viewBox="0 0 1000 20" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                <rect class="money__track" x="0" y="0" width="1000" height="20"></rect>
                <rect class="money__fill" x="0" y="0" width=len.max(0) height="20"></rect>
                {grid
                    .iter()
                    .map(|x| {
                        view! {
                            <line class="money__grid" x1=*x x2=*x y1="0" y2="20" vector-effect="non-scaling-stroke"></line>
                        }
                    })
                    .collect_view()}
            </svg>
            <p class="money__what">
                {who.join(", ")} " — " {b.figure.label.get(lang)} " · " <EventLink ev=e lang=lang />
            </p>
            {source}
        </li>
    }
}

/// Figures the won view leaves out, with their events.
fn left_out(items: &[(&'static Event, &'static Figure)], lang: Lang) -> impl IntoView {
    let rows = items
        .iter()
        .map(|(e, f)| {
            view! {
                <li>
                    <span lang="ko">{f.as_reported}</span> " — " {f.label.get(lang)}
                    " · " <EventLink ev=e lang=lang />
                </li>
            }
        })
        .collect_view();
    view! {
        <h3 class="money__left-title">{MoneyUi::get(lang).left_out}</h3>
        <ul class="money__left">{rows}</ul>
    }
}
