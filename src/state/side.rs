//! "Take a side": a student's positions on the alliance ↔ sovereign scale, with a reason for
//! each organisation and a name, packed into a short, URL-safe, versioned string.
//!
//! Format, version 1: `1` + one digit per organisation of [`SIDE_ORGS`] (`0` = not placed,
//! `1` = ally with Big Tech … `5` = build our own) + optionally `.` + base64url (no padding) of
//! the UTF-8 text `name \n reason₁ \n … \n reasonₙ` (trailing empty fields left out).
//! Example: `135000000002.S2ltCkhCTSB3b3Jrcw`. The same string is the shareable link's
//! `side=` value and the draft kept in localStorage. It contains no comma, so several can be
//! listed in one `sides=` value. Decoding validates everything and never panics.

/// The organisations a student places, in encoding order. Append only (never reorder): a
/// link written with a shorter list still decodes, the missing ones unplaced.
pub const SIDE_ORGS: [&str; 11] = [
    "naver",
    "kt",
    "sk-hynix",
    "sk-telecom",
    "samsung-electronics",
    "lg",
    "kakao",
    "upstage",
    "rebellions",
    "fadu",
    "south-korea",
];
pub const N: usize = SIDE_ORGS.len();
/// The current format's version character.
pub const VERSION: u8 = b'1';
/// Longest name and reason, in characters.
pub const MAX_NAME: usize = 40;
pub const MAX_REASON: usize = 120;
/// Longest encoded string accepted (a full side in Korean is about 2,300 characters).
pub const MAX_ENCODED: usize = 4096;

/// One student's positions: `pos[i]` is 0 (not placed) or 1..=5 for `SIDE_ORGS[i]`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Side {
    pub name: String,
    pub pos: [u8; N],
    pub reasons: [String; N],
}

/// Why a string is not a valid side.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SideError {
    Empty,
    TooLong,
    /// Written by a format version this build does not know (older or newer).
    Version,
    Malformed,
}

/// Make free text fit a one-line field: control characters (newlines included) become
/// spaces and the text is cut to `max` characters. Idempotent.
pub fn clean(s: &str, max: usize) -> String {
    s.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .take(max)
        .collect()
}

impl Side {
    /// The same side with every field cleaned and every position in range.
    pub fn cleaned(mut self) -> Side {
        self.name = clean(&self.name, MAX_NAME);
        for r in self.reasons.iter_mut() {
            *r = clean(r, MAX_REASON);
        }
        for p in self.pos.iter_mut() {
            if *p > 5 {
                *p = 0;
            }
        }
        self
    }

    /// True when nothing is placed, named or written.
    pub fn is_blank(&self) -> bool {
        self.name.trim().is_empty()
            && self.pos.iter().all(|p| *p == 0)
            && self.reasons.iter().all(|r| r.trim().is_empty())
    }

    /// How many organisations are placed.
    pub fn placed(&self) -> usize {
        self.pos.iter().filter(|p| **p > 0).count()
    }

    /// The compact string (see the module docs). Fields are cleaned first.
    pub fn encode(&self) -> String {
        let mut out = String::with_capacity(16);
        out.push(VERSION as char);
        for p in self.pos {
            out.push(char::from(b'0' + if p > 5 { 0 } else { p }));
        }
        let mut text = clean(&self.name, MAX_NAME);
        for r in &self.reasons {
            text.push('\n');
            text.push_str(&clean(r, MAX_REASON));
        }
        let text = text.trim_end_matches('\n');
        if !text.is_empty() {
            out.push('.');
            out.push_str(&b64_encode(text.as_bytes()));
        }
        out
    }

    /// Read a compact string back. Anything unexpected is an error, never a panic.
    pub fn decode(s: &str) -> Result<Side, SideError> {
        let s = s.trim();
        if s.is_empty() {
            return Err(SideError::Empty);
        }
        if s.len() > MAX_ENCODED {
            return Err(SideError::TooLong);
        }
        let bytes = s.as_bytes();
        if bytes[0] != VERSION {
            return Err(if bytes[0].is_ascii_digit() {
                SideError::Version
            } else {
                SideError::Malformed
            });
        }
        let (digits, text) = match s[1..].split_once('.') {
            Some((d, t)) => (d, Some(t)),
            None => (&s[1..], None),
        };
        if digits.len() > N {
            return Err(SideError::Malformed);
        }
        let mut side = Side::default();
        for (i, b) in digits.bytes().enumerate() {
            match b {
                b'0'..=b'5' => side.pos[i] = b - b'0',
                _ => return Err(SideError::Malformed),
            }
        }
        if let Some(t) = text {
            let raw = b64_decode(t).ok_or(SideError::Malformed)?;
            let text = String::from_utf8(raw).map_err(|_| SideError::Malformed)?;
            let mut fields = text.split('\n');
            side.name = clean(fields.next().unwrap_or(""), MAX_NAME);
            for (i, f) in fields.enumerate() {
                if i >= N {
                    return Err(SideError::Malformed);
                }
                side.reasons[i] = clean(f, MAX_REASON);
            }
        }
        Ok(side)
    }
}

/// What a teacher's paste of students' links (one per line, or any text that contains them,
/// such as a chat export) adds to the compare view. See [`collect`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Collected {
    /// The sides to compare: those already there, then the new ones in pasted order.
    pub sides: Vec<Side>,
    /// Positions found in the text, duplicates included.
    pub read: usize,
    /// Positions added to the comparison.
    pub added: usize,
    /// Positions identical to one already compared (the same link sent or pasted twice):
    /// counted once.
    pub duplicates: usize,
    /// Positions left out because the comparison was full.
    pub over: usize,
    /// What held no position, shortened for a note: each link (or `side` value) that does not
    /// decode, each code-like word that does not decode, and each line with neither.
    pub ignored: Vec<String>,
}

/// Characters that cannot be part of a link or a code and often wrap one in running text.
fn breaks_token(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '<' | '>'
                | '"'
                | '\''
                | '('
                | ')'
                | '['
                | ']'
                | '{'
                | '}'
                | '|'
                | '`'
                | '\\'
                | '“'
                | '”'
                | '‘'
                | '’'
                | '「'
                | '」'
                | '『'
                | '』'
                | '《'
                | '》'
                | '（'
                | '）'
        )
}

/// What an ignored item shows in the note: enough of a link to tell it from another.
fn cut(s: &str) -> String {
    const MAX: usize = 80;
    let mut out: String = s.chars().take(MAX).collect();
    if s.chars().nth(MAX).is_some() {
        out.push('…');
    }
    out
}

/// A word that is a link (or a bare `side=` query) rather than prose.
fn is_link(word: &str) -> bool {
    word.contains("://") || word.contains('?') || word.starts_with("www.") || word.contains("side=")
}

/// A word shaped like a bare code as [`Side::encode`] writes it: the version, one digit per
/// organisation, optionally `.` and text. Shorter digit runs are ordinary numbers in prose.
fn looks_like_code(word: &str) -> bool {
    let (digits, _) = word.split_once('.').unwrap_or((word, ""));
    digits.len() == N + 1
        && digits.as_bytes()[0] == VERSION
        && digits.bytes().all(|b| b.is_ascii_digit())
}

/// The `side` values of a link, and the codes of its `sides` list; `None` when it has neither.
fn link_codes(link: &str) -> Option<Vec<String>> {
    let query = link.split_once('?').map_or(link, |(_, q)| q);
    let query = query.split('#').next().unwrap_or("");
    let mut codes = Vec::new();
    let mut any = false;
    for p in super::query::pairs(query) {
        // `&amp;` is how a link copied out of HTML separates its parameters.
        let key = p.key.strip_prefix("amp;").unwrap_or(&p.key);
        if key.eq_ignore_ascii_case("side") {
            any = true;
            codes.push(p.value);
        } else if key.eq_ignore_ascii_case("sides") {
            any = true;
            codes.extend(p.value.split(',').map(str::to_string));
        }
    }
    any.then_some(codes)
}

/// Read every position in `text` and add the new ones to `existing`, up to `max` sides in
/// all. Links are read wherever they are in the text (a `side` value, or each code of a
/// compare link's `sides`), and so are bare codes; prose around them is skipped, and a line
/// with no link or code at all is reported as ignored. Never panics.
pub fn collect(existing: &[Side], text: &str, max: usize) -> Collected {
    let mut out = Collected {
        sides: existing.to_vec(),
        ..Default::default()
    };
    let add = |side: Side, out: &mut Collected| {
        out.read += 1;
        if out.sides.contains(&side) {
            out.duplicates += 1;
        } else if out.sides.len() >= max {
            out.over += 1;
        } else {
            out.sides.push(side);
            out.added += 1;
        }
    };
    for line in text.lines() {
        let mut held = false;
        let words = line
            .split(breaks_token)
            // Sentence punctuation after a link is not part of it (a code never ends in `.`).
            .map(|w| w.trim_end_matches(['.', ',', ';', ':', '!', '?', '。', '、']))
            .filter(|w| !w.is_empty());
        for word in words {
            if is_link(word) {
                held = true;
                match link_codes(word) {
                    Some(codes) if !codes.is_empty() => {
                        for code in codes {
                            match Side::decode(&code) {
                                Ok(side) => add(side, &mut out),
                                Err(_) => out.ignored.push(cut(word)),
                            }
                        }
                    }
                    _ => out.ignored.push(cut(word)),
                }
            } else if looks_like_code(word) {
                held = true;
                match Side::decode(word) {
                    Ok(side) => add(side, &mut out),
                    Err(_) => out.ignored.push(cut(word)),
                }
            }
        }
        if !held && !line.trim().is_empty() {
            out.ignored.push(cut(line.trim()));
        }
    }
    out
}

/// base64url without padding (the `base64` crate, already built in through leptos).
/// Decoding rejects padding and non-zero trailing bits, so every valid string has exactly
/// one decoding.
const B64: base64::engine::GeneralPurpose = base64::engine::general_purpose::URL_SAFE_NO_PAD;

/// base64url without padding.
pub fn b64_encode(data: &[u8]) -> String {
    base64::Engine::encode(&B64, data)
}

/// Inverse of [`b64_encode`]; `None` on any character outside the alphabet, an impossible
/// length, or non-zero padding bits.
pub fn b64_decode(s: &str) -> Option<Vec<u8>> {
    base64::Engine::decode(&B64, s).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn every_side_org_exists_once() {
        for (i, id) in SIDE_ORGS.iter().enumerate() {
            assert!(crate::data::org(id).is_some(), "unknown org {id}");
            assert!(!SIDE_ORGS[..i].contains(id), "{id} twice");
        }
    }

    #[test]
    fn blank_side_is_just_the_version_and_zeros() {
        assert_eq!(Side::default().encode(), "100000000000");
        assert_eq!(Side::decode("100000000000"), Ok(Side::default()));
    }

    #[test]
    fn known_example() {
        let mut s = Side {
            name: "Min".into(),
            ..Default::default()
        };
        s.pos[0] = 5;
        s.pos[1] = 1;
        s.reasons[1] = "MS deal".into();
        let code = s.encode();
        assert!(code.starts_with("151000000000."), "{code}");
        assert!(!code.contains(','));
        assert_eq!(Side::decode(&code), Ok(s));
    }

    #[test]
    fn shorter_position_lists_still_decode() {
        let s = Side::decode("13").unwrap();
        assert_eq!(s.pos[0], 3);
        assert_eq!(s.placed(), 1);
    }

    #[test]
    fn bad_strings_are_errors() {
        assert_eq!(Side::decode(""), Err(SideError::Empty));
        assert_eq!(Side::decode("2000"), Err(SideError::Version));
        assert_eq!(Side::decode("0123"), Err(SideError::Version));
        assert_eq!(Side::decode("x123"), Err(SideError::Malformed));
        assert_eq!(Side::decode("1006"), Err(SideError::Malformed));
        assert_eq!(Side::decode("1000000000000"), Err(SideError::Malformed));
        assert_eq!(Side::decode("10.!!"), Err(SideError::Malformed));
        assert_eq!(Side::decode("10.A"), Err(SideError::Malformed));
        assert_eq!(
            Side::decode("10.__8"),
            Err(SideError::Malformed),
            "invalid UTF-8"
        );
        let long = format!("1.{}", "A".repeat(MAX_ENCODED));
        assert_eq!(Side::decode(&long), Err(SideError::TooLong));
        let many = b64_encode("a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\nm".as_bytes());
        assert_eq!(
            Side::decode(&format!("1.{many}")),
            Err(SideError::Malformed)
        );
    }

    #[test]
    fn base64_matches_known_vectors() {
        assert_eq!(b64_encode(b""), "");
        assert_eq!(b64_encode(b"f"), "Zg");
        assert_eq!(b64_encode(b"fo"), "Zm8");
        assert_eq!(b64_encode(b"foo"), "Zm9v");
        assert_eq!(b64_encode(&[0xfb, 0xff]), "-_8");
        assert_eq!(b64_decode("Zm8").as_deref(), Some(&b"fo"[..]));
        assert_eq!(b64_decode("Zm9"), None, "non-zero padding bits");
    }

    /// Codes written by the hand-rolled base64 this module used before the `base64` crate:
    /// links already shared must decode to the same side, and re-encode byte for byte.
    #[test]
    fn links_written_by_the_old_encoder_still_work() {
        let code = "135214000005.6rmA66-87KeACgoKSEJNIOyImOy2nOydtCDspJHsmpQKCgoKCgoKCuyekOumvQ";
        let side = Side::decode(code).unwrap();
        assert_eq!(side.name, "김민지");
        assert_eq!(side.pos, [3, 5, 2, 1, 4, 0, 0, 0, 0, 0, 5]);
        assert_eq!(side.reasons[2], "HBM 수출이 중요");
        assert_eq!(side.reasons[10], "자립");
        assert!(side.reasons[..2].iter().all(String::is_empty));
        assert_eq!(side.encode(), code);
        let doc = "135000000002.S2ltCkhCTSB3b3Jrcw";
        let side = Side::decode(doc).unwrap();
        assert_eq!(
            (side.name.as_str(), side.reasons[0].as_str()),
            ("Kim", "HBM works")
        );
        assert_eq!(side.encode(), doc);
    }

    #[test]
    fn links_and_bare_codes_are_read() {
        let read = |t: &str| collect(&[], t, 40).sides;
        assert_eq!(
            read("https://x.org/crossroads/classroom/?lang=ko&section=side&side=135#top")[0].pos
                [..2],
            [3, 5]
        );
        assert_eq!(
            read("  135000000002 ").len(),
            1,
            "a bare code, as the app writes it"
        );
        assert!(
            read("1350").is_empty(),
            "a short number in prose is not a code"
        );
        assert!(read("classroom/?section=side").is_empty());
        assert!(read("").is_empty());
    }

    fn coded(name: &str, first: u8) -> (Side, String) {
        let mut s = Side {
            name: name.into(),
            ..Default::default()
        };
        s.pos[0] = first;
        s.pos[10] = 5;
        s.reasons[3] = format!("{name}: HBM");
        let code = s.encode();
        (s, code)
    }

    #[test]
    fn a_pasted_chat_is_read_link_by_link() {
        let (a, ca) = coded("김민지", 1);
        let (b, cb) = coded("Jun", 4);
        let (c, cc) = coded("", 3);
        let text = format!(
            "[10:02] 민지: https://x.org/crossroads/classroom/?lang=ko&section=side&side={ca}\n\
             \n\
             Jun sent <https://x.org/crossroads/classroom/?section=side&side={cb}#top>.\n\
             bare code: {cc}, thanks!\n\
             again: https://x.org/crossroads/classroom/?lang=en&amp;side={ca}\n\
             wrong one https://x.org/crossroads/timeline/?company=naver\n\
             broken https://x.org/crossroads/classroom/?side=1x99\n\
             <script>alert(1)</script>\n\
             see you at 13:00 in room 1350"
        );
        let got = collect(&[], &text, 40);
        assert_eq!(got.sides, [a, b, c]);
        assert_eq!(
            (got.read, got.added, got.duplicates, got.over),
            (4, 3, 1, 0)
        );
        assert_eq!(got.ignored.len(), 4, "{:?}", got.ignored);
        assert!(got.ignored[0].contains("timeline/?company=naver"));
        assert!(got.ignored[1].starts_with("https://x.org/crossroads/classroom/"));
        assert_eq!(got.ignored[2], "<script>alert(1)</script>");
        assert!(
            got.ignored[3].starts_with("see you"),
            "a line without any link"
        );
    }

    #[test]
    fn compare_links_add_each_of_their_sides_and_the_limit_holds() {
        let (a, ca) = coded("A", 1);
        let (b, cb) = coded("B", 2);
        let (c, cc) = coded("C", 3);
        let text = format!("classroom/?section=compare&sides={ca},{cb},zz,{cc}");
        let got = collect(std::slice::from_ref(&a), &text, 2);
        assert_eq!(got.sides, [a, b]);
        assert_eq!(
            (got.read, got.added, got.duplicates, got.over),
            (3, 1, 1, 1)
        );
        assert_eq!(got.ignored.len(), 1, "the bad code of the list");
        let _ = c;
    }

    #[test]
    fn numbers_in_prose_are_not_positions() {
        let got = collect(
            &[],
            "we have 1350 won and 13 students, call 010-1234-5678",
            40,
        );
        assert_eq!((got.read, got.sides.len()), (0, 0));
        assert_eq!(got.ignored.len(), 1, "one line of prose");
        let got = collect(&[], "  \n\n\t\n", 40);
        assert_eq!(got, Collected::default(), "blank lines are nothing");
    }

    fn any_side() -> impl Strategy<Value = Side> {
        (
            "\\PC{0,50}",
            proptest::array::uniform11(0u8..=5),
            proptest::array::uniform11(".{0,130}"),
        )
            .prop_map(|(name, pos, reasons)| Side { name, pos, reasons })
    }

    proptest! {
        #[test]
        fn round_trip(side in any_side()) {
            let side = side.cleaned();
            let code = side.encode();
            prop_assert!(code.len() <= MAX_ENCODED);
            prop_assert!(!code.contains(','));
            prop_assert!(code.bytes().all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b)));
            prop_assert_eq!(Side::decode(&code), Ok(side));
        }

        #[test]
        fn base64_round_trip(data in proptest::collection::vec(any::<u8>(), 0..200)) {
            prop_assert_eq!(b64_decode(&b64_encode(&data)), Some(data));
        }

        #[test]
        fn never_panics_on_garbage(s in ".{0,300}") {
            let _ = Side::decode(&s);
            let _ = collect(&[], &s, 40);
        }

        #[test]
        fn collecting_never_panics_and_counts_add_up(s in "(\\PC|\n){0,400}", n in 0usize..5) {
            let existing = vec![Side::default(); n];
            let got = collect(&existing, &s, 6);
            prop_assert_eq!(got.read, got.added + got.duplicates + got.over);
            prop_assert_eq!(got.sides.len(), n + got.added);
            prop_assert!(got.sides.len() <= 6.max(n));
        }

        #[test]
        fn every_code_in_any_text_is_found(
            sides in proptest::collection::vec(any_side(), 1..6),
            glue in proptest::collection::vec("[ a-z가-힣\n]{1,12}", 6),
        ) {
            let sides: Vec<Side> = sides.into_iter().map(Side::cleaned).collect();
            let mut text = String::new();
            for (i, s) in sides.iter().enumerate() {
                text.push_str(&glue[i]);
                text.push_str(&format!(" https://x.org/c/?section=side&side={} ", s.encode()));
            }
            let got = collect(&[], &text, 40);
            prop_assert_eq!(got.read, sides.len());
            for s in &sides {
                prop_assert!(got.sides.contains(s));
            }
        }

        #[test]
        fn never_panics_on_plausible_garbage(s in "1[0-9]{0,14}(\\.[A-Za-z0-9_-]{0,80})?") {
            if let Ok(side) = Side::decode(&s) {
                // Whatever decodes is valid and re-encodes to something that decodes the same.
                prop_assert!(side.pos.iter().all(|p| *p <= 5));
                prop_assert_eq!(Side::decode(&side.encode()), Ok(side));
            }
        }
    }
}
