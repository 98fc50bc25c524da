//! Dutch postcodes (`1234 AB`, `1234AB`) outside an address. Letter pairs SA, SD and
//! SS are never issued (PostNL). Lower-case letters count only without the space or
//! when a city or a postcode cue follows or precedes, since `2024 en` is a year.

use regex::Regex;

use super::util::{before, finding, regex};
use crate::finding::{EntityKind, Finding};
use crate::recognizer::Recognizer;

/// Finds postcodes.
pub(crate) struct Postcode {
    re: Regex,
}

impl Postcode {
    pub(crate) fn new() -> Self {
        Postcode {
            re: regex(r"(?-u:\b[1-9][0-9]{3}( ?)([A-Za-z]{2})\b)"),
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
        for c in self.re.captures_iter(text) {
            let (Some(m), Some(letters), Some(space)) = (c.get(0), c.get(2), c.get(1)) else {
                continue;
            };
            let l = letters.as_str();
            let cue = before(text, m.start(), 80)
                .contains_any(&["postcode", "zip", "postal", "postbus", "po box", "p.o. box"]);
            let city_follows = text[m.end()..]
                .strip_prefix(' ')
                .map(|r| r.trim_start_matches(' '))
                .is_some_and(|r| r.chars().next().is_some_and(char::is_uppercase));
            let ok = if l.bytes().all(|b| b.is_ascii_uppercase()) {
                !UPPER_EXCLUDED.contains(&l) || cue || city_follows
            } else if l.bytes().all(|b| b.is_ascii_lowercase()) {
                (space.as_str().is_empty() && !LOWER_WORDS.contains(&l))
                    || cue
                    || (city_follows && !LOWER_WORDS.contains(&l))
            } else {
                false
            };
            if ok {
                out.push(finding(
                    m.start(),
                    m.end(),
                    EntityKind::Postcode,
                    0.85,
                    "postcode",
                ));
            }
        }
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
