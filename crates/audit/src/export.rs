//! Exports: the Logboek dataverwerkingen shape, and flat rows (CSV) for subject access.
//!
//! # Logboek dataverwerkingen
//!
//! The Dutch government standard for logging processing of personal data (Logius /
//! MinBZK, `logboek-dataverwerkingen`) logs each processing operation with a W3C
//! trace id and span id, the parent span, name, start and end time, a status code, a
//! `resource` naming the system, and `attributes` in the `dpl.` namespace:
//! `dpl.core.processing_activity_id` (a URI into the register of processing
//! activities), `dpl.core.data_subject_id` (the subject's id, only in encrypted or
//! keyed form) and `dpl.core.data_subject_id_type`. One log line carries one data
//! subject, and every operation is logged (no sampling).
//!
//! Mapping: one gateway request is one operation. `trace_id`/`span_id`/
//! `parent_span_id` come from [`crate::TraceContext`] (the client's `traceparent`
//! continued), `name` is `poortwachter.<route>`, start and end time are the two
//! phases' times, the purpose becomes `dpl.core.processing_activity_id` (base URI +
//! purpose id), and each [`crate::SubjectHash`] becomes one line with
//! `dpl.core.data_subject_id` = its keyed hash and `dpl.core.data_subject_id_type` =
//! `poortwachter.hmac-sha256.<kind>`. A request without subjects gives one line
//! without subject attributes. Our own fields go under `poortwachter.`.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Map, Value, json};

use crate::{Entry, Event, Outcome, Phase, Record, SubjectHash, Timestamp};

/// Settings of the Logboek export.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LogboekOptions {
    /// URI prefix of the register of processing activities; the purpose id is appended.
    pub processing_activity_base: String,
    /// `service.name` of the resource.
    pub service_name: String,
    /// `service.version` of the resource.
    pub service_version: String,
}

impl Default for LogboekOptions {
    fn default() -> Self {
        LogboekOptions {
            processing_activity_base: "urn:poortwachter:processing-activity:".into(),
            service_name: "poortwachter".into(),
            service_version: env!("CARGO_PKG_VERSION").into(),
        }
    }
}

/// Turns a stream of entries (in chain order) into Logboek records.
#[derive(Debug)]
pub struct LogboekExporter {
    options: LogboekOptions,
    /// Request phases waiting for their completion: request id → (time, subjects, record).
    open: BTreeMap<String, (Timestamp, BTreeSet<SubjectHash>, Box<Record>)>,
}

fn status(outcome: Option<Outcome>) -> &'static str {
    match outcome {
        Some(Outcome::Forwarded | Outcome::Blocked | Outcome::ResponseBlocked) => "STATUS_CODE_OK",
        Some(Outcome::UpstreamError | Outcome::Cancelled | Outcome::Error) => "STATUS_CODE_ERROR",
        None => "STATUS_CODE_UNSET",
    }
}

impl LogboekExporter {
    /// A new exporter.
    pub fn new(options: LogboekOptions) -> Self {
        LogboekExporter {
            options,
            open: BTreeMap::new(),
        }
    }

    /// Feeds one entry; returns the Logboek records it completes.
    pub fn push(&mut self, entry: &Entry) -> Vec<Value> {
        let Event::Record(record) = &entry.event else {
            return Vec::new();
        };
        let rid = record.context.request_id.as_str().to_owned();
        match &record.phase {
            Phase::Request { subjects, .. } => {
                self.open.insert(
                    rid,
                    (
                        record.time,
                        subjects.iter().cloned().collect(),
                        record.clone(),
                    ),
                );
                Vec::new()
            }
            Phase::Completion(c) => {
                let (start, mut subjects, request) = self.open.remove(&rid).unwrap_or_else(|| {
                    (
                        Timestamp(record.time.0 - i64::try_from(c.latency_ms).unwrap_or(0)),
                        BTreeSet::new(),
                        record.clone(),
                    )
                });
                subjects.extend(c.subjects.iter().cloned());
                self.lines(
                    &request,
                    Some(record),
                    start,
                    record.time,
                    &subjects,
                    entry.seq,
                )
            }
        }
    }

    /// Records for requests that never completed (status `STATUS_CODE_UNSET`).
    pub fn finish(&mut self) -> Vec<Value> {
        let open = std::mem::take(&mut self.open);
        let mut out = Vec::new();
        for (_, (start, subjects, request)) in open {
            out.extend(self.lines(&request, None, start, start, &subjects, 0));
        }
        out
    }

    fn lines(
        &self,
        request: &Record,
        completion: Option<&Record>,
        start: Timestamp,
        end: Timestamp,
        subjects: &BTreeSet<SubjectHash>,
        seq: u64,
    ) -> Vec<Value> {
        let ctx = &request.context;
        let done = completion.and_then(|r| match &r.phase {
            Phase::Completion(c) => Some(c),
            Phase::Request { .. } => None,
        });
        let mut attrs = Map::new();
        attrs.insert(
            "dpl.core.processing_activity_id".into(),
            json!(format!(
                "{}{}",
                self.options.processing_activity_base, ctx.purpose
            )),
        );
        attrs.insert("poortwachter.request_id".into(), json!(ctx.request_id));
        attrs.insert("poortwachter.key_id".into(), json!(ctx.key_id));
        if let Some(u) = &ctx.user {
            attrs.insert("poortwachter.user".into(), json!(u));
        }
        if let Some(g) = &ctx.group {
            attrs.insert("poortwachter.group".into(), json!(g));
        }
        attrs.insert("poortwachter.provider".into(), json!(ctx.provider));
        if let Some(conv) = &ctx.conversation {
            attrs.insert("poortwachter.conversation".into(), json!(conv));
        }
        attrs.insert("poortwachter.model".into(), json!(ctx.model));
        if let Phase::Request { input, .. } = &request.phase {
            attrs.insert(
                "poortwachter.decision.request".into(),
                json!(input.decision.as_str()),
            );
        }
        if let Some(c) = done {
            attrs.insert("poortwachter.outcome".into(), json!(c.outcome.as_str()));
            if let Some(o) = &c.output {
                attrs.insert(
                    "poortwachter.decision.response".into(),
                    json!(o.decision.as_str()),
                );
            }
            if let Some(v) = &c.model_version {
                attrs.insert("poortwachter.model_version".into(), json!(v));
            }
            if let Some(e) = &c.error {
                attrs.insert("poortwachter.error".into(), json!(e));
            }
            if c.fallback {
                attrs.insert("poortwachter.fallback".into(), json!(true));
            }
        }
        if seq > 0 {
            attrs.insert("poortwachter.audit_seq".into(), json!(seq));
        }
        let mut base = json!({
            "trace_id": ctx.trace.trace_id,
            "span_id": ctx.trace.span_id,
            "name": format!("poortwachter.{}", ctx.route),
            "start_time": start.millis(),
            "end_time": end.millis(),
            "status_code": status(done.map(|c| c.outcome)),
            "resource": {"attributes": {
                "service.name": self.options.service_name,
                "service.version": self.options.service_version,
            }},
        });
        if let (Some(p), Some(obj)) = (&ctx.trace.parent_span_id, base.as_object_mut()) {
            obj.insert("parent_span_id".into(), json!(p));
        }
        let with = |attrs: Map<String, Value>| {
            let mut v = base.clone();
            if let Some(obj) = v.as_object_mut() {
                obj.insert("attributes".into(), Value::Object(attrs));
            }
            v
        };
        if subjects.is_empty() {
            return vec![with(attrs)];
        }
        subjects
            .iter()
            .map(|s| {
                let mut a = attrs.clone();
                a.insert("dpl.core.data_subject_id".into(), json!(s.digest_hex()));
                a.insert(
                    "dpl.core.data_subject_id_type".into(),
                    json!(format!(
                        "poortwachter.hmac-sha256.{}",
                        s.kind().as_str().to_lowercase()
                    )),
                );
                with(a)
            })
            .collect()
    }
}

/// Column names of [`subject_rows`].
pub const SUBJECT_COLUMNS: [&str; 14] = [
    "seq",
    "time",
    "phase",
    "request_id",
    "trace_id",
    "key_id",
    "user",
    "group",
    "purpose",
    "provider",
    "model",
    "decision",
    "outcome",
    "categories",
];

/// One flat row per entry for an access request (CSV): who processed what, when, for
/// which purpose, and which categories of data (never values).
pub fn subject_rows(entries: &[Entry]) -> Vec<[String; 14]> {
    entries
        .iter()
        .filter_map(|e| {
            let Event::Record(r) = &e.event else {
                return None;
            };
            let c = &r.context;
            let opt =
                |l: &Option<crate::Label>| l.as_ref().map(ToString::to_string).unwrap_or_default();
            let (decision, outcome, dir) = match &r.phase {
                Phase::Request { input, .. } => (input.decision.as_str(), "", Some(input)),
                Phase::Completion(done) => (
                    done.output.as_ref().map_or("", |o| o.decision.as_str()),
                    done.outcome.as_str(),
                    done.output.as_ref(),
                ),
            };
            let categories = dir
                .map(|d| {
                    d.entities
                        .keys()
                        .map(|k| k.as_str().to_owned())
                        .chain(d.special.keys().map(|s| s.as_str().to_owned()))
                        .collect::<Vec<_>>()
                        .join(" ")
                })
                .unwrap_or_default();
            Some([
                e.seq.to_string(),
                r.time.to_rfc3339(),
                r.phase_name().to_owned(),
                c.request_id.to_string(),
                c.trace.trace_id.clone(),
                c.key_id.to_string(),
                opt(&c.user),
                opt(&c.group),
                c.purpose.to_string(),
                c.provider.to_string(),
                c.model.to_string(),
                decision.to_owned(),
                outcome.to_owned(),
                categories,
            ])
        })
        .collect()
}

/// One CSV field, quoted when needed (RFC 4180).
pub fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Completion, Context, Decision, Direction, Label, TraceContext};
    use detect::EntityKind;

    fn ctx(parent: Option<&str>) -> Context {
        let l = |v: &str| Label::new("t", v).unwrap();
        Context {
            trace: TraceContext::for_request(parent, &l("req-1")),
            request_id: l("req-1"),
            key_id: l("k1"),
            user: Some(l("u1")),
            group: None,
            purpose: l("wmo"),
            provider: l("prov"),
            model: l("m"),
            route: l("chat.completions"),
            conversation: None,
        }
    }

    /// A request with two subjects becomes two Logboek lines with the standard fields.
    #[test]
    fn logboek_lines() {
        let h = crate::SubjectHasher::new(&[1u8; 32]).unwrap();
        let subjects = vec![
            h.hash(EntityKind::Bsn, "111222333").unwrap(),
            h.hash(EntityKind::Person, "Jan de Vries").unwrap(),
        ];
        let input =
            Direction::from_findings(Decision::Pseudonymise, vec![], &detect::Findings::default());
        let tp = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        let mut req = Record::request(ctx(Some(tp)), input, subjects.clone());
        req.time = Timestamp(1000);
        let mut done = Record::completion(
            ctx(Some(tp)),
            Completion {
                outcome: Outcome::Forwarded,
                output: None,
                model_version: Some(Label::new("v", "m-2025").unwrap()),
                status: Some(200),
                streamed: false,
                latency_ms: 500,
                upstream_ms: None,
                tokens: None,
                subjects: vec![],
                fallback: false,
                error: None,
            },
        );
        done.time = Timestamp(1500);
        let mut ex = LogboekExporter::new(LogboekOptions::default());
        let e = |seq, r: Record| Entry {
            seq,
            hash: String::new(),
            event: Event::Record(Box::new(r)),
        };
        assert!(ex.push(&e(1, req)).is_empty());
        let lines = ex.push(&e(2, done));
        assert_eq!(lines.len(), 2);
        let l = &lines[0];
        assert_eq!(l["trace_id"], "4bf92f3577b34da6a3ce929d0e0e4736");
        assert_eq!(l["parent_span_id"], "00f067aa0ba902b7");
        assert_eq!(l["span_id"].as_str().unwrap().len(), 16);
        assert_eq!(
            (l["start_time"].as_i64(), l["end_time"].as_i64()),
            (Some(1000), Some(1500))
        );
        assert_eq!(l["status_code"], "STATUS_CODE_OK");
        assert_eq!(
            l["attributes"]["dpl.core.processing_activity_id"],
            "urn:poortwachter:processing-activity:wmo"
        );
        let ids: BTreeSet<String> = lines
            .iter()
            .map(|l| {
                l["attributes"]["dpl.core.data_subject_id"]
                    .as_str()
                    .unwrap()
                    .to_owned()
            })
            .collect();
        assert_eq!(ids, subjects.iter().map(SubjectHash::digest_hex).collect());
        let types: BTreeSet<&str> = lines
            .iter()
            .map(|l| {
                l["attributes"]["dpl.core.data_subject_id_type"]
                    .as_str()
                    .unwrap()
            })
            .collect();
        assert!(types.contains("poortwachter.hmac-sha256.bsn"));
        let text = serde_json::to_string(&lines).unwrap();
        assert!(!text.contains("111222333") && !text.to_lowercase().contains("vries"));
        assert!(ex.finish().is_empty());
    }

    /// An unfinished request is exported by `finish` with status UNSET.
    #[test]
    fn unfinished_request() {
        let input = Direction::from_findings(Decision::Allow, vec![], &detect::Findings::default());
        let mut ex = LogboekExporter::new(LogboekOptions::default());
        let entry = Entry {
            seq: 1,
            hash: String::new(),
            event: Event::Record(Box::new(Record::request(ctx(None), input, vec![]))),
        };
        assert!(ex.push(&entry).is_empty());
        let rest = ex.finish();
        assert_eq!(rest.len(), 1);
        assert_eq!(rest[0]["status_code"], "STATUS_CODE_UNSET");
        assert!(rest[0].get("parent_span_id").is_none());
    }

    /// CSV quoting follows RFC 4180.
    #[test]
    fn csv_quoting() {
        assert_eq!(csv_field("a b"), "a b");
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("a\"b"), "\"a\"\"b\"");
    }
}
