//! A small incremental Server-Sent Events parser and writer (the subset OpenAI uses).

/// One event: optional `event:` name and its `data:` lines joined by `\n`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct SseEvent {
    pub(crate) event: Option<String>,
    pub(crate) data: String,
}

impl SseEvent {
    /// A data-only event.
    pub(crate) fn data(data: impl Into<String>) -> Self {
        SseEvent {
            event: None,
            data: data.into(),
        }
    }

    /// The wire form, ending in a blank line.
    pub(crate) fn to_bytes(&self) -> bytes::Bytes {
        let mut s = String::with_capacity(self.data.len() + 32);
        if let Some(e) = &self.event {
            s.push_str("event: ");
            s.push_str(e);
            s.push('\n');
        }
        for line in self.data.split('\n') {
            s.push_str("data: ");
            s.push_str(line);
            s.push('\n');
        }
        s.push('\n');
        bytes::Bytes::from(s)
    }
}

/// Splits a byte stream into events; bytes of an unfinished event wait for the next push.
#[derive(Debug, Default)]
pub(crate) struct SseParser {
    buf: Vec<u8>,
}

/// Largest event accepted (bytes); a bigger one ends the stream with an error.
pub(crate) const MAX_EVENT: usize = 8 * 1024 * 1024;

impl SseParser {
    /// Adds bytes; returns the events completed by them. `Err` when an event grows too big.
    pub(crate) fn push(&mut self, bytes: &[u8]) -> Result<Vec<SseEvent>, ()> {
        self.buf.extend_from_slice(bytes);
        let mut out = Vec::new();
        while let Some((end, sep)) = find_blank_line(&self.buf) {
            let raw: Vec<u8> = self.buf.drain(..end + sep).collect();
            if let Some(ev) = parse_event(&raw[..end]) {
                out.push(ev);
            }
        }
        if self.buf.len() > MAX_EVENT {
            return Err(());
        }
        Ok(out)
    }

    /// Ends the stream: a last event without a trailing blank line.
    pub(crate) fn finish(&mut self) -> Option<SseEvent> {
        let raw = std::mem::take(&mut self.buf);
        parse_event(&raw)
    }
}

/// Position of the first blank line (event end) and the length of the separator.
fn find_blank_line(b: &[u8]) -> Option<(usize, usize)> {
    let mut i = 0;
    while i + 1 < b.len() {
        if b[i] == b'\n' {
            if b[i + 1] == b'\n' {
                return Some((i, 2));
            }
            if b[i + 1] == b'\r' && b.get(i + 2) == Some(&b'\n') {
                return Some((i, 3));
            }
        }
        i += 1;
    }
    None
}

fn parse_event(raw: &[u8]) -> Option<SseEvent> {
    let text = String::from_utf8_lossy(raw);
    let mut ev = SseEvent::default();
    let mut has_data = false;
    for line in text.split('\n') {
        let line = line.strip_suffix('\r').unwrap_or(line);
        if line.is_empty() || line.starts_with(':') {
            continue;
        }
        let (field, value) = match line.split_once(':') {
            Some((f, v)) => (f, v.strip_prefix(' ').unwrap_or(v)),
            None => (line, ""),
        };
        match field {
            "data" => {
                if has_data {
                    ev.data.push('\n');
                }
                ev.data.push_str(value);
                has_data = true;
            }
            "event" => ev.event = Some(value.to_string()),
            _ => {}
        }
    }
    has_data.then_some(ev)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Events split at every byte position parse the same as whole.
    #[test]
    fn any_split_same_events() {
        let wire = "event: a\ndata: {\"x\":\"é\"}\n\n: comment\n\ndata: one\r\ndata: two\r\n\r\ndata: [DONE]\n\n";
        let mut whole = SseParser::default();
        let expected = whole.push(wire.as_bytes()).unwrap();
        assert_eq!(expected.len(), 3);
        assert_eq!(expected[0].event.as_deref(), Some("a"));
        assert_eq!(expected[1].data, "one\ntwo");
        for i in 0..wire.len() {
            let mut p = SseParser::default();
            let mut got = p.push(&wire.as_bytes()[..i]).unwrap();
            got.extend(p.push(&wire.as_bytes()[i..]).unwrap());
            assert_eq!(got, expected, "split at {i}");
        }
        assert_eq!(
            SseParser::default()
                .push(expected[0].to_bytes().as_ref())
                .unwrap()[0],
            expected[0]
        );
    }
}
