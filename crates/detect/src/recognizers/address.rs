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
    /// UK order in capitals, as forms and labels write it: `12 PARK STREET`.
    uk_caps: Regex,
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
    "straatje",
    "laantje",
    "steegje",
    "water",
    "wetering",
    "vliet",
    "sloot",
    "bolwerk",
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
            uk_caps: regex(&format!(
                r"(?-u:\b)[0-9]{{1,4}}[A-Z]?(?:[ ][A-Z][A-Z'’]+){{1,3}}[ ](?:{})\.?(?-u:\b)",
                UK_STREET_TYPES
                    .map(|t| t.trim_start().to_uppercase())
                    .join("|")
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
            let end = self.extend_right(text, end).max(continuation(text, end));
            let start = unit_prefix(text, start);
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
        for m in find_in_lines(&self.uk_caps, pre, DIGIT | UK_STREET) {
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

/// Where an address whose street and house number end at `end` really ends, for the
/// layouts the `tail` pattern does not read; the caller keeps the further of the two.
///
/// # Why
/// Address blocks as people paste them break the shape `tail` expects: a comma before
/// the line break (`Marktplein 12-A,\n2611 CV Delft`), a unit note in between
/// (`Kerkweg 9 (kamer 2), 7411 BB Deventer`, `1600 Grant St, Suite 200, Denver`), OCR
/// double spaces (`1234  AB  LEIDEN`), cities spelt with the Dutch capital digraph
/// (`IJmuiden`, `IJsselstein`), a British city and postcode on the next line, an American
/// city with state and ZIP code. The span protects only when it runs to the city.
///
/// # Rules
/// The same as `tail`'s: a postcode always continues the address (on the next line
/// too: an address block), a city alone only after a comma on the same line, and a
/// note only when a postcode follows it. Reads at most a few dozen bytes past `end`.
fn continuation(text: &str, end: usize) -> usize {
    let b = text.as_bytes();
    let note = unit_note(text, end);
    let from = note.unwrap_or(end);
    let mut k = blanks(b, from, usize::MAX);
    let comma = b.get(k) == Some(&b',');
    if comma {
        k = blanks(b, k + 1, usize::MAX);
    }
    let newline = match b.get(k..) {
        Some([b'\n', ..]) => Some(1),
        Some([b'\r', b'\n', ..]) => Some(2),
        _ => None,
    };
    if let Some(n) = newline {
        k = blanks(b, k + n, usize::MAX);
    }
    if k == from || !text.is_char_boundary(k) {
        return end;
    }
    // `1234 AB` (with OCR's doubled spaces) and the city after it, if any.
    if let Some(p) = dutch_postcode(b, k) {
        let c = blanks(b, p, 2);
        return if c > p { city(text, c).unwrap_or(p) } else { p };
    }
    // `1000 Brussel`, `50667 Köln`: four or five digits are a postcode only before a city.
    if let Some(p) = digits_postcode(b, k) {
        let c = blanks(b, p, 2);
        return match city(text, c) {
            Some(e) if c > p => e,
            _ => end,
        };
    }
    if let Some(p) = uk_postcode(b, k) {
        return p;
    }
    // A city first: then a British postcode, or an American state and ZIP code.
    let Some(ce) = city(text, k) else {
        return end;
    };
    let mut m = ce;
    if b.get(m) == Some(&b',') {
        m += 1;
    }
    let m = blanks(b, m, 2);
    if m > ce
        && let Some(p) = uk_postcode(b, m).or_else(|| us_state_zip(b, m))
    {
        return p;
    }
    // `LONDON\nSW1A 1AA`: a British postcode on a line of its own below the city.
    if b.get(m) == Some(&b'\n')
        && let Some(p) = uk_postcode(b, blanks(b, m + 1, 2))
    {
        return p;
    }
    if comma && newline.is_none() && note.is_none() {
        ce
    } else {
        end
    }
}

/// The end of a unit note right after a house number or street: a bracketed remark
/// (`(kamer 2)`, `(achterom)`) or a comma and a flat, suite or unit number (`, Suite
/// 200`, `, Apt 4B`). Whether it joins the address is [`continuation`]'s decision.
fn unit_note(text: &str, end: usize) -> Option<usize> {
    let b = text.as_bytes();
    let j = blanks(b, end, 2);
    match b.get(j) {
        Some(b'(') => {
            let inner = b.get(j + 1..)?.iter().take(40);
            let close = inner
                .take_while(|c| !matches!(c, b'\n' | b'('))
                .position(|&c| c == b')')?;
            Some(j + 1 + close + 1)
        }
        Some(b',') => {
            let w = blanks(b, j + 1, 2);
            let e = unit_word(b, w)?;
            let v = blanks(b, e, 2);
            let n = unit_number(b, v)?;
            (v > e).then_some(n)
        }
        _ => None,
    }
}

/// The end of a word naming a flat, suite or unit (any case) at `i`.
fn unit_word(b: &[u8], i: usize) -> Option<usize> {
    const UNITS: &[&str] = &[
        "flat",
        "apartment",
        "apt.",
        "apt",
        "unit",
        "suite",
        "ste.",
        "floor",
    ];
    let rest = b.get(i..)?;
    UNITS
        .iter()
        .find(|u| {
            rest.len() >= u.len()
                && rest[..u.len()].eq_ignore_ascii_case(u.as_bytes())
                && !rest.get(u.len()).is_some_and(u8::is_ascii_alphanumeric)
        })
        .map(|u| i + u.len())
}

/// The end of a unit number at `i`: one to four digits and maybe a letter (`4`, `1A`,
/// `200`), not glued to a longer word.
fn unit_number(b: &[u8], i: usize) -> Option<usize> {
    let d = b
        .get(i..)?
        .iter()
        .take(5)
        .take_while(|c| c.is_ascii_digit())
        .count();
    if d == 0 || d > 4 {
        return None;
    }
    let e = i + d + usize::from(b.get(i + d).is_some_and(u8::is_ascii_alphabetic));
    (!b.get(e).is_some_and(u8::is_ascii_alphanumeric)).then_some(e)
}

/// Where an address starting at `start` starts once a flat or unit number written
/// before the street is included (`Flat 4, 23 Brixton Road`, `FLAT 1A, 12 PARK STREET`,
/// `Unit 5 12 High Street`), on the same line.
fn unit_prefix(text: &str, start: usize) -> usize {
    let b = text.as_bytes();
    let mut i = start;
    // Blanks (at least one), maybe after a comma.
    let mut n = 0;
    while i > 0 && b[i - 1] == b' ' && n < 2 {
        i -= 1;
        n += 1;
    }
    if n == 0 {
        return start;
    }
    if i > 0 && b[i - 1] == b',' {
        i -= 1;
    }
    // The unit number: digits and maybe a letter.
    let num_end = i;
    while i > 0 && num_end - i < 5 && b[i - 1].is_ascii_alphanumeric() {
        i -= 1;
    }
    if unit_number(b, i) != Some(num_end) || i == 0 || b[i - 1] != b' ' {
        return start;
    }
    let word_end = i - 1;
    let mut w = word_end;
    while w > 0 && word_end - w < 9 && (b[w - 1].is_ascii_alphabetic() || b[w - 1] == b'.') {
        w -= 1;
    }
    let bounded = w == 0 || !b[w - 1].is_ascii_alphanumeric();
    if bounded && unit_word(b, w) == Some(word_end) {
        w
    } else {
        start
    }
}

/// The index after at most `max` spaces or tabs from `i`.
fn blanks(b: &[u8], mut i: usize, max: usize) -> usize {
    let mut n = 0;
    while n < max && matches!(b.get(i), Some(b' ' | b'\t')) {
        i += 1;
        n += 1;
    }
    i
}

/// True when no letter or digit stands at `i`.
fn boundary_at(b: &[u8], i: usize) -> bool {
    !b.get(i).is_some_and(u8::is_ascii_alphanumeric)
}

/// The end of a Dutch postcode at `i`: four digits (the first not 0), up to two spaces,
/// two letters of one case (`1234 AB`, `1234AB`, OCR's `1234  AB`).
fn dutch_postcode(b: &[u8], i: usize) -> Option<usize> {
    let d = b.get(i..i + 4)?;
    if d[0] == b'0' || !d.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let j = blanks(b, i + 4, 2);
    let l = b.get(j..j + 2)?;
    let one_case = l.iter().all(u8::is_ascii_uppercase) || l.iter().all(u8::is_ascii_lowercase);
    (one_case && boundary_at(b, j + 2)).then_some(j + 2)
}

/// The end of a four- or five-digit postcode at `i` (Belgian, German, French).
fn digits_postcode(b: &[u8], i: usize) -> Option<usize> {
    let d = b
        .get(i..)?
        .iter()
        .take(6)
        .take_while(|c| c.is_ascii_digit())
        .count();
    ((4..=5).contains(&d) && boundary_at(b, i + d)).then_some(i + d)
}

/// The end of a British postcode at `i`: `SW9 6DE`, `BS1 5HX`, `EC1A 1BB`.
fn uk_postcode(b: &[u8], i: usize) -> Option<usize> {
    let up = |k: usize| b.get(k).is_some_and(u8::is_ascii_uppercase);
    let digit = |k: usize| b.get(k).is_some_and(u8::is_ascii_digit);
    let area = (0..2).take_while(|&k| up(i + k)).count();
    if area == 0 || !digit(i + area) {
        return None;
    }
    let mut j = i + area + 1;
    if up(j) || digit(j) {
        j += 1;
    }
    let k = blanks(b, j, 2);
    (k > j && digit(k) && up(k + 1) && up(k + 2) && boundary_at(b, k + 3)).then_some(k + 3)
}

/// The end of an American state code and ZIP code at `i`: `CO 80203`, `NY 10001-1234`.
fn us_state_zip(b: &[u8], i: usize) -> Option<usize> {
    let l = b.get(i..i + 2)?;
    if !l.iter().all(u8::is_ascii_uppercase) {
        return None;
    }
    let j = blanks(b, i + 2, 2);
    let zip = b.get(j..j + 5)?;
    if j == i + 2 || !zip.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let e = j + 5;
    let plus4 = b.get(e) == Some(&b'-')
        && b.get(e + 1..e + 5)
            .is_some_and(|d| d.iter().all(u8::is_ascii_digit));
    let e = if plus4 { e + 5 } else { e };
    boundary_at(b, e).then_some(e)
}

/// The end of a city name at `i` (a char boundary): one to four capitalised or
/// upper-case words on the line, with Dutch and other particles between them (`Capelle
/// aan den IJssel`, `Bergen op Zoom`, `'s-Hertogenbosch`, `Den Haag`, `LEIDEN`). A
/// field label or sentence word (`Tel`, `Datum`) is no city.
fn city(text: &str, i: usize) -> Option<usize> {
    let rest = text.get(i..)?;
    let lead = ["'s-", "'S-", "’s-", "'t ", "’t "]
        .iter()
        .find(|p| rest.starts_with(*p))
        .map_or(0, |p| p.len());
    let (first, mut e) = city_word(text, i + lead)?;
    let article = matches!(first, "De" | "Den" | "DE" | "DEN" | "La" | "Le" | "Het");
    if !article && (STOP_CAPITALS.contains(&first) || is_label(first)) {
        return None;
    }
    let mut words = 1;
    let mut at = e;
    // Particles seen since the last word, which join only before another word.
    let mut particles = 0;
    while words < 4 && particles <= 3 {
        let b = text.as_bytes();
        if b.get(at) != Some(&b' ') {
            break;
        }
        let w = at + 1;
        let word_end = text[w..]
            .char_indices()
            .take(5)
            .find(|&(_, c)| !(c.is_alphabetic() || c == '/'))
            .map_or(w, |(n, _)| w + n);
        let word = &text[w..word_end];
        if matches!(
            word,
            "aan"
                | "den"
                | "de"
                | "op"
                | "bij"
                | "a/d"
                | "upon"
                | "on"
                | "am"
                | "an"
                | "der"
                | "sur"
                | "AAN"
                | "DEN"
                | "OP"
                | "BIJ"
        ) {
            particles += 1;
            at = word_end;
            continue;
        }
        match city_word(text, w) {
            Some((next, ne)) if !STOP_CAPITALS.contains(&next) && !is_label(next) => {
                e = ne;
                at = ne;
                words += 1;
                particles = 0;
            }
            _ => break,
        }
    }
    if article && words == 1 {
        return None;
    }
    Some(e)
}

/// Longest word (in characters) read as part of a city name.
const MAX_CITY_WORD: usize = 40;

/// The word at `i` and its end when it can be (part of) a city name: a capital then
/// lower-case letters (`Delft`, `Alphen-Chaam`), the digraph `IJ` then lower case
/// (`IJmuiden`), or three or more capitals (`LEIDEN`, `BRISTOL`).
fn city_word(text: &str, i: usize) -> Option<(&str, usize)> {
    let rest = text.get(i..)?;
    // A city word is short: a longer run of letters is no city, and a bound keeps the
    // look-ahead constant.
    let len = rest
        .char_indices()
        .take(MAX_CITY_WORD + 1)
        .find(|&(_, c)| !(c.is_alphabetic() || matches!(c, '-' | '\'' | '’')))
        .map(|(n, _)| n)
        .or_else(|| {
            rest.chars()
                .nth(MAX_CITY_WORD)
                .is_none()
                .then_some(rest.len())
        })?;
    let word = rest[..len].trim_end_matches(['-', '\'', '’']);
    let mut chars = word.chars();
    let first = chars.next()?;
    if !first.is_uppercase() {
        return None;
    }
    let second = chars.next()?;
    let capitalised = second.is_lowercase()
        || word.starts_with("IJ") && word[2..].starts_with(char::is_lowercase);
    let capitals = word.chars().filter(|c| c.is_alphabetic()).count() >= 3
        && !word.chars().any(char::is_lowercase);
    (capitalised || capitals).then_some((word, i + word.len()))
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

/// The layouts [`continuation`] and [`unit_prefix`] read, with invented addresses.
#[cfg(test)]
mod continuation_tests {
    fn spans(t: &str) -> Vec<&str> {
        super::super::util::spans_of(&super::Address::new(), t)
    }

    /// Cities written with the capital digraph `IJ` follow the postcode into the span.
    #[test]
    fn ij_cities() {
        assert_eq!(
            spans("Adres: Dorpsstraat 4, 1971 AB IJmuiden."),
            vec!["Dorpsstraat 4, 1971 AB IJmuiden"]
        );
        assert_eq!(
            spans("woont Lindelaan 17, 3401 DS IJsselstein sinds"),
            vec!["Lindelaan 17, 3401 DS IJsselstein"]
        );
        assert_eq!(
            spans("Kade 3, 2908 AA Capelle aan den IJssel\n"),
            vec!["Kade 3, 2908 AA Capelle aan den IJssel"]
        );
        assert_eq!(
            spans("verhuisd naar Brinkweg 8, IJsselmuiden."),
            vec!["Brinkweg 8, IJsselmuiden"]
        );
    }

    /// A comma before the line break, and a unit note before the postcode.
    #[test]
    fn blocks_and_notes() {
        assert_eq!(
            spans("Naar Marktplein 12-A,\n2611 CV Delft graag"),
            vec!["Marktplein 12-A,\n2611 CV Delft"]
        );
        assert_eq!(
            spans("Kerkweg 9 (kamer 2), 7411 BB Deventer"),
            vec!["Kerkweg 9 (kamer 2), 7411 BB Deventer"]
        );
        assert_eq!(
            spans("Zorgcentrum, Beukenlaan 40 (app. 12)\n5611 AB Eindhoven"),
            vec!["Beukenlaan 40 (app. 12)\n5611 AB Eindhoven"]
        );
        assert_eq!(
            spans("Dhr. P. Smit\nHOOFDSTRAAT  12\n1234  AB  LEIDEN\n"),
            vec!["HOOFDSTRAAT  12\n1234  AB  LEIDEN"]
        );
    }

    /// British and American orders: flat prefix, capitals, city then postcode or state
    /// and ZIP code.
    #[test]
    fn uk_and_us() {
        assert_eq!(
            spans("send to Flat 4, 23 Brixton Road\nLondon SW9 6DE today"),
            vec!["Flat 4, 23 Brixton Road\nLondon SW9 6DE"]
        );
        assert_eq!(
            spans("FLAT 1A, 12 PARK STREET, BRISTOL BS1 5HX"),
            vec!["FLAT 1A, 12 PARK STREET, BRISTOL BS1 5HX"]
        );
        assert_eq!(
            spans("12 HIGH STREET, LEEDS\nLS1 4AP\n"),
            vec!["12 HIGH STREET, LEEDS\nLS1 4AP"]
        );
        assert_eq!(
            spans("Office: 1600 Grant St, Denver, CO 80203."),
            vec!["1600 Grant St, Denver, CO 80203"]
        );
        assert_eq!(
            spans("at 77 Mill Road, Suite 200, Austin, TX 78701-1234 now"),
            vec!["77 Mill Road, Suite 200, Austin, TX 78701-1234"]
        );
    }

    /// What does not continue an address.
    #[test]
    fn negatives() {
        // A city on the next line without a postcode, a note without one, a label.
        assert_eq!(
            spans("Ik woon op Kerkstraat 5\nDeventer is mooi"),
            vec!["Kerkstraat 5"]
        );
        assert_eq!(spans("Kerkweg 9 (kamer 2) is dicht"), vec!["Kerkweg 9"]);
        assert_eq!(
            spans("Kerkstraat 12 (zie foto), Jan belt"),
            vec!["Kerkstraat 12"]
        );
        assert_eq!(
            spans("Adres Kerkstraat 12, Tel: 0612345678"),
            vec!["Kerkstraat 12"]
        );
        // A flat number not written before the street, a state without ZIP code.
        assert_eq!(
            spans("Flat 4 is empty; 23 Brixton Road is not"),
            vec!["23 Brixton Road"]
        );
        assert_eq!(
            spans("1600 Grant St, Denver, CO is nice"),
            vec!["1600 Grant St, Denver"]
        );
        // Capitals that name no street.
        assert!(spans("IN 2024 WE SAW 3 NEW ROADS").is_empty());
    }

    /// The hand-written parts read exactly their shapes.
    #[test]
    fn parts() {
        use super::{city, dutch_postcode, uk_postcode, unit_prefix, us_state_zip};
        assert_eq!(dutch_postcode(b"1234  AB x", 0), Some(8));
        assert_eq!(dutch_postcode(b"1234 ABC", 0), None);
        assert_eq!(dutch_postcode(b"0123 AB", 0), None);
        assert_eq!(uk_postcode(b"EC1A 1BB", 0), Some(8));
        assert_eq!(uk_postcode(b"SW9 6DE,", 0), Some(7));
        assert_eq!(uk_postcode(b"SW9 6D", 0), None);
        assert_eq!(us_state_zip(b"CO 80203", 0), Some(8));
        assert_eq!(us_state_zip(b"CO 802031", 0), None);
        assert_eq!(city("Den Haag.", 0), Some(8));
        assert_eq!(city("De rest", 0), None);
        assert_eq!(city("'s-Hertogenbosch", 0), Some(16));
        assert_eq!(city("Tel 06", 0), None);
        assert_eq!(unit_prefix("Flat 4, 23 X", 8), 0);
        assert_eq!(unit_prefix("x Apt. 12B 9 X", 11), 2);
        assert_eq!(unit_prefix("Flatten 4, 23 X", 11), 11);
        assert_eq!(unit_prefix("4, 23 X", 3), 3);
    }
}
