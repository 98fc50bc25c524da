//! Dutch postcodes (`1234 AB`, `1234AB`) outside an address. Letter pairs SA, SD and
//! SS are never issued (PostNL). Lower-case letters count only without the space or
//! when a city or a postcode cue follows or precedes, since `2024 en` is a year.

use super::prescan::DIGITS_4;
use super::util::{Needle, before, finding};
use crate::finding::{EntityKind, Finding};
use crate::recognizer::{Prescan, Recognizer};

/// Finds postcodes.
pub(crate) struct Postcode;

impl Postcode {
    pub(crate) fn new() -> Self {
        Postcode
    }
}

const LOWER_WORDS: &[&str] = &[
    "en", "in", "op", "te", "de", "of", "is", "ik", "je", "we", "ze", "al", "na", "om", "to", "at",
    "on", "an", "as", "by", "am", "pm", "is", "it", "or", "if", "no", "so", "up", "me", "my", "he",
    "be", "do", "go", "us", "tm", "km", "kg", "cm", "mm", "ml", "uu", "pp", "st", "nd", "rd", "th",
    "er", "ja", "nu", "zo", "ga", "wo", "zu", "et", "la", "le", "du", "eu",
];
const UPPER_EXCLUDED: &[&str] = &[
    "SA", "SD", "SS", "AM", "PM", "EU", "KB", "MB", "GB", "TB", "CO", "NO", "UK", "US",
];

impl Recognizer for Postcode {
    fn id(&self) -> &'static str {
        "postcode"
    }

    fn find(&self, text: &str, out: &mut Vec<Finding>) {
        self.find_with(&Prescan::new(text), out);
    }

    fn find_with(&self, pre: &Prescan<'_>, out: &mut Vec<Finding>) {
        let text = pre.text();
        // Every candidate holds 4 digits and no line break (see `Prescan`).
        for (off, run) in pre.runs(DIGITS_4) {
            let mut at = off;
            while let Some((start, end)) = candidate(text.as_bytes(), at, off + run.len()) {
                // "1234 AB" or "1234AB": the letters are the last two bytes, and a space
                // precedes them exactly when the candidate is seven bytes long.
                let glued = end - start == 6;
                if accept(text, start, end, &text[end - 2..end], glued) {
                    out.push(finding(start, end, EntityKind::Postcode, 0.85, "postcode"));
                }
                at = end;
            }
            letter_spaced(off, run, out);
        }
    }
}

/// Scanned forms that space every character ("Postcode  :  5 9 1 1  AK"): four digits
/// one space apart, one or two spaces, two capitals. Read only on lines that say
/// `postcode`, where the shape cannot be anything else.
fn letter_spaced(off: usize, run: &str, out: &mut Vec<Finding>) {
    static LOWER: Needle = Needle::new(|| memchr::memmem::Finder::new("ostcode"));
    static UPPER: Needle = Needle::new(|| memchr::memmem::Finder::new("OSTCODE"));
    let mut at = off;
    for line in run.split('\n') {
        let start = at;
        at += line.len() + 1;
        // `memmem` is a vector search; the spellings are the label's usual three cases.
        let b = line.as_bytes();
        if LOWER.find(b).is_none() && UPPER.find(b).is_none() {
            continue;
        }
        let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
        let upper = |i: usize| b.get(i).is_some_and(u8::is_ascii_uppercase);
        let word = |i: usize| b.get(i).is_some_and(u8::is_ascii_alphanumeric);
        for i in 0..b.len() {
            if !(b[i].is_ascii_digit() && b[i] != b'0') || i > 0 && word(i - 1) {
                continue;
            }
            let spaced_digits =
                (1..4).all(|k| b.get(i + 2 * k - 1) == Some(&b' ') && digit(i + 2 * k));
            if !spaced_digits {
                continue;
            }
            let mut l = i + 7;
            for _ in 0..2 {
                if b.get(l) == Some(&b' ') {
                    l += 1;
                }
            }
            if l == i + 7 || !upper(l) {
                continue;
            }
            let second = if upper(l + 1) { l + 1 } else { l + 2 };
            if (second == l + 1 || b.get(l + 1) == Some(&b' '))
                && upper(second)
                && !word(second + 1)
            {
                let end = second + 1;
                let letters = [b[l], b[second]];
                if !UPPER_EXCLUDED.iter().any(|x| x.as_bytes() == letters) {
                    out.push(finding(
                        start + i,
                        start + end,
                        EntityKind::Postcode,
                        0.8,
                        "postcode.spaced",
                    ));
                }
            }
        }
    }
}

/// The first match of `(?-u:\b[1-9][0-9]{3} ?[A-Za-z]{2}\b)` starting in `from..to`
/// (`to` a line end or the text's end), as `(start, end)`.
///
/// # Why by hand
/// The pattern has no literal to prefilter on, so a regex walks its automaton over every
/// byte. A match needs four digits in a row: when the byte 3 places on is no digit, no
/// match starts at any of the 4 places up to it, so most bytes are skipped unread.
fn candidate(b: &[u8], from: usize, to: usize) -> Option<(usize, usize)> {
    let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    let letter = |i: usize| i < to && b[i].is_ascii_alphabetic();
    let word = |i: usize| {
        b.get(i)
            .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'_')
    };
    let mut i = from;
    while i + 6 <= to {
        if !digit(i + 3) {
            i += 4;
            continue;
        }
        let number =
            b[i] != b'0' && digit(i) && digit(i + 1) && digit(i + 2) && (i == 0 || !word(i - 1));
        if number {
            let spaced = b[i + 4] == b' ';
            let l = i + 4 + usize::from(spaced);
            if letter(l) && letter(l + 1) && !word(l + 2) {
                return Some((i, l + 2));
            }
            // Without the space the letters would have to start at the space.
        }
        i += 1;
    }
    None
}

/// Whether the candidate `start..end` with letters `l` (written without a space before
/// them when `glued`) is a postcode rather than a year and a word.
fn accept(text: &str, start: usize, end: usize, l: &str, glued: bool) -> bool {
    // Evaluated only when needed: most candidates ("2024 en") are settled without it.
    let cue = || {
        before(text, start, 80)
            .contains_any(&["postcode", "zip", "postal", "postbus", "po box", "p.o. box"])
    };
    let city_follows = text[end..]
        .strip_prefix(' ')
        .map(|r| r.trim_start_matches(' '))
        .is_some_and(|r| r.chars().next().is_some_and(char::is_uppercase));
    if l.bytes().all(|b| b.is_ascii_uppercase()) {
        !UPPER_EXCLUDED.contains(&l) || city_follows || cue()
    } else if l.bytes().all(|b| b.is_ascii_lowercase()) {
        !LOWER_WORDS.contains(&l) && (glued || city_follows || cue())
    } else {
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(t: &str) -> Vec<&str> {
        super::super::util::spans_of(&Postcode::new(), t)
    }

    /// The hand-written scan finds exactly the matches of the regex it replaces.
    #[test]
    fn candidates_match_the_regex() {
        let re = regex::Regex::new(r"(?-u:\b[1-9][0-9]{3} ?[A-Za-z]{2}\b)").unwrap();
        let alphabet = [
            "1", "0", "9", "a", "Z", " ", "_", "\n", "é", "-", "12", "3456", "1234", "0123", "AB",
            "cd", "Xy",
        ];
        let found =
            super::super::util::assert_scan_equals_regex(&re, &alphabet, 16, 100_000, candidate);
        assert!(found > 1000, "{found}");
    }

    /// Postcodes in both notations; years followed by words are not postcodes.
    #[test]
    fn postcodes() {
        assert_eq!(spans("Postbus 19400, 2621 DB Delft"), vec!["2621 DB"]);
        assert_eq!(spans("postcode 8043WB, huisnummer"), vec!["8043WB"]);
        assert_eq!(spans("PO Box 36486, 3134 cn Vlaardingen"), vec!["3134 cn"]);
        assert!(spans("in 2024 en 2025 is het").is_empty());
        assert!(spans("om 1500 EU burgers").is_empty());
        assert_eq!(
            spans("Postcode  :  3 5 1 2  JE  Utrecht"),
            vec!["3 5 1 2  JE"]
        );
        assert_eq!(spans("POSTCODE: 3 5 1 2 J E\n"), vec!["3 5 1 2 J E"]);
        assert!(spans("Postcode: 3 5 1 2 en verder").is_empty());
    }
}
