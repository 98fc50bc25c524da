//! Personal data in record formats whose fields a specification fixes: vCard contact
//! cards (RFC 6350), HL7 v2 patient segments (`PID`, `NK1`) and the machine-readable
//! zone of passports and identity cards (ICAO Doc 9303).
//!
//! # Why
//! Staff paste contact cards, lab messages and scanned travel documents. In them a name
//! stands without any cue a reader of prose would use (`N:Doornbos;Gerda;;;`,
//! `PID|1||H448213^^^STJ^MR||FAIRWEATHER^ROSALIND||19621130`, `P<NLDDE<VRIES<<JOHANNA`),
//! and a birth date is a bare `19621130` or `850312`. The format itself says what each
//! field holds, which is stronger evidence than any word list.
//!
//! # How
//! Each format is found by a literal it cannot do without (`BEGIN:VCARD`, a `PID|` or
//! `NK1|` segment at a line start, `<<` in a zone line), then its lines are split on
//! the format's own separators. A field is reported from its first to its last
//! non-empty component (`Doornbos;Gerda`, `22 Dean Street^^Norwich^^NR2 1QT`). A
//! machine-readable zone counts only when its check digits hold, so a line of `<` and
//! capitals that merely looks like one is left alone.
//!
//! # Cost
//! Three substring searches over the text; lines are read only around their hits, each
//! a bounded number of times.

use std::sync::LazyLock;

use memchr::memmem;

use super::util::{Needle, finding};
use crate::finding::{EntityKind, Finding};
use crate::recognizer::Recognizer;
use crate::validate::bsn_is_valid;

/// Score of a value in a field the format defines: above guesses from prose, below
/// checksummed types found by their own recognizers.
const SCORE: f32 = 0.95;
/// Recognizer id in findings.
const ID: &str = "formats";

pub(crate) struct Formats;

impl Formats {
    pub(crate) fn new() -> Self {
        Formats
    }
}

impl Recognizer for Formats {
    fn id(&self) -> &'static str {
        ID
    }

    fn find(&self, text: &str, out: &mut Vec<Finding>) {
        vcards(text, out);
        hl7_segments(text, out);
        machine_readable_zones(text, out);
    }
}

/// The lines of `text` from `from` on, as `(start, line)` without the line break
/// (`\n`, `\r\n` or the `\r` that HL7 uses between segments).
fn lines_from(text: &str, from: usize) -> impl Iterator<Item = (usize, &str)> {
    let mut at = from;
    std::iter::from_fn(move || {
        if at >= text.len() {
            return None;
        }
        let rest = &text[at..];
        let len = memchr::memchr2(b'\n', b'\r', rest.as_bytes()).unwrap_or(rest.len());
        let start = at;
        at += len;
        if rest[len..].starts_with("\r\n") {
            at += 2;
        } else if len < rest.len() {
            at += 1;
        }
        Some((start, &rest[..len]))
    })
}

/// The start of the line holding byte `i`.
fn line_start(text: &str, i: usize) -> usize {
    memchr::memrchr2(b'\n', b'\r', &text.as_bytes()[..i]).map_or(0, |p| p + 1)
}

/// The span (relative to `field`) from the first to the last non-empty component of
/// `field` split on `sep`, trimmed of blanks; `None` when every component is empty.
fn components_span(field: &str, sep: char) -> Option<(usize, usize)> {
    let blank = |c: char| c == sep || c == ' ' || c == '\t';
    let start = field.find(|c: char| !blank(c))?;
    let end = field.rfind(|c: char| !blank(c))?;
    let last = field[end..].chars().next().map_or(1, char::len_utf8);
    Some((start, end + last))
}

/// Pushes `field[s..e]` (relative to `at`) as `kind`.
fn push(out: &mut Vec<Finding>, at: usize, (s, e): (usize, usize), kind: EntityKind) {
    out.push(finding(at + s, at + e, kind, SCORE, ID));
}

// ---------------------------------------------------------------------------------------
// vCard

static VCARD: LazyLock<[memmem::Finder<'static>; 2]> = LazyLock::new(|| {
    [
        memmem::Finder::new("BEGIN:VCARD"),
        memmem::Finder::new("begin:vcard"),
    ]
});

/// The properties of every `BEGIN:VCARD` … `END:VCARD` block: `N` and `FN` (names),
/// `BDAY` (birth date) and `ADR` (postal address). Telephone numbers and e-mail
/// addresses are left to their own recognizers.
fn vcards(text: &str, out: &mut Vec<Finding>) {
    let mut from = 0;
    while let Some(begin) = VCARD
        .iter()
        .filter_map(|f| f.find(&text.as_bytes()[from..]))
        .min()
        .map(|i| from + i)
    {
        let mut end = text.len();
        let mut organisation = false;
        let mut names = Vec::new();
        for (at, line) in lines_from(text, begin).skip(1) {
            let Some((name, value_at)) = property(line) else {
                continue;
            };
            let value = &line[value_at..];
            let at = at + value_at;
            if name.eq_ignore_ascii_case("END") {
                end = at;
                break;
            } else if name.eq_ignore_ascii_case("N") || name.eq_ignore_ascii_case("FN") {
                if let Some(span) = components_span(value, ';') {
                    names.push((at, span));
                }
            } else if name.eq_ignore_ascii_case("KIND") {
                organisation |= value.trim().eq_ignore_ascii_case("org");
            } else if name.eq_ignore_ascii_case("BDAY") {
                if value.bytes().filter(u8::is_ascii_digit).count() >= 4 {
                    if let Some(span) = components_span(value, ' ') {
                        push(out, at, span, EntityKind::Birthdate);
                    }
                }
            } else if name.eq_ignore_ascii_case("ADR") {
                // Post box; extended; street; locality; region; code; country: the
                // address is the street up to the postal code.
                let parts: Vec<&str> = value.splitn(7, ';').collect();
                let upto = parts.iter().take(6).map(|p| p.len() + 1).sum::<usize>();
                let skip = parts.iter().take(2).map(|p| p.len() + 1).sum::<usize>();
                let fields =
                    value.get(skip.min(value.len())..upto.saturating_sub(1).min(value.len()));
                if let Some(span) = fields.and_then(|f| components_span(f, ';')) {
                    push(out, at + skip, span, EntityKind::Address);
                }
            }
        }
        // The card of an organisation names no person.
        if !organisation {
            for (at, span) in names {
                push(out, at, span, EntityKind::Person);
            }
        }
        from = end.max(begin + 1);
    }
}

/// The property name of a content line and where its value starts: `ADR;TYPE=home:…`
/// gives (`ADR`, offset after the `:`). A group prefix (`item1.TEL`) is dropped.
fn property(line: &str) -> Option<(&str, usize)> {
    let colon = line.find(':')?;
    let head = &line[..colon];
    let name = head.split(';').next()?;
    let name = name.rsplit('.').next()?;
    let ok = !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
    ok.then_some((name, colon + 1))
}

// ---------------------------------------------------------------------------------------
// HL7 v2

/// `PID` (patient identification) and `NK1` (next of kin) segments: the fields that
/// identify a person, by their position in the segment (HL7 v2.x, chapter 3).
fn hl7_segments(text: &str, out: &mut Vec<Finding>) {
    const SEGMENTS: [&str; 2] = ["PID|", "NK1|"];
    static FINDERS: LazyLock<[memmem::Finder<'static>; 2]> =
        LazyLock::new(|| SEGMENTS.map(memmem::Finder::new));
    for (segment, finder) in SEGMENTS.into_iter().zip(&*FINDERS) {
        for hit in finder.find_iter(text.as_bytes()) {
            if line_start(text, hit) != hit {
                continue;
            }
            let Some((_, line)) = lines_from(text, hit).next() else {
                continue;
            };
            let mut at = hit;
            for (n, field) in line.split('|').enumerate() {
                // The first repetition (`~` separates repetitions) is enough.
                let first = field.split('~').next().unwrap_or("");
                let kind = match (segment, n) {
                    // PID-2 external id, PID-3 identifier list, PID-19 national number.
                    ("PID|", 2 | 3 | 19) => {
                        let id = first.split('^').next().unwrap_or("");
                        if id.bytes().any(|b| b.is_ascii_digit()) {
                            if let Some(span) = components_span(id, '^') {
                                push(out, at, span, EntityKind::IdNumber);
                            }
                        }
                        None
                    }
                    // PID-5 name, PID-6 mother's maiden name, PID-9 alias; NK1-2 name.
                    ("PID|", 5 | 6 | 9) | ("NK1|", 2) => Some(EntityKind::Person),
                    ("PID|", 7) => {
                        let date = first.split('^').next().unwrap_or("");
                        let digits = date.bytes().take_while(u8::is_ascii_digit).count();
                        if digits >= 8 && (date.starts_with("19") || date.starts_with("20")) {
                            push(out, at, (0, 8), EntityKind::Birthdate);
                        }
                        None
                    }
                    // PID-11 and NK1-4 addresses: street, other, city, state, code.
                    ("PID|", 11) | ("NK1|", 4) => {
                        let end = nth_component_end(first, 5);
                        if let Some(span) = components_span(&first[..end], '^') {
                            push(out, at, span, EntityKind::Address);
                        }
                        None
                    }
                    _ => None,
                };
                if let Some(kind) = kind {
                    if first.bytes().any(|b| b.is_ascii_alphabetic()) {
                        if let Some(span) = components_span(first, '^') {
                            push(out, at, span, kind);
                        }
                    }
                }
                at += field.len() + 1;
            }
        }
    }
}

/// The end of the first `n` `^`-separated components of `field`.
fn nth_component_end(field: &str, n: usize) -> usize {
    field
        .match_indices('^')
        .nth(n.saturating_sub(1))
        .map_or(field.len(), |(i, _)| i)
}

// ---------------------------------------------------------------------------------------
// Machine-readable zones (ICAO Doc 9303)

/// The check digit of ICAO 9303: weights 7, 3, 1 over digits, letters (A = 10 …) and
/// `<` (0), modulo 10.
fn check_digit(field: &[u8]) -> Option<u8> {
    let mut sum = 0u32;
    for (i, &c) in field.iter().enumerate() {
        let v = match c {
            b'0'..=b'9' => u32::from(c - b'0'),
            b'A'..=b'Z' => u32::from(c - b'A') + 10,
            b'<' => 0,
            _ => return None,
        };
        sum += v * [7, 3, 1][i % 3];
    }
    Some((sum % 10) as u8)
}

/// `field` followed by its check digit `digit` (a byte), and the two agree.
fn checks(field: &[u8], digit: u8) -> bool {
    digit.is_ascii_digit() && check_digit(field) == Some(digit - b'0')
}

/// A line of a machine-readable zone: only capitals, digits and `<`.
fn is_zone_line(line: &str) -> bool {
    matches!(line.len(), 30 | 36 | 44)
        && line
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'<')
}

/// Every zone of two lines of 44 (passports, TD3) or 36 (TD2) characters, or three of
/// 30 (identity cards, TD1), found from the `<<` every zone holds: the holder's name,
/// the document number, the date of birth and the optional personal number (a Dutch
/// passport holds the BSN there), each reported only when the check digits of the
/// number and the date hold.
fn machine_readable_zones(text: &str, out: &mut Vec<Finding>) {
    let mut done = 0;
    static ZONE: Needle = Needle::new(|| memmem::Finder::new("<<"));
    for hit in ZONE.find_iter(text.as_bytes()) {
        if hit < done {
            continue;
        }
        let first = line_start(text, hit);
        let lines: Vec<(usize, &str)> = lines_from(text, first)
            .take(3)
            .map(|(at, l)| (at, l.trim_end()))
            .collect();
        let zone: Vec<(usize, &str)> = lines
            .iter()
            .copied()
            .take_while(|(_, l)| is_zone_line(l))
            .collect();
        done = zone.last().map_or(hit + 2, |(at, l)| at + l.len());
        match zone.as_slice() {
            [(a, l1), (b, l2), (c, l3)] if l1.len() == 30 && l2.len() == 30 && l3.len() == 30 => {
                let (l1b, l2b) = (l1.as_bytes(), l2.as_bytes());
                if checks(&l1b[5..14], l1b[14]) && checks(&l2b[0..6], l2b[6]) {
                    id_field(out, *a + 5, &l1[5..14]);
                    personal_number(out, *a + 15, &l1[15..30]);
                    push(out, *b, (0, 6), EntityKind::Birthdate);
                    name_field(out, *c, l3);
                }
            }
            [(a, l1), (b, l2), ..] if l1.len() == l2.len() && l1.len() != 30 => {
                let l2b = l2.as_bytes();
                if checks(&l2b[0..9], l2b[9]) && checks(&l2b[13..19], l2b[19]) {
                    name_field(out, *a + 5, &l1[5..]);
                    id_field(out, *b, &l2[0..9]);
                    push(out, *b, (13, 19), EntityKind::Birthdate);
                    if l2.len() == 44 && checks(&l2b[28..42], l2b[42]) {
                        personal_number(out, *b + 28, &l2[28..42]);
                    }
                }
            }
            _ => {}
        }
    }
}

/// The document number of a zone, without its filler.
fn id_field(out: &mut Vec<Finding>, at: usize, field: &str) {
    let len = field.trim_end_matches('<').len();
    if len > 0 {
        push(out, at, (0, len), EntityKind::IdNumber);
    }
}

/// An optional personal number: a BSN where it passes the 11-check, else an identifier.
fn personal_number(out: &mut Vec<Finding>, at: usize, field: &str) {
    let value = field.trim_end_matches('<');
    if value.len() < 5 || value.contains('<') {
        return;
    }
    let kind =
        if value.len() == 9 && value.bytes().all(|b| b.is_ascii_digit()) && bsn_is_valid(value) {
            EntityKind::Bsn
        } else {
            EntityKind::IdNumber
        };
    push(out, at, (0, value.len()), kind);
}

/// The holder's name (`DE<VRIES<<JOHANNA<MARIA<<<`), without the filler after it.
fn name_field(out: &mut Vec<Finding>, at: usize, field: &str) {
    let len = field.trim_end_matches('<').len();
    if field[..len].bytes().any(|b| b.is_ascii_uppercase()) {
        push(out, at, (0, len), EntityKind::Person);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(text: &str) -> Vec<(&str, EntityKind)> {
        let mut out = Vec::new();
        Formats::new().find(text, &mut out);
        let mut v: Vec<_> = out
            .iter()
            .map(|f| (&text[f.span.start..f.span.end], f.kind))
            .collect();
        v.sort_by_key(|(s, _)| *s);
        v
    }

    /// A contact card: the structured and the formatted name, the birthday and the
    /// address from street to postal code; an organisation's card names no person.
    #[test]
    fn vcard_fields() {
        let card = "Kun je dit kaartje bijwerken?\nBEGIN:VCARD\nVERSION:3.0\nN:Brouwer;Lotte;;;\n\
                    FN:Lotte Brouwer\nTEL;TYPE=CELL:+31 6 2345 6789\n\
                    ADR;TYPE=home:;;Lindelaan 4;Haren;;9751 AB;Nederland\nBDAY:1983-07-21\nEND:VCARD\n";
        assert_eq!(
            spans(card),
            vec![
                ("1983-07-21", EntityKind::Birthdate),
                ("Brouwer;Lotte", EntityKind::Person),
                ("Lindelaan 4;Haren;;9751 AB", EntityKind::Address),
                ("Lotte Brouwer", EntityKind::Person),
            ]
        );
        let org =
            "BEGIN:VCARD\r\nKIND:org\r\nFN:Bakkerij Visser\r\nN:Bakkerij Visser;;;;\r\nEND:VCARD";
        assert!(spans(org).is_empty());
        assert!(spans("N:Brouwer;Lotte outside any card").is_empty());
    }

    /// Patient and next-of-kin segments, also separated by `\r` as HL7 sends them.
    #[test]
    fn hl7_patient_segments() {
        let msg = "MSH|^~\\&|LAB|STJ|||202503141200||ORU^R01|M1|P|2.5\r\
                   PID|1||K220917^^^STJ^MR||VERHOEVEN^ANOUK^M||19900317|F|||Molenweg 9^^Delft^^2611 AA||015 2345678\r\
                   NK1|1|VERHOEVEN^PETER|FTH|Molenweg 9^^Delft^^2611 AA\r\
                   OBR|1||LAB-1|HBA1C";
        assert_eq!(
            spans(msg),
            vec![
                ("19900317", EntityKind::Birthdate),
                ("K220917", EntityKind::IdNumber),
                ("Molenweg 9^^Delft^^2611 AA", EntityKind::Address),
                ("Molenweg 9^^Delft^^2611 AA", EntityKind::Address),
                ("VERHOEVEN^ANOUK^M", EntityKind::Person),
                ("VERHOEVEN^PETER", EntityKind::Person),
            ]
        );
        // Not at a line start: prose about the format.
        assert!(spans("the PID|5 field holds the name").is_empty());
    }

    /// ICAO check digits (the specimen values of Doc 9303).
    #[test]
    fn icao_check_digits() {
        assert_eq!(check_digit(b"L898902C3"), Some(6));
        assert_eq!(check_digit(b"740812"), Some(2));
        assert_eq!(check_digit(b"120415"), Some(9));
        assert_eq!(check_digit(b"ZE184226B<<<<<"), Some(1));
    }

    /// A passport zone: name, document number, birth date and personal number, only
    /// when the check digits hold.
    #[test]
    fn passport_zone() {
        let mrz = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10\n";
        assert_eq!(
            spans(mrz),
            vec![
                ("740812", EntityKind::Birthdate),
                ("ERIKSSON<<ANNA<MARIA", EntityKind::Person),
                ("L898902C3", EntityKind::IdNumber),
                ("ZE184226B", EntityKind::IdNumber),
            ]
        );
        // One wrong check digit (document number): not a zone.
        let bad = mrz.replace("L898902C36", "L898902C37");
        assert!(spans(&bad).is_empty());
    }

    /// An identity-card zone of three lines of 30.
    #[test]
    fn identity_card_zone() {
        let mrz = "I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<\n";
        assert_eq!(
            spans(mrz),
            vec![
                ("740812", EntityKind::Birthdate),
                ("D23145890", EntityKind::IdNumber),
                ("ERIKSSON<<ANNA<MARIA", EntityKind::Person),
            ]
        );
    }

    /// Odd input: lone markers, truncated zones and segments, multi-byte text.
    #[test]
    fn no_panic_on_fragments() {
        for t in [
            "<<",
            "P<<\n<<",
            "BEGIN:VCARD",
            "BEGIN:VCARD\nN:",
            "PID|",
            "PID|1||^^^||^^|||||",
            "NK1|1|é^ü|",
            "BEGIN:VCARD\nADR:;;\u{e9};\nEND:VCARD",
        ] {
            let _ = spans(t);
        }
    }
}
