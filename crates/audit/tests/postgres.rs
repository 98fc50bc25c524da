//! The PostgreSQL store against a real server. Runs only when
//! `POORTWACHTER_TEST_POSTGRES_URL` is set (see `scripts/ci-postgres.sh`); each test
//! works in its own schema and drops it afterwards.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use audit::{AuditStore, PostgresStore, Problem, Timestamp};

use crate::common::{aged, completion, key, request};
use crate::dev_set::{Source, fill, leaks, load};

const URL_ENV: &str = "POORTWACHTER_TEST_POSTGRES_URL";

/// A schema of its own for one test, dropped on drop.
struct Schema {
    url: String,
    name: String,
}

impl Schema {
    fn new(tag: &str) -> Option<Self> {
        static N: AtomicU64 = AtomicU64::new(0);
        let Ok(url) = std::env::var(URL_ENV) else {
            eprintln!(
                "postgres::{tag}: skipped, {URL_ENV} is not set (run scripts/ci-postgres.sh)"
            );
            return None;
        };
        let name = format!(
            "pw_test_{tag}_{}_{}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        );
        Some(Schema { url, name })
    }

    fn open(&self) -> PostgresStore {
        PostgresStore::open(&self.url, &self.name, key(), 10, 2).unwrap()
    }

    fn client(&self) -> postgres::Client {
        postgres::Client::connect(&self.url, postgres::NoTls).unwrap()
    }
}

impl Drop for Schema {
    fn drop(&mut self) {
        if let Ok(mut c) = postgres::Client::connect(&self.url, postgres::NoTls) {
            let _ = c.batch_execute(&format!("DROP SCHEMA IF EXISTS {} CASCADE", self.name));
        }
    }
}

/// Append, verify, lookup, retention and export work on PostgreSQL as on SQLite.
#[test]
fn roundtrip() {
    let Some(schema) = Schema::new("roundtrip") else {
        return;
    };
    let store = schema.open();
    let hasher = key().subject_hasher();
    let h = |i: usize| {
        hasher
            .hash(detect::EntityKind::Bsn, &format!("{:09}", 100_000_000 + i))
            .unwrap()
    };
    for i in 0..10 {
        store.append(&aged(request(i, vec![h(i)]), 500)).unwrap();
        store.append(&aged(completion(i), 500)).unwrap();
    }
    for i in 10..15 {
        store.append(&request(i, vec![h(i), h(0)])).unwrap();
        store.append(&completion(i)).unwrap();
    }
    let report = store.verify(&[]).unwrap();
    assert!(report.is_ok(), "{:?}", report.problems);
    assert_eq!((report.entries, report.checkpoints), (30, 3));
    // Lookup returns both phases of every request that mentions the subject.
    let found = store.subject_lookup(&[h(0)]).unwrap();
    assert_eq!(found.len(), 2 + 5 * 2);
    let anchor = store.head().unwrap().unwrap();
    let out = store
        .apply_retention(Timestamp::now().minus_days(365))
        .unwrap();
    assert_eq!(out.removed, 20);
    let report = store.verify(&[anchor]).unwrap();
    assert!(report.is_ok(), "{:?}", report.problems);
    assert_eq!(store.subject_lookup(&[h(0)]).unwrap().len(), 10);
    let mut n = 0;
    store
        .export(0, &mut |_| {
            n += 1;
            Ok(())
        })
        .unwrap();
    assert_eq!(n, 11);
    // Reopening with another key is refused.
    let other = audit::AuditKey::from_secret(&[5u8; 32]).unwrap();
    assert!(matches!(
        PostgresStore::open(&schema.url, &schema.name, other, 10, 1),
        Err(audit::Error::WrongKey)
    ));
}

/// Several instances (own pools) and threads appending to one chain at once keep it linear.
#[test]
fn concurrent_instances_one_chain() {
    let Some(schema) = Schema::new("concurrent") else {
        return;
    };
    let stores: Vec<Arc<PostgresStore>> = (0..3).map(|_| Arc::new(schema.open())).collect();
    let mut threads = Vec::new();
    for (s, store) in stores.iter().enumerate() {
        for t in 0..2 {
            let store = Arc::clone(store);
            threads.push(std::thread::spawn(move || {
                for i in 0..40 {
                    let n = s * 1000 + t * 100 + i;
                    store.append(&request(n, vec![])).unwrap();
                    store.append(&completion(n)).unwrap();
                }
            }));
        }
    }
    for t in threads {
        t.join().unwrap();
    }
    let report = stores[0].verify(&[]).unwrap();
    assert!(report.is_ok(), "{:?}", report.problems);
    assert_eq!(report.entries, 3 * 2 * 40 * 2);
    assert_eq!(report.last_seq, Some(480));
    assert!(report.open_requests.is_empty());
}

/// Tampering with the PostgreSQL tables is found and located.
#[test]
fn tamper_detected() {
    let Some(schema) = Schema::new("tamper") else {
        return;
    };
    let store = schema.open();
    for i in 0..10 {
        store.append(&request(i, vec![])).unwrap();
        store.append(&completion(i)).unwrap();
    }
    let mut c = schema.client();
    let t = format!("{}.audit_entries", schema.name);
    c.execute(
        &format!("UPDATE {t} SET body = replace(body, 'purpose-a', 'purpose-b') WHERE seq = 4"),
        &[],
    )
    .unwrap();
    c.execute(&format!("DELETE FROM {t} WHERE seq = 12"), &[])
        .unwrap();
    c.execute(&format!("UPDATE {t} SET seq = -1 WHERE seq = 16"), &[])
        .unwrap();
    c.execute(&format!("UPDATE {t} SET seq = 16 WHERE seq = 17"), &[])
        .unwrap();
    c.execute(&format!("UPDATE {t} SET seq = 17 WHERE seq = -1"), &[])
        .unwrap();
    let p = store.verify(&[]).unwrap().problems;
    assert!(p.contains(&Problem::Modified { seq: 4 }), "{p:?}");
    assert!(
        p.contains(&Problem::Deleted {
            after: 11,
            before: 13,
            count: Some(1)
        }),
        "{p:?}"
    );
    assert!(
        p.contains(&Problem::Reordered {
            seq: 16,
            links_to: 17
        }),
        "{p:?}"
    );
}

/// No gold entity string of the dev set occurs in any PostgreSQL table.
#[test]
fn no_gold_string_in_tables() {
    let Some(schema) = Schema::new("devset") else {
        return;
    };
    let Some(docs) = load() else { return };
    let store = schema.open();
    fill(&store, &docs, Source::Gold);
    let mut c = schema.client();
    let mut text = String::new();
    for table in [
        "audit_entries",
        "audit_subjects",
        "audit_checkpoints",
        "audit_head",
        "audit_meta",
    ] {
        for row in c
            .query(
                &format!("SELECT t::text FROM {}.{table} t", schema.name),
                &[],
            )
            .unwrap()
        {
            text.push_str(row.get::<_, &str>(0));
            text.push('\n');
        }
    }
    assert!(text.lines().count() > docs.len());
    let (checked, hits) = leaks(&docs, &text, text.as_bytes());
    assert!(checked > 1000);
    assert!(
        hits.is_empty(),
        "gold strings found in PostgreSQL: {hits:?}"
    );
}

/// When the database drops the connection, the append in flight fails (so a
/// fail-closed gateway refuses that request), the next one reconnects, and nothing
/// half-written is left behind.
#[test]
fn connection_loss_fails_closed_then_recovers() {
    let Some(schema) = Schema::new("reconnect") else {
        return;
    };
    // Tag this store's connections so only they are terminated (tests run in parallel).
    let app = schema.name.clone();
    let sep = if schema.url.contains('?') { '&' } else { '?' };
    let url = format!("{}{sep}application_name={app}", schema.url);
    let store = PostgresStore::open(&url, &schema.name, key(), 10, 1).unwrap();
    store.append(&request(1, vec![])).unwrap();
    let mut admin = schema.client();
    let killed: i64 = admin
        .query_one(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity
             WHERE application_name = $1",
            &[&app],
        )
        .unwrap()
        .get(0);
    assert!(killed >= 1, "no store connection to terminate");
    // The append right after the loss either fails (the client had not noticed yet)
    // or reconnects first; an Err must mean "not stored".
    let first = store.append(&request(2, vec![]));
    store.append(&request(3, vec![])).unwrap();
    let report = store.verify(&[]).unwrap();
    assert!(report.is_ok(), "{:?}", report.problems);
    assert_eq!(report.entries, if first.is_ok() { 3 } else { 2 });
    let mut ids = Vec::new();
    store
        .export(0, &mut |e| {
            if let audit::Event::Record(r) = e.event {
                ids.push(r.context.request_id.as_str().to_owned());
            }
            Ok(())
        })
        .unwrap();
    assert_eq!(
        ids.contains(&"req-2".to_owned()),
        first.is_ok(),
        "req-2 is stored exactly when its append succeeded"
    );
}

/// An unreachable server is an error at open, not a silent fallback.
#[test]
fn unreachable_server_is_an_error() {
    if std::env::var(URL_ENV).is_err() {
        eprintln!("postgres::unreachable: skipped, {URL_ENV} is not set");
        return;
    }
    let err = PostgresStore::open(
        "postgres://postgres@127.0.0.1:1/none",
        "public",
        key(),
        10,
        1,
    );
    assert!(err.is_err());
}
