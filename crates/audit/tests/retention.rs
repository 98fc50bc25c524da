//! Retention removes old entries and leaves a chain that still verifies.

use audit::{AuditStore, Problem, Timestamp};

use crate::common::{TempDir, aged, completion, key, open_sqlite, request};

/// Old entries go, new ones stay, a mark attests the start, and lookups follow.
#[test]
fn retention_keeps_chain_verifiable() {
    let dir = TempDir::new("retention");
    let path = dir.path("audit.db");
    let store = open_sqlite(&path);
    let hasher = key().subject_hasher();
    let h = |i: usize| {
        hasher
            .hash(detect::EntityKind::Email, &format!("p{i}@example.org"))
            .unwrap()
    };
    for i in 0..12 {
        store.append(&aged(request(i, vec![h(i)]), 400)).unwrap();
        store.append(&aged(completion(i), 400)).unwrap();
    }
    for i in 12..20 {
        store.append(&request(i, vec![h(i)])).unwrap();
        store.append(&completion(i)).unwrap();
    }
    let out = store
        .apply_retention(Timestamp::now().minus_days(365))
        .unwrap();
    assert_eq!(out.removed, 24);
    assert_eq!(out.through_seq, Some(24));
    assert_eq!(out.mark_seq, Some(41));
    let report = store.verify(&[]).unwrap();
    assert!(report.is_ok(), "{:?}", report.problems);
    assert_eq!(report.first_seq, Some(25));
    assert_eq!(report.retention_marks, 1);
    assert!(store.subject_lookup(&[h(3)]).unwrap().is_empty());
    assert_eq!(store.subject_lookup(&[h(15)]).unwrap().len(), 2);

    // A second run with nothing old enough changes nothing.
    assert_eq!(
        store
            .apply_retention(Timestamp::now().minus_days(365))
            .unwrap()
            .removed,
        0
    );
    // Appends continue on the chain; a later retention covers the earlier mark too.
    store.append(&request(99, vec![])).unwrap();
    let out = store
        .apply_retention(Timestamp(Timestamp::now().millis() + 86_400_000))
        .unwrap();
    assert_eq!(out.removed, 18);
    let report = store.verify(&[]).unwrap();
    assert!(report.is_ok(), "{:?}", report.problems);
    assert_eq!(report.entries, 1);

    // Deleting beyond what retention attested is still caught.
    drop(store);
    let store = open_sqlite(&path);
    store.append(&request(100, vec![])).unwrap();
    store.append(&request(101, vec![])).unwrap();
    let c = rusqlite::Connection::open(&path).unwrap();
    let first: i64 = c
        .query_row("SELECT MIN(seq) FROM audit_entries", [], |r| r.get(0))
        .unwrap();
    c.execute("DELETE FROM audit_entries WHERE seq = ?1", [first])
        .unwrap();
    assert_eq!(
        store.verify(&[]).unwrap().problems,
        vec![Problem::StartNotAttested {
            first_seq: first as u64 + 1
        }]
    );
}
