//! Query strings, parsed leniently so that any input, however hostile, yields pairs and
//! never a panic (invalid percent-encoding is kept literally and reported). Decoding and
//! encoding use the `percent-encoding` crate; splitting into pairs is ours, because it also
//! reports what `form_urlencoded` would silently repair.

use percent_encoding::{percent_decode_str, utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

/// What a value keeps unescaped: `A–Z a–z 0–9 - _ . ~` and the comma that separates
/// multi-values (spaces are written as `+`, see [`encode`]).
const KEEP: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~')
    .remove(b',');

/// Decode `%XX` and `+`. Returns the text and whether the input was well-formed: every `%`
/// followed by two hex digits (a stray one is kept literally) and the bytes valid UTF-8.
pub fn decode(s: &str) -> (String, bool) {
    let escapes_ok = s.split('%').skip(1).all(|rest| {
        rest.as_bytes()
            .get(..2)
            .is_some_and(|h| h.iter().all(u8::is_ascii_hexdigit))
    });
    let spaced = s.replace('+', " ");
    let bytes: Vec<u8> = percent_decode_str(&spaced).collect();
    match String::from_utf8(bytes) {
        Ok(text) => (text, escapes_ok),
        Err(e) => (String::from_utf8_lossy(e.as_bytes()).into_owned(), false),
    }
}

/// Encode a value for a query string. Commas stay readable: they separate multi-values.
pub fn encode(s: &str) -> String {
    s.split(' ')
        .map(|part| utf8_percent_encode(part, KEEP).to_string())
        .collect::<Vec<_>>()
        .join("+")
}

/// One `key=value` pair of a query string, decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pair {
    pub key: String,
    pub value: String,
    /// The value as written, before decoding.
    pub raw_value: String,
    /// False when the raw text had broken percent-encoding or invalid UTF-8.
    pub well_formed: bool,
}

/// Longest value we look at; longer ones are cut (and reported by the caller's parser).
pub const MAX_VALUE: usize = 512;

/// Split `?a=1&b=2` (leading `?` optional) into decoded pairs, in order.
pub fn pairs(search: &str) -> Vec<Pair> {
    let search = search.strip_prefix('?').unwrap_or(search);
    search
        .split('&')
        .filter(|p| !p.is_empty())
        .take(64)
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            let (key, ok1) = decode(k);
            let (value, ok2) = decode(v);
            Pair {
                key,
                value,
                raw_value: v.to_string(),
                well_formed: ok1 && ok2,
            }
        })
        .collect()
}

/// Build a query string (with leading `?`, or empty) from key/value pairs, skipping empties.
pub fn build(pairs: &[(&str, String)]) -> String {
    let parts: Vec<String> = pairs
        .iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(k, v)| format!("{}={}", k, encode(v)))
        .collect();
    if parts.is_empty() {
        String::new()
    } else {
        format!("?{}", parts.join("&"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn decodes_percent_and_plus() {
        assert_eq!(
            decode("%EB%84%A4%EC%9D%B4%EB%B2%84+x"),
            ("네이버 x".to_string(), true)
        );
    }

    #[test]
    fn broken_percent_is_kept_and_flagged() {
        assert_eq!(decode("100%"), ("100%".to_string(), false));
        assert_eq!(decode("%zz"), ("%zz".to_string(), false));
        let (_, ok) = decode("%ff%fe");
        assert!(!ok, "invalid UTF-8 is flagged");
    }

    #[test]
    fn encodes_in_the_canonical_form() {
        assert_eq!(encode("a b,c~-_.ü/&+"), "a+b,c~-_.%C3%BC%2F%26%2B");
        assert_eq!(decode("a+%2B%e2%82%ac"), ("a +€".to_string(), true));
        assert_eq!(decode("%%41"), ("%A".to_string(), false));
        assert_eq!(decode("%4"), ("%4".to_string(), false));
    }

    #[test]
    fn pairs_keep_order_and_empty_values() {
        let p = pairs("?a=1&b=&c");
        assert_eq!(p.len(), 3);
        assert_eq!((p[0].key.as_str(), p[0].value.as_str()), ("a", "1"));
        assert_eq!(p[1].value, "");
        assert_eq!(p[2].key, "c");
    }

    proptest! {
        #[test]
        fn encode_then_decode_is_identity(s in "\\PC{0,40}") {
            let (d, ok) = decode(&encode(&s));
            prop_assert!(ok);
            prop_assert_eq!(d, s);
        }

        #[test]
        fn never_panics(s in ".{0,200}") {
            let _ = pairs(&s);
        }
    }
}
