//! Folding of invisible and look-alike characters before detection.
//!
//! # Why
//! Text pasted from Word, PDFs, web forms, spreadsheets and CJK input methods carries
//! characters that look like ASCII but are not: non-breaking and thin spaces, soft
//! hyphens and zero-width spaces inside words (`Mar\u{AD}tijn`, `jan@\u{200B}example.nl`),
//! non-breaking hyphens in licence plates (`GV\u{2011}381\u{2011}X`) and full-width digits
//! (`\u{FF10}\u{FF16}\u{FF0D}\u{FF11}\u{FF12}…`). Every recognizer would otherwise have to
//! know each of them; one that does not is blind to a value a person reads without
//! effort. Zero-width characters are also the classic way to slip a value past a filter.
//!
//! # How
//! When a text holds such a character, the detector scans a folded copy instead:
//! invisible format characters are dropped, Unicode spaces become a space, hyphen
//! look-alikes a `-` (an en dash only between two letters or digits, where it joins a
//! value, not where it separates a clause), and full-width ASCII its ASCII character.
//! Every byte of the copy remembers the original character it came from, so that the
//! findings are mapped back onto the caller's text: a span starts where its first
//! character started and ends where its last one ended, so a value keeps the invisible
//! characters inside it and never gains those around it.
//!
//! # Cost
//! A text without any of these characters (the common case) costs one `memchr3` pass for
//! the three lead bytes the characters share and a check at each hit (curly quotes and
//! dashes share them), and is scanned as it is.

/// A folded copy of a text with the way back to the original's offsets.
pub(crate) struct Folded {
    /// The folded text that the recognizers scan.
    pub(crate) text: String,
    /// For each byte of `text` (and one past the end), the original offset where the
    /// character that produced it starts.
    starts: Vec<usize>,
    /// For each byte of `text`, the original offset where the character that produced
    /// it ends.
    ends: Vec<usize>,
}

/// What one character folds to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Fold {
    /// Kept as it is.
    Keep,
    /// Dropped: it is invisible and joins or breaks nothing a reader sees.
    Drop,
    /// Replaced by this ASCII character.
    Ascii(u8),
}

/// The fold of `c`, with `prev` and `next` the characters around it (for the en dash).
fn fold_of(c: char, prev: Option<char>, next: Option<char>) -> Fold {
    match c {
        // Soft hyphen, zero-width space/non-joiner/joiner, word joiner, byte-order mark.
        '\u{AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' => Fold::Drop,
        // No-break, en/em/thin/hair/figure/punctuation spaces, narrow no-break space,
        // ideographic space.
        '\u{A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{3000}' => Fold::Ascii(b' '),
        // Hyphen, non-breaking hyphen, figure dash, minus sign, small and full-width
        // hyphen-minus.
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2212}' | '\u{FE63}' | '\u{FF0D}' => {
            Fold::Ascii(b'-')
        }
        // An en dash joins a value only between two letters or digits (`ZL–904–R`); with
        // spaces around it, it separates parts of a sentence and stays.
        '\u{2013}'
            if prev.is_some_and(char::is_alphanumeric)
                && next.is_some_and(char::is_alphanumeric) =>
        {
            Fold::Ascii(b'-')
        }
        // Full-width forms of the printable ASCII characters.
        '\u{FF01}'..='\u{FF5E}' => {
            let ascii = u32::from(c) - 0xFEE0;
            u8::try_from(ascii).map_or(Fold::Keep, Fold::Ascii)
        }
        _ => Fold::Keep,
    }
}

/// True when the character at byte `i` of `text` folds.
fn folds_at(text: &str, i: usize) -> bool {
    let Some(c) = text.get(i..).and_then(|s| s.chars().next()) else {
        return false;
    };
    let prev = text.get(..i).and_then(|s| s.chars().next_back());
    let next = text.get(i + c.len_utf8()..).and_then(|s| s.chars().next());
    fold_of(c, prev, next) != Fold::Keep
}

/// The folded copy of `text`, or `None` when nothing in it folds. The copy starts at
/// the first character that folds: everything before it is copied as it is.
pub(crate) fn fold(text: &str) -> Option<Folded> {
    let b = text.as_bytes();
    // Every foldable character is encoded with one of these lead bytes.
    let three = memchr::memchr3_iter(0xC2, 0xE2, 0xE3, b).find(|&i| folds_at(text, i));
    let full_width = memchr::memchr_iter(0xEF, b).find(|&i| folds_at(text, i));
    let first = match (three, full_width) {
        (Some(a), Some(b)) => a.min(b),
        (a, b) => a.or(b)?,
    };
    let mut out = String::with_capacity(text.len());
    let mut starts = Vec::with_capacity(text.len() + 1);
    let mut ends = Vec::with_capacity(text.len());
    let head = text.get(..first).unwrap_or("");
    out.push_str(head);
    starts.extend(0..head.len());
    ends.extend(1..=head.len());
    let mut prev = head.chars().next_back();
    let mut chars = text.get(first..).unwrap_or("").char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let at = first + i;
        let end = at + c.len_utf8();
        let next = chars.peek().map(|&(_, n)| n);
        match fold_of(c, prev, next) {
            Fold::Keep => {
                out.push(c);
                for _ in 0..c.len_utf8() {
                    starts.push(at);
                    ends.push(end);
                }
            }
            Fold::Drop => {}
            Fold::Ascii(a) => {
                out.push(char::from(a));
                starts.push(at);
                ends.push(end);
            }
        }
        prev = Some(c);
    }
    starts.push(text.len());
    Some(Folded {
        text: out,
        starts,
        ends,
    })
}

impl Folded {
    /// The original span of the folded span `start..end`: from the start of its first
    /// character to the end of its last. An empty span maps to an empty span.
    pub(crate) fn original(&self, start: usize, end: usize) -> (usize, usize) {
        let s = self.starts.get(start).copied().unwrap_or(0);
        if end <= start {
            return (s, s);
        }
        let e = self
            .ends
            .get(end - 1)
            .copied()
            .unwrap_or_else(|| self.starts.last().copied().unwrap_or(0));
        (s, e.max(s))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folded(t: &str) -> String {
        fold(t).map_or_else(|| t.to_string(), |f| f.text)
    }

    /// Plain text and text with only curly quotes and dashes is left alone.
    #[test]
    fn nothing_to_fold() {
        assert!(fold("Jan de Vries, 06-12345678").is_none());
        assert!(fold("‘Jan’ – “de Vries” — Noël").is_none());
        assert!(fold("").is_none());
    }

    #[test]
    fn invisible_characters_are_dropped() {
        assert_eq!(folded("Mar\u{AD}tijn"), "Martijn");
        assert_eq!(folded("jan@\u{200B}example.nl"), "jan@example.nl");
        assert_eq!(folded("\u{FEFF}BSN"), "BSN");
    }

    #[test]
    fn spaces_hyphens_and_full_width_become_ascii() {
        assert_eq!(folded("06\u{A0}12\u{202F}34"), "06 12 34");
        assert_eq!(folded("GV\u{2011}381\u{2010}X"), "GV-381-X");
        assert_eq!(folded("ZL–904–R"), "ZL-904-R");
        assert_eq!(folded("\u{FF10}\u{FF16}\u{FF0D}\u{FF11}\u{FF12}"), "06-12");
        // An en dash between spaces separates a clause and stays.
        assert_eq!(folded("Jan – 06\u{A0}12"), "Jan – 06 12");
    }

    /// Spans map back from the start of their first character to the end of their
    /// last, so the invisible characters around a value stay outside it.
    #[test]
    fn spans_map_back_to_the_original() {
        let t = "Naam:\u{200B} Ama\u{200B}nda\u{200B} Kwarteng\u{200B}";
        let f = fold(t).unwrap();
        let s = f.text.find("Amanda Kwarteng").unwrap();
        let (a, b) = f.original(s, s + "Amanda Kwarteng".len());
        assert_eq!(&t[a..b], "Ama\u{200B}nda\u{200B} Kwarteng");
        let t = "tel \u{FF10}\u{FF16}\u{FF0D}\u{FF11}\u{FF12}.";
        let f = fold(t).unwrap();
        let s = f.text.find("06-12").unwrap();
        let (a, b) = f.original(s, s + 5);
        assert_eq!(&t[a..b], "\u{FF10}\u{FF16}\u{FF0D}\u{FF11}\u{FF12}");
        assert_eq!(f.original(f.text.len(), f.text.len()), (t.len(), t.len()));
    }
}
