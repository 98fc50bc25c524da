//! Bounded look-around helpers: sentence bounds, question shape, name-like words.
//!
//! Every function here looks at most [`MAX_SENTENCE`] bytes either way, so the
//! cost per evidence term is constant and a scan stays linear in the text. The
//! writer's name ([`writer_name_gender`]) is looked for once per text, in one pass.

use super::Gender;

/// Farthest a sentence is followed from an evidence term, each way (bytes).
pub(crate) const MAX_SENTENCE: usize = 400;

/// Words that open a question about a topic rather than about a person when the
/// sentence ends with `?` (Dutch and English interrogatives and inverted modals).
const INTERROGATIVES: &[&str] = &[
    "wat", "welke", "welk", "hoe", "hoeveel", "waarom", "wanneer", "wie", "waar", "waarvoor",
    "mag", "mogen", "kan", "kun", "kunnen", "moet", "moeten", "is", "zijn", "heeft", "hebben",
    "geldt", "gelden", "bestaat", "bestaan", "wordt", "worden", "zou", "zouden", "what", "which",
    "how", "why", "when", "who", "where", "can", "could", "may", "might", "should", "must", "is",
    "are", "does", "do", "did", "will", "would", "has", "have",
];

/// Modal verbs that open a request when "you" follows ("Kun je", "Could you").
const REQUEST_MODALS: &[&str] = &[
    "kun", "kan", "kunt", "wil", "wilt", "zou", "zoudt", "can", "could", "would", "will",
];
/// The assistant addressed in a request.
const ADDRESSEES: &[&str] = &["je", "jij", "u", "you"];

/// Capitalised words that often stand inside a sentence without naming a person.
const NOT_NAMES: &[&str] = &[
    "i",
    "ik",
    "the",
    "de",
    "het",
    "een",
    "and",
    "en",
    "of",
    "in",
    "on",
    "op",
    "van",
    "voor",
    "for",
    "to",
    "dutch",
    "nederland",
    "nederlands",
    "nederlandse",
    "netherlands",
    "english",
    "engels",
    "engelse",
    "europe",
    "europa",
    "europese",
    "european",
    "eu",
    "hr",
    "ok",
    "oké",
    "maandag",
    "dinsdag",
    "woensdag",
    "donderdag",
    "vrijdag",
    "zaterdag",
    "zondag",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
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
    "january",
    "february",
    "march",
    "may",
    "june",
    "july",
    "august",
    "october",
    "gemeente",
    "municipality",
    "council",
    "wet",
    "act",
    "law",
    "artikel",
    "article",
    "avg",
    "gdpr",
    "google",
    "microsoft",
    "teams",
    "excel",
    "word",
    "outlook",
    "linkedin",
    "chatgpt",
    "copilot",
    "kerst",
    "christmas",
    "pasen",
    "easter",
    "ramadan",
    "suikerfeest",
    "offerfeest",
    "eid",
    "hallo",
    "hoi",
    "beste",
    "geachte",
    "dear",
    "hello",
    "hi",
    "subject",
    "onderwerp",
    "re",
    "fw",
    "graag",
    "please",
    "bedankt",
    "thanks",
];

/// Capitalised words that start sentences without naming a person.
const SENTENCE_STARTERS: &[&str] = &[
    "de",
    "het",
    "een",
    "dit",
    "dat",
    "deze",
    "die",
    "er",
    "hier",
    "daar",
    "wat",
    "wie",
    "hoe",
    "waar",
    "wanneer",
    "ik",
    "hij",
    "zij",
    "ze",
    "wij",
    "we",
    "jij",
    "je",
    "u",
    "men",
    "iedereen",
    "niemand",
    "iemand",
    "alles",
    "niets",
    "the",
    "this",
    "that",
    "these",
    "those",
    "there",
    "here",
    "it",
    "what",
    "who",
    "how",
    "where",
    "when",
    "he",
    "she",
    "they",
    "we",
    "you",
    "everyone",
    "nobody",
    "someone",
    "nothing",
    "everything",
    "mijn",
    "onze",
    "my",
    "our",
    "your",
    "his",
    "her",
    "their",
    "zijn",
    "haar",
    "hun",
    "uw",
    "ook",
    "also",
    "dan",
    "then",
    "nu",
    "now",
    "gisteren",
    "vandaag",
    "morgen",
    "vanochtend",
    "vanmiddag",
    "vanavond",
    "daarna",
    "toen",
    "maar",
    "want",
    "omdat",
    "als",
    "eerder",
    "later",
    "vorige",
    "volgende",
    "yesterday",
    "today",
    "tomorrow",
    "but",
    "because",
    "if",
    "after",
    "before",
    "earlier",
    "last",
    "next",
    "this",
    "verder",
    "helaas",
    "inmiddels",
    "sindsdien",
    "cliënt",
    "client",
    "klager",
    "aanvrager",
    "betrokkene",
    "patiënt",
    "patient",
    "medewerker",
    "employee",
];

/// Verbs that follow a name at the start of a sentence.
const PERSON_VERBS: &[&str] = &[
    "is",
    "was",
    "heeft",
    "had",
    "zit",
    "zat",
    "gaat",
    "ging",
    "draagt",
    "droeg",
    "wordt",
    "werd",
    "krijgt",
    "kreeg",
    "vertelde",
    "vertelt",
    "zegt",
    "zei",
    "vroeg",
    "vraagt",
    "belde",
    "werkt",
    "woont",
    "staat",
    "stond",
    "kwam",
    "komt",
    "loopt",
    "liep",
    "gebruikt",
    "stemt",
    "stemde",
    "doet",
    "deed",
    "blijkt",
    "bleek",
    "lijdt",
    "leed",
    "has",
    "fasts",
    "told",
    "says",
    "said",
    "asked",
    "asks",
    "called",
    "works",
    "lives",
    "takes",
    "took",
    "wears",
    "goes",
    "went",
    "attends",
    "attended",
    "votes",
    "voted",
    "joined",
    "got",
    "gets",
    "uses",
    "became",
    "needs",
    "suffers",
    "suffered",
    "tested",
    "learned",
    "learnt",
    "found",
    "carries",
    "underwent",
    "received",
];

/// Abbreviations whose full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mevr", "dhr", "geb", "bijv", "tel", "afd", "ongev", "resp", "evt", "etc", "enz", "incl",
    "excl", "mrs", "prof", "drs", "ing", "zgn", "vgl", "jhr", "mej", "gem", "nov", "dec", "jan",
    "feb", "okt", "sept", "aug", "apr", "nrs", "str", "blz", "pag", "art", "mln", "mld", "max",
    "min", "ca", "vs", "approx", "dept", "st",
];

/// Bounds `[start, end)` of the sentence around `[from, to)`: ends at a line break,
/// `?`, `!`, or `.` after a word of three or more letters that is no abbreviation
/// (so `geb.` and `mevr.` do not end a sentence), or after [`MAX_SENTENCE`] bytes.
pub(crate) fn sentence(text: &str, from: usize, to: usize) -> (usize, usize) {
    let b = text.as_bytes();
    let lo = from.saturating_sub(MAX_SENTENCE);
    let mut start = lo;
    let mut i = from;
    while i > lo {
        if ends_sentence(b, i - 1) {
            start = i;
            break;
        }
        i -= 1;
    }
    while start < from && !text.is_char_boundary(start) {
        start += 1;
    }
    let hi = (to + MAX_SENTENCE).min(b.len());
    let mut end = hi;
    let mut j = to;
    while j < hi {
        if ends_sentence(b, j) {
            end = j + 1;
            break;
        }
        j += 1;
    }
    while end > to && !text.is_char_boundary(end) {
        end -= 1;
    }
    (start, end)
}

/// True when byte `i` ends a sentence. Inlined into the scans of [`sentence`], which
/// test every byte: most bytes are settled by one comparison.
#[inline(always)]
fn ends_sentence(b: &[u8], i: usize) -> bool {
    match b.get(i) {
        Some(b'\n' | b'?' | b'!') => true,
        Some(b'.') => full_stop_ends(b, i),
        _ => false,
    }
}

/// True when the full stop at `i` ends a sentence: a space or the end of the text
/// follows, and it stands after a digit or after a word of three or more letters
/// that is no abbreviation.
fn full_stop_ends(b: &[u8], i: usize) -> bool {
    let next_is_space = b.get(i + 1).is_none_or(|c| c.is_ascii_whitespace());
    if !next_is_space {
        return false;
    }
    let before = b.get(..i).unwrap_or(&[]);
    let len = before
        .iter()
        .rev()
        .take_while(|c| c.is_ascii_alphanumeric() || **c >= 0x80)
        .count();
    if before.last().is_some_and(u8::is_ascii_digit) {
        return true;
    }
    let word = before.get(i - len..).unwrap_or(&[]);
    len >= 3
        && !ABBREVIATIONS
            .iter()
            .any(|a| a.as_bytes().eq_ignore_ascii_case(word))
}

/// True when the sentence `[start, end)` asks a question about a topic in general:
/// it ends with `?` and opens with an interrogative or an inverted modal verb.
pub(crate) fn is_general_question(text: &str, start: usize, end: usize) -> bool {
    let s = text.get(start..end).unwrap_or("").trim_end();
    if !s.ends_with('?') {
        return false;
    }
    let mut words = s
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    let first = words.next().unwrap_or("");
    let second = words.next().unwrap_or("");
    // "Kun je …", "Can you …": a request to the assistant, not a question about a topic.
    let request = REQUEST_MODALS.iter().any(|w| w.eq_ignore_ascii_case(first))
        && ADDRESSEES.iter().any(|w| w.eq_ignore_ascii_case(second));
    !request && INTERROGATIVES.iter().any(|w| w.eq_ignore_ascii_case(first))
}

/// Byte spans of capitalised, name-like words inside `[start, end)`: an upper-case
/// letter followed by lower-case letters only, not the first word of the sentence
/// or of a line or after a colon, not a common capitalised word, and not inside
/// any span of `skip`. At most `limit` are returned.
pub(crate) fn name_like(
    text: &str,
    start: usize,
    end: usize,
    skip: &[(usize, usize)],
    limit: usize,
) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let Some(s) = text.get(start..end) else {
        return out;
    };
    let mut opens = true;
    let mut word_start: Option<usize> = None;
    let push = |ws: usize, we: usize, opens: bool, out: &mut Vec<(usize, usize)>| {
        let w = &s[ws..we];
        // The cheap shape test first: most words are not capitalised (an ASCII
        // first byte that is no capital settles it).
        let capital = w
            .as_bytes()
            .first()
            .is_some_and(|&c| c >= 0x80 || c.is_ascii_uppercase());
        let placed = || {
            !opens
                || (!SENTENCE_STARTERS.iter().any(|n| n.eq_ignore_ascii_case(w))
                    && verb_follows(&s[we..]))
        };
        if capital
            && looks_like_name(w)
            && placed()
            && !skip.iter().any(|&(a, b)| start + ws < b && a < start + we)
        {
            out.push((start + ws, start + we));
        }
    };
    for (i, c) in s.char_indices() {
        let in_word = c.is_alphanumeric() || (c == '\'' && word_start.is_some());
        match (in_word, word_start) {
            (true, None) => word_start = Some(i),
            (false, Some(ws)) => {
                push(ws, i, opens, &mut out);
                word_start = None;
                opens = false;
            }
            _ => {}
        }
        if !in_word
            && matches!(
                c,
                '.' | ':' | '\n' | '?' | '!' | '"' | '(' | '‘' | '“' | '\'' | '*' | '-'
            )
        {
            opens = true;
        }
        if out.len() >= limit {
            return out;
        }
    }
    if let Some(ws) = word_start {
        push(ws, s.len(), opens, &mut out);
    }
    out.truncate(limit);
    out
}

/// The name right after a term in a genitive ("re-integratie van Anouk", "treatment
/// of Mr Jones"): `van`/`of`, an optional title, then a name-like word.
pub(crate) fn genitive_name(text: &str, end: usize) -> Option<(usize, usize)> {
    let rest = text.get(end..)?;
    let mut cut = rest.len().min(60);
    while !rest.is_char_boundary(cut) {
        cut -= 1;
    }
    let rest = &rest[..cut];
    let mut offset = 0;
    let mut words = rest.split_inclusive(' ').map(|w| {
        let start = end + offset;
        offset += w.len();
        (start, w.trim_end())
    });
    let (_, first) = words.find(|(_, w)| !w.is_empty())?;
    if !["van", "of"].iter().any(|v| v.eq_ignore_ascii_case(first)) {
        return None;
    }
    let (mut at, mut word) = words.next()?;
    if TITLES
        .iter()
        .any(|t| t.eq_ignore_ascii_case(word.trim_end_matches('.')))
    {
        (at, word) = words.next()?;
    }
    let name = word.trim_end_matches(|c: char| !c.is_alphanumeric());
    (!name.is_empty() && looks_like_name(name) && text.is_char_boundary(at + name.len()))
        .then_some((at, at + name.len()))
}

/// Titles that may stand between "van"/"of" and a name.
const TITLES: &[&str] = &[
    "mevrouw", "mevr", "mw", "dhr", "meneer", "mr", "mrs", "ms", "miss", "dr",
];

/// True when the next word is a verb that typically follows a person's name at the
/// start of a sentence ("Daniel was", "Kees heeft", "Imran fasts").
fn verb_follows(rest: &str) -> bool {
    let next = rest
        .trim_start()
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .next()
        .unwrap_or("");
    PERSON_VERBS.iter().any(|v| v.eq_ignore_ascii_case(next))
}

/// An upper-case letter, then two or more lower-case letters, and not a common word.
fn looks_like_name(w: &str) -> bool {
    let mut chars = w.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    if !first.is_uppercase() {
        return false;
    }
    let mut rest = 0;
    for c in chars {
        if !(c.is_lowercase() || c == '\'') {
            return false;
        }
        rest += 1;
    }
    if rest < 2 {
        return false;
    }
    !NOT_NAMES.iter().any(|n| n.eq_ignore_ascii_case(w))
}

/// Given names with one gender in Dutch and English use, from Faker's gendered
/// first-name lists (`data/names/given_*.txt`, generated by `faker_gender.py`): names
/// either gender carries, and unisex names, are left out of both.
const GIVEN_FEMALE: &str = include_str!("../../../../data/names/given_female.txt");
const GIVEN_MALE: &str = include_str!("../../../../data/names/given_male.txt");

/// The longest given name looked up (bytes); longer words are no given names.
const MAX_GIVEN: usize = 24;

/// The gendered given names as sorted slices of the compiled-in lists: no copies, and
/// only looked up where a text names a partner, so a binary search is cheap enough.
struct GivenNames {
    female: Vec<&'static str>,
    male: Vec<&'static str>,
}

/// The lists, built on first use (most texts never need them).
static GIVEN: std::sync::OnceLock<GivenNames> = std::sync::OnceLock::new();

fn given_list(list: &'static str) -> Vec<&'static str> {
    let mut v: Vec<&'static str> = list
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect();
    v.sort_unstable();
    v.dedup();
    v
}

/// The gender a given name carries, `Unknown` for any other word. `word` must be
/// capitalised ("Femke", "Joost"): a lower-case word in these positions is no name.
pub(crate) fn given_gender(word: &str) -> Gender {
    if word.len() > MAX_GIVEN || !word.chars().next().is_some_and(char::is_uppercase) {
        return Gender::Unknown;
    }
    let names = GIVEN.get_or_init(|| GivenNames {
        female: given_list(GIVEN_FEMALE),
        male: given_list(GIVEN_MALE),
    });
    let lower = word.to_lowercase();
    // A double name ("Anne-Marie", "Jan-Willem") takes the gender of its first part.
    let first = lower.split('-').next().unwrap_or("");
    for key in [lower.as_str(), first] {
        if names.female.binary_search(&key).is_ok() {
            return Gender::Female;
        }
        if names.male.binary_search(&key).is_ok() {
            return Gender::Male;
        }
    }
    Gender::Unknown
}

/// The word (letters, inner `-` and `'`) that starts at `at` after blanks and at most
/// one comma, with its start; empty when none does. A word followed by `'s` or `'`
/// is a genitive ("Tom's vrouw"), not a name on its own, and yields nothing.
fn word_at(text: &str, at: usize) -> (usize, &str) {
    let rest = text.get(at..).unwrap_or("");
    let trimmed = rest.trim_start_matches([' ', '\t']);
    let trimmed = trimmed
        .strip_prefix(',')
        .map_or(trimmed, |t| t.trim_start_matches([' ', '\t']));
    let start = at + rest.len() - trimmed.len();
    let len = trimmed
        .char_indices()
        .find(|&(i, c)| {
            !(c.is_alphabetic() || (i > 0 && c == '-' && !trimmed[i + 1..].starts_with('-')))
        })
        .map_or(trimmed.len(), |(i, _)| i);
    let word = &trimmed[..len];
    if trimmed[len..].starts_with(['\'', '’']) {
        return (start, "");
    }
    (start, word)
}

/// The gender of the given name that follows `at` ("mijn partner Joost", "Partner:
/// Lisa de Wit", "my husband, Marcus,").
pub(crate) fn name_gender_after(text: &str, at: usize) -> Gender {
    given_gender(word_at(text, at).1)
}

/// The gender of the speaker of the chat line that holds `pos`: a line opening with
/// a given name (and optionally a surname) and a colon ("Anouk: …", "Tom Vos: …"),
/// after an optional time stamp ("[10:02] Anouk: …", "10:02 - Anouk: …").
pub(crate) fn speaker_gender(text: &str, pos: usize) -> Gender {
    let head = text.get(..pos).unwrap_or("");
    let line_start = head.rfind('\n').map_or(0, |i| i + 1);
    let line = head.get(line_start..).unwrap_or("");
    // Skip a time stamp: digits, `:`, `[`, `]`, `-`, `/`, `.`, `,` and blanks.
    let body = line.trim_start_matches(|c: char| {
        c.is_ascii_digit() || matches!(c, ':' | '[' | ']' | '-' | '/' | '.' | ',' | ' ' | '\t')
    });
    let at = line_start + line.len() - body.len();
    let (start, first) = word_at(text, at);
    let mut end = start + first.len();
    // An optional surname: one more capitalised word before the colon.
    let (s2, second) = word_at(text, end);
    if second.chars().next().is_some_and(char::is_uppercase) && !text[end..s2].contains(',') {
        end = s2 + second.len();
    }
    if end > pos || !text.get(end..).is_some_and(|r| r.starts_with(':')) {
        return Gender::Unknown;
    }
    given_gender(first)
}

/// Cues after which the writer gives their own name ("ik ben Iris", "I'm Tom").
const SELF_INTRODUCTIONS: &[&[&str]] = &[
    &["ik", "ben"],
    &["ik", "heet"],
    &["mijn", "naam", "is"],
    &["i'm"],
    &["i’m"],
    &["i", "am"],
    &["my", "name", "is"],
];

/// Line labels of an e-mail header whose value opens with the sender's display name.
const SENDER_LABELS: &[&str] = &["from:", "van:", "afzender:", "sender:"];

/// The writer's gender from their given name: a self-introduction ("ik ben Iris",
/// "I'm Tom, …"), else the display name of a `From:`/`Van:` header line, else the
/// name under a sign-off ("Groet,\nDaniel", "Best, Sanne"). Within one kind of
/// source, names of both genders make it `Unknown` (a thread with several writers).
/// One pass over the lines and words of the text.
pub(crate) fn writer_name_gender(text: &str) -> Gender {
    // Per source (introduction, header, signature): the genders seen, as bits.
    let mut seen = [0u8; 3];
    let bit = |g: Gender| match g {
        Gender::Female => 1,
        Gender::Male => 2,
        Gender::Unknown => 0,
    };
    let mut after_signoff = false;
    let mut offset = 0;
    for raw in text.split_inclusive('\n') {
        let line_at = offset;
        offset += raw.len();
        let line = raw.trim_end();
        let trimmed = line.trim_start();
        let lead = line_at + (line.len() - trimmed.len());
        if after_signoff && !trimmed.is_empty() {
            if trimmed.split_whitespace().count() <= SIGNATURE_WORDS + 1 {
                seen[2] |= bit(given_gender(word_at(text, lead).1));
            }
            after_signoff = false;
        }
        let lower = trimmed.to_ascii_lowercase();
        if let Some(label) = SENDER_LABELS.iter().find(|l| lower.starts_with(**l)) {
            // The display name may be quoted: `From: "Tom Baker" <tom@…>`.
            let value = trimmed.get(label.len()..).unwrap_or("");
            let bare = value.trim_start_matches([' ', '\t', '"', '\'']);
            seen[1] |= bit(name_gender_after(text, lead + trimmed.len() - bare.len()));
        }
        // A sign-off ends its line ("Groet,") or is followed by the name ("Best, Sanne").
        if is_signoff(&lower) {
            after_signoff = true;
        } else if let Some((head, tail)) = lower.split_once(',') {
            if is_signoff(head) && tail.split_whitespace().count() <= SIGNATURE_WORDS + 1 {
                seen[2] |= bit(name_gender_after(text, lead + head.len() + 1));
            }
        }
        if let Some(at) = dash_signature(trimmed) {
            seen[2] |= bit(name_gender_after(text, lead + at));
        }
        seen[0] |= introductions(text, lead, &lower, bit);
    }
    seen.iter()
        .find(|&&b| b != 0)
        .map_or(Gender::Unknown, |&b| match b {
            1 => Gender::Female,
            2 => Gender::Male,
            _ => Gender::Unknown,
        })
}

/// Where the name of a dash signature starts in `line` (trimmed): a dash at the start
/// of the line or after a blank, then one or two capitalised words that end the line
/// or a closing quote ("… can you help? — Daniel", "- Tomás\"").
fn dash_signature(line: &str) -> Option<usize> {
    let body = line.trim_end_matches(['"', '”', '\'', '’', ' ', '\t']);
    let (head, name) = body.rsplit_once(['-', '–', '—'])?;
    let before_ok = head.is_empty() || head.ends_with([' ', '\t', '-', '–', '—']);
    let words = name.split_whitespace().count();
    let capital = name
        .trim_start()
        .chars()
        .next()
        .is_some_and(char::is_uppercase);
    (before_ok && capital && (1..=2).contains(&words))
        .then_some(head.len() + body[head.len()..].chars().next().map_or(1, char::len_utf8))
}

/// The gender bits of the names introduced in one line (`lower` is the ASCII
/// lower-cased line, which starts at `lead` in `text`).
fn introductions(text: &str, lead: usize, lower: &str, bit: impl Fn(Gender) -> u8) -> u8 {
    let mut bits = 0;
    // The last three words of the line so far.
    let mut prev: [&str; 3] = [""; 3];
    let mut start = None;
    for (i, c) in lower
        .char_indices()
        .chain(std::iter::once((lower.len(), ' ')))
    {
        let in_word = c.is_alphanumeric() || c == '\'' || c == '’';
        match (in_word, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                start = None;
                prev = [prev[1], prev[2], lower.get(s..i).unwrap_or("")];
                for cue in SELF_INTRODUCTIONS {
                    if prev.get(3 - cue.len()..).is_some_and(|p| p == *cue) {
                        bits |= bit(name_gender_after(text, lead + i));
                    }
                }
            }
            _ => {}
        }
    }
    bits
}

/// True when `line` (lower case, trimmed) is a sign-off of `data/names/signoffs.txt`
/// ("met vriendelijke groet", "best"), with or without a closing `,` `!` or `.`.
fn is_signoff(line: &str) -> bool {
    let bare = line.trim_end_matches([',', '!', '.']).trim_end();
    !bare.is_empty()
        && SIGNOFFS
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .any(|l| l == bare || l.trim_end_matches('.') == bare)
}

/// Closing phrases of letters and e-mails, shared with the person recognizer.
const SIGNOFFS: &str = include_str!("../../../../data/names/signoffs.txt");

/// At most this many words may follow a name on a signature line ("Best, Sanne
/// (zij/haar)"): a longer line goes on as a sentence ("Thanks, Tom, my husband …"),
/// where the name is an addressee.
const SIGNATURE_WORDS: usize = 3;

#[cfg(test)]
mod tests {
    use super::*;

    /// Sentence bounds stop at `?` and at a full stop after a long word, not after `mevr.`.
    #[test]
    fn sentences_skip_abbreviations() {
        let t = "Kun je mailen? Zij heeft mevr. Jansen gebeld. Daarna niets.";
        let p = t.find("Jansen").unwrap();
        let (s, e) = sentence(t, p, p + 6);
        assert_eq!(&t[s..e], " Zij heeft mevr. Jansen gebeld.");
    }

    /// A sentence longer than the bound is cut, on char boundaries.
    #[test]
    fn sentences_are_bounded() {
        let t = "é".repeat(600) + " ziek " + &"ü".repeat(600);
        let p = t.find("ziek").unwrap();
        let (s, e) = sentence(&t, p, p + 4);
        assert!(p - s <= MAX_SENTENCE && e - (p + 4) <= MAX_SENTENCE);
        assert!(t.is_char_boundary(s) && t.is_char_boundary(e));
    }

    /// Wh-questions are general; a statement or a request is not.
    #[test]
    fn question_shape() {
        let q = "Wat zijn de symptomen van diabetes?";
        assert!(is_general_question(q, 0, q.len()));
        let r = "Kun je een mail opstellen aan mevrouw De Vries?";
        assert!(!is_general_question(r, 0, r.len()));
        let c = "Can an employer ask about a pregnancy?";
        assert!(is_general_question(c, 0, c.len()));
        let s = "Zij heeft diabetes.";
        assert!(!is_general_question(s, 0, s.len()));
        let i = "Schrijf een brief voor Tineke?";
        assert!(!is_general_question(i, 0, i.len()));
    }

    /// A genitive names the person after a term; a lower-case word does not.
    #[test]
    fn genitive_names() {
        let t = "de re-integratie van Anouk loopt";
        let end = t.find(" van").unwrap();
        assert_eq!(genitive_name(t, end).map(|(a, b)| &t[a..b]), Some("Anouk"));
        let u = "the treatment of Mr Jones.";
        let end = u.find(" of").unwrap();
        assert_eq!(genitive_name(u, end).map(|(a, b)| &u[a..b]), Some("Jones"));
        let v = "de re-integratie van medewerkers";
        assert_eq!(genitive_name(v, v.find(" van").unwrap()), None);
    }

    /// Given names carry a gender; unisex names, words and lower-case words do not.
    #[test]
    fn given_name_genders() {
        assert_eq!(given_gender("Femke"), Gender::Female);
        assert_eq!(given_gender("Joost"), Gender::Male);
        assert_eq!(given_gender("Jan"), Gender::Male);
        assert_eq!(given_gender("Anne-Marie"), Gender::Female);
        assert_eq!(given_gender("Özlem"), Gender::Female);
        assert_eq!(given_gender("Sam"), Gender::Unknown);
        assert_eq!(given_gender("Robin"), Gender::Unknown);
        assert_eq!(given_gender("Hope"), Gender::Unknown);
        assert_eq!(given_gender("femke"), Gender::Unknown);
        assert_eq!(given_gender(""), Gender::Unknown);
    }

    /// The writer's name comes from an introduction, a From line or a signature; a
    /// sign-off that goes on as a sentence names an addressee.
    #[test]
    fn writer_names() {
        assert_eq!(writer_name_gender("Hoi, ik ben Iris."), Gender::Female);
        assert_eq!(writer_name_gender("I’m Tom and I need help"), Gender::Male);
        assert_eq!(
            writer_name_gender("Van: Femke Bos\nOnderwerp: x"),
            Gender::Female
        );
        assert_eq!(
            writer_name_gender("From: \"Tom Baker\" <t@example.org>"),
            Gender::Male
        );
        assert_eq!(
            writer_name_gender("Tekst.\n\nMet vriendelijke groet,\n\nDaan"),
            Gender::Male
        );
        assert_eq!(
            writer_name_gender("Tekst.\nGroet, Noor (zij/haar)"),
            Gender::Female
        );
        assert_eq!(
            writer_name_gender("Thanks, Tom, for the quick answer today."),
            Gender::Unknown
        );
        assert_eq!(writer_name_gender("I'm Tom. I'm Lisa."), Gender::Unknown);
        assert_eq!(writer_name_gender("ik ben Tom's zus"), Gender::Unknown);
        assert_eq!(
            writer_name_gender("Help me write it? — Daniel"),
            Gender::Male
        );
        assert_eq!(
            writer_name_gender("\"we are moving - Tomás\"\n"),
            Gender::Male
        );
        assert_eq!(writer_name_gender("Anne-Marie belt"), Gender::Unknown);
        assert_eq!(
            writer_name_gender("Zie pagina 3 - Inleiding"),
            Gender::Unknown
        );
    }

    /// A chat line's speaker, after an optional time stamp.
    #[test]
    fn chat_speakers() {
        let t = "[10:02] Anouk: hoi\nTom Vos: ok\nNotitie: x";
        assert_eq!(speaker_gender(t, t.find("hoi").unwrap()), Gender::Female);
        assert_eq!(speaker_gender(t, t.find("ok").unwrap()), Gender::Male);
        assert_eq!(speaker_gender(t, t.find(" x").unwrap()), Gender::Unknown);
    }

    /// Capitalised words inside a sentence are name-like; the first word and weekdays are not.
    #[test]
    fn name_like_words() {
        let t = "Gisteren belde Karin op maandag over Ahmed. Daarna Vrijdag niets.";
        let found: Vec<&str> = name_like(t, 0, t.len(), &[], 10)
            .into_iter()
            .map(|(a, b)| &t[a..b])
            .collect();
        assert_eq!(found, vec!["Karin", "Ahmed"]);
    }
}
