use crate::app::use_site;
use crate::data::{org, Lang, EVENTS};
use crate::pages::companies::markup::{tie_fact, ties_table};
use crate::pages::companies::network::{layout, ties, Tie, FONT, RADIUS};
use crate::pages::companies::profile::first_source;
use crate::pages::companies::{tr, CompaniesUi};
use crate::state::companies::{in_window, CompaniesQuery};
use crate::state::route::View;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

fn org_name(id: &str, lang: Lang) -> &'static str {
    org(id).map(|o| o.name.get(lang)).unwrap_or("")
}

/// "KT — Microsoft: <event title> (<date>). Source: <outlet> ¶ n": an edge's accessible name.
fn edge_label(t: &Tie, lang: Lang) -> String {
    let c = CompaniesUi::get(lang);
    let src = first_source(t.event.cites)
        .map(|(s, p)| format!(" {}: {} {} {p}", c.source, s.outlet.get(lang), c.para))
        .unwrap_or_default();
    format!(
        "{} — {}: {} ({}, {}).{}",
        org_name(t.a, lang),
        org_name(t.b, lang),
        t.event.title.get(lang),
        t.event.stance.label().get(lang),
        t.event.date_label(lang),
        src
    )
}

/// Year options for the date window: every year an event falls in.
fn years() -> Vec<u16> {
    let (lo, hi) = EVENTS.iter().fold((u16::MAX, 0), |(lo, hi), e| {
        (lo.min(e.date.y), hi.max(e.date.y))
    });
    (lo..=hi)
        .filter(|y| EVENTS.iter().any(|e| e.date.y == *y))
        .collect()
}

/// The alliance network: an SVG of the partner ties (laid out in plain Rust), filtered by
/// the `stance`, `from` and `to` parameters, navigable with the keyboard (one tab stop;
/// arrow keys move between edges), with a caption panel and a table as text alternative.
#[component]
pub fn NetworkGraph(
    query: Memo<CompaniesQuery>,
    set_query: UnsyncCallback<CompaniesQuery>,
) -> impl IntoView {
    let site = use_site();
    let lang = site.lang;
    let c = move || CompaniesUi::get(lang.get());
    let graph = Memo::new(move |_| layout(ties(), lang.get()));
    // Indices (into the layout's edges) of the edges that pass the filters, in reading order.
    let visible = Memo::new(move |_| {
        let (stances, from, to) = query.with(|q| (q.stance.clone(), q.from, q.to));
        graph.with(|g| {
            g.edges
                .iter()
                .enumerate()
                .filter(|(_, e)| {
                    let ev = e.tie.event;
                    (stances.is_empty() || stances.contains(&ev.stance))
                        && in_window(ev.date, from, to)
                })
                .map(|(i, _)| i)
                .collect::<Vec<usize>>()
        })
    });
    let active = RwSignal::new(None::<usize>);
    // On a phone the graph is small: the table is the readable version, so it starts open.
    let narrow = window()
        .inner_width()
        .ok()
        .and_then(|w| w.as_f64())
        .is_some_and(|w| w < 640.0);
    // The edge that holds the tab stop: the active one if visible, else the first.
    let current = Memo::new(move |_| {
        visible.with(|v| match active.get() {
            Some(a) if v.contains(&a) => Some(a),
            _ => v.first().copied(),
        })
    });
    let shown = move || visible.with(|v| active.get().filter(|a| v.contains(a)));

    let focus_edge = move |i: usize| {
        active.set(Some(i));
        if let Some(el) = document().get_element_by_id(&format!("network-edge-{i}")) {
            if let Ok(el) = el.dyn_into::<web_sys::SvgElement>() {
                let _ = el.focus();
            }
        }
    };
    let on_key = move |i: usize, ev: web_sys::KeyboardEvent| {
        let v = visible.get_untracked();
        let Some(p) = v.iter().position(|x| *x == i) else {
            return;
        };
        let next = match ev.key().as_str() {
            "ArrowRight" | "ArrowDown" => v.get(p + 1).copied().or(v.first().copied()),
            "ArrowLeft" | "ArrowUp" => {
                if p == 0 {
                    v.last().copied()
                } else {
                    v.get(p - 1).copied()
                }
            }
            "Home" => v.first().copied(),
            "End" => v.last().copied(),
            "Escape" => {
                active.set(None);
                return;
            }
            _ => return,
        };
        ev.prevent_default();
        if let Some(n) = next {
            focus_edge(n);
        }
    };

    let year_select = move |id: &'static str, is_from: bool| {
        let label = move || if is_from { c().net_from } else { c().net_to };
        let value = move || {
            query
                .with(|q| if is_from { q.from } else { q.to })
                .map(|d| d.iso())
                .unwrap_or_default()
        };
        view! {
            <div class="companies__field">
                <label for=id>{label}</label>
                <select
                    id=id
                    prop:value=value
                    on:change:target=move |ev| {
                        let v = crate::state::companies::parse_date(&ev.target().value());
                        let mut q = query.get_untracked();
                        if is_from { q.from = v } else { q.to = v }
                        set_query.run(q);
                    }
                >
                    <option value="">{tr(lang, |c| c.net_any)}</option>
                    // A finer date from a link (`2024-06`) keeps an option of its own.
                    {move || {
                        let v = value();
                        (v.len() > 4).then(|| view! { <option value=v.clone()>{v.clone()}</option> })
                    }}
                    {years().into_iter().map(|y| view! { <option value=y.to_string()>{y}</option> }).collect_view()}
                </select>
            </div>
        }
    };

    let svg = move || {
        let l = lang.get();
        graph.with(|g| {
            let vis = visible.get();
            let used = |id: &str| {
                vis.iter()
                    .any(|i| g.edges[*i].tie.a == id || g.edges[*i].tie.b == id)
            };
            let edges = vis
                .iter()
                .map(|i| {
                    let i = *i;
                    let e = &g.edges[i];
                    let label = edge_label(&e.tie, l);
                    let aria = label.clone();
                    let slug = e.tie.event.stance.slug();
                    let class = move || {
                        let on = if shown() == Some(i) { " network__edge--on" } else { "" };
                        format!("network__edge network__edge--{slug}{on}")
                    };
                    view! {
                        <g
                            id=format!("network-edge-{i}")
                            class=class
                            role="listitem"
                            tabindex=move || if current.get() == Some(i) { "0" } else { "-1" }
                            aria-label=aria
                            on:focus=move |_| active.set(Some(i))
                            on:mouseenter=move |_| active.set(Some(i))
                            on:click=move |_| active.set(Some(i))
                            on:keydown=move |ev| on_key(i, ev)
                        >
                            <title>{label}</title>
                            <path class="network__hit" d=e.d.clone() />
                            <path class="network__line" d=e.d.clone() />
                        </g>
                    }
                })
                .collect_view();
            let nodes = g
                .nodes
                .iter()
                .map(|n| {
                    let id = n.id;
                    let muted = if used(id) { "" } else { " network__node--muted" };
                    let class = move || {
                        let on = shown()
                            .and_then(|a| graph.with(|g| g.edges.get(a).map(|e| e.tie)))
                            .is_some_and(|t| t.a == id || t.b == id);
                        format!(
                            "network__node{muted}{}",
                            if on { " network__node--on" } else { "" }
                        )
                    };
                    view! {
                        <g class=class data-org=id>
                            <circle cx=n.x cy=n.y r=RADIUS />
                            <text x=n.label_x y=n.label_y text-anchor=n.anchor font-size=FONT>{n.label}</text>
                        </g>
                    }
                })
                .collect_view();
            view! {
                <svg
                    class="network__svg"
                    viewBox=format!("0 0 {} {}", g.width, g.height)
                    role="group"
                    aria-label=CompaniesUi::get(l).net_graph
                    aria-describedby="network-keys"
                >
                    <g class="network__edges" role="list">{edges}</g>
                    <g class="network__nodes" aria-hidden="true">{nodes}</g>
                </svg>
            }
        })
    };

    let link = move |v: View, p: &[(&'static str, String)]| site.href(v, p);
    let table = move || {
        let l = lang.get();
        graph.with(|g| {
            let vis = visible.get();
            ties_table(vis.iter().map(|i| &g.edges[*i].tie), l, &link)
        })
    };
    let caption = move || {
        let l = lang.get();
        match shown().and_then(|i| graph.with(|g| g.edges.get(i).map(|e| e.tie))) {
            Some(t) => tie_fact(&t, l, &link),
            None => {
                let mut w = crate::pages::companies::markup::W::new(l, &link);
                w.t(CompaniesUi::get(l).net_pick);
                format!("<p class=\"network__hint\">{}</p>", w.out)
            }
        }
    };

    view! {
        <section class="network" aria-labelledby="network-title">
            <h2 id="network-title">{tr(lang, |c| c.net_title)}</h2>
            <p>{tr(lang, |c| c.net_lede)}</p>
            <p class="network__rule">{tr(lang, |c| c.net_rule)}</p>
            <div class="network__filters">
                <p>{tr(lang, |c| c.net_follows)}</p>
                {year_select("network-from", true)}
                {year_select("network-to", false)}
                <p class="network__count" role="status">
                    {move || c().net_count.replace("{n}", &visible.with(Vec::len).to_string())}
                </p>
            </div>
            <p id="network-keys" class="network__keys">{tr(lang, |c| c.net_keys)}</p>
            <ul class="network__legend" aria-hidden="true">
                <li>{tr(lang, |c| c.net_korea)}</li>
                <li>{tr(lang, |c| c.net_middle)}</li>
                <li>{tr(lang, |c| c.net_global)}</li>
            </ul>
            <Show
                when=move || !visible.with(Vec::is_empty)
                fallback=move || view! { <p class="network__empty">{move || c().net_empty}</p> }
            >
                <div class="network__frame">{svg}</div>
            </Show>
            <div class="network__caption" id="network-caption" inner_html=caption></div>
            <details class="network__list" open=narrow>
                <summary>{tr(lang, |c| c.net_table)}</summary>
                <div class="network__table-wrap" inner_html=table></div>
            </details>
        </section>
    }
}
