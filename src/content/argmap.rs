//! The argument map (the strongest case for each road) and "read it from both sides".
//! Claims and readings are our own words; the facts and voices are ids into the fact base.

use super::{inference, t, thin, Argument, Case, Reading};
use crate::data::Stance;

pub static CASES: &[Case] = &[
    Case {
        stance: Stance::Alliance,
        title: t!("빅테크와 손잡아야 한다", "Ally with Big Tech"),
        summary: t!(
            "이 경주는 규모가 가르고, 한국은 혼자서 그 규모를 따라갈 수 없다. 승자들에게 없어서는 안 될 파트너가 되고, 그들의 플랫폼을 타고 시장에 나가는 편이 낫다.",
            "Scale decides this race and Korea cannot match it alone. Better to become a partner the winners cannot do without, and to reach markets on their platforms."
        ),
        arguments: &[
            Argument {
                claim: t!("규모 경쟁은 혼자 이길 수 없다", "The scale race cannot be won alone"),
                detail: t!(
                    "빅테크 4사의 AI 설비 투자 전망은 2090억 달러에 이르고, 거대 기업들끼리도 힘을 합친다.",
                    "Four Big Tech firms are forecast to spend $209bn on AI facilities, and even the giants pool their strength."
                ),
                supports: &[
                    "citigroup-big-tech-ai-capex-forecast",
                    "generative-ai-race-becomes-investment-war",
                    "kt-says-scale-race-with-big-tech-is-over",
                    "big-tech-turns-to-alliances-2024",
                ],
                opposes: &[
                    "naver-selective-strategic-ai-investment",
                    "msit-national-ai-computing-center",
                ],
                voices: &[
                    "kim-young-shub-scale-race-game-over",
                    "lee-sung-yeop-hard-to-go-it-alone",
                ],
                caveats: &[],
            },
            Argument {
                claim: t!(
                    "한국의 강점은 승자들에게 필요한 부품이다",
                    "Korea's strengths are parts the winners need"
                ),
                detail: t!(
                    "한국의 메모리와 저장장치 기술은 빅테크의 AI 서버에 들어가고, 협력은 이를 시장 선두로 바꿔 놓았다.",
                    "Korean memory and storage technology goes into Big Tech's AI servers, and partnership has turned that into market leadership."
                ),
                supports: &[
                    "sk-hynix-nvidia-partnership",
                    "sk-hynix-holds-60-percent-of-hbm-market",
                    "nvidia-asks-sk-hynix-to-advance-hbm4",
                    "fadu-controller-western-digital-nvidia-certification",
                ],
                opposes: &[
                    "korean-ict-risk-of-becoming-big-tech-gateway",
                    "korean-firms-build-on-foreign-models",
                ],
                voices: &[
                    "jensen-huang-sk-hynix-partnership-innovation",
                    "park-jung-ho-ai-chatbots-killer-app",
                ],
                caveats: &[],
            },
            Argument {
                claim: t!("파트너와 함께하면 시장이 빨리 열린다", "Partners open markets faster"),
                detail: t!(
                    "파트너의 완성된 제품과 현지 거점을 쓰면 사업화와 해외 진출이 빨라진다.",
                    "Using partners' finished products and local footholds speeds up both commercialisation and expansion abroad."
                ),
                supports: &[
                    "kt-microsoft-ai-cloud-partnership",
                    "kt-ceo-dismisses-sensitive-country-risk",
                    "upstage-aws-generative-ai",
                    "samsung-on-device-ai-with-google-openai-qualcomm",
                    "skt-plans-local-ai-agents-with-global-partners",
                ],
                opposes: &[
                    "us-designates-korea-sensitive-country",
                    "korean-ict-risk-of-becoming-big-tech-gateway",
                ],
                voices: &[
                    "lee-sung-yeop-expand-alliances",
                    "ryu-young-sang-local-ai-agents",
                    "kim-young-shub-ms-products-not-technology-transfer",
                ],
                caveats: &[thin!(
                    "업스테이지·AWS, 삼성전자의 협력은 금액이나 성과 없이 보도되었다.",
                    "The Upstage–AWS and Samsung partnerships are reported without figures or results."
                )],
            },
        ],
    },
    Case {
        stance: Stance::Sovereign,
        title: t!("우리 AI를 키워야 한다", "Build Korea's own AI"),
        summary: t!(
            "AI 인프라는 경제와 국가 발전의 바탕이 되어 간다. 빌려 쓰기만 하는 나라는 데이터 광산이나 판매 통로로 밀려나고, 다른 나라 정부의 결정에 휘둘릴 수 있다.",
            "AI infrastructure is becoming a foundation of the economy and the state. A country that only rents it risks ending up as a data mine or a sales channel, exposed to other governments' decisions."
        ),
        arguments: &[
            Argument {
                claim: t!(
                    "종속되면 데이터 광산이나 통로가 된다",
                    "Dependence makes Korea a data mine or a gateway"
                ),
                detail: t!(
                    "국내 기업 대부분이 이미 해외 모델 위에서 일한다. LTE 때처럼 가치와 주도권이 밖으로 빠져나갈 수 있다.",
                    "Most Korean firms already build on foreign models; as in the LTE era, value and control could drain abroad."
                ),
                supports: &[
                    "korean-firms-build-on-foreign-models",
                    "korean-ict-risk-of-becoming-big-tech-gateway",
                    "shin-min-soo-urges-regional-coalitions",
                ],
                opposes: &[
                    "sk-hynix-nvidia-partnership",
                    "kt-ceo-dismisses-sensitive-country-risk",
                ],
                voices: &["shin-min-soo-not-a-data-mine"],
                caveats: &[],
            },
            Argument {
                claim: t!(
                    "언어·데이터·지정학은 자체 모델 편이다",
                    "Language, data and geopolitics favour home-grown models"
                ),
                detail: t!(
                    "한국어에 강하고 비공개로 국내에서 운영하는 모델은 외국의 지정 조치나 미국 주도 네트워크의 우선순위에 덜 흔들린다.",
                    "A model that is strong in Korean, kept closed and run at home is less exposed to a foreign government's listing or to the priorities of a US-led network."
                ),
                supports: &[
                    "naver-pitches-sovereign-ai",
                    "naver-hyperclova-kept-closed",
                    "naver-hyperclova-x-non-english",
                    "us-designates-korea-sensitive-country",
                    "openai-for-countries-read-as-containing-china",
                ],
                opposes: &[
                    "korean-firms-build-on-foreign-models",
                    "global-ai-index-korea-talent-research-gap",
                ],
                voices: &[],
                caveats: &[
                    thin!(
                        "다섯 기사에서 이 논거를 자기 말로 펴는 사람은 없고, 한국어 성능 우위는 네이버의 주장이다.",
                        "No one quoted in the five articles makes this case in their own words, and the edge in Korean is Naver's own claim."
                    ),
                    inference!(
                        "외부 충격에 덜 흔들린다는 추론은 소버린 AI 쪽의 논리를 우리가 재구성한 것이다.",
                        "The reasoning about exposure is our reconstruction of the sovereign case."
                    ),
                ],
            },
            Argument {
                claim: t!("한국에는 쌓아 올릴 기반이 있다", "Korea has a base to build on"),
                detail: t!(
                    "특허와 연구 논문, 국산 AI 반도체, 국가 컴퓨팅센터가 소버린 AI의 발판이 된다.",
                    "Patents and research papers, home-grown AI chips and a state computing centre give a sovereign effort something to stand on."
                ),
                supports: &[
                    "korea-fourth-in-hyperscale-ai-patents",
                    "samsung-tops-hyperscale-ai-patent-filers",
                    "naver-hyperscale-ai-papers-2022",
                    "rebellions-sapeon-merger",
                    "msit-national-ai-computing-center",
                    "national-ai-computing-center-domestic-chips",
                ],
                opposes: &[
                    "citigroup-big-tech-ai-capex-forecast",
                    "global-ai-index-korea-talent-research-gap",
                    "msit-everyday-ai-plan-2023",
                ],
                voices: &["lee-jong-ho-support-for-global-leadership"],
                caveats: &[thin!(
                    "특허 수치는 2020년까지이며 2023년 기사에서 나왔다.",
                    "The patent figures stop in 2020 and come from a 2023 article."
                )],
            },
        ],
    },
    Case {
        stance: Stance::Hybrid,
        title: t!("둘 다 해야 한다", "Do both"),
        summary: t!(
            "어느 한 길만으로는 안전하지 않다. 규모가 승부를 가르는 곳에서는 손잡고, 언어·데이터·신뢰가 중요한 곳에서는 자체 역량을 지키며, 골라서 투자한다.",
            "Neither road alone is safe. Partner where scale decides, keep your own capability where language, data and trust matter, and spend selectively."
        ),
        arguments: &[
            Argument {
                claim: t!(
                    "자강과 협력을 함께하면 두 위험을 모두 줄인다",
                    "Self-reliance plus partnership hedges both risks"
                ),
                detail: t!(
                    "SK는 해외 통신사와 맺은 GTAA와 스타트업 협의체 K-AI 얼라이언스를 전략의 대표 사례로 두고, 네이버는 인텔·엔비디아를 파트너로 두고 소버린 AI 흐름을 주도한다.",
                    "SK's flagship examples are the GTAA, formed with operators abroad, and the K-AI Alliance of start-ups; Naver leads the sovereign-AI push with Intel and Nvidia as partners."
                ),
                supports: &[
                    "sk-group-one-team-around-skt",
                    "skt-global-telco-ai-alliance",
                    "skt-k-ai-alliance",
                    "naver-intel-nvidia-sovereign-ai",
                ],
                opposes: &[
                    "naver-capex-share-of-revenue-to-rise",
                    "korean-firms-build-on-foreign-models",
                ],
                voices: &["ryu-young-sang-local-ai-agents"],
                caveats: &[],
            },
            Argument {
                claim: t!("층위마다 따로 정한다", "Decide layer by layer"),
                detail: t!(
                    "원천기술로 겨룰지 빅테크 AI를 중간재로 쓸지는 의도적으로 골라야 하고, 반도체·모델·서비스마다 답이 다를 수 있다.",
                    "Whether to compete with core technology or use Big Tech's AI as an intermediate good is a deliberate choice, and the answer can differ for chips, models and services."
                ),
                supports: &[
                    "shin-min-soo-urges-regional-coalitions",
                    "lee-sung-yeop-urges-alliances-over-going-alone",
                    "korean-firms-choose-alliance-or-own-path",
                    "korean-ai-outlook-chips-and-language-models",
                ],
                opposes: &[
                    "korean-firms-build-on-foreign-models",
                    "global-ai-index-korea-talent-research-gap",
                ],
                voices: &[
                    "shin-min-soo-not-a-data-mine",
                    "lee-sung-yeop-expand-alliances",
                ],
                caveats: &[inference!(
                    "'층위별' 구분은 우리의 정리다. 신민수 교수는 선택을 제기했고, 이성엽 교수는 층위를 나열했다.",
                    "The layer-by-layer framing is ours: Shin poses the choice, and Lee lists the layers."
                )],
            },
            Argument {
                claim: t!(
                    "골라서 투자하고 이웃과 힘을 모은다",
                    "Spend selectively and pool with neighbours"
                ),
                detail: t!(
                    "빅테크만큼 쏟아붓기보다 자기 강점에 맞는 곳에 투자하고, 지역 연합으로 데이터를 나눈다.",
                    "Invest where it serves your own strengths rather than matching Big Tech dollar for dollar, and share data through regional coalitions."
                ),
                supports: &[
                    "naver-selective-strategic-ai-investment",
                    "naver-expands-gpu-infrastructure-investment",
                    "shin-min-soo-urges-regional-coalitions",
                    "china-secures-nvidia-gpus-and-grows-own-chips",
                ],
                opposes: &[
                    "naver-capex-share-of-revenue-to-rise",
                    "big-tech-infra-spending-read-as-bid-for-market-control",
                ],
                voices: &[
                    "shin-min-soo-regional-coalitions",
                    "kim-hee-chul-gpu-investment-to-continue",
                ],
                caveats: &[thin!(
                    "신민수 교수는 지역 파트너를 꼽지 않았고, 기사에 실제로 그런 연합이 만들어졌다는 내용은 없다.",
                    "Shin does not name the regional partners, and the articles report no such coalition in place."
                )],
            },
        ],
    },
];

pub static READINGS: &[Reading] = &[
    Reading {
        event: "kt-microsoft-ai-cloud-partnership",
        alliance: t!(
            "현실적인 길의 실례다. 국내 대형 통신사가 수년을 들여 따라잡는 대신 첨단 AI와 클라우드를 지금 바로 손에 넣는다.",
            "The realistic route in action: a large Korean operator gets frontier AI and cloud now, instead of spending years catching up."
        ),
        sovereign: t!(
            "국내 대표 통신사가 5년간 2조 4000억원 규모로 MS와 묶인다. KT 대표 스스로도 이 방식이 국내 AI 산업 육성과는 거리가 있다고 인정했다.",
            "A leading Korean operator ties itself to Microsoft in a five-year, 2.4-trillion-won partnership, and KT's own CEO conceded the approach does little to build Korea's AI industry."
        ),
    },
    Reading {
        event: "sk-hynix-nvidia-partnership",
        alliance: t!(
            "한국의 가장 강한 AI 사업은 선두 기업이 없어서는 안 될 공급자가 된 데서 나왔다.",
            "Korea's strongest AI business comes from being the supplier the leader cannot do without."
        ),
        sovereign: t!(
            "한국은 곡괭이를 판다. 그걸로 캐낸 AI의 가치는 남의 것이고, 한 고객의 계획에 많은 것이 걸려 있다.",
            "Korea sells the shovels: the value of the AI dug out with them goes to others, and a great deal rides on one customer's plans."
        ),
    },
    Reading {
        event: "korean-firms-build-on-foreign-models",
        alliance: t!(
            "합리적인 분업이다. 최고 모델을 다시 만들기보다 그 위에 서비스를 짓는다.",
            "A sensible division of labour: build services on the best models instead of duplicating them."
        ),
        sovereign: t!(
            "경고등이다. 자체 초거대 모델을 만드는 곳이 두 곳뿐이라면 자생력이 빠져나가고 있다.",
            "A warning light: with only two firms still building their own hyperscale models, self-reliance is draining away."
        ),
    },
    Reading {
        event: "naver-pitches-sovereign-ai",
        alliance: t!(
            "틈새 주장일 뿐이고, 그 우위도 네이버 자신의 평가다. 한 언어에서의 강점이 세계 시장에서 얼마나 통할지는 알 수 없다.",
            "A niche claim, and Naver's own assessment: strength in one language may not carry far in a global market."
        ),
        sovereign: t!(
            "국산 모델이 한국인에게 중요한 곳에서 거대 기업을 이길 수 있다는 신호이자, 자기 AI를 원하는 다른 나라에 팔 상품이다.",
            "A sign that a home-grown model can beat the giants where it matters to Koreans, and a product for other countries that want AI of their own."
        ),
    },
    Reading {
        event: "msit-national-ai-computing-center",
        alliance: t!(
            "2027년까지 2조5000억원은 빅테크 예산에 비하면 소박하다. 파트너를 통해 쓰는 편이 더 멀리 갈 수 있다.",
            "2.5 trillion won to 2027 is modest beside Big Tech's budgets; spent through partners, it might go further."
        ),
        sovereign: t!(
            "국가가 드디어 함께 쓸 컴퓨팅 자원을 짓고, 국산 반도체도 뒤따른다. 주권 AI의 뼈대다.",
            "The state is finally building shared computing power, with Korean chips to follow: the backbone of sovereignty."
        ),
    },
    Reading {
        event: "citigroup-big-tech-ai-capex-forecast",
        alliance: t!(
            "논쟁을 끝내는 숫자다. KT 대표 말처럼 규모 경쟁은 끝났으니, 이만큼 쓸 수 있는 쪽과 손잡자.",
            "Numbers that settle it: as KT's CEO says, the scale race is over, so join those who can spend this much."
        ),
        sovereign: t!(
            "바로 그래서 자체 역량이 필요하다. 이만큼 쓸 수 있는 몇몇에게 AI를 맡기면 힘이 한쪽으로 쏠린다.",
            "Exactly why Korea needs capacity of its own: leaving AI to the few who can spend this much concentrates power over it."
        ),
    },
    Reading {
        event: "us-designates-korea-sensitive-country",
        alliance: t!(
            "KT 대표 말대로 기술 이전이 아니라 상용 제품을 쓰면 이런 지정에도 사업은 안전하다.",
            "As KT's CEO argues, using commercial products rather than transferred technology keeps business safe from such listings."
        ),
        sovereign: t!(
            "해외 AI를 쓸 수 있느냐가 다른 나라 정부의 결정에 달려 있다는 점을 일깨운다.",
            "A reminder that access to foreign AI can hinge on another government's decisions."
        ),
    },
    Reading {
        event: "openai-for-countries-programme-plans",
        alliance: t!(
            "열린 문이다. 미국과 손잡은 민주주의 국가 연합을 통해 데이터센터와 한국 맞춤형 챗GPT를 얻을 수 있다.",
            "An open door: through a US-backed alliance of democracies, Korea could gain data centres and a ChatGPT tailored to it."
        ),
        sovereign: t!(
            "설계부터 미국 주도의 네트워크다. 나라 맞춤형 챗GPT도 결국 남의 모델이다.",
            "A US-led network by design: a country-tailored ChatGPT is still someone else's model."
        ),
    },
    Reading {
        event: "rebellions-sapeon-merger",
        alliance: t!(
            "합병을 추진한다는 것 자체가 홀로 버티기 어렵다는 신호다. 엔비디아와 맞서기보다 그 곁의 틈새를 찾는 편이 현명할 수 있다.",
            "That they are merging is itself a sign that going it alone is hard; a niche alongside Nvidia may be wiser than rivalry."
        ),
        sovereign: t!(
            "합병이 마무리되면 더 강한 국산 칩 대표 주자가 생긴다. 마침 국가 컴퓨팅센터도 국산 반도체를 늘릴 계획이다.",
            "Once complete, the merger would create a stronger home-grown chip champion, just as the national computing centre plans to add Korean chips."
        ),
    },
    Reading {
        event: "global-ai-index-korea-talent-research-gap",
        alliance: t!(
            "인재와 연구가 10위권 밖이라면, 앞선 이들과 손잡아 모자란 것을 채우는 편이 낫다.",
            "With talent and research outside the top ten, partnering with the leaders is the way to fill the gap."
        ),
        sovereign: t!(
            "인프라와 정부 전략은 이미 상위권이다. 인재 격차는 포기할 이유가 아니라 국내에 투자할 이유다.",
            "Infrastructure and government strategy already rank near the top; the talent gap is a reason to invest at home, not to give up."
        ),
    },
];
