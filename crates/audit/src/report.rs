//! The record of processing activities (GDPR art. 30) from the audit log.
//!
//! [`ProcessingRegister`] is the `[report]` section of the configuration: what the
//! log cannot know (controller, purpose descriptions and legal bases, where each
//! provider processes data). [`ProcessingReport`] aggregates the log per purpose:
//! the categories of personal data seen, the recipients (providers and models, their
//! locations and transfers outside the EU), volumes and outcomes, and renders it as
//! Markdown or HTML.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use detect::{EntityKind, SpecialCategory};
use serde::{Deserialize, Serialize};

use crate::{Decision, Direction, Entry, Event, Outcome, Phase, Timestamp};

/// A purpose (processing activity) as described in the register.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct PurposeInfo {
    /// Human-readable name.
    pub name: String,
    /// What the processing is for.
    pub description: String,
    /// Legal basis (e.g. `art. 6(1)(e) AVG`).
    pub legal_basis: String,
    /// Categories of data subjects (e.g. `inwoners`, `medewerkers`).
    pub data_subjects: Vec<String>,
}

/// A recipient (provider) as described in the register.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ProviderInfo {
    /// Human-readable name.
    pub name: String,
    /// Where it processes data (country code or region, e.g. `NL`, `EU`, `US`).
    pub location: String,
    /// Whether data leaves the EU/EEA.
    pub outside_eu: bool,
    /// Transfer mechanism when it does (adequacy decision, SCCs, …).
    pub transfer_safeguards: String,
}

/// The `[report]` section: what the log itself cannot tell.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ProcessingRegister {
    /// Name of the controller.
    pub controller: String,
    /// Contact of the data protection officer.
    pub dpo_contact: String,
    /// Extra technical and organisational measures (added to the built-in list).
    pub measures: Vec<String>,
    /// Purposes by id.
    pub purposes: BTreeMap<String, PurposeInfo>,
    /// Providers by id.
    pub providers: BTreeMap<String, ProviderInfo>,
}

impl Default for ProcessingRegister {
    fn default() -> Self {
        ProcessingRegister {
            controller: "(set report.controller)".into(),
            dpo_contact: String::new(),
            measures: Vec::new(),
            purposes: BTreeMap::new(),
            providers: BTreeMap::new(),
        }
    }
}

/// The measures Poortwachter itself takes, listed in every report.
pub const BUILTIN_MEASURES: [&str; 6] = [
    "Every request passes the gateway; personal data is detected before anything reaches a model.",
    "Special categories (art. 9/10), confidential markings and credentials are blocked by default; other personal data is pseudonymised.",
    "Only providers approved for the purpose and data class receive requests.",
    "Audit log without content: categories, counts, decisions and keyed (HMAC-SHA256) subject hashes only.",
    "Audit log is hash-chained with keyed MACs and checkpoints; `poortwachter audit verify` detects tampering.",
    "Requests are refused when the audit log cannot be written (fail closed).",
];

/// Totals for one purpose.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct PurposeSummary {
    /// Requests (request-phase entries).
    pub requests: u64,
    /// Requests per request-side decision.
    pub decisions: BTreeMap<Decision, u64>,
    /// Finished requests per outcome.
    pub outcomes: BTreeMap<Outcome, u64>,
    /// Findings per entity kind (both directions).
    pub entities: BTreeMap<EntityKind, u64>,
    /// Findings per special category (both directions).
    pub special: BTreeMap<SpecialCategory, u64>,
    /// Requests per provider.
    pub providers: BTreeMap<String, u64>,
    /// Models used per provider (requested model and reported versions).
    pub models: BTreeMap<String, BTreeSet<String>>,
    /// Requests that reached a provider.
    pub sent_upstream: u64,
    /// Distinct subject hashes seen (an estimate of the number of data subjects).
    pub subjects: u64,
    /// Tokens (prompt + completion).
    pub tokens: u64,
}

/// The art. 30 report: the register plus what the log shows.
#[derive(Clone, Debug, Serialize)]
pub struct ProcessingReport {
    /// The register section.
    pub register: ProcessingRegister,
    /// Retention period of the audit log, days.
    pub retention_days: u32,
    /// First and last record time.
    pub period: Option<(Timestamp, Timestamp)>,
    /// Per purpose.
    pub purposes: BTreeMap<String, PurposeSummary>,
}

impl ProcessingReport {
    /// An empty report to feed entries into.
    pub fn new(register: ProcessingRegister, retention_days: u32) -> Self {
        ProcessingReport {
            register,
            retention_days,
            period: None,
            purposes: BTreeMap::new(),
        }
    }

    fn count_direction(s: &mut PurposeSummary, d: &Direction) {
        for (k, n) in &d.entities {
            *s.entities.entry(*k).or_insert(0) += u64::from(*n);
        }
        for (c, n) in &d.special {
            *s.special.entry(*c).or_insert(0) += u64::from(*n);
        }
    }

    /// Adds one entry. Subject counting keeps a set per purpose only while feeding.
    pub fn push(&mut self, entry: &Entry, seen: &mut BTreeMap<String, BTreeSet<String>>) {
        let Event::Record(r) = &entry.event else {
            return;
        };
        self.period = Some(match self.period {
            None => (r.time, r.time),
            Some((a, b)) => (a.min(r.time), b.max(r.time)),
        });
        let purpose = r.context.purpose.to_string();
        let provider = r.context.provider.to_string();
        let s = self.purposes.entry(purpose.clone()).or_default();
        let seen = seen.entry(purpose).or_default();
        for h in r.subjects() {
            seen.insert(h.to_string());
        }
        s.subjects = seen.len() as u64;
        match &r.phase {
            Phase::Request { input, .. } => {
                s.requests += 1;
                *s.decisions.entry(input.decision).or_insert(0) += 1;
                *s.providers.entry(provider.clone()).or_insert(0) += 1;
                s.models
                    .entry(provider)
                    .or_default()
                    .insert(r.context.model.to_string());
                Self::count_direction(s, input);
            }
            Phase::Completion(c) => {
                *s.outcomes.entry(c.outcome).or_insert(0) += 1;
                if c.outcome.reached_upstream() {
                    s.sent_upstream += 1;
                }
                if let Some(v) = &c.model_version {
                    s.models.entry(provider).or_default().insert(v.to_string());
                }
                if let Some(o) = &c.output {
                    Self::count_direction(s, o);
                }
                if let Some(t) = c.tokens {
                    s.tokens += t.prompt + t.completion;
                }
            }
        }
    }

    fn period_text(&self) -> String {
        match self.period {
            Some((a, b)) => format!("{} – {}", a.date(), b.date()),
            None => "no records".into(),
        }
    }

    /// The report as Markdown.
    pub fn to_markdown(&self) -> String {
        let mut o = String::new();
        let reg = &self.register;
        let _ = writeln!(
            o,
            "# Record of processing activities (GDPR art. 30): generative AI via Poortwachter\n"
        );
        let _ = writeln!(o, "- Controller: {}", md(&reg.controller));
        if !reg.dpo_contact.is_empty() {
            let _ = writeln!(o, "- Data protection officer: {}", md(&reg.dpo_contact));
        }
        let _ = writeln!(
            o,
            "- Period covered by the audit log: {}",
            self.period_text()
        );
        let _ = writeln!(
            o,
            "- Retention of the audit log: {} days\n",
            self.retention_days
        );
        if self.purposes.is_empty() {
            let _ = writeln!(o, "No processing recorded.\n");
        }
        for (id, s) in &self.purposes {
            let info = reg.purposes.get(id).cloned().unwrap_or_default();
            let title = if info.name.is_empty() {
                id.clone()
            } else {
                format!("{} (`{id}`)", md(&info.name))
            };
            let _ = writeln!(o, "## Purpose: {title}\n");
            if !info.description.is_empty() {
                let _ = writeln!(o, "{}\n", md(&info.description));
            }
            let _ = writeln!(
                o,
                "- Legal basis: {}",
                or_unset(&info.legal_basis, "report.purposes.<id>.legal_basis")
            );
            if !info.data_subjects.is_empty() {
                let _ = writeln!(
                    o,
                    "- Categories of data subjects: {}",
                    md(&info.data_subjects.join(", "))
                );
            }
            let _ = writeln!(
                o,
                "- Requests: {} ({} reached a provider), tokens: {}",
                s.requests, s.sent_upstream, s.tokens
            );
            let _ = writeln!(o, "- Distinct data subjects (keyed hashes): {}", s.subjects);
            let _ = writeln!(
                o,
                "- Decisions: {}",
                join_counts(s.decisions.iter().map(|(k, v)| (k.as_str().to_owned(), *v)))
            );
            let _ = writeln!(
                o,
                "- Outcomes: {}\n",
                join_counts(s.outcomes.iter().map(|(k, v)| (k.as_str().to_owned(), *v)))
            );
            let _ = writeln!(o, "### Categories of personal data seen\n");
            let _ = writeln!(o, "| category | findings |\n| --- | --- |");
            for (k, n) in &s.entities {
                let _ = writeln!(o, "| {} | {n} |", k.as_str());
            }
            for (c, n) in &s.special {
                let _ = writeln!(o, "| special category: {} (art. 9/10) | {n} |", c.as_str());
            }
            if s.entities.is_empty() && s.special.is_empty() {
                let _ = writeln!(o, "| none detected | 0 |");
            }
            let _ = writeln!(o, "\n### Recipients\n");
            let _ = writeln!(
                o,
                "| provider | models | location | outside EU | safeguards | requests |\n| --- | --- | --- | --- | --- | --- |"
            );
            for (p, n) in &s.providers {
                let info = reg.providers.get(p).cloned().unwrap_or_default();
                let models: Vec<&str> = s
                    .models
                    .get(p)
                    .map(|m| m.iter().map(String::as_str).collect())
                    .unwrap_or_default();
                let _ = writeln!(
                    o,
                    "| {} | {} | {} | {} | {} | {n} |",
                    if info.name.is_empty() {
                        p.clone()
                    } else {
                        format!("{} (`{p}`)", md(&info.name))
                    },
                    models.join(", "),
                    or_unset(&info.location, "report.providers.<id>.location"),
                    if reg.providers.contains_key(p) {
                        if info.outside_eu { "yes" } else { "no" }
                    } else {
                        "unknown"
                    },
                    if info.transfer_safeguards.is_empty() {
                        "–".to_owned()
                    } else {
                        md(&info.transfer_safeguards)
                    },
                );
            }
            let _ = writeln!(o);
        }
        let _ = writeln!(o, "## Technical and organisational measures\n");
        for m in BUILTIN_MEASURES
            .iter()
            .map(|s| (*s).to_owned())
            .chain(reg.measures.iter().map(|m| md(m)))
        {
            let _ = writeln!(o, "- {m}");
        }
        o
    }

    /// The report as a standalone HTML page.
    pub fn to_html(&self) -> String {
        let mut o = String::from(
            "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Record of processing activities</title>\n\
             <style>body{font-family:sans-serif;max-width:60em;margin:2em auto}table{border-collapse:collapse}\
             td,th{border:1px solid #999;padding:.2em .5em;text-align:left}</style></head><body>\n",
        );
        let reg = &self.register;
        let _ = writeln!(
            o,
            "<h1>Record of processing activities (GDPR art. 30): generative AI via Poortwachter</h1>"
        );
        let _ = writeln!(o, "<ul><li>Controller: {}</li>", html(&reg.controller));
        if !reg.dpo_contact.is_empty() {
            let _ = writeln!(
                o,
                "<li>Data protection officer: {}</li>",
                html(&reg.dpo_contact)
            );
        }
        let _ = writeln!(
            o,
            "<li>Period covered by the audit log: {}</li>",
            html(&self.period_text())
        );
        let _ = writeln!(
            o,
            "<li>Retention of the audit log: {} days</li></ul>",
            self.retention_days
        );
        for (id, s) in &self.purposes {
            let info = reg.purposes.get(id).cloned().unwrap_or_default();
            let name = if info.name.is_empty() {
                id.clone()
            } else {
                format!("{} ({id})", info.name)
            };
            let _ = writeln!(o, "<h2>Purpose: {}</h2>", html(&name));
            if !info.description.is_empty() {
                let _ = writeln!(o, "<p>{}</p>", html(&info.description));
            }
            let _ = writeln!(
                o,
                "<ul><li>Legal basis: {}</li>",
                html(&or_unset(
                    &info.legal_basis,
                    "report.purposes.<id>.legal_basis"
                ))
            );
            let _ = writeln!(
                o,
                "<li>Requests: {} ({} reached a provider), tokens: {}</li>",
                s.requests, s.sent_upstream, s.tokens
            );
            let _ = writeln!(
                o,
                "<li>Distinct data subjects (keyed hashes): {}</li>",
                s.subjects
            );
            let _ = writeln!(
                o,
                "<li>Decisions: {}</li>",
                html(&join_counts(
                    s.decisions.iter().map(|(k, v)| (k.as_str().to_owned(), *v))
                ))
            );
            let _ = writeln!(
                o,
                "<li>Outcomes: {}</li></ul>",
                html(&join_counts(
                    s.outcomes.iter().map(|(k, v)| (k.as_str().to_owned(), *v))
                ))
            );
            let _ = writeln!(
                o,
                "<h3>Categories of personal data seen</h3><table><tr><th>category</th><th>findings</th></tr>"
            );
            for (k, n) in &s.entities {
                let _ = writeln!(o, "<tr><td>{}</td><td>{n}</td></tr>", k.as_str());
            }
            for (c, n) in &s.special {
                let _ = writeln!(
                    o,
                    "<tr><td>special category: {} (art. 9/10)</td><td>{n}</td></tr>",
                    c.as_str()
                );
            }
            let _ = writeln!(
                o,
                "</table><h3>Recipients</h3><table><tr><th>provider</th><th>models</th><th>location</th><th>outside EU</th><th>safeguards</th><th>requests</th></tr>"
            );
            for (p, n) in &s.providers {
                let info = reg.providers.get(p).cloned().unwrap_or_default();
                let models: Vec<&str> = s
                    .models
                    .get(p)
                    .map(|m| m.iter().map(String::as_str).collect())
                    .unwrap_or_default();
                let _ = writeln!(
                    o,
                    "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{n}</td></tr>",
                    html(if info.name.is_empty() { p } else { &info.name }),
                    html(&models.join(", ")),
                    html(&or_unset(&info.location, "report.providers.<id>.location")),
                    if reg.providers.contains_key(p) {
                        if info.outside_eu { "yes" } else { "no" }
                    } else {
                        "unknown"
                    },
                    html(&info.transfer_safeguards),
                );
            }
            let _ = writeln!(o, "</table>");
        }
        let _ = writeln!(o, "<h2>Technical and organisational measures</h2><ul>");
        for m in BUILTIN_MEASURES
            .iter()
            .map(|s| (*s).to_owned())
            .chain(reg.measures.iter().cloned())
        {
            let _ = writeln!(o, "<li>{}</li>", html(&m));
        }
        let _ = writeln!(o, "</ul></body></html>");
        o
    }
}

fn join_counts(it: impl Iterator<Item = (String, u64)>) -> String {
    let v: Vec<String> = it.map(|(k, n)| format!("{k} {n}")).collect();
    if v.is_empty() {
        "–".into()
    } else {
        v.join(", ")
    }
}

fn or_unset(v: &str, key: &str) -> String {
    if v.is_empty() {
        format!("not set ({key})")
    } else {
        v.to_owned()
    }
}

/// Escapes text for a Markdown table cell or list item.
fn md(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

/// Escapes text for HTML.
fn html(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Completion, Context, Label, Record, TraceContext};

    fn entry(
        seq: u64,
        purpose: &str,
        provider: &str,
        record: impl FnOnce(Context) -> Record,
    ) -> Entry {
        let l = |v: &str| Label::new("t", v).unwrap();
        let rid = l(&format!("r{}", seq.div_ceil(2)));
        let ctx = Context {
            trace: TraceContext::for_request(None, &rid),
            request_id: rid,
            key_id: l("k"),
            user: None,
            group: None,
            purpose: l(purpose),
            provider: l(provider),
            model: l("m"),
            route: l("chat.completions"),
            conversation: None,
        };
        Entry {
            seq,
            hash: String::new(),
            event: Event::Record(Box::new(record(ctx))),
        }
    }

    /// Per-purpose totals, categories, recipients with locations, in both formats.
    #[test]
    fn aggregates_and_renders() {
        let h = crate::SubjectHasher::new(&[3u8; 32]).unwrap();
        let mut input =
            Direction::from_findings(Decision::Block, vec![], &detect::Findings::default());
        input.special.insert(SpecialCategory::Health, 1);
        input.entities.insert(EntityKind::Person, 2);
        let done = |outcome| Completion {
            outcome,
            output: None,
            model_version: Some(Label::new("v", "m-2025-01").unwrap()),
            status: None,
            streamed: false,
            latency_ms: 1,
            upstream_ms: None,
            tokens: Some(crate::Tokens {
                prompt: 5,
                completion: 7,
            }),
            subjects: vec![],
            fallback: false,
            error: None,
        };
        let mut reg = ProcessingRegister {
            controller: "Gemeente <Voorbeeld>".into(),
            ..Default::default()
        };
        reg.purposes.insert(
            "wmo".into(),
            PurposeInfo {
                name: "Wmo".into(),
                legal_basis: "art. 6(1)(e)".into(),
                ..Default::default()
            },
        );
        reg.providers.insert(
            "cloud".into(),
            ProviderInfo {
                name: "Cloud".into(),
                location: "US".into(),
                outside_eu: true,
                transfer_safeguards: "SCC".into(),
            },
        );
        let mut rep = ProcessingReport::new(reg, 365);
        let mut seen = BTreeMap::new();
        let subj = vec![h.hash(EntityKind::Bsn, "111222333").unwrap()];
        for e in [
            entry(1, "wmo", "cloud", |c| {
                Record::request(c, input.clone(), subj.clone())
            }),
            entry(2, "wmo", "cloud", |c| {
                Record::completion(c, done(Outcome::Blocked))
            }),
            entry(3, "wmo", "local", |c| {
                Record::request(c, input.clone(), subj.clone())
            }),
            entry(4, "wmo", "local", |c| {
                Record::completion(c, done(Outcome::Forwarded))
            }),
            entry(5, "other", "local", |c| {
                Record::request(c, input.clone(), vec![])
            }),
        ] {
            rep.push(&e, &mut seen);
        }
        let s = &rep.purposes["wmo"];
        assert_eq!(
            (s.requests, s.sent_upstream, s.subjects, s.tokens),
            (2, 1, 1, 24)
        );
        assert_eq!(s.entities[&EntityKind::Person], 4);
        assert_eq!(s.special[&SpecialCategory::Health], 2);
        let md = rep.to_markdown();
        assert!(md.contains("## Purpose: Wmo (`wmo`)"));
        assert!(
            md.contains("| Cloud (`cloud`) | m, m-2025-01 | US | yes | SCC | 1 |"),
            "{md}"
        );
        assert!(md.contains("| local | m, m-2025-01 | not set (report.providers.<id>.location) | unknown | – | 1 |"), "{md}");
        assert!(md.contains("special category: health"));
        assert!(md.contains("## Purpose: other"));
        let html = rep.to_html();
        assert!(html.contains("Gemeente &lt;Voorbeeld&gt;") && !html.contains("<Voorbeeld>"));
        assert!(html.contains("<h2>Purpose: Wmo (wmo)</h2>"));
    }
}
