//! Finds personal data, special categories of personal data and confidential
//! information in Dutch and English text.
//!
//! ```
//! let detector = detect::Detector::new();
//! let text = "Mijn BSN is 111222333, mail me op jan.jansen@example.nl";
//! let findings = detector.detect(text);
//! assert!(findings.entities.iter().any(|f| f.kind == detect::EntityKind::Bsn));
//! ```
//!
//! # Guarantees
//!
//! - **Pure.** No I/O, no clock, no logging of text. All word lists are compiled into
//!   the binary and parsed once when a [`Detector`] is built; share it (`Arc<Detector>`).
//! - **Infallible scanning.** [`Detector::detect`] returns no `Result` and does not panic,
//!   for any UTF-8 input. Building a detector may fail (a bad custom pattern).
//! - **Linear time.** Every recognizer is a finite automaton (`regex`, Aho-Corasick) or a
//!   bounded look-around on tokens, so time grows linearly with the input.
//! - **Byte offsets on `char` boundaries.** Use [`CharOffsets`] to get code points.
//! - **No copies of the text** in a [`Finding`]: a finding can be logged without leaking.
//!
//! # What it does not find
//!
//! Names that are neither in the gazetteers nor in a recognisable context (a lone
//! lower-case first name in free text with no cue), personal data in images, and
//! special-category data revealed only by implication that no lexicon covers.
//! See `README.md` for measured figures.

#![deny(missing_docs)]

mod detector;
mod finding;
mod fold;
mod lexicon;
mod recognizer;
mod recognizers;
mod special;
mod validate;

pub use detector::{Config, Detector, DetectorBuilder, Error};
pub use finding::{
    CharOffsets, EntityKind, Finding, Findings, Span, SpecialCategory, SpecialFinding,
};
pub use recognizer::{Prescan, Recognizer};
pub use validate::{bsn_is_valid, iban_is_valid, luhn_is_valid};
