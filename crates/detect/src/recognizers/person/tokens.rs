//! A small Unicode-aware tokenizer for name finding: words, initials, punctuation
//! and line breaks, with byte offsets. One pass, no allocation beyond the output.

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Letters (and digits), with inner apostrophes (`O'Brien`), or `'t`.
    Word,
    /// One or more initials with their dots: `J.`, `J.P.`, `T.F.J.`, `Th.`.
    Initials,
    /// One punctuation or symbol character (hyphens included).
    Punct(char),
    /// A line break.
    Newline,
}

/// One token, 24 bytes: offsets as `u32` (the recognizer cuts longer texts into
/// windows, see `PersonRecognizer::find`), the kind as one code word and the
/// properties as bits, so that the token array stays small and cheap to copy.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Tok {
    start: u32,
    end: u32,
    /// Hash of the case-folded word (see [`fnv`]); 0 for other tokens, and for words
    /// that no list holds once `Lists::prepare` has seen them.
    pub(crate) hash: u64,
    /// [`Kind`] packed into one word: a punctuation character is its own scalar
    /// value; words, initials and line breaks use codes above `char::MAX`.
    code: u32,
    /// `SPACE_BEFORE | CAP | DIGIT | ASCII`.
    bits: u8,
}

const CODE_WORD: u32 = 0x11_0000;
const CODE_INITIALS: u32 = 0x11_0001;
const CODE_NEWLINE: u32 = 0x11_0002;

/// Whitespace (other than a line break) separates it from the previous token.
const SPACE_BEFORE: u8 = 1;
/// Starts with an upper-case letter.
const CAP: u8 = 1 << 1;
/// A word of more than four bytes that ends in `'s` or `’s` (`Jansen's`): its
/// classes may come from its stem (see `Scan::compute_flags`).
const POSSESSIVE: u8 = 1 << 2;
/// Contains a digit.
const DIGIT: u8 = 1 << 3;
/// Only ASCII bytes.
const ASCII: u8 = 1 << 4;
/// Set by `Lists::prepare`: some first name has this word's hash.
const MAYBE_FIRST: u8 = 1 << 5;
/// Set by `Lists::prepare`: some particle has this word's hash.
const MAYBE_PART: u8 = 1 << 6;

impl Tok {
    pub(crate) fn start(&self) -> usize {
        self.start as usize
    }
    pub(crate) fn end(&self) -> usize {
        self.end as usize
    }
    pub(crate) fn kind(&self) -> Kind {
        match self.code {
            CODE_WORD => Kind::Word,
            CODE_INITIALS => Kind::Initials,
            CODE_NEWLINE => Kind::Newline,
            c => Kind::Punct(char::from_u32(c).unwrap_or('\u{fffd}')),
        }
    }
    pub(crate) fn is_word(&self) -> bool {
        self.code == CODE_WORD
    }
    pub(crate) fn is_initials(&self) -> bool {
        self.code == CODE_INITIALS
    }
    pub(crate) fn is_newline(&self) -> bool {
        self.code == CODE_NEWLINE
    }
    pub(crate) fn is_punct(&self, c: char) -> bool {
        self.code == u32::from(c)
    }
    pub(crate) fn space_before(&self) -> bool {
        self.bits & SPACE_BEFORE != 0
    }
    pub(crate) fn cap(&self) -> bool {
        self.bits & CAP != 0
    }
    /// Initials, or a word whose letters are all upper case (at least two of them).
    /// Computed from the text when asked, which is rare: cheaper than tracking
    /// letter case for every word in the tokenizer.
    pub(crate) fn all_caps(&self, text: &str) -> bool {
        if self.is_initials() {
            return true;
        }
        if !self.is_word() {
            return false;
        }
        let w = text.get(self.start()..self.end()).unwrap_or("");
        if self.ascii() {
            let b = w.as_bytes();
            return !b.iter().any(u8::is_ascii_lowercase)
                && b.iter().filter(|c| c.is_ascii_uppercase()).count() >= 2;
        }
        let mut upper = 0;
        for c in w.chars() {
            if c.is_lowercase() {
                return false;
            }
            upper += usize::from(c.is_uppercase());
        }
        upper >= 2
    }
    pub(crate) fn digit(&self) -> bool {
        self.bits & DIGIT != 0
    }
    pub(crate) fn ascii(&self) -> bool {
        self.bits & ASCII != 0
    }
    /// See [`POSSESSIVE`].
    pub(crate) fn possessive(&self) -> bool {
        self.bits & POSSESSIVE != 0
    }
    /// Maybe a first name (false: surely not); known once `Lists::prepare` has run.
    pub(crate) fn maybe_first(&self) -> bool {
        self.bits & MAYBE_FIRST != 0
    }
    /// Maybe a particle (false: surely not); known once `Lists::prepare` has run.
    pub(crate) fn maybe_particle(&self) -> bool {
        self.bits & MAYBE_PART != 0
    }
    /// Records what the table holds under this word's hash (see the two above).
    pub(crate) fn set_maybe(&mut self, first: bool, particle: bool) {
        self.bits |= if first { MAYBE_FIRST } else { 0 } | if particle { MAYBE_PART } else { 0 };
    }
    /// Length in bytes.
    pub(crate) fn len(&self) -> usize {
        (self.end - self.start) as usize
    }
    /// A token of `kind` at `start..end` (offsets fit in `u32`: the caller checks
    /// the text length once).
    fn new(start: usize, end: usize, code: u32, space_before: bool) -> Self {
        Tok {
            start: start as u32,
            end: end as u32,
            hash: 0,
            code,
            bits: ASCII | if space_before { SPACE_BEFORE } else { 0 },
        }
    }
}

const MUL: u64 = 0x9e37_79b9_7f4a_7c15;
/// OR-ed into every byte before hashing: lower-cases ASCII letters and leaves digits
/// and `'` alone, so an ASCII word hashes like its folded form without a folding pass.
const LOWER: u64 = 0x2020_2020_2020_2020;

/// Hash of a word, eight bytes at a time with one multiply per chunk. Case-insensitive
/// for ASCII (see [`LOWER`]); other words are hashed in folded form. Both the list keys
/// and the text go through this function, and every hit is verified, so the bytes that
/// OR-ing merges only cost a rare extra comparison.
pub(crate) fn fnv(bytes: &[u8]) -> u64 {
    let mut h = (bytes.len() as u64).wrapping_mul(MUL);
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let mut arr = [0u8; 8];
        arr.copy_from_slice(c);
        h = ((h ^ (u64::from_le_bytes(arr) | LOWER)).wrapping_mul(MUL)).rotate_left(29);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        // The last one to seven bytes, folded like the chunks and zero-padded; built
        // byte by byte, which is cheaper than a variable-length copy (a `memcpy` call).
        let mut v = 0u64;
        for (k, &b) in rest.iter().enumerate() {
            v |= u64::from(b | 0x20) << (8 * k);
        }
        h = ((h ^ v).wrapping_mul(MUL)).rotate_left(29);
    }
    h ^ (h >> 32)
}

/// [`fnv`] of `text[start..end]`, for a word of the text being tokenized: when the
/// text goes on for eight bytes past the last full chunk, the tail is one unaligned
/// load and a mask instead of a byte loop (same result).
fn fnv_in(text: &[u8], start: usize, end: usize) -> u64 {
    let len = end - start;
    let tail = start + len / 8 * 8;
    let Some(arr) = text
        .get(tail..tail + 8)
        .and_then(|s| <[u8; 8]>::try_from(s).ok())
    else {
        return fnv(&text[start..end]);
    };
    let mut h = (len as u64).wrapping_mul(MUL);
    let mut k = start;
    while k < tail {
        let mut c = [0u8; 8];
        c.copy_from_slice(&text[k..k + 8]);
        h = ((h ^ (u64::from_le_bytes(c) | LOWER)).wrapping_mul(MUL)).rotate_left(29);
        k += 8;
    }
    let rest = end - tail;
    if rest > 0 {
        let mask = u64::MAX >> (64 - 8 * rest);
        h = ((h ^ ((u64::from_le_bytes(arr) | LOWER) & mask)).wrapping_mul(MUL)).rotate_left(29);
    }
    h ^ (h >> 32)
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || ('\u{300}'..='\u{36f}').contains(&c)
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{2018}' | '`')
}

/// Words of a list phrase, split as the tokenizer splits text (`t.n.v.` → `t n v`).
pub(crate) fn phrase_words(p: &str) -> impl Iterator<Item = &str> {
    p.split(|c: char| c.is_whitespace() || c == '.' || c == ',' || c == ':')
        .filter(|w| !w.is_empty())
}

/// Initials with a few letters: the common Dutch ones (`Th.`, `Chr.`, `IJ.`).
fn multi_letter_initial(w: &str) -> bool {
    matches!(w, "Th" | "Chr" | "Ph" | "IJ" | "Ij" | "Sj" | "Tj")
}

fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..).and_then(|r| r.chars().next())
}

/// Byte classes of the tokenizer, one table lookup per byte instead of a chain of
/// tests. Letters and digits carry bits (`ALNUM` set for both) so that a run of ASCII
/// word bytes is one load, one test and one OR a byte.
const C_ALPHA: u8 = 1;
const C_DIGIT: u8 = 1 << 1;
const C_UPPER: u8 = 1 << 2;
const C_ALNUM: u8 = C_ALPHA | C_DIGIT;
/// Whitespace other than a line break (`char::is_whitespace` on ASCII).
const C_SPACE: u8 = 1 << 3;
const C_NEWLINE: u8 = 1 << 4;
/// `'` and `` ` ``: inner apostrophes and `'t`.
const C_APOS: u8 = 1 << 5;
/// A lead or continuation byte of a non-ASCII character: decoded.
const C_HIGH: u8 = 1 << 6;
// Anything else (ASCII punctuation, control characters) has class 0: a one-byte
// punctuation token.

const CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = if c.is_ascii_uppercase() {
            C_ALPHA | C_UPPER
        } else if c.is_ascii_lowercase() {
            C_ALPHA
        } else if c.is_ascii_digit() {
            C_DIGIT
        } else if c == b'\n' {
            C_NEWLINE
        } else if matches!(c, b' ' | b'\t' | 0x0b | 0x0c | b'\r') {
            C_SPACE
        } else if c == b'\'' || c == b'`' {
            C_APOS
        } else if c >= 0x80 {
            C_HIGH
        } else {
            0
        };
        b += 1;
    }
    t
};

/// Tokenizes `text`, appending to `out` (cleared first). ASCII is handled byte by
/// byte through [`CLASS`]; other characters are decoded. Each word carries the hash
/// of its folded form (`fold_buf`, the caller's, holds the folded form of a word that
/// is not ASCII and too long to fold on the stack). Texts longer than
/// `u32::MAX` bytes yield no tokens (the caller cuts them up).
// Kept out of line: inlined into the caller, the loop compiled to more instructions.
#[inline(never)]
pub(crate) fn tokenize(text: &str, out: &mut Vec<Tok>, fold_buf: &mut String) {
    out.clear();
    if u32::try_from(text.len()).is_err() {
        return;
    }
    out.reserve(text.len() / 4);
    let bytes = text.as_bytes();
    let n = bytes.len();
    let mut i = 0;
    let mut space = false;
    while i < n {
        let b = bytes[i];
        let class = CLASS[usize::from(b)];
        if class & C_SPACE != 0 {
            space = true;
            i += 1;
            continue;
        }
        if class & (C_ALNUM | C_HIGH | C_APOS | C_NEWLINE) == 0 {
            // ASCII punctuation or a control character: one token, no decoding.
            out.push(Tok::new(i, i + 1, u32::from(b), space));
            space = false;
            i += 1;
            continue;
        }
        if class & C_NEWLINE != 0 {
            out.push(Tok::new(i, i + 1, CODE_NEWLINE, space));
            space = false;
            i += 1;
            continue;
        }
        let (c, clen) = if b < 0x80 {
            (b as char, 1)
        } else {
            char_at(text, i).map_or(('\u{fffd}', 1), |c| (c, c.len_utf8()))
        };
        // An ASCII letter or digit starts a word: none of the tests below applies to it.
        if class & C_ALNUM == 0 {
            if c.is_whitespace() {
                space = true;
                i += clen;
                continue;
            }
            if is_apostrophe(c) {
                // `'t` as in `van 't Hof`.
                if bytes.get(i + clen) == Some(&b't')
                    && !char_at(text, i + clen + 1).is_some_and(is_word_char)
                {
                    let mut t = Tok::new(i, i + clen + 1, CODE_WORD, space);
                    t.hash = fnv(b"'t");
                    if clen != 1 {
                        t.bits &= !ASCII;
                    }
                    out.push(t);
                    space = false;
                    i += clen + 1;
                    continue;
                }
            }
            if !is_word_char(c) {
                out.push(Tok::new(i, i + clen, u32::from(c), space));
                space = false;
                i += clen;
                continue;
            }
        }
        // A word. Letter case inside it is not tracked here: only `Scan::all_caps`
        // needs it, for a few capitalised words.
        let start = i;
        let mut seen = 0u8;
        let mut digit = false;
        let mut ascii = true;
        let mut j = i;
        loop {
            // A run of ASCII letters and digits, the bulk of every word.
            while let Some(&b) = bytes.get(j) {
                let k = CLASS[usize::from(b)];
                if k & C_ALNUM == 0 {
                    break;
                }
                seen |= k;
                j += 1;
            }
            let Some(&b) = bytes.get(j) else { break };
            if b < 0x80 {
                if (b == b'\'' || b == b'`')
                    && j > start
                    && char_at(text, j + 1).is_some_and(char::is_alphabetic)
                {
                    ascii &= b == b'\'';
                    j += 1;
                    continue;
                }
                break;
            }
            let Some(d) = char_at(text, j) else { break };
            let dlen = d.len_utf8();
            if is_word_char(d) {
                ascii = false;
                digit |= d.is_numeric();
                j += dlen;
            } else if is_apostrophe(d)
                && j > start
                && char_at(text, j + dlen).is_some_and(char::is_alphabetic)
            {
                ascii = false;
                j += dlen;
            } else {
                break;
            }
        }
        digit |= seen & C_DIGIT != 0;
        let end = j;
        let cap = if b < 0x80 {
            class & C_UPPER != 0
        } else {
            c.is_uppercase() || matches!(c, '\u{1c5}' | '\u{1c8}' | '\u{1cb}' | '\u{1f2}')
        };
        if cap && bytes.get(end) == Some(&b'.') {
            let single_upper = end - start == clen;
            if single_upper
                || (end - start <= 3 && multi_letter_initial(text.get(start..end).unwrap_or("")))
            {
                let iend = initials_end(text, end + 1);
                let mut t = Tok::new(start, iend, CODE_INITIALS, space);
                t.bits |= CAP;
                out.push(t);
                space = false;
                i = iend;
                continue;
            }
        }
        // Only a word without digits of at most 40 bytes can be listed (see
        // `Scan::flags`); the hash of any other word is never looked at.
        let h = if digit || end - start > 40 {
            0
        } else if ascii {
            fnv_in(bytes, start, end)
        } else {
            super::lists::with_folded(text.get(start..end).unwrap_or(""), fold_buf, fnv)
        };
        let mut t = Tok::new(start, end, CODE_WORD, space);
        t.hash = h;
        if !ascii {
            t.bits &= !ASCII;
        }
        if cap {
            t.bits |= CAP;
        }
        if digit {
            t.bits |= DIGIT;
        }
        let w = &bytes[start..end];
        if w.len() > 4 && (w.ends_with(b"'s") || w.ends_with("\u{2019}s".as_bytes())) {
            t.bits |= POSSESSIVE;
        }
        out.push(t);
        space = false;
        i = end;
    }
}

/// The end of initials whose first unit ends just before `from`: more units `X.` with
/// at most one space between them (`J.P.`, `T. F.`), not a word after a capital and a
/// dot (`M.Sc.`).
fn initials_end(text: &str, from: usize) -> usize {
    let mut iend = from;
    loop {
        let rest = &text[iend..];
        let skip = usize::from(rest.starts_with(' '));
        let unit = &rest[skip..];
        let Some(u) = unit.chars().next() else { break };
        if !u.is_uppercase() {
            break;
        }
        let ulen = u.len_utf8();
        if unit[ulen..].starts_with('.')
            && !unit[ulen + 1..].starts_with(|x: char| x.is_alphabetic() && x.is_lowercase())
        {
            iend += skip + ulen + 1;
            continue;
        }
        break;
    }
    iend
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(text: &str) -> Vec<(String, Kind)> {
        let mut v = Vec::new();
        tokenize(text, &mut v, &mut String::new());
        v.iter()
            .map(|t| (text[t.start()..t.end()].to_string(), t.kind()))
            .collect()
    }

    /// Initials, inner apostrophes, `'t`, hyphens and non-Latin letters come out right.
    #[test]
    fn tokenizes_names() {
        let t = toks("J.P. van 't Hof, O'Brien en Jansen-de Vries; Büşra Şahin; T. F. Ødegaard");
        let words: Vec<&str> = t.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(
            words,
            vec![
                "J.P.",
                "van",
                "'t",
                "Hof",
                ",",
                "O'Brien",
                "en",
                "Jansen",
                "-",
                "de",
                "Vries",
                ";",
                "Büşra",
                "Şahin",
                ";",
                "T. F.",
                "Ødegaard"
            ]
        );
        assert_eq!(t[0].1, Kind::Initials);
        assert_eq!(t[15].1, Kind::Initials);
        assert_eq!(t[2].1, Kind::Word);
    }

    /// A single capital at the end of a sentence is still initials, but a word after it is not eaten.
    #[test]
    fn initials_stop_at_words() {
        let t = toks("Plan B. Daarna M.Sc. en Th. Jansen");
        let kinds: Vec<_> = t.iter().map(|(s, k)| (s.as_str(), *k)).collect();
        assert!(kinds.contains(&("B.", Kind::Initials)));
        assert!(kinds.contains(&("Daarna", Kind::Word)));
        assert!(kinds.contains(&("Th.", Kind::Initials)));
    }

    /// The in-text hash equals the hash of the word alone, whatever follows it.
    #[test]
    fn fnv_in_matches_fnv() {
        let text = b"a ab abcdefg abcdefgh Abcdefghi abcdefghijklmnopq xyz";
        for s in 0..text.len() {
            for e in s + 1..=text.len() {
                assert_eq!(fnv_in(text, s, e), fnv(&text[s..e]), "{s}..{e}");
            }
        }
    }

    /// Offsets always fall on char boundaries, whatever the input.
    #[test]
    fn offsets_on_boundaries() {
        let text = "Ça va? 😀 Aït-Taleb ’t İlker 'x' ‘quoted’ ...";
        let mut v = Vec::new();
        tokenize(text, &mut v, &mut String::new());
        for t in v {
            assert!(text.is_char_boundary(t.start()) && text.is_char_boundary(t.end()));
            assert!(t.start() < t.end());
        }
    }
}
