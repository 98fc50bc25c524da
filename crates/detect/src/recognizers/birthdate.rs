//! Dates of birth: a date in numeric (`14-07-1996`, `4/7/1994`, `1996-03-25`,
//! `17.04.1946`) or written (`2 oktober 1958`, `22 January 1976`, `June 24, 1970`)
//! form, reported only when the context says it is a birth date (`geb.`, `geboren`,
//! `geboortedatum`, `date of birth`, `DOB`, `born`). Meeting dates, deadlines and
//! decision dates are not personal data of this kind and are left alone.

use regex::Regex;

use super::prescan::{BIRTH_COLUMN, BIRTH_CUE, COLON, DIGITS_4, DIGITS_6};
use super::util::{Ci, before, find_in_lines, finding, regex};
use crate::finding::{EntityKind, Finding};
use crate::recognizer::{Prescan, Recognizer};

/// Finds birth dates.
pub(crate) struct Birthdate {
    date: Regex,
    /// A numeric date alone in brackets: `(04-11-1947)`.
    bracketed: Regex,
    /// A record line about a person ("Cliënt: Bas Verhulst, 19-01-1986"): a numeric date
    /// right after the name, the way case files write a date of birth.
    record_line: Regex,
    /// A numeric date, alone in a table cell.
    cell_date: Regex,
    /// The genealogical birth star right before a date: `Jan de Vries * 08-08-1988`.
    starred: Regex,
    /// A register row that opens with a sorted name in capitals and gives a date in the
    /// next cell: `CONSTANTIN, Radu | 1967-03-19 | …`.
    name_row: Regex,
    /// A numbered list line: a name of two words or more, a separator, a date, and the
    /// end of the line or another separator ([`Birthdate::roster_dates`]).
    roster_line: Regex,
}

/// Stems of words that give the dates of a list another role than birth: a match, a
/// meeting, an appointment, a deadline, a duty rota, a start or an end, a payment, a
/// date in general (`datum`, `date`, once the words for a birth date are set aside).
const DATE_ROLES: &[&str] = &[
    "datum",
    "date",
    "wedstrijd",
    "match",
    "fixture",
    "afspraak",
    "appointment",
    "meeting",
    "vergader",
    "overleg",
    "deadline",
    "uiterlijk",
    " due",
    "toernooi",
    "tournament",
    "dienst",
    "rooster",
    "schema",
    "rota",
    "schedule",
    "planning",
    "beurt",
    "taak",
    "taken",
    "inschrijv",
    "aangemeld",
    "lid sinds",
    "member since",
    "joined",
    "hired",
    "betaal",
    "paid",
    "factuur",
    "invoice",
    "levering",
    "delivery",
    "overle",
    "died",
    "death",
    "verlof",
    "verzuim",
    "ziek",
];

/// Words for a date of birth, which hold a [`DATE_ROLES`] stem but name no other role.
const BIRTH_DATE_WORDS: &[&str] = &[
    "geboortedatum",
    "geb.datum",
    "date of birth",
    "birth date",
    "birthdate",
];

/// `text` holds a [`DATE_ROLES`] stem outside a word for a date of birth. Read only
/// for texts with a member list, once.
fn names_date_role(text: &str) -> bool {
    let mut lower = text.to_lowercase();
    for w in BIRTH_DATE_WORDS {
        lower = lower.replace(w, " ");
    }
    DATE_ROLES.iter().any(|r| lower.contains(r))
}

/// `rest` (the line after a date) opens with two capitalised words, a name.
fn opens_with_name(rest: &str) -> bool {
    let mut words = rest.split_whitespace();
    let name = |w: Option<&str>| {
        w.is_some_and(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | ','))
        })
    };
    name(words.next()) && name(words.next())
}

/// Labels that start a line about one person in case files and forms.
const PERSON_LABELS: &str = "sporter|speler|player|athlete|cursist|kandidaat|candidate|contactpersoon|passagier|passenger|reiziger|cli[eë]nt|client|betrokkene|pati[eë]nt|patient|naam|name|kind|child|klant|aanvrager|bewoner|leerling|pupil|jeugdige|verdachte|slachtoffer|werknemer|employee|medewerker|deelnemer|huurder|tenant|resident|inwoner|moeder|vader|mother|father|partner|echtgeno(?:te|ot)|spouse|zoon|dochter|son|daughter";

/// Header words that make a table column hold dates of birth.
const COLUMN_CUES: &[&str] = &[
    "geboortedatum",
    "geb.datum",
    "geb. datum",
    "geb",
    "date of birth",
    "birth date",
    "birthdate",
    "dob",
    "d.o.b.",
    "geboren",
    "born",
];

/// Every [`COLUMN_CUES`] word holds one of these (ASCII case ignored): a line without
/// one cannot be a birth-date table header, so only lines with one are read for it.
pub(crate) const COLUMN_STEMS: &[&str] = &["geb", "birth", "dob", "d.o.b", "born"];

/// A digit as scans and OCR write it: `O` for zero, `l` or `I` for one. Only dates
/// right after a birth cue are read this way, and [`enough_digits`] keeps real digits
/// in the majority.
const D: &str = "[0-9OIl]";

/// A year of birth (18xx, as genealogies give, 19xx or 20xx), OCR digits allowed.
const Y: &str = "(?:[1lI][ ]?[89]|2[ ]?[0O])[ ]?[0-9OIl][ ]?[0-9OIl]";

/// A month name hyphenated over a line break (`decem-` / `ber`); [`month_whole`] checks
/// that the two halves make a month.
const BROKEN: &str = r"[a-z]{2,7}-\r?\n[ \t]*[a-z]{2,7}";

/// Month names and abbreviations, Dutch and English, as a regex alternation (the address
/// recognizer splits it to tell a date from a house number).
pub(crate) const MONTHS: &str = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|febr|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec|january|february|march|may|june|july|august|october|mar|oct";

/// [`MONTHS`] as a list, for comparing a word in place: splitting the alternation at
/// every call was a large part of the address recognizer's time. A test keeps the two
/// equal.
pub(crate) const MONTH_NAMES: &[&str] = &[
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
    "jan",
    "feb",
    "febr",
    "mrt",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "okt",
    "nov",
    "dec",
    "january",
    "february",
    "march",
    "may",
    "june",
    "july",
    "august",
    "october",
    "mar",
    "oct",
];

/// Cues on the same line, just before the date.
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
    "°",
    " gram",
    " lb",
    " oz",
];

/// The last [`NEAR_CUES`], a newborn's weight, not a word for birth: they make a line
/// worth reading, and count only after the date ([`weighed_after`]).
const WEIGHT_CUES: &[&str] = &[" gram", " lb", " oz"];

impl Birthdate {
    pub(crate) fn new() -> Self {
        Birthdate {
            bracketed: regex(r"\([0-9]{1,2}[-/.][0-9]{1,2}[-/.](?:19|20)[0-9]{2}\)"),
            record_line: regex(&format!(
                r"(?im)^[ \t]*\p{{L}}{{0,8}}(?:{PERSON_LABELS})[ \t]*:[^\n:]{{1,80}}?[,(][ \t]*(?:[♂♀mvMVfF][ \t]*,[ \t]*)?(?P<d>[0-9]{{1,2}}[-/.][0-9]{{1,2}}[-/.](?:19|20)[0-9]{{2}}|(?:19|20)[0-9]{{2}}-[0-9]{{2}}-[0-9]{{2}})(?-u:\b)"
            )),
            starred: regex(&format!(
                r"(?i)\*[ \t]?(?P<place>(?-i:\p{{Lu}})[\p{{L}}'’\- ]{{1,30}},[ \t]*)?(?P<d>[0-9]{{1,2}}[-/.][0-9]{{1,2}}[-/.](?:1[89]|20)[0-9]{{2}}|(?:1[89]|20)[0-9]{{2}}-[0-9]{{2}}-[0-9]{{2}}|[0-9]{{1,2}}[ ](?:{MONTHS})\.?[ ](?:1[89]|20)[0-9]{{2}})(?-u:\b)"
            )),
            cell_date: regex(
                r"^[ \t]*(?:[0-9]{1,2}[-/.][0-9]{1,2}[-/.](?:19|20)[0-9]{2}|(?:19|20)[0-9]{2}-[0-9]{2}-[0-9]{2})[ \t]*$",
            ),
            date: regex(&format!(
                r"(?i)(?-u:\b)(?:{D}(?:[ ]?{D})?[ ]?[-/.][ ]?{D}(?:[ ]?{D})?[ ]?[-/.][ ]?(?:{Y}|[0-9]{{2}})|(?:19|20)[0-9]{{2}}-[0-9]{{2}}-[0-9]{{2}}|(?:the[ ])?{D}{{1,2}}(?:e|ste|st|nd|rd|th)?[ ](?:of[ ])?(?:{MONTHS}|{BROKEN})\.?,?[ ](?:{Y}|'[0-9]{{2}})|(?:{MONTHS}|{BROKEN})\.?[ ]{D}{{1,2}}(?:st|nd|rd|th)?,?[ ](?:{Y}|'[0-9]{{2}}))(?-u:\b)"
            )),
            roster_line: regex(&format!(
                r"^[ \t]*[0-9]{{1,3}}[.)][ \t]+\p{{Lu}}[\p{{L}}'’\-]+(?:[ ]+(?:\p{{Lu}}[\p{{L}}'’\-]+|(?-i:[a-z]{{1,3}}|'t)))+[ \t]*(?:—|–|-|\||,|;|\t|:)[ \t]*(?P<d>[0-9]{{1,2}}[-/.][0-9]{{1,2}}[-/.](?:19|20)[0-9]{{2}}|[0-9]{{1,2}}[ ](?i:{MONTHS})\.?[ ](?:19|20)[0-9]{{2}})[ \t]*(?:—|–|-|\||,|;|\t|\(|\r?$)"
            )),
            name_row: regex(&format!(
                r"(?i)^[ \t]*\|?[ \t]*(?-i:\p{{Lu}}[\p{{Lu}}'’ \-]{{1,40}}),[ \t]*(?-i:\p{{Lu}})[\p{{L}}.'’ \-]{{0,40}}?[ \t]*[|;\t][ \t]*(?P<d>[0-9]{{1,2}}[-/.][0-9]{{1,2}}[-/.](?:19|20)[0-9]{{2}}|(?:19|20)[0-9]{{2}}-[0-9]{{2}}-[0-9]{{2}}|[0-9]{{1,2}}[ ](?:{MONTHS})\.?[ ](?:19|20)[0-9]{{2}})[ \t]*(?:[|;\t]|\r?$)"
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
                // Not the start of a longer number ("06-12-34-56-78").
                let glued = line.as_bytes()[m.end()..]
                    .get(..2)
                    .is_some_and(|b| matches!(b[0], b'-' | b'/' | b'.') && b[1].is_ascii_digit());
                if glued || !enough_digits(m.as_str()) || !month_whole(m.as_str()) {
                    continue;
                }
                let (mut s, e) = (off + m.start(), off + m.end());
                // "the 3rd of March": the article is not part of the date.
                if m.as_str()
                    .get(..4)
                    .is_some_and(|w| w.eq_ignore_ascii_case("the "))
                {
                    s += 4;
                }
                let near = before(text, s, 48);
                // The cue must be the nearest thing before the date: no other date between
                // them, and no new field ("Datum:") when the date is on a later line.
                let near_cue = NEAR_CUES[..NEAR_CUES.len() - WEIGHT_CUES.len()]
                    .iter()
                    .filter_map(|c| near.rfind(c).map(|i| (i, c.len())))
                    .max();
                let near_ok = near_cue.is_some_and(|(i, len)| {
                    let between = &near.0[i + len..];
                    let new_field = between
                        .split_once('\n')
                        .is_some_and(|(_, later)| later.contains(':'));
                    !self.date.is_match(between) && !new_field && between.matches('\n').count() <= 1
                });
                if near_ok || born_after(text, e) || weighed_after(text, e) {
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
        // A record line holds a `:` and a date of 6 digits or more, and no line break;
        // `(?m)^` anchors at each line start.
        for (off, run) in pre.runs(DIGITS_6 | COLON) {
            for c in self.record_line.captures_iter(run) {
                let Some(d) = c.name("d") else { continue };
                let (start, end) = (off + d.start(), off + d.end());
                // Not a dated event on the same line ("Cliënt: X, 19-01-2024 intake").
                let line_end = text[end..].find('\n').map_or(text.len(), |i| end + i);
                let rest = &text[end..line_end];
                if rest
                    .trim_start_matches([' ', ')', ',', '.', ';'])
                    .is_empty()
                    || rest.trim_start().starts_with([')', ',', '|', ';', '('])
                {
                    out.push(finding(
                        start,
                        end,
                        EntityKind::Birthdate,
                        0.75,
                        "birthdate.record",
                    ));
                }
            }
        }
        self.table_columns(pre, out);
        self.name_rows(pre, out);
        self.birth_star(text, out);
        self.roster_dates(pre, out);
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

impl Birthdate {
    /// A date right after the birth star of genealogies and family records
    /// ("Jan de Vries * 08-08-1988", "Vries, Jan de (*8 augustus 1988)"). The star must
    /// follow a name on its own line: a star at the start of a line is a list bullet
    /// ("* 12-03-2024 overleg"), and one after a digit is a multiplication.
    fn birth_star(&self, text: &str, out: &mut Vec<Finding>) {
        if memchr::memchr(b'*', text.as_bytes()).is_none() {
            return;
        }
        for c in self.starred.captures_iter(text) {
            let (Some(m), Some(d)) = (c.get(0), c.name("d")) else {
                continue;
            };
            let before = text[..m.start()].trim_end_matches([' ', '\t', '(']);
            // Obituaries and genealogies give birth and death with place and date on one
            // line ("* Staphorst, 2 april 1934 † Meppel, 11 november 2025"): a star
            // before a place on a line with the death cross is no bullet.
            let rest = &text[m.end()..];
            let rest = &rest[..super::util::floor_boundary(rest, 120)];
            let line_rest = rest.split('\n').next().unwrap_or("");
            let died_on_line = c.name("place").is_some() && line_rest.contains('†');
            // A genealogy line may open with the star ("*12-03-1874 Hendrik Jansen"): a
            // bullet is followed by prose, the star by a name or a death cross.
            let opens_entry = (before.is_empty() || before.ends_with('\n'))
                && (line_rest.contains('†') || opens_with_name(line_rest));
            if died_on_line
                || opens_entry
                || before
                    .chars()
                    .next_back()
                    .is_some_and(|ch| ch.is_alphabetic() || ch == ',')
            {
                out.push(finding(
                    d.start(),
                    d.end(),
                    EntityKind::Birthdate,
                    0.85,
                    "birthdate.star",
                ));
            }
        }
    }

    /// Numbered member lists that give each member's date right after the name, as youth
    /// teams and clubs keep them ("1. Daan Pieters — 14-05-2015 — ouder: 06-…"): with two
    /// such lines or more and no word in the text naming another role for a date (a match,
    /// an appointment, a deadline), the dates are dates of birth.
    fn roster_dates(&self, pre: &Prescan<'_>, out: &mut Vec<Finding>) {
        let text = pre.text();
        let mut found: Vec<(usize, usize)> = Vec::new();
        for (off, run) in pre.runs(DIGITS_6) {
            let b = run.as_bytes();
            // Only lines that open with a list number: look at each line's first bytes.
            let starts = std::iter::once(0).chain(memchr::memchr_iter(b'\n', b).map(|i| i + 1));
            for at in starts {
                let head = &b[at..b.len().min(at + 5)];
                let n = head.iter().take_while(|c| c.is_ascii_digit()).count();
                let numbered = (1..=3).contains(&n)
                    && matches!(head.get(n), Some(b'.' | b')'))
                    && head.get(n + 1) == Some(&b' ');
                if !numbered {
                    continue;
                }
                let end = memchr::memchr(b'\n', &b[at..]).map_or(b.len(), |i| at + i);
                let line = &run[at..end];
                if let Some(d) = self.roster_line.captures(line).and_then(|c| c.name("d")) {
                    found.push((off + at + d.start(), off + at + d.end()));
                }
            }
        }
        if found.len() < 2 || names_date_role(text) {
            return;
        }
        for (s, e) in found {
            out.push(finding(
                s,
                e,
                EntityKind::Birthdate,
                0.7,
                "birthdate.roster",
            ));
        }
    }

    /// Register rows that open with a sorted name in capitals and give a date in the
    /// next cell ("CONSTANTIN, Radu | 1967-03-19 | 769 782 164"): as in a record line,
    /// a date right after a person's name is that person's date of birth. Only lines
    /// that start with a capital or `|` and hold a comma and a cell separator are read.
    fn name_rows(&self, pre: &Prescan<'_>, out: &mut Vec<Finding>) {
        for (off, run) in pre.runs(DIGITS_4) {
            let mut start = off;
            for line in run.split('\n') {
                let at = start;
                start += line.len() + 1;
                let head = line.trim_start_matches([' ', '\t', '|']);
                if !head.chars().next().is_some_and(char::is_uppercase)
                    || !line.contains(',')
                    || !line.contains(['|', ';', '\t'])
                {
                    continue;
                }
                if let Some(d) = self.name_row.captures(line).and_then(|c| c.name("d")) {
                    out.push(finding(
                        at + d.start(),
                        at + d.end(),
                        EntityKind::Birthdate,
                        0.75,
                        "birthdate.row",
                    ));
                }
            }
        }
    }

    /// Dates in a table column whose header names the date of birth: CSV (`;`, `,`,
    /// tab) and pipe tables. The header is the nearest line above with that separator.
    ///
    /// Lines are read one by one only from a line that may be a header (it holds a
    /// [`COLUMN_STEMS`] word) until no table column is open any more: outside a table,
    /// a line without such a word leaves the state as it is (no column), so skipping
    /// those lines finds the same.
    fn table_columns(&self, pre: &Prescan<'_>, out: &mut Vec<Finding>) {
        let text = pre.text();
        // Start of the first line not read yet.
        let mut pos = 0usize;
        for (off, run) in pre.runs(BIRTH_COLUMN) {
            let run_end = off + run.len();
            if pos > run_end {
                continue;
            }
            let mut offset = off.max(pos);
            // (separator, column index) of the current table's birth-date column.
            let mut column: Option<(char, usize)> = None;
            for line in text[offset..].split_inclusive('\n') {
                if offset > run_end && column.is_none() {
                    break;
                }
                column = self.table_line(line, offset, column, out);
                offset += line.len();
            }
            pos = offset;
        }
    }

    /// Reads one table line starting at `offset` given the open `column`, pushes the
    /// date in that column of a table body line, and returns the column open after it.
    fn table_line(
        &self,
        line: &str,
        offset: usize,
        column: Option<(char, usize)>,
        out: &mut Vec<Finding>,
    ) -> Option<(char, usize)> {
        let body = line.trim_end_matches(['\n', '\r']);
        if body.trim().is_empty() {
            return None;
        }
        let sep = [';', '|', '\t', ',']
            .into_iter()
            .find(|&c| body.contains(c))?;
        match column {
            Some((s, idx)) if s == sep => {
                let mut cell_start = offset;
                for (i, cell) in body.split(sep).enumerate() {
                    if i == idx && self.cell_date.is_match(cell) {
                        let lead = cell.len() - cell.trim_start().len();
                        let start = cell_start + lead;
                        out.push(finding(
                            start,
                            start + cell.trim().len(),
                            EntityKind::Birthdate,
                            0.8,
                            "birthdate.table",
                        ));
                    }
                    cell_start += cell.len() + sep.len_utf8();
                }
                column
            }
            _ => body
                .split(sep)
                .position(|cell| {
                    let c = cell.trim().trim_matches(['"', '\'', '*']);
                    COLUMN_CUES.iter().any(|cue| c.eq_ignore_ascii_case(cue))
                })
                .map(|i| (sep, i)),
        }
    }
}

/// "zij is op 12 maart 1966 geboren", "12-03-1966 geboren te Gouda": the birth cue
/// right after the date, at most a place name between.
fn born_after(text: &str, end: usize) -> bool {
    let rest = &text[end..];
    let rest = &rest[..super::util::floor_boundary(rest, 40)];
    let rest = rest.split('\n').next().unwrap_or("");
    let mut words = rest.split_whitespace();
    let first = words.next().unwrap_or("");
    let is_cue = |w: &str| {
        let w = w.trim_end_matches([',', '.', ';', ')']);
        w.eq_ignore_ascii_case("geboren") || w.eq_ignore_ascii_case("born")
    };
    is_cue(first)
        || matches!(first, "te" | "in")
            && words
                .next()
                .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
            && words.next().is_some_and(is_cue)
}

/// A birth announcement gives the date with the newborn's weight right after it
/// ("3 februari 2025 · 3410 gram · 50 cm", "12 May 2025, 7 lb 2 oz"): a weight in grams
/// (three or four digits) or pounds and ounces opens what follows the date on its line,
/// after at most a separator.
fn weighed_after(text: &str, end: usize) -> bool {
    let rest = &text[end..];
    let rest = &rest[..super::util::floor_boundary(rest, 32)];
    let rest = rest.split('\n').next().unwrap_or("");
    let rest = rest.trim_start_matches(|c: char| c.is_whitespace() || "·•,;:|–—-()".contains(c));
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let unit = rest[digits..].trim_start();
    let word = |w: &str| {
        unit.get(..w.len())
            .is_some_and(|u| u.eq_ignore_ascii_case(w))
            && !unit[w.len()..].starts_with(|c: char| c.is_alphanumeric())
    };
    (3..=4).contains(&digits) && (word("gram") || word("gr") || word("g"))
        || (1..=2).contains(&digits) && (word("lb") || word("lbs"))
}

/// A date read with OCR digits ([`D`]) still holds mostly real ones: at least four
/// ASCII digits, more than the letters standing in for digits.
fn enough_digits(m: &str) -> bool {
    let digits = m.bytes().filter(u8::is_ascii_digit).count();
    let numeric = m
        .bytes()
        .all(|b| !b.is_ascii_alphabetic() || b"OoIil".contains(&b));
    let standins = if numeric {
        m.bytes().filter(|b| b"OoIil".contains(b)).count()
    } else {
        0
    };
    digits >= 4 && standins * 2 < digits
}

/// A month hyphenated over a line break (`decem-` / `ber`) must join into a month name;
/// every other match has no such break.
fn month_whole(m: &str) -> bool {
    let Some((head, tail)) = m
        .split_once('-')
        .filter(|(_, t)| t.trim_start_matches('\r').starts_with('\n'))
    else {
        return true;
    };
    let first = head
        .rsplit(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    let second = tail
        .trim_start()
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    let joined = format!("{first}{second}");
    MONTH_NAMES
        .iter()
        .any(|month| month.len() > 3 && month.eq_ignore_ascii_case(&joined))
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

    #[test]
    fn month_names_are_the_alternation() {
        assert_eq!(MONTH_NAMES.join("|"), MONTHS);
    }

    fn spans(t: &str) -> Vec<&str> {
        super::super::util::spans_of(&Birthdate::new(), t)
    }

    /// Numeric and written dates after a birth cue are found.
    /// The birth star after a name; not a list bullet or a multiplication.
    #[test]
    fn birth_star() {
        assert_eq!(
            spans("Pieter Jansen * 08-08-1988 te Zwolle"),
            vec!["08-08-1988"]
        );
        assert_eq!(
            spans("Jansen, Pieter (*8 augustus 1988)"),
            vec!["8 augustus 1988"]
        );
        assert_eq!(spans("kind: Noor *14-02-2015\n"), vec!["14-02-2015"]);
        assert!(spans("* 12-03-2024 overleg met team").is_empty());
        assert!(spans("3 * 12-03-2024").is_empty());
        // Birth and death with their places in an obituary or family record.
        assert_eq!(
            spans("Hendrika Mulder\n* Kampen, 3 maart 1931 † Zwolle, 9 oktober 2024\n"),
            vec!["3 maart 1931"]
        );
        assert_eq!(
            spans("Gerrit Post * Hasselt, 12-07-1940 te"),
            vec!["12-07-1940"]
        );
        assert!(spans("* Utrecht, 12-03-2024 overleg\n").is_empty());
    }

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

    /// A cue at the end of one line covers a date at the start of the next; a new field does not.
    #[test]
    fn across_line_break() {
        assert_eq!(
            spans("ik ben geboren op\n14 juli 1985. Groet"),
            vec!["14 juli 1985"]
        );
        assert!(spans("Geboren in Paramaribo.\nStartdatum: 1 mei 2020").is_empty());
    }

    /// Record lines, tables and the Belgian birth sign.
    #[test]
    fn records_and_tables() {
        assert_eq!(
            spans("Cliënt: Bas Verhulst, 19-01-1986\nAdres"),
            vec!["19-01-1986"]
        );
        assert_eq!(
            spans("Patiënt: B. Soerjadi (♂, 30-12-1948)"),
            vec!["30-12-1948"]
        );
        assert!(spans("Cliënt: Bas Verhulst, 19-01-2024 intake gedaan").is_empty());
        // Compound labels ("Indexpatiënt", "Hoofdbewoner") and people in sport and travel.
        assert_eq!(
            spans("Indexpatiënt: Nora Blom, 04-07-1979, positief getest"),
            vec!["04-07-1979"]
        );
        assert_eq!(spans("Speler: Daan Kok, 11-02-2008\n"), vec!["11-02-2008"]);
        let csv = "naam;geboortedatum;straat\nHofsteenge, A.;1952-03-11;Esweg\nKamphuis, G.;02/11/1978;Dorp\n\nDatum;x\n2024-01-01;y";
        assert_eq!(spans(csv), vec!["1952-03-11", "02/11/1978"]);
        let pipe = "| Naam | Geb.datum | Plaats |\n|---|---|---|\n| CONSTANTIN, Radu | 1967-03-19 | Iasi |";
        assert_eq!(spans(pipe), vec!["1967-03-19"]);
        assert_eq!(spans("Jef Mertens, ° 14.02.1961"), vec!["14.02.1961"]);
    }

    /// The old walk over every line, kept as the reference `table_columns` must equal.
    fn reference_table_columns(b: &Birthdate, text: &str) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let (mut offset, mut column) = (0usize, None);
        for line in text.split_inclusive('\n') {
            column = b.table_line(line, offset, column, &mut out);
            offset += line.len();
        }
        out.iter().map(|f| (f.span.start, f.span.end)).collect()
    }

    /// Reading lines only from possible headers on finds what reading every line finds.
    #[test]
    fn table_columns_equal_the_reference() {
        let b = Birthdate::new();
        let cells = [
            "geb",
            "Geboortedatum",
            " DOB ",
            "born",
            "naam",
            "1952-03-11",
            "02/11/1978",
            " 4-7-1994 ",
            "x",
            "\"geb\"",
            "*dob*",
            "é",
            "geb.datum",
            "d.o.b.",
            "birth date",
            "",
            "gebruik",
            "Piet",
        ];
        let seps = [";", "|", "\t", ",", " "];
        let ends = ["\n", "\n", "\n", "\r\n", "\n\n", "\n \n"];
        let mut rng = super::super::util::TestRng::new(0x853c_49e6_748f_ea9b);
        let mut next = move |n: usize| rng.below(n);
        let mut found = 0;
        for _ in 0..20_000 {
            let mut t = String::new();
            let sep = seps[next(seps.len())];
            for _ in 0..next(8) {
                for c in 0..1 + next(4) {
                    if c > 0 {
                        t.push_str(if next(8) == 0 {
                            seps[next(seps.len())]
                        } else {
                            sep
                        });
                    }
                    t.push_str(cells[next(cells.len())]);
                }
                t.push_str(ends[next(ends.len())]);
            }
            if next(2) == 0 {
                t.pop();
            }
            let mut got = Vec::new();
            b.table_columns(&Prescan::new(&t), &mut got);
            let got: Vec<(usize, usize)> = got.iter().map(|f| (f.span.start, f.span.end)).collect();
            assert_eq!(got, reference_table_columns(&b, &t), "{t:?}");
            found += got.len();
        }
        assert!(found > 1000, "the texts exercise the tables: {found}");
    }

    /// Every column header word holds a stem the prescan looks for.
    #[test]
    fn column_cues_hold_a_stem() {
        for cue in COLUMN_CUES {
            assert!(COLUMN_STEMS.iter().any(|s| cue.contains(s)), "{cue}");
        }
    }

    /// Scanned forms: `O` for zero, `l` for one, spaced digits, a month name hyphenated
    /// over a line break; not letters posing as a whole date, nor a broken non-month.
    #[test]
    fn scanned_forms() {
        assert_eq!(spans("geb. O2.04.1953"), vec!["O2.04.1953"]);
        assert_eq!(spans("DOB: l2/03/1977\n"), vec!["l2/03/1977"]);
        assert_eq!(
            spans("geboren op 1 2 - 0 3 - 1 9 6 6."),
            vec!["1 2 - 0 3 - 1 9 6 6"]
        );
        assert_eq!(
            spans("Date of birth: 12 decem-\nber 1966 in"),
            vec!["12 decem-\nber 1966"]
        );
        assert!(spans("geb. 12 ver-\nder 1966").is_empty());
        assert!(spans("geb. lO-lO-l9OO").is_empty());
    }

    /// Two-digit years after a cue, and a cue right after the date.
    #[test]
    fn short_years_and_later_cues() {
        assert_eq!(spans("geb. 14 juli '71, woont"), vec!["14 juli '71"]);
        assert_eq!(spans("geboren 3/12/66\n"), vec!["3/12/66"]);
        assert!(spans("geb. Rotterdam, tel 06-12-34-56-78").is_empty());
        assert_eq!(
            spans("zij is op 14 juli 1971 geboren"),
            vec!["14 juli 1971"]
        );
        assert_eq!(
            spans("Piet, 02-03-1950 te Delft geboren."),
            vec!["02-03-1950"]
        );
    }

    /// A register row opening with a sorted name in capitals: the date in the next cell.
    #[test]
    fn name_rows() {
        assert_eq!(
            spans("BAKKER-DE GROOT, Ilse | 03-09-1971 | Dorpsweg 4\n"),
            vec!["03-09-1971"]
        );
        assert_eq!(
            spans("x\nVERMEULEN, P.; 9 juni 1958; Utrecht"),
            vec!["9 juni 1958"]
        );
        assert!(spans("Overleg, agenda | 12-03-2024 | zaal 3").is_empty());
        assert!(spans("VERMEULEN, P. | Utrecht | 12-03-2024").is_empty());
    }

    /// Genealogies: 19th-century years, a star opening an entry before the name, the
    /// Belgian sign; the death cross marks no birth (invented values).
    #[test]
    fn genealogy() {
        assert_eq!(
            spans("Gerrit Bos *03-09-1861 †14-01-1930, zoon van"),
            vec!["03-09-1861"]
        );
        assert_eq!(
            spans("Stamreeks\n*7-11-1858 Willem Kramer, landbouwer\n"),
            vec!["7-11-1858"]
        );
        assert_eq!(spans("° 22.06.1889 Leontine Claes"), vec!["22.06.1889"]);
        assert!(spans("* 12-03-2024 Overleg met het team").is_empty());
        assert!(spans("† 14-01-1930 in Kampen").is_empty());
    }

    /// A birth announcement's date with the newborn's weight; not a weight elsewhere.
    #[test]
    fn announcements() {
        assert_eq!(
            spans("Welkom Mila!\n17 juni 2025 · 3120 gram · 49 cm\n"),
            vec!["17 juni 2025"]
        );
        assert_eq!(spans("12 May 2025, 8 lb 1 oz"), vec!["12 May 2025"]);
        assert!(spans("Geleverd op 3 maart 2025, 500 kg cement").is_empty());
        assert!(spans("500 gram bloem, gekocht op 3 maart 2025").is_empty());
    }

    /// A numbered member list with a date after each name gives dates of birth, unless
    /// the text names another role for the dates (invented values).
    #[test]
    fn rosters() {
        let t = "Selectie O9\n1. Noah Bakker — 11-04-2016 — ouder: 06-1\n2. Yara el Amrani — 23-09-2016\n3. Bram van Dijk – 2 mei 2016 – ouder\n";
        assert_eq!(spans(t), vec!["11-04-2016", "23-09-2016", "2 mei 2016"]);
        let one = "1. Noah Bakker — 11-04-2016 — ouder: 06-1\n";
        assert!(spans(one).is_empty());
        let rota = "Bardienst\n1. Noah Bakker — 11-04-2026\n2. Yara el Amrani — 18-04-2026\n";
        assert!(spans(rota).is_empty());
        let prose = "1. Intake gesprek — 11-04-2025 — zaal 2\n2. Tweede ronde — 18-04-2025\n";
        assert!(spans(prose).is_empty());
        let dob =
            "Geboortedatum per kind\n1. Noah Bakker — 11-04-2016\n2. Yara el Amrani — 23-09-2016\n";
        assert_eq!(spans(dob), vec!["11-04-2016", "23-09-2016"]);
    }

    /// The weights close the list of near cues, which the cue search leaves out.
    #[test]
    fn weights_end_the_near_cues() {
        assert!(NEAR_CUES.ends_with(WEIGHT_CUES));
    }

    /// A chat answer right after a question for the date of birth counts.
    #[test]
    fn dialogue() {
        let t = "[16:06] Medewerker: Wat is uw naam en geboortedatum?\n[16:07] Klant: natasha sabajo 9-3-1962\n";
        assert_eq!(spans(t), vec!["9-3-1962"]);
    }
}
