//! Street addresses: street name plus house number (and addition), extended over a
//! postcode and/or city that directly follow, as one span. Dutch (`Jacob van
//! Lennepkade 95-II, 2618 SC Delft`), Belgian and German (`Rue de la Loi 50, 1000
//! Brussel`, `Schillerstraße 70, 50667 Köln`) and British (`46 Church Lane, Leeds
//! LS6 4EP`) orders.
//!
//! Street names are recognised by their endings (`-straat`, `-laan`, `-weg`, …), by a
//! short list of well-known street names without one (`Spui`, `Brink`, `Overtoom`),
//! by prefix forms (`Laan van …`, `Rue …`), and after an address cue (`Adres:`,
//! `woon op`, `live at`). Postcodes on their own are the [`super::postcode`] recognizer's.

use regex::Regex;

use super::prescan::{DIGIT, UK_STREET};
use super::util::{find_in_lines, finding, line_before, regex};
use crate::finding::{EntityKind, Finding};
use crate::recognizer::{Prescan, Recognizer};

/// Finds street addresses.
///
/// # Design rationale
/// Every address has a house number right after a word, so the scan is anchored on
/// "letter, space, digit" (one cheap byte-level pass); the word before the number then
/// decides whether it is a street. Searching for street endings instead would stop at
/// every "weg" or "dam" inside ordinary words.
pub(crate) struct Address {
    /// UK order: `46 Church Lane`.
    uk: Regex,
    /// What may follow the house number: postcode and/or city.
    tail: Regex,
}

/// The end of the house number and its addition starting at `b[0]` (a digit), as the
/// pattern `tests::HOUSE_NUMBER` anchored there would match it: up to 5 digits, then
/// the first of the additions that fits ("huis", "bus 3", "2hg", "-14a", "/2", "bis",
/// "III", "A"), if any.
///
/// # Why by hand
/// It runs at every "word, blank, digit" of the text, and each regex search costs a
/// set-up far above the few byte comparisons that decide it here. Every optional
/// character of an addition is one fixed byte that nothing after it may start with, so
/// taking it whenever it is there is the only way the addition can fit: the regex's
/// backtracking has nothing to choose, and its greedy digit run always keeps 5 digits.
fn house_number(b: &[u8]) -> usize {
    let n = b.iter().take(5).take_while(|c| c.is_ascii_digit()).count();
    n + b.get(n..).and_then(addition).unwrap_or(0)
}

/// The length of the addition at the start of `b`, tried in the pattern's order.
fn addition(b: &[u8]) -> Option<usize> {
    let is = |i: usize, c: u8| b.get(i) == Some(&c);
    let word = |i: usize| {
        b.get(i)
            .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'_')
    };
    let alpha = |i: usize| b.get(i).is_some_and(u8::is_ascii_alphabetic);
    // `w` at `i`, followed by a word boundary.
    let bounded = |i: usize, w: &str| {
        b.get(i..).is_some_and(|r| r.starts_with(w.as_bytes())) && !word(i + w.len())
    };
    let run = |i: usize, c: fn(&u8) -> bool, max: usize| {
        b.get(i..)
            .map_or(0, |r| r.iter().take(max).take_while(|x| c(x)).count())
    };
    // " huis", " boven", " beneden", " bus 12".
    if is(0, b' ') {
        if let Some(w) = ["huis", "boven", "beneden"].iter().find(|w| bounded(1, w)) {
            return Some(1 + w.len());
        }
        if b.get(1..).is_some_and(|r| r.starts_with(b"bus ")) {
            let d = run(5, u8::is_ascii_digit, 3);
            if d > 0 && !word(5 + d) {
                return Some(5 + d);
            }
        }
    }
    // " -2hg", "hoog", "bel", "sous", "hs".
    let i = usize::from(is(0, b' '));
    let i = i + usize::from(is(i, b'-'));
    let j = i + usize::from(b.get(i).is_some_and(|c| (b'1'..=b'9').contains(c)));
    if let Some(w) = ["hg", "hoog", "bg", "bel", "sous", "hs"]
        .iter()
        .find(|w| bounded(j, w))
    {
        return Some(j + w.len());
    }
    // " - 14", "-14a", "/2".
    let sep = if is(0, b'/') {
        Some(1)
    } else {
        let k = usize::from(is(0, b' '));
        is(k, b'-').then(|| k + 1 + usize::from(is(k + 1, b' ')))
    };
    if let Some(k) = sep {
        let d = run(k, u8::is_ascii_digit, 4);
        if d > 0 {
            return Some(k + d + usize::from(alpha(k + d)));
        }
    }
    // " bis", "-HS", "III", "IV".
    if let Some(w) = ["bis", "hs", "HS"].iter().find(|w| bounded(i, w)) {
        return Some(i + w.len());
    }
    let roman = run(i, |c| *c == b'I', 3);
    if roman > 0 && !word(i + roman) {
        return Some(i + roman);
    }
    if bounded(i, "IV") {
        return Some(i + 2);
    }
    // "-a", " B".
    let i = usize::from(is(0, b'-'));
    let i = i + usize::from(is(i, b' '));
    (alpha(i) && !word(i + 1)).then_some(i + 1)
}

const SUFFIXES: &[&str] = &[
    "straat",
    "straatweg",
    "schans",
    "diep",
    "buorren",
    "gang",
    "zijl",
    "kaai",
    "vest",
    "promenade",
    "passage",
    "esplanade",
    "laan",
    "weg",
    "plein",
    "gracht",
    "kade",
    "singel",
    "dijk",
    "dreef",
    "hof",
    "park",
    "steeg",
    "pad",
    "ring",
    "markt",
    "baan",
    "wal",
    "burgwal",
    "veld",
    "haven",
    "dam",
    "plantsoen",
    "boulevard",
    "allee",
    "erf",
    "hoven",
    "zijde",
    "stede",
    "poort",
    "oord",
    "buurt",
    "berg",
    "horst",
    "akker",
    "weide",
    "kamp",
    "hoek",
    "donk",
    "rade",
    "vaart",
    "straße",
    "strasse",
    "gasse",
    "platz",
    "ufer",
    "damm",
    "chaussee",
];

/// First words of streets written name-last: "Laan van Meerdervoort", "Rue de la Loi".
const PREFIX_STREETS: &[&str] = &[
    "Laan",
    "Rue",
    "Avenue",
    "Boulevard",
    "Chaussée",
    "Place",
    "Plaza",
    "Calle",
    "Via",
    "Rua",
    "Ulica",
    "ul.",
];

/// Well-known street names without a typical ending.
const KNOWN_STREETS: &[&str] = &[
    "Spui",
    "Brink",
    "Overtoom",
    "Rokin",
    "Damrak",
    "Dam",
    "Markt",
    "Grote Markt",
    "Lange Voorhout",
    "Korte Voorhout",
    "Noordeinde",
    "Lange Poten",
    "Neude",
    "Vredenburg",
    "Lijnbaan",
    "Heuvel",
    "Kneuterdijk",
    "Steenstraat",
    "Vismarkt",
];

/// The last word of a British street name, each with the space before it: the `uk`
/// pattern ends in one, so only lines holding one (any case) are searched for it.
pub(crate) const UK_STREET_TYPES: &[&str; 31] = &[
    " Street",
    " Road",
    " Lane",
    " Avenue",
    " Drive",
    " Close",
    " Way",
    " Grove",
    " Place",
    " Square",
    " Gardens",
    " Crescent",
    " Terrace",
    " Court",
    " Hill",
    " Row",
    " Walk",
    " Rise",
    " Mews",
    " Parade",
    " Green",
    " Rd",
    " St",
    " Ave",
    " Ln",
    " Dr",
    " Ct",
    " Pl",
    " Sq",
    " Cres",
    " Terr",
];

/// Address cues that make any "Capitalised Words 12" an address.
const CUES: &[&str] = &[
    "adres:",
    "adres ",
    "address:",
    "address ",
    "woon op",
    "woont op",
    "woonachtig",
    "wonende",
    "wonend",
    "live at",
    "lives at",
    "living at",
    "locatie:",
    "location:",
    "verhuisd naar",
    "moved to",
    "bezoekadres",
    "postadres",
    "woon aan",
    "woont aan",
    "te woon",
    "afleveradres",
    "factuuradres",
    "straat:",
];

impl Address {
    pub(crate) fn new() -> Self {
        let word = r"\p{Lu}[\p{L}'’]*";
        Address {
            uk: regex(&format!(
                r"(?-u:\b)[0-9]{{1,4}}[A-Za-z]?(?:[ ]{word}){{1,3}}[ ](?:{})\.?(?-u:\b)",
                UK_STREET_TYPES.map(str::trim_start).join("|")
            )),
            tail: regex(
                r"^(?:[ ]*,[ ]*|[ ]*\n[ ]*|[ ]+)(?:(?P<pc>[0-9]{4}[ ]?[A-Za-z]{2}|[0-9]{4,5}|[A-Z]{1,2}[0-9][A-Z0-9]?[ ][0-9][A-Z]{2})(?-u:\b)[ ]{0,2})?(?P<city>(?:'s-|'t |Den |De |La |Le |DEN |'S-)?(?:\p{Lu}{3,}(?:[ -]\p{Lu}{3,})?(?-u:\b)|\p{Lu}\p{Ll}[\p{L}\-']*)(?:[ ](?:\p{Lu}\p{Ll}[\p{L}\-']*|aan[ ]den[ ]\p{Lu}[\p{L}]+|aan[ ]de[ ]\p{Lu}[\p{L}]+|an[ ]der[ ]\p{Lu}[\p{L}]+))?)?(?:[ ]+(?P<ukpc>[A-Z]{1,2}[0-9][A-Z0-9]?[ ][0-9][A-Z]{2}))?",
            ),
        }
    }

    /// Classifies the word(s) ending at `word_end` (the street name candidate) and
    /// returns where the street name starts and the score, or `None`.
    fn street_start(&self, text: &str, word_end: usize, num_end: usize) -> Option<(usize, f32)> {
        let before = &text[..word_end];
        let word_start = before
            .char_indices()
            .rev()
            .find(|(_, c)| !(c.is_alphabetic() || matches!(c, '\'' | '’' | '-' | '.')))
            .map_or(0, |(i, c)| i + c.len_utf8());
        let word = before[word_start..].trim_end_matches('.');
        if word.is_empty() {
            return None;
        }
        let capital = word.chars().next().is_some_and(char::is_uppercase);
        // "Ringbaan-Oost": the street ending may come before a compass suffix.
        let stem = match word.rsplit_once('-') {
            Some((head, tail))
                if [
                    "oost",
                    "west",
                    "noord",
                    "zuid",
                    "zuidzijde",
                    "noordzijde",
                    "centrum",
                ]
                .iter()
                .any(|t| tail.eq_ignore_ascii_case(t)) =>
            {
                head
            }
            _ => word,
        };
        let ends_with_ci = |w: &str, suf: &str| {
            w.len() > suf.len()
                && w.as_bytes()[w.len() - suf.len()..].eq_ignore_ascii_case(suf.as_bytes())
        };
        let by_suffix = SUFFIXES.iter().any(|suf| ends_with_ci(stem, suf));
        let known = || {
            KNOWN_STREETS.iter().any(|k| {
                k.eq_ignore_ascii_case(word)
                    || k.contains(' ')
                        && text
                            .get(word_end.saturating_sub(k.len())..word_end)
                            .is_some_and(|full| full.eq_ignore_ascii_case(k))
            })
        };
        if by_suffix || known() {
            if !capital && word.chars().count() < 7 && !has_address_cue(text, word_start) {
                return None; // "weg 12", "de hof 3": too weak in lower case without a cue
            }
            let start = if capital {
                Self::extend_left(text, word_start)
            } else {
                word_start
            };
            return Some((start, if capital { 0.9 } else { 0.75 }));
        }
        // "woon op vlasakkers 31": a lower-case street right after "woon op"/"live at".
        if !capital {
            // Compared in place: lower-casing the text before the word (as this did)
            // costs time in proportion to the position, at every such word.
            let lead = text[..word_start].trim_end().as_bytes();
            let direct_cue = [
                "woon op",
                "woont op",
                "woon aan",
                "wonend op",
                "wonende op",
                "live at",
                "lives at",
                "adres:",
                "address:",
            ]
            .iter()
            .any(|c| {
                lead.len() >= c.len()
                    && lead[lead.len() - c.len()..].eq_ignore_ascii_case(c.as_bytes())
            });
            return direct_cue.then_some((word_start, 0.75));
        }
        if STOP_CAPITALS.contains(&word) {
            return None;
        }
        // Prefix forms: "Laan van Meerdervoort", "Rue de la Loi".
        let start = Self::extend_left(text, word_start);
        let first = text[start..word_start].split(' ').next().unwrap_or("");
        if PREFIX_STREETS.contains(&first) {
            return Some((start, 0.9));
        }
        // Any capitalised name whose number a Dutch postcode follows ("Tuinen 41, 8911 KE").
        if self.postcode_follows(text, num_end)
            && !text[start..word_end]
                .split(' ')
                .any(|w| STOP_CAPITALS.contains(&w))
        {
            return Some((start, 0.85));
        }
        // Any capitalised name right after an address cue ("Adres: Overtoom 12").
        if has_address_cue(text, start)
            && !text[start..word_end]
                .split(' ')
                .any(|w| STOP_CAPITALS.contains(&w))
        {
            return Some((start, 0.85));
        }
        None
    }

    /// True when a Dutch postcode (`1234 AB`) directly follows the house number.
    fn postcode_follows(&self, text: &str, num_end: usize) -> bool {
        // The separators `tail` allows (", ", a line break, spaces), then `1234 AB`.
        let b = &text.as_bytes()[num_end..];
        let mut i = 0;
        while i < b.len() && b[i] == b' ' {
            i += 1;
        }
        if i < b.len() && (b[i] == b',' || b[i] == b'\n') {
            i += 1;
            while i < b.len() && b[i] == b' ' {
                i += 1;
            }
        } else if i == 0 {
            return false;
        }
        let digits = b
            .get(i..i + 4)
            .is_some_and(|d| d.iter().all(u8::is_ascii_digit));
        let mut j = i + 4;
        if b.get(j) == Some(&b' ') {
            j += 1;
        }
        let letters = b
            .get(j..j + 2)
            .is_some_and(|l| l.iter().all(u8::is_ascii_uppercase));
        let boundary = b.get(j + 2).is_none_or(|c| !c.is_ascii_alphanumeric());
        digits && letters && boundary
    }

    /// Walks back over capitalised words and name particles belonging to the street
    /// (`Jacob van Lennep|kade`, `Mgr. Nolens|straat`), within the line.
    fn extend_left(text: &str, start: usize) -> usize {
        let mut s = start;
        let mut words = 0;
        let mut pending_particle: Option<usize> = None;
        while words < 4 {
            let before = &text[..s];
            let trimmed = before.trim_end_matches([' ', '\t']);
            if trimmed.len() == before.len() || trimmed.is_empty() {
                break; // no space before: start of text or glued punctuation
            }
            let word_start = trimmed
                .char_indices()
                .rev()
                .find(|(_, c)| {
                    c.is_whitespace() || matches!(c, ',' | ':' | ';' | '(' | '|' | '"' | '\'')
                })
                .map_or(0, |(i, c)| i + c.len_utf8());
            let word = &trimmed[word_start..];
            if word.is_empty() {
                break;
            }
            let particle = matches!(
                word,
                "van"
                    | "de"
                    | "der"
                    | "den"
                    | "ter"
                    | "ten"
                    | "'t"
                    | "op"
                    | "in"
                    | "aan"
                    | "la"
                    | "le"
                    | "en"
            );
            let capital = word.chars().next().is_some_and(char::is_uppercase)
                && !STOP_CAPITALS.contains(&word.trim_end_matches('.'));
            if particle {
                if word == "op" || word == "in" || word == "aan" {
                    break;
                }
                pending_particle = Some(word_start);
                s = word_start;
            } else if capital {
                pending_particle = None;
                s = word_start;
                words += 1;
            } else {
                break;
            }
        }
        // A particle with no capitalised word before it is not part of the street.
        if let Some(p) = pending_particle {
            let rest = &text[p..start];
            let skip = rest.find(|c: char| c.is_uppercase()).unwrap_or(rest.len());
            s = p + skip;
        }
        s
    }

    /// Extends `end` over a postcode and/or city that directly follow.
    fn extend_right(&self, text: &str, end: usize) -> usize {
        // `tail` crosses at most one line break, so the rest of this line and the next
        // one is all it can match; cutting there (before a `\n`, which `\b` treats like
        // the end) keeps the regex engine's per-search set-up proportional to that,
        // not to the rest of the text.
        let rest = &text[end..];
        // `tail` starts with a blank, a comma or a line break: without one it cannot
        // match, and the regex search (with groups) is the costly part.
        if !rest.starts_with([' ', ',', '\n']) {
            return end;
        }
        let cut = memchr::memchr(b'\n', rest.as_bytes())
            .and_then(|i| memchr::memchr(b'\n', &rest.as_bytes()[i + 1..]).map(|j| i + 1 + j))
            .unwrap_or(rest.len());
        let rest = &rest[..cut];
        let Some(c) = self.tail.captures(rest) else {
            return end;
        };
        let pc = c.name("pc");
        let city = c
            .name("city")
            .filter(|m| !STOP_CAPITALS.contains(&m.as_str()) && !is_label(m.as_str()));
        let ukpc = c.name("ukpc");
        let sep = c.get(0).map_or("", |m| m.as_str());
        let via_newline = sep.trim_start_matches([' ', ',']).starts_with('\n');
        match (pc, city) {
            // A postcode (with or without city) always extends; on a new line only with a
            // postcode (the next line of an address block).
            (Some(p), Some(ci)) if p.end() <= ci.start() => {
                end + ukpc.map_or(ci.end(), |u| u.end())
            }
            (Some(p), _) => end + p.end(),
            // A city alone: only after a comma on the same line ("Brink 136bis, Emmen").
            (None, Some(ci)) if !via_newline && sep.contains(',') => {
                end + ukpc.map_or(ci.end(), |u| u.end())
            }
            _ => end,
        }
    }
}

/// Capitalised words that start a sentence or a field and are never part of a street.
const STOP_CAPITALS: &[&str] = &[
    "Adres",
    "Address",
    "Bezoekadres",
    "Postadres",
    "Locatie",
    "Location",
    "Woonadres",
    "Straat",
    "De",
    "Het",
    "Een",
    "The",
    "A",
    "An",
    "In",
    "Op",
    "At",
    "Naar",
    "To",
    "Ik",
    "I",
    "We",
    "Wij",
    "Mijn",
    "My",
    "Our",
    "Ons",
    "Onze",
    "Tel",
    "Telefoon",
    "Phone",
    "Email",
    "E-mail",
    "Mobiel",
    "Mobile",
    "Postcode",
    "Woonplaats",
    "Datum",
    "Date",
    "Visiting",
    "Postal",
    "Cliënt",
    "Client",
    "Klant",
    "Customer",
    "Naam",
    "Name",
    "Aanwezig",
    "Kenteken",
    "En",
    "And",
    "Sinds",
    "Since",
    "Per",
    "Vanaf",
    "From",
    "Nieuw",
    "New",
    "Oud",
    "Old",
    "Huisnummer",
    "Nummer",
    "Number",
    "T",
    "M",
    "E",
    "PO",
    "P.O.",
    "Box",
    "Postbus",
    "Antwoordnummer",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Januari",
    "Februari",
    "Maart",
    "Mei",
    "Juni",
    "Juli",
    "Augustus",
    "Oktober",
    "Contact",
    "Kamer",
    "Room",
    "Verdieping",
    "Floor",
    "Gebouw",
    "Building",
    "Hal",
    "Zaal",
    "Bus",
    "Box",
    "Postbus",
];

fn is_label(word: &str) -> bool {
    [
        "Tel",
        "Telefoon",
        "Postcode",
        "Woonplaats",
        "Email",
        "E-mail",
        "Mob",
        "Phone",
        "Mobiel",
        "Gsm",
        "Fax",
        "BSN",
        "IBAN",
    ]
    .iter()
    .any(|l| word.eq_ignore_ascii_case(l))
}

impl Recognizer for Address {
    fn id(&self) -> &'static str {
        "address"
    }

    fn find(&self, text: &str, out: &mut Vec<Finding>) {
        self.find_with(&Prescan::new(text), out);
    }

    fn find_with(&self, pre: &Prescan<'_>, out: &mut Vec<Finding>) {
        let text = pre.text();
        let push = |start: usize, end: usize, score: f32, out: &mut Vec<Finding>| {
            let end = self.extend_right(text, end);
            out.push(finding(start, end, EntityKind::Address, score, "address"));
        };
        let bytes = text.as_bytes();
        // An anchor holds a digit, `uk` too, and neither crosses a line (see `Prescan`).
        let anchors = pre
            .runs(DIGIT)
            .flat_map(|(off, run)| anchors(text, off, off + run.len()));
        for (m_start, m_end) in anchors {
            let digit = m_end - 1;
            // The house number must start a number ("straat 12", not "A4 12" inside a code).
            let num_end = digit + house_number(&bytes[digit..]);
            if bytes.get(num_end).is_some_and(u8::is_ascii_digit)
                || !Self::trailing_ok(text, num_end)
            {
                continue;
            }
            // The street word ends at the letter that starts the anchor (plus a dot).
            let word_end = m_start + 1 + usize::from(bytes.get(m_start + 1) == Some(&b'.'));
            if !text.is_char_boundary(word_end) {
                continue;
            }
            if let Some((start, score)) = self.street_start(text, word_end, num_end) {
                push(start, num_end, score, out);
            }
        }
        for m in find_in_lines(&self.uk, pre, DIGIT | UK_STREET) {
            if Self::trailing_ok(text, m.end()) {
                push(m.start(), m.end(), 0.9, out);
            }
        }
    }
}

impl Address {
    /// The house number is not followed by something that makes it a quantity or time
    /// ("Kerkweg 12 jaar", "laan 3 km", "1.5").
    fn trailing_ok(text: &str, end: usize) -> bool {
        let rest = &text[end..];
        let bytes = rest.as_bytes();
        if bytes
            .first()
            .is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'%')
        {
            return false;
        }
        if bytes.len() >= 2 && matches!(bytes[0], b'.' | b',' | b':') && bytes[1].is_ascii_digit() {
            return false;
        }
        let next = rest.trim_start_matches(' ').as_bytes();
        ![
            "jaar", "km", "meter", "minuten", "uur", "euro", "procent", "keer", "years", "minutes",
            "miles", "x ",
        ]
        .iter()
        .any(|w| next.len() >= w.len() && next[..w.len()].eq_ignore_ascii_case(w.as_bytes()))
    }
}

/// The matches of the byte pattern `[A-Za-z\x80-\xFF][.]?[ \t]+[0-9]` ("letter, maybe a
/// dot, blanks, digit": where a house number follows a word) in `text[from..to]`, as
/// `(start, end)`, in the order and with the spans a regex's `find_iter` would give.
///
/// # Why by hand
/// A regex runs its automaton over every byte; this looks at eight bytes at a time for
/// digits right after a blank (word-at-a-time arithmetic), far fewer than the blanks.
/// Each such digit ends exactly one match: the pattern is fixed apart from the blank
/// run, which must be the whole run of blanks before the digit (the byte before it is a
/// letter or a dot, never a blank), and matches cannot overlap since a match holds
/// no digit but its last byte.
fn anchors(text: &str, from: usize, to: usize) -> impl Iterator<Item = (usize, usize)> + '_ {
    let bytes = text.as_bytes();
    let is_blank = |b: u8| b == b' ' || b == b'\t';
    let is_letter = |b: u8| b.is_ascii_alphabetic() || b >= 0x80;
    digits_after_blank(bytes, from, to).filter_map(move |digit| {
        // Start of the blank run that ends at the digit.
        let mut blank = digit - 1;
        while blank > from && is_blank(bytes[blank - 1]) {
            blank -= 1;
        }
        let before = blank.checked_sub(1).filter(|&p| p >= from)?;
        let start = if bytes[before] == b'.' {
            before
                .checked_sub(1)
                .filter(|&p| p >= from && is_letter(bytes[p]))?
        } else if is_letter(bytes[before]) {
            before
        } else {
            return None;
        };
        Some((start, digit + 1))
    })
}

/// The offsets in `from + 1..to` of ASCII digits right after a blank (space or tab),
/// in order.
fn digits_after_blank(b: &[u8], from: usize, to: usize) -> impl Iterator<Item = usize> + '_ {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const LOW7: u64 = ONES * 0x7f;
    const HIGH: u64 = ONES * 0x80;
    // The high bit of each byte of `x` that is zero (exact: no carry crosses bytes).
    let zero = |x: u64| !(((x & LOW7) + LOW7) | x) & HIGH;
    // The high bit of each byte below 10 (exact for the same reason).
    let below_10 = |x: u64| (ONES * (127 + 10) - (x & LOW7)) & !x & HIGH;
    let (mut next, mut block, mut mask) = (from, from, 0u64);
    std::iter::from_fn(move || {
        loop {
            if mask != 0 {
                let i = block + (mask.trailing_zeros() / 8) as usize;
                mask &= mask - 1;
                return Some(i);
            }
            let end = (next + 8).min(to);
            let chunk = b.get(next..end)?;
            if chunk.is_empty() {
                return None;
            }
            // Zero padding past `to` is neither a digit nor a blank.
            let mut w = [0u8; 8];
            w[..chunk.len()].copy_from_slice(chunk);
            let x = u64::from_le_bytes(w);
            // Each byte's predecessor; the byte before `from` does not count.
            let before = if next > from { b[next - 1] } else { 0 };
            let prev = (x << 8) | u64::from(before);
            let blank =
                zero(prev ^ (ONES * u64::from(b' '))) | zero(prev ^ (ONES * u64::from(b'\t')));
            mask = below_10(x ^ (ONES * u64::from(b'0'))) & blank;
            block = next;
            next = end;
        }
    })
}

fn has_address_cue(text: &str, pos: usize) -> bool {
    line_before(text, pos, 48).contains_any(CUES)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(t: &str) -> Vec<&str> {
        super::super::util::spans_of(&Address::new(), t)
    }

    /// Street, number, addition, postcode and city form one span.
    #[test]
    fn dutch_addresses() {
        assert_eq!(
            spans("Adres: Jacob van Lennepkade 95-II, 2618 SC Delft\nTel"),
            vec!["Jacob van Lennepkade 95-II, 2618 SC Delft"]
        );
        assert_eq!(
            spans("ik woon op Van Speijkstraat 228."),
            vec!["Van Speijkstraat 228"]
        );
        assert_eq!(
            spans("Mevr. R. Wang\nPiet Heinstraat 128\n3138TH  Vlaardingen\n\nDatum"),
            vec!["Piet Heinstraat 128\n3138TH  Vlaardingen"]
        );
        assert_eq!(
            spans("woont op Brink 136bis, Emmen. Sinds"),
            vec!["Brink 136bis, Emmen"]
        );
        assert_eq!(
            spans("Adres: Sportlaan 3 | Postcode: 8021 DE"),
            vec!["Sportlaan 3"]
        );
        assert_eq!(spans("in de Kerkstraat 5 bij"), vec!["Kerkstraat 5"]);
    }

    /// Foreign orders.
    #[test]
    fn foreign_addresses() {
        assert_eq!(
            spans("at 46 Church Lane, Leeds LS6 4EP."),
            vec!["46 Church Lane, Leeds LS6 4EP"]
        );
        assert_eq!(
            spans("Rue de la Loi 50, 1000 Brussel\n"),
            vec!["Rue de la Loi 50, 1000 Brussel"]
        );
        assert_eq!(
            spans("Schillerstraße 70, 50667 Köln"),
            vec!["Schillerstraße 70, 50667 Köln"]
        );
    }

    /// The house number and its addition, as the parser [`house_number`] reads them.
    pub(super) const HOUSE_NUMBER: &str = r"[0-9]{1,5}(?:[ ](?:huis|boven|beneden|bus[ ][0-9]{1,3})(?-u:\b)|[ ]?-?[1-9]?(?:hg|hoog|bg|bel|sous|hs)(?-u:\b)|(?:[ ]?-[ ]?|/)[0-9]{1,4}[a-zA-Z]?|[ ]?-?(?:bis|hs|HS|I{1,3}|IV)(?-u:\b)|-?[ ]?[a-zA-Z](?-u:\b))?";

    /// The hand-written house number parser reads exactly what the regex matches.
    #[test]
    fn house_numbers_match_the_regex() {
        let re = regex::Regex::new(&format!("^{HOUSE_NUMBER}")).unwrap();
        let alphabet = [
            "1", "9", "0", "12", "345", " ", "-", "/", "huis", "boven", "beneden", "bus ", "hg",
            "hoog", "bg", "bel", "sous", "hs", "HS", "bis", "I", "II", "V", "a", "Z", "_", "é",
            "\n", ".",
        ];
        let mut rng = super::super::util::TestRng::new(0x2545_f491_4f6c_dd1d);
        let mut next = move |n: usize| rng.below(n);
        let mut with_addition = 0;
        for _ in 0..200_000 {
            let mut t = String::from(["1", "2", "7"][next(3)]);
            for _ in 0..next(8) {
                t.push_str(alphabet[next(alphabet.len())]);
            }
            let want = re.find(&t).map_or(0, |m| m.end());
            let got = house_number(t.as_bytes());
            assert_eq!(got, want, "{t:?}");
            with_addition += usize::from(t.as_bytes()[..got].iter().any(|c| !c.is_ascii_digit()));
        }
        assert!(with_addition > 10_000, "{with_addition}");
    }

    /// The hand-written anchor scan finds exactly what the byte regex it replaces finds.
    #[test]
    fn anchors_match_the_regex() {
        let re = regex::bytes::Regex::new(r"(?-u:[A-Za-z\x80-\xFF][.]?[ \t]+[0-9])").unwrap();
        let alphabet: Vec<&str> = vec!["a", "Z", ".", " ", "\t", "1", "9", "é", "-", "\n", "x."];
        let mut rng = super::super::util::TestRng::new(0x2545_f491);
        let mut next = move |n: usize| rng.below(n);
        for _ in 0..30_000 {
            let mut t = String::new();
            for _ in 0..next(40) {
                t.push_str(alphabet[next(alphabet.len())]);
            }
            let want: Vec<(usize, usize)> = re
                .find_iter(t.as_bytes())
                .map(|m| (m.start(), m.end()))
                .collect();
            assert_eq!(anchors(&t, 0, t.len()).collect::<Vec<_>>(), want, "{t:?}");
        }
    }

    /// Quantities and streets without numbers are not addresses.
    #[test]
    fn negatives() {
        assert!(spans("de Kerkstraat is afgesloten").is_empty());
        assert!(spans("de weg 12 keer gelopen").is_empty());
    }
}
