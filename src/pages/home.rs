use crate::app::use_site;
use crate::components::time_axis::TimeAxisCompact;
use crate::data::{EVENTS, ORGS, QUOTES, SOURCES};
use crate::i18n::ui;
use crate::state::route::View;
use leptos::prelude::*;
use leptos_meta::Title;

crate::catalogue! {
    pub struct HomeUi {
        lede: "한국 AI 산업은 거대한 자본을 쏟는 글로벌 빅테크와 손을 잡아야 할까, 아니면 우리 손으로 '소버린 AI'를 키워야 할까? 다섯 편의 국내 기사(2023–2025)에 담긴 사실로 이 논쟁을 따라가 봅니다.", "Should Korea's AI industry team up with the global Big Tech firms that pour in vast sums, or build its own 'sovereign AI'? Follow the debate through the facts reported in five Korean news articles (2023–2025).";
        start_story: "이야기 시작하기", "Start the story";
        explore: "둘러보기", "Explore";
        timeline_blurb: "모든 사건을 입장·분야·기업·기간으로 걸러 보고, 걸러 낸 화면을 링크로 공유하세요.", "Filter every event by stance, layer, company and dates, and share the filtered view as a link.";
        companies_blurb: "기업·기관마다 어느 쪽에 서 있는지, 그 근거가 되는 사실과 함께 봅니다.", "See where each company and institution stands, with the facts behind it.";
        story_blurb: "두 갈래 길의 논쟁을 단계별로, 모든 주장에 근거를 달아 풀어 갑니다.", "The two-roads debate step by step, with evidence on every claim.";
        classroom_blurb: "토론 질문, 퀴즈, 입장 정하기 활동과 인쇄용 자료.", "Discussion prompts, a quiz, a take-a-side exercise and printable handouts.";
        glossary_blurb: "HBM, NPU, 소버린 AI 같은 용어 풀이.", "Plain explanations of terms such as HBM, NPU and sovereign AI.";
        about_blurb: "이 사이트가 무엇이고, 사실은 어디서 왔으며, 어떻게 인용하는지.", "What this site is, where its facts come from and how to cite it.";
        counts: "사실 기반", "Fact base";
        count_events: "사건", "events";
        count_orgs: "기업·기관", "organisations";
        count_quotes: "인용", "quotes";
        count_sources: "기사", "articles";
    }
}

/// The landing page: the question, and a link to every view.
#[component]
pub fn HomePage() -> impl IntoView {
    let site = use_site();
    let t = move || ui(site.lang.get());
    let h = move || HomeUi::get(site.lang.get());
    let card = move |v: View,
                     label: fn(&crate::i18n::Ui) -> &'static str,
                     blurb: fn(&HomeUi) -> &'static str| {
        view! {
            <li class="home-card">
                <h3><a href=move || site.href(v, &[])>{move || label(t())}</a></h3>
                <p>{move || blurb(h())}</p>
            </li>
        }
    };
    view! {
        <Title text=move || format!("{} · {}", t().site_title, t().site_tagline) />
        <main id="main" class="page page--home">
            <h1 class="home__title">{move || t().site_tagline}</h1>
            <p class="home__lede">{move || h().lede}</p>
            <p><a class="button button--primary" href=move || site.href(View::Story, &[])>{move || h().start_story}</a></p>
            <TimeAxisCompact />
            <section aria-labelledby="home-explore">
                <h2 id="home-explore">{move || h().explore}</h2>
                <ul class="home-cards">
                    {card(View::Story, |t| t.nav_story, |h| h.story_blurb)}
                    {card(View::Timeline, |t| t.nav_timeline, |h| h.timeline_blurb)}
                    {card(View::Companies, |t| t.nav_companies, |h| h.companies_blurb)}
                    {card(View::Classroom, |t| t.nav_classroom, |h| h.classroom_blurb)}
                    {card(View::Glossary, |t| t.nav_glossary, |h| h.glossary_blurb)}
                    {card(View::About, |t| t.nav_about, |h| h.about_blurb)}
                </ul>
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
