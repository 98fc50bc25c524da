//! Special categories of personal data (GDPR art. 9) and criminal data (art. 10).

use crate::finding::{Finding, SpecialFinding};

/// Finds text that reveals a special category about an identifiable person.
pub(crate) struct SpecialDetector {}

impl SpecialDetector {
    pub(crate) fn new() -> Self {
        SpecialDetector {}
    }

    /// Pushes special-category evidence in `text` onto `out`; `entities` are the
    /// resolved entity findings (person names among them) to link evidence to.
    pub(crate) fn detect(
        &self,
        _text: &str,
        _entities: &[Finding],
        _out: &mut Vec<SpecialFinding>,
    ) {
    }
}
