//! The built-in demo model: deterministic, local, no network.
//!
//! It answers by quoting the last user message, so a newcomer sees the placeholders the
//! model received being turned back into the original values. Streams are cut into
//! small pieces (a few bytes each) so that placeholders are split across events.

use bytes::Bytes;
use serde_json::{Value, json};

use crate::route::Route;
use crate::upstream::{ByteStream, UpstreamResponse};
use crate::walk;

const PREFIX: &str = "Demo-antwoord (geen echt taalmodel). U schreef: ";

/// The text of the last user turn (chat, responses, completions), or all strings.
fn last_user_text(route: Route, body: &Value) -> String {
    let text_of = |content: &Value| -> String {
        match content {
            Value::String(s) => s.clone(),
            Value::Array(parts) => parts
                .iter()
                .filter_map(|p| p.get("text").and_then(Value::as_str))
                .collect::<Vec<_>>()
                .join(" "),
            _ => String::new(),
        }
    };
    match route {
        Route::ChatCompletions => body
            .get("messages")
            .and_then(Value::as_array)
            .and_then(|m| {
                m.iter()
                    .rev()
                    .find(|x| x.get("role").and_then(Value::as_str) == Some("user"))
            })
            .map(|m| text_of(m.get("content").unwrap_or(&Value::Null)))
            .unwrap_or_default(),
        Route::Responses => match body.get("input") {
            Some(Value::String(s)) => s.clone(),
            Some(Value::Array(items)) => items
                .iter()
                .rev()
                .find(|x| x.get("role").and_then(Value::as_str) == Some("user"))
                .map(|m| text_of(m.get("content").unwrap_or(&Value::Null)))
                .unwrap_or_default(),
            _ => String::new(),
        },
        Route::Completions | Route::Embeddings => {
            let mut out = Vec::new();
            walk::strings(
                body.get("prompt")
                    .or(body.get("input"))
                    .unwrap_or(&Value::Null),
                &mut out,
            );
            out.join(" ")
        }
    }
}

fn pieces(text: &str) -> Vec<String> {
    // Deterministic uneven pieces of 1..=5 chars.
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut want = 1;
    for c in text.chars() {
        cur.push(c);
        if cur.chars().count() >= want {
            out.push(std::mem::take(&mut cur));
            want = want % 5 + 1;
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

fn embedding(text: &str) -> Vec<f32> {
    let mut v = [0f32; 16];
    for (i, b) in text.bytes().enumerate() {
        v[(i + b as usize) % 16] += f32::from(b) / 255.0;
    }
    let norm = v.iter().map(|x| x * x).sum::<f32>().sqrt().max(1e-6);
    v.iter().map(|x| x / norm).collect()
}

/// The demo model's answer to `body` on `route`.
pub(crate) fn respond(route: Route, body: &Value, stream: bool) -> UpstreamResponse {
    let model = body
        .get("model")
        .and_then(Value::as_str)
        .unwrap_or("demo")
        .to_string();
    let answer = format!("{PREFIX}{}", last_user_text(route, body));
    let created = 1_700_000_000u64;
    match (route, stream) {
        (Route::Embeddings, _) => {
            let mut inputs = Vec::new();
            walk::strings(body.get("input").unwrap_or(&Value::Null), &mut inputs);
            let data: Vec<Value> = inputs
                .iter()
                .enumerate()
                .map(|(i, t)| json!({"object": "embedding", "index": i, "embedding": embedding(t)}))
                .collect();
            UpstreamResponse::Json(
                json!({"object": "list", "data": data, "model": model, "usage": {"prompt_tokens": 0, "total_tokens": 0}}),
            )
        }
        (Route::ChatCompletions, false) => UpstreamResponse::Json(json!({
            "id": "chatcmpl-demo", "object": "chat.completion", "created": created, "model": model,
            "choices": [{"index": 0, "message": {"role": "assistant", "content": answer}, "finish_reason": "stop", "logprobs": null}],
            "usage": {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0}
        })),
        (Route::Completions, false) => UpstreamResponse::Json(json!({
            "id": "cmpl-demo", "object": "text_completion", "created": created, "model": model,
            "choices": [{"index": 0, "text": answer, "finish_reason": "stop", "logprobs": null}],
            "usage": {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0}
        })),
        (Route::Responses, false) => {
            UpstreamResponse::Json(response_object(&model, &answer, created))
        }
        (Route::ChatCompletions, true) => {
            let mut events = vec![
                json!({"id": "chatcmpl-demo", "object": "chat.completion.chunk", "created": created, "model": model,
                "choices": [{"index": 0, "delta": {"role": "assistant", "content": ""}, "finish_reason": null}]}),
            ];
            for p in pieces(&answer) {
                events.push(json!({"id": "chatcmpl-demo", "object": "chat.completion.chunk", "created": created, "model": model,
                    "choices": [{"index": 0, "delta": {"content": p}, "finish_reason": null}]}));
            }
            events.push(json!({"id": "chatcmpl-demo", "object": "chat.completion.chunk", "created": created, "model": model,
                "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}));
            sse(events
                .into_iter()
                .map(|e| (None, e.to_string()))
                .chain([(None, "[DONE]".to_string())])
                .collect())
        }
        (Route::Completions, true) => {
            let mut events: Vec<(Option<&str>, String)> = pieces(&answer)
                .into_iter()
                .map(|p| (None, json!({"id": "cmpl-demo", "object": "text_completion", "created": created, "model": model,
                    "choices": [{"index": 0, "text": p, "finish_reason": null}]}).to_string()))
                .collect();
            events.push((None, json!({"id": "cmpl-demo", "object": "text_completion", "created": created, "model": model,
                "choices": [{"index": 0, "text": "", "finish_reason": "stop"}]}).to_string()));
            events.push((None, "[DONE]".to_string()));
            sse(events)
        }
        (Route::Responses, true) => {
            let mut seq = 0u64;
            let mut ev = |kind: &'static str, mut v: Value| {
                v["type"] = json!(kind);
                v["sequence_number"] = json!(seq);
                seq += 1;
                (Some(kind), v.to_string())
            };
            let mut start = response_object(&model, "", created);
            start["status"] = json!("in_progress");
            start["output"] = json!([]);
            let mut events = vec![
                ev("response.created", json!({"response": start.clone()})),
                ev("response.in_progress", json!({"response": start})),
                ev(
                    "response.output_item.added",
                    json!({"output_index": 0, "item": {"id": "msg_demo", "type": "message", "status": "in_progress", "role": "assistant", "content": []}}),
                ),
                ev(
                    "response.content_part.added",
                    json!({"item_id": "msg_demo", "output_index": 0, "content_index": 0, "part": {"type": "output_text", "text": "", "annotations": []}}),
                ),
            ];
            for p in pieces(&answer) {
                events.push(ev("response.output_text.delta", json!({"item_id": "msg_demo", "output_index": 0, "content_index": 0, "delta": p, "logprobs": []})));
            }
            events.push(ev("response.output_text.done", json!({"item_id": "msg_demo", "output_index": 0, "content_index": 0, "text": answer, "logprobs": []})));
            events.push(ev("response.content_part.done", json!({"item_id": "msg_demo", "output_index": 0, "content_index": 0, "part": {"type": "output_text", "text": answer, "annotations": []}})));
            let done = response_object(&model, &answer, created);
            events.push(ev(
                "response.output_item.done",
                json!({"output_index": 0, "item": done["output"][0].clone()}),
            ));
            events.push(ev("response.completed", json!({"response": done})));
            sse(events)
        }
    }
}

fn response_object(model: &str, answer: &str, created: u64) -> Value {
    json!({
        "id": "resp_demo", "object": "response", "created_at": created, "status": "completed", "model": model,
        "output": [{"id": "msg_demo", "type": "message", "status": "completed", "role": "assistant",
            "content": [{"type": "output_text", "text": answer, "annotations": []}]}],
        "parallel_tool_calls": true, "tool_choice": "auto", "tools": [],
        "usage": {"input_tokens": 0, "output_tokens": 0, "total_tokens": 0,
            "input_tokens_details": {"cached_tokens": 0}, "output_tokens_details": {"reasoning_tokens": 0}}
    })
}

/// An SSE byte stream, cut at uneven byte positions (so the parser sees split events).
fn sse(events: Vec<(Option<&str>, String)>) -> UpstreamResponse {
    let mut wire = String::new();
    for (name, data) in events {
        if let Some(n) = name {
            wire.push_str("event: ");
            wire.push_str(n);
            wire.push('\n');
        }
        wire.push_str("data: ");
        wire.push_str(&data);
        wire.push_str("\n\n");
    }
    let bytes = Bytes::from(wire);
    let mut chunks = Vec::new();
    let mut pos = 0;
    let mut step = 97;
    while pos < bytes.len() {
        let end = (pos + step).min(bytes.len());
        chunks.push(Ok(bytes.slice(pos..end)));
        pos = end;
        step = step % 251 + 61;
    }
    let s: ByteStream = Box::pin(futures_util::stream::iter(chunks));
    UpstreamResponse::Stream(s)
}
