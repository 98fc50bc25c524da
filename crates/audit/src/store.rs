//! The [`AuditStore`] trait the gateway and the CLI use, and what it returns.

use std::sync::{Arc, Mutex};

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

/// An event encoded and split into the columns a backend stores, ready to be chained.
pub(crate) struct Prepared {
    pub(crate) body: String,
    pub(crate) kind: &'static str,
    pub(crate) request_id: Option<String>,
    pub(crate) time: Timestamp,
    pub(crate) subjects: Vec<String>,
}

impl Prepared {
    pub(crate) fn new(event: &EventRef<'_>) -> Result<Self, Error> {
        let body = serde_json::to_string(event)?;
        Ok(match event {
            EventRef::Record(r) => Prepared {
                body,
                kind: r.phase_name(),
                request_id: Some(r.context.request_id.as_str().to_owned()),
                time: r.time,
                subjects: subject_keys(r),
            },
            EventRef::Retention(m) => Prepared {
                body,
                kind: "retention",
                request_id: None,
                time: m.time,
                subjects: Vec::new(),
            },
        })
    }
}

/// Where a queued append's result lands.
type Slot = Arc<Mutex<Option<Result<Appended, String>>>>;

/// Group commit: appends from concurrent callers that arrive while one transaction is
/// being committed are written together in the next one, so a commit (an fsync) is
/// shared instead of paid per record.
///
/// Protocol: a caller queues its prepared entry, then takes the backend's writer lock.
/// If an earlier lock holder already committed its entry, it returns that result;
/// otherwise it becomes the leader, drains the queue and commits everything in one
/// transaction. Every caller returns only after its own entry is committed.
#[derive(Default)]
pub(crate) struct GroupCommit {
    queue: Mutex<Vec<(Prepared, Slot)>>,
}

impl GroupCommit {
    /// Queues `p`; returns the slot to pass to [`GroupCommit::run`].
    pub(crate) fn enqueue(&self, p: Prepared) -> Result<Slot, Error> {
        let slot: Slot = Arc::new(Mutex::new(None));
        self.queue
            .lock()
            .map_err(|_| Error::Poisoned)?
            .push((p, Arc::clone(&slot)));
        Ok(slot)
    }

    /// Marks a queued entry as given up (its caller could not take the writer lock and
    /// returns an error), so no later leader commits it.
    pub(crate) fn abandon(slot: &Slot) {
        if let Ok(mut g) = slot.lock() {
            if g.is_none() {
                *g = Some(Err("abandoned".into()));
            }
        }
    }

    /// Call with the writer lock held. Returns this caller's result: committed by an
    /// earlier leader, or by `commit` over the drained queue (which holds `slot`).
    pub(crate) fn run(
        &self,
        slot: &Slot,
        commit: impl FnOnce(&[Prepared]) -> Result<Vec<Appended>, Error>,
    ) -> Result<Appended, Error> {
        if let Some(done) = slot.lock().map_err(|_| Error::Poisoned)?.take() {
            return done.map_err(Error::BatchFailed);
        }
        let batch = std::mem::take(&mut *self.queue.lock().map_err(|_| Error::Poisoned)?);
        // Skip entries whose caller gave up (see `abandon`): it was told "not stored".
        let (prepared, slots): (Vec<Prepared>, Vec<Slot>) = batch
            .into_iter()
            .filter(|(_, s)| s.lock().is_ok_and(|g| g.is_none()))
            .unzip();
        let result = commit(&prepared);
        let mut mine = Err(Error::BatchFailed("entry was not in the batch".into()));
        match result {
            Ok(appended) => {
                for (s, a) in slots.iter().zip(appended) {
                    if Arc::ptr_eq(s, slot) {
                        mine = Ok(a);
                    } else if let Ok(mut g) = s.lock() {
                        *g = Some(Ok(a));
                    }
                }
            }
            Err(e) => {
                let msg = e.to_string();
                for s in &slots {
                    if !Arc::ptr_eq(s, slot) {
                        if let Ok(mut g) = s.lock() {
                            *g = Some(Err(msg.clone()));
                        }
                    }
                }
                mine = Err(e);
            }
        }
        mine
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn prepared(n: i64) -> Prepared {
        Prepared {
            body: n.to_string(),
            kind: "request",
            request_id: None,
            time: Timestamp(n),
            subjects: Vec::new(),
        }
    }

    fn appended(p: &Prepared) -> Appended {
        Appended {
            seq: p.time.millis() as u64,
            hash: String::new(),
            checkpoint: false,
        }
    }

    /// One leader commits everything queued; followers get their own results; an
    /// abandoned entry is never committed; a failed batch fails every member.
    #[test]
    fn group_commit_protocol() {
        let g = GroupCommit::default();
        let a = g.enqueue(prepared(1)).unwrap();
        let b = g.enqueue(prepared(2)).unwrap();
        let c = g.enqueue(prepared(3)).unwrap();
        GroupCommit::abandon(&b);
        let mut committed = Vec::new();
        let mine = g
            .run(&a, |items| {
                committed = items.iter().map(|p| p.time.millis()).collect();
                Ok(items.iter().map(appended).collect())
            })
            .unwrap();
        assert_eq!(committed, vec![1, 3], "the abandoned entry is skipped");
        assert_eq!(mine.seq, 1);
        // The follower finds its result without committing anything itself.
        let theirs = g.run(&c, |_| panic!("a follower must not commit")).unwrap();
        assert_eq!(theirs.seq, 3);

        let d = g.enqueue(prepared(4)).unwrap();
        let e = g.enqueue(prepared(5)).unwrap();
        assert!(g.run(&d, |_| Err(Error::Poisoned)).is_err());
        assert!(matches!(
            g.run(&e, |_| panic!("already failed")),
            Err(Error::BatchFailed(_))
        ));
    }
}
