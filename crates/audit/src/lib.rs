//! Tamper-evident audit log of gateway requests, without personal data.
//!
//! Every gateway request leaves records that say who (key, user id, group) asked
//! which provider and model, for which purpose, what policy decided in each
//! direction and why (stable reason codes), which kinds and how many findings there
//! were, how it ended, how long it took and how many tokens it used. It never holds
//! text: a [`Record`] is built only from [`Label`]s (ids and codes that cannot hold a
//! name or an e-mail address), enums, counts and [`SubjectHash`]es.
//!
//! # Using it from the gateway
//!
//! ```no_run
//! use audit::{AuditConfig, AuditKey, Context, Decision, Direction, Label, Record, TraceContext};
//! # fn main() -> Result<(), audit::Error> {
//! let config = AuditConfig::default();                  // the [audit] section of the TOML file
//! let key = AuditKey::from_env(&config.hmac_key_env)?;
//! let store = config.open_with_key(key.clone())?;       // Arc<dyn AuditStore>; share it
//! let hasher = key.subject_hasher();
//!
//! let detector = detect::Detector::new();
//! let prompt = "Vat het dossier van Jan de Vries samen";
//! let findings = detector.detect(prompt);
//! let request_id = Label::new("request_id", "0b6f7c1e-5a43-4c8e-9d59-6a1f0c2e7b11")?;
//! let context = Context {
//!     trace: TraceContext::for_request(None /* traceparent header */, &request_id),
//!     request_id,
//!     key_id: Label::new("key_id", "key-7")?,
//!     user: Some(Label::new("user", "u-1042")?),
//!     group: Some(Label::new("group", "team-wmo")?),
//!     purpose: Label::new("purpose", "wmo-correspondence")?,
//!     provider: Label::new("provider", "onprem-vllm")?,
//!     model: Label::new("model", "mistral-small")?,
//!     route: Label::new("route", "chat.completions")?,
//!     conversation: None,
//! };
//! let input = Direction::from_findings(Decision::Pseudonymise, vec![Label::new("reason", "personal_data.name")?], &findings);
//! // Phase 1, before anything goes upstream (in async code: inside spawn_blocking).
//! store.append(&Record::request(context.clone(), input, hasher.hash_findings(prompt, &findings)))?;
//! // ... forward, receive, scan the answer ...
//! // Phase 2, before the answer (or the last stream event) is released.
//! let completion = audit::Completion { status: Some(200), upstream_ms: Some(790), ..audit::Completion::new(audit::Outcome::Forwarded, 812) };
//! store.append(&Record::completion(context, completion))?;
//! # Ok(()) }
//! ```
//!
//! # Two records per request
//!
//! A request is audited in two chained entries with the same `request_id`:
//!
//! 1. [`Phase::Request`] is appended after the request policy decided and **before
//!    anything is sent upstream** (for a blocked request too). If the append fails,
//!    nothing is forwarded (`fail_closed = true`).
//! 2. [`Phase::Completion`] is appended when the request ends and **before the answer
//!    is released to the client**: before the JSON body is sent, or, when streaming,
//!    before the final event (`data: [DONE]`) is sent. It carries the outcome, the
//!    response-side decision and findings, the model version the upstream reported,
//!    latency and tokens.
//!
//! So every request that reached a provider has its request entry, and every client
//! that got a complete answer can be matched to a completion entry. A request entry
//! without a completion (the gateway was killed mid-request) shows up in
//! [`VerifyReport::open_requests`]; it is not a tamper finding.
//!
//! # Tamper evidence
//!
//! Entries form a hash chain with a keyed MAC per entry and periodic checkpoints (see
//! `docs/audit.md` in the repository): [`AuditStore::verify`] finds a modified,
//! deleted, inserted or reordered entry and says where ([`Problem`]). Retention removes
//! the oldest entries and appends a [`RetentionMark`] that attests the new start, so
//! the rest stays verifiable.
//!
//! # Why keyed hashes
//!
//! See [`SubjectHasher`]: a subject-access request must find the records about one
//! person, but the log alone must not reveal who that is.
//!
//! # Stores
//!
//! Both stores serialise appends into one linear chain (also across processes or
//! gateway instances) and share commits between concurrent callers (group commit);
//! an append returns only once its entry is committed. Every error means "not
//! stored": with [`AuditConfig::fail_closed`] the gateway then refuses the request.
//!
//! # Exports and reports
//!
//! [`Metrics`] (Prometheus counters), [`LogboekExporter`] (the Dutch government's
//! Logboek dataverwerkingen shape), [`subject_rows`] (CSV for access requests) and
//! [`ProcessingReport`] (record of processing activities, art. 30).
//!
//! # Crate features
//!
//! - `sqlite` (default): [`SqliteStore`], bundled SQLite in WAL mode.
//! - `postgres`: [`PostgresStore`] (sync `postgres` client, no TLS), for several
//!   gateway instances writing one chain.

#![deny(missing_docs)]

mod chain;
mod config;
mod error;
mod export;
mod key;
mod label;
mod leak;
mod metrics;
#[cfg(feature = "postgres")]
mod postgres;
mod record;
mod report;
#[cfg(feature = "sqlite")]
mod sqlite;
mod store;
mod subject;
mod time;
mod trace;

pub use chain::{Checkpoint, Problem, VerifyReport};
pub use config::{AuditConfig, SqliteSync, StoreLocation};
pub use error::Error;
pub use export::{LogboekExporter, LogboekOptions, SUBJECT_COLUMNS, csv_field, subject_rows};
pub use key::AuditKey;
pub use label::Label;
pub use leak::{RAW_MIN_LEN, ValueScanner};
pub use metrics::{COUNTERS, Metrics};
#[cfg(feature = "postgres")]
pub use postgres::PostgresStore;
pub use record::{
    Completion, Context, Decision, Direction, Entry, Event, Outcome, Phase, Record, RetentionMark,
    Tokens,
};
pub use report::{
    BUILTIN_MEASURES, ProcessingRegister, ProcessingReport, ProviderInfo, PurposeInfo,
    PurposeSummary,
};
#[cfg(feature = "sqlite")]
pub use sqlite::SqliteStore;
pub use store::{Appended, AuditStore, RetentionOutcome};
pub use subject::{SubjectHash, SubjectHasher, normalise};
pub use time::Timestamp;
pub use trace::TraceContext;
