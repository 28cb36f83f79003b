//! The story view: step through nine chapters (buttons, arrow keys, PageUp/PageDown), each
//! step a single claim with its evidence; then the argument map and two-sided readings.
//! The URL names the place (`story/?chapter=<slug>&step=<n>`); stepping pushes history.

use crate::app::{use_site, Site};
use crate::components::evidence_list::EvidenceList;
use crate::components::ignored_note::IgnoredNote;
use crate::components::quote_card::QuoteCard;
use crate::components::story_step::{CaveatNote, ChapterPrint, StoryStep, HEADING_ID};
use crate::components::term::{provide_open_term, OpenTerm};
use crate::components::title::Title;
use crate::content::argmap::{CASES, READINGS};
use crate::content::story::{outline, CHAPTERS};
use crate::content::{quote, Argument, Case, Reading};
use crate::data::{event, Lang, Stance, Text};
use crate::i18n::ui;
use crate::state::route::View;
use crate::state::story::{next, overall, params, parse, prev, StoryPos};
use leptos::ev;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;
use wasm_bindgen::JsCast;

crate::catalogue! {
    pub struct StoryUi {
        title: "이야기: 한국 AI의 두 갈래 길", "The story: Korea's two roads in AI";
        lede: "아홉 장, 한 단계에 주장 하나. 모든 주장에는 타임라인의 근거가 달려 있고, 추론이거나 근거가 약한 곳은 그렇게 표시했습니다. 버튼이나 ← → 키로 넘겨 보세요.", "Nine chapters, one claim per step. Every claim links to its facts on the timeline, and inferences and thin evidence are marked as such. Step through with the buttons or the ← → keys.";
        contents: "차례", "Contents";
        chapters: "장 목록", "Chapters";
        progress: "전체 {C}장 중 {c}장 · {S}단계 중 {s}단계", "Chapter {c} of {C} · step {s} of {S}";
        overall: "전체 진행", "Overall progress";
        step_nav: "단계 이동", "Step navigation";
        prev: "이전", "Previous";
        next: "다음", "Next";
        to_argmap: "논증 지도로", "On to the argument map";
        keys: "← → 키(또는 PageUp·PageDown)로도 넘길 수 있습니다.", "You can also use the ← → keys (or PageUp and PageDown).";
        argmap_title: "논증 지도", "The argument map";
        argmap_lede: "각 길을 지지하는 가장 강한 논거를, 그것을 뒷받침하는 사실과 반대되는 사실, 그리고 그렇게 말하는 사람들의 목소리와 함께 정리했습니다. 사이트는 어느 편도 들지 않습니다.", "The strongest case for each road, with the facts that support it, the facts that cut against it, and the people who make it. The site takes no side.";
        supports: "뒷받침하는 사실", "Facts for";
        opposes: "반대되는 사실", "Facts against";
        voices: "이렇게 말하는 사람들", "Who says so";
        no_voices: "다섯 기사에서 이 논거를 직접 말하는 사람은 없습니다.", "No one in the five articles argues this in their own words.";
        sides_title: "양쪽에서 읽기", "Read it from both sides";
        sides_lede: "같은 사실도 어느 편에서 보느냐에 따라 달리 읽힙니다. 아래 해석은 사실이 아니라 각 입장의 시각을 우리 말로 옮긴 것입니다.", "The same fact reads differently from each side. The readings below are not facts: they are each position's view, in our words.";
        reading: "해석", "Reading";
        alliance_reads: "동맹 지지자라면", "An alliance advocate";
        sovereign_reads: "소버린 지지자라면", "A sovereign advocate";
        the_fact: "사실", "The fact";
        print_chapter: "이 장 인쇄 (모든 단계)", "Print this chapter (every step)";
        print_argmap: "논증 지도만 인쇄", "Print the argument map";
        print_sides: "양쪽에서 읽기만 인쇄", "Print the readings";
        hurry: "시간이 없다면:", "Short on time?";
    }
}

/// A button that prints one form of the page (`mode`: see `hooks::print_as` and the print
/// rules in story.css). Shown once the app runs: without it the button could do nothing.
fn print_button(label: &'static str, mode: &'static str) -> impl IntoView {
    view! {
        <p class="story__print">
            <button type="button" class="button" on:click=move |_| crate::hooks::print_as(mode)>
                {label}
            </button>
        </p>
    }
}

/// Move keyboard focus to the step heading once the new step is on screen.
fn focus_heading() {
    request_animation_frame(|| {
        if let Some(el) = document()
            .get_element_by_id(HEADING_ID)
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = el.focus();
        }
    });
}

/// True when a key press belongs to a text field rather than to the story.
fn typing_into(ev: &web_sys::KeyboardEvent) -> bool {
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| {
            matches!(
                el.tag_name().to_ascii_lowercase().as_str(),
                "input" | "textarea" | "select"
            ) || el.has_attribute("contenteditable")
        })
}

fn story_href(site: Site, p: StoryPos) -> String {
    site.href(View::Story, &params(p, outline()))
}

#[component]
pub fn StoryPage() -> impl IntoView {
    let site = use_site();
    let lang = site.lang;
    let parsed = Memo::new(move |_| parse(&site.search.get(), outline()));
    let pos = Memo::new(move |_| parsed.get().0);
    let ignored = Signal::derive(move || parsed.get().1);
    let open_term = provide_open_term();

    let navigate = use_navigate();
    let go = StoredValue::new_local(move |p: StoryPos| {
        navigate(
            &story_href(site, p),
            NavigateOptions {
                resolve: false,
                replace: false,
                scroll: false,
                ..Default::default()
            },
        )
    });
    let step_to = move |p: Option<StoryPos>| {
        if let Some(p) = p {
            go.with_value(|go| go(p));
        }
    };

    // A new step (by button, key, contents link or Back) takes focus to its heading.
    Effect::new(move |before: Option<StoryPos>| {
        let now = pos.get();
        if before.is_some_and(|b| b != now) {
            focus_heading();
        }
        now
    });

    use_story_keys(pos, open_term, step_to);

    // Pre-rendered closed, as on a phone; on a wide screen the stylesheet shows the
    // pre-rendered contents anyway, so the app's open panel takes the same place.
    let toc_open = crate::hooks::use_media_query("(min-width: 60rem)", false).get_untracked();

    // Rendered per language and position in a few coarse blocks: the content is static.
    let progress = move || {
        let p = pos.get();
        StoryUi::get(lang.get())
            .progress
            .replace("{c}", &(p.chapter + 1).to_string())
            .replace("{C}", &CHAPTERS.len().to_string())
            .replace("{s}", &(p.step + 1).to_string())
            .replace("{S}", &CHAPTERS[p.chapter].steps.len().to_string())
    };
    let intro = move || {
        let s = StoryUi::get(lang.get());
        view! {
            <h1 class="story__title">{s.title}</h1>
            <p class="story__lede">{s.lede}</p>
            <p class="story__short">
                {s.hurry}
                " "
                <a href=site.href(View::ShortStory, &[])>{crate::pages::home::HomeUi::get(lang.get()).short_story}</a>
            </p>
        }
    };
    let toc = move || contents(site, pos.get(), lang.get());
    let step_to = Callback::new(step_to);
    let chapter = Memo::new(move |_| pos.get().chapter);
    let rest = move || {
        let l = lang.get();
        view! {
            <ArgumentMap lang=l />
            <BothSides lang=l />
        }
    };

    view! {
        <Title text=move || {
            let l = lang.get();
            format!(
                "{} · {} · {}",
                CHAPTERS[pos.get().chapter].title.get(l),
                ui(l).nav_story,
                ui(l).site_title,
            )
        } />
        <main id="main" class="page page--story">
            <IgnoredNote ignored=ignored />
            {intro}
            <div class="story__layout">
                <details class="story-toc" open=toc_open>
                    {toc}
                </details>
                <p class="prerender-pending" role="status">{crate::i18n::ui(lang.get_untracked()).preparing_view}</p>
                <div class="story__stage" data-query-dependent="">
                    <p class="story__progress" id="story-progress" aria-live="polite">{progress}</p>
                    <StoryStage pos=pos step_to=step_to />
                    {move || print_button(StoryUi::get(lang.get()).print_chapter, "chapter")}
                    {move || view! { <ChapterPrint chapter=chapter.get() lang=lang.get() /> }}
                </div>
            </div>
            {rest}
        </main>
    }
}

/// The current step with its progress bar and the previous / next controls.
#[component]
fn StoryStage(pos: Memo<StoryPos>, step_to: Callback<Option<StoryPos>>) -> impl IntoView {
    let site = use_site();
    let lang = site.lang;
    let step_to = move |p: Option<StoryPos>| step_to.run(p);
    move || {
        let (p, l) = (pos.get(), lang.get());
        let s = StoryUi::get(l);
        let (at, total) = overall(p, outline());
        let before = prev(p, outline());
        let after = next(p, outline());
        let onward = if after.is_some() {
            view! {
                <button
                    type="button"
                    class="button button--primary story__next"
                    on:click=move |_| step_to(after)
                >
                    {s.next}
                    <span aria-hidden="true">" →"</span>
                </button>
            }
            .into_any()
        } else {
            view! {
                <a class="button button--primary story__next" href=section_href(site, p, "argument-map")>
                    {s.to_argmap}
                    <span aria-hidden="true">" ↓"</span>
                </a>
            }
            .into_any()
        };
        view! {
            <progress class="story__bar" aria-label=s.overall max=total value=at></progress>
            <StoryStep pos=p lang=l />
            <nav class="story__controls" aria-label=s.step_nav>
                <crate::components::needs_app::NeedsApp />
                <button
                    type="button"
                    class="button story__prev"
                    disabled=before.is_none()
                    on:click=move |_| step_to(before)
                >
                    <span aria-hidden="true">"← "</span>
                    {s.prev}
                </button>
                {onward}
            </nav>
            <p class="story__hint">{s.keys}</p>
        }
    }
}

/// Arrow and Page keys step through the story; Escape closes an open definition.
fn use_story_keys(
    pos: Memo<StoryPos>,
    open_term: OpenTerm,
    step_to: impl Fn(Option<StoryPos>) + Copy + 'static,
) {
    let keys = window_event_listener(ev::keydown, move |ev| {
        if ev.default_prevented() || ev.alt_key() || ev.ctrl_key() || ev.meta_key() {
            return;
        }
        let key = ev.key();
        if key == "Escape" {
            open_term.0.set(None);
            return;
        }
        if ev.shift_key() || typing_into(&ev) {
            return;
        }
        let here = pos.get_untracked();
        let target = match key.as_str() {
            "ArrowRight" | "PageDown" => next(here, outline()),
            "ArrowLeft" | "PageUp" => prev(here, outline()),
            _ => return,
        };
        if target.is_some() {
            ev.prevent_default();
            step_to(target);
        }
    });
    on_cleanup(move || keys.remove());
}

fn section_href(site: Site, p: StoryPos, anchor: &str) -> String {
    format!("{}#{anchor}", story_href(site, p))
}

/// The contents: every chapter, the current chapter's steps, and the two closing sections.
fn contents(site: Site, pos: StoryPos, lang: Lang) -> impl IntoView {
    let s = StoryUi::get(lang);
    let chapters = CHAPTERS
        .iter()
        .enumerate()
        .map(|(c, chapter)| {
            let here = pos.chapter == c;
            let steps = here.then(|| {
                let items = chapter
                    .steps
                    .iter()
                    .enumerate()
                    .map(|(i, step)| {
                        let p = StoryPos { chapter: c, step: i };
                        view! {
                            <li>
                                <a href=story_href(site, p) aria-current=(pos == p).then_some("step")>
                                    {step.title.get(lang)}
                                </a>
                            </li>
                        }
                    })
                    .collect_view();
                view! { <ol class="story-toc__steps">{items}</ol> }
            });
            view! {
                <li class=if here { "story-toc__chapter story-toc__chapter--current" } else { "story-toc__chapter" }>
                    <a
                        href=story_href(site, StoryPos { chapter: c, step: 0 })
                        aria-current=here.then_some("true")
                    >
                        {chapter.title.get(lang)}
                    </a>
                    {steps}
                </li>
            }
        })
        .collect_view();
    view! {
        <summary class="story-toc__summary">{s.contents}</summary>
        <nav aria-label=s.chapters>
            <ol class="story-toc__list">{chapters}</ol>
            <ul class="story-toc__more">
                <li><a href=section_href(site, pos, "argument-map")>{s.argmap_title}</a></li>
                <li><a href=section_href(site, pos, "both-sides")>{s.sides_title}</a></li>
            </ul>
        </nav>
    }
}

/// The strongest case for alliance, for sovereignty and for both, side by side.
#[component]
fn ArgumentMap(lang: Lang) -> impl IntoView {
    let s = StoryUi::get(lang);
    view! {
        <section id="argument-map" class="argmap" aria-labelledby="argmap-title">
            <h2 id="argmap-title">{s.argmap_title}</h2>
            <p class="argmap__lede">{s.argmap_lede}</p>
            {print_button(s.print_argmap, "argmap")}
            <div class="argmap__cases">
                {CASES.iter().map(|c| view! { <CaseColumn case=c lang=lang /> }).collect_view()}
            </div>
        </section>
    }
}

#[component]
fn CaseColumn(case: &'static Case, lang: Lang) -> impl IntoView {
    let slug = case.stance.slug();
    view! {
        <section class=format!("argmap__case argmap__case--{slug}") aria-labelledby=format!("argmap-{slug}")>
            <h3 class="argmap__case-title" id=format!("argmap-{slug}")>
                <span class=format!("stance stance--{slug}")>{case.stance.label().get(lang)}</span>
                " "
                {case.title.get(lang)}
            </h3>
            <p class="argmap__summary">{case.summary.get(lang)}</p>
            <ol class="argmap__args">
                {case.arguments.iter().map(|a| view! { <ArgumentCard argument=a lang=lang /> }).collect_view()}
            </ol>
        </section>
    }
}

#[component]
fn ArgumentCard(argument: &'static Argument, lang: Lang) -> impl IntoView {
    let s = StoryUi::get(lang);
    let voices = if argument.voices.is_empty() {
        view! { <p class="argmap__none">{s.no_voices}</p> }.into_any()
    } else {
        argument
            .voices
            .iter()
            .filter_map(|q| quote(q))
            .map(|q| view! { <QuoteCard quote=q lang=lang /> })
            .collect_view()
            .into_any()
    };
    view! {
        <li class="argmap__arg">
            <h4 class="argmap__claim">{argument.claim.get(lang)}</h4>
            <p class="argmap__detail">{argument.detail.get(lang)}</p>
            {argument.caveats.iter().map(|c| view! { <CaveatNote caveat=c lang=lang /> }).collect_view()}
            <div class="argmap__facts argmap__facts--for">
                <h5 class="argmap__label">{s.supports}</h5>
                <EvidenceList ids=argument.supports lang=lang />
            </div>
            <div class="argmap__facts argmap__facts--against">
                <h5 class="argmap__label">{s.opposes}</h5>
                <EvidenceList ids=argument.opposes lang=lang />
            </div>
            <div class="argmap__voices">
                <h5 class="argmap__label">{s.voices}</h5>
                {voices}
            </div>
        </li>
    }
}

/// Ten key facts, each read by an alliance advocate and a sovereign-AI advocate.
#[component]
fn BothSides(lang: Lang) -> impl IntoView {
    let s = StoryUi::get(lang);
    view! {
        <section id="both-sides" class="story-sides" aria-labelledby="sides-title">
            <h2 id="sides-title">{s.sides_title}</h2>
            <p class="story-sides__lede">{s.sides_lede}</p>
            {print_button(s.print_sides, "sides")}
            <ol class="story-sides__list">
                {READINGS.iter().map(|r| view! { <ReadingItem reading=r lang=lang /> }).collect_view()}
            </ol>
        </section>
    }
}

#[component]
fn ReadingItem(reading: &'static Reading, lang: Lang) -> impl IntoView {
    let site = use_site();
    let s = StoryUi::get(lang);
    let ev = event(reading.event)?;
    let side = |stance: Stance, who: &'static str, text: Text| {
        let slug = stance.slug();
        view! {
            <div class=format!("story-sides__side story-sides__side--{slug}")>
                <p class="story-sides__who">
                    <span class=format!("stance stance--{slug}")>{who}</span>
                    " "
                    <span class="story-sides__tag">{s.reading}</span>
                </p>
                <p>{text.get(lang)}</p>
            </div>
        }
    };
    Some(view! {
        <li class="story-sides__item" data-reading=ev.id>
            <h3 class="story-sides__fact">
                <span class="visually-hidden">{s.the_fact} ": "</span>
                <a href=site.href(View::Timeline, &[("event", ev.id.into())])>{ev.title.get(lang)}</a>
            </h3>
            <p class="story-sides__date">
                {ev.date_words(lang).0}
                <time datetime=ev.date.iso()>{ev.date.display(lang)}</time>
                {ev.date_words(lang).1}
            </p>
            <div class="story-sides__pair">
                {side(Stance::Alliance, s.alliance_reads, reading.alliance)}
                {side(Stance::Sovereign, s.sovereign_reads, reading.sovereign)}
            </div>
        </li>
    })
}
