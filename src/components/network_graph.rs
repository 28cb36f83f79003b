use crate::app::use_site;
use crate::components::article_line::ArticleLine;
use crate::components::event_link::EventLink;
use crate::components::org_link::OrgLink;
use crate::components::stance_badge::StanceBadge;
use crate::data::{org, Lang, EVENTS};
use crate::domain::network::{layout, ties, Layout, Tie, FONT, RADIUS};
use crate::domain::profile::first_source;
use crate::state::companies::{in_window, CompaniesQuery};
use crate::state::params::parse_date;
use leptos::either::Either;
use leptos::html;
use leptos::prelude::*;
use leptos::svg;

crate::catalogue! {
    /// Strings of the alliance network.
    pub struct NetworkUi {
        title: "동맹 네트워크", "The alliance network";
        lede: "선 하나가 기사에 나온 협력·합병·투자 하나입니다. 왼쪽은 한국 기업, 오른쪽은 글로벌 기업, 가운데는 정부·국가·연합체입니다.", "Each line is one partnership, merger or investment the articles report. Korean firms on the left, global firms on the right, governments, countries and alliances in the middle.";
        rule: "협력 사건은 기사가 주어로 다룬 기관과 나머지 기관을 잇고, 합병은 모두를, 투자는 두 곳만 나올 때 둘을 잇습니다. 함께 언급됐을 뿐인 기관, 경쟁자, 언론사, 모회사·자회사는 잇지 않습니다.", "A partnership event ties the organisation the article reports on to each other one it names; a merger ties all; an investment ties its two parties when it names exactly two. Organisations merely mentioned alongside, rivals, media and parent–subsidiary pairs are not tied.";
        keys: "선 위에 마우스를 올리거나, Tab 키로 그래프에 들어가 화살표 키로 선을 옮겨 다니세요.", "Hover over a line, or Tab into the graph and move between lines with the arrow keys.";
        follows: "위의 입장 필터와 아래 날짜를 따릅니다.", "Follows the stance filter above and these dates.";
        graph: "동맹 네트워크 그래프", "Alliance network graph";
        korea: "한국", "Korea";
        middle: "정부·국가·연합체", "Governments and alliances";
        global: "글로벌", "Global";
        from: "시작 연도", "From";
        to: "끝 연도", "To";
        any: "제한 없음", "Any";
        pick: "선을 고르면 그 사실과 출처가 여기에 나옵니다.", "Pick a line to see its fact and source here.";
        empty: "이 조건에 맞는 협력 관계가 없습니다.", "No tie matches these filters.";
        count: "관계 {n}건", "{n} ties";
        table: "같은 관계를 표로 보기", "The same ties as a table";
        col_orgs: "기관", "Organisations";
        col_what: "내용", "What happened";
        col_stance: "입장", "Stance";
        col_date: "날짜", "Date";
        col_source: "출처", "Source";
        source: "출처", "Source";
        para: "문단", "para.";
    }
}

fn org_name(id: &str, lang: Lang) -> &'static str {
    org(id).map(|o| o.name.get(lang)).unwrap_or("")
}

/// "KT — Microsoft: <event title> (<date>). Source: <outlet> ¶ n": an edge's accessible name.
fn edge_label(t: &Tie, lang: Lang) -> String {
    let c = NetworkUi::get(lang);
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

/// The graph's reactive state, shared by the SVG, its keyboard handling and the caption.
#[derive(Clone, Copy)]
struct Net {
    graph: Memo<Layout>,
    /// Indices (into the layout's edges) of the edges that pass the filters, in reading order.
    visible: Memo<Vec<usize>>,
    /// The edge last hovered, focused or clicked.
    active: RwSignal<Option<usize>>,
    /// The edge that holds the tab stop: the active one if visible, else the first.
    current: Memo<Option<usize>>,
    /// One element per layout edge, to move the focus with the arrow keys.
    refs: StoredValue<Vec<NodeRef<svg::G>>>,
}

impl Net {
    fn new(query: Memo<CompaniesQuery>, lang: Memo<Lang>) -> Net {
        let graph = Memo::new(move |_| layout(ties(), lang.get()));
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
        let current = Memo::new(move |_| {
            visible.with(|v| match active.get() {
                Some(a) if v.contains(&a) => Some(a),
                _ => v.first().copied(),
            })
        });
        let refs = StoredValue::new((0..ties().len()).map(|_| NodeRef::new()).collect());
        Net {
            graph,
            visible,
            active,
            current,
            refs,
        }
    }

    /// The active edge, if the filters show it.
    fn shown(self) -> Option<usize> {
        self.visible
            .with(|v| self.active.get().filter(|a| v.contains(a)))
    }

    fn shown_tie(self) -> Option<Tie> {
        self.shown()
            .and_then(|i| self.graph.with(|g| g.edges.get(i).map(|e| e.tie)))
    }

    fn focus_edge(self, i: usize) {
        self.active.set(Some(i));
        if let Some(el) = self
            .refs
            .with_value(|r| r.get(i).and_then(|n| n.get_untracked()))
        {
            let _ = el.focus();
        }
    }

    /// Arrow keys move between the visible edges (wrapping), Home/End jump, Escape clears.
    fn on_key(self, i: usize, ev: web_sys::KeyboardEvent) {
        let v = self.visible.get_untracked();
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
                self.active.set(None);
                return;
            }
            _ => return,
        };
        ev.prevent_default();
        if let Some(n) = next {
            self.focus_edge(n);
        }
    }

    /// The SVG: one focusable group per visible edge (a wide invisible hit line under the
    /// drawn one), then the nodes, muted when none of their ties is shown.
    fn svg(self, l: Lang) -> impl IntoView {
        self.graph.with(|g| {
            let vis = self.visible.get();
            let used = |id: &str| {
                vis.iter()
                    .any(|i| g.edges[*i].tie.a == id || g.edges[*i].tie.b == id)
            };
            let edges = vis.iter().map(|i| self.edge(*i, &g.edges[*i].tie, &g.edges[*i].d, l)).collect_view();
            let nodes = g
                .nodes
                .iter()
                .map(|n| {
                    let id = n.id;
                    let muted = if used(id) { "" } else { " network__node--muted" };
                    // The node's ring follows where the articles place the firm now.
                    let road = crate::data::placement::bucket(id).slug();
                    let class = move || {
                        let on = self.shown_tie().is_some_and(|t| t.a == id || t.b == id);
                        format!(
                            "network__node network__node--{road}{muted}{}",
                            if on { " network__node--on" } else { "" }
                        )
                    };
                    view! {
                        <g class=class data-org=id data-placement=road>
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
                    aria-label=NetworkUi::get(l).graph
                    aria-describedby="network-keys"
                >
                    <g class="network__edges" role="list">{edges}</g>
                    <g class="network__nodes" aria-hidden="true">{nodes}</g>
                </svg>
            }
        })
    }

    fn edge(self, i: usize, tie: &Tie, d: &str, l: Lang) -> impl IntoView {
        let label = edge_label(tie, l);
        let aria = label.clone();
        let slug = tie.event.stance.slug();
        let class = move || {
            let on = if self.shown() == Some(i) {
                " network__edge--on"
            } else {
                ""
            };
            format!("network__edge network__edge--{slug}{on}")
        };
        let node_ref = self
            .refs
            .with_value(|r| r.get(i).copied())
            .unwrap_or_default();
        view! {
            <g
                node_ref=node_ref
                class=class
                role="listitem"
                tabindex=move || if self.current.get() == Some(i) { "0" } else { "-1" }
                aria-label=aria
                on:focus=move |_| self.active.set(Some(i))
                on:mouseenter=move |_| self.active.set(Some(i))
                on:click=move |_| self.active.set(Some(i))
                on:keydown=move |ev| self.on_key(i, ev)
            >
                <title>{label}</title>
                <path class="network__hit" d=d.to_string() />
                <path class="network__line" d=d.to_string() />
            </g>
        }
    }
}

/// The alliance network: an SVG of the partner ties (laid out in `domain::network`),
/// filtered by the `stance`, `from` and `to` parameters, navigable with the keyboard (one
/// tab stop; arrow keys move between edges), with a caption panel and a table as text
/// alternative.
#[component]
pub fn NetworkGraph(
    query: Memo<CompaniesQuery>,
    set_query: UnsyncCallback<CompaniesQuery>,
) -> impl IntoView {
    let lang = use_site().lang;
    let t = move |f: fn(&NetworkUi) -> &'static str| move || f(NetworkUi::get(lang.get()));
    let net = Net::new(query, lang);
    let list = NodeRef::<html::Details>::new();
    // On a phone the graph is small: the table is the readable version, so it starts open.
    // Read after mounting (rendering never touches the window): wide screens keep it shut.
    Effect::new(move |_| {
        if let Some(d) = list.get() {
            if window()
                .inner_width()
                .ok()
                .and_then(|w| w.as_f64())
                .is_some_and(|w| w < 640.0)
            {
                d.set_open(true);
            }
        }
    });
    let caption = move || match net.shown_tie() {
        Some(tie) => Either::Left(tie_fact(tie, lang.get())),
        None => Either::Right(view! { <p class="network__hint">{t(|c| c.pick)}</p> }),
    };
    let table = move || {
        let l = lang.get();
        net.graph.with(|g| {
            let ties: Vec<Tie> = net.visible.get().iter().map(|i| g.edges[*i].tie).collect();
            ties_table(ties, l)
        })
    };
    view! {
        <section class="network" aria-labelledby="network-title">
            <h2 id="network-title">{t(|c| c.title)}</h2>
            <p>{t(|c| c.lede)}</p>
            <p class="network__rule">{t(|c| c.rule)}</p>
            <div class="network__filters">
                <p>{t(|c| c.follows)}</p>
                {year_select("network-from", true, query, set_query, lang)}
                {year_select("network-to", false, query, set_query, lang)}
                <p class="network__count" role="status">
                    {move || t(|c| c.count)().replace("{n}", &net.visible.with(Vec::len).to_string())}
                </p>
            </div>
            <p id="network-keys" class="network__keys">{t(|c| c.keys)}</p>
            <p class="network__keys">{move || crate::components::placement::PlacementUi::get(lang.get()).network_key}</p>
            <ul class="network__legend" aria-hidden="true">
                <li>{t(|c| c.korea)}</li>
                <li>{t(|c| c.middle)}</li>
                <li>{t(|c| c.global)}</li>
            </ul>
            <Show
                when=move || !net.visible.with(Vec::is_empty)
                fallback=move || view! { <p class="network__empty">{t(|c| c.empty)}</p> }
            >
                <div class="network__frame">{move || net.svg(lang.get())}</div>
            </Show>
            <div class="network__caption" id="network-caption">{caption}</div>
            <details class="network__list" node_ref=list>
                <summary>{t(|c| c.table)}</summary>
                <div class="network__table-wrap">{table}</div>
            </details>
        </section>
    }
}

/// A `<select>` of years for one end of the date window; a finer date from a link
/// (`2024-06`) keeps an option of its own.
fn year_select(
    id: &'static str,
    is_from: bool,
    query: Memo<CompaniesQuery>,
    set_query: UnsyncCallback<CompaniesQuery>,
    lang: Memo<Lang>,
) -> impl IntoView {
    let c = move || NetworkUi::get(lang.get());
    let label = move || if is_from { c().from } else { c().to };
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
                    let v = parse_date(&ev.target().value());
                    let mut q = query.get_untracked();
                    if is_from { q.from = v } else { q.to = v }
                    set_query.run(q);
                }
            >
                <option value="">{move || c().any}</option>
                {move || {
                    let v = value();
                    (v.len() > 4).then(|| view! { <option value=v.clone()>{v.clone()}</option> })
                }}
                {years().into_iter().map(|y| view! { <option value=y.to_string()>{y}</option> }).collect_view()}
            </select>
        </div>
    }
}

/// The caption of one tie: both cards, the event, its summary and its source.
fn tie_fact(t: Tie, lang: Lang) -> impl IntoView {
    let c = NetworkUi::get(lang);
    let e = t.event;
    let source = first_source(e.cites).map(|(s, p)| {
        view! {
            <p class="network__source">{c.source} ": " <ArticleLine source=s lang=lang para=p /></p>
        }
    });
    view! {
        <p class="network__pair"><OrgLink id=t.a lang=lang /> " — " <OrgLink id=t.b lang=lang /></p>
        <p>
            <StanceBadge stance=e.stance lang=lang /> " " <EventLink ev=e lang=lang /> " · "
            <time datetime=e.date.iso()>{e.date.display(lang)}</time>
        </p>
        <p class="network__summary">{e.summary.get(lang)}</p>
        {source}
    }
}

/// The network's text alternative: the same ties as a table.
fn ties_table(ties: Vec<Tie>, lang: Lang) -> impl IntoView {
    let c = NetworkUi::get(lang);
    let heads = [
        c.col_orgs,
        c.col_what,
        c.col_stance,
        c.col_date,
        c.col_source,
    ]
    .map(|h| view! { <th scope="col">{h}</th> });
    let rows = ties
        .into_iter()
        .map(|t| {
            let e = t.event;
            let source = first_source(e.cites)
                .map(|(s, p)| format!("{} ({} {p})", s.outlet.get(lang), c.para));
            view! {
                <tr>
                    <td><OrgLink id=t.a lang=lang /> " — " <OrgLink id=t.b lang=lang /></td>
                    <td><EventLink ev=e lang=lang /></td>
                    <td>{e.stance.label().get(lang)}</td>
                    <td><time datetime=e.date.iso()>{e.date.display(lang)}</time></td>
                    <td>{source}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="network__table">
            <thead><tr>{heads}</tr></thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn years_cover_the_events_without_gaps_of_empty_years() {
        let ys = years();
        assert!(ys.windows(2).all(|w| w[0] < w[1]));
        for e in EVENTS {
            assert!(ys.contains(&e.date.y), "{}", e.id);
        }
        assert!(ys.iter().all(|y| EVENTS.iter().any(|e| e.date.y == *y)));
    }
}
