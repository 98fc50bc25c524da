//! Burgerservicenummers (BSN): nine digits passing the 11-check, written plain
//! (`111222333`), dotted (`1112.22.333`, `111.222.333`) or spaced (`111 222 333`).
//! Eight-digit numbers are BSNs with the leading zero dropped; they count only with
//! a "BSN"/"burgerservicenummer" cue, since many other eight-digit numbers exist.

use regex::Regex;

use super::prescan::DIGITS_8;
use super::util::{
    Anchor, Cluster, Needle, before, count_digits, digits, find_in_clusters, finding, regex,
};
use crate::finding::{EntityKind, Finding};
use crate::recognizer::{Prescan, Recognizer};
use crate::validate::bsn_is_valid;

/// Finds BSNs.
pub(crate) struct Bsn {
    re: Regex,
}

const CUES: &[&str] = &[
    "bsn",
    "burgerservice",
    "sofinummer",
    "sofi-nummer",
    "citizen service",
];

impl Bsn {
    pub(crate) fn new() -> Self {
        Bsn {
            re: regex(
                r"(?-u:\b)(?:\d{8,9}|\d{4}[. ]\d{2}[. ]\d{3}|\d{3}[. ]\d{3}[. ]\d{3}|\d{2}[. ]\d{3}[. ]\d{3}|\d{2}[. ]\d{2}[. ]\d{2}[. ]\d{3})(?-u:\b)",
            ),
        }
    }
}

/// The stretches of a line a match can lie in (see [`find_in_clusters`]).
struct Numbers;

impl Cluster for Numbers {
    const ANCHOR: Anchor = Anchor::Digit;
    fn member(b: u8) -> bool {
        b.is_ascii_digit() || matches!(b, b'.' | b' ') || !b.is_ascii()
    }
    fn keep(c: &[u8]) -> bool {
        count_digits(c) >= 8
    }
}

/// `rest` (what follows a number) starts with a separator and a short group of
/// capitals and digits that ends the word (".H.56", "-A"): the number is part of a
/// longer code. Lower case ("111222333.Ik woon …") is a sentence running on; a `/`
/// is a path ("/BURGERS/111222333/ADRES" in an upper-cased log), not a code.
fn coded_group(rest: &[u8]) -> bool {
    let Some((&sep, group)) = rest.split_first() else {
        return false;
    };
    let len = group
        .iter()
        .take_while(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        .count();
    matches!(sep, b'.' | b'-')
        && (1..=4).contains(&len)
        && !group.get(len).is_some_and(u8::is_ascii_alphanumeric)
}

impl Recognizer for Bsn {
    fn id(&self) -> &'static str {
        "bsn"
    }

    fn find(&self, text: &str, out: &mut Vec<Finding>) {
        self.find_with(&Prescan::new(text), out);
    }

    fn find_with(&self, pre: &Prescan<'_>, out: &mut Vec<Finding>) {
        let text = pre.text();
        let bytes = text.as_bytes();
        // Every match that can pass the 11-check holds 8 or 9 ASCII digits (`\d` also
        // takes other scripts' digits, which `digits` drops, so every non-ASCII byte
        // may belong to a match), and none crosses a line.
        for m in find_in_clusters::<Numbers>(&self.re, pre, DIGITS_8) {
            let (s, e) = (m.start(), m.end());
            // Part of a longer number ("1.234.567.890", "12 111222333 4")?
            let glued_left = s >= 2
                && matches!(bytes[s - 1], b'.' | b',' | b'-' | b'/')
                && bytes[s - 2].is_ascii_digit();
            let glued_right = e + 1 < bytes.len()
                && matches!(bytes[e], b'.' | b',' | b'-' | b'/' | b' ')
                && bytes[e + 1].is_ascii_digit();
            // The middle of an international phone number ("+351 919 302 433").
            let phone_like = s >= 1 && bytes[s - 1] == b'+' || s >= 2 && bytes[s - 2] == b'+';
            // Only the start of a coded number: a tax assessment ("1196.62.164.H.56").
            let coded = coded_group(&bytes[e..]);
            if glued_left || glued_right || phone_like || coded {
                continue;
            }
            let d = digits(m.as_str());
            let cue = before(text, s, 40).contains_any(CUES);
            if d.len() == 8 && !cue {
                continue;
            }
            if bsn_is_valid(&d) {
                out.push(finding(
                    s,
                    e,
                    EntityKind::Bsn,
                    if cue { 0.99 } else { 0.95 },
                    "bsn",
                ));
            }
        }
        record_bsns(pre, out);
    }
}

/// A BSN glued behind a short record number at the start of a fixed-width record line
/// (payroll and benefit exports: `0012` + `111222333` + `JANSEN P` padded with spaces,
/// then an IBAN). No word boundary separates the two numbers, so the pattern above cannot
/// see it; the last nine digits of the leading run count only when the line is such a
/// record (a column padded with three spaces or more, and a valid IBAN) and the 11-check
/// holds. Each line is looked at once, from its start.
fn record_bsns(pre: &Prescan<'_>, out: &mut Vec<Finding>) {
    let text = pre.text();
    for (off, run) in pre.runs(DIGITS_8) {
        let mut at = off;
        for line in run.split('\n') {
            let start = at;
            at += line.len() + 1;
            let b = line.as_bytes();
            let lead = b.iter().take_while(|c| c.is_ascii_digit()).count();
            // One to four digits of record number, then the BSN, then a letter or space.
            if !(10..=13).contains(&lead)
                || !b
                    .get(lead)
                    .is_some_and(|c| c.is_ascii_alphabetic() || *c == b' ')
            {
                continue;
            }
            let bsn = &line[lead - 9..lead];
            static PADDING: Needle = Needle::new(|| memchr::memmem::Finder::new("   "));
            let padded = PADDING.find(&b[lead..]).is_some();
            if padded
                && bsn_is_valid(bsn)
                && super::iban::ibans(text, start, start + line.len())
                    .next()
                    .is_some()
            {
                let s = start + lead - 9;
                out.push(finding(s, s + 9, EntityKind::Bsn, 0.85, "bsn.record"));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(t: &str) -> Vec<&str> {
        super::super::util::spans_of(&Bsn::new(), t)
    }

    /// Valid numbers in every notation are found; invalid ones are not.
    #[test]
    fn notations_and_checksum() {
        assert_eq!(spans("BSN: 111222333."), vec!["111222333"]);
        assert_eq!(spans("bsn 1112.22.333"), vec!["1112.22.333"]);
        assert_eq!(spans("nr 111 222 333 x"), vec!["111 222 333"]);
        assert!(spans("is 111222334 geldig?").is_empty());
        assert!(spans("tel 1.111.222.333").is_empty());
    }

    /// A BSN-shaped start of a longer code is none; a sentence or a path after it is.
    #[test]
    fn inside_codes() {
        assert!(spans("Aanslagnummer: 1112.22.333.H.56\n").is_empty());
        assert_eq!(spans("BSN-111222333 klopt"), vec!["111222333"]);
        assert!(spans("ref 111222333-AB.").is_empty());
        assert_eq!(spans("bsn 111222333.Ik bel"), vec!["111222333"]);
        assert_eq!(spans("BSN: 111222333-"), vec!["111222333"]);
        assert_eq!(
            spans("GET /API/V1/BURGERS/111222333/ADRES"),
            vec!["111222333"]
        );
    }

    /// A BSN glued behind a record number in a fixed-width record with an IBAN; not in a
    /// line without the IBAN or the padding, and not when the 11-check fails.
    #[test]
    fn fixed_width_records() {
        let rec = "0012111222333JANSEN P       NL91ABNA04171643000002500000\n";
        assert_eq!(spans(rec), vec!["111222333"]);
        assert_eq!(spans(&format!("HDR\n{rec}")), vec!["111222333"]);
        assert!(spans("0012111222334JANSEN P       NL91ABNA04171643000002500000").is_empty());
        assert!(spans("0012111222333JANSEN P       geen rekening").is_empty());
        assert!(spans("0012111222333JANSEN P NL91ABNA0417164300").is_empty());
        assert!(spans("20240012111222333 JANSEN P   NL91ABNA0417164300").is_empty());
    }

    /// Searching only the clusters finds every match with 8 ASCII digits or more.
    #[test]
    fn clusters_hold_the_matches() {
        super::super::util::assert_clusters_find_the_matches::<Numbers>(
            &Bsn::new().re,
            DIGITS_8,
            |m| digits(m).len() >= 8,
            &[
                "1", "2", "3", "12", "4567", " ", ".", "-", "x", "\n", "\u{661}", "é", "_", "+",
            ],
        );
    }
}
