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

/// One token.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Tok {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) kind: Kind,
    /// Whitespace (other than a line break) separates it from the previous token.
    pub(crate) space_before: bool,
    /// Starts with an upper-case letter.
    pub(crate) cap: bool,
    /// Every letter is upper case (and there are at least two).
    pub(crate) all_caps: bool,
    /// Contains a digit.
    pub(crate) digit: bool,
}

impl Tok {
    pub(crate) fn is_word(&self) -> bool {
        self.kind == Kind::Word
    }
    pub(crate) fn is_punct(&self, c: char) -> bool {
        self.kind == Kind::Punct(c)
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || ('\u{300}'..='\u{36f}').contains(&c)
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{2018}' | '`')
}

/// Words of a list phrase, split as the tokenizer splits text (`t.n.v.` → `t n v`).
pub(crate) fn phrase_words(p: &str) -> impl Iterator<Item = &str> {
    p.split(|c: char| c.is_whitespace() || c == '.' || c == ',' || c == ':').filter(|w| !w.is_empty())
}

/// Initials with a few letters: `Th.`, `Chr.`, `Ph.`, `IJ.`, `Joh.` are not listed on
/// purpose (too close to words); these are the common Dutch ones.
fn multi_letter_initial(w: &str) -> bool {
    matches!(w, "Th" | "Chr" | "Ph" | "IJ" | "Ij" | "Sj" | "Tj")
}

/// Tokenizes `text`, appending to `out` (cleared first).
pub(crate) fn tokenize(text: &str, out: &mut Vec<Tok>) {
    out.clear();
    let bytes = text.as_bytes();
    let mut it = text.char_indices().peekable();
    let mut space = false;
    while let Some((i, c)) = it.next() {
        if c == '\n' {
            out.push(Tok { start: i, end: i + 1, kind: Kind::Newline, space_before: space, cap: false, all_caps: false, digit: false });
            space = false;
            continue;
        }
        if c.is_whitespace() {
            space = true;
            continue;
        }
        // `'t` as in `van 't Hof`.
        if is_apostrophe(c) {
            if let Some(&(j, 't')) = it.peek() {
                let after = text[j + 1..].chars().next();
                if !after.is_some_and(is_word_char) {
                    it.next();
                    out.push(Tok { start: i, end: j + 1, kind: Kind::Word, space_before: space, cap: false, all_caps: false, digit: false });
                    space = false;
                    continue;
                }
            }
        }
        if !is_word_char(c) {
            out.push(Tok { start: i, end: i + c.len_utf8(), kind: Kind::Punct(c), space_before: space, cap: false, all_caps: false, digit: false });
            space = false;
            continue;
        }
        // A word.
        let mut end = i + c.len_utf8();
        let mut upper = usize::from(c.is_uppercase());
        let mut lower = usize::from(c.is_lowercase());
        let mut digit = c.is_numeric();
        while let Some(&(j, d)) = it.peek() {
            if is_word_char(d) {
                upper += usize::from(d.is_uppercase());
                lower += usize::from(d.is_lowercase());
                digit |= d.is_numeric();
                end = j + d.len_utf8();
                it.next();
            } else if is_apostrophe(d) {
                // Inner apostrophe: O'Brien, D'Souza.
                let next = text[j + d.len_utf8()..].chars().next();
                if next.is_some_and(|n| n.is_alphabetic()) {
                    end = j + d.len_utf8();
                    it.next();
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        let word = &text[i..end];
        let cap = c.is_uppercase() || c.is_titlecase_like();
        let single_upper = cap && word.chars().count() == 1;
        if (single_upper || multi_letter_initial(word)) && bytes.get(end) == Some(&b'.') {
            // Initials: (X.)+ with at most one space between units.
            let mut iend = end + 1;
            loop {
                let rest = &text[iend..];
                let skip = usize::from(rest.starts_with(' '));
                let unit = &rest[skip..];
                let mut chars = unit.char_indices();
                let Some((_, u)) = chars.next() else { break };
                if !u.is_uppercase() {
                    break;
                }
                let ulen = u.len_utf8();
                if unit[ulen..].starts_with('.') && !unit[ulen + 1..].starts_with(|x: char| x.is_alphabetic() && x.is_lowercase()) {
                    iend += skip + ulen + 1;
                    continue;
                }
                break;
            }
            // Skip the iterator past what the initials consumed.
            while it.peek().is_some_and(|&(j, _)| j < iend) {
                it.next();
            }
            out.push(Tok { start: i, end: iend, kind: Kind::Initials, space_before: space, cap: true, all_caps: true, digit: false });
            space = false;
            continue;
        }
        out.push(Tok {
            start: i,
            end,
            kind: Kind::Word,
            space_before: space,
            cap,
            all_caps: upper >= 2 && lower == 0,
            digit,
        });
        space = false;
    }
}

trait TitlecaseLike {
    fn is_titlecase_like(self) -> bool;
}

impl TitlecaseLike for char {
    /// The few title-case letters (`ǅ`, `ǈ`, `ǋ`, `ǲ`) count as capitals.
    fn is_titlecase_like(self) -> bool {
        matches!(self, '\u{1c5}' | '\u{1c8}' | '\u{1cb}' | '\u{1f2}')
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(text: &str) -> Vec<(String, Kind)> {
        let mut v = Vec::new();
        tokenize(text, &mut v);
        v.iter().map(|t| (text[t.start..t.end].to_string(), t.kind)).collect()
    }

    /// Initials, inner apostrophes, `'t`, hyphens and non-Latin letters come out right.
    #[test]
    fn tokenizes_names() {
        let t = toks("J.P. van 't Hof, O'Brien en Jansen-de Vries; Büşra Şahin; T. F. Ødegaard");
        let words: Vec<&str> = t.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(
            words,
            vec!["J.P.", "van", "'t", "Hof", ",", "O'Brien", "en", "Jansen", "-", "de", "Vries", ";", "Büşra", "Şahin", ";", "T. F.", "Ødegaard"]
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

    /// Offsets always fall on char boundaries, whatever the input.
    #[test]
    fn offsets_on_boundaries() {
        let text = "Ça va? 😀 Aït-Taleb ’t İlker 'x' ‘quoted’ ...";
        let mut v = Vec::new();
        tokenize(text, &mut v);
        for t in v {
            assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
            assert!(t.start < t.end);
        }
    }
}
