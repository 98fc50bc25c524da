//! [`Metrics`]: Prometheus counters derived from audit records.
//!
//! Labels are only purpose, provider, direction, decision, outcome, kind, category and
//! reason code: all [`Label`]s or enum codes, never a user, a request id or content.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::sync::Mutex;

use crate::{Direction, Label, Phase, Record};

/// Counter names, with their help text, in the order they are rendered.
pub const COUNTERS: [(&str, &str); 7] = [
    (
        "poortwachter_decisions_total",
        "Policy decisions per direction, decision, purpose and provider.",
    ),
    (
        "poortwachter_requests_total",
        "Finished requests per purpose, provider and outcome.",
    ),
    (
        "poortwachter_findings_total",
        "Detected personal data per direction, kind, purpose and provider.",
    ),
    (
        "poortwachter_special_categories_total",
        "Special-category findings (art. 9/10) per direction, category, purpose and provider.",
    ),
    (
        "poortwachter_reasons_total",
        "Reason codes cited by decisions, per direction.",
    ),
    (
        "poortwachter_tokens_total",
        "Tokens reported by upstreams, per provider and type.",
    ),
    (
        "poortwachter_audit_appends_total",
        "Audit appends by result (ok, error).",
    ),
];

type Key = (usize, Vec<(&'static str, String)>);

/// Thread-safe counters. Call [`Metrics::observe`] with each record after it was
/// appended, [`Metrics::audit_append`] with each append's result, and serve
/// [`Metrics::render`] (Prometheus text format 0.0.4) on `/metrics`.
#[derive(Debug, Default)]
pub struct Metrics {
    counters: Mutex<BTreeMap<Key, u64>>,
}

impl Metrics {
    /// Empty counters.
    pub fn new() -> Self {
        Self::default()
    }

    fn add(&self, metric: usize, labels: Vec<(&'static str, String)>, n: u64) {
        if n == 0 {
            return;
        }
        if let Ok(mut c) = self.counters.lock() {
            *c.entry((metric, labels)).or_insert(0) += n;
        }
    }

    fn direction(&self, dir: &'static str, d: &Direction, purpose: &Label, provider: &Label) {
        let base = |extra: (&'static str, String)| {
            vec![
                ("direction", dir.to_owned()),
                extra,
                ("purpose", purpose.to_string()),
                ("provider", provider.to_string()),
            ]
        };
        self.add(0, base(("decision", d.decision.as_str().to_owned())), 1);
        for (kind, n) in &d.entities {
            self.add(2, base(("kind", kind.as_str().to_owned())), u64::from(*n));
        }
        for (cat, n) in &d.special {
            self.add(
                3,
                base(("category", cat.as_str().to_owned())),
                u64::from(*n),
            );
        }
        for r in &d.reasons {
            self.add(
                4,
                vec![("direction", dir.to_owned()), ("reason", r.to_string())],
                1,
            );
        }
    }

    /// Counts one audit record.
    pub fn observe(&self, record: &Record) {
        let ctx = &record.context;
        match &record.phase {
            Phase::Request { input, .. } => {
                self.direction("request", input, &ctx.purpose, &ctx.provider)
            }
            Phase::Completion(c) => {
                self.add(
                    1,
                    vec![
                        ("purpose", ctx.purpose.to_string()),
                        ("provider", ctx.provider.to_string()),
                        ("outcome", c.outcome.as_str().to_owned()),
                    ],
                    1,
                );
                if let Some(out) = &c.output {
                    self.direction("response", out, &ctx.purpose, &ctx.provider);
                }
                if let Some(t) = c.tokens {
                    let p = ctx.provider.to_string();
                    self.add(
                        5,
                        vec![("provider", p.clone()), ("type", "prompt".into())],
                        t.prompt,
                    );
                    self.add(
                        5,
                        vec![("provider", p), ("type", "completion".into())],
                        t.completion,
                    );
                }
            }
        }
    }

    /// Counts one append attempt.
    pub fn audit_append(&self, ok: bool) {
        self.add(
            6,
            vec![("result", if ok { "ok" } else { "error" }.into())],
            1,
        );
    }

    /// The counters in Prometheus text exposition format.
    pub fn render(&self) -> String {
        let counters = self.counters.lock().map(|c| c.clone()).unwrap_or_default();
        let mut out = String::new();
        for (i, (name, help)) in COUNTERS.iter().enumerate() {
            let _ = writeln!(out, "# HELP {name} {help}");
            let _ = writeln!(out, "# TYPE {name} counter");
            for ((_, labels), v) in counters.range((i, Vec::new())..(i + 1, Vec::new())) {
                let labels: Vec<String> = labels
                    .iter()
                    .map(|(k, v)| {
                        format!("{k}=\"{}\"", v.replace('\\', "\\\\").replace('"', "\\\""))
                    })
                    .collect();
                let _ = writeln!(out, "{name}{{{}}} {v}", labels.join(","));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Completion, Context, Decision, Outcome, Tokens, TraceContext};
    use detect::EntityKind;

    fn ctx() -> Context {
        let l = |v: &str| Label::new("t", v).unwrap();
        Context {
            trace: TraceContext::for_request(None, &l("r1")),
            request_id: l("r1"),
            key_id: l("k"),
            user: Some(l("u-secret-user")),
            group: None,
            purpose: l("p1"),
            provider: l("prov"),
            model: l("m"),
            route: l("chat.completions"),
            conversation: None,
        }
    }

    /// Records become labelled counters; users and request ids never become labels.
    #[test]
    fn counts_and_renders() {
        let m = Metrics::new();
        let mut input = Direction::from_findings(
            Decision::Pseudonymise,
            vec![Label::new("r", "identifier.bsn").unwrap()],
            &detect::Findings::default(),
        );
        input.entities.insert(EntityKind::Bsn, 2);
        m.observe(&Record::request(ctx(), input.clone(), vec![]));
        m.observe(&Record::request(ctx(), input, vec![]));
        m.observe(&Record::completion(
            ctx(),
            Completion {
                outcome: Outcome::Forwarded,
                output: None,
                model_version: None,
                status: Some(200),
                streamed: false,
                latency_ms: 5,
                upstream_ms: None,
                tokens: Some(Tokens {
                    prompt: 10,
                    completion: 3,
                }),
                subjects: vec![],
                fallback: false,
                error: None,
            },
        ));
        m.audit_append(true);
        let text = m.render();
        assert!(text.contains("poortwachter_decisions_total{direction=\"request\",decision=\"pseudonymise\",purpose=\"p1\",provider=\"prov\"} 2"), "{text}");
        assert!(text.contains("poortwachter_findings_total{direction=\"request\",kind=\"BSN\",purpose=\"p1\",provider=\"prov\"} 4"));
        assert!(text.contains(
            "poortwachter_requests_total{purpose=\"p1\",provider=\"prov\",outcome=\"forwarded\"} 1"
        ));
        assert!(text.contains("poortwachter_tokens_total{provider=\"prov\",type=\"prompt\"} 10"));
        assert!(text.contains(
            "poortwachter_reasons_total{direction=\"request\",reason=\"identifier.bsn\"} 2"
        ));
        assert!(text.contains("poortwachter_audit_appends_total{result=\"ok\"} 1"));
        assert!(!text.contains("u-secret-user") && !text.contains("r1"));
        assert_eq!(text.matches("# TYPE").count(), COUNTERS.len());
    }
}
