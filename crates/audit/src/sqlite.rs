//! [`SqliteStore`]: the embedded default (bundled SQLite, WAL).

use std::path::Path;
use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

use rusqlite::{Connection, OptionalExtension, TransactionBehavior, params};

use crate::chain::{self, Checkpoint, GENESIS, RawCheckpoint, RawEntry, RawSource};
use crate::store::{self, EventRef, GroupCommit, Prepared};
use crate::trace::hex;
use crate::{
    Appended, AuditKey, AuditStore, Entry, Error, Record, RetentionMark, RetentionOutcome,
    SqliteSync, SubjectHash, Timestamp, VerifyReport,
};

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS audit_entries (
    seq        INTEGER PRIMARY KEY,
    time_ms    INTEGER NOT NULL,
    kind       TEXT NOT NULL,
    request_id TEXT,
    prev_hash  BLOB NOT NULL,
    hash       BLOB NOT NULL,
    mac        BLOB NOT NULL,
    body       TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS audit_entries_request ON audit_entries(request_id);
CREATE INDEX IF NOT EXISTS audit_entries_time ON audit_entries(time_ms);
CREATE TABLE IF NOT EXISTS audit_subjects (
    subject TEXT NOT NULL,
    seq     INTEGER NOT NULL,
    PRIMARY KEY (subject, seq)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS audit_subjects_seq ON audit_subjects(seq);
CREATE TABLE IF NOT EXISTS audit_checkpoints (
    seq     INTEGER PRIMARY KEY,
    time_ms INTEGER NOT NULL,
    hash    BLOB NOT NULL,
    mac     BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS audit_head (
    id   INTEGER PRIMARY KEY CHECK (id = 1),
    seq  INTEGER NOT NULL,
    hash BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS audit_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
";

/// An audit store in one SQLite file (WAL mode). Several processes may append to the
/// same file: each commit takes SQLite's write lock (`BEGIN IMMEDIATE`) and reads the
/// head inside it. Within a process, concurrent appends share commits (group commit).
pub struct SqliteStore {
    writer: Mutex<Connection>,
    reader: Mutex<Connection>,
    batch: GroupCommit,
    key: AuditKey,
    checkpoint_interval: u64,
}

impl std::fmt::Debug for SqliteStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SqliteStore").finish_non_exhaustive()
    }
}

fn connect(path: &Path, sync: SqliteSync) -> Result<Connection, Error> {
    let conn = Connection::open(path)?;
    conn.busy_timeout(Duration::from_secs(10))?;
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(
        None,
        "synchronous",
        match sync {
            SqliteSync::Full => "FULL",
            SqliteSync::Normal => "NORMAL",
        },
    )?;
    Ok(conn)
}

fn lock<T>(m: &Mutex<T>) -> Result<MutexGuard<'_, T>, Error> {
    m.lock().map_err(|_| Error::Poisoned)
}

fn to_i64(v: u64) -> i64 {
    i64::try_from(v).unwrap_or(i64::MAX)
}

fn to_u64(v: i64) -> u64 {
    u64::try_from(v).unwrap_or(0)
}

impl SqliteStore {
    /// Opens (creating if needed) the store at `path`.
    ///
    /// # Errors
    ///
    /// SQLite errors, or [`Error::WrongKey`] when the file was created with another key.
    pub fn open(
        path: &Path,
        key: AuditKey,
        sync: SqliteSync,
        checkpoint_interval: u64,
    ) -> Result<Self, Error> {
        let mut writer = connect(path, sync)?;
        let tx = writer.transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute_batch(SCHEMA)?;
        tx.execute(
            // Only a brand-new store gets a head: a missing head beside existing entries
            // is damage that appends must not paper over (they fail instead).
            "INSERT OR IGNORE INTO audit_head (id, seq, hash)
             SELECT 1, 0, ?1 WHERE NOT EXISTS (SELECT 1 FROM audit_entries)",
            params![GENESIS.to_vec()],
        )?;
        tx.execute(
            "INSERT OR IGNORE INTO audit_meta (key, value) VALUES ('key_fingerprint', ?1)",
            params![key.fingerprint()],
        )?;
        tx.execute(
            "INSERT OR IGNORE INTO audit_meta (key, value) VALUES ('schema', '1')",
            [],
        )?;
        let fp: String = tx.query_row(
            "SELECT value FROM audit_meta WHERE key = 'key_fingerprint'",
            [],
            |r| r.get(0),
        )?;
        tx.commit()?;
        if fp != key.fingerprint() {
            return Err(Error::WrongKey);
        }
        let reader = connect(path, sync)?;
        Ok(SqliteStore {
            writer: Mutex::new(writer),
            reader: Mutex::new(reader),
            batch: GroupCommit::default(),
            key,
            checkpoint_interval: checkpoint_interval.max(1),
        })
    }

    /// Chains `items` after the head in transaction `tx`: reads the head once, inserts
    /// every entry (with its subjects and any checkpoint), moves the head once.
    fn append_batch(
        &self,
        tx: &rusqlite::Transaction<'_>,
        items: &[Prepared],
    ) -> Result<Vec<Appended>, Error> {
        let (head_seq, mut prev): (i64, Vec<u8>) =
            tx.query_row("SELECT seq, hash FROM audit_head WHERE id = 1", [], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })?;
        let mut seq = to_u64(head_seq);
        let mut out = Vec::with_capacity(items.len());
        let mut insert = tx.prepare_cached(
            "INSERT INTO audit_entries (seq, time_ms, kind, request_id, prev_hash, hash, mac, body)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        )?;
        let mut subject = tx.prepare_cached(
            "INSERT OR IGNORE INTO audit_subjects (subject, seq) VALUES (?1, ?2)",
        )?;
        for p in items {
            seq += 1;
            let sealed = chain::seal(self.key.chain_key(), &prev, &p.body);
            insert.execute(params![
                to_i64(seq),
                p.time.millis(),
                p.kind,
                p.request_id,
                prev,
                sealed.hash.to_vec(),
                sealed.mac.to_vec(),
                p.body
            ])?;
            for s in &p.subjects {
                subject.execute(params![s, to_i64(seq)])?;
            }
            let checkpoint = seq % self.checkpoint_interval == 0;
            if checkpoint {
                tx.execute(
                    "INSERT INTO audit_checkpoints (seq, time_ms, hash, mac) VALUES (?1, ?2, ?3, ?4)",
                    params![
                        to_i64(seq),
                        Timestamp::now().millis(),
                        sealed.hash.to_vec(),
                        chain::checkpoint_mac(self.key.chain_key(), seq, &sealed.hash).to_vec()
                    ],
                )?;
            }
            prev = sealed.hash.to_vec();
            out.push(Appended {
                seq,
                hash: hex(&sealed.hash),
                checkpoint,
            });
        }
        let updated = tx.execute(
            "UPDATE audit_head SET seq = ?1, hash = ?2 WHERE id = 1",
            params![to_i64(seq), prev],
        )?;
        if updated != 1 {
            return Err(Error::Corrupt {
                seq,
                reason: "audit_head row missing".into(),
            });
        }
        Ok(out)
    }

    fn load(
        conn: &Connection,
        sql: &str,
        params: &[&dyn rusqlite::ToSql],
    ) -> Result<Vec<Entry>, Error> {
        let mut stmt = conn.prepare(sql)?;
        let rows = stmt.query_map(params, |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, Vec<u8>>(1)?,
                r.get::<_, String>(2)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (seq, hash, body) = row?;
            out.push(store::decode(to_u64(seq), &hash, &body)?);
        }
        Ok(out)
    }
}

impl AuditStore for SqliteStore {
    fn append(&self, record: &Record) -> Result<Appended, Error> {
        let slot = self
            .batch
            .enqueue(Prepared::new(&EventRef::Record(record))?)?;
        let Ok(mut conn) = lock(&self.writer) else {
            GroupCommit::abandon(&slot);
            return Err(Error::Poisoned);
        };
        self.batch.run(&slot, |items| {
            let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let out = self.append_batch(&tx, items)?;
            tx.commit()?;
            Ok(out)
        })
    }

    fn verify(&self, anchors: &[Checkpoint]) -> Result<VerifyReport, Error> {
        let conn = lock(&self.reader)?;
        // One read transaction: a consistent snapshot while appends go on.
        conn.execute_batch("BEGIN")?;
        let result = chain::verify(self.key.chain_key(), &Source(&conn), anchors);
        conn.execute_batch("COMMIT")?;
        result
    }

    fn subject_lookup(&self, subjects: &[SubjectHash]) -> Result<Vec<Entry>, Error> {
        let conn = lock(&self.reader)?;
        conn.execute_batch("BEGIN")?;
        let mut request_ids: Vec<String> = Vec::new();
        {
            let mut stmt = conn.prepare(
                "SELECT DISTINCT e.request_id FROM audit_subjects s JOIN audit_entries e ON e.seq = s.seq
                 WHERE s.subject = ?1 AND e.request_id IS NOT NULL",
            )?;
            for s in subjects {
                let rows = stmt.query_map(params![s.to_string()], |r| r.get::<_, String>(0))?;
                for r in rows {
                    request_ids.push(r?);
                }
            }
        }
        request_ids.sort();
        request_ids.dedup();
        let mut out = Vec::new();
        for rid in &request_ids {
            out.extend(Self::load(
                &conn,
                "SELECT seq, hash, body FROM audit_entries WHERE request_id = ?1 ORDER BY seq",
                &[rid],
            )?);
        }
        conn.execute_batch("COMMIT")?;
        out.sort_by_key(|e| e.seq);
        Ok(out)
    }

    fn apply_retention(&self, cutoff: Timestamp) -> Result<RetentionOutcome, Error> {
        let mut conn = lock(&self.writer)?;
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let last_old: Option<i64> = tx.query_row(
            "SELECT MAX(seq) FROM audit_entries WHERE time_ms < ?1",
            params![cutoff.millis()],
            |r| r.get(0),
        )?;
        let Some(k) = last_old else {
            return Ok(RetentionOutcome::default());
        };
        let through_hash: Vec<u8> = tx.query_row(
            "SELECT hash FROM audit_entries WHERE seq = ?1",
            params![k],
            |r| r.get(0),
        )?;
        tx.execute("DELETE FROM audit_subjects WHERE seq <= ?1", params![k])?;
        tx.execute("DELETE FROM audit_checkpoints WHERE seq <= ?1", params![k])?;
        let removed = tx.execute("DELETE FROM audit_entries WHERE seq <= ?1", params![k])?;
        let mark = RetentionMark {
            time: Timestamp::now(),
            cutoff,
            through_seq: to_u64(k),
            through_hash: hex(&through_hash),
            removed: removed as u64,
        };
        let appended = self
            .append_batch(&tx, &[Prepared::new(&EventRef::Retention(&mark))?])?
            .pop()
            .ok_or_else(|| Error::BatchFailed("empty batch result".into()))?;
        tx.commit()?;
        Ok(RetentionOutcome {
            removed: removed as u64,
            through_seq: Some(to_u64(k)),
            mark_seq: Some(appended.seq),
        })
    }

    fn export(
        &self,
        from_seq: u64,
        sink: &mut dyn FnMut(Entry) -> Result<(), Error>,
    ) -> Result<(), Error> {
        let conn = lock(&self.reader)?;
        conn.execute_batch("BEGIN")?;
        let result = (|| {
            let mut stmt = conn.prepare(
                "SELECT seq, hash, body FROM audit_entries WHERE seq >= ?1 ORDER BY seq",
            )?;
            let mut rows = stmt.query(params![to_i64(from_seq)])?;
            while let Some(r) = rows.next()? {
                let seq = to_u64(r.get(0)?);
                let hash: Vec<u8> = r.get(1)?;
                let body: String = r.get(2)?;
                sink(store::decode(seq, &hash, &body)?)?;
            }
            Ok(())
        })();
        conn.execute_batch("COMMIT")?;
        result
    }

    fn head(&self) -> Result<Option<Checkpoint>, Error> {
        let conn = lock(&self.reader)?;
        let head: Option<(i64, Vec<u8>)> = conn
            .query_row("SELECT seq, hash FROM audit_head WHERE id = 1", [], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .optional()?;
        Ok(head.filter(|(s, _)| *s > 0).map(|(seq, hash)| Checkpoint {
            seq: to_u64(seq),
            hash: hex(&hash),
            time: Timestamp::now(),
        }))
    }

    fn ping(&self) -> Result<(), Error> {
        let conn = lock(&self.reader)?;
        conn.query_row("SELECT seq FROM audit_head WHERE id = 1", [], |r| {
            r.get::<_, i64>(0)
        })?;
        Ok(())
    }
}

struct Source<'c>(&'c Connection);

impl RawSource for Source<'_> {
    fn scan(&self, f: &mut dyn FnMut(RawEntry) -> Result<(), Error>) -> Result<(), Error> {
        let mut stmt = self.0.prepare(
            "SELECT e.seq, e.prev_hash, e.hash, e.mac, e.body,
                    (SELECT group_concat(s.subject, ' ') FROM audit_subjects s WHERE s.seq = e.seq),
                    e.time_ms, e.kind, e.request_id
             FROM audit_entries e ORDER BY e.seq",
        )?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let indexed: Option<String> = r.get(5)?;
            f(RawEntry {
                seq: to_u64(r.get(0)?),
                prev_hash: r.get(1)?,
                hash: r.get(2)?,
                mac: r.get(3)?,
                body: match r.get_ref(4)? {
                    rusqlite::types::ValueRef::Text(b) | rusqlite::types::ValueRef::Blob(b) => {
                        b.to_vec()
                    }
                    _ => Vec::new(),
                },
                columns: (r.get(6)?, r.get(7)?, r.get(8)?),
                indexed: indexed
                    .map(|s| s.split(' ').map(str::to_owned).collect())
                    .unwrap_or_default(),
            })?;
        }
        Ok(())
    }

    fn checkpoints(&self) -> Result<Vec<RawCheckpoint>, Error> {
        let mut stmt = self
            .0
            .prepare("SELECT seq, hash, mac FROM audit_checkpoints ORDER BY seq")?;
        let rows = stmt.query_map([], |r| {
            Ok(RawCheckpoint {
                seq: to_u64(r.get(0)?),
                hash: r.get(1)?,
                mac: r.get(2)?,
            })
        })?;
        Ok(rows.collect::<Result<Vec<_>, _>>()?)
    }

    fn head(&self) -> Result<Option<(u64, Vec<u8>)>, Error> {
        let head: Option<(i64, Vec<u8>)> = self
            .0
            .query_row("SELECT seq, hash FROM audit_head WHERE id = 1", [], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .optional()?;
        Ok(head.map(|(s, h)| (to_u64(s), h)))
    }
}
