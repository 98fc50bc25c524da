//! Person names: gazetteers of first names and surnames plus context.

use crate::finding::Finding;

/// Finds names of natural persons.
pub(crate) struct PersonRecognizer {}

impl PersonRecognizer {
    /// Recognizer id of gazetteer-based name findings.
    pub(crate) const ID: &'static str = "person";

    pub(crate) fn new(_extra_first: &[String], _extra_surnames: &[String]) -> Self {
        PersonRecognizer {}
    }

    /// Pushes person-name findings onto `out`. `others` are the candidates of the
    /// pattern recognizers (e-mail, address, …), so that names inside them are skipped.
    pub(crate) fn find(&self, _text: &str, _others: &[Finding], _out: &mut Vec<Finding>) {}
}
