//! [`PostgresStore`]: one chain shared by several gateway instances.

use std::cell::RefCell;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, MutexGuard};

use postgres::fallible_iterator::FallibleIterator;
use postgres::types::ToSql;
use postgres::{Client, GenericClient, IsolationLevel, NoTls, Statement, Transaction};

use crate::chain::{self, Checkpoint, GENESIS, RawCheckpoint, RawEntry, RawSource};
use crate::store::{self, EventRef, GroupCommit, Prepared};
use crate::trace::hex;
use crate::{
    Appended, AuditKey, AuditStore, Entry, Error, Record, RetentionMark, RetentionOutcome,
    SubjectHash, Timestamp, VerifyReport,
};

const SCHEMA: &str = "
CREATE SCHEMA IF NOT EXISTS {s};
CREATE TABLE IF NOT EXISTS {s}.audit_entries (
    seq        BIGINT PRIMARY KEY,
    time_ms    BIGINT NOT NULL,
    kind       TEXT NOT NULL,
    request_id TEXT,
    prev_hash  BYTEA NOT NULL,
    hash       BYTEA NOT NULL,
    mac        BYTEA NOT NULL,
    body       TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS audit_entries_request ON {s}.audit_entries (request_id);
CREATE INDEX IF NOT EXISTS audit_entries_time ON {s}.audit_entries (time_ms);
CREATE TABLE IF NOT EXISTS {s}.audit_subjects (
    subject TEXT NOT NULL,
    seq     BIGINT NOT NULL,
    PRIMARY KEY (subject, seq)
);
CREATE INDEX IF NOT EXISTS audit_subjects_seq ON {s}.audit_subjects (seq);
CREATE TABLE IF NOT EXISTS {s}.audit_checkpoints (
    seq     BIGINT PRIMARY KEY,
    time_ms BIGINT NOT NULL,
    hash    BYTEA NOT NULL,
    mac     BYTEA NOT NULL
);
CREATE TABLE IF NOT EXISTS {s}.audit_head (
    id   INTEGER PRIMARY KEY CHECK (id = 1),
    seq  BIGINT NOT NULL,
    hash BYTEA NOT NULL
);
CREATE TABLE IF NOT EXISTS {s}.audit_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
";

/// Advisory lock key that serialises schema creation between instances.
const DDL_LOCK: i64 = 0x706f_6f72_7477;

/// An audit store in PostgreSQL. Several gateway instances may append to the same
/// schema at once: each append transaction locks the single head row
/// (`SELECT … FOR UPDATE`), so the chain stays linear. Within one instance, appends
/// share commits (group commit) over one writer connection; lookups, exports and
/// verification use a small pool. Connections use no TLS: run the database on the same
/// host or a protected network.
pub struct PostgresStore {
    url: String,
    schema: String,
    pool: Vec<Mutex<Option<Client>>>,
    next: AtomicUsize,
    /// The connection appends use, with its prepared statements; its lock is the
    /// group-commit leader lock.
    writer: Mutex<Option<(Client, Statements)>>,
    batch: GroupCommit,
    key: AuditKey,
    checkpoint_interval: u64,
}

impl std::fmt::Debug for PostgresStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The URL may hold a password: never print it.
        f.debug_struct("PostgresStore")
            .field("schema", &self.schema)
            .finish_non_exhaustive()
    }
}

fn to_i64(v: u64) -> i64 {
    i64::try_from(v).unwrap_or(i64::MAX)
}

fn to_u64(v: i64) -> u64 {
    u64::try_from(v).unwrap_or(0)
}

/// The append statements, prepared once per writer connection.
struct Statements {
    head: Statement,
    entries: Statement,
    subjects: Statement,
    checkpoints: Statement,
    update: Statement,
}

/// A pooled connection, reconnected when it was closed.
struct Conn<'a> {
    guard: MutexGuard<'a, Option<Client>>,
}

impl Conn<'_> {
    fn client(&mut self) -> Result<&mut Client, Error> {
        self.guard.as_mut().ok_or(Error::Poisoned)
    }
}

impl PostgresStore {
    /// Connects, creates the schema and tables if needed, and checks the key.
    ///
    /// `schema` must be a plain lowercase identifier (`[a-z_][a-z0-9_]*`).
    ///
    /// # Errors
    ///
    /// Connection and SQL errors, [`Error::Config`] for a bad schema name, and
    /// [`Error::WrongKey`] when the schema was created with another key.
    pub fn open(
        url: &str,
        schema: &str,
        key: AuditKey,
        checkpoint_interval: u64,
        pool: usize,
    ) -> Result<Self, Error> {
        let valid = schema.len() <= 63
            && schema
                .bytes()
                .next()
                .is_some_and(|b| b.is_ascii_lowercase() || b == b'_')
            && schema
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
        if !valid {
            return Err(Error::Config(
                "audit.postgres_schema must match [a-z_][a-z0-9_]*".into(),
            ));
        }
        let store = PostgresStore {
            url: url.to_owned(),
            schema: schema.to_owned(),
            pool: (0..pool.max(1)).map(|_| Mutex::new(None)).collect(),
            next: AtomicUsize::new(0),
            writer: Mutex::new(None),
            batch: GroupCommit::default(),
            key,
            checkpoint_interval: checkpoint_interval.max(1),
        };
        let mut conn = store.conn()?;
        let client = conn.client()?;
        let mut tx = client.transaction()?;
        tx.execute("SELECT pg_advisory_xact_lock($1)", &[&DDL_LOCK])?;
        tx.batch_execute(&store.sql(SCHEMA))?;
        tx.execute(
            // Only a brand-new store gets a head (see the SQLite store).
            &store.sql(
                "INSERT INTO {s}.audit_head (id, seq, hash)
                 SELECT 1, 0, $1 WHERE NOT EXISTS (SELECT 1 FROM {s}.audit_entries)
                 ON CONFLICT DO NOTHING",
            ),
            &[&GENESIS.to_vec()],
        )?;
        let fp = store.key.fingerprint();
        tx.execute(
            &store.sql("INSERT INTO {s}.audit_meta (key, value) VALUES ('key_fingerprint', $1) ON CONFLICT DO NOTHING"),
            &[&fp],
        )?;
        tx.execute(
            &store.sql("INSERT INTO {s}.audit_meta (key, value) VALUES ('schema', '1') ON CONFLICT DO NOTHING"),
            &[],
        )?;
        let stored: String = tx
            .query_one(
                &store.sql("SELECT value FROM {s}.audit_meta WHERE key = 'key_fingerprint'"),
                &[],
            )?
            .get(0);
        tx.commit()?;
        drop(conn);
        if stored != fp {
            return Err(Error::WrongKey);
        }
        Ok(store)
    }

    /// Runs `f` on a pooled connection; on error the connection is dropped, so the
    /// next call reconnects instead of reusing a broken one.
    fn pooled<T>(&self, f: impl FnOnce(&mut Client) -> Result<T, Error>) -> Result<T, Error> {
        let mut conn = self.conn()?;
        let result = f(conn.client()?);
        if result.is_err() {
            *conn.guard = None;
        }
        result
    }

    /// [`PostgresStore::pooled`] for reads, tried twice: a read is safe to repeat, and a
    /// pooled connection may have died since its last use (server restart).
    fn read<T>(&self, f: impl Fn(&mut Client) -> Result<T, Error>) -> Result<T, Error> {
        self.pooled(&f).or_else(|_| self.pooled(&f))
    }

    fn sql(&self, template: &str) -> String {
        template.replace("{s}", &self.schema)
    }

    /// A free pooled connection (or waits for one), connecting when needed.
    fn conn(&self) -> Result<Conn<'_>, Error> {
        let n = self.pool.len();
        let start = self.next.fetch_add(1, Ordering::Relaxed) % n;
        let mut guard = None;
        for i in 0..n {
            if let Ok(g) = self.pool[(start + i) % n].try_lock() {
                guard = Some(g);
                break;
            }
        }
        let mut guard = match guard {
            Some(g) => g,
            None => self.pool[start].lock().map_err(|_| Error::Poisoned)?,
        };
        if guard.as_ref().is_none_or(Client::is_closed) {
            *guard = Some(Client::connect(&self.url, NoTls)?);
        }
        Ok(Conn { guard })
    }

    /// Prepares the append statements on `c` (a client or a transaction).
    fn statements(&self, c: &mut impl GenericClient) -> Result<Statements, Error> {
        Ok(Statements {
            head: c.prepare(&self.sql("SELECT seq, hash FROM {s}.audit_head WHERE id = 1 FOR UPDATE"))?,
            entries: c.prepare(&self.sql(
                "INSERT INTO {s}.audit_entries (seq, time_ms, kind, request_id, prev_hash, hash, mac, body)
                 SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::text[],
                                      $5::bytea[], $6::bytea[], $7::bytea[], $8::text[])",
            ))?,
            subjects: c.prepare(&self.sql(
                "INSERT INTO {s}.audit_subjects (subject, seq)
                 SELECT * FROM unnest($1::text[], $2::bigint[]) ON CONFLICT DO NOTHING",
            ))?,
            checkpoints: c.prepare(&self.sql(
                "INSERT INTO {s}.audit_checkpoints (seq, time_ms, hash, mac)
                 SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::bytea[], $4::bytea[])",
            ))?,
            update: c.prepare(&self.sql("UPDATE {s}.audit_head SET seq = $1, hash = $2 WHERE id = 1"))?,
        })
    }

    /// Chains `items` after the head in `tx` with a fixed number of round trips per
    /// batch: lock and read the head, insert all entries, all subject rows and any
    /// checkpoints as arrays, move the head.
    fn append_batch(
        &self,
        tx: &mut Transaction<'_>,
        st: &Statements,
        items: &[Prepared],
    ) -> Result<Vec<Appended>, Error> {
        let head = tx.query_one(&st.head, &[])?;
        let mut seq = to_u64(head.get::<_, i64>(0));
        let mut prev: Vec<u8> = head.get(1);
        let n = items.len();
        let mut seqs = Vec::with_capacity(n);
        let mut times = Vec::with_capacity(n);
        let mut kinds = Vec::with_capacity(n);
        let mut rids = Vec::with_capacity(n);
        let mut prevs = Vec::with_capacity(n);
        let mut hashes = Vec::with_capacity(n);
        let mut macs = Vec::with_capacity(n);
        let mut bodies = Vec::with_capacity(n);
        let (mut subj, mut subj_seq) = (Vec::new(), Vec::new());
        let (mut cp_seq, mut cp_time, mut cp_hash, mut cp_mac) =
            (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        let mut out = Vec::with_capacity(n);
        for p in items {
            seq += 1;
            let sealed = chain::seal(self.key.chain_key(), &prev, &p.body);
            let hash = sealed.hash.to_vec();
            seqs.push(to_i64(seq));
            times.push(p.time.millis());
            kinds.push(p.kind);
            rids.push(p.request_id.as_deref());
            prevs.push(std::mem::replace(&mut prev, hash.clone()));
            macs.push(sealed.mac.to_vec());
            bodies.push(p.body.as_str());
            for s in &p.subjects {
                subj.push(s.as_str());
                subj_seq.push(to_i64(seq));
            }
            let checkpoint = seq % self.checkpoint_interval == 0;
            if checkpoint {
                cp_seq.push(to_i64(seq));
                cp_time.push(Timestamp::now().millis());
                cp_hash.push(hash.clone());
                cp_mac
                    .push(chain::checkpoint_mac(self.key.chain_key(), seq, &sealed.hash).to_vec());
            }
            hashes.push(hash);
            out.push(Appended {
                seq,
                hash: hex(&sealed.hash),
                checkpoint,
            });
        }
        tx.execute(
            &st.entries,
            &[
                &seqs, &times, &kinds, &rids, &prevs, &hashes, &macs, &bodies,
            ],
        )?;
        if !subj.is_empty() {
            tx.execute(&st.subjects, &[&subj, &subj_seq])?;
        }
        if !cp_seq.is_empty() {
            tx.execute(&st.checkpoints, &[&cp_seq, &cp_time, &cp_hash, &cp_mac])?;
        }
        tx.execute(&st.update, &[&to_i64(seq), &prev])?;
        Ok(out)
    }

    fn snapshot<'c>(client: &'c mut Client) -> Result<Transaction<'c>, Error> {
        Ok(client
            .build_transaction()
            .isolation_level(IsolationLevel::RepeatableRead)
            .read_only(true)
            .start()?)
    }
}

impl AuditStore for PostgresStore {
    fn append(&self, record: &Record) -> Result<Appended, Error> {
        let slot = self
            .batch
            .enqueue(Prepared::new(&EventRef::Record(record))?)?;
        let Ok(mut writer) = self.writer.lock() else {
            GroupCommit::abandon(&slot);
            return Err(Error::Poisoned);
        };
        let result = self.batch.run(&slot, |items| {
            if writer.as_ref().is_none_or(|(c, _)| c.is_closed()) {
                let mut c = Client::connect(&self.url, NoTls)?;
                let st = self.statements(&mut c)?;
                *writer = Some((c, st));
            }
            let Some((client, st)) = writer.as_mut() else {
                return Err(Error::BatchFailed("no writer connection".into()));
            };
            let mut tx = client.transaction()?;
            let out = self.append_batch(&mut tx, st, items)?;
            tx.commit()?;
            Ok(out)
        });
        if result.is_err() {
            // Never reuse a connection that failed mid-transaction: reconnect next time.
            *writer = None;
        }
        result
    }

    fn verify(&self, anchors: &[Checkpoint]) -> Result<VerifyReport, Error> {
        self.read(|client| {
            let tx = Self::snapshot(client)?;
            let source = Source {
                tx: RefCell::new(tx),
                store: self,
            };
            let report = chain::verify(self.key.chain_key(), &source, anchors)?;
            source.tx.into_inner().commit()?;
            Ok(report)
        })
    }

    fn subject_lookup(&self, subjects: &[SubjectHash]) -> Result<Vec<Entry>, Error> {
        let keys: Vec<String> = subjects.iter().map(ToString::to_string).collect();
        self.read(|client| {
        let mut tx = Self::snapshot(client)?;
        let rows = tx.query(
            &self.sql(
                "SELECT seq, hash, body FROM {s}.audit_entries WHERE request_id IN (
                     SELECT e.request_id FROM {s}.audit_subjects s JOIN {s}.audit_entries e ON e.seq = s.seq
                     WHERE s.subject = ANY($1) AND e.request_id IS NOT NULL)
                 ORDER BY seq",
            ),
            &[&keys],
        )?;
        tx.commit()?;
        rows.iter()
            .map(|r| {
                store::decode(
                    to_u64(r.get(0)),
                    &r.get::<_, Vec<u8>>(1),
                    &r.get::<_, String>(2),
                )
            })
            .collect()
        })
    }

    fn apply_retention(&self, cutoff: Timestamp) -> Result<RetentionOutcome, Error> {
        self.pooled(|client| {
            let mut tx = client.transaction()?;
            // Lock the head first: appends from other instances wait until retention commits.
            tx.execute(
                &self.sql("SELECT seq FROM {s}.audit_head WHERE id = 1 FOR UPDATE"),
                &[],
            )?;
            let last_old: Option<i64> = tx
                .query_one(
                    &self.sql("SELECT MAX(seq) FROM {s}.audit_entries WHERE time_ms < $1"),
                    &[&cutoff.millis()],
                )?
                .get(0);
            let Some(k) = last_old else {
                tx.commit()?;
                return Ok(RetentionOutcome::default());
            };
            let through_hash: Vec<u8> = tx
                .query_one(
                    &self.sql("SELECT hash FROM {s}.audit_entries WHERE seq = $1"),
                    &[&k],
                )?
                .get(0);
            tx.execute(
                &self.sql("DELETE FROM {s}.audit_subjects WHERE seq <= $1"),
                &[&k],
            )?;
            tx.execute(
                &self.sql("DELETE FROM {s}.audit_checkpoints WHERE seq <= $1"),
                &[&k],
            )?;
            let removed = tx.execute(
                &self.sql("DELETE FROM {s}.audit_entries WHERE seq <= $1"),
                &[&k],
            )?;
            let mark = RetentionMark {
                time: Timestamp::now(),
                cutoff,
                through_seq: to_u64(k),
                through_hash: hex(&through_hash),
                removed,
            };
            let st = self.statements(&mut tx)?;
            let appended = self
                .append_batch(&mut tx, &st, &[Prepared::new(&EventRef::Retention(&mark))?])?
                .pop()
                .ok_or_else(|| Error::BatchFailed("empty batch result".into()))?;
            tx.commit()?;
            Ok(RetentionOutcome {
                removed,
                through_seq: Some(to_u64(k)),
                mark_seq: Some(appended.seq),
            })
        })
    }

    fn export(
        &self,
        from_seq: u64,
        sink: &mut dyn FnMut(Entry) -> Result<(), Error>,
    ) -> Result<(), Error> {
        self.pooled(|client| {
            let mut tx = Self::snapshot(client)?;
            {
                let from = to_i64(from_seq);
                let params: [&(dyn ToSql + Sync); 1] = [&from];
                let mut rows = tx.query_raw(
                &self.sql(
                    "SELECT seq, hash, body FROM {s}.audit_entries WHERE seq >= $1 ORDER BY seq",
                ),
                params,
            )?;
                while let Some(r) = rows.next()? {
                    sink(store::decode(
                        to_u64(r.get(0)),
                        &r.get::<_, Vec<u8>>(1),
                        &r.get::<_, String>(2),
                    )?)?;
                }
            }
            tx.commit()?;
            Ok(())
        })
    }

    fn head(&self) -> Result<Option<Checkpoint>, Error> {
        self.read(|client| {
            let rows = client.query(
                &self.sql("SELECT seq, hash FROM {s}.audit_head WHERE id = 1"),
                &[],
            )?;
            Ok(rows.first().and_then(|r| {
                let seq: i64 = r.get(0);
                (seq > 0).then(|| Checkpoint {
                    seq: to_u64(seq),
                    hash: hex(&r.get::<_, Vec<u8>>(1)),
                    time: Timestamp::now(),
                })
            }))
        })
    }

    fn ping(&self) -> Result<(), Error> {
        self.read(|client| {
            client.query_one(
                &self.sql("SELECT seq FROM {s}.audit_head WHERE id = 1"),
                &[],
            )?;
            Ok(())
        })
    }
}

struct Source<'t, 's> {
    tx: RefCell<Transaction<'t>>,
    store: &'s PostgresStore,
}

impl RawSource for Source<'_, '_> {
    fn scan(&self, f: &mut dyn FnMut(RawEntry) -> Result<(), Error>) -> Result<(), Error> {
        let mut tx = self.tx.borrow_mut();
        let params: [&(dyn ToSql + Sync); 0] = [];
        let mut rows = tx.query_raw(
            &self.store.sql(
                "SELECT e.seq, e.prev_hash, e.hash, e.mac, e.body,
                        (SELECT array_agg(s.subject) FROM {s}.audit_subjects s WHERE s.seq = e.seq),
                        e.time_ms, e.kind, e.request_id
                 FROM {s}.audit_entries e ORDER BY e.seq",
            ),
            params,
        )?;
        while let Some(r) = rows.next()? {
            let indexed: Option<Vec<String>> = r.get(5);
            f(RawEntry {
                seq: to_u64(r.get(0)),
                prev_hash: r.get(1),
                hash: r.get(2),
                mac: r.get(3),
                body: r.get::<_, String>(4).into_bytes(),
                indexed: indexed.unwrap_or_default(),
                columns: (r.get(6), r.get(7), r.get(8)),
            })?;
        }
        Ok(())
    }

    fn checkpoints(&self) -> Result<Vec<RawCheckpoint>, Error> {
        let rows = self.tx.borrow_mut().query(
            &self
                .store
                .sql("SELECT seq, hash, mac FROM {s}.audit_checkpoints ORDER BY seq"),
            &[],
        )?;
        Ok(rows
            .iter()
            .map(|r| RawCheckpoint {
                seq: to_u64(r.get(0)),
                hash: r.get(1),
                mac: r.get(2),
            })
            .collect())
    }

    fn head(&self) -> Result<Option<(u64, Vec<u8>)>, Error> {
        let rows = self.tx.borrow_mut().query(
            &self
                .store
                .sql("SELECT seq, hash FROM {s}.audit_head WHERE id = 1"),
            &[],
        )?;
        Ok(rows.first().map(|r| (to_u64(r.get(0)), r.get(1))))
    }
}
