//! The hash chain: sealing entries and verifying a stored chain.
//!
//! Entry `n` stores `prev_hash` (the hash of entry `n-1`, or 32 zero bytes for the
//! very first entry), its `body` (canonical JSON of an [`Event`]), and
//!
//! ```text
//! hash = SHA-256("poortwachter/audit/entry/v1\0" ‖ prev_hash ‖ body)
//! mac  = HMAC-SHA256(chain_key, "entry\0" ‖ hash)
//! ```
//!
//! The hash links each entry to its predecessor, so changing, removing, inserting or
//! moving one entry breaks the chain at that point; the MAC, keyed with a key derived
//! from the audit secret, means an entry cannot be forged or the chain recomputed by
//! someone who can write the database but does not hold the key. Every
//! `checkpoint_interval` entries a checkpoint `(seq, hash, mac)` is written; its hash
//! can be kept outside the database as an anchor (`poortwachter audit checkpoint`),
//! which also catches a cut-off tail and a rewrite by a key holder.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::key::hmac_sha256;
use crate::trace::{hex, unhex};
use crate::{Error, Event, Timestamp};

/// The `prev_hash` of the first entry ever written.
pub(crate) const GENESIS: [u8; 32] = [0; 32];

pub(crate) fn entry_hash(prev: &[u8], body: &[u8]) -> [u8; 32] {
    let mut h = Sha256::new();
    h.update(b"poortwachter/audit/entry/v1\0");
    h.update(prev);
    h.update(body);
    h.finalize().into()
}

pub(crate) fn entry_mac(key: &[u8; 32], hash: &[u8]) -> [u8; 32] {
    hmac_sha256(key, &[b"entry\0", hash])
}

pub(crate) fn checkpoint_mac(key: &[u8; 32], seq: u64, hash: &[u8]) -> [u8; 32] {
    hmac_sha256(key, &[b"checkpoint\0", &seq.to_be_bytes(), hash])
}

/// Hash and MAC of an entry to be inserted after `prev`.
pub(crate) struct Sealed {
    pub(crate) hash: [u8; 32],
    pub(crate) mac: [u8; 32],
}

pub(crate) fn seal(key: &[u8; 32], prev: &[u8], body: &str) -> Sealed {
    let hash = entry_hash(prev, body.as_bytes());
    let mac = entry_mac(key, &hash);
    Sealed { hash, mac }
}

/// A checkpoint: the chain hash at a sequence number. Printed by
/// `poortwachter audit checkpoint` to be stored elsewhere, and accepted back by
/// [`crate::AuditStore::verify`] as an anchor.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Checkpoint {
    /// Sequence number of the entry.
    pub seq: u64,
    /// Its chain hash (hex).
    pub hash: String,
    /// When the checkpoint was taken.
    pub time: Timestamp,
}

/// One stored entry as the backends hand it to the verifier.
pub(crate) struct RawEntry {
    pub(crate) seq: u64,
    pub(crate) prev_hash: Vec<u8>,
    pub(crate) hash: Vec<u8>,
    pub(crate) mac: Vec<u8>,
    /// Raw bytes: a tampered body need not even be UTF-8.
    pub(crate) body: Vec<u8>,
    /// Subject hashes in the lookup index for this entry.
    pub(crate) indexed: Vec<String>,
    /// The columns stored beside the body for queries: time (ms), kind, request id.
    pub(crate) columns: (i64, String, Option<String>),
}

/// One stored checkpoint row.
pub(crate) struct RawCheckpoint {
    pub(crate) seq: u64,
    pub(crate) hash: Vec<u8>,
    pub(crate) mac: Vec<u8>,
}

/// What a backend offers the verifier.
pub(crate) trait RawSource {
    /// Calls `f` for every entry in ascending `seq`.
    fn scan(&self, f: &mut dyn FnMut(RawEntry) -> Result<(), Error>) -> Result<(), Error>;
    /// All checkpoint rows.
    fn checkpoints(&self) -> Result<Vec<RawCheckpoint>, Error>;
    /// The head row `(seq, hash)` the store keeps next to the chain.
    fn head(&self) -> Result<Option<(u64, Vec<u8>)>, Error>;
}

/// A finding of [`crate::AuditStore::verify`]: what is wrong and where.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "problem", rename_all = "snake_case")]
pub enum Problem {
    /// The entry's content no longer matches its hash: it was modified.
    Modified {
        /// The entry.
        seq: u64,
    },
    /// The entry's hash is consistent but its MAC is not: it was written or rewritten
    /// by someone without the audit key.
    NotAuthentic {
        /// The entry.
        seq: u64,
    },
    /// The entry is not authentic and the chain links around it: it was inserted.
    Inserted {
        /// The entry.
        seq: u64,
    },
    /// Entries between `after` and `before` are missing: deleted. `count` is known when
    /// the sequence numbers show a gap, unknown when the rest was renumbered.
    Deleted {
        /// Last intact entry before the gap.
        after: u64,
        /// First entry after the gap.
        before: u64,
        /// How many are missing, when the numbering shows it.
        count: Option<u64>,
    },
    /// The entry links to entry `links_to` instead of its predecessor: entries were reordered.
    Reordered {
        /// The entry.
        seq: u64,
        /// The entry it actually follows in the chain.
        links_to: u64,
    },
    /// The chain links but the sequence numbers jump: entries were renumbered.
    Renumbered {
        /// The entry.
        seq: u64,
    },
    /// The log does not start at entry 1 and no retention mark explains the start:
    /// entries before `first_seq` were deleted.
    StartNotAttested {
        /// First entry present.
        first_seq: u64,
    },
    /// The entry's body cannot be decoded.
    Unreadable {
        /// The entry.
        seq: u64,
    },
    /// The subject index for this entry differs from the hashes the entry holds
    /// (lookups would miss or invent records).
    SubjectIndexMismatch {
        /// The entry.
        seq: u64,
    },
    /// The columns stored beside the body for queries (time, kind, request id) no
    /// longer match it (lookups or retention would be misled).
    ColumnsMismatch {
        /// The entry.
        seq: u64,
    },
    /// The head the store keeps says the chain ended at `head_seq`, but the last entry
    /// present is `last_seq`: the tail was cut off (or written around the store).
    HeadMismatch {
        /// The head's sequence number.
        head_seq: u64,
        /// The last entry present (0 when none).
        last_seq: u64,
    },
    /// A checkpoint or anchor names an entry that is missing.
    CheckpointEntryMissing {
        /// The checkpoint's sequence number.
        seq: u64,
    },
    /// A checkpoint or anchor has a different hash than the entry: the chain was rewritten.
    CheckpointMismatch {
        /// The checkpoint's sequence number.
        seq: u64,
    },
    /// A stored checkpoint's MAC is wrong: it was forged.
    CheckpointNotAuthentic {
        /// The checkpoint's sequence number.
        seq: u64,
    },
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Problem::Modified { seq } => {
                write!(f, "entry {seq}: modified (content does not match its hash)")
            }
            Problem::NotAuthentic { seq } => {
                write!(
                    f,
                    "entry {seq}: not authentic (hash recomputed without the audit key)"
                )
            }
            Problem::Inserted { seq } => write!(
                f,
                "entry {seq}: inserted (not authentic, chain links around it)"
            ),
            Problem::Deleted {
                after,
                before,
                count: Some(n),
            } => {
                write!(f, "entries between {after} and {before}: {n} deleted")
            }
            Problem::Deleted {
                after,
                before,
                count: None,
            } => {
                write!(
                    f,
                    "entries between {after} and {before}: deleted (rest renumbered)"
                )
            }
            Problem::Reordered { seq, links_to } => {
                write!(
                    f,
                    "entry {seq}: reordered (it follows entry {links_to} in the chain)"
                )
            }
            Problem::Renumbered { seq } => {
                write!(f, "entry {seq}: renumbered (chain intact, sequence jumps)")
            }
            Problem::StartNotAttested { first_seq } => write!(
                f,
                "entries before {first_seq}: deleted without a retention mark"
            ),
            Problem::Unreadable { seq } => write!(f, "entry {seq}: body unreadable"),
            Problem::SubjectIndexMismatch { seq } => {
                write!(f, "entry {seq}: subject index altered")
            }
            Problem::ColumnsMismatch { seq } => {
                write!(
                    f,
                    "entry {seq}: query columns (time, kind, request id) altered"
                )
            }
            Problem::HeadMismatch { head_seq, last_seq } => write!(
                f,
                "head says the chain ends at {head_seq}, last entry is {last_seq}: tail cut off or written around the store"
            ),
            Problem::CheckpointEntryMissing { seq } => write!(f, "checkpoint {seq}: entry missing"),
            Problem::CheckpointMismatch { seq } => {
                write!(f, "checkpoint {seq}: hash differs (chain rewritten)")
            }
            Problem::CheckpointNotAuthentic { seq } => write!(f, "checkpoint {seq}: not authentic"),
        }
    }
}

/// The result of verifying a chain.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct VerifyReport {
    /// Entries read.
    pub entries: u64,
    /// First sequence number present.
    pub first_seq: Option<u64>,
    /// Last sequence number present.
    pub last_seq: Option<u64>,
    /// Hash of the last entry (hex): keep it as an anchor.
    pub last_hash: Option<String>,
    /// Stored checkpoints checked.
    pub checkpoints: u64,
    /// External anchors checked.
    pub anchors: u64,
    /// Retention marks seen.
    pub retention_marks: u64,
    /// Request ids with a request-phase entry but no completion (in flight, or the
    /// gateway stopped before the request ended). Not a tamper finding.
    pub open_requests: Vec<String>,
    /// Everything wrong, in chain order.
    pub problems: Vec<Problem>,
}

impl VerifyReport {
    /// True when no problem was found.
    pub fn is_ok(&self) -> bool {
        self.problems.is_empty()
    }
}

struct Prev {
    seq: u64,
    hash: Vec<u8>,
    authentic: bool,
    prev_hash: Vec<u8>,
}

/// Verifies everything `source` holds, with `anchors` kept outside the store.
pub(crate) fn verify(
    key: &[u8; 32],
    source: &dyn RawSource,
    anchors: &[Checkpoint],
) -> Result<VerifyReport, Error> {
    let mut report = VerifyReport::default();
    let mut prev: Option<Prev> = None;
    let mut first: Option<(u64, Vec<u8>)> = None;
    let mut marks: HashSet<(u64, Vec<u8>)> = HashSet::new();
    let mut max_mark: u64 = 0;
    let mut open: BTreeMap<String, u64> = BTreeMap::new();
    // Breaks to resolve in a second pass: (seq, prev_hash it links to, predecessor seq, predecessor authentic).
    let mut pending: Vec<(u64, Vec<u8>, u64, bool)> = Vec::new();

    let stored_cps = source.checkpoints()?;
    let mut wanted: HashMap<u64, Vec<u8>> = HashMap::new();
    for cp in &stored_cps {
        if cp.mac.as_slice() != checkpoint_mac(key, cp.seq, &cp.hash) {
            report
                .problems
                .push(Problem::CheckpointNotAuthentic { seq: cp.seq });
        }
        wanted.insert(cp.seq, cp.hash.clone());
    }
    let mut anchor_wanted: HashMap<u64, Vec<u8>> = HashMap::new();
    for a in anchors {
        anchor_wanted.insert(a.seq, unhex(&a.hash).unwrap_or_default());
    }
    let mut found: HashMap<u64, Vec<u8>> = HashMap::new();

    source.scan(&mut |row: RawEntry| {
        report.entries += 1;
        let content_ok = entry_hash(&row.prev_hash, &row.body).as_slice() == row.hash.as_slice();
        let mac_ok = entry_mac(key, &row.hash).as_slice() == row.mac.as_slice();
        if !content_ok {
            report.problems.push(Problem::Modified { seq: row.seq });
        } else if !mac_ok {
            report.problems.push(Problem::NotAuthentic { seq: row.seq });
        }
        if wanted.contains_key(&row.seq) || anchor_wanted.contains_key(&row.seq) {
            found.insert(row.seq, row.hash.clone());
        }
        let parsed = serde_json::from_slice::<Event>(&row.body);
        if let Ok(event) = &parsed {
            let request_id = match event {
                Event::Record(r) => Some(r.context.request_id.as_str().to_owned()),
                Event::Retention(_) => None,
            };
            if row.columns != (event.time().millis(), event.kind().to_owned(), request_id) {
                report.problems.push(Problem::ColumnsMismatch { seq: row.seq });
            }
        }
        match parsed {
            Ok(Event::Record(r)) => {
                match r.phase {
                    crate::Phase::Request { .. } => {
                        open.insert(r.context.request_id.as_str().to_owned(), row.seq);
                    }
                    crate::Phase::Completion(_) => {
                        open.remove(r.context.request_id.as_str());
                    }
                }
                let mut expected: Vec<String> = r.subjects().iter().map(ToString::to_string).collect();
                expected.sort();
                expected.dedup();
                let mut indexed = row.indexed.clone();
                indexed.sort();
                if expected != indexed {
                    report.problems.push(Problem::SubjectIndexMismatch { seq: row.seq });
                }
            }
            Ok(Event::Retention(m)) => {
                report.retention_marks += 1;
                max_mark = max_mark.max(m.through_seq);
                marks.insert((m.through_seq, unhex(&m.through_hash).unwrap_or_default()));
                if !row.indexed.is_empty() {
                    report.problems.push(Problem::SubjectIndexMismatch { seq: row.seq });
                }
            }
            Err(_) => report.problems.push(Problem::Unreadable { seq: row.seq }),
        }
        match &prev {
            None => first = Some((row.seq, row.prev_hash.clone())),
            Some(p) => {
                if row.prev_hash != p.hash {
                    if row.seq != p.seq + 1 {
                        report.problems.push(Problem::Deleted {
                            after: p.seq,
                            before: row.seq,
                            count: Some(row.seq - p.seq - 1),
                        });
                    } else if row.prev_hash == p.prev_hash && !p.authentic {
                        // The predecessor is foreign and we link to the entry before it.
                        if let Some(last) = report.problems.iter_mut().rev().find(|x| {
                            matches!(x, Problem::NotAuthentic { seq } | Problem::Modified { seq } if *seq == p.seq)
                        }) {
                            *last = Problem::Inserted { seq: p.seq };
                        }
                    } else {
                        pending.push((row.seq, row.prev_hash.clone(), p.seq, p.authentic));
                    }
                } else if row.seq != p.seq + 1 {
                    report.problems.push(Problem::Renumbered { seq: row.seq });
                }
            }
        }
        prev = Some(Prev {
            seq: row.seq,
            hash: row.hash,
            authentic: content_ok && mac_ok,
            prev_hash: row.prev_hash,
        });
        Ok(())
    })?;

    if !pending.is_empty() {
        let targets: HashSet<Vec<u8>> = pending.iter().map(|p| p.1.clone()).collect();
        let mut where_is: HashMap<Vec<u8>, u64> = HashMap::new();
        source.scan(&mut |row| {
            if targets.contains(&row.hash) {
                where_is.insert(row.hash, row.seq);
            }
            Ok(())
        })?;
        for (seq, links, pred, pred_authentic) in pending {
            if let Some(t) = where_is.get(&links) {
                report
                    .problems
                    .push(Problem::Reordered { seq, links_to: *t });
            } else if pred_authentic {
                report.problems.push(Problem::Deleted {
                    after: pred,
                    before: seq,
                    count: None,
                });
            }
            // else: the predecessor was rewritten (already reported as not authentic).
        }
        report.problems.sort_by_key(problem_seq);
    }

    // The start of the chain: entry 1 after the genesis, or attested by a retention mark.
    if let Some((seq, prev_hash)) = &first {
        let attested = if *seq == 1 {
            prev_hash.as_slice() == GENESIS
        } else {
            marks.contains(&(*seq - 1, prev_hash.clone()))
        };
        if !attested {
            report
                .problems
                .insert(0, Problem::StartNotAttested { first_seq: *seq });
        }
    }
    let first_seq = first.as_ref().map(|f| f.0);
    report.first_seq = first_seq;
    report.last_seq = prev.as_ref().map(|p| p.seq);
    report.last_hash = prev.as_ref().map(|p| hex(&p.hash));

    let last_seq = report.last_seq.unwrap_or(0);
    match source.head()? {
        Some((head_seq, head_hash)) => {
            let last_hash = prev
                .as_ref()
                .map(|p| p.hash.clone())
                .unwrap_or_else(|| GENESIS.to_vec());
            if head_seq != last_seq || (head_seq > 0 && head_hash != last_hash) {
                report
                    .problems
                    .push(Problem::HeadMismatch { head_seq, last_seq });
            }
        }
        None if report.entries > 0 => report.problems.push(Problem::HeadMismatch {
            head_seq: 0,
            last_seq,
        }),
        None => {}
    }

    // Checkpoints and anchors: before the first entry they must be covered by retention.
    let check = |seq: u64, hash: &[u8], problems: &mut Vec<Problem>| {
        if first_seq.is_some_and(|f| seq < f) && seq <= max_mark {
            return;
        }
        match found.get(&seq) {
            None => problems.push(Problem::CheckpointEntryMissing { seq }),
            Some(h) if h.as_slice() != hash => problems.push(Problem::CheckpointMismatch { seq }),
            Some(_) => {}
        }
    };
    let cp_seqs: BTreeSet<u64> = wanted.keys().copied().collect();
    for seq in cp_seqs {
        if let Some(h) = wanted.get(&seq) {
            check(seq, h, &mut report.problems);
        }
    }
    for a in anchors {
        let h = unhex(&a.hash).unwrap_or_default();
        check(a.seq, &h, &mut report.problems);
    }
    report.checkpoints = stored_cps.len() as u64;
    report.anchors = anchors.len() as u64;
    report.open_requests = open.into_keys().collect();
    Ok(report)
}

fn problem_seq(p: &Problem) -> u64 {
    match p {
        Problem::Modified { seq }
        | Problem::NotAuthentic { seq }
        | Problem::Inserted { seq }
        | Problem::Reordered { seq, .. }
        | Problem::Renumbered { seq }
        | Problem::Unreadable { seq }
        | Problem::SubjectIndexMismatch { seq }
        | Problem::ColumnsMismatch { seq }
        | Problem::CheckpointEntryMissing { seq }
        | Problem::CheckpointMismatch { seq }
        | Problem::CheckpointNotAuthentic { seq } => *seq,
        Problem::Deleted { before, .. } => *before,
        Problem::StartNotAttested { first_seq } => *first_seq,
        Problem::HeadMismatch { last_seq, .. } => *last_seq,
    }
}
