//! Routes and the request flow shared by every proxied endpoint.

use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::Body;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use futures_util::StreamExt;
use policy::{Action, Context, Decision, Direction, Reason};
use serde_json::{Value, json};
use vault::{Scope, StreamRestorer};

use crate::audit_sink::{AuditEvent, AuditPhase, AuditReason};
use crate::config::KeyInfo;
use crate::error::{Error, Lang, json_error};
use crate::route::Route;
use crate::scan::{self, ScanRequest, ScanResult};
use crate::sse::{SseEvent, SseParser};
use crate::state::AppState;
use crate::stream::Transformer;
use crate::upstream::UpstreamResponse;
use crate::walk;

/// Header naming the purpose of a request.
pub const PURPOSE_HEADER: &str = "x-poortwachter-purpose";
/// Header naming the conversation (scope of placeholders).
pub const CONVERSATION_HEADER: &str = "x-poortwachter-conversation";

/// The gateway's routes over `state`.
pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/v1/chat/completions", post(chat))
        .route("/v1/responses", post(responses))
        .route("/v1/completions", post(completions))
        .route("/v1/embeddings", post(embeddings))
        .route("/v1/models", get(models))
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .route("/metrics", get(metrics))
        .fallback(not_found)
        .with_state(state)
}

async fn chat(State(s): State<AppState>, headers: HeaderMap, body: Body) -> Response {
    proxy(s, Route::ChatCompletions, headers, body).await
}
async fn responses(State(s): State<AppState>, headers: HeaderMap, body: Body) -> Response {
    proxy(s, Route::Responses, headers, body).await
}
async fn completions(State(s): State<AppState>, headers: HeaderMap, body: Body) -> Response {
    proxy(s, Route::Completions, headers, body).await
}
async fn embeddings(State(s): State<AppState>, headers: HeaderMap, body: Body) -> Response {
    proxy(s, Route::Embeddings, headers, body).await
}

async fn healthz() -> &'static str {
    "ok"
}

async fn readyz(State(s): State<AppState>) -> Response {
    if s.0.audit.ready() {
        (StatusCode::OK, "ready").into_response()
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, "audit sink not ready").into_response()
    }
}

async fn metrics(State(s): State<AppState>) -> Response {
    (
        [(header::CONTENT_TYPE, "text/plain; version=0.0.4")],
        s.0.metrics.render(),
    )
        .into_response()
}

async fn not_found(headers: HeaderMap) -> Response {
    Error::NotFound.to_response(lang_of(&headers))
}

async fn models(State(s): State<AppState>, headers: HeaderMap) -> Response {
    let lang = lang_of(&headers);
    let Some(key) = authenticate(&s, &headers) else {
        return Error::Unauthorized.to_response(lang);
    };
    let mut data: Vec<Value> =
        s.0.config
            .models
            .iter()
            .filter(|(m, _)| key.may_use(m))
            .map(|(m, p)| json!({"id": m, "object": "model", "created": 0, "owned_by": p}))
            .collect();
    data.sort_by(|a, b| a["id"].as_str().cmp(&b["id"].as_str()));
    axum::Json(json!({"object": "list", "data": data})).into_response()
}

fn lang_of(headers: &HeaderMap) -> Lang {
    Lang::from_accept_language(
        headers
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok()),
    )
}

fn authenticate(s: &AppState, headers: &HeaderMap) -> Option<KeyInfo> {
    let v = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let token = v
        .strip_prefix("Bearer ")
        .or_else(|| v.strip_prefix("bearer "))?
        .trim();
    s.0.config.key(token).cloned()
}

/// An identifier usable as a header value and scope (visible ASCII, bounded).
fn clean_id(s: &str) -> Option<String> {
    let ok = !s.is_empty() && s.len() <= 128 && s.bytes().all(|b| b.is_ascii_graphic());
    ok.then(|| s.to_string())
}

/// The conversation of a request. In order: the `X-Poortwachter-Conversation` header, the
/// `poortwachter::conversation` body field, the conversation of a Responses API
/// `previous_response_id`, or a keyed hash of the opening of the conversation (system
/// prompt and first user turn), which stays the same when the client resends a growing
/// history.
fn conversation(
    s: &AppState,
    key: &KeyInfo,
    headers: &HeaderMap,
    body: &Value,
    route: Route,
) -> String {
    if let Some(h) = headers
        .get(CONVERSATION_HEADER)
        .and_then(|v| v.to_str().ok())
        .and_then(clean_id)
    {
        return h;
    }
    if let Some(c) = body
        .get("poortwachter::conversation")
        .and_then(Value::as_str)
        .and_then(clean_id)
    {
        return c;
    }
    if route == Route::Responses {
        if let Some(prev) = body.get("previous_response_id").and_then(Value::as_str) {
            if let Some(c) = s.conversation_of_response(&key.id, prev) {
                return c;
            }
        }
    }
    let opening: Value = match route {
        Route::ChatCompletions => opening_items(body.get("messages")),
        Route::Responses => match body.get("input") {
            Some(Value::Array(_)) => opening_items(body.get("input")),
            Some(other) => json!([body.get("instructions"), other]),
            None => Value::Null,
        },
        Route::Completions => body.get("prompt").cloned().unwrap_or(Value::Null),
        Route::Embeddings => body.get("input").cloned().unwrap_or(Value::Null),
    };
    let text = format!("{}\u{0}{}", key.id, opening);
    format!("h-{}", s.0.hasher.hash("conversation", &text))
}

/// Messages up to and including the first user message.
fn opening_items(items: Option<&Value>) -> Value {
    let Some(Value::Array(items)) = items else {
        return Value::Null;
    };
    let mut out = Vec::new();
    for m in items {
        out.push(m.clone());
        if m.get("role").and_then(Value::as_str) == Some("user") {
            break;
        }
    }
    Value::Array(out)
}

/// Work on texts up to this size runs on the async worker itself (a thread hop costs more
/// than scanning it); larger work goes to the blocking pool.
const INLINE_BYTES: usize = 32 * 1024;

/// Runs CPU work of about `size` bytes: inline when small, on the blocking pool otherwise.
/// A panic becomes `Err(())` either way, so callers can fail closed.
async fn cpu<T: Send + 'static>(
    size: usize,
    f: impl FnOnce() -> T + Send + 'static,
) -> Result<T, ()> {
    if size <= INLINE_BYTES {
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).map_err(|_| ())
    } else {
        tokio::task::spawn_blocking(f).await.map_err(|_| ())
    }
}

/// Appends to the sink: inline for in-memory sinks, on the blocking pool for stores that do I/O.
async fn append_event(sink: Arc<dyn crate::audit_sink::AuditSink>, event: AuditEvent) -> bool {
    if sink.blocking() {
        matches!(
            tokio::task::spawn_blocking(move || sink.append(&event)).await,
            Ok(Ok(()))
        )
    } else {
        sink.append(&event).is_ok()
    }
}

/// Everything known about a request, for audit and headers.
struct Req {
    state: AppState,
    route: Route,
    lang: Lang,
    request_id: String,
    started: Instant,
    key: Option<KeyInfo>,
    purpose: String,
    model: String,
    provider: String,
    conversation: String,
    /// The request record is written.
    logged: bool,
    /// The completion record is written.
    completed: bool,
    /// Time spent waiting on the upstream.
    upstream_ms: Option<u64>,
    /// Routed to a fallback provider.
    fallback: bool,
}

/// How an error ends a request, for the completion record.
fn outcome_of(e: &Error) -> &'static str {
    match e {
        Error::Blocked { .. } => "blocked",
        Error::OutputBlocked { .. } => "response_blocked",
        Error::UpstreamTimeout
        | Error::UpstreamUnavailable
        | Error::Upstream { .. }
        | Error::UpstreamInvalid => "upstream_error",
        Error::Unauthorized
        | Error::BodyTooLarge { .. }
        | Error::InvalidJson { .. }
        | Error::InvalidRequest(_)
        | Error::ModelNotFound
        | Error::ModelNotAllowed
        | Error::DetectionFailed
        | Error::AuditUnavailable
        | Error::VaultUnavailable
        | Error::NotFound => "error",
    }
}

impl Req {
    fn event(
        &self,
        phase: AuditPhase,
        decision: Option<&Decision>,
        error: &'static str,
    ) -> AuditEvent {
        let time_ms = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_millis() as u64);
        AuditEvent {
            request_id: self.request_id.clone(),
            time_ms,
            phase,
            route: self.route.path(),
            key_id: self.key.as_ref().map_or(String::new(), |k| k.id.clone()),
            user: self.key.as_ref().map_or(String::new(), |k| k.user.clone()),
            group: self.key.as_ref().map_or(String::new(), |k| k.group.clone()),
            purpose: self.purpose.clone(),
            provider: self.provider.clone(),
            model: self.model.clone(),
            conversation: if self.conversation.is_empty() {
                String::new()
            } else {
                self.state
                    .0
                    .hasher
                    .hash("conversation-id", &self.conversation)
            },
            decision: decision.map_or("block", |d| d.outcome.as_str()),
            data_class: decision.map_or("public", |d| d.data_class.as_str()),
            reasons: decision.map(audit_reasons).unwrap_or_default(),
            counts: Vec::new(),
            special: Vec::new(),
            subjects: Vec::new(),
            fallback: self.fallback,
            error,
            outcome: "",
            status: None,
            streamed: false,
            output_checked: false,
            latency_ms: 0,
            upstream_ms: None,
            model_version: None,
            tokens: None,
        }
    }

    /// The completion record: how the request ended.
    fn completion(&self, outcome: &'static str, status: u16, error: &'static str) -> AuditEvent {
        let mut ev = self.event(AuditPhase::Completion, None, error);
        ev.decision = if outcome == "forwarded" {
            "allow"
        } else {
            "block"
        };
        ev.outcome = outcome;
        ev.status = Some(status);
        ev.latency_ms = u64::try_from(self.started.elapsed().as_millis()).unwrap_or(u64::MAX);
        ev.upstream_ms = self.upstream_ms;
        ev
    }

    /// Writes the completion record once; an error here withholds the answer.
    async fn complete(&mut self, ev: AuditEvent) -> Result<(), Error> {
        if self.completed {
            return Ok(());
        }
        self.completed = true;
        self.append(ev).await
    }

    /// Appends an event; an error here refuses the request.
    async fn append(&self, event: AuditEvent) -> Result<(), Error> {
        // The Prometheus counters per decision, category, provider and purpose count what
        // the audit log records, from the same record (codes and counts only).
        let record = crate::audit_sink::to_record(&event).ok();
        let ok = append_event(Arc::clone(&self.state.0.audit), event).await;
        let metrics = self.state.metrics();
        metrics.audit_append(ok);
        if let (true, Some(r)) = (ok, &record) {
            metrics.observe_audit(r);
        }
        if ok {
            Ok(())
        } else {
            tracing::error!(request_id = %self.request_id, "audit append failed; request refused");
            Err(Error::AuditUnavailable)
        }
    }

    /// Audits a refusal that happened before a decision (request and completion
    /// records), then returns the error.
    async fn refuse(&mut self, e: Error) -> Error {
        let mut ev = self.event(AuditPhase::Request, None, e.code());
        if let Error::Blocked { reasons } = &e {
            ev.reasons = reasons
                .iter()
                .map(|r| AuditReason {
                    code: r.code(),
                    action: "block",
                    count: 1,
                    legal_ground: r.legal_ground(),
                })
                .collect();
        }
        if let Err(audit) = self.append(ev).await {
            return audit;
        }
        self.logged = true;
        let done = self.completion(outcome_of(&e), e.status().as_u16(), e.code());
        match self.complete(done).await {
            Ok(()) => e,
            Err(audit) => audit,
        }
    }
}

async fn proxy(state: AppState, route: Route, headers: HeaderMap, body: Body) -> Response {
    let mut req = Req {
        state: state.clone(),
        route,
        lang: lang_of(&headers),
        request_id: state.next_request_id(),
        started: Instant::now(),
        key: None,
        purpose: String::new(),
        model: String::new(),
        provider: String::new(),
        conversation: String::new(),
        logged: false,
        completed: false,
        upstream_ms: None,
        fallback: false,
    };
    let result = run(&mut req, &headers, body).await;
    let mut resp = match result {
        Ok(r) => r,
        Err(e) => {
            // A request that was logged but ended in an error (upstream failure, output
            // block, …) gets its completion record before the error goes out.
            let e = if req.logged && !req.completed {
                let done = req.completion(outcome_of(&e), e.status().as_u16(), e.code());
                match req.complete(done).await {
                    Ok(()) => e,
                    Err(audit) => audit,
                }
            } else {
                e
            };
            state.0.metrics.error(e.code());
            if let Error::Blocked { reasons } = &e {
                for r in reasons {
                    state.0.metrics.reason(r.code());
                }
                state
                    .0
                    .metrics
                    .request(route.path(), &req.provider, "block");
            }
            tracing::info!(request_id = %req.request_id, route = route.path(), code = e.code(), status = e.status().as_u16(), "request refused");
            e.to_response(req.lang)
        }
    };
    if let Ok(v) = HeaderValue::from_str(&req.request_id) {
        resp.headers_mut().insert("x-request-id", v);
    }
    resp
}

async fn run(req: &mut Req, headers: &HeaderMap, body: Body) -> Result<Response, Error> {
    let state = req.state.clone();
    let cfg = &state.0.config;
    let Some(key) = authenticate(&state, headers) else {
        return Err(req.refuse(Error::Unauthorized).await);
    };
    req.key = Some(key.clone());
    let limit = cfg.limits.max_body_bytes;
    let bytes = match axum::body::to_bytes(body, limit).await {
        Ok(b) => b,
        Err(_) => return Err(req.refuse(Error::BodyTooLarge { limit }).await),
    };
    let value: Value = match serde_json::from_slice(&bytes) {
        Ok(v @ Value::Object(_)) => v,
        Ok(_) => {
            return Err(req
                .refuse(Error::InvalidRequest("the body must be a JSON object"))
                .await);
        }
        Err(e) => return Err(req.refuse(json_error(&e)).await),
    };
    let bytes_len = bytes.len();
    drop(bytes);
    let Some(model) = value
        .get("model")
        .and_then(Value::as_str)
        .map(str::to_string)
    else {
        return Err(req
            .refuse(Error::InvalidRequest("`model` is required"))
            .await);
    };
    let Some(provider_name) = cfg.models.get(&model).cloned() else {
        return Err(req.refuse(Error::ModelNotFound).await);
    };
    req.model = model.clone();
    if !key.may_use(&model) {
        return Err(req.refuse(Error::ModelNotAllowed).await);
    }
    req.provider = provider_name.clone();
    let purpose = headers
        .get(PURPOSE_HEADER)
        .and_then(|v| v.to_str().ok())
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .or_else(|| key.default_purpose.clone());
    let Some(purpose) = purpose else {
        return Err(req
            .refuse(Error::Blocked {
                reasons: vec![Reason::PurposeUndeclared],
            })
            .await);
    };
    if !key.purposes.contains(&purpose) {
        return Err(req
            .refuse(Error::Blocked {
                reasons: vec![Reason::PurposeNotAllowed],
            })
            .await);
    }
    req.purpose = purpose.clone();
    req.conversation = conversation(&state, &key, headers, &value, req.route);
    let stream = req.route != Route::Embeddings
        && value.get("stream").and_then(Value::as_bool) == Some(true);

    // Scan, decide and audit on the blocking pool, under a timeout.
    let scope = Scope::new(key.id.clone(), req.conversation.clone());
    let primary = cfg
        .providers
        .get(&provider_name)
        .cloned()
        .ok_or(Error::ModelNotFound)?;
    let fallback = primary
        .fallback
        .as_ref()
        .and_then(|f| cfg.providers.get(f))
        .cloned();
    let st = state.clone();
    let scope2 = scope.clone();
    let group = key.group.clone();
    let purpose2 = purpose.clone();
    let t0 = Instant::now();
    let size = bytes_len;
    let job = cpu(size, move || {
        let r = ScanRequest {
            detector: &st.0.detector,
            policy: &st.0.config.policy,
            vault: &st.0.vault,
            subjects: &st.0.subjects,
            scope: &scope2,
            purpose: &purpose2,
            group: &group,
            primary: &primary,
            fallback: fallback.as_ref(),
            scanning: st.0.config.scanning,
        };
        scan::scan_request(&value, &r)
    });
    let scanned: ScanResult = match tokio::time::timeout(cfg.limits.detect_timeout, job).await {
        // The timer has millisecond granularity: a result that arrives late is refused too.
        Ok(Ok(Ok(_))) if t0.elapsed() > cfg.limits.detect_timeout => {
            tracing::error!(request_id = %req.request_id, "detection exceeded its time limit; nothing forwarded");
            return Err(req.refuse(Error::DetectionFailed).await);
        }
        Ok(Ok(Ok(r))) => r,
        Ok(Ok(Err(e))) => return Err(req.refuse(e).await),
        Ok(Err(())) | Err(_) => {
            tracing::error!(request_id = %req.request_id, "detection failed or timed out; nothing forwarded");
            return Err(req.refuse(Error::DetectionFailed).await);
        }
    };
    state.0.metrics.detect(t0.elapsed());
    req.provider = scanned.provider.clone();
    req.fallback = scanned.fallback_used;
    let mut ev = req.event(AuditPhase::Request, Some(&scanned.decision), "");
    ev.counts = scanned.counts.clone();
    ev.special = scanned.special.clone();
    ev.subjects = scanned.subjects.clone();
    ev.fallback = scanned.fallback_used;
    for r in &scanned.decision.reasons {
        state.0.metrics.reason(r.reason.code());
    }
    // The audit record is written before anything leaves: block response or upstream call.
    req.append(ev).await?;
    req.logged = true;
    tracing::info!(
        request_id = %req.request_id, key = %key.id, purpose = %purpose, provider = %scanned.provider,
        decision = scanned.decision.outcome.as_str(), findings = scanned.counts.iter().map(|c| c.1).sum::<usize>(),
        fallback = scanned.fallback_used, "request decided"
    );
    let ScanResult {
        decision,
        provider,
        fallback_used,
        body,
        restorer,
        original,
        ..
    } = scanned;
    let Some(mut body) = body else {
        return Err(Error::Blocked {
            reasons: decision.blocking_reasons().collect(),
        });
    };
    let provider = cfg
        .providers
        .get(&provider)
        .cloned()
        .ok_or(Error::ModelNotFound)?;
    if fallback_used {
        if let Some(m) = provider.models.first() {
            body.set_model(m);
            req.model = m.clone();
        }
    }
    let restorer = restorer.ok_or(Error::VaultUnavailable)?;
    let pre = req.started.elapsed();
    let t_up = Instant::now();
    let upstream = state
        .0
        .upstream
        .send(
            &provider,
            req.route,
            &body,
            stream,
            cfg.limits.upstream_timeout,
        )
        .await;
    req.upstream_ms = Some(u64::try_from(t_up.elapsed().as_millis()).unwrap_or(u64::MAX));
    let upstream = match upstream {
        Ok(u) => u,
        Err(e) => {
            tracing::warn!(request_id = %req.request_id, provider = %provider.name, code = e.code(), "upstream call failed");
            return Err(e);
        }
    };
    let mut headers_out = HeaderMap::new();
    headers_out.insert(
        "x-poortwachter-ai-generated",
        HeaderValue::from_static("true"),
    );
    if let Ok(v) = HeaderValue::from_str(decision.outcome.as_str()) {
        headers_out.insert("x-poortwachter-decision", v);
    }
    let codes: Vec<&str> = decision.reasons.iter().map(|r| r.reason.code()).collect();
    if !codes.is_empty() {
        if let Ok(v) = HeaderValue::from_str(&codes.join(",")) {
            headers_out.insert("x-poortwachter-reasons", v);
        }
    }
    if let Ok(v) = HeaderValue::from_str(&provider.name) {
        headers_out.insert("x-poortwachter-provider", v);
    }
    if let Ok(v) = HeaderValue::from_str(&req.conversation) {
        headers_out.insert(CONVERSATION_HEADER, v);
    }
    let out_ctx = OutputCtx {
        scope,
        original: Arc::new(original),
        purpose,
        group: key.group.clone(),
        provider: provider.name.clone(),
    };
    match upstream {
        UpstreamResponse::Json(v) => {
            let up = t_up.elapsed();
            req.upstream_ms = Some(u64::try_from(up.as_millis()).unwrap_or(u64::MAX));
            let (model_version, tokens) = reported_model_and_usage(&v);
            let (v, output) = finish_json(req, v, restorer, &out_ctx).await?;
            let mut done = req.completion("forwarded", 200, "");
            done.model_version = model_version;
            done.tokens = tokens;
            let flagged = with_output(&mut done, output.as_ref());
            if let Some(e) = output_error(output.as_ref()) {
                done.outcome = "response_blocked";
                done.status = Some(e.status().as_u16());
                req.complete(done).await?;
                return Err(e);
            }
            // The completion record is written before the answer is released.
            req.complete(done).await?;
            if let Some(id) = v.get("id").and_then(Value::as_str) {
                if req.route == Route::Responses {
                    state.remember_response(&key.id, id, &req.conversation);
                }
            }
            if !flagged.is_empty() {
                if let Ok(v) = HeaderValue::from_str(&flagged.join(",")) {
                    headers_out.insert("x-poortwachter-output", v);
                }
            }
            state
                .0
                .metrics
                .overhead(req.route.path(), req.started.elapsed().saturating_sub(up));
            state
                .0
                .metrics
                .request(req.route.path(), &provider.name, decision.outcome.as_str());
            let mut resp = axum::Json(v).into_response();
            resp.headers_mut().extend(headers_out);
            Ok(resp)
        }
        UpstreamResponse::Stream(s)
            if output_rule(&state, &out_ctx) != policy::OutputAction::Flag && cfg.scanning =>
        {
            // The output rule may redact or block: the answer is read whole and checked
            // before the first byte goes out. Streams cannot be redacted after the fact,
            // so a finding refuses the answer (the stricter choice).
            let (events, output) = buffered(req, s, restorer, &out_ctx).await?;
            let mut done = req.completion("forwarded", 200, "");
            done.streamed = true;
            with_output(&mut done, output.as_ref());
            if output.is_some() {
                let e = output_error(output.as_ref()).unwrap_or(Error::OutputBlocked {
                    reasons: vec![Reason::OutputUnexpectedPersonalData],
                });
                done.outcome = "response_blocked";
                done.status = Some(e.status().as_u16());
                req.complete(done).await?;
                return Err(e);
            }
            req.complete(done).await?;
            state
                .0
                .metrics
                .request(req.route.path(), &provider.name, decision.outcome.as_str());
            let body = Body::from_stream(futures_util::stream::iter(
                events
                    .into_iter()
                    .map(|e| Ok::<_, std::convert::Infallible>(e.to_bytes())),
            ));
            let mut resp = Response::new(body);
            let h = resp.headers_mut();
            h.insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/event-stream"),
            );
            h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
            h.extend(headers_out);
            Ok(resp)
        }
        UpstreamResponse::Stream(s) => {
            state.0.metrics.overhead(req.route.path(), pre);
            state
                .0
                .metrics
                .request(req.route.path(), &provider.name, decision.outcome.as_str());
            let task = StreamTask {
                state: state.clone(),
                request_id: req.request_id.clone(),
                key_id: key.id.clone(),
                conversation: req.conversation.clone(),
                route: req.route,
                completion: {
                    let mut c = req.completion("forwarded", 200, "");
                    c.streamed = true;
                    c
                },
                ctx: out_ctx,
                timeout: cfg.limits.upstream_timeout,
                lang: req.lang,
                started: req.started,
            };
            req.completed = true; // the stream task writes the completion record
            let pump = StreamPump::new(task, s, restorer);
            let body = Body::from_stream(futures_util::stream::unfold(pump, |mut p| async move {
                let next = p.next().await?;
                Some((Ok::<_, std::convert::Infallible>(next), p))
            }));
            let mut resp = Response::new(body);
            let h = resp.headers_mut();
            h.insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/event-stream"),
            );
            h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
            h.extend(headers_out);
            Ok(resp)
        }
    }
}

/// What the output check needs.
struct OutputCtx {
    scope: Scope,
    original: Arc<String>,
    purpose: String,
    group: String,
    provider: String,
}

/// Runs the output check on `texts`; returns the decision when something unexpected was found.
fn output_check(state: &AppState, ctx: &OutputCtx, texts: &[String]) -> Option<scan::OutputCheck> {
    if !state.0.config.scanning {
        return None;
    }
    let provider = state.0.config.providers.get(&ctx.provider)?;
    let pctx = Context::new(
        Direction::Output,
        &ctx.purpose,
        &ctx.group,
        &provider.profile,
    )
    .provider_name(&provider.name);
    let check = scan::check_output(
        &state.0.detector,
        &state.0.config.policy,
        pctx,
        texts,
        &ctx.original,
        &state.0.vault,
        &ctx.scope,
    );
    check.decision.as_ref()?;
    Some(check)
}

/// Rough size of the strings in a JSON value (to choose inline or pooled work).
fn approx_size(v: &Value) -> usize {
    match v {
        Value::String(s) => s.len(),
        Value::Array(a) => a.iter().map(approx_size).sum(),
        Value::Object(m) => m.iter().map(|(k, x)| k.len() + approx_size(x)).sum(),
        Value::Null | Value::Bool(_) | Value::Number(_) => 1,
    }
}

/// The output rule in force for this request.
fn output_rule(state: &AppState, ctx: &OutputCtx) -> policy::OutputAction {
    let Some(provider) = state.0.config.providers.get(&ctx.provider) else {
        return policy::OutputAction::Block;
    };
    let pctx = Context::new(
        Direction::Output,
        &ctx.purpose,
        &ctx.group,
        &provider.profile,
    )
    .provider_name(&provider.name);
    state.0.config.policy.rules_for(&pctx).output_unexpected()
}

/// Reads a whole upstream stream, restores it and runs the output check before anything
/// is sent. Returns the events to send, or refuses the answer.
async fn buffered(
    req: &Req,
    mut upstream: crate::upstream::ByteStream,
    restorer: StreamRestorer,
    ctx: &OutputCtx,
) -> Result<(Vec<SseEvent>, Option<OutputFound>), Error> {
    let timeout = req.state.0.config.limits.upstream_timeout;
    let mut parser = SseParser::default();
    let mut tf = Transformer::new(restorer);
    let mut events = Vec::new();
    loop {
        match tokio::time::timeout(timeout, upstream.next()).await {
            Err(_) => return Err(Error::UpstreamTimeout),
            Ok(Some(Err(e))) => return Err(e),
            Ok(None) => break,
            Ok(Some(Ok(bytes))) => {
                for ev in parser.push(&bytes).map_err(|()| Error::UpstreamInvalid)? {
                    events.extend(tf.on_event(ev));
                }
            }
        }
    }
    if let Some(ev) = parser.finish() {
        events.extend(tf.on_event(ev));
    }
    events.extend(tf.finish());
    let texts = tf.raw_texts();
    let state = req.state.clone();
    let octx = OutputCtx {
        scope: ctx.scope.clone(),
        original: Arc::clone(&ctx.original),
        purpose: ctx.purpose.clone(),
        group: ctx.group.clone(),
        provider: ctx.provider.clone(),
    };
    let size: usize = texts.iter().map(String::len).sum();
    let check = cpu(size, move || output_check(&state, &octx, &texts))
        .await
        .map_err(|()| Error::DetectionFailed)?;
    let Some(check) = check else {
        return Ok((events, None));
    };
    let Some(decision) = check.decision else {
        return Ok((events, None));
    };
    req.state
        .0
        .metrics
        .reason(Reason::OutputUnexpectedPersonalData.code());
    Ok((
        events,
        Some(OutputFound {
            decision,
            counts: check.counts,
        }),
    ))
}

/// The model (version) and token usage an upstream reported in a JSON answer: chat and
/// legacy completions (`usage.prompt_tokens`/`completion_tokens`) and the Responses API
/// (`usage.input_tokens`/`output_tokens`).
fn reported_model_and_usage(v: &serde_json::Value) -> (Option<String>, Option<(u64, u64)>) {
    let model = v.get("model").and_then(|m| m.as_str()).map(str::to_string);
    let usage = v.get("usage").and_then(|u| {
        let n = |a: &str, b: &str| {
            u.get(a)
                .or_else(|| u.get(b))
                .and_then(serde_json::Value::as_u64)
        };
        Some((
            n("prompt_tokens", "input_tokens")?,
            n("completion_tokens", "output_tokens")?,
        ))
    });
    (model, usage)
}

/// What the output check found in an answer.
struct OutputFound {
    decision: Decision,
    counts: Vec<(detect::EntityKind, usize)>,
}

/// Puts the output check's result into a completion record; returns the header codes.
fn with_output(ev: &mut AuditEvent, found: Option<&OutputFound>) -> Vec<&'static str> {
    let Some(f) = found else { return Vec::new() };
    ev.output_checked = true;
    ev.decision = f.decision.outcome.as_str();
    ev.reasons = audit_reasons(&f.decision);
    ev.counts = f.counts.clone();
    vec![Reason::OutputUnexpectedPersonalData.code()]
}

/// The refusal an output finding leads to, when the output rule blocks.
fn output_error(found: Option<&OutputFound>) -> Option<Error> {
    let f = found?;
    if f.decision.outcome != Action::Block {
        return None;
    }
    let mut reasons: Vec<Reason> = f.decision.blocking_reasons().collect();
    reasons.sort_by_key(|r| *r != Reason::OutputUnexpectedPersonalData);
    Some(Error::OutputBlocked { reasons })
}

fn audit_reasons(d: &Decision) -> Vec<AuditReason> {
    d.reasons
        .iter()
        .map(|r| AuditReason {
            code: r.reason.code(),
            action: r.action.as_str(),
            count: r.count,
            legal_ground: r.reason.legal_ground(),
        })
        .collect()
}

/// Output check, redaction and restoring of a JSON answer. Returns the answer and the
/// output reason codes flagged.
async fn finish_json(
    req: &Req,
    v: Value,
    restorer: StreamRestorer,
    ctx: &OutputCtx,
) -> Result<(Value, Option<OutputFound>), Error> {
    let state = req.state.clone();
    let ctx = OutputCtx {
        scope: ctx.scope.clone(),
        original: Arc::clone(&ctx.original),
        purpose: ctx.purpose.clone(),
        group: ctx.group.clone(),
        provider: ctx.provider.clone(),
    };
    let size = approx_size(&v);
    let job = cpu(size, move || {
        let mut v = v;
        let mut texts = Vec::new();
        walk::strings(&v, &mut texts);
        let check = output_check(&state, &ctx, &texts);
        if let Some(c) = &check {
            if c.redact.iter().any(|r| !r.is_empty()) {
                let mut i = 0;
                walk::map_strings(&mut v, &mut |s| {
                    let spans = c.redact.get(i).cloned().unwrap_or_default();
                    i += 1;
                    (!spans.is_empty()).then(|| scan::redact(s, &spans))
                });
            }
        }
        walk::map_strings(&mut v, &mut |s| Some(restorer.restore(s)));
        (v, check)
    });
    let (v, check) = tokio::time::timeout(req.state.0.config.limits.detect_timeout, job)
        .await
        .map_err(|_| Error::DetectionFailed)?
        .map_err(|()| Error::DetectionFailed)?;
    let Some(check) = check else {
        return Ok((v, None));
    };
    let Some(decision) = check.decision else {
        return Ok((v, None));
    };
    req.state
        .0
        .metrics
        .reason(Reason::OutputUnexpectedPersonalData.code());
    Ok((
        v,
        Some(OutputFound {
            decision,
            counts: check.counts,
        }),
    ))
}

/// What the stream's completion record needs, and writes it once.
struct StreamTask {
    state: AppState,
    request_id: String,
    key_id: String,
    conversation: String,
    route: Route,
    completion: AuditEvent,
    ctx: OutputCtx,
    timeout: Duration,
    lang: Lang,
    started: Instant,
}

/// Reads an upstream stream, restores it and feeds the client. It runs inside the
/// response body: each upstream chunk is read when the client's connection asks for more
/// and its events go out in the same poll, with no task or channel in between (a hop
/// between threads cost more than the rest of the path). It writes the request's
/// completion record before the final event (`[DONE]`, or the end of the stream), and
/// when the upstream fails. When the client goes away the body is dropped, which drops
/// the upstream connection (cancelling the call) and writes a `cancelled` record.
struct StreamPump {
    task: StreamTask,
    upstream: crate::upstream::ByteStream,
    parser: SseParser,
    tf: Transformer,
    done_seen: bool,
    first_event: bool,
    /// Events ready for the client, oldest first.
    out: std::collections::VecDeque<bytes::Bytes>,
    /// Upstream events read but not yet restored: one read may carry many events, and
    /// each is restored only when the client is ready for it, so that the first one
    /// leaves before the rest are worked on.
    pending: std::collections::VecDeque<SseEvent>,
    /// Something was handed to the client since the last upstream read.
    delivered: bool,
    /// Nothing more is read from upstream; the stream ends once `out` is empty.
    ended: bool,
}

impl StreamPump {
    fn new(
        task: StreamTask,
        upstream: crate::upstream::ByteStream,
        restorer: StreamRestorer,
    ) -> Self {
        StreamPump {
            task,
            upstream,
            parser: SseParser::default(),
            tf: Transformer::new(restorer),
            done_seen: false,
            first_event: true,
            out: std::collections::VecDeque::new(),
            pending: std::collections::VecDeque::new(),
            delivered: false,
            ended: false,
        }
    }

    /// The next bytes for the client; `None` ends the stream.
    async fn next(&mut self) -> Option<bytes::Bytes> {
        loop {
            if let Some(b) = self.out.pop_front() {
                self.delivered = true;
                return Some(b);
            }
            if let Some(ev) = self.pending.pop_front() {
                if std::mem::take(&mut self.delivered) {
                    // Give the connection a turn to write what it was handed before
                    // restoring the next event of the same read: otherwise the server
                    // collects a whole burst (a fast model, a proxy that buffers) and
                    // the first token waits for the last one to be restored.
                    tokio::task::yield_now().await;
                }
                self.on_event(ev).await;
                continue;
            }
            if self.ended {
                return None;
            }
            self.read().await;
        }
    }

    /// Reads one upstream chunk; its complete events wait in `pending`.
    async fn read(&mut self) {
        self.delivered = false;
        match tokio::time::timeout(self.task.timeout, self.upstream.next()).await {
            Err(_) => self.fail(Error::UpstreamTimeout).await,
            Ok(Some(Err(e))) => self.fail(e).await,
            Ok(None) => self.end().await,
            Ok(Some(Ok(bytes))) => match self.parser.push(&bytes) {
                Ok(evs) => self.pending.extend(evs),
                Err(()) => self.fail(Error::UpstreamInvalid).await,
            },
        }
    }

    /// Restores one upstream event and queues what it yields for the client.
    async fn on_event(&mut self, ev: SseEvent) {
        if self.ended {
            return;
        }
        if ev.data.trim() == "[DONE]" {
            self.done_seen = true;
            self.out
                .extend(self.tf.finish().iter().map(SseEvent::to_bytes));
            if !self.task.finish(&self.tf, &mut self.out).await {
                self.ended = true;
                self.pending.clear();
                return;
            }
        }
        if self.task.route == Route::Responses {
            self.task.remember_response_id(&ev);
        }
        self.task.note_model_and_usage(&ev, self.first_event);
        self.first_event = false;
        self.out
            .extend(self.tf.on_event(ev).iter().map(SseEvent::to_bytes));
    }

    /// The upstream ended: flush what is held back, and write the record if `[DONE]`
    /// never came.
    async fn end(&mut self) {
        self.ended = true;
        let mut tail: Vec<SseEvent> = self
            .parser
            .finish()
            .map(|e| self.tf.on_event(e))
            .unwrap_or_default();
        tail.extend(self.tf.finish());
        if !self.done_seen && !self.task.finish(&self.tf, &mut self.out).await {
            return;
        }
        self.out.extend(tail.iter().map(SseEvent::to_bytes));
    }

    /// Ends the stream with an error event and a completion record.
    async fn fail(&mut self, e: Error) {
        self.ended = true;
        self.task.send_error(&mut self.out, &e);
        self.task
            .record("upstream_error", Some(e.status().as_u16()), None)
            .await;
    }
}

impl Drop for StreamPump {
    /// The client went away before the record was written: record the cancellation.
    fn drop(&mut self) {
        let Some(ev) = self.task.take_record("cancelled", None, None) else {
            return;
        };
        tracing::info!(request_id = %self.task.request_id, "client went away; upstream call cancelled");
        let sink = Arc::clone(&self.task.state.0.audit);
        match tokio::runtime::Handle::try_current() {
            Ok(rt) => {
                rt.spawn(append_event(sink, ev));
            }
            Err(_) => {
                let _ = sink.append(&ev);
            }
        }
    }
}

impl StreamTask {
    /// Takes the model (version) from the first event and token usage from an event that
    /// carries it (the last chunk when the client asked for usage; `response.completed` in
    /// the Responses API), for the completion record. Other events are not parsed.
    fn note_model_and_usage(&mut self, ev: &SseEvent, first: bool) {
        if !(first || ev.data.contains("\"usage\"")) {
            return;
        }
        let Ok(v) = serde_json::from_str::<Value>(&ev.data) else {
            return;
        };
        let v = v.get("response").unwrap_or(&v);
        let (model, usage) = reported_model_and_usage(v);
        if first {
            self.completion.model_version = model;
        }
        if usage.is_some() {
            self.completion.tokens = usage;
        }
    }

    fn remember_response_id(&self, ev: &SseEvent) {
        if !ev.data.contains("response.created") {
            return;
        }
        if let Ok(v) = serde_json::from_str::<Value>(&ev.data) {
            if let Some(id) = v
                .get("response")
                .and_then(|r| r.get("id"))
                .and_then(Value::as_str)
            {
                self.state
                    .remember_response(&self.key_id, id, &self.conversation);
            }
        }
    }

    /// The completion record with this outcome, the first time only (`None` after).
    fn take_record(
        &mut self,
        outcome: &'static str,
        status: Option<u16>,
        found: Option<&OutputFound>,
    ) -> Option<AuditEvent> {
        if self.completion.outcome == "written" {
            return None;
        }
        let mut ev = self.completion.clone();
        ev.outcome = outcome;
        if status.is_some() {
            ev.status = status;
        }
        ev.latency_ms = u64::try_from(self.started.elapsed().as_millis()).unwrap_or(u64::MAX);
        with_output(&mut ev, found);
        if outcome != "forwarded" {
            ev.decision = "block";
        }
        self.completion.outcome = "written";
        Some(ev)
    }

    /// Writes the completion record (once). Returns false when it could not be written.
    async fn record(
        &mut self,
        outcome: &'static str,
        status: Option<u16>,
        found: Option<&OutputFound>,
    ) -> bool {
        match self.take_record(outcome, status, found) {
            Some(ev) => append_event(Arc::clone(&self.state.0.audit), ev).await,
            None => true,
        }
    }

    /// Output check and completion record before the final event. Returns false when the
    /// stream must stop (the record could not be written; an error event is queued).
    async fn finish(
        &mut self,
        tf: &Transformer,
        out: &mut std::collections::VecDeque<bytes::Bytes>,
    ) -> bool {
        let texts = tf.raw_texts();
        let state = self.state.clone();
        let ctx = OutputCtx {
            scope: self.ctx.scope.clone(),
            original: Arc::clone(&self.ctx.original),
            purpose: self.ctx.purpose.clone(),
            group: self.ctx.group.clone(),
            provider: self.ctx.provider.clone(),
        };
        let size: usize = texts.iter().map(String::len).sum();
        let check = cpu(size, move || output_check(&state, &ctx, &texts))
            .await
            .ok()
            .flatten();
        let found = check.and_then(|c| {
            c.decision.map(|decision| OutputFound {
                decision,
                counts: c.counts,
            })
        });
        if found.is_some() {
            self.state
                .0
                .metrics
                .reason(Reason::OutputUnexpectedPersonalData.code());
        }
        if !self.record("forwarded", None, found.as_ref()).await {
            self.send_error(out, &Error::AuditUnavailable);
            return false;
        }
        if found.is_some() {
            out.push_back(bytes::Bytes::from(format!(
                ": x-poortwachter-output: {}\n\n",
                Reason::OutputUnexpectedPersonalData.code()
            )));
        }
        true
    }

    /// Queues one OpenAI-shaped error event; the stream ends after it.
    fn send_error(&self, out: &mut std::collections::VecDeque<bytes::Bytes>, e: &Error) {
        tracing::warn!(request_id = %self.request_id, code = e.code(), "stream ended with an error");
        self.state.0.metrics.error(e.code());
        let data = json!({"error": {"message": e.message(self.lang), "type": e.kind(), "code": e.code(), "param": null}});
        out.push_back(SseEvent::data(data.to_string()).to_bytes());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A panic in scanning work becomes an error (fail closed), inline and on the pool.
    #[tokio::test]
    async fn cpu_work_panics_are_errors() {
        #[allow(clippy::panic, reason = "the test provokes a panic")]
        fn boom() -> u8 {
            panic!("scan failed")
        }
        assert_eq!(cpu(1, boom).await, Err(()));
        assert_eq!(cpu(INLINE_BYTES + 1, boom).await, Err(()));
        assert_eq!(cpu(1, || 7u8).await, Ok(7));
    }

    /// Conversation ids from clients are used only when they are safe header values.
    #[test]
    fn clean_ids() {
        assert_eq!(clean_id("abc-123").as_deref(), Some("abc-123"));
        assert_eq!(clean_id("met spatie"), None);
        assert_eq!(clean_id(&"x".repeat(200)), None);
        assert_eq!(clean_id(""), None);
    }
}
