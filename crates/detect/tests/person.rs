//! Person names: the data-driven cases of `testdata/person.toml`, plus robustness.

use detect::{Detector, EntityKind};
use proptest::prelude::*;
use serde::Deserialize;

#[derive(Deserialize)]
struct Cases {
    case: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    text: String,
    names: Vec<String>,
}

fn person_spans<'t>(detector: &Detector, text: &'t str) -> Vec<&'t str> {
    detector
        .detect(text)
        .entities
        .iter()
        .filter(|f| f.kind == EntityKind::Person)
        .map(|f| f.span.slice(text))
        .collect()
}

/// Every case of `testdata/person.toml` yields exactly its expected name spans.
#[test]
fn person_cases() {
    let cases: Cases = toml::from_str(include_str!("../testdata/person.toml")).unwrap();
    assert!(cases.case.len() >= 30);
    let detector = Detector::new();
    let mut failures = Vec::new();
    for c in &cases.case {
        let got = person_spans(&detector, &c.text);
        if got != c.names.iter().map(String::as_str).collect::<Vec<_>>() {
            failures.push(format!(
                "{:?}\n  expected {:?}\n  got      {:?}",
                c.text, c.names, got
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        cases.case.len(),
        failures.join("\n")
    );
}

/// Person findings carry a `person.*` recognizer id and a score in (0, 1].
#[test]
fn findings_are_well_formed() {
    let detector = Detector::new();
    let text = "Geachte mevrouw De Vries,\n\nMet vriendelijke groet,\nJ.P. Jansen";
    let found: Vec<_> = detector
        .detect(text)
        .entities
        .into_iter()
        .filter(|f| f.kind == EntityKind::Person)
        .collect();
    assert_eq!(found.len(), 2);
    for f in found {
        assert!(f.recognizer.starts_with("person."), "{}", f.recognizer);
        assert!(f.score > 0.0 && f.score <= 1.0);
    }
}

fn shared() -> &'static Detector {
    static DETECTOR: std::sync::OnceLock<Detector> = std::sync::OnceLock::new();
    DETECTOR.get_or_init(Detector::new)
}

proptest! {
    /// Any text: no panic, spans on char boundaries, sorted and disjoint.
    #[test]
    fn arbitrary_text_is_safe(text in "(\\PC|[ \\n.,:'’-]|Jan|de|Vries|van|J\\.|El|Aït|@){0,60}") {
        let found = shared().detect(&text);
        let mut last_end = 0;
        for f in &found.entities {
            prop_assert!(text.is_char_boundary(f.span.start) && text.is_char_boundary(f.span.end));
            prop_assert!(f.span.start < f.span.end && f.span.start >= last_end);
            last_end = f.span.end;
        }
    }
}

/// Throughput of the whole detector on name-heavy text (run with
/// `cargo test --release -p poortwachter-detect --test tests -- --ignored --nocapture`).
#[test]
#[ignore = "timing; run in release by hand"]
fn person_throughput() {
    let cases: Cases = toml::from_str(include_str!("../testdata/person.toml")).unwrap();
    let mut text = String::new();
    while text.len() < 8 << 20 {
        for c in &cases.case {
            text.push_str(&c.text);
            text.push_str("\nDit is gewone tekst zonder namen, over beleid, budgetten en de planning van volgende week.\n");
        }
    }
    let detector = Detector::new();
    let start = std::time::Instant::now();
    let n = detector.detect(&text).entities.len();
    let secs = start.elapsed().as_secs_f64();
    eprintln!(
        "{} MB in {secs:.3} s = {:.1} MB/s ({n} findings)",
        text.len() >> 20,
        text.len() as f64 / secs / 1e6
    );
}

/// A long single line full of labels and names is scanned whole (label zones are bounded,
/// so the scan stays linear; a quadratic one would not finish within CI's time limit).
#[test]
fn long_label_line_is_linear() {
    let line = "Naam: Jan Jansen, Aanwezig: Piet de Vries: ".repeat(20_000);
    let found = shared().detect(&line);
    assert!(found.entities.len() >= 20_000);
}
