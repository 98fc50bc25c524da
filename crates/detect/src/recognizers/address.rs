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
    /// The cues of [`spoken_addresses`], built once: a searcher costs more to set up
    /// than to run over a short text.
    spoken_cues: [memchr::memmem::Finder<'static>; 3],
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

/// The end of further additions after the house number `house_number` read, ending
/// at `end`: floor and side words (`42-2 hoog`, `19 rd`, `5 bov.`), Rotterdam's colour
/// additions (`7 A-rood`, `5 zwart`), a houseboat's berth opposite a number (`12 t.o.
/// 14`) and a range (`10 t/m 12`).
///
/// # Why
/// The span protects only when it runs over the postcode and city after the addition,
/// and [`Address::extend_right`] and [`continuation`] start where this ends. Kept apart
/// from [`addition`], which mirrors a regex the tests compare it with, and run once per
/// address candidate: a few byte comparisons.
fn further_additions(b: &[u8], mut end: usize) -> usize {
    /// Words that follow the number (or its letter) after a blank or a hyphen, or glued
    /// to a digit; matched in ASCII case-insensitively and bounded on the right.
    const WORDS: &[&str] = &[
        "rood", "zwart", "wit", "blauw", "groen", "rd", "zw", "bov.", "bov", "boven", "beneden",
        "huis", "hoog", "hg", "bis", "hs", "bg", "sous",
    ];
    // `12 t.o. 14`: [`addition`] took the `t` for a letter addition.
    let read = end;
    let t_dot = end >= 2
        && b[end - 2] == b' '
        && b[end - 1].eq_ignore_ascii_case(&b't')
        && matches!(b.get(end), Some(b'.' | b'/'));
    if t_dot {
        end -= 2;
    }
    // Every addition starts with one of these letters (after a blank or hyphen): most
    // anchors ("op 12 mei") leave here after one look-up.
    let first = b.get(end..end + 2).map_or(0, |r| {
        if matches!(r[0], b' ' | b'-') {
            r[1]
        } else {
            r[0]
        }
    });
    if !matches!(
        first.to_ascii_lowercase(),
        b'r' | b'z' | b'w' | b'b' | b'g' | b'h' | b's' | b't' | b'.' | b'/' | b'o' | b'-' | b' '
    ) {
        return end;
    }
    for _ in 0..3 {
        let glued = end > 0 && b[end - 1].is_ascii_digit();
        let mut i = end;
        if b.get(i) == Some(&b' ') {
            i += 1;
        }
        if b.get(i) == Some(&b'-') {
            i += 1;
        }
        if i == end && !glued {
            break;
        }
        let rest = b.get(i..).unwrap_or(&[]);
        let starts = |w: &str| {
            rest.len() >= w.len()
                && rest[..w.len()].eq_ignore_ascii_case(w.as_bytes())
                && (w.ends_with('.') || !rest.get(w.len()).is_some_and(u8::is_ascii_alphanumeric))
        };
        if let Some(w) = WORDS.iter().find(|w| starts(w)).filter(|_| !t_dot) {
            end = i + w.len();
            continue;
        }
        // `t.o. 14`, `t/o 14`, `tegenover 14`, `t/m 12`, `bus 2A`: a number follows. Not
        // "tot", which as often starts a time ("5 tot 12 uur").
        let Some(w) = ["t.o.", "t/o", "tegenover", "t/m", "bus"]
            .iter()
            .find(|w| i > end && starts(w))
        else {
            break;
        };
        let k = blanks(b, i + w.len(), 1);
        match unit_number(b, k) {
            Some(e) if k > i + w.len() => end = e,
            _ => break,
        }
    }
    end.max(read)
}

/// Where the street before `t.o.` or `nr.` ends when the word ending at `word_end` is
/// that word: a houseboat's address names the street and the number it lies opposite
/// (`Sluisdijk t.o. 33`), and some writers put a word between street and number
/// (`Kerkstraat nr. 12`), so the street's own word is the one before.
fn opposite_street_end(text: &str, word_end: usize) -> Option<usize> {
    let before = &text.as_bytes()[..word_end];
    // Each of the words ends in one of these bytes: one look-up for most anchors.
    if !matches!(before.last(), Some(b'.' | b'o' | b'r')) {
        return None;
    }
    ["t.o.", "t/o", "tegenover", "nr.", "nr", "no.", "nummer"]
        .iter()
        .find(|w| {
            before.len() > w.len() + 1
                && before[before.len() - w.len()..].eq_ignore_ascii_case(w.as_bytes())
                && before[before.len() - w.len() - 1] == b' '
        })
        .map(|w| word_end - w.len() - 1)
        .filter(|&e| before[e - 1].is_ascii_alphabetic() || before[e - 1] >= 0x80)
}

/// Street endings that also end common lower-case nouns (`-ring`: `vergadering`,
/// `-wal`: `interval`, `-gang`: `ingang`): a lower-case word with one of these and no
/// other ending is a street only after an address cue.
const WEAK_IN_LOWER_CASE: &[&str] = &[
    "ring", "wal", "gang", "vest", "markt", "baan", "park", "pad", "veld", "hof", "diep",
    "passage", "lei",
];

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
    "str",
    // Antwerp's boulevards: `Frankrijklei`, `Italiëlei`.
    "lei",
];

/// Words that may follow a street's name as a part of it (`Ringbaan-Oost`,
/// `Schottegatweg Oost`).
const COMPASS: &[&str] = &[
    "oost",
    "west",
    "noord",
    "zuid",
    "zuidzijde",
    "noordzijde",
    "centrum",
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
    // Papiamento (Bonaire, Curaçao, Aruba): `Kaya Grandi 12`, `Kaminda Sorobon 5`.
    "Kaya",
    "Kaminda",
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
pub(crate) const UK_STREET_TYPES: &[&str; 36] = &[
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
    " View",
    " Vale",
    " Quay",
    " Wharf",
    " Boulevard",
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
            spoken_cues: [&b"op "[..], b"aan ", b"adres "].map(memchr::memmem::Finder::new),
            tail: regex(
                r"^(?:[ ]*,[ ]*|[ ]*\n[ ]*|[ ]*\\\\[ ]*|[ ]+)(?:(?P<pc>[0-9]{4}[ ]?[A-Za-z]{2}|[0-9]{4,5}|[A-Z]{1,2}[0-9][A-Z0-9]?[ ][0-9][A-Z]{2})(?-u:\b)[ ]{0,2})?(?P<city>(?:'s-|'t |Den |De |La |Le |DEN |'S-)?(?:\p{Lu}{3,}(?:[ -]\p{Lu}{3,})?(?-u:\b)|\p{Lu}\p{Ll}[\p{L}\-']*)(?:[ ](?:\p{Lu}\p{Ll}[\p{L}\-']*|aan[ ]den[ ]\p{Lu}[\p{L}]+|aan[ ]de[ ]\p{Lu}[\p{L}]+|an[ ]der[ ]\p{Lu}[\p{L}]+))?)?(?:[ ]+(?P<ukpc>[A-Z]{1,2}[0-9][A-Z0-9]?[ ][0-9][A-Z]{2}))?",
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
        // "Schottegatweg Oost 118": a compass word of its own after the street.
        if COMPASS.iter().any(|c| word.eq_ignore_ascii_case(c))
            && word.starts_with(char::is_uppercase)
            && before[..word_start].ends_with(' ')
        {
            let prev_end = word_start - 1;
            let prev_start = before[..prev_end]
                .rfind(|c: char| !c.is_alphabetic())
                .map_or(0, |i| i + 1);
            let prev = &before[prev_start..prev_end];
            let suffixed = SUFFIXES.iter().any(|suf| {
                prev.len() > suf.len()
                    && prev.as_bytes()[prev.len() - suf.len()..]
                        .eq_ignore_ascii_case(suf.as_bytes())
            });
            if suffixed && prev.starts_with(char::is_uppercase) {
                return self.street_start(text, prev_end, num_end);
            }
        }
        let capital = word.chars().next().is_some_and(char::is_uppercase);
        // "Ringbaan-Oost": the street ending may come before a compass suffix.
        let stem = match word.rsplit_once('-') {
            Some((head, tail)) if COMPASS.iter().any(|t| tail.eq_ignore_ascii_case(t)) => head,
            _ => word,
        };
        let ends_with_ci = |w: &str, suf: &str| {
            w.len() > suf.len()
                && w.as_bytes()[w.len() - suf.len()..].eq_ignore_ascii_case(suf.as_bytes())
        };
        let by_suffix = SUFFIXES.iter().any(|suf| ends_with_ci(stem, suf));
        // In lower case the endings that also end common nouns (`vergadering`,
        // `aflevering`, `interval`, `ingang`, `loopbaan`, `arbeidsmarkt`) count only
        // after an address cue.
        let weak_suffix = || {
            !SUFFIXES
                .iter()
                .filter(|suf| !WEAK_IN_LOWER_CASE.contains(suf))
                .any(|suf| ends_with_ci(stem, suf))
        };
        let known = || {
            KNOWN_STREETS.iter().any(|k| {
                k.eq_ignore_ascii_case(word)
                    || k.as_bytes().contains(&b' ')
                        && text
                            .get(word_end.saturating_sub(k.len())..word_end)
                            .is_some_and(|full| full.eq_ignore_ascii_case(k))
            })
        };
        if (by_suffix || known()) && !NUMBERED_THINGS.contains(&word) {
            if !capital
                && (word.chars().count() < 7 || weak_suffix())
                && !has_address_cue(text, word_start)
            {
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
        // "Oude Gracht 40", "Korte Akkeren 2": an adjective of place before a street
        // ending used as a word of its own, or before any name in a table cell.
        if let Some(adj) = adjective_before(text, word_start) {
            let bare = SUFFIXES.iter().any(|s| word.eq_ignore_ascii_case(s));
            if bare || table_cell(text, adj, num_end) {
                return Some((adj, 0.85));
            }
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
            if before[trimmed.len()..].contains('\t') {
                break; // a tab separates table cells: the name before is another field
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
        // Only a postcode or a city extends the span: without a place where one can
        // start, `tail` cannot extend it, and its search (with groups) is the costly part.
        if !tail_may_extend(rest) {
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
        let via_newline = sep.trim_start_matches([' ', ',']).starts_with(['\n', '\\']);
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

/// Whether `tail` can find a postcode or a city at the start of `rest`. Both start with
/// an ASCII digit, a capital or `'`, right after `tail`'s separator: blanks, or blanks
/// around a `,`, a line break or LaTeX's `\\`. A group cannot start inside the blanks
/// (none of them starts with a blank), so it starts after all of them.
fn tail_may_extend(rest: &str) -> bool {
    let group_starts = |s: &str| {
        s.chars()
            .next()
            .is_some_and(|c| c.is_ascii_digit() || c == '\'' || c.is_uppercase())
    };
    let spaced = rest.trim_start_matches(' ');
    if spaced.len() < rest.len() && group_starts(spaced) {
        return true;
    }
    spaced
        .strip_prefix([',', '\n'])
        .or_else(|| spaced.strip_prefix("\\\\"))
        .is_some_and(|after| group_starts(after.trim_start_matches(' ')))
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

/// Addresses dictated or typed as spoken, with the number in words: `ze woont op de
/// lindestraat zeventien a in sneek`, `aan de beukenlaan vier hoog`.
///
/// # Rules
/// Only right after a cue (`op`, `aan`, `adres`, maybe then `de`/`het`/`is`), a word with a
/// street ending, a number one to a hundred in words (not `een`, which is as often the
/// article), maybe a letter or floor addition, and then the clause must close (a
/// punctuation mark, the line's end, or a word such as `in` or `en`): "op de snelweg drie
/// auto's" goes on and is no address.
///
/// # Cost
/// Three substring searches over the text (`op `, `aan `, `adres `), and a few byte
/// comparisons at each hit.
fn spoken_addresses(text: &str, cues: &[memchr::memmem::Finder<'static>], out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    let hits = cues.iter().flat_map(|c| {
        let n = c.needle().len();
        c.find_iter(b).map(move |i| (i, i + n))
    });
    for (cue_start, after) in hits {
        if cue_start > 0 && (b[cue_start - 1].is_ascii_alphanumeric() || b[cue_start - 1] >= 0x80) {
            continue;
        }
        let mut i = after;
        for article in ["de ", "het ", "is "] {
            if b[i..].starts_with(article.as_bytes()) {
                i += article.len();
                break;
            }
        }
        if let Some(end) = spoken_address_at(text, i) {
            out.push(finding(i, end, EntityKind::Address, 0.75, "address"));
        }
    }
}

/// The end of a spoken address (street word, number in words, addition) starting at
/// `i`, when the clause closes after it.
fn spoken_address_at(text: &str, i: usize) -> Option<usize> {
    let b = text.as_bytes();
    let word_end = |from: usize| {
        text.get(from..).map_or(from, |r| {
            from + r
                .char_indices()
                .take(41)
                .find(|&(_, c)| !c.is_alphabetic())
                .map_or(r.len(), |(n, _)| n)
        })
    };
    let mut street_end = word_end(i);
    // `de korte hoefstraat zeventien`: an adjective of place before the street word.
    let first = text.get(i..street_end)?;
    if b.get(street_end) == Some(&b' ')
        && PLACE_ADJECTIVES
            .iter()
            .any(|a| a.eq_ignore_ascii_case(first))
    {
        street_end = word_end(street_end + 1);
    }
    let street_start = text[..street_end]
        .rfind(|c: char| !c.is_alphabetic())
        .map_or(i, |k| (k + 1).max(i));
    let street = text.get(street_start..street_end)?;
    let ends = |suf: &str| {
        street.len() > suf.len()
            && street.is_char_boundary(street.len() - suf.len())
            && street[street.len() - suf.len()..].eq_ignore_ascii_case(suf)
    };
    if street.chars().count() < 5
        || !SUFFIXES.iter().any(|s| ends(s))
        || b.get(street_end) != Some(&b' ')
    {
        return None;
    }
    let n = street_end + 1;
    let mut end = word_end(n);
    if !spelled_number(text.get(n..end)?) {
        return None;
    }
    // An addition: a letter, a floor (`vier hoog`, `hoog twee`), `bis`, `huis`.
    let next = end + 1;
    if b.get(end) == Some(&b' ') {
        let e = word_end(next);
        let w = &text[next..e];
        let letter = w.len() == 1 && w.as_bytes()[0].is_ascii_lowercase();
        if letter || matches!(w, "bis" | "huis" | "boven" | "beneden" | "hoog" | "hg") {
            end = e;
            // `hoog twee`: the floor's number.
            if w == "hoog" && b.get(end) == Some(&b' ') {
                let f = word_end(end + 1);
                if spelled_number(&text[end + 1..f]) {
                    end = f;
                }
            }
        }
    }
    closes(text, end).then_some(end)
}

/// True when the clause closes at `i`: the end, a punctuation mark or a line break, or
/// a word that starts a new part of the sentence (`in sneek`, `en`, `sinds`).
fn closes(text: &str, i: usize) -> bool {
    const NEXT: &[&str] = &[
        "in", "te", "en", "bij", "sinds", "met", "maar", "want", "dus", "of", "nu", "hoor", "toch",
        "ofzo", "vanaf", "per", "ter", "om", "tot",
    ];
    let rest = &text[i..];
    let Some(r) = rest.strip_prefix(' ') else {
        return rest.is_empty() || rest.starts_with(['.', ',', ';', '!', '?', ')', '\n', '\r']);
    };
    let w = r.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    NEXT.contains(&w)
}

/// True for a number from two to nine hundred ninety-nine written as one Dutch word:
/// `twee`, `zeventien`, `vierendertig`, `drieëntwintig`, `honderd`, `honderdtwaalf`,
/// `driehonderdvijf`.
fn spelled_number(w: &str) -> bool {
    // `honderd`, `tweehonderd`: hundreds, then maybe `en`, then one to ninety-nine.
    if let Some(at) = w.find("honderd") {
        let (head, rest) = (&w[..at], &w[at + "honderd".len()..]);
        let rest = rest
            .strip_prefix("en")
            .filter(|r| !r.is_empty())
            .unwrap_or(rest);
        return (head.is_empty() || below_hundred(head))
            && (rest.is_empty() || rest == "een" || rest == "één" || below_hundred(rest));
    }
    below_hundred(w)
}

/// True for a number from two to ninety-nine written as one Dutch word (the ten to
/// ninety-nine of the spoken-number recognizer, and the units).
fn below_hundred(w: &str) -> bool {
    const UNITS: &[&str] = &[
        "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen",
    ];
    UNITS.contains(&w) || super::spoken::dutch_pair(w).is_some()
}

/// The end of a city typed in lower case after a street typed in lower case
/// (`woon op vlasakkers 31 amersfoort.`): one word that closes the sentence. Words that
/// often close a sentence after an address are not taken.
fn lower_city(text: &str, start: usize, end: usize) -> usize {
    const NOT_CITY: &[&str] = &[
        "nu",
        "hier",
        "daar",
        "toch",
        "ook",
        "zelf",
        "thuis",
        "hoor",
        "ofzo",
        "sinds",
        "meer",
        "alleen",
        "trouwens",
        "inmiddels",
        "eigenlijk",
        "tegenwoordig",
        "now",
        "here",
        "there",
        "too",
        "please",
        "graag",
        "gewoon",
        "weer",
        "alweer",
        "niet",
        "wel",
    ];
    if !text[start..].starts_with(|c: char| c.is_lowercase()) {
        return end;
    }
    let Some(rest) = text[end..].strip_prefix(' ') else {
        return end;
    };
    let len = rest
        .char_indices()
        .take(31)
        .find(|&(_, c)| !(c.is_lowercase() || c == '-'))
        .map_or(rest.len(), |(n, _)| n);
    let word = &rest[..len];
    let closing =
        rest[len..].is_empty() || rest[len..].starts_with(['.', ',', ';', '!', '?', '\n', '\r']);
    if word.chars().count() >= 3 && len <= 30 && closing && !NOT_CITY.contains(&word) {
        end + 1 + len
    } else {
        end
    }
}

/// Where an address starting at `start` starts once a number glued to it by a hyphen
/// (`12-14 High Street`, a British range) or an ordinal before the street name (`2e
/// Hugo de Grootstraat`, `1ste Hellingweg`) is included, on the same line.
fn number_prefix(text: &str, start: usize) -> usize {
    let b = text.as_bytes();
    let range = start > 0 && b[start].is_ascii_digit() && b[start - 1] == b'-';
    let gap = if range {
        1
    } else {
        usize::from(start > 0 && b[start - 1] == b' ')
    };
    if gap == 0 || !(range || b[start].is_ascii_uppercase()) {
        return start;
    }
    let end = start - gap;
    let mut i = end;
    while i > 0 && end - i < 4 && b[i - 1].is_ascii_alphanumeric() {
        i -= 1;
    }
    let word = &b[i..end];
    let digits = word.iter().take_while(|c| c.is_ascii_digit()).count();
    let suffix = &word[digits..];
    let ok = digits > 0
        && (i == 0 || !b[i - 1].is_ascii_alphanumeric())
        && if range {
            suffix.is_empty() || suffix.len() == 1 && suffix[0].is_ascii_alphabetic()
        } else {
            digits <= 2 && matches!(suffix, b"e" | b"ste" | b"de")
        };
    if ok { i } else { start }
}

/// Where the adjective of place that many street names start with (`Oude`, `Lange`,
/// `Korte`, `Grote`) starts, when one stands right before `word_start`.
/// Adjectives of place that open a street name of two words (`Oude Gracht`, `Korte
/// Akkeren`).
const PLACE_ADJECTIVES: &[&str] = &[
    "Oude",
    "Nieuwe",
    "Lange",
    "Korte",
    "Grote",
    "Kleine",
    "Hoge",
    "Lage",
    "Brede",
    "Smalle",
    "Achter",
    "Binnen",
    "Buiten",
    "Boven",
    "Beneden",
    "Noorder",
    "Zuider",
    "Ooster",
    "Wester",
    "Verlengde",
    "Oost",
    "West",
    "Noord",
    "Zuid",
];

fn adjective_before(text: &str, word_start: usize) -> Option<usize> {
    let head = text[..word_start].strip_suffix(' ')?;
    PLACE_ADJECTIVES.iter().find_map(|a| {
        let s = head.strip_suffix(a)?;
        let bounded = !s.ends_with(|c: char| c.is_alphanumeric() || c == '-');
        bounded.then_some(s.len())
    })
}

/// True when `start..end` fills a table cell: a tab, a `|` or the line's start before
/// it, a tab, a `|` or the line's end after it (blanks aside).
fn table_cell(text: &str, start: usize, end: usize) -> bool {
    let left = text[..start].trim_end_matches(' ');
    let right = text[end..].trim_start_matches(' ');
    let opens = left.is_empty() || left.ends_with(['\t', '|', '\n']);
    let closes = right.is_empty() || right.starts_with(['\t', '|', '\n', '\r']);
    opens && closes
}

/// Capitalised words that number something other than a house: school years,
/// levels, steps, agenda items, document parts, plans, hotels, platforms ("Grade 5",
/// "Bestemmingsplan Parkzicht 4", "Hotel Amsterdam 2 nights"). Neither the street word
/// nor the word before the street may be one.
const NUMBERED_THINGS: &[&str] = &[
    "Grade",
    "Year",
    "Level",
    "Groep",
    "Klas",
    "Leerjaar",
    "Stap",
    "Step",
    "Fase",
    "Phase",
    "Agendapunt",
    "Punt",
    "Item",
    "Bijlage",
    "Annex",
    "Artikel",
    "Article",
    "Hoofdstuk",
    "Chapter",
    "Paragraaf",
    "Section",
    "Pagina",
    "Page",
    "Versie",
    "Version",
    "Week",
    "Hotel",
    "Bestemmingsplan",
    "Plan",
    "Project",
    "Team",
    "Tafel",
    "Table",
    "Gate",
    "Perron",
    "Platform",
    "Spoor",
    "Lijn",
    "Line",
    "Seat",
];

/// True when the words from the one before `start` up to `word_end` (on the line)
/// include a [`NUMBERED_THINGS`] word.
fn numbered_thing(text: &str, start: usize, word_end: usize) -> bool {
    let head = line_before(text, start, 40).0.trim_end_matches(' ');
    let prev = head.rsplit([' ', '\t']).next().unwrap_or("");
    std::iter::once(prev)
        .chain(text[start..word_end].split(' '))
        .any(|w| NUMBERED_THINGS.contains(&w.trim_end_matches('.')))
}

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
            let end = self
                .extend_right(text, end)
                .max(continuation(text, end))
                .max(lower_city(text, start, end));
            let start = unit_prefix(text, number_prefix(text, start));
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
            let num_end = further_additions(bytes, num_end);
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
            let word_end = opposite_street_end(text, word_end).unwrap_or(word_end);
            if let Some((start, score)) = self.street_start(text, word_end, num_end)
                && !numbered_thing(text, start, word_end)
                && !(score < 0.9 && date_like(&bytes[digit..num_end]))
            {
                push(start, num_end, score, out);
            }
        }
        spoken_addresses(text, &self.spoken_cues, out);
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
        // "storing 3 maart", "Kerkstraat 12 januari": a date, not a house number. In
        // lower case only: `Jan`, `May` and `June` after a number may be names.
        let word_len = next.iter().take_while(|b| b.is_ascii_alphabetic()).count();
        // Every word below starts with a letter: most house numbers end here.
        if word_len == 0 {
            return true;
        }
        if super::birthdate::MONTH_NAMES
            .iter()
            .any(|m| next[..word_len] == *m.as_bytes())
        {
            return false;
        }
        ![
            "jaar", "km", "meter", "minuten", "uur", "euro", "procent", "keer", "years", "minutes",
            "miles", "x ", "nights", "night ", "nacht", "dagen", "dag ", "days", "weken", "weeks",
            "maand", "months", "personen", "persons", "people", "kamers", "rooms", "stuks",
            "sterren", "stars", "hours",
        ]
        .iter()
        .any(|w| next.len() >= w.len() && next[..w.len()].eq_ignore_ascii_case(w.as_bytes()))
    }
}

/// A house number that reads as a date or a year: `28/10`, `3-4` with both parts in
/// date range, `2025`. Only taken as a house number after a capitalised street.
fn date_like(number: &[u8]) -> bool {
    let value = |d: &[u8]| {
        (!d.is_empty() && d.len() <= 4 && d.iter().all(u8::is_ascii_digit))
            .then(|| d.iter().fold(0u32, |n, &c| n * 10 + u32::from(c - b'0')))
    };
    if let Some(year) = value(number) {
        return number.len() == 4 && (1900..=2099).contains(&year);
    }
    let mut parts = number.splitn(2, |&c| c == b'/' || c == b'-');
    match (parts.next().and_then(value), parts.next().and_then(value)) {
        (Some(day), Some(month)) => (1..=31).contains(&day) && (1..=12).contains(&month),
        _ => false,
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
    let comma = comma_at(b, k);
    if let Some(c) = comma {
        k = blanks(b, k + c, usize::MAX);
    }
    let comma = comma.is_some();
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
    let after_comma = comma_at(b, m);
    m += after_comma.unwrap_or(0);
    let m = blanks(b, m, 2);
    if m > ce
        && let Some(p) = uk_postcode(b, m)
            .or_else(|| us_state_zip(b, m))
            .or_else(|| eircode(b, m))
    {
        return p;
    }
    // Irish order: a district before the city (`Ranelagh, Dublin 6`), a postal district
    // number after Dublin, an Eircode after the city.
    if let Some(p) = irish_tail(text, ce, after_comma.is_some().then_some(m)) {
        return p;
    }
    // `LONDON\nSW1A 1AA`: a British postcode on a line of its own below the city.
    if b.get(m) == Some(&b'\n')
        && let Some(p) = uk_postcode(b, blanks(b, m + 1, 2))
    {
        return p;
    }
    if comma && newline.is_none() && note.is_none() || note.is_none() && spaced_city(b, from, k, ce)
    {
        ce
    } else {
        end
    }
}

/// True when the city `k..ce` follows the house number ending at `from` after spaces
/// only and closes the clause (`aan de Beukenlaan 9 Apeldoorn.`): the order of an
/// address written in a sentence. A capitalised word that goes on into the sentence is
/// more likely a name or a new sentence whose full stop is missing.
fn spaced_city(b: &[u8], from: usize, k: usize, ce: usize) -> bool {
    k > from
        && b[from..k].iter().all(|&c| c == b' ')
        && b.get(ce)
            .is_none_or(|c| matches!(c, b'.' | b',' | b';' | b'!' | b'?' | b')' | b'\n' | b'\r'))
}

/// The length of a comma at `i`: `,`, or `\,` as iCalendar escapes it.
fn comma_at(b: &[u8], i: usize) -> Option<usize> {
    match b.get(i..) {
        Some([b',', ..]) => Some(1),
        Some([b'\\', b',', ..]) => Some(2),
        _ => None,
    }
}

/// The end of an Irish or British address after the city ending at `ce`: a postal
/// district number after Dublin (`Dublin 6`, `Dublin 6W`), or a second place after a
/// comma at `next` (a district, then its city: `Ranelagh, Dublin 6`), each maybe
/// followed by an Eircode (`D06 F2X3`), or a locality and a post town with its
/// postcode (`Headingley, Leeds LS6 3AB`).
fn irish_tail(text: &str, ce: usize, next: Option<usize>) -> Option<usize> {
    let b = text.as_bytes();
    let district = |ce: usize| {
        let dublin = ce >= 6 && b[ce - 6..ce].eq_ignore_ascii_case(b"dublin");
        let d = blanks(b, ce, 1);
        let n = b
            .get(d..)?
            .iter()
            .take(3)
            .take_while(|c| c.is_ascii_digit())
            .count();
        let e = d + n + usize::from(b.get(d + n) == Some(&b'W'));
        (dublin && d > ce && (1..=2).contains(&n) && boundary_at(b, e)).then_some(e)
    };
    let with_eircode = |e: usize| {
        let c = blanks(b, e + comma_at(b, e).unwrap_or(0), 2);
        eircode(b, c).filter(|_| c > e).unwrap_or(e)
    };
    if let Some(e) = district(ce) {
        return Some(with_eircode(e));
    }
    let second = city(text, next?)?;
    if let Some(e) = district(second) {
        return Some(with_eircode(e));
    }
    // `8 Mill Lane, Headingley, Leeds LS6 3AB`: a locality, then the post town.
    let p = blanks(b, second, 2);
    uk_postcode(b, p).filter(|_| p > second)
}

/// The end of an Eircode at `i`: a routing key (letter, two digits or `D6W`), a blank,
/// then four letters and digits (`D06 F2X3`, `A65 F4E2`).
fn eircode(b: &[u8], i: usize) -> Option<usize> {
    let key = b.get(i..i + 3)?;
    let routing = key[0].is_ascii_uppercase()
        && key[1].is_ascii_digit()
        && (key[2].is_ascii_digit() || key[2] == b'W');
    let j = blanks(b, i + 3, 1);
    let unique = b.get(j..j + 4)?;
    let ok = unique
        .iter()
        .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        && unique.iter().any(u8::is_ascii_uppercase);
    (routing && j == i + 4 && ok && boundary_at(b, j + 4)).then_some(j + 4)
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
        "room",
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
    let unit = flat_before(text, start);
    if unit < start {
        return unit;
    }
    // A named building between the flat and the street: `Flat 12, Rowan House, 8 Mill
    // Lane`, or the building alone.
    let building = building_before(text, start);
    if building < start {
        flat_before(text, building)
    } else {
        start
    }
}

/// Where a building name written before the street at `start` starts: one to three
/// capitalised words ending in a building noun (`Rowan House`, `Kings Court`), then a
/// comma (or iCalendar's `\,`) and blanks, on the same line.
fn building_before(text: &str, start: usize) -> usize {
    const BUILDINGS: &[&str] = &[
        "House",
        "Court",
        "Building",
        "Lodge",
        "Mansions",
        "Apartments",
        "Tower",
        "Hall",
        "Cottage",
        "Cottages",
        "Heights",
        "Chambers",
        "Buildings",
        "Works",
        "Wharf",
        "Residence",
        "Vicarage",
        "Rectory",
        "Farmhouse",
        "Farm",
        "Barn",
        "Mill",
        "Manor",
        "Grange",
        "Villa",
        "Bungalow",
    ];
    let b = text.as_bytes();
    let Some(name_end) = comma_before(b, start) else {
        return start;
    };
    // Capitalised words separated by single spaces, read right to left.
    let (mut first, mut pos, mut words) = (name_end, name_end, 0);
    while words < 3 {
        let mut w = pos;
        while w > 0 && pos - w < 24 && b[w - 1].is_ascii_alphabetic() {
            w -= 1;
        }
        let word = &text[w..pos];
        let glued = w > 0 && b[w - 1].is_ascii_alphanumeric();
        // `The Old Rectory`, `New Barn`: an article or age word is part of the house's
        // name once a building noun follows it.
        let name_part = words >= 1 && matches!(word, "Old" | "New" | "The");
        if w == pos
            || glued
            || !b[w].is_ascii_uppercase()
            || STOP_CAPITALS.contains(&word) && !name_part
        {
            break;
        }
        if words == 0 && !BUILDINGS.contains(&word) {
            return start;
        }
        first = w;
        words += 1;
        if w < 2 || b[w - 1] != b' ' {
            break;
        }
        pos = w - 1;
    }
    if words >= 2 { first } else { start }
}

/// The end of the text before `start` once blanks (one or two) and a comma (or
/// iCalendar's `\,`) right before it are taken off, if they are there.
fn comma_before(b: &[u8], start: usize) -> Option<usize> {
    let mut i = start;
    while i > 0 && b[i - 1] == b' ' && start - i < 2 {
        i -= 1;
    }
    if i == start || i == 0 || b[i - 1] != b',' {
        return None;
    }
    i -= 1;
    Some(if i > 0 && b[i - 1] == b'\\' { i - 1 } else { i })
}

/// Where an address starting at `start` starts once a flat or unit number directly
/// before it is included ([`unit_prefix`]).
fn flat_before(text: &str, start: usize) -> usize {
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
        if i > 0 && b[i - 1] == b'\\' {
            i -= 1;
        }
    }
    // The unit number: digits and maybe a letter, a letter alone (`Flat C`), or a room
    // number with a floor (`1.02`).
    let num_end = i;
    while i > 0
        && num_end - i < 5
        && (b[i - 1].is_ascii_alphanumeric() || b"./".contains(&b[i - 1]))
    {
        i -= 1;
    }
    let letter = num_end - i == 1 && b[i].is_ascii_uppercase();
    let number = unit_number(b, i) == Some(num_end) || room_number(&b[i..num_end]);
    if !(letter || number) || i == 0 || b[i - 1] != b' ' {
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

/// True for a room or flat number with its floor: digits, a dot or slash, digits
/// (`1.02`, Glasgow's `2/1`).
fn room_number(n: &[u8]) -> bool {
    let mut parts = n.split(|&c| c == b'.' || c == b'/');
    let (Some(floor), Some(room), None) = (parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    [floor, room]
        .iter()
        .all(|p| !p.is_empty() && p.iter().all(u8::is_ascii_digit))
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

    /// LaTeX line breaks in an address block, Antwerp's `-lei`, Papiamento `Kaya`
    /// streets, a compass word after the street, spoken streets with an adjective or a
    /// number above a hundred.
    #[test]
    fn address_blocks_and_regional_streets() {
        assert_eq!(
            spans("\\address{Oude Gracht 210\\\\3511 NR Utrecht}"),
            vec!["Oude Gracht 210\\\\3511 NR Utrecht"]
        );
        assert_eq!(
            spans("de lift in ons gebouw (Frankrijklei 96, 2000 Antwerpen) staat stil"),
            vec!["Frankrijklei 96, 2000 Antwerpen"]
        );
        assert_eq!(
            spans("Aan: S. Martha\nKaya Grandi 64, Kralendijk"),
            vec!["Kaya Grandi 64, Kralendijk"]
        );
        assert_eq!(
            spans("Apartment: Schottegatweg Oost 118, Willemstad"),
            vec!["Schottegatweg Oost 118, Willemstad"]
        );
        assert_eq!(
            spans("ik woon nu op de korte hoefstraat zeventien b in zaltbommel"),
            vec!["korte hoefstraat zeventien b"]
        );
        assert_eq!(
            spans("ophalen op de Dorpsstraat honderdtwaalf in ruinen"),
            vec!["Dorpsstraat honderdtwaalf"]
        );
        assert!(spans("we stonden op de snelweg drie uur vast").is_empty());
        assert!(spans("hij liep op de lange weg honderd meter terug").is_empty());
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

/// Additions, houseboats, tables, cities without postcode, British and Irish
/// multi-part addresses, written as the blind sets write them (invented examples).
#[cfg(test)]
mod written_differently_tests {
    fn spans(t: &str) -> Vec<&str> {
        super::super::util::spans_of(&super::Address::new(), t)
    }

    /// Floor, colour, opposite and range additions keep the postcode and city joined.
    #[test]
    fn additions() {
        for (t, want) in [
            (
                "Adres: Lindelaan 42-2 hoog, 1234 AB Plaats.",
                "Lindelaan 42-2 hoog, 1234 AB Plaats",
            ),
            (
                "ligplaats Eikenweg 12 t.o. 14, 1234 AB Plaats",
                "Eikenweg 12 t.o. 14, 1234 AB Plaats",
            ),
            (
                "op Kerkplein 7 A-rood, 3012 AB Rotterdam",
                "Kerkplein 7 A-rood, 3012 AB Rotterdam",
            ),
            (
                "Molenstraat 5 zwart, 3011 AA Rotterdam",
                "Molenstraat 5 zwart, 3011 AA Rotterdam",
            ),
            (
                "Dorpsstraat 19 rd, 3011 AA Rotterdam",
                "Dorpsstraat 19 rd, 3011 AA Rotterdam",
            ),
            (
                "Dorpsstraat 19 bov., 3011 AA Rotterdam",
                "Dorpsstraat 19 bov., 3011 AA Rotterdam",
            ),
            (
                "Havenweg 10 t/m 12, 1234 AB Plaats",
                "Havenweg 10 t/m 12, 1234 AB Plaats",
            ),
            (
                "Brink 3/0102, 2000 Antwerpen",
                "Brink 3/0102, 2000 Antwerpen",
            ),
            (
                "Nieuwstraat 4 bus 2, 3000 Leuven",
                "Nieuwstraat 4 bus 2, 3000 Leuven",
            ),
            (
                "Stationsweg 8 III, 1234 AB Plaats",
                "Stationsweg 8 III, 1234 AB Plaats",
            ),
        ] {
            assert_eq!(spans(t), vec![want], "{t}");
        }
        // "tot" starts a time, "ter" a phrase: neither is an addition.
        assert_eq!(spans("Kerkweg 5 tot 12 uur open"), vec!["Kerkweg 5"]);
        assert_eq!(
            spans("op de Kerkweg 5 ter hoogte van de school"),
            vec!["Kerkweg 5"]
        );
    }

    /// A houseboat lies opposite a number: the street itself has none.
    #[test]
    fn opposite() {
        assert_eq!(
            spans("woonark Sluisdijk t.o. 33, 1234 AB Plaats."),
            vec!["Sluisdijk t.o. 33, 1234 AB Plaats"]
        );
        assert_eq!(
            spans("de boot ligt Havenkade t/o 4"),
            vec!["Havenkade t/o 4"]
        );
        assert!(spans("zie de uitleg t.o. 33 keer").is_empty());
    }

    /// A city right after the number closes the address; after `in` it does not.
    #[test]
    fn city_without_postcode() {
        assert_eq!(
            spans("verhuisd naar de Beukenlaan 9 Apeldoorn."),
            vec!["Beukenlaan 9 Apeldoorn"]
        );
        assert_eq!(
            spans("op de Stationsweg 14 in Venlo."),
            vec!["Stationsweg 14"]
        );
        assert_eq!(spans("Kerkstraat 5 Jan heeft gebeld"), vec!["Kerkstraat 5"]);
    }

    /// Lower-case nouns with a street ending (`vergadering`, `interval`) and numbers
    /// that are dates or years are no address without a cue; with one they are.
    #[test]
    fn lower_case_nouns_dates_and_years() {
        for t in [
            "de vergadering 3 is verzet",
            "lift: storing 3 maart, monteur komt",
            "afspraak bij reclassering 28/10.",
            "membership renewal 2025",
            "aflevering 12 van de podcast",
            "Kerkstraat 12 januari open",
        ] {
            assert!(spans(t).is_empty(), "{t}");
        }
        assert_eq!(spans("adres: vossenring 4"), vec!["vossenring 4"]);
        assert_eq!(spans("ik woon op kerkstraat 12"), vec!["kerkstraat 12"]);
    }

    /// British and Irish addresses of several parts are one span, also with the
    /// commas iCalendar escapes.
    #[test]
    fn multi_part() {
        for (t, want) in [
            (
                "send it to Flat 12, Rowan House, 8 Mill Lane, Leeds LS2 7AB please",
                "Flat 12, Rowan House, 8 Mill Lane, Leeds LS2 7AB",
            ),
            (
                "Dr Vogt, The Old Rectory, 4 Church Lane, Ilkley LS29 9DR",
                "The Old Rectory, 4 Church Lane, Ilkley LS29 9DR",
            ),
            (
                "home: Apt 3, 22 Oak Square, Ranelagh, Dublin 6\n",
                "Apt 3, 22 Oak Square, Ranelagh, Dublin 6",
            ),
            (
                "post: Flat C, 14 Park Road, N4 2XY.",
                "Flat C, 14 Park Road, N4 2XY",
            ),
            (
                "LOCATION:Room 1.02\\, 5 High Street\\, Bristol BS1 4DJ\n",
                "Room 1.02\\, 5 High Street\\, Bristol BS1 4DJ",
            ),
            (
                "Maple Court, 9 Station Road, Dublin 4, D04 X2Y3",
                "Maple Court, 9 Station Road, Dublin 4, D04 X2Y3",
            ),
        ] {
            assert_eq!(spans(t), vec![want], "{t}");
        }
    }

    /// A tab ends the address on the left; adjective streets in a cell are found.
    #[test]
    fn tables() {
        assert_eq!(
            spans("Anna de Vries\tRozenstraat 8\t1234 AB\tPlaats\n")[0],
            "Rozenstraat 8\t1234 AB\tPlaats"
        );
        for street in [
            "Grote Markt 3",
            "Lange Nieuwstraat 12",
            "Oude Gracht 40",
            "Korte Akkeren 2",
        ] {
            let t = format!("Piet Smit\t{street}\t1234 AB\n");
            assert_eq!(
                spans(&t).first().copied().unwrap_or("").split('\t').next(),
                Some(street),
                "{t}"
            );
        }
    }

    /// Words and numbers around the street that belong to it.
    #[test]
    fn around_the_street() {
        for (t, want) in [
            (
                "Adres: Kerkstraat nr. 12, 1234 AB Plaats",
                "Kerkstraat nr. 12, 1234 AB Plaats",
            ),
            (
                "at 12-14 High Street, Leeds LS1 6AB.",
                "12-14 High Street, Leeds LS1 6AB",
            ),
            (
                "woont 2e Hugo de Grootstraat 10, 1052 KX Amsterdam",
                "2e Hugo de Grootstraat 10, 1052 KX Amsterdam",
            ),
            ("Hauptstr. 5, 10115 Berlin", "Hauptstr. 5, 10115 Berlin"),
            (
                "Flat 2/1, 10 Byres Road, Glasgow G11 5JY",
                "Flat 2/1, 10 Byres Road, Glasgow G11 5JY",
            ),
            (
                "8 Mill Lane, Headingley, Leeds LS6 3AB",
                "8 Mill Lane, Headingley, Leeds LS6 3AB",
            ),
            (
                "Nieuwstraat 4 bus 2A, 3000 Leuven",
                "Nieuwstraat 4 bus 2A, 3000 Leuven",
            ),
        ] {
            assert_eq!(spans(t), vec![want], "{t}");
        }
        assert_eq!(spans("in 2024 Kerkstraat 5 bezocht"), vec!["Kerkstraat 5"]);
    }

    /// Pipe tables end the address on both sides too.
    #[test]
    fn pipe_tables() {
        assert_eq!(
            spans("| Anna de Vries | Korte Akkeren 2 | 1234 AB | Plaats |"),
            vec!["Korte Akkeren 2"]
        );
        // Outside a table cell an adjective and a name are not enough.
        assert!(spans("de Korte Vraag 2 van vandaag").is_empty());
    }

    /// Numbered things that are no address.
    #[test]
    fn negatives() {
        for t in [
            "Adres van de school: Grade 5 en Year 10, Level 3.",
            "Locatie: Bestemmingsplan Parkzicht 4, 1234 AB Plaats",
            "We booked Hotel Amsterdam 2 nights.",
            "Location: Room 12",
            "Ik heb 3 kamers aan de Westerdam 2 nachten geboekt",
        ] {
            assert!(spans(t).is_empty(), "{t}: {:?}", spans(t));
        }
    }
}

/// Dictated addresses with the number in words (invented examples).
#[cfg(test)]
mod spoken_tests {
    fn spans(t: &str) -> Vec<&str> {
        super::super::util::spans_of(&super::Address::new(), t)
    }

    #[test]
    fn spoken() {
        assert_eq!(
            spans("ze woont op de lindestraat zeventien a in sneek"),
            vec!["lindestraat zeventien a"]
        );
        assert_eq!(
            spans("stuur het naar aan de beukenlaan vier hoog twee"),
            vec!["beukenlaan vier hoog twee"]
        );
        assert_eq!(
            spans("mijn adres is dorpsweg drieëntwintig, bel maar"),
            vec!["dorpsweg drieëntwintig"]
        );
        assert!(spans("er stonden op de snelweg drie auto's stil").is_empty());
        assert!(spans("ik woon aan de kerkstraat een paar jaar").is_empty());
        assert!(spans("op de markt twee kramen").is_empty());
        assert_eq!(
            spans("hoe maak ik bezwaar? woon op vlasakkers 31 amersfoort"),
            vec!["vlasakkers 31 amersfoort"]
        );
        assert_eq!(spans("ik woon op kerkweg 31 nu."), vec!["kerkweg 31"]);
        assert!(super::spelled_number("vierendertig"));
        assert!(!super::spelled_number("een"));
    }
}
