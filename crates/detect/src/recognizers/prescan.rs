//! [`Prescan`]: one cheap pass over a text whose results every pattern recognizer
//! shares, so that each expensive pattern runs only on the lines that can hold a match.
//!
//! # Why
//! Most regexes of the recognizers have no literal the `regex` crate can prefilter on
//! (`\b[2-6][0-9]{3}…`, case-insensitive alternations of a hundred labels), so each one
//! used to walk the whole text in its lazy DFA. The prescan walks the text once:
//! it splits it into lines, notes per line whether it holds an ASCII digit or a `:`,
//! and runs one ASCII-case-insensitive Aho-Corasick automaton over the cue words of
//! all keyword-driven recognizers (secrets, plates, birth dates, ID labels, markings).
//! A recognizer then runs a pattern only over the lines whose flags it needs.
//!
//! # Why the results do not change
//! A pattern is gated on a flag only when (1) no match of it can contain a `\n`, (2) it
//! has no `^`/`$`/`\A`/`\z` outside multi-line mode, and (3) every match that can lead
//! to a finding contains what the flag stands for (a digit, a cue word). Then slicing the
//! text at line boundaries changes neither `\b` (a `\n` is not a word character, just like
//! the slice's end) nor the leftmost-first order of matches (no match crosses a line), and
//! lines without the flag hold no match that could yield a finding. The patterns
//! that are case-insensitive in Unicode mode also match `ſ` (U+017F) for `s` and `K`
//! (U+212A, Kelvin sign) for `k`; the automaton has those two characters as cues of
//! every such group, so lines holding them are always searched.

use std::sync::LazyLock;

use aho_corasick::automaton::Automaton;
use aho_corasick::dfa::DFA;
use aho_corasick::{Anchored, MatchKind};

use super::{address, birthdate, confidential, id_number, plate, secret};

/// The line holds an ASCII digit.
pub(crate) const DIGIT: u16 = 1 << 0;
/// The line holds at least 4 ASCII digits (an IPv4 address or a postcode needs as many).
pub(crate) const DIGITS_4: u16 = 1 << 8;
/// The line holds at least 6 ASCII digits (a numeric date, a UK NI number).
pub(crate) const DIGITS_6: u16 = 1 << 9;
/// The line holds at least 8 ASCII digits (a phone number, a BSN).
pub(crate) const DIGITS_8: u16 = 1 << 10;
/// The line holds at least 13 ASCII digits (a payment card number).
pub(crate) const DIGITS_13: u16 = 1 << 11;
/// The line holds a `:`.
pub(crate) const COLON: u16 = 1 << 1;
/// The line holds a credential keyword ([`secret::KEYWORDS`]).
pub(crate) const SECRET_CUE: u16 = 1 << 2;
/// The line holds a vehicle cue ([`plate::CUES`]).
pub(crate) const PLATE_CUE: u16 = 1 << 3;
/// The line holds a birth-date cue ([`birthdate::NEAR_CUES`]).
pub(crate) const BIRTH_CUE: u16 = 1 << 4;
/// The line may hold an identifying-number label ([`id_number::LABEL_ANCHORS`]).
pub(crate) const ID_LABEL: u16 = 1 << 5;
/// The line may hold a classification marking ([`confidential::ANCHORS`]).
pub(crate) const MARKING: u16 = 1 << 6;
/// The line may hold a British street name ([`address::UK_STREET_TYPES`]).
pub(crate) const UK_STREET: u16 = 1 << 7;
/// The line may hold a known API token ([`secret::TOKEN_PREFIXES`]).
pub(crate) const TOKEN_PREFIX: u16 = 1 << 12;
/// The line may be a table header naming a date-of-birth column
/// ([`birthdate::COLUMN_STEMS`]). The highest bit, to stay clear of flags added below it.
pub(crate) const BIRTH_COLUMN: u16 = 1 << 15;

/// Characters that Unicode case folding maps onto an ASCII letter (`ſ` → s, Kelvin
/// sign → k). Case-insensitive Unicode patterns match them; the ASCII-only cue automaton
/// would not, so they are cues of their own for the groups that use such patterns.
pub(crate) const FOLDS_TO_ASCII: &[&str] = &["\u{17F}", "\u{212A}"];

/// One automaton over the cue words of every group, each word with the groups it serves.
struct Cues {
    /// The concrete DFA type rather than `AhoCorasick`, whose searches go through a
    /// trait object: a virtual call per byte would cost more than the whole transition.
    automaton: DFA,
    masks: Vec<u16>,
}

static CUES: LazyLock<Cues> = LazyLock::new(|| {
    // `:` is a single-byte "cue" too, and `\n` one with no group: it ends a line.
    let groups: [(&[&str], u16); 11] = [
        (secret::TOKEN_PREFIXES, TOKEN_PREFIX),
        (&["\n"], 0),
        (&[":"], COLON),
        (address::UK_STREET_TYPES, UK_STREET),
        (secret::KEYWORDS, SECRET_CUE),
        (plate::CUES, PLATE_CUE),
        (birthdate::NEAR_CUES, BIRTH_CUE),
        (birthdate::COLUMN_STEMS, BIRTH_COLUMN),
        (id_number::LABEL_ANCHORS, ID_LABEL),
        (confidential::ANCHORS, MARKING),
        (FOLDS_TO_ASCII, ID_LABEL | MARKING),
    ];
    // The same word may serve several groups: keep one pattern, OR the masks.
    let mut words: Vec<String> = Vec::new();
    let mut masks: Vec<u16> = Vec::new();
    for (list, mask) in groups {
        for w in list {
            let w = w.to_ascii_lowercase();
            match words.iter().position(|x| *x == w) {
                Some(i) => masks[i] |= mask,
                None => {
                    words.push(w);
                    masks.push(mask);
                }
            }
        }
    }
    #[expect(
        clippy::expect_used,
        reason = "constant word lists, built by the unit tests"
    )]
    let automaton = DFA::builder()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::Standard)
        .prefilter(false)
        .build(&words)
        .expect("cue words form a valid automaton");
    Cues { automaton, masks }
});

/// What one cheap pass found out about a text: where its lines are and which of them
/// hold digits or cue words. Build it once per text and hand it to every
/// [`crate::Recognizer::find_with`].
#[derive(Debug)]
pub struct Prescan<'t> {
    text: &'t str,
    /// Byte offset where each line starts; a text ending in `\n` has an empty last line.
    starts: Vec<usize>,
    /// Per line, the `DIGIT | COLON | …_CUE` flags.
    flags: Vec<u16>,
    /// All line flags OR-ed: lets a recognizer skip a text in O(1).
    any: u16,
}

impl<'t> Prescan<'t> {
    /// Scans `text` once. Linear in its length; allocates two small vectors per text.
    pub fn new(text: &'t str) -> Self {
        let (starts, flags) = scan(text.as_bytes());
        let any = flags.iter().fold(0, |a, f| a | f);
        Prescan {
            text,
            starts,
            flags,
            any,
        }
    }

    /// The text this prescan describes.
    pub fn text(&self) -> &'t str {
        self.text
    }

    fn line_end(&self, i: usize) -> usize {
        self.starts.get(i + 1).map_or(self.text.len(), |&n| n - 1)
    }

    /// `(offset, slice)` for each maximal run of consecutive lines that all have every
    /// flag of `mask`; a slice spans from the first line's start to the last line's end
    /// (without its `\n`). Searching these slices instead of the whole text finds the
    /// same matches for a pattern that meets the conditions in the module docs.
    pub(crate) fn runs(&self, mask: u16) -> Runs<'_, 't> {
        Runs {
            pre: self,
            mask,
            line: if self.any & mask == mask {
                0
            } else {
                self.starts.len()
            },
        }
    }

    /// The windows the recognizers used to get from a regex over `mask`'s cue words:
    /// each line holding a cue plus `extra_after` following lines, a line already inside
    /// the previous window starting no new one (so a cue on a following line does not
    /// extend it). Slices include their final `\n`; windows are reproduced exactly,
    /// since patterns searched in them may span the lines of one window.
    pub(crate) fn windows(&self, mask: u16, extra_after: usize) -> Vec<(usize, &'t str)> {
        let mut out = Vec::new();
        if self.any & mask == 0 {
            return out;
        }
        let mut covered = 0usize; // first line not yet inside a window
        for (i, f) in self.flags.iter().enumerate() {
            if f & mask == 0 || i < covered {
                continue;
            }
            let last = (i + extra_after).min(self.starts.len() - 1);
            let start = self.starts[i];
            let end = self
                .starts
                .get(last + 1)
                .copied()
                .unwrap_or(self.text.len());
            out.push((start, &self.text[start..end]));
            covered = last + 1;
        }
        out
    }
}

/// Line starts and line flags of `bytes`, in one walk.
///
/// Walks the cue DFA by hand instead of through `try_find_overlapping`, whose general
/// loop costs several times as much per byte, and counts digits and finds line breaks
/// (a `\n` is a pattern of the automaton, with no group) in the same walk: each extra
/// pass over the text would cost more than the work it does. Every match state is
/// inspected and all its patterns count, so a cue inside another ("pass" in
/// "password") or a word shared by two groups still marks its line for every group.
fn scan(bytes: &[u8]) -> (Vec<usize>, Vec<u16>) {
    let cues = &*CUES;
    let dfa = &cues.automaton;
    let mut starts = Vec::with_capacity(16);
    let mut flags = Vec::with_capacity(16);
    starts.push(0);
    let Ok(mut sid) = dfa.start_state(Anchored::No) else {
        // Cannot happen for an unanchored automaton; searching every line instead is
        // slower but finds the same.
        starts.extend(memchr::memchr_iter(b'\n', bytes).map(|i| i + 1));
        flags.resize(starts.len(), u16::MAX);
        return (starts, flags);
    };
    let (mut line_flags, mut digits) = (0u16, 0u32);
    for (i, &b) in bytes.iter().enumerate() {
        digits += u32::from(b.wrapping_sub(b'0') < 10);
        sid = dfa.next_state(Anchored::No, sid, b);
        if dfa.is_special(sid) && dfa.is_match(sid) {
            if b == b'\n' {
                // No cue holds a `\n`, so the only pattern here is the line break.
                flags.push(line_flags | digit_flags(digits));
                starts.push(i + 1);
                (line_flags, digits) = (0, 0);
            } else {
                for k in 0..dfa.match_len(sid) {
                    line_flags |= cues.masks[dfa.match_pattern(sid, k).as_usize()];
                }
            }
        }
    }
    flags.push(line_flags | digit_flags(digits));
    (starts, flags)
}

/// `DIGIT` and `DIGITS_*` of a line holding `n` ASCII digits.
fn digit_flags(n: u32) -> u16 {
    [
        (1, DIGIT),
        (4, DIGITS_4),
        (6, DIGITS_6),
        (8, DIGITS_8),
        (13, DIGITS_13),
    ]
    .iter()
    .filter(|(min, _)| n >= *min)
    .fold(0, |f, (_, flag)| f | flag)
}

/// Iterator behind [`Prescan::runs`].
pub(crate) struct Runs<'p, 't> {
    pre: &'p Prescan<'t>,
    mask: u16,
    line: usize,
}

impl<'t> Iterator for Runs<'_, 't> {
    type Item = (usize, &'t str);

    fn next(&mut self) -> Option<Self::Item> {
        let p = self.pre;
        let n = p.flags.len();
        while self.line < n && p.flags[self.line] & self.mask != self.mask {
            self.line += 1;
        }
        if self.line >= n {
            return None;
        }
        let first = self.line;
        while self.line < n && p.flags[self.line] & self.mask == self.mask {
            self.line += 1;
        }
        let (s, e) = (p.starts[first], p.line_end(self.line - 1));
        Some((s, &p.text[s..e]))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Runs cover exactly the flagged lines, merged when adjacent, without final `\n`s.
    #[test]
    fn digit_runs() {
        let t = "abc\n12\nx3\n\nno\n4";
        let p = Prescan::new(t);
        let runs: Vec<_> = p.runs(DIGIT).collect();
        assert_eq!(runs, vec![(4, "12\nx3"), (14, "4")]);
        assert!(p.runs(COLON).next().is_none());
    }

    /// Windows reproduce the old line gate: cue line plus `extra` lines, no chaining.
    #[test]
    fn cue_windows() {
        let t = "a\nkenteken\nauto\nb\nc\nmotor\n";
        let p = Prescan::new(t);
        let w = p.windows(PLATE_CUE, 1);
        assert_eq!(w, vec![(2, "kenteken\nauto\n"), (20, "motor\n")]);
        let w0 = p.windows(PLATE_CUE, 0);
        assert_eq!(w0.len(), 3);
        assert_eq!(p.windows(BIRTH_CUE, 1), vec![]);
    }

    /// The line windows the recognizers used before the prescan: a case-insensitive
    /// regex over the cue words, each hit's line plus `extra_after` lines, skipping hits
    /// inside the previous window. Kept here as the reference `windows` must equal.
    fn reference_windows(
        re: &regex::Regex,
        text: &str,
        extra_after: usize,
    ) -> Vec<(usize, String)> {
        let mut out = Vec::new();
        let mut covered_until = 0usize;
        for m in re.find_iter(text) {
            if m.start() < covered_until {
                continue;
            }
            let start = text[..m.start()].rfind('\n').map_or(0, |i| i + 1);
            let mut end = m.end();
            for _ in 0..=extra_after {
                end = match text[end..].find('\n') {
                    Some(i) => end + i + 1,
                    None => text.len(),
                };
                if end >= text.len() {
                    break;
                }
            }
            let start = start.max(covered_until);
            out.push((start, text[start..end].to_string()));
            covered_until = end;
        }
        out
    }

    /// `windows` reproduces the reference windows for every cue group, on random texts
    /// mixing cue words (in any case), digits, line breaks and filler.
    #[test]
    fn windows_equal_the_reference() {
        let groups: [(&[&str], u16); 3] = [
            (secret::KEYWORDS, SECRET_CUE),
            (plate::CUES, PLATE_CUE),
            (birthdate::NEAR_CUES, BIRTH_CUE),
        ];
        let gates: Vec<regex::Regex> = groups
            .iter()
            .map(|(cues, _)| {
                let alternation: Vec<String> = cues.iter().map(|t| regex::escape(t)).collect();
                regex::Regex::new(&format!("(?i-u:{})", alternation.join("|"))).unwrap()
            })
            .collect();
        let filler = [
            "\n", "\n\n", " ", "x", "12", ": ", "é", "ſ", "\r\n", "PaSs", "AUTO",
        ];
        let mut rng = super::super::util::TestRng::new(0x9e37_79b9_7f4a_7c15);
        let mut next = || rng.next_u64();
        for _ in 0..2000 {
            let mut t = String::new();
            for _ in 0..next() % 30 {
                let r = next();
                if r % 3 == 0 {
                    let (list, _) = groups[(r / 3 % 3) as usize];
                    t.push_str(list[(r / 9) as usize % list.len()]);
                } else {
                    t.push_str(filler[(r / 3) as usize % filler.len()]);
                }
            }
            let p = Prescan::new(&t);
            for ((_, mask), gate) in groups.iter().zip(&gates) {
                for extra in [0, 1] {
                    let got: Vec<(usize, String)> = p
                        .windows(*mask, extra)
                        .into_iter()
                        .map(|(o, w)| (o, w.to_string()))
                        .collect();
                    assert_eq!(got, reference_windows(gate, &t, extra), "{t:?}");
                }
            }
        }
    }

    /// Exactly two non-ASCII characters match an ASCII letter case-insensitively in
    /// Unicode mode, and both are cues of the groups searched with such patterns.
    #[test]
    fn unicode_folds_to_ascii_are_covered() {
        let re = regex::Regex::new("(?i)^[a-z]$").unwrap();
        let folding: Vec<String> = (0x80u32..0x11_0000)
            .filter_map(char::from_u32)
            .map(String::from)
            .filter(|s| re.is_match(s))
            .collect();
        assert_eq!(folding, FOLDS_TO_ASCII);
        let p = Prescan::new("x\nZaa\u{212A}nummer 1\n");
        assert_eq!(p.runs(ID_LABEL | DIGIT).count(), 1);
        assert_eq!(p.runs(MARKING).count(), 1);
    }
}
