//! The glossary: every term, alphabetically in the reader's language, with its definition
//! and links to where it appears (events on the timeline, steps of the story).
//! `glossary/?term=<id>` highlights one term and scrolls to it.

use crate::app::use_site;
use crate::components::evidence_list::ids_href;
use crate::components::ignored_note::IgnoredNote;
use crate::components::title::Title;
use crate::content::story::{outline, steps_by_term, CHAPTERS};
use crate::content::terms::events_by_term;
use crate::data::{Lang, Term, TERMS};
use crate::i18n::ui;
use crate::state::route::View;
use crate::state::search::fact_count;
use crate::state::story::{params, parse_term, StoryPos};
use leptos::prelude::*;

crate::catalogue! {
    pub struct GlossaryUi {
        lede: "기사에 나오는 용어를 쉬운 말로 풀었습니다. 가나다순으로 정리했고, 각 용어가 나오는 사건과 이야기 단계로 이어집니다. 이야기 본문에서는 밑줄 친 용어를 누르거나 가리키면 풀이가 나옵니다.", "Terms from the articles in plain words, in alphabetical order, each linked to the events and story steps where it appears. In the story, tap, focus or hover over an underlined term to see its definition.";
        index: "첫 글자로 찾기", "Jump to a letter";
        on_timeline: "이 용어가 나오는 사건 {n}건을 타임라인에서 보기", "The {n} events that mention it, on the timeline";
        search_timeline: "타임라인에서 이 용어 찾기", "Search the timeline for this term";
        in_story: "이야기에서:", "In the story:";
        step: "{c}장 {s}단계", "chapter {c}, step {s}";
        selected: "선택한 용어", "Selected term";
    }
}

/// The heading a term is listed under: a Latin capital, or the initial consonant of a
/// Hangul syllable (double consonants with their single form), or `#`.
pub fn initial(s: &str) -> char {
    const CHO: [char; 19] = [
        'ㄱ', 'ㄱ', 'ㄴ', 'ㄷ', 'ㄷ', 'ㄹ', 'ㅁ', 'ㅂ', 'ㅂ', 'ㅅ', 'ㅅ', 'ㅇ', 'ㅈ', 'ㅈ', 'ㅊ',
        'ㅋ', 'ㅌ', 'ㅍ', 'ㅎ',
    ];
    match s.chars().next() {
        Some(c @ '가'..='힣') => CHO[(c as u32 - '가' as u32) as usize / 588],
        Some(c) if c.is_ascii_alphabetic() => c.to_ascii_uppercase(),
        _ => '#',
    }
}

/// Terms sorted for a language, grouped by initial. Korean lists Hangul before Latin.
pub fn grouped(lang: Lang) -> Vec<(char, Vec<&'static Term>)> {
    let mut terms: Vec<&'static Term> = TERMS.iter().collect();
    terms.sort_unstable_by_key(|t| {
        let name = t.term.get(lang);
        let latin = name.starts_with(|c: char| c.is_ascii());
        (lang == Lang::Ko && latin, name.to_ascii_lowercase())
    });
    let mut groups: Vec<(char, Vec<&'static Term>)> = Vec::new();
    for t in terms {
        let k = initial(t.term.get(lang));
        match groups.last_mut() {
            Some((g, list)) if *g == k => list.push(t),
            _ => groups.push((k, vec![t])),
        }
    }
    groups
}

#[component]
pub fn GlossaryPage() -> impl IntoView {
    let site = use_site();
    let lang = site.lang;
    let t = move || ui(lang.get());
    let g = move || GlossaryUi::get(lang.get());
    let known: Vec<&'static str> = TERMS.iter().map(|t| t.id).collect();
    let parsed = Memo::new(move |_| parse_term(&site.search.get(), &known));
    let selected = Memo::new(move |_| parsed.get().0);
    let ignored = Signal::derive(move || parsed.get().1);

    // Bring the selected term into view once it is rendered.
    Effect::new(move |_| {
        if let Some(id) = selected.get() {
            request_animation_frame(move || {
                if let Some(el) = document().get_element_by_id(&format!("term-{id}")) {
                    el.scroll_into_view();
                }
            });
        }
    });

    let list = move || {
        let l = lang.get();
        let groups = grouped(l);
        let index = groups
            .iter()
            .enumerate()
            .map(|(i, (k, _))| {
                let href = format!("{}#glossary-group-{i}", site.href(View::Glossary, &[]));
                view! { <li><a href=href>{k.to_string()}</a></li> }
            })
            .collect_view();
        let sections = groups
            .into_iter()
            .enumerate()
            .map(|(i, (k, terms))| {
                view! {
                    <section class="glossary__group" aria-labelledby=format!("glossary-group-{i}")>
                        <h2 class="glossary__letter" id=format!("glossary-group-{i}")>{k.to_string()}</h2>
                        <dl class="glossary__list">
                            {terms.into_iter().map(|term| view! { <Entry term=term lang=l selected=selected /> }).collect_view()}
                        </dl>
                    </section>
                }
            })
            .collect_view();
        view! {
            <nav class="glossary__index" aria-label=g().index>
                <ul>{index}</ul>
            </nav>
            {sections}
        }
    };

    view! {
        <Title text=move || format!("{} · {}", t().nav_glossary, t().site_title) />
        <main id="main" class="page page--glossary">
            <IgnoredNote ignored=ignored />
            <h1>{move || t().nav_glossary}</h1>
            <p class="glossary__lede">{move || g().lede}</p>
            {list}
        </main>
    }
}

/// What to search the timeline for, for a term no event mentions by name: its first alias
/// (or its name), offered only when that search finds something. The search is broader
/// than the mention index (particles, spellings, the stance a term names), so it may.
pub fn search_query(term: &'static Term, lang: Lang) -> Option<&'static str> {
    let q = term.aliases.first().copied().unwrap_or(term.term.get(lang));
    (fact_count(q) > 0).then_some(q)
}

#[component]
fn Entry(term: &'static Term, lang: Lang, selected: Memo<Option<&'static str>>) -> impl IntoView {
    let site = use_site();
    let g = GlossaryUi::get(lang);
    let at = TERMS.iter().position(|x| x.id == term.id).unwrap_or(0);
    let events = &events_by_term()[at];
    let steps = &steps_by_term()[at];
    let current = move || selected.get() == Some(term.id);
    let timeline = if events.is_empty() {
        search_query(term, lang).map(|q| {
            let href = site.href(View::Timeline, &[("q", q.into())]);
            view! { <a href=href>{g.search_timeline}</a> }.into_any()
        })
    } else {
        let href = ids_href(site, events);
        let label = g.on_timeline.replace("{n}", &events.len().to_string());
        Some(view! { <a href=href>{label}</a> }.into_any())
    };
    let story = (!steps.is_empty()).then(|| {
        let links = steps
            .iter()
            .map(|&(c, s)| {
                let p = StoryPos {
                    chapter: c,
                    step: s,
                };
                let href = site.href(View::Story, &params(p, outline()));
                let title = CHAPTERS[c].steps[s].title.get(lang);
                let label = g
                    .step
                    .replace("{c}", &(c + 1).to_string())
                    .replace("{s}", &(s + 1).to_string());
                view! {
                    <li>
                        <a href=href>{title}</a>
                        " "
                        <span class="glossary__step-no">"(" {label} ")"</span>
                    </li>
                }
            })
            .collect_view();
        view! {
            <div class="glossary__story">
                <span class="glossary__where-label">{g.in_story}</span>
                <ul class="glossary__steps">{links}</ul>
            </div>
        }
    });
    view! {
        <div
            class="glossary__entry"
            class:glossary__entry--current=current
            id=format!("term-{}", term.id)
            data-term=term.id
            aria-current=move || current().then_some("true")
        >
            <dt class="glossary__term">
                <dfn>{term.term.get(lang)}</dfn>
                " "
                <span class="glossary__other" lang=lang.other().code()>
                    {term.term.get(lang.other())}
                </span>
                <Show when=current>
                    <span class="glossary__selected">{g.selected}</span>
                </Show>
            </dt>
            <dd class="glossary__def">
                <p>{term.definition.get(lang)}</p>
                {timeline.map(|v| view! { <p class="glossary__where">{v}</p> })}
                {story}
            </dd>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn search_links_only_where_the_search_finds_something() {
        let mut offered = 0;
        for (i, term) in TERMS.iter().enumerate() {
            for lang in Lang::ALL {
                match search_query(term, lang) {
                    Some(q) => {
                        assert!(fact_count(q) > 0, "{}: {q}", term.id);
                        offered += 1;
                    }
                    None => {
                        let q = term.aliases.first().copied().unwrap_or(term.term.get(lang));
                        assert_eq!(fact_count(q), 0, "{}", term.id);
                    }
                }
            }
            if !events_by_term()[i].is_empty() {
                assert!(search_query(term, Lang::En).is_some(), "{}", term.id);
            }
        }
        assert!(offered > 0);
        static NOWHERE: Term = Term {
            id: "nowhere",
            term: crate::data::Text {
                ko: "없는 말",
                en: "no such word",
            },
            definition: crate::data::TermProse(crate::data::Text {
                ko: "…", en: "…"
            }),
            aliases: &["zzqx"],
            cites: &[],
        };
        assert_eq!(search_query(&NOWHERE, Lang::Ko), None);
    }

    #[test]
    fn initials_follow_each_script() {
        let cases = [
            ("HBM", 'H'),
            ("eSSD", 'E'),
            ("낸드플래시", 'ㄴ'),
            ("딥페이크", 'ㄷ'),
            ("까치", 'ㄱ'),
            ("합종연횡", 'ㅎ'),
            ("(x)", '#'),
        ];
        for (input, want) in cases {
            assert_eq!(initial(input), want, "{input:?}");
        }
    }

    #[test]
    fn every_term_is_listed_once_in_order_in_both_languages() {
        for lang in Lang::ALL {
            let groups = grouped(lang);
            let flat: Vec<&Term> = groups.iter().flat_map(|(_, t)| t.iter().copied()).collect();
            assert_eq!(flat.len(), TERMS.len());
            let mut ids: Vec<&str> = flat.iter().map(|t| t.id).collect();
            ids.sort();
            ids.dedup();
            assert_eq!(ids.len(), TERMS.len());
            let keys: Vec<char> = groups.iter().map(|(k, _)| *k).collect();
            let mut unique = keys.clone();
            unique.dedup();
            assert_eq!(keys, unique, "{lang:?}: each initial forms one group");
        }
        let ko = grouped(Lang::Ko);
        assert!(
            ko.first().unwrap().0 >= 'ㄱ',
            "Korean order starts with Hangul"
        );
    }
}
