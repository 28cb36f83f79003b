//! Predict-then-reveal ("guess the figure") and the self-check quiz. Answers live only in
//! this page's memory.

use super::content::{GUESSES, QUIZ};
use super::html::{event_links, sources_line, Html};
use super::{fmt_value, ClassroomUi};
use crate::app::use_site;
use crate::data::event;
use leptos::prelude::*;

/// A guess's options: the real value and the three distractors, smallest first.
fn options(real: f64, wrong: [f64; 3]) -> [f64; 4] {
    let mut all = [real, wrong[0], wrong[1], wrong[2]];
    all.sort_by(|a, b| a.total_cmp(b));
    all
}

/// One multiple-choice question: a radio group, an optional button, and an answer panel
/// (escaped HTML) shown once `answer` is not empty.
#[component]
fn Question(
    n: usize,
    text: &'static str,
    options: Vec<String>,
    chosen: RwSignal<Option<usize>>,
    #[prop(optional)] button: Option<(&'static str, RwSignal<bool>)>,
    #[prop(into)] answer: Signal<String>,
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
            <Show when=move || answer.with(|a| !a.is_empty())>
                <div class="classroom-reveal" role="status" inner_html=move || answer.get()></div>
            </Show>
        </li>
    }
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
            .filter_map(|(i, (g, (chosen, revealed)))| {
                let e = event(g.event)?;
                let f = e.figures.get(g.fig)?;
                let opts = options(f.value, g.wrong);
                let answer = Signal::derive(move || {
                    if !revealed.get() {
                        return String::new();
                    }
                    let mut h = Html::default();
                    h.open("p", &[("class", "classroom-reveal__answer")])
                        .text(&format!("{}: ", c.answer_is))
                        .el(
                            "strong",
                            &[("class", "classroom-reveal__value")],
                            &fmt_value(f.value, f.unit, lang),
                        )
                        .text(&format!(" · {}", f.label.get(lang)))
                        .close("p")
                        .open("p", &[])
                        .text(&format!("{}: ", c.as_reported))
                        .el("q", &[("lang", "ko")], f.as_reported)
                        .text(&format!(" — {}", e.title.get(lang)))
                        .close("p");
                    if let Some(k) = chosen.get() {
                        let ok = opts[k] == f.value;
                        let class = if ok { "right" } else { "wrong" };
                        h.el(
                            "p",
                            &[(
                                "class",
                                &format!("classroom-verdict classroom-verdict--{class}"),
                            )],
                            &format!(
                                "{} {}: {}",
                                if ok { c.right } else { c.wrong },
                                c.you_guessed,
                                fmt_value(opts[k], f.unit, lang)
                            ),
                        );
                    }
                    sources_line(&mut h, e, lang, site);
                    h.0
                });
                let labels = opts.iter().map(|v| fmt_value(*v, f.unit, lang)).collect();
                Some(view! {
                    <Question
                        n=i + 1
                        text=g.q.get(lang)
                        options=labels
                        chosen
                        button=(c.reveal, revealed)
                        answer
                    />
                })
            })
            .collect_view();
        view! {
            <section class="classroom__section" aria-labelledby="classroom-guess">
                <h2 id="classroom-guess">{c.guess_title}</h2>
                <p>{c.guess_intro}</p>
                <ol class="classroom-questions">{items}</ol>
            </section>
        }
    }
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
            .map(|(i, (q, chosen))| {
                let answer = Signal::derive(move || {
                    let Some(k) = chosen.get() else {
                        return String::new();
                    };
                    let ok = k == q.answer;
                    let mut h = Html::default();
                    h.open(
                        "p",
                        &[(
                            "class",
                            if ok {
                                "classroom-verdict classroom-verdict--right"
                            } else {
                                "classroom-verdict classroom-verdict--wrong"
                            },
                        )],
                    )
                    .el(
                        "strong",
                        &[],
                        if ok { c.correct } else { c.incorrect },
                    );
                    if !ok {
                        h.text(&format!(" → {}", q.options[q.answer].get(lang)));
                    }
                    h.close("p").el("p", &[], q.why.get(lang));
                    event_links(&mut h, q.events, lang, site);
                    h.0
                });
                let labels = q.options.iter().map(|o| o.get(lang).to_string()).collect();
                view! { <Question n=i + 1 text=q.q.get(lang) options=labels chosen answer /> }
            })
            .collect_view();
        let reset_all = answers.clone();
        view! {
            <section class="classroom__section" aria-labelledby="classroom-quiz">
                <h2 id="classroom-quiz">{c.quiz_title}</h2>
                <p>{c.quiz_intro}</p>
                <ol class="classroom-questions">{items}</ol>
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
