use crate::app::use_site;
use crate::components::article_line::ArticleLine;
use crate::components::event_link::EventLink;
use crate::components::org_link::OrgLink;
use crate::components::stance_badge::StanceBadge;
use crate::data::{org, Lang, Stance, EVENTS};
use crate::domain::network::{layout, narrow_layout, ties, Layout, Node, Tie, FONT, RADIUS};
use crate::domain::profile::first_source;
use crate::state::companies::{in_window, CompaniesQuery};
use crate::state::params::parse_date;
use crate::state::route::View;
use leptos::either::Either;
use leptos::prelude::*;

crate::catalogue! {
    /// Strings of the alliance network.
    pub struct NetworkUi {
        title: "동맹 네트워크", "The alliance network";
        lede: "선 하나가 기사에 나온 협력·합병·투자 하나입니다.", "Each line is one partnership, merger or investment the articles report.";
        layout_wide: "왼쪽은 한국 기업, 오른쪽은 글로벌 기업, 가운데는 정부·국가·연합체입니다.", "Korean firms on the left, global firms on the right, governments, countries and alliances in the middle.";
        layout_narrow: "한 줄에 기관 하나가 있고, 왼쪽의 호 하나가 두 기관을 잇습니다.", "Each row is one organisation; each arc on the left joins two of them.";
        rule: "협력 사건은 기사가 주어로 다룬 기관과 나머지 기관을 잇고, 합병은 모두를, 투자는 두 곳만 나올 때 둘을 잇습니다. 함께 언급됐을 뿐인 기관, 경쟁자, 언론사, 모회사·자회사는 잇지 않습니다.", "A partnership event ties the organisation the article reports on to each other one it names; a merger ties all; an investment ties its two parties when it names exactly two. Organisations merely mentioned alongside, rivals, media and parent–subsidiary pairs are not tied.";
        keys: "기관을 누르면 그 기관과 협력 기관만 보입니다. 선 위에 마우스를 올리면 그 사실이 나옵니다. 키보드로는 Tab 키로 선이나 기관에 들어가 화살표 키로 옮겨 다니고, Enter 키로 기관을 고르고, Esc 키로 전체 네트워크로 돌아갑니다.", "Click a company to see it with its partners only; hover over a line to see its fact. With the keyboard, Tab into the lines or the companies and move with the arrow keys; Enter picks a company, Escape returns to the whole network.";
        keys_touch: "기관을 탭하면 그 기관과 협력 기관만 보입니다. 선을 탭하면 그 사실과 출처가 나옵니다.", "Tap a company to see it with its partners only. Tap a line to see its fact and source.";
        follows: "위의 입장 필터와 아래 날짜를 따릅니다.", "Follows the stance filter above and these dates.";
        graph: "동맹 네트워크 그래프", "Alliance network graph";
        nodes: "그래프의 기업·기관", "Organisations in the graph";
        node: "{name}: 이 기관과 협력 기관만 보기", "{name}: show it with its partners only";
        focused: "{name} 중심으로 보는 중", "Showing {name} and its partners";
        whole: "전체 네트워크로 돌아가기", "Back to the whole network";
        card: "{name} 카드 열기", "Open the {name} card";
        korea: "한국", "Korea";
        middle: "정부·국가·연합체", "Governments and alliances";
        global: "글로벌", "Global";
        key_lines: "선: 관계를 맺은 사건의 입장", "Lines: the stance of the event that ties them";
        key_nodes: "동그라미: 기사들이 지금 그 기관을 두는 자리", "Circles: where the articles place the organisation now";
        not_characterised: "기사가 그리지 않음", "Not characterised";
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

/// Whether a tie passes the stance and date filters and the focus (`network=`).
fn passes(t: &Tie, q: &CompaniesQuery) -> bool {
    let ev = t.event;
    (q.stance.is_empty() || q.stance.contains(&ev.stance))
        && in_window(ev.date, q.from, q.to)
        && q.network.is_none_or(|h| t.a == h || t.b == h)
}

/// The element a key moves to among its siblings (wrapping), if the key moves at all.
fn sibling_for(el: &web_sys::Element, key: &str) -> Option<web_sys::Element> {
    let parent = el.parent_element()?;
    match key {
        "ArrowRight" | "ArrowDown" => el
            .next_element_sibling()
            .or_else(|| parent.first_element_child()),
        "ArrowLeft" | "ArrowUp" => el
            .previous_element_sibling()
            .or_else(|| parent.last_element_child()),
        "Home" => parent.first_element_child(),
        "End" => parent.last_element_child(),
        _ => None,
    }
}

/// Move the focus with the arrow keys, Home and End among an element's siblings: the edges
/// of one graph, or its nodes. Returns whether the key was used.
fn rove(ev: &web_sys::KeyboardEvent) -> bool {
    use wasm_bindgen::JsCast;
    let Some(el) = ev
        .current_target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return false;
    };
    match sibling_for(&el, &ev.key()).and_then(|n| n.dyn_into::<web_sys::SvgElement>().ok()) {
        Some(next) => {
            ev.prevent_default();
            let _ = next.focus();
            true
        }
        None => false,
    }
}

/// Give the keyboard focus to an organisation's node in whichever graph is shown (the other
/// is `display: none` and cannot take it), once the view has been redrawn.
fn focus_node(id: &'static str) {
    #[cfg(not(feature = "ssr"))]
    request_animation_frame(move || {
        use wasm_bindgen::JsCast;
        let sel = format!(".network__svg [data-org=\"{id}\"]");
        if let Ok(list) = document().query_selector_all(&sel) {
            for k in 0..list.length() {
                if let Some(el) = list
                    .item(k)
                    .and_then(|n| n.dyn_into::<web_sys::SvgElement>().ok())
                {
                    let _ = el.focus();
                }
            }
        }
    });
    #[cfg(feature = "ssr")]
    let _ = id;
}

/// One drawing of the network (wide or narrow) and which of its edges are shown.
#[derive(Clone, Copy)]
struct Pane {
    graph: Memo<Layout>,
    /// Indices (into the layout's edges) of the edges that pass the filters, in reading order.
    visible: Memo<Vec<usize>>,
    /// The edge that holds the graph's tab stop: the active one if shown, else the first.
    current: Memo<Option<usize>>,
    narrow: bool,
}

impl Pane {
    fn new(
        graph: Memo<Layout>,
        query: Memo<CompaniesQuery>,
        active: RwSignal<Option<Tie>>,
        narrow: bool,
    ) -> Pane {
        let visible = Memo::new(move |_| {
            query.with(|q| {
                graph.with(|g| {
                    g.edges
                        .iter()
                        .enumerate()
                        .filter(|(_, e)| passes(&e.tie, q))
                        .map(|(i, _)| i)
                        .collect::<Vec<usize>>()
                })
            })
        });
        let current = Memo::new(move |_| {
            let a = active.get();
            visible.with(|v| {
                graph.with(|g| {
                    v.iter()
                        .copied()
                        .find(|i| Some(g.edges[*i].tie) == a)
                        .or(v.first().copied())
                })
            })
        });
        Pane {
            graph,
            visible,
            current,
            narrow,
        }
    }
}

/// The graph's reactive state, shared by both drawings, the keyboard and the caption.
#[derive(Clone, Copy)]
struct Net {
    query: Memo<CompaniesQuery>,
    set_query: UnsyncCallback<CompaniesQuery>,
    wide: Pane,
    narrow: Pane,
    /// The tie last hovered, focused or clicked.
    active: RwSignal<Option<Tie>>,
    hub: Memo<Option<&'static str>>,
}

impl Net {
    fn new(
        query: Memo<CompaniesQuery>,
        set_query: UnsyncCallback<CompaniesQuery>,
        lang: Memo<Lang>,
    ) -> Net {
        let hub = Memo::new(move |_| query.with(|q| q.network));
        let active = RwSignal::new(None::<Tie>);
        let wide = Memo::new(move |_| layout(ties(), lang.get()));
        let narrow = Memo::new(move |_| narrow_layout(ties(), hub.get(), lang.get()));
        Net {
            query,
            set_query,
            wide: Pane::new(wide, query, active, false),
            narrow: Pane::new(narrow, query, active, true),
            active,
            hub,
        }
    }

    /// The ties shown, in event order (the table and the count).
    fn shown_ties(self) -> Vec<Tie> {
        self.query
            .with(|q| ties().iter().filter(|t| passes(t, q)).copied().collect())
    }

    /// The active tie, if the filters show it.
    fn shown_tie(self) -> Option<Tie> {
        let a = self.active.get()?;
        self.query.with(|q| passes(&a, q)).then_some(a)
    }

    /// Focus the network on one organisation (or on the whole network with `None`), then
    /// give the keyboard focus to that organisation's node (or the one just left).
    fn set_hub(self, id: Option<&'static str>) {
        let before = self.hub.get_untracked();
        if before == id {
            return;
        }
        let mut q = self.query.get_untracked();
        q.network = id;
        self.active.set(None);
        self.set_query.run(q);
        if let Some(back) = id.or(before) {
            focus_node(back);
        }
    }

    /// Keys on an edge: arrows, Home and End move between edges; Escape clears the caption,
    /// or leaves the focus view.
    fn on_edge_key(self, ev: web_sys::KeyboardEvent) {
        if ev.key() == "Escape" {
            if self.hub.get_untracked().is_some() {
                self.set_hub(None);
            } else {
                self.active.set(None);
            }
        } else {
            rove(&ev);
        }
    }

    /// Keys on a node: arrows, Home and End move between nodes; Enter or Space focuses the
    /// network on it; Escape returns to the whole network.
    fn on_node_key(self, id: &'static str, ev: web_sys::KeyboardEvent) {
        match ev.key().as_str() {
            "Enter" | " " => {
                ev.prevent_default();
                self.set_hub(Some(id));
            }
            "Escape" => self.set_hub(None),
            _ => {
                rove(&ev);
            }
        }
    }

    /// One drawing: a focusable group per visible edge (a wide invisible hit line under the
    /// drawn one), then the nodes (buttons that focus the network on them), muted when
    /// none of their ties is shown.
    fn svg(self, pane: Pane, l: Lang) -> impl IntoView {
        let c = NetworkUi::get(l);
        let hub = self.hub.get();
        pane.graph.with(|g| {
            let vis = pane.visible.get();
            let used = |id: &str| {
                vis.iter()
                    .any(|i| g.edges[*i].tie.a == id || g.edges[*i].tie.b == id)
            };
            let edges = vis
                .iter()
                .map(|i| self.edge(pane, *i, &g.edges[*i].tie, &g.edges[*i].d, l))
                .collect_view();
            let tab_node = hub.or(g.nodes.first().map(|n| n.id));
            let nodes = g
                .nodes
                .iter()
                .map(|n| {
                    let state = match (hub == Some(n.id), used(n.id)) {
                        (true, _) => " network__node--hub",
                        (false, true) => "",
                        (false, false) => " network__node--muted",
                    };
                    self.node(n, state, tab_node == Some(n.id), c)
                })
                .collect_view();
            let kind = if pane.narrow { "narrow" } else { "wide" };
            view! {
                <svg
                    class=format!("network__svg network__svg--{kind}")
                    viewBox=format!("0 0 {} {}", g.width, g.height)
                    role="group"
                    aria-label=c.graph
                    aria-describedby="network-keys"
                >
                    <g class="network__edges" role="list">{edges}</g>
                    <g class="network__nodes" role="group" aria-label=c.nodes>{nodes}</g>
                </svg>
            }
        })
    }

    /// A node: its circle and label over a box that takes taps and clicks.
    fn node(self, n: &Node, state: &'static str, tab: bool, c: &NetworkUi) -> impl IntoView {
        let id = n.id;
        // The node's ring follows where the articles place the firm now.
        let road = crate::data::placement::bucket(id).slug();
        let class = move || {
            let on = self.shown_tie().is_some_and(|t| t.a == id || t.b == id);
            format!(
                "network__node network__node--{road}{state}{}",
                if on { " network__node--on" } else { "" }
            )
        };
        let (x0, y0, x1, y1) = n.bbox;
        let (w, h) = (x1 - x0, y1 - y0);
        let tabindex = if tab { "0" } else { "-1" };
        let pressed = if state == " network__node--hub" {
            "true"
        } else {
            "false"
        };
        view! {
            <g
                class=class
                data-org=id
                data-placement=road
                role="button"
                tabindex=tabindex
                aria-pressed=pressed
                aria-label=c.node.replace("{name}", n.label)
                on:click=move |_| self.set_hub(Some(id))
                on:keydown=move |ev| self.on_node_key(id, ev)
            >
                <rect class="network__tap" x=x0 y=y0 width=w height=h />
                <circle cx=n.x cy=n.y r=RADIUS />
                <text x=n.label_x y=n.label_y text-anchor=n.anchor font-size=FONT>{n.label}</text>
            </g>
        }
    }

    fn edge(self, pane: Pane, i: usize, tie: &Tie, d: &str, l: Lang) -> impl IntoView {
        let label = edge_label(tie, l);
        let aria = label.clone();
        let slug = tie.event.stance.slug();
        let tie = *tie;
        let class = move || {
            let on = if self.shown_tie() == Some(tie) {
                " network__edge--on"
            } else {
                ""
            };
            format!("network__edge network__edge--{slug}{on}")
        };
        view! {
            <g
                class=class
                role="listitem"
                tabindex=move || if pane.current.get() == Some(i) { "0" } else { "-1" }
                aria-label=aria
                on:focus=move |_| self.active.set(Some(tie))
                on:mouseenter=move |_| self.active.set(Some(tie))
                on:click=move |_| self.active.set(Some(tie))
                on:keydown=move |ev| self.on_edge_key(ev)
            >
                <title>{label}</title>
                <path class="network__hit" d=d.to_string() />
                <path class="network__line" d=d.to_string() />
            </g>
        }
    }
}

/// The legend: what each line style and each circle means, as small drawings with words
/// (colour is never the only cue: lines differ by dash, circles by fill and ring).
fn legend(lang: Memo<Lang>) -> impl IntoView {
    move || {
        let l = lang.get();
        let c = NetworkUi::get(l);
        let lines = Stance::ALL
            .iter()
            .map(|s| {
                view! {
                    <li>
                        <svg class="network__swatch" viewBox="0 0 36 14" aria-hidden="true">
                            <g class=format!("network__edge network__edge--{}", s.slug())>
                                <path class="network__line" d="M3 7H33" />
                            </g>
                        </svg>
                        {s.label().get(l)}
                    </li>
                }
            })
            .collect_view();
        let circles = Stance::ALL
            .iter()
            .map(|s| {
                let name = match s {
                    Stance::Context => c.not_characterised,
                    _ => s.label().get(l),
                };
                view! {
                    <li>
                        <svg class="network__swatch" viewBox="0 0 36 14" aria-hidden="true">
                            <g class=format!("network__node network__node--{}", s.slug())>
                                <circle cx="18" cy="7" r="6" />
                            </g>
                        </svg>
                        {name}
                    </li>
                }
            })
            .collect_view();
        view! {
            <div class="network__key">
                <p class="network__key-title" id="network-key-lines">{c.key_lines}</p>
                <ul aria-labelledby="network-key-lines">{lines}</ul>
                <p class="network__key-title" id="network-key-nodes">{c.key_nodes}</p>
                <ul aria-labelledby="network-key-nodes">{circles}</ul>
            </div>
        }
    }
}

/// Above the graph in the focus view: which organisation it shows, a way back to the whole
/// network and a link to that organisation's card.
fn focus_bar(net: Net) -> impl IntoView {
    let site = use_site();
    move || {
        let id = net.hub.get()?;
        let l = site.lang.get();
        let c = NetworkUi::get(l);
        let name = org_name(id, l);
        let mut q = net.query.get();
        q.network = None;
        let back = site.href(View::Companies, &q.pairs());
        let card = site.entity_href(crate::state::route::Entity::Company, id);
        Some(view! {
            <div class="network__focus">
                <p class="network__focus-title">{c.focused.replace("{name}", name)}</p>
                <a class="network__back" href=back>"← " {c.whole}</a>
                <a class="network__card" href=card>{c.card.replace("{name}", name)}</a>
            </div>
        })
    }
}

/// The alliance network: an SVG of the partner ties (laid out in `domain::network`: three
/// columns on wide screens, an arc diagram on narrow ones, both in the page and one shown
/// by CSS), filtered by the `stance`, `from` and `to` parameters and focused on one
/// organisation by `network`, navigable with the keyboard (one tab stop for the lines and
/// one for the organisations; arrow keys move), with a legend, a caption panel and a table
/// as text alternative.
#[component]
pub fn NetworkGraph(
    query: Memo<CompaniesQuery>,
    set_query: UnsyncCallback<CompaniesQuery>,
) -> impl IntoView {
    let lang = use_site().lang;
    let t = move |f: fn(&NetworkUi) -> &'static str| move || f(NetworkUi::get(lang.get()));
    let net = Net::new(query, set_query, lang);
    let caption = move || match net.shown_tie() {
        Some(tie) => Either::Left(tie_fact(tie, lang.get())),
        None => Either::Right(view! { <p class="network__hint">{t(|c| c.pick)}</p> }),
    };
    let count = Memo::new(move |_| net.shown_ties().len());
    let table = move || ties_table(net.shown_ties(), lang.get());
    view! {
        <section class="network" aria-labelledby="network-title">
            <h2 id="network-title">{t(|c| c.title)}</h2>
            <p>
                {t(|c| c.lede)} " "
                <span class="network__only-wide">{t(|c| c.layout_wide)}</span>
                <span class="network__only-narrow">{t(|c| c.layout_narrow)}</span>
            </p>
            <p class="network__rule">{t(|c| c.rule)}</p>
            <div class="network__filters">
                <p>{t(|c| c.follows)}</p>
                {year_select("network-from", true, query, set_query, lang)}
                {year_select("network-to", false, query, set_query, lang)}
                <p class="network__count" role="status">
                    {move || t(|c| c.count)().replace("{n}", &count.get().to_string())}
                </p>
            </div>
            <p id="network-keys" class="network__keys">
                <span class="network__keys-hover">{t(|c| c.keys)}</span>
                <span class="network__keys-touch">{t(|c| c.keys_touch)}</span>
            </p>
            {legend(lang)}
            {focus_bar(net)}
            <Show
                when=move || { count.get() > 0 }
                fallback=move || view! { <p class="network__empty">{t(|c| c.empty)}</p> }
            >
                <div class="network__frame network__frame--wide">
                    <ul class="network__legend" aria-hidden="true">
                        <li>{t(|c| c.korea)}</li>
                        <li>{t(|c| c.middle)}</li>
                        <li>{t(|c| c.global)}</li>
                    </ul>
                    {move || net.svg(net.wide, lang.get())}
                </div>
                <div class="network__frame network__frame--narrow">
                    {move || net.svg(net.narrow, lang.get())}
                </div>
            </Show>
            <div class="network__caption" id="network-caption">{caption}</div>
            <details class="network__list">
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
