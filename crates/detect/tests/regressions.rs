//! Replays inputs that once crashed the detector (found by the fuzzer or in review).
//! Each file in `tests/fuzz_regressions/` is scanned; it must not panic.

#[test]
fn replay_regressions() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz_regressions");
    let detector = detect::Detector::new();
    let mut n = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        let f = detector.detect(&text);
        for e in &f.entities {
            assert!(text.is_char_boundary(e.span.start) && text.is_char_boundary(e.span.end));
        }
        n += 1;
    }
    assert!(n > 0, "no regression inputs found in {}", dir.display());
}
