//! The values a scan produces: spans, kinds, findings.
//!
//! A [`Finding`] never holds a copy of the text it points at, so printing one
//! (`Debug`, logs, panics) cannot leak personal data.

use serde::{Deserialize, Serialize};

/// A byte range `[start, end)` in the scanned text, always on `char` boundaries.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    /// First byte of the span.
    pub start: usize,
    /// One past the last byte of the span.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (bytes).
    ///
    /// Callers inside this crate only build spans from match offsets, which are on
    /// `char` boundaries; [`Span::checked`] validates spans from elsewhere.
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    /// A span that is validated against `text`: `start <= end <= text.len()` and both
    /// ends on `char` boundaries. Returns `None` otherwise.
    pub fn checked(text: &str, start: usize, end: usize) -> Option<Self> {
        (start <= end && text.is_char_boundary(start) && text.is_char_boundary(end))
            .then_some(Span { start, end })
    }

    /// Length in bytes.
    pub const fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span covers no byte.
    pub const fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The slice of `text` this span covers (empty when it does not fit `text`).
    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// True when the two spans share at least one byte.
    pub const fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// The kinds of personal data and confidential information `detect` finds.
///
/// Serialises to the type names of the evaluation schema (`PERSON`, `BSN`, …).
/// Deliberately exhaustive: a new kind must break the build of every crate that
/// decides what to do with findings, so that the decision is made, not defaulted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum EntityKind {
    /// Name of a natural person.
    Person,
    /// E-mail address.
    Email,
    /// Telephone number.
    Phone,
    /// Burgerservicenummer: the Dutch citizen service number (passes the 11-check).
    Bsn,
    /// International bank account number (passes mod-97).
    Iban,
    /// Payment card number (passes Luhn).
    CreditCard,
    /// Street and house number, with postcode and city when they follow.
    Address,
    /// A Dutch postcode outside an address.
    Postcode,
    /// A date given as someone's date of birth.
    Birthdate,
    /// A vehicle registration (Dutch kenteken or foreign plate in context).
    LicensePlate,
    /// Another number that identifies a person (passport, personnel, case number, …).
    IdNumber,
    /// IPv4 or IPv6 address.
    IpAddress,
    /// Credential: password, API key, token, private key, connection string.
    Secret,
    /// A confidentiality or state-secret marking.
    Confidential,
}

impl EntityKind {
    /// Every kind, in schema order.
    pub const ALL: [EntityKind; 14] = [
        EntityKind::Person,
        EntityKind::Email,
        EntityKind::Phone,
        EntityKind::Bsn,
        EntityKind::Iban,
        EntityKind::CreditCard,
        EntityKind::Address,
        EntityKind::Postcode,
        EntityKind::Birthdate,
        EntityKind::LicensePlate,
        EntityKind::IdNumber,
        EntityKind::IpAddress,
        EntityKind::Secret,
        EntityKind::Confidential,
    ];

    /// The schema name (`PERSON`, `LICENSE_PLATE`, …).
    pub const fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "PERSON",
            EntityKind::Email => "EMAIL",
            EntityKind::Phone => "PHONE",
            EntityKind::Bsn => "BSN",
            EntityKind::Iban => "IBAN",
            EntityKind::CreditCard => "CREDIT_CARD",
            EntityKind::Address => "ADDRESS",
            EntityKind::Postcode => "POSTCODE",
            EntityKind::Birthdate => "BIRTHDATE",
            EntityKind::LicensePlate => "LICENSE_PLATE",
            EntityKind::IdNumber => "ID_NUMBER",
            EntityKind::IpAddress => "IP_ADDRESS",
            EntityKind::Secret => "SECRET",
            EntityKind::Confidential => "CONFIDENTIAL",
        }
    }
}

impl std::fmt::Display for EntityKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Special categories of personal data (GDPR art. 9) and criminal data (art. 10).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SpecialCategory {
    /// Data concerning health (incl. pregnancy, sick leave).
    Health,
    /// Racial or ethnic origin.
    Ethnicity,
    /// Political opinions.
    Political,
    /// Religious or philosophical beliefs.
    Religion,
    /// Trade-union membership.
    TradeUnion,
    /// Genetic data.
    Genetic,
    /// Biometric data for identification.
    Biometric,
    /// Sex life or sexual orientation.
    Sexual,
    /// Criminal convictions and offences (art. 10), incl. suspicions.
    Criminal,
}

impl SpecialCategory {
    /// Every category, in schema order.
    pub const ALL: [SpecialCategory; 9] = [
        SpecialCategory::Health,
        SpecialCategory::Ethnicity,
        SpecialCategory::Political,
        SpecialCategory::Religion,
        SpecialCategory::TradeUnion,
        SpecialCategory::Genetic,
        SpecialCategory::Biometric,
        SpecialCategory::Sexual,
        SpecialCategory::Criminal,
    ];

    /// The schema name (`health`, `trade_union`, …).
    pub const fn as_str(self) -> &'static str {
        match self {
            SpecialCategory::Health => "health",
            SpecialCategory::Ethnicity => "ethnicity",
            SpecialCategory::Political => "political",
            SpecialCategory::Religion => "religion",
            SpecialCategory::TradeUnion => "trade_union",
            SpecialCategory::Genetic => "genetic",
            SpecialCategory::Biometric => "biometric",
            SpecialCategory::Sexual => "sexual",
            SpecialCategory::Criminal => "criminal",
        }
    }
}

impl std::fmt::Display for SpecialCategory {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One span of personal data or confidential information.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Finding {
    /// Where it is (bytes).
    pub span: Span,
    /// What it is.
    pub kind: EntityKind,
    /// Confidence in `[0, 1]`.
    pub score: f32,
    /// Id of the recognizer that fired (`bsn`, `person.gazetteer`, …): stable, kept in audit records.
    pub recognizer: &'static str,
}

/// Text that reveals a special category about a person.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct SpecialFinding {
    /// Which category.
    pub category: SpecialCategory,
    /// The words that reveal it (bytes).
    pub evidence: Span,
    /// The person reference it was linked to (a name, "mijn collega", "zij", …), when one was found.
    pub subject: Option<Span>,
    /// Confidence in `[0, 1]`.
    pub score: f32,
    /// Id of the rule that fired.
    pub recognizer: &'static str,
}

/// Everything a scan found in one text.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Findings {
    /// Entity spans, sorted by start, not overlapping.
    pub entities: Vec<Finding>,
    /// Special-category evidence, sorted by evidence start.
    pub special: Vec<SpecialFinding>,
}

impl Findings {
    /// True when nothing was found.
    pub fn is_empty(&self) -> bool {
        self.entities.is_empty() && self.special.is_empty()
    }

    /// The distinct special categories found, in schema order.
    pub fn categories(&self) -> Vec<SpecialCategory> {
        let mut cats: Vec<SpecialCategory> = self.special.iter().map(|s| s.category).collect();
        cats.sort();
        cats.dedup();
        cats
    }
}

/// Converts byte offsets of one text to code-point offsets (what Python's `str`
/// indices and the evaluation schema use).
///
/// The code-point offset of a byte offset is the number of characters that start
/// before it, i.e. of bytes before it that are not UTF-8 continuation bytes. Built once
/// per text in O(n) (a count the compiler vectorises); a lookup is one table read plus a
/// count over at most [`CharOffsets::STRIDE`] bytes, so converting all findings of a
/// large text stays cheap.
#[derive(Debug)]
pub struct CharOffsets {
    /// Characters that start before byte `k * STRIDE`, for every `k` up to the end.
    before_block: Vec<usize>,
    text_len: usize,
    ascii: bool,
}

impl CharOffsets {
    const STRIDE: usize = 256;

    /// Indexes `text`.
    pub fn new(text: &str) -> Self {
        let ascii = text.is_ascii();
        let mut before_block = Vec::new();
        if !ascii {
            before_block.reserve(text.len() / Self::STRIDE + 1);
            let mut chars = 0usize;
            for block in text.as_bytes().chunks(Self::STRIDE) {
                before_block.push(chars);
                chars += char_starts(block);
            }
        }
        CharOffsets {
            before_block,
            text_len: text.len(),
            ascii,
        }
    }

    /// The code-point offset of byte offset `byte` in `text` (the same text given to
    /// [`CharOffsets::new`]). A byte offset inside a character counts that character.
    pub fn char_offset(&self, text: &str, byte: usize) -> usize {
        let byte = byte.min(self.text_len);
        if self.ascii {
            return byte;
        }
        let block = byte / Self::STRIDE;
        let from = block * Self::STRIDE;
        let before = self.before_block.get(block).copied().unwrap_or_else(|| {
            // `byte` is the end of a text whose length is a multiple of STRIDE.
            self.before_block.last().copied().unwrap_or(0)
                + text
                    .as_bytes()
                    .get(from.saturating_sub(Self::STRIDE)..from)
                    .map_or(0, char_starts)
        });
        before + text.as_bytes().get(from..byte).map_or(0, char_starts)
    }
}

/// The number of characters that start in `bytes` (bytes that are not continuation
/// bytes `0b10xx_xxxx`).
fn char_starts(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b as i8) >= -0x40).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Code-point offsets agree with a naive count for every char boundary.
    #[test]
    fn char_offsets_match_naive_count() {
        let text = "Büşra Güler – 😀 ".repeat(50);
        let idx = CharOffsets::new(&text);
        for (n, (b, _)) in text.char_indices().enumerate() {
            assert_eq!(idx.char_offset(&text, b), n);
        }
        assert_eq!(idx.char_offset(&text, text.len()), text.chars().count());
        // Inside a character counts that character; texts of exactly one block too.
        let euro = "€".repeat(512);
        let idx = CharOffsets::new(&euro);
        assert_eq!(idx.char_offset(&euro, 1), 1);
        assert_eq!(idx.char_offset(&euro, 3), 1);
        assert_eq!(idx.char_offset(&euro, 256), 86);
        assert_eq!(idx.char_offset(&euro, euro.len()), 512);
        let block = "é".repeat(128);
        let idx = CharOffsets::new(&block);
        assert_eq!(idx.char_offset(&block, block.len()), 128);
    }

    /// Kinds serialise to the schema names.
    #[test]
    fn kind_names_follow_schema() {
        for k in EntityKind::ALL {
            let json = serde_json::to_string(&k).unwrap();
            assert_eq!(json, format!("\"{}\"", k.as_str()));
        }
        assert_eq!(
            serde_json::to_string(&SpecialCategory::TradeUnion).unwrap(),
            "\"trade_union\""
        );
    }
}
