//! Fuzzes `Detector::detect` with arbitrary UTF-8: it must never panic, and every
//! span must lie on char boundaries, sorted and without overlap.
//!
//! Run: `cargo +nightly fuzz run detect` in this folder. Copy any crash input into
//! `crates/detect/tests/fuzz_regressions/` so that `cargo test` replays it on stable.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

static DETECTOR: OnceLock<detect::Detector> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let findings = DETECTOR.get_or_init(detect::Detector::new).detect(text);
    let mut last = 0;
    for f in &findings.entities {
        assert!(f.span.start >= last && f.span.start < f.span.end && f.span.end <= text.len());
        assert!(text.is_char_boundary(f.span.start) && text.is_char_boundary(f.span.end));
        last = f.span.end;
    }
});
