//! Dutch postcodes (`1234 AB`, `1234AB`) outside an address. Letter pairs SA, SD and
//! SS are never issued (PostNL). Lower-case letters count only without the space or
//! when a city or a postcode cue follows or precedes, since `2024 en` is a year.

use regex::Regex;

use super::prescan::DIGITS_4;
use super::util::{before, find_in_lines, finding, regex};
use crate::finding::{EntityKind, Finding};
use crate::recognizer::{Prescan, Recognizer};

/// Finds postcodes.
pub(crate) struct Postcode {
    re: Regex,
}

impl Postcode {
    pub(crate) fn new() -> Self {
        Postcode {
            re: regex(r"(?-u:\b[1-9][0-9]{3} ?[A-Za-z]{2}\b)"),
        }
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
        // Every match holds 4 digits and no line break (see `Prescan`).
        for m in find_in_lines(&self.re, pre, DIGITS_4) {
            // "1234 AB" or "1234AB": the letters are the last two bytes, and a space
            // precedes them exactly when the match is seven bytes long. Reading them off
            // is much cheaper than asking the regex for its groups.
            let (start, end) = (m.start(), m.end());
            let glued = end - start == 6;
            if accept(text, start, end, &text[end - 2..end], glued) {
                out.push(finding(start, end, EntityKind::Postcode, 0.85, "postcode"));
            }
        }
    }
}

/// Whether the candidate `start..end` with letters `l` (written without a space before
/// them when `glued`) is a postcode rather than a year and a word.
fn accept(text: &str, start: usize, end: usize, l: &str, glued: bool) -> bool {
    let cue = before(text, start, 80)
        .contains_any(&["postcode", "zip", "postal", "postbus", "po box", "p.o. box"]);
    let city_follows = text[end..]
        .strip_prefix(' ')
        .map(|r| r.trim_start_matches(' '))
        .is_some_and(|r| r.chars().next().is_some_and(char::is_uppercase));
    if l.bytes().all(|b| b.is_ascii_uppercase()) {
        !UPPER_EXCLUDED.contains(&l) || cue || city_follows
    } else if l.bytes().all(|b| b.is_ascii_lowercase()) {
        !LOWER_WORDS.contains(&l) && (glued || cue || city_follows)
    } else {
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(t: &str) -> Vec<&str> {
        let mut v = Vec::new();
        Postcode::new().find(t, &mut v);
        v.iter().map(|f| f.span.slice(t)).collect()
    }

    /// Postcodes in both notations; years followed by words are not postcodes.
    #[test]
    fn postcodes() {
        assert_eq!(spans("Postbus 19400, 2621 DB Delft"), vec!["2621 DB"]);
        assert_eq!(spans("postcode 8043WB, huisnummer"), vec!["8043WB"]);
        assert_eq!(spans("PO Box 36486, 3134 cn Vlaardingen"), vec!["3134 cn"]);
        assert!(spans("in 2024 en 2025 is het").is_empty());
        assert!(spans("om 1500 EU burgers").is_empty());
    }
}
