//! `poortwachter serve` with its real audit store: the demo's embedded SQLite default,
//! the development set through the gateway (no value in the store, the TRACE log or
//! `/metrics`), and a gateway killed with SIGKILL under load.

use std::collections::BTreeSet;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use futures_util::StreamExt;
use gateway::mock::{MockOptions, MockUpstream};
use serde_json::{Value, json};

use super::common::{Server, start_server};

/// Audit secret of these tests (≥ 32 bytes).
const KEY: &str = "gateway-audit-test-secret-0123456789abcdef0123456789abcdef";

/// Starts the binary in `dir` with `args` at TRACE level, the audit key variable set to
/// `key` (or removed), and waits for its address.
fn spawn(args: &[&str], dir: &Path, key: Option<&str>) -> Server {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_poortwachter"));
    cmd.args(args)
        .current_dir(dir)
        .env_remove("POORTWACHTER_AUDIT_KEY");
    if let Some(k) = key {
        cmd.env("POORTWACHTER_AUDIT_KEY", k);
    }
    start_server(cmd)
}

/// Runs the binary in `dir` with the audit key variable set to `key` (or removed);
/// returns whether it succeeded and its output.
fn cli(args: &[&str], dir: &Path, key: Option<&str>) -> (bool, String) {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_poortwachter"));
    cmd.args(args)
        .current_dir(dir)
        .env_remove("POORTWACHTER_AUDIT_KEY");
    if let Some(k) = key {
        cmd.env("POORTWACHTER_AUDIT_KEY", k);
    }
    let out = cmd.output().unwrap();
    (
        out.status.success(),
        format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ),
    )
}

/// A fresh empty directory for one test.
fn fresh_dir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("pw-gw-audit-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// A gateway config in `dir` with the mock provider and `audit` as the `[audit]` section body.
fn config(dir: &Path, mock_url: &str, audit: &str) -> PathBuf {
    let text = super::common::gateway_config(mock_url, &format!("\n[audit]\n{audit}\n"));
    let path = dir.join("poortwachter.toml");
    std::fs::write(&path, text).unwrap();
    path
}

/// Runs `f` on a thread of its own: the PostgreSQL client blocks on a runtime of its own,
/// which tokio refuses inside a test's runtime.
fn off_runtime<T: Send>(f: impl FnOnce() -> T + Send) -> T {
    std::thread::scope(|s| s.spawn(f).join().unwrap())
}

/// Every entry of the store as (kind, request id); kind is `request`, `completion` or `retention`.
fn entries(store: &str, schema: Option<&str>) -> Vec<(String, String)> {
    off_runtime(|| entries_now(store, schema))
}

fn entries_now(store: &str, schema: Option<&str>) -> Vec<(String, String)> {
    let mut config = audit::AuditConfig {
        store: store.to_owned(),
        ..audit::AuditConfig::default()
    };
    if let Some(s) = schema {
        config.postgres_schema = s.to_owned();
    }
    let store = config
        .open_with_key(audit::AuditKey::from_secret(KEY.as_bytes()).unwrap())
        .unwrap();
    let mut out = Vec::new();
    store
        .export(0, &mut |e| {
            let id = match &e.event {
                audit::Event::Record(r) => r.context.request_id.as_str().to_owned(),
                audit::Event::Retention(_) => String::new(),
            };
            out.push((e.event.kind().to_owned(), id));
            Ok(())
        })
        .unwrap();
    out
}

/// Request ids that have a completion entry.
fn completed(entries: &[(String, String)]) -> BTreeSet<String> {
    entries
        .iter()
        .filter(|(k, _)| k == "completion")
        .map(|(_, id)| id.clone())
        .collect()
}

/// The text of every entry of the store (JSON lines), as `audit export` writes it.
fn export_text(store: &str, schema: Option<&str>) -> String {
    off_runtime(|| export_text_now(store, schema))
}

fn export_text_now(store: &str, schema: Option<&str>) -> String {
    let mut config = audit::AuditConfig {
        store: store.to_owned(),
        ..audit::AuditConfig::default()
    };
    if let Some(s) = schema {
        config.postgres_schema = s.to_owned();
    }
    let store = config
        .open_with_key(audit::AuditKey::from_secret(KEY.as_bytes()).unwrap())
        .unwrap();
    let mut text = String::new();
    store
        .export(0, &mut |e| {
            text.push_str(&serde_json::to_string(&e).unwrap());
            text.push('\n');
            Ok(())
        })
        .unwrap();
    text
}

/// The README's first command, with nothing configured: the demo answers, audits into
/// `poortwachter-audit.db` in the working directory with a key generated once into a
/// 0600 file beside it (and says so), reuses that key on restart, and `audit verify`
/// passes with that key and fails without it or with another one.
#[tokio::test(flavor = "multi_thread")]
async fn demo_audits_into_sqlite() {
    let dir = fresh_dir("demo");
    let client = reqwest::Client::new();
    let mut ids = Vec::new();
    for round in 0..2 {
        let gw = spawn(&["serve", "--listen", "127.0.0.1:0"], &dir, None);
        let text = format!("Mail Jan Jansen op jan@example.nl, ronde {round}");
        let r = client
            .post(format!("{}/v1/chat/completions", gw.url))
            .header("authorization", "Bearer pw-demo")
            .header("content-type", "application/json")
            .body(
                json!({"model": "demo", "messages": [{"role": "user", "content": text}]})
                    .to_string(),
            )
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 200);
        assert_eq!(r.headers()["x-poortwachter-ai-generated"], "true");
        ids.push(r.headers()["x-request-id"].to_str().unwrap().to_owned());
        let v: Value = serde_json::from_str(&r.text().await.unwrap()).unwrap();
        assert!(
            v["choices"][0]["message"]["content"]
                .as_str()
                .unwrap()
                .ends_with(&text)
        );
        let log = gw.log();
        assert!(
            log.contains("DEMO AUDIT KEY"),
            "the demo warns about its generated key"
        );
        assert!(
            log.contains("audit verify --store"),
            "the demo says how to verify"
        );
        assert!(!log.contains("in memory only"));
    }
    let key_file = dir.join("poortwachter-audit.db.key");
    assert!(dir.join("poortwachter-audit.db").exists());
    let secret = std::fs::read_to_string(&key_file).unwrap();
    let secret = secret.trim_end();
    assert_eq!(secret.len(), 64);
    assert!(secret.bytes().all(|b| b.is_ascii_hexdigit()));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(&key_file).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }
    let (ok, out) = cli(
        &["audit", "verify", "--store", "poortwachter-audit.db"],
        &dir,
        Some(secret),
    );
    assert!(ok, "verify with the demo key: {out}");
    assert!(
        out.contains("entries 4"),
        "two requests, two phases each: {out}"
    );
    assert!(
        !cli(
            &["audit", "verify", "--store", "poortwachter-audit.db"],
            &dir,
            None
        )
        .0,
        "no key, no verify"
    );
    assert!(
        !cli(
            &["audit", "verify", "--store", "poortwachter-audit.db"],
            &dir,
            Some(KEY)
        )
        .0,
        "another key is refused"
    );
    // With the key variable set, the demo uses it and writes no key file; --audit moves the log.
    let dir2 = fresh_dir("demo-env");
    let gw = spawn(
        &["serve", "--listen", "127.0.0.1:0", "--audit", "elders.db"],
        &dir2,
        Some(KEY),
    );
    let r = client
        .post(format!("{}/v1/chat/completions", gw.url))
        .header("authorization", "Bearer pw-demo")
        .header("content-type", "application/json")
        .body(
            json!({"model": "demo", "messages": [{"role": "user", "content": "Hallo"}]})
                .to_string(),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    assert!(!gw.log().contains("DEMO AUDIT KEY"));
    drop(gw);
    assert!(!dir2.join("elders.db.key").exists() && !dir2.join("poortwachter-audit.db").exists());
    let (ok, out) = cli(
        &["audit", "verify", "--store", "elders.db"],
        &dir2,
        Some(KEY),
    );
    assert!(ok && out.contains("entries 2"), "{out}");
    let _ = std::fs::remove_dir_all(&dir);
    let _ = std::fs::remove_dir_all(&dir2);
}

/// The values that must not appear: every gold entity string, and for BSNs, phone
/// numbers and IBANs also their digits-only form.
fn gold_values(docs: &[Value]) -> Vec<(String, String)> {
    let mut values = Vec::new();
    for doc in docs {
        let id = doc["id"].as_str().unwrap();
        for e in doc["entities"].as_array().unwrap() {
            let (kind, text) = (e["type"].as_str().unwrap(), e["text"].as_str().unwrap());
            values.push((format!("{id} {kind}"), text.to_owned()));
            if matches!(kind, "BSN" | "PHONE" | "IBAN") {
                let digits: String = text.chars().filter(char::is_ascii_digit).collect();
                if digits != text {
                    values.push((format!("{id} {kind} (digits)"), digits));
                }
            }
        }
    }
    values
}

/// One response of the gateway: status, `x-request-id`, and whether the answer was complete.
struct Answer {
    status: u16,
    request_id: String,
    complete: bool,
}

/// Sends one chat message (streamed or not) and reads the whole answer.
async fn chat(
    client: &reqwest::Client,
    url: &str,
    conversation: &str,
    text: &str,
    stream: bool,
) -> Result<Answer, reqwest::Error> {
    let r = client
        .post(format!("{url}/v1/chat/completions"))
        .header("authorization", "Bearer pw-e2e")
        .header("content-type", "application/json")
        .header("x-poortwachter-conversation", conversation)
        .body(json!({"model": "mock-model", "stream": stream, "messages": [{"role": "user", "content": text}]}).to_string())
        .send()
        .await?;
    let status = r.status().as_u16();
    let request_id = r
        .headers()
        .get("x-request-id")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    let body = r.text().await?;
    let complete = if status != 200 {
        serde_json::from_str::<Value>(&body).is_ok_and(|v| v["error"]["code"].is_string())
    } else if stream {
        body.contains("data: [DONE]")
    } else {
        serde_json::from_str::<Value>(&body)
            .is_ok_and(|v| v["choices"][0]["message"]["content"].is_string())
    };
    Ok(Answer {
        status,
        request_id,
        complete,
    })
}

/// Sends every development document through a gateway configured with `audit` (half of
/// them streamed, four at a time), then checks the store's chain and that every request
/// has both records, and returns the gateway log, the /metrics page and the bytes of the
/// `raw` files as they were while the gateway ran (the SQLite WAL disappears once the last
/// connection closes).
async fn dev_set_through(
    docs: &[Value],
    dir: &Path,
    audit: &str,
    store: &str,
    schema: Option<&str>,
    raw: &[PathBuf],
) -> (String, String, Vec<(String, bool, Vec<u8>)>) {
    let mock = MockUpstream::start().await.unwrap();
    let cfg = config(dir, &mock.base_url(), audit);
    let gw = spawn(
        &["serve", "--config", cfg.to_str().unwrap()],
        dir,
        Some(KEY),
    );
    let client = reqwest::Client::new();
    let t0 = Instant::now();
    let answers: Vec<Answer> = futures_util::stream::iter(docs.iter().enumerate())
        .map(|(i, doc)| {
            let (client, url) = (&client, &gw.url);
            async move {
                let id = doc["id"].as_str().unwrap();
                chat(
                    client,
                    url,
                    &format!("leak-{id}"),
                    doc["text"].as_str().unwrap(),
                    i % 2 == 1,
                )
                .await
                .unwrap()
            }
        })
        .buffer_unordered(4)
        .collect()
        .await;
    let metrics = client
        .get(format!("{}/metrics", gw.url))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let forwarded = answers.iter().filter(|a| a.status == 200).count();
    eprintln!(
        "{} documents through the gateway in {:.1} s ({forwarded} answered, the rest refused)",
        docs.len(),
        t0.elapsed().as_secs_f64()
    );
    assert!(
        answers
            .iter()
            .all(|a| a.complete && !a.request_id.is_empty()),
        "every answer complete with an x-request-id"
    );
    tokio::time::sleep(Duration::from_millis(300)).await;
    let log = gw.log();
    let raw: Vec<(String, bool, Vec<u8>)> = raw
        .iter()
        .filter_map(|p| {
            Some((
                p.file_name()?.to_string_lossy().into_owned(),
                false,
                std::fs::read(p).ok()?,
            ))
        })
        .collect();
    drop(gw);
    let entries = entries(store, schema);
    assert_eq!(entries.len(), 2 * docs.len(), "two records per request");
    let done = completed(&entries);
    assert!(
        answers.iter().all(|a| done.contains(&a.request_id)),
        "every answer has its completion record"
    );
    // `verify` reads the [audit] section of ./poortwachter.toml (the gateway's config).
    let (ok, out) = cli(&["audit", "verify", "--store", store], dir, Some(KEY));
    assert!(ok, "audit verify: {out}");
    assert!(
        log.contains("request decided"),
        "TRACE logging was captured"
    );
    assert!(metrics.contains("poortwachter_"), "metrics were scraped");
    (log, metrics, raw)
}

/// Asserts that no value of `scanner` is in any of `sources` (name, is text, bytes): for
/// values of 8+ bytes anywhere in the bytes (any case), and in text sources also every
/// value as a whole token (any case). Raw database files are not searched for short values
/// as tokens: 2–7 letters occur between random hash bytes by chance (their text, the
/// entries, is searched).
fn assert_no_values(scanner: &audit::ValueScanner, sources: &[(String, bool, Vec<u8>)]) {
    let mut failures = Vec::new();
    for (name, text, bytes) in sources {
        let mut hits = scanner.scan_bytes(bytes);
        if *text {
            hits.extend(scanner.scan_text(&String::from_utf8_lossy(bytes)));
        }
        eprintln!("  {name}: {} bytes, {} hits", bytes.len(), hits.len());
        if !hits.is_empty() {
            // Labels are document ids and kinds, never the values.
            failures.push(format!(
                "{name}: {}",
                hits.into_iter().collect::<Vec<_>>().join(", ")
            ));
        }
    }
    assert!(failures.is_empty(), "values found: {failures:?}");
}

/// Every development document, as a chat message through the real binary with the SQLite
/// audit store: no gold entity string (nor the digits of a BSN, phone number or IBAN) is
/// in the database, its WAL and shared-memory files, any entry, the TRACE log or `/metrics`.
#[tokio::test(flavor = "multi_thread")]
async fn dev_set_leaves_no_value_sqlite() {
    let Some(docs) = super::common::dev_set() else {
        eprintln!("skipped: no development set (set POORTWACHTER_EVAL_DIR)");
        return;
    };
    let dir = fresh_dir("leak-sqlite");
    let db = dir.join("audit.db");
    let store = db.to_str().unwrap().to_owned();
    let files: Vec<PathBuf> = ["", "-wal", "-shm"]
        .iter()
        .map(|x| PathBuf::from(format!("{store}{x}")))
        .collect();
    let (log, metrics, raw) = dev_set_through(
        &docs,
        &dir,
        &format!("store = \"sqlite:{store}\"\nsqlite_sync = \"normal\""),
        &store,
        None,
        &files,
    )
    .await;
    let scanner = audit::ValueScanner::new(gold_values(&docs)).unwrap();
    eprintln!(
        "searching {} values ({} skipped: shorter than 2 characters or log vocabulary)",
        scanner.len(),
        scanner.skipped()
    );
    let mut sources = vec![
        (
            "entries".to_owned(),
            true,
            export_text(&store, None).into_bytes(),
        ),
        ("log".to_owned(), true, log.into_bytes()),
        ("metrics".to_owned(), true, metrics.into_bytes()),
    ];
    assert!(
        raw.iter()
            .any(|(n, _, b)| n == "audit.db-wal" && !b.is_empty()),
        "the WAL was read while the gateway ran"
    );
    sources.extend(raw);
    if let Ok(bytes) = std::fs::read(&db) {
        sources.push(("audit.db (after checkpoint)".to_owned(), false, bytes));
    }
    assert!(
        sources
            .iter()
            .any(|(n, _, b)| n.starts_with("audit.db (after") && b.len() > 4096),
        "the database was read"
    );
    assert_no_values(&scanner, &sources);
    let _ = std::fs::remove_dir_all(&dir);
}

/// The same with the PostgreSQL store when `POORTWACHTER_TEST_POSTGRES_URL` is set (and
/// the `postgres` feature built): no value in any entry of its tables, the log or `/metrics`.
#[tokio::test(flavor = "multi_thread")]
async fn dev_set_leaves_no_value_postgres() {
    let Ok(url) = std::env::var("POORTWACHTER_TEST_POSTGRES_URL") else {
        eprintln!("skipped: POORTWACHTER_TEST_POSTGRES_URL not set");
        return;
    };
    if !cfg!(feature = "postgres") {
        eprintln!(
            "skipped: built without the postgres feature (cargo test -p poortwachter-cli --features postgres)"
        );
        return;
    }
    let Some(docs) = super::common::dev_set() else {
        eprintln!("skipped: no development set (set POORTWACHTER_EVAL_DIR)");
        return;
    };
    let dir = fresh_dir("leak-postgres");
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos();
    let schema = format!("gw_leak_{}_{}", std::process::id(), nanos % 1_000_000_000);
    let (log, metrics, _) = dev_set_through(
        &docs,
        &dir,
        &format!("store = \"{url}\"\npostgres_schema = \"{schema}\""),
        &url,
        Some(&schema),
        &[],
    )
    .await;
    let scanner = audit::ValueScanner::new(gold_values(&docs)).unwrap();
    let sources = vec![
        (
            "entries".to_owned(),
            true,
            export_text(&url, Some(&schema)).into_bytes(),
        ),
        ("log".to_owned(), true, log.into_bytes()),
        ("metrics".to_owned(), true, metrics.into_bytes()),
    ];
    assert_no_values(&scanner, &sources);
    let _ = std::fs::remove_dir_all(&dir);
}

/// The gateway killed with SIGKILL under concurrent load (JSON and streamed answers in
/// flight) and restarted on the same SQLite file: `audit verify` passes, and every
/// request whose complete answer a client received has its completion record.
#[tokio::test(flavor = "multi_thread")]
async fn gateway_killed_under_load() {
    let dir = fresh_dir("crash");
    let options = MockOptions {
        stream_chunks: 8,
        chunk_gap: Duration::from_millis(5),
        fixed_answer_bytes: Some(256),
        ..MockOptions::default()
    };
    let mock = MockUpstream::start_with(options, "127.0.0.1:0")
        .await
        .unwrap();
    let db = dir.join("audit.db");
    let store = db.to_str().unwrap().to_owned();
    let cfg = config(
        &dir,
        &mock.base_url(),
        &format!("store = \"sqlite:{store}\"\nsqlite_sync = \"full\""),
    );
    let mut gw = spawn(
        &["serve", "--config", cfg.to_str().unwrap()],
        &dir,
        Some(KEY),
    );
    let client = reqwest::Client::new();
    let acked = Arc::new(Mutex::new(Vec::<String>::new()));
    let stop = Arc::new(AtomicBool::new(false));
    let mut workers = Vec::new();
    for w in 0..8 {
        let (client, url, acked, stop) = (
            client.clone(),
            gw.url.clone(),
            Arc::clone(&acked),
            Arc::clone(&stop),
        );
        workers.push(tokio::spawn(async move {
            let mut i = 0;
            while !stop.load(Ordering::Relaxed) {
                i += 1;
                let text = format!("Brief {w}-{i} aan Jan Jansen, jan{w}x{i}@example.nl");
                match chat(
                    &client,
                    &url,
                    &format!("crash-{w}-{i}"),
                    &text,
                    (w + i) % 2 == 0,
                )
                .await
                {
                    Ok(a) if a.status == 200 && a.complete => {
                        acked.lock().unwrap().push(a.request_id)
                    }
                    Ok(_) | Err(_) => {}
                }
            }
        }));
    }
    let t0 = Instant::now();
    while acked.lock().unwrap().len() < 60 && t0.elapsed() < Duration::from_secs(60) {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let _ = gw.child.kill(); // SIGKILL, mid-load
    let _ = gw.child.wait();
    let before_kill = acked.lock().unwrap().len();
    stop.store(true, Ordering::Relaxed);
    for w in workers {
        w.await.unwrap();
    }
    drop(gw);
    let mut acked: Vec<String> = acked.lock().unwrap().clone();
    assert!(
        before_kill >= 60,
        "load ran before the kill ({before_kill} answers)"
    );
    // Restart on the same file: the chain continues.
    let gw = spawn(
        &["serve", "--config", cfg.to_str().unwrap()],
        &dir,
        Some(KEY),
    );
    for i in 0..3 {
        let a = chat(
            &client,
            &gw.url,
            &format!("after-{i}"),
            "Nog een vraag",
            i % 2 == 0,
        )
        .await
        .unwrap();
        assert!(a.status == 200 && a.complete);
        acked.push(a.request_id);
    }
    drop(gw);
    let (ok, out) = cli(&["audit", "verify", "--store", &store], &dir, Some(KEY));
    assert!(ok, "audit verify after the kill: {out}");
    let entries = entries(&store, None);
    let done = completed(&entries);
    let ids: BTreeSet<&String> = acked.iter().collect();
    assert_eq!(
        ids.len(),
        acked.len(),
        "request ids are unique, also across the restart"
    );
    let missing = acked.iter().filter(|id| !done.contains(*id)).count();
    let open = entries
        .iter()
        .filter(|(k, _)| k == "request")
        .count()
        .saturating_sub(done.len());
    eprintln!(
        "crash test: {} answers acknowledged, {} entries, {open} open requests after SIGKILL; {}",
        acked.len(),
        entries.len(),
        out.trim()
    );
    assert_eq!(
        missing, 0,
        "acknowledged answers without a completion record"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
