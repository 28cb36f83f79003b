use crate::app::{use_site, Site};
use crate::components::fold::{Fold, Later};
use crate::components::highlight::Highlight;
use crate::components::source_line::SourceLine;
use crate::components::stance_badge::StanceBadge;
use crate::data::format::fmt_value;
use crate::data::{amount, DateKind, Event, Figure, Lang, Source};
use crate::state::export::cites_by_source;
use crate::state::search::Word;
use leptos::prelude::*;

crate::catalogue! {
    /// Strings of an event card.
    pub struct EventCardUi {
        inferred: "추정", "inferred";
        stance: "입장", "Stance";
        layer: "분야", "Layer";
        kind: "종류", "Kind";
        status: "상태", "Status";
        involved: "관련 기업·기관", "Organisations involved";
        people: "인물", "People";
        figures: "수치", "Figures";
        conversion: "기사 환산", "the article's conversion";
        as_printed: "기사 표기", "as printed";
        note: "편집자 주", "Editor's note";
        source: "출처", "Source";
        about_date: "날짜에 대해", "About the date";
        article_date_inferred: "기사 날짜 추정", "article date inferred";
        paragraph: "{n}번째 문단", "paragraph {n}";
        paragraphs: "{n}번째 문단", "paragraphs {n}";
        permalink: "이 사건 링크", "Link to this event";
    }
}

/// One event of the timeline: date at its real precision, title, summary, organisations
/// (linking to their company cards), stance, layer/kind/status, figures, note, and its
/// citation to the paragraph (outlet, article date, paragraphs; the articles' headlines are
/// in the page's footer, authors on the about page) with the note on how it is dated folded
/// below it.
/// The root is `<article data-event="<id>">` with a `<time datetime>`.
///
/// `compact` gives the short card used in lists of evidence (the classroom's debate
/// cards): stance, date, title, summary, figures written out, and a [`SourceLine`].
#[component]
pub fn EventCard(
    ev: &'static Event,
    /// This is the event the link points at: highlighted, its note on the date open.
    #[prop(optional, into)]
    target: Signal<bool>,
    /// The link to this event (the current view plus `event=<id>`).
    #[prop(optional, into)]
    permalink: Signal<String>,
    /// The search's words, marked in the title and summary.
    #[prop(optional, into)]
    marks: Signal<Vec<Word>>,
    /// The short card (no id, so the same event may appear twice on a page).
    #[prop(optional)]
    compact: bool,
    /// Make its contents [`Later`] (its box now): it is far down the page at the takeover
    /// ([`crate::hooks::below_the_fold`]). Made at once if it is the target.
    #[prop(optional)]
    later: bool,
) -> impl IntoView {
    let site = use_site();
    let lang = site.lang;
    if compact {
        return view! {
            <article class="classroom-card" data-event=ev.id>
                {move || compact_body(ev, lang.get())}
            </article>
        }
        .into_any();
    }
    let title_id = format!("event-{}-title", ev.id);
    let labelled_by = title_id.clone();
    view! {
        <article
            data-event=ev.id
            id=format!("event-{}", ev.id)
            class="event-card"
            class=("event-card--target", move || target.get())
            aria-current=move || target.get().then_some("true")
            tabindex="-1"
            aria-labelledby=labelled_by
        >
            {if later {
                let title_id = title_id.clone();
                view! {
                    <Later now=target>
                        {let title_id = title_id.clone(); move || body(ev, lang.get(), site, target, permalink, marks, title_id.clone())}
                    </Later>
                }
                    .into_any()
            } else {
                (move || body(ev, lang.get(), site, target, permalink, marks, title_id.clone())).into_any()
            }}
        </article>
    }
    .into_any()
}

fn compact_body(ev: &'static Event, l: Lang) -> impl IntoView {
    let figures = (!ev.figures.is_empty()).then(|| {
        view! {
            <ul class="classroom-card__figures">
                {ev
                    .figures
                    .iter()
                    .map(|f| {
                        view! {
                            <li>
                                <strong>{fmt_value(f.value, f.unit, l)}</strong>
                                {format!(" · {} ", f.label.get(l))}
                                <span lang="ko" class="classroom__as-reported">
                                    {format!("({})", f.as_reported)}
                                </span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        }
    });
    view! {
        <p class="classroom-card__meta">
            <StanceBadge stance=ev.stance lang=l />
            " "
            {date_view(ev, l)}
        </p>
        <h4 class="classroom-card__title">{ev.title.get(l)}</h4>
        <p class="classroom-card__summary">{ev.summary.get(l)}</p>
        {figures}
        <SourceLine ev lang=l />
    }
}

/// The date, with "Reported by …" / "…까지 보도" in words around it when the article does
/// not date the event: a reader sees the difference without relying on colour or style.
fn date_view(ev: &'static Event, l: Lang) -> impl IntoView {
    let (before, after) = ev.date_words(l);
    let undated = ev.date_kind == DateKind::ReportedBy;
    view! {
        <span class="event-card__when" class=("event-card__when--reported", undated)>
            {(!before.is_empty()).then(|| view! { <span class="event-card__date-kind">{before}</span> })}
            <time class="event-card__date" datetime=ev.date.iso()>{ev.date.display(l)}</time>
            {(!after.is_empty()).then(|| view! { <span class="event-card__date-kind">{after}</span> })}
        </span>
    }
}

/// A figure's amount: the printed Korean on Korean pages; on English pages an English
/// amount first, with the article's printed Korean as the cited original.
pub fn figure_value(f: &'static Figure, l: Lang, as_printed: &'static str) -> impl IntoView {
    shown_value(amount::shown(f, l), l, as_printed)
}

/// The markup of [`figure_value`] for an amount already worked out (the landing page's are
/// made at build time).
pub fn shown_value(shown: amount::Shown, l: Lang, as_printed: &'static str) -> impl IntoView {
    view! {
        <span class="event-card__figure-value" lang=l.code()>{shown.lead}</span>
        {shown
            .original
            .map(|o| {
                view! {
                    " "
                    <span class="event-card__figure-original">
                        "(" {as_printed} ": " <span lang="ko">{o}</span> ")"
                    </span>
                }
            })}
    }
}

fn fill(template: &str, n: &str) -> String {
    template.replace("{n}", n)
}

fn body(
    ev: &'static Event,
    l: Lang,
    site: Site,
    target: Signal<bool>,
    permalink: Signal<String>,
    marks: Signal<Vec<Word>>,
    title_id: String,
) -> impl IntoView {
    let t = EventCardUi::get(l);
    view! {
        {head(ev, l, marks, title_id)}
        <p class="event-card__summary">
            <Highlight text=ev.summary.get(l) words=marks />
        </p>
        {orgs_list(ev, l, site)}
        {people_line(ev, l)}
        {figures_list(ev, l)}
        {ev
            .note
            .map(|n| {
                view! {
                    <p class="event-card__note">
                        <strong>{t.note} ": "</strong>
                        {n.get(l)}
                    </p>
                }
            })}
        {foot(ev, l, target, permalink)}
    }
}

/// Date, stance, title and the layer/kind/status tags.
fn head(ev: &'static Event, l: Lang, marks: Signal<Vec<Word>>, title_id: String) -> impl IntoView {
    let t = EventCardUi::get(l);
    view! {
        <header class="event-card__head">
            <p class="event-card__meta">
                {date_view(ev, l)}
                {ev
                    .date_inferred
                    .then(|| {
                        view! {
                            <span class="event-card__inferred">{t.inferred}</span>
                        }
                    })}
                <StanceBadge stance=ev.stance lang=l prefix=t.stance />
            </p>
            <h4 class="event-card__title" id=title_id>
                <Highlight text=ev.title.get(l) words=marks />
            </h4>
            <ul class="event-card__tags">
                <li>
                    <span class="visually-hidden">{t.layer} ": "</span>
                    {ev.layer.label().get(l)}
                </li>
                <li>
                    <span class="visually-hidden">{t.kind} ": "</span>
                    {ev.kind.label().get(l)}
                </li>
                {ev
                    .status
                    .map(|s| {
                        view! {
                            <li>
                                <span class="visually-hidden">{t.status} ": "</span>
                                {s.label().get(l)}
                            </li>
                        }
                    })}
            </ul>
        </header>
    }
}

/// The organisations involved, each linking to its company card.
fn orgs_list(ev: &'static Event, l: Lang, site: Site) -> impl IntoView {
    let t = EventCardUi::get(l);
    let orgs: Vec<_> = ev
        .orgs
        .iter()
        .filter_map(|id| crate::data::org(id))
        .collect();
    (!orgs.is_empty()).then(|| {
        view! {
            <ul class="event-card__orgs" aria-label=t.involved>
                {orgs
                    .into_iter()
                    .map(|o| {
                        view! {
                            <li>
                                <a
                                    class="event-card__org"
                                    data-org=o.id
                                    href=site.entity_href(crate::state::route::Entity::Company, o.id)
                                >
                                    {o.name.get(l)}
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        }
    })
}

fn people_line(ev: &'static Event, l: Lang) -> impl IntoView {
    let t = EventCardUi::get(l);
    let people: Vec<_> = ev
        .people
        .iter()
        .filter_map(|id| crate::data::person(id))
        .collect();
    (!people.is_empty()).then(|| {
        view! {
            <p class="event-card__people">
                <span class="event-card__label">{t.people} ": "</span>
                {people
                    .iter()
                    .map(|p| format!("{} ({})", p.name.get(l), p.role.get(l)))
                    .collect::<Vec<_>>()
                    .join(", ")}
            </p>
        }
    })
}

fn figures_list(ev: &'static Event, l: Lang) -> impl IntoView {
    let t = EventCardUi::get(l);
    (!ev.figures.is_empty()).then(|| {
        view! {
            <ul class="event-card__figures" aria-label=t.figures>
                {ev
                    .figures
                    .iter()
                    .map(|f| {
                        view! {
                            <li class="event-card__figure">
                                {figure_value(f, l, t.as_printed)}
                                " "
                                <span class="event-card__figure-label">{f.label.get(l)}</span>
                                {f
                                    .converted
                                    .map(|c| {
                                        view! {
                                            " "
                                            <span class="event-card__figure-conv">
                                                "(" {t.conversion} ": "
                                                <span lang="ko">{c.as_reported}</span> ")"
                                            </span>
                                        }
                                    })}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        }
    })
}

/// The citation (each source: outlet, article date, paragraphs), the note on how the event
/// is dated, folded (open on the linked event), and the permalink.
fn foot(
    ev: &'static Event,
    l: Lang,
    target: Signal<bool>,
    permalink: Signal<String>,
) -> impl IntoView {
    let t = EventCardUi::get(l);
    let sources: Vec<(&'static Source, Vec<u16>)> = cites_by_source(ev.cites)
        .into_iter()
        .filter_map(|(id, paras)| crate::data::source(id).map(|s| (s, paras)))
        .collect();
    view! {
        <footer class="event-card__foot">
            <p class="event-card__source">
                <span class="event-card__label">{t.source} ": "</span>
                {sources
                    .iter()
                    .enumerate()
                    .map(|(n, (s, paras))| {
                        view! {
                            {(n > 0).then_some(" · ")}
                            <cite class="event-card__outlet">{s.outlet.get(l)}</cite>
                            ", "
                            <time datetime=s.date.iso()>{s.date.display(l)}</time>
                            {s.date_inferred.then(|| format!(" ({})", t.article_date_inferred))}
                            ", "
                            <span class="event-card__para">{paragraphs(paras, l)}</span>
                        }
                    })
                    .collect_view()}
            </p>
            {ev
                .date_note
                .map(|n| {
                    view! {
                        <Fold class="event-card__details" summary=t.about_date open=target>
                            <p class="event-card__date-note">{n.get(l)}</p>
                        </Fold>
                    }
                })}
            <a class="event-card__permalink" href=move || permalink.get() data-noscroll="">
                {t.permalink}
            </a>
        </footer>
    }
}

/// "paragraph 14", "paragraphs 9, 12".
fn paragraphs(paras: &[u16], l: Lang) -> String {
    let t = EventCardUi::get(l);
    let list = paras
        .iter()
        .map(|p| p.to_string())
        .collect::<Vec<_>>()
        .join(", ");
    fill(
        if paras.len() == 1 {
            t.paragraph
        } else {
            t.paragraphs
        },
        &list,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_citation_names_its_paragraphs() {
        assert_eq!(paragraphs(&[14], Lang::En), "paragraph 14");
        assert_eq!(paragraphs(&[9, 12], Lang::En), "paragraphs 9, 12");
        assert_eq!(paragraphs(&[14], Lang::Ko), "14번째 문단");
        assert_eq!(paragraphs(&[9, 12], Lang::Ko), "9, 12번째 문단");
    }
}
