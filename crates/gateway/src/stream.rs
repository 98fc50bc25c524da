//! Restoring tokens in streamed answers (chat, completions and Responses API SSE).
//!
//! Each streamed text field (a choice's `content`, a tool call's `arguments`, a Responses
//! `*.delta`) gets its own [`vault::StreamRestorer`], which holds back only the bytes that
//! may still become a token. Held-back bytes are released in the next delta of the same
//! field, or, when the field ends (a `finish_reason`, a `*.done` event, `[DONE]`, the end
//! of the stream), in the finishing event or a small extra event just before it.
//! See `docs/streaming.md`.

use serde_json::{Value, json};
use vault::StreamRestorer;

use crate::sse::SseEvent;
use crate::walk;

#[derive(Clone, Debug)]
enum Slot {
    ChatField(&'static str),
    ChatTool(u64),
    CompletionText,
    ResponsesDelta,
}

struct Field {
    key: String,
    group: String,
    restorer: StreamRestorer,
    skeleton: Value,
    event: Option<String>,
    slot: Slot,
    raw: String,
}

impl Field {
    /// An extra event carrying `text` for this field, shaped like the field's own events.
    fn event_with(&self, text: String) -> SseEvent {
        let mut v = self.skeleton.clone();
        match &self.slot {
            Slot::ChatField(name) => v["choices"][0]["delta"][*name] = json!(text),
            Slot::ChatTool(i) => {
                v["choices"][0]["delta"]["tool_calls"] =
                    json!([{"index": i, "function": {"arguments": text}}]);
            }
            Slot::CompletionText => v["choices"][0]["text"] = json!(text),
            Slot::ResponsesDelta => v["delta"] = json!(text),
        }
        SseEvent {
            event: self.event.clone(),
            data: v.to_string(),
        }
    }
}

/// Restores tokens in an SSE stream, event by event.
pub(crate) struct Transformer {
    base: StreamRestorer,
    fields: Vec<Field>,
}

impl Transformer {
    pub(crate) fn new(base: StreamRestorer) -> Self {
        Transformer {
            base,
            fields: Vec::new(),
        }
    }

    /// The raw (not restored) streamed texts, one per field, for the output check.
    pub(crate) fn raw_texts(&self) -> Vec<String> {
        self.fields.iter().map(|f| f.raw.clone()).collect()
    }

    fn push(
        &mut self,
        key: String,
        group: String,
        slot: Slot,
        skeleton: impl FnOnce() -> Value,
        event: Option<&str>,
        text: &str,
    ) -> String {
        let i = match self.fields.iter().position(|f| f.key == key) {
            Some(i) => i,
            None => {
                let escape = matches!(slot, Slot::ChatTool(_)) || key.contains("arguments");
                self.fields.push(Field {
                    key,
                    group,
                    restorer: self.base.fresh(escape),
                    skeleton: skeleton(),
                    event: event.map(str::to_string),
                    slot,
                    raw: String::new(),
                });
                self.fields.len() - 1
            }
        };
        let f = &mut self.fields[i];
        f.raw.push_str(text);
        f.restorer.push(text)
    }

    /// Releases held-back bytes of the fields `which` selects, as extra events.
    fn flush(&mut self, which: impl Fn(&Field) -> bool) -> Vec<SseEvent> {
        let mut out = Vec::new();
        for f in self.fields.iter_mut().filter(|f| which(f)) {
            if f.restorer.held_back() > 0 {
                let rest = f.restorer.finish();
                out.push(f.event_with(rest));
            }
        }
        out
    }

    /// Ends the stream: everything still held back.
    pub(crate) fn finish(&mut self) -> Vec<SseEvent> {
        self.flush(|_| true)
    }

    /// Transforms one upstream event into the events to send.
    pub(crate) fn on_event(&mut self, ev: SseEvent) -> Vec<SseEvent> {
        if ev.data.trim() == "[DONE]" {
            let mut out = self.finish();
            out.push(ev);
            return out;
        }
        let Ok(mut v) = serde_json::from_str::<Value>(&ev.data) else {
            return vec![SseEvent {
                event: ev.event,
                data: self.base.restore(&ev.data),
            }];
        };
        if let Some(t) = v.get("type").and_then(Value::as_str).map(str::to_string) {
            return self.on_responses_event(ev.event, &t, v);
        }
        if v.get("choices").is_some_and(Value::is_array) {
            return self.on_choices_event(ev.event, v);
        }
        walk::map_strings(&mut v, &mut |s| Some(self.base.restore(s)));
        vec![SseEvent {
            event: ev.event,
            data: v.to_string(),
        }]
    }

    fn on_responses_event(
        &mut self,
        event: Option<String>,
        t: &str,
        mut v: Value,
    ) -> Vec<SseEvent> {
        let item = v
            .get("item_id")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string();
        if t.ends_with(".delta") {
            if let Some(delta) = v.get("delta").and_then(Value::as_str).map(str::to_string) {
                let content = v
                    .get("content_index")
                    .map_or(String::new(), Value::to_string);
                let key = format!("r|{t}|{item}|{content}");
                let skeleton = v.clone();
                let out = self.push(
                    key,
                    item,
                    Slot::ResponsesDelta,
                    || skeleton,
                    event.as_deref(),
                    &delta,
                );
                v["delta"] = json!(out);
                return vec![SseEvent {
                    event,
                    data: v.to_string(),
                }];
            }
        }
        let mut out = if t.ends_with(".done") && !item.is_empty() {
            self.flush(|f| f.group == item)
        } else if matches!(
            t,
            "response.completed" | "response.failed" | "response.incomplete" | "error"
        ) {
            self.finish()
        } else {
            Vec::new()
        };
        walk::map_strings(&mut v, &mut |s| Some(self.base.restore(s)));
        out.push(SseEvent {
            event,
            data: v.to_string(),
        });
        out
    }

    fn on_choices_event(&mut self, event: Option<String>, mut v: Value) -> Vec<SseEvent> {
        let mut before = Vec::new();
        let mut finishing: Vec<(String, Vec<String>)> = Vec::new();
        let shell = {
            let mut s = v.clone();
            s["choices"] = json!([]);
            s
        };
        let n = v["choices"].as_array().map_or(0, Vec::len);
        for pos in 0..n {
            let choice = v["choices"][pos].clone();
            let idx = choice
                .get("index")
                .and_then(Value::as_u64)
                .unwrap_or(pos as u64);
            let group = format!("c{idx}");
            let finished = choice.get("finish_reason").is_some_and(|f| !f.is_null());
            let mut touched = Vec::new();
            let chat_skeleton = |shell: &Value| {
                let mut s = shell.clone();
                s["choices"] = json!([{"index": idx, "delta": {}, "finish_reason": null}]);
                s
            };
            // Chat deltas.
            for name in ["content", "refusal", "reasoning_content", "reasoning"] {
                let text = choice
                    .get("delta")
                    .and_then(|d| d.get(name))
                    .and_then(Value::as_str)
                    .map(str::to_string);
                if let Some(text) = text {
                    let key = format!("{group}|{name}");
                    let mut out = self.push(
                        key.clone(),
                        group.clone(),
                        Slot::ChatField(name),
                        || chat_skeleton(&shell),
                        event.as_deref(),
                        &text,
                    );
                    if finished {
                        out.push_str(&self.finish_field(&key));
                    }
                    touched.push(key);
                    v["choices"][pos]["delta"][name] = json!(out);
                }
            }
            let tools = v["choices"][pos]
                .get("delta")
                .and_then(|d| d.get("tool_calls"))
                .and_then(Value::as_array)
                .map_or(0, Vec::len);
            for t in 0..tools {
                let tc = &v["choices"][pos]["delta"]["tool_calls"][t];
                let ti = tc.get("index").and_then(Value::as_u64).unwrap_or(t as u64);
                if let Some(text) = tc
                    .get("function")
                    .and_then(|f| f.get("arguments"))
                    .and_then(Value::as_str)
                    .map(str::to_string)
                {
                    let key = format!("{group}|tool{ti}|arguments");
                    let mut out = self.push(
                        key.clone(),
                        group.clone(),
                        Slot::ChatTool(ti),
                        || chat_skeleton(&shell),
                        event.as_deref(),
                        &text,
                    );
                    if finished {
                        out.push_str(&self.finish_field(&key));
                    }
                    touched.push(key);
                    v["choices"][pos]["delta"]["tool_calls"][t]["function"]["arguments"] =
                        json!(out);
                }
            }
            // Legacy completions.
            let text = v["choices"][pos]
                .get("text")
                .and_then(Value::as_str)
                .map(str::to_string);
            if let Some(text) = text {
                let key = format!("{group}|text");
                let skeleton = {
                    let mut s = shell.clone();
                    s["choices"] = json!([{"index": idx, "text": "", "finish_reason": null, "logprobs": null}]);
                    s
                };
                let mut out = self.push(
                    key.clone(),
                    group.clone(),
                    Slot::CompletionText,
                    || skeleton,
                    event.as_deref(),
                    &text,
                );
                if finished {
                    out.push_str(&self.finish_field(&key));
                }
                touched.push(key);
                v["choices"][pos]["text"] = json!(out);
            }
            if finished {
                finishing.push((group, touched));
            }
        }
        for (group, touched) in finishing {
            before.extend(self.flush(|f| f.group == group && !touched.contains(&f.key)));
        }
        before.push(SseEvent {
            event,
            data: v.to_string(),
        });
        before
    }

    fn finish_field(&mut self, key: &str) -> String {
        self.fields
            .iter_mut()
            .find(|f| f.key == key)
            .map_or(String::new(), |f| f.restorer.finish())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use detect::EntityKind;
    use vault::{Scope, Vault, VaultConfig};

    fn restorer() -> StreamRestorer {
        let v = Vault::new(VaultConfig::default());
        let mut s = v.session(&Scope::new("k", "c")).unwrap();
        assert_eq!(
            s.pseudonymise(EntityKind::Person, "Jan \"JJ\" Jansen")
                .unwrap(),
            "[PERSOON_1]"
        );
        assert_eq!(
            s.pseudonymise(EntityKind::Bsn, "111222333").unwrap(),
            "[BSN_1]"
        );
        s.restorer()
    }

    fn chat_event(content: Option<&str>, finish: Option<&str>) -> SseEvent {
        let delta = match content {
            Some(c) => json!({"content": c}),
            None => json!({}),
        };
        SseEvent::data(
            json!({"id": "x", "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]})
                .to_string(),
        )
    }

    fn content_of(events: &[SseEvent]) -> String {
        events
            .iter()
            .filter_map(|e| serde_json::from_str::<Value>(&e.data).ok())
            .filter_map(|v| {
                v["choices"][0]["delta"]["content"]
                    .as_str()
                    .map(str::to_string)
            })
            .collect()
    }

    /// Every chunk size restores the same text, and no partial token is ever sent.
    #[test]
    fn chat_chunks_any_size() {
        let text = "Beste [PERSOON_1], uw BSN [BSN_1] klopt. [PERSOON_1]";
        let expected = "Beste Jan \"JJ\" Jansen, uw BSN 111222333 klopt. Jan \"JJ\" Jansen";
        for size in 1..text.len() {
            let mut tf = Transformer::new(restorer());
            let mut out = Vec::new();
            let bytes: Vec<char> = text.chars().collect();
            for piece in bytes.chunks(size) {
                let p: String = piece.iter().collect();
                out.extend(tf.on_event(chat_event(Some(&p), None)));
            }
            out.extend(tf.on_event(chat_event(None, Some("stop"))));
            out.extend(tf.on_event(SseEvent::data("[DONE]")));
            assert_eq!(content_of(&out), expected, "chunk size {size}");
            assert!(
                out.iter()
                    .all(|e| !e.data.contains("[PERS") && !e.data.contains("[BSN"))
            );
            assert_eq!(out.last().unwrap().data, "[DONE]");
            assert_eq!(tf.raw_texts(), vec![text.to_string()]);
        }
    }

    /// Tool-call arguments are restored with JSON escaping, so they stay valid JSON.
    #[test]
    fn tool_arguments_stay_json() {
        let mut tf = Transformer::new(restorer());
        let args = r#"{"naam": "[PERSOON_1]", "bsn": "[BSN_1]"}"#;
        let mut out = Vec::new();
        for piece in args.as_bytes().chunks(4) {
            let p = std::str::from_utf8(piece).unwrap();
            let ev = json!({"choices": [{"index": 0, "delta": {"tool_calls": [{"index": 0, "function": {"arguments": p}}]}, "finish_reason": null}]});
            out.extend(tf.on_event(SseEvent::data(ev.to_string())));
        }
        out.extend(tf.on_event(chat_event(None, Some("tool_calls"))));
        let joined: String = out
            .iter()
            .filter_map(|e| serde_json::from_str::<Value>(&e.data).ok())
            .filter_map(|v| {
                v["choices"][0]["delta"]["tool_calls"][0]["function"]["arguments"]
                    .as_str()
                    .map(str::to_string)
            })
            .collect();
        let parsed: Value = serde_json::from_str(&joined).unwrap();
        assert_eq!(parsed["naam"], "Jan \"JJ\" Jansen");
        assert_eq!(parsed["bsn"], "111222333");
    }

    /// Responses API deltas are restored; held bytes are released before the `.done` event.
    #[test]
    fn responses_deltas() {
        let mut tf = Transformer::new(restorer());
        let mut out = Vec::new();
        for p in ["Hoi [PER", "SOON_1] en [BS"] {
            let ev = json!({"type": "response.output_text.delta", "item_id": "m1", "output_index": 0, "content_index": 0, "delta": p});
            out.extend(tf.on_event(SseEvent {
                event: Some("response.output_text.delta".into()),
                data: ev.to_string(),
            }));
        }
        let done = json!({"type": "response.output_text.done", "item_id": "m1", "output_index": 0, "content_index": 0, "text": "Hoi [PERSOON_1] en [BS"});
        out.extend(tf.on_event(SseEvent {
            event: Some("response.output_text.done".into()),
            data: done.to_string(),
        }));
        let deltas: String = out
            .iter()
            .filter_map(|e| serde_json::from_str::<Value>(&e.data).ok())
            .filter(|v| v["type"] == "response.output_text.delta")
            .map(|v| v["delta"].as_str().unwrap().to_string())
            .collect();
        assert_eq!(deltas, "Hoi Jan \"JJ\" Jansen en [BS");
        let last: Value = serde_json::from_str(&out.last().unwrap().data).unwrap();
        assert_eq!(last["text"], "Hoi Jan \"JJ\" Jansen en [BS");
    }
}
