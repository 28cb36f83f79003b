//! Query strings, parsed leniently by hand so that any input, however hostile, yields
//! pairs and never a panic (invalid percent-encoding is kept literally and reported).

/// Decode `%XX` and `+`. Returns the text and whether the input was well-formed.
pub fn decode(s: &str) -> (String, bool) {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut ok = true;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b'%' => {
                let hex = |b: u8| (b as char).to_digit(16);
                match (
                    bytes.get(i + 1).and_then(|b| hex(*b)),
                    bytes.get(i + 2).and_then(|b| hex(*b)),
                ) {
                    (Some(h), Some(l)) => {
                        out.push((h * 16 + l) as u8);
                        i += 3;
                    }
                    _ => {
                        ok = false;
                        out.push(b'%');
                        i += 1;
                    }
                }
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    match String::from_utf8(out) {
        Ok(s) => (s, ok),
        Err(e) => (String::from_utf8_lossy(e.as_bytes()).into_owned(), false),
    }
}

/// Encode a value for a query string. Commas stay readable: they separate multi-values.
pub fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b',' => {
                out.push(b as char)
            }
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// One `key=value` pair of a query string, decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pair {
    pub key: String,
    pub value: String,
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
