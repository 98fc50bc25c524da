//! Throughput of the whole detector in MB/s, on a dense corpus (the development set
//! when it is present, else synthetic text full of personal data) and on sparse prose.
//! `cargo bench -p poortwachter-detect --bench throughput`.
//!
//! A plain `harness = false` bench rather than criterion: criterion's dependency tree
//! takes longer to build than this crate on the project's small build machines, and a
//! best-of-rounds MB/s figure is what the performance target is stated in. For numbers
//! that do not depend on machine load, use `scripts/instr.sh` (instructions per byte).

#![expect(clippy::print_stdout, reason = "a bench reports its figures on stdout")]

use std::hint::black_box;
use std::time::{Duration, Instant};

/// The development set's texts, if the evaluation data sits next to the repository.
fn dev_corpus() -> Option<Vec<String>> {
    let dir = std::env::var("POORTWACHTER_EVAL_DIR").unwrap_or_else(|_| {
        concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/eval").to_string()
    });
    let raw = std::fs::read_to_string(format!("{dir}/dev.jsonl")).ok()?;
    let texts: Vec<String> = raw
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v.get("text")?.as_str().map(str::to_string))
        .collect();
    (!texts.is_empty()).then_some(texts)
}

/// Chat, e-mail and form snippets dense with identifiers (all numbers made up).
fn synthetic_dense() -> Vec<String> {
    let lines = [
        "Geachte heer Jansen, uw BSN 111222333 en IBAN NL91 ABNA 0417 1643 00 zijn ontvangen.",
        "Adres: Kerkstraat 12, 1234 AB Utrecht | tel 06-12345678 | geb. 12-04-1961",
        "[10:49] Klant: mijn kenteken is JFL43V en mijn e-mail is j.jansen@example.nl",
        "Zaaknummer: Z/21/489112 — server 192.168.18.2, kaart 4111 1111 1111 1111",
        "DB_PASSWORD=Lente2024!! api_key: sk-proj-abcdefghijklmnopqrstuvwx12",
        "Onderwerp: VERTROUWELIJK — vergadering op 3 maart 2024 om 14:00 in zaal 2.",
        "Kun je deze tekst samenvatten voor de nieuwsbrief van volgende week?",
    ];
    (0..400)
        .map(|i| {
            (0..1 + i % 7)
                .map(|j| lines[(i + j) % lines.len()])
                .collect::<Vec<_>>()
                .join("\n")
        })
        .collect()
}

/// Ordinary prose without digits or identifiers.
fn sparse_prose() -> Vec<String> {
    let sentence = "De gemeente werkt aan een nieuw beleid voor de openbare ruimte, \
                    en de raad bespreekt het voorstel na de zomer met de inwoners. ";
    (0..200).map(|i| sentence.repeat(2 + i % 9)).collect()
}

/// Best MB/s over a few rounds of about half a second each.
fn measure(name: &str, texts: &[String]) {
    let detector = detect::Detector::new();
    let bytes: usize = texts.iter().map(String::len).sum();
    for t in texts {
        black_box(detector.detect(t)); // warm the regex caches
    }
    let mut best = 0.0f64;
    for _ in 0..5 {
        let start = Instant::now();
        let mut done = 0usize;
        while start.elapsed() < Duration::from_millis(500) {
            for t in texts {
                black_box(detector.detect(black_box(t)));
            }
            done += bytes;
        }
        best = best.max(done as f64 / 1e6 / start.elapsed().as_secs_f64());
    }
    println!("{name:<24} {best:>8.1} MB/s  ({bytes} bytes per round)");
}

fn main() {
    match dev_corpus() {
        Some(dev) => measure("dense (dev set)", &dev),
        None => measure("dense (synthetic)", &synthetic_dense()),
    }
    measure("sparse (prose)", &sparse_prose());
}
