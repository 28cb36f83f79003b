use crate::app::use_site;
use crate::components::source_list::SourceListFull;
use crate::components::title::Title;
use crate::i18n::ui;
use leptos::prelude::*;

crate::catalogue! {
    pub struct AboutUi {
        what_title: "이 사이트는", "What this is";
        what: "'갈림길'은 한국 AI 산업이 글로벌 빅테크와의 동맹과 독자적인 소버린 AI 사이에서 어떤 길을 고르고 있는지 설명하는 인터랙티브 해설입니다. 어느 한쪽 편을 들지 않고, 양쪽의 가장 강한 논거와 그 근거를 보여 줍니다.", "Crossroads is an interactive explainer of how Korea's AI industry is choosing between an alliance with global Big Tech and a home-grown, sovereign AI. It takes no side: it shows each side's strongest case and the evidence behind it.";
        facts_title: "사실은 어디서 왔나", "Where the facts come from";
        facts: "모든 사실은 아래 다섯 편의 한국어 기사에서만 가져왔습니다. 숫자·이름·날짜·인용문은 기사 그대로 옮겼고, 설명 문장은 우리 말로 새로 썼습니다. 기사에 날짜가 없거나 '지난 3월'처럼 상대적인 표현만 있으면 날짜를 추정하고 그렇게 표시했습니다. 기사 속 오타나 잘못 끼어든 문구는 바로잡고 메모를 달았습니다.", "Every fact comes only from the five Korean articles below. Numbers, names, dates and quotes are carried over exactly; the explanations are written in our own words. Where an article gives no date, or only a relative one such as 'last March', we infer the date and mark it as inferred. Slips and stray text in the articles are corrected, with a note.";
        cite_title: "인용하는 법", "How to cite";
        cite: "갈림길: 한국 AI 전략 논쟁 해설. 각 사실에 달린 원 기사(매체, 날짜, 문단)를 함께 밝혀 주세요.", "Crossroads: an explainer of Korea's AI strategy debate. Please also cite the original article (outlet, date, paragraph) shown with each fact.";
        privacy_title: "개인정보", "Privacy";
        privacy: "이 사이트는 브라우저 안에서만 동작합니다. 외부 서버에 요청하지 않고, 분석 도구나 외부 글꼴을 쓰지 않으며, 입력한 내용은 이 기기에만 저장됩니다.", "The site runs entirely in your browser. It makes no requests to other servers, uses no analytics or web fonts, and anything you enter stays on this device.";
    }
}

/// What the site is, where its facts come from, how to cite it.
#[component]
pub fn AboutPage() -> impl IntoView {
    let site = use_site();
    let lang = site.lang;
    let t = move || ui(lang.get());
    let a = move || AboutUi::get(lang.get());
    view! {
        <Title text=move || format!("{} · {}", t().nav_about, t().site_title) />
        <main id="main" class="page page--about">
            <h1>{move || t().nav_about}</h1>
            <h2>{move || a().what_title}</h2>
            <p>{move || a().what}</p>
            <h2>{move || a().facts_title}</h2>
            <p>{move || a().facts}</p>
            <SourceListFull class="source-list" />
            <h2>{move || a().cite_title}</h2>
            <p>{move || a().cite}</p>
            <h2>{move || a().privacy_title}</h2>
            <p>{move || a().privacy}</p>
        </main>
    }
}
