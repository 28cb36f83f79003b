//! The story: nine chapters, one claim per step, each step anchored to timeline events.
//! Prose is our own; numbers, names and quotes follow the fact base exactly.

use super::{inference, t, thin, Chapter, Step};

pub static CHAPTERS: &[Chapter] = &[
    // 1 ─────────────────────────────────────────────────────────────────────────────
    Chapter {
        slug: "the-race",
        title: t!("수천억 달러짜리 경주", "A race run in hundreds of billions"),
        steps: &[
            Step {
                title: t!("챗GPT가 쏘아 올린 공", "ChatGPT fires the starting gun"),
                body: t!(
                    "챗GPT는 초거대 AI가 얼마나 넓게 쓰일 수 있는지 보여 주었고, 출시 1년 만에 생성형 AI 개발 경쟁에 불을 붙였다. 그 바람은 IT를 넘어 산업 전반으로 번지고 있었고, 2023년 기사는 제조업은 물론 콘텐츠 업계에도 큰 영향을 줄 것으로 내다봤다. 챗GPT는 업계의 새 캐시카우로 불리기 시작했다.",
                    "ChatGPT showed how widely hyperscale AI could be put to use, and within a year of its launch it had set off a rush to build generative AI. The wave was spreading beyond IT across industry, and a 2023 article expected it to weigh heavily on manufacturing and on content businesses too; ChatGPT came to be called the industry's new cash cow."
                ),
                events: &[
                    "chatgpt-sparks-generative-ai-race",
                    "chatgpt-sets-off-hyperscale-ai-wave-2023",
                    "chatgpt-becomes-new-cash-cow-2023",
                ],
                quotes: &[],
                orgs: &["openai"],
                caveats: &[],
            },
            Step {
                title: t!("성능 경쟁이 돈 경쟁으로 번지다", "A contest of models widens into a contest of money"),
                body: t!(
                    "대규모언어모델을 학습시키고 이를 돌릴 데이터센터를 짓는 데 워낙 큰돈이 들다 보니, 성능 경쟁은 이제 수백조 원대 투자 전쟁으로까지 번지고 있다. 시티그룹은 MS·메타·아마존·알파벳의 AI 설비 투자가 전년보다 42% 늘어난 2090억 달러에 이를 것으로 내다봤다.",
                    "Training large language models and building the data centres to run them costs so much that the race over quality is now widening into an investment war worth hundreds of trillions of won. Citigroup expects AI capital expenditure by Microsoft, Meta, Amazon and Alphabet to reach $209bn, 42% more than the year before."
                ),
                events: &[
                    "generative-ai-race-becomes-investment-war",
                    "citigroup-big-tech-ai-capex-forecast",
                ],
                quotes: &[],
                orgs: &["microsoft", "meta", "amazon", "alphabet"],
                caveats: &[],
            },
            Step {
                title: t!("빅테크의 청구서", "Big Tech's bills"),
                body: t!(
                    "기업별 계획도 만만치 않다. 아마존은 15년간 AI 데이터센터에 1500억 달러를 넣겠다고 했고, MS와 오픈AI는 1000억 달러짜리 스타게이트를 추진한다. 2025년에는 아마존이 AI 사업에 1천억 달러, 알파벳이 자본 지출 750억 달러를 계획했고, MS는 2025 회계연도에 AI 데이터센터에 800억 달러를 배정했으며, 메타는 올해 자본 지출 전망치를 올려 잡았는데, 그 규모는 전년보다 74% 많다.",
                    "Each company's plans are huge too. Amazon said it would put $150bn into AI data centres over 15 years, and Microsoft and OpenAI are pursuing the $100bn Stargate project. For 2025 Amazon planned $100bn on AI and Alphabet $75bn of capital spending, Microsoft earmarked $80bn for AI data centres in fiscal 2025, and Meta raised this year's spending outlook to a level 74% above the previous year's."
                ),
                events: &[
                    "amazon-ai-datacenter-15-year-plan",
                    "microsoft-openai-stargate-project",
                    "amazon-100bn-ai-investment-2025",
                    "microsoft-80bn-ai-datacenters-fy2025",
                    "alphabet-75bn-capex-target-2025",
                    "meta-raises-2025-capex-outlook",
                ],
                quotes: &["andy-jassy-strong-demand-signals"],
                orgs: &["amazon", "microsoft", "openai", "alphabet", "meta"],
                caveats: &[],
            },
            Step {
                title: t!("충격에도 멈추지 않는 투자", "Shocks don't stop the spending"),
                body: t!(
                    "중국 딥시크의 등장도, 미·중 관세 전쟁도 이 흐름을 식히지 못했다. 2025년 기사들은 AI 데이터센터 투자가 이어지고 있다고 전하며, 이를 평범한 기술 투자가 아니라 미래 시장의 주도권 다툼으로 읽는다.",
                    "Neither the arrival of China's DeepSeek nor the US–China tariff fight has cooled this. Articles from 2025 report that AI data-centre investment keeps coming, and read it not as ordinary technology spending but as a fight for control of future markets."
                ),
                events: &[
                    "ai-infrastructure-arms-race-despite-uncertainty",
                    "aidc-investment-holds-despite-deepseek",
                    "big-tech-infra-spending-read-as-bid-for-market-control",
                ],
                quotes: &[],
                orgs: &["deepseek"],
                caveats: &[inference!(
                    "투자를 시장 주도권 다툼으로 보는 것은 기사가 전하는 해석이며, 기업들이 밝힌 목표는 아니다.",
                    "Reading the spending as a bid for market control is an interpretation the article reports, not an aim the companies stated."
                )],
            },
            Step {
                title: t!("빅테크도 혼자 가지 않는다", "Even Big Tech doesn't go it alone"),
                body: t!(
                    "초거대 AI가 자본을 워낙 많이 삼키다 보니 거대 기업들조차 동맹을 택했다. 메타·IBM을 포함한 50곳 이상이 오픈AI에 맞서 'AI동맹'을 꾸렸고, 오픈AI는 애플·MS와 모두 손잡았으며, 맞수인 MS와 오라클도 오라클의 클라우드로 협력한다. 상대는 수시로 바뀐다. 이른바 합종연횡이다.",
                    "Hyperscale AI swallows so much capital that even the giants have turned to alliances. 50 or more organisations, Meta and IBM among them, formed the AI Alliance against OpenAI; OpenAI works with both Apple and Microsoft; and even rivals Microsoft and Oracle now cooperate through Oracle's cloud. Partners change constantly: hapjong-yeonhoeng, as Korean puts it."
                ),
                events: &[
                    "big-tech-turns-to-alliances-2024",
                    "meta-ibm-form-ai-alliance",
                    "openai-flanked-by-apple-and-microsoft",
                    "microsoft-oracle-oci-partnership-2024",
                    "apple-microsoft-pragmatic-openai-ties",
                ],
                quotes: &[],
                orgs: &["meta", "ibm", "openai", "apple", "microsoft", "oracle"],
                caveats: &[],
            },
        ],
    },
    // 2 ─────────────────────────────────────────────────────────────────────────────
    Chapter {
        slug: "nations",
        title: t!("국가들도 뛰어들다", "Nations join in"),
        steps: &[
            Step {
                title: t!("인프라 경쟁에 나선 정부들", "Governments race to build"),
                body: t!(
                    "경주는 이제 기업만의 것이 아니다. 한국지능정보사회진흥원(NIA) 보고서에 따르면 각국 정부가 앞다퉈 AI 인프라를 늘리고 있으며, 그 중심에는 엔비디아 GPU로 채운 AI 데이터센터가 있다.",
                    "The race is no longer only between companies. A report by Korea's National Information Society Agency (NIA) finds governments everywhere competing to expand AI infrastructure, with AI data centres built on Nvidia GPUs at the heart of it."
                ),
                events: &["nia-report-national-ai-infrastructure-race"],
                quotes: &[],
                orgs: &["nia", "nvidia"],
                caveats: &[],
            },
            Step {
                title: t!("중국: 국가 주도, 두 마리 토끼", "China: state-led, on two tracks"),
                body: t!(
                    "중국은 국가 주도로 10대 컴퓨팅 허브 클러스터를 짓고 베이징·선전·상하이에 AI 산업단지를 계획하고 있다. 미국의 고사양 GPU 수출 금지에도 엔비디아 GPU를 확보하는 한편 자국 AI 반도체도 키워 왔다.",
                    "China is building ten state-led computing hub clusters and plans AI industrial parks in Beijing, Shenzhen and Shanghai. Despite the US ban on high-end GPU sales, it has obtained Nvidia GPUs and grown its own AI chips at the same time."
                ),
                events: &[
                    "china-ten-national-computing-hub-clusters",
                    "china-ai-industrial-parks-plan",
                    "us-high-end-gpu-embargo-on-china",
                    "china-secures-nvidia-gpus-and-grows-own-chips",
                ],
                quotes: &[],
                orgs: &["nvidia"],
                caveats: &[],
            },
            Step {
                title: t!("프랑스: 끌어온 돈으로 데이터센터를", "France: raising money for data centres"),
                body: t!(
                    "2025년 2월 파리 AI 액션 서밋에서 에마뉘엘 마크롱 대통령은 AI 투자 1090억 유로를 유치하겠다고 선언했다. 이 돈으로 프랑스 곳곳에 초대형 AI 데이터센터를 세운다는 구상이다.",
                    "At the Paris AI Action Summit in February 2025, President Emmanuel Macron pledged to attract €109bn of AI investment. The plan is to use it for giant AI data centres all over France."
                ),
                events: &[
                    "france-ai-investment-pledge-paris-summit",
                    "france-hyperscale-ai-datacenters-nationwide",
                ],
                quotes: &[],
                orgs: &[],
                caveats: &[],
            },
            Step {
                title: t!("오픈AI, 나라들에 손을 내밀다", "OpenAI offers countries a deal"),
                body: t!(
                    "오픈AI는 '오픈AI 포 컨트리즈'를 내놓았다. 미국 정부와 함께 각국에 AI 데이터센터를 짓고, 나라별 맞춤형 챗GPT를 제공하며, 현지 스타트업 기금을 만든다는 계획으로, 아직 이름을 밝히지 않은 10개국과 첫 단계를 시작한다. 오픈AI는 여러 나라가 스타게이트 같은 인프라를 요청해 왔다며 목적을 '민주적 AI' 확산이라고 설명한다.",
                    "OpenAI has launched OpenAI for Countries. Working with the US government, it offers to build AI data centres in other countries, provide a ChatGPT tailored to each and fund local start-ups, starting with ten countries it has not named. OpenAI says several countries asked for Stargate-style infrastructure, and describes the aim as spreading 'democratic AI'."
                ),
                events: &[
                    "openai-for-countries-launch",
                    "openai-for-countries-programme-plans",
                    "openai-for-countries-first-ten-countries",
                    "countries-seek-stargate-style-infrastructure",
                ],
                quotes: &["openai-expand-us-led-stargate-network"],
                orgs: &["openai"],
                caveats: &[],
            },
            Step {
                title: t!("미국 중심 동맹이라는 해석", "Read as a US-led bloc"),
                body: t!(
                    "기사는 이 사업을 민주주의 국가들의 AI 인프라를 도와 미국 중심의 AI 동맹을 넓히고 중국을 견제하려는 움직임으로 풀이한다. 미국은 이미 한국을 '민감 국가'로 지정한 바 있다. 한국으로서는 AI 파트너를 고르는 일이 어느 정도 지정학적 선택이기도 하다.",
                    "The article reads the programme as a way to widen a US-centred AI alliance by helping democracies build AI infrastructure, and to hold China in check. The US has also listed Korea as a 'sensitive country'. For Korea, choosing an AI partner is partly a geopolitical choice."
                ),
                events: &[
                    "openai-for-countries-read-as-containing-china",
                    "us-designates-korea-sensitive-country",
                ],
                quotes: &[],
                orgs: &["openai"],
                caveats: &[inference!(
                    "중국 견제라는 풀이는 기사의 해석이지 오픈AI가 밝힌 목표가 아니다. 한국에 지정학적 선택이라는 결론은 우리의 추론이다.",
                    "The China-containment reading is the article's interpretation, not OpenAI's stated aim; that this makes Korea's choice geopolitical is our inference."
                )],
            },
            Step {
                title: t!("한국의 자리: 6위", "Where Korea stands: sixth"),
                body: t!(
                    "영국 토터스미디어의 글로벌 AI 인덱스에서 한국은 전년과 같은 6위였고, 앞에는 미국·중국·싱가포르·영국·프랑스가 있다. 인프라·개발·정부 전략은 상위권이지만, 인재와 연구는 10위권 밖이다.",
                    "In Tortoise Media's Global AI Index Korea was sixth, unchanged from the year before, behind the US, China, Singapore, the UK and France. It ranks near the top for infrastructure, development and government strategy, but outside the top ten for talent and research."
                ),
                events: &[
                    "global-ai-index-korea-sixth",
                    "global-ai-index-korea-talent-research-gap",
                ],
                quotes: &[],
                orgs: &[],
                caveats: &[],
            },
        ],
    },
    // 3 ─────────────────────────────────────────────────────────────────────────────
    Chapter {
        slug: "two-roads",
        title: t!("한국 앞의 두 갈래 길", "Korea's two roads"),
        steps: &[
            Step {
                title: t!("손잡을까, 홀로 설까", "Team up, or stand alone?"),
                body: t!(
                    "이런 규모의 투자 앞에서 국내 기업들은 두 길 가운데 하나에서 활로를 찾는다. 빅테크와 전략적으로 손잡는 길, 아니면 제힘으로 버티는 길이다. 한 기사는 SK하이닉스·KT·파두를 앞의 길에, 네이버를 뒤의 길에 세운다.",
                    "Faced with spending on this scale, Korean companies look for an edge on one of two roads: a strategic tie-up with Big Tech, or surviving on their own strength. One article puts SK hynix, KT and FADU on the first road and Naver on the second."
                ),
                events: &["korean-firms-choose-alliance-or-own-path"],
                quotes: &[],
                orgs: &["sk-hynix", "kt", "fadu", "naver"],
                caveats: &[],
            },
            Step {
                title: t!("한국이 가진 것: 메모리", "What Korea holds: memory"),
                body: t!(
                    "초거대 AI는 GPU로 돌아가고, GPU에는 고대역폭메모리가 필요하다. 2023년 기사에 따르면 SK하이닉스는 세계 HBM 시장의 60%를 차지했고, GPU 점유율 세계 1위인 엔비디아의 주문도 늘고 있는 것으로 알려졌다. 박정호 SK하이닉스 부회장은 AI 챗봇을 반도체 수요를 끌어올릴 새 킬러 앱으로 꼽았다.",
                    "Hyperscale AI runs on GPUs, and GPUs need high-bandwidth memory. A 2023 article put SK hynix's share of the world HBM market at 60%, and said Nvidia, the world's leading GPU maker, was ordering more from it. SK hynix's vice chairman Park Jung-ho named AI chatbots as the new killer app for chip demand."
                ),
                events: &[
                    "sk-hynix-holds-60-percent-of-hbm-market",
                    "nvidia-world-number-one-in-gpus",
                    "nvidia-orders-to-sk-hynix-rise-2023",
                    "ai-chips-seen-as-new-growth-engine-2023",
                ],
                quotes: &["park-jung-ho-ai-chatbots-killer-app"],
                orgs: &["sk-hynix", "nvidia"],
                caveats: &[],
            },
            Step {
                title: t!("한국이 가진 것: 특허와 연구", "What Korea holds: patents and papers"),
                body: t!(
                    "한국은 지식재산권 5대 주요국에 2011~2020년 출원된 초거대 AI 특허 가운데 4785건(전체의 11.3%)을 내 세계 4위에 올랐고, 삼성전자는 같은 기간 1213건으로 IBM·구글·MS를 제치고 출원 기업 1위를 차지했다. 네이버 클로바와 파파고는 한 해 동안 초거대 AI 논문 100여 건을 발표했다.",
                    "Of the hyperscale-AI patents filed across the IP5 jurisdictions over 2011–2020, Korea filed 4,785, 11.3% of the total and fourth in the world; Samsung Electronics, with 1,213 over the same period, was the top company filer, ahead of IBM, Google and Microsoft. Naver's Clova and Papago teams presented about 100 hyperscale-AI papers in a single year."
                ),
                events: &[
                    "ip5-hyperscale-ai-patents-grow-28-fold",
                    "korea-fourth-in-hyperscale-ai-patents",
                    "samsung-tops-hyperscale-ai-patent-filers",
                    "naver-hyperscale-ai-papers-2022",
                ],
                quotes: &[],
                orgs: &["samsung-electronics", "naver"],
                caveats: &[thin!(
                    "이 수치는 2023년 기사에 실린 것으로 2020년까지의 출원만 다룬다. 한국과 삼성전자의 비중은 한 해가 아니라 전 기간 합계에 대한 것으로 읽힌다(우리의 계산). 다섯 기사에 더 최근 수치는 없다.",
                    "These counts come from a 2023 article and cover filings only up to 2020; Korea's and Samsung's shares read as shares of the whole period, not of one year (our arithmetic). The five articles give no newer figures."
                )],
            },
            Step {
                title: t!("그러나 자체 모델은 두 곳뿐", "But only two build their own"),
                body: t!(
                    "2025년 기사에 따르면 자체 초거대 AI를 개발하는 국내 기업은 '엑사원'의 LG와 '하이퍼클로바'의 네이버 두 곳뿐이다. 나머지는 주로 해외 모델을 바탕으로 한 경량화 모델 등에 힘을 쏟고 있어, 기사는 국내 AI의 자생력이 약해지고 있다고 본다.",
                    "According to a 2025 article, only two Korean companies develop their own hyperscale AI: LG with EXAONE and Naver with HyperCLOVA. The rest mostly work on things like lighter models built on foreign ones, which the article takes as a sign that Korea's AI self-reliance is weakening."
                ),
                events: &[
                    "korean-firms-build-on-foreign-models",
                    "lg-exaone-homegrown-model",
                    "naver-hyperclova-homegrown-model",
                ],
                quotes: &[],
                orgs: &["lg", "naver"],
                caveats: &[],
            },
            Step {
                title: t!("두 길은 깔끔히 나뉘지 않는다", "The roads are not cleanly separate"),
                body: t!(
                    "두 길의 구분은 말처럼 깔끔하지 않다. SK그룹은 '자강'과 '협력'을 함께 내세우고, 두 갈래 길을 그린 기사도 AI 반도체와 언어모델을 앞세워 양쪽 모두에서 기회가 열릴 것으로 내다본다. 다음 장부터 두 길을 차례로, 그리고 둘 다 걷는 이들을 살펴본다.",
                    "The split is less tidy than it sounds. SK Group pairs self-reliance with cooperation, and the article that drew the two roads expects openings on both, led by AI chips and language models. The next chapters take each road in turn, then those who walk both."
                ),
                events: &[
                    "sk-group-one-team-around-skt",
                    "korean-ai-outlook-chips-and-language-models",
                ],
                quotes: &[],
                orgs: &["sk-group"],
                caveats: &[inference!(
                    "양쪽 모두 기회가 있다는 것은 기사의 전망이지 확인된 사실이 아니다.",
                    "That both roads offer openings is the article's forecast, not an established fact."
                )],
            },
        ],
    },
    // 4 ─────────────────────────────────────────────────────────────────────────────
    Chapter {
        slug: "alliance-road",
        title: t!("동맹의 길", "The alliance road"),
        steps: &[
            Step {
                title: t!("KT와 MS: 5년, 2조 4000억원", "KT and Microsoft: five years, 2.4 trillion won"),
                body: t!(
                    "KT가 MS와 추진하는 AI·클라우드 협력은 5년에 걸쳐 2조 4000억원 규모다. 김영섭 대표가 내세우는 이유는 간단하다. 빅테크가 쓰는 돈의 단위가 다르니 규모로 맞서는 건 승산이 없고, 그렇다면 함께 가는 편이 맞다는 판단이다.",
                    "The AI and cloud cooperation KT is pursuing with Microsoft would run for five years and be worth 2.4 trillion won. CEO Kim Young-shub's reasoning is simple: Big Tech spends on another order of magnitude, so KT cannot win on size, and joining forces is the sensible answer."
                ),
                events: &[
                    "kt-microsoft-ai-cloud-partnership",
                    "kt-says-scale-race-with-big-tech-is-over",
                ],
                quotes: &["kim-young-shub-scale-race-game-over"],
                orgs: &["kt", "microsoft"],
                caveats: &[],
            },
            Step {
                title: t!("SK하이닉스와 엔비디아", "SK hynix and Nvidia"),
                body: t!(
                    "SK하이닉스는 엔비디아와의 끈끈한 협력 위에 시장 선두를 다졌다. 업계 최초로 HBM3E 8단을 납품했고 12단 양산에도 성공했으며, 젠슨 황 엔비디아 CEO는 2026년 예정이던 HBM4 공급을 6개월 앞당겨 달라고 요청했다.",
                    "SK hynix has built its market lead on a close partnership with Nvidia. It was first in the industry to deliver eight-high HBM3E and then mass-produced the twelve-high version, and Nvidia CEO Jensen Huang asked it to bring HBM4, planned for 2026, forward by six months."
                ),
                events: &[
                    "sk-hynix-nvidia-partnership",
                    "sk-hynix-hbm3e-8-high-first-delivery",
                    "sk-hynix-hbm3e-12-high-mass-production",
                    "nvidia-asks-sk-hynix-to-advance-hbm4",
                    "sk-hynix-supplies-hbm3-to-nvidia",
                ],
                quotes: &["jensen-huang-sk-hynix-partnership-innovation"],
                orgs: &["sk-hynix", "nvidia"],
                caveats: &[],
            },
            Step {
                title: t!("파두: 작은 팹리스의 큰 파트너", "FADU: a small fabless firm with big partners"),
                body: t!(
                    "팹리스 기업 파두는 세계 낸드플래시 3위 웨스턴디지털과 차세대 SSD 기술 FDP를 함께 개발한다. FDP는 메타가 제안하고 구글 등이 채택한 데이터센터 표준이다. 파두 컨트롤러를 단 웨스턴디지털 제품은 엔비디아의 사용 인증도 받았다.",
                    "FADU, a fabless chip designer, is co-developing FDP, a next-generation SSD technology, with Western Digital, the world's third-largest NAND flash maker. FDP is a data-centre standard proposed by Meta and adopted by Google and others. A Western Digital product with FADU's controller has also won Nvidia's certification."
                ),
                events: &[
                    "fadu-western-digital-fdp-codevelopment",
                    "fdp-data-center-storage-standard",
                    "fadu-controller-western-digital-nvidia-certification",
                ],
                quotes: &[],
                orgs: &["fadu", "western-digital", "nvidia"],
                caveats: &[],
            },
            Step {
                title: t!("삼성전자와 업스테이지", "Samsung and Upstage"),
                body: t!(
                    "삼성전자의 파트너는 구글·오픈AI·퀄컴이다. 협력의 중심은 기기 안에서 돌아가는 온디바이스 AI이고, 칩에서 휴대폰·가전·로봇까지 자사 제품군 전체가 그 무대다. 스타트업 쪽에서는 업스테이지가 미국 클라우드 기업 AWS를 파트너로 삼아 생성형 AI 사업의 판로를 찾고 있다.",
                    "Samsung Electronics' partners are Google, OpenAI and Qualcomm. The work centres on AI that runs on the device itself, across Samsung's whole range from chips to phones, appliances and robots. Among start-ups, Upstage has made the US cloud firm AWS its partner in finding customers for generative AI."
                ),
                events: &[
                    "samsung-on-device-ai-with-google-openai-qualcomm",
                    "upstage-aws-generative-ai",
                ],
                quotes: &[],
                orgs: &["samsung-electronics", "google", "openai", "qualcomm", "upstage", "aws"],
                caveats: &[thin!(
                    "기사는 이 협력들을 이름만 들 뿐 금액·시기·조건은 밝히지 않는다.",
                    "The articles name these partnerships but give no figures, dates or terms."
                )],
            },
            Step {
                title: t!("SK텔레콤: 해외 통신사와 연합", "SK Telecom: allied with operators abroad"),
                body: t!(
                    "SK는 세계 여러 통신사와 '글로벌 텔코 AI 얼라이언스(GTAA)'를 꾸렸다. 유영상 SK텔레콤 대표는 글로벌 통신사업자·AI 기업과 연합해 지역에 특화된 AI 에이전트를 만들고 해외 진출 속도를 높이겠다고 밝혔다.",
                    "SK has formed the Global Telco AI Alliance (GTAA) with operators around the world. SK Telecom's CEO Ryu Young-sang has said the company will join forces with global telecom operators and AI firms to build AI agents for local markets and speed up its expansion abroad."
                ),
                events: &[
                    "skt-global-telco-ai-alliance",
                    "skt-plans-local-ai-agents-with-global-partners",
                ],
                quotes: &["ryu-young-sang-local-ai-agents"],
                orgs: &["sk-telecom"],
                caveats: &[],
            },
        ],
    },
    // 5 ─────────────────────────────────────────────────────────────────────────────
    Chapter {
        slug: "sovereign-road",
        title: t!("소버린 AI의 길", "The sovereign road"),
        steps: &[
            Step {
                title: t!("네이버의 하이퍼클로바X", "Naver's HyperCLOVA X"),
                body: t!(
                    "네이버는 직접 만든 생성형 AI '하이퍼클로바X'로 소버린 AI의 길을 걷는다. 2023년 기사에 따르면 네이버는 그해 상반기에 한국형 챗GPT '서치GPT'를 내놓을 계획이었고, 개발자 행사 '데뷰 2023'에서는 하이퍼클로바X를 7월에 공개하겠다고 밝혔다.",
                    "Naver walks the sovereign road with HyperCLOVA X, a generative AI it built itself. According to a 2023 article, Naver planned to release SearchGPT, a Korean-style ChatGPT, in the first half of that year; separately, at its DEVIEW 2023 developer conference, it said HyperCLOVA X would follow in July."
                ),
                events: &[
                    "naver-hyperclova-x-own-path",
                    "naver-hyperclova-x-unveiling-announced-deview-2023",
                    "naver-searchgpt-planned-2023",
                ],
                quotes: &[],
                orgs: &["naver"],
                caveats: &[],
            },
            Step {
                title: t!("한국어, 그리고 영어 밖의 시장", "Korean, and markets beyond English"),
                body: t!(
                    "네이버는 하이퍼클로바를 폐쇄형으로 유지하면서 '소버린 AI' 수요를 겨냥하고, 한국어 같은 특정 언어에서는 미국·중국 모델보다 낫다고 주장한다. 해외에서는 영어권에 쏠린 기존 AI 서비스와 달리 아랍어 등 비영어권 시장을 공략한다.",
                    "Naver keeps HyperCLOVA closed, aims it at demand for 'sovereign AI' and claims it beats American and Chinese models in certain languages such as Korean. Abroad, where most AI services concentrate on English-speaking markets, it goes after non-English ones, Arabic among them."
                ),
                events: &[
                    "naver-hyperclova-kept-closed",
                    "naver-pitches-sovereign-ai",
                    "naver-hyperclova-x-non-english",
                ],
                quotes: &[],
                orgs: &["naver"],
                caveats: &[thin!(
                    "한국어 성능 우위는 네이버의 주장이며, 기사에 이를 뒷받침하는 외부 평가는 없다.",
                    "The edge in Korean is Naver's own claim; the articles cite no independent test."
                )],
            },
            Step {
                title: t!("LG 엑사원, 그리고 다른 시도들", "LG's EXAONE, and other attempts"),
                body: t!(
                    "LG는 자체 초거대 AI '엑사원'을 키우는 또 하나의 기업이다. 2023년에는 다른 시도도 있었다. KT는 MWC에서 자체 초거대 AI '믿음'을 선보였고, 카카오는 언어 AI 'KoGPT'와 이미지 AI '칼로'를 개발자에게 공개했다.",
                    "LG is the other company developing its own hyperscale AI, EXAONE. In 2023 there were other attempts too: KT showed its own model, Mideum, at MWC, and Kakao opened its KoGPT language AI and Karlo image AI to developers."
                ),
                events: &[
                    "lg-exaone-homegrown-model",
                    "kt-shows-mideum-and-rebellions-at-mwc-2023",
                    "kakao-kogpt-opened-to-developers",
                    "kakao-karlo-opened-to-developers",
                ],
                quotes: &[],
                orgs: &["lg", "kt", "kakao"],
                caveats: &[thin!(
                    "2025년 기사는 자체 초거대 AI를 추진하는 곳으로 LG와 네이버만 꼽는다. '믿음'과 'KoGPT'가 그 뒤 어떻게 됐는지는 기사에 없다.",
                    "The 2025 article names only LG and Naver as building their own hyperscale AI; the articles do not say what became of Mideum or KoGPT."
                )],
            },
            Step {
                title: t!("국산 AI 반도체: 리벨리온과 사피온", "Korean AI chips: Rebellions and Sapeon"),
                body: t!(
                    "KT는 AI 반도체 스타트업 리벨리온에 300억원을 투자하고 칩 설계부터 언어모델까지 협업을 이끌며, 자체 개발 칩을 GPU팜에 넣을 계획을 세웠다. SK텔레콤은 AI 반도체 '사피온'을 선보였고, 새 칩 X330은 전작 X220보다 4배 성능을 내세웠다. 2024년 기사에 따르면 칩 기업 리벨리온과 사피온은 이제 합병을 통해 몸집을 키우는 중이다.",
                    "KT invested 30 billion won in the AI chip start-up Rebellions, steers joint work from chip design to language models, and planned to put its own chips into its GPU farm. SK Telecom showed off its Sapeon chip, whose new X330 promised four times the performance of the X220. According to a 2024 article, the chip makers Rebellions and Sapeon are now merging to gain scale."
                ),
                events: &[
                    "kt-rebellions-investment-2022",
                    "kt-rebellions-ai-chip-control-tower",
                    "kt-plans-own-ai-chips-in-gpu-farm-2023",
                    "skt-shows-sapeon-chip-at-mwc-2023",
                    "sapeon-x330-due-second-half-2023",
                    "rebellions-sapeon-merger",
                ],
                quotes: &[],
                orgs: &["kt", "rebellions", "sk-telecom", "sapeon"],
                caveats: &[],
            },
            Step {
                title: t!("국내 생태계를 엮다", "Knitting a home ecosystem"),
                body: t!(
                    "국내 기업끼리 손잡는 흐름도 있다. 사피온 칩은 NHN클라우드, SK텔레콤 NPU팜, SK하이닉스 스마트팩토리로 쓰임새를 넓혔고, 딥엑스는 LG유플러스와 온디바이스 AI에서 협력한다. 뤼튼과 사이오닉AI는 서로의 기술을 활용하며 함께 해외를 노리고, SK 전략의 대표 사례로는 스타트업 협의체 'K-AI 얼라이언스'가 꼽힌다.",
                    "Korean firms are also teaming up with each other. Sapeon's chip found users at NHN Cloud, SK Telecom's NPU farm and SK hynix's smart factory; DeepX works with LG Uplus on on-device AI; Wrtn and Sionic AI build on each other's technology and aim abroad together; and the K-AI Alliance of start-ups is named as a flagship of SK's strategy."
                ),
                events: &[
                    "sapeon-home-references-nhn-cloud-skt-sk-hynix",
                    "deepx-lg-uplus-on-device-ai",
                    "wrtn-sionic-ai-search-partnership",
                    "wrtn-consumer-services-on-sionic-storm",
                    "sionic-enterprise-infra-on-wrtn-search",
                    "wrtn-sionic-global-expansion-plan",
                    "skt-k-ai-alliance",
                ],
                quotes: &[],
                orgs: &["sapeon", "nhn-cloud", "deepx", "lg-uplus", "wrtn-technologies", "sionic-ai"],
                caveats: &[inference!(
                    "NHN클라우드 등의 도입처를 사피온의 것으로 읽은 것은 추정이다. 기사 문단에는 주어가 없다.",
                    "Reading NHN Cloud and the others as Sapeon's users is an inference: the article's paragraph names no subject."
                )],
            },
            Step {
                title: t!("정부: 국가 AI 컴퓨팅센터", "The state: a National AI Computing Center"),
                body: t!(
                    "정부도 직접 나섰다. 2025년 1월 과학기술정보통신부가 내놓은 국가 AI 컴퓨팅센터 계획은 2027년까지 2조5000억원 규모로, 운영은 따로 세우는 특수목적법인(SPC)이 맡는다. 2025년 안에 GPU 1만 장부터 갖추고, 국산 AI 반도체는 그 뒤에 늘린다. 2년 앞선 2023년에도 과기정통부는 국내 초거대 AI 기업이 세계를 선도하도록 뒷받침하겠다고 했다.",
                    "The state has stepped in too. The National AI Computing Center the Ministry of Science and ICT set out in January 2025 is a 2.5-trillion-won plan to 2027, operated by a purpose-built company. It starts by acquiring 10,000 GPUs within 2025 and brings in Korean AI chips afterwards. Two years earlier, in 2023, the ministry had already promised to back Korean hyperscale-AI firms in taking a global lead."
                ),
                events: &[
                    "msit-national-ai-computing-center",
                    "national-ai-computing-center-10000-gpus",
                    "national-ai-computing-center-domestic-chips",
                    "msit-backs-hyperscale-ai-firms-globally-2023",
                ],
                quotes: &["lee-jong-ho-support-for-global-leadership"],
                orgs: &["msit"],
                caveats: &[],
            },
        ],
    },
    // 6 ─────────────────────────────────────────────────────────────────────────────
    Chapter {
        slug: "both-roads",
        title: t!("두 길을 함께 걷는 이들", "Walking both roads"),
        steps: &[
            Step {
                title: t!("SK: 자강과 협력", "SK: self-reliance and cooperation"),
                body: t!(
                    "SK그룹은 SK텔레콤을 중심으로 계열사를 '원팀'으로 묶었다. 전략의 두 기둥은 '자강'과 '협력'이고, 그 위에 AI 인프라·AIX·AI 서비스를 피라미드처럼 쌓는다. 기사는 그 대표 사례로 해외 통신사들과 맺은 GTAA와 스타트업 협의체 K-AI 얼라이언스를 든다.",
                    "SK Group has pulled its affiliates together around SK Telecom as 'one team'. Its strategy rests on two pillars, self-reliance and cooperation, with AI infrastructure, AI transformation (AIX) and AI services stacked on them like a pyramid. The article's flagship examples are the GTAA, formed with operators abroad, and the K-AI Alliance of start-ups."
                ),
                events: &[
                    "sk-group-one-team-around-skt",
                    "skt-global-telco-ai-alliance",
                    "skt-k-ai-alliance",
                ],
                quotes: &[],
                orgs: &["sk-group", "sk-telecom"],
                caveats: &[],
            },
            Step {
                title: t!("한 그룹 안의 두 길", "Two roads inside one group"),
                body: t!(
                    "실제로 SK는 두 길에 모두 걸쳐 있다. SK하이닉스는 엔비디아와의 협력으로 시장을 이끌고, SK텔레콤은 자체 AI 반도체 '사피온'과 자체 서비스 '에이닷'을 만들었다. 에이닷은 출시 9개월 만에 가입자 100만 명을 모았다.",
                    "In practice SK spans both roads. SK hynix leads its market through its partnership with Nvidia, while SK Telecom built its own AI chip, Sapeon, and its own service, A. (A-dot), which gathered a million subscribers within nine months of launch."
                ),
                events: &[
                    "sk-hynix-nvidia-partnership",
                    "skt-shows-sapeon-chip-at-mwc-2023",
                    "skt-launches-adot-2022",
                    "skt-adot-reaches-one-million-users",
                ],
                quotes: &["ryu-young-sang-adot-personalised-service"],
                orgs: &["sk-hynix", "sk-telecom"],
                caveats: &[inference!(
                    "SK의 사업들을 하나의 두 갈래 전략으로 읽는 것은 우리의 추론이다. 전략은 2024년 기사에, 제품은 2023년 기사에 나온다.",
                    "Reading SK's businesses as one two-track strategy is our inference: the 2024 article describes the strategy, the 2023 article the products."
                )],
            },
            Step {
                title: t!("네이버: 소버린 AI를 위한 동맹", "Naver: alliances for sovereign AI"),
                body: t!(
                    "소버린 AI의 대표 주자에게도 파트너가 있다. 플랫폼과 데이터를 갖춘 네이버는 인텔·엔비디아와 손잡고 '소버린 AI' 흐름을 이끈다.",
                    "Even the standard-bearer of the sovereign road has partners. Naver, with its own platform and data, leads the push for 'sovereign AI' hand in hand with Intel and Nvidia."
                ),
                events: &["naver-intel-nvidia-sovereign-ai"],
                quotes: &[],
                orgs: &["naver", "intel", "nvidia"],
                caveats: &[thin!(
                    "기사는 인텔·엔비디아와 무엇을 함께하는지 밝히지 않는다.",
                    "The article does not say what the partnerships with Intel and Nvidia involve."
                )],
            },
            Step {
                title: t!("네이버: 따라가지 않고 골라서", "Naver: selective, not keeping pace"),
                body: t!(
                    "김희철 네이버 CFO는 검색·커머스에 AI를 입히기 위한 GPU 투자가 계속되고 매출 대비 자본적 지출 비중도 커질 것이라고 말했다. 다만 빅테크를 무작정 좇는 지출은 아니며, 자사의 역량과 방향, 재무 여력을 따져 선택적으로 투자하겠다고 강조했다.",
                    "Naver's CFO Kim Hee-chul said GPU investment to bring AI into search and commerce will continue, and that capex will take a larger share of revenue. But he stressed this is not a blind chase after Big Tech: Naver weighs its own strengths, direction and finances, and invests selectively."
                ),
                events: &[
                    "naver-expands-gpu-infrastructure-investment",
                    "naver-capex-share-of-revenue-to-rise",
                    "naver-selective-strategic-ai-investment",
                ],
                quotes: &["kim-hee-chul-gpu-investment-to-continue"],
                orgs: &["naver"],
                caveats: &[],
            },
            Step {
                title: t!("KT: MS의 파트너, 리벨리온의 후원자", "KT: Microsoft's partner, Rebellions' backer"),
                body: t!(
                    "KT도 두 길에 한 발씩 걸쳤다. 모레와 리벨리온에 투자했고, 자체 모델 '믿음'을 선보였으며, 자체 AI 반도체도 계획했다. 그리고 지금은 MS와 대형 협력을 추진하며 덩치 경쟁은 끝났다고 말한다.",
                    "KT, too, has a foot on each road. It invested in Moreh and Rebellions, showed its own model, Mideum, and planned its own AI chips. Now it is pursuing a major partnership with Microsoft and says the scale race is over."
                ),
                events: &[
                    "kt-moreh-investment-2021",
                    "kt-rebellions-investment-2022",
                    "kt-shows-mideum-and-rebellions-at-mwc-2023",
                    "kt-microsoft-ai-cloud-partnership",
                    "kt-says-scale-race-with-big-tech-is-over",
                ],
                quotes: &[],
                orgs: &["kt", "moreh", "rebellions", "microsoft"],
                caveats: &[thin!(
                    "이 움직임들은 2023년 기사와 2024~2025년 기사에 따로 실렸다. KT가 지금 둘을 어떻게 함께 가져가는지는 기사에 없다.",
                    "These moves are reported separately, in a 2023 article and in 2024–2025 articles; how KT balances them today is not reported."
                )],
            },
            Step {
                title: t!("국가도 섞는다", "States mix too"),
                body: t!(
                    "국가 AI 컴퓨팅센터는 GPU 1만 장으로 출발하고(어느 회사 제품인지는 기사에 없다) 국산 AI 반도체는 나중에 늘린다. 미국의 금수 조치를 받는 중국도 엔비디아 GPU 확보와 자국 칩 육성을 함께 해 왔다.",
                    "The National AI Computing Center starts with 10,000 GPUs (the article does not say whose) and adds Korean AI chips later. China, under a US embargo, has likewise both obtained Nvidia GPUs and grown its own chips."
                ),
                events: &[
                    "national-ai-computing-center-10000-gpus",
                    "national-ai-computing-center-domestic-chips",
                    "china-secures-nvidia-gpus-and-grows-own-chips",
                ],
                quotes: &[],
                orgs: &["msit"],
                caveats: &[inference!(
                    "이 계획들을 '병행'으로 보는 것은 우리의 해석이다.",
                    "Calling these plans a mix of both roads is our reading."
                )],
            },
        ],
    },
    // 7 ─────────────────────────────────────────────────────────────────────────────
    Chapter {
        slug: "experts",
        title: t!("전문가들의 조언", "What the experts advise"),
        steps: &[
            Step {
                title: t!("이성엽: 혼자서는 어렵다", "Lee Sung-yeop: hard to go it alone"),
                body: t!(
                    "이성엽 고려대 교수는 한국의 처지에서 출발한다. 글로벌 빅테크에 맞서 독자 생태계를 꾸리기는 어렵다는 것이다. 같은 기사 속 전문가들은 그래서 홀로 가기보다 협력으로 몸집을 키우라고 권한다.",
                    "Korea University professor Lee Sung-yeop starts from Korea's position: it can hardly build an ecosystem of its own against global Big Tech. The experts in that article therefore urge Korean firms to grow through cooperation rather than on their own."
                ),
                events: &["lee-sung-yeop-urges-alliances-over-going-alone"],
                quotes: &["lee-sung-yeop-hard-to-go-it-alone"],
                orgs: &[],
                caveats: &[],
            },
            Step {
                title: t!("이성엽: 소버린 AI도 동맹으로", "Lee Sung-yeop: alliances, even for sovereign AI"),
                body: t!(
                    "그의 처방은 모든 층위에 걸친다. AI 반도체부터 글로벌 AI 모델, 소버린 AI까지 국내외 동맹을 넓히고, 모자란 부분은 동맹으로 메우며, 해외 진출은 현지 거점을 가진 사업자와 함께하라는 것이다. 눈여겨볼 점은 소버린 AI마저 동맹으로 추진할 대상에 넣었다는 것이다.",
                    "His prescription covers every layer: widen alliances at home and abroad, from AI chips to global models and sovereign AI; use partners to fill the gaps; and expand abroad with firms that already have a local base. Notably, he counts sovereign AI among the things to pursue through alliances."
                ),
                events: &["lee-sung-yeop-urges-alliances-over-going-alone"],
                quotes: &["lee-sung-yeop-expand-alliances"],
                orgs: &[],
                caveats: &[],
            },
            Step {
                title: t!("신민수: '데이터 광산'이 되지 말라", "Shin Min-soo: don't become a 'data mine'"),
                body: t!(
                    "신민수 한양대 교수는 한국이 글로벌 빅테크의 '데이터 광산'에 머물러서는 안 된다고 경고한다. 원천기술로 겨룰지, 빅테크의 AI를 중간재로 쓸지 전략적으로 정하라는 것이다.",
                    "Hanyang University professor Shin Min-soo warns that Korea must not stay a mere 'data mine' for global Big Tech. He asks for a deliberate choice: compete with Korea's own core technology, or use Big Tech's AI as an intermediate good."
                ),
                events: &["shin-min-soo-urges-regional-coalitions"],
                quotes: &["shin-min-soo-not-a-data-mine"],
                orgs: &[],
                caveats: &[],
            },
            Step {
                title: t!("신민수: 지역 연합으로 커라", "Shin Min-soo: grow through regional coalitions"),
                body: t!(
                    "그가 내놓는 길은 지역 연합이다. 해외 유수 기업과 손잡을 수도 있지만, 지역 연합으로 데이터를 나누고 비슷한 기술을 개발해 스스로 글로벌 빅테크로 자라야 한다는 것이다.",
                    "His route runs through regional coalitions. Korea could partner with leading foreign firms, he says, but it should share data through regional coalitions and develop similar technology so as to grow into global Big Tech itself."
                ),
                events: &["shin-min-soo-urges-regional-coalitions"],
                quotes: &["shin-min-soo-regional-coalitions"],
                orgs: &[],
                caveats: &[thin!(
                    "어느 나라들이 지역 연합에 들어갈지는 밝히지 않았다.",
                    "He does not say which countries a regional coalition would include."
                )],
            },
            Step {
                title: t!("현장의 목소리: 김영섭", "A practitioner's view: Kim Young-shub"),
                body: t!(
                    "김영섭 KT 대표는 강의실이 아니라 협상 테이블에서 말한다. 빅테크와의 규모 경쟁은 끝났고 협업이 현실적이라는 것이다. 그러면서도 MS의 상용 제품을 쓰는 방식이 사업화는 앞당기지만 국내 AI 산업 육성과는 거리가 있다는 점을 인정했다.",
                    "KT's CEO Kim Young-shub speaks from the negotiating table rather than the lecture hall: the scale race with Big Tech is over, and cooperation is realistic. Yet he has also conceded that using Microsoft's commercial products speeds up business but does little to build Korea's own AI industry."
                ),
                events: &[
                    "kt-says-scale-race-with-big-tech-is-over",
                    "kt-ceo-dismisses-sensitive-country-risk",
                ],
                quotes: &["kim-young-shub-scale-race-game-over"],
                orgs: &["kt"],
                caveats: &[],
            },
            Step {
                title: t!("어디서 같고 어디서 다른가", "Where they agree, and where they differ"),
                body: t!(
                    "세 사람 모두 한국이 혼자서 빅테크의 규모를 따라갈 수 없다는 데서 출발한다. 갈리는 곳은 협력의 목적이다. 이성엽 교수와 김영섭 대표는 동맹을 지금 경쟁하는 방법으로, 신민수 교수는 한국이 스스로 빅테크로 크는 과정으로 본다.",
                    "All three start from the view that Korea cannot match Big Tech's scale alone. Where they part is the purpose of partnering: Lee and Kim treat alliances as the way to compete now, while Shin sees them as a stage on Korea's way to becoming Big Tech itself."
                ),
                events: &[
                    "lee-sung-yeop-urges-alliances-over-going-alone",
                    "shin-min-soo-urges-regional-coalitions",
                    "kt-says-scale-race-with-big-tech-is-over",
                ],
                quotes: &[],
                orgs: &[],
                caveats: &[
                    inference!(
                        "이 비교는 세 사람의 발언을 읽은 우리의 해석이다.",
                        "This comparison is our reading of what the three said."
                    ),
                    thin!(
                        "기사에 인용된 학자는 두 명뿐이고, 둘 다 2024년의 한 기사에 나온다.",
                        "Only two academics are quoted, both in a single 2024 article."
                    ),
                ],
            },
        ],
    },
    // 8 ─────────────────────────────────────────────────────────────────────────────
    Chapter {
        slug: "risks",
        title: t!("각 길의 위험", "What each road risks"),
        steps: &[
            Step {
                title: t!("동맹의 위험: 종속", "Alliance risk: dependence"),
                body: t!(
                    "국내 기업 대부분이 해외 모델 위에서 움직이면서, 2025년 기사는 한국이 빅테크의 AI 생태계에 종속될 것을 걱정한다. 빅테크의 '데이터 광산'이 되지 말라는 신민수 교수의 경고도 같은 우려를 가리킨다.",
                    "With most Korean firms building on foreign models, a 2025 article fears that Korea will come to depend on Big Tech's AI ecosystem. Shin Min-soo's warning against becoming Big Tech's 'data mine' points to the same worry."
                ),
                events: &[
                    "korean-firms-build-on-foreign-models",
                    "shin-min-soo-urges-regional-coalitions",
                ],
                quotes: &[],
                orgs: &[],
                caveats: &[],
            },
            Step {
                title: t!("동맹의 위험: 빅테크의 통로", "Alliance risk: a gateway for Big Tech"),
                body: t!(
                    "국내 ICT 기업이 해외 빅테크가 한국에 들어오는 통로 역할에 그칠 수 있다는 걱정도 있다. 기사는 통신사들이 4G LTE 망 투자 경쟁을 벌이고도 모바일 시장의 주도권을 잃었던 일을 떠올린다.",
                    "Another worry is that Korea's ICT companies could end up as little more than the channel through which foreign Big Tech enters Korea. The article recalls how carriers raced to invest in 4G LTE networks and still lost control of the mobile market."
                ),
                events: &["korean-ict-risk-of-becoming-big-tech-gateway"],
                quotes: &[],
                orgs: &[],
                caveats: &[thin!(
                    "기사는 이를 결과가 아닌 가능성으로 제시한다.",
                    "The article presents this as a possibility, not an outcome."
                )],
            },
            Step {
                title: t!("동맹의 위험: 남의 나라 정책", "Alliance risk: another country's policy"),
                body: t!(
                    "미국이 한국을 '민감 국가'로 지정하자 KT와 MS의 사업에 차질이 생길 수 있다는 우려가 나왔다. 김영섭 대표는 기술을 이전받는 것이 아니라 상용 제품을 쓰는 것이니 걱정할 필요가 없다고 답했고, 기사는 이를 동전의 양면이라 평했다.",
                    "When the US listed Korea as a 'sensitive country', concern arose that KT's business with Microsoft could be disrupted. Kim Young-shub replied that there was nothing to worry about, since KT uses commercial products rather than receiving technology; the article calls that two sides of the same coin."
                ),
                events: &[
                    "us-designates-korea-sensitive-country",
                    "kt-ceo-dismisses-sensitive-country-risk",
                ],
                quotes: &["kim-young-shub-ms-products-not-technology-transfer"],
                orgs: &["kt", "microsoft"],
                caveats: &[],
            },
            Step {
                title: t!("소버린 AI의 위험: 비용", "Sovereign risk: the cost"),
                body: t!(
                    "소버린 AI의 길은 비싸다. 네이버는 매출 대비 자본적 지출과 인프라 비용 비중이 커질 것으로 본다. 2027년까지 2조5000억원인 국가 AI 컴퓨팅센터 예산도 빅테크 4사의 AI 설비 투자 전망치 2090억 달러 옆에 놓으면 작아 보인다.",
                    "The sovereign road is expensive. Naver expects capex and infrastructure costs to take a larger share of its revenue. And the National AI Computing Center's 2.5 trillion won to 2027 looks small next to the $209bn of AI capital spending forecast for four Big Tech firms."
                ),
                events: &[
                    "naver-capex-share-of-revenue-to-rise",
                    "msit-national-ai-computing-center",
                    "citigroup-big-tech-ai-capex-forecast",
                ],
                quotes: &["kim-hee-chul-capex-share-to-grow"],
                orgs: &["naver", "msit"],
                caveats: &[inference!(
                    "이 수치들을 나란히 놓은 것은 우리의 비교이며, 기간과 성격이 서로 다른 지출이다.",
                    "Setting these figures side by side is our comparison; they cover different periods and kinds of spending."
                )],
            },
            Step {
                title: t!("소버린 AI의 위험: 뒤처짐", "Sovereign risk: falling behind"),
                body: t!(
                    "자체 모델은 결국 사람과 연구의 힘에 기대는데, 한국은 AI 인재와 연구에서 10위권 밖이다. 그사이 선두 주자들은 쉬지 않는다. 한 기사에만 오픈AI의 '오원 프로'와 '소라 터보', 값을 8분의 1 수준으로 낮춘 메타의 '라마 3.3', 아마존의 '노바'가 함께 나온다.",
                    "Home-grown models depend on people and research, and Korea ranks outside the top ten for AI talent and research. Meanwhile the leaders keep shipping: a single article reports OpenAI's o1 pro and Sora Turbo, Meta's Llama 3.3 at about one-eighth of the price, and Amazon's Nova."
                ),
                events: &[
                    "global-ai-index-korea-talent-research-gap",
                    "openai-o1-pro-launch",
                    "openai-sora-turbo-launch",
                    "meta-llama-3-3-launch",
                    "amazon-nova-launch",
                ],
                quotes: &[],
                orgs: &["openai", "meta", "amazon"],
                caveats: &[inference!(
                    "인재·연구 순위를 소버린 AI의 위험과 잇는 것은 우리의 추론이다.",
                    "Linking the talent and research ranking to the risks of the sovereign road is our inference."
                )],
            },
        ],
    },
    // 9 ─────────────────────────────────────────────────────────────────────────────
    Chapter {
        slug: "open-questions",
        title: t!("열린 질문", "Open questions"),
        steps: &[
            Step {
                title: t!("국가 컴퓨팅센터는 누구의 칩으로?", "Whose chips will the national centre run on?"),
                body: t!(
                    "계획은 GPU 1만 장으로 시작해 국산 AI 반도체를 나중에 늘리겠다고 하지만, 기사에는 그 비중도 일정도 없다. 합병으로 몸집을 키우는 리벨리온과 사피온이 그 자리를 얼마나 채울지는 아직 열려 있다.",
                    "The plan starts with 10,000 GPUs and promises more Korean AI chips later, but the article gives neither a share nor a timetable. How much of that role Rebellions and Sapeon, now combining, can fill is still open."
                ),
                events: &[
                    "national-ai-computing-center-10000-gpus",
                    "national-ai-computing-center-domestic-chips",
                    "rebellions-sapeon-merger",
                ],
                quotes: &[],
                orgs: &["msit", "rebellions", "sapeon"],
                caveats: &[thin!(
                    "국산 칩 도입의 규모와 시기는 기사에 나오지 않는다.",
                    "The articles give no scale or timing for bringing in Korean chips."
                )],
            },
            Step {
                title: t!("한국어 강점은 사업이 될까?", "Can a Korean-language edge become a business?"),
                body: t!(
                    "네이버는 한국어와 비영어권 언어의 강점이 국내외에서 통할 것이라고 본다. 그 우위가 유지될지, 다른 나라들이 한국산 '소버린 AI'를 살지는 기사만으로는 알 수 없다.",
                    "Naver is betting that strength in Korean and other non-English languages will sell at home and abroad. Whether that edge holds, and whether other countries will buy a Korean 'sovereign AI', the articles cannot tell us."
                ),
                events: &["naver-pitches-sovereign-ai", "naver-hyperclova-x-non-english"],
                quotes: &[],
                orgs: &["naver"],
                caveats: &[thin!(
                    "성과를 보여 주는 수치는 기사에 없다.",
                    "The articles report no results that would settle it."
                )],
            },
            Step {
                title: t!("동맹은 오래갈까?", "Will the alliances last?"),
                body: t!(
                    "AI 업계의 합종연횡은 빠르다. MS와 오라클 같은 맞수가 손잡는가 하면, 잡았던 손을 금세 놓고 경쟁자로 돌아서기도 한다. 오픈AI 포 컨트리즈 같은 미국 주도 사업은 AI 인프라를 지정학과도 엮는다. 오늘 한국에 맞는 동맹이 내일도 맞으리라는 보장은 없다.",
                    "AI alliances shift fast: rivals such as Microsoft and Oracle team up, and partners soon let go and turn into competitors again. A US-led programme like OpenAI for Countries also ties AI infrastructure to geopolitics. An alliance that suits Korea today may not suit it tomorrow."
                ),
                events: &[
                    "microsoft-oracle-oci-partnership-2024",
                    "apple-microsoft-pragmatic-openai-ties",
                    "openai-for-countries-read-as-containing-china",
                ],
                quotes: &[],
                orgs: &["microsoft", "oracle", "openai"],
                caveats: &[inference!(
                    "한국의 동맹이 흔들릴 수 있다는 결론은 우리의 추론이다.",
                    "That Korea's own alliances could shift is our inference."
                )],
            },
            Step {
                title: t!("AI가 싸지면 셈법이 바뀔까?", "Does cheaper AI change the sums?"),
                body: t!(
                    "메타의 '라마 3.3'은 기존 모델과 비슷한 성능을 8분의 1 수준의 가격에 내고, 딥시크의 등장은 업계를 흔들었다. 그런데도 인프라 투자는 줄지 않았다. 값싼 모델이 한국의 자체 모델을 감당할 만하게 만들지, 해외 모델을 쓰고 싶은 마음만 키울지는 기사가 답하지 않는다.",
                    "Meta's Llama 3.3 matches earlier models at about one-eighth of the price, and DeepSeek's arrival shook the industry, yet infrastructure spending has not slowed. Whether cheaper models make Korea's own models more affordable, or only make building on foreign ones more tempting, the articles do not answer."
                ),
                events: &[
                    "meta-llama-3-3-launch",
                    "ai-infrastructure-arms-race-despite-uncertainty",
                    "aidc-investment-holds-despite-deepseek",
                ],
                quotes: &[],
                orgs: &["meta", "deepseek"],
                caveats: &[inference!(
                    "값싼 모델이 한국의 선택에 미칠 영향은 우리가 던지는 질문이지 기사의 주장이 아니다.",
                    "What cheaper models mean for Korea's choice is our question, not a claim the articles make."
                )],
            },
            Step {
                title: t!("돈은 어디서 벌까?", "Where will the money come from?"),
                body: t!(
                    "AI에 거는 판돈은 수익을 전제로 한다. 마켓앤마켓은 세계 AI 시장이 2030년 1조 3452억 달러에 이를 것으로 내다보고, 2023년에 이미 챗GPT는 캐시카우로 불렸다. 어느 길을 고른 한국 기업이든 그 몫을 차지할 수 있느냐가 이 논쟁 밑에 깔린 물음이다.",
                    "The stakes placed on AI assume returns. MarketsandMarkets forecasts a global AI market of $1.3452 trillion by 2030, and as early as 2023 ChatGPT was being called a cash cow. Whether Korean firms on either road can win a share is the question underneath the whole debate."
                ),
                events: &[
                    "marketsandmarkets-ai-market-2030-forecast",
                    "chatgpt-becomes-new-cash-cow-2023",
                ],
                quotes: &[],
                orgs: &[],
                caveats: &[thin!(
                    "시장 규모는 전망치이지 실적이 아니다.",
                    "The market size is a forecast, not a result."
                )],
            },
            Step {
                title: t!("이제 직접 따져 볼 차례", "Now weigh it yourself"),
                body: t!(
                    "이 사이트는 어느 편도 들지 않는다. 아래 논증 지도는 빅테크 동맹, 소버린 AI, 병행 각각의 가장 강한 논거를 찬반 근거와 함께 보여 주고, 이어서 핵심 사실 열 가지를 양쪽의 눈으로 읽어 본다.",
                    "This site takes no side. Below, the argument map sets out the strongest case for alliance, for sovereign AI and for doing both, each with facts for and against; then ten key facts are read through both sides' eyes."
                ),
                events: &["korean-firms-choose-alliance-or-own-path"],
                quotes: &[],
                orgs: &[],
                caveats: &[],
            },
        ],
    },
];

/// The chapter with this slug, by index.
pub fn chapter_index(slug: &str) -> Option<usize> {
    CHAPTERS.iter().position(|c| c.slug == slug)
}

/// `(slug, number of steps)` for every chapter, for URL parsing and stepping.
pub fn outline() -> &'static [(&'static str, usize)] {
    static OUTLINE: std::sync::OnceLock<Vec<(&'static str, usize)>> = std::sync::OnceLock::new();
    OUTLINE.get_or_init(|| CHAPTERS.iter().map(|c| (c.slug, c.steps.len())).collect())
}

/// For each glossary term (in `TERMS` order), the steps whose prose mentions it in either
/// language, as `(chapter, step)` indices.
pub fn steps_by_term() -> &'static [Vec<(usize, usize)>] {
    use crate::data::TERMS;
    static INDEX: std::sync::OnceLock<Vec<Vec<(usize, usize)>>> = std::sync::OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index = vec![Vec::new(); TERMS.len()];
        for (c, chapter) in CHAPTERS.iter().enumerate() {
            for (s, step) in chapter.steps.iter().enumerate() {
                let mut found = super::terms::terms_in(step.body.ko);
                found.extend(super::terms::terms_in(step.body.en));
                for (i, t) in TERMS.iter().enumerate() {
                    if found.contains(&t.id) {
                        index[i].push((c, s));
                    }
                }
            }
        }
        index
    })
}
