//! [`Label`]: the only kind of string an audit record accepts.

use serde::{Deserialize, Deserializer, Serialize};

use crate::Error;

/// A short identifier or code: a key id, user id, purpose, provider, model name,
/// reason code, request id.
///
/// # Design rationale
///
/// An audit record must not become a new store of personal data, so it holds no
/// free text. A label is 1..=128 bytes of `[A-Za-z0-9._:/+@-]` with no whitespace,
/// and at most one `@` that is not followed by a dot (versioned model ids), so a
/// name ("Jan de Vries"), an e-mail address or a sentence cannot be stored by
/// mistake. Ids such as `u-1042`, `gpt-4o-2024-08-06`, `meta-llama/Llama-3.1-70B`,
/// `claude-3-5-sonnet@20241022`, `special_category.health` or a UUID fit.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct Label(String);

impl Label {
    /// Longest accepted label in bytes.
    pub const MAX_LEN: usize = 128;

    /// Validates `value` as a label for `field` (the field name is only used in the error).
    ///
    /// # Errors
    ///
    /// [`Error::InvalidLabel`] when the value is empty, longer than [`Label::MAX_LEN`]
    /// or contains a character outside `[A-Za-z0-9._:/+-]`. The error does not keep the value.
    pub fn new(field: &'static str, value: &str) -> Result<Self, Error> {
        if Self::is_valid(value) {
            Ok(Label(value.to_owned()))
        } else {
            Err(Error::InvalidLabel {
                field,
                len: value.len(),
            })
        }
    }

    /// True when `value` would be accepted by [`Label::new`].
    pub fn is_valid(value: &str) -> bool {
        let allowed = |b: u8| {
            b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b':' | b'/' | b'+' | b'-' | b'@')
        };
        // One `@` is allowed for versioned model ids (`claude-3-5-sonnet@20241022`), but
        // not in front of a dotted domain, so an e-mail address is still refused.
        let at_ok = match value.split_once('@') {
            None => true,
            Some((before, after)) => !before.is_empty() && !after.contains(['@', '.']),
        };
        !value.is_empty() && value.len() <= Self::MAX_LEN && value.bytes().all(allowed) && at_ok
    }

    /// The label text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for Label {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Label {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        if Label::is_valid(&s) {
            Ok(Label(s))
        } else {
            Err(serde::de::Error::custom("invalid audit label"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Ids pass; names, e-mail addresses, whitespace and over-long values are refused without echoing them.
    #[test]
    fn accepts_ids_refuses_text() {
        for ok in [
            "u-1042",
            "gpt-4o-2024-08-06",
            "meta-llama/Llama-3.1-70B",
            "claude-3-5-sonnet@20241022",
            "special_category.health",
            "a",
        ] {
            assert!(Label::new("f", ok).is_ok(), "{ok}");
        }
        for bad in [
            "Jan de Vries",
            "jan@example.nl",
            "j@x@y",
            "@20241022",
            "",
            "tab\there",
            "é",
            &"x".repeat(129),
        ] {
            let err = Label::new("user", bad).unwrap_err();
            let msg = err.to_string();
            assert!(msg.contains("user"));
            if bad.len() > 3 {
                assert!(!msg.contains(bad), "error echoes the value");
            }
        }
    }

    /// Deserialising applies the same check as `new`.
    #[test]
    fn deserialize_validates() {
        assert!(serde_json::from_str::<Label>("\"ok-1\"").is_ok());
        assert!(serde_json::from_str::<Label>("\"not ok\"").is_err());
    }
}
