//! Where each organisation stands: first what the articles say, then the event tally.
//!
//! **Placements** (`data/placements.toml`) are what one article says about an organisation's
//! strategy at one time, each with its paragraph and the article's own words. A firm's
//! placements in date order form its *trajectory* (KT: its own model and chips in 2023,
//! the Microsoft alliance in 2024–25); the latest is its *current* placement. A firm with
//! no placement is *not characterised*: the site says so rather than computing a label.
//!
//! **The tally** is supporting evidence only. Count the organisation's events by stance:
//! `a` alliance, `s` sovereign, `h` hybrid ("both"), `c` global context. Context events
//! say nothing about which road an organisation takes and are not counted. With
//! `n = a + s + h`: no counted event → *context only*; otherwise `score = (a − s) / n` in
//! −1…1 and `score ≥ 0.6` alliance, `≥ 0.2` leans alliance, `> −0.2` both, `> −0.6` leans
//! sovereign, else sovereign. Hybrid events pull towards the middle. The tally counts
//! events of every year alike, so it can disagree with what the articles say now;
//! [`tally_check`] says when.
//!
//! Plain Rust over the static fact base; no Leptos, tested natively.

use super::{Date, Event, Placement, Stance, EVENTS, PLACEMENTS};

/// Where the event tally puts an organisation, on a five-point scale.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lean {
    Alliance,
    LeansAlliance,
    Both,
    LeansSovereign,
    Sovereign,
    ContextOnly,
}

impl Lean {
    /// Position on the scale, 0 (alliance) … 4 (sovereign); none for context only.
    pub fn step(self) -> Option<usize> {
        match self {
            Lean::Alliance => Some(0),
            Lean::LeansAlliance => Some(1),
            Lean::Both => Some(2),
            Lean::LeansSovereign => Some(3),
            Lean::Sovereign => Some(4),
            Lean::ContextOnly => None,
        }
    }
    /// The stance this lean answers to (both alliance steps are `Alliance`).
    pub fn bucket(self) -> Stance {
        match self {
            Lean::Alliance | Lean::LeansAlliance => Stance::Alliance,
            Lean::Both => Stance::Hybrid,
            Lean::LeansSovereign | Lean::Sovereign => Stance::Sovereign,
            Lean::ContextOnly => Stance::Context,
        }
    }
    pub fn slug(self) -> &'static str {
        match self {
            Lean::Alliance => "alliance",
            Lean::LeansAlliance => "leans-alliance",
            Lean::Both => "both",
            Lean::LeansSovereign => "leans-sovereign",
            Lean::Sovereign => "sovereign",
            Lean::ContextOnly => "context",
        }
    }
}

/// Event counts by stance, and the lean they add up to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Counts {
    pub alliance: u32,
    pub sovereign: u32,
    pub hybrid: u32,
    pub context: u32,
}

impl Counts {
    /// Counts given in the order alliance, sovereign, hybrid, context.
    pub const fn new(alliance: u32, sovereign: u32, hybrid: u32, context: u32) -> Counts {
        Counts {
            alliance,
            sovereign,
            hybrid,
            context,
        }
    }

    pub fn of(events: &[&Event]) -> Counts {
        let mut c = Counts::default();
        for e in events {
            match e.stance {
                Stance::Alliance => c.alliance += 1,
                Stance::Sovereign => c.sovereign += 1,
                Stance::Hybrid => c.hybrid += 1,
                Stance::Context => c.context += 1,
            }
        }
        c
    }

    /// The counts over every event that names the organisation.
    pub fn of_org(org: &str) -> Counts {
        let mine: Vec<&Event> = EVENTS.iter().filter(|e| e.orgs.contains(&org)).collect();
        Counts::of(&mine)
    }

    /// The tally rule (see the module docs), in integer arithmetic.
    pub fn lean(self) -> Lean {
        let n = (self.alliance + self.sovereign + self.hybrid) as i64;
        if n == 0 {
            return Lean::ContextOnly;
        }
        // score = d / n; compare 5·d with 3·n (0.6) and n (0.2).
        let d5 = 5 * (self.alliance as i64 - self.sovereign as i64);
        if d5 >= 3 * n {
            Lean::Alliance
        } else if d5 >= n {
            Lean::LeansAlliance
        } else if d5 > -n {
            Lean::Both
        } else if d5 > -3 * n {
            Lean::LeansSovereign
        } else {
            Lean::Sovereign
        }
    }
}

/// The organisation's placements, oldest first (same date: file order).
pub fn placements_of(org: &str) -> Vec<&'static Placement> {
    // A hand-written insertion sort: a handful of items, and no generic sort in the wasm.
    let mut out: Vec<&'static Placement> = Vec::new();
    for p in PLACEMENTS.iter().filter(|p| p.org == org) {
        let at = out.partition_point(|q| q.date.key() <= p.date.key());
        out.insert(at, p);
    }
    out
}

/// One stretch of a trajectory: consecutive placements on the same road.
#[derive(Clone, Debug, PartialEq)]
pub struct Period {
    pub stance: Stance,
    pub from: Date,
    pub to: Date,
    /// The placements it rests on, oldest first (never empty).
    pub placements: Vec<&'static Placement>,
}

impl Period {
    /// `2023`, `2024–2025`: the years the period spans.
    pub fn years(&self) -> String {
        if self.from.y == self.to.y {
            self.from.y.to_string()
        } else {
            format!("{}–{}", self.from.y, self.to.y)
        }
    }
    /// Whether any date in it is inferred.
    pub fn date_inferred(&self) -> bool {
        self.placements.iter().any(|p| p.date_inferred)
    }
}

/// The organisation's placements grouped into periods on one road, oldest first.
/// Empty when the articles do not characterise it.
pub fn trajectory(org: &str) -> Vec<Period> {
    let mut out: Vec<Period> = Vec::new();
    for p in placements_of(org) {
        match out.last_mut() {
            Some(last) if last.stance == p.stance => {
                last.to = p.date;
                last.placements.push(p);
            }
            _ => out.push(Period {
                stance: p.stance,
                from: p.date,
                to: p.date,
                placements: vec![p],
            }),
        }
    }
    out
}

/// The most recent placement, or none when the articles do not characterise the firm.
pub fn current(org: &str) -> Option<&'static Placement> {
    placements_of(org).last().copied()
}

/// The road a card, a network node or a filter shows: the current placement's stance,
/// or `Context` ("not characterised") when there is none.
pub fn bucket(org: &str) -> Stance {
    current(org).map_or(Stance::Context, |p| p.stance)
}

/// Where a placement sits on the take-a-side scale (1 = ally with Big Tech … 5 = build
/// our own), so a student's answer can be set beside the articles'.
pub fn side_position(stance: Stance) -> Option<u8> {
    match stance {
        Stance::Alliance => Some(1),
        Stance::Hybrid => Some(3),
        Stance::Sovereign => Some(5),
        Stance::Context => None,
    }
}

/// How the event tally compares with what the articles say now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TallyCheck {
    /// The tally lands on the current placement's road.
    Agrees,
    /// The tally lands elsewhere: shown with a note, the articles lead.
    Disagrees,
    /// Nothing to compare: no placement, or no counted event.
    NotComparable,
}

/// Compare the event tally with the current placement.
pub fn tally_check(org: &str) -> TallyCheck {
    let lean = Counts::of_org(org).lean();
    match current(org) {
        None => TallyCheck::NotComparable,
        Some(_) if lean == Lean::ContextOnly => TallyCheck::NotComparable,
        Some(p) if p.stance == lean.bucket() => TallyCheck::Agrees,
        Some(_) => TallyCheck::Disagrees,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{org, source, ORGS};

    /// `(stance, [source#para, …])` of each placement, oldest first.
    fn shape(org: &str) -> Vec<(Stance, Vec<String>)> {
        placements_of(org)
            .iter()
            .map(|p| {
                let cites = p
                    .evidence
                    .iter()
                    .map(|e| format!("{}#{}", e.cite.source, e.cite.para))
                    .collect();
                (p.stance, cites)
            })
            .collect()
    }

    fn cites(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn tally_follows_the_documented_thresholds() {
        assert_eq!(Counts::new(0, 0, 0, 9).lean(), Lean::ContextOnly);
        assert_eq!(Counts::new(1, 0, 0, 0).lean(), Lean::Alliance);
        assert_eq!(Counts::new(3, 0, 2, 0).lean(), Lean::Alliance, "0.6");
        assert_eq!(Counts::new(2, 0, 3, 0).lean(), Lean::LeansAlliance, "0.4");
        assert_eq!(Counts::new(1, 0, 5, 0).lean(), Lean::Both, "0.17");
        assert_eq!(Counts::new(0, 1, 4, 0).lean(), Lean::LeansSovereign, "−0.2");
        assert_eq!(Counts::new(1, 7, 2, 1).lean(), Lean::Sovereign, "−0.6");
    }

    #[test]
    fn kt_moves_from_its_own_model_and_chips_to_the_microsoft_alliance() {
        assert_eq!(
            shape("kt"),
            vec![
                (Stance::Sovereign, cites(&["genews#29", "genews#30"])),
                (Stance::Alliance, cites(&["hankyung#11"])),
                (Stance::Alliance, cites(&["techm#15", "techm#15"])),
            ]
        );
        let t = trajectory("kt");
        assert_eq!(t.len(), 2, "two roads: 2023, then 2024–25");
        assert_eq!(
            (t[0].stance, t[0].years()),
            (Stance::Sovereign, "2023".into())
        );
        assert_eq!(
            (t[1].stance, t[1].years()),
            (Stance::Alliance, "2024–2025".into())
        );
        assert_eq!(t[1].placements.len(), 2);
        let first = placements_of("kt")[0];
        assert!(
            first.evidence[0].phrase.contains("믿음"),
            "Mi:dm, its own model"
        );
        assert!(first.evidence[1].phrase.contains("자체 개발한 AI 반도체"));
        assert!(current("kt").unwrap().evidence[0]
            .phrase
            .contains("상업적으로 출시한 제품"));
        assert_eq!(bucket("kt"), Stance::Alliance);
    }

    #[test]
    fn kt_tally_leans_sovereign_and_so_disagrees_with_the_articles() {
        let lean = Counts::of_org("kt").lean();
        assert_eq!(
            lean.bucket(),
            Stance::Sovereign,
            "2023's chip events dominate"
        );
        assert_eq!(tally_check("kt"), TallyCheck::Disagrees);
    }

    #[test]
    fn samsung_works_with_google_openai_and_qualcomm() {
        assert_eq!(
            shape("samsung-electronics"),
            vec![(
                Stance::Alliance,
                cites(&["digitaltimes#15", "digitaltimes#8"])
            )]
        );
        let p = current("samsung-electronics").unwrap();
        for partner in ["구글", "오픈AI", "퀄컴"] {
            assert!(p.evidence[0].phrase.contains(partner), "{partner}");
        }
        assert_eq!(tally_check("samsung-electronics"), TallyCheck::Disagrees);
    }

    #[test]
    fn sk_firms_naver_lg_and_the_government_rest_on_their_paragraphs() {
        assert_eq!(
            shape("sk-hynix"),
            vec![(Stance::Alliance, cites(&["hankyung#9"]))]
        );
        assert!(current("sk-hynix").unwrap().evidence[0]
            .phrase
            .contains("엔비디아와 굳건한 협력"));
        assert_eq!(
            shape("sk-telecom"),
            vec![
                (Stance::Hybrid, cites(&["genews#23", "genews#28"])),
                (Stance::Hybrid, cites(&["digitaltimes#15"])),
            ]
        );
        assert!(current("sk-telecom").unwrap().evidence[0]
            .phrase
            .contains("'자강'과 '협력'"));
        assert_eq!(
            shape("naver"),
            vec![
                (Stance::Sovereign, cites(&["genews#17"])),
                (Stance::Sovereign, cites(&["digitaltimes#15"])),
                (Stance::Sovereign, cites(&["hankyung#15"])),
                (Stance::Sovereign, cites(&["techm#10", "techm#18"])),
                (Stance::Sovereign, cites(&["ekorea#14", "ekorea#14"])),
            ]
        );
        assert_eq!(trajectory("naver").len(), 1, "one road throughout");
        assert_eq!(trajectory("naver")[0].years(), "2023–2025");
        assert_eq!(
            shape("lg"),
            vec![(Stance::Sovereign, cites(&["techm#10", "techm#16"]))]
        );
        assert!(current("lg").unwrap().evidence[0]
            .phrase
            .contains("LG와 네이버"));
        assert_eq!(
            shape("msit"),
            vec![
                (Stance::Sovereign, cites(&["genews#32"])),
                (Stance::Sovereign, cites(&["techm#17", "techm#17"])),
            ]
        );
        assert!(placements_of("msit")
            .iter()
            .all(|p| p.reading_inferred && p.note.is_some()));
    }

    #[test]
    fn an_uncharacterised_firm_has_no_placement_and_no_computed_label() {
        for id in ["google", "nvidia", "citigroup", "lg-uplus"] {
            assert!(org(id).is_some(), "{id} is in the fact base");
            assert!(trajectory(id).is_empty(), "{id}");
            assert_eq!(current(id), None);
            assert_eq!(bucket(id), Stance::Context);
            assert_eq!(tally_check(id), TallyCheck::NotComparable);
        }
    }

    #[test]
    fn every_placement_names_a_road_a_known_org_and_one_article() {
        for p in PLACEMENTS {
            assert_ne!(p.stance, Stance::Context, "{}", p.id);
            assert!(org(p.org).is_some(), "{}", p.id);
            assert!(!p.evidence.is_empty(), "{}", p.id);
            let s = p.evidence[0].cite.source;
            assert!(source(s).is_some());
            assert!(p.evidence.iter().all(|e| e.cite.source == s), "{}", p.id);
        }
        let characterised = ORGS.iter().filter(|o| current(o.id).is_some()).count();
        assert!(characterised >= 7, "{characterised}");
    }

    #[test]
    fn periods_are_consecutive_and_cover_every_placement() {
        for o in ORGS {
            let t = trajectory(o.id);
            let n: usize = t.iter().map(|p| p.placements.len()).sum();
            assert_eq!(n, placements_of(o.id).len());
            assert!(t.windows(2).all(|w| w[0].stance != w[1].stance));
            assert!(t.iter().all(|p| p.from.key() <= p.to.key()));
        }
    }

    #[test]
    fn the_side_scale_puts_alliance_left_and_sovereign_right() {
        assert_eq!(side_position(Stance::Alliance), Some(1));
        assert_eq!(side_position(Stance::Hybrid), Some(3));
        assert_eq!(side_position(Stance::Sovereign), Some(5));
        assert_eq!(side_position(Stance::Context), None);
    }
}
