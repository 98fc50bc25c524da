//! Fail closed: audit failure, body limits, media, bad JSON, unreachable upstreams.

use std::sync::Arc;

use axum::http::StatusCode;
use gateway::FailingAuditSink;
use gateway::mock::MockUpstream;
use serde_json::json;

use crate::common::*;

/// When the audit record cannot be written, nothing is forwarded and the client gets 503.
#[tokio::test]
async fn audit_failure_forwards_nothing() {
    let mock = MockUpstream::start().await.unwrap();
    let app = gateway_with_sink(
        config(&mock.base_url(), &mock.base_url(), ""),
        Arc::new(FailingAuditSink),
    );
    let (r, v) = send(
        &app,
        post(
            "/v1/chat/completions",
            Some("pw-one"),
            &chat("local-model", "hallo"),
        ),
    )
    .await;
    assert_eq!(r.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(v["error"]["code"], "audit.unavailable");
    assert!(mock.recorded().is_empty());
}

/// Bodies over the limit are refused with 413 before anything is scanned or forwarded.
#[tokio::test]
async fn body_limit() {
    let mock = MockUpstream::start().await.unwrap();
    let gw = gateway(config(
        &mock.base_url(),
        &mock.base_url(),
        "[limits]\nmax_body_bytes = 200\n",
    ));
    let (r, v) = send_chat(&gw.app, Some("pw-one"), "local-model", &"x".repeat(500)).await;
    assert_eq!(r.status(), StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(v["error"]["code"], "request_too_large");
    assert!(mock.recorded().is_empty());
}

/// Invalid JSON is refused without quoting the input.
#[tokio::test]
async fn bad_json_not_quoted() {
    let mock = MockUpstream::start().await.unwrap();
    let gw = gateway(config(&mock.base_url(), &mock.base_url(), ""));
    let req = axum::http::Request::post("/v1/chat/completions")
        .header("authorization", "Bearer pw-one")
        .body(axum::body::Body::from(
            "{\"model\": \"local-model\", \"messages\": [Jan Jansen 111222333",
        ))
        .unwrap();
    let (r, v) = send(&gw.app, req).await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    assert_eq!(v["error"]["code"], "invalid_json");
    let msg = v["error"]["message"].as_str().unwrap();
    assert!(!msg.contains("Jan") && !msg.contains("111222333"), "{msg}");
}

/// Images (biometric-capable) are blocked by default, anywhere in the body; the upstream is not called.
#[tokio::test]
async fn media_blocked_by_default() {
    let mock = MockUpstream::start().await.unwrap();
    let gw = gateway(config(&mock.base_url(), &mock.base_url(), ""));
    let body = json!({"model": "local-model", "messages": [{"role": "user", "content": [
        {"type": "text", "text": "wie is dit?"},
        {"type": "image_url", "image_url": {"url": "data:image/png;base64,iVBORw0KGgo="}}
    ]}]});
    let (r, v) = send(&gw.app, post("/v1/chat/completions", Some("pw-one"), &body)).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(v["error"]["code"], "media.image");
    // A data URI hidden in an unknown field counts too.
    let body = json!({"model": "local-model", "messages": [{"role": "user", "content": "hoi"}], "extra": {"att": "data:audio/wav;base64,UklGR"}});
    let (r, v) = send(&gw.app, post("/v1/chat/completions", Some("pw-one"), &body)).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(v["error"]["code"], "media.audio");
    assert!(mock.recorded().is_empty());
    let ev = gw.audit.events();
    assert!(ev.iter().all(|e| e.decision == "block"));
    assert!(
        ev.iter()
            .any(|e| e.reasons.iter().any(|r| r.code == "media.image"))
    );
}

/// Media allowed for a purpose pass (the payload unscanned), dropped when the rule says redact.
#[tokio::test]
async fn media_allowed_or_dropped_per_purpose() {
    let mock = MockUpstream::start().await.unwrap();
    let extra = "[policy.purposes.general]\n[policy.purposes.hr.rules]\nmedia = \"redact\"\n[policy.purposes.beeld.rules]\nmedia = \"allow\"\n";
    let mut text = config_text(&mock.base_url(), &mock.base_url(), extra);
    text = text.replace(
        "purposes = [\"general\", \"hr\"]",
        "purposes = [\"general\", \"hr\", \"beeld\"]",
    );
    let cfg = gateway::Config::from_toml(&text, &|_| Some("k".into())).unwrap();
    let gw = gateway(cfg);
    let body = json!({"model": "local-model", "messages": [{"role": "user", "content": [
        {"type": "text", "text": "beschrijf"},
        {"type": "image_url", "image_url": {"url": "data:image/png;base64,iVBORw0KGgo="}}
    ]}]});
    for (purpose, forwarded_image) in [("beeld", true), ("hr", false)] {
        mock.clear();
        let req = axum::http::Request::post("/v1/chat/completions")
            .header("authorization", "Bearer pw-one")
            .header("x-poortwachter-purpose", purpose)
            .body(axum::body::Body::from(body.to_string()))
            .unwrap();
        let (r, _) = send(&gw.app, req).await;
        assert_eq!(r.status(), StatusCode::OK, "{purpose}");
        let got = mock.everything_received();
        assert_eq!(got.contains("iVBORw0KGgo="), forwarded_image, "{purpose}");
    }
}

/// An unreachable upstream becomes an OpenAI-shaped 502.
#[tokio::test]
async fn upstream_unreachable() {
    let gw = gateway(config("http://127.0.0.1:9/v1", "http://127.0.0.1:9/v1", ""));
    let (r, v) = send_chat(&gw.app, Some("pw-one"), "local-model", "hallo").await;
    assert_eq!(r.status(), StatusCode::BAD_GATEWAY);
    assert_eq!(v["error"]["code"], "upstream.unavailable");
}

/// Detection that does not finish within the limit refuses the request (fail closed).
#[tokio::test]
async fn detection_timeout_forwards_nothing() {
    let mock = MockUpstream::start().await.unwrap();
    let gw = gateway(config(
        &mock.base_url(),
        &mock.base_url(),
        "[limits]\ndetect_timeout_ms = 0\n",
    ));
    let (r, v) = send_chat(
        &gw.app,
        Some("pw-one"),
        "local-model",
        &"Dit is een lange tekst. ".repeat(2000),
    )
    .await;
    assert_eq!(r.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(v["error"]["code"], "detection.failed");
    assert!(mock.recorded().is_empty());
}

/// An upstream slower than the timeout becomes 504 in OpenAI's shape.
#[tokio::test]
async fn upstream_timeout() {
    let opts = gateway::mock::MockOptions {
        delay: std::time::Duration::from_millis(2500),
        ..Default::default()
    };
    let mock = MockUpstream::start_with(opts, "127.0.0.1:0").await.unwrap();
    let gw = gateway(config(
        &mock.base_url(),
        &mock.base_url(),
        "[limits]\nupstream_timeout_secs = 1\n",
    ));
    let (r, v) = send_chat(&gw.app, Some("pw-one"), "local-model", "hallo").await;
    assert_eq!(r.status(), StatusCode::GATEWAY_TIMEOUT);
    assert_eq!(v["error"]["code"], "upstream.timeout");
}

/// A client that goes away mid-stream drops the response body (and with it the upstream
/// connection) and leaves a `cancelled` completion record.
#[tokio::test]
async fn client_disconnect_cancels_stream() {
    use http_body_util_shim::first_frame;
    let opts = gateway::mock::MockOptions {
        fixed_answer_bytes: Some(2000),
        stream_chunks: 40,
        chunk_gap: std::time::Duration::from_millis(50),
        ..Default::default()
    };
    let mock = MockUpstream::start_with(opts, "127.0.0.1:0").await.unwrap();
    let gw = gateway(config(&mock.base_url(), &mock.base_url(), ""));
    let mut body = chat("local-model", "Schrijf een lang verhaal.");
    body["stream"] = json!(true);
    let resp = tower::ServiceExt::oneshot(
        gw.app.clone(),
        post("/v1/chat/completions", Some("pw-one"), &body),
    )
    .await
    .unwrap();
    assert_eq!(resp.status(), StatusCode::OK);
    let mut b = resp.into_body();
    assert!(first_frame(&mut b).await, "the stream started");
    drop(b);
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(3);
    loop {
        let cancelled = gw
            .audit
            .events()
            .iter()
            .any(|e| e.phase == gateway::AuditPhase::Completion && e.outcome == "cancelled");
        if cancelled {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "no cancelled completion record"
        );
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
}

/// Reads one data frame of a body without the http-body-util crate.
mod http_body_util_shim {
    use axum::body::Body;
    use futures_util::StreamExt;

    pub(crate) async fn first_frame(b: &mut Body) -> bool {
        let mut s = std::mem::take(b).into_data_stream();
        let got = matches!(s.next().await, Some(Ok(_)));
        // Keep the rest of the stream alive in `b`'s place until the caller drops it.
        *b = Body::from_stream(s);
        got
    }
}
