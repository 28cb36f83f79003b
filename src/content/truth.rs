//! Guards against misreadings an independent audit found (issue 13, sections 2–4): each
//! test fails if the wrong claim comes back into the story, the argument map or the fact
//! base, and checks that the corrected reading is there. The classroom's own texts are
//! guarded next to them, in `pages/classroom/content.rs`.

use super::{all_texts, story::CHAPTERS};
use crate::data::{
    event, org, source, term, DateKind, Kind, Lang, Layer, Stance, Text, EVENTS, ORGS, SOURCES,
    TERMS,
};

/// Every editorial text plus every prose field of the fact base, labelled.
fn everything() -> Vec<(String, Text)> {
    let mut out = all_texts();
    for e in EVENTS {
        out.push((format!("event {}.title", e.id), e.title));
        out.push((format!("event {}.summary", e.id), e.summary));
        if let Some(n) = e.note {
            out.push((format!("event {}.note", e.id), n));
        }
        if let Some(n) = e.date_note {
            out.push((format!("event {}.date_note", e.id), n));
        }
    }
    for o in ORGS {
        out.push((format!("org {}.description", o.id), *o.description));
    }
    for t in TERMS {
        out.push((format!("term {}.definition", t.id), *t.definition));
    }
    for s in SOURCES {
        out.push((format!("source {}.headline", s.id), s.headline));
        if let Some(n) = s.note {
            out.push((format!("source {}.note", s.id), n));
        }
    }
    out
}

fn none_says(wrong: &[&str]) {
    for (label, t) in everything() {
        for w in wrong {
            assert!(
                !t.ko.contains(w) && !t.en.contains(w),
                "{label}: the misreading `{w}` is back"
            );
        }
    }
}

fn step(chapter: &str, title_en: &str) -> &'static super::Step {
    CHAPTERS
        .iter()
        .find(|c| c.slug == chapter)
        .and_then(|c| c.steps.iter().find(|s| s.title.en == title_en))
        .unwrap_or_else(|| panic!("{chapter}: no step `{title_en}`"))
}

#[test]
fn step_bodies_keep_their_corrections() {
    // Per step: what the body must no longer say, then what it says instead (ko, en).
    let cases = [
        // 004: only HyperCLOVA X (July) was announced at DEVIEW; SearchGPT was planned for H1.
        (
            ("sovereign-road", "Naver's HyperCLOVA X"),
            "7월 공개를 예고했고, 한국형 챗봇 '서치GPT' 계획도 함께",
            "conference it announced a July release, alongside plans",
            ("상반기", "first half"),
        ),
        // A forecast is not told as a finding.
        (
            ("the-race", "ChatGPT fires the starting gun"),
            "제조와 콘텐츠 산업으로 번졌고",
            "spread beyond IT into manufacturing and content",
            ("내다봤다", "expected"),
        ),
    ];
    for ((chapter, title), wrong_ko, wrong_en, (ko, en)) in cases {
        let s = step(chapter, title);
        assert!(
            !s.body.ko.contains(wrong_ko),
            "{title}: `{wrong_ko}` is back"
        );
        assert!(
            !s.body.en.contains(wrong_en),
            "{title}: `{wrong_en}` is back"
        );
        assert!(s.body.ko.contains(ko) && s.body.en.contains(en), "{title}");
    }
}

#[test]
fn rebellions_and_sapeon_merge_not_kt_and_sk_telecom() {
    let s = step("sovereign-road", "Korean AI chips: Rebellions and Sapeon");
    assert!(
        !s.body.ko.contains("두 회사는 이제 합병"),
        "reads as KT and SKT merging"
    );
    assert!(s.body.ko.contains("리벨리온과 사피온은 이제 합병"));
    assert!(s.body.en.contains("Rebellions and Sapeon are now merging"));
}

#[test]
fn the_merger_is_in_progress_not_done() {
    none_says(&["합병했다", "have merged", " merged to", "Sapeon merge\""]);
    let e = event("rebellions-sapeon-merger").unwrap();
    assert!(e.title.en.contains("are merging") && e.title.ko.contains("추진"));
    assert!(e.summary.ko.contains("합병을 통해") && !e.summary.ko.contains("한 회사로 합쳐"));
    assert_eq!(e.date_kind, DateKind::ReportedBy);
}

#[test]
fn two_stargates_are_kept_apart() {
    let t = term("stargate-project").unwrap();
    for s in ["MS와 오픈AI", "소프트뱅크·오라클", "애빌린", "1000억 달러"] {
        assert!(t.definition.ko.contains(s), "glossary KO lacks {s}");
    }
    for s in [
        "Microsoft and OpenAI",
        "SoftBank and Oracle",
        "Abilene",
        "two different",
    ] {
        assert!(t.definition.en.contains(s), "glossary EN lacks {s}");
    }
    let oracle = org("oracle").unwrap();
    assert!(!oracle
        .description
        .ko
        .ends_with("스타게이트 프로젝트에도 참여하는 기업"));
    assert!(oracle.description.en.contains("reported separately"));
    assert!(oracle.description.ko.contains("따로 전해지는"));
}

#[test]
fn kt_money_is_not_said_to_go_to_microsoft() {
    none_says(&[
        "MS의 한국 내 입지를 키운다",
        "strengthens Microsoft's position in Korea",
    ]);
}

#[test]
fn kt_is_pursuing_not_holding_the_microsoft_deal() {
    none_says(&["has a major deal with Microsoft", "MS와 대형 협력을 맺고"]);
    let s = step("both-roads", "KT: Microsoft's partner, Rebellions' backer");
    assert!(s.body.en.contains("pursuing") && s.body.ko.contains("추진"));
}

#[test]
fn techm_has_no_headline_of_its_own() {
    let s = source("techm").unwrap();
    assert!(s.headline.ko.starts_with("(제목 없음)") && s.headline.en.starts_with("(untitled)"));
    assert!(
        !s.headline.ko.contains("빅테크 AI 응용 관심"),
        "a subhead shown as the headline"
    );
}

#[test]
fn hankyung_outlet_is_marked_as_inferred_from_its_address() {
    let s = source("hankyung").unwrap();
    assert!(s.outlet.ko.contains("hankyung.com") && s.outlet.ko.contains("추정"));
    assert!(s.outlet.en.contains("inferred from hankyung.com"));
    none_says(&["Hankyung article", "한국경제 기사"]);
}

#[test]
fn meta_74_percent_is_above_last_year_not_a_revision() {
    none_says(&["전년보다 74% 높였다"]);
    let s = step("the-race", "Big Tech's bills");
    assert!(s.body.ko.contains("전년보다 74% 많다"));
}

#[test]
fn the_race_expands_into_money_rather_than_moving() {
    none_says(&[
        "From a contest of models to a contest of money",
        "성능 경쟁에서 돈 경쟁으로",
        "shifting from model quality to investment",
        "성능에서 수백조 원 단위의 자금력으로 옮겨",
    ]);
    let e = event("generative-ai-race-becomes-investment-war").unwrap();
    assert!(e.summary.en.contains("widening into") && e.summary.ko.contains("번지고"));
}

#[test]
fn the_ai_alliance_is_50_or_more_including_meta_and_ibm() {
    none_says(&["50여", "more than 50 others", "50-plus", "more than 50 AI"]);
    let e = event("meta-ibm-form-ai-alliance").unwrap();
    assert!(e.title.ko.contains("50곳 이상") && e.title.en.contains("50 or more"));
}

#[test]
fn patent_shares_cover_the_whole_period() {
    for id in [
        "korea-fourth-in-hyperscale-ai-patents",
        "samsung-tops-hyperscale-ai-patent-filers",
    ] {
        let e = event(id).unwrap();
        assert_ne!(
            e.date.y, 2020,
            "{id}: a share of 2011–2020 dated as if of 2020"
        );
        assert_eq!(e.date_kind, DateKind::ReportedBy, "{id}");
        assert!(e.summary.en.contains("2011–2020"), "{id}");
    }
    let ip5 = event("ip5-hyperscale-ai-patents-grow-28-fold").unwrap();
    assert_eq!((ip5.date.y, ip5.date_kind), (2020, DateKind::Dated));
}

#[test]
fn lg_one_of_two_is_techm_2025_reading() {
    let lg = org("lg").unwrap();
    assert!(lg.description.en.starts_with("As TechM wrote in 2025"));
    assert!(lg.description.ko.starts_with("테크M 2025년 기사에 따르면"));
    let e = event("lg-exaone-homegrown-model").unwrap();
    assert!(e.summary.en.contains("As TechM wrote in 2025") && e.summary.ko.contains("테크M"));
}

#[test]
fn sapeon_partners_keep_their_inference_flag() {
    let s = step("sovereign-road", "Knitting a home ecosystem");
    assert!(
        s.caveats
            .iter()
            .any(|c| c.note.en.contains("inference") && c.note.en.contains("NHN Cloud")),
        "the Sapeon partner reading is an inference and must say so"
    );
}

#[test]
fn gtaa_and_k_ai_are_examples_not_alliances_sk_leads() {
    none_says(&[
        "SK runs the K-AI",
        "K-AI 얼라이언스'를 운영",
        "SK runs an alliance abroad",
    ]);
    let e = event("skt-k-ai-alliance").unwrap();
    assert!(!e.title.en.starts_with("SK runs"));
}

#[test]
fn spam_in_the_article_is_described_not_reprinted() {
    none_says(&["오픈슬롯", "머신 페이 라인"]);
    let e = event("openai-for-countries-first-ten-countries").unwrap();
    assert!(e.note.unwrap().en.contains("spam"));
}

#[test]
fn openai_for_countries_has_one_korean_spelling() {
    for (label, t) in everything() {
        let ko = t.ko.replace("'오픈 AI 포 컨츄리'", ""); // the article's own spelling, quoted
        assert!(
            !ko.contains("포 컨츄리") && !ko.replace("컨트리즈", "").contains("포 컨트리"),
            "{label}: spell it 오픈AI 포 컨트리즈"
        );
    }
}

#[test]
fn a_printed_range_is_stored_as_a_range() {
    let e = event("fdp-data-center-storage-standard").unwrap();
    let f = e.figures.iter().find(|f| f.as_reported == "2~3배").unwrap();
    assert_eq!((f.value, f.value_max), (2.0, Some(3.0)));
}

#[test]
fn summaries_are_in_our_own_words() {
    // Sentences that followed the articles too closely (004, 000, 002, 003).
    none_says(&[
        "덩치로 겨루는 싸움은 이미 끝났으니, 손잡는 것이 현실적이라는 것이다",
        "반도체와 모바일·가전·로봇을 잇는 협력 체계를 키운다",
        "연내 GPU 1만 장을 확보한 뒤 국산 AI 반도체를 늘려 간다는 계획이다",
        "업스테이지가 아마존웹서비스(AWS)와 함께 생성형 AI 시장 공략에 나섰다",
        "월스트리트저널 등 외신에 따르면 아마존은 올해 AI 사업에",
    ]);
}

// ── §3 honest dates ─────────────────────────────────────────────────────────────────

#[test]
fn undated_events_read_as_reported_by() {
    let alliance = event("meta-ibm-form-ai-alliance").unwrap();
    assert_eq!(alliance.date_kind, DateKind::ReportedBy);
    assert_eq!(alliance.date_label(Lang::En), "Reported by 21 July 2024");
    assert_eq!(alliance.date_label(Lang::Ko), "2024년 7월 21일까지 보도");
    let hbm = event("sk-hynix-hbm3e-8-high-first-delivery").unwrap();
    assert_eq!(hbm.date_kind, DateKind::Dated);
    assert_eq!(hbm.date_label(Lang::En), "March 2024");
}

#[test]
fn every_event_was_audited_and_both_kinds_occur() {
    let reported = EVENTS
        .iter()
        .filter(|e| e.date_kind == DateKind::ReportedBy)
        .count();
    assert!(reported > 60 && reported < EVENTS.len(), "{reported}");
    for e in EVENTS {
        if e.date_kind == DateKind::ReportedBy {
            assert!(
                e.date_note.is_some(),
                "{}: says where the date comes from",
                e.id
            );
        }
    }
    // The ones whose date the articles give, relatively or not, stay dated.
    for id in [
        "kt-ceo-dismisses-sensitive-country-risk",
        "skt-launches-adot-2022",
        "msit-national-ai-computing-center",
        "naver-expands-gpu-infrastructure-investment",
    ] {
        assert_eq!(event(id).unwrap().date_kind, DateKind::Dated, "{id}");
    }
}

// ── §4 one vocabulary ───────────────────────────────────────────────────────────────

#[test]
fn layer_and_kind_never_share_a_label() {
    for l in Layer::ALL {
        for k in Kind::ALL {
            for lang in Lang::ALL {
                let (a, b) = (l.label().get(lang), k.label().get(lang));
                assert!(
                    !a.starts_with(b) && !b.starts_with(a),
                    "layer `{a}` and kind `{b}` read alike"
                );
            }
        }
    }
}

#[test]
fn the_sovereign_side_has_one_name_per_language() {
    assert_eq!(Stance::Sovereign.label().ko, "소버린 AI");
    assert_eq!(Stance::Alliance.label().ko, "빅테크 동맹");
    // Other names for the side appear only where the glossary explains them.
    for (label, t) in all_texts() {
        for w in ["자립론자", "독자의 길", "독자 노선의", "홀로 서는 길"] {
            assert!(!t.ko.contains(w), "{label}: calls the sovereign side `{w}`");
        }
    }
    let g = term("sovereign-ai").unwrap();
    for w in ["독자 생존", "독자 노선", "자체 초거대 AI"] {
        assert!(g.definition.ko.contains(w), "glossary explains `{w}`");
    }
    let a = term("big-tech-alliance").unwrap();
    assert!(a.definition.ko.contains("전략적 제휴") && a.definition.en.contains("'alliance'"));
}
