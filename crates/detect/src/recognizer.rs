//! The [`Recognizer`] trait: one kind of evidence, found in one pass.

use crate::finding::Finding;
pub use crate::recognizers::prescan::Prescan;

/// Finds one kind of personal data in a text.
///
/// Implementations are built once (patterns compiled, lists loaded) and then called
/// for every text; they push into a `Vec` the caller owns, so a scan allocates little.
/// A recognizer may report overlapping or duplicate candidates: the [`crate::Detector`]
/// resolves overlaps afterwards, keeping the strongest.
pub trait Recognizer: Send + Sync {
    /// Stable id of this recognizer (`bsn`, `email`, …), kept in findings and audit records.
    fn id(&self) -> &'static str;

    /// Pushes every finding in `text` onto `out`. Must not panic and must run in time
    /// linear in `text.len()`; every span must lie on `char` boundaries of `text`.
    fn find(&self, text: &str, out: &mut Vec<Finding>);

    /// Like [`Recognizer::find`] on `pre.text()`, but may use the shared [`Prescan`] of
    /// the text to search only the lines that can hold a match. The [`crate::Detector`]
    /// builds one prescan per text and calls this; the result must equal `find`'s.
    fn find_with(&self, pre: &Prescan<'_>, out: &mut Vec<Finding>) {
        self.find(pre.text(), out);
    }
}

impl<R: Recognizer + ?Sized> Recognizer for &R {
    fn id(&self) -> &'static str {
        (**self).id()
    }
    fn find(&self, text: &str, out: &mut Vec<Finding>) {
        (**self).find(text, out)
    }
    fn find_with(&self, pre: &Prescan<'_>, out: &mut Vec<Finding>) {
        (**self).find_with(pre, out)
    }
}
