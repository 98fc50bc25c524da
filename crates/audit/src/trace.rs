//! [`TraceContext`]: W3C Trace Context ids for an audited request.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// The W3C Trace Context of one gateway request, as the Logboek dataverwerkingen
/// standard wants it: the trace the client started (from its `traceparent`
/// header), the client's span as parent, and the gateway's own span (the
/// "operation") for this request.
///
/// Ids are lowercase hex: `trace_id` 32 digits (16 bytes), span ids 16 digits (8 bytes).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TraceContext {
    /// Trace id (16 bytes, hex), shared by every operation of the trace.
    pub trace_id: String,
    /// The gateway's own span id for this request (8 bytes, hex): the Logboek `span_id`.
    pub span_id: String,
    /// The client's span id from `traceparent`, when the client sent one: the Logboek `parent_span_id`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_span_id: Option<String>,
}

impl TraceContext {
    /// The context for a request with id `request_id`: continues the client's trace when
    /// `traceparent` is a valid W3C header (version `00`, non-zero ids), otherwise starts a
    /// new trace. The gateway's span id (and a new trace id) are derived from the request
    /// id with SHA-256, so they are stable for the request and need no random source;
    /// the request id must therefore be unique (a UUID).
    pub fn for_request(traceparent: Option<&str>, request_id: &crate::Label) -> Self {
        let digest = Sha256::digest(format!("poortwachter/trace/{request_id}").as_bytes());
        let own_trace = hex(&digest[..16]);
        let span_id = hex(&digest[16..24]);
        match traceparent.and_then(parse_traceparent) {
            Some((trace_id, parent)) => TraceContext {
                trace_id,
                span_id,
                parent_span_id: Some(parent),
            },
            None => TraceContext {
                trace_id: own_trace,
                span_id,
                parent_span_id: None,
            },
        }
    }

    /// The `traceparent` value to send upstream (our span as the parent, sampled flag set).
    pub fn traceparent(&self) -> String {
        format!("00-{}-{}-01", self.trace_id, self.span_id)
    }

    /// True when all ids have the right length and are lowercase hex (used when reading back).
    pub fn is_valid(&self) -> bool {
        is_hex(&self.trace_id, 32)
            && is_hex(&self.span_id, 16)
            && self.parent_span_id.as_deref().is_none_or(|p| is_hex(p, 16))
    }
}

/// `(trace_id, parent span id)` of a valid version-00 `traceparent`, lowercased.
fn parse_traceparent(value: &str) -> Option<(String, String)> {
    let value = value.trim();
    let mut parts = value.split('-');
    let version = parts.next()?;
    let trace = parts.next()?;
    let span = parts.next()?;
    let flags = parts.next()?;
    if version != "00" || parts.next().is_some() || !is_hex_any_case(flags, 2) {
        return None;
    }
    if !is_hex_any_case(trace, 32) || !is_hex_any_case(span, 16) {
        return None;
    }
    if trace.bytes().all(|b| b == b'0') || span.bytes().all(|b| b == b'0') {
        return None;
    }
    Some((trace.to_ascii_lowercase(), span.to_ascii_lowercase()))
}

fn is_hex_any_case(s: &str, len: usize) -> bool {
    s.len() == len && s.bytes().all(|b| b.is_ascii_hexdigit())
}

fn is_hex(s: &str, len: usize) -> bool {
    s.len() == len && s.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

/// Lowercase hex of `bytes`.
pub(crate) fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        out.push(char::from(DIGITS[usize::from(b >> 4)]));
        out.push(char::from(DIGITS[usize::from(b & 15)]));
    }
    out
}

/// Bytes of a lowercase or uppercase hex string (None when malformed).
pub(crate) fn unhex(s: &str) -> Option<Vec<u8>> {
    if s.len() % 2 != 0 {
        return None;
    }
    let val = |c: u8| match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        b'A'..=b'F' => Some(c - b'A' + 10),
        _ => None,
    };
    s.as_bytes()
        .chunks(2)
        .map(|p| Some(val(p[0])? << 4 | val(p[1])?))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Label;

    /// A valid traceparent is continued (lowercased); invalid ones start a new trace.
    #[test]
    fn continues_or_starts_trace() {
        let rid = Label::new("request_id", "req-1").unwrap();
        let tp = "00-4BF92F3577B34DA6A3CE929D0E0E4736-00F067AA0BA902B7-01";
        let t = TraceContext::for_request(Some(tp), &rid);
        assert_eq!(t.trace_id, "4bf92f3577b34da6a3ce929d0e0e4736");
        assert_eq!(t.parent_span_id.as_deref(), Some("00f067aa0ba902b7"));
        assert!(t.is_valid());
        assert_ne!(t.span_id, "00f067aa0ba902b7");
        for bad in [
            "01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
            "00-00000000000000000000000000000000-00f067aa0ba902b7-01",
            "00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01",
            "00-4bf92f3577b34da6a3ce929d0e0e473-00f067aa0ba902b7-01",
            "garbage",
        ] {
            let t = TraceContext::for_request(Some(bad), &rid);
            assert!(t.parent_span_id.is_none(), "{bad}");
            assert!(t.is_valid());
        }
        let a = TraceContext::for_request(None, &rid);
        let b = TraceContext::for_request(None, &Label::new("request_id", "req-2").unwrap());
        assert_ne!(a.trace_id, b.trace_id);
        assert_eq!(a, TraceContext::for_request(None, &rid));
        assert_eq!(
            a.traceparent(),
            format!("00-{}-{}-01", a.trace_id, a.span_id)
        );
    }

    /// hex and unhex are inverses.
    #[test]
    fn hex_roundtrip() {
        let bytes = [0u8, 1, 0xab, 0xff];
        assert_eq!(hex(&bytes), "0001abff");
        assert_eq!(unhex("0001ABff").unwrap(), bytes);
        assert!(unhex("0g").is_none());
        assert!(unhex("abc").is_none());
    }
}
