//! Prints the pre-filter's build-time table and, for a few thousand timeline links, the plan
//! the app's own code makes for each (`prefilter::plan`, or null when the list waits for the
//! app), as JSON. tests/e2e/quickplan.test.mjs checks public/prefilter.js against it: every
//! plan that script makes from the table alone must be this one, word for word.
//! Usage: cargo run --quiet --example prefilter_corpus > corpus.json

use crossroads::pages::timeline::prefilter::{plan, table};

/// A small fixed-seed generator (xorshift): the same corpus on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }
}

fn main() {
    let t = table::table();
    let values = |p: &table::ParamTable| -> Vec<String> {
        p.values.iter().map(|v| v.value.clone()).collect()
    };
    let mut links: Vec<String> = Vec::new();
    // Every value alone, in both languages and none.
    for p in &t.params {
        for v in values(p) {
            for lang in ["", "lang=ko&", "lang=en&"] {
                links.push(format!("?{lang}{}={v}", p.name));
            }
        }
    }
    // Hand-picked edges: spellings, repeats, empties, other parameters, date orders.
    for edge in [
        "?company=naver&from=2024",
        "?lang=ko&company=naver&from=2024",
        "?lang=en&stance=sovereign",
        "?company=naver,naver",
        "?company=naver&company=kt",
        "?company=kt,naver",
        "?company=naver,kt",
        "?company=naver,",
        "?company=",
        "?company=NAVER",
        "?org=naver",
        "?stance=both",
        "?stances=sovereign",
        "?from=2024&from=2025",
        "?from=2025&to=2024",
        "?from=2024&to=2024",
        "?from=2024-06&to=2024-03",
        "?from=2024-03&to=2024",
        "?from=2024&to=2024-03",
        "?from=2024-3",
        "?from=2024-03-15",
        "?from=1999",
        "?lang=fr&stance=sovereign",
        "?embed=1&stance=sovereign",
        "?embed=true&stance=sovereign",
        "?embed=0&stance=sovereign",
        "?embed=x&stance=sovereign",
        "?lang=en&lang=ko&stance=sovereign",
        "?stance=sovereign&sort=old",
        "?stance=sovereign&sort=new",
        "?stance=sovereign&q=HBM",
        "?stance=sovereign&event=kt-microsoft-alliance",
        "?stance=sovereign&bogus=1",
        "?stance=sovereign&",
        "?&stance=sovereign",
        "?stance=sovereign#x",
        "?stance=sovereign&stance=alliance",
        "?stance=%73overeign",
        "?stance=sovereign+",
        "?company=naver&stance=sovereign&layer=chips",
    ] {
        links.push(edge.to_string());
    }
    // Random combinations of one to four parameters of one to three values each.
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    for _ in 0..3000 {
        let mut parts = Vec::new();
        for _ in 0..=rng.next(4) {
            let p = &t.params[rng.next(t.params.len())];
            let vs = values(p);
            let n = if p.list { 1 + rng.next(3) } else { 1 };
            let picked: Vec<&str> = (0..n).map(|_| vs[rng.next(vs.len())].as_str()).collect();
            parts.push(format!("{}={}", p.name, picked.join(",")));
        }
        match rng.next(3) {
            0 => parts.insert(0, "lang=ko".into()),
            1 => parts.insert(0, "lang=en".into()),
            _ => {}
        }
        links.push(format!("?{}", parts.join("&")));
    }
    let cases: Vec<(String, Option<_>)> = links
        .into_iter()
        .map(|l| {
            let p = plan(&l);
            (l, p)
        })
        .collect();
    print!("{}", serde_json::json!({ "table": t, "cases": cases }));
}
