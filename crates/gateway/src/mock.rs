//! A recording OpenAI-compatible mock upstream, for tests and load benchmarks.
//!
//! It answers like the demo model (quoting the last user message, so placeholders come
//! back and restoring can be checked), streams in small pieces so placeholders are split
//! across events, and records every request it receives (path, headers, body bytes) so a
//! test can prove what reached "the model". Bench mode answers with a fixed text of a
//! given size, optionally with a gap between stream chunks.

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::State;
use axum::http::{HeaderMap, Uri, header};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use futures_util::StreamExt;
use serde_json::{Value, json};

use crate::demo;
use crate::route::Route;
use crate::upstream::UpstreamResponse;

/// One request the mock received.
#[derive(Clone, Debug)]
pub struct Recorded {
    /// Path and query.
    pub uri: String,
    /// Header names and values.
    pub headers: Vec<(String, String)>,
    /// The raw body.
    pub body: Vec<u8>,
}

/// Settings of a [`MockUpstream`].
#[derive(Clone, Debug, Default)]
pub struct MockOptions {
    /// Fixed answer of this many bytes instead of echoing (benchmarks).
    pub fixed_answer_bytes: Option<usize>,
    /// Number of stream chunks for a fixed answer.
    pub stream_chunks: usize,
    /// Pause between stream chunks.
    pub chunk_gap: Duration,
    /// Keep recordings (off for benchmarks).
    pub record: bool,
    /// Text appended to every echoed chat answer (to test the output check).
    pub suffix: String,
    /// Pause before answering (to test upstream timeouts).
    pub delay: Duration,
}

#[derive(Default)]
struct MockState {
    recorded: Mutex<Vec<Recorded>>,
    options: MockOptions,
}

/// A running mock upstream on loopback.
pub struct MockUpstream {
    addr: SocketAddr,
    state: Arc<MockState>,
    task: tokio::task::JoinHandle<()>,
}

impl std::fmt::Debug for MockUpstream {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MockUpstream")
            .field("addr", &self.addr)
            .finish_non_exhaustive()
    }
}

impl Drop for MockUpstream {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl MockUpstream {
    /// Starts a recording echo mock on `127.0.0.1:0`.
    ///
    /// # Errors
    /// When binding fails.
    pub async fn start() -> std::io::Result<Self> {
        Self::start_with(
            MockOptions {
                record: true,
                ..MockOptions::default()
            },
            "127.0.0.1:0",
        )
        .await
    }

    /// Starts a mock with `options` on `addr`.
    ///
    /// # Errors
    /// When binding fails.
    pub async fn start_with(options: MockOptions, addr: &str) -> std::io::Result<Self> {
        use axum::serve::ListenerExt;
        let state = Arc::new(MockState {
            recorded: Mutex::new(Vec::new()),
            options,
        });
        let app = Router::new()
            .route("/v1/chat/completions", post(handle))
            .route("/v1/responses", post(handle))
            .route("/v1/completions", post(handle))
            .route("/v1/embeddings", post(handle))
            .with_state(Arc::clone(&state));
        let listener = tokio::net::TcpListener::bind(addr).await?;
        let addr = listener.local_addr()?;
        let listener = listener.tap_io(|t| {
            let _ = t.set_nodelay(true);
        });
        let task = tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        Ok(MockUpstream { addr, state, task })
    }

    /// The bound address.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// Base URL for a provider entry (`http://127.0.0.1:PORT/v1`).
    pub fn base_url(&self) -> String {
        format!("http://{}/v1", self.addr)
    }

    /// Everything received so far.
    pub fn recorded(&self) -> Vec<Recorded> {
        self.state
            .recorded
            .lock()
            .map(|r| r.clone())
            .unwrap_or_default()
    }

    /// All received bytes (URIs, headers and bodies) as one lossy string, for "never
    /// received" checks.
    pub fn everything_received(&self) -> String {
        let mut s = String::new();
        for r in self.recorded() {
            s.push_str(&r.uri);
            s.push('\n');
            for (k, v) in &r.headers {
                s.push_str(k);
                s.push_str(": ");
                s.push_str(v);
                s.push('\n');
            }
            s.push_str(&String::from_utf8_lossy(&r.body));
            s.push('\n');
            // Also the decoded strings (and keys), so escaped characters cannot hide a value.
            if let Ok(v) = serde_json::from_slice::<Value>(&r.body) {
                decoded(&v, &mut s);
            }
        }
        s
    }

    /// Forgets the recordings.
    pub fn clear(&self) {
        if let Ok(mut r) = self.state.recorded.lock() {
            r.clear();
        }
    }
}

fn decoded(v: &Value, out: &mut String) {
    match v {
        Value::String(x) => {
            out.push_str(x);
            out.push('\n');
            if let Ok(inner) = serde_json::from_str::<Value>(x) {
                if inner.is_object() || inner.is_array() {
                    decoded(&inner, out);
                }
            }
        }
        Value::Array(a) => a.iter().for_each(|x| decoded(x, out)),
        Value::Object(m) => {
            for (k, x) in m {
                out.push_str(k);
                out.push('\n');
                decoded(x, out);
            }
        }
        Value::Null | Value::Bool(_) | Value::Number(_) => {}
    }
}

async fn handle(
    State(state): State<Arc<MockState>>,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    if state.options.record {
        if let Ok(mut r) = state.recorded.lock() {
            r.push(Recorded {
                uri: uri.to_string(),
                headers: headers
                    .iter()
                    .map(|(k, v)| {
                        (
                            k.to_string(),
                            String::from_utf8_lossy(v.as_bytes()).into_owned(),
                        )
                    })
                    .collect(),
                body: body.to_vec(),
            });
        }
    }
    let route = match uri.path() {
        "/v1/responses" => Route::Responses,
        "/v1/completions" => Route::Completions,
        "/v1/embeddings" => Route::Embeddings,
        _ => Route::ChatCompletions,
    };
    let Ok(v) = serde_json::from_slice::<Value>(&body) else {
        return (axum::http::StatusCode::BAD_REQUEST, "bad json").into_response();
    };
    let stream = v.get("stream").and_then(Value::as_bool) == Some(true);
    if !state.options.delay.is_zero() {
        tokio::time::sleep(state.options.delay).await;
    }
    if let Some(n) = state.options.fixed_answer_bytes {
        return fixed(route, n, stream, &state.options);
    }
    let mut v = v;
    if !state.options.suffix.is_empty() {
        // Append to the last user message so the echo carries the suffix.
        if let Some(m) = v
            .get_mut("messages")
            .and_then(Value::as_array_mut)
            .and_then(|m| m.last_mut())
        {
            if let Some(Value::String(c)) = m.get_mut("content") {
                c.push_str(&state.options.suffix);
            }
        }
    }
    match demo::respond(route, &v, stream) {
        UpstreamResponse::Json(v) => axum::Json(v).into_response(),
        UpstreamResponse::Stream(s) => {
            let body = Body::from_stream(s.map(|r| r.map_err(|_| std::io::Error::other("demo"))));
            ([(header::CONTENT_TYPE, "text/event-stream")], body).into_response()
        }
    }
}

/// A fixed answer of `n` bytes (chat only), streamed in `chunks` pieces with a gap.
fn fixed(_route: Route, n: usize, stream: bool, o: &MockOptions) -> Response {
    let text: String = "lorem ipsum dolor sit amet "
        .chars()
        .cycle()
        .take(n)
        .collect();
    if !stream {
        return axum::Json(json!({
            "id": "chatcmpl-mock", "object": "chat.completion", "created": 0, "model": "mock-2026-01",
            "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
            "usage": {"prompt_tokens": 12, "completion_tokens": n / 4, "total_tokens": 12 + n / 4}
        }))
        .into_response();
    }
    let chunks = o.stream_chunks.max(1);
    let size = n.div_ceil(chunks).max(1);
    let pieces: Vec<String> = text
        .as_bytes()
        .chunks(size)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect();
    let gap = o.chunk_gap;
    let events = futures_util::stream::iter(pieces.into_iter().enumerate()).then(move |(i, p)| async move {
        if i > 0 && !gap.is_zero() {
            tokio::time::sleep(gap).await;
        }
        let ev = json!({"id": "chatcmpl-mock", "object": "chat.completion.chunk", "created": 0, "model": "mock",
            "choices": [{"index": 0, "delta": {"content": p}, "finish_reason": null}]});
        Ok::<_, std::io::Error>(Bytes::from(format!("data: {ev}\n\n")))
    });
    let end = futures_util::stream::iter([Ok(Bytes::from_static(
        b"data: {\"id\":\"chatcmpl-mock\",\"object\":\"chat.completion.chunk\",\"created\":0,\"model\":\"mock\",\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\ndata: [DONE]\n\n",
    ))]);
    (
        [(header::CONTENT_TYPE, "text/event-stream")],
        Body::from_stream(events.chain(end)),
    )
        .into_response()
}
