//! What an audit record holds: [`Record`], [`Context`], [`Phase`], [`Direction`].
//!
//! # Design rationale
//!
//! A record is built only from values that cannot carry content: [`Label`]s (ids
//! and codes, no whitespace or `@`), enums, counts, a [`Timestamp`], a
//! [`TraceContext`] and [`SubjectHash`]es. There is no field of type `String`, so
//! a prompt, an answer, a name or an e-mail address cannot end up in the log.

use std::collections::BTreeMap;

use detect::{EntityKind, Findings, SpecialCategory};
use serde::{Deserialize, Serialize};

use crate::{Label, SubjectHash, Timestamp, TraceContext};

/// What policy decided for one direction (request or response).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Decision {
    /// Passed unchanged.
    Allow,
    /// Personal data replaced by placeholders or surrogates (reversible in the vault).
    Pseudonymise,
    /// Personal data removed (irreversible).
    Redact,
    /// Not forwarded.
    Block,
}

impl Decision {
    /// Every decision.
    pub const ALL: [Decision; 4] = [
        Decision::Allow,
        Decision::Pseudonymise,
        Decision::Redact,
        Decision::Block,
    ];

    /// The stable code (`allow`, `pseudonymise`, `redact`, `block`).
    pub const fn as_str(self) -> &'static str {
        match self {
            Decision::Allow => "allow",
            Decision::Pseudonymise => "pseudonymise",
            Decision::Redact => "redact",
            Decision::Block => "block",
        }
    }
}

impl std::str::FromStr for Decision {
    type Err = crate::Error;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Decision::ALL
            .into_iter()
            .find(|d| d.as_str() == s)
            .ok_or(crate::Error::InvalidLabel {
                field: "decision",
                len: s.len(),
            })
    }
}

/// How a request ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// Sent upstream and the (possibly pseudonymised/redacted) answer returned to the client.
    Forwarded,
    /// Refused by the request policy: nothing was sent upstream.
    Blocked,
    /// Sent upstream, but the response policy blocked the answer.
    ResponseBlocked,
    /// The upstream failed (error status, timeout, unreachable).
    UpstreamError,
    /// The client went away before the answer was complete.
    Cancelled,
    /// The gateway failed (bad request, internal error) before or after forwarding.
    Error,
}

impl Outcome {
    /// Every outcome.
    pub const ALL: [Outcome; 6] = [
        Outcome::Forwarded,
        Outcome::Blocked,
        Outcome::ResponseBlocked,
        Outcome::UpstreamError,
        Outcome::Cancelled,
        Outcome::Error,
    ];

    /// The stable code (`forwarded`, `blocked`, `response_blocked`, `upstream_error`, `cancelled`, `error`).
    pub const fn as_str(self) -> &'static str {
        match self {
            Outcome::Forwarded => "forwarded",
            Outcome::Blocked => "blocked",
            Outcome::ResponseBlocked => "response_blocked",
            Outcome::UpstreamError => "upstream_error",
            Outcome::Cancelled => "cancelled",
            Outcome::Error => "error",
        }
    }

    /// True when something was sent to the upstream provider.
    pub const fn reached_upstream(self) -> bool {
        match self {
            Outcome::Forwarded
            | Outcome::ResponseBlocked
            | Outcome::UpstreamError
            | Outcome::Cancelled => true,
            Outcome::Blocked | Outcome::Error => false,
        }
    }
}

impl std::str::FromStr for Outcome {
    type Err = crate::Error;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Outcome::ALL
            .into_iter()
            .find(|d| d.as_str() == s)
            .ok_or(crate::Error::InvalidLabel {
                field: "outcome",
                len: s.len(),
            })
    }
}

/// Who asked what of which model, and why: the same in both phases of a request.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Context {
    /// Unique id of the gateway request (a UUID); links the two phases.
    pub request_id: Label,
    /// W3C trace ids (client's trace continued from `traceparent`).
    pub trace: TraceContext,
    /// Id of the API key used.
    pub key_id: Label,
    /// Id of the user the key belongs to (an id, never a name or e-mail address).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<Label>,
    /// Group (department, team) of the user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<Label>,
    /// Declared purpose: the processing activity (links to the register of processing activities).
    pub purpose: Label,
    /// Provider id from the provider register.
    pub provider: Label,
    /// Model the client asked for.
    pub model: Label,
    /// API route (`chat.completions`, `/v1/chat/completions`, …).
    pub route: Label,
    /// Keyed hash (or other opaque id) of the conversation, to group its requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conversation: Option<Label>,
}

/// Decision and findings of one direction.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Direction {
    /// What policy decided.
    pub decision: Decision,
    /// Stable reason codes (`special_category.health`, `identifier.bsn`, …), sorted and distinct.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reasons: Vec<Label>,
    /// Number of findings per entity kind.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub entities: BTreeMap<EntityKind, u32>,
    /// Number of findings per special category (art. 9/10).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub special: BTreeMap<SpecialCategory, u32>,
    /// The most sensitive data class that passed in this direction (policy's code,
    /// e.g. `personal`, `special_category`), when policy reports one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data_class: Option<Label>,
}

impl Direction {
    /// The decision and reasons for `findings`, with the counts per kind and category.
    pub fn from_findings(decision: Decision, reasons: Vec<Label>, findings: &Findings) -> Self {
        let mut d = Direction {
            decision,
            reasons,
            entities: BTreeMap::new(),
            special: BTreeMap::new(),
            data_class: None,
        };
        d.reasons.sort();
        d.reasons.dedup();
        for f in &findings.entities {
            *d.entities.entry(f.kind).or_insert(0) += 1;
        }
        for s in &findings.special {
            *d.special.entry(s.category).or_insert(0) += 1;
        }
        d
    }
}

/// Token usage as reported by the upstream.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tokens {
    /// Prompt (input) tokens.
    pub prompt: u64,
    /// Completion (output) tokens.
    pub completion: u64,
}

/// The second phase of a request: how it ended.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Completion {
    /// How the request ended.
    pub outcome: Outcome,
    /// Response-side decision and findings (absent when nothing came back).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub output: Option<Direction>,
    /// The model version the upstream reported (`model` field of its response).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model_version: Option<Label>,
    /// HTTP status returned to the client.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<u16>,
    /// Whether the answer was streamed (SSE).
    #[serde(default)]
    pub streamed: bool,
    /// Total time from request received to this record, milliseconds.
    pub latency_ms: u64,
    /// Of which spent waiting on the upstream, milliseconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub upstream_ms: Option<u64>,
    /// Token counts reported by the upstream.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tokens: Option<Tokens>,
    /// Keyed hashes of the subjects found in the response.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub subjects: Vec<SubjectHash>,
    /// Whether the request went to a fallback provider.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub fallback: bool,
    /// Stable error code when the request failed (`invalid_api_key`, `upstream_timeout`, …).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<Label>,
}

impl Completion {
    /// A completion with `outcome` and `latency_ms` and every other field empty; set
    /// the rest with struct update syntax (`Completion { tokens, ..Completion::new(o, ms) }`).
    pub fn new(outcome: Outcome, latency_ms: u64) -> Self {
        Completion {
            outcome,
            output: None,
            model_version: None,
            status: None,
            streamed: false,
            latency_ms,
            upstream_ms: None,
            tokens: None,
            subjects: Vec::new(),
            fallback: false,
            error: None,
        }
    }
}

/// Which phase of a request a record describes. See the crate docs for the protocol.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    /// Written after the request policy decided and before anything is sent upstream
    /// (also for blocked requests).
    Request {
        /// Request-side decision and findings.
        input: Direction,
        /// Keyed hashes of the subjects found in the request.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        subjects: Vec<SubjectHash>,
    },
    /// Written when the request ends, before the answer (or its last stream event)
    /// is released to the client.
    Completion(Completion),
}

/// One audit record: one phase of one gateway request.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Record {
    /// When this phase happened.
    pub time: Timestamp,
    /// The request it belongs to.
    pub context: Context,
    /// What happened.
    pub phase: Phase,
}

impl Record {
    /// The request-phase record, timed now. `subjects` are sorted and deduplicated.
    pub fn request(context: Context, input: Direction, mut subjects: Vec<SubjectHash>) -> Self {
        subjects.sort();
        subjects.dedup();
        Record {
            time: Timestamp::now(),
            context,
            phase: Phase::Request { input, subjects },
        }
    }

    /// The completion-phase record, timed now. Its subjects are sorted and deduplicated.
    pub fn completion(context: Context, mut completion: Completion) -> Self {
        completion.subjects.sort();
        completion.subjects.dedup();
        Record {
            time: Timestamp::now(),
            context,
            phase: Phase::Completion(completion),
        }
    }

    /// The subject hashes this record holds.
    pub fn subjects(&self) -> &[SubjectHash] {
        match &self.phase {
            Phase::Request { subjects, .. } => subjects,
            Phase::Completion(c) => &c.subjects,
        }
    }

    /// `request` or `completion`.
    pub fn phase_name(&self) -> &'static str {
        match self.phase {
            Phase::Request { .. } => "request",
            Phase::Completion(_) => "completion",
        }
    }
}

/// A chain entry written by [`crate::AuditStore::apply_retention`]: it attests that
/// entries up to `through_seq` were removed on purpose, and which hash the first
/// remaining entry must link to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RetentionMark {
    /// When retention ran.
    pub time: Timestamp,
    /// Entries older than this were eligible.
    pub cutoff: Timestamp,
    /// Last removed sequence number.
    pub through_seq: u64,
    /// Hash (hex) of that last removed entry: the first remaining entry links to it.
    pub through_hash: String,
    /// How many entries were removed by this run.
    pub removed: u64,
}

/// What a chain entry holds.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Event {
    /// A gateway request phase.
    Record(Box<Record>),
    /// A retention run.
    Retention(RetentionMark),
}

impl Event {
    /// Time of the event.
    pub fn time(&self) -> Timestamp {
        match self {
            Event::Record(r) => r.time,
            Event::Retention(m) => m.time,
        }
    }

    /// `request`, `completion` or `retention`.
    pub fn kind(&self) -> &'static str {
        match self {
            Event::Record(r) => r.phase_name(),
            Event::Retention(_) => "retention",
        }
    }
}

/// An entry read back from a store.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    /// Position in the chain (1, 2, …; gaps only after retention at the start).
    pub seq: u64,
    /// Chain hash of this entry (hex).
    pub hash: String,
    /// The content.
    pub event: Event,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Decision and outcome codes round-trip through `FromStr` and serde.
    #[test]
    fn codes_roundtrip() {
        for d in Decision::ALL {
            assert_eq!(d.as_str().parse::<Decision>().unwrap(), d);
            assert_eq!(
                serde_json::to_string(&d).unwrap(),
                format!("\"{}\"", d.as_str())
            );
        }
        for o in Outcome::ALL {
            assert_eq!(o.as_str().parse::<Outcome>().unwrap(), o);
            assert_eq!(
                serde_json::to_string(&o).unwrap(),
                format!("\"{}\"", o.as_str())
            );
        }
        assert!("maybe".parse::<Decision>().is_err());
    }

    /// `from_findings` counts kinds and categories and sorts and dedups reasons.
    #[test]
    fn direction_counts() {
        use detect::{Finding, Span, SpecialFinding};
        let f = |kind| Finding {
            span: Span::new(0, 1),
            kind,
            score: 1.0,
            recognizer: "t",
        };
        let f = Findings {
            entities: vec![f(EntityKind::Bsn), f(EntityKind::Email), f(EntityKind::Bsn)],
            special: vec![SpecialFinding {
                category: SpecialCategory::Health,
                evidence: Span::new(0, 1),
                subject: None,
                score: 1.0,
                recognizer: "t",
            }],
        };
        let d = Direction::from_findings(
            Decision::Block,
            vec![
                Label::new("r", "identifier.bsn").unwrap(),
                Label::new("r", "identifier.bsn").unwrap(),
            ],
            &f,
        );
        assert_eq!(d.entities.get(&EntityKind::Bsn), Some(&2));
        assert_eq!(d.entities.get(&EntityKind::Email), Some(&1));
        assert_eq!(d.special.get(&SpecialCategory::Health), Some(&1));
        assert_eq!(d.reasons.len(), 1);
    }
}
