//! Telephone numbers: Dutch mobile, landline and service numbers in every common
//! notation (`06-12345678`, `(0475) 405978`, `+31 (0)6 5922 0730`, `0031 6 …`) and
//! international numbers with a `+` or `00` country prefix.
//!
//! Numbering facts: the Dutch national numbering plan (ACM): national numbers have ten
//! digits after the trunk `0`; 0800/0900/0906/0909 service numbers have 8 to 11;
//! international numbers (ITU-T E.164) have at most 15 digits.

use regex::Regex;

use super::prescan::{DIGITS_4, DIGITS_8};
use super::util::{Ci, Needle, find_in_lines, finding, regex};
use crate::finding::{EntityKind, Finding};
use crate::recognizer::{Prescan, Recognizer};

/// Finds telephone numbers.
pub(crate) struct Phone {
    /// Dutch municipalities' 14-numbers (`14 020`, `14 0515`): only after a phone cue.
    municipal: Regex,
    /// North American numbers with the area code in brackets: `(415) 555-0199`.
    nanp: Regex,
}

impl Phone {
    pub(crate) fn new() -> Self {
        Phone {
            municipal: regex(r"(?-u:\b14[ ]?0[0-9]{2,3}\b)"),
            nanp: regex(r"\([2-9][0-9]{2}\)[ ]?[2-9][0-9]{2}[ \-.][0-9]{4}(?-u:\b)"),
        }
    }
}

/// The first match of
/// `(?:\(\+|\+|(?-u:\b)00|\(0|(?-u:\b)0)[0-9][0-9 ()\-./–]{4,26}[0-9]` starting in
/// `from..to` (`to` a line end or the text's end), as `(start, end)`: a number's start
/// (`(+`, `+`, `00`, `(0` or `0`, the latter two not inside a word), a digit, then up to
/// 27 digits and separators ending in a digit, at least 6 of them.
///
/// # Why by hand
/// Only bytes that can start a number (`(`, `+`, `0`) need a look, and `memchr3` finds
/// them far faster than a regex automaton walks the bytes between them.
fn candidate(b: &[u8], from: usize, to: usize) -> Option<(usize, usize)> {
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    let mut from = from;
    while let Some(i) = memchr::memchr3(b'(', b'+', b'0', b.get(from..to)?) {
        let p = from + i;
        let boundary = p == 0 || !(b[p - 1].is_ascii_alphanumeric() || b[p - 1] == b'_');
        // The alternatives in the pattern's order; the first that leads to a match wins.
        let starts = [
            (at(p) == b'(' && at(p + 1) == b'+', 2),
            (at(p) == b'+', 1),
            (boundary && at(p) == b'0' && at(p + 1) == b'0', 2),
            (at(p) == b'(' && at(p + 1) == b'0', 2),
            (boundary && at(p) == b'0', 1),
        ];
        let end = starts
            .iter()
            .filter(|(ok, _)| *ok)
            .find_map(|&(_, len)| number_tail(b, p + len));
        if let Some(end) = end {
            return Some((p, end));
        }
        from = p + 1;
    }
    None
}

/// Where `[0-9][0-9 ()\-./–]{4,26}[0-9]` matching at `q` ends: the last digit among
/// the first 27 separators and digits after the first digit, if at least the 5th.
fn number_tail(b: &[u8], q: usize) -> Option<usize> {
    if !b.get(q)?.is_ascii_digit() {
        return None;
    }
    let (mut i, mut chars, mut end) = (q + 1, 0, None);
    while chars < 27 {
        let len = match b.get(i..) {
            Some([c, ..]) if c.is_ascii_digit() => {
                if chars >= 4 {
                    end = Some(i + 1);
                }
                1
            }
            Some([b' ' | b'(' | b')' | b'-' | b'.' | b'/', ..]) => 1,
            Some([0xE2, 0x80, 0x93, ..]) => 3, // '–', an en dash
            _ => break,
        };
        i += len;
        chars += 1;
    }
    end
}

/// Two numbers given one after the other ("+48 512 330 917 / 074-2910386"): a candidate
/// that holds ` / ` after a whole plausible number ends there, and the scan resumes
/// at the second. "030 / 1234567" (an area code set apart) stays one number.
fn split_at_slash(b: &[u8], (start, end): (usize, usize)) -> (usize, usize) {
    static SLASH: Needle = Needle::new(|| memchr::memmem::Finder::new(" / "));
    let Some(i) = SLASH.find(&b[start..end]) else {
        return (start, end);
    };
    let head = std::str::from_utf8(&b[start..start + i]).unwrap_or("");
    if plausible(head) {
        (start, start + i)
    } else {
        (start, end)
    }
}

/// Whether the digits (with the original notation) form a plausible phone number.
fn plausible(candidate: &str) -> bool {
    let intl_plus = candidate.starts_with('+') || candidate.starts_with("(+");
    // "(0)" after a country code is the trunk prefix that international notation drops.
    let (n, head) = digits_without_trunk(candidate);
    // The first (up to) four digits: all the prefixes below look at.
    let d = &head[..n.min(head.len())];
    let starts = |p: &str| d.starts_with(p.as_bytes());
    // Notation sanity: separators between digit groups are short, and the number does not
    // look like a date (dd-mm-yyyy) or a dotted version/IP.
    if candidate.contains("..") || candidate.contains("--") || candidate.matches('.').count() >= 3 {
        return false;
    }
    if looks_like_date(candidate) {
        return false;
    }
    if intl_plus {
        return (8..=15).contains(&n) && !starts("0");
    }
    if starts("00") {
        return (9..=15).contains(&(n - 2)) && !starts("000");
    }
    if !starts("0") {
        return false;
    }
    if ["0800", "0900", "0906", "0909"].iter().any(|p| starts(p)) {
        return (8..=11).contains(&n);
    }
    // Belgian landlines have nine digits ("03 221 45 90"), written in groups.
    if n == 9 && candidate.contains(' ') {
        return true;
    }
    // Ten digits after the trunk 0 in the Netherlands; eleven in the UK (07700 900123).
    n == 10 || n == 11 && ["01", "02", "03", "07"].iter().any(|p| starts(p))
}

/// How many ASCII digits `candidate` holds once every `(0)` is dropped, and the first
/// four of them, without building the cleaned string.
fn digits_without_trunk(candidate: &str) -> (usize, [u8; 4]) {
    let b = candidate.as_bytes();
    let (mut i, mut n, mut head) = (0, 0, [0u8; 4]);
    while i < b.len() {
        if b[i..].starts_with(b"(0)") {
            i += 3;
            continue;
        }
        if b[i].is_ascii_digit() {
            if let Some(h) = head.get_mut(n) {
                *h = b[i];
            }
            n += 1;
        }
        i += 1;
    }
    (n, head)
}

/// The word before `pos` on its line labels some other number (an order, receipt or
/// customer number) rather than a phone number.
fn after_other_label(text: &str, pos: usize) -> bool {
    let line = super::util::line_before(text, pos, 24)
        .0
        .trim_end()
        .trim_end_matches([':', '#'])
        .trim_end();
    let word = line
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("");
    let ends_with = |suffix: &str| {
        word.len() >= suffix.len()
            && word.as_bytes()[word.len() - suffix.len()..].eq_ignore_ascii_case(suffix.as_bytes())
    };
    let phone_word =
        Ci(word).contains_any(&["tel", "fax", "gsm", "mob", "phone", "bel", "nummer:"]);
    // "klantnummer 06…" labels another number; a bare "nummer:" is as often a phone's.
    let other_number = (ends_with("nummer") || ends_with("number")) && word.len() > 6;
    !phone_word
        && (other_number
            || ["nr", "nr.", "no", "no.", "id", "ref", "order"]
                .iter()
                .any(|l| ends_with(l)))
}

/// A Dutch mobile number written in dotted pairs: `06.12.34.56.78` (the general check
/// refuses three dots or more, which versions and addresses have).
fn dotted_mobile(candidate: &str) -> bool {
    let parts: Vec<&str> = candidate.split('.').collect();
    parts.len() == 5
        && parts[0].starts_with("06")
        && parts
            .iter()
            .all(|p| p.len() == 2 && p.bytes().all(|b| b.is_ascii_digit()))
}

/// The word before `pos` on its line labels a product or article code
/// (`artikelcode 06-1234-5678`, `product code`, `SKU`), whose digits are no phone.
fn after_product_label(text: &str, pos: usize) -> bool {
    let line = super::util::line_before(text, pos, 24).0.trim_end();
    let line = line.trim_end_matches([':', '#']).trim_end();
    let word = line
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    word.ends_with("code")
        || [
            "sku",
            "artikel",
            "artikelnr",
            "artikelnummer",
            "art.nr",
            "art.nr.",
            "ean",
        ]
        .contains(&word.as_str())
}

/// `pos` follows the start of an IBAN (`NL12 RABO `): digits there are the account
/// number of an IBAN whose check failed, not a phone number.
fn inside_iban_like(text: &str, pos: usize) -> bool {
    let head = super::util::line_before(text, pos, 16).0.as_bytes();
    let n = head.len();
    // `CC99 BANK ` (or without spaces) right before the digits.
    let compact = |h: &[u8]| {
        h.len() == 8
            && h[..2].iter().all(u8::is_ascii_uppercase)
            && h[2..4].iter().all(u8::is_ascii_digit)
            && h[4..].iter().all(u8::is_ascii_uppercase)
    };
    let spaced = n >= 10 && head[n - 1] == b' ' && head[n - 6] == b' ' && {
        let mut h = head[n - 10..n - 6].to_vec();
        h.extend_from_slice(&head[n - 5..n - 1]);
        compact(&h)
    };
    let glued =
        n >= 8 && compact(&head[n - 8..]) && (n == 8 || !head[n - 9].is_ascii_alphanumeric());
    spaced && (n == 10 || !head[n - 11].is_ascii_alphanumeric()) || glued
}

fn starts_with_date(s: &str) -> bool {
    let b = s.as_bytes();
    let digits_then =
        |i: usize, n: usize| b.len() > i + n && b[i..i + n].iter().all(u8::is_ascii_digit);
    let sep = |i: usize| b.get(i).is_some_and(|c| matches!(c, b'-' | b'/' | b'.'));
    // dd-mm-yyyy or d-m-yyyy at the start.
    (1..=2).any(|d| {
        digits_then(0, d)
            && sep(d)
            && (1..=2).any(|m| digits_then(d + 1, m) && sep(d + 1 + m) && digits_then(d + m + 2, 2))
    })
}

fn looks_like_date(s: &str) -> bool {
    // d-m-yyyy, dd-mm-yyyy, dd/mm/yyyy, dd.mm.yyyy
    let mut parts = s.split(['-', '/', '.']);
    let (Some(day), Some(month), Some(year), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return false;
    };
    [day, month, year]
        .iter()
        .all(|p| !p.is_empty() && p.bytes().all(|c| c.is_ascii_digit()))
        && day.len() <= 2
        && month.len() <= 2
        && (year.len() == 4 || year.len() == 2)
}

impl Recognizer for Phone {
    fn id(&self) -> &'static str {
        "phone"
    }

    fn find(&self, text: &str, out: &mut Vec<Finding>) {
        self.find_with(&Prescan::new(text), out);
    }

    fn find_with(&self, pre: &Prescan<'_>, out: &mut Vec<Finding>) {
        let text = pre.text();
        let bytes = text.as_bytes();
        // No candidate crosses a line (see `Prescan`), and `plausible` wants 8 digits or more.
        let candidates = pre.runs(DIGITS_8).flat_map(|(off, run)| {
            let mut at = off;
            std::iter::from_fn(move || {
                let m = split_at_slash(bytes, candidate(bytes, at, off + run.len())?);
                at = m.1;
                Some(m)
            })
        });
        for (start, mut end) in candidates {
            // Not the tail of a longer number or word ("A06…", "1.06…").
            if start > 0 && (bytes[start - 1].is_ascii_alphanumeric() || bytes[start - 1] == b'.') {
                continue;
            }
            // A date with a time ("09-06-2023 16:00") is not a number to call, and a number
            // after another number's label ("BONNR 0044 …", "ordernr 06…") is that number.
            if starts_with_date(&text[start..end]) && !dotted_mobile(&text[start..end])
                || after_other_label(text, start)
                || after_product_label(text, start)
                || inside_iban_like(text, start)
                || after_vat_prefix(text, start)
            {
                continue;
            }
            // "(06-42120669)": the bracket belongs to the sentence, not the number.
            let start = if text[start..end].starts_with('(') && !text[start..end].contains(')') {
                start + 1
            } else {
                start
            };
            // Try the whole run, then drop trailing digit groups: "06-12345678 2024".
            loop {
                let cand = &text[start..end];
                let balanced = cand.matches('(').count() == cand.matches(')').count();
                if balanced && (plausible(cand) || dotted_mobile(cand)) {
                    let glued = end < bytes.len() && bytes[end].is_ascii_alphanumeric();
                    if !glued {
                        out.push(finding(start, end, EntityKind::Phone, 0.9, "phone"));
                    }
                    break;
                }
                match cand.rfind([' ', '-', '.', '/', '(', ')', '–']) {
                    Some(i) if i > 0 => {
                        end = start
                            + cand[..i]
                                .trim_end_matches([' ', '-', '.', '/', '(', '–'])
                                .len();
                    }
                    _ => break,
                }
                if end <= start {
                    break;
                }
            }
        }
        // A bracketed area code, then seven digits: 10 digits on one line.
        // Only runs holding a `(` can match: most lines are skipped by one `memchr`.
        for (off, run) in pre.runs(DIGITS_8) {
            if memchr::memchr(b'(', run.as_bytes()).is_none() {
                continue;
            }
            for m in self.nanp.find_iter(run) {
                let (s, e) = (off + m.start(), off + m.end());
                out.push(finding(s, e, EntityKind::Phone, 0.85, "phone.nanp"));
            }
        }
        // A municipal number holds 5 digits and no line break.
        for m in find_in_lines(&self.municipal, pre, DIGITS_4) {
            let line = super::util::line_before(text, m.start(), 16);
            let cue = line.contains_any(&["tel", "bel", "phone", "call"])
                || line.0.trim_end().ends_with(['T', 'M'])
                || table_cell(text, m.start(), m.end());
            if cue {
                out.push(finding(
                    m.start(),
                    m.end(),
                    EntityKind::Phone,
                    0.8,
                    "phone.municipal",
                ));
            }
        }
    }
}

/// True when a `BE` country prefix stands right before `start` (`BE 0712.345.678`,
/// `BE0456789123`): a Belgian enterprise or VAT number, which has a phone number's
/// ten digits and leading zero but is a company's. A phone number is written with
/// `+32`, never after `BE`.
fn after_vat_prefix(text: &str, start: usize) -> bool {
    let before = text[..start].strip_suffix(' ').unwrap_or(&text[..start]);
    before.ends_with("BE")
        && !before[..before.len() - 2]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
}

/// `text[s..e]` fills a cell of a pipe, semicolon or tab table ("Gemeente Utrecht |
/// 14 030 | …"): a contact table lists numbers without a phone cue on their line.
fn table_cell(text: &str, s: usize, e: usize) -> bool {
    let sep = |c: char| matches!(c, '|' | ';' | '\t');
    let before = super::util::line_before(text, s, 32)
        .0
        .trim_end_matches(' ');
    let after = text[e..].trim_start_matches(' ');
    before.ends_with(sep)
        && (after.is_empty() || after.starts_with(sep) || after.starts_with(['\n', '\r']))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A second number after ` / ` and municipal numbers in a contact table (invented).
    #[test]
    fn slash_and_table() {
        assert_eq!(
            spans("Telefoon: +48 601 220 918 / 075-6120384\n"),
            vec!["+48 601 220 918", "075-6120384"]
        );
        assert_eq!(spans("tel. 030 / 2861144"), vec!["030 / 2861144"]);
        assert_eq!(
            spans("Gemeente Zwolle | 14 038 | info@x.nl"),
            vec!["14 038"]
        );
        assert_eq!(spans("Afval;14 0575\n"), vec!["14 0575"]);
        assert!(spans("Totaal | 14 038 stuks | x").is_empty());
        // A Belgian enterprise number after its country prefix is a company's.
        assert!(spans("BTW: BE 0712.345.678\nVAT BE0456789123").is_empty());
        assert_eq!(spans("GSM: 0470 12 34 56"), vec!["0470 12 34 56"]);
        assert!(spans("Totaal 14 038").is_empty());
    }

    fn spans(t: &str) -> Vec<&str> {
        super::super::util::spans_of(&Phone::new(), t)
    }

    /// The hand-written scan finds exactly the matches of the regex it replaces.
    #[test]
    fn candidates_match_the_regex() {
        let re =
            regex::Regex::new(r"(?:\(\+|\+|(?-u:\b)00|\(0|(?-u:\b)0)[0-9][0-9 ()\-./–]{4,26}[0-9]")
                .unwrap();
        let alphabet = [
            "0", "00", "(0", "(+", "+", "1", "9", "12", "3456", " ", "-", ".", "/", "(", ")", "–",
            "a", "_", "\n", "é", "—",
        ];
        let found =
            super::super::util::assert_scan_equals_regex(&re, &alphabet, 30, 100_000, candidate);
        assert!(found > 10_000, "{found}");
    }

    // The checks as they were before they stopped allocating: the reference below.
    fn reference_plausible(candidate: &str) -> bool {
        let intl_plus = candidate.starts_with('+') || candidate.starts_with("(+");
        // "(0)" after a country code is the trunk prefix that international notation drops.
        let cleaned = candidate.replace("(0)", "");
        let d: String = cleaned
            .bytes()
            .filter(u8::is_ascii_digit)
            .map(char::from)
            .collect();
        // Notation sanity: separators between digit groups are short, and the number does not
        // look like a date (dd-mm-yyyy) or a dotted version/IP.
        if candidate.contains("..")
            || candidate.contains("--")
            || candidate.matches('.').count() >= 3
        {
            return false;
        }
        if reference_looks_like_date(candidate) {
            return false;
        }
        if intl_plus {
            return (8..=15).contains(&d.len()) && !d.starts_with('0');
        }
        if let Some(rest) = d.strip_prefix("00") {
            return (9..=15).contains(&rest.len()) && !rest.starts_with('0');
        }
        if !d.starts_with('0') {
            return false;
        }
        if ["0800", "0900", "0906", "0909"]
            .iter()
            .any(|p| d.starts_with(p))
        {
            return (8..=11).contains(&d.len());
        }
        // Belgian landlines have nine digits ("03 221 45 90"), written in groups.
        if d.len() == 9 && candidate.contains(' ') && !d.starts_with("00") {
            return true;
        }
        // Ten digits after the trunk 0 in the Netherlands; eleven in the UK (07700 900123).
        (d.len() == 10
            || d.len() == 11 && ["01", "02", "03", "07"].iter().any(|p| d.starts_with(p)))
            && !d.starts_with("00")
    }
    fn reference_looks_like_date(s: &str) -> bool {
        let b = s.as_bytes();
        // d-m-yyyy, dd-mm-yyyy, dd/mm/yyyy, dd.mm.yyyy
        let parts: Vec<&str> = s.split(['-', '/', '.']).collect();
        parts.len() == 3
            && parts
                .iter()
                .all(|p| !p.is_empty() && p.bytes().all(|c| c.is_ascii_digit()))
            && parts[0].len() <= 2
            && parts[1].len() <= 2
            && (parts[2].len() == 4 || parts[2].len() == 2)
            && !b.is_empty()
    }
    fn reference_after_other_label(text: &str, pos: usize) -> bool {
        let line = super::super::util::line_before(text, pos, 24)
            .0
            .trim_end()
            .trim_end_matches([':', '#'])
            .trim_end();
        let word = line
            .rsplit(|c: char| c.is_whitespace())
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        let phone_word = ["tel", "fax", "gsm", "mob", "phone", "bel", "nummer:"]
            .iter()
            .any(|w| word.contains(w));
        // "klantnummer 06…" labels another number; a bare "nummer:" is as often a phone's.
        let other_number = (word.ends_with("nummer") || word.ends_with("number")) && word.len() > 6;
        !phone_word
            && (other_number
                || ["nr", "nr.", "no", "no.", "id", "ref", "order"]
                    .iter()
                    .any(|l| word.ends_with(l)))
    }

    /// The allocation-free checks decide as the old ones did.
    #[test]
    fn checks_equal_the_reference() {
        let alphabet = [
            "0", "00", "(0)", "(0", "0)", "(+", "+", "1", "9", "12", "3456", "800", "900", " ",
            "-", ".", "/", "(", ")", "–", "Tel", "nr", "NUMMER", ":", "#", "\n", "é", "order",
            "klant", "id",
        ];
        let mut rng = super::super::util::TestRng::new(0x9e37_79b9_7f4a_7c15);
        let mut next = move |n: usize| rng.below(n);
        let mut plausible_ones = 0;
        for _ in 0..200_000 {
            let mut t = String::new();
            for _ in 0..next(14) {
                t.push_str(alphabet[next(alphabet.len())]);
            }
            assert_eq!(plausible(&t), reference_plausible(&t), "{t:?}");
            assert_eq!(looks_like_date(&t), reference_looks_like_date(&t), "{t:?}");
            assert_eq!(
                after_other_label(&t, t.len()),
                reference_after_other_label(&t, t.len()),
                "{t:?}"
            );
            plausible_ones += usize::from(plausible(&t));
        }
        assert!(plausible_ones > 1000, "{plausible_ones}");
    }

    /// Common Dutch and international notations are found whole.
    #[test]
    fn notations() {
        for n in [
            "06-12345678",
            "06 1234 5678",
            "06 - 5749 7069",
            "(06) 14492851",
            "+31 6 12345678",
            "+31 (0)6 5922 0730",
            "0031 6 51283040",
            "0031-6-76528852",
            "+31615490929",
            "010-6076267",
            "(0475) 405978",
            "071 - 402 11 91",
            "0180 66 46 86",
            "088 202 1510",
            "0900-9028",
            "+212 6 19 93 42 70",
            "06 – 11 39 48 02",
            "(+31) 6-12 73 40 98",
            "03 221 45 90",
            "+32 2 812 84 07",
            "+359 88 099 6537",
        ] {
            let t = format!("bel {n}, dank");
            assert_eq!(spans(&t), vec![n], "{n}");
        }
    }

    /// Dates, short numbers and trailing years are not (part of) phone numbers.
    #[test]
    fn negatives() {
        assert!(spans("geboren 05-03-1966 te Gouda").is_empty());
        assert!(spans("KvK 34206979 en 0612").is_empty());
        assert_eq!(spans("bel 06-12345678 2024"), vec!["06-12345678"]);
    }
}

/// North American and dotted notations; product codes and failed IBANs stay out
/// (invented numbers).
#[cfg(test)]
mod notation_tests {
    fn spans(t: &str) -> Vec<&str> {
        super::super::util::spans_of(&super::Phone::new(), t)
    }

    #[test]
    fn more_notations() {
        assert_eq!(spans("Call (415) 555-0199 today"), vec!["(415) 555-0199"]);
        assert_eq!(spans("bel 06.12.34.56.78 graag"), vec!["06.12.34.56.78"]);
    }

    #[test]
    fn not_phones() {
        assert!(spans("artikelcode 06-1234-5678 bestellen").is_empty());
        assert!(spans("product code: 0612345678").is_empty());
        assert!(spans("rekening NL12 RABO 0123 4567 89 klopt niet").is_empty());
        assert!(spans("rekening NL12RABO0123456789 klopt niet").is_empty());
        assert!(spans("versie 06.12.34.56.78.90").is_empty());
    }
}
