//! Predict-then-reveal ("guess the figure") and the self-check quiz. Answers live only in
//! this page's memory.

use super::content::{Guess, QuizItem, GUESSES, QUIZ};
use super::evidence::EventLinks;
use super::ClassroomUi;
use crate::app::use_site;
use crate::components::source_line::{cite_text, SourceLine};
use crate::data::format::fmt_value;
use crate::data::{event, Event, Lang};
use leptos::prelude::*;

crate::catalogue! {
    /// The two printouts of a question set.
    pub struct CopyUi {
        print_student: "학생용 인쇄 (정답 없음)", "Print student copy (no answers)";
        print_teacher: "교사용 인쇄 (정답 포함)", "Print teacher copy (with answers)";
        student_copy: "학생용", "Student copy";
        teacher_copy: "교사용: 정답과 해설은 끝에 있습니다", "Teacher copy: the answer key is at the end";
        answer_key: "정답과 해설", "Answer key";
    }
}

/// Print buttons for a student copy (no answers, whatever was revealed on screen) and a
/// teacher copy (with the answer key), and the label that says on paper which is which.
/// Print without the buttons (Ctrl+P) gives the student copy: answers never print by chance.
fn copies(lang: Lang) -> impl IntoView {
    let p = CopyUi::get(lang);
    view! {
        <p class="classroom-copies">
            <button type="button" class="button" on:click=|_| crate::hooks::print_as("student")>
                {p.print_student}
            </button>
            <button type="button" class="button" on:click=|_| crate::hooks::print_as("teacher")>
                {p.print_teacher}
            </button>
        </p>
        <p class="classroom-copy classroom-copy--student">{p.student_copy}</p>
        <p class="classroom-copy classroom-copy--teacher">{p.teacher_copy}</p>
    }
}

/// The answer key, for the teacher copy only (hidden on screen, where answers are revealed
/// one by one): one entry per question, in order.
fn answer_key(lang: Lang, entries: Vec<AnyView>) -> impl IntoView {
    view! {
        <div class="classroom-key">
            <h3>{CopyUi::get(lang).answer_key}</h3>
            <ol class="classroom-key__list">{entries}</ol>
        </div>
    }
}

/// " — title (source)": the event an answer comes from, cited.
fn from_event(e: &Event, lang: Lang) -> String {
    match e.cites.first() {
        Some(c) => format!(" — {} ({})", e.title.get(lang), cite_text(c, lang)),
        None => format!(" — {}", e.title.get(lang)),
    }
}

/// A guess's options: the real value and the three distractors, smallest first.
fn options(real: f64, wrong: [f64; 3]) -> [f64; 4] {
    let mut all = [real, wrong[0], wrong[1], wrong[2]];
    all.sort_by(|a, b| a.total_cmp(b));
    all
}

/// One multiple-choice question: a radio group, an optional button, and the answer panel
/// (`children`) shown once `shown` is true.
#[component]
fn Question(
    n: usize,
    text: &'static str,
    options: Vec<String>,
    chosen: RwSignal<Option<usize>>,
    #[prop(optional)] button: Option<(&'static str, RwSignal<bool>)>,
    #[prop(into)] shown: Signal<bool>,
    children: ChildrenFn,
) -> impl IntoView {
    let name = format!("q{}-{n}", if button.is_some() { "g" } else { "q" });
    let radios = options
        .into_iter()
        .enumerate()
        .map(|(k, label)| {
            view! {
                <label class="classroom-option">
                    <input
                        type="radio"
                        name=name.clone()
                        prop:checked=move || chosen.get() == Some(k)
                        on:change=move |_| chosen.set(Some(k))
                    />
                    <span>{label}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <li class="classroom-guess">
            <fieldset class="classroom-question">
                <legend>{format!("{n}. {text}")}</legend>
                <div class="classroom-options">{radios}</div>
            </fieldset>
            {button.map(|(label, open)| view! {
                <button
                    type="button"
                    class="button"
                    aria-expanded=move || open.get().to_string()
                    on:click=move |_| open.set(true)
                >
                    {label}
                </button>
            })}
            <Show when=move || shown.get()>
                <div class="classroom-reveal" role="status">{children()}</div>
            </Show>
        </li>
    }
}

/// A verdict paragraph, styled right or wrong (its text says which, too).
fn verdict(ok: bool, body: impl IntoView) -> impl IntoView {
    let class = if ok { "right" } else { "wrong" };
    view! { <p class=format!("classroom-verdict classroom-verdict--{class}")>{body}</p> }
}

/// One guess: the figure's question, four values to choose from, and the reveal.
#[component]
fn GuessItem(
    n: usize,
    g: &'static Guess,
    lang: Lang,
    chosen: RwSignal<Option<usize>>,
    revealed: RwSignal<bool>,
) -> impl IntoView {
    let c = ClassroomUi::get(lang);
    let Some((e, f)) = event(g.event).and_then(|e| Some((e, e.figures.get(g.fig)?))) else {
        return ().into_any();
    };
    let opts = options(f.value, g.wrong);
    let labels = opts.iter().map(|v| fmt_value(*v, f.unit, lang)).collect();
    let guessed = move || {
        chosen.get().map(|k| {
            let ok = opts[k] == f.value;
            let text = format!(
                "{} {}: {}",
                if ok { c.right } else { c.wrong },
                c.you_guessed,
                fmt_value(opts[k], f.unit, lang)
            );
            verdict(ok, text)
        })
    };
    view! {
        <Question n text=g.q.get(lang) options=labels chosen button=(c.reveal, revealed) shown=revealed>
            <p class="classroom-reveal__answer">
                {format!("{}: ", c.answer_is)}
                <strong class="classroom-reveal__value">{fmt_value(f.value, f.unit, lang)}</strong>
                {format!(" · {}", f.label.get(lang))}
            </p>
            <p>
                {format!("{}: ", c.as_reported)}
                <q lang="ko">{f.as_reported}</q>
                {format!(" — {}", e.title.get(lang))}
            </p>
            {guessed}
            <SourceLine ev=e lang />
        </Question>
    }
    .into_any()
}

/// A guess's entry in the answer key: the figure, what it measures, and as printed.
fn guess_answer(g: &'static Guess, lang: Lang) -> AnyView {
    let c = ClassroomUi::get(lang);
    let Some((e, f)) = event(g.event).and_then(|e| Some((e, e.figures.get(g.fig)?))) else {
        return view! { <li></li> }.into_any();
    };
    view! {
        <li>
            <strong>{fmt_value(f.value, f.unit, lang)}</strong>
            {format!(" · {} · {}: ", f.label.get(lang), c.as_reported)}
            <q lang="ko">{f.as_reported}</q>
            {from_event(e, lang)}
        </li>
    }
    .into_any()
}

#[component]
pub fn Guesses() -> impl IntoView {
    let site = use_site();
    // One (chosen option, revealed) pair per question, kept across language switches.
    let state: Vec<(RwSignal<Option<usize>>, RwSignal<bool>)> = GUESSES
        .iter()
        .map(|_| (RwSignal::new(None), RwSignal::new(false)))
        .collect();
    move || {
        let lang = site.lang.get();
        let c = ClassroomUi::get(lang);
        let items = GUESSES
            .iter()
            .zip(state.iter().copied())
            .enumerate()
            .map(|(i, (g, (chosen, revealed)))| {
                view! { <GuessItem n=i + 1 g lang chosen revealed /> }
            })
            .collect_view();
        view! {
            <section class="classroom__section" aria-labelledby="classroom-guess">
                <h2 id="classroom-guess">{c.guess_title}</h2>
                <p>{c.guess_intro}</p>
                {copies(lang)}
                <ol class="classroom-questions">{items}</ol>
                {answer_key(lang, GUESSES.iter().map(|g| guess_answer(g, lang)).collect())}
            </section>
        }
    }
}

/// One quiz question; once answered: right or wrong (with the right answer), why, and
/// the evidence.
#[component]
fn QuizQuestion(
    n: usize,
    q: &'static QuizItem,
    lang: Lang,
    chosen: RwSignal<Option<usize>>,
) -> impl IntoView {
    let c = ClassroomUi::get(lang);
    let labels = q.options.iter().map(|o| o.get(lang).to_string()).collect();
    let result = move || {
        chosen.get().map(|k| {
            let ok = k == q.answer;
            let right = (!ok).then(|| format!(" → {}", q.options[q.answer].get(lang)));
            verdict(
                ok,
                view! { <strong>{if ok { c.correct } else { c.incorrect }}</strong> {right} },
            )
        })
    };
    view! {
        <Question n text=q.q.get(lang) options=labels chosen shown=Signal::derive(move || chosen.get().is_some())>
            {result}
            <p>{q.why.get(lang)}</p>
            <EventLinks ids=q.events lang />
        </Question>
    }
}

/// A quiz question's entry in the answer key: the right option, why, and the source.
fn quiz_answer(q: &'static QuizItem, lang: Lang) -> AnyView {
    let source: String = q
        .events
        .iter()
        .filter_map(|id| event(id))
        .take(1)
        .map(|e| from_event(e, lang))
        .collect();
    view! {
        <li>
            <strong>{q.options.get(q.answer).map(|o| o.get(lang))}</strong>
            {format!(" · {}", q.why.get(lang))}
            <span class="classroom__cite">{source}</span>
        </li>
    }
    .into_any()
}

#[component]
pub fn Quiz() -> impl IntoView {
    let site = use_site();
    let answers: Vec<RwSignal<Option<usize>>> = QUIZ.iter().map(|_| RwSignal::new(None)).collect();
    let all = answers.clone();
    let score = Memo::new(move |_| {
        let done: Vec<bool> = QUIZ
            .iter()
            .zip(&all)
            .filter_map(|(q, a)| a.get().map(|k| k == q.answer))
            .collect();
        (done.iter().filter(|ok| **ok).count(), done.len())
    });
    move || {
        let lang = site.lang.get();
        let c = ClassroomUi::get(lang);
        let items = QUIZ
            .iter()
            .zip(answers.iter().copied())
            .enumerate()
            .map(|(i, (q, chosen))| view! { <QuizQuestion n=i + 1 q lang chosen /> })
            .collect_view();
        let reset_all = answers.clone();
        view! {
            <section class="classroom__section" aria-labelledby="classroom-quiz">
                <h2 id="classroom-quiz">{c.quiz_title}</h2>
                <p>{c.quiz_intro}</p>
                {copies(lang)}
                <ol class="classroom-questions">{items}</ol>
                {answer_key(lang, QUIZ.iter().map(|q| quiz_answer(q, lang)).collect())}
                <p class="classroom-score" role="status" aria-live="polite">
                    {move || {
                        let (right, done) = score.get();
                        format!("{}: {right} / {} ({} {done})", c.score, QUIZ.len(), c.answered)
                    }}
                    " "
                    <button type="button" class="button" on:click=move |_| reset_all.iter().for_each(|a| a.set(None))>
                        {c.reset}
                    </button>
                </p>
            </section>
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_real_value_is_among_four_sorted_options_and_moves_around() {
        let mut places = std::collections::HashSet::new();
        for g in GUESSES {
            let f = &event(g.event).unwrap().figures[g.fig];
            let o = options(f.value, g.wrong);
            assert!(
                o.windows(2).all(|w| w[0] < w[1]),
                "{}: distinct, sorted",
                g.event
            );
            places.insert(o.iter().position(|v| *v == f.value).unwrap());
        }
        assert!(
            places.len() >= 3,
            "the answer is not always in the same place"
        );
    }
}
