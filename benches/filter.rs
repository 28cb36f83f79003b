//! Filtering, search and facet counts over a synthetic 10,000-event timeline (about a
//! hundred times the real fact base). Run with `cargo bench --bench filter`.

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use crossroads::data::{Cite, Date, Event, Figure, Kind, Layer, Stance, Text};
use crossroads::state::facets::evaluate;
use crossroads::state::filters::{parse_with, Filters, Known};
use crossroads::state::search::SearchIndex;

const N: usize = 10_000;
const ORG_COUNT: usize = 80;
const SOURCES: [&str; 5] = ["hankyung", "techm", "digitaltimes", "ekorea", "genews"];
const KO: [&str; 16] = [
    "네이버는",
    "인공지능",
    "반도체를",
    "클라우드",
    "투자를",
    "확대했다",
    "동맹을",
    "소버린",
    "모델을",
    "데이터센터",
    "엔비디아와",
    "협력한다",
    "HBM",
    "공급",
    "스타트업",
    "정부는",
];
const EN: [&str; 16] = [
    "Naver",
    "artificial",
    "intelligence",
    "chips",
    "cloud",
    "investment",
    "expands",
    "alliance",
    "sovereign",
    "model",
    "data",
    "centre",
    "Nvidia",
    "partners",
    "supply",
    "government",
];

fn leak(s: String) -> &'static str {
    Box::leak(s.into_boxed_str())
}

/// A small deterministic generator (no dependency needed).
struct Lcg(u64);
impl Lcg {
    fn next(&mut self) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) as usize
    }
    fn pick<T: Copy>(&mut self, v: &[T]) -> T {
        v[self.next() % v.len()]
    }
    fn words(&mut self, v: &[&str], n: usize) -> &'static str {
        leak((0..n).map(|_| self.pick(v)).collect::<Vec<_>>().join(" "))
    }
}

fn org_ids() -> Vec<&'static str> {
    let mut v: Vec<&'static str> = (0..ORG_COUNT).map(|i| leak(format!("org-{i}"))).collect();
    v[0] = "naver";
    v[1] = "kt";
    v
}

fn synthetic(n: usize) -> Vec<Event> {
    let mut r = Lcg(42);
    let orgs = org_ids();
    let figures: &'static [Figure] = &[crossroads::data::fixtures::FIGURE];
    (0..n)
        .map(|i| {
            let m = (r.next() % 13) as u8;
            let d = if m > 0 && r.next().is_multiple_of(2) {
                (1 + r.next() % 28) as u8
            } else {
                0
            };
            let org_n = 1 + r.next() % 3;
            let ev_orgs: Vec<&'static str> = (0..org_n).map(|_| r.pick(&orgs)).collect();
            let cite_n = 1 + r.next() % 3;
            let cites: Vec<Cite> = (0..cite_n)
                .map(|_| Cite {
                    source: r.pick(&SOURCES),
                    para: (1 + r.next() % 40) as u16,
                })
                .collect();
            Event {
                id: leak(format!("event-{i}")),
                date: Date {
                    y: 2015 + (r.next() % 11) as u16,
                    m,
                    d,
                },
                date_inferred: r.next().is_multiple_of(3),
                date_note: None,
                date_kind: crossroads::data::DateKind::Dated,
                title: Text {
                    ko: r.words(&KO, 6),
                    en: r.words(&EN, 8),
                },
                summary: Text {
                    ko: r.words(&KO, 30),
                    en: r.words(&EN, 40),
                },
                orgs: Box::leak(ev_orgs.into_boxed_slice()),
                people: &[],
                stance: r.pick(Stance::ALL),
                layer: r.pick(Layer::ALL),
                kind: r.pick(Kind::ALL),
                status: None,
                figures: if r.next().is_multiple_of(4) {
                    figures
                } else {
                    &[]
                },
                cites: Box::leak(cites.into_boxed_slice()),
                note: None,
            }
        })
        .collect()
}

struct Synthetic;
impl Known for Synthetic {
    fn org(&self, id: &str) -> bool {
        id == "naver" || id == "kt" || id.starts_with("org-")
    }
    fn source(&self, id: &str) -> bool {
        SOURCES.contains(&id)
    }
    fn event(&self, id: &str) -> bool {
        id.starts_with("event-")
    }
}

fn filters(link: &str) -> Filters {
    let (f, ignored) = parse_with(link, &Synthetic);
    assert!(ignored.is_empty(), "{ignored:?}");
    f
}

fn bench(c: &mut Criterion) {
    let events = synthetic(N);
    let index = SearchIndex::build(&events, crossroads::data::fixtures::org_name);
    c.bench_function("index build (10k events)", |b| {
        b.iter(|| SearchIndex::build(black_box(&events), crossroads::data::fixtures::org_name))
    });
    let cases = [
        ("no filters", ""),
        ("facets: stance+layer+company+from", "stance=sovereign,hybrid&layer=chips,cloud&company=naver,kt,org-7&from=2020-06"),
        ("search ko: 네이버 투자", "q=%EB%84%A4%EC%9D%B4%EB%B2%84+%ED%88%AC%EC%9E%90"),
        ("search en: NVIDIA cloud", "q=NVIDIA+cloud"),
        ("everything", "stance=alliance&company=naver&source=techm&from=2018&to=2024-06&q=%ED%81%B4%EB%9D%BC%EC%9A%B0%EB%93%9C&sort=old"),
    ];
    let mut group = c.benchmark_group("filter + search + facet counts (10k events)");
    for (name, link) in cases {
        let f = filters(link);
        let shown = evaluate(&events, &index, &f).shown.len();
        assert!(link.is_empty() || shown < N, "{name} filters something");
        group.bench_function(name, |b| {
            b.iter(|| evaluate(black_box(&events), &index, black_box(&f)))
        });
    }
    group.finish();
    c.bench_function("parse a link", |b| {
        b.iter(|| parse_with(black_box(cases[4].1), &Synthetic))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
