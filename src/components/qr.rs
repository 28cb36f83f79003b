//! QR codes, made in Rust (the `qrcodegen` crate, offline) and drawn as one SVG path.

use leptos::prelude::*;
use qrcodegen::{QrCode as Code, QrCodeEcc};

/// Quiet zone around the code, in modules (the standard asks for four).
pub const QUIET: i32 = 4;

/// A QR code as an SVG path: its size in modules and the path data (one `M…z` per run of
/// dark modules in a row). `None` when the text is too long for any QR version.
/// Byte mode, which is what `encode_text` picks for any link (lowercase letters and `/?&=`
/// fit neither the numeric nor the alphanumeric mode), without the code that picks it.
pub fn qr_path(text: &str) -> Option<(i32, String)> {
    let code = Code::encode_binary(text.as_bytes(), QrCodeEcc::Medium)
        .or_else(|_| Code::encode_binary(text.as_bytes(), QrCodeEcc::Low))
        .ok()?;
    Some((code.size(), path_of(&code)))
}

fn path_of(code: &Code) -> String {
    let n = code.size();
    let mut d = String::new();
    for y in 0..n {
        let mut x = 0;
        while x < n {
            if code.get_module(x, y) {
                let start = x;
                while x < n && code.get_module(x, y) {
                    x += 1;
                }
                let w = x - start;
                d.push_str(&format!("M{start} {y}h{w}v1h-{w}z"));
            } else {
                x += 1;
            }
        }
    }
    d
}

/// The SVG of a QR code made by [`qr_path`], dark on white whatever the theme, with `label`
/// as its accessible name.
#[component]
pub fn QrSvg(size: i32, path: String, #[prop(into)] label: Signal<String>) -> impl IntoView {
    let side = size + 2 * QUIET;
    view! {
        <svg
            class="qr__svg"
            role="img"
            aria-label=move || label.get()
            viewBox=format!("-{QUIET} -{QUIET} {side} {side}")
            shape-rendering="crispEdges"
            xmlns="http://www.w3.org/2000/svg"
        >
            <rect x=-QUIET y=-QUIET width=side height=side fill="#fff" />
            <path d=path fill="#000" />
        </svg>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Rebuild the module grid from the path, to check it against the encoder.
    fn grid_from_path(n: i32, d: &str) -> Vec<Vec<bool>> {
        let mut g = vec![vec![false; n as usize]; n as usize];
        for run in d.split('z').filter(|r| !r.is_empty()) {
            let (pos, rest) = run[1..].split_once('h').unwrap();
            let (x, y) = pos.split_once(' ').unwrap();
            let (x, y): (usize, usize) = (x.parse().unwrap(), y.parse().unwrap());
            let w: usize = rest.split_once('v').unwrap().0.parse().unwrap();
            for cell in &mut g[y][x..x + w] {
                assert!(!*cell, "runs overlap");
                *cell = true;
            }
        }
        g
    }

    #[test]
    fn module_count_matches_the_version_and_the_path_matches_the_modules() {
        for text in [
            "https://example.org/crossroads/classroom/",
            "https://example.org/crossroads/classroom/?lang=ko&section=present&chapter=race&step=3",
            &format!(
                "https://example.org/crossroads/classroom/?section=side&side=1{}",
                "5".repeat(11)
            ),
            &"x".repeat(900),
        ] {
            let code = Code::encode_text(text, QrCodeEcc::Medium).unwrap();
            let v = code.version().value() as i32;
            assert!((1..=40).contains(&v));
            assert_eq!(code.size(), 4 * v + 17, "size of version {v}");
            let (n, d) = qr_path(text).unwrap();
            assert_eq!(n, code.size());
            let g = grid_from_path(n, &d);
            for y in 0..n {
                for x in 0..n {
                    assert_eq!(
                        g[y as usize][x as usize],
                        code.get_module(x, y),
                        "({x},{y})"
                    );
                }
            }
            // The three finder patterns: dark 7×7 rings in three corners.
            for (fx, fy) in [(0, 0), (n - 7, 0), (0, n - 7)] {
                assert!(code.get_module(fx, fy) && code.get_module(fx + 6, fy + 6));
                assert!(!code.get_module(fx + 1, fy + 1));
                assert!(code.get_module(fx + 3, fy + 3));
            }
        }
    }

    #[test]
    fn longer_text_needs_a_larger_version() {
        let short = qr_path("https://a.b/").unwrap().0;
        let long = qr_path(&format!("https://a.b/{}", "c".repeat(300)))
            .unwrap()
            .0;
        assert_eq!(short, 21, "version 1 for a short link");
        assert!(long > short);
    }

    #[test]
    fn too_long_text_gives_no_code() {
        assert!(qr_path(&"x".repeat(2800)).is_some());
        assert!(qr_path(&"x".repeat(5000)).is_none());
    }
}
