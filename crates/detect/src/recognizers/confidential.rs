//! Confidentiality and state-secret markings: Dutch state-secret (`Stg. Geheim`,
//! `Stg. Confidentieel`) and departmental (`Departementaal Vertrouwelijk`) markings,
//! TLP (RED, AMBER, AMBER+STRICT, GREEN; CLEAR/WHITE are public), EU and NATO
//! classifications, and plain `VERTROUWELIJK` / `CONFIDENTIAL` where they mark a
//! document (upper case, a line of their own, or after "gerubriceerd als"/"marked").
//!
//! A question about what a marking means is not a marking.

use regex::Regex;

use super::prescan::MARKING;
use super::util::{Ci, find_in_lines, finding, line_before, regex};
use crate::finding::{EntityKind, Finding};
use crate::recognizer::{Prescan, Recognizer};

/// Finds classification markings.
pub(crate) struct Confidential {
    strong: Regex,
    weak: Regex,
}

/// Substrings (ASCII case-insensitive) of which every match of `strong` and `weak`
/// holds one: only lines with one are searched (the [`super::prescan`] finds them).
pub(crate) const ANCHORS: &[&str] = &[
    "vertrouwelijk",
    "confiden",
    "geheim",
    "secret",
    "restricted",
    "restreint",
    "tlp",
    "sensitive",
    "verspreiding",
    "diffusion",
];

impl Confidential {
    pub(crate) fn new() -> Self {
        Confidential {
            strong: regex(concat!(
                r"(?i)(?-u:\b)(?:",
                r"(?:departementaal|dep\.)[ ]vertrouwelijk",
                r"|stg\.?[ ](?:zeer[ ]geheim|geheim|confidentieel)",
                r"|staatsgeheim(?:[ ](?:zeer[ ]geheim|geheim|confidentieel))?",
                r"|tlp[ ]?:[ ]?(?:red|amber\+strict|amber|green)",
                r"|restreint[ ]ue(?:[ ]?/[ ]?eu[ ]restricted)?",
                r"|eu[ ](?:restricted|confidential|secret|top[ ]secret)",
                r"|confidentiel[ ]ue|secret[ ]ue|tr[eè]s[ ]secret[ ]ue",
                r"|nato[ ](?:restricted|confidential|secret)|cosmic[ ]top[ ]secret",
                r"|strictly[ ]confidential|strikt[ ]vertrouwelijk|zeer[ ]vertrouwelijk|highly[ ]confidential",
                r"|private[ ]and[ ]confidential|persoonlijk[ ]en[ ]vertrouwelijk|personal[ ]and[ ]confidential",
                r"|top[ ]secret|official[-\x20]sensitive|commercial[ ]in[ ]confidence",
                // Belgian classification (Wet 11 december 1998): "beperkte verspreiding"
                // / "diffusion restreinte", in capitals on the document.
                r"|(?-i:BEPERKTE[ ]VERSPREIDING|Beperkte[ ]Verspreiding|DIFFUSION[ ]RESTREINTE)",
                r")(?-u:\b)"
            )),
            weak: regex(
                r"(?i)(?-u:\b)(?:vertrouwelijk|confidential|confidentieel|geheim|secret|restricted)(?-u:\b)",
            ),
        }
    }
}

/// The marking is talked about rather than applied: "wat betekent TLP:AMBER?".
fn is_question_about(text: &str, start: usize, end: usize) -> bool {
    let line_end = text[end..].find('\n').map_or(text.len(), |i| end + i);
    let line = line_before(text, start, 120);
    let after = Ci(&text[end..line_end]);
    let asks = line.0.contains('?') || after.0.contains('?');
    let has = |cues: &[&str]| cues.iter().any(|c| line.contains(c) || after.contains(c));
    // Words that only occur when a marking is explained, and weaker ones that need a question mark.
    has(&[
        "betekent",
        "betekenis",
        " means",
        "meaning",
        "leg uit",
        "uitleg",
        "explain",
        "wat houdt",
        "verschil tussen",
        "difference between",
    ]) || asks
        && has(&[
            "what does",
            "what is",
            "wat is",
            "wat zijn",
            "wanneer gebruik",
            "when to use",
            "mag ik",
            "hoe ga",
            "how do",
        ])
}

impl Recognizer for Confidential {
    fn id(&self) -> &'static str {
        "confidential"
    }

    fn find(&self, text: &str, out: &mut Vec<Finding>) {
        self.find_with(&Prescan::new(text), out);
    }

    fn find_with(&self, pre: &Prescan<'_>, out: &mut Vec<Finding>) {
        let text = pre.text();
        // Both patterns stay within a line and every match holds an anchor.
        for m in find_in_lines(&self.strong, pre, MARKING) {
            if !is_question_about(text, m.start(), m.end()) {
                out.push(finding(
                    m.start(),
                    m.end(),
                    EntityKind::Confidential,
                    0.95,
                    "confidential.marking",
                ));
            }
        }
        for m in find_in_lines(&self.weak, pre, MARKING) {
            let word = m.as_str();
            let upper = word.bytes().all(|b| b.is_ascii_uppercase());
            let line_start = text[..m.start()].rfind('\n').map_or(0, |i| i + 1);
            let line_end = text[m.end()..]
                .find('\n')
                .map_or(text.len(), |i| m.end() + i);
            let own_line = text[line_start..m.start()].trim().is_empty()
                && text[m.end()..line_end]
                    .trim_matches(|c: char| c.is_whitespace() || c == '-' || c == '–' || c == '*')
                    .is_empty();
            let before = line_before(text, m.start(), 40);
            let applied = before.contains_any(&[
                "gerubriceerd als",
                "marked",
                "classified as",
                "classification:",
                "classificatie:",
                "rubricering",
                "onderwerp:",
                "subject:",
                "classificatie",
                "markering",
                "gemerkt als",
                "aangemerkt als",
            ]);
            let strong_word = ["vertrouwelijk", "confidential", "confidentieel"]
                .iter()
                .any(|w| word.eq_ignore_ascii_case(w));
            if (strong_word && (upper || own_line || applied) || (upper && (own_line || applied)))
                && !is_question_about(text, m.start(), m.end())
            {
                out.push(finding(
                    m.start(),
                    m.end(),
                    EntityKind::Confidential,
                    0.9,
                    "confidential.word",
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(t: &str) -> Vec<&str> {
        super::super::util::spans_of(&Confidential::new(), t)
    }

    /// Markings in headers, subject lines and after "gerubriceerd als".
    #[test]
    fn markings() {
        assert_eq!(
            spans("Vat samen:\n\nOnderwerp: Stg. Geheim – Aanbesteding"),
            vec!["Stg. Geheim"]
        );
        assert_eq!(spans("TLP:AMBER\nMinutes"), vec!["TLP:AMBER"]);
        assert_eq!(
            spans("de bijlage is gerubriceerd als Vertrouwelijk en mag"),
            vec!["Vertrouwelijk"]
        );
        assert_eq!(
            spans("personeelsdossier\n\nVERTROUWELIJK\n"),
            vec!["VERTROUWELIJK"]
        );
        assert_eq!(
            spans("Onderwerp: STRIKT VERTROUWELIJK – Cyber"),
            vec!["STRIKT VERTROUWELIJK"]
        );
        assert_eq!(
            spans("OFFICIAL-SENSITIVE — PERSONAL\nBriefing"),
            vec!["OFFICIAL-SENSITIVE"]
        );
        assert_eq!(
            spans("BEPERKTE VERSPREIDING — FOD Binnenlandse Zaken"),
            vec!["BEPERKTE VERSPREIDING"]
        );
        // The words in a sentence are no marking.
        assert!(spans("de folder kreeg een beperkte verspreiding in de wijk").is_empty());
    }

    /// Ordinary use of the word, public TLP levels and questions are not markings.
    #[test]
    fn negatives() {
        assert!(spans("Ik behandel dit vertrouwelijk, beloofd.").is_empty());
        assert!(spans("TLP:CLEAR bericht").is_empty());
        assert!(spans("Wat betekent TLP:AMBER precies?").is_empty());
    }
}
