//! The [`AuditStore`] trait the gateway and the CLI use, and what it returns.

use serde::Serialize;

use crate::chain::Checkpoint;
use crate::{Entry, Error, Record, SubjectHash, Timestamp, VerifyReport};

/// Where an appended record landed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Appended {
    /// Its sequence number.
    pub seq: u64,
    /// Its chain hash (hex).
    pub hash: String,
    /// True when a checkpoint was written with it.
    pub checkpoint: bool,
}

/// What a retention run did.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct RetentionOutcome {
    /// Entries removed (0 when nothing was old enough).
    pub removed: u64,
    /// Last removed sequence number.
    pub through_seq: Option<u64>,
    /// Sequence number of the retention mark written to the chain.
    pub mark_seq: Option<u64>,
}

/// An append-only, hash-chained store of audit records.
///
/// All methods are synchronous and may block on disk or network: call them from
/// `tokio::task::spawn_blocking` in async code. Implementations serialise appends
/// (also across processes sharing one database), so the chain stays linear.
///
/// Every error must be treated as "the record is not stored": with
/// `fail_closed = true` the gateway then refuses the request.
pub trait AuditStore: Send + Sync {
    /// Appends `record` at the head of the chain and returns once it is committed.
    ///
    /// # Errors
    ///
    /// Any database error; the record is then not stored.
    fn append(&self, record: &Record) -> Result<Appended, Error>;

    /// Verifies the whole chain, its checkpoints, the subject index and the given
    /// external `anchors` (checkpoints kept outside the store).
    ///
    /// # Errors
    ///
    /// Database errors. Tampering is not an error: it is reported in [`VerifyReport::problems`].
    fn verify(&self, anchors: &[Checkpoint]) -> Result<VerifyReport, Error>;

    /// Every entry of every request in which one of `subjects` occurs (both phases of
    /// each such request), in chain order.
    ///
    /// # Errors
    ///
    /// Database errors; an entry that does not decode is [`Error::Corrupt`].
    fn subject_lookup(&self, subjects: &[SubjectHash]) -> Result<Vec<Entry>, Error>;

    /// Removes the oldest entries, up to and including the last entry older than
    /// `cutoff`, and appends a retention mark that keeps the rest verifiable.
    ///
    /// # Errors
    ///
    /// Database errors; nothing is removed then.
    fn apply_retention(&self, cutoff: Timestamp) -> Result<RetentionOutcome, Error>;

    /// Calls `sink` with every entry from `from_seq` on, in chain order.
    ///
    /// # Errors
    ///
    /// Database errors, [`Error::Corrupt`] for an entry that does not decode, or the
    /// sink's own error (which stops the export).
    fn export(
        &self,
        from_seq: u64,
        sink: &mut dyn FnMut(Entry) -> Result<(), Error>,
    ) -> Result<(), Error>;

    /// The head of the chain as a checkpoint (`None` while empty): print it and keep
    /// it elsewhere as an anchor for [`AuditStore::verify`].
    ///
    /// # Errors
    ///
    /// Database errors.
    fn head(&self) -> Result<Option<Checkpoint>, Error>;

    /// Checks that the store is reachable (for readiness probes and fail-closed checks).
    ///
    /// # Errors
    ///
    /// When it is not.
    fn ping(&self) -> Result<(), Error>;
}

/// Serialises an event without cloning the record; same JSON as [`crate::Event`].
#[derive(Serialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum EventRef<'a> {
    Record(&'a Record),
    Retention(&'a crate::RetentionMark),
}

pub(crate) fn encode(event: &EventRef<'_>) -> Result<String, Error> {
    Ok(serde_json::to_string(event)?)
}

pub(crate) fn decode(seq: u64, hash: &[u8], body: &str) -> Result<Entry, Error> {
    let event = serde_json::from_str(body).map_err(|e| Error::Corrupt {
        seq,
        reason: e.to_string(),
    })?;
    Ok(Entry {
        seq,
        hash: crate::trace::hex(hash),
        event,
    })
}

/// Index keys of a record's subjects (distinct, as stored).
pub(crate) fn subject_keys(record: &Record) -> Vec<String> {
    let mut keys: Vec<String> = record.subjects().iter().map(ToString::to_string).collect();
    keys.sort();
    keys.dedup();
    keys
}

/// Request-id label of an event, if it is a record.
pub(crate) fn request_id<'a>(event: &EventRef<'a>) -> Option<&'a str> {
    match event {
        EventRef::Record(r) => Some(r.context.request_id.as_str()),
        EventRef::Retention(_) => None,
    }
}

pub(crate) fn kind(event: &EventRef<'_>) -> &'static str {
    match event {
        EventRef::Record(r) => r.phase_name(),
        EventRef::Retention(_) => "retention",
    }
}

pub(crate) fn time(event: &EventRef<'_>) -> Timestamp {
    match event {
        EventRef::Record(r) => r.time,
        EventRef::Retention(m) => m.time,
    }
}

pub(crate) fn subjects_of(event: &EventRef<'_>) -> Vec<String> {
    match event {
        EventRef::Record(r) => subject_keys(r),
        EventRef::Retention(_) => Vec::new(),
    }
}
