//! The classroom kit's own content: lesson guide, discussion prompts for each story chapter,
//! guess-the-figure questions, quiz and debate briefs. Every fact is an
//! event, figure or quote of the fact base (referenced by id, checked by the tests below);
//! the prose is ours.

use crate::data::{Stance, Text};
use crate::state::route::View;

macro_rules! t {
    ($ko:expr, $en:expr) => {
        Text { ko: $ko, en: $en }
    };
}

/// A link to another view with fixed parameters.
pub struct Link {
    pub label: Text,
    pub view: View,
    pub params: &'static [(&'static str, &'static str)],
}

pub struct LessonStep {
    /// Minutes from the start of the lesson.
    pub from: u8,
    pub to: u8,
    pub title: Text,
    pub body: Text,
    pub links: &'static [Link],
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Level {
    Recall,
    Interpret,
    Evaluate,
}

pub struct Prompt {
    pub level: Level,
    pub text: Text,
    pub events: &'static [&'static str],
}

/// The discussion prompts of one story chapter.
pub struct ChapterPrompts {
    /// The story chapter's slug (`crate::content::story::CHAPTERS`).
    pub chapter: &'static str,
    pub prompts: &'static [Prompt],
}

/// Guess a figure: `fig` indexes the event's figures; `wrong` are our distractors.
pub struct Guess {
    pub event: &'static str,
    pub fig: usize,
    pub q: Text,
    pub wrong: [f64; 3],
}

pub struct QuizItem {
    pub q: Text,
    pub options: &'static [Text],
    pub answer: usize,
    pub why: Text,
    pub events: &'static [&'static str],
}

pub struct Argument {
    pub text: Text,
    pub events: &'static [&'static str],
}

pub struct Team {
    pub stance: Stance,
    pub case: Text,
    pub evidence: &'static [&'static str],
    pub quotes: &'static [&'static str],
    /// This side's strongest arguments: what the other team must answer.
    pub arguments: &'static [Argument],
}

const fn link(label: Text, view: View, params: &'static [(&'static str, &'static str)]) -> Link {
    Link {
        label,
        view,
        params,
    }
}

pub static LESSON: &[LessonStep] = &[
    LessonStep {
        from: 0,
        to: 5,
        title: t!("도입: 숫자 맞히기", "Hook: guess the figure"),
        body: t!(
            "프로젝터에 '숫자 맞히기'를 띄우고 두세 문제를 함께 풉니다. 손을 들어 답을 고르게 한 뒤 공개하고, 숫자가 어느 기사에서 왔는지 짚어 줍니다. 질문: '이렇게 큰돈이 드는 경쟁에서 한국 기업은 어떻게 살아남을까?'",
            "Project 'Guess the figure' and do two or three questions together. Students vote by show of hands, then reveal, pointing out which article the number comes from. Ask: 'In a race this expensive, how can Korean firms survive?'"
        ),
        links: &[link(t!("숫자 맞히기", "Guess the figure"), View::Classroom, &[("section", "guess")])],
    },
    LessonStep {
        from: 5,
        to: 12,
        title: t!("배경: 수천억 달러짜리 경주", "Background: a race run in hundreds of billions"),
        body: t!(
            "발표 모드로 이야기 1장을 한 화면씩 넘기며 보여 줍니다. 근거 기사를 소리 내어 짚어 주세요. 이어서 3장 '한국 앞의 두 갈래 길'의 첫 단계로 오늘의 질문을 세웁니다.",
            "Step through story chapter 1 in presenter mode, one screen at a time, pointing out the source articles. Then use the first step of chapter 3, 'Korea's two roads', to set today's question."
        ),
        links: &[
            link(t!("발표 모드: 1장", "Presenter: chapter 1"), View::Classroom, &[("section", "present"), ("chapter", "the-race"), ("step", "1")]),
            link(t!("발표 모드: 3장", "Presenter: chapter 3"), View::Classroom, &[("section", "present"), ("chapter", "two-roads"), ("step", "1")]),
            link(t!("이야기 3장", "Story, chapter 3"), View::Story, &[("chapter", "two-roads")]),
        ],
    },
    LessonStep {
        from: 12,
        to: 20,
        title: t!("두 갈래 길을 타임라인에서", "The two roads on the timeline"),
        body: t!(
            "절반은 '동맹' 사건만, 나머지 절반은 '소버린' 사건만 걸러 본 타임라인을 엽니다(휴대폰 가능). 짝과 함께 가장 중요해 보이는 사건 두 개를 골라 한 문장으로 요약하게 합니다.",
            "Half the class opens the timeline filtered to 'alliance' events, the other half to 'sovereign' ones (phones are fine). In pairs, students pick the two events that matter most and sum each up in one sentence."
        ),
        links: &[
            link(t!("타임라인: 동맹", "Timeline: alliance"), View::Timeline, &[("stance", "alliance")]),
            link(t!("타임라인: 소버린", "Timeline: sovereign"), View::Timeline, &[("stance", "sovereign")]),
            link(t!("타임라인: 병행", "Timeline: both"), View::Timeline, &[("stance", "hybrid")]),
            link(t!("이야기: 동맹의 길", "Story: the alliance road"), View::Story, &[("chapter", "alliance-road")]),
            link(t!("이야기: 소버린 AI의 길", "Story: the sovereign road"), View::Story, &[("chapter", "sovereign-road")]),
        ],
    },
    LessonStep {
        from: 20,
        to: 27,
        title: t!("기업 카드 읽기", "Read the company cards"),
        body: t!(
            "모둠마다 기업 카드 하나를 나눠 줍니다(네이버, KT, SK하이닉스, 삼성전자, SK텔레콤). 카드의 사실을 근거로 '이 기업은 어느 길에 서 있나?'에 답하고 30초 동안 발표합니다.",
            "Give each group one company card (Naver, KT, SK hynix, Samsung Electronics, SK Telecom). Using the facts on the card they answer 'Which road is this company on?' and report back in 30 seconds."
        ),
        links: &[
            link(t!("네이버", "Naver"), View::Companies, &[("company", "naver")]),
            link(t!("KT", "KT"), View::Companies, &[("company", "kt")]),
            link(t!("SK하이닉스", "SK hynix"), View::Companies, &[("company", "sk-hynix")]),
            link(t!("삼성전자", "Samsung Electronics"), View::Companies, &[("company", "samsung-electronics")]),
            link(t!("SK텔레콤", "SK Telecom"), View::Companies, &[("company", "sk-telecom")]),
        ],
    },
    LessonStep {
        from: 27,
        to: 31,
        title: t!("각자 입장 정하기", "Take a side, individually"),
        body: t!(
            "학생들이 휴대폰으로 '입장 정하기'를 열어 기업마다 눈금 위에 자리를 정하고 한 줄 이유를 씁니다. 다 쓰면 공유 링크를 복사해 교사에게 보냅니다(계정도 서버도 없습니다).",
            "On their phones students open 'Take a side', place each company on the scale and write a one-line reason. When done they copy their shareable link and send it to the teacher (no accounts, no server)."
        ),
        links: &[link(t!("입장 정하기", "Take a side"), View::Classroom, &[("section", "side")])],
    },
    LessonStep {
        from: 31,
        to: 41,
        title: t!("토론: 동맹 팀 대 소버린 팀", "Debate: alliance team against sovereign team"),
        body: t!(
            "반을 두 팀으로 나누고 팀별 근거 카드를 띄웁니다. 준비 3분, 입론 각 2분, 상대의 가장 강한 주장에 대한 반론 각 1분 30초. 모든 주장에 사건 하나를 근거로 대게 하세요.",
            "Split the class into two teams and show each its evidence cards. Three minutes to prepare, two-minute openings, then ninety seconds each to answer the other side's strongest arguments. Every claim must cite an event."
        ),
        links: &[
            link(t!("동맹 팀 카드", "Alliance team cards"), View::Classroom, &[("section", "debate"), ("team", "alliance")]),
            link(t!("소버린 팀 카드", "Sovereign team cards"), View::Classroom, &[("section", "debate"), ("team", "sovereign")]),
        ],
    },
    LessonStep {
        from: 41,
        to: 43,
        title: t!("입장 비교하기", "Compare positions"),
        body: t!(
            "받은 링크 몇 개를 '입장 비교'에 붙여 넣어 나란히 보여 줍니다. 의견이 가장 갈린 기업은 어디인지, 토론 뒤 생각이 바뀐 사람이 있는지 묻습니다.",
            "Paste a few of the links you received into 'Compare' and show them side by side. Ask where opinions differ most, and whether anyone changed their mind after the debate."
        ),
        links: &[link(t!("입장 비교", "Compare"), View::Classroom, &[("section", "compare")])],
    },
    LessonStep {
        from: 43,
        to: 45,
        title: t!("마무리 퀴즈와 과제", "Exit quiz and homework"),
        body: t!(
            "자기 점검 퀴즈로 마무리합니다. 과제: 토론 질문 가운데 '평가' 질문 하나를 골라 근거 두 개를 들어 한 문단으로 답하기.",
            "Finish with the self-check quiz. Homework: pick one 'evaluation' discussion question and answer it in a paragraph citing two events."
        ),
        links: &[
            link(t!("퀴즈", "Quiz"), View::Classroom, &[("section", "quiz")]),
            link(t!("토론 질문", "Discussion prompts"), View::Classroom, &[("section", "prompts")]),
        ],
    },
];

const fn p(level: Level, text: Text, events: &'static [&'static str]) -> Prompt {
    Prompt {
        level,
        text,
        events,
    }
}
use Level::{Evaluate as E, Interpret as I, Recall as R};

/// Discussion prompts for each chapter of the story (`crate::content::story`), by slug.
pub static PROMPTS: &[ChapterPrompts] = &[
    ChapterPrompts {
        chapter: "the-race",
        prompts: &[
            p(R, t!(
                "시티그룹은 MS·메타·아마존·알파벳의 AI 설비 투자가 얼마가 될 것이라고 내다봤나? 전년보다 얼마나 늘어난 것인가?",
                "How much did Citigroup expect Microsoft, Meta, Amazon and Alphabet to spend on AI facilities, and how much more was that than the year before?"
            ), &["citigroup-big-tech-ai-capex-forecast"]),
            p(I, t!(
                "hankyung.com 기사는 왜 생성형 AI의 성능 경쟁이 '투자 전쟁'으로까지 번지고 있다고 보나? AI의 어떤 부분에 그렇게 큰돈이 드는가?",
                "Why does the hankyung.com article say the generative-AI performance race is widening into a war of investment? Which parts of AI cost so much?"
            ), &["generative-ai-race-becomes-investment-war"]),
            p(E, t!(
                "가장 부유한 빅테크조차 MS와 오라클처럼 경쟁사와 손잡는다. 이것은 한국 기업도 동맹을 택해야 한다는 근거가 될까, 아니면 대등한 거인들의 동맹이라 한국과는 사정이 다를까?",
                "Even the richest Big Tech firms team up with rivals, as Microsoft and Oracle did. Is that a reason for Korean firms to choose alliances too, or are these alliances between equals, unlike Korea's position?"
            ), &["big-tech-turns-to-alliances-2024", "microsoft-oracle-oci-partnership-2024"]),
        ],
    },
    ChapterPrompts {
        chapter: "nations",
        prompts: &[
            p(R, t!(
                "테크M에 따르면 중국은 AI 인프라를 키우려고 무엇을 하고 있나? 두 가지를 들어 보자.",
                "According to TechM, what is China doing to build its AI infrastructure? Name two things."
            ), &["china-ten-national-computing-hub-clusters", "china-ai-industrial-parks-plan", "china-secures-nvidia-gpus-and-grows-own-chips"]),
            p(I, t!(
                "기사는 '오픈AI 포 컨트리즈'를 중국을 견제하는 미국 중심 동맹으로 읽는다. 사업 내용 가운데 어떤 점이 그런 해석을 뒷받침하나?",
                "The article reads OpenAI for Countries as a US-centred alliance to hold China back. What in the programme supports that reading?"
            ), &["openai-for-countries-launch", "openai-for-countries-programme-plans", "openai-for-countries-read-as-containing-china"]),
            p(E, t!(
                "프랑스는 1090억 유로의 투자 유치를 선언했고, 오픈AI는 여러 나라에 스타게이트 같은 데이터센터를 함께 짓자고 제안한다. 한국은 AI 인프라를 외국 파트너와 함께 지어야 할까, 스스로 지어야 할까? 사실 하나를 근거로 답해 보자.",
                "France pledged to attract €109bn, and OpenAI offers to help countries build Stargate-style data centres. Should Korea build its AI infrastructure with foreign partners or by itself? Answer with one fact as evidence."
            ), &["france-ai-investment-pledge-paris-summit", "openai-for-countries-launch"]),
        ],
    },
    ChapterPrompts {
        chapter: "two-roads",
        prompts: &[
            p(R, t!(
                "자체 초거대 AI를 개발하는 한국 기업은 어디이고, 나머지 기업들은 대신 무엇을 하나?",
                "Which Korean companies develop their own hyperscale AI, and what do most other Korean firms do instead?"
            ), &["korean-firms-build-on-foreign-models", "lg-exaone-homegrown-model", "naver-hyperclova-homegrown-model"]),
            p(I, t!(
                "hankyung.com 기사는 국내 기업 앞에 '빅테크와의 전략적 제휴'와 '독자 생존'이라는 두 길이 있다고 쓴다. 그런데 왜 두 길이 깔끔하게 나뉘지 않을까?",
                "The hankyung.com article says Korean firms face two roads: strategic partnership with Big Tech, or survival on their own. Why are the two roads not cleanly separate?"
            ), &["korean-firms-choose-alliance-or-own-path", "sk-group-one-team-around-skt"]),
            p(E, t!(
                "한국은 메모리와 특허에 강하지만 인재와 연구는 10위권 밖이다. 국가 전략을 세운다면 어느 강점 위에 세우겠나? 이유는?",
                "Korea is strong in memory chips and patents but outside the top ten for talent and research. If you were writing a national strategy, which strength would you build on, and why?"
            ), &["sk-hynix-holds-60-percent-of-hbm-market", "korea-fourth-in-hyperscale-ai-patents", "global-ai-index-korea-talent-research-gap"]),
        ],
    },
    ChapterPrompts {
        chapter: "alliance-road",
        prompts: &[
            p(R, t!(
                "미국 빅테크와 손잡은 한국 기업 세 곳을 들고, 각각의 파트너가 누구인지 말해 보자.",
                "Name three Korean firms that have teamed up with a US Big Tech company, and say who each partner is."
            ), &["sk-hynix-nvidia-partnership", "kt-microsoft-ai-cloud-partnership", "upstage-aws-generative-ai", "fadu-western-digital-fdp-codevelopment"]),
            p(I, t!(
                "김영섭 KT 대표는 빅테크와의 규모 경쟁을 '끝난 게임'이라고 했다. 무슨 뜻이며, MS와의 2조 4000억원 협력은 이 판단과 어떻게 이어지나?",
                "KT's CEO called the scale race with Big Tech 'a game that is already over'. What does he mean, and how does the 2.4-trillion-won Microsoft partnership follow from that view?"
            ), &["kt-says-scale-race-with-big-tech-is-over", "kt-microsoft-ai-cloud-partnership"]),
            p(E, t!(
                "SK하이닉스의 성장은 주요 고객사 엔비디아와 단단히 묶여 있다. 빅테크의 핵심 공급사라는 자리는 강한 위치일까, 약한 위치일까? 양쪽 입장에서 모두 따져 보자.",
                "SK hynix's growth is tied closely to its main customer, Nvidia. Is being a key supplier to Big Tech a strong position or a weak one? Argue both sides."
            ), &["sk-hynix-nvidia-partnership", "nvidia-asks-sk-hynix-to-advance-hbm4", "sk-hynix-holds-60-percent-of-hbm-market"]),
        ],
    },
    ChapterPrompts {
        chapter: "sovereign-road",
        prompts: &[
            p(R, t!(
                "네이버와 LG의 자체 모델 이름은 무엇이고, 네이버는 하이퍼클로바를 어떤 방식(공개형/폐쇄형)으로 운영하나?",
                "What are Naver's and LG's own models called, and does Naver keep HyperCLOVA open or closed?"
            ), &["naver-hyperclova-homegrown-model", "lg-exaone-homegrown-model", "naver-hyperclova-kept-closed"]),
            p(I, t!(
                "네이버는 한국어에서는 미국·중국 모델보다 낫다고 강조하고 아랍어 등 비영어권 시장을 노린다. 언어가 왜 '안방의 이점'이 될 수 있을까?",
                "Naver stresses that its model beats US and Chinese ones in Korean, and targets Arabic and other non-English markets. Why might language be a home advantage?"
            ), &["naver-pitches-sovereign-ai", "naver-hyperclova-x-non-english"]),
            p(E, t!(
                "뤼튼과 사이오닉AI, 딥엑스와 LG유플러스, SK의 K-AI 얼라이언스처럼 국내 기업끼리 손잡는 사례가 있다. 국내 연합만으로 빅테크를 등에 업은 경쟁자와 겨룰 수 있을까?",
                "Wrtn with Sionic AI, DeepX with LG Uplus, SK's K-AI Alliance: Korean firms team up with each other. Can home-grown alliances compete with rivals backed by Big Tech?"
            ), &["wrtn-sionic-ai-search-partnership", "deepx-lg-uplus-on-device-ai", "skt-k-ai-alliance"]),
        ],
    },
    ChapterPrompts {
        chapter: "both-roads",
        prompts: &[
            p(R, t!(
                "디지털타임스는 SK그룹의 전략을 어떤 두 단어로 설명하나? 기사가 SK 전략의 대표 사례로 드는 두 연합체는 무엇인가?",
                "Which two words does the Digital Times use for SK Group's strategy, and which two alliances does it give as flagship examples of SK's strategy?"
            ), &["sk-group-one-team-around-skt", "skt-global-telco-ai-alliance", "skt-k-ai-alliance"]),
            p(I, t!(
                "네이버는 자체 모델을 만들면서도 인텔·엔비디아와 손잡고 소버린 AI를 이끈다. 이것은 모순일까? 설명해 보자.",
                "Naver builds its own model yet teams up with Intel and Nvidia to lead on sovereign AI. Is that a contradiction? Explain."
            ), &["naver-intel-nvidia-sovereign-ai", "naver-hyperclova-x-own-path"]),
            p(E, t!(
                "KT는 MS와 손잡는 한편 리벨리온에 투자하고 자체 모델 '믿음'을 선보였다. 두 길을 함께 가는 것은 현명한 분산일까, 둘 다 어중간해지는 길일까?",
                "KT partners with Microsoft, yet invested in Rebellions and showed its own model, Mideum. Is walking both roads a wise hedge, or a way to do neither well?"
            ), &["kt-microsoft-ai-cloud-partnership", "kt-rebellions-investment-2022", "kt-shows-mideum-and-rebellions-at-mwc-2023"]),
        ],
    },
    ChapterPrompts {
        chapter: "experts",
        prompts: &[
            p(R, t!(
                "이성엽 교수는 무엇을 권하며, 왜 한국이 혼자 생태계를 만들기 어렵다고 보나?",
                "What does Prof. Lee Sung-yeop recommend, and why does he think Korea cannot build an ecosystem of its own?"
            ), &["lee-sung-yeop-urges-alliances-over-going-alone"]),
            p(I, t!(
                "신민수 교수는 '원천기술로 경쟁할지, 빅테크 기술을 중간재로 쓸지' 정하라고 한다. 두 선택의 차이를 타임라인의 예를 들어 자기 말로 설명해 보자.",
                "Prof. Shin Min-soo says Korea must choose between competing with its own core technology and using Big Tech's AI as an intermediate good. Explain the difference in your own words, with an example from the timeline."
            ), &["shin-min-soo-urges-regional-coalitions", "kt-microsoft-ai-cloud-partnership", "naver-hyperclova-x-own-path"]),
            p(E, t!(
                "신민수 교수는 데이터를 공유하는 '지역적 연합'을 제안한다. 한국이 얻을 것과 잃을 수 있는 것은 무엇일까?",
                "Prof. Shin Min-soo proposes regional coalitions that share data. What could Korea gain, and what could it lose?"
            ), &["shin-min-soo-urges-regional-coalitions"]),
        ],
    },
    ChapterPrompts {
        chapter: "risks",
        prompts: &[
            p(R, t!(
                "토터스미디어의 글로벌 AI 인덱스에서 한국은 몇 위이고, 10위권 밖으로 밀린 분야는 무엇인가?",
                "Where does Korea rank in Tortoise Media's Global AI Index, and in which areas is it outside the top ten?"
            ), &["global-ai-index-korea-sixth", "global-ai-index-korea-talent-research-gap"]),
            p(I, t!(
                "테크M은 지금 상황을 통신사의 LTE 투자 경쟁에 빗댄다. 그때 통신사에 무슨 일이 있었고, AI에 주는 경고는 무엇인가?",
                "TechM compares today's situation with the telecom operators' LTE investment race. What happened to the operators then, and what is the warning for AI?"
            ), &["korean-ict-risk-of-becoming-big-tech-gateway"]),
            p(E, t!(
                "KT 대표는 MS 제품을 가져다 쓰는 것이라 '민감 국가' 지정은 걱정할 일이 아니라고 했다. 테크M에 따르면 그는 이 방식이 조기 사업화에는 유리하지만 국내 AI 산업 육성과는 거리가 있다는 점도 인정했다. 빠른 사업화와 국내 산업 육성 가운데 무엇이 더 중요할까? 이유는?",
                "KT's CEO says the 'sensitive country' listing is no worry because KT uses Microsoft's released products. According to TechM, he also conceded that this approach helps early commercialisation but does little to grow Korea's own AI industry. Which matters more, speed to market or a home-grown industry, and why?"
            ), &["kt-ceo-dismisses-sensitive-country-risk", "us-designates-korea-sensitive-country"]),
        ],
    },
    ChapterPrompts {
        chapter: "open-questions",
        prompts: &[
            p(R, t!(
                "마켓앤마켓은 2030년 세계 AI 시장을 얼마로 내다봤고, 2023년 기사는 챗GPT를 무엇이라 불렀나?",
                "What size did MarketsandMarkets forecast for the world AI market in 2030, and what did the 2023 article call ChatGPT?"
            ), &["marketsandmarkets-ai-market-2030-forecast", "chatgpt-becomes-new-cash-cow-2023"]),
            p(I, t!(
                "메타의 라마 3.3은 기존 모델과 비슷한 성능을 약 8분의 1 가격에 낸다고 한다. AI가 싸지면 '동맹이냐 독자냐'의 셈법은 어떻게 바뀔 수 있을까?",
                "Meta's Llama 3.3 is said to match earlier models at about one-eighth of the price. How could cheaper AI change the sums behind 'ally or build your own'?"
            ), &["meta-llama-3-3-launch"]),
            p(E, t!(
                "국가 AI 컴퓨팅센터는 GPU 1만 장으로 시작해 나중에 국산 AI 반도체를 늘린다. 리벨리온과 사피온은 합병을 추진 중이다(2024년 기사). 나라의 공공 AI는 누구의 칩으로 돌아가야 할까? 결정하려면 무엇을 더 알아야 할까?",
                "The National AI Computing Center starts with 10,000 GPUs and will add Korean AI chips later, and Rebellions and Sapeon are merging (a 2024 article). Whose chips should the country's public AI run on, and what more would you need to know to decide?"
            ), &["national-ai-computing-center-10000-gpus", "national-ai-computing-center-domestic-chips", "rebellions-sapeon-merger"]),
        ],
    },
];

pub static GUESSES: &[Guess] = &[
    Guess {
        event: "citigroup-big-tech-ai-capex-forecast",
        fig: 0,
        q: t!("시티그룹은 MS·메타·아마존·알파벳 네 회사의 AI 설비 투자를 얼마로 내다봤을까?", "What did Citigroup forecast for the AI capital spending of Microsoft, Meta, Amazon and Alphabet together?"),
        wrong: [20e9, 60e9, 90e9],
    },
    Guess {
        event: "citigroup-big-tech-ai-capex-forecast",
        fig: 1,
        q: t!("그 투자는 전년보다 몇 퍼센트 늘어난 것일까?", "By what percentage was that spending up on the year before?"),
        wrong: [70.0, 110.0, 150.0],
    },
    Guess {
        event: "amazon-ai-datacenter-15-year-plan",
        fig: 0,
        q: t!("아마존은 앞으로 15년 동안 AI 데이터센터에 얼마를 투자하겠다고 했을까?", "How much did Amazon say it would invest in AI data centres over the next 15 years?"),
        wrong: [15e9, 40e9, 600e9],
    },
    Guess {
        event: "kt-microsoft-ai-cloud-partnership",
        fig: 0,
        q: t!("KT와 MS의 5년간 AI·클라우드 협력 규모는?", "How large is KT's five-year AI and cloud partnership with Microsoft?"),
        wrong: [240e9, 10e12, 24e12],
    },
    Guess {
        event: "sk-hynix-holds-60-percent-of-hbm-market",
        fig: 0,
        q: t!("2023년 기사에서 SK하이닉스가 차지한 세계 HBM 시장 점유율은?", "In the 2023 article, what share of the world HBM market did SK hynix hold?"),
        wrong: [10.0, 30.0, 90.0],
    },
    Guess {
        event: "ip5-hyperscale-ai-patents-grow-28-fold",
        fig: 2,
        q: t!("5대 특허청에 출원된 초거대 AI 특허는 2011년부터 2020년까지 몇 배로 늘었을까?", "Hyperscale-AI patent applications at the five big patent offices grew how many times over from 2011 to 2020?"),
        wrong: [2.0, 5.0, 10.0],
    },
    Guess {
        event: "korea-fourth-in-hyperscale-ai-patents",
        fig: 2,
        q: t!("초거대 AI 특허 출원에서 한국은 세계 몇 위일까?", "Where does Korea rank in the world for hyperscale-AI patent applications?"),
        wrong: [8.0, 12.0, 20.0],
    },
    Guess {
        event: "skt-adot-reaches-one-million-users",
        fig: 0,
        q: t!("SK텔레콤의 AI 서비스 '에이닷'은 출시 9개월 만에 가입자를 몇 명 모았을까?", "How many subscribers did SK Telecom's AI service A. have nine months after launch?"),
        wrong: [100_000.0, 10_000_000.0, 30_000_000.0],
    },
    Guess {
        event: "national-ai-computing-center-10000-gpus",
        fig: 0,
        q: t!("국가 AI 컴퓨팅센터는 2025년 안에 GPU를 몇 장 확보할 계획일까?", "How many GPUs does the National AI Computing Center plan to secure within 2025?"),
        wrong: [100.0, 500.0, 2_000.0],
    },
    Guess {
        event: "global-ai-index-korea-sixth",
        fig: 0,
        q: t!("토터스미디어의 글로벌 AI 인덱스에서 한국은 몇 위일까?", "Where does Korea rank in Tortoise Media's Global AI Index?"),
        wrong: [2.0, 12.0, 25.0],
    },
    Guess {
        event: "marketsandmarkets-ai-market-2030-forecast",
        fig: 0,
        q: t!("마켓앤마켓은 2030년 세계 AI 시장이 얼마나 커질 것으로 봤을까?", "How big did MarketsandMarkets expect the global AI market to be by 2030?"),
        wrong: [100e9, 400e9, 13e12],
    },
    Guess {
        event: "france-ai-investment-pledge-paris-summit",
        fig: 0,
        q: t!("마크롱 대통령은 파리 AI 액션 서밋에서 AI 투자를 얼마나 유치하겠다고 했을까?", "How much AI investment did President Macron pledge to attract at the Paris AI Action Summit?"),
        wrong: [30e9, 400e9, 1e12],
    },
];

pub static QUIZ: &[QuizItem] = &[
    QuizItem {
        q: t!("엔비디아에 HBM을 공급하며 HBM3E 8단을 업계 최초로 납품한 한국 기업은?", "Which Korean company supplies HBM to Nvidia and was the first to deliver 8-high HBM3E?"),
        options: &[t!("삼성전자", "Samsung Electronics"), t!("SK하이닉스", "SK hynix"), t!("파두", "FADU"), t!("리벨리온", "Rebellions")],
        answer: 1,
        why: t!("hankyung.com 기사는 SK하이닉스가 엔비디아와 굳건한 협력 관계를 맺고 HBM3E 8단을 업계 최초로 납품했다고 전한다.", "The hankyung.com article reports SK hynix's close partnership with Nvidia and its industry-first delivery of 8-high HBM3E."),
        events: &["sk-hynix-nvidia-partnership", "sk-hynix-hbm3e-8-high-first-delivery"],
    },
    QuizItem {
        q: t!("KT가 5년간 2조 4000억원 규모의 AI·클라우드 협력을 추진하는 상대는?", "With which company is KT pursuing a five-year, 2.4-trillion-won AI and cloud partnership?"),
        options: &[t!("구글", "Google"), t!("아마존웹서비스", "Amazon Web Services"), t!("마이크로소프트", "Microsoft"), t!("엔비디아", "Nvidia")],
        answer: 2,
        why: t!("KT는 MS와 손잡았다. 김영섭 대표는 빅테크와의 규모 경쟁은 이미 끝났다며 협업이 현실적이라고 했다.", "KT teamed up with Microsoft; its CEO said the scale race with Big Tech was already over, so cooperation was the realistic choice."),
        events: &["kt-microsoft-ai-cloud-partnership", "kt-says-scale-race-with-big-tech-is-over"],
    },
    QuizItem {
        q: t!("테크M에 따르면 자체 초거대 AI를 추진하는 한국 기업은 몇 곳인가?", "According to TechM, how many Korean companies are pursuing their own hyperscale AI?"),
        options: &[t!("2곳 (LG, 네이버)", "Two (LG and Naver)"), t!("5곳", "Five"), t!("10곳 이상", "More than ten"), t!("한 곳도 없다", "None")],
        answer: 0,
        why: t!("LG의 엑사원과 네이버의 하이퍼클로바뿐이고, 나머지는 해외 모델을 바탕으로 한 경량화 모델 등에 집중한다.", "Only LG (EXAONE) and Naver (HyperCLOVA); the rest focus on lighter models built on foreign ones."),
        events: &["korean-firms-build-on-foreign-models", "lg-exaone-homegrown-model", "naver-hyperclova-homegrown-model"],
    },
    QuizItem {
        q: t!("네이버가 하이퍼클로바X로 특히 공략하는 시장은?", "Which markets does Naver especially target with HyperCLOVA X?"),
        options: &[t!("영어권 시장", "English-speaking markets"), t!("아랍어 등 비영어권 시장", "Arabic and other non-English markets"), t!("중국 시장", "The Chinese market"), t!("게임 시장", "The games market")],
        answer: 1,
        why: t!("hankyung.com 기사는 네이버가 영어권 중심의 기존 AI와 달리 아랍어 등 비영어권 시장을 노린다고 쓴다.", "The hankyung.com article says that, unlike English-centred AI services, Naver goes after Arabic and other non-English markets."),
        events: &["naver-hyperclova-x-non-english"],
    },
    QuizItem {
        q: t!("신민수 교수는 한국이 글로벌 빅테크의 무엇에 머물러선 안 된다고 했나?", "Prof. Shin Min-soo warned that Korea must not remain Big Tech's what?"),
        options: &[t!("생산 공장", "Factory"), t!("데이터 광산", "Data mine"), t!("시험장", "Testing ground"), t!("고객", "Customer")],
        answer: 1,
        why: t!("그는 '데이터 광산'에 머물지 말고, 원천기술로 경쟁할지 빅테크 기술을 중간재로 쓸지 전략적으로 판단하라고 했다.", "He said Korea must not stay a 'data mine', and must decide strategically whether to compete with its own core technology or use Big Tech's as an intermediate good."),
        events: &["shin-min-soo-urges-regional-coalitions"],
    },
    QuizItem {
        q: t!("파두가 웨스턴디지털과 함께 개발하는 기술은?", "What technology is FADU co-developing with Western Digital?"),
        options: &[t!("HBM 메모리", "HBM memory"), t!("차세대 SSD 기술 FDP", "FDP, a next-generation SSD technology"), t!("AI 챗봇", "An AI chatbot"), t!("스마트폰 칩", "A smartphone chip")],
        answer: 1,
        why: t!("FDP는 메타가 제안하고 구글 등이 채택한 데이터센터 표준으로, 파두 컨트롤러를 단 웨스턴디지털 제품은 엔비디아 인증도 받았다.", "FDP is a data-centre standard proposed by Meta and taken up by Google and others; a Western Digital drive with FADU's controller also won Nvidia certification."),
        events: &["fadu-western-digital-fdp-codevelopment", "fdp-data-center-storage-standard", "fadu-controller-western-digital-nvidia-certification"],
    },
    QuizItem {
        q: t!("과기정통부가 2025년 1월 발표한 국가 AI 컴퓨팅센터 계획에 들어 있지 않은 것은?", "Which of these is NOT part of the National AI Computing Center plan announced in January 2025?"),
        options: &[t!("2027년까지 2조 5000억원 투입", "2.5 trillion won by 2027"), t!("올해 GPU 1만 장 확보", "10,000 GPUs this year"), t!("나중에 국산 AI 반도체 확대", "More Korean AI chips later"), t!("MS와 공동 운영", "Joint operation with Microsoft")],
        answer: 3,
        why: t!("센터는 특수목적법인(SPC)이 운영한다. MS와 손잡은 것은 정부가 아니라 KT다.", "The centre is to be run by a special-purpose company; it is KT, not the government, that teamed up with Microsoft."),
        events: &["msit-national-ai-computing-center", "national-ai-computing-center-10000-gpus", "national-ai-computing-center-domestic-chips"],
    },
    QuizItem {
        q: t!("글로벌 AI 인덱스에서 한국이 10위권 밖인 분야는?", "In the Global AI Index, in which areas is Korea outside the top ten?"),
        options: &[t!("인프라와 개발", "Infrastructure and development"), t!("정부 전략", "Government strategy"), t!("인재와 연구", "Talent and research"), t!("모든 분야", "Every area")],
        answer: 2,
        why: t!("한국은 종합 6위로, 인프라·개발·정부 전략은 상위권이지만 인재와 연구는 10위권 밖이다.", "Korea is sixth overall and near the top for infrastructure, development and government strategy, but outside the top ten for talent and research."),
        events: &["global-ai-index-korea-sixth", "global-ai-index-korea-talent-research-gap"],
    },
    QuizItem {
        q: t!("KT 대표가 '민감 국가' 지정을 걱정할 필요가 없다고 한 이유는?", "Why did KT's CEO say there was no need to worry about the 'sensitive country' listing?"),
        options: &[t!("지정이 곧 풀릴 것이라서", "The listing would soon be lifted"), t!("MS 기술을 이전받는 게 아니라 상용 제품을 쓰는 것이라서", "KT uses Microsoft's commercial products rather than receiving its technology"), t!("KT가 자체 모델만 쓰기 때문에", "KT uses only its own model"), t!("정부가 보증해서", "The government guaranteed the deal")],
        answer: 1,
        why: t!("그는 기술 이전이 아니라 출시된 제품을 가져다 쓰는 것이라 했다. 테크M에 따르면 그는 이 방식이 조기 사업화에는 유리하지만 국내 AI 산업 육성과는 거리가 있다는 점도 인정했다.", "He said KT takes released products, not a technology transfer; TechM reports that he also conceded this helps early commercialisation but is far from building up Korea's own AI industry."),
        events: &["kt-ceo-dismisses-sensitive-country-risk", "us-designates-korea-sensitive-country"],
    },
    QuizItem {
        q: t!("몸집을 키우려고 합병을 추진 중인 두 AI 반도체 스타트업은?", "Which two AI chip start-ups are merging to grow bigger?"),
        options: &[t!("리벨리온과 사피온", "Rebellions and Sapeon"), t!("딥엑스와 모레", "DeepX and Moreh"), t!("파두와 업스테이지", "FADU and Upstage"), t!("뤼튼과 사이오닉AI", "Wrtn and Sionic AI")],
        answer: 0,
        why: t!("디지털타임스는 리벨리온과 사피온이 합병을 통해 몸집을 키워 차세대 AI 반도체 시장에 도전 중이라고 전한다. 합병이 끝난 시점은 나오지 않는다.", "The Digital Times reports that Rebellions and Sapeon are merging to take on the next-generation AI chip market; it gives no completion date."),
        events: &["rebellions-sapeon-merger"],
    },
    QuizItem {
        q: t!("SK그룹이 SKT를 중심으로 '원팀'을 꾸리며 내세운 전략은?", "What strategy does SK Group pursue with its 'one team' around SKT?"),
        options: &[t!("빅테크와의 협력만", "Only partnering with Big Tech"), t!("자체 기술만", "Only its own technology"), t!("'자강'과 '협력'을 함께", "Self-reliance and cooperation together"), t!("AI 사업 철수", "Leaving AI altogether")],
        answer: 2,
        why: t!("SK는 자강과 협력을 함께 내세우고, 기사는 글로벌 텔코 AI 얼라이언스와 K-AI 얼라이언스를 그 대표 사례로 든다.", "SK pairs self-reliance with cooperation; the article names the Global Telco AI Alliance and the K-AI Alliance as its flagship examples."),
        events: &["sk-group-one-team-around-skt", "skt-global-telco-ai-alliance", "skt-k-ai-alliance"],
    },
    QuizItem {
        q: t!("오픈AI의 '오픈AI 포 컨트리즈'는 무엇인가?", "What is OpenAI's 'OpenAI for Countries'?"),
        options: &[t!("각국의 AI 인프라 구축을 돕는 사업", "A programme to help countries build AI infrastructure"), t!("무료 챗봇 앱", "A free chatbot app"), t!("AI 규제 조약", "A treaty regulating AI"), t!("반도체 공장", "A chip factory")],
        answer: 0,
        why: t!("데이터센터 구축, 국가 맞춤형 챗GPT, 현지 스타트업 기금 등을 내세운다. 기사는 이를 미국 중심 AI 동맹으로 중국을 견제하려는 것으로 풀이한다.", "It offers data centres, national versions of ChatGPT and funds for local start-ups; the article reads it as a US-centred AI alliance to hold China back."),
        events: &["openai-for-countries-launch", "openai-for-countries-programme-plans", "openai-for-countries-read-as-containing-china"],
    },
];

pub static TEAMS: [Team; 2] = [
    Team {
        stance: Stance::Alliance,
        case: t!(
            "빅테크와 손잡아야 한다: 투자 규모의 차이는 너무 크고, 협력은 이미 한국 기업에 성과를 안겨 주고 있다.",
            "Ally with Big Tech: the investment gap is too wide, and partnerships are already paying off for Korean firms."
        ),
        evidence: &[
            "citigroup-big-tech-ai-capex-forecast",
            "sk-hynix-nvidia-partnership",
            "sk-hynix-hbm3e-8-high-first-delivery",
            "kt-microsoft-ai-cloud-partnership",
            "fadu-controller-western-digital-nvidia-certification",
            "upstage-aws-generative-ai",
            "big-tech-turns-to-alliances-2024",
        ],
        quotes: &[
            "kim-young-shub-scale-race-game-over",
            "lee-sung-yeop-hard-to-go-it-alone",
            "jensen-huang-sk-hynix-partnership-innovation",
        ],
        arguments: &[
            Argument {
                text: t!("돈의 격차: 미국 빅테크 네 곳의 한 해 AI 설비 투자 전망이 약 300조 원인데, 국가 AI 컴퓨팅센터 예산은 2027년까지 2조 5000억원이다.", "The money gap: four US firms were forecast to spend about 300 trillion won on AI facilities in one year; the National AI Computing Center has 2.5 trillion won until 2027."),
                events: &["citigroup-big-tech-ai-capex-forecast", "msit-national-ai-computing-center"],
            },
            Argument {
                text: t!("협력은 이미 성과를 낸다: SK하이닉스는 엔비디아의 파트너로 HBM 시장을 이끌고, 파두의 컨트롤러를 단 웨스턴디지털 제품은 엔비디아 사용 인증을 받았다.", "Partnership already pays: SK hynix leads the HBM market as Nvidia's partner, and a Western Digital product with FADU's controller won Nvidia's certification."),
                events: &["sk-hynix-nvidia-partnership", "sk-hynix-holds-60-percent-of-hbm-market", "fadu-controller-western-digital-nvidia-certification"],
            },
            Argument {
                text: t!("빅테크조차 동맹을 택한다: MS는 경쟁사 오라클과 손잡았고, 애플과 MS는 자체 AI 대신 오픈AI와 협력한다.", "Even Big Tech chooses alliances: Microsoft teamed up with its rival Oracle, and Apple and Microsoft both work with OpenAI instead of relying only on their own AI."),
                events: &["big-tech-turns-to-alliances-2024", "microsoft-oracle-oci-partnership-2024", "apple-microsoft-pragmatic-openai-ties"],
            },
        ],
    },
    Team {
        stance: Stance::Sovereign,
        case: t!(
            "우리 AI를 우리 손으로 키워야 한다: 의존은 위험하고, 한국에는 기댈 만한 강점이 있다.",
            "Build our own AI: dependence is risky, and Korea has real strengths to build on."
        ),
        evidence: &[
            "korean-firms-build-on-foreign-models",
            "korean-ict-risk-of-becoming-big-tech-gateway",
            "us-designates-korea-sensitive-country",
            "naver-hyperclova-x-own-path",
            "naver-pitches-sovereign-ai",
            "korea-fourth-in-hyperscale-ai-patents",
            "msit-national-ai-computing-center",
        ],
        quotes: &[
            "shin-min-soo-not-a-data-mine",
            "lee-jong-ho-support-for-global-leadership",
            "kim-hee-chul-gpu-investment-to-continue",
        ],
        arguments: &[
            Argument {
                text: t!("종속의 위험: 테크M(2025)에 따르면 자체 초거대 AI를 추진하는 기업은 두 곳뿐이고, LTE 때의 통신사처럼 한국 ICT 업계가 빅테크의 통로로 전락할 수 있다.", "The risk of dependence: according to TechM (2025), only two firms pursue their own hyperscale AI, and like the telecom operators after the LTE race, Korea's ICT sector could become a mere gateway for Big Tech."),
                events: &["korean-firms-build-on-foreign-models", "korean-ict-risk-of-becoming-big-tech-gateway"],
            },
            Argument {
                text: t!("정치가 공급을 끊을 수 있다: 미국은 한국을 '민감 국가'로 지정했고, 중국에는 고사양 GPU 수출을 막았다.", "Politics can cut supply: the US listed Korea as a 'sensitive country', and it bars high-end GPU sales to China."),
                events: &["us-designates-korea-sensitive-country", "us-high-end-gpu-embargo-on-china"],
            },
            Argument {
                text: t!("기댈 강점이 있다: 한국은 초거대 AI 특허 세계 4위, 삼성전자는 기업 1위이고, 네이버는 한국어에서 앞선다고 강조한다.", "There are strengths to build on: Korea is fourth in the world for hyperscale-AI patents, Samsung is the top company filer, and Naver says it leads in Korean."),
                events: &["korea-fourth-in-hyperscale-ai-patents", "samsung-tops-hyperscale-ai-patent-filers", "naver-pitches-sovereign-ai"],
            },
        ],
    },
];

/// The prompts of a story chapter.
pub fn prompts(chapter: &str) -> &'static [Prompt] {
    PROMPTS
        .iter()
        .find(|c| c.chapter == chapter)
        .map_or(&[], |c| c.prompts)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{event, QUOTES};

    fn check(t: &Text, what: &str) {
        assert!(!t.ko.trim().is_empty(), "{what}: Korean empty");
        assert!(!t.en.trim().is_empty(), "{what}: English empty");
    }

    fn check_events(ids: &[&str], what: &str) {
        for id in ids {
            assert!(event(id).is_some(), "{what}: unknown event {id}");
        }
    }

    #[test]
    fn lesson_fills_45_minutes_in_order_with_links() {
        let mut at = 0;
        for s in LESSON {
            assert_eq!(s.from, at, "steps follow on");
            assert!(s.to > s.from);
            at = s.to;
            check(&s.title, "lesson title");
            check(&s.body, "lesson body");
            assert!(!s.links.is_empty(), "each step links to a view");
            for l in s.links {
                check(&l.label, "lesson link");
                for (k, v) in l.params {
                    match *k {
                        "company" => assert!(crate::data::org(v).is_some(), "{v}"),
                        "stance" => assert!(Stance::from_slug(v).is_some(), "{v}"),
                        "chapter" => assert!(
                            crate::content::story::CHAPTERS.iter().any(|c| c.slug == *v),
                            "{v}"
                        ),
                        "step" => assert!(v.parse::<usize>().is_ok()),
                        "section" => {
                            assert!(crate::state::classroom::Section::from_slug(v).is_some())
                        }
                        "team" => assert!(matches!(*v, "alliance" | "sovereign")),
                        _ => panic!("unexpected parameter {k}"),
                    }
                }
            }
        }
        assert_eq!(at, 45);
    }

    #[test]
    fn every_story_chapter_has_prompts_at_each_level() {
        let story = crate::content::story::CHAPTERS;
        assert_eq!(PROMPTS.len(), story.len(), "one entry per story chapter");
        for c in story {
            let ps = prompts(c.slug);
            for level in [Level::Recall, Level::Interpret, Level::Evaluate] {
                assert!(
                    ps.iter().any(|p| p.level == level),
                    "{}: a prompt of each level",
                    c.slug
                );
            }
            for p in ps {
                check(&p.text, c.slug);
                assert!(!p.events.is_empty());
                check_events(p.events, c.slug);
            }
        }
    }

    #[test]
    fn guesses_point_at_real_figures_with_distinct_wrong_answers() {
        for g in GUESSES {
            check(&g.q, g.event);
            let e = event(g.event).unwrap_or_else(|| panic!("unknown event {}", g.event));
            let f = e
                .figures
                .get(g.fig)
                .unwrap_or_else(|| panic!("{}: no figure {}", g.event, g.fig));
            for w in g.wrong {
                assert!(
                    w > 0.0 && (w - f.value).abs() > f.value * 0.05,
                    "{}: {w}",
                    g.event
                );
            }
        }
    }

    #[test]
    fn quiz_is_complete() {
        assert!((10..=12).contains(&QUIZ.len()));
        for q in QUIZ {
            check(&q.q, "quiz");
            check(&q.why, "quiz");
            assert!(q.options.len() >= 3 && q.answer < q.options.len());
            for o in q.options {
                check(o, "quiz option");
            }
            assert!(!q.events.is_empty());
            check_events(q.events, "quiz");
        }
    }

    #[test]
    fn debate_teams_are_complete() {
        assert_eq!(TEAMS[0].stance, Stance::Alliance);
        assert_eq!(TEAMS[1].stance, Stance::Sovereign);
        for t in &TEAMS {
            check(&t.case, "team");
            check_events(t.evidence, "team evidence");
            for q in t.quotes {
                assert!(QUOTES.iter().any(|x| x.id == *q), "unknown quote {q}");
            }
            assert!(t.arguments.len() >= 3);
            for a in t.arguments {
                check(&a.text, "argument");
                check_events(a.events, "argument");
            }
        }
    }

    /// Every text of the classroom kit, labelled, for the misreading guards below.
    fn texts() -> Vec<(String, Text)> {
        let mut out = Vec::new();
        for s in LESSON {
            out.push((format!("lesson {}", s.title.en), s.body));
        }
        for c in PROMPTS {
            for p in c.prompts {
                out.push((format!("prompt {}", c.chapter), p.text));
            }
        }
        for g in GUESSES {
            out.push((format!("guess {}", g.event), g.q));
        }
        for q in QUIZ {
            out.push((format!("quiz {}", q.q.en), q.q));
            out.push((format!("quiz why {}", q.q.en), q.why));
            out.extend(q.options.iter().map(|o| ("quiz option".to_string(), *o)));
        }
        for t in &TEAMS {
            out.push(("team case".into(), t.case));
            out.extend(t.arguments.iter().map(|a| ("argument".to_string(), a.text)));
        }
        out
    }

    fn none_says(wrong: &[&str]) {
        for (label, t) in texts() {
            for w in wrong {
                assert!(
                    !t.ko.contains(w) && !t.en.contains(w),
                    "{label}: the misreading `{w}` is back"
                );
            }
        }
    }

    fn some_says(ko: &str, en: &str) {
        assert!(
            texts().iter().any(|(_, t)| t.ko.contains(ko)),
            "no text says `{ko}`"
        );
        assert!(
            texts().iter().any(|(_, t)| t.en.contains(en)),
            "no text says `{en}`"
        );
    }

    #[test]
    fn the_certification_went_to_a_western_digital_product() {
        none_says(&[
            "파두의 컨트롤러는 엔비디아 인증",
            "and FADU's controller won Nvidia",
        ]);
        some_says(
            "파두의 컨트롤러를 단 웨스턴디지털 제품은 엔비디아 사용 인증",
            "a Western Digital product with FADU's controller won Nvidia's certification",
        );
    }

    #[test]
    fn the_merger_is_in_progress() {
        none_says(&["합병했다", "합병한 두", "have merged", "merged to"]);
        some_says("합병을 추진 중", "are merging");
    }

    #[test]
    fn the_kt_concession_is_the_ceos_own() {
        none_says(&[
            "테크M은 국내 AI 산업 육성과는 거리가 있다고 본다",
            "TechM notes this",
            "테크M은 이것이 국내 AI 산업 육성과는",
        ]);
        some_says("점도 인정했다", "he also conceded");
    }

    #[test]
    fn sk_leads_neither_gtaa_nor_k_ai() {
        none_says(&[
            "함께 이끈다",
            "leading the Global Telco AI Alliance",
            "SK가 이끄는",
            "does SK lead",
        ]);
        some_says("대표 사례", "flagship examples");
    }

    #[test]
    fn the_year_is_given_with_within_the_year() {
        none_says(&["올해 안에", "within the year"]);
        some_says("2025년 안에", "within 2025");
    }

    #[test]
    fn the_investment_race_expands_rather_than_turns() {
        none_says(&[
            "'성능 경쟁'에서 '투자 전쟁'으로 바뀌었다",
            "has turned from a race of performance",
        ]);
        some_says(
            "투자 전쟁'으로까지 번지고",
            "widening into a war of investment",
        );
    }

    #[test]
    fn only_two_is_techm_2025() {
        some_says(
            "테크M(2025)에 따르면 자체 초거대 AI",
            "according to TechM (2025), only two firms",
        );
    }

    #[test]
    fn openai_for_countries_is_spelt_one_way_and_the_outlet_is_not_guessed() {
        none_says(&[
            "'오픈AI 포 컨트리'",
            "포 컨츄리",
            "한국경제",
            "Korea Economic Daily",
        ]);
    }

    #[test]
    fn the_sovereign_side_has_one_name() {
        none_says(&["독자의 길", "자립론자"]);
    }
}
