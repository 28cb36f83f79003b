//! Word forms for search: what else a typed word may look like in the text. Plain Rust,
//! tested natively.
//!
//! - Korean glues particles and endings to the word they follow (`네이버가`, `HBM을`,
//!   `엔비디아와`). The text side needs nothing: search is by substring, so `네이버` already
//!   finds `네이버가`. The query side does: `네이버가` must find `네이버는`. So a query word
//!   loses ONE trailing particle or ending from [`ENDINGS`] (longest first), unless what
//!   remains is too short or the whole word is a known name.
//! - English: a plural also looks for its singular (`chips` → `chip`, which as a substring
//!   finds both); British and American spellings look for each other (`center` / `centre`,
//!   `-ise` / `-ize`); closed compounds are matched across spaces by the caller
//!   (`datacenter` finds `data centre`).
//!
//! Why no morphological analyser: the usual Rust one (lindera with the ko-dic dictionary)
//! embeds a dictionary of tens of megabytes, against a whole app of ~352 KB (brotli wasm),
//! and it solves a bigger problem than ours: we only need to peel particles off the few
//! words a reader types, and a short, tested table does that predictably.

/// Particles and endings peeled off a Korean query word, longest first so `에서는` wins
/// over `는`. Stacked particles (`에서는`, `들이`) are listed as they are, so one pass is
/// enough. Copula and predicate endings (`이다`, `이라는`, `했다`) are included because a
/// reader pastes phrases from the articles.
pub const ENDINGS: &[&str] = &[
    // four syllables and three
    "이라는",
    "으로는",
    "으로도",
    "으로서",
    "으로써",
    "에서는",
    "에서도",
    "에서의",
    "에게는",
    "까지는",
    "부터는",
    "이라고",
    "이라며",
    "이었다",
    "였다",
    // two syllables
    "으로",
    "에서",
    "에게",
    "한테",
    "까지",
    "부터",
    "마다",
    "처럼",
    "보다",
    "라는",
    "라고",
    "이다",
    "이며",
    "이고",
    "이나",
    "이자",
    "에는",
    "에도",
    "와의",
    "과의",
    "로의",
    "로는",
    "로도",
    "만의",
    "만이",
    "들이",
    "들은",
    "들을",
    "들의",
    "들과",
    "들도",
    "들에",
    "했다",
    "한다",
    "하는",
    "하고",
    "하며",
    "하기",
    "했고",
    "됐다",
    "된다",
    "되는",
    // one syllable
    "은",
    "는",
    "이",
    "가",
    "을",
    "를",
    "의",
    "와",
    "과",
    "로",
    "에",
    "도",
    "만",
    "들",
    "랑",
    "나",
    "한",
    "된",
];

fn is_syllable(c: char) -> bool {
    ('가'..='힣').contains(&c)
}

/// Is what is left after peeling an ending long enough to stand for a word? Two Hangul
/// syllables (`정부가` → `정부`, but `국가` stays), or two Latin letters and digits
/// (`HBM을` → `hbm`, `AI로` → `ai`), never a bare number (`30만` is not `30` + `만`).
fn long_enough(stem: &str) -> bool {
    stem.chars().count() >= 2
        && stem.chars().last().is_some_and(char::is_alphanumeric)
        && stem.chars().any(char::is_alphabetic)
}

/// The word without its trailing Korean particle or ending, or `None` when it has none to
/// lose. `word` is normalised (lower case); `is_name` says whether a whole word is a known
/// name, which is never cut (`화웨이` is not `화웨` + `이`).
pub fn korean_stem(word: &str, is_name: impl Fn(&str) -> bool) -> Option<&str> {
    if !word.ends_with(is_syllable) || is_name(word) {
        return None;
    }
    ENDINGS.iter().find_map(|e| {
        let stem = word.strip_suffix(e)?;
        (long_enough(stem) && !stem.ends_with(' ')).then_some(stem)
    })
}

/// British ↔ American spellings, as whole-word-end pairs. Only endings that are regular
/// enough to swap blindly: a swap that produces a non-word simply finds nothing.
const SPELLING_ENDINGS: &[(&str, &str)] = &[
    ("isation", "ization"),
    ("isations", "izations"),
    ("ising", "izing"),
    ("ised", "ized"),
    ("ise", "ize"),
    ("ises", "izes"),
    ("yse", "yze"),
    ("ysed", "yzed"),
    ("tre", "ter"),
    ("tres", "ters"),
    ("bre", "ber"),
    ("bres", "bers"),
    ("ogue", "og"),
    ("ence", "ense"),
    ("lled", "led"),
    ("lling", "ling"),
    ("our", "or"),
    ("ours", "ors"),
];

/// British ↔ American spellings of whole words that no ending rule covers.
const SPELLING_WORDS: &[(&str, &str)] = &[
    ("programme", "program"),
    ("programmes", "programs"),
    ("tonne", "ton"),
    ("tonnes", "tons"),
];

/// Shortest stem left before a swapped ending (`rise` and `our` stay as they are).
const MIN_SPELLING_STEM: usize = 2;
/// Shortest singular kept after dropping a plural ending (`chips` → `chip`, `gas` stays).
const MIN_SINGULAR: usize = 3;

/// The singular of an English plural, if `word` looks like one.
pub fn english_singular(word: &str) -> Option<String> {
    if !word.is_ascii() || !word.ends_with('s') {
        return None;
    }
    let b = word.as_bytes();
    let stem = if let Some(s) = word.strip_suffix("ies") {
        format!("{s}y")
    } else if ["sses", "shes", "ches", "xes", "zes"]
        .iter()
        .any(|e| word.ends_with(e))
    {
        word[..word.len() - 2].to_string()
    } else if word.ends_with("ss") || word.ends_with("us") || word.ends_with("is") {
        return None;
    } else {
        word[..word.len() - 1].to_string()
    };
    let letters = b.iter().all(|c| c.is_ascii_alphabetic());
    (letters && stem.len() >= MIN_SINGULAR).then_some(stem)
}

/// Other spellings of an English word: British ↔ American endings, and the plural in
/// `-ies` of a word in `-y` (`company` does not occur in `companies`).
pub fn english_variants(word: &str) -> Vec<String> {
    let mut out = Vec::new();
    if !word.is_ascii() || !word.bytes().all(|c| c.is_ascii_alphabetic()) {
        return out;
    }
    for (gb, us) in SPELLING_WORDS {
        for (from, to) in [(gb, us), (us, gb)] {
            if word == *from {
                out.push(to.to_string());
            }
        }
    }
    for (gb, us) in SPELLING_ENDINGS {
        for (from, to) in [(gb, us), (us, gb)] {
            if let Some(s) = word.strip_suffix(from) {
                if s.len() >= MIN_SPELLING_STEM {
                    out.push(format!("{s}{to}"));
                }
            }
        }
    }
    if let Some(s) = word.strip_suffix('y') {
        if s.len() >= MIN_SINGULAR && !s.ends_with(['a', 'e', 'o', 'u']) {
            out.push(format!("{s}ies"));
        }
    }
    out.retain(|v| v != word);
    out.sort();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn no_names(_: &str) -> bool {
        false
    }

    #[test]
    fn endings_are_hangul_and_longest_first() {
        let mut seen = Vec::new();
        for e in ENDINGS {
            assert!(e.chars().all(is_syllable), "{e}");
            assert!(!seen.contains(e), "{e} listed twice");
            // A longer ending listed after a shorter one that is its suffix would never win.
            for s in &seen {
                assert!(!(e.ends_with(*s) && e.len() > s.len()), "{e} after {s}");
            }
            seen.push(e);
        }
    }

    #[test]
    fn korean_particles_and_endings_are_peeled() {
        let table = [
            ("네이버가", Some("네이버")),
            ("네이버의", Some("네이버")),
            ("네이버는", Some("네이버")),
            ("hbm을", Some("hbm")),
            ("엔비디아와", Some("엔비디아")),
            ("소버린ai를", Some("소버린ai")),
            ("정부는", Some("정부")),
            ("삼성전자에서", Some("삼성전자")),
            ("삼성전자에서는", Some("삼성전자")),
            ("구글과", Some("구글")),
            ("ai로", Some("ai")),
            ("데이터센터로", Some("데이터센터")),
            ("반도체로", Some("반도체")),
            ("협력으로", Some("협력")),
            ("빅테크까지", Some("빅테크")),
            ("2024년부터", Some("2024년")),
            ("동맹이다", Some("동맹")),
            ("소버린이라는", Some("소버린")),
            ("협업이라는", Some("협업")),
            ("투자했다", Some("투자")),
            ("기업들이", Some("기업")),
            ("ms에게", Some("ms")),
            // Too short to lose anything: one syllable would be left.
            ("국가", None),
            ("정도", None),
            ("결과", None),
            ("회의", None),
            ("k로", None),
            ("30만", None),
            ("캐나다", None),
            // Nothing to peel.
            ("네이버", None),
            ("엔비디아", None),
            ("hbm", None),
            ("반도체", None),
            ("", None),
        ];
        for (word, want) in table {
            assert_eq!(korean_stem(word, no_names), want, "{word}");
        }
    }

    #[test]
    fn known_names_are_never_cut() {
        let names = |w: &str| w == "화웨이" || w == "sk하이닉스";
        assert_eq!(korean_stem("화웨이", names), None);
        assert_eq!(korean_stem("화웨이", no_names), Some("화웨"));
        assert_eq!(korean_stem("화웨이가", names), Some("화웨이"));
    }

    #[test]
    fn english_plurals_lose_their_ending() {
        let table = [
            ("chips", Some("chip")),
            ("centres", Some("centre")),
            ("companies", Some("company")),
            ("alliances", Some("alliance")),
            ("switches", Some("switch")),
            ("boxes", Some("box")),
            ("process", None),
            ("status", None),
            ("analysis", None),
            ("gas", None),
            ("as", None),
            ("chip", None),
            ("hbm3s", None),
            ("네이버s", None),
        ];
        for (word, want) in table {
            assert_eq!(english_singular(word).as_deref(), want, "{word}");
        }
    }

    #[test]
    fn british_and_american_spellings_find_each_other() {
        let has = |w: &str, v: &str| english_variants(w).iter().any(|x| x == v);
        let pairs = [
            ("centre", "center"),
            ("centres", "centers"),
            ("fibre", "fiber"),
            ("organisation", "organization"),
            ("organisations", "organizations"),
            ("commercialise", "commercialize"),
            ("specialising", "specializing"),
            ("recognised", "recognized"),
            ("analyse", "analyze"),
            ("licence", "license"),
            ("modelled", "modeled"),
            ("labour", "labor"),
            ("programme", "program"),
        ];
        for (gb, us) in pairs {
            assert!(has(gb, us), "{gb} → {us}");
            assert!(has(us, gb), "{us} → {gb}");
        }
        assert!(english_variants("rise").is_empty(), "short words stay");
        assert!(english_variants("our").is_empty());
        assert!(has("company", "companies"));
        assert!(!has("journey", "journeies"), "vowel + y keeps its plural");
        assert!(english_variants("데이터").is_empty());
        assert!(english_variants("11.3%").is_empty());
    }
}
