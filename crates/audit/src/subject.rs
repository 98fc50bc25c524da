//! Keyed hashes of subject identifiers: [`SubjectHasher`], [`SubjectHash`].
//!
//! # Why keyed hashes
//!
//! A subject-access request (GDPR art. 15) asks "which records concern me?". The
//! log must answer it without holding the person's name, e-mail or BSN. A plain
//! hash would not do: BSNs have 10^9 values and names come from lists, so anyone
//! holding the log could hash every candidate and re-identify the records. An
//! HMAC with a secret key (from the config, never in the log) makes that
//! impossible without the key, while the gateway, holding the key, computes the
//! same hash for the same person every time. Values are normalised per kind first
//! (case, whitespace, diacritics, phone prefixes, …) so that `Jan de Vries` and
//! `jan  de vries`, or `+31 6 1234 5678` and `06-12345678`, meet.

use detect::{EntityKind, Findings};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::key::hmac_sha256;
use crate::trace::{hex, unhex};
use crate::{AuditKey, Error};

/// Bytes of HMAC output kept in a [`SubjectHash`] (128 bits).
const DIGEST_LEN: usize = 16;

/// The keyed hash of one normalised identifier of a data subject, with the kind of
/// identifier it was (`PERSON`, `EMAIL`, `BSN`, …). Displays as `KIND:hex`.
///
/// Only a [`SubjectHasher`] makes these (or deserialisation of a stored one).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SubjectHash {
    kind: EntityKind,
    digest: [u8; DIGEST_LEN],
}

impl SubjectHash {
    /// The kind of identifier that was hashed.
    pub fn kind(&self) -> EntityKind {
        self.kind
    }

    /// The digest as lowercase hex.
    pub fn digest_hex(&self) -> String {
        hex(&self.digest)
    }

    /// Parses the `KIND:hex` form.
    pub fn parse(s: &str) -> Option<Self> {
        let (kind, digest) = s.split_once(':')?;
        let kind = EntityKind::ALL.into_iter().find(|k| k.as_str() == kind)?;
        let bytes = unhex(digest)?;
        Some(SubjectHash {
            kind,
            digest: bytes.try_into().ok()?,
        })
    }
}

impl std::fmt::Display for SubjectHash {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.kind.as_str(), self.digest_hex())
    }
}

impl Serialize for SubjectHash {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for SubjectHash {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        SubjectHash::parse(&s).ok_or_else(|| serde::de::Error::custom("invalid subject hash"))
    }
}

/// Computes [`SubjectHash`]es: HMAC-SHA256 over `KIND \0 normalised value`, keyed with
/// a key derived from the audit secret. Cheap to clone; build once and share.
#[derive(Clone)]
pub struct SubjectHasher {
    key: [u8; 32],
}

impl std::fmt::Debug for SubjectHasher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SubjectHasher")
    }
}

impl SubjectHasher {
    /// A hasher keyed from the audit secret (the same bytes [`AuditKey::from_secret`] takes).
    ///
    /// # Errors
    ///
    /// [`Error::Key`] when the secret is shorter than [`AuditKey::MIN_LEN`].
    pub fn new(secret: &[u8]) -> Result<Self, Error> {
        Ok(AuditKey::from_secret(secret)?.subject_hasher())
    }

    pub(crate) fn from_key(key: [u8; 32]) -> Self {
        SubjectHasher { key }
    }

    /// The hash of `value` as an identifier of kind `kind`, or `None` when the kind does
    /// not identify a person on its own (postcode, birth date, secret, marking) or the
    /// value normalises to nothing.
    pub fn hash(&self, kind: EntityKind, value: &str) -> Option<SubjectHash> {
        let normal = normalise(kind, value)?;
        let mac = hmac_sha256(
            &self.key,
            &[kind.as_str().as_bytes(), b"\0", normal.as_bytes()],
        );
        let mut digest = [0u8; DIGEST_LEN];
        digest.copy_from_slice(&mac[..DIGEST_LEN]);
        Some(SubjectHash { kind, digest })
    }

    /// The distinct hashes of every identifying finding in `text`, sorted.
    pub fn hash_findings(&self, text: &str, findings: &Findings) -> Vec<SubjectHash> {
        // A name or number often recurs in one text: hash each distinct value once
        // (an HMAC per finding is most of this function's time on long prompts).
        let mut values: Vec<(EntityKind, &str)> = findings
            .entities
            .iter()
            .map(|f| (f.kind, f.span.slice(text)))
            .collect();
        values.sort_unstable();
        values.dedup();
        let mut out: Vec<SubjectHash> = values
            .into_iter()
            .filter_map(|(kind, value)| self.hash(kind, value))
            .collect();
        out.sort();
        out.dedup();
        out
    }
}

/// The normal form of an identifier of kind `kind`; `None` for kinds that are not
/// hashed or values that normalise to nothing.
pub fn normalise(kind: EntityKind, value: &str) -> Option<String> {
    let out = match kind {
        EntityKind::Person => {
            let folded = words(value);
            let mut tokens: Vec<&str> = folded.split(' ').filter(|t| !t.is_empty()).collect();
            // Order-free: "De Vries, Jan" and "Jan de Vries" are the same name.
            tokens.sort_unstable();
            tokens.join(" ")
        }
        EntityKind::Address => words(value),
        EntityKind::Email => {
            let v = value.trim().to_lowercase();
            v.strip_prefix("mailto:").unwrap_or(&v).to_owned()
        }
        EntityKind::Phone => phone(value),
        EntityKind::Bsn => {
            let d = digits(value);
            if d.len() == 8 { format!("0{d}") } else { d }
        }
        EntityKind::CreditCard => digits(value),
        EntityKind::Iban | EntityKind::LicensePlate | EntityKind::IdNumber => value
            .chars()
            .filter(char::is_ascii_alphanumeric)
            .map(|c| c.to_ascii_uppercase())
            .collect(),
        EntityKind::IpAddress => value.trim().to_ascii_lowercase(),
        EntityKind::Postcode
        | EntityKind::Birthdate
        | EntityKind::Secret
        | EntityKind::Confidential => return None,
    };
    (!out.is_empty()).then_some(out)
}

fn digits(value: &str) -> String {
    value.chars().filter(char::is_ascii_digit).collect()
}

/// Dutch numbers in national form: `+31 (0)6 …`, `0031 6 …`, `06-…` all become `06…`;
/// other international numbers become `00<country>…`.
fn phone(value: &str) -> String {
    let trimmed = value.trim_start();
    let mut s = String::new();
    if trimmed.starts_with('+') {
        s.push_str("00");
    }
    s.push_str(&digits(trimmed));
    if let Some(rest) = s.strip_prefix("0031") {
        if rest.starts_with('0') {
            rest.to_owned()
        } else {
            format!("0{rest}")
        }
    } else {
        s
    }
}

/// Lowercase, Latin diacritics folded, everything but letters and digits turned into
/// single spaces, trimmed.
fn words(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut space = true;
    for c in value.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            match fold(c) {
                Folded::One(f) => out.push(f),
                Folded::Two(f) => out.push_str(f),
            }
            space = false;
        } else if !space {
            out.push(' ');
            space = true;
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// Small folding table for the diacritics of Latin-script names.
enum Folded {
    One(char),
    Two(&'static str),
}

fn fold(c: char) -> Folded {
    const TABLE: [(&str, char); 19] = [
        ("àáâãäåāăą", 'a'),
        ("çćĉċč", 'c'),
        ("ďđ", 'd'),
        ("èéêëēĕėęě", 'e'),
        ("ĝğġģ", 'g'),
        ("ĥħ", 'h'),
        ("ìíîïĩīĭįı", 'i'),
        ("ĵ", 'j'),
        ("ķ", 'k'),
        ("ĺļľŀł", 'l'),
        ("ñńņňŉ", 'n'),
        ("òóôõöøōŏő", 'o'),
        ("ŕŗř", 'r'),
        ("śŝşšș", 's'),
        ("ţťŧț", 't'),
        ("ùúûüũūŭůűų", 'u'),
        ("ŵ", 'w'),
        ("ýÿŷ", 'y'),
        ("źżž", 'z'),
    ];
    if c.is_ascii() {
        return Folded::One(c);
    }
    match c {
        'ß' => return Folded::Two("ss"),
        'æ' => return Folded::Two("ae"),
        'œ' => return Folded::Two("oe"),
        'ĳ' => return Folded::Two("ij"),
        _ => {}
    }
    for (from, to) in TABLE {
        if from.contains(c) {
            return Folded::One(to);
        }
    }
    Folded::One(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn h() -> SubjectHasher {
        SubjectHasher::new(&[42u8; 32]).unwrap()
    }

    /// A value found several times is hashed once; every distinct one is kept.
    #[test]
    fn recurring_values_hash_once() {
        use detect::{Finding, Findings, Span};
        let text = "Anna de Boer, 06-12345678; Anna de Boer again; Straße";
        let f = |start, end, kind| Finding {
            span: Span::new(start, end),
            kind,
            score: 1.0,
            recognizer: "t",
        };
        let findings = Findings {
            entities: vec![
                f(0, 12, EntityKind::Person),
                f(14, 25, EntityKind::Phone),
                f(27, 39, EntityKind::Person),
                f(47, 54, EntityKind::Person),
            ],
            special: Vec::new(),
        };
        let h = h();
        let got = h.hash_findings(text, &findings);
        let mut want: Vec<SubjectHash> = [
            h.hash(EntityKind::Person, "Anna de Boer"),
            h.hash(EntityKind::Phone, "06-12345678"),
            h.hash(EntityKind::Person, "strasse"),
        ]
        .into_iter()
        .flatten()
        .collect();
        want.sort();
        assert_eq!(got, want);
    }

    /// Spelling variants of one identifier meet; different identifiers do not.
    #[test]
    fn variants_meet() {
        let h = h();
        let same = |k, a: &str, b: &str| assert_eq!(h.hash(k, a), h.hash(k, b), "{a} vs {b}");
        let diff = |k, a: &str, b: &str| assert_ne!(h.hash(k, a), h.hash(k, b), "{a} vs {b}");
        same(EntityKind::Person, "Jan de Vries", " jan  DE vries ");
        same(EntityKind::Person, "De Vries, Jan", "Jan de Vries");
        same(
            EntityKind::Person,
            "José Müller-Lüdenscheidt",
            "Jose Muller Ludenscheidt",
        );
        diff(EntityKind::Person, "Jan de Vries", "Jan de Vos");
        same(
            EntityKind::Email,
            "Jan.Jansen@Example.NL ",
            "jan.jansen@example.nl",
        );
        same(EntityKind::Phone, "+31 6 1234 5678", "06-12345678");
        same(EntityKind::Phone, "+31 (0)6 12345678", "0612345678");
        same(EntityKind::Phone, "0031 20 123 4567", "020-1234567");
        diff(EntityKind::Phone, "+32 2 123 4567", "02 123 4567");
        same(EntityKind::Bsn, "1112.22.333", "111222333");
        same(EntityKind::Bsn, "12345672", "012345672");
        same(
            EntityKind::Iban,
            "nl91 abna 0417 1643 00",
            "NL91ABNA0417164300",
        );
        same(EntityKind::LicensePlate, "xx-123-b", "XX123B");
        // The kind is part of the hash: the same digits as BSN and as phone differ.
        assert_ne!(
            h.hash(EntityKind::Bsn, "111222333").map(|x| x.digest),
            h.hash(EntityKind::IdNumber, "111222333").map(|x| x.digest)
        );
    }

    /// Kinds that do not identify a person alone, and empty values, give no hash.
    #[test]
    fn unhashed_kinds() {
        let h = h();
        for k in [
            EntityKind::Postcode,
            EntityKind::Birthdate,
            EntityKind::Secret,
            EntityKind::Confidential,
        ] {
            assert!(h.hash(k, "1234 AB").is_none());
        }
        assert!(h.hash(EntityKind::Person, " ,. ").is_none());
        assert!(h.hash(EntityKind::Bsn, "geen").is_none());
    }

    /// The key matters, the hash hides the value, and the text form round-trips.
    #[test]
    fn keyed_and_roundtrip() {
        let a = h().hash(EntityKind::Bsn, "111222333").unwrap();
        let b = SubjectHasher::new(&[43u8; 32])
            .unwrap()
            .hash(EntityKind::Bsn, "111222333")
            .unwrap();
        assert_ne!(a, b);
        let text = a.to_string();
        assert!(text.starts_with("BSN:") && !text.contains("111222333"));
        assert_eq!(SubjectHash::parse(&text), Some(a.clone()));
        let json = serde_json::to_string(&a).unwrap();
        assert_eq!(serde_json::from_str::<SubjectHash>(&json).unwrap(), a);
        assert!(SubjectHash::parse("BSN:zz").is_none());
        assert!(SubjectHash::parse("NOPE:00112233445566778899aabbccddeeff").is_none());
    }
}
