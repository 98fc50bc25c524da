//! Walking every string of a JSON body, including object keys and JSON text nested in
//! strings (tool-call arguments), in one fixed order.
//!
//! The request scanner collects the strings in a first pass and rewrites them in a
//! second pass over the same structure; both passes visit strings in the same order.

use policy::MediaCounts;
use serde_json::{Map, Value};

/// Deepest nesting walked; deeper bodies are refused (fail closed).
pub(crate) const MAX_DEPTH: usize = 64;

/// What a media part is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Media {
    Image,
    Audio,
    File,
}

/// The media kind of a content part object, from its `type` or its payload key.
pub(crate) fn media_part(map: &Map<String, Value>) -> Option<Media> {
    match map.get("type").and_then(Value::as_str) {
        Some("image_url" | "input_image" | "image") => return Some(Media::Image),
        Some("input_audio" | "audio") => return Some(Media::Audio),
        Some("file" | "input_file") => return Some(Media::File),
        _ => {}
    }
    if map.contains_key("image_url") {
        Some(Media::Image)
    } else if map.contains_key("input_audio") {
        Some(Media::Audio)
    } else {
        None
    }
}

/// Media kind of a data URI (`data:image/png;base64,…`).
pub(crate) fn data_uri(s: &str) -> Option<Media> {
    let rest = s
        .get(..5)
        .filter(|p| p.eq_ignore_ascii_case("data:"))
        .map(|_| &s[5..])?;
    if rest.starts_with("image/") {
        Some(Media::Image)
    } else if rest.starts_with("audio/") {
        Some(Media::Audio)
    } else {
        Some(Media::File)
    }
}

/// Whether `key` inside a media part holds the binary payload (never text-scanned).
fn payload_key(key: &str) -> bool {
    matches!(key, "data" | "file_data" | "b64_json")
}

/// Parses a string that holds a JSON object or array (tool-call arguments, embedded
/// documents); `None` for anything else.
pub(crate) fn nested_json(s: &str) -> Option<Value> {
    let t = s.trim_start();
    if !(t.starts_with('{') || t.starts_with('[')) {
        return None;
    }
    match serde_json::from_str::<Value>(s) {
        Ok(v @ (Value::Object(_) | Value::Array(_))) => Some(v),
        _ => None,
    }
}

/// The result of the first pass.
#[derive(Debug, Default)]
pub(crate) struct Collected {
    /// Every scannable string, in walk order.
    pub(crate) leaves: Vec<String>,
    /// Media parts seen.
    pub(crate) media: MediaCounts,
    /// Deeper than [`MAX_DEPTH`].
    pub(crate) too_deep: bool,
}

fn count(media: &mut MediaCounts, m: Media) {
    match m {
        Media::Image => media.images += 1,
        Media::Audio => media.audio += 1,
        Media::File => media.files += 1,
    }
}

/// Top-level fields that are not forwarded text: our own extensions (stripped) and the
/// model name (validated against the register, used for routing).
pub(crate) fn skip_top_level(key: &str) -> bool {
    key == "model" || key.starts_with("poortwachter::")
}

/// First pass: collects every string (keys included) except media payloads, counting media.
pub(crate) fn collect(body: &Value) -> Collected {
    let mut c = Collected::default();
    match body {
        Value::Object(map) => {
            for (k, v) in map {
                if skip_top_level(k) {
                    continue;
                }
                c.leaves.push(k.clone());
                walk_collect(v, &mut c, 1, false);
            }
        }
        other => walk_collect(other, &mut c, 0, false),
    }
    c
}

fn walk_collect(v: &Value, c: &mut Collected, depth: usize, in_media: bool) {
    if depth > MAX_DEPTH {
        c.too_deep = true;
        return;
    }
    match v {
        Value::String(s) => {
            if let Some(m) = data_uri(s) {
                if !in_media {
                    count(&mut c.media, m);
                }
                return;
            }
            if let Some(nested) = nested_json(s) {
                walk_collect(&nested, c, depth + 1, in_media);
            } else {
                c.leaves.push(s.clone());
            }
        }
        Value::Array(a) => {
            for x in a {
                walk_collect(x, c, depth + 1, in_media);
            }
        }
        Value::Object(map) => {
            let media = if in_media { None } else { media_part(map) };
            if let Some(m) = media {
                count(&mut c.media, m);
            }
            let in_media = in_media || media.is_some();
            for (k, x) in map {
                c.leaves.push(k.clone());
                if in_media && payload_key(k) {
                    continue;
                }
                walk_collect(x, c, depth + 1, in_media);
            }
        }
        Value::Null | Value::Bool(_) | Value::Number(_) => {}
    }
}

/// Second pass: rebuilds `body`, replacing the `i`-th collected string by `rewrite(i)`
/// (or keeping it), dropping media parts when `drop_media`, and stripping our own
/// top-level extensions.
pub(crate) fn rewrite(
    body: &Value,
    rewrite: &mut dyn FnMut(usize) -> Option<String>,
    drop_media: bool,
) -> Value {
    let mut n = 0usize;
    let mut next = |s: &str| -> String {
        let i = n;
        n += 1;
        rewrite(i).unwrap_or_else(|| s.to_string())
    };
    match body {
        Value::Object(map) => {
            let mut out = Map::new();
            for (k, v) in map {
                if skip_top_level(k) {
                    if k == "model" {
                        out.insert(k.clone(), v.clone());
                    }
                    continue;
                }
                let k2 = next(k);
                out.insert(k2, walk_rewrite(v, &mut next, false, drop_media));
            }
            Value::Object(out)
        }
        other => walk_rewrite(other, &mut next, false, drop_media),
    }
}

fn walk_rewrite(
    v: &Value,
    next: &mut dyn FnMut(&str) -> String,
    in_media: bool,
    drop_media: bool,
) -> Value {
    match v {
        Value::String(s) => {
            if data_uri(s).is_some() {
                return if drop_media {
                    Value::String(String::new())
                } else {
                    v.clone()
                };
            }
            if let Some(nested) = nested_json(s) {
                let inner = walk_rewrite(&nested, next, in_media, drop_media);
                Value::String(serde_json::to_string(&inner).unwrap_or_default())
            } else {
                Value::String(next(s))
            }
        }
        Value::Array(a) => {
            let mut out = Vec::with_capacity(a.len());
            for x in a {
                let drop = drop_media
                    && !in_media
                    && matches!(x, Value::Object(m) if media_part(m).is_some());
                // A dropped part is still walked so that string numbering stays aligned.
                let y = walk_rewrite(x, next, in_media, drop_media);
                if !drop {
                    out.push(y);
                }
            }
            Value::Array(out)
        }
        Value::Object(map) => {
            let in_media = in_media || media_part(map).is_some();
            let mut out = Map::new();
            for (k, x) in map {
                let k2 = next(k);
                if in_media && payload_key(k) {
                    out.insert(k2, x.clone());
                    continue;
                }
                out.insert(k2, walk_rewrite(x, next, in_media, drop_media));
            }
            Value::Object(out)
        }
        Value::Null | Value::Bool(_) | Value::Number(_) => v.clone(),
    }
}

/// Applies `f` to every string value (not keys) of `v`, recursing into nested JSON text,
/// which is re-serialised after `f` ran on its strings.
pub(crate) fn map_strings(v: &mut Value, f: &mut dyn FnMut(&str) -> Option<String>) {
    match v {
        Value::String(s) => {
            if let Some(mut nested) = nested_json(s) {
                map_strings(&mut nested, f);
                if let Ok(text) = serde_json::to_string(&nested) {
                    *s = text;
                }
            } else if let Some(new) = f(s) {
                *s = new;
            }
        }
        Value::Array(a) => a.iter_mut().for_each(|x| map_strings(x, f)),
        Value::Object(m) => m.values_mut().for_each(|x| map_strings(x, f)),
        Value::Null | Value::Bool(_) | Value::Number(_) => {}
    }
}

/// Every string value of `v` (not keys), nested JSON included, in order.
pub(crate) fn strings(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::String(s) => match nested_json(s) {
            Some(n) => strings(&n, out),
            None => out.push(s.clone()),
        },
        Value::Array(a) => a.iter().for_each(|x| strings(x, out)),
        Value::Object(m) => m.values().for_each(|x| strings(x, out)),
        Value::Null | Value::Bool(_) | Value::Number(_) => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// Keys, values, nested JSON and unknown fields are all collected; media payloads are not.
    #[test]
    fn collects_everything_but_payloads() {
        let body = json!({
            "model": "m",
            "poortwachter::conversation": "x",
            "messages": [{"role": "user", "content": [
                {"type": "text", "text": "hallo Jan"},
                {"type": "image_url", "image_url": {"url": "data:image/png;base64,AAAA"}}
            ]}],
            "tools": [{"function": {"arguments": "{\"naam\": \"Piet\"}"}}],
            "metadata": {"Karel": "onbekend veld"},
        });
        let c = collect(&body);
        for s in [
            "hallo Jan",
            "Piet",
            "naam",
            "Karel",
            "onbekend veld",
            "messages",
            "role",
            "user",
        ] {
            assert!(c.leaves.iter().any(|l| l == s), "missing {s}");
        }
        assert!(
            !c.leaves
                .iter()
                .any(|l| l.contains("base64") || l == "m" || l == "x")
        );
        assert_eq!(c.media.images, 1);
    }

    /// Rewriting visits the same strings in the same order, strips extensions, drops media on request.
    #[test]
    fn rewrite_matches_collect_order() {
        let body = json!({
            "model": "m", "poortwachter::conversation": "c",
            "messages": [{"role": "user", "content": [{"type": "text", "text": "a"}, {"type": "input_image", "image_url": "data:image/png;base64,AA"}]}],
            "x": "{\"k\": [\"b\", 1]}"
        });
        let c = collect(&body);
        let out = rewrite(&body, &mut |i| Some(format!("<{}>", c.leaves[i])), true);
        assert_eq!(out["model"], "m");
        assert!(out.get("poortwachter::conversation").is_none());
        assert_eq!(
            out["<messages>"][0]["<content>"].as_array().unwrap().len(),
            1
        );
        assert_eq!(out["<messages>"][0]["<content>"][0]["<text>"], "<a>");
        let nested: Value = serde_json::from_str(out["<x>"].as_str().unwrap()).unwrap();
        assert_eq!(nested, json!({"<k>": ["<b>", 1]}));
    }
}
