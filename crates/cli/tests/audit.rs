//! `poortwachter audit …` and `poortwachter report processing` end to end.

#![allow(clippy::unwrap_used, reason = "test helpers fail loudly")]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const KEY: &str = "cli-test-secret-0123456789abcdef0123456789";

struct Dir(PathBuf);

impl Dir {
    fn new(tag: &str) -> Self {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_nanos();
        let d = std::env::temp_dir().join(format!("pw-cli-{tag}-{}-{nanos}", std::process::id()));
        std::fs::create_dir_all(&d).unwrap();
        Dir(d)
    }
}

impl Drop for Dir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn run(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_poortwachter"))
        .args(args)
        .current_dir(dir)
        .env("POORTWACHTER_AUDIT_KEY", KEY)
        .output()
        .unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// A store with 20 bench requests (40 entries) in `dir/audit.db`.
fn filled(dir: &Path) {
    let o = run(
        dir,
        &[
            "audit",
            "bench",
            "--requests",
            "20",
            "--sync",
            "normal",
            "--bench-store",
            "audit.db",
        ],
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(stdout(&o).contains("ok: true"));
}

/// verify passes on an intact log and fails (exit 1, with the place) after tampering;
/// an anchor from `checkpoint` catches a cut-off tail that the head row no longer shows.
#[test]
fn verify_and_anchor() {
    let d = Dir::new("verify");
    filled(&d.0);
    let o = run(&d.0, &["audit", "--store", "audit.db", "verify"]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert!(stdout(&o).contains("OK: chain intact"));
    let o = run(&d.0, &["audit", "--store", "audit.db", "checkpoint"]);
    assert!(o.status.success());
    std::fs::write(d.0.join("anchors.jsonl"), stdout(&o)).unwrap();
    let db = rusqlite::Connection::open(d.0.join("audit.db")).unwrap();
    db.execute("DELETE FROM audit_entries WHERE seq > 38", [])
        .unwrap();
    db.execute(
        "UPDATE audit_head SET seq = 38, hash = (SELECT hash FROM audit_entries WHERE seq = 38)",
        [],
    )
    .unwrap();
    drop(db);
    let o = run(&d.0, &["audit", "--store", "audit.db", "verify"]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "without the anchor the cut is invisible"
    );
    let o = run(
        &d.0,
        &[
            "audit",
            "--store",
            "audit.db",
            "verify",
            "--anchor",
            "anchors.jsonl",
        ],
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stdout(&o).contains("checkpoint 40: entry missing"),
        "{}",
        stdout(&o)
    );
    let db = rusqlite::Connection::open(d.0.join("audit.db")).unwrap();
    db.execute(
        "UPDATE audit_entries SET body = replace(body, 'bench-purpose', 'other') WHERE seq = 5",
        [],
    )
    .unwrap();
    drop(db);
    let o = run(&d.0, &["audit", "--store", "audit.db", "verify", "--json"]);
    assert_eq!(o.status.code(), Some(1));
    let report: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(
        report["problems"][0],
        serde_json::json!({"problem": "modified", "seq": 5})
    );
}

/// subject finds both phases of exactly the request that mentions the person, by BSN or
/// by name in another spelling; CSV has one row per entry; values are never printed.
#[test]
fn subject_lookup() {
    let d = Dir::new("subject");
    filled(&d.0);
    let o = run(
        &d.0,
        &[
            "audit",
            "--store",
            "audit.db",
            "subject",
            "--bsn",
            "0000.00.007",
        ],
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["requests"], 1);
    let entries = v["entries"].as_array().unwrap();
    assert_eq!(entries.len(), 2);
    assert!(
        entries
            .iter()
            .all(|e| e["event"]["record"]["context"]["request_id"] == "bench-0-7")
    );
    let o = run(
        &d.0,
        &[
            "audit",
            "--store",
            "audit.db",
            "subject",
            "--name",
            "PERSOON  7",
            "--format",
            "csv",
        ],
    );
    let text = stdout(&o);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 3, "{text}");
    assert!(lines[0].starts_with("seq,time,phase,request_id"));
    assert!(
        lines[1].contains(",request,bench-0-7,") && lines[2].contains(",completion,bench-0-7,")
    );
    assert!(!text.to_lowercase().contains("persoon"));
    let o = run(
        &d.0,
        &[
            "audit",
            "--store",
            "audit.db",
            "subject",
            "--email",
            "nobody@example.org",
        ],
    );
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["requests"], 0);
    let o = run(&d.0, &["audit", "--store", "audit.db", "subject"]);
    assert_eq!(o.status.code(), Some(2));
}

/// The Logboek export has one line per subject with the standard fields.
#[test]
fn logboek_export() {
    let d = Dir::new("logboek");
    filled(&d.0);
    let o = run(
        &d.0,
        &[
            "audit",
            "--store",
            "audit.db",
            "export",
            "--format",
            "logboek",
            "--processing-activity-base",
            "https://register.example.nl/va/",
        ],
    );
    assert!(o.status.success());
    let lines: Vec<serde_json::Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 40, "20 requests × 2 subjects");
    for l in &lines {
        assert_eq!(
            l["attributes"]["dpl.core.processing_activity_id"],
            "https://register.example.nl/va/bench-purpose"
        );
        assert_eq!(l["trace_id"].as_str().unwrap().len(), 32);
        assert_eq!(l["status_code"], "STATUS_CODE_OK");
        assert!(l["attributes"]["dpl.core.data_subject_id"].is_string());
    }
    let o = run(&d.0, &["audit", "--store", "audit.db", "export"]);
    assert_eq!(stdout(&o).lines().count(), 40);
}

/// The art. 30 report combines the log with the [report] section of the config file
/// (other sections of that file are ignored), in Markdown and HTML.
#[test]
fn processing_report() {
    let d = Dir::new("report");
    filled(&d.0);
    std::fs::write(
        d.0.join("poortwachter.toml"),
        r#"
[gateway]
listen = "127.0.0.1:8080"

[audit]
store = "audit.db"
retention_days = 90

[report]
controller = "Gemeente Voorbeeld"
measures = ["Jaarlijkse audit door de FG"]

[report.purposes.bench-purpose]
name = "Benchmarkdoel"
legal_basis = "art. 6(1)(e) AVG"

[report.providers.bench-provider]
name = "Bench Cloud"
location = "US"
outside_eu = true
transfer_safeguards = "EU-US Data Privacy Framework"
"#,
    )
    .unwrap();
    let o = run(&d.0, &["report", "processing"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let md = stdout(&o);
    assert!(md.contains("- Controller: Gemeente Voorbeeld"));
    assert!(md.contains("## Purpose: Benchmarkdoel (`bench-purpose`)"));
    assert!(md.contains("Retention of the audit log: 90 days"));
    assert!(md.contains("| Bench Cloud (`bench-provider`) | bench-model, bench-model-2025-01 | US | yes | EU-US Data Privacy Framework | 20 |"), "{md}");
    assert!(md.contains("| BSN | 20 |"));
    assert!(md.contains("- Jaarlijkse audit door de FG"));
    let o = run(
        &d.0,
        &[
            "report",
            "processing",
            "--format",
            "html",
            "--out",
            "r.html",
        ],
    );
    assert!(o.status.success());
    let html = std::fs::read_to_string(d.0.join("r.html")).unwrap();
    assert!(
        html.starts_with("<!doctype html>")
            && html.contains("<h2>Purpose: Benchmarkdoel (bench-purpose)</h2>")
    );
}

/// Without the key the commands refuse to run, and say which variable to set.
#[test]
fn missing_key() {
    let d = Dir::new("nokey");
    let o = Command::new(env!("CARGO_BIN_EXE_poortwachter"))
        .args(["audit", "--store", "audit.db", "verify"])
        .current_dir(&d.0)
        .env_remove("POORTWACHTER_AUDIT_KEY")
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("POORTWACHTER_AUDIT_KEY"));
    assert!(
        !d.0.join("audit.db").exists(),
        "no store is created without a key"
    );
}

/// leak-check: hashed identifiers are not found in the store; a value that is stored
/// (a user id) or sits in a log file is found and reported by label only.
#[test]
fn leak_check() {
    let d = Dir::new("leak");
    filled(&d.0);
    std::fs::write(d.0.join("subject.txt"), "Persoon 7\n000000007\n").unwrap();
    let o = run(
        &d.0,
        &[
            "audit",
            "--store",
            "audit.db",
            "leak-check",
            "--values",
            "subject.txt",
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert!(stdout(&o).contains("values: 2 searched"));
    assert!(stdout(&o).contains("audit.db (raw): 0 hits"));
    std::fs::write(d.0.join("stored.txt"), "u-7\n").unwrap();
    std::fs::write(d.0.join("gateway.log"), "INFO request from Persoon 7\n").unwrap();
    let o = run(
        &d.0,
        &[
            "audit",
            "--store",
            "audit.db",
            "leak-check",
            "--values",
            "stored.txt",
            "--values",
            "subject.txt",
            "--file",
            "gateway.log",
        ],
    );
    assert_eq!(o.status.code(), Some(1));
    let text = stdout(&o);
    assert!(
        text.contains("HIT stored.txt:1 in store (all entries)"),
        "{text}"
    );
    assert!(text.contains("HIT subject.txt:1 in gateway.log"), "{text}");
    assert!(
        !text.contains("Persoon") && !text.contains("000000007"),
        "values are never printed"
    );
}
