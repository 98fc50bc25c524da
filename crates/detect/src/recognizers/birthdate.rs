//! Dates of birth: a date in numeric (`14-07-1996`, `4/7/1994`, `1996-03-25`,
//! `17.04.1946`) or written (`2 oktober 1958`, `22 January 1976`, `June 24, 1970`)
//! form, reported only when the context says it is a birth date (`geb.`, `geboren`,
//! `geboortedatum`, `date of birth`, `DOB`, `born`). Meeting dates, deadlines and
//! decision dates are not personal data of this kind and are left alone.

use regex::Regex;

use super::prescan::{BIRTH_CUE, DIGITS_6};
use super::util::{Ci, before, find_in_lines, finding, line_before, regex};
use crate::finding::{EntityKind, Finding};
use crate::recognizer::{Prescan, Recognizer};

/// Finds birth dates.
pub(crate) struct Birthdate {
    date: Regex,
    /// A numeric date alone in brackets: `(04-11-1947)`.
    bracketed: Regex,
}

const MONTHS: &str = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|febr|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec|january|february|march|may|june|july|august|october|mar|oct";

/// Cues on the same line, just before the date. Dates are only looked for on lines
/// holding one, plus the line after (chat answers); the [`super::prescan`] finds them.
pub(crate) const NEAR_CUES: &[&str] = &[
    "geb.",
    "geb:",
    "geb ",
    "geboren",
    "geboortedatum",
    "geb.datum",
    "geboorte datum",
    "date of birth",
    "birth date",
    "birthdate",
    "dob",
    "d.o.b",
    "born",
    "birthday",
    "verjaardag",
    "jarig",
    "geboortedag",
    "né le",
    "née le",
    "geburtsdatum",
];

impl Birthdate {
    pub(crate) fn new() -> Self {
        Birthdate {
            bracketed: regex(r"\([0-9]{1,2}[-/.][0-9]{1,2}[-/.](?:19|20)[0-9]{2}\)"),
            date: regex(&format!(
                r"(?i)(?-u:\b)(?:[0-9]{{1,2}}[-/.][0-9]{{1,2}}[-/.](?:19|20)[0-9]{{2}}|(?:19|20)[0-9]{{2}}-[0-9]{{2}}-[0-9]{{2}}|[0-9]{{1,2}}(?:e|ste|st|nd|rd|th)?[ ](?:{MONTHS})\.?,?[ ](?:19|20)[0-9]{{2}}|(?:{MONTHS})\.?[ ][0-9]{{1,2}}(?:st|nd|rd|th)?,?[ ](?:19|20)[0-9]{{2}})(?-u:\b)"
            )),
        }
    }
}

impl Recognizer for Birthdate {
    fn id(&self) -> &'static str {
        "birthdate"
    }

    fn find(&self, text: &str, out: &mut Vec<Finding>) {
        self.find_with(&Prescan::new(text), out);
    }

    fn find_with(&self, pre: &Prescan<'_>, out: &mut Vec<Finding>) {
        let text = pre.text();
        for (off, line) in pre.windows(BIRTH_CUE, 1) {
            for m in self.date.find_iter(line) {
                let (s, e) = (off + m.start(), off + m.end());
                let near = line_before(text, s, 48);
                // The cue must be the nearest thing before the date: no other date between them.
                let near_cue = NEAR_CUES
                    .iter()
                    .filter_map(|c| near.rfind(c).map(|i| (i, c.len())))
                    .max();
                let near_ok =
                    near_cue.is_some_and(|(i, len)| !self.date.is_match(&near.0[i + len..]));
                if near_ok {
                    out.push(finding(s, e, EntityKind::Birthdate, 0.95, "birthdate"));
                } else if answers_birthdate_question(text, s) {
                    out.push(finding(
                        s,
                        e,
                        EntityKind::Birthdate,
                        0.8,
                        "birthdate.dialogue",
                    ));
                }
            }
        }
        // A bracketed date holds 6 digits or more and no line break.
        for m in find_in_lines(&self.bracketed, pre, DIGITS_6) {
            let (s, e) = (m.start() + 1, m.end() - 1);
            if follows_name_in_brackets(text, s, e) {
                out.push(finding(
                    s,
                    e,
                    EntityKind::Birthdate,
                    0.75,
                    "birthdate.apposition",
                ));
            }
        }
    }
}

/// "Henk Jansen (04-11-1947)": a date alone in brackets right after a capitalised
/// name is, by convention, that person's date of birth.
fn follows_name_in_brackets(text: &str, start: usize, end: usize) -> bool {
    let Some(before) = text[..start].strip_suffix('(') else {
        return false;
    };
    if !text[end..].starts_with(')') {
        return false;
    }
    let last_word = before
        .trim_end()
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("");
    last_word.chars().next().is_some_and(char::is_uppercase)
        && last_word
            .chars()
            .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
}

/// A date on the line right after a line that asks for a date of birth (chat
/// transcripts: "Agent: what is your name and date of birth?" / "Klant: Jan, 9-3-1962").
fn answers_birthdate_question(text: &str, pos: usize) -> bool {
    let window = before(text, pos, 240).0;
    let mut lines = window.lines().rev();
    let _current = lines.next();
    lines.next().is_some_and(|prev| {
        prev.contains('?')
            && Ci(prev).contains_any(&["geboortedatum", "date of birth", "birth", "geboren", "dob"])
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(t: &str) -> Vec<&str> {
        let mut v = Vec::new();
        Birthdate::new().find(t, &mut v);
        v.iter().map(|f| f.span.slice(t)).collect()
    }

    /// Numeric and written dates after a birth cue are found.
    #[test]
    fn with_cue() {
        assert_eq!(
            spans("Cliënt: Sanne Hoek, geb. 25 december 1975\n"),
            vec!["25 december 1975"]
        );
        assert_eq!(spans("Geboortedatum: 4-7-1994 | BSN"), vec!["4-7-1994"]);
        assert_eq!(
            spans("Client: Ad, DOB June 23, 2005"),
            vec!["June 23, 2005"]
        );
        assert_eq!(
            spans("My date of birth is 17 August 1951 and"),
            vec!["17 August 1951"]
        );
        assert_eq!(spans("(geb. 1996-03-25)"), vec!["1996-03-25"]);
    }

    /// Dates without a birth cue, or with another date in between, are not birth dates.
    #[test]
    fn without_cue() {
        assert!(spans("Datum: 9 mei 2024").is_empty());
        assert!(spans("First day of absence: 16 March 2023").is_empty());
        assert!(
            spans("geb. 1-5-1985, in dienst sinds 2-3-2010")
                .iter()
                .all(|s| *s == "1-5-1985")
        );
    }

    /// A chat answer right after a question for the date of birth counts.
    #[test]
    fn dialogue() {
        let t = "[16:06] Medewerker: Wat is uw naam en geboortedatum?\n[16:07] Klant: natasha sabajo 9-3-1962\n";
        assert_eq!(spans(t), vec!["9-3-1962"]);
    }
}
