//! Authentication, purposes, models, health, metrics, headers.

use axum::body::Body;
use axum::http::{Request, StatusCode};
use gateway::mock::MockUpstream;
use serde_json::json;

use crate::common::*;

/// Health and readiness answer; metrics use only route/provider/decision/code labels.
#[tokio::test]
async fn health_ready_metrics() {
    let mock = MockUpstream::start().await.unwrap();
    let gw = gateway(config(&mock.base_url(), &mock.base_url(), ""));
    for path in ["/healthz", "/readyz"] {
        let (r, _) = send(&gw.app, Request::get(path).body(Body::empty()).unwrap()).await;
        assert_eq!(r.status(), StatusCode::OK, "{path}");
    }
    let (r, _) = send_chat(&gw.app, Some("pw-one"), "local-model", "hallo").await;
    assert_eq!(r.status(), StatusCode::OK);
    let (_, m) = send_text(
        &gw.app,
        Request::get("/metrics").body(Body::empty()).unwrap(),
    )
    .await;
    assert!(m.contains("poortwachter_http_requests_total{route=\"/v1/chat/completions\",provider=\"onprem\",decision=\"allow\"} 1"), "{m}");
    // The audit-derived counters: per decision, purpose and provider.
    assert!(m.contains("poortwachter_decisions_total{"), "{m}");
    assert!(m.contains("purpose=\""), "{m}");
    assert!(!m.contains("user-one") && !m.contains("pw-one") && !m.contains("hallo"));
}

/// A missing or wrong key gets 401 in OpenAI's error shape, and is audited.
#[tokio::test]
async fn unauthorized_is_openai_shaped() {
    let mock = MockUpstream::start().await.unwrap();
    let gw = gateway(config(&mock.base_url(), &mock.base_url(), ""));
    for key in [None, Some("pw-wrong")] {
        let (r, v) = send(
            &gw.app,
            post("/v1/chat/completions", key, &chat("local-model", "hallo")),
        )
        .await;
        assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
        assert_eq!(v["error"]["code"], "invalid_api_key");
        assert!(v["error"]["message"].is_string() && v["error"]["type"].is_string());
    }
    assert!(mock.recorded().is_empty());
    let refused: Vec<_> = gw
        .audit
        .events()
        .into_iter()
        .filter(|e| e.error == "invalid_api_key")
        .collect();
    assert_eq!(
        refused
            .iter()
            .filter(|e| e.phase == gateway::AuditPhase::Request)
            .count(),
        2
    );
    assert!(
        refused
            .iter()
            .filter(|e| e.phase == gateway::AuditPhase::Completion)
            .all(|e| e.outcome == "error" && e.status == Some(401))
    );
}

/// /v1/models lists only the models the key may use.
#[tokio::test]
async fn models_only_for_key() {
    let mock = MockUpstream::start().await.unwrap();
    let gw = gateway(config(&mock.base_url(), &mock.base_url(), ""));
    let get = |k: &str| {
        Request::get("/v1/models")
            .header("authorization", format!("Bearer {k}"))
            .body(Body::empty())
            .unwrap()
    };
    let (_, v) = send(&gw.app, get("pw-m1")).await;
    let ids: Vec<&str> = v["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["m1"]);
    let (_, v) = send(&gw.app, get("pw-one")).await;
    assert_eq!(v["data"].as_array().unwrap().len(), 3);
    let (r, v) = send_chat(&gw.app, Some("pw-m1"), "local-model", "x").await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    assert_eq!(v["error"]["code"], "model_not_allowed");
    let (r, v) = send_chat(&gw.app, Some("pw-one"), "gpt-unknown", "x").await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    assert_eq!(v["error"]["code"], "model_not_found");
}

/// Undeclared and disallowed purposes are refused with a clear message, in Dutch when asked.
#[tokio::test]
async fn purposes_enforced() {
    let mock = MockUpstream::start().await.unwrap();
    let gw = gateway(config(&mock.base_url(), &mock.base_url(), ""));
    let (r, v) = send_chat(&gw.app, Some("pw-nodefault"), "local-model", "x").await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    assert_eq!(v["error"]["code"], "purpose.undeclared");
    assert!(
        v["error"]["message"]
            .as_str()
            .unwrap()
            .contains("X-Poortwachter-Purpose")
    );
    let req = Request::post("/v1/chat/completions")
        .header("authorization", "Bearer pw-two")
        .header("x-poortwachter-purpose", "hr")
        .header("accept-language", "nl-NL,nl;q=0.9")
        .body(Body::from(chat("local-model", "x").to_string()))
        .unwrap();
    let (r, v) = send(&gw.app, req).await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    assert_eq!(v["error"]["code"], "purpose.not_allowed");
    assert!(
        v["error"]["message"]
            .as_str()
            .unwrap()
            .contains("niet toegestaan")
    );
    let req = Request::post("/v1/chat/completions")
        .header("authorization", "Bearer pw-one")
        .header("x-poortwachter-purpose", "hr")
        .body(Body::from(chat("local-model", "x").to_string()))
        .unwrap();
    let (r, _) = send(&gw.app, req).await;
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(
        mock.recorded().len(),
        1,
        "only the allowed request reached the upstream"
    );
    assert_eq!(gw.audit.events().last().unwrap().purpose, "hr");
}

/// Only allow-listed headers reach the upstream: the provider's key, never the client's headers.
#[tokio::test]
async fn only_allowlisted_headers_upstream() {
    let mock = MockUpstream::start().await.unwrap();
    let gw = gateway(config(&mock.base_url(), &mock.base_url(), ""));
    let req = Request::post("/v1/chat/completions?note=Jan")
        .header("authorization", "Bearer pw-one")
        .header("content-type", "application/json")
        .header("cookie", "session=abc")
        .header("x-user-name", "Jan Jansen")
        .header("openai-organization", "org-1")
        .body(Body::from(chat("local-model", "hallo").to_string()))
        .unwrap();
    let (r, _) = send(&gw.app, req).await;
    assert_eq!(r.status(), StatusCode::OK);
    let rec = &mock.recorded()[0];
    assert_eq!(rec.uri, "/v1/chat/completions");
    let names: Vec<&str> = rec.headers.iter().map(|(k, _)| k.as_str()).collect();
    for n in &names {
        assert!(
            [
                "content-type",
                "accept",
                "authorization",
                "user-agent",
                "host",
                "content-length"
            ]
            .contains(n),
            "header {n} forwarded"
        );
    }
    let auth = rec
        .headers
        .iter()
        .find(|(k, _)| k == "authorization")
        .unwrap();
    assert_eq!(auth.1, "Bearer sk-onprem-secret");
}

/// Answers are marked AI-generated and carry the decision; the conversation id is returned.
#[tokio::test]
async fn response_headers() {
    let mock = MockUpstream::start().await.unwrap();
    let gw = gateway(config(&mock.base_url(), &mock.base_url(), ""));
    let (r, v) = send_chat(&gw.app, Some("pw-one"), "local-model", "Goedemorgen").await;
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(r.headers()["x-poortwachter-ai-generated"], "true");
    assert_eq!(r.headers()["x-poortwachter-decision"], "allow");
    assert!(r.headers().contains_key("x-poortwachter-conversation"));
    assert!(
        v["choices"][0]["message"]["content"]
            .as_str()
            .unwrap()
            .ends_with("Goedemorgen")
    );
    let _ = json!({});
}
