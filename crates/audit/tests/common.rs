//! Helpers shared by the test modules.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use audit::{
    AuditKey, Completion, Context, Decision, Direction, Label, Outcome, Record, SubjectHash,
    Timestamp, Tokens, TraceContext,
};

/// The test secret (never used outside tests).
pub(crate) const SECRET: &[u8] = b"test-secret-0123456789abcdef0123456789abcdef";

pub(crate) fn key() -> AuditKey {
    AuditKey::from_secret(SECRET).unwrap()
}

/// A directory removed on drop.
pub(crate) struct TempDir(pub(crate) PathBuf);

impl TempDir {
    pub(crate) fn new(tag: &str) -> Self {
        static N: AtomicU64 = AtomicU64::new(0);
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_nanos();
        let dir = std::env::temp_dir().join(format!(
            "pw-audit-{tag}-{}-{}-{nanos}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        ));
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }
    pub(crate) fn path(&self, name: &str) -> PathBuf {
        self.0.join(name)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

pub(crate) fn label(v: &str) -> Label {
    Label::new("test", v).unwrap()
}

pub(crate) fn context(request_id: &str, purpose: &str, provider: &str) -> Context {
    let request_id = label(request_id);
    Context {
        trace: TraceContext::for_request(
            Some("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"),
            &request_id,
        ),
        request_id,
        key_id: label("key-1"),
        user: Some(label("u-1042")),
        group: Some(label("team-a")),
        purpose: label(purpose),
        provider: label(provider),
        model: label("model-x"),
        route: label("chat.completions"),
        conversation: None,
    }
}

/// The request phase of request `i`.
pub(crate) fn request(i: usize, subjects: Vec<SubjectHash>) -> Record {
    let decision = if i % 5 == 0 {
        Decision::Block
    } else {
        Decision::Pseudonymise
    };
    let input = Direction::from_findings(
        decision,
        vec![label("personal_data.name")],
        &detect::Findings::default(),
    );
    Record::request(
        context(&format!("req-{i}"), "purpose-a", "provider-a"),
        input,
        subjects,
    )
}

/// The completion phase of request `i`.
pub(crate) fn completion(i: usize) -> Record {
    Record::completion(
        context(&format!("req-{i}"), "purpose-a", "provider-a"),
        Completion {
            outcome: if i % 5 == 0 {
                Outcome::Blocked
            } else {
                Outcome::Forwarded
            },
            output: None,
            model_version: Some(label("model-x-2025-01-01")),
            status: Some(200),
            streamed: false,
            latency_ms: 10 + i as u64,
            upstream_ms: Some(5),
            tokens: Some(Tokens {
                prompt: 12,
                completion: 34,
            }),
            subjects: Vec::new(),
            fallback: false,
            error: None,
        },
    )
}

/// A record dated `days` days ago.
pub(crate) fn aged(mut r: Record, days: u32) -> Record {
    r.time = Timestamp::now().minus_days(days);
    r
}

pub(crate) fn open_sqlite(path: &Path) -> audit::SqliteStore {
    audit::SqliteStore::open(path, key(), audit::SqliteSync::Normal, 10).unwrap()
}

/// Path of the shared evaluation set (`../shared/eval/dev.jsonl` beside the repository).
pub(crate) fn dev_jsonl() -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/eval/dev.jsonl");
    p.exists().then_some(p)
}
