//! The fact base's types as the app sees them: static, borrowed, parsed at build time.

use std::fmt;

/// The reader's language. Korean first: the articles are Korean.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum Lang {
    Ko,
    #[default]
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Ko, Lang::En];
    pub fn code(self) -> &'static str {
        match self {
            Lang::Ko => "ko",
            Lang::En => "en",
        }
    }
    pub fn from_code(s: &str) -> Option<Lang> {
        match s {
            "ko" => Some(Lang::Ko),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
    pub fn other(self) -> Lang {
        match self {
            Lang::Ko => Lang::En,
            Lang::En => Lang::Ko,
        }
    }
}

/// Prose that only some views show: an organisation's description ([`OrgProse`],
/// `cfg(org_prose)`) and a glossary term's definition ([`TermProse`], `cfg(term_prose)`).
/// `build.rs` sets each cfg when the build carries a view that shows it, and writes the prose
/// only then: other views' apps carry it empty (4-5 KB of brotli each). It reads only through
/// `Deref`, which exists under the same cfg, so a view that starts to show it without being
/// named in `build.rs` does not compile.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OrgProse(pub(crate) Text);

impl std::ops::Deref for OrgProse {
    type Target = Text;
    fn deref(&self) -> &Text {
        #[cfg(all(not(org_prose), target_arch = "wasm32"))]
        unsafe {
            crossroads_build_carries_no_org_descriptions_see_build_rs()
        };
        &self.0
    }
}

/// A glossary term's definition (see [`OrgProse`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TermProse(pub(crate) Text);

impl std::ops::Deref for TermProse {
    type Target = Text;
    fn deref(&self) -> &Text {
        #[cfg(all(not(term_prose), target_arch = "wasm32"))]
        unsafe {
            crossroads_build_carries_no_term_definitions_see_build_rs()
        };
        &self.0
    }
}

// Never defined anywhere: a view's app that reads prose its build left out (a view not named
// in `build.rs`'s `ORG_PROSE_VIEWS` / `TERM_PROSE_VIEWS` that reaches a reader of it) imports
// one of these, and `scripts/postbuild.mjs` fails the build naming it. Code that is built in
// but never reached by the view (dead code) is dropped by the linker and imports nothing.
#[cfg(all(not(org_prose), target_arch = "wasm32"))]
extern "C" {
    fn crossroads_build_carries_no_org_descriptions_see_build_rs();
}
#[cfg(all(not(term_prose), target_arch = "wasm32"))]
extern "C" {
    fn crossroads_build_carries_no_term_definitions_see_build_rs();
}

/// One piece of prose in both languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Text {
    pub ko: &'static str,
    pub en: &'static str,
}

impl Text {
    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Ko => self.ko,
            Lang::En => self.en,
        }
    }
}

/// Declares a closed vocabulary with stable slugs (they appear in links) and labels.
macro_rules! vocab {
    ($(#[$m:meta])* $name:ident { $($variant:ident = $slug:literal, $ko:literal, $en:literal;)+ }) => {
        $(#[$m])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($variant),+ }
        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            pub fn slug(self) -> &'static str {
                match self { $($name::$variant => $slug),+ }
            }
            pub fn from_slug(s: &str) -> Option<Self> {
                match s { $($slug => Some($name::$variant),)+ _ => None }
            }
            pub fn label(self) -> Text {
                match self { $($name::$variant => Text { ko: $ko, en: $en }),+ }
            }
        }
        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.write_str(self.slug()) }
        }
    };
}

vocab!(
    /// Where a development sits in the debate.
    Stance {
        Alliance = "alliance", "빅테크 동맹", "Alliance";
        Sovereign = "sovereign", "소버린 AI", "Sovereign";
        Hybrid = "hybrid", "병행", "Both";
        Context = "context", "세계 흐름", "Global context";
    }
);

vocab!(
    /// The layer of the AI stack a development belongs to.
    Layer {
        Chips = "chips", "반도체·메모리", "Chips & memory";
        Cloud = "cloud", "클라우드·데이터센터", "Cloud & data centres";
        Models = "models", "AI 모델", "Models";
        Services = "services", "서비스", "Services";
        Policy = "policy", "정책", "Policy";
        Capital = "capital", "자본", "Capital";
    }
);

vocab!(
    /// What kind of development an event is.
    Kind {
        Investment = "investment", "투자", "Investment";
        Partnership = "partnership", "제휴", "Partnership";
        Merger = "merger", "합병", "Merger";
        Product = "product", "제품·서비스", "Product";
        Model = "model", "모델 개발·출시", "Model release";
        Chip = "chip", "칩 개발", "Chip development";
        Policy = "policy", "정부 조치", "Government action";
        Ranking = "ranking", "순위", "Ranking";
        Market = "market", "시장 수치", "Market figure";
        Research = "research", "연구·특허", "Research";
        Strategy = "strategy", "전략", "Strategy";
    }
);

vocab!(
    /// Whether the article dates an event itself, or the event only has the date by which
    /// it was reported (the article's date, or the latest it can have happened).
    DateKind {
        Dated = "dated", "날짜 있음", "Dated";
        ReportedBy = "reported_by", "보도 시점", "Reported by";
    }
);

vocab!(
    /// How far along a development was when the article reported it.
    Status {
        Announced = "announced", "발표", "Announced";
        Planned = "planned", "계획", "Planned";
        UnderWay = "under-way", "진행 중", "Under way";
        Delivered = "delivered", "완료", "Delivered";
    }
);

vocab!(
    OrgKind {
        Company = "company", "기업", "Company";
        Government = "government", "정부 기관", "Government body";
        Institute = "institute", "연구·조사 기관", "Institute";
        University = "university", "대학", "University";
        Country = "country", "국가", "Country";
        Alliance = "alliance", "연합체", "Alliance";
        Media = "media", "언론", "Media";
    }
);

vocab!(
    Sector {
        Chips = "chips", "반도체", "Semiconductors";
        Telecom = "telecom", "통신", "Telecoms";
        Platform = "platform", "인터넷 플랫폼", "Internet platform";
        Cloud = "cloud", "클라우드", "Cloud";
        Ai = "ai", "AI 기업", "AI company";
        Electronics = "electronics", "전자", "Electronics";
        Storage = "storage", "저장장치", "Storage";
        Finance = "finance", "금융", "Finance";
        Research = "research", "연구·조사", "Research";
        Government = "government", "정부", "Government";
        Education = "education", "교육", "Education";
        Media = "media", "언론", "Media";
        Alliance = "alliance", "연합체", "Alliance";
        Nation = "nation", "국가", "Nation";
    }
);

vocab!(
    Country {
        Kr = "kr", "한국", "South Korea";
        Us = "us", "미국", "United States";
        Cn = "cn", "중국", "China";
        Fr = "fr", "프랑스", "France";
        Gb = "gb", "영국", "United Kingdom";
        Sg = "sg", "싱가포르", "Singapore";
        Jp = "jp", "일본", "Japan";
        Eu = "eu", "유럽연합", "European Union";
        Global = "global", "다국적", "Multinational";
    }
);

vocab!(
    /// The unit a figure is reported in.
    Unit {
        Usd = "usd", "달러", "US dollars";
        Krw = "krw", "원", "Korean won";
        Eur = "eur", "유로", "euros";
        Cny = "cny", "위안", "yuan";
        Percent = "percent", "%", "per cent";
        Count = "count", "개", "count";
        Times = "times", "배", "times";
        Rank = "rank", "위", "rank";
        Years = "years", "년", "years";
        Months = "months", "개월", "months";
    }
);

impl Unit {
    pub fn is_currency(self) -> bool {
        matches!(self, Unit::Usd | Unit::Krw | Unit::Eur | Unit::Cny)
    }
}

/// A date at the precision the article gives: year, month or day (0 = not given).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub y: u16,
    pub m: u8,
    pub d: u8,
}

/// How precise a date is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Precision {
    Year,
    Month,
    Day,
}

impl Date {
    pub fn precision(self) -> Precision {
        match (self.m, self.d) {
            (0, _) => Precision::Year,
            (_, 0) => Precision::Month,
            _ => Precision::Day,
        }
    }
    /// The value of a `<time datetime>` attribute: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub fn iso(self) -> String {
        match self.precision() {
            Precision::Year => format!("{:04}", self.y),
            Precision::Month => format!("{:04}-{:02}", self.y, self.m),
            Precision::Day => format!("{:04}-{:02}-{:02}", self.y, self.m, self.d),
        }
    }
    /// A key that sorts dates; a month-only date sorts at the start of its month.
    pub fn key(self) -> u32 {
        self.y as u32 * 10_000 + self.m as u32 * 100 + self.d as u32
    }
    /// The date as a reader expects it, at its real precision.
    pub fn display(self, lang: Lang) -> String {
        const MONTHS: [&str; 12] = [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ];
        match (lang, self.precision()) {
            (Lang::Ko, Precision::Year) => format!("{}년", self.y),
            (Lang::Ko, Precision::Month) => format!("{}년 {}월", self.y, self.m),
            (Lang::Ko, Precision::Day) => format!("{}년 {}월 {}일", self.y, self.m, self.d),
            (Lang::En, Precision::Year) => format!("{}", self.y),
            (Lang::En, Precision::Month) => format!("{} {}", MONTHS[self.m as usize - 1], self.y),
            (Lang::En, Precision::Day) => {
                format!("{} {} {}", self.d, MONTHS[self.m as usize - 1], self.y)
            }
        }
    }
}

/// Where a fact comes from: an article and a paragraph (its n-th non-empty line).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cite {
    pub source: &'static str,
    pub para: u16,
}

/// An article as the footer's short list names it: a copy of the few fields of its
/// [`Source`] (build.rs writes both from the same record), without its notes.
#[derive(Debug, PartialEq)]
pub struct SourceLine {
    pub id: &'static str,
    pub outlet: Text,
    pub headline_ko: &'static str,
    pub date: Date,
    pub date_inferred: bool,
}

#[derive(Debug, PartialEq)]
pub struct Source {
    pub id: &'static str,
    pub outlet: Text,
    pub author: Text,
    pub headline: Text,
    pub date: Date,
    pub date_inferred: bool,
    pub date_note: Option<Text>,
    pub note: Option<Text>,
    pub skip: &'static [u16],
}

#[derive(Debug, PartialEq)]
pub struct Org {
    pub id: &'static str,
    pub name: Text,
    pub kind: OrgKind,
    pub sector: Sector,
    pub country: Country,
    pub country_inferred: bool,
    pub parent: Option<&'static str>,
    pub description: OrgProse,
    pub cites: &'static [Cite],
}

#[derive(Debug, PartialEq)]
pub struct Person {
    pub id: &'static str,
    pub name: Text,
    pub role: Text,
    pub org: &'static str,
    pub cites: &'static [Cite],
}

#[derive(Debug, PartialEq, Clone, Copy)]
pub struct Converted {
    pub as_reported: &'static str,
    pub value: f64,
    pub unit: Unit,
}

#[derive(Debug, PartialEq, Clone, Copy)]
pub struct Figure {
    pub label: Text,
    pub as_reported: &'static str,
    pub value: f64,
    /// The high end of a range the article prints (`2~3배`); `value` is its low end.
    pub value_max: Option<f64>,
    pub unit: Unit,
    pub converted: Option<Converted>,
}

#[derive(Debug, PartialEq)]
pub struct Event {
    pub id: &'static str,
    pub date: Date,
    pub date_inferred: bool,
    pub date_note: Option<Text>,
    pub date_kind: DateKind,
    pub title: Text,
    pub summary: Text,
    pub orgs: &'static [&'static str],
    pub people: &'static [&'static str],
    pub stance: Stance,
    pub layer: Layer,
    pub kind: Kind,
    pub status: Option<Status>,
    pub figures: &'static [Figure],
    pub cites: &'static [Cite],
    pub note: Option<Text>,
}

impl Event {
    /// Words around the date of an event the article does not date, as (before, after) the
    /// date itself: "Reported by | December 2024", "2024년 12월 | 까지 보도". Dated events
    /// have none, so an undated event never passes for a dated one.
    pub fn date_words(&self, lang: Lang) -> (&'static str, &'static str) {
        match (self.date_kind, lang) {
            (DateKind::Dated, _) => ("", ""),
            (DateKind::ReportedBy, Lang::Ko) => ("", "까지 보도"),
            (DateKind::ReportedBy, Lang::En) => ("Reported by ", ""),
        }
    }

    /// The event's date as a reader should read it: plain when the article dates the event,
    /// "Reported by December 2024" / "2024년 12월까지 보도" when it does not.
    pub fn date_label(&self, lang: Lang) -> String {
        let (before, after) = self.date_words(lang);
        format!("{before}{}{after}", self.date.display(lang))
    }
}

#[derive(Debug, PartialEq)]
pub struct Quote {
    pub id: &'static str,
    pub speaker: &'static str,
    pub ko: &'static str,
    pub en: &'static str,
    pub context: Text,
    pub event: Option<&'static str>,
    pub cites: &'static [Cite],
    pub note: Option<Text>,
}

impl Quote {
    pub fn words(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Ko => self.ko,
            Lang::En => self.en,
        }
    }
}

#[derive(Debug, PartialEq)]
pub struct Term {
    pub id: &'static str,
    pub term: Text,
    pub definition: TermProse,
    pub aliases: &'static [&'static str],
    pub cites: &'static [Cite],
}

/// A paragraph and the words in it that a placement rests on.
#[derive(Debug, PartialEq)]
pub struct Evidence {
    pub cite: Cite,
    /// Exactly as printed in the cited paragraph (Korean).
    pub phrase: &'static str,
}

/// Where one article puts an organisation at one time (`data/placements.toml`).
/// `stance` is never `Context`: a placement names a road.
#[derive(Debug, PartialEq)]
pub struct Placement {
    pub id: &'static str,
    pub org: &'static str,
    pub stance: Stance,
    pub date: Date,
    pub date_inferred: bool,
    pub date_note: Option<Text>,
    /// The article reports what the organisation does; the road is our reading (`note`).
    pub reading_inferred: bool,
    pub note: Option<Text>,
    pub explanation: Text,
    /// All from one article (the build checks this).
    pub evidence: &'static [Evidence],
}

/// What the time axis needs of an event, and no more: generated by `build.rs` next to
/// `EVENTS` (same order), so the landing page's small wasm can draw every event's mark
/// without carrying the events' texts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EventMark {
    pub id: &'static str,
    pub date: Date,
    pub date_kind: DateKind,
    pub stance: Stance,
}

impl EventMark {
    /// Dated only by when an article reported it: drawn hollow.
    pub fn reported(&self) -> bool {
        self.date_kind == DateKind::ReportedBy
    }
}
