//! Parsing of the special-category lexicons: one term per line, with a small
//! expansion syntax so that lists stay short and readable.
//!
//! - `#` starts a comment; blank lines are skipped.
//! - `@name = a | b | c` defines a set; `{@name}` in a later term expands to each member.
//! - `{a|b|c}` expands inline (`{|}` alternatives may be empty: `{mijn |}moeder`).
//! - A leading `*` lets the term end a longer word (Dutch compounds: `*verslaving`
//!   matches `alcoholverslaving`); a trailing `*` lets it start one (`diabet*`).
//!   Without `*` the term must stand on word boundaries.
//! - `left ~ right` is a pair: both sides must match, `right` at most a few words after
//!   `left` in the same clause ("lid van ~ {@party}" covers "lid van de plaatselijke
//!   VVD"). `left ~0 right` needs them adjacent ("{@adj_nl} ~0 achtergrond"). Pairs
//!   keep lists short where a cartesian product would hold tens of thousands of terms.
//!
//! - A leading `?` marks a topic-like term ("ramadan", "vakbond") that a name alone
//!   does not tie to a person; it needs a pronoun, a possessive or a role noun.
//!
//! Expansion is bounded: a line expands to at most [`MAX_EXPANSIONS`] terms.

use std::collections::HashMap;

/// The most terms one lexicon line may expand to (guards against typos in lists).
pub(crate) const MAX_EXPANSIONS: usize = 4096;

/// One expanded term with its boundary flags.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Term {
    /// Lower-case text to match (ASCII case-insensitively).
    pub(crate) text: String,
    /// The term may end a longer word (no boundary needed on the left).
    pub(crate) open_left: bool,
    /// The term may start a longer word (no boundary needed on the right).
    pub(crate) open_right: bool,
    /// A topic-like term (`?` prefix: "ramadan", "vakbond"): needs a pronoun, a
    /// possessive or a role noun, a name alone does not tie it to a person.
    pub(crate) weak: bool,
}

/// A pair line: both sides, and whether they must be adjacent.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Pair {
    pub(crate) left: Vec<Term>,
    pub(crate) right: Vec<Term>,
    pub(crate) adjacent: bool,
}

/// The parsed content of one lexicon file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Lexicon {
    pub(crate) terms: Vec<Term>,
    pub(crate) pairs: Vec<Pair>,
}

/// Parses a list that holds single terms and pairs.
pub(crate) fn parse_lexicon(list: &str, sets: &mut HashMap<String, Vec<String>>) -> Lexicon {
    let mut lex = Lexicon::default();
    let mut singles = String::new();
    for raw in list.lines() {
        let line = raw.split('#').next().unwrap_or("");
        let split = line
            .split_once(" ~0 ")
            .map(|(l, r)| (l, r, true))
            .or_else(|| line.split_once(" ~ ").map(|(l, r)| (l, r, false)));
        match split {
            Some((l, r, adjacent)) => lex.pairs.push(Pair {
                left: parse(l, sets),
                right: parse(r, sets),
                adjacent,
            }),
            // Set definitions take effect at once, for the pairs below them.
            None if line.trim_start().starts_with('@') => {
                let _ = parse(line, sets);
            }
            None => {
                singles.push_str(line);
                singles.push('\n');
            }
        }
    }
    lex.terms = parse(&singles, sets);
    lex
}

/// Expands every line of `list` into terms; `sets` carries `@name` definitions
/// across files (a lexicon may use sets defined in an earlier one).
pub(crate) fn parse(list: &str, sets: &mut HashMap<String, Vec<String>>) -> Vec<Term> {
    let mut out = Vec::new();
    for raw in list.lines() {
        let line = raw.split('#').next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        if let Some(def) = line.strip_prefix('@') {
            if let Some((name, members)) = def.split_once('=') {
                let members: Vec<String> = members
                    .split('|')
                    .map(|m| m.trim().to_lowercase())
                    .filter(|m| !m.is_empty())
                    .collect();
                sets.insert(name.trim().to_owned(), members);
            }
            continue;
        }
        let (line, weak) = match line.strip_prefix('?') {
            Some(rest) => (rest, true),
            None => (line, false),
        };
        for text in expand(line, sets) {
            let open_left = text.starts_with('*');
            let open_right = text.ends_with('*');
            let core = text
                .trim_matches('*')
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            if core.is_empty() {
                continue;
            }
            let core = core.to_lowercase();
            let plain = strip_diacritics(&core);
            if plain != core {
                out.push(Term {
                    text: plain,
                    open_left,
                    open_right,
                    weak,
                });
            }
            out.push(Term {
                text: core,
                open_left,
                open_right,
                weak,
            });
        }
    }
    out
}

/// All expansions of one line (`{a|b}` groups and `{@set}` references).
fn expand(line: &str, sets: &HashMap<String, Vec<String>>) -> Vec<String> {
    let mut acc = vec![String::new()];
    let mut rest = line;
    while let Some(open) = rest.find('{') {
        let Some(close_rel) = rest[open..].find('}') else {
            break;
        };
        let close = open + close_rel;
        for a in &mut acc {
            a.push_str(&rest[..open]);
        }
        let inner = &rest[open + 1..close];
        let alts: Vec<String> = match inner.strip_prefix('@') {
            Some(name) => sets.get(name.trim()).cloned().unwrap_or_default(),
            None => inner.split('|').map(str::to_owned).collect(),
        };
        let mut next = Vec::with_capacity(acc.len() * alts.len().max(1));
        for a in &acc {
            for alt in &alts {
                if next.len() >= MAX_EXPANSIONS {
                    break;
                }
                next.push(format!("{a}{alt}"));
            }
        }
        acc = next;
        rest = &rest[close + 1..];
    }
    for a in &mut acc {
        a.push_str(rest);
    }
    acc
}

/// Replaces the Latin letters with diacritics that occur in Dutch and in names
/// (é, ë, ï, ö, ü, …) by their base letter, so that `clienten` matches `cliënten`.
pub(crate) fn strip_diacritics(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' => 'o',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            'ñ' => 'n',
            other => other,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(list: &str) -> Vec<String> {
        parse(list, &mut HashMap::new())
            .into_iter()
            .map(|t| t.text)
            .collect()
    }

    /// Groups and sets expand to their cartesian product; comments and blanks vanish.
    #[test]
    fn groups_and_sets_expand() {
        let list = "# comment\n@kin = moeder | vader\n\n{mijn|onze} {@kin}  # trailing\n";
        assert_eq!(
            texts(list),
            vec!["mijn moeder", "mijn vader", "onze moeder", "onze vader"]
        );
    }

    /// Stars set the boundary flags and are removed from the text.
    #[test]
    fn stars_open_the_boundaries() {
        let t = parse("*verslaving\ndiabet*\nmiskraam", &mut HashMap::new());
        assert_eq!(
            (t[0].text.as_str(), t[0].open_left, t[0].open_right),
            ("verslaving", true, false)
        );
        assert_eq!(
            (t[1].text.as_str(), t[1].open_left, t[1].open_right),
            ("diabet", false, true)
        );
        assert!(!t[2].open_left && !t[2].open_right);
    }

    /// A `?` prefix marks the term weak.
    #[test]
    fn question_mark_marks_weak() {
        let t = parse("?ramadan\nmoslim", &mut HashMap::new());
        assert!(t[0].weak && !t[1].weak);
        assert_eq!(t[0].text, "ramadan");
    }

    /// A term with diacritics is also matched without them.
    #[test]
    fn diacritics_get_a_plain_variant() {
        assert_eq!(texts("patiënt"), vec!["patient", "patiënt"]);
    }

    /// Pair lines are split into both sides; `~0` marks adjacency.
    #[test]
    fn pairs_are_split() {
        let lex = parse_lexicon(
            "lid van ~ {vvd|sp}\n{turkse} ~0 roots\nsingle\n",
            &mut HashMap::new(),
        );
        assert_eq!(lex.terms.len(), 1);
        assert_eq!(lex.pairs.len(), 2);
        assert_eq!(lex.pairs[0].right.len(), 2);
        assert!(!lex.pairs[0].adjacent && lex.pairs[1].adjacent);
    }

    /// An empty alternative drops the optional word; whitespace is normalised.
    #[test]
    fn empty_alternative_is_optional() {
        assert_eq!(texts("{mijn |}moeder"), vec!["mijn moeder", "moeder"]);
    }
}
