//! Where a search's words occur in a piece of text, so the view can mark them. Plain Rust,
//! tested natively; the view only turns the segments into `<mark>` elements.
//!
//! The text is folded exactly as the search index folds it (case, width, punctuation; the
//! spaces removed for Korean), remembering for every folded byte the original character it
//! came from, so a match found in the folded text maps back to the text as written.

use crate::state::search::{fold, Word};
use std::ops::Range;

/// Folded text with, for each of its bytes, the byte range of the original character.
struct Folded {
    text: String,
    from: Vec<Range<usize>>,
}

impl Folded {
    fn of(text: &str) -> Folded {
        let mut out = Folded {
            text: String::with_capacity(text.len()),
            from: Vec::with_capacity(text.len()),
        };
        for (at, c) in text.char_indices() {
            let before = out.text.len();
            fold(c, &mut out.text);
            let span = at..at + c.len_utf8();
            out.from
                .extend(std::iter::repeat_n(span, out.text.len() - before));
        }
        out
    }

    fn without_spaces(&self) -> Folded {
        let mut out = Folded {
            text: String::with_capacity(self.text.len()),
            from: Vec::with_capacity(self.from.len()),
        };
        for (at, c) in self.text.char_indices() {
            if c != ' ' {
                out.text.push(c);
                out.from
                    .extend_from_slice(&self.from[at..at + c.len_utf8()]);
            }
        }
        out
    }

    /// Original byte ranges of every occurrence of `needle`.
    fn find(&self, needle: &str, out: &mut Vec<Range<usize>>) {
        if needle.is_empty() {
            return;
        }
        for (at, m) in self.text.match_indices(needle) {
            if let (Some(a), Some(b)) = (self.from.get(at), self.from.get(at + m.len() - 1)) {
                out.push(a.start..b.end);
            }
        }
    }
}

/// Byte ranges of `text` where a form of one of `words` occurs: sorted, not overlapping,
/// on character boundaries.
pub fn ranges(text: &str, words: &[Word]) -> Vec<Range<usize>> {
    if words.is_empty() || text.is_empty() {
        return Vec::new();
    }
    let spaced = Folded::of(text);
    let compact = spaced.without_spaces();
    let mut found = Vec::new();
    for f in words.iter().flat_map(|w| w.forms.iter()) {
        if !f.hangul {
            spaced.find(&f.spaced, &mut found);
        }
        if f.compact_too() {
            compact.find(&f.compact, &mut found);
        }
    }
    found.sort_by_key(|r| (r.start, r.end));
    let mut merged: Vec<Range<usize>> = Vec::with_capacity(found.len());
    for r in found {
        match merged.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => merged.push(r),
        }
    }
    merged
}

/// `text` cut into pieces, each marked (a match) or not, in order; joined they give `text`.
pub fn segments<'a>(text: &'a str, words: &[Word]) -> Vec<(&'a str, bool)> {
    let mut out = Vec::new();
    let mut at = 0;
    for r in ranges(text, words) {
        if r.start > at {
            out.push((&text[at..r.start], false));
        }
        out.push((&text[r.clone()], true));
        at = r.end;
    }
    if at < text.len() || out.is_empty() {
        out.push((&text[at..], false));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::search::words;

    /// The marked pieces of `text` for query `q`.
    fn marked(text: &'static str, q: &str) -> Vec<&'static str> {
        segments(text, &words(q))
            .into_iter()
            .filter(|s| s.1)
            .map(|s| s.0)
            .collect()
    }

    #[test]
    fn marks_what_the_search_matched() {
        let table: &[(&str, &str, &[&str])] = &[
            ("네이버는 하이퍼클로바X를 공개했다", "네이버", &["네이버"]),
            ("네이버는 하이퍼클로바X를 공개했다", "네이버가", &["네이버"]),
            ("엔비디아에 HBM을 공급", "HBM을", &["HBM"]),
            (
                "엔비디아에 HBM을 공급",
                "hbm 엔비디아와",
                &["엔비디아", "HBM"],
            ),
            ("Naver unveils HyperCLOVA X", "NAVER", &["Naver"]),
            ("Nvidia's chips", "nvidia's chip", &["Nvidia", "chip"]),
            (
                "A new data centre in Texas",
                "data center",
                &["data", "centre"],
            ),
            ("A new data centre in Texas", "datacenter", &["data centre"]),
            ("데이터 센터를 짓는다", "데이터센터", &["데이터 센터"]),
            ("800억 달러 투자", "800억달러", &["800억 달러"]),
            ("ＮＡＶＥＲ 발표", "naver", &["ＮＡＶＥＲ"]),
            ("'소버린 AI'를 내세운", "소버린AI를", &["소버린 AI"]),
            ("Two chips, one chip", "chips", &["chip", "chip"]),
            ("Naver unveils HyperCLOVA X", "kakao", &[]),
            ("Naver", "", &[]),
        ];
        for (text, q, want) in table {
            assert_eq!(&marked(text, q), want, "{q:?} in {text:?}");
        }
    }

    #[test]
    fn segments_rebuild_the_text_and_overlaps_merge() {
        let text = "SK하이닉스의 HBM3E, HBM4 공급";
        for q in ["hbm hbm3e", "하이닉스 sk하이닉스", "공급", "", "zzz"] {
            let s = segments(text, &words(q));
            assert_eq!(s.iter().map(|x| x.0).collect::<String>(), text, "{q}");
            assert!(s.iter().all(|x| !x.0.is_empty()), "{q}: no empty piece");
            for pair in s.windows(2) {
                assert!(!(pair[0].1 && pair[1].1), "{q}: marks are merged");
            }
        }
        assert_eq!(marked(text, "hbm hbm3e"), vec!["HBM3E", "HBM"]);
        assert_eq!(segments("", &words("x")), vec![("", false)]);
    }
}
