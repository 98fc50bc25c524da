//! End-to-end flows in-process: what reaches the upstream, what comes back.
//!
//! Assertions are stated against what the real detector finds in each text, so they hold
//! for any detector; `detector_finds_sample_values` guards against a vacuous pass.

use axum::body::Body;
use axum::http::{Request, StatusCode};
use gateway::mock::MockUpstream;
use serde_json::{Value, json};

use crate::common::*;

const SAMPLE: &str = "Kun je een korte mail opstellen aan Jan de Vries (jan.devries@example.nl, 06-12345678) \
over zijn aanvraag? Zijn IBAN is NL91ABNA0417164300 en hij woont op Dorpsstraat 12, 1234 AB Utrecht.";

fn assert_never_received(mock: &MockUpstream, text: &str) {
    let got = mock.everything_received();
    for v in detected_values(text) {
        assert!(
            !got.contains(&v),
            "upstream received a detected value of kind-length {}",
            v.len()
        );
    }
}

/// The sample holds values the detector must find (keeps the other tests non-vacuous).
#[test]
fn detector_finds_sample_values() {
    let f = detector().detect(SAMPLE);
    assert!(f.entities.len() >= 3, "found {}", f.entities.len());
}

/// Non-streaming chat: detected values never reach the upstream and come back restored.
#[tokio::test]
async fn chat_pseudonymised_and_restored() {
    let mock = MockUpstream::start().await.unwrap();
    let gw = gateway(config(&mock.base_url(), &mock.base_url(), ""));
    let body = json!({"model": "local-model", "messages": [
        {"role": "system", "content": format!("Context: {SAMPLE}")},
        {"role": "user", "content": SAMPLE}
    ]});
    let (r, v) = send(&gw.app, post("/v1/chat/completions", Some("pw-one"), &body)).await;
    assert_eq!(r.status(), StatusCode::OK, "{v}");
    assert_never_received(&mock, SAMPLE);
    let answer = v["choices"][0]["message"]["content"].as_str().unwrap();
    assert!(
        answer.ends_with(SAMPLE),
        "the echoed placeholders are restored: {answer}"
    );
    let ev = gw.audit.events();
    let input = ev
        .iter()
        .find(|e| e.phase == gateway::AuditPhase::Request)
        .unwrap();
    let counted: usize = input.counts.iter().map(|c| c.1).sum();
    assert!(
        counted >= 2 * detected_values(SAMPLE).len(),
        "both copies of the sample are counted"
    );
    let audit_text = format!("{ev:?}");
    for val in detected_values(SAMPLE) {
        assert!(!audit_text.contains(&val), "audit holds a raw value");
    }
}

/// Streaming chat: the same text arrives, placeholders split over events are restored.
#[tokio::test]
async fn chat_stream_restored() {
    let mock = MockUpstream::start().await.unwrap();
    let gw = gateway(config(&mock.base_url(), &mock.base_url(), ""));
    let mut body = chat("local-model", SAMPLE);
    body["stream"] = json!(true);
    let (r, text) = send_text(&gw.app, post("/v1/chat/completions", Some("pw-one"), &body)).await;
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(r.headers()["content-type"], "text/event-stream");
    assert_eq!(r.headers()["x-poortwachter-ai-generated"], "true");
    assert!(text.trim_end().ends_with("data: [DONE]"), "{text}");
    let got = chat_stream_text(&text);
    assert!(got.ends_with(SAMPLE), "{got}");
    assert_never_received(&mock, SAMPLE);
}

/// Every string is scanned: tool arguments, tool results, unknown fields, object keys, `user`.
#[tokio::test]
async fn every_field_scanned() {
    let mock = MockUpstream::start().await.unwrap();
    let gw = gateway(config(&mock.base_url(), &mock.base_url(), ""));
    let args = json!({"to": SAMPLE, "note": {"body": SAMPLE}}).to_string();
    let body = json!({
        "model": "local-model",
        "user": SAMPLE,
        "metadata": {"ticket": SAMPLE, SAMPLE: "key"},
        "messages": [
            {"role": "user", "content": [{"type": "text", "text": SAMPLE}]},
            {"role": "assistant", "content": null, "tool_calls": [{"id": "call_1", "type": "function", "function": {"name": "send_mail", "arguments": args}}]},
            {"role": "tool", "tool_call_id": "call_1", "content": SAMPLE},
            {"role": "user", "content": "Dank je."}
        ],
        "some_future_field": [{"deep": [SAMPLE]}]
    });
    let (r, v) = send(&gw.app, post("/v1/chat/completions", Some("pw-one"), &body)).await;
    assert_eq!(r.status(), StatusCode::OK, "{v}");
    assert_never_received(&mock, SAMPLE);
    let rec: Value = serde_json::from_slice(&mock.recorded()[0].body).unwrap();
    let fwd_args: Value = serde_json::from_str(
        rec["messages"][1]["tool_calls"][0]["function"]["arguments"]
            .as_str()
            .unwrap(),
    )
    .unwrap();
    assert!(
        fwd_args["note"]["body"].is_string(),
        "tool arguments stay valid JSON"
    );
    assert!(
        rec.get("some_future_field").is_some(),
        "unknown fields are forwarded after scanning"
    );
}

/// A conversation keeps its placeholders across turns with a resent history, and a second
/// key cannot have the first key's placeholders restored.
#[tokio::test]
async fn multi_turn_and_key_isolation() {
    let mock = MockUpstream::start().await.unwrap();
    let gw = gateway(config(&mock.base_url(), &mock.base_url(), ""));
    let mut messages = vec![json!({"role": "user", "content": SAMPLE})];
    let mut upstream_first = Vec::new();
    for turn in 0..3 {
        let (r, v) = send(
            &gw.app,
            post(
                "/v1/chat/completions",
                Some("pw-one"),
                &json!({"model": "local-model", "messages": messages}),
            ),
        )
        .await;
        assert_eq!(r.status(), StatusCode::OK);
        let rec: Value = serde_json::from_slice(&mock.recorded().last().unwrap().body).unwrap();
        upstream_first.push(rec["messages"][0]["content"].as_str().unwrap().to_string());
        messages.push(v["choices"][0]["message"].clone());
        messages
            .push(json!({"role": "user", "content": format!("Vervolgvraag {turn} over {SAMPLE}")}));
    }
    assert!(
        upstream_first.windows(2).all(|w| w[0] == w[1]),
        "the first turn is sent identically every time"
    );
    assert_never_received(&mock, SAMPLE);
    // Key two sends key one's pseudonymised text: the tokens must come back unrestored.
    let pseudonymised = upstream_first[0].clone();
    let (r, v) = send_chat(&gw.app, Some("pw-two"), "local-model", &pseudonymised).await;
    assert_eq!(r.status(), StatusCode::OK);
    let answer = v["choices"][0]["message"]["content"].as_str().unwrap();
    for val in detected_values(SAMPLE) {
        assert!(
            !answer.contains(&val),
            "key two got a value of key one restored"
        );
    }
}

/// Responses API, legacy completions and embeddings go through the same scan.
#[tokio::test]
async fn other_endpoints() {
    let mock = MockUpstream::start().await.unwrap();
    let gw = gateway(config(&mock.base_url(), &mock.base_url(), ""));
    let (r, v) = send(
        &gw.app,
        post(
            "/v1/responses",
            Some("pw-one"),
            &json!({"model": "local-model", "input": SAMPLE}),
        ),
    )
    .await;
    assert_eq!(r.status(), StatusCode::OK, "{v}");
    assert!(
        v["output"][0]["content"][0]["text"]
            .as_str()
            .unwrap()
            .ends_with(SAMPLE)
    );
    let (r, text) = send_text(
        &gw.app,
        post(
            "/v1/responses",
            Some("pw-one"),
            &json!({"model": "local-model", "input": SAMPLE, "stream": true}),
        ),
    )
    .await;
    assert_eq!(r.status(), StatusCode::OK);
    let deltas: String = sse_data(&text)
        .iter()
        .filter_map(|d| serde_json::from_str::<Value>(d).ok())
        .filter(|v| v["type"] == "response.output_text.delta")
        .map(|v| v["delta"].as_str().unwrap().to_string())
        .collect();
    assert!(deltas.ends_with(SAMPLE), "{deltas}");
    let (r, v) = send(
        &gw.app,
        post(
            "/v1/completions",
            Some("pw-one"),
            &json!({"model": "local-model", "prompt": SAMPLE}),
        ),
    )
    .await;
    assert_eq!(r.status(), StatusCode::OK);
    assert!(v["choices"][0]["text"].as_str().unwrap().ends_with(SAMPLE));
    let (r, v) = send(
        &gw.app,
        post(
            "/v1/embeddings",
            Some("pw-one"),
            &json!({"model": "local-model", "input": [SAMPLE, "tweede"]}),
        ),
    )
    .await;
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(v["data"].as_array().unwrap().len(), 2);
    assert_never_received(&mock, SAMPLE);
}

/// A consumer-terms provider gets text without personal data; with personal data the
/// request is routed to its on-premise fallback.
#[tokio::test]
async fn fallback_routing() {
    let onprem = MockUpstream::start().await.unwrap();
    let cloud = MockUpstream::start().await.unwrap();
    let gw = gateway(config(&onprem.base_url(), &cloud.base_url(), ""));
    let (r, _) = send_chat(
        &gw.app,
        Some("pw-one"),
        "cloud-model",
        "Schrijf een haiku over de herfst.",
    )
    .await;
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(r.headers()["x-poortwachter-provider"], "cloud");
    let (r, _) = send_chat(&gw.app, Some("pw-one"), "cloud-model", SAMPLE).await;
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(r.headers()["x-poortwachter-provider"], "onprem");
    assert_eq!(cloud.recorded().len(), 1);
    assert!(gw.audit.events().last().unwrap().fallback);
}

/// Body text in a GET query or unknown path never reaches an upstream (404, OpenAI-shaped).
#[tokio::test]
async fn unknown_route() {
    let mock = MockUpstream::start().await.unwrap();
    let gw = gateway(config(&mock.base_url(), &mock.base_url(), ""));
    let (r, v) = send(
        &gw.app,
        Request::get("/v1/files?name=Jan")
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    assert_eq!(v["error"]["code"], "not_found");
    assert!(mock.recorded().is_empty());
}

/// Personal data in an answer that was not in the prompt is flagged by default, and
/// refuses the answer (also when streamed) where the output rule blocks.
#[tokio::test]
async fn output_unexpected_personal_data() {
    let opts = gateway::mock::MockOptions {
        record: true,
        suffix: " Bel ook Piet Pietersen op 06-98765432.".into(),
        ..Default::default()
    };
    let mock = MockUpstream::start_with(opts, "127.0.0.1:0").await.unwrap();
    let gw = gateway(config(&mock.base_url(), &mock.base_url(), ""));
    let (r, v) = send_chat(&gw.app, Some("pw-one"), "local-model", "Schrijf een groet.").await;
    assert_eq!(r.status(), StatusCode::OK, "{v}");
    assert_eq!(
        r.headers()["x-poortwachter-output"],
        "output.unexpected_personal_data"
    );
    assert!(
        gw.audit
            .events()
            .iter()
            .any(|e| e.phase == gateway::AuditPhase::Completion && e.output_checked)
    );
    let gw = gateway(config(
        &mock.base_url(),
        &mock.base_url(),
        "[policy.rules]\noutput_unexpected = \"block\"\n",
    ));
    let (r, v) = send_chat(&gw.app, Some("pw-one"), "local-model", "Schrijf een groet.").await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(v["error"]["code"], "output.unexpected_personal_data");
    let mut body = chat("local-model", "Schrijf een groet.");
    body["stream"] = json!(true);
    let (r, _) = send_text(&gw.app, post("/v1/chat/completions", Some("pw-one"), &body)).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
}

/// With an output rule that does not block, an answer without unexpected data streams normally.
#[tokio::test]
async fn buffered_stream_without_findings() {
    let mock = MockUpstream::start().await.unwrap();
    let gw = gateway(config(
        &mock.base_url(),
        &mock.base_url(),
        "[policy.rules]\noutput_unexpected = \"block\"\n",
    ));
    let mut body = chat("local-model", "Schrijf een groet.");
    body["stream"] = json!(true);
    let (r, text) = send_text(&gw.app, post("/v1/chat/completions", Some("pw-one"), &body)).await;
    assert_eq!(r.status(), StatusCode::OK);
    assert!(chat_stream_text(&text).ends_with("Schrijf een groet."));
    assert!(text.trim_end().ends_with("data: [DONE]"));
}
