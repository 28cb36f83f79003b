//! The classroom kit: lesson guide, discussion prompts, guess-the-figure, quiz, take-a-side
//! (with a compare view), debate mode and presenter mode. Everything runs in the browser;
//! the only state kept is the take-a-side draft in localStorage. Link parameters:
//! `crate::state::classroom`.

mod check;
mod content;
mod debate;
mod evidence;
mod guide;
mod present;
mod side;

use crate::app::use_site;
use crate::components::ignored_note::IgnoredNote;
use crate::components::title::Title;
use crate::i18n::ui;
use crate::state::classroom::{ClassroomQuery, Section};
use crate::state::route::View;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

crate::catalogue! {
    /// Strings of the classroom view (all its sections).
    pub struct ClassroomUi {
        lede: "프로젝터와 학생 휴대폰으로 쓰는 수업 도구입니다. 계정이 필요 없고, 아무것도 서버로 보내지 않습니다.", "Tools for a lesson on a projector and on students' phones. No accounts; nothing is sent anywhere.";
        sections: "교실 도구", "Classroom sections";
        sec_guide: "수업 안내", "Lesson guide";
        sec_prompts: "토론 질문", "Discussion prompts";
        sec_guess: "숫자 맞히기", "Guess the figure";
        sec_quiz: "퀴즈", "Quiz";
        sec_side: "입장 정하기", "Take a side";
        sec_compare: "입장 비교", "Compare";
        sec_debate: "토론 모드", "Debate";
        sec_present: "발표 모드", "Presenter";
        print: "인쇄", "Print";
        print_hint: "어느 화면이든 인쇄하면 출처와 이 화면을 다시 여는 QR 코드가 담긴 A4 자료가 됩니다.", "Print any view for an A4 handout with its sources and a QR code that reopens it.";
        minutes: "분", "min";
        evidence: "근거", "Evidence";
        // Lesson guide
        guide_title: "45분 수업 안내", "A 45-minute lesson";
        guide_intro: "이 사이트만으로 진행하는 한 차시 수업입니다. 단계마다 열어야 할 화면으로 바로 가는 링크가 있습니다. 인터넷이 느려도 한 번 연 화면은 오프라인에서도 열립니다.", "One lesson using only this site. Each step links straight to the view to open. On poor Wi-Fi, views opened once also work offline.";
        guide_goal: "학습 목표: 두 가지 AI 전략을 사실에 근거해 설명하고, 자기 입장을 근거를 들어 밝힌다.", "Learning goal: explain the two AI strategies from evidence, and state and justify a position.";
        // Prompts
        prompts_title: "장별 토론 질문", "Discussion prompts by chapter";
        prompts_intro: "장마다 세 수준의 질문이 있습니다. 기억(사실 찾기), 해석(이유와 관계 설명), 평가(판단하고 근거 대기).", "Each chapter has questions at three levels: recall (find the fact), interpretation (explain why and how), evaluation (judge and justify).";
        level_recall: "기억", "Recall";
        level_interpret: "해석", "Interpretation";
        level_evaluate: "평가", "Evaluation";
        chapter: "장", "Chapter";
        all_chapters: "모든 장 보기", "Show all chapters";
        only_chapter: "이 장만 보기·인쇄", "This chapter only (to print)";
        read_story: "이야기에서 읽기", "Read it in the story";
        present_chapter: "발표 모드로 보기", "Show in presenter mode";
        // Guess the figure
        guess_title: "숫자 맞히기", "Guess the figure";
        guess_intro: "먼저 예상하고, 그다음 공개하세요. 모든 숫자는 다섯 기사에 실린 그대로입니다.", "Predict first, then reveal. Every figure is exactly as reported in the five articles.";
        reveal: "정답 공개", "Reveal";
        answer_is: "기사에 실린 숫자", "The article reports";
        as_reported: "원문 표기", "As printed";
        you_guessed: "내 예상", "Your guess";
        right: "맞았습니다!", "Right!";
        wrong: "아쉽네요.", "Not quite.";
        // Quiz
        quiz_title: "자기 점검 퀴즈", "Self-check quiz";
        quiz_intro: "답을 고르면 바로 해설과 근거 기사가 나옵니다. 점수는 이 화면에만 남습니다.", "Pick an answer to see the explanation and its sources at once. Your score stays on this screen.";
        score: "점수", "Score";
        answered: "답한 문제", "answered";
        correct: "정답", "Correct";
        incorrect: "오답", "Incorrect";
        reset: "처음부터", "Start again";
        // Take a side
        side_title: "입장 정하기", "Take a side";
        side_intro: "각 기업(그리고 한국 전체)은 빅테크와 손잡아야 할까, 자체 AI를 키워야 할까? 눈금에서 자리를 고르고 한 줄 이유를 쓰세요. 이유에는 사실 하나를 대 보세요.", "Should each company (and Korea as a whole) ally with Big Tech or build its own AI? Pick a place on the scale and write a one-line reason, ideally citing a fact.";
        side_private: "입력한 내용은 이 기기에만 저장되고, 공유 링크를 보내기 전에는 아무에게도 전달되지 않습니다.", "What you enter is saved on this device only; nobody sees it unless you send your link.";
        scale_key: "동맹 = 빅테크와 손잡기 · 병행 = 둘 다 · 소버린 = 자체 AI 키우기", "Alliance = ally with Big Tech · Both = do both · Sovereign = build its own AI";
        pos1: "동맹", "Alliance";
        pos2: "동맹 쪽", "Leans alliance";
        pos3: "병행", "Both";
        pos4: "소버린 쪽", "Leans sovereign";
        pos5: "소버린", "Sovereign";
        unplaced: "미정", "Not placed";
        your_name: "이름(선택)", "Your name (optional)";
        reason: "이유", "Reason";
        reason_for: "에 대한 이유", "for";
        korea_whole: "한국 전체", "Korea as a whole";
        card: "기업 카드", "Company card";
        share_title: "공유하고 인쇄하기", "Share and print";
        share_link: "공유 링크", "Shareable link";
        copy: "링크 복사", "Copy link";
        copied: "복사했습니다.", "Copied.";
        copy_failed: "복사하지 못했습니다. 링크를 직접 선택해 복사하세요.", "Could not copy: select the link and copy it by hand.";
        clear: "모두 지우기", "Clear all";
        result_title: "입장 요약", "Position summary";
        anonymous: "이름 없는 학생", "Anonymous student";
        placed_of: "자리를 정한 곳", "Placed";
        organisation: "기업·기관", "Organisation";
        position: "입장", "Position";
        draft_discarded: "이 기기에 저장된 초안을 읽을 수 없어(손상되었거나 이전 버전 형식) 지웠습니다. 새로 시작해 주세요.", "The draft saved on this device could not be read (damaged, or from an older version) and was removed. Please start again.";
        compare_with: "다른 학생과 비교하기", "Compare with others";
        // Compare
        compare_title: "입장 비교", "Compare positions";
        compare_intro: "학생들에게 받은 공유 링크를 한꺼번에 붙여 넣으세요. 한 줄에 하나씩이어도, 단체 대화방에서 통째로 복사한 글이어도 됩니다. 글 속의 링크만 골라 읽고, 링크는 이 기기 안에서만 읽습니다.", "Paste all the links students sent you at once: one per line, or any text that contains them, such as a whole group chat copied out. Only the links in it are read, on this device only.";
        compare_links: "학생 링크(여러 개를 한꺼번에)", "Student links (many at once)";
        compare_go: "비교하기", "Compare";
        compare_none: "아직 비교할 입장이 없습니다.", "No positions to compare yet.";
        compare_bad: "입장으로 읽을 수 없는 링크와 줄", "Links and lines that could not be read as a position";
        compare_average: "평균", "Average";
        compare_clear: "비우기", "Clear";
        compare_table: "학생별 입장(1 = 동맹 … 5 = 소버린)", "Positions by student (1 = alliance … 5 = sovereign)";
        student: "학생", "Student";
        // Debate
        debate_title: "토론 모드", "Debate mode";
        debate_intro: "반을 동맹 팀과 소버린 팀으로 나눕니다. 팀마다 근거 카드가 있고, 상대 팀의 가장 강한 주장에 답해야 합니다.", "Split the class into an alliance team and a sovereign team. Each team gets its evidence cards and must answer the other side's strongest arguments.";
        debate_format: "진행: 준비 3분 → 입론 각 2분 → 반론 각 1분 30초 → 입장 정하기로 다시 투표", "Run: prepare 3 min → openings 2 min each → rebuttals 90 s each → vote again with Take a side";
        print_cards: "팀 카드 인쇄 (팀마다 한 쪽)", "Print team cards (one page per team)";
        both_teams: "두 팀 모두", "Both teams";
        team_alliance: "동맹 팀", "Alliance team";
        team_sovereign: "소버린 팀", "Sovereign team";
        your_case: "우리 팀의 주장", "Your case";
        your_evidence: "우리 팀 근거 카드", "Your evidence cards";
        your_quotes: "쓸 수 있는 인용", "Quotes you can use";
        answer_these: "상대 팀의 가장 강한 주장: 이렇게 답해 보세요", "The other side's strongest arguments: answer these";
        all_on_timeline: "이 입장의 사건 모두 타임라인에서 보기", "All events of this stance on the timeline";
        // Presenter
        present_title: "발표 모드", "Presenter mode";
        present_help: "→ · PageDown · Space: 다음 / ← · PageUp: 이전 / Home: 처음 / End: 끝", "→ · PageDown · Space: next / ← · PageUp: previous / Home: first / End: last";
        prev: "이전", "Previous";
        next: "다음", "Next";
        fullscreen: "전체 화면", "Full screen";
        exit_fullscreen: "전체 화면 끝내기", "Exit full screen";
        step: "단계", "Step";
        of: "/", "of";
        chapters: "장 목록", "Chapters";
        slide: "발표 화면", "Slide";
    }
}

impl Section {
    fn label(self, c: &ClassroomUi) -> &'static str {
        match self {
            Section::Guide => c.sec_guide,
            Section::Prompts => c.sec_prompts,
            Section::Guess => c.sec_guess,
            Section::Quiz => c.sec_quiz,
            Section::Side => c.sec_side,
            Section::Compare => c.sec_compare,
            Section::Debate => c.sec_debate,
            Section::Present => c.sec_present,
        }
    }
}

/// Write a new classroom query to the URL (replacing the history entry).
fn use_set_query() -> impl Fn(&ClassroomQuery) + Clone + 'static {
    let site = use_site();
    let navigate = use_navigate();
    move |q: &ClassroomQuery| {
        navigate(
            &site.href(View::Classroom, &q.pairs()),
            NavigateOptions {
                resolve: false,
                replace: true,
                scroll: false,
                ..Default::default()
            },
        );
    }
}

fn print_page() {
    let _ = window().print();
}

/// The classroom view: a section menu and the chosen section.
#[component]
pub fn ClassroomPage() -> impl IntoView {
    let site = use_site();
    let lang = site.lang;
    let c = move || ClassroomUi::get(lang.get());
    let chapters = present::chapter_index();
    let parsed = Memo::new(move |_| ClassroomQuery::parse(&site.search.get(), chapters));
    let query = Memo::new(move |_| parsed.with(|p| p.0.clone()));
    let ignored = Signal::derive(move || parsed.with(|p| p.1.clone()));
    let section = Memo::new(move |_| query.with(|q| q.section));
    let title = move || {
        format!(
            "{} · {} · {}",
            section.get().label(c()),
            ui(lang.get()).nav_classroom,
            ui(lang.get()).site_title
        )
    };
    let nav = move || {
        let cu = c();
        Section::ALL
            .iter()
            .map(|s| {
                let s = *s;
                let href = if s == Section::Guide {
                    site.href(View::Classroom, &[])
                } else {
                    site.href(View::Classroom, &[("section", s.slug().to_string())])
                };
                view! {
                    <li>
                        <a href=href aria-current=move || (section.get() == s).then_some("page")>
                            {s.label(cu)}
                        </a>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <Title text=title />
        <main id="main" class=move || format!("page page--classroom classroom classroom--{}", section.get().slug())>
            <IgnoredNote ignored=ignored />
            <header class="classroom__head">
                <h1 class="classroom__title">{move || ui(lang.get()).nav_classroom}</h1>
                <p class="classroom__lede">{move || c().lede}</p>
                <nav class="classroom__nav" aria-label=move || c().sections>
                    <ul>{nav}</ul>
                </nav>
            </header>
            {move || match section.get() {
                Section::Guide => guide::Guide().into_any(),
                Section::Prompts => view! { <guide::Prompts query /> }.into_any(),
                Section::Guess => check::Guesses().into_any(),
                Section::Quiz => check::Quiz().into_any(),
                Section::Side => view! { <side::TakeSide query /> }.into_any(),
                Section::Compare => view! { <side::Compare query /> }.into_any(),
                Section::Debate => view! { <debate::Debate query /> }.into_any(),
                Section::Present => view! { <present::Presenter query /> }.into_any(),
            }}
            <p class="classroom__print">
                <button type="button" class="button" on:click=move |_| print_page()>{move || c().print}</button>
                " "
                <span>{move || c().print_hint}</span>
            </p>
        </main>
    }
}
