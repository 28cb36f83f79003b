//! The short story: one paragraph per chapter, written from the facts of that chapter's
//! steps and citing them, for a reader with two or three minutes (`story/short/`). Each
//! paragraph leads into its full chapter. Reading times are counted, not guessed.

use super::story::CHAPTERS;
use super::{t, Chapter};
use crate::data::{Lang, Text};

/// One chapter in brief.
#[derive(Debug, PartialEq)]
pub struct Summary {
    /// The chapter's slug (`content::story::CHAPTERS`).
    pub chapter: &'static str,
    pub text: Text,
    /// The facts it rests on: events of the chapter's own steps.
    pub events: &'static [&'static str],
}

pub static SUMMARIES: &[Summary] = &[
    Summary {
        chapter: "the-race",
        text: t!(
            "생성형 AI 경쟁은 돈의 경쟁이 됐다. 시티그룹은 MS·메타·아마존·알파벳의 AI 설비 투자가 전년보다 42% 늘어 2090억 달러에 이를 것으로 내다봤고, 딥시크의 등장도 AI 데이터센터 투자를 식히지 못했다. 초거대 AI에 워낙 큰돈이 들다 보니 거대 기업들조차 동맹을 택했다.",
            "Generative AI has turned into a race of money. Citigroup expects Microsoft, Meta, Amazon and Alphabet to spend $209bn on AI facilities, 42% more than the year before, and the arrival of DeepSeek has not cooled data-centre investment. Hyperscale AI costs so much that even the giants have turned to alliances."
        ),
        events: &[
            "citigroup-big-tech-ai-capex-forecast",
            "aidc-investment-holds-despite-deepseek",
            "big-tech-turns-to-alliances-2024",
        ],
    },
    Summary {
        chapter: "nations",
        text: t!(
            "국가들도 뛰어들었다. 중국은 국가 주도로 10대 컴퓨팅 허브 클러스터를 짓고, 프랑스는 AI 투자 1090억 유로를 끌어오겠다고 선언했다. 오픈AI가 각국의 AI 인프라 구축을 돕겠다고 나선 것은 미국 중심의 AI 동맹을 넓히려는 움직임으로 풀이된다. 글로벌 AI 인덱스에서 한국은 6위지만, 인재와 연구는 10위권 밖이다.",
            "Governments have joined the race. China is building ten state-led computing hub clusters, and France pledged to attract €109bn of AI investment. OpenAI's offer to help countries build AI infrastructure is read as a way to widen a US-centred AI alliance. Korea ranks sixth in the Global AI Index, but outside the top ten for talent and research."
        ),
        events: &[
            "china-ten-national-computing-hub-clusters",
            "france-ai-investment-pledge-paris-summit",
            "openai-for-countries-read-as-containing-china",
            "global-ai-index-korea-sixth",
            "global-ai-index-korea-talent-research-gap",
        ],
    },
    Summary {
        chapter: "two-roads",
        text: t!(
            "국내 기업들은 두 갈래 길에서 활로를 찾는다. 빅테크와 전략적으로 손잡는 길, 아니면 제힘으로 버티는 길이다. 한국에는 강점도 있다. 2023년 기사에서 SK하이닉스는 세계 HBM 시장의 60%를 차지했고, 한국은 2020년까지 출원된 초거대 AI 특허에서 세계 4위였다. 그러나 자체 초거대 AI를 개발하는 기업은 LG와 네이버 두 곳뿐이다.",
            "Korean firms look for an edge on one of two roads: a strategic tie-up with Big Tech, or surviving on their own. Korea has strengths: a 2023 article put SK hynix's share of the world HBM market at 60%, and Korea ranked fourth in hyperscale-AI patents filed up to 2020. Yet only two companies, LG and Naver, develop their own hyperscale AI."
        ),
        events: &[
            "korean-firms-choose-alliance-or-own-path",
            "sk-hynix-holds-60-percent-of-hbm-market",
            "korea-fourth-in-hyperscale-ai-patents",
            "korean-firms-build-on-foreign-models",
        ],
    },
    Summary {
        chapter: "alliance-road",
        text: t!(
            "동맹의 길에서 KT는 MS와 5년간 2조 4000억원 규모의 AI·클라우드 협력을 추진한다. 김영섭 대표는 빅테크와 규모로 겨뤄서는 승산이 없다고 본다. SK하이닉스는 엔비디아와의 협력으로 시장을 이끌고, 엔비디아는 HBM4 공급을 6개월 앞당겨 달라고 요청했다. SK는 해외 통신사들과도 연합을 꾸렸다.",
            "On the alliance road, KT is pursuing a five-year, 2.4-trillion-won AI and cloud partnership with Microsoft; its CEO Kim Young-shub holds that a scale race with Big Tech cannot be won. SK hynix leads its market in partnership with Nvidia, which asked it to bring HBM4 forward by six months. SK has also formed an alliance with telecom operators abroad."
        ),
        events: &[
            "kt-microsoft-ai-cloud-partnership",
            "kt-says-scale-race-with-big-tech-is-over",
            "sk-hynix-nvidia-partnership",
            "nvidia-asks-sk-hynix-to-advance-hbm4",
            "skt-global-telco-ai-alliance",
        ],
    },
    Summary {
        chapter: "sovereign-road",
        text: t!(
            "소버린 AI의 길에서 네이버는 하이퍼클로바를 폐쇄형으로 유지하며 한국어 등에서는 미국·중국 모델보다 낫다고 주장하고, LG는 엑사원을 키운다. AI 반도체 스타트업 리벨리온과 사피온은 합병으로 몸집을 키우는 중이다. 정부는 2027년까지 2조5000억원을 들여 국가 AI 컴퓨팅센터를 세우고, 먼저 GPU 1만 장을 확보한다.",
            "On the sovereign road, Naver keeps HyperCLOVA closed and claims it beats American and Chinese models in languages such as Korean; LG develops EXAONE. The AI chip start-ups Rebellions and Sapeon are merging to gain scale. The state plans a National AI Computing Center, 2.5 trillion won to 2027, starting with 10,000 GPUs."
        ),
        events: &[
            "naver-hyperclova-kept-closed",
            "naver-pitches-sovereign-ai",
            "lg-exaone-homegrown-model",
            "rebellions-sapeon-merger",
            "msit-national-ai-computing-center",
            "national-ai-computing-center-10000-gpus",
        ],
    },
    Summary {
        chapter: "both-roads",
        text: t!(
            "두 길을 함께 걷는 이들도 많다. SK그룹은 '자강'과 '협력'을 함께 내세운다. 네이버는 인텔·엔비디아와 손잡고 소버린 AI 흐름을 이끌면서, 빅테크를 무작정 좇지 않고 골라서 투자하겠다고 한다. KT는 AI 반도체 스타트업 리벨리온에 300억원을 투자했고, 이제 MS와의 협력을 추진한다.",
            "Many walk both roads. SK Group pairs self-reliance with cooperation. Naver leads the push for sovereign AI with Intel and Nvidia as partners, and says it invests selectively rather than chasing Big Tech. KT invested 30 billion won in the AI chip start-up Rebellions, and now pursues its partnership with Microsoft."
        ),
        events: &[
            "sk-group-one-team-around-skt",
            "naver-intel-nvidia-sovereign-ai",
            "naver-selective-strategic-ai-investment",
            "kt-rebellions-investment-2022",
            "kt-microsoft-ai-cloud-partnership",
        ],
    },
    Summary {
        chapter: "experts",
        text: t!(
            "고려대 이성엽 교수는 한국이 빅테크에 맞서 독자 생태계를 꾸리기 어렵다며, AI 반도체부터 소버린 AI까지 동맹을 넓히라고 권한다. 한양대 신민수 교수는 한국이 빅테크의 '데이터 광산'에 머물러선 안 된다며 지역 연합을 주문한다. 김영섭 KT 대표는 빅테크와의 규모 경쟁은 끝났다고 말한다.",
            "Lee Sung-yeop of Korea University says Korea can hardly build an ecosystem of its own against Big Tech, and urges wider alliances, from AI chips to sovereign AI. Shin Min-soo of Hanyang University warns that Korea must not remain Big Tech's 'data mine', and calls for regional coalitions. KT's CEO Kim Young-shub says the scale race with Big Tech is over."
        ),
        events: &[
            "lee-sung-yeop-urges-alliances-over-going-alone",
            "shin-min-soo-urges-regional-coalitions",
            "kt-says-scale-race-with-big-tech-is-over",
        ],
    },
    Summary {
        chapter: "risks",
        text: t!(
            "길마다 위험이 있다. 동맹의 길에는 해외 모델에 대한 종속, 국내 ICT 기업이 빅테크의 한국 진출 통로에 그칠 가능성, 그리고 미국이 한국을 '민감 국가'로 지정했을 때처럼 남의 나라 정책에 흔들릴 위험이 따른다. 소버린 AI의 길에는 비용이 따른다. 네이버는 매출 대비 자본적 지출 비중이 커질 것으로 본다.",
            "Each road carries risks. The alliance road risks dependence on foreign models, Korean ICT firms ending up as Big Tech's gateway into Korea, and exposure to another country's policy, as when the US listed Korea as a 'sensitive country'. The sovereign road carries a cost: Naver expects capital spending to take a larger share of its revenue."
        ),
        events: &[
            "korean-firms-build-on-foreign-models",
            "korean-ict-risk-of-becoming-big-tech-gateway",
            "us-designates-korea-sensitive-country",
            "naver-capex-share-of-revenue-to-rise",
        ],
    },
    Summary {
        chapter: "open-questions",
        text: t!(
            "기사들이 답하지 않은 질문도 남는다. 국가 AI 컴퓨팅센터는 누구의 칩으로 돌아갈까? 한국어 강점은 사업이 될까? 맞수인 MS와 오라클마저 손잡는 판에 동맹은 오래갈까? 메타의 '라마 3.3'처럼 값이 8분의 1 수준인 AI가 나오면 셈법이 바뀔까? 사이트는 어느 편도 들지 않는다. 이제 직접 따져 볼 차례다.",
            "The articles leave questions open. Whose chips will the national computing centre run on? Will a Korean-language edge sell? Will alliances last, when even rivals such as Microsoft and Oracle team up? Does cheaper AI, like Meta's Llama 3.3 at about one-eighth of the price, change the sums? The site takes no side: now weigh it yourself."
        ),
        events: &[
            "national-ai-computing-center-domestic-chips",
            "naver-pitches-sovereign-ai",
            "microsoft-oracle-oci-partnership-2024",
            "meta-llama-3-3-launch",
        ],
    },
];

/// Reading speeds used for every reading time on the site: English words per minute, and
/// Korean letters (syllable blocks and other non-space characters) per minute.
pub const EN_WORDS_PER_MINUTE: usize = 200;
pub const KO_CHARS_PER_MINUTE: usize = 500;

/// How much there is to read in `texts`: English words, or Korean non-space characters.
pub fn reading_size<'a>(texts: impl IntoIterator<Item = &'a str>, lang: Lang) -> usize {
    texts
        .into_iter()
        .map(|s| match lang {
            Lang::En => s.split_whitespace().count(),
            Lang::Ko => s.chars().filter(|c| !c.is_whitespace()).count(),
        })
        .sum()
}

/// Whole minutes to read `size` (rounded up, at least one).
pub fn minutes(size: usize, lang: Lang) -> usize {
    let rate = match lang {
        Lang::En => EN_WORDS_PER_MINUTE,
        Lang::Ko => KO_CHARS_PER_MINUTE,
    };
    size.div_ceil(rate).max(1)
}

/// What a reader of the short story reads: each chapter's title and its paragraph.
/// Returns (words or characters, minutes).
pub fn short_reading(lang: Lang) -> (usize, usize) {
    let texts = SUMMARIES.iter().flat_map(|s| {
        let title = chapter(s.chapter).map(|c| c.title.get(lang));
        title.into_iter().chain([s.text.get(lang)])
    });
    let size = reading_size(texts, lang);
    (size, minutes(size, lang))
}

/// What a reader of the full story reads: every chapter and step title and every step.
pub fn full_reading(lang: Lang) -> (usize, usize) {
    let texts = CHAPTERS.iter().flat_map(|c| {
        let steps = c
            .steps
            .iter()
            .flat_map(|s| [s.title.get(lang), s.body.get(lang)]);
        [c.title.get(lang)].into_iter().chain(steps)
    });
    let size = reading_size(texts, lang);
    (size, minutes(size, lang))
}

fn chapter(slug: &str) -> Option<&'static Chapter> {
    CHAPTERS.iter().find(|c| c.slug == slug)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{amount, event};
    use std::collections::HashSet;

    #[test]
    fn one_summary_per_chapter_in_order_from_its_own_steps() {
        let slugs: Vec<&str> = SUMMARIES.iter().map(|s| s.chapter).collect();
        let chapters: Vec<&str> = CHAPTERS.iter().map(|c| c.slug).collect();
        assert_eq!(slugs, chapters);
        for s in SUMMARIES {
            let steps: HashSet<&str> = chapter(s.chapter)
                .unwrap()
                .steps
                .iter()
                .flat_map(|st| st.events.iter().copied())
                .collect();
            assert!(!s.events.is_empty(), "{}: no facts", s.chapter);
            for e in s.events {
                assert!(event(e).is_some(), "{}: unknown event {e}", s.chapter);
                assert!(
                    steps.contains(e),
                    "{}: {e} is not a fact of the chapter's steps",
                    s.chapter
                );
            }
            for l in Lang::ALL {
                assert!(!s.text.get(l).trim().is_empty(), "{}", s.chapter);
            }
        }
    }

    /// Every number in a paragraph (a run of digits, with its decimal point) occurs in one of
    /// the facts it cites, in the same language: title, summary, a figure as printed or as
    /// English pages show it, or the event's year.
    #[test]
    fn every_number_in_a_summary_is_in_the_facts_it_cites() {
        for s in SUMMARIES {
            for l in Lang::ALL {
                let mut facts = String::new();
                for e in s.events.iter().filter_map(|id| event(id)) {
                    facts.push_str(e.title.get(l));
                    facts.push_str(e.summary.get(l));
                    facts.push_str(&e.date.y.to_string());
                    for f in e.figures {
                        facts.push_str(f.as_reported);
                        facts.push_str(&amount::shown(f, l).lead);
                    }
                }
                for n in numbers(s.text.get(l)) {
                    assert!(
                        facts.contains(&n),
                        "{} ({l:?}): {n} is not in the facts it cites",
                        s.chapter
                    );
                }
            }
        }
    }

    fn numbers(text: &str) -> Vec<String> {
        let mut out = Vec::new();
        let mut cur = String::new();
        for c in text.chars().chain([' ']) {
            if c.is_ascii_digit() || (c == '.' && !cur.is_empty()) {
                cur.push(c);
            } else if !cur.is_empty() {
                out.push(cur.trim_end_matches('.').to_string());
                cur.clear();
            }
        }
        out
    }

    #[test]
    fn numbers_finds_decimals_and_skips_full_stops() {
        assert_eq!(
            numbers("$209bn, 42% and 2.4 trillion."),
            ["209", "42", "2.4"]
        );
        assert_eq!(numbers("HBM4 in 2027."), ["4", "2027"]);
    }

    #[test]
    fn the_short_story_takes_two_to_three_minutes_and_the_full_one_far_longer() {
        for l in Lang::ALL {
            let (size, min) = short_reading(l);
            assert!((2..=3).contains(&min), "{l:?}: {size} → {min} min");
            let (full, full_min) = full_reading(l);
            assert!(full > 4 * size, "{l:?}: full {full}, short {size}");
            assert!(full_min >= 10, "{l:?}: {full_min} min");
        }
    }

    #[test]
    fn reading_size_counts_words_or_letters() {
        assert_eq!(reading_size(["two words", " and three more "], Lang::En), 5);
        assert_eq!(reading_size(["한국 AI"], Lang::Ko), 4);
        assert_eq!(minutes(401, Lang::En), 3);
        assert_eq!(minutes(0, Lang::Ko), 1);
    }
}
