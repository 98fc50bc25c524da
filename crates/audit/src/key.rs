//! [`AuditKey`]: the one secret of the audit log, and the keys derived from it.

use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;

use crate::Error;

/// HMAC-SHA256 of the concatenation of `parts` under `key`.
pub(crate) fn hmac_sha256(key: &[u8], parts: &[&[u8]]) -> [u8; 32] {
    // `new_from_slice` accepts keys of any length for HMAC; the error arm cannot occur.
    let Ok(mut mac) = <Hmac<Sha256> as KeyInit>::new_from_slice(key) else {
        return [0; 32];
    };
    for p in parts {
        mac.update(p);
    }
    mac.finalize().into_bytes().into()
}

/// The audit secret and the independent keys derived from it (HMAC-SHA256 with a
/// fixed label per use): one for subject hashes, one for the MACs of the hash
/// chain, and a public fingerprint stored with the log to catch a wrong key.
///
/// `Debug` prints nothing secret.
#[derive(Clone)]
pub struct AuditKey {
    subject: [u8; 32],
    chain: [u8; 32],
    fingerprint: [u8; 32],
}

impl AuditKey {
    /// Shortest accepted secret in bytes.
    pub const MIN_LEN: usize = 32;

    /// Derives the keys from `secret` (at least [`AuditKey::MIN_LEN`] bytes, e.g. 64 hex
    /// characters from `openssl rand -hex 32`; the bytes are used as given).
    ///
    /// # Errors
    ///
    /// [`Error::Key`] when the secret is shorter than [`AuditKey::MIN_LEN`].
    pub fn from_secret(secret: &[u8]) -> Result<Self, Error> {
        if secret.len() < Self::MIN_LEN {
            return Err(Error::Key("the secret must be at least 32 bytes"));
        }
        Ok(AuditKey {
            subject: hmac_sha256(secret, &[b"poortwachter/audit/subject/v1"]),
            chain: hmac_sha256(secret, &[b"poortwachter/audit/chain/v1"]),
            fingerprint: hmac_sha256(secret, &[b"poortwachter/audit/fingerprint/v1"]),
        })
    }

    /// Reads the secret from the environment variable `var` (trailing whitespace trimmed).
    ///
    /// # Errors
    ///
    /// [`Error::Key`] when the variable is unset, not UTF-8 or too short.
    pub fn from_env(var: &str) -> Result<Self, Error> {
        let value = std::env::var(var).map_err(|_| {
            Error::Key("the environment variable named by audit.hmac_key_env is not set")
        })?;
        Self::from_secret(value.trim_end().as_bytes())
    }

    /// The hasher for subject identifiers.
    pub fn subject_hasher(&self) -> crate::SubjectHasher {
        crate::SubjectHasher::from_key(self.subject)
    }

    pub(crate) fn chain_key(&self) -> &[u8; 32] {
        &self.chain
    }

    /// A public fingerprint of the key (hex), stored in the log's metadata: it reveals
    /// nothing about the key but tells whether a store was written with this key.
    pub fn fingerprint(&self) -> String {
        crate::trace::hex(&self.fingerprint[..16])
    }
}

impl std::fmt::Debug for AuditKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AuditKey")
            .field("fingerprint", &self.fingerprint())
            .finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// HMAC-SHA256 matches RFC 4231 test case 2.
    #[test]
    fn hmac_rfc4231_case2() {
        let mac = hmac_sha256(b"Jefe", &[b"what do ya want ", b"for nothing?"]);
        assert_eq!(
            crate::trace::hex(&mac),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
    }

    /// Short secrets are refused; derived keys differ per use; Debug hides them.
    #[test]
    fn derivation() {
        assert!(AuditKey::from_secret(b"short").is_err());
        let k = AuditKey::from_secret(&[7u8; 32]).unwrap();
        assert_ne!(k.subject, k.chain);
        let dbg = format!("{k:?}");
        assert!(dbg.contains(&k.fingerprint()));
        assert!(!dbg.contains(&crate::trace::hex(&k.chain)));
        let k2 = AuditKey::from_secret(&[8u8; 32]).unwrap();
        assert_ne!(k.fingerprint(), k2.fingerprint());
    }
}
