//! Each kind of manipulation of a SQLite audit file is found and located by `verify`.

use audit::{AuditStore, Problem};
use rusqlite::{Connection, params};
use sha2::{Digest, Sha256};

use crate::common::{TempDir, completion, key, open_sqlite, request};

/// A store with `n` requests (2n entries, checkpoint every 10), returned with its dir.
fn filled(n: usize) -> (TempDir, std::path::PathBuf) {
    let dir = TempDir::new("tamper");
    let path = dir.path("audit.db");
    let store = open_sqlite(&path);
    let hasher = key().subject_hasher();
    for i in 0..n {
        let subj = hasher
            .hash(detect::EntityKind::Bsn, &format!("{:09}", 100_000_000 + i))
            .into_iter()
            .collect();
        store.append(&request(i, subj)).unwrap();
        store.append(&completion(i)).unwrap();
    }
    (dir, path)
}

fn raw(path: &std::path::Path) -> Connection {
    Connection::open(path).unwrap()
}

fn problems(path: &std::path::Path) -> Vec<Problem> {
    open_sqlite(path).verify(&[]).unwrap().problems
}

/// What a forger without the key can compute: the plain chain hash.
fn forged_hash(prev: &[u8], body: &str) -> Vec<u8> {
    let mut h = Sha256::new();
    h.update(b"poortwachter/audit/entry/v1\0");
    h.update(prev);
    h.update(body.as_bytes());
    h.finalize().to_vec()
}

fn body(c: &Connection, seq: i64) -> String {
    c.query_row(
        "SELECT body FROM audit_entries WHERE seq = ?1",
        [seq],
        |r| r.get(0),
    )
    .unwrap()
}

fn hash(c: &Connection, seq: i64) -> Vec<u8> {
    c.query_row(
        "SELECT hash FROM audit_entries WHERE seq = ?1",
        [seq],
        |r| r.get(0),
    )
    .unwrap()
}

/// An untouched log verifies, with no open requests.
#[test]
fn untouched_log_verifies() {
    let (_d, path) = filled(20);
    let report = open_sqlite(&path).verify(&[]).unwrap();
    assert!(report.is_ok(), "{:?}", report.problems);
    assert_eq!(report.entries, 40);
    assert_eq!(report.checkpoints, 4);
    assert!(report.open_requests.is_empty());
}

/// Changing an entry's content is reported as modified, at that entry.
#[test]
fn modified_entry() {
    let (_d, path) = filled(10);
    let c = raw(&path);
    let b = body(&c, 7).replace("purpose-a", "purpose-b");
    c.execute("UPDATE audit_entries SET body = ?1 WHERE seq = 7", [b])
        .unwrap();
    assert_eq!(problems(&path), vec![Problem::Modified { seq: 7 }]);
}

/// Changing content and recomputing its hash (without the key) is caught by the MAC.
#[test]
fn rewritten_entry_without_key() {
    let (_d, path) = filled(10);
    let c = raw(&path);
    let b = body(&c, 7).replace("purpose-a", "purpose-b");
    let h = forged_hash(&hash(&c, 6), &b);
    c.execute(
        "UPDATE audit_entries SET body = ?1, hash = ?2 WHERE seq = 7",
        params![b, h],
    )
    .unwrap();
    assert_eq!(problems(&path), vec![Problem::NotAuthentic { seq: 7 }]);
}

/// Deleting an entry is reported with the gap and its size.
#[test]
fn deleted_entry() {
    let (_d, path) = filled(10);
    raw(&path)
        .execute("DELETE FROM audit_entries WHERE seq = 5", [])
        .unwrap();
    assert_eq!(
        problems(&path),
        vec![Problem::Deleted {
            after: 4,
            before: 6,
            count: Some(1)
        }]
    );
}

/// Deleting an entry and renumbering the rest is still found at the right place.
#[test]
fn deleted_and_renumbered() {
    let (_d, path) = filled(5); // 10 entries, checkpoint at 10
    let c = raw(&path);
    c.execute("DELETE FROM audit_entries WHERE seq = 5", [])
        .unwrap();
    c.execute(
        "UPDATE audit_entries SET seq = -(seq - 1) WHERE seq > 5",
        [],
    )
    .unwrap();
    c.execute("UPDATE audit_entries SET seq = -seq WHERE seq < 0", [])
        .unwrap();
    c.execute("UPDATE audit_head SET seq = 9", []).unwrap();
    let p = problems(&path);
    assert!(
        p.contains(&Problem::Deleted {
            after: 4,
            before: 5,
            count: None
        }),
        "{p:?}"
    );
}

/// Inserting a forged entry in the middle (renumbering the rest) is reported as inserted.
#[test]
fn inserted_entry() {
    let (_d, path) = filled(10);
    let c = raw(&path);
    c.execute(
        "UPDATE audit_entries SET seq = -(seq + 1) WHERE seq >= 8",
        [],
    )
    .unwrap();
    c.execute("UPDATE audit_entries SET seq = -seq WHERE seq < 0", [])
        .unwrap();
    let prev = hash(&c, 7);
    let b = body(&c, 7).replace("req-3", "req-999");
    let h = forged_hash(&prev, &b);
    c.execute(
        "INSERT INTO audit_entries (seq, time_ms, kind, request_id, prev_hash, hash, mac, body)
         VALUES (8, 0, 'request', 'req-999', ?1, ?2, ?3, ?4)",
        params![prev, h, vec![0u8; 32], b],
    )
    .unwrap();
    c.execute("UPDATE audit_head SET seq = seq + 1", [])
        .unwrap();
    let p = problems(&path);
    assert!(p.contains(&Problem::Inserted { seq: 8 }), "{p:?}");
}

/// A forged entry appended at the end (head updated too) is not authentic.
#[test]
fn appended_forgery() {
    let (_d, path) = filled(3);
    let c = raw(&path);
    let prev = hash(&c, 6);
    let b = body(&c, 6);
    let h = forged_hash(&prev, &b);
    c.execute(
        "INSERT INTO audit_entries (seq, time_ms, kind, request_id, prev_hash, hash, mac, body)
         VALUES (7, (SELECT time_ms FROM audit_entries WHERE seq = 6), 'completion', 'req-2', ?1, ?2, ?3, ?4)",
        params![prev, h.clone(), vec![1u8; 32], b],
    )
    .unwrap();
    c.execute("UPDATE audit_head SET seq = 7, hash = ?1", [h])
        .unwrap();
    assert_eq!(problems(&path), vec![Problem::NotAuthentic { seq: 7 }]);
}

/// Swapping two entries is reported as reordered, at both.
#[test]
fn reordered_entries() {
    let (_d, path) = filled(10);
    let c = raw(&path);
    c.execute("UPDATE audit_entries SET seq = -1 WHERE seq = 5", [])
        .unwrap();
    c.execute("UPDATE audit_entries SET seq = 5 WHERE seq = 6", [])
        .unwrap();
    c.execute("UPDATE audit_entries SET seq = 6 WHERE seq = -1", [])
        .unwrap();
    let p = problems(&path);
    assert!(
        p.contains(&Problem::Reordered {
            seq: 5,
            links_to: 6
        }),
        "{p:?}"
    );
    assert!(
        p.contains(&Problem::Reordered {
            seq: 6,
            links_to: 4
        }),
        "{p:?}"
    );
    // The subject index is keyed by position, so it no longer fits the moved entries either.
    assert!(
        p.iter().all(|x| matches!(
            x,
            Problem::Reordered { .. } | Problem::SubjectIndexMismatch { .. }
        )),
        "{p:?}"
    );
}

/// Cutting off the tail is caught by the head row, and, when the head is fixed up as
/// well, by an anchor kept outside the store.
#[test]
fn truncated_tail() {
    let (_d, path) = filled(10);
    let anchor = open_sqlite(&path).head().unwrap().unwrap();
    assert_eq!(anchor.seq, 20);
    let c = raw(&path);
    c.execute("DELETE FROM audit_entries WHERE seq > 17", [])
        .unwrap();
    assert!(problems(&path).contains(&Problem::HeadMismatch {
        head_seq: 20,
        last_seq: 17
    }));
    let h = hash(&c, 17);
    c.execute("UPDATE audit_head SET seq = 17, hash = ?1", [h])
        .unwrap();
    c.execute("DELETE FROM audit_checkpoints WHERE seq > 17", [])
        .unwrap();
    assert!(
        problems(&path).is_empty(),
        "without an anchor the cut is invisible"
    );
    let p = open_sqlite(&path).verify(&[anchor]).unwrap().problems;
    assert_eq!(p, vec![Problem::CheckpointEntryMissing { seq: 20 }]);
}

/// Deleting the oldest entries without a retention run is reported.
#[test]
fn deleted_start() {
    let (_d, path) = filled(5);
    raw(&path)
        .execute("DELETE FROM audit_entries WHERE seq <= 3", [])
        .unwrap();
    assert_eq!(
        problems(&path),
        vec![Problem::StartNotAttested { first_seq: 4 }]
    );
}

/// Rewriting the whole chain without the key fails every MAC and the checkpoints.
#[test]
fn full_rewrite_without_key() {
    let (_d, path) = filled(5);
    let c = raw(&path);
    let mut prev = vec![0u8; 32];
    for seq in 1..=10 {
        let b = body(&c, seq).replace("provider-a", "provider-z");
        let h = forged_hash(&prev, &b);
        c.execute(
            "UPDATE audit_entries SET body = ?1, prev_hash = ?2, hash = ?3 WHERE seq = ?4",
            params![b, prev, h, seq],
        )
        .unwrap();
        prev = h;
    }
    c.execute("UPDATE audit_head SET hash = ?1", [prev])
        .unwrap();
    let p = problems(&path);
    assert_eq!(
        p.iter()
            .filter(|x| matches!(x, Problem::NotAuthentic { .. }))
            .count(),
        10,
        "{p:?}"
    );
    assert!(
        p.contains(&Problem::CheckpointMismatch { seq: 10 }),
        "{p:?}"
    );
}

/// Removing a subject-index row (so an access request would miss a record) is reported.
#[test]
fn subject_index_tampering() {
    let (_d, path) = filled(5);
    let c = raw(&path);
    c.execute("DELETE FROM audit_subjects WHERE seq = 3", [])
        .unwrap();
    assert_eq!(
        problems(&path),
        vec![Problem::SubjectIndexMismatch { seq: 3 }]
    );
}

/// A forged checkpoint row is reported.
#[test]
fn forged_checkpoint() {
    let (_d, path) = filled(10);
    raw(&path)
        .execute(
            "UPDATE audit_checkpoints SET mac = zeroblob(32) WHERE seq = 10",
            [],
        )
        .unwrap();
    assert_eq!(
        problems(&path),
        vec![Problem::CheckpointNotAuthentic { seq: 10 }]
    );
}

/// A store opened with another key is refused instead of silently mis-hashing.
#[test]
fn wrong_key_refused() {
    let (_d, path) = filled(1);
    let other = audit::AuditKey::from_secret(&[9u8; 40]).unwrap();
    let err = audit::SqliteStore::open(&path, other, audit::SqliteSync::Normal, 10).unwrap_err();
    assert!(matches!(err, audit::Error::WrongKey));
}

/// Changing the query columns beside the body (request id used by subject lookups,
/// time used by retention) is reported.
#[test]
fn query_columns_tampering() {
    let (_d, path) = filled(5);
    let c = raw(&path);
    c.execute(
        "UPDATE audit_entries SET request_id = 'req-x' WHERE seq = 3",
        [],
    )
    .unwrap();
    c.execute("UPDATE audit_entries SET time_ms = 0 WHERE seq = 8", [])
        .unwrap();
    assert_eq!(
        problems(&path),
        vec![
            Problem::ColumnsMismatch { seq: 3 },
            Problem::ColumnsMismatch { seq: 8 }
        ]
    );
}

/// Flipping any single byte of any stored entry (body, links, hash or MAC) is found,
/// at that entry or the next one, and never aborts verification.
#[test]
fn every_single_byte_change_is_found() {
    let (d, path) = filled(6); // 12 entries
    let mut checked = 0;
    for seq in 1..=12i64 {
        for column in ["body", "prev_hash", "hash", "mac"] {
            let copy = d.path(&format!("copy-{seq}-{column}.db"));
            std::fs::copy(&path, &copy).unwrap();
            let c = raw(&copy);
            let mut value: Vec<u8> = c
                .query_row(
                    &format!("SELECT CAST({column} AS BLOB) FROM audit_entries WHERE seq = ?1"),
                    [seq],
                    |r| r.get(0),
                )
                .unwrap();
            // A different byte each time, spread over the value.
            let at = (seq as usize * 7 + column.len() * 13) % value.len();
            value[at] ^= 0x20;
            let sql = if column == "body" {
                "UPDATE audit_entries SET body = CAST(?1 AS TEXT) WHERE seq = ?2".to_owned()
            } else {
                format!("UPDATE audit_entries SET {column} = ?1 WHERE seq = ?2")
            };
            c.execute(&sql, params![value, seq]).unwrap();
            drop(c);
            let p = problems(&copy);
            let seqs: Vec<String> = p.iter().map(|x| x.to_string()).collect();
            assert!(
                !p.is_empty(),
                "flip in {column} of entry {seq} went unnoticed"
            );
            assert!(
                seqs.iter().any(|m| m.contains(&format!("entry {seq}"))
                    || m.contains(&format!("entry {}", seq + 1))
                    || m.contains(&format!("between {} and", seq - 1))),
                "flip in {column} of entry {seq} reported elsewhere: {seqs:?}"
            );
            checked += 1;
        }
    }
    assert_eq!(checked, 48);
}

/// A store whose head row was removed refuses appends (fail closed) instead of
/// silently starting a new chain, and a store that cannot be opened is an error.
#[test]
fn broken_store_refuses_appends() {
    let (_d, path) = filled(2);
    raw(&path).execute("DELETE FROM audit_head", []).unwrap();
    let store = open_sqlite(&path);
    assert!(store.append(&request(9, vec![])).is_err());
    let report = store.verify(&[]).unwrap();
    assert_eq!(report.entries, 4, "nothing was written");
    assert_eq!(
        report.problems,
        vec![Problem::HeadMismatch {
            head_seq: 0,
            last_seq: 4
        }]
    );
    let missing = std::path::Path::new("/nonexistent-poortwachter-dir/audit.db");
    assert!(audit::SqliteStore::open(missing, key(), audit::SqliteSync::Full, 10).is_err());
}
