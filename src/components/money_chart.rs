use crate::app::use_site;
use crate::domain::money::{by_currency, in_won};
use crate::pages::companies::markup::{left_out, money_group, unit_title};
use crate::pages::companies::{tr, CompaniesUi};
use crate::state::route::View;
use leptos::prelude::*;

/// The money chart: bars of the sums the articles report, per currency on separate
/// scales, or on one won scale using only the articles' own won amounts (no exchange rate
/// of ours). Scales and selection: `pages::companies::money`; rows: `markup::money_group`.
#[component]
pub fn MoneyChart() -> impl IntoView {
    let site = use_site();
    let lang = site.lang;
    let won = RwSignal::new(false);
    let chart = move || {
        let l = lang.get();
        let c = CompaniesUi::get(l);
        let link = move |v: View, p: &[(&'static str, String)]| site.href(v, p);
        if won.get() {
            let (g, left) = in_won();
            money_group(&g, c.money_in_won, c.money_won_note, l, &link) + &left_out(&left, l, &link)
        } else {
            by_currency()
                .iter()
                .map(|g| money_group(g, &unit_title(g.unit, l), c.money_group_note, l, &link))
                .collect::<String>()
        }
    };
    let mode = move |is_won: bool, label: fn(&CompaniesUi) -> &'static str| {
        view! {
            <button
                type="button"
                class="money__mode"
                aria-pressed=move || (won.get() == is_won).to_string()
                on:click=move |_| won.set(is_won)
            >
                {tr(lang, label)}
            </button>
        }
    };
    view! {
        <section class="money" aria-labelledby="money-title">
            <h2 id="money-title">{tr(lang, |c| c.money_title)}</h2>
            <p>{tr(lang, |c| c.money_lede)}</p>
            <p class="money__rule">{tr(lang, |c| c.money_rule)}</p>
            <div class="money__modes" role="group" aria-label=tr(lang, |c| c.money_view)>
                {mode(false, |c| c.money_by_currency)}
                {mode(true, |c| c.money_in_won)}
            </div>
            <div class="money__chart" inner_html=chart></div>
            <p class="money__min">{tr(lang, |c| c.money_min)}</p>
        </section>
    }
}
