//! Vehicle registrations: Dutch kentekens in all sidecodes (RDW sidecodes 1–14:
//! three groups of letters or digits, six characters, e.g. `XX-99-99`, `99-XXX-9`,
//! `X-999-XX`), with dashes anywhere, without dashes only after a vehicle cue; and
//! foreign plates given as such (`Polish plates (GH-642-ZZ)`).

use regex::Regex;

use super::prescan::{DIGIT, PLATE_CUE};
use super::util::{Anchor, Ci, Cluster, find_in_clusters, finding, line_before, regex};
use crate::finding::{EntityKind, Finding};
use crate::recognizer::{Prescan, Recognizer};

/// Finds licence plates.
pub(crate) struct Plate {
    dashed: Regex,
    compact: Regex,
    /// Searched only on lines with a vehicle cue (and the line after, for chat answers),
    /// like `compact`.
    foreign: Regex,
    /// British plates (`AB12 CDE`: two letters, two digits, three letters), on the same
    /// cue lines; with no cue in front the shape is too common in codes.
    uk: Regex,
    /// Scanned forms that space every character (`1 - K V R - 0 8`), on cue lines only.
    spaced: Regex,
}

/// Vehicle cues (the [`super::prescan`] finds the lines holding one).
pub(crate) const CUES: &[&str] = &[
    "kenteken",
    "plate",
    "registration",
    "reg.",
    "nummerplaat",
    "auto",
    "car ",
    "voertuig",
    "vehicle",
    "wagen",
    "bestelbus",
    "scooter",
    "motor",
    "bromfiets",
    "caravan",
    "aanhanger",
    "kentekenplaat",
    "number plate",
    "licence",
    "license",
    "vrm",
    "reg ",
    "reg:",
    " ford ",
    "vauxhall",
    "toyota",
    "volkswagen",
    " vw ",
    "peugeot",
    "renault",
    "nissan",
    "skoda",
    "volvo",
    " bmw",
    " audi ",
    "mercedes",
    "tesla",
    "opel",
    "hyundai",
];

impl Plate {
    pub(crate) fn new() -> Self {
        Plate {
            dashed: regex(r"(?i-u:\b[a-z0-9]{1,3}-[a-z0-9]{2,3}-[a-z0-9]{1,3}\b)"),
            compact: regex(r"(?i-u:\b[a-z0-9]{6}\b)"),
            spaced: regex(
                r"(?-u:\b[A-Z0-9](?:[ ]?[A-Z0-9]){0,2}[ ]?-[ ]?[A-Z0-9](?:[ ]?[A-Z0-9]){1,2}[ ]?-[ ]?[A-Z0-9](?:[ ]?[A-Z0-9]){0,2}\b)",
            ),
            uk: regex(r"(?-u:\b[A-Z]{2}[0-9]{2}[ ]?[A-Z]{3}\b)"),
            foreign: regex(
                r"(?i:(?:plates?|kenteken(?:plaat)?|registration|nummerplaat|car|auto|voertuig(?:[ ][A-Z])?|vehicle)\s*(?:is|was|:|\()?\s*)([A-Z0-9]{1,4}(?:[ \-][A-Z0-9]{1,5}){1,2}|[A-Z0-9]{4,9})(?:\)|[\s,.;]|$)",
            ),
        }
    }
}

/// Splits a six-character plate into groups of one class (letters or digits) and
/// checks that they form one of the Dutch sidecodes.
fn sidecode_groups(groups: &[&str]) -> bool {
    if groups.len() != 3 || groups.iter().map(|g| g.len()).sum::<usize>() != 6 {
        return false;
    }
    let class = |g: &str| -> Option<bool> {
        if g.bytes().all(|b| b.is_ascii_alphabetic()) {
            Some(true)
        } else if g.bytes().all(|b| b.is_ascii_digit()) {
            Some(false)
        } else {
            None
        }
    };
    let Some(classes) = groups
        .iter()
        .map(|g| class(g))
        .collect::<Option<Vec<bool>>>()
    else {
        return false;
    };
    let lens: Vec<usize> = groups.iter().map(|g| g.len()).collect();
    let letters = classes.contains(&true);
    let digits = classes.contains(&false);
    let shape_ok = matches!(
        lens.as_slice(),
        [2, 2, 2] | [2, 3, 1] | [1, 3, 2] | [3, 2, 1] | [1, 2, 3]
    );
    // In the 2-2-2 sidecodes at most two groups share a class; in the others the middle group differs from both ends.
    let alternation_ok = if lens == [2, 2, 2] {
        true
    } else {
        classes[0] != classes[1] && classes[1] != classes[2]
    };
    letters && digits && shape_ok && alternation_ok
}

/// Seven-character plates (`1-BNP-105`, `AB-349-CD`): newer Dutch sidecodes and
/// neighbouring countries' formats; accepted only with a vehicle cue.
fn seven_char_sidecode(groups: &[&str]) -> bool {
    let lens: Vec<usize> = groups.iter().map(|g| g.len()).collect();
    let alpha = |g: &str| g.bytes().all(|b| b.is_ascii_alphabetic());
    let digit = |g: &str| g.bytes().all(|b| b.is_ascii_digit());
    match lens.as_slice() {
        [1, 3, 3] | [3, 3, 1] | [2, 3, 2] => {
            (digit(groups[0]) && alpha(groups[1]) && digit(groups[2]))
                || (alpha(groups[0]) && digit(groups[1]) && alpha(groups[2]))
        }
        _ => false,
    }
}

/// Splits a compact plate (`JFL43V`) into its letter/digit runs.
fn runs(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let b = s.as_bytes();
    for i in 1..=b.len() {
        if i == b.len() || b[i].is_ascii_digit() != b[i - 1].is_ascii_digit() {
            out.push(&s[start..i]);
            start = i;
        }
    }
    out
}

impl Recognizer for Plate {
    fn id(&self) -> &'static str {
        "plate"
    }

    fn find(&self, text: &str, out: &mut Vec<Finding>) {
        self.find_with(&Prescan::new(text), out);
    }

    fn find_with(&self, pre: &Prescan<'_>, out: &mut Vec<Finding>) {
        let text = pre.text();
        let bytes = text.as_bytes();
        // A plate holds a digit (both sidecode checks demand one) and no line break.
        for m in find_in_clusters::<Dashed>(&self.dashed, pre, DIGIT) {
            let (s, e) = (m.start(), m.end());
            if (s > 0 && matches!(bytes[s - 1], b'-' | b'/' | b'.'))
                || (e < bytes.len() && matches!(bytes[e], b'-' | b'/'))
            {
                continue;
            }
            let groups: Vec<&str> = m.as_str().split('-').collect();
            let newer = seven_char_sidecode(&groups) && {
                line_before(text, s, 60).contains_any(CUES)
                    || chat_answer_to_plate_question(text, s)
                    || table_cell(text, s, e)
            };
            if sidecode_groups(&groups) || newer {
                let mixed_case = m.as_str().bytes().any(|b| b.is_ascii_lowercase())
                    && m.as_str().bytes().any(|b| b.is_ascii_uppercase());
                if !mixed_case {
                    out.push(finding(s, e, EntityKind::LicensePlate, 0.9, "plate"));
                }
            }
        }
        for (off, line) in pre.windows(PLATE_CUE, 1) {
            for m in self.compact.find_iter(line) {
                let r = runs(m.as_str());
                let start = off + m.start();
                if r.len() == 3
                    && sidecode_groups(&r)
                    && m.as_str().bytes().all(|b| !b.is_ascii_lowercase())
                    && (line_before(text, start, 60).contains_any(CUES)
                        || chat_answer_to_plate_question(text, start))
                {
                    out.push(finding(
                        start,
                        off + m.end(),
                        EntityKind::LicensePlate,
                        0.85,
                        "plate",
                    ));
                }
            }
            for m in self
                .spaced
                .find_iter(if line.contains('-') { line } else { "" })
            {
                let start = off + m.start();
                let groups: Vec<String> =
                    m.as_str().split('-').map(|g| g.replace(' ', "")).collect();
                let groups: Vec<&str> = groups.iter().map(String::as_str).collect();
                // Unspaced plates are the dashed pattern's; this one reads spaced ones.
                if m.as_str().contains(' ')
                    && (sidecode_groups(&groups) || seven_char_sidecode(&groups))
                    && line_before(text, start, 60).contains_any(CUES)
                {
                    out.push(finding(
                        start,
                        off + m.end(),
                        EntityKind::LicensePlate,
                        0.8,
                        "plate.spaced",
                    ));
                }
            }
            for m in self.uk.find_iter(line) {
                let start = off + m.start();
                if line_before(text, start, 60).contains_any(CUES)
                    || chat_answer_to_plate_question(text, start)
                {
                    out.push(finding(
                        start,
                        off + m.end(),
                        EntityKind::LicensePlate,
                        0.85,
                        "plate.uk",
                    ));
                }
            }
            for c in self.foreign.captures_iter(line) {
                let Some(v) = c.get(1) else { continue };
                let s = v.as_str();
                let has_letter = s.bytes().any(|b| b.is_ascii_alphabetic());
                let has_digit = s.bytes().any(|b| b.is_ascii_digit());
                let upper = s.bytes().all(|b| !b.is_ascii_lowercase());
                if has_letter && has_digit && upper && s.len() >= 4 {
                    out.push(finding(
                        off + v.start(),
                        off + v.end(),
                        EntityKind::LicensePlate,
                        0.85,
                        "plate.context",
                    ));
                }
            }
        }
        table_cells(pre, out);
    }
}

/// A British plate of the current format as written, with its space (`AB12 CDE`): the
/// area letters (never I, Q or Z first), an age identifier that has been issued (02 to
/// 29 for March, 51 to 79 for September), and three letters without I or Q.
fn uk_current(cell: &[u8]) -> bool {
    let [a, b, d1, d2, b' ', x, y, z] = *cell else {
        return false;
    };
    let age = (d1.wrapping_sub(b'0'), d2.wrapping_sub(b'0'));
    let age_ok = age.0 <= 9 && age.1 <= 9 && matches!(age.0 * 10 + age.1, 2..=29 | 51..=79);
    let random = [x, y, z]
        .iter()
        .all(|c| c.is_ascii_uppercase() && !matches!(c, b'I' | b'Q'));
    a.is_ascii_uppercase()
        && !matches!(a, b'I' | b'Q' | b'Z')
        && b.is_ascii_uppercase()
        && age_ok
        && random
}

/// `text[s..e]` stands alone in a cell of a table row (CSV, tab-separated or pipe
/// table) of three cells or more, among the other data of the person in that row:
/// spaces and quotes aside, a separator or the line's edge on each side, and the same
/// separator twice on the line. Read only for a plate-shaped match, never per line.
fn table_cell(text: &str, s: usize, e: usize) -> bool {
    let b = text.as_bytes();
    let line_start = memchr::memrchr(b'\n', &b[..s]).map_or(0, |i| i + 1);
    let line_end = memchr::memchr(b'\n', &b[e..]).map_or(b.len(), |i| e + i);
    let pad = |c: &u8| matches!(c, b' ' | b'"' | b'\r');
    let left = b[line_start..s].iter().rev().find(|c| !pad(c)).copied();
    let right = b[e..line_end].iter().find(|c| !pad(c)).copied();
    let seps = [b'\t', b';', b'|', b','];
    let sep = match (left, right) {
        (Some(l), Some(r)) if l == r => Some(l),
        (Some(l), None) => Some(l),
        (None, Some(r)) => Some(r),
        _ => None,
    };
    sep.is_some_and(|c| {
        seps.contains(&c)
            && memchr::memchr_iter(c, &b[line_start..line_end])
                .nth(1)
                .is_some()
    })
}

/// British plates alone in a table cell ([`uk_current`], [`table_cell`]); elsewhere the
/// shape needs a vehicle cue. A plate starts two letters before a run of digits, so only
/// those starts are tried.
fn table_cells(pre: &Prescan<'_>, out: &mut Vec<Finding>) {
    let text = pre.text();
    let b = text.as_bytes();
    let word = |i: usize| b.get(i).is_some_and(u8::is_ascii_alphanumeric);
    for (off, run) in pre.runs(DIGIT) {
        for j in super::util::digit_run_starts(b, off, off + run.len()) {
            let (Some(s), e) = (j.checked_sub(2), j + 6) else {
                continue;
            };
            if s < off || e > off + run.len() || s > 0 && word(s - 1) || word(e) {
                continue;
            }
            if uk_current(&b[s..e]) && table_cell(text, s, e) {
                out.push(finding(s, e, EntityKind::LicensePlate, 0.8, "plate.cell"));
            }
        }
    }
}

/// The stretches of a line a dashed plate can lie in (see [`find_in_clusters`]):
/// letters, digits and dashes, with two dashes and a digit.
struct Dashed;

impl Cluster for Dashed {
    const ANCHOR: Anchor = Anchor::Byte(b'-');
    fn member(b: u8) -> bool {
        b.is_ascii_alphanumeric() || b == b'-'
    }
    fn keep(c: &[u8]) -> bool {
        c.iter().filter(|&&b| b == b'-').count() >= 2 && c.iter().any(u8::is_ascii_digit)
    }
}

/// A chat answer (`[10:49] Klant: JFL43V`) right after a line asking for a plate.
fn chat_answer_to_plate_question(text: &str, pos: usize) -> bool {
    let window = super::util::before(text, pos, 160).0;
    let mut lines = window.lines().rev();
    let _current = lines.next();
    lines.next().is_some_and(|prev| Ci(prev).contains_any(CUES))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(t: &str) -> Vec<&str> {
        super::super::util::spans_of(&Plate::new(), t)
    }

    /// Every sidecode with dashes is found; dates and case numbers are not.
    #[test]
    fn sidecodes() {
        for p in [
            "XX-99-99", "99-99-XX", "99-XX-99", "XX-99-XX", "XX-XX-99", "99-XX-XX", "99-XXX-9",
            "9-XXX-99", "XX-999-X", "X-999-XX", "XXX-99-X", "X-99-XXX", "9-XX-999", "999-XX-9",
            "gp-60-25",
        ] {
            let p = p.replace('X', "K").replace('x', "k").replace('9', "4");
            assert_eq!(spans(&format!("auto {p} staat")), vec![p.as_str()]);
        }
        assert!(spans("op 12-03-24 en KL-2023-3557").is_empty());
    }

    /// Compact plates need a vehicle cue; foreign plates are found after "plates".
    #[test]
    fn compact_and_foreign() {
        assert_eq!(
            spans("Kenteken  :  2 - X F K - 4 7\n"),
            vec!["2 - X F K - 4 7"]
        );
        assert_eq!(spans("KENTEKEN: 12 - AB - 34"), vec!["12 - AB - 34"]);
        assert!(spans("Kenteken: 1 - 2 - 3 4").is_empty());
        assert!(spans("stap 1 - A B - 2 toelichting").is_empty());
        assert_eq!(spans("kenteken JFL43V graag"), vec!["JFL43V"]);
        assert!(spans("code JFL43V graag").is_empty());
        assert_eq!(
            spans("still has Polish plates (GH-642-ZZ) because"),
            vec!["GH-642-ZZ"]
        );
        assert_eq!(
            spans("British plates (B-AX 5088) because"),
            vec!["B-AX 5088"]
        );
    }

    /// Searching only the clusters finds every dashed match with a digit.
    #[test]
    fn clusters_hold_the_matches() {
        super::super::util::assert_clusters_find_the_matches::<Dashed>(
            &Plate::new().dashed,
            DIGIT,
            |m| m.bytes().any(|b| b.is_ascii_digit()),
            &[
                "AB", "k", "12", "4", "123", "-", "--", " ", "/", ".", "\n", "é", "_", "x",
            ],
        );
    }
}

/// British plates after a vehicle cue (invented plates).
#[cfg(test)]
mod uk_tests {
    fn spans(t: &str) -> Vec<&str> {
        super::super::util::spans_of(&super::Plate::new(), t)
    }

    #[test]
    fn uk_plates() {
        assert_eq!(spans("vehicle reg AB12 CDE was seen"), vec!["AB12 CDE"]);
        assert_eq!(spans("VRM: LK65 XYZ"), vec!["LK65 XYZ"]);
        assert_eq!(
            spans("his Ford Focus, AB12 CDE, was parked"),
            vec!["AB12 CDE"]
        );
        assert!(spans("code AB12 CDE here").is_empty());
        assert!(spans("Oxford AB12 CDE").is_empty());
    }

    /// A British or Belgian plate alone in a cell of a table row, without a cue.
    #[test]
    fn plates_in_table_cells() {
        assert_eq!(
            spans("Mark Hollis\t14/02/1981\tLK19 RTW\tm.hollis@example.com"),
            vec!["LK19 RTW"]
        );
        assert_eq!(spans("Peeters;Jef;2-KLM-407;Antwerpen"), vec!["2-KLM-407"]);
        assert_eq!(spans("| Ana | Gent | \"7-XRT-118\" |"), vec!["7-XRT-118"]);
        for t in [
            "Mark Hollis\tLK99 RTW\tx",
            "Mark Hollis\tLK19 RIW\tx",
            "Mark Hollis\tZK19 RTW\tx",
            "ab;LK19RTW;cd",
            "Mark Hollis\tLK19 RTW",
            "we saw LK19 RTW there",
            "stap;1-ABC-2345;x",
            "ab;AB-1234-CD;x",
        ] {
            assert!(spans(t).is_empty(), "{t}: {:?}", spans(t));
        }
    }
}
