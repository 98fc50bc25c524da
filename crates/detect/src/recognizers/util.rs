//! Small text helpers shared by the recognizers. All work on byte offsets and keep
//! them on `char` boundaries.

use std::sync::LazyLock;

use crate::finding::{EntityKind, Finding, Span};

/// A fixed needle's substring searcher, built on first use. `memchr::memmem::find` and
/// `find_iter` build a searcher at every call, which costs more than searching the
/// short texts, lines and windows they mostly get (several instructions per byte of
/// the whole detector went into building them).
pub(crate) type Needle = LazyLock<memchr::memmem::Finder<'static>>;

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

/// `re.find_iter` over the given `(offset, slice)` runs of `text` (a filtered
/// [`super::prescan::Prescan::runs`]), with offsets in the whole text.
pub(crate) fn find_in_runs<'a, 't: 'a>(
    re: &'a regex::Regex,
    runs: impl Iterator<Item = (usize, &'t str)> + 'a,
    text: &'t str,
) -> impl Iterator<Item = Hit<'t>> + 'a {
    runs.flat_map(move |(off, run)| {
        re.find_iter(run).map(move |m| Hit {
            text,
            start: off + m.start(),
            end: off + m.end(),
        })
    })
}

/// Which bytes make up the only stretches of a line a pattern can match in; see
/// [`find_in_clusters`]. A trait on a unit type rather than a struct of function
/// pointers, so that the per-byte tests are inlined into the scan.
pub(crate) trait Cluster {
    /// The byte every useful match holds; it must be a member.
    const ANCHOR: Anchor;
    /// Whether `b` is a byte a match of the pattern can consist of.
    fn member(b: u8) -> bool;
    /// Whether a cluster can hold a match that yields a finding (enough digits, …).
    fn keep(c: &[u8]) -> bool;
}

/// The anchor of a [`Cluster`]: any ASCII digit, or one byte (a `.`, a `:`).
pub(crate) enum Anchor {
    Digit,
    Byte(u8),
}

impl Anchor {
    /// The position of the first anchor byte in `bytes`.
    #[inline(always)]
    fn find(&self, bytes: &[u8]) -> Option<usize> {
        match *self {
            Anchor::Digit => next_digit(bytes),
            Anchor::Byte(b) => memchr::memchr(b, bytes),
        }
    }
}

/// `re.find_iter` over the clusters of the runs of lines of `pre` that have every flag
/// of `mask`: maximal stretches of `C::member` bytes around a `C::ANCHOR` byte, kept if
/// `C::keep` says so. Each cluster is searched with the one character on either side,
/// so that `\b` sees the same neighbours as in the line.
///
/// # Why the results do not change
/// For a pattern all of whose matches consist of member bytes only and whose only
/// look-around is `\b` (which looks at one neighbouring byte), every match lies inside
/// one cluster, and which match the regex picks at a position depends only on that
/// cluster and its two neighbours. So the matches found equal those of
/// [`find_in_lines`], less those in clusters `keep` rejects. Digit-driven patterns thus
/// run on a few short stretches instead of every line that holds a digit.
pub(crate) fn find_in_clusters<'a, 't: 'a, C: Cluster>(
    re: &'a regex::Regex,
    pre: &'a super::prescan::Prescan<'t>,
    mask: u16,
) -> impl Iterator<Item = Hit<'t>> + 'a {
    let text = pre.text();
    pre.runs(mask).flat_map(move |(off, run)| {
        clusters::<C>(run.as_bytes()).flat_map(move |(a, b)| {
            // One whole character on either side (the run's ends stand for a `\n`).
            let lo = a - run[..a].chars().next_back().map_or(0, char::len_utf8);
            let hi = b + run[b..].chars().next().map_or(0, char::len_utf8);
            let base = off + lo;
            re.find_iter(&run[lo..hi]).map(move |m| Hit {
                text,
                start: base + m.start(),
                end: base + m.end(),
            })
        })
    })
}

/// The `(start, end)` of each cluster of `bytes` that `C::keep` accepts. Linear: the
/// search for the next anchor starts after the previous cluster, and a cluster's
/// extension to the left stops at that cluster's end (a non-member).
fn clusters<C: Cluster>(bytes: &[u8]) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut pos = 0;
    std::iter::from_fn(move || {
        loop {
            let i = pos + C::ANCHOR.find(bytes.get(pos..)?)?;
            let mut a = i;
            while a > pos && C::member(bytes[a - 1]) {
                a -= 1;
            }
            let mut b = i + 1;
            while b < bytes.len() && C::member(bytes[b]) {
                b += 1;
            }
            pos = b;
            if C::keep(&bytes[a..b]) {
                return Some((a, b));
            }
        }
    })
}

/// The position of the first ASCII digit in `bytes`. Tests eight bytes at a time (most
/// text has no digit in most words), since digit-driven recognizers scan for digits
/// over every line that holds one.
pub(crate) fn next_digit(bytes: &[u8]) -> Option<usize> {
    const ONES: u64 = u64::from_le_bytes([1; 8]);
    const HIGH: u64 = u64::from_le_bytes([0x80; 8]);
    let mut chunks = bytes.chunks_exact(8);
    let mut base = 0;
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        // A byte is a digit iff it differs from `0` by less than 10; the borrow trick
        // tells whether any byte of `t` is below 10, exactly.
        let t = u64::from_le_bytes(word) ^ (u64::from(b'0') * ONES);
        if t.wrapping_sub(10 * ONES) & !t & HIGH != 0 {
            return chunk.iter().position(u8::is_ascii_digit).map(|i| base + i);
        }
        base += 8;
    }
    let rest = chunks.remainder();
    rest.iter().position(u8::is_ascii_digit).map(|i| base + i)
}

/// The position of the first digit of every run of ASCII digits in `bytes[from..to]`,
/// in order: shapes that start a letter or two before their first digit (IBAN, NI
/// numbers) need trying only there, not at the other digits of a run.
pub(crate) fn digit_run_starts(
    bytes: &[u8],
    from: usize,
    to: usize,
) -> impl Iterator<Item = usize> + '_ {
    let mut i = from;
    std::iter::from_fn(move || {
        let j = i + next_digit(bytes.get(i..to)?)?;
        i = j
            + 1
            + bytes
                .get(j + 1..to)?
                .iter()
                .take_while(|c| c.is_ascii_digit())
                .count();
        Some(j)
    })
}

/// How many bytes of `s` are ASCII digits.
pub(crate) fn count_digits(s: &[u8]) -> usize {
    s.iter().filter(|b| b.is_ascii_digit()).count()
}

/// The spans a recognizer finds in `t`, overlaps resolved as the detector does (tests).
#[cfg(test)]
pub(crate) fn spans_of<'t>(r: &dyn crate::recognizer::Recognizer, t: &'t str) -> Vec<&'t str> {
    let mut v = Vec::new();
    r.find(t, &mut v);
    crate::detector::resolve_overlaps(v)
        .iter()
        .map(|f| f.span.slice(t))
        .collect()
}

/// A seeded xorshift generator (deterministic) for the randomized tests that compare a
/// fast path with the regex or the code it replaces.
#[cfg(test)]
pub(crate) struct TestRng(u64);

#[cfg(test)]
impl TestRng {
    /// A generator starting from `seed` (not zero).
    pub(crate) fn new(seed: u64) -> Self {
        TestRng(seed)
    }

    /// The next raw value.
    pub(crate) fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    /// A value in `0..n`.
    pub(crate) fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }
}

/// Checks that a hand-written scan, called as `scan(bytes, from, to)` and resumed at the
/// end of each match, finds exactly the matches of the regex `re` it replaces, on `count`
/// random texts of up to `max_pieces` pieces of `alphabet`. Returns how many matches the
/// texts held, so the caller can assert they exercised the scan.
#[cfg(test)]
pub(crate) fn assert_scan_equals_regex(
    re: &regex::Regex,
    alphabet: &[&str],
    max_pieces: usize,
    count: usize,
    scan: impl Fn(&[u8], usize, usize) -> Option<(usize, usize)>,
) -> usize {
    let mut rng = TestRng::new(0x2545_f491_4f6c_dd1d);
    let mut found = 0;
    for _ in 0..count {
        let mut t = String::new();
        for _ in 0..rng.below(max_pieces) {
            t.push_str(alphabet[rng.below(alphabet.len())]);
        }
        let want: Vec<(usize, usize)> = re.find_iter(&t).map(|m| (m.start(), m.end())).collect();
        let mut got = Vec::new();
        let mut at = 0;
        while let Some((s, e)) = scan(t.as_bytes(), at, t.len()) {
            got.push((s, e));
            at = e;
        }
        assert_eq!(got, want, "{t:?}");
        found += got.len();
    }
    found
}

/// `count` random texts glued from `pieces` (deterministic), for tests that compare a
/// fast path with the plain regex it replaces.
#[cfg(test)]
pub(crate) fn random_texts(pieces: &[&str], count: usize) -> Vec<String> {
    let mut rng = TestRng::new(0x2545_f491_4f6c_dd1d);
    (0..count)
        .map(|_| {
            (0..rng.next_u64() % 40)
                .map(|_| pieces[rng.below(pieces.len())])
                .collect()
        })
        .collect()
}

/// Checks the claim of [`find_in_clusters`] for `re` on random texts: it finds only
/// matches [`find_in_lines`] finds, and every one of those that `useful` accepts.
#[cfg(test)]
pub(crate) fn assert_clusters_find_the_matches<C: Cluster>(
    re: &regex::Regex,
    mask: u16,
    useful: fn(&str) -> bool,
    pieces: &[&str],
) {
    for t in random_texts(pieces, 20_000) {
        let pre = super::prescan::Prescan::new(&t);
        let spans = |it: &mut dyn Iterator<Item = Hit<'_>>| -> Vec<(usize, usize)> {
            it.map(|h| (h.start(), h.end())).collect()
        };
        let all = spans(&mut find_in_lines(re, &pre, mask));
        let fast = spans(&mut find_in_clusters::<C>(re, &pre, mask));
        let wanted: Vec<_> = all
            .iter()
            .copied()
            .filter(|&(s, e)| useful(&t[s..e]))
            .collect();
        assert!(fast.iter().all(|m| all.contains(m)), "{t:?}");
        assert!(wanted.iter().all(|m| fast.contains(m)), "{t:?}");
    }
}

/// `next_digit` finds the first digit wherever it stands, next to any byte.
#[cfg(test)]
#[test]
fn next_digit_finds_the_first() {
    let pieces = [
        "a",
        "0",
        "9",
        "/",
        ":",
        "\u{0}",
        "\u{7f}",
        "é",
        "\u{10ffff}",
        "x",
    ];
    for t in random_texts(&pieces, 20_000) {
        let b = t.as_bytes();
        for from in 0..b.len().min(9) {
            let want = b[from..].iter().position(u8::is_ascii_digit);
            assert_eq!(next_digit(&b[from..]), want, "{t:?}");
        }
    }
}
