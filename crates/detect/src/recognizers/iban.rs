//! IBANs of every registered country, with or without spaces, validated by length
//! and mod-97.

use regex::Regex;

use super::prescan::DIGIT;
use super::util::{find_in_lines, finding, regex};
use crate::finding::{EntityKind, Finding};
use crate::recognizer::{Prescan, Recognizer};
use crate::validate::{iban_is_valid, iban_length};

/// Finds IBANs.
pub(crate) struct Iban {
    re: Regex,
}

impl Iban {
    pub(crate) fn new() -> Self {
        Iban {
            re: regex(r"(?i-u:\b[a-z]{2}[0-9]{2} ?[a-z0-9]{2,4})"),
        }
    }
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
        let bytes = text.as_bytes();
        // Every match holds a digit and no line break (see `Prescan`).
        for m in find_in_lines(&self.re, pre, DIGIT) {
            let s = m.start();
            let Some(len) = text.get(s..s + 2).and_then(iban_length) else {
                continue;
            };
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
            if n != len || (i < bytes.len() && bytes[i].is_ascii_alphanumeric()) {
                continue;
            }
            if iban_is_valid(&text[s..i]) {
                out.push(finding(s, i, EntityKind::Iban, 0.99, "iban"));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(t: &str) -> Vec<&str> {
        let mut v = Vec::new();
        Iban::new().find(t, &mut v);
        v.iter().map(|f| f.span.slice(t)).collect()
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
}
