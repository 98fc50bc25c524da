//! [`Detector`]: all recognizers, built once, run over a text in one call.

use std::collections::BTreeMap;

use crate::finding::{EntityKind, Finding, Findings, Span};
use crate::recognizer::Recognizer;
use crate::recognizers::{self, person::PersonRecognizer};
use crate::special::SpecialDetector;

/// Errors building a [`Detector`].
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A word list supplied by the operator was empty after removing comments.
    /// Supply at least one name per list, or leave the list out.
    #[error("the custom name list `{list}` holds no names")]
    EmptyList {
        /// Which list (`first_names`, `surnames`).
        list: &'static str,
    },
    /// The minimum score must lie in `[0, 1]`.
    #[error("min_score must lie between 0 and 1")]
    InvalidMinScore,
}

/// Settings of a [`Detector`]. The default finds everything `detect` knows.
#[derive(Clone, Debug)]
pub struct Config {
    kinds: Vec<EntityKind>,
    special: bool,
    min_score: f32,
    extra_first_names: Vec<String>,
    extra_surnames: Vec<String>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            kinds: EntityKind::ALL.to_vec(),
            special: true,
            min_score: 0.0,
            extra_first_names: Vec::new(),
            extra_surnames: Vec::new(),
        }
    }
}

/// Builds a [`Detector`] with non-default settings.
#[derive(Clone, Debug, Default)]
pub struct DetectorBuilder {
    config: Config,
}

impl DetectorBuilder {
    /// A builder with the default settings.
    pub fn new() -> Self {
        Self::default()
    }

    /// Only report these kinds (default: all).
    pub fn kinds(&mut self, kinds: &[EntityKind]) -> &mut Self {
        self.config.kinds = kinds.to_vec();
        self
    }

    /// Whether to look for special categories of personal data (default: yes).
    pub fn special_categories(&mut self, yes: bool) -> &mut Self {
        self.config.special = yes;
        self
    }

    /// Drop findings scored below `score` (default: 0, keep all).
    pub fn min_score(&mut self, score: f32) -> &mut Self {
        self.config.min_score = score;
        self
    }

    /// Add first names supplied by the operator (for example a licensed national list).
    pub fn extra_first_names<I: IntoIterator<Item = S>, S: Into<String>>(
        &mut self,
        names: I,
    ) -> &mut Self {
        self.config
            .extra_first_names
            .extend(names.into_iter().map(Into::into));
        self
    }

    /// Add surnames supplied by the operator.
    pub fn extra_surnames<I: IntoIterator<Item = S>, S: Into<String>>(
        &mut self,
        names: I,
    ) -> &mut Self {
        self.config
            .extra_surnames
            .extend(names.into_iter().map(Into::into));
        self
    }

    /// Builds the detector: compiles every pattern and loads every list.
    ///
    /// # Errors
    /// [`Error::InvalidMinScore`] when the score lies outside `[0, 1]`.
    pub fn build(&self) -> Result<Detector, Error> {
        let c = &self.config;
        if !(0.0..=1.0).contains(&c.min_score) {
            return Err(Error::InvalidMinScore);
        }
        Ok(Detector {
            recognizers: recognizers::builtin(),
            person: PersonRecognizer::new(&c.extra_first_names, &c.extra_surnames),
            special: c.special.then(SpecialDetector::new),
            config: c.clone(),
        })
    }
}

/// Finds personal data in text. Build once, share, call [`Detector::detect`] per text.
pub struct Detector {
    recognizers: Vec<Box<dyn Recognizer>>,
    person: PersonRecognizer,
    special: Option<SpecialDetector>,
    config: Config,
}

impl std::fmt::Debug for Detector {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Detector")
            .field(
                "recognizers",
                &self.recognizers.iter().map(|r| r.id()).collect::<Vec<_>>(),
            )
            .field("special", &self.special.is_some())
            .finish()
    }
}

impl Default for Detector {
    fn default() -> Self {
        Self::new()
    }
}

impl Detector {
    /// A detector with every built-in recognizer and the default settings.
    pub fn new() -> Self {
        let config = Config::default();
        Detector {
            recognizers: recognizers::builtin(),
            person: PersonRecognizer::new(&[], &[]),
            special: Some(SpecialDetector::new()),
            config,
        }
    }

    /// A builder for other settings.
    pub fn builder() -> DetectorBuilder {
        DetectorBuilder::new()
    }

    /// Ids of the recognizers this detector runs.
    pub fn recognizer_ids(&self) -> Vec<&'static str> {
        let mut ids: Vec<&'static str> = self.recognizers.iter().map(|r| r.id()).collect();
        ids.extend_from_slice(PersonRecognizer::IDS);
        ids
    }

    /// The pattern recognizers this detector runs (person names and special categories
    /// run after them). Useful to benchmark or debug one recognizer alone.
    pub fn recognizers(&self) -> &[Box<dyn Recognizer>] {
        &self.recognizers
    }

    /// Scans `text`. Never fails, never panics, linear in `text.len()`.
    ///
    /// Invisible and look-alike characters (zero-width and no-break spaces, soft and
    /// non-breaking hyphens, full-width digits) do not hide a value: the text is then
    /// scanned with them folded (see `fold.rs`), and the spans are given on `text`.
    pub fn detect(&self, text: &str) -> Findings {
        let Some(folded) = crate::fold::fold(text) else {
            return self.detect_plain(text);
        };
        let mut found = self.detect_plain(&folded.text);
        let back = |s: Span| {
            let (start, end) = folded.original(s.start, s.end);
            Span::new(start, end)
        };
        for f in &mut found.entities {
            f.span = back(f.span);
        }
        for s in &mut found.special {
            s.evidence = back(s.evidence);
            s.subject = s.subject.map(back);
        }
        found
    }

    /// [`Self::detect`] on a text without anything to fold.
    fn detect_plain(&self, text: &str) -> Findings {
        let mut candidates = Vec::new();
        // One shared pass tells every pattern recognizer which lines to search.
        let pre = crate::recognizer::Prescan::new(text);
        for r in &self.recognizers {
            r.find_with(&pre, &mut candidates);
        }
        let mut people = Vec::new();
        self.person.find(text, &candidates, &mut people);
        candidates.extend(people);
        candidates.retain(|f| {
            f.span.start < f.span.end
                && text.is_char_boundary(f.span.start)
                && text.is_char_boundary(f.span.end)
                && f.score >= self.config.min_score
                && self.config.kinds.contains(&f.kind)
        });
        let entities = resolve_overlaps(candidates);
        let mut special = Vec::new();
        if let Some(s) = &self.special {
            s.detect(text, &entities, &mut special);
            special.sort_by_key(|s| (s.evidence.start, s.category));
        }
        Findings { entities, special }
    }
}

/// Keeps the strongest of overlapping candidates: higher score first, then longer.
/// The result is sorted by start and free of overlaps.
pub(crate) fn resolve_overlaps(mut candidates: Vec<Finding>) -> Vec<Finding> {
    candidates.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then(b.span.len().cmp(&a.span.len()))
            .then(a.span.start.cmp(&b.span.start))
    });
    // Accepted spans keyed by start; since they never overlap, the neighbours of a
    // new span in start order are the only ones it can collide with.
    let mut accepted: BTreeMap<usize, Finding> = BTreeMap::new();
    for c in candidates {
        let before = accepted
            .range(..=c.span.start)
            .next_back()
            .map(|(_, f)| f.span);
        let after = accepted.range(c.span.start..).next().map(|(_, f)| f.span);
        let clash = |s: Option<Span>| s.is_some_and(|s| s.overlaps(&c.span));
        if !clash(before) && !clash(after) {
            accepted.insert(c.span.start, c);
        }
    }
    accepted.into_values().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(start: usize, end: usize, score: f32) -> Finding {
        Finding {
            span: Span::new(start, end),
            kind: EntityKind::Person,
            score,
            recognizer: "t",
        }
    }

    /// The stronger of two overlapping candidates wins; disjoint ones both stay.
    #[test]
    fn overlaps_resolved_by_score_then_length() {
        let out = resolve_overlaps(vec![
            f(0, 5, 0.5),
            f(3, 10, 0.9),
            f(20, 25, 0.1),
            f(21, 30, 0.1),
        ]);
        let spans: Vec<_> = out.iter().map(|f| (f.span.start, f.span.end)).collect();
        assert_eq!(spans, vec![(3, 10), (21, 30)]);
    }

    /// Zero-width and no-break characters, soft and non-breaking hyphens and full-width
    /// digits hide no value, and the spans are given on the caller's text.
    #[test]
    fn look_alike_characters_hide_nothing() {
        let d = Detector::new();
        let text = "Aanvrager: Mar\u{AD}tijn de Vries\nBSN: \u{FF12}\u{FF19}\u{FF10}\u{FF16}\u{FF14}\u{FF11}\u{FF18}\u{FF13}\u{FF14}\n\
                    E-mail: m.devries@\u{200B}example.nl\nKenteken GV\u{2011}381\u{2011}X\n\
                    Tel.\u{A0}06\u{A0}12\u{A0}34\u{A0}56\u{A0}78";
        let found = d.detect(text);
        let got: Vec<(EntityKind, &str)> = found
            .entities
            .iter()
            .map(|f| (f.kind, &text[f.span.start..f.span.end]))
            .collect();
        for want in [
            (EntityKind::Person, "Mar\u{AD}tijn de Vries"),
            (
                EntityKind::Bsn,
                "\u{FF12}\u{FF19}\u{FF10}\u{FF16}\u{FF14}\u{FF11}\u{FF18}\u{FF13}\u{FF14}",
            ),
            (EntityKind::Email, "m.devries@\u{200B}example.nl"),
            (EntityKind::LicensePlate, "GV\u{2011}381\u{2011}X"),
            (EntityKind::Phone, "06\u{A0}12\u{A0}34\u{A0}56\u{A0}78"),
        ] {
            assert!(got.contains(&want), "{want:?} not in {got:?}");
        }
    }
}
