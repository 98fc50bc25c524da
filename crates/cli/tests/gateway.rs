//! `poortwachter serve` end to end: the real binary, a recording mock upstream on
//! loopback, the development set, and the logs written at TRACE level.

use std::path::PathBuf;
use std::process::Command;
use std::time::{Duration, Instant};

use gateway::mock::MockUpstream;
use serde_json::{Value, json};

use super::common::{Server, start_server};

/// Starts the binary with `args`, logging at TRACE into a buffer; waits for the address.
fn start(args: &[&str]) -> Server {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_poortwachter"));
    cmd.args(args);
    start_server(cmd)
}

fn config_file(mock_url: &str) -> PathBuf {
    let path = std::env::temp_dir().join(format!(
        "poortwachter-e2e-{}-{}.toml",
        std::process::id(),
        mock_url.len()
    ));
    std::fs::write(&path, super::common::gateway_config(mock_url, "")).unwrap();
    path
}

/// Every development document with personal data, sent as a chat message through the real
/// binary: nothing the detector finds in it reaches the upstream, echoed placeholders come
/// back as the original values, special-category and confidential findings are refused
/// before the upstream is called, and the TRACE log holds no value at all.
#[tokio::test(flavor = "multi_thread")]
async fn dev_set_through_binary() {
    let Some(dev_docs) = super::common::dev_set() else {
        eprintln!("skipped: no development set (set POORTWACHTER_EVAL_DIR)");
        return;
    };
    let mock = MockUpstream::start().await.unwrap();
    let cfg = config_file(&mock.base_url());
    let server = start(&["serve", "--config", cfg.to_str().unwrap()]);
    let client = reqwest::Client::new();
    let detector = detect::Detector::new();
    let (mut gold_total, mut gold_reached, mut gold_missed, mut docs) =
        (0usize, 0usize, 0usize, 0usize);
    let mut gold_strings = Vec::new();
    for doc in dev_docs {
        let text = doc["text"].as_str().unwrap();
        let gold: Vec<String> = doc["entities"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["text"].as_str().unwrap().to_string())
            .collect();
        if gold.is_empty() && doc["special"].as_array().unwrap().is_empty() {
            continue;
        }
        docs += 1;
        gold_strings.extend(gold.iter().cloned());
        mock.clear();
        let r = client
            .post(format!("{}/v1/chat/completions", server.url))
            .header("authorization", "Bearer pw-e2e")
            .header(
                "x-poortwachter-conversation",
                format!("dev-{}", doc["id"].as_str().unwrap()),
            )
            .json_body(
                &json!({"model": "mock-model", "messages": [{"role": "user", "content": text}]}),
            )
            .send()
            .await
            .unwrap();
        let status = r.status().as_u16();
        let body: Value = serde_json::from_str(&r.text().await.unwrap()).unwrap();
        let received = mock.everything_received();
        let findings = detector.detect(text);
        for f in &findings.entities {
            assert!(
                !contains_word(&received, f.span.slice(text)),
                "{}: a detected {} reached the upstream",
                doc["id"],
                f.kind
            );
        }
        let must_block = !findings.special.is_empty()
            || findings.entities.iter().any(|f| {
                matches!(
                    f.kind,
                    detect::EntityKind::Confidential | detect::EntityKind::Secret
                )
            });
        if must_block {
            assert!(
                (400..500).contains(&status),
                "{}: expected a refusal, got {status}",
                doc["id"]
            );
            assert!(
                mock.recorded().is_empty(),
                "{}: upstream called for a refused request",
                doc["id"]
            );
            let msg = body["error"]["message"].as_str().unwrap();
            for g in &gold {
                assert!(
                    !contains_word(msg, g),
                    "{}: error message names a value",
                    doc["id"]
                );
            }
            continue;
        }
        if status == 200 {
            let answer = body["choices"][0]["message"]["content"].as_str().unwrap();
            assert!(
                answer.ends_with(text),
                "{}: the echo is not restored to the original",
                doc["id"]
            );
            for g in &gold {
                gold_total += 1;
                if contains_word(&received, g) {
                    gold_reached += 1;
                }
                if !covered(text, g, &findings) {
                    gold_missed += 1;
                }
            }
        }
    }
    let pct = |n: usize| 100.0 * n as f64 / gold_total.max(1) as f64;
    eprintln!(
        "dev set through the gateway: {docs} documents with personal data; of {gold_total} gold entity strings in forwarded documents, \
         {gold_reached} ({:.1}%) reached the upstream; the detector leaves {gold_missed} ({:.1}%) not fully covered",
        pct(gold_reached),
        pct(gold_missed)
    );
    assert!(
        gold_reached <= gold_missed,
        "the gateway leaked more than the detector missed"
    );
    // Give the server a moment to flush its last log lines.
    let deadline = Instant::now() + Duration::from_millis(300);
    while Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let log = mask_own_ids(&server.log());
    assert!(
        log.contains("request decided"),
        "TRACE logging was captured"
    );
    for g in gold_strings.iter().filter(|g| g.chars().count() >= 4) {
        assert!(
            !log.contains(g.as_str()),
            "the log holds a gold value ({} chars)",
            g.len()
        );
    }
}

/// Masks the gateway's own values that hold digits by chance — request ids
/// (`pw-<random hex>-<n>`) and the timestamp that starts each line — so that a short
/// gold number cannot match inside them.
fn mask_own_ids(log: &str) -> String {
    let mut out = String::with_capacity(log.len());
    for line in log.lines() {
        // Drop the leading timestamp token ("2026-11-22T17:29:22.640748Z").
        let line = match line.split_once(' ') {
            Some((first, rest)) if first.ends_with('Z') && first.contains('T') => rest,
            _ => line,
        };
        let mut rest = line;
        while let Some(i) = rest.find("pw-") {
            out.push_str(&rest[..i]);
            out.push_str("pw-ID");
            let tail = &rest[i + 3..];
            let end = tail
                .find(|c: char| !(c.is_ascii_hexdigit() || c == '-'))
                .unwrap_or(tail.len());
            rest = &tail[end..];
        }
        out.push_str(rest);
        out.push('\n');
    }
    out
}

/// Whether `needle` occurs in `hay` as a whole word (not inside a longer word: the
/// detected name "Ad" inside "Adres" is not a leak).
fn contains_word(hay: &str, needle: &str) -> bool {
    hay.match_indices(needle)
        .any(|(i, m)| word_at(hay, i, m.len()))
}

/// Whether `hay[i..i + len]` is not part of a longer word.
fn word_at(hay: &str, i: usize, len: usize) -> bool {
    let before = hay[..i].chars().next_back();
    let after = hay[i + len..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

/// Whether every occurrence of `g` in `text` has all its non-whitespace bytes inside findings.
fn covered(text: &str, g: &str, findings: &detect::Findings) -> bool {
    text.match_indices(g)
        .filter(|(i, _)| word_at(text, *i, g.len()))
        .all(|(start, m)| {
            m.char_indices().all(|(i, c)| {
                let b = start + i;
                c.is_whitespace()
                    || findings
                        .entities
                        .iter()
                        .any(|f| f.span.start <= b && b < f.span.end)
            })
        })
}

trait JsonBody {
    fn json_body(self, v: &Value) -> Self;
}

impl JsonBody for reqwest::RequestBuilder {
    fn json_body(self, v: &Value) -> Self {
        self.header("content-type", "application/json")
            .body(v.to_string())
    }
}
