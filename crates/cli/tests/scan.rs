//! `poortwachter scan`: the evaluation contract (read back with types written from
//! SCHEMA.md, not with the writer's types), error handling and leak-free failures.

use std::io::Write;
use std::process::{Command, Stdio};

use serde::Deserialize;

/// A prediction line as `../shared/eval/SCHEMA.md` defines it.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Prediction {
    id: String,
    entities: Vec<Entity>,
    special: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Entity {
    start: usize,
    end: usize,
    #[serde(rename = "type")]
    kind: String,
    #[allow(dead_code)]
    score: f64,
}

const TYPES: [&str; 14] = [
    "PERSON",
    "EMAIL",
    "PHONE",
    "BSN",
    "IBAN",
    "CREDIT_CARD",
    "ADDRESS",
    "POSTCODE",
    "BIRTHDATE",
    "LICENSE_PLATE",
    "ID_NUMBER",
    "IP_ADDRESS",
    "SECRET",
    "CONFIDENTIAL",
];

fn run(args: &[&str], stdin: &str) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_poortwachter"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start poortwachter");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// `--jsonl` writes one schema-valid line per document, in order, with code-point offsets.
#[test]
fn jsonl_contract() {
    let docs = [
        (
            "a",
            "Büşra mailt naar büşra.güler@example.nl, BSN 111222333.",
        ),
        ("b", "Geen persoonsgegevens hier."),
        ("c", "😀 Bel 06-12345678 of IBAN NL91 ABNA 0417 1643 00"),
    ];
    let input: String = docs
        .iter()
        .map(|(id, text)| serde_json::json!({"id": id, "text": text}).to_string() + "\n")
        .collect();
    let (code, stdout, stderr) = run(&["scan", "--jsonl"], &input);
    assert_eq!(code, 0, "{stderr}");
    let preds: Vec<Prediction> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(preds.len(), docs.len());
    for (pred, (id, text)) in preds.iter().zip(docs) {
        assert_eq!(pred.id, id);
        let chars: Vec<char> = text.chars().collect();
        for e in &pred.entities {
            assert!(TYPES.contains(&e.kind.as_str()), "unknown type {}", e.kind);
            assert!(e.start < e.end && e.end <= chars.len());
        }
        for s in &pred.special {
            assert!(!s.is_empty());
        }
    }
    // Code points, not bytes: the BSN after "Büşra … büşra.güler" starts at its char index.
    let bsn = preds[0]
        .entities
        .iter()
        .find(|e| e.kind == "BSN")
        .expect("BSN found");
    let slice: String = docs[0]
        .1
        .chars()
        .skip(bsn.start)
        .take(bsn.end - bsn.start)
        .collect();
    assert_eq!(slice, "111222333");
    assert!(preds[1].entities.is_empty());
    let phone = preds[2]
        .entities
        .iter()
        .find(|e| e.kind == "PHONE")
        .expect("phone found");
    let slice: String = docs[2]
        .1
        .chars()
        .skip(phone.start)
        .take(phone.end - phone.start)
        .collect();
    assert_eq!(slice, "06-12345678");
}

/// A bad line is an error naming the line, never quoting its content; exit status 2.
#[test]
fn bad_jsonl_line_is_a_clear_error_without_content() {
    let input = "{\"id\":\"a\",\"text\":\"ok\"}\n{\"id\":\"b\",\"txt\":\"Jan Jansen 111222333\"}\n";
    let (code, _stdout, stderr) = run(&["scan", "--jsonl"], input);
    assert_eq!(code, 2);
    assert!(stderr.contains("line 2"), "{stderr}");
    assert!(
        !stderr.contains("Jansen") && !stderr.contains("111222333"),
        "{stderr}"
    );
}

/// Human output marks what was found; `--fail-on-findings` turns findings into exit 1.
#[test]
fn human_output_and_exit_status() {
    let (code, stdout, _) = run(&["scan", "--fail-on-findings"], "Mijn BSN is 111222333.");
    assert_eq!(code, 1);
    assert!(stdout.contains("[[111222333]]{BSN}"), "{stdout}");
    let (code, stdout, _) = run(&["scan", "--fail-on-findings"], "Het weer is mooi.");
    assert_eq!(code, 0);
    assert!(stdout.contains("Nothing found."), "{stdout}");
}

/// `--format json` gives byte and code-point offsets and the recognizer.
#[test]
fn json_format() {
    let (code, stdout, _) = run(&["scan", "--format", "json"], "é IBAN NL91ABNA0417164300");
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    let e = &v["entities"][0];
    assert_eq!(e["type"], "IBAN");
    assert_eq!(e["start"], 7);
    assert_eq!(e["byte_start"], 8);
    assert_eq!(e["recognizer"], "iban");
}

/// Input that is not UTF-8 is refused with a clear message, not scanned lossily.
#[test]
fn invalid_utf8_is_refused() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_poortwachter"))
        .args(["scan"])
        .stdin(Stdio::piped())
        .stderr(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"abc \xff\xfe def")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not valid UTF-8"));
}
