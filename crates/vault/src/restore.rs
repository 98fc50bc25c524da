//! Restoring tokens in whole texts and in streamed chunks.

use std::sync::Arc;

/// The tokens of one scope, indexed by their first byte, longest first.
///
/// Restoring looks at every byte of an answer, so the index is a plain table by byte
/// (a hash lookup per byte cost more than the rest of the restore), and when the tokens
/// start with at most three distinct bytes (placeholders all start with `[`) the scan
/// jumps between those bytes with `memchr`.
#[derive(Debug, Default)]
pub(crate) struct TokenIndex {
    /// Indexed by first byte: empty, or 256 lists of `(token, value)`, longest first.
    by_first: Vec<Vec<(String, String)>>,
    /// The distinct first bytes of the tokens, ascending.
    firsts: Vec<u8>,
    max_len: usize,
}

impl TokenIndex {
    pub(crate) fn new(pairs: impl Iterator<Item = (String, String)>) -> Self {
        let mut by_first: Vec<Vec<(String, String)>> = Vec::new();
        let mut max_len = 0;
        for (token, value) in pairs {
            if let Some(&b) = token.as_bytes().first() {
                if by_first.is_empty() {
                    by_first.resize_with(256, Vec::new);
                }
                max_len = max_len.max(token.len());
                if let Some(list) = by_first.get_mut(usize::from(b)) {
                    list.push((token, value));
                }
            }
        }
        for v in &mut by_first {
            v.sort_by_key(|(t, _)| std::cmp::Reverse(t.len()));
        }
        let firsts = (0..=255u8)
            .filter(|&b| by_first.get(usize::from(b)).is_some_and(|v| !v.is_empty()))
            .collect();
        TokenIndex {
            by_first,
            firsts,
            max_len,
        }
    }

    /// The tokens that start with byte `b`, longest first.
    fn starting_with(&self, b: u8) -> &[(String, String)] {
        self.by_first.get(usize::from(b)).map_or(&[], Vec::as_slice)
    }

    /// The first position at or after `from` whose byte starts some token.
    fn next_candidate(&self, bytes: &[u8], from: usize) -> Option<usize> {
        let rest = bytes.get(from..)?;
        let found = match self.firsts[..] {
            [] => None,
            [a] => memchr::memchr(a, rest),
            [a, b] => memchr::memchr2(a, b, rest),
            [a, b, c] => memchr::memchr3(a, b, c, rest),
            _ => rest.iter().position(|&b| !self.starting_with(b).is_empty()),
        };
        found.map(|i| from + i)
    }

    /// Replaces every token in `text` by its value, leftmost first, longest token first.
    pub(crate) fn restore(&self, text: &str) -> String {
        self.restore_with(text, false)
    }

    /// [`TokenIndex::restore`], optionally escaping values for the inside of a JSON string.
    pub(crate) fn restore_with(&self, text: &str, escape_json: bool) -> String {
        if self.firsts.is_empty() {
            return text.to_string();
        }
        let bytes = text.as_bytes();
        let mut out = String::with_capacity(text.len());
        let mut last = 0;
        let mut i = 0;
        while let Some(at) = self.next_candidate(bytes, i) {
            i = at;
            let hit = self
                .starting_with(bytes[i])
                .iter()
                .find(|(t, _)| bytes[i..].starts_with(t.as_bytes()));
            match hit {
                Some((t, v)) => {
                    out.push_str(text.get(last..i).unwrap_or(""));
                    if escape_json {
                        push_json_escaped(&mut out, v);
                    } else {
                        out.push_str(v);
                    }
                    i += t.len();
                    last = i;
                }
                None => i += 1,
            }
        }
        out.push_str(text.get(last..).unwrap_or(""));
        out
    }

    /// Length in bytes of the longest suffix of `text` that is a proper prefix of a token.
    pub(crate) fn pending_prefix_len(&self, text: &str) -> usize {
        let bytes = text.as_bytes();
        let window = self.max_len.saturating_sub(1).min(bytes.len());
        // Try the longest candidate suffix first.
        for k in (1..=window).rev() {
            let start = bytes.len() - k;
            let suffix = &bytes[start..];
            if self
                .starting_with(bytes[start])
                .iter()
                .any(|(t, _)| t.len() > k && t.as_bytes().starts_with(suffix))
            {
                return k;
            }
        }
        0
    }
}

/// Appends `v` escaped as the content of a JSON string (without quotes).
fn push_json_escaped(out: &mut String, v: &str) {
    for c in v.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
}

/// Restores tokens in text that arrives in pieces (SSE deltas).
///
/// Each [`StreamRestorer::push`] returns the restored text that is safe to send now. It
/// holds back only the end of the text that is still a proper prefix of one of the
/// scope's tokens (so `[PERS` waits; `[PERSX` or plain text does not), and
/// [`StreamRestorer::finish`] releases what is left when the stream ends.
///
/// Cloning gives an independent restorer over the same tokens (one per streamed field).
#[derive(Clone, Debug)]
pub struct StreamRestorer {
    index: Arc<TokenIndex>,
    pending: String,
    escape_json: bool,
}

impl StreamRestorer {
    pub(crate) fn new(index: Arc<TokenIndex>) -> Self {
        StreamRestorer {
            index,
            pending: String::new(),
            escape_json: false,
        }
    }

    /// A fresh restorer (nothing held back) over the same tokens that escapes restored
    /// values for the inside of a JSON string: for streamed tool-call arguments, which are
    /// JSON text whose strings may hold tokens.
    #[must_use]
    pub fn fresh(&self, escape_json: bool) -> Self {
        StreamRestorer {
            index: Arc::clone(&self.index),
            pending: String::new(),
            escape_json,
        }
    }

    /// Restores a whole text at once (no state).
    pub fn restore(&self, text: &str) -> String {
        self.index.restore_with(text, self.escape_json)
    }

    /// Whether the scope has any token at all (when not, restoring is the identity).
    pub fn is_identity(&self) -> bool {
        self.index.max_len == 0
    }

    /// Adds a chunk; returns the restored text that can be sent now (may be empty).
    pub fn push(&mut self, chunk: &str) -> String {
        self.pending.push_str(chunk);
        let hold = self.index.pending_prefix_len(&self.pending);
        let cut = self.pending.len() - hold;
        let out = self
            .index
            .restore_with(self.pending.get(..cut).unwrap_or(""), self.escape_json);
        self.pending.replace_range(..cut, "");
        out
    }

    /// Ends the stream: returns what was held back, restored (unfinished tokens as they are).
    pub fn finish(&mut self) -> String {
        let rest = std::mem::take(&mut self.pending);
        self.index.restore_with(&rest, self.escape_json)
    }

    /// Bytes currently held back.
    pub fn held_back(&self) -> usize {
        self.pending.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index() -> Arc<TokenIndex> {
        Arc::new(TokenIndex::new(
            [
                ("[PERSOON_1]", "Jan Jansen"),
                ("[PERSOON_12]", "Piet Puk"),
                ("[BSN_1]", "111222333"),
            ]
            .into_iter()
            .map(|(a, b)| (a.to_string(), b.to_string())),
        ))
    }

    /// Only a true prefix of a token is held back, never plain text.
    #[test]
    fn holds_back_only_token_prefixes() {
        let i = index();
        assert_eq!(i.pending_prefix_len("hallo [PERS"), 5);
        assert_eq!(i.pending_prefix_len("hallo [PERSOON_1"), 10);
        assert_eq!(i.pending_prefix_len("hallo [X"), 0);
        assert_eq!(i.pending_prefix_len("hallo ["), 1);
        assert_eq!(i.pending_prefix_len("hallo"), 0);
    }

    /// Escaped restoring keeps JSON text valid when a value holds quotes.
    #[test]
    fn json_escaped_restore() {
        let i = Arc::new(TokenIndex::new(std::iter::once((
            "[P_1]".to_string(),
            "Jan \"JJ\" Jansen".to_string(),
        ))));
        let out = i.restore_with(r#"{"n":"[P_1]"}"#, true);
        assert_eq!(out, r#"{"n":"Jan \"JJ\" Jansen"}"#);
    }

    /// Longest token wins where one token's text starts another's.
    #[test]
    fn longest_token_first() {
        assert_eq!(
            index().restore("[PERSOON_12] en [PERSOON_1]"),
            "Piet Puk en Jan Jansen"
        );
    }
    /// The jump between first bytes (one, two or three distinct ones) and the table
    /// scan (more, as with realistic surrogates) restore exactly what a leftmost,
    /// longest-first replacement at every position does, on texts that mix tokens,
    /// their prefixes and multi-byte characters.
    #[test]
    fn every_scan_equals_the_reference() {
        fn reference(pairs: &[(&str, &str)], text: &str) -> String {
            let mut sorted = pairs.to_vec();
            sorted.sort_by_key(|(t, _)| std::cmp::Reverse(t.len()));
            let (mut out, mut i) = (String::new(), 0);
            while i < text.len() {
                match sorted.iter().find(|(t, _)| text[i..].starts_with(t)) {
                    Some((t, v)) => {
                        out.push_str(v);
                        i += t.len();
                    }
                    None => {
                        let c = text[i..].chars().next().unwrap();
                        out.push(c);
                        i += c.len_utf8();
                    }
                }
            }
            out
        }
        let sets: [&[(&str, &str)]; 4] = [
            &[("[P_1]", "Jan"), ("[P_12]", "Piet")],
            &[("[P_1]", "Jan"), ("Anna", "Eva")],
            &[("[P_1]", "Jan"), ("Anna", "Eva"), ("é1", "x")],
            &[
                ("[P_1]", "Jan"),
                ("Anna", "Eva"),
                ("é1", "x"),
                ("Bo", "Kim"),
                ("06", "07"),
            ],
        ];
        let parts = [
            "[P_1]", "[P_12]", "[P_", "Anna", "An", "é1", "é", "Bo", "06", " ", "x", "[",
        ];
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        for pairs in sets {
            let index = TokenIndex::new(pairs.iter().map(|(t, v)| (t.to_string(), v.to_string())));
            for _ in 0..500 {
                let mut text = String::new();
                for _ in 0..12 {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    text.push_str(parts[(seed % parts.len() as u64) as usize]);
                }
                assert_eq!(index.restore(&text), reference(pairs, &text), "{text:?}");
            }
        }
    }
}
