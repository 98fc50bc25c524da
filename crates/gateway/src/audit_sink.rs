//! The audit seam: every request produces one [`AuditEvent`] through one [`AuditSink`].
//!
//! An event can only be built from codes, counts, identifiers and keyed hashes; there is
//! no field that takes request text. The gateway appends the event *before* it forwards a
//! request upstream or sends a block response, and refuses the request when the append
//! fails (fail closed).

use std::sync::{Arc, Mutex};

use detect::{EntityKind, SpecialCategory};
use hmac::{Hmac, KeyInit, Mac};
use serde::Serialize;
use sha2::{Digest, Sha256};

/// Error of an audit sink. The gateway answers 503 and forwards nothing.
#[derive(Debug, thiserror::Error)]
#[error("audit append failed: {0}")]
pub struct AuditError(pub String);

/// One reason in an event.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct AuditReason {
    /// Stable code (`identifier.bsn`).
    pub code: &'static str,
    /// Action taken (`pseudonymise`, `block`, …).
    pub action: &'static str,
    /// How many findings it applied to.
    pub count: usize,
    /// The legal ground.
    pub legal_ground: &'static str,
}

/// Which of the two records of a request an event is (see the `audit` crate).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AuditPhase {
    /// After the request policy decided, before anything is sent upstream or refused.
    Request,
    /// When the request ends, before the answer (or its last stream event) is released.
    Completion,
}

/// One audit event. Holds no personal data: codes, counts, ids and keyed hashes only.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct AuditEvent {
    /// Request id (also returned as `x-request-id`).
    pub request_id: String,
    /// Milliseconds since the Unix epoch.
    pub time_ms: u64,
    /// Request or completion record.
    pub phase: AuditPhase,
    /// Route (`/v1/chat/completions`).
    pub route: &'static str,
    /// Key id (not the key); empty when the key was unknown.
    pub key_id: String,
    /// User of the key.
    pub user: String,
    /// Group of the user.
    pub group: String,
    /// Declared purpose (empty when none).
    pub purpose: String,
    /// Provider the request goes to (empty when refused before routing).
    pub provider: String,
    /// Model requested (validated against the register; empty when unknown).
    pub model: String,
    /// Keyed hash of the conversation id.
    pub conversation: String,
    /// Decision of this record's direction (`allow`, `pseudonymise`, `redact`, `block`).
    pub decision: &'static str,
    /// The most sensitive data class that reached the provider.
    pub data_class: &'static str,
    /// Reasons with actions and counts.
    pub reasons: Vec<AuditReason>,
    /// Findings per entity type.
    pub counts: Vec<(EntityKind, usize)>,
    /// Findings per special category.
    pub special: Vec<(SpecialCategory, usize)>,
    /// Keyed hashes of the subjects found (see `audit::SubjectHasher`): lets an auditor
    /// answer an access request without the log holding the values.
    #[serde(skip)]
    pub subjects: Vec<audit::SubjectHash>,
    /// Whether the request was routed to a fallback provider.
    pub fallback: bool,
    /// Error code when the request failed (`invalid_api_key`, `upstream.timeout`, …); empty otherwise.
    pub error: &'static str,
    /// Completion: how the request ended (`forwarded`, `blocked`, `response_blocked`,
    /// `upstream_error`, `cancelled`, `error`); empty for request records.
    pub outcome: &'static str,
    /// Completion: HTTP status sent to the client.
    pub status: Option<u16>,
    /// Completion: whether the answer was streamed.
    pub streamed: bool,
    /// Completion: whether the answer was checked (then decision/reasons/counts describe the answer).
    pub output_checked: bool,
    /// Completion: total time in the gateway, milliseconds.
    pub latency_ms: u64,
    /// Completion: of which waiting on the upstream, milliseconds.
    pub upstream_ms: Option<u64>,
    /// Completion: the model (version) the upstream reported in its answer.
    pub model_version: Option<String>,
    /// Completion: prompt and completion tokens the upstream reported.
    pub tokens: Option<(u64, u64)>,
}

/// Where audit events go. Implemented by the `audit` crate's store, by
/// [`MemoryAuditSink`] and [`NoopAuditSink`].
pub trait AuditSink: Send + Sync + 'static {
    /// Appends one event. Must be durable (or as durable as the sink promises) on `Ok`.
    ///
    /// # Errors
    /// Any failure; the gateway then refuses the request.
    fn append(&self, event: &AuditEvent) -> Result<(), AuditError>;

    /// Whether the sink can take events (for `/readyz`).
    fn ready(&self) -> bool {
        true
    }

    /// Whether `append` may block on I/O (then the gateway calls it on the blocking pool).
    fn blocking(&self) -> bool {
        true
    }

    /// The keyed hasher for subject identifiers whose hashes this sink stores (so that
    /// `poortwachter audit subject` finds them). `None`: the gateway uses a random key.
    fn subject_hasher(&self) -> Option<&audit::SubjectHasher> {
        None
    }
}

/// Writes events into the `audit` crate's hash-chained store (SQLite or PostgreSQL).
pub struct StoreSink {
    store: Arc<dyn audit::AuditStore>,
    hasher: audit::SubjectHasher,
    fail_closed: bool,
}

impl std::fmt::Debug for StoreSink {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StoreSink")
            .field("fail_closed", &self.fail_closed)
            .finish_non_exhaustive()
    }
}

impl StoreSink {
    /// A sink over an opened store; `key` is the store's audit key (for subject hashes).
    pub fn new(
        store: Arc<dyn audit::AuditStore>,
        key: &audit::AuditKey,
        fail_closed: bool,
    ) -> Self {
        StoreSink {
            store,
            hasher: key.subject_hasher(),
            fail_closed,
        }
    }

    /// Reads the key from the environment and opens the store of `config`.
    ///
    /// # Errors
    /// A missing or short key, or a store that cannot be opened.
    pub fn open(config: &audit::AuditConfig) -> Result<Self, audit::Error> {
        let key = audit::AuditKey::from_env(&config.hmac_key_env)?;
        let store = config.open_with_key(key.clone())?;
        Ok(Self::new(store, &key, config.fail_closed))
    }
}

/// A label for `value`, or, when `value` is not a valid label (spaces, `@`, too long),
/// the label `h-` plus a SHA-256 prefix of it, so the record stays free of text.
fn label(field: &'static str, value: &str, empty: &str) -> Result<audit::Label, AuditError> {
    let v = if value.is_empty() { empty } else { value };
    if let Ok(l) = audit::Label::new(field, v) {
        return Ok(l);
    }
    let d = Sha256::digest(v.as_bytes());
    let hex: String = d.iter().take(12).map(|b| format!("{b:02x}")).collect();
    audit::Label::new(field, &format!("h-{hex}")).map_err(|e| AuditError(e.to_string()))
}

fn decision(code: &str) -> audit::Decision {
    match code {
        "allow" => audit::Decision::Allow,
        "pseudonymise" => audit::Decision::Pseudonymise,
        "redact" => audit::Decision::Redact,
        _ => audit::Decision::Block,
    }
}

fn outcome(code: &str) -> audit::Outcome {
    match code {
        "forwarded" => audit::Outcome::Forwarded,
        "blocked" => audit::Outcome::Blocked,
        "response_blocked" => audit::Outcome::ResponseBlocked,
        "upstream_error" => audit::Outcome::UpstreamError,
        "cancelled" => audit::Outcome::Cancelled,
        _ => audit::Outcome::Error,
    }
}

/// The `audit` crate's record for an event.
///
/// # Errors
/// When a label cannot be made (never for the gateway's own ids and codes).
pub fn to_record(ev: &AuditEvent) -> Result<audit::Record, AuditError> {
    let request_id = label("request_id", &ev.request_id, "none")?;
    let context = audit::Context {
        trace: audit::TraceContext::for_request(None, &request_id),
        request_id,
        key_id: label("key_id", &ev.key_id, "unknown")?,
        user: if ev.user.is_empty() {
            None
        } else {
            Some(label("user", &ev.user, "none")?)
        },
        group: if ev.group.is_empty() {
            None
        } else {
            Some(label("group", &ev.group, "none")?)
        },
        purpose: label("purpose", &ev.purpose, "none")?,
        provider: label("provider", &ev.provider, "none")?,
        model: label("model", &ev.model, "none")?,
        route: label("route", ev.route, "none")?,
        conversation: if ev.conversation.is_empty() {
            None
        } else {
            Some(label("conversation", &ev.conversation, "none")?)
        },
    };
    let mut reasons = Vec::with_capacity(ev.reasons.len());
    for r in &ev.reasons {
        reasons.push(label("reason", r.code, "none")?);
    }
    reasons.sort();
    reasons.dedup();
    let direction = audit::Direction {
        decision: decision(ev.decision),
        reasons,
        entities: ev
            .counts
            .iter()
            .map(|(k, n)| (*k, u32::try_from(*n).unwrap_or(u32::MAX)))
            .collect(),
        special: ev
            .special
            .iter()
            .map(|(c, n)| (*c, u32::try_from(*n).unwrap_or(u32::MAX)))
            .collect(),
        data_class: Some(label("data_class", ev.data_class, "public")?),
    };
    let error = if ev.error.is_empty() {
        None
    } else {
        Some(label("error", ev.error, "none")?)
    };
    Ok(match ev.phase {
        AuditPhase::Request => audit::Record::request(context, direction, ev.subjects.clone()),
        AuditPhase::Completion => audit::Record::completion(
            context,
            audit::Completion {
                outcome: outcome(ev.outcome),
                output: ev.output_checked.then_some(direction),
                // An upstream's model name that is no valid label (spaces, an address)
                // is left out rather than stored as free text.
                model_version: ev
                    .model_version
                    .as_deref()
                    .and_then(|m| audit::Label::new("model_version", m).ok()),
                status: ev.status,
                streamed: ev.streamed,
                latency_ms: ev.latency_ms,
                upstream_ms: ev.upstream_ms,
                tokens: ev
                    .tokens
                    .map(|(prompt, completion)| audit::Tokens { prompt, completion }),
                subjects: ev.subjects.clone(),
                fallback: ev.fallback,
                error: error.clone(),
            },
        ),
    })
}

impl AuditSink for StoreSink {
    fn append(&self, event: &AuditEvent) -> Result<(), AuditError> {
        let record = to_record(event)?;
        match self.store.append(&record) {
            Ok(_) => Ok(()),
            Err(e) if self.fail_closed => Err(AuditError(e.to_string())),
            Err(_) => {
                tracing::error!(request_id = %event.request_id, "audit append failed; forwarding anyway (fail_closed = false)");
                Ok(())
            }
        }
    }

    fn ready(&self) -> bool {
        self.store.ping().is_ok()
    }

    fn subject_hasher(&self) -> Option<&audit::SubjectHasher> {
        Some(&self.hasher)
    }
}

/// Discards events (for benchmarks with auditing off).
#[derive(Debug, Default)]
pub struct NoopAuditSink;

impl AuditSink for NoopAuditSink {
    fn append(&self, _event: &AuditEvent) -> Result<(), AuditError> {
        Ok(())
    }

    fn blocking(&self) -> bool {
        false
    }
}

/// Keeps events in memory (tests, demo). Bounded: keeps the last `capacity` events.
#[derive(Debug)]
pub struct MemoryAuditSink {
    events: Mutex<std::collections::VecDeque<AuditEvent>>,
    capacity: usize,
}

impl Default for MemoryAuditSink {
    fn default() -> Self {
        Self::new(10_000)
    }
}

impl MemoryAuditSink {
    /// A sink keeping the last `capacity` events.
    pub fn new(capacity: usize) -> Self {
        MemoryAuditSink {
            events: Mutex::new(Default::default()),
            capacity,
        }
    }

    /// A copy of the events held.
    pub fn events(&self) -> Vec<AuditEvent> {
        self.events
            .lock()
            .map(|e| e.iter().cloned().collect())
            .unwrap_or_default()
    }
}

impl AuditSink for MemoryAuditSink {
    fn append(&self, event: &AuditEvent) -> Result<(), AuditError> {
        let mut e = self
            .events
            .lock()
            .map_err(|_| AuditError("memory sink poisoned".into()))?;
        if e.len() >= self.capacity {
            e.pop_front();
        }
        e.push_back(event.clone());
        Ok(())
    }

    fn blocking(&self) -> bool {
        false
    }
}

/// Always fails (tests of the fail-closed path).
#[derive(Debug, Default)]
pub struct FailingAuditSink;

impl AuditSink for FailingAuditSink {
    fn append(&self, _event: &AuditEvent) -> Result<(), AuditError> {
        Err(AuditError("failing sink".into()))
    }

    fn ready(&self) -> bool {
        false
    }
}

/// Keyed hashing of values and ids for audit records (HMAC-SHA-256, 128 bits, hex).
#[derive(Clone)]
pub struct Hasher {
    key: Vec<u8>,
}

impl std::fmt::Debug for Hasher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Hasher(..)")
    }
}

impl Hasher {
    /// A hasher with `key` (keep it secret; rotate with the audit retention).
    pub fn new(key: &[u8]) -> Self {
        Hasher { key: key.to_vec() }
    }

    /// A hasher with a random key (hashes comparable only within this process).
    pub fn random() -> Self {
        let mut key = [0u8; 32];
        // Without randomness the hashes would be guessable; fall back to time-derived bytes.
        if getrandom::fill(&mut key).is_err() {
            let t = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_nanos());
            key[..16].copy_from_slice(&t.to_le_bytes());
        }
        Hasher { key: key.to_vec() }
    }

    /// Hex of the first 16 bytes of HMAC-SHA-256(key, `domain` ‖ 0 ‖ `value`).
    pub fn hash(&self, domain: &str, value: &str) -> String {
        let Ok(mut mac) = <Hmac<Sha256> as KeyInit>::new_from_slice(&self.key) else {
            return String::new();
        };
        mac.update(domain.as_bytes());
        mac.update(&[0]);
        mac.update(value.as_bytes());
        let out = mac.finalize().into_bytes();
        out.iter().take(16).map(|b| format!("{b:02x}")).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Keyed hashes differ per key and per domain and never contain the value.
    #[test]
    fn keyed_hashes() {
        let a = Hasher::new(b"k1");
        let b = Hasher::new(b"k2");
        assert_eq!(a.hash("v", "111222333"), a.hash("v", "111222333"));
        assert_ne!(a.hash("v", "111222333"), b.hash("v", "111222333"));
        assert_ne!(a.hash("v", "111222333"), a.hash("c", "111222333"));
        assert_eq!(a.hash("v", "x").len(), 32);
        assert!(!a.hash("v", "111222333").contains("111222333"));
    }

    /// The memory sink keeps at most its capacity.
    #[test]
    fn memory_sink_bounded() {
        let s = MemoryAuditSink::new(2);
        let mut e = AuditEvent {
            request_id: "1".into(),
            time_ms: 0,
            phase: AuditPhase::Request,
            route: "/",
            key_id: String::new(),
            user: String::new(),
            group: String::new(),
            purpose: String::new(),
            provider: String::new(),
            model: String::new(),
            conversation: String::new(),
            decision: "allow",
            data_class: "public",
            reasons: vec![],
            counts: vec![],
            special: vec![],
            subjects: vec![],
            fallback: false,
            error: "",
            outcome: "",
            status: None,
            streamed: false,
            output_checked: false,
            latency_ms: 0,
            upstream_ms: None,
            model_version: None,
            tokens: None,
        };
        for i in 0..5 {
            e.request_id = i.to_string();
            s.append(&e).unwrap();
        }
        let ids: Vec<String> = s.events().into_iter().map(|e| e.request_id).collect();
        assert_eq!(ids, ["3", "4"]);
    }
}
