//! The audit seam: every request produces one [`AuditEvent`] through one [`AuditSink`].
//!
//! An event can only be built from codes, counts, identifiers and keyed hashes; there is
//! no field that takes request text. The gateway appends the event *before* it forwards a
//! request upstream or sends a block response, and refuses the request when the append
//! fails (fail closed).

use std::sync::Mutex;

use hmac::{Hmac, KeyInit, Mac};
use serde::Serialize;
use sha2::Sha256;

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

/// One audit event. Holds no personal data: codes, counts, ids and keyed hashes only.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct AuditEvent {
    /// Request id (also returned as `x-request-id`).
    pub request_id: String,
    /// Milliseconds since the Unix epoch.
    pub time_ms: u64,
    /// `input` (before forwarding or blocking) or `output` (after the answer).
    pub direction: &'static str,
    /// Route (`/v1/chat/completions`).
    pub route: &'static str,
    /// Key id (not the key).
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
    /// Overall decision (`allow`, `pseudonymise`, `redact`, `block`).
    pub decision: &'static str,
    /// The most sensitive data class that reached the provider.
    pub data_class: &'static str,
    /// Reasons with actions and counts.
    pub reasons: Vec<AuditReason>,
    /// Findings per entity type (`PERSON` → 2).
    pub counts: Vec<(&'static str, usize)>,
    /// Keyed hashes (HMAC-SHA-256, truncated) of the values found: lets an auditor check
    /// whether a known value passed, without the log holding it.
    pub value_hashes: Vec<String>,
    /// Whether the request was routed to a fallback provider.
    pub fallback: bool,
    /// Error code when the request failed before a decision (`invalid_api_key`, …); empty otherwise.
    pub error: &'static str,
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
        MemoryAuditSink { events: Mutex::new(Default::default()), capacity }
    }

    /// A copy of the events held.
    pub fn events(&self) -> Vec<AuditEvent> {
        self.events.lock().map(|e| e.iter().cloned().collect()).unwrap_or_default()
    }
}

impl AuditSink for MemoryAuditSink {
    fn append(&self, event: &AuditEvent) -> Result<(), AuditError> {
        let mut e = self.events.lock().map_err(|_| AuditError("memory sink poisoned".into()))?;
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
            let t = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos());
            key[..16].copy_from_slice(&t.to_le_bytes());
        }
        Hasher { key: key.to_vec() }
    }

    /// Hex of the first 16 bytes of HMAC-SHA-256(key, `domain` ‖ 0 ‖ `value`).
    pub fn hash(&self, domain: &str, value: &str) -> String {
        let Ok(mut mac) = <Hmac<Sha256> as KeyInit>::new_from_slice(&self.key) else { return String::new() };
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
            direction: "input",
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
            value_hashes: vec![],
            fallback: false,
            error: "",
        };
        for i in 0..5 {
            e.request_id = i.to_string();
            s.append(&e).unwrap();
        }
        let ids: Vec<String> = s.events().into_iter().map(|e| e.request_id).collect();
        assert_eq!(ids, ["3", "4"]);
    }
}
