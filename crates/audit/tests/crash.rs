//! Crash test: processes appending to one store are killed with SIGKILL under load;
//! the chain still verifies and every request whose completion was acknowledged is
//! there. Runs on SQLite always and on PostgreSQL when its test server is configured.

use std::collections::BTreeSet;
use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use audit::{AuditStore, Event, Phase};

use crate::common::{completion, key, request};

const CHILD_ENV: &str = "POORTWACHTER_AUDIT_CRASH_CHILD";

/// Opens the store a spec names: `sqlite|PATH` or `postgres|URL|SCHEMA`.
fn open(spec: &str) -> Box<dyn AuditStore> {
    let parts: Vec<&str> = spec.split('|').collect();
    match parts[0] {
        "sqlite" => Box::new(
            audit::SqliteStore::open(parts[1].as_ref(), key(), audit::SqliteSync::Normal, 25)
                .unwrap(),
        ),
        #[cfg(feature = "postgres")]
        "postgres" => {
            Box::new(audit::PostgresStore::open(parts[1], parts[2], key(), 25, 1).unwrap())
        }
        other => panic!("unknown store kind {other}"),
    }
}

/// Not a test on its own: the body of a child process started by [`crash_test`].
/// Appends request/completion pairs until killed, printing `acked <id>` after each
/// completion is committed (what a client receiving its answer would see).
#[test]
#[ignore = "child process of the crash tests"]
fn child_appender() {
    let Ok(spec) = std::env::var(CHILD_ENV) else {
        return;
    };
    let (store_spec, tag) = spec.rsplit_once('|').unwrap();
    let store = open(store_spec);
    let hasher = key().subject_hasher();
    let mut out = std::io::stdout().lock();
    for i in 0.. {
        let id = format!("{tag}{i}");
        let subj = hasher
            .hash(detect::EntityKind::Email, &format!("{id}@example.org"))
            .into_iter()
            .collect();
        let mut req = request(i, subj);
        req.context.request_id = audit::Label::new("request_id", &id).unwrap();
        let mut done = completion(i);
        done.context.request_id = req.context.request_id.clone();
        store.append(&req).unwrap();
        store.append(&done).unwrap();
        writeln!(out, "acked {id}").unwrap();
        out.flush().unwrap();
    }
}

/// Two writer processes on the store `spec`, killed with SIGKILL mid-stream; then the
/// chain must verify and hold the completion of every acknowledged request.
fn crash_test(spec: &str) {
    // Create the store first so the children do not race on schema creation.
    drop(open(spec));
    let exe = std::env::current_exe().unwrap();
    let (tx, rx) = mpsc::channel::<String>();
    let mut children = Vec::new();
    for tag in ["a", "b"] {
        let mut child = Command::new(&exe)
            .args([
                "--exact",
                "crash::child_appender",
                "--ignored",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(CHILD_ENV, format!("{spec}|{tag}"))
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let tx = tx.clone();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if let Some(id) = line.strip_prefix("acked ") {
                    if tx.send(id.to_owned()).is_err() {
                        break;
                    }
                }
            }
        });
        children.push(child);
    }
    drop(tx);
    let mut acked = BTreeSet::new();
    let deadline = Instant::now() + Duration::from_secs(60);
    // Run until both writers have had many acknowledged requests, then kill mid-stream.
    let per = |acked: &BTreeSet<String>, t: char| acked.iter().filter(|a| a.starts_with(t)).count();
    while (acked.len() < 400 || per(&acked, 'a') < 50 || per(&acked, 'b') < 50)
        && Instant::now() < deadline
    {
        if let Ok(id) = rx.recv_timeout(Duration::from_millis(200)) {
            acked.insert(id);
        }
    }
    for child in &mut children {
        child.kill().unwrap(); // SIGKILL on Unix
        child.wait().unwrap();
    }
    // Anything acknowledged before the kill reached us through the pipe; drain it.
    while let Ok(id) = rx.recv_timeout(Duration::from_millis(200)) {
        acked.insert(id);
    }
    assert!(
        per(&acked, 'a') >= 50 && per(&acked, 'b') >= 50,
        "both writers must have run: {}",
        acked.len()
    );

    let store = open(spec);
    let report = store.verify(&[]).unwrap();
    assert!(report.is_ok(), "{:?}", report.problems);
    assert!(
        report.open_requests.len() <= 2,
        "at most one request in flight per child: {:?}",
        report.open_requests
    );
    let mut completed = BTreeSet::new();
    store
        .export(0, &mut |e| {
            if let Event::Record(r) = e.event {
                if let Phase::Completion(_) = r.phase {
                    completed.insert(r.context.request_id.as_str().to_owned());
                }
            }
            Ok(())
        })
        .unwrap();
    let missing: Vec<_> = acked.difference(&completed).collect();
    assert!(
        missing.is_empty(),
        "acknowledged but not in the log: {missing:?}"
    );
    // The store keeps working after the crash.
    store.append(&request(1, vec![])).unwrap();
    assert!(store.verify(&[]).unwrap().is_ok());
}

/// SQLite: two processes on one file, killed with SIGKILL under load.
#[test]
fn kill_9_under_load() {
    let dir = crate::common::TempDir::new("crash");
    crash_test(&format!("sqlite|{}", dir.path("audit.db").display()));
}

/// PostgreSQL: two gateway-like processes on one chain, killed with SIGKILL under load.
#[cfg(feature = "postgres")]
#[test]
fn kill_9_under_load_postgres() {
    let Ok(url) = std::env::var("POORTWACHTER_TEST_POSTGRES_URL") else {
        eprintln!(
            "crash::kill_9_under_load_postgres: skipped, POORTWACHTER_TEST_POSTGRES_URL is not set"
        );
        return;
    };
    let schema = format!("pw_test_crash_{}", std::process::id());
    crash_test(&format!("postgres|{url}|{schema}"));
    if let Ok(mut c) = postgres::Client::connect(&url, postgres::NoTls) {
        let _ = c.batch_execute(&format!("DROP SCHEMA IF EXISTS {schema} CASCADE"));
    }
}
