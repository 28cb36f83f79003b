//! Take a side (a student's positions, kept in localStorage and in a shareable link) and the
//! teacher's compare view of several students' links.

use super::html::Html;
use super::{use_set_query, ClassroomUi};
use crate::app::{shorten, use_site, Site};
use crate::components::placement::{now_summary, PlacementUi};
use crate::data::{org, Lang};
use crate::state::classroom::{ClassroomQuery, Section, MAX_SIDES};
use crate::state::query;
use crate::state::route::{self, View};
use crate::state::side::{clean, code_from_link, Side, MAX_NAME, MAX_REASON, N, SIDE_ORGS};
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;

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
fn position(h: &mut Html, p: u8, c: &ClassroomUi) {
    h.open(
        "span",
        &[
            ("class", &format!("classroom-dots classroom-dots--{p}")),
            ("aria-hidden", "true"),
        ],
    );
    for _ in 0..5 {
        h.open("i", &[]).close("i");
    }
    h.close("span").text(&format!(" {}", pos_label(p, c)));
}

/// A student's position as a printable table.
fn summary_html(d: &Side, lang: Lang) -> String {
    let c = ClassroomUi::get(lang);
    let who = if d.name.trim().is_empty() {
        c.anonymous
    } else {
        &d.name
    };
    let mut h = Html::default();
    h.el(
        "h3",
        &[("id", "side-result")],
        &format!("{}: {who}", c.result_title),
    )
    .el("p", &[], &format!("{}: {} / {N}", c.placed_of, d.placed()))
    .open("div", &[("class", "classroom-scroll")])
    .open("table", &[("class", "classroom-table")])
    .open("thead", &[])
    .open("tr", &[]);
    let articles_say = PlacementUi::get(lang).articles_say;
    for col in [c.organisation, c.position, c.reason, articles_say] {
        h.el("th", &[("scope", "col")], col);
    }
    h.close("tr").close("thead").open("tbody", &[]);
    for (i, id) in SIDE_ORGS.iter().enumerate() {
        h.open("tr", &[])
            .el("th", &[("scope", "row")], org_name(i, lang))
            .open("td", &[]);
        position(&mut h, d.pos[i], c);
        h.close("td")
            .el("td", &[], &d.reasons[i])
            .el("td", &[], &now_summary(id, lang))
            .close("tr");
    }
    h.close("tbody").close("table").close("div");
    h.0
}

/// Several students' positions side by side, with the class average.
fn compare_html(sides: &[Side], lang: Lang) -> String {
    let c = ClassroomUi::get(lang);
    let mut h = Html::default();
    h.open(
        "div",
        &[
            ("class", "classroom-scroll"),
            ("tabindex", "0"),
            ("role", "region"),
            ("aria-label", c.compare_table),
        ],
    )
    .open("table", &[("class", "classroom-table classroom-compare")])
    .el("caption", &[], c.compare_table)
    .open("thead", &[])
    .open("tr", &[])
    .el("th", &[("scope", "col")], c.organisation);
    for (k, s) in sides.iter().enumerate() {
        let name = if s.name.trim().is_empty() {
            format!("{} {}", c.student, k + 1)
        } else {
            s.name.clone()
        };
        h.el("th", &[("scope", "col")], &name);
    }
    h.el("th", &[("scope", "col")], c.compare_average)
        .close("tr")
        .close("thead")
        .open("tbody", &[]);
    for i in 0..N {
        h.open("tr", &[])
            .el("th", &[("scope", "row")], org_name(i, lang));
        for s in sides {
            h.open("td", &[]);
            position(&mut h, s.pos[i], c);
            if !s.reasons[i].is_empty() {
                h.el(
                    "span",
                    &[("class", "classroom-compare__reason")],
                    &s.reasons[i],
                );
            }
            h.close("td");
        }
        h.open("td", &[("class", "classroom-compare__avg")]);
        let placed: Vec<f32> = sides
            .iter()
            .map(|s| s.pos[i])
            .filter(|p| *p > 0)
            .map(f32::from)
            .collect();
        if !placed.is_empty() {
            let avg = placed.iter().sum::<f32>() / placed.len() as f32;
            position(&mut h, avg.round() as u8, c);
            h.text(&format!(" ({avg:.1})"));
        }
        h.close("td").close("tr");
    }
    h.close("tbody").close("table").close("div");
    h.0
}

/// The take-a-side form, filled in from `d`. Its inputs are named `name`, `pos-<i>` and
/// `reason-<i>`; one delegated `input` listener on the form reads them (see [`edit_of`]).
fn form_html(d: &Side, lang: Lang, site: Site) -> String {
    let c = ClassroomUi::get(lang);
    let mut h = Html::default();
    let name_max = MAX_NAME.to_string();
    let reason_max = MAX_REASON.to_string();
    h.open("label", &[("class", "classroom-side__name")])
        .el("span", &[], c.your_name)
        .open(
            "input",
            &[
                ("type", "text"),
                ("name", "name"),
                ("maxlength", &name_max),
                ("autocomplete", "off"),
                ("value", &d.name),
            ],
        )
        .close("label")
        .el("p", &[("class", "classroom-scale__key")], c.scale_key)
        .open("ol", &[("class", "classroom-side__list")]);
    for (i, id) in SIDE_ORGS.iter().enumerate() {
        let name = org_name(i, lang);
        let group = format!("pos-{i}");
        h.open("li", &[("class", "classroom-side__org")])
            .open("fieldset", &[("class", "classroom-scale")])
            .el("legend", &[], name)
            .open("div", &[("class", "classroom-scale__options")]);
        for p in 1..=5u8 {
            let value = p.to_string();
            let mut attrs = vec![("type", "radio"), ("name", &group), ("value", &value)];
            if d.pos[i] == p {
                attrs.push(("checked", ""));
            }
            h.open("label", &[("class", "classroom-scale__option")])
                .open("input", &attrs)
                .el("span", &[], pos_label(p, c))
                .close("label");
        }
        let hidden = match lang {
            Lang::Ko => format!(" ({name}{})", c.reason_for),
            Lang::En => format!(" {} {name}", c.reason_for),
        };
        h.close("div")
            .close("fieldset")
            .open("label", &[("class", "classroom-side__reason")])
            .el("span", &[], c.reason)
            .el("span", &[("class", "visually-hidden")], &hidden)
            .open(
                "input",
                &[
                    ("type", "text"),
                    ("name", &format!("reason-{i}")),
                    ("maxlength", &reason_max),
                    ("autocomplete", "off"),
                    ("value", &d.reasons[i]),
                ],
            )
            .close("label");
        if *id != "south-korea" {
            h.open(
                "a",
                &[
                    ("class", "classroom-side__card"),
                    (
                        "href",
                        &site.href(View::Companies, &[("company", id.to_string())]),
                    ),
                ],
            )
            .text(c.card)
            .el(
                "span",
                &[("class", "visually-hidden")],
                &format!(": {name}"),
            )
            .close("a");
        }
        h.close("li");
    }
    h.close("ol");
    h.0
}

/// The edit an input of the form makes, from the input's `name` and `value`.
fn edit_of(name: &str, value: String) -> Option<Edit> {
    if name == "name" {
        return Some(Edit::Name(value));
    }
    let index = |s: &str| s.parse::<usize>().ok().filter(|i| *i < N);
    if let Some(i) = name.strip_prefix("pos-").and_then(index) {
        let p = value.parse::<u8>().ok().filter(|p| (1..=5).contains(p))?;
        return Some(Edit::Pos(i, p));
    }
    name.strip_prefix("reason-")
        .and_then(index)
        .map(|i| Edit::Reason(i, value))
}

/// An absolute link to the classroom with these parameters (and the language, if chosen).
fn absolute_link(site: Site, params: Vec<(&'static str, String)>) -> String {
    let mut pairs: Vec<(&str, String)> = Vec::new();
    if let Some(l) = site.shell.with(|(s, _)| s.lang) {
        pairs.push(("lang", l.code().to_string()));
    }
    pairs.extend(params);
    let origin = window().location().origin().unwrap_or_default();
    format!(
        "{origin}{}",
        route::href(site.base, View::Classroom, &query::build(&pairs))
    )
}

/// Copy text to the clipboard if the browser allows it; reports the outcome.
fn copy_text(text: &str, done: RwSignal<Option<bool>>) {
    let nav = window().navigator();
    let has = js_sys::Reflect::get(&nav, &JsValue::from_str("clipboard"))
        .map(|c| !c.is_undefined() && !c.is_null())
        .unwrap_or(false);
    if !has {
        done.set(Some(false));
        return;
    }
    let ok = Closure::<dyn FnMut(JsValue)>::new(move |_| done.set(Some(true)));
    let err = Closure::<dyn FnMut(JsValue)>::new(move |_| done.set(Some(false)));
    let _ = nav.clipboard().write_text(text).then2(&ok, &err);
    ok.forget();
    err.forget();
}

#[derive(Clone)]
enum Edit {
    Name(String),
    Pos(usize, u8),
    Reason(usize, String),
    Clear,
}

#[component]
pub fn TakeSide(query: Memo<ClassroomQuery>) -> impl IntoView {
    let site = use_site();
    let set_query = use_set_query();
    let (stored, discarded) = load_draft();
    let from_link = query.with_untracked(|q| q.side.clone());
    let draft = RwSignal::new(from_link.or(stored).unwrap_or_default());
    let discarded = RwSignal::new(discarded);
    let copied = RwSignal::new(None::<bool>);
    // The form's inputs hold what the student types; the form is redrawn from the draft
    // only when the draft changes from outside (another link, the back button, "clear").
    // The counter goes into the markup so that a redraw to the same text still replaces
    // what the student typed.
    let redraw = RwSignal::new(0u32);
    // What this form last wrote to the URL: seeing it come back is not an outside change.
    let written = StoredValue::new(None::<Side>);
    Effect::new(move |_| {
        if let Some(s) = query.with(|q| q.side.clone()) {
            let ours = written.with_value(|w| w.as_ref() == Some(&s));
            if !ours && draft.with_untracked(|d| *d != s) {
                draft.set(s);
                redraw.update(|n| *n += 1);
            }
        }
    });
    let edit = UnsyncCallback::new(move |e: Edit| {
        draft.update(|d| match e {
            Edit::Name(v) => d.name = clean(&v, MAX_NAME),
            Edit::Pos(i, p) => d.pos[i] = p,
            Edit::Reason(i, v) => d.reasons[i] = clean(&v, MAX_REASON),
            Edit::Clear => {
                *d = Side::default();
                redraw.update(|n| *n += 1);
            }
        });
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
    let on_input = move |ev: leptos::ev::Event| {
        let Some(t) = ev.target() else { return };
        let get = |k: &str| {
            js_sys::Reflect::get(&t, &JsValue::from_str(k))
                .ok()
                .and_then(|v| v.as_string())
                .unwrap_or_default()
        };
        if let Some(e) = edit_of(&get("name"), get("value")) {
            edit.run(e);
        }
    };
    let code = Memo::new(move |_| draft.with(Side::encode));
    let link = Memo::new(move |_| {
        absolute_link(site, vec![("section", "side".into()), ("side", code.get())])
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
                <form
                    class="classroom-side__form"
                    on:submit=|ev: SubmitEvent| ev.prevent_default()
                    on:input=on_input
                    inner_html=move || {
                        let n = redraw.get();
                        let form = draft.with_untracked(|d| form_html(d, lang, site));
                        format!("<!--{n}-->{form}")
                    }
                ></form>
                <section class="classroom-share" aria-labelledby="side-share">
                    <h3 id="side-share">{c.share_title}</h3>
                    <label class="classroom-share__link">
                        <span>{c.share_link}</span>
                        <input type="text" readonly prop:value=move || link.get() />
                    </label>
                    <p class="classroom-share__actions">
                        <button type="button" class="button button--primary" on:click=move |_| copy_text(&link.get_untracked(), copied)>
                            {c.copy}
                        </button>
                        <a class="button" href=compare_href>{c.compare_with}</a>
                        <button type="button" class="button" on:click=move |_| edit.run(Edit::Clear)>{c.clear}</button>
                        <span role="status" class="classroom-share__status">
                            {move || copied.get().map(|ok| if ok { c.copied } else { c.copy_failed })}
                        </span>
                    </p>
                </section>
                <section
                    class="classroom-result"
                    aria-labelledby="side-result"
                    inner_html=move || draft.with(|d| summary_html(d, lang))
                ></section>
            </section>
        }
    }
}

#[component]
pub fn Compare(query: Memo<ClassroomQuery>) -> impl IntoView {
    let site = use_site();
    let set_query = use_set_query();
    let text = RwSignal::new(String::new());
    let bad = RwSignal::new(Vec::<String>::new());
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let mut sides = query.with_untracked(|q| q.sides.clone());
        let mut rejected = Vec::new();
        for line in text
            .get_untracked()
            .lines()
            .filter(|l| !l.trim().is_empty())
        {
            match code_from_link(line).map(|c| Side::decode(&c)) {
                Some(Ok(s)) if sides.len() < MAX_SIDES => sides.push(s),
                _ => rejected.push(shorten(line.trim())),
            }
        }
        bad.set(rejected);
        text.set(String::new());
        set_query(&ClassroomQuery {
            section: Section::Compare,
            sides,
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
                <p>{c.compare_intro}</p>
                <form class="classroom-compare__form" on:submit=submit.clone()>
                    <label>
                        <span>{c.compare_links}</span>
                        <textarea rows="5" prop:value=move || text.get() on:input:target=move |ev| text.set(ev.target().value())></textarea>
                    </label>
                    <button type="submit" class="button button--primary">{c.compare_go}</button>
                </form>
                <Show when=move || !bad.with(Vec::is_empty)>
                    <div class="classroom-note" role="status">
                        <strong>{c.compare_bad}</strong>
                        <ul>{move || bad.get().into_iter().map(|b| view! { <li><code>{b}</code></li> }).collect_view()}</ul>
                    </div>
                </Show>
                <Show
                    when=move || sides.with(|s| !s.is_empty())
                    fallback=move || view! { <p>{c.compare_none}</p> }
                >
                    <div inner_html=move || sides.with(|s| compare_html(s, lang))></div>
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
    fn student_text_is_escaped_in_summaries() {
        let mut s = Side {
            name: "<img src=x onerror=alert(1)>".into(),
            ..Default::default()
        };
        s.reasons[0] = "\"><script>x</script>".into();
        s.pos[0] = 2;
        for html in [
            summary_html(&s, Lang::En),
            compare_html(&[s.clone(), s], Lang::Ko),
        ] {
            assert!(
                !html.contains("<img") && !html.contains("<script"),
                "{html}"
            );
            assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
        }
    }

    #[test]
    fn inputs_map_to_edits_and_garbage_to_nothing() {
        assert!(matches!(edit_of("name", "A".into()), Some(Edit::Name(n)) if n == "A"));
        assert!(matches!(
            edit_of("pos-3", "5".into()),
            Some(Edit::Pos(3, 5))
        ));
        assert!(matches!(
            edit_of("reason-10", "x".into()),
            Some(Edit::Reason(10, _))
        ));
        assert!(edit_of("pos-11", "1".into()).is_none());
        assert!(edit_of("pos-1", "6".into()).is_none());
        assert!(edit_of("pos-x", "1".into()).is_none());
        assert!(edit_of("other", "1".into()).is_none());
    }

    #[test]
    fn compare_averages_placed_positions_only() {
        let mut a = Side::default();
        let mut b = Side::default();
        a.pos[0] = 1;
        b.pos[0] = 4;
        let html = compare_html(&[a, b, Side::default()], Lang::En);
        assert!(html.contains("(2.5)"), "{html}");
        assert!(html.contains("Student 3"));
    }
}
