//! Shared helpers: a test config around mock upstreams, request builders, SSE reading.

use std::sync::{Arc, OnceLock};

use axum::body::Body;
use axum::http::{Request, Response};
use gateway::{AppState, AuditSink, Config, MemoryAuditSink};
use serde_json::Value;
use tower::ServiceExt;

pub(crate) fn detector() -> Arc<detect::Detector> {
    static D: OnceLock<Arc<detect::Detector>> = OnceLock::new();
    Arc::clone(D.get_or_init(|| Arc::new(detect::Detector::new())))
}

/// Keys: `pw-one` (user one, purposes general+hr, default general), `pw-two` (general),
/// `pw-nodefault` (purposes general, no default), `pw-m1` (only model m1).
pub(crate) fn config_text(onprem_url: &str, external_url: &str, extra: &str) -> String {
    format!(
        r#"
[providers.onprem]
base_url = "{onprem_url}"
api_key_env = "ONPREM_KEY"
models = ["local-model", "m1"]
contract = "own"
trains_on_inputs = false
location = "on_premise"
dpa_signed = true

[providers.cloud]
base_url = "{external_url}"
models = ["cloud-model"]
contract = "consumer_terms"
trains_on_inputs = true
location = "outside_eu"
dpa_signed = false
fallback = "onprem"

[[keys]]
id = "one"
hash = "{h1}"
user = "user-one"
group = "staff"
purposes = ["general", "hr"]
default_purpose = "general"

[[keys]]
id = "two"
hash = "{h2}"
user = "user-two"
group = "staff"
purposes = ["general"]
default_purpose = "general"

[[keys]]
id = "nodefault"
hash = "{h3}"
user = "user-three"
group = "staff"
purposes = ["general"]

[[keys]]
id = "m1only"
hash = "{h4}"
user = "user-four"
group = "staff"
purposes = ["general"]
default_purpose = "general"
models = ["m1"]
{extra}
"#,
        h1 = gateway::hash_key("pw-one"),
        h2 = gateway::hash_key("pw-two"),
        h3 = gateway::hash_key("pw-nodefault"),
        h4 = gateway::hash_key("pw-m1"),
    )
}

pub(crate) fn config(onprem_url: &str, external_url: &str, extra: &str) -> Config {
    Config::from_toml(&config_text(onprem_url, external_url, extra), &|v| {
        (v == "ONPREM_KEY").then(|| "sk-onprem-secret".to_string())
    })
    .unwrap()
}

pub(crate) struct Gw {
    pub(crate) app: axum::Router,
    pub(crate) audit: Arc<MemoryAuditSink>,
}

pub(crate) fn gateway(config: Config) -> Gw {
    let audit = Arc::new(MemoryAuditSink::default());
    let state = AppState::with_detector(config, audit.clone(), detector()).unwrap();
    Gw {
        app: gateway::router(state),
        audit,
    }
}

pub(crate) fn gateway_with_sink(config: Config, sink: Arc<dyn AuditSink>) -> axum::Router {
    gateway::router(AppState::with_detector(config, sink, detector()).unwrap())
}

pub(crate) fn post(path: &str, key: Option<&str>, body: &Value) -> Request<Body> {
    let mut b = Request::post(path).header("content-type", "application/json");
    if let Some(k) = key {
        b = b.header("authorization", format!("Bearer {k}"));
    }
    b.body(Body::from(body.to_string())).unwrap()
}

pub(crate) async fn send(app: &axum::Router, req: Request<Body>) -> (Response<Body>, Value) {
    let resp = app.clone().oneshot(req).await.unwrap();
    let (parts, body) = resp.into_parts();
    let bytes = axum::body::to_bytes(body, usize::MAX).await.unwrap();
    let v = serde_json::from_slice(&bytes)
        .unwrap_or_else(|_| Value::String(String::from_utf8_lossy(&bytes).into_owned()));
    (Response::from_parts(parts, Body::empty()), v)
}

/// Sends one chat-completions request with a single user message.
pub(crate) async fn send_chat(
    app: &axum::Router,
    key: Option<&str>,
    model: &str,
    text: &str,
) -> (Response<Body>, Value) {
    send(app, post("/v1/chat/completions", key, &chat(model, text))).await
}

/// Sends and returns the raw body text (for SSE).
pub(crate) async fn send_text(app: &axum::Router, req: Request<Body>) -> (Response<Body>, String) {
    let resp = app.clone().oneshot(req).await.unwrap();
    let (parts, body) = resp.into_parts();
    let bytes = axum::body::to_bytes(body, usize::MAX).await.unwrap();
    (
        Response::from_parts(parts, Body::empty()),
        String::from_utf8(bytes.to_vec()).unwrap(),
    )
}

/// The data payloads of an SSE body.
pub(crate) fn sse_data(text: &str) -> Vec<String> {
    text.split("\n\n")
        .filter_map(|ev| {
            let lines: Vec<&str> = ev
                .lines()
                .filter_map(|l| l.strip_prefix("data: "))
                .collect();
            (!lines.is_empty()).then(|| lines.join("\n"))
        })
        .collect()
}

/// Concatenated `choices[0].delta.content` of a chat SSE body.
pub(crate) fn chat_stream_text(text: &str) -> String {
    sse_data(text)
        .iter()
        .filter(|d| d.as_str() != "[DONE]")
        .filter_map(|d| serde_json::from_str::<Value>(d).ok())
        .filter_map(|v| {
            v["choices"][0]["delta"]["content"]
                .as_str()
                .map(str::to_string)
        })
        .collect()
}

/// Values the detector finds in `text` (what must never reach the upstream).
pub(crate) fn detected_values(text: &str) -> Vec<String> {
    let f = detector().detect(text);
    f.entities
        .iter()
        .map(|e| e.span.slice(text).to_string())
        .collect()
}

pub(crate) fn chat(model: &str, content: &str) -> Value {
    serde_json::json!({"model": model, "messages": [{"role": "user", "content": content}]})
}
