//! Built-in recognizers, one file each.

use crate::recognizer::Recognizer;

pub(crate) mod person;

/// Every built-in pattern recognizer (person names run separately, after them).
pub(crate) fn builtin() -> Vec<Box<dyn Recognizer>> {
    vec![]
}
