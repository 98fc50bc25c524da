//! Prometheus metrics. Labels are routes, provider names, decisions and reason codes
//! only: never users, keys or content.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::sync::Mutex;
use std::time::Duration;

const BUCKETS: [f64; 14] = [
    0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5,
];

#[derive(Debug, Default)]
struct Histogram {
    counts: [u64; BUCKETS.len()],
    sum: f64,
    count: u64,
}

impl Histogram {
    fn observe(&mut self, secs: f64) {
        for (i, b) in BUCKETS.iter().enumerate() {
            if secs <= *b {
                self.counts[i] += 1;
            }
        }
        self.sum += secs;
        self.count += 1;
    }

    fn render(&self, out: &mut String, name: &str, labels: &str) {
        let sep = if labels.is_empty() { "" } else { "," };
        for (i, b) in BUCKETS.iter().enumerate() {
            let _ = writeln!(
                out,
                "{name}_bucket{{{labels}{sep}le=\"{b}\"}} {}",
                self.counts[i]
            );
        }
        let _ = writeln!(
            out,
            "{name}_bucket{{{labels}{sep}le=\"+Inf\"}} {}",
            self.count
        );
        let _ = writeln!(out, "{name}_sum{{{labels}}} {}", self.sum);
        let _ = writeln!(out, "{name}_count{{{labels}}} {}", self.count);
    }
}

#[derive(Debug, Default)]
struct Inner {
    requests: BTreeMap<(&'static str, String, &'static str), u64>,
    reasons: BTreeMap<&'static str, u64>,
    errors: BTreeMap<&'static str, u64>,
    overhead: BTreeMap<&'static str, Histogram>,
    detect: Histogram,
}

/// The gateway's counters and histograms.
#[derive(Debug, Default)]
pub struct Metrics {
    inner: Mutex<Inner>,
    /// Counters per decision, category, provider and purpose, taken from the audit
    /// records (the names are listed in docs/audit.md).
    audit: audit::Metrics,
}

impl Metrics {
    /// Counts what one audit record says (decision, findings, categories, purpose, provider).
    pub(crate) fn observe_audit(&self, record: &audit::Record) {
        self.audit.observe(record);
    }

    /// Counts one audit append, successful or not.
    pub(crate) fn audit_append(&self, ok: bool) {
        self.audit.audit_append(ok);
    }

    /// Counts one finished request.
    pub(crate) fn request(&self, route: &'static str, provider: &str, decision: &'static str) {
        if let Ok(mut m) = self.inner.lock() {
            *m.requests
                .entry((route, provider.to_string(), decision))
                .or_default() += 1;
        }
    }

    /// Counts one reason code.
    pub(crate) fn reason(&self, code: &'static str) {
        if let Ok(mut m) = self.inner.lock() {
            *m.reasons.entry(code).or_default() += 1;
        }
    }

    /// Counts one error by code.
    pub(crate) fn error(&self, code: &'static str) {
        if let Ok(mut m) = self.inner.lock() {
            *m.errors.entry(code).or_default() += 1;
        }
    }

    /// Records the gateway's own time for a request (total minus upstream).
    pub(crate) fn overhead(&self, route: &'static str, d: Duration) {
        if let Ok(mut m) = self.inner.lock() {
            m.overhead
                .entry(route)
                .or_default()
                .observe(d.as_secs_f64());
        }
    }

    /// Records the time detection took.
    pub(crate) fn detect(&self, d: Duration) {
        if let Ok(mut m) = self.inner.lock() {
            m.detect.observe(d.as_secs_f64());
        }
    }

    /// Prometheus text format.
    pub fn render(&self) -> String {
        let mut out = String::new();
        let Ok(m) = self.inner.lock() else { return out };
        out.push_str(
            "# HELP poortwachter_http_requests_total Requests by route, provider and decision.\n",
        );
        out.push_str("# TYPE poortwachter_http_requests_total counter\n");
        for ((route, provider, decision), n) in &m.requests {
            let _ = writeln!(
                out,
                "poortwachter_http_requests_total{{route=\"{route}\",provider=\"{}\",decision=\"{decision}\"}} {n}",
                provider.replace(['"', '\\', '\n'], "_")
            );
        }
        out.push_str("# HELP poortwachter_http_reasons_total Decisions by reason code.\n");
        out.push_str("# TYPE poortwachter_http_reasons_total counter\n");
        for (code, n) in &m.reasons {
            let _ = writeln!(
                out,
                "poortwachter_http_reasons_total{{code=\"{code}\"}} {n}"
            );
        }
        out.push_str("# HELP poortwachter_errors_total Error responses by code.\n");
        out.push_str("# TYPE poortwachter_errors_total counter\n");
        for (code, n) in &m.errors {
            let _ = writeln!(out, "poortwachter_errors_total{{code=\"{code}\"}} {n}");
        }
        out.push_str("# HELP poortwachter_overhead_seconds Time spent in the gateway, upstream time excluded.\n");
        out.push_str("# TYPE poortwachter_overhead_seconds histogram\n");
        for (route, h) in &m.overhead {
            h.render(
                &mut out,
                "poortwachter_overhead_seconds",
                &format!("route=\"{route}\""),
            );
        }
        out.push_str(
            "# HELP poortwachter_detect_seconds Time spent detecting personal data per request.\n",
        );
        out.push_str("# TYPE poortwachter_detect_seconds histogram\n");
        m.detect.render(&mut out, "poortwachter_detect_seconds", "");
        out.push_str(&self.audit.render());
        out
    }
}
