//! Many threads appending to one store (group commit) keep one linear, complete chain.

use std::collections::BTreeMap;
use std::sync::Arc;

use audit::{AuditStore, Event};

use crate::common::{TempDir, key, request};

/// Every append returns its own sequence number, and the entry stored there is the
/// record that append was given.
#[test]
fn threads_share_commits_without_losing_records() {
    let dir = TempDir::new("concurrency");
    let store = Arc::new(
        audit::SqliteStore::open(&dir.path("audit.db"), key(), audit::SqliteSync::Full, 50)
            .unwrap(),
    );
    let threads: Vec<_> = (0..8)
        .map(|t| {
            let store = Arc::clone(&store);
            std::thread::spawn(move || {
                (0..40)
                    .map(|i| {
                        let n = t * 1000 + i;
                        (
                            store.append(&request(n, vec![])).unwrap().seq,
                            format!("req-{n}"),
                        )
                    })
                    .collect::<Vec<_>>()
            })
        })
        .collect();
    let mut given: BTreeMap<u64, String> = BTreeMap::new();
    for t in threads {
        for (seq, id) in t.join().unwrap() {
            assert!(
                given.insert(seq, id).is_none(),
                "sequence number {seq} returned twice"
            );
        }
    }
    assert_eq!(
        given.keys().copied().collect::<Vec<_>>(),
        (1..=320).collect::<Vec<_>>()
    );
    let mut stored = BTreeMap::new();
    store
        .export(0, &mut |e| {
            if let Event::Record(r) = e.event {
                stored.insert(e.seq, r.context.request_id.as_str().to_owned());
            }
            Ok(())
        })
        .unwrap();
    assert_eq!(stored, given);
    let report = store.verify(&[]).unwrap();
    assert!(report.is_ok(), "{:?}", report.problems);
    assert_eq!(report.checkpoints, 6);
}
