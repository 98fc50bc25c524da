//! Scanning a request: detect in every string, decide, pseudonymise, rebuild.
//!
//! [`Scanned`] is the only type the upstream client accepts, and only [`scan_request`]
//! builds one: a body cannot reach a provider without passing through here.

use detect::{Detector, EntityKind, Findings, Span};
use policy::{Action, Context, Decision, Direction, Policy};
use serde_json::Value;
use vault::{Scope, StreamRestorer, Vault};

use crate::config::Provider;
use crate::error::Error;
use crate::walk;

/// Separator between strings when they are scanned as one text: a paragraph break, so
/// that no recognizer joins the end of one field to the start of the next.
const SEP: &str = "\n\n";

/// Text put in place of redacted data.
pub(crate) const REDACTED: &str = "[VERWIJDERD]";

/// A request body that passed scanning and policy. The field is private and the only
/// constructor is in this module, so the upstream client cannot be handed raw input.
pub(crate) struct Scanned {
    body: Value,
}

impl Scanned {
    /// The body to forward.
    pub(crate) fn body(&self) -> &Value {
        &self.body
    }

    /// Replaces the model name (fallback routing); the model name is never user text.
    pub(crate) fn set_model(&mut self, model: &str) {
        if let Value::Object(m) = &mut self.body {
            m.insert("model".into(), Value::String(model.into()));
        }
    }
}

/// Inputs of a scan.
pub(crate) struct ScanRequest<'a> {
    pub(crate) detector: &'a Detector,
    pub(crate) policy: &'a Policy,
    pub(crate) vault: &'a Vault,
    pub(crate) subjects: &'a audit::SubjectHasher,
    pub(crate) scope: &'a Scope,
    pub(crate) purpose: &'a str,
    pub(crate) group: &'a str,
    pub(crate) primary: &'a Provider,
    pub(crate) fallback: Option<&'a Provider>,
    pub(crate) scanning: bool,
}

/// What a scan decided. Holds the original text for the output check; deliberately not
/// `Debug`.
pub(crate) struct ScanResult {
    pub(crate) decision: Decision,
    /// Name of the provider the decision was taken for.
    pub(crate) provider: String,
    pub(crate) fallback_used: bool,
    /// `None` when blocked.
    pub(crate) body: Option<Scanned>,
    /// Findings per entity type.
    pub(crate) counts: Vec<(EntityKind, usize)>,
    /// Findings per special category.
    pub(crate) special: Vec<(detect::SpecialCategory, usize)>,
    /// Keyed hashes of the subjects found.
    pub(crate) subjects: Vec<audit::SubjectHash>,
    /// Restorer over the scope's tokens (after this request's pseudonymisation).
    pub(crate) restorer: Option<StreamRestorer>,
    /// The original strings joined (to tell expected from unexpected output).
    pub(crate) original: String,
}

/// One finding's part inside one string.
#[derive(Clone, Copy)]
struct Piece {
    leaf: usize,
    span: Span,
    kind: Option<EntityKind>,
    action: Action,
}

/// Maps a span of the joined text to the strings it covers.
fn pieces(starts: &[usize], leaves: &[String], span: Span, mut f: impl FnMut(usize, Span)) {
    let first = starts
        .partition_point(|s| *s <= span.start)
        .saturating_sub(1);
    for (i, &st) in starts.iter().enumerate().skip(first) {
        if st >= span.end {
            break;
        }
        let len = leaves[i].len();
        let s = span.start.max(st);
        let e = span.end.min(st + len);
        if s < e {
            f(i, Span::new(s - st, e - st));
        }
    }
}

/// Findings per entity kind.
fn count_kinds(findings: &Findings) -> Vec<(EntityKind, usize)> {
    let mut counts: Vec<(EntityKind, usize)> = Vec::new();
    for f in &findings.entities {
        match counts.iter_mut().find(|(k, _)| *k == f.kind) {
            Some(c) => c.1 += 1,
            None => counts.push((f.kind, 1)),
        }
    }
    counts
}

/// Scans, decides and (when not blocked) rewrites a request body.
///
/// # Errors
/// [`Error::InvalidRequest`] for bodies nested too deeply, [`Error::VaultUnavailable`] when
/// the vault refuses (full or poisoned): in both cases nothing is forwarded.
pub(crate) fn scan_request(body: &Value, r: &ScanRequest<'_>) -> Result<ScanResult, Error> {
    let collected = walk::collect(body);
    if collected.too_deep {
        return Err(Error::InvalidRequest("the body is nested too deeply"));
    }
    let leaves = &collected.leaves;
    let mut starts = Vec::with_capacity(leaves.len());
    let mut joined = String::with_capacity(leaves.iter().map(|l| l.len() + SEP.len()).sum());
    for l in leaves {
        if !joined.is_empty() {
            joined.push_str(SEP);
        }
        starts.push(joined.len());
        joined.push_str(l);
    }
    let findings = if r.scanning {
        r.detector.detect(&joined)
    } else {
        Findings::default()
    };

    let decide = |p: &Provider| {
        let ctx = Context::new(Direction::Input, r.purpose, r.group, &p.profile)
            .provider_name(&p.name)
            .media(collected.media);
        r.policy.evaluate(&findings, &ctx)
    };
    let mut decision = decide(r.primary);
    let mut provider = r.primary;
    let mut fallback_used = false;
    if decision.is_blocked() && decision.provider_dependent {
        if let Some(fb) = r.fallback {
            let d = decide(fb);
            if !d.is_blocked() {
                decision = d;
                provider = fb;
                fallback_used = true;
            }
        }
    }

    let counts = count_kinds(&findings);
    let mut special: Vec<(detect::SpecialCategory, usize)> = Vec::new();
    for s in &findings.special {
        match special.iter_mut().find(|(c, _)| *c == s.category) {
            Some(c) => c.1 += 1,
            None => special.push((s.category, 1)),
        }
    }
    let subjects = r.subjects.hash_findings(&joined, &findings);

    let mut result = ScanResult {
        decision,
        provider: provider.name.clone(),
        fallback_used,
        body: None,
        counts,
        special,
        subjects,
        restorer: None,
        original: String::new(),
    };
    if result.decision.is_blocked() {
        return Ok(result);
    }

    // Edits per string.
    let mut edits: Vec<Vec<Piece>> = vec![Vec::new(); leaves.len()];
    for (f, action) in findings.entities.iter().zip(&result.decision.entities) {
        if matches!(action, Action::Pseudonymise | Action::Redact) {
            pieces(&starts, leaves, f.span, |leaf, span| {
                edits[leaf].push(Piece {
                    leaf,
                    span,
                    kind: Some(f.kind),
                    action: *action,
                });
            });
        }
    }
    for (s, action) in findings.special.iter().zip(&result.decision.special) {
        if *action == Action::Redact {
            pieces(&starts, leaves, s.evidence, |leaf, span| {
                edits[leaf].push(Piece {
                    leaf,
                    span,
                    kind: None,
                    action: Action::Redact,
                });
            });
        }
    }
    let mut session = r
        .vault
        .session(r.scope)
        .map_err(|_| Error::VaultUnavailable)?;
    let mut rewritten: Vec<Option<String>> = vec![None; leaves.len()];
    for (i, list) in edits.iter_mut().enumerate() {
        if list.is_empty() {
            continue;
        }
        list.sort_by_key(|p| (p.span.start, std::cmp::Reverse(p.span.end)));
        let leaf = &leaves[i];
        let mut out = String::with_capacity(leaf.len() + 16);
        let mut last = 0;
        for p in list.iter() {
            debug_assert_eq!(p.leaf, i);
            if p.span.start < last {
                continue; // overlaps an earlier edit
            }
            out.push_str(leaf.get(last..p.span.start).unwrap_or(""));
            let value = p.span.slice(leaf);
            match (p.action, p.kind) {
                (Action::Pseudonymise, Some(kind)) => {
                    let token = session
                        .pseudonymise(kind, value)
                        .map_err(|_| Error::VaultUnavailable)?;
                    out.push_str(&token);
                }
                _ => out.push_str(REDACTED),
            }
            last = p.span.end;
        }
        out.push_str(leaf.get(last..).unwrap_or(""));
        rewritten[i] = Some(out);
    }
    let drop_media = result
        .decision
        .reasons
        .iter()
        .any(|e| matches!(e.reason, policy::Reason::Media(_)) && e.action == Action::Redact);
    let new_body = walk::rewrite(
        body,
        &mut |i| rewritten.get_mut(i).and_then(Option::take),
        drop_media,
    );
    result.restorer = Some(session.restorer());
    drop(session);
    result.body = Some(Scanned { body: new_body });
    result.original = joined;
    Ok(result)
}

/// The output check: which findings of an answer were not in the prompt.
pub(crate) struct OutputCheck {
    /// The decision over the unexpected findings (`None` when there were none).
    pub(crate) decision: Option<Decision>,
    /// Per answer string: spans to redact (when the output rule redacts).
    pub(crate) redact: Vec<Vec<Span>>,
    /// Findings per entity type among the unexpected ones.
    pub(crate) counts: Vec<(EntityKind, usize)>,
}

/// Byte spans of everything shaped like one of our placeholders (`[PERSOON_1]`,
/// `[VERWIJDERD]`) in `text`.
fn token_spans(text: &str) -> Vec<Span> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'[' {
            let mut j = i + 1;
            while j < b.len()
                && j - i <= 40
                && (b[j].is_ascii_uppercase() || b[j].is_ascii_digit() || b[j] == b'_')
            {
                j += 1;
            }
            if j < b.len() && b[j] == b']' && j > i + 1 {
                out.push(Span::new(i, j + 1));
                i = j + 1;
                continue;
            }
        }
        i += 1;
    }
    out
}

/// Scans the strings of an answer (before restoring) for personal data that the prompt
/// did not contain.
pub(crate) fn check_output(
    detector: &Detector,
    policy: &Policy,
    ctx: Context<'_>,
    texts: &[String],
    original: &str,
    vault: &Vault,
    scope: &Scope,
) -> OutputCheck {
    let mut starts = Vec::with_capacity(texts.len());
    let mut joined = String::new();
    for t in texts {
        if !joined.is_empty() {
            joined.push_str(SEP);
        }
        starts.push(joined.len());
        joined.push_str(t);
    }
    let findings = detector.detect(&joined);
    let tokens = token_spans(&joined);
    let mut session = vault.session(scope).ok();
    let mut unexpected = Findings::default();
    for f in &findings.entities {
        let v = f.span.slice(&joined);
        let on_token = tokens.iter().any(|t| t.overlaps(&f.span));
        let known = session.as_mut().is_some_and(|s| s.knows_value(f.kind, v));
        if !(on_token || known || original.contains(v)) {
            unexpected.entities.push(*f);
        }
    }
    let counts = count_kinds(&unexpected);
    let mut redact = vec![Vec::new(); texts.len()];
    if unexpected.entities.is_empty() {
        return OutputCheck {
            decision: None,
            redact,
            counts,
        };
    }
    let decision = policy.evaluate(&unexpected, &ctx);
    for (f, a) in unexpected.entities.iter().zip(&decision.entities) {
        if *a == Action::Redact {
            pieces(&starts, texts, f.span, |leaf, span| redact[leaf].push(span));
        }
    }
    OutputCheck {
        decision: Some(decision),
        redact,
        counts,
    }
}

/// Replaces `spans` of `text` by [`REDACTED`].
pub(crate) fn redact(text: &str, spans: &[Span]) -> String {
    let mut spans = spans.to_vec();
    spans.sort_by_key(|s| s.start);
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for s in spans {
        if s.start < last {
            continue;
        }
        out.push_str(text.get(last..s.start).unwrap_or(""));
        out.push_str(REDACTED);
        last = s.end;
    }
    out.push_str(text.get(last..).unwrap_or(""));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Placeholder-shaped text is found wherever it is, and nothing else is.
    #[test]
    fn finds_token_spans() {
        let t = "Beste [PERSOON_1], zie [BSN_12] en [x] of [VERWIJDERD].";
        let spans: Vec<&str> = token_spans(t).iter().map(|s| s.slice(t)).collect();
        assert_eq!(spans, ["[PERSOON_1]", "[BSN_12]", "[VERWIJDERD]"]);
    }

    /// Redaction replaces spans in order and skips overlaps.
    #[test]
    fn redacts_spans() {
        let t = "Jan belt 0612345678.";
        assert_eq!(
            redact(t, &[Span::new(9, 19), Span::new(0, 3), Span::new(1, 2)]),
            "[VERWIJDERD] belt [VERWIJDERD]."
        );
    }
}
