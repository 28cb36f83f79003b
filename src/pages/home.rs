//! The landing page: the question, the two roads and the hybrid with each one's strongest
//! case, its key figures and a voice from the articles (every one cited), and the ways into
//! the story, the timeline and the classroom.
//!
//! It is also its own small wasm (feature `landing`), so it reads its facts from
//! `data::landing` (a compact copy of the few records it shows, by id), never from `EVENTS`
//! or `QUOTES`.

use crate::app::{use_site, Site};
use crate::components::event_card::{shown_value, EventCardUi};
use crate::components::quote_card::quote_figure;
use crate::components::source_line::{cites_text, source_line, SourceLineUi};
use crate::components::stance_badge::StanceBadge;
use crate::components::time_axis::TimeAxisCompact;
use crate::components::title::Title;
use crate::content::t;
use crate::data::landing::{brief, events_with, spoken};
use crate::data::landing_ids::{RoadIds, QUESTION, ROADS};
use crate::data::{Lang, Stance, Text, EVENTS, ORGS, QUOTES, SOURCES};
use crate::i18n::ui;
use crate::state::route::{Entity, View};
use leptos::prelude::*;

crate::catalogue! {
    pub struct HomeUi {
        lede: "AI 경쟁이 천문학적인 투자 경쟁이 되면서 한국 기업들은 갈림길에 섰습니다. 글로벌 빅테크와 손잡을까, 우리 AI를 직접 키울까, 아니면 둘 다 할까? 다섯 편의 국내 기사(2023–2025)에 실린 사실로 이 논쟁을 살펴봅니다.", "As the AI race turns into a contest of enormous investment, Korean firms stand at a crossroads: team up with global Big Tech, build their own AI, or both? Follow the debate through the facts reported in five Korean news articles (2023–2025).";
        start_story: "이야기 시작하기", "Start the story";
        short_story: "3분 만에 읽는 이야기", "The story in 3 minutes";
        roads_title: "두 갈래 길, 그리고 둘 다", "Two roads, and both";
        roads_lede: "각 길을 지지하는 가장 강한 논거와 그 근거가 되는 기사 속 숫자입니다. 사이트는 어느 편도 들지 않습니다.", "The strongest case for each road, with the numbers from the articles that back it. The site takes no side.";
        figures: "핵심 숫자", "Key figures";
        on_timeline: "타임라인: '{s}' 사건 {n}건", "Timeline: the {n} events marked '{s}'";
        in_story: "이야기에서 이 길 읽기", "Read this road in the story";
        explore: "어디서부터 볼까요", "Find your way in";
        timeline_blurb: "모든 사건을 입장·분야·기업·기간으로 걸러 보고, 걸러 낸 화면을 링크로 공유하세요.", "Filter every event by stance, layer, company and dates, and share the filtered view as a link.";
        companies_blurb: "기업·기관마다 어느 쪽에 서 있는지, 그 근거가 되는 사실과 함께 봅니다.", "See where each company and institution stands, with the facts behind it.";
        short_blurb: "한국 AI 논쟁을 아홉 문단으로: 장마다 한 문단, 모든 사실에 근거를 달았습니다.", "Korea's AI debate in nine paragraphs, one per chapter, every fact cited.";
        story_blurb: "두 갈래 길의 논쟁을 단계별로, 모든 주장에 근거를 달아 풀어 갑니다.", "The two-roads debate step by step, with evidence on every claim.";
        classroom_blurb: "토론 질문, 퀴즈, 입장 정하기 활동과 인쇄용 자료.", "Discussion prompts, a quiz, a take-a-side exercise and printable handouts.";
        glossary_blurb: "HBM, NPU, 소버린 AI 같은 용어 풀이.", "Plain explanations of terms such as HBM, NPU and sovereign AI.";
        about_blurb: "이 사이트가 무엇이고, 사실은 어디서 왔으며, 어떻게 인용하는지.", "What this site is, where its facts come from and how to cite it.";
        story_full: "처음부터 (9장)", "From the start (9 chapters)";
        argument_map: "논증 지도", "The argument map";
        timeline_all: "모든 사건", "Every event";
        lesson: "45분 수업 안내", "A 45-minute lesson";
        quiz: "퀴즈", "Quiz";
        debate: "토론 팀 카드", "Debate team cards";
        counts: "사실 기반", "Fact base";
        count_events: "사건", "events";
        count_orgs: "기업·기관", "organisations";
        count_quotes: "인용", "quotes";
        count_sources: "기사", "articles";
    }
}

/// One road on the landing page: its records (by id) and its case in our words.
struct Road {
    ids: &'static RoadIds,
    title: Text,
    case: Text,
}

/// The roads' titles and strongest cases. Prose only: every number on the page is read
/// from the records in `landing_ids::ROADS` (a test keeps digits out of these texts).
static ROAD_TEXT: [(Text, Text); 3] = [
    (
        t!("빅테크와 손잡는 길", "Ally with Big Tech"),
        t!(
            "이 경주는 규모가 가르고, 한국 기업 혼자서는 빅테크의 투자를 따라잡을 수 없다. 그렇다면 승자들에게 없어서는 안 될 파트너가 되어 그들의 플랫폼을 타고 시장에 나가는 편이 낫다.",
            "Scale decides this race, and no Korean firm can match Big Tech's spending alone. Better to become a partner the winners cannot do without, and reach markets on their platforms."
        ),
    ),
    (
        t!("우리 AI를 키우는 길", "Build Korea's own AI"),
        t!(
            "AI를 빌려 쓰기만 하는 나라는 빅테크의 데이터 광산이나 판매 통로로 밀려나고, 다른 나라 정부의 결정에 휘둘릴 수 있다. 한국에는 자체 모델과 특허, 정부의 컴퓨팅센터라는 발판이 있다.",
            "A country that only rents its AI risks ending up as Big Tech's data mine or sales channel, exposed to other governments' decisions. Korea has footholds of its own: home-grown models, patents and a state computing centre."
        ),
    ),
    (
        t!("둘 다 하는 길", "Do both"),
        t!(
            "어느 한 길만으로는 안전하지 않다. 규모가 승부를 가르는 곳에서는 손잡고, 언어·데이터·신뢰가 중요한 곳에서는 자체 역량을 지킨다. 한 기업이 두 길에 한 발씩 걸치기도 한다.",
            "Neither road alone is safe. Partner where scale decides, and keep your own capability where language, data and trust matter. One company can keep a foot on each road."
        ),
    ),
];

fn roads() -> impl Iterator<Item = Road> {
    ROADS
        .iter()
        .zip(ROAD_TEXT)
        .map(|(ids, (title, case))| Road { ids, title, case })
}

/// The landing page: the question, the roads, and a way into every view.
#[component]
pub fn HomePage() -> impl IntoView {
    let site = use_site();
    let t = move || ui(site.lang.get());
    let h = move || HomeUi::get(site.lang.get());
    let intro = move || {
        let l = site.lang.get();
        let h = HomeUi::get(l);
        let question = brief(QUESTION).map(|b| source_line(b.id, b.cites, l));
        view! {
            <h1 class="home__title">{ui(l).site_tagline}</h1>
            <p class="home__lede">{h.lede}</p>
            {question}
            <p class="home__start">
                <a class="button button--primary" href=site.href(View::Story, &[])>{h.start_story}</a>
                <a class="button" href=site.href(View::ShortStory, &[])>{h.short_story}</a>
            </p>
        }
    };
    let roads_list = move || {
        let l = site.lang.get();
        roads().map(|r| road_card(site, r, l)).collect_view()
    };
    view! {
        <Title text=move || format!("{} · {}", t().site_title, t().site_tagline) />
        <main id="main" class="page page--home">
            <div class="home__intro">{intro}</div>
            <section class="home-roads" aria-labelledby="home-roads">
                <h2 id="home-roads">{move || h().roads_title}</h2>
                <p class="home-roads__lede">{move || h().roads_lede}</p>
                <div class="home-roads__list">{roads_list}</div>
            </section>
            <TimeAxisCompact />
            <section aria-labelledby="home-explore">
                <h2 id="home-explore">{move || h().explore}</h2>
                {move || ways_in(site, site.lang.get())}
            </section>
            <section aria-labelledby="home-counts">
                <h2 id="home-counts">{move || h().counts}</h2>
                <dl class="home-counts">
                    <div><dt>{move || h().count_events}</dt><dd>{EVENTS.len()}</dd></div>
                    <div><dt>{move || h().count_orgs}</dt><dd>{ORGS.len()}</dd></div>
                    <div><dt>{move || h().count_quotes}</dt><dd>{QUOTES.len()}</dd></div>
                    <div><dt>{move || h().count_sources}</dt><dd>{SOURCES.len()}</dd></div>
                </dl>
            </section>
        </main>
    }
}

/// One road: its stance in words, its case, its key figures (each with the event it comes
/// from and the article paragraph), a voice from the articles, and where to read on.
fn road_card(site: Site, road: Road, lang: Lang) -> impl IntoView {
    let h = HomeUi::get(lang);
    let stance = Stance::from_slug(road.ids.stance).unwrap_or(Stance::Context);
    let slug = stance.slug();
    let figures = road
        .ids
        .figures
        .iter()
        .filter_map(|(id, i)| {
            let b = brief(id)?;
            Some((b, b.shown(*i, lang)?, b.figures.get(*i)?.label.get(lang)))
        })
        .map(|(b, shown, label)| {
            view! {
                <li class="road__figure" data-figure=b.id>
                    <p class="road__number">{shown_value(shown, lang, EventCardUi::get(lang).as_printed)}</p>
                    <p class="road__figure-label">{label}</p>
                    <p class="road__what">
                        <a href=site.href(View::Timeline, &[("event", b.id.into())])>{b.title.get(lang)}</a>
                    </p>
                    <p class="road__cite">
                        {format!("{}: {}", SourceLineUi::get(lang).source, cites_text(b.cites, lang))}
                    </p>
                </li>
            }
        })
        .collect_view();
    let voice = spoken(road.ids.quote).map(|s| {
        let role = s.role.map(|r| r.get(lang));
        quote_figure(&s.quote, s.name.get(lang), role, true, lang)
    });
    let on_timeline = h
        .on_timeline
        .replace("{s}", stance.label().get(lang))
        .replace("{n}", &events_with(stance).to_string());
    view! {
        <article class=format!("road road--{slug}") data-road=slug aria-labelledby=format!("road-{slug}")>
            <p class="road__stance"><StanceBadge stance=stance lang=lang /></p>
            <h3 class="road__title" id=format!("road-{slug}")>{road.title.get(lang)}</h3>
            <p class="road__case">{road.case.get(lang)}</p>
            <h4 class="road__label">{h.figures}</h4>
            <ul class="road__figures">{figures}</ul>
            {voice}
            <ul class="road__more">
                <li><a href=site.href(View::Timeline, &[("stance", slug.into())])>{on_timeline}</a></li>
                <li><a href=site.entity_href(Entity::Chapter, road.ids.chapter)>{h.in_story}</a></li>
            </ul>
        </article>
    }
}

/// Every view, each with its most useful first links: the story (whole, short, argument
/// map), the timeline (whole, or one road), the classroom (lesson, quiz, debate) and the rest.
fn ways_in(site: Site, lang: Lang) -> impl IntoView {
    let (t, h) = (ui(lang), HomeUi::get(lang));
    let link = |label: &'static str, href: String| view! { <li><a href=href>{label}</a></li> };
    let card = |v: View, label: &'static str, blurb: &'static str, more: Vec<AnyView>| {
        let more = (!more.is_empty()).then(|| view! { <ul class="home-card__links">{more}</ul> });
        view! {
            <li class="home-card">
                <h3><a href=site.href(v, &[])>{label}</a></h3>
                <p>{blurb}</p>
                {more}
            </li>
        }
    };
    let stance_link = |s: Stance| {
        link(
            s.label().get(lang),
            site.href(View::Timeline, &[("stance", s.slug().into())]),
        )
        .into_any()
    };
    let section = |s: &str| vec![("section", s.to_string())];
    view! {
        <ul class="home-cards">
            {card(View::Story, t.nav_story, h.story_blurb, vec![
                link(h.story_full, site.href(View::Story, &[])).into_any(),
                link(h.short_story, site.href(View::ShortStory, &[])).into_any(),
                link(h.argument_map, format!("{}#argument-map", site.href(View::Story, &[]))).into_any(),
            ])}
            {card(View::Timeline, t.nav_timeline, h.timeline_blurb, vec![
                link(h.timeline_all, site.href(View::Timeline, &[])).into_any(),
                stance_link(Stance::Alliance),
                stance_link(Stance::Sovereign),
                stance_link(Stance::Hybrid),
            ])}
            {card(View::Classroom, t.nav_classroom, h.classroom_blurb, vec![
                link(h.lesson, site.href(View::Classroom, &[])).into_any(),
                link(h.quiz, site.href(View::Classroom, &section("quiz"))).into_any(),
                link(h.debate, site.href(View::Classroom, &section("debate"))).into_any(),
            ])}
            {card(View::Companies, t.nav_companies, h.companies_blurb, vec![])}
            {card(View::Glossary, t.nav_glossary, h.glossary_blurb, vec![])}
            {card(View::About, t.nav_about, h.about_blurb, vec![])}
        </ul>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::short::short_reading;
    use crate::content::story::CHAPTERS;
    use crate::data::{event, Cite};

    /// The figures each road shows, as the articles print them, with the paragraph each
    /// comes from: changing a record, or the page's choice of records, breaks this.
    const SHOWN: [&[(&str, &str, &str, u16)]; 3] = [
        &[
            (
                "citigroup-big-tech-ai-capex-forecast",
                "2090억 달러",
                "hankyung",
                5,
            ),
            (
                "sk-hynix-holds-60-percent-of-hbm-market",
                "60%",
                "genews",
                20,
            ),
            (
                "nvidia-asks-sk-hynix-to-advance-hbm4",
                "6개월",
                "hankyung",
                10,
            ),
        ],
        &[
            ("korean-firms-build-on-foreign-models", "2곳", "techm", 10),
            (
                "msit-national-ai-computing-center",
                "2조5000억원",
                "techm",
                17,
            ),
            ("korea-fourth-in-hyperscale-ai-patents", "4위", "genews", 15),
        ],
        &[
            (
                "kt-microsoft-ai-cloud-partnership",
                "2조 4000억원",
                "hankyung",
                11,
            ),
            ("kt-rebellions-investment-2022", "300억원", "genews", 29),
        ],
    ];

    #[test]
    fn each_road_figure_is_its_records_figure_and_cites_its_paragraph() {
        for (road, want) in ROADS.iter().zip(SHOWN) {
            assert_eq!(road.figures.len(), want.len(), "{}", road.stance);
            for ((id, i), (want_id, printed, source, para)) in road.figures.iter().zip(want) {
                assert_eq!(id, want_id, "{}", road.stance);
                let e = event(id).unwrap_or_else(|| panic!("{id}: no such event"));
                assert_eq!(e.figures[*i].as_reported, *printed, "{id}");
                let cite = Cite {
                    source,
                    para: *para,
                };
                assert!(
                    e.cites.contains(&cite),
                    "{id}: not cited to {source}#{para}"
                );
                let copy = brief(id).expect("in the landing table");
                assert_eq!(copy.figures[*i], e.figures[*i], "{id}");
            }
        }
    }

    #[test]
    fn the_roads_are_alliance_sovereign_and_both_each_with_a_voice_and_a_chapter() {
        let stances: Vec<Stance> = roads()
            .map(|r| Stance::from_slug(r.ids.stance).expect("a stance slug"))
            .collect();
        assert_eq!(
            stances,
            [Stance::Alliance, Stance::Sovereign, Stance::Hybrid]
        );
        for r in roads() {
            assert!(spoken(r.ids.quote).is_some(), "{}", r.ids.quote);
            assert!(
                CHAPTERS.iter().any(|c| c.slug == r.ids.chapter),
                "{}",
                r.ids.chapter
            );
            assert!(
                r.ids.figures.len() >= 2,
                "{}: at least two figures",
                r.ids.stance
            );
        }
    }

    /// Numbers on the landing page come from the records, never from our prose.
    #[test]
    fn the_prose_carries_no_numbers_of_its_own() {
        for (title, case) in &ROAD_TEXT {
            for text in [title.ko, title.en, case.ko, case.en] {
                assert!(!text.chars().any(|c| c.is_ascii_digit()), "{text}");
            }
        }
        let h = [HomeUi::KO, HomeUi::EN];
        for text in h.iter().flat_map(|h| [h.roads_title, h.roads_lede, h.lede]) {
            let digits: String = text.chars().filter(|c| c.is_ascii_digit()).collect();
            // The lede names the articles' years (2023–2025) and nothing else.
            assert!(digits.is_empty() || digits == "20232025", "{text}");
        }
    }

    #[test]
    fn the_short_story_link_states_its_counted_reading_time() {
        for (l, h) in [(Lang::Ko, HomeUi::KO), (Lang::En, HomeUi::EN)] {
            let (_, minutes) = short_reading(l);
            let digits: String = h
                .short_story
                .chars()
                .filter(|c| c.is_ascii_digit())
                .collect();
            assert_eq!(digits, minutes.to_string(), "{}", h.short_story);
        }
    }
}
