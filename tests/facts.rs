//! Validates the real fact base against the articles, checks the coverage table, and proves
//! with broken fixtures that each kind of mistake fails with file, record and field named.

#[path = "../src/data/raw.rs"]
#[allow(dead_code)]
mod raw;

use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn seeds() -> PathBuf {
    std::env::var("CROSSROADS_SEEDS")
        .map(PathBuf::from)
        .unwrap_or_else(|_| root().join("../shared/seeds"))
}

/// The fact base, and the articles when they are present. A fresh clone has no
/// `../shared/seeds`: then the checks against the articles are skipped (with a notice naming
/// where they were looked for) and every other check still runs.
fn load_real() -> (raw::Facts, Option<raw::Articles>) {
    let (facts, errors) = raw::load_dir(&root().join("data"));
    assert!(errors.is_empty(), "parse errors:\n{}", join(&errors));
    let articles = raw::load_articles(&facts, &seeds());
    if articles.is_none() {
        eprintln!(
            "notice: source articles not found in {} (set CROSSROADS_SEEDS to their folder); \
             the checks against the articles are skipped",
            seeds().display()
        );
    }
    (facts, articles)
}

fn join(errors: &[raw::DataError]) -> String {
    errors.iter().map(|e| format!("  - {e}\n")).collect()
}

#[test]
fn real_fact_base_is_valid_against_the_articles() {
    let (facts, articles) = load_real();
    let errors = raw::validate(&facts, articles.as_ref());
    assert!(
        errors.is_empty(),
        "{} problem(s):\n{}",
        errors.len(),
        join(&errors)
    );
    assert_eq!(facts.sources.len(), 5, "five source articles");
}

#[test]
fn every_paragraph_is_covered_or_skipped_with_a_reason() {
    let (facts, Some(articles)) = load_real() else {
        return;
    };
    let gaps: Vec<String> = raw::coverage(&facts, &articles)
        .into_iter()
        .filter(|(_, _, _, e)| matches!(e, Ok(ids) if ids.is_empty()))
        .map(|(s, n, t, _)| format!("{s}#{n}: {}", t.chars().take(50).collect::<String>()))
        .collect();
    assert!(
        gaps.is_empty(),
        "paragraphs no record cites:\n{}",
        gaps.join("\n")
    );
}

#[test]
fn coverage_table_is_up_to_date() {
    let (facts, Some(articles)) = load_real() else {
        return;
    };
    let md = raw::coverage_markdown(&facts, &articles);
    let path = root().join("docs/COVERAGE.md");
    if std::env::var("UPDATE_COVERAGE").is_ok() {
        std::fs::write(&path, &md).unwrap();
    }
    let on_disk = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        on_disk == md,
        "docs/COVERAGE.md is stale: run `UPDATE_COVERAGE=1 cargo test --test facts`"
    );
}

#[test]
fn korean_amounts_read_as_newspapers_print_them() {
    let cases = [
        ("2090억 달러", 2090e8, Some("usd")),
        ("약 300조 5002억 원", 300e12 + 5002e8, Some("krw")),
        ("2조 4000억원", 2.4e12, Some("krw")),
        ("1천억 달러", 1e11, Some("usd")),
        ("1만4848건", 14848.0, None),
        ("11.3%", 11.3, Some("percent")),
        ("약 145조 원", 145e12, Some("krw")),
        ("3800억위안", 3800e8, Some("cny")),
        ("1090억유로", 1090e8, Some("eur")),
        ("6위", 6.0, Some("rank")),
    ];
    for (s, v, u) in cases {
        let (got, unit) = raw::parse_korean_amount(s).unwrap_or_else(|| panic!("{s} unread"));
        assert!((got - v).abs() < 1e-6 * v.max(1.0), "{s}: {got} != {v}");
        assert_eq!(unit, u, "{s}");
    }
    assert_eq!(raw::parse_korean_amount("2~3배"), None);
    assert_eq!(
        raw::parse_korean_range("2~3배"),
        Some((2.0, 3.0, Some("times")))
    );
    assert_eq!(
        raw::parse_korean_range("3~2배"),
        None,
        "a range runs upwards"
    );
    assert_eq!(raw::parse_korean_range("2090억 달러"), None);
    assert_eq!(raw::parse_korean_amount("8분의 1"), None);
}

/// Each fixture under tests/fixtures/broken/ replaces one file of a small valid fact base
/// (tests/fixtures/valid/) and says in its first lines which file, record and field the
/// error must name:  `# replaces: events.toml` and `# expect: <file> | <record> | <field>`.
/// The valid base carries its own article (`paper.txt`), so the checks against the
/// article's paragraphs (quotes, figures, placement phrases) run on the fixtures too.
#[test]
fn broken_fixtures_fail_naming_file_record_and_field() {
    let fixtures = root().join("tests/fixtures");
    let mut n = 0;
    let mut entries: Vec<_> = std::fs::read_dir(fixtures.join("broken"))
        .expect("tests/fixtures/broken")
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for path in entries {
        let text = std::fs::read_to_string(&path).unwrap();
        let header = |key: &str| -> String {
            text.lines()
                .find_map(|l| l.strip_prefix(&format!("# {key}: ")))
                .unwrap_or_else(|| panic!("{}: no `# {key}:` line", path.display()))
                .trim()
                .to_string()
        };
        let replaces = header("replaces");
        let expect = header("expect");
        let parts: Vec<&str> = expect.split('|').map(str::trim).collect();
        assert_eq!(
            parts.len(),
            3,
            "{}: expect has file | record | field",
            path.display()
        );
        let dir = tempdir(&path);
        copy_dir(&fixtures.join("valid"), &dir);
        std::fs::write(dir.join(&replaces), &text).unwrap();
        let (facts, mut errors) = raw::load_dir(&dir);
        let articles = raw::load_articles(&facts, &dir);
        errors.extend(raw::validate(&facts, articles.as_ref()));
        assert!(!errors.is_empty(), "{}: no error reported", path.display());
        let hit = errors
            .iter()
            .any(|e| e.file.ends_with(parts[0]) && e.record == parts[1] && e.field == parts[2]);
        assert!(
            hit,
            "{}: expected an error naming {expect}; got:\n{}",
            path.display(),
            join(&errors)
        );
        let shown = errors[0].to_string();
        assert!(shown.contains(&errors[0].file) && shown.contains(&errors[0].record));
        n += 1;
    }
    assert!(n >= 10, "expected at least ten broken fixtures, found {n}");
}

#[test]
fn the_valid_fixture_is_valid() {
    let dir = root().join("tests/fixtures/valid");
    let (facts, mut errors) = raw::load_dir(&dir);
    let articles = raw::load_articles(&facts, &dir).expect("the fixture's article, paper.txt");
    errors.extend(raw::validate(&facts, Some(&articles)));
    assert_eq!(facts.placements.len(), 1);
    assert!(errors.is_empty(), "{}", join(&errors));
}

fn tempdir(tag: &Path) -> PathBuf {
    let name = tag.file_stem().unwrap().to_string_lossy().to_string();
    let dir =
        std::env::temp_dir().join(format!("crossroads-fixture-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn copy_dir(from: &Path, to: &Path) {
    for e in std::fs::read_dir(from).unwrap() {
        let p = e.unwrap().path();
        if p.is_file() {
            std::fs::copy(&p, to.join(p.file_name().unwrap())).unwrap();
        }
    }
}

/// The real placements are checked word for word against the articles: a phrase changed by
/// one word, or moved to the wrong paragraph, fails naming the record and the field.
#[test]
fn a_placement_phrase_must_occur_in_its_paragraph() {
    let (mut facts, Some(articles)) = load_real() else {
        return;
    };
    let kt = facts
        .placements
        .iter_mut()
        .find(|p| p.id == "kt-2024-hankyung")
        .expect("KT's 2024 placement");
    kt.evidence[0].phrase = "협업이 유일한 선택임을 강조했다".into();
    let errors = raw::validate(&facts, Some(&articles));
    assert!(
        errors.iter().any(|e| e.file == "data/placements.toml"
            && e.record == "kt-2024-hankyung"
            && e.field == "evidence[0].phrase"),
        "{}",
        join(&errors)
    );
    let kt = facts
        .placements
        .iter_mut()
        .find(|p| p.id == "kt-2024-hankyung")
        .unwrap();
    kt.evidence[0].phrase = "협업이 현실적인 선택임을 강조했다".into();
    kt.evidence[0].cite = "hankyung#12".into();
    let errors = raw::validate(&facts, Some(&articles));
    assert!(
        errors
            .iter()
            .any(|e| e.record == "kt-2024-hankyung" && e.field == "evidence[0].phrase"),
        "the right words in the wrong paragraph: {}",
        join(&errors)
    );
}
