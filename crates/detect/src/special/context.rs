//! Bounded look-around helpers: sentence bounds, question shape, name-like words.
//!
//! Every function here looks at most [`MAX_SENTENCE`] bytes either way, so the
//! cost per evidence term is constant and a scan stays linear in the text.

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
