//! Prints ns/byte of each phase of the detector on a JSONL corpus: the shared prescan,
//! each pattern recognizer given that prescan, the whole detector without special
//! categories, the whole detector, and the whole detector on a document it has just
//! scanned (the gap to "whole" is the cost of cold caches and branch predictors).
//! `cargo run --release -p poortwachter-detect --example phase_speed -- FILE.jsonl`

#![expect(clippy::print_stderr, reason = "an example reports on stderr")]

use std::hint::black_box;
use std::time::Instant;

fn time(docs: &[String], bytes: usize, mut f: impl FnMut(&str)) -> f64 {
    for d in docs {
        f(d);
    }
    let mut best = f64::MAX;
    for _ in 0..3 {
        let start = Instant::now();
        let mut rounds = 0usize;
        while start.elapsed().as_secs_f64() < 0.4 {
            for d in docs {
                f(d);
            }
            rounds += 1;
        }
        best = best.min(start.elapsed().as_secs_f64() * 1e9 / (bytes * rounds) as f64);
    }
    best
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args()
        .nth(1)
        .ok_or("usage: phase_speed FILE.jsonl")?;
    let docs: Vec<String> = std::fs::read_to_string(path)?
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v.get("text").and_then(|t| t.as_str()).map(str::to_string))
        .collect();
    let bytes: usize = docs.iter().map(String::len).sum();
    let detector = detect::Detector::new();
    let no_special = detect::Detector::builder()
        .special_categories(false)
        .build()?;
    let pres: Vec<detect::Prescan<'_>> = docs.iter().map(|d| detect::Prescan::new(d)).collect();
    let p = time(&docs, bytes, |d| {
        black_box(detect::Prescan::new(d));
    });
    eprintln!("{:<16} {p:>7.2} ns/byte", "prescan");
    let mut sum = p;
    for r in detector.recognizers() {
        let mut out = Vec::new();
        let mut i = 0;
        let t = time(&docs, bytes, |_| {
            out.clear();
            r.find_with(&pres[i % pres.len()], &mut out);
            i += 1;
        });
        sum += t;
        eprintln!("{:<16} {t:>7.2} ns/byte", r.id());
    }
    eprintln!("{:<16} {sum:>7.2} ns/byte", "= patterns");
    let n = time(&docs, bytes, |d| {
        black_box(no_special.detect(d));
    });
    eprintln!("{:<16} {n:>7.2} ns/byte", "no special");
    let w = time(&docs, bytes, |d| {
        black_box(detector.detect(d));
    });
    eprintln!("{:<16} {w:>7.2} ns/byte  ({:.1} MB/s)", "whole", 1e3 / w);
    // Each document scanned twice in a row, timing the second scan only: what the work
    // costs when caches and branch predictors are already warm for it.
    let mut again = f64::MAX;
    for _ in 0..3 {
        let mut secs = 0.0;
        for d in &docs {
            black_box(detector.detect(d));
            let start = Instant::now();
            black_box(detector.detect(d));
            secs += start.elapsed().as_secs_f64();
        }
        again = again.min(secs * 1e9 / bytes as f64);
    }
    eprintln!("{:<16} {again:>7.2} ns/byte", "same doc again");
    Ok(())
}
