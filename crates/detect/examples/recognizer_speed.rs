//! Prints the throughput of each pattern recognizer alone on a JSONL corpus
//! (`{"text": …}` per line): `cargo run --release --example recognizer_speed -- FILE`.

use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args()
        .nth(1)
        .ok_or("usage: recognizer_speed FILE.jsonl")?;
    let docs: Vec<String> = std::fs::read_to_string(path)?
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v.get("text").and_then(|t| t.as_str()).map(str::to_string))
        .collect();
    let bytes: usize = docs.iter().map(String::len).sum();
    let detector = detect::Detector::new();
    for r in detector.recognizers() {
        let start = Instant::now();
        let mut out = Vec::new();
        let mut rounds = 0;
        while start.elapsed().as_secs_f64() < 0.5 {
            for d in &docs {
                out.clear();
                r.find(d, &mut out);
            }
            rounds += 1;
        }
        let mbs = (bytes * rounds) as f64 / 1e6 / start.elapsed().as_secs_f64();
        eprintln!(
            "{:<14} {:>8.1} MB/s  ({:.2} ns/byte)",
            r.id(),
            mbs,
            1e3 / mbs
        );
    }
    let start = Instant::now();
    let mut rounds = 0;
    while start.elapsed().as_secs_f64() < 1.0 {
        for d in &docs {
            std::hint::black_box(detector.detect(d));
        }
        rounds += 1;
    }
    let mbs = (bytes * rounds) as f64 / 1e6 / start.elapsed().as_secs_f64();
    eprintln!(
        "{:<14} {:>8.1} MB/s  ({:.2} ns/byte)",
        "whole detector",
        mbs,
        1e3 / mbs
    );
    Ok(())
}
