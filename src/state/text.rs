//! Plain text helpers shared by the link parsers and the shell.

/// Cut a hostile value to something short enough to show in a note: at most 40
/// characters (not bytes, so a cut never splits a character), then `…`.
pub fn shorten(s: &str) -> String {
    let mut out: String = s.chars().take(40).collect();
    if s.chars().count() > 40 {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_values_are_cut_at_forty_characters() {
        assert_eq!(shorten("naver"), "naver");
        assert_eq!(shorten(""), "");
        let forty = "가".repeat(40);
        assert_eq!(shorten(&forty), forty, "exactly 40 is kept whole");
        assert_eq!(shorten(&"가".repeat(41)), format!("{forty}…"));
        assert_eq!(shorten(&"x".repeat(6000)).chars().count(), 41);
    }
}
