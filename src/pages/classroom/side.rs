//! Take a side (a student's positions, kept in localStorage and in a shareable link) and the
//! teacher's compare view of several students' links.

use super::{use_set_query, ClassroomUi};
use crate::app::{use_site, Site};
use crate::components::placement::{now_summary, PlacementUi};
use crate::data::{org, Lang};
use crate::state::classroom::{ClassroomQuery, Section, MAX_SIDES};
use crate::state::query;
use crate::state::route::{self, View};
use crate::state::side::{clean, collect, Side, MAX_NAME, MAX_REASON, N, SIDE_ORGS};
use leptos::ev::SubmitEvent;
use leptos::prelude::*;

/// Where the draft is kept. The value is the versioned code of `crate::state::side`.
const KEY: &str = "crossroads.classroom.side";

/// The stored draft, validated: `(draft, discarded)`. A value that does not decode (damaged,
/// or written by another version) is removed and reported, never trusted.
fn load_draft() -> (Option<Side>, bool) {
    let Some(store) = window().local_storage().ok().flatten() else {
        return (None, false);
    };
    match store.get_item(KEY) {
        Ok(Some(raw)) if raw.trim().is_empty() => {
            let _ = store.remove_item(KEY);
            (None, false)
        }
        Ok(Some(raw)) => match Side::decode(&raw) {
            Ok(side) => (Some(side), false),
            Err(_) => {
                let _ = store.remove_item(KEY);
                (None, true)
            }
        },
        _ => (None, false),
    }
}

fn save_draft(side: &Side) {
    if let Some(store) = window().local_storage().ok().flatten() {
        let _ = if side.is_blank() {
            store.remove_item(KEY)
        } else {
            store.set_item(KEY, &side.encode())
        };
    }
}

/// The label of a position (0 = not placed).
fn pos_label(p: u8, c: &ClassroomUi) -> &'static str {
    match p {
        1 => c.pos1,
        2 => c.pos2,
        3 => c.pos3,
        4 => c.pos4,
        5 => c.pos5,
        _ => c.unplaced,
    }
}

fn org_name(i: usize, lang: Lang) -> &'static str {
    let id = SIDE_ORGS[i];
    if id == "south-korea" {
        return ClassroomUi::get(lang).korea_whole;
    }
    org(id).map_or(id, |o| o.name.get(lang))
}

/// Five dots with the chosen one marked (decorative: the label says the same in words),
/// then the label.
#[component]
fn Position(p: u8, lang: Lang) -> impl IntoView {
    view! {
        <span class=format!("classroom-dots classroom-dots--{p}") aria-hidden="true">
            <i></i><i></i><i></i><i></i><i></i>
        </span>
        {format!(" {}", pos_label(p, ClassroomUi::get(lang)))}
    }
}

/// A student's position as a printable table.
#[component]
fn Summary(side: Side, lang: Lang) -> impl IntoView {
    let c = ClassroomUi::get(lang);
    let who = if side.name.trim().is_empty() {
        c.anonymous.to_string()
    } else {
        side.name.clone()
    };
    let rows = (0..N)
        .map(|i| {
            view! {
                <tr>
                    <th scope="row">{org_name(i, lang)}</th>
                    <td><Position p=side.pos[i] lang /></td>
                    <td>{side.reasons[i].clone()}</td>
                    <td>{now_summary(SIDE_ORGS[i], lang)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <h3 id="side-result">{format!("{}: {who}", c.result_title)}</h3>
        <p>{format!("{}: {} / {N}", c.placed_of, side.placed())}</p>
        <div class="classroom-scroll">
            <table class="classroom-table">
                <thead>
                    <tr>
                        <th scope="col">{c.organisation}</th>
                        <th scope="col">{c.position}</th>
                        <th scope="col">{c.reason}</th>
                        <th scope="col">{PlacementUi::get(lang).articles_say}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// The mean of the placed positions for organisation `i` (not-placed ones do not count).
fn average(sides: &[Side], i: usize) -> Option<f32> {
    let placed: Vec<f32> = sides
        .iter()
        .filter_map(|s| s.pos.get(i).copied())
        .filter(|p| *p > 0)
        .map(f32::from)
        .collect();
    (!placed.is_empty()).then(|| placed.iter().sum::<f32>() / placed.len() as f32)
}

/// The heading of student `k`'s column: their name, or "Student <k+1>".
fn column_name(s: &Side, k: usize, c: &ClassroomUi) -> String {
    if s.name.trim().is_empty() {
        format!("{} {}", c.student, k + 1)
    } else {
        s.name.clone()
    }
}

/// Several students' positions side by side, with the class average.
#[component]
fn CompareTable(sides: Vec<Side>, lang: Lang) -> impl IntoView {
    let c = ClassroomUi::get(lang);
    let heads = sides
        .iter()
        .enumerate()
        .map(|(k, s)| view! { <th scope="col">{column_name(s, k, c)}</th> })
        .collect_view();
    let rows = (0..N)
        .map(|i| {
            let cells = sides
                .iter()
                .map(|s| {
                    let reason = (!s.reasons[i].is_empty()).then(|| {
                        view! { <span class="classroom-compare__reason">{s.reasons[i].clone()}</span> }
                    });
                    view! { <td><Position p=s.pos[i] lang />{reason}</td> }
                })
                .collect_view();
            let avg = average(&sides, i).map(|avg| {
                view! { <Position p=avg.round() as u8 lang />{format!(" ({avg:.1})")} }
            });
            view! {
                <tr>
                    <th scope="row">{org_name(i, lang)}</th>
                    {cells}
                    <td class="classroom-compare__avg">{avg}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="classroom-scroll" tabindex="0" role="region" aria-label=c.compare_table>
            <table class="classroom-table classroom-compare">
                <caption>{c.compare_table}</caption>
                <thead>
                    <tr>
                        <th scope="col">{c.organisation}</th>
                        {heads}
                        <th scope="col">{c.compare_average}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// A change the student makes to the draft.
#[derive(Clone)]
enum Edit {
    Name(String),
    Pos(usize, u8),
    Reason(usize, String),
    Clear,
}

/// Apply an edit to a draft. Text is cleaned; an organisation or position out of range
/// changes nothing.
fn apply(d: &mut Side, e: Edit) {
    match e {
        Edit::Name(v) => d.name = clean(&v, MAX_NAME),
        Edit::Pos(i, p) => {
            if let (Some(x), true) = (d.pos.get_mut(i), (1..=5).contains(&p)) {
                *x = p;
            }
        }
        Edit::Reason(i, v) => {
            if let Some(r) = d.reasons.get_mut(i) {
                *r = clean(&v, MAX_REASON);
            }
        }
        Edit::Clear => *d = Side::default(),
    }
}

/// One organisation of the form: its five places on the scale, a reason, and a link to
/// its company card.
#[component]
fn OrgChoice(
    i: usize,
    lang: Lang,
    draft: RwSignal<Side>,
    edit: UnsyncCallback<Edit>,
) -> impl IntoView {
    let site = use_site();
    let c = ClassroomUi::get(lang);
    let name = org_name(i, lang);
    let group = format!("pos-{i}");
    let pos = Memo::new(move |_| draft.with(|d| d.pos[i]));
    let reason = Memo::new(move |_| draft.with(|d| d.reasons[i].clone()));
    let places = (1..=5u8)
        .map(|p| {
            view! {
                <label class="classroom-scale__option">
                    <input
                        type="radio"
                        name=group.clone()
                        value=p
                        prop:checked=move || pos.get() == p
                        on:change=move |_| edit.run(Edit::Pos(i, p))
                    />
                    <span>{pos_label(p, c)}</span>
                </label>
            }
        })
        .collect_view();
    let hidden = match lang {
        Lang::Ko => format!(" ({name}{})", c.reason_for),
        Lang::En => format!(" {} {name}", c.reason_for),
    };
    let id = SIDE_ORGS[i];
    let card = (id != "south-korea").then(|| {
        view! {
            <a class="classroom-side__card" href=site.href(View::Companies, &[("company", id.to_string())])>
                {c.card}
                <span class="visually-hidden">{format!(": {name}")}</span>
            </a>
        }
    });
    view! {
        <li class="classroom-side__org">
            <fieldset class="classroom-scale">
                <legend>{name}</legend>
                <div class="classroom-scale__options">{places}</div>
            </fieldset>
            <label class="classroom-side__reason">
                <span>{c.reason}</span>
                <span class="visually-hidden">{hidden}</span>
                <input
                    type="text"
                    maxlength=MAX_REASON
                    autocomplete="off"
                    prop:value=move || reason.get()
                    on:input:target=move |ev| edit.run(Edit::Reason(i, ev.target().value()))
                />
            </label>
            {card}
        </li>
    }
}

/// The take-a-side form: every field shows the draft and every change goes through `edit`.
#[component]
fn SideForm(lang: Lang, draft: RwSignal<Side>, edit: UnsyncCallback<Edit>) -> impl IntoView {
    let c = ClassroomUi::get(lang);
    let name = Memo::new(move |_| draft.with(|d| d.name.clone()));
    let orgs = (0..N)
        .map(|i| view! { <OrgChoice i lang draft edit /> })
        .collect_view();
    view! {
        <form class="classroom-side__form" on:submit=|ev: SubmitEvent| ev.prevent_default()>
            <label class="classroom-side__name">
                <span>{c.your_name}</span>
                <input
                    type="text"
                    maxlength=MAX_NAME
                    autocomplete="off"
                    prop:value=move || name.get()
                    on:input:target=move |ev| edit.run(Edit::Name(ev.target().value()))
                />
            </label>
            <p class="classroom-scale__key">{c.scale_key}</p>
            <ol class="classroom-side__list">{orgs}</ol>
        </form>
    }
}

/// An absolute link to the classroom with these parameters (and the language, if chosen).
fn absolute_link(origin: &str, site: Site, params: Vec<(&'static str, String)>) -> String {
    let mut pairs: Vec<(&str, String)> = Vec::new();
    if let Some(l) = site.shell.with(|(s, _)| s.lang) {
        pairs.push(("lang", l.code().to_string()));
    }
    pairs.extend(params);
    format!(
        "{origin}{}",
        route::href(site.base, View::Classroom, &query::build(&pairs))
    )
}

/// Copy text to the clipboard if the browser allows it; reports the outcome.
fn copy_text(text: String, done: RwSignal<Option<bool>>) {
    leptos::task::spawn_local(async move { done.set(Some(crate::hooks::copy_text(text).await)) });
}

#[component]
pub fn TakeSide(query: Memo<ClassroomQuery>) -> impl IntoView {
    let site = use_site();
    let set_query = use_set_query();
    // A draft in the link wins; otherwise the one stored on this device is read after
    // mounting (below), since storage belongs to the browser, not to rendering.
    let draft = RwSignal::new(query.with_untracked(|q| q.side.clone()).unwrap_or_default());
    let discarded = RwSignal::new(false);
    let copied = RwSignal::new(None::<bool>);
    let origin = RwSignal::new(String::new());
    Effect::new(move |_| {
        let (stored, bad) = load_draft();
        discarded.set(bad);
        if let (Some(s), true) = (stored, query.with_untracked(|q| q.side.is_none())) {
            draft.set(s);
        }
        origin.set(window().location().origin().unwrap_or_default());
    });
    // What this form last wrote to the URL: seeing it come back is not an outside change.
    let written = StoredValue::new(None::<Side>);
    // Another link or the back button brings a different side: it replaces the draft.
    Effect::new(move |_| {
        if let Some(s) = query.with(|q| q.side.clone()) {
            let ours = written.with_value(|w| w.as_ref() == Some(&s));
            if !ours && draft.with_untracked(|d| *d != s) {
                draft.set(s);
            }
        }
    });
    let edit = UnsyncCallback::new(move |e: Edit| {
        draft.update(|d| apply(d, e));
        copied.set(None);
        let side = draft.get_untracked();
        save_draft(&side);
        written.set_value((!side.is_blank()).then(|| side.clone()));
        set_query(&ClassroomQuery {
            section: Section::Side,
            side: (!side.is_blank()).then_some(side),
            ..Default::default()
        });
    });
    let code = Memo::new(move |_| draft.with(Side::encode));
    let link = Memo::new(move |_| {
        absolute_link(
            &origin.get(),
            site,
            vec![("section", "side".into()), ("side", code.get())],
        )
    });
    let compare_href = move || {
        site.href(
            View::Classroom,
            &[("section", "compare".into()), ("sides", code.get())],
        )
    };

    move || {
        let lang = site.lang.get();
        let c = ClassroomUi::get(lang);
        view! {
            <section class="classroom__section classroom-side" aria-labelledby="classroom-side">
                <h2 id="classroom-side">{c.side_title}</h2>
                <Show when=move || discarded.get()>
                    <p class="classroom-note" role="alert">{c.draft_discarded}</p>
                </Show>
                <p>{c.side_intro}</p>
                <p class="classroom__muted">{c.side_private}</p>
                <SideForm lang draft edit />
                <section class="classroom-share" aria-labelledby="side-share">
                    <h3 id="side-share">{c.share_title}</h3>
                    <label class="classroom-share__link">
                        <span>{c.share_link}</span>
                        <input type="text" readonly prop:value=move || link.get() />
                    </label>
                    <p class="classroom-share__actions">
                        <button type="button" class="button button--primary" on:click=move |_| copy_text(link.get_untracked(), copied)>
                            {c.copy}
                        </button>
                        <a class="button" href=compare_href>{c.compare_with}</a>
                        <button type="button" class="button" on:click=move |_| edit.run(Edit::Clear)>{c.clear}</button>
                        <span role="status" class="classroom-share__status">
                            {move || copied.get().map(|ok| if ok { c.copied } else { c.copy_failed })}
                        </span>
                    </p>
                </section>
                <section class="classroom-result" aria-labelledby="side-result">
                    {move || draft.with(|d| view! { <Summary side=d.clone() lang /> })}
                </section>
            </section>
        }
    }
}

crate::catalogue! {
    /// The compare view's report on a paste of students' links.
    struct PasteUi {
        read: "붙여 넣은 글에서 읽은 입장: {n}개", "Positions read from the pasted text: {n}";
        added: "표에 더한 입장: {n}개", "Added to the table: {n}";
        duplicates: "이미 표에 있는 것과 똑같아 한 번만 센 입장(같은 링크를 두 번 보낸 경우): {n}개", "Identical to one already in the table, so counted once (the same link sent twice): {n}";
        over: "표가 가득 차서(최대 {max}명) 더하지 못한 입장: {n}개", "Not added because the table is full ({max} students at most): {n}";
        ignored: "입장이 아니어서 무시한 링크·줄: {n}개", "Ignored (links or lines that hold no position): {n}";
        more: "외 {n}개", "and {n} more";
    }
}

/// How many ignored items the note lists by name (the count covers them all).
const LISTED: usize = 12;

/// What the last paste did, for the note under the form.
#[derive(Clone, Default)]
struct PasteReport {
    read: usize,
    added: usize,
    duplicates: usize,
    over: usize,
    ignored: Vec<String>,
}

/// The note on a paste: counts first, then what was ignored, by name.
#[component]
fn PasteNote(report: PasteReport, lang: Lang) -> impl IntoView {
    let p = PasteUi::get(lang);
    let c = ClassroomUi::get(lang);
    let n = |t: &str, n: usize| t.replace("{n}", &n.to_string());
    let line = |show: bool, text: String| show.then(|| view! { <li>{text}</li> });
    let more = report.ignored.len().saturating_sub(LISTED);
    let listed = report
        .ignored
        .iter()
        .take(LISTED)
        .map(|b| view! { <li><code>{b.clone()}</code></li> })
        .collect_view();
    let ignored = (!report.ignored.is_empty()).then(|| {
        view! {
            <p><strong>{c.compare_bad}</strong></p>
            <ul class="classroom-compare__ignored">
                {listed}
                {(more > 0).then(|| view! { <li>{n(p.more, more)}</li> })}
            </ul>
        }
    });
    view! {
        <ul class="classroom-compare__counts">
            <li><strong>{n(p.read, report.read)}</strong></li>
            {line(true, n(p.added, report.added))}
            {line(report.duplicates > 0, n(p.duplicates, report.duplicates))}
            {line(report.over > 0, n(p.over, report.over).replace("{max}", &MAX_SIDES.to_string()))}
            {line(!report.ignored.is_empty(), n(p.ignored, report.ignored.len()))}
        </ul>
        {ignored}
    }
}

#[component]
pub fn Compare(query: Memo<ClassroomQuery>) -> impl IntoView {
    let site = use_site();
    let set_query = use_set_query();
    let text = RwSignal::new(String::new());
    let report = RwSignal::new(None::<PasteReport>);
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let got = query.with_untracked(|q| collect(&q.sides, &text.get_untracked(), MAX_SIDES));
        report.set(Some(PasteReport {
            read: got.read,
            added: got.added,
            duplicates: got.duplicates,
            over: got.over,
            ignored: got.ignored,
        }));
        text.set(String::new());
        set_query(&ClassroomQuery {
            section: Section::Compare,
            sides: got.sides,
            ..Default::default()
        });
    };
    let sides = Memo::new(move |_| query.with(|q| q.sides.clone()));

    move || {
        let lang = site.lang.get();
        let c = ClassroomUi::get(lang);
        view! {
            <section class="classroom__section" aria-labelledby="classroom-compare">
                <h2 id="classroom-compare">{c.compare_title}</h2>
                <p id="classroom-compare-intro">{c.compare_intro}</p>
                <form class="classroom-compare__form" on:submit=submit.clone()>
                    <label>
                        <span>{c.compare_links}</span>
                        <textarea
                            rows="8"
                            aria-describedby="classroom-compare-intro"
                            prop:value=move || text.get()
                            on:input:target=move |ev| text.set(ev.target().value())
                        ></textarea>
                    </label>
                    <button type="submit" class="button button--primary">{c.compare_go}</button>
                </form>
                <div class="classroom-compare__report" role="status">
                    {move || report.get().map(|r| view! { <div class="classroom-note"><PasteNote report=r lang /></div> })}
                </div>
                <Show
                    when=move || sides.with(|s| !s.is_empty())
                    fallback=move || view! { <p>{c.compare_none}</p> }
                >
                    {move || sides.with(|s| view! { <CompareTable sides=s.clone() lang /> })}
                    <p><a href=site.href(View::Classroom, &[("section", "compare".into())])>{c.compare_clear}</a></p>
                </Show>
            </section>
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edits_change_the_draft_and_garbage_changes_nothing() {
        let mut d = Side::default();
        apply(&mut d, Edit::Name("A".into()));
        assert_eq!(d.name, "A");
        apply(&mut d, Edit::Pos(3, 5));
        assert_eq!(d.pos[3], 5);
        apply(&mut d, Edit::Reason(10, "x\ny".into()));
        assert_eq!(d.reasons[10], "x y", "one line");
        apply(&mut d, Edit::Name("n".repeat(MAX_NAME + 5)));
        assert_eq!(d.name.chars().count(), MAX_NAME);
        let before = d.clone();
        apply(&mut d, Edit::Pos(N, 1));
        apply(&mut d, Edit::Pos(1, 6));
        apply(&mut d, Edit::Pos(1, 0));
        apply(&mut d, Edit::Reason(N, "x".into()));
        assert_eq!(d, before);
        apply(&mut d, Edit::Clear);
        assert!(d.is_blank());
    }

    #[test]
    fn paste_reports_show_their_count() {
        for (key, ko, en) in PasteUi::entries() {
            assert!(
                ko.contains("{n}") && en.contains("{n}"),
                "{key} shows its count"
            );
        }
    }

    #[test]
    fn compare_averages_placed_positions_only() {
        let mut a = Side::default();
        let mut b = Side::default();
        a.pos[0] = 1;
        b.pos[0] = 4;
        let sides = [a, b, Side::default()];
        assert_eq!(average(&sides, 0), Some(2.5));
        assert_eq!(average(&sides, 1), None, "nobody placed it");
        assert_eq!(
            column_name(&sides[2], 2, ClassroomUi::get(Lang::En)),
            "Student 3"
        );
    }
}
