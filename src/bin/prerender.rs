//! Pre-render every page into a built site: `prerender DIST BASE [SITE_URL]`, run by
//! scripts/build.sh after Trunk and scripts/postbuild.mjs. See src/prerender.rs.
//!
//! Each view's `index.html` (and one page per company, story chapter, glossary term and
//! timeline event) gets the page's own title, description, canonical URL and preview tags,
//! and its content in both languages; `public/boot.js` shows the reader's before first
//! paint. Any page that cannot be rendered fails the build, naming the page and the reason.
//!
//! `prerender --prefilter-table` prints instead the table public/prefilter.js plans filtered
//! timeline links with (src/pages/timeline/prefilter.rs), as JSON; scripts/postbuild.mjs
//! writes it into that script.

use crossroads::prerender::{page_html, pages, Templates};
use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    if args.get(1).map(String::as_str) == Some("--prefilter-table") {
        let table = crossroads::pages::timeline::prefilter::table::table();
        return match serde_json::to_string(&table) {
            Ok(json) => {
                println!("{json}");
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("prerender: the pre-filter's table: {e}");
                ExitCode::FAILURE
            }
        };
    }
    let (Some(dist), Some(base)) = (args.get(1), args.get(2)) else {
        eprintln!("usage: prerender DIST BASE [SITE_URL]   e.g. prerender dist-sub /crossroads/");
        return ExitCode::from(2);
    };
    let base: &'static str = Box::leak(base.trim_end_matches('/').to_string().into_boxed_str());
    let site_url = args
        .get(3)
        .cloned()
        .or_else(|| std::env::var("CROSSROADS_SITE_URL").ok())
        .unwrap_or_default();
    let dist = Path::new(dist);
    let templates = match Templates::read(dist) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("prerender: {e}");
            return ExitCode::FAILURE;
        }
    };
    let started = std::time::Instant::now();
    let (mut count, mut bytes) = (0usize, 0usize);
    for page in pages() {
        let html = match page_html(&page, &templates, base, site_url.trim_end_matches('/')) {
            Ok(h) => h,
            Err(e) => {
                eprintln!("prerender: page `{}`: {e}", page.file);
                return ExitCode::FAILURE;
            }
        };
        let file = dist.join(&page.file);
        if let Some(dir) = file.parent() {
            if let Err(e) = std::fs::create_dir_all(dir) {
                eprintln!("prerender: page `{}`: {e}", page.file);
                return ExitCode::FAILURE;
            }
        }
        if let Err(e) = std::fs::write(&file, &html) {
            eprintln!("prerender: page `{}`: {e}", page.file);
            return ExitCode::FAILURE;
        }
        count += 1;
        bytes += html.len();
    }
    println!(
        "prerender: {count} pages, {} KB of HTML, in {} ms",
        bytes / 1024,
        started.elapsed().as_millis()
    );
    ExitCode::SUCCESS
}
