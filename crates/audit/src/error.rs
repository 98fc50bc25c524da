//! The one error type of this crate.
//!
//! No variant carries a value that could be content: labels that fail validation
//! are reported by field and length, never by text, and database errors keep the
//! driver's message (which names tables and SQL, never bound parameters).

/// Everything that can go wrong in `audit`.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A label (id, code, model name, …) is empty, too long or holds a character
    /// outside `[A-Za-z0-9._:/+@-]` (or an `@` before a dotted domain). Fix: map the value to an id before auditing it;
    /// labels must never hold names, e-mail addresses or free text.
    #[error(
        "invalid audit label for `{field}` ({len} bytes): only [A-Za-z0-9._:/+@-] and no e-mail address, 1..=128 bytes"
    )]
    InvalidLabel {
        /// Which field was being set.
        field: &'static str,
        /// Length of the rejected value in bytes (the value itself is not kept).
        len: usize,
    },
    /// The audit key is missing or too short. Fix: set the environment variable named
    /// by `audit.hmac_key_env` to at least 32 random bytes (e.g. `openssl rand -hex 32`).
    #[error("audit key: {0}")]
    Key(&'static str),
    /// The store was created with a different audit key. Subject lookups and MACs
    /// would silently fail with this key. Fix: use the original key.
    #[error("the audit store was created with a different audit key (fingerprint mismatch)")]
    WrongKey,
    /// The configuration is inconsistent. Fix: see the message and `docs/audit.md`.
    #[error("audit config: {0}")]
    Config(String),
    /// The requested backend was not compiled in. Fix: build with the named feature.
    #[error("audit store backend `{0}` is not compiled in (enable the cargo feature of that name)")]
    BackendNotCompiled(&'static str),
    /// SQLite failed (file missing, locked beyond the busy timeout, disk full, …).
    #[cfg(feature = "sqlite")]
    #[error("sqlite: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// PostgreSQL failed (unreachable, authentication, …).
    #[cfg(feature = "postgres")]
    #[error("postgres: {0}")]
    Postgres(#[from] postgres::Error),
    /// A stored entry could not be decoded (the store was modified outside this crate,
    /// or written by a newer version). `audit verify` reports where.
    #[error("stored audit entry {seq} is not readable: {reason}")]
    Corrupt {
        /// Sequence number of the entry.
        seq: u64,
        /// What did not decode.
        reason: String,
    },
    /// Encoding a record failed (should not happen for records built by this crate).
    #[error("encoding an audit record: {0}")]
    Encode(#[from] serde_json::Error),
    /// The group commit this record was part of failed (the message is the
    /// underlying database error). The record is not stored.
    #[error("audit batch commit failed: {0}")]
    BatchFailed(String),
    /// A store's internal lock was poisoned by a panic in another thread.
    #[error("audit store lock poisoned")]
    Poisoned,
    /// Writing an export failed.
    #[error("writing export: {0}")]
    Io(#[from] std::io::Error),
}
