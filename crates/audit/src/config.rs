//! [`AuditConfig`]: the `[audit]` section of the Poortwachter TOML file.

use std::path::PathBuf;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::{AuditKey, AuditStore, Error, Timestamp};

/// The `[audit]` section of the configuration file. Every field has a default, so an
/// absent section means: SQLite file `poortwachter-audit.db`, key from
/// `POORTWACHTER_AUDIT_KEY`, 365 days retention, fail closed.
///
/// ```toml
/// [audit]
/// store = "sqlite:/var/lib/poortwachter/audit.db"     # or "postgres://postgres@127.0.0.1:5432/poortwachter"
/// hmac_key_env = "POORTWACHTER_AUDIT_KEY"
/// retention_days = 365
/// fail_closed = true
/// checkpoint_interval = 1000
/// sqlite_sync = "full"
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct AuditConfig {
    /// Where the log lives: a file path or `sqlite:PATH` for SQLite, or a
    /// `postgres://` / `postgresql://` URL (no TLS; use a local or tunnelled server).
    pub store: String,
    /// Name of the environment variable that holds the audit secret (≥ 32 bytes).
    pub hmac_key_env: String,
    /// Records older than this many days are removed by `poortwachter audit retention`
    /// (and by the gateway's daily run).
    pub retention_days: u32,
    /// When the store cannot be written, refuse the request (`true`, the default) or
    /// forward it anyway and count the failure (`false`).
    pub fail_closed: bool,
    /// Write a checkpoint every this many entries.
    pub checkpoint_interval: u64,
    /// SQLite durability: `full` (fsync per commit) or `normal` (survives process crashes).
    pub sqlite_sync: SqliteSync,
    /// PostgreSQL schema that holds the tables (created if missing).
    pub postgres_schema: String,
    /// PostgreSQL connections per gateway instance.
    pub postgres_pool: usize,
}

impl Default for AuditConfig {
    fn default() -> Self {
        AuditConfig {
            store: "poortwachter-audit.db".into(),
            hmac_key_env: "POORTWACHTER_AUDIT_KEY".into(),
            retention_days: 365,
            fail_closed: true,
            checkpoint_interval: 1000,
            sqlite_sync: SqliteSync::Full,
            postgres_schema: "public".into(),
            postgres_pool: 4,
        }
    }
}

/// How hard SQLite works to keep a commit on disk.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Deserialize, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SqliteSync {
    /// `synchronous = FULL`: a committed record survives a power cut (one fsync per commit).
    #[default]
    Full,
    /// `synchronous = NORMAL`: survives a crash of the process (kill -9), may lose the
    /// last commits on power loss; much faster on slow disks.
    Normal,
}

/// Which backend a [`AuditConfig::store`] value names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreLocation {
    /// A SQLite file.
    Sqlite(PathBuf),
    /// A PostgreSQL connection URL.
    Postgres(String),
}

impl AuditConfig {
    /// Which backend and where.
    ///
    /// # Errors
    ///
    /// [`Error::Config`] when `store` is empty.
    pub fn location(&self) -> Result<StoreLocation, Error> {
        let s = self.store.trim();
        if s.is_empty() {
            return Err(Error::Config("audit.store is empty".into()));
        }
        if s.starts_with("postgres://") || s.starts_with("postgresql://") {
            return Ok(StoreLocation::Postgres(s.to_owned()));
        }
        Ok(StoreLocation::Sqlite(PathBuf::from(
            s.strip_prefix("sqlite:").unwrap_or(s),
        )))
    }

    /// The cutoff for retention at `now`.
    pub fn retention_cutoff(&self, now: Timestamp) -> Timestamp {
        now.minus_days(self.retention_days)
    }

    /// Reads the key from the environment and opens the store.
    ///
    /// # Errors
    ///
    /// [`Error::Key`] when the key is missing, and the errors of [`AuditConfig::open_with_key`].
    pub fn open(&self) -> Result<Arc<dyn AuditStore>, Error> {
        self.open_with_key(AuditKey::from_env(&self.hmac_key_env)?)
    }

    /// Opens the store with an explicit key.
    ///
    /// # Errors
    ///
    /// Database errors, [`Error::WrongKey`], or [`Error::BackendNotCompiled`] when the
    /// backend's cargo feature is off.
    pub fn open_with_key(&self, key: AuditKey) -> Result<Arc<dyn AuditStore>, Error> {
        if self.checkpoint_interval == 0 {
            return Err(Error::Config(
                "audit.checkpoint_interval must be at least 1".into(),
            ));
        }
        match self.location()? {
            #[cfg(feature = "sqlite")]
            StoreLocation::Sqlite(path) => Ok(Arc::new(crate::SqliteStore::open(
                &path,
                key,
                self.sqlite_sync,
                self.checkpoint_interval,
            )?)),
            #[cfg(not(feature = "sqlite"))]
            StoreLocation::Sqlite(_) => {
                drop(key);
                Err(Error::BackendNotCompiled("sqlite"))
            }
            #[cfg(feature = "postgres")]
            StoreLocation::Postgres(url) => Ok(Arc::new(crate::PostgresStore::open(
                &url,
                &self.postgres_schema,
                key,
                self.checkpoint_interval,
                self.postgres_pool,
            )?)),
            #[cfg(not(feature = "postgres"))]
            StoreLocation::Postgres(_) => {
                let _ = key; // unused without the postgres backend
                Err(Error::BackendNotCompiled("postgres"))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The store string picks the backend; defaults apply to missing fields.
    #[test]
    fn locations_and_defaults() {
        let mut c = AuditConfig::default();
        assert!(c.fail_closed);
        assert_eq!(
            c.location().unwrap(),
            StoreLocation::Sqlite("poortwachter-audit.db".into())
        );
        c.store = "sqlite:/tmp/x.db".into();
        assert_eq!(
            c.location().unwrap(),
            StoreLocation::Sqlite("/tmp/x.db".into())
        );
        c.store = "postgres://u@127.0.0.1/db".into();
        assert!(matches!(c.location().unwrap(), StoreLocation::Postgres(_)));
        c.store = " ".into();
        assert!(c.location().is_err());
        let parsed: AuditConfig = serde_json::from_str(r#"{"retention_days": 30}"#).unwrap();
        assert_eq!(parsed.retention_days, 30);
        assert_eq!(parsed.hmac_key_env, "POORTWACHTER_AUDIT_KEY");
        assert!(serde_json::from_str::<AuditConfig>(r#"{"retention": 30}"#).is_err());
    }
}
