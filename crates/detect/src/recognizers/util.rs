//! Small text helpers shared by the recognizers. All work on byte offsets and keep
//! them on `char` boundaries.

use crate::finding::{EntityKind, Finding, Span};

/// A finding for `start..end`.
pub(crate) fn finding(
    start: usize,
    end: usize,
    kind: EntityKind,
    score: f32,
    recognizer: &'static str,
) -> Finding {
    Finding {
        span: Span::new(start, end),
        kind,
        score,
        recognizer,
    }
}

/// The largest char boundary `<= i`.
pub(crate) fn floor_boundary(text: &str, mut i: usize) -> usize {
    if i >= text.len() {
        return text.len();
    }
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// A slice of the text searched ASCII-case-insensitively, without allocating a
/// lower-cased copy (context cues are checked for every candidate, so this is hot).
#[derive(Clone, Copy)]
pub(crate) struct Ci<'t>(pub(crate) &'t str);

impl<'t> Ci<'t> {
    /// Byte offset of the first occurrence of `needle` (given in lower case).
    pub(crate) fn find(self, needle: &str) -> Option<usize> {
        let (h, n) = (self.0.as_bytes(), needle.as_bytes());
        let (&first, rest) = n.split_first()?;
        if n.len() > h.len() {
            return None;
        }
        let last_start = h.len() - n.len();
        // memchr2 on both cases of the first byte, then compare the rest.
        memchr::memchr2_iter(
            first.to_ascii_lowercase(),
            first.to_ascii_uppercase(),
            &h[..=last_start],
        )
        .find(|&i| h[i + 1..i + n.len()].eq_ignore_ascii_case(rest))
    }

    /// Byte offset of the last occurrence of `needle` (given in lower case).
    pub(crate) fn rfind(self, needle: &str) -> Option<usize> {
        let (h, n) = (self.0.as_bytes(), needle.as_bytes());
        if n.is_empty() || n.len() > h.len() {
            return None;
        }
        let first = n[0];
        memchr::memrchr2_iter(
            first.to_ascii_lowercase(),
            first.to_ascii_uppercase(),
            &h[..=h.len() - n.len()],
        )
        .find(|&i| h[i..i + n.len()].eq_ignore_ascii_case(n))
    }

    /// True when `needle` (lower case) occurs.
    pub(crate) fn contains(self, needle: &str) -> bool {
        self.find(needle).is_some()
    }

    /// True when any of `needles` occurs.
    pub(crate) fn contains_any(self, needles: &[&str]) -> bool {
        needles.iter().any(|n| self.contains(n))
    }

    /// True when the slice, with trailing white space removed, ends with `needle`.
    pub(crate) fn ends_with(self, needle: &str) -> bool {
        let h = self.0.trim_end().as_bytes();
        h.len() >= needle.len()
            && h[h.len() - needle.len()..].eq_ignore_ascii_case(needle.as_bytes())
    }
}

/// Up to `n` bytes of text before `pos` (on a char boundary).
pub(crate) fn before(text: &str, pos: usize, n: usize) -> Ci<'_> {
    let start = floor_boundary(text, pos.saturating_sub(n));
    Ci(text.get(start..pos).unwrap_or(""))
}

/// The text before `pos` on the same line, at most `n` bytes.
pub(crate) fn line_before(text: &str, pos: usize, n: usize) -> Ci<'_> {
    let w = before(text, pos, n).0;
    Ci(match w.rfind('\n') {
        Some(i) => &w[i + 1..],
        None => w,
    })
}

/// Compiles a pattern that is a constant of this crate. Every recognizer is built in
/// the unit tests, so a bad pattern fails CI, never a user's start-up.
#[expect(
    clippy::unwrap_used,
    reason = "constant patterns, each compiled by the unit tests"
)]
pub(crate) fn regex(pattern: &str) -> regex::Regex {
    regex::Regex::new(pattern).unwrap()
}

/// The ASCII digits of `s`, in order.
pub(crate) fn digits(s: &str) -> String {
    s.bytes()
        .filter(u8::is_ascii_digit)
        .map(char::from)
        .collect()
}

/// A regex match in a slice of a text, with its offsets moved back into the text.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Hit<'t> {
    text: &'t str,
    start: usize,
    end: usize,
}

impl<'t> Hit<'t> {
    pub(crate) fn start(&self) -> usize {
        self.start
    }
    pub(crate) fn end(&self) -> usize {
        self.end
    }
    pub(crate) fn as_str(&self) -> &'t str {
        &self.text[self.start..self.end]
    }
}

/// `re.find_iter` over the runs of lines of `pre` that have every flag of `mask`, with
/// offsets in the whole text. Equals `re.find_iter(pre.text())` restricted to matches
/// that can yield a finding, for a pattern meeting the conditions in [`super::prescan`].
pub(crate) fn find_in_lines<'a, 't: 'a>(
    re: &'a regex::Regex,
    pre: &'a super::prescan::Prescan<'t>,
    mask: u16,
) -> impl Iterator<Item = Hit<'t>> + 'a {
    let text = pre.text();
    pre.runs(mask).flat_map(move |(off, run)| {
        re.find_iter(run).map(move |m| Hit {
            text,
            start: off + m.start(),
            end: off + m.end(),
        })
    })
}
