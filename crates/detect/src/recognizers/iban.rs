//! IBANs of every registered country, with or without spaces, validated by length
//! and mod-97.

use super::prescan::DIGIT;
use super::util::{digit_run_starts, finding};
use crate::finding::{EntityKind, Finding};
use crate::recognizer::{Prescan, Recognizer};
use crate::validate::{iban_is_valid, iban_length};

/// Finds IBANs.
pub(crate) struct Iban;

impl Iban {
    pub(crate) fn new() -> Self {
        Iban
    }
}

/// Where a match of `\b[a-z]{2}[0-9]{2} ?[a-z0-9]{2,4}` (ASCII, case-insensitive)
/// starting at `s` ends, if one does: the start of an IBAN, written by hand because a
/// regex without a literal to look for walks every line with a digit in its DFA, while
/// this runs only where two letters precede a digit.
fn start_at(b: &[u8], s: usize) -> Option<usize> {
    let is = |i: usize, f: fn(&u8) -> bool| b.get(i).is_some_and(f);
    let word = |i: usize| is(i, u8::is_ascii_alphanumeric) || is(i, |&c| c == b'_');
    if s > 0 && word(s - 1)
        || !is(s, u8::is_ascii_alphabetic)
        || !is(s + 1, u8::is_ascii_alphabetic)
        || !is(s + 2, u8::is_ascii_digit)
        || !is(s + 3, u8::is_ascii_digit)
    {
        return None;
    }
    // ` ?` is greedy: the space is taken when two alphanumerics follow it.
    let mut p = s + 4;
    if b.get(p) == Some(&b' ')
        && is(p + 1, u8::is_ascii_alphanumeric)
        && is(p + 2, u8::is_ascii_alphanumeric)
    {
        p += 1;
    }
    let n = (p..p + 4)
        .take_while(|&i| is(i, u8::is_ascii_alphanumeric))
        .count();
    (n >= 2).then_some(p + n)
}

/// The `(start, end)` of each match of [`start_at`]'s pattern in `b[from..to]` (which
/// must end at a line break or the text's end), as `find_iter` gives them: leftmost
/// first, never overlapping, so a start inside the previous match is skipped. A start
/// has a letter and then a digit two bytes on.
fn matches(b: &[u8], from: usize, to: usize) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut at = from;
    // Only the start of a digit run can follow a letter.
    digit_run_starts(b, from, to).filter_map(move |j| {
        if j >= at + 2 && b[j - 1].is_ascii_alphabetic() {
            let end = start_at(b, j - 2)?;
            at = end;
            return Some((j - 2, end));
        }
        None
    })
}

impl Recognizer for Iban {
    fn id(&self) -> &'static str {
        "iban"
    }

    fn find(&self, text: &str, out: &mut Vec<Finding>) {
        self.find_with(&Prescan::new(text), out);
    }

    fn find_with(&self, pre: &Prescan<'_>, out: &mut Vec<Finding>) {
        let text = pre.text();
        // Every match holds a digit and no line break, so lines without a digit hold
        // none, and the line break ending a run stops a match as the run's end would.
        for (off, run) in pre.runs(DIGIT) {
            for (s, e) in ibans(text, off, off + run.len()) {
                out.push(finding(s, e, EntityKind::Iban, 0.99, "iban"));
            }
        }
    }
}

/// The `(start, end)` of each valid IBAN in `text[from..to]` (which must end at a line
/// break or the text's end): a start ([`matches`]) of a registered country, then exactly
/// that country's number of letters and digits, single spaces allowed between them.
pub(crate) fn ibans(text: &str, from: usize, to: usize) -> impl Iterator<Item = (usize, usize)> {
    let bytes = text.as_bytes();
    matches(bytes, from, to).filter_map(move |(s, _)| {
        let len = text.get(s..s + 2).and_then(iban_length)?;
        // Walk exactly `len` alphanumerics, allowing single spaces between them.
        let (mut i, mut n) = (s, 0usize);
        while i < bytes.len() && n < len {
            let b = bytes[i];
            if b.is_ascii_alphanumeric() {
                n += 1;
                i += 1;
            } else if b == b' '
                && i + 1 < bytes.len()
                && bytes[i + 1].is_ascii_alphanumeric()
                && n > 0
            {
                i += 1;
            } else {
                break;
            }
        }
        // Fixed-width records (payroll and bank exports) glue the next column's digits
        // to a compact IBAN ("NL91ABNA04171643000002711000"): with the country's length
        // known, the IBAN is cut there, and the mod-97 check decides.
        let glued = i - s == len && bytes.get(i).is_some_and(u8::is_ascii_digit);
        let open = i < bytes.len() && bytes[i].is_ascii_alphanumeric();
        (n == len && (!open || glued) && iban_is_valid(&text[s..i])).then_some((s, i))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(t: &str) -> Vec<&str> {
        super::super::util::spans_of(&Iban::new(), t)
    }

    /// Spaced, compact and foreign IBANs are found; a typo is not.
    #[test]
    fn notations_and_checksum() {
        assert_eq!(
            spans("op NL91 ABNA 0417 1643 00 graag"),
            vec!["NL91 ABNA 0417 1643 00"]
        );
        assert_eq!(
            spans("IBAN NL91ABNA0417164300."),
            vec!["NL91ABNA0417164300"]
        );
        assert_eq!(
            spans("GB82 WEST 1234 5698 7654 32"),
            vec!["GB82 WEST 1234 5698 7654 32"]
        );
        assert!(spans("NL91ABNA0417164301").is_empty());
    }

    /// A compact IBAN with a record's next column glued to it is cut at the country's
    /// length; only when the check holds, and never inside a word or a spaced IBAN.
    #[test]
    fn glued_to_digits() {
        assert_eq!(
            spans("JANSEN P      NL91ABNA04171643000002500000\n"),
            vec!["NL91ABNA0417164300"]
        );
        assert_eq!(
            spans("x GB82WEST12345698765432001\n"),
            vec!["GB82WEST12345698765432"]
        );
        assert!(spans("NL91ABNA04171643010002500000").is_empty());
        assert!(spans("XNL91ABNA04171643000002500000").is_empty());
        assert!(spans("NL91 ABNA 0417 1643 00123").is_empty());
        assert!(spans("NL91ABNA0417164300X").is_empty());
    }

    /// [`matches`] finds what the regex it replaces finds, run over each line.
    #[test]
    fn matches_equal_the_regex() {
        let re = regex::Regex::new(r"(?i-u:\b[a-z]{2}[0-9]{2} ?[a-z0-9]{2,4})").unwrap();
        let pieces = [
            "NL", "nl", "g", "B", "91", "4", "0417", "ABNA", " ", "  ", "_", "\n", "é", "-",
        ];
        for t in super::super::util::random_texts(&pieces, 20_000) {
            let mut want = Vec::new();
            let mut off = 0;
            for line in t.split('\n') {
                want.extend(re.find_iter(line).map(|m| (off + m.start(), off + m.end())));
                off += line.len() + 1;
            }
            let mut got = Vec::new();
            let mut off = 0;
            for line in t.split('\n') {
                got.extend(matches(t.as_bytes(), off, off + line.len()));
                off += line.len() + 1;
            }
            assert_eq!(got, want, "{t:?}");
        }
    }
}
