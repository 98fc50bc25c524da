//! [`ValueScanner`]: proves that known values are *not* in the log (or in any text).
//!
//! Give it values that must never be stored (the gold entities of an evaluation set,
//! or the identifiers of one data subject) and scan the store's export, its files,
//! gateway logs or a `/metrics` page. Hits are reported by the label given with each
//! value (e.g. `dev-0042 EMAIL`), never by the value itself.
//!
//! Matching rules, chosen so that a hit means the value is really there:
//! - in text ([`ValueScanner::scan_text`]) a value must occur as a whole token (no
//!   letter or digit on either side), ignoring case: `Jan` does not hit `January`, and
//!   a two-letter name does not hit every hex hash;
//! - in raw bytes ([`ValueScanner::scan_bytes`], database pages with binary hashes) only
//!   values of 8 bytes or more count, anywhere, ignoring case: shorter strings occur in
//!   random bytes by chance;
//! - values shorter than 2 characters, and values that are the log's own vocabulary
//!   (type names like `CONFIDENTIAL`, categories, decision and outcome codes), are skipped.

use std::collections::BTreeSet;

use aho_corasick::AhoCorasick;
use detect::{EntityKind, SpecialCategory};

use crate::{Decision, Error, Outcome};

/// Shortest value searched in raw bytes.
pub const RAW_MIN_LEN: usize = 8;

/// A set of values to look for. Build once, scan many sources.
#[derive(Debug)]
pub struct ValueScanner {
    ac: Option<AhoCorasick>,
    labels: Vec<String>,
    long: Vec<bool>,
    skipped: usize,
}

impl ValueScanner {
    /// A scanner for `(label, value)` pairs.
    ///
    /// # Errors
    ///
    /// [`Error::Config`] when the automaton cannot be built (far too many values).
    pub fn new<I: IntoIterator<Item = (String, String)>>(values: I) -> Result<Self, Error> {
        let vocabulary: BTreeSet<String> = EntityKind::ALL
            .iter()
            .map(|k| k.as_str().to_lowercase())
            .chain(SpecialCategory::ALL.iter().map(|c| c.as_str().to_owned()))
            .chain(Decision::ALL.iter().map(|d| d.as_str().to_owned()))
            .chain(Outcome::ALL.iter().map(|o| o.as_str().to_owned()))
            .collect();
        let mut needles = Vec::new();
        let mut labels = Vec::new();
        let mut long = Vec::new();
        let mut skipped = 0;
        for (label, value) in values {
            let v = value.trim().to_lowercase();
            if v.chars().count() < 2 || vocabulary.contains(&v) {
                skipped += 1;
                continue;
            }
            long.push(v.len() >= RAW_MIN_LEN);
            needles.push(v);
            labels.push(label);
        }
        let ac = if needles.is_empty() {
            None
        } else {
            Some(
                AhoCorasick::new(&needles)
                    .map_err(|e| Error::Config(format!("value scanner: {e}")))?,
            )
        };
        Ok(ValueScanner {
            ac,
            labels,
            long,
            skipped,
        })
    }

    /// Number of values searched for.
    pub fn len(&self) -> usize {
        self.labels.len()
    }

    /// True when no value is searched for.
    pub fn is_empty(&self) -> bool {
        self.labels.is_empty()
    }

    /// Number of values skipped (too short, or vocabulary of the log).
    pub fn skipped(&self) -> usize {
        self.skipped
    }

    /// Labels of the values that occur in `text` as whole tokens, ignoring case.
    pub fn scan_text(&self, text: &str) -> BTreeSet<String> {
        let mut hits = BTreeSet::new();
        let Some(ac) = &self.ac else { return hits };
        let text = text.to_lowercase();
        for m in ac.find_overlapping_iter(&text) {
            let before = text[..m.start()]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric());
            let after = text[m.end()..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric());
            if before && after {
                hits.insert(self.labels[m.pattern().as_usize()].clone());
            }
        }
        hits
    }

    /// Labels of the values of [`RAW_MIN_LEN`] bytes or more that occur anywhere in
    /// `bytes` (decoded leniently as UTF-8), ignoring case.
    pub fn scan_bytes(&self, bytes: &[u8]) -> BTreeSet<String> {
        let mut hits = BTreeSet::new();
        let Some(ac) = &self.ac else { return hits };
        let text = String::from_utf8_lossy(bytes).to_lowercase();
        for m in ac.find_overlapping_iter(&text) {
            let i = m.pattern().as_usize();
            if self.long[i] {
                hits.insert(self.labels[i].clone());
            }
        }
        hits
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scanner() -> ValueScanner {
        ValueScanner::new([
            ("d1 PERSON".to_owned(), "Jan".to_owned()),
            ("d2 EMAIL".to_owned(), "jan.jansen@example.nl".to_owned()),
            ("d3 CONFIDENTIAL".to_owned(), "Confidential".to_owned()),
            ("d4 PERSON".to_owned(), "A".to_owned()),
            ("d5 BSN".to_owned(), "111222333".to_owned()),
        ])
        .unwrap()
    }

    /// Whole tokens hit in any case; parts of words and the log's vocabulary do not.
    #[test]
    fn text_rules() {
        let s = scanner();
        assert_eq!((s.len(), s.skipped()), (3, 2));
        assert!(s.scan_text("user JAN asked").contains("d1 PERSON"));
        assert!(s.scan_text("January, Janssen, ajan").is_empty());
        assert!(s.scan_text("{\"kind\":\"CONFIDENTIAL\"}").is_empty());
        assert_eq!(
            s.scan_text("mail: Jan.Jansen@Example.nl").len(),
            2,
            "the e-mail and the name token in it"
        );
        assert!(s.scan_text("x1112223334").is_empty());
    }

    /// In raw bytes only long values count, anywhere.
    #[test]
    fn byte_rules() {
        let s = scanner();
        let mut bytes = vec![0xff, 0x00, b'j', b'a', b'n', 0x00];
        assert!(
            s.scan_bytes(&bytes).is_empty(),
            "short values are not searched in bytes"
        );
        bytes.extend_from_slice(b"\x01x111222333y");
        assert_eq!(s.scan_bytes(&bytes), BTreeSet::from(["d5 BSN".to_owned()]));
    }
}
