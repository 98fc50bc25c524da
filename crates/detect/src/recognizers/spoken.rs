//! Numbers and dates spoken aloud: dictation, voice-to-text and call transcripts.
//!
//! # Why
//! Staff dictate letters and case notes and paste call transcripts into prompts.
//! Speech-to-text writes what was said: `nul zes een twee drie …`, `oh-seven-seven,
//! double-oh …`, digits one by one (`3 0 0 4 5 1 7 7`), and dates in words (`geboren
//! twaalf maart negentien vijftig`, `date of birth fourth of may nineteen forty nine`).
//! The other recognizers look for numbers in their written shapes and cannot see these.
//!
//! # How
//! One Aho-Corasick search (each cue in lower case, capitalised or in capitals) finds the cue words that announce a
//! number (`nummer`, `number`, `bel`, `phone`, …) or a date of birth (`geboren`, `date of
//! birth`, `dob`, …). After each cue a short window (two lines at most: a question and
//! its answer) is read word by word:
//! - a run of at least two number tokens (digit words, `double`/`dubbel` + digit, or
//!   groups of one to four digits, with fillers such as `eh` between them) holding 6 to
//!   15 digits is a PHONE when it has a phone number's shape, otherwise an ID_NUMBER (a
//!   BSN when the cue is one and the 11-check holds). A run of written digits only needs
//!   three groups at least, spaces between them, and no date, time or amount around it
//!   (`200 1422` in a log line, `19.07.2025 10:30`, `€ 1 250 000` are no read-out
//!   numbers);
//! - a day, a month name and a year in words or digits, right after a birth cue, is a
//!   BIRTHDATE.
//!
//! A run of written digits in one group (`0612345678`) is left to the other recognizers;
//! this one only reports what they cannot see, at scores below theirs.
//!
//! # Cost
//! The cue search is one automaton pass; windows are bounded ([`WINDOW`] bytes), so the
//! time stays linear in the text.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use super::util::finding;
use crate::finding::{EntityKind, Finding};
use crate::recognizer::Recognizer;
use crate::validate::bsn_is_valid;

/// Bytes read after a cue.
const WINDOW: usize = 120;
/// Bytes a run of number words may go on past the window.
const RUN_TAIL: usize = 160;
/// Fewest and most digits of a spoken number.
const MIN_DIGITS: usize = 6;
const MAX_DIGITS: usize = 15;

/// Scores: below the written-shape recognizers, which win where both fire.
const SCORE_PHONE: f32 = 0.7;
const SCORE_ID: f32 = 0.6;
const SCORE_DATE: f32 = 0.8;

/// What a cue announces.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Cue {
    /// A number of any kind (`nummer`, `number`).
    Number,
    /// A telephone number (`bel`, `telefoon`, `mobile`).
    Phone,
    /// A BSN.
    Bsn,
    /// A date of birth.
    Birth,
}

/// Cue words, lower case; matched as substrings (`klantnummer` holds `nummer`). In
/// their three forms they must stay within the 64 patterns of the automaton's vector
/// prefilter: past that the search reads every byte (≈+25 instructions per byte).
const CUES: &[(&str, Cue)] = &[
    ("nummer", Cue::Number),
    ("number", Cue::Number),
    ("telefoon", Cue::Phone),
    ("mobiel", Cue::Phone),
    ("gsm", Cue::Phone),
    ("bel ", Cue::Phone),
    ("bellen", Cue::Phone),
    ("app ", Cue::Phone),
    ("phone", Cue::Phone),
    ("mobile", Cue::Phone),
    ("call ", Cue::Phone),
    ("reach", Cue::Phone),
    ("bereikbaar", Cue::Phone),
    ("bsn", Cue::Bsn),
    ("burgerservice", Cue::Bsn),
    ("geboren", Cue::Birth),
    ("geboortedatum", Cue::Birth),
    ("date of birth", Cue::Birth),
    ("birth date", Cue::Birth),
    ("dob", Cue::Birth),
    ("born", Cue::Birth),
];

/// Each cue in lower case, capitalised and in capitals, in that order: searching
/// these literally lets the automaton skip ahead with its vector prefilter, which a
/// case-insensitive search cannot, and the three forms are how cues are written.
static CUE_FORMS: LazyLock<Vec<String>> = LazyLock::new(|| {
    CUES.iter()
        .flat_map(|&(c, _)| {
            let mut cap = c.to_string();
            if let Some(f) = cap.get_mut(..1) {
                f.make_ascii_uppercase();
            }
            [c.to_string(), cap, c.to_ascii_uppercase()]
        })
        .collect()
});

static CUE_FINDER: LazyLock<Option<AhoCorasick>> = LazyLock::new(|| {
    AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostLongest)
        .build(CUE_FORMS.iter())
        .ok()
});

/// Finds numbers and dates of birth written as spoken.
pub(crate) struct Spoken;

impl Spoken {
    pub(crate) fn new() -> Self {
        Spoken
    }
}

impl Recognizer for Spoken {
    fn id(&self) -> &'static str {
        "spoken"
    }

    fn find(&self, text: &str, out: &mut Vec<Finding>) {
        let Some(ac) = CUE_FINDER.as_ref() else {
            return;
        };
        // Where the last window read ended: windows of nearby cues overlap, and a run
        // must be reported once.
        let mut done = 0;
        for m in ac.find_iter(text) {
            let Some(&(_, cue)) = CUES.get(m.pattern().as_usize() / 3) else {
                continue;
            };
            // Cues start a word (`nummer` inside `klantnummer` is fine: it ends one).
            let end = window_end(text, m.end());
            let from = m.end().max(done);
            if from >= end {
                continue;
            }
            if cue == Cue::Birth {
                if let Some((s, e)) = spoken_date(text, from, end) {
                    out.push(finding(s, e, EntityKind::Birthdate, SCORE_DATE, "spoken"));
                    done = e;
                }
            } else {
                done = numbers(text, from, end, cue, out).max(done);
            }
        }
    }
}

/// The end of the window after a cue ending at `at`: [`WINDOW`] bytes, the end of the
/// line after the cue's line at most, on a char boundary.
fn window_end(text: &str, at: usize) -> usize {
    let b = text.as_bytes();
    let mut end = (at + WINDOW).min(b.len());
    let mut lines = 0;
    for (i, &c) in b.iter().enumerate().take(end).skip(at) {
        if c == b'\n' {
            lines += 1;
            if lines == 2 {
                end = i;
                break;
            }
        }
    }
    while end > at && !text.is_char_boundary(end) {
        end -= 1;
    }
    end
}

/// A word of the window: letters (any script) or digits, with its offsets.
#[derive(Clone, Copy, Debug)]
struct Word<'t> {
    start: usize,
    end: usize,
    text: &'t str,
    /// A sentence ends (`.`, `?`, `!`, `;`) between the previous word and this one.
    after_sentence: bool,
    /// A line break stands between the previous word and this one.
    after_line: bool,
}

impl Word<'_> {
    fn after_break(&self) -> bool {
        self.after_sentence || self.after_line
    }
}

/// The words of `text[from..to]`: maximal runs of letters and of ASCII digits.
fn words(text: &str, from: usize, to: usize) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    let Some(slice) = text.get(from..to) else {
        return out;
    };
    // (start, is digits) of the word being read.
    let mut open: Option<(usize, bool)> = None;
    let (mut sentence, mut line) = (false, false);
    for (i, c) in slice
        .char_indices()
        .chain(std::iter::once((slice.len(), ' ')))
    {
        let class = if c.is_ascii_digit() {
            Some(true)
        } else if c.is_alphabetic() {
            Some(false)
        } else {
            None
        };
        if let Some((s, digits)) = open {
            if class == Some(digits) {
                continue;
            }
            out.push(Word {
                start: from + s,
                end: from + i,
                text: &slice[s..i],
                after_sentence: sentence,
                after_line: line,
            });
            (sentence, line) = (false, false);
            open = None;
        }
        match class {
            Some(digits) => open = Some((i, digits)),
            None if c == '\n' => line = true,
            None if matches!(c, '.' | '?' | '!' | ';') => sentence = true,
            None => {}
        }
    }
    out
}

/// What a word adds to a spoken number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Token {
    /// One digit, said as a word (`zes`, `oh`).
    Digit(u8),
    /// Two digits said as one Dutch number word (`dertig`, `twaalf`, `vierenveertig`):
    /// Dutch speakers read a phone number in pairs after its area code.
    Pair(u8),
    /// A written group of one to four digits, appended as written.
    Written,
    /// `double`/`dubbel`, `triple`: repeat the next digit.
    Repeat(usize),
    /// A filler that may stand inside a number (`eh`, `uh`).
    Filler,
}

/// Digit words, Dutch and English.
const DIGIT_WORDS: &[(&str, u8)] = &[
    ("nul", 0),
    ("zero", 0),
    ("oh", 0),
    ("o", 0),
    ("een", 1),
    ("één", 1),
    ("one", 1),
    ("twee", 2),
    ("two", 2),
    ("drie", 3),
    ("three", 3),
    ("vier", 4),
    ("four", 4),
    ("vijf", 5),
    ("five", 5),
    ("zes", 6),
    ("six", 6),
    ("zeven", 7),
    ("seven", 7),
    ("acht", 8),
    ("eight", 8),
    ("negen", 9),
    ("nine", 9),
];

/// The value of a Dutch number word from ten to ninety-nine (`tien`, `twaalf`,
/// `dertig`, `vierenveertig`, `drieënzestig`).
pub(crate) fn dutch_pair(w: &str) -> Option<u8> {
    const TEENS: &[&str] = &[
        "tien",
        "elf",
        "twaalf",
        "dertien",
        "veertien",
        "vijftien",
        "zestien",
        "zeventien",
        "achttien",
        "negentien",
    ];
    const TENS: &[&str] = &[
        "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig",
    ];
    const UNITS: &[(&str, u8)] = &[
        ("een", 1),
        ("één", 1),
        ("twee", 2),
        ("drie", 3),
        ("vier", 4),
        ("vijf", 5),
        ("zes", 6),
        ("zeven", 7),
        ("acht", 8),
        ("negen", 9),
    ];
    // Every such word is three bytes or more and ends in `n`, `f` or `g`: most words
    // are passed over without a comparison.
    if w.len() < 3 || !w.ends_with(['n', 'f', 'g', 'N', 'F', 'G']) {
        return None;
    }
    let tens = |t: &str| {
        TENS.iter()
            .zip((20u8..).step_by(10))
            .find_map(|(x, n)| x.eq_ignore_ascii_case(t).then_some(n))
    };
    let strip = |t: &'_ str, p: &str| -> Option<usize> {
        t.get(..p.len())
            .filter(|h| h.eq_ignore_ascii_case(p))
            .map(|_| p.len())
    };
    if let Some(n) = TEENS
        .iter()
        .zip(10u8..)
        .find_map(|(x, n)| x.eq_ignore_ascii_case(w).then_some(n))
    {
        return Some(n);
    }
    if let Some(n) = tens(w) {
        return Some(n);
    }
    UNITS.iter().find_map(|&(u, v)| {
        let rest = &w[strip(w, u)?..];
        let rest = &rest[strip(rest, "en").or_else(|| strip(rest, "ën"))?..];
        tens(rest).map(|t| t + v)
    })
}

fn digit_word(w: &str) -> Option<u8> {
    DIGIT_WORDS
        .iter()
        .find(|(d, _)| d.eq_ignore_ascii_case(w))
        .map(|&(_, v)| v)
}

/// Whether `w` is one of `list`, ignoring ASCII case.
fn one_of(w: &str, list: &[&str]) -> bool {
    list.iter().any(|x| x.eq_ignore_ascii_case(w))
}

fn token(w: &Word<'_>) -> Option<Token> {
    let t = w.text;
    if t.bytes().all(|b| b.is_ascii_digit()) {
        return (t.len() <= 4).then_some(Token::Written);
    }
    if t.len() > 16 {
        return None;
    }
    if let Some(d) = digit_word(t) {
        return Some(Token::Digit(d));
    }
    if let Some(n) = dutch_pair(t) {
        return Some(Token::Pair(n));
    }
    if one_of(t, &["double", "dubbel", "dubbele"]) {
        Some(Token::Repeat(2))
    } else if one_of(t, &["triple", "driedubbel"]) {
        Some(Token::Repeat(3))
    } else if one_of(t, &["eh", "ehm", "uh", "uhm", "um", "euh", "erm"]) {
        Some(Token::Filler)
    } else {
        None
    }
}

/// Reads runs of number tokens in `text[from..to]` and reports those with the right
/// number of digits. Returns where the last reported run ends (or `from`).
fn numbers(text: &str, from: usize, to: usize, cue: Cue, out: &mut Vec<Finding>) -> usize {
    // A run must start inside the window but may go on past it, to the end of its line
    // ([`RUN_TAIL`] bytes at most): a long number read out word by word is cut nowhere.
    let tail = text
        .get(to..)
        .and_then(|t| t.find('\n'))
        .map_or(text.len(), |k| to + k)
        .min(to + RUN_TAIL);
    let tail = crate::recognizers::util::floor_boundary(text, tail);
    let ws = words(text, from, tail);
    let mut last = from;
    let mut i = 0;
    while ws.get(i).is_some_and(|w| w.start < to) {
        let mut digits = String::new();
        let mut tokens = 0;
        // The first and last number word of the run.
        let mut span: Option<(Word<'_>, Word<'_>)> = None;
        let mut repeat = 1;
        let mut written_only = true;
        let mut j = i;
        while let Some(w) = ws.get(j) {
            if j > i && w.after_break() {
                break;
            }
            match token(w) {
                Some(digit @ (Token::Digit(_) | Token::Pair(_) | Token::Written)) => {
                    if span.is_some()
                        && let Some(prev) = j.checked_sub(1).and_then(|k| ws.get(k))
                        && !read_out_gap(text, prev, w)
                    {
                        // `10:14:25`, `13-8-2024`, `1.250`: written digits in
                        // another shape; the run is none of ours.
                        span = None;
                        j = j.max(i + 1);
                        break;
                    }
                    for _ in 0..repeat {
                        match digit {
                            Token::Digit(d) => digits.push(char::from(b'0' + d)),
                            Token::Pair(n) => {
                                digits.push(char::from(b'0' + n / 10));
                                digits.push(char::from(b'0' + n % 10));
                            }
                            _ => digits.push_str(w.text),
                        }
                    }
                    repeat = 1;
                    tokens += 1;
                    written_only &= is_written(w);
                    span = Some((span.map_or(*w, |s| s.0), *w));
                }
                Some(Token::Repeat(n)) => {
                    repeat = n;
                    written_only = false;
                }
                Some(Token::Filler) if span.is_some() => {}
                _ => break,
            }
            j += 1;
        }
        if let Some((first, end)) = span
            && tokens >= 2
            && (MIN_DIGITS..=MAX_DIGITS).contains(&digits.len())
            && !(written_only
                && (tokens < 3
                    || continues_written(text, first.start, end.end)
                    || after_iban_prefix(&ws[..i])
                    || is_money(text, first.start, ws.get(j))))
            && let Some((kind, score)) = classify(&digits, cue)
        {
            out.push(finding(first.start, end.end, kind, score, "spoken"));
            last = end.end;
        }
        i = j.max(i + 1);
    }
    last
}

fn is_written(w: &Word<'_>) -> bool {
    w.text.bytes().all(|b| b.is_ascii_digit())
}

/// Whether the text between two number words of a run is what a read-out number has
/// between its parts: between written digits only spaces (a spaced hyphen too: `0 6 -
/// 1 2`); next to a spoken word also commas and hyphens (`oh-seven, double-oh`).
fn read_out_gap(text: &str, prev: &Word<'_>, next: &Word<'_>) -> bool {
    let Some(gap) = text.get(prev.end..next.start) else {
        return false;
    };
    if is_written(prev) && is_written(next) {
        let t = gap.trim();
        !gap.is_empty() && gap.starts_with(' ') && (t.is_empty() || t == "-")
    } else {
        gap.chars()
            .all(|c| c.is_whitespace() || matches!(c, ',' | '-' | '.'))
            && gap.chars().filter(|&c| c == '.').count() <= 3
    }
}

/// Whether the words before a run end like the start of an IBAN (`NL74 RABO`): the run
/// is then its account number, valid or not, and no number read out.
fn after_iban_prefix(before: &[Word<'_>]) -> bool {
    match before {
        [.., country, check, bank] => {
            country.text.len() == 2
                && country.text.bytes().all(|b| b.is_ascii_uppercase())
                && check.text.len() == 2
                && is_written(check)
                && bank.text.len() == 4
                && bank.text.bytes().all(|b| b.is_ascii_uppercase())
        }
        _ => false,
    }
}

/// Whether written digits starting at `start` are an amount: a currency sign before
/// them or a currency word after them (`next`).
fn is_money(text: &str, start: usize, next: Option<&Word<'_>>) -> bool {
    let before = text.get(..start).unwrap_or("").trim_end();
    before.ends_with(['€', '$', '£'])
        || before.ends_with("EUR")
        || next.is_some_and(|w| {
            ["euro", "eur", "pond", "pounds", "dollar", "dollars"]
                .iter()
                .any(|c| w.text.eq_ignore_ascii_case(c))
        })
}

/// Whether written digits at `start..end` continue into a written date, time or amount
/// on either side (`19.07.2025 10:30`: the run `2025 10` is part of it).
fn continues_written(text: &str, start: usize, end: usize) -> bool {
    let b = text.as_bytes();
    let joined = |sep: Option<&u8>, digit: Option<&u8>| {
        sep.is_some_and(|c| matches!(c, b'.' | b':' | b'/' | b'-' | b','))
            && digit.is_some_and(u8::is_ascii_digit)
    };
    (start >= 2 && joined(b.get(start - 1), b.get(start - 2))) || joined(b.get(end), b.get(end + 1))
}

/// The kind of a spoken number of `digits` announced by `cue`.
fn classify(digits: &str, cue: Cue) -> Option<(EntityKind, f32)> {
    let n = digits.len();
    let phone_shaped = (digits.starts_with('0') && (9..=11).contains(&n))
        || (digits.starts_with("31") && n == 11)
        || (digits.starts_with("00") && (11..=15).contains(&n));
    match cue {
        Cue::Bsn if n == 9 && bsn_is_valid(digits) => Some((EntityKind::Bsn, SCORE_ID)),
        Cue::Phone | Cue::Number if phone_shaped => Some((EntityKind::Phone, SCORE_PHONE)),
        Cue::Number | Cue::Bsn => Some((EntityKind::IdNumber, SCORE_ID)),
        Cue::Phone | Cue::Birth => None,
    }
}

// ---------------------------------------------------------------------------------------
// Dates in words

/// Month names, Dutch and English, as numbers 1 to 12.
fn month(w: &str) -> Option<u32> {
    let m = match w.to_lowercase().as_str() {
        "januari" | "january" => 1,
        "februari" | "february" => 2,
        "maart" | "march" => 3,
        "april" => 4,
        "mei" | "may" => 5,
        "juni" | "june" => 6,
        "juli" | "july" => 7,
        "augustus" | "august" => 8,
        "september" => 9,
        "oktober" | "october" => 10,
        "november" => 11,
        "december" => 12,
        _ => return None,
    };
    Some(m)
}

/// Dutch and English numbers from one to nineteen, and the tens.
fn small(w: &str) -> Option<u32> {
    let v = match w {
        "een" | "één" | "one" => 1,
        "twee" | "two" => 2,
        "drie" | "three" => 3,
        "vier" | "four" => 4,
        "vijf" | "five" => 5,
        "zes" | "six" => 6,
        "zeven" | "seven" => 7,
        "acht" | "eight" => 8,
        "negen" | "nine" => 9,
        "tien" | "ten" => 10,
        "elf" | "eleven" => 11,
        "twaalf" | "twelve" => 12,
        "dertien" | "thirteen" => 13,
        "veertien" | "fourteen" => 14,
        "vijftien" | "fifteen" => 15,
        "zestien" | "sixteen" => 16,
        "zeventien" | "seventeen" => 17,
        "achttien" | "eighteen" => 18,
        "negentien" | "nineteen" => 19,
        "twintig" | "twenty" => 20,
        "dertig" | "thirty" => 30,
        "veertig" | "forty" => 40,
        "vijftig" | "fifty" => 50,
        "zestig" | "sixty" => 60,
        "zeventig" | "seventy" => 70,
        "tachtig" | "eighty" => 80,
        "negentig" | "ninety" => 90,
        _ => return None,
    };
    Some(v)
}

/// A Dutch number below a hundred in one word: `twaalf`, `vierenzeventig`,
/// `drieëntwintig`.
fn nl_below_hundred(w: &str) -> Option<u32> {
    if let Some(v) = small(w) {
        return Some(v);
    }
    // `en` may also stand inside the unit (`negen`, `zeven`): try each one.
    ["ën", "en"].iter().find_map(|sep| {
        w.match_indices(sep).find_map(|(k, _)| {
            let (u, t) = (small(&w[..k])?, small(&w[k + sep.len()..])?);
            (u < 10 && t >= 20 && t % 10 == 0).then_some(t + u)
        })
    })
}

/// A Dutch number in one word up to 2099: `negentienhonderdzeventig`, `tweeduizenddrie`.
fn nl_number(w: &str) -> Option<u32> {
    if let Some((h, rest)) = w.split_once("honderd") {
        let h = if h.is_empty() {
            1
        } else {
            nl_below_hundred(h)?
        };
        let rest = rest.strip_prefix("en").unwrap_or(rest);
        let r = if rest.is_empty() {
            0
        } else {
            nl_below_hundred(rest)?
        };
        return Some(h * 100 + r);
    }
    if let Some((t, rest)) = w.split_once("duizend") {
        let t = if t.is_empty() { 1 } else { small(t)? };
        let rest = rest.strip_prefix("en").unwrap_or(rest);
        let r = if rest.is_empty() { 0 } else { nl_number(rest)? };
        return Some(t * 1000 + r);
    }
    nl_below_hundred(w)
}

/// A day of the month in words or digits: `twaalf`, `twaalfde`, `fourth`, `12`, `3rd`;
/// English compounds come as two words (`twenty third`). Returns the day and how many
/// words it took, reading the words that end at `words[end - 1]`.
fn day_before(ws: &[Word<'_>]) -> Option<(u32, usize)> {
    let last = ws.last()?;
    let one = day_word(&last.text.to_lowercase())?;
    // `twenty third`, `thirty first`.
    if one < 10
        && let Some(prev) = ws.len().checked_sub(2).and_then(|k| ws.get(k))
        && let Some(t @ (20 | 30)) = small(&prev.text.to_lowercase())
    {
        return Some((t + one, 2));
    }
    (1..=31).contains(&one).then_some((one, 1))
}

fn day_word(w: &str) -> Option<u32> {
    if let Some(d) = w
        .trim_end_matches(|c: char| c.is_ascii_alphabetic())
        .parse::<u32>()
        .ok()
        .filter(|_| w.starts_with(|c: char| c.is_ascii_digit()))
    {
        return Some(d);
    }
    const ORDINALS: &[(&str, u32)] = &[
        ("eerste", 1),
        ("derde", 3),
        ("achtste", 8),
        ("first", 1),
        ("second", 2),
        ("third", 3),
        ("fifth", 5),
        ("eighth", 8),
        ("ninth", 9),
        ("twelfth", 12),
        ("twentieth", 20),
        ("thirtieth", 30),
    ];
    if let Some(&(_, d)) = ORDINALS.iter().find(|o| o.0 == w) {
        return Some(d);
    }
    nl_below_hundred(w)
        .or_else(|| w.strip_suffix("ste").and_then(nl_below_hundred))
        .or_else(|| w.strip_suffix("de").and_then(nl_below_hundred))
        .or_else(|| w.strip_suffix("th").and_then(small))
}

/// A year after a month: four digits, two digits, or words (`negentien vijftig`,
/// `negentienhonderdzeventig`, `nineteen forty nine`, `ninety eight`, `two thousand
/// and three`). Returns the year and how many words it took.
fn year_after(ws: &[Word<'_>]) -> Option<(u32, usize)> {
    let first = ws.first()?;
    if first.text.bytes().all(|b| b.is_ascii_digit()) {
        return matches!(first.text.len(), 2 | 4).then(|| (first.text.parse().unwrap_or(0), 1));
    }
    let lower: Vec<String> = ws.iter().take(5).map(|w| w.text.to_lowercase()).collect();
    let w0 = lower.first()?;
    // One Dutch word: `negentienhonderdzeventig`, `tweeduizenddrie`.
    if let Some(y) = nl_number(w0).filter(|y| (1900..=2099).contains(y)) {
        // `negentienhonderd achtentachtig`: the hundreds written apart from the rest.
        if y % 100 == 0 && w0.ends_with("honderd") {
            let (r, used) = below_hundred_words(&lower[1..]);
            return Some((y + r, 1 + used));
        }
        return Some((y, 1));
    }
    // `two thousand (and) three`, `tweeduizend drie`.
    let mut k = 0;
    let century = match (
        lower.first().map(String::as_str),
        lower.get(1).map(String::as_str),
    ) {
        (Some("two"), Some("thousand")) => {
            k = 2;
            Some(2000)
        }
        (Some("tweeduizend"), _) => {
            k = 1;
            Some(2000)
        }
        _ => None,
    };
    if let Some(c) = century {
        if matches!(lower.get(k).map(String::as_str), Some("and" | "en")) {
            k += 1;
        }
        let (r, used) = below_hundred_words(&lower[k.min(lower.len())..]);
        return Some((c + r, k + used));
    }
    // `negentien vijftig`, `nineteen forty nine`, `ninety eight`.
    let head = small(w0)?;
    // `nineteen hundred and eighty eight`.
    if (19..=20).contains(&head) && lower.get(1).map(String::as_str) == Some("hundred") {
        let k = if lower.get(2).map(String::as_str) == Some("and") {
            3
        } else {
            2
        };
        let (r, used) = below_hundred_words(&lower[k.min(lower.len())..]);
        return (used > 0).then_some((head * 100 + r, k + used));
    }
    if (19..=20).contains(&head) {
        let (r, used) = below_hundred_words(&lower[1..]);
        if used > 0 {
            return Some((head * 100 + r, 1 + used));
        }
    }
    let (r, used) = below_hundred_words(&lower);
    (used > 0 && r >= 20).then_some((r, used))
}

/// A number below a hundred in one or two words (`forty nine`, `vierenzeventig`, `oh
/// five`); `(value, words used)`, `(0, 0)` when there is none.
fn below_hundred_words(ws: &[String]) -> (u32, usize) {
    let Some(w0) = ws.first() else {
        return (0, 0);
    };
    if matches!(w0.as_str(), "oh" | "o") {
        return match ws.get(1).and_then(|w| small(w)).filter(|v| *v < 10) {
            Some(u) => (u, 2),
            None => (0, 0),
        };
    }
    let Some(v) = nl_below_hundred(w0) else {
        return (0, 0);
    };
    if v >= 20 && v % 10 == 0 {
        if let Some(u) = ws.get(1).and_then(|w| small(w)).filter(|u| *u < 10) {
            return (v + u, 2);
        }
    }
    (v, 1)
}

/// A date of birth in words right after a birth cue: the first month name in the window
/// with a day just before it and a year just after it. Words before the day are allowed
/// (`geboren te Kampen op`), but not a sentence break.
fn spoken_date(text: &str, from: usize, to: usize) -> Option<(usize, usize)> {
    let ws = words(text, from, to);
    let mi = ws.iter().position(|w| month(w.text).is_some())?;
    // No sentence ends between the cue and the month; one line break may (a question
    // and the answer on the next line: `Customer: twenty-third of June …`).
    let upto = ws.get(1..=mi).unwrap_or(&[]);
    if upto.iter().any(|w| w.after_sentence) || upto.iter().filter(|w| w.after_line).count() > 1 {
        return None;
    }
    // `fourth of may`, `the twelfth of March`.
    let before = &ws[..mi];
    let before = match before.last() {
        Some(w) if w.text.eq_ignore_ascii_case("of") => &before[..before.len() - 1],
        _ => before,
    };
    let (day, used) = day_before(before)?;
    if !(1..=31).contains(&day) {
        return None;
    }
    let start_word = before.get(before.len() - used)?;
    let (year, y_used) = year_after(ws.get(mi + 1..)?)?;
    let year_ok = (1900..=2099).contains(&year) || (20..=99).contains(&year);
    if !year_ok {
        return None;
    }
    let end_word = ws.get(mi + y_used)?;
    // A date that is written in digits throughout is the birthdate recognizer's.
    let spoken = ws[mi + 1..=mi + y_used]
        .iter()
        .chain(std::iter::once(start_word))
        .any(|w| !w.text.bytes().all(|b| b.is_ascii_digit()));
    spoken.then_some((start_word.start, end_word.end))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(t: &str) -> Vec<(&str, EntityKind)> {
        let mut out = Vec::new();
        Spoken::new().find(t, &mut out);
        out.sort_by_key(|f| f.span.start);
        out.iter()
            .map(|f| (&t[f.span.start..f.span.end], f.kind))
            .collect()
    }

    /// The cue forms fit the automaton's vector prefilter (a guard on speed: with more
    /// than 64 patterns the search falls back to reading every byte).
    #[test]
    fn cue_forms_fit_the_prefilter() {
        assert!(CUE_FORMS.len() <= 64, "{} cue forms", CUE_FORMS.len());
    }

    /// Dutch speakers read a number in pairs after the area code (`nul zes, dertig,
    /// twaalf, …`).
    #[test]
    fn dutch_pairs() {
        assert_eq!(
            spans("mijn telefoonnummer blijft nul zes dertig twaalf vierenveertig zesenzestig"),
            vec![(
                "nul zes dertig twaalf vierenveertig zesenzestig",
                EntityKind::Phone
            )]
        );
        assert_eq!(dutch_pair("drieënzestig"), Some(63));
        assert_eq!(
            spans(
                "ik ben tussen negen en tien bereikbaar op nul zes één twee drie vier vijf zes zeven acht"
            ),
            vec![(
                "nul zes één twee drie vier vijf zes zeven acht",
                EntityKind::Phone
            )]
        );
        assert_eq!(dutch_pair("Twaalf"), Some(12));
        assert_eq!(dutch_pair("honderd"), None);
        // Times and quantities after the cue are no number read out.
        assert!(spans("bel me tussen twaalf en dertig minuten na negen").is_empty());
    }

    #[test]
    fn dictated_phone_numbers() {
        assert_eq!(
            spans("haar nummer is nul zes drie een vier vier negen twee acht vijf of mail haar"),
            vec![(
                "nul zes drie een vier vier negen twee acht vijf",
                EntityKind::Phone
            )]
        );
        assert_eq!(
            spans("Best number? Uh, oh-seven-nine, double-oh, one-two-three, four-five-six."),
            vec![(
                "oh-seven-nine, double-oh, one-two-three, four-five-six",
                EntityKind::Phone
            )]
        );
        // A cue early in a long sentence: the run may end past its window.
        let t = format!(
            "Telefoon doorgeven aan {} haar nummer is nul zes een twee drie vier vijf zes zeven acht",
            "de afdeling vergunningen en handhaving van de gemeente, met het verzoek"
        );
        assert_eq!(
            spans(&t),
            vec![(
                "nul zes een twee drie vier vijf zes zeven acht",
                EntityKind::Phone
            )]
        );
        assert_eq!(
            spans("Bel of app Sanne: 0 6 - 4 4 1 2 9 0 3 7"),
            vec![("0 6 - 4 4 1 2 9 0 3 7", EntityKind::Phone)]
        );
    }

    #[test]
    fn spelled_identifiers_after_a_question() {
        assert_eq!(
            spans("Mag ik uw klantnummer?\nKlant: Eh... 4 1 0 2 2 9 8 6."),
            vec![("4 1 0 2 2 9 8 6", EntityKind::IdNumber)]
        );
        assert_eq!(
            spans("Heeft u uw dossiernummer?\nBeller: 512 330 917... nee, 512 330 971."),
            vec![
                ("512 330 917", EntityKind::IdNumber),
                ("512 330 971", EntityKind::IdNumber)
            ]
        );
    }

    #[test]
    fn no_number_without_enough_digits_or_a_cue() {
        assert!(spans("Het nummer van de zaal is 2 of 3.").is_empty());
        assert!(spans("drie vier vijf zes zeven acht negen, zei ze").is_empty());
        assert!(spans("Wij bellen u op 12 maart om 14 30 uur.").is_empty());
        // One written group is the phone recognizer's.
        assert!(spans("Telefoon: 0612345678").is_empty());
    }

    /// Dates, times and log fields near a number cue are written digits in their own
    /// shapes, not a number read out.
    #[test]
    fn written_dates_and_times_are_not_read_out() {
        for t in [
            "Zaaknummer: 2021/4410\nVerzonden: 2024-03-02 14:05",
            "Klantnummer: 4410\nDatum: 12-3-2024",
            "Polisnummer: AB-1\nDatum/tijd: 19.07.2025 10:30",
            "dossiernummer 88, 2026-01-19 22:20",
            "GET /zaak?nummer=1 HTTP/1.1\" 200 1422",
            "klantnummer 12, bedrag 1 250 000 euro",
            "rekeningnummer NL12 BANK 0123 4567 89 (ongeldig)",
        ] {
            assert!(spans(t).is_empty(), "{t}: {:?}", spans(t));
        }
    }

    #[test]
    fn dates_of_birth_in_words() {
        assert_eq!(
            spans("patiënte mevrouw de boer geboren zeven april negentien achtenveertig komt"),
            vec![("zeven april negentien achtenveertig", EntityKind::Birthdate)]
        );
        assert_eq!(
            spans("geboren te Delft op eenentwintig mei negentienhonderdnegenenzestig, wonende"),
            vec![(
                "eenentwintig mei negentienhonderdnegenenzestig",
                EntityKind::Birthdate
            )]
        );
        assert_eq!(
            spans("re john smith date of birth second of june nineteen sixty one seen today"),
            vec![("second of june nineteen sixty one", EntityKind::Birthdate)]
        );
        assert_eq!(
            spans(
                "Agent: can you confirm your date of birth\nCaller: thirty-first of October eighty-two"
            ),
            vec![("thirty-first of October eighty-two", EntityKind::Birthdate)]
        );
        assert_eq!(
            spans("born the ninth of March two thousand and four in Leeds"),
            vec![(
                "ninth of March two thousand and four",
                EntityKind::Birthdate
            )]
        );
        // The hundreds apart from the rest of the year.
        assert_eq!(
            spans("verdachte geboren drie juni negentienhonderd zevenenzeventig werd"),
            vec![(
                "drie juni negentienhonderd zevenenzeventig",
                EntityKind::Birthdate
            )]
        );
        assert_eq!(
            spans("date of birth fourth of may nineteen hundred and sixty two thanks"),
            vec![(
                "fourth of may nineteen hundred and sixty two",
                EntityKind::Birthdate
            )]
        );
    }

    #[test]
    fn no_date_without_a_birth_cue_or_in_digits() {
        assert!(spans("de vergadering is op twaalf maart negentien vijftig").is_empty());
        assert!(spans("geboren op 12 maart 1950").is_empty());
        assert!(
            spans("Born in Leeds. The meeting is on the fourth of May twenty twenty").is_empty()
        );
    }

    #[test]
    fn dutch_number_words() {
        assert_eq!(nl_number("negentienhonderdvierenzeventig"), Some(1974));
        assert_eq!(nl_number("drieëntwintig"), Some(23));
        assert_eq!(nl_number("tweeduizenddrie"), Some(2003));
        assert_eq!(nl_number("tweeduizendendrie"), Some(2003));
        assert_eq!(nl_number("heen"), None);
    }
}
