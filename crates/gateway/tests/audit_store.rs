//! The real `audit` store behind the gateway: two chained records per request, no raw
//! values in the database, subject hashes findable, and fail-closed appends.

use std::sync::Arc;

use axum::http::StatusCode;
use gateway::StoreSink;
use gateway::mock::MockUpstream;
use serde_json::json;

use crate::common::*;

fn store(dir: &std::path::Path) -> (Arc<dyn audit::AuditStore>, audit::AuditKey) {
    let key =
        audit::AuditKey::from_secret(b"an audit secret of at least thirty-two bytes!").unwrap();
    let store: Arc<dyn audit::AuditStore> = Arc::new(
        audit::SqliteStore::open(
            &dir.join("audit.db"),
            key.clone(),
            audit::SqliteSync::Normal,
            100,
        )
        .unwrap(),
    );
    (store, key)
}

/// Each request leaves a request and a completion record; the chain verifies; the database
/// file holds none of the values; a subject lookup by keyed hash finds the request.
#[tokio::test]
async fn records_in_sqlite_store() {
    let dir = std::env::temp_dir().join(format!("pw-gw-audit-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let (store, key) = store(&dir);
    let mock = MockUpstream::start().await.unwrap();
    let app = gateway_with_sink(
        config(&mock.base_url(), &mock.base_url(), ""),
        Arc::new(StoreSink::new(Arc::clone(&store), &key, true)),
    );
    let text =
        "Stuur de brief naar jan.devries@example.nl en bel 06-12345678. IBAN NL91ABNA0417164300.";
    let (r, _) = send(
        &app,
        post(
            "/v1/chat/completions",
            Some("pw-one"),
            &chat("local-model", text),
        ),
    )
    .await;
    assert_eq!(r.status(), StatusCode::OK);
    let mut stream_body = chat("local-model", text);
    stream_body["stream"] = json!(true);
    let (r, _) = send_text(
        &app,
        post("/v1/chat/completions", Some("pw-one"), &stream_body),
    )
    .await;
    assert_eq!(r.status(), StatusCode::OK);
    let (r, _) = send(
        &app,
        post(
            "/v1/chat/completions",
            Some("pw-one"),
            &chat("local-model", "Mijn wachtwoord is: Zomer2024!Geheim"),
        ),
    )
    .await;
    assert!(r.status().is_client_error() || r.status() == StatusCode::OK);
    // The stream task writes its completion record asynchronously.
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    let report = store.verify(&[]).unwrap();
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    assert_eq!(report.entries, 6, "request + completion for three requests");
    assert!(
        report.open_requests.is_empty(),
        "every request completed: {:?}",
        report.open_requests
    );
    // The completion record keeps the model version and token counts the upstream reported.
    let mut exported = String::new();
    store
        .export(0, &mut |e| {
            exported.push_str(&serde_json::to_string(&e).unwrap());
            Ok(())
        })
        .unwrap();
    assert!(
        exported.contains("\"model_version\":\"local-model\""),
        "model version recorded: {exported}"
    );
    assert!(
        exported.contains("\"tokens\":{\"prompt\":"),
        "token counts recorded: {exported}"
    );
    // The password request is refused or forwarded depending on the policy; every
    // forwarded completion, the streamed one too, has the model version.
    let forwarded = exported.matches("\"outcome\":\"forwarded\"").count();
    assert!(forwarded >= 2, "both chat requests forwarded: {exported}");
    assert_eq!(
        exported.matches("\"model_version\":").count(),
        forwarded,
        "every forwarded completion, the streamed one too, has the model version: {exported}"
    );
    let hasher = key.subject_hasher();
    let h = hasher
        .hash(detect::EntityKind::Email, "jan.devries@example.nl")
        .unwrap();
    assert!(
        !store.subject_lookup(&[h]).unwrap().is_empty(),
        "subject lookup finds the request"
    );
    drop(app);
    drop(store);
    let mut raw = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        raw.extend(std::fs::read(entry.unwrap().path()).unwrap());
    }
    let raw = String::from_utf8_lossy(&raw);
    for v in [
        "jan.devries",
        "06-12345678",
        "NL91ABNA0417164300",
        "Zomer2024",
    ] {
        assert!(!raw.contains(v), "the audit database holds a raw value");
    }
    let _ = std::fs::remove_dir_all(&dir);
}
