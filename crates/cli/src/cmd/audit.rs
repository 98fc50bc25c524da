//! `poortwachter audit …`: verify, subject lookups, retention, exports, checkpoints, bench.
//!
//! All subcommands read the `[audit]` section of the configuration file (`--config`,
//! default `poortwachter.toml` when it exists) and the audit secret from the
//! environment variable it names (default `POORTWACHTER_AUDIT_KEY`).

use std::io::{self, BufRead, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{Context as _, bail};
use audit::{
    AuditConfig, AuditKey, AuditStore, Checkpoint, Completion, Context, Decision, Direction, Label,
    LogboekExporter, LogboekOptions, Outcome, Record, SubjectHash, Timestamp, Tokens, TraceContext,
};
use detect::EntityKind;
use serde::Deserialize;

/// The sections of the configuration file this command reads; others are ignored.
#[derive(Debug, Default, Deserialize)]
pub(crate) struct ConfigFile {
    #[serde(default)]
    pub(crate) audit: AuditConfig,
    #[serde(default)]
    pub(crate) report: audit::ProcessingRegister,
}

/// Reads `path`, or `poortwachter.toml` when no path is given and it exists, or defaults.
pub(crate) fn load_config(path: Option<&Path>) -> anyhow::Result<ConfigFile> {
    let default = Path::new("poortwachter.toml");
    let path = match path {
        Some(p) => p,
        None if default.exists() => default,
        None => return Ok(ConfigFile::default()),
    };
    let text =
        std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    toml::from_str(&text).with_context(|| format!("parsing {}", path.display()))
}

/// Options shared by every `audit` subcommand.
#[derive(clap::Args)]
pub(crate) struct Common {
    /// Configuration file (TOML with an `[audit]` section).
    #[arg(long, global = true, value_name = "FILE")]
    config: Option<PathBuf>,
    /// Override `audit.store`: a SQLite path or a postgres:// URL.
    #[arg(long, global = true, value_name = "PATH|URL")]
    store: Option<String>,
}

impl Common {
    fn config(&self) -> anyhow::Result<AuditConfig> {
        let mut c = load_config(self.config.as_deref())?.audit;
        if let Some(s) = &self.store {
            c.store.clone_from(s);
        }
        Ok(c)
    }

    fn open(&self) -> anyhow::Result<(AuditConfig, AuditKey, Arc<dyn AuditStore>)> {
        let c = self.config()?;
        let key = AuditKey::from_env(&c.hmac_key_env)
            .with_context(|| format!("reading the audit key from ${}", c.hmac_key_env))?;
        let store = c
            .open_with_key(key.clone())
            .context("opening the audit store")?;
        Ok((c, key, store))
    }
}

/// Arguments of `audit`.
#[derive(clap::Args)]
pub(crate) struct Args {
    #[command(flatten)]
    common: Common,
    #[command(subcommand)]
    command: Command,
}

#[derive(clap::Subcommand)]
enum Command {
    /// Verify the hash chain, MACs, checkpoints and subject index; exit 1 on any problem.
    Verify {
        /// Files of anchors (JSON lines from `audit checkpoint`) kept outside the store.
        #[arg(long, value_name = "FILE")]
        anchor: Vec<PathBuf>,
        /// Print the report as JSON.
        #[arg(long)]
        json: bool,
    },
    /// List the records that concern one person (subject-access request, art. 15).
    Subject(SubjectArgs),
    /// Remove records older than `audit.retention_days`, keeping the chain verifiable.
    Retention,
    /// Write every record from a sequence number on, as JSON lines or in the Logboek dataverwerkingen shape.
    Export {
        /// Output shape.
        #[arg(long, value_enum, default_value_t = ExportFormat::Jsonl)]
        format: ExportFormat,
        /// First sequence number to export.
        #[arg(long, default_value_t = 0)]
        from_seq: u64,
        /// URI prefix of the register of processing activities (Logboek
        /// `dpl.core.processing_activity_id` = prefix + purpose id).
        #[arg(long, value_name = "URI")]
        processing_activity_base: Option<String>,
    },
    /// Print the head of the chain as an anchor line; keep it outside the store.
    Checkpoint,
    /// Measure appends per second and append latency (p50/p99).
    Bench(BenchArgs),
    /// Show that given values are NOT in the store (nor in other files such as gateway
    /// logs or a saved /metrics page); exit 1 and name the hits (never the values) if they are.
    LeakCheck(LeakArgs),
}

#[derive(clap::Args)]
struct LeakArgs {
    /// Gold JSON Lines (`{"id", "entities": [{"type", "text"}]}`): every entity text is a
    /// value, reported as `<id> <type>`.
    #[arg(long, value_name = "FILE")]
    gold: Vec<PathBuf>,
    /// A file with one value per line, reported as `<file>:<line>`.
    #[arg(long, value_name = "FILE")]
    values: Vec<PathBuf>,
    /// Other files to search (logs, metrics pages, dumps).
    #[arg(long, value_name = "FILE")]
    file: Vec<PathBuf>,
    /// Search only the files, not the configured store.
    #[arg(long)]
    no_store: bool,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum ExportFormat {
    Jsonl,
    Logboek,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum TableFormat {
    Json,
    Csv,
}

#[derive(clap::Args)]
struct SubjectArgs {
    /// Full name (any order, case and diacritics). Repeat for spelling variants.
    #[arg(long)]
    name: Vec<String>,
    /// E-mail address.
    #[arg(long)]
    email: Vec<String>,
    /// BSN (burgerservicenummer), with or without dots and spaces.
    #[arg(long)]
    bsn: Vec<String>,
    /// Telephone number (any notation; +31 and 0 forms meet).
    #[arg(long)]
    phone: Vec<String>,
    /// IBAN.
    #[arg(long)]
    iban: Vec<String>,
    /// Another identifying number (passport, client number, …).
    #[arg(long)]
    id_number: Vec<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = TableFormat::Json)]
    format: TableFormat,
}

#[derive(clap::Args)]
struct BenchArgs {
    /// Requests to write (two appends each: request and completion phase).
    #[arg(long, default_value_t = 2000)]
    requests: usize,
    /// Concurrent writer threads.
    #[arg(long, default_value_t = 1)]
    threads: usize,
    /// Benchmark this store instead of a fresh SQLite file in a temporary directory
    /// (a PostgreSQL URL uses its own schema, dropped afterwards is up to you).
    #[arg(long = "bench-store", value_name = "PATH|URL")]
    bench_store: Option<String>,
    /// SQLite durability for the temporary file.
    #[arg(long, value_enum, default_value_t = SyncArg::Full)]
    sync: SyncArg,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum SyncArg {
    Full,
    Normal,
}

pub(crate) fn run(args: Args) -> anyhow::Result<ExitCode> {
    match args.command {
        Command::Verify { anchor, json } => verify(&args.common, &anchor, json),
        Command::Subject(s) => subject(&args.common, &s),
        Command::Retention => retention(&args.common),
        Command::Export {
            format,
            from_seq,
            processing_activity_base,
        } => export(&args.common, format, from_seq, processing_activity_base),
        Command::Checkpoint => checkpoint(&args.common),
        Command::Bench(b) => bench(&args.common, &b),
        Command::LeakCheck(l) => leak_check(&args.common, &l),
    }
}

fn read_anchors(files: &[PathBuf]) -> anyhow::Result<Vec<Checkpoint>> {
    let mut out = Vec::new();
    for f in files {
        let file = std::fs::File::open(f).with_context(|| format!("reading {}", f.display()))?;
        for (i, line) in io::BufReader::new(file).lines().enumerate() {
            let line = line?;
            if line.trim().is_empty() {
                continue;
            }
            out.push(
                serde_json::from_str(&line)
                    .with_context(|| format!("{}:{}: not an anchor line", f.display(), i + 1))?,
            );
        }
    }
    Ok(out)
}

fn verify(common: &Common, anchors: &[PathBuf], json: bool) -> anyhow::Result<ExitCode> {
    let (_, _, store) = common.open()?;
    let anchors = read_anchors(anchors)?;
    let report = store.verify(&anchors)?;
    let mut out = io::stdout().lock();
    if json {
        serde_json::to_writer_pretty(&mut out, &report)?;
        writeln!(out)?;
    } else {
        writeln!(
            out,
            "entries {} (seq {}..{}), checkpoints {}, anchors {}, retention marks {}, open requests {}",
            report.entries,
            report.first_seq.unwrap_or(0),
            report.last_seq.unwrap_or(0),
            report.checkpoints,
            report.anchors,
            report.retention_marks,
            report.open_requests.len()
        )?;
        for p in &report.problems {
            writeln!(out, "PROBLEM: {p}")?;
        }
        writeln!(
            out,
            "{}",
            if report.is_ok() {
                "OK: chain intact"
            } else {
                "FAILED: the audit log was tampered with"
            }
        )?;
    }
    Ok(if report.is_ok() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

fn subject_hashes(key: &AuditKey, s: &SubjectArgs) -> anyhow::Result<Vec<SubjectHash>> {
    let hasher = key.subject_hasher();
    let mut out = Vec::new();
    let groups: [(EntityKind, &Vec<String>, &str); 6] = [
        (EntityKind::Person, &s.name, "--name"),
        (EntityKind::Email, &s.email, "--email"),
        (EntityKind::Bsn, &s.bsn, "--bsn"),
        (EntityKind::Phone, &s.phone, "--phone"),
        (EntityKind::Iban, &s.iban, "--iban"),
        (EntityKind::IdNumber, &s.id_number, "--id-number"),
    ];
    for (kind, values, flag) in groups {
        for v in values {
            // Never echo the value: it is personal data.
            out.push(
                hasher
                    .hash(kind, v)
                    .with_context(|| format!("{flag}: value normalises to nothing"))?,
            );
        }
    }
    if out.is_empty() {
        bail!("give at least one of --name, --email, --bsn, --phone, --iban, --id-number");
    }
    Ok(out)
}

fn subject(common: &Common, s: &SubjectArgs) -> anyhow::Result<ExitCode> {
    let (_, key, store) = common.open()?;
    let hashes = subject_hashes(&key, s)?;
    let entries = store.subject_lookup(&hashes)?;
    let mut out = BufWriter::new(io::stdout().lock());
    match s.format {
        TableFormat::Json => {
            let requests: std::collections::BTreeSet<String> = entries
                .iter()
                .filter_map(|e| match &e.event {
                    audit::Event::Record(r) => Some(r.context.request_id.to_string()),
                    audit::Event::Retention(_) => None,
                })
                .collect();
            let doc = serde_json::json!({
                "requests": requests.len(),
                "entries": entries,
            });
            serde_json::to_writer_pretty(&mut out, &doc)?;
            writeln!(out)?;
        }
        TableFormat::Csv => {
            writeln!(out, "{}", audit::SUBJECT_COLUMNS.join(","))?;
            for row in audit::subject_rows(&entries) {
                let fields: Vec<String> = row.iter().map(|f| audit::csv_field(f)).collect();
                writeln!(out, "{}", fields.join(","))?;
            }
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn retention(common: &Common) -> anyhow::Result<ExitCode> {
    let (config, _, store) = common.open()?;
    let cutoff = config.retention_cutoff(Timestamp::now());
    let out = store.apply_retention(cutoff)?;
    writeln!(
        io::stdout().lock(),
        "retention {} days (cutoff {}): removed {} entries{}",
        config.retention_days,
        cutoff.to_rfc3339(),
        out.removed,
        out.through_seq
            .map(|s| format!(
                " through seq {s}, mark at seq {}",
                out.mark_seq.unwrap_or(0)
            ))
            .unwrap_or_default()
    )?;
    Ok(ExitCode::SUCCESS)
}

fn export(
    common: &Common,
    format: ExportFormat,
    from_seq: u64,
    base: Option<String>,
) -> anyhow::Result<ExitCode> {
    let (_, _, store) = common.open()?;
    let mut out = BufWriter::new(io::stdout().lock());
    match format {
        ExportFormat::Jsonl => {
            store.export(from_seq, &mut |e| write_line(&mut out, &e))?;
        }
        ExportFormat::Logboek => {
            let mut options = LogboekOptions::default();
            if let Some(b) = base {
                options.processing_activity_base = b;
            }
            let mut ex = LogboekExporter::new(options);
            store.export(from_seq, &mut |e| {
                for line in ex.push(&e) {
                    write_line(&mut out, &line)?;
                }
                Ok(())
            })?;
            for line in ex.finish() {
                write_line(&mut out, &line)?;
            }
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// One JSON line; write errors (a closed pipe) are I/O errors, not encoding errors.
fn write_line<T: serde::Serialize>(out: &mut impl Write, value: &T) -> Result<(), audit::Error> {
    let mut line = serde_json::to_vec(value)?;
    line.push(b'\n');
    out.write_all(&line)?;
    Ok(())
}

fn checkpoint(common: &Common) -> anyhow::Result<ExitCode> {
    let (_, _, store) = common.open()?;
    match store.head()? {
        Some(h) => writeln!(io::stdout().lock(), "{}", serde_json::to_string(&h)?)?,
        None => bail!("the audit log is empty"),
    }
    Ok(ExitCode::SUCCESS)
}

/// A realistic pair of records for request `i` (findings, reasons, subject hashes, tokens).
fn bench_records(key: &AuditKey, worker: usize, i: usize) -> anyhow::Result<(Record, Record)> {
    let l = |f, v: &str| Label::new(f, v);
    let rid = l("request_id", &format!("bench-{worker}-{i}"))?;
    let ctx = Context {
        trace: TraceContext::for_request(None, &rid),
        request_id: rid,
        key_id: l("key_id", "key-bench")?,
        user: Some(l("user", &format!("u-{}", i % 50))?),
        group: Some(l("group", "team-bench")?),
        purpose: l("purpose", "bench-purpose")?,
        provider: l("provider", "bench-provider")?,
        model: l("model", "bench-model")?,
        route: l("route", "chat.completions")?,
        conversation: None,
    };
    let mut input = Direction::from_findings(
        Decision::Pseudonymise,
        vec![
            l("reason", "personal_data.name")?,
            l("reason", "identifier.bsn")?,
        ],
        &detect::Findings::default(),
    );
    input.entities.insert(EntityKind::Person, 2);
    input.entities.insert(EntityKind::Bsn, 1);
    let h = key.subject_hasher();
    let subjects: Vec<SubjectHash> = [
        h.hash(EntityKind::Person, &format!("persoon {i}")),
        h.hash(EntityKind::Bsn, &format!("{:09}", i)),
    ]
    .into_iter()
    .flatten()
    .collect();
    let req = Record::request(ctx.clone(), input, subjects);
    let done = Record::completion(
        ctx,
        Completion {
            outcome: Outcome::Forwarded,
            output: None,
            model_version: Some(l("model_version", "bench-model-2025-01")?),
            status: Some(200),
            streamed: false,
            latency_ms: 800,
            upstream_ms: Some(790),
            tokens: Some(Tokens {
                prompt: 420,
                completion: 180,
            }),
            subjects: Vec::new(),
            fallback: false,
            error: None,
        },
    );
    Ok((req, done))
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let idx = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[idx.min(sorted.len() - 1)]
}

fn bench(common: &Common, b: &BenchArgs) -> anyhow::Result<ExitCode> {
    let mut config = common.config()?;
    let key = match AuditKey::from_env(&config.hmac_key_env) {
        Ok(k) => k,
        // A throwaway key is fine for a benchmark on a throwaway store.
        Err(_) => AuditKey::from_secret(b"poortwachter-bench-key-not-for-production-use")?,
    };
    let tmp = std::env::temp_dir().join(format!("poortwachter-bench-{}", std::process::id()));
    match &b.bench_store {
        Some(s) => config.store.clone_from(s),
        None => {
            std::fs::create_dir_all(&tmp)?;
            config.store = tmp.join("audit.db").display().to_string();
            config.sqlite_sync = match b.sync {
                SyncArg::Full => audit::SqliteSync::Full,
                SyncArg::Normal => audit::SqliteSync::Normal,
            };
        }
    }
    let backend = match config.location()? {
        audit::StoreLocation::Sqlite(_) => format!(
            "sqlite (synchronous={})",
            match config.sqlite_sync {
                audit::SqliteSync::Full => "full",
                audit::SqliteSync::Normal => "normal",
            }
        ),
        audit::StoreLocation::Postgres(_) => {
            format!("postgresql (schema {})", config.postgres_schema)
        }
    };
    let store = config.open_with_key(key.clone())?;
    let threads = b.threads.max(1);
    let per_thread = b.requests.div_ceil(threads);
    let start = Instant::now();
    let mut handles = Vec::new();
    for w in 0..threads {
        let store = Arc::clone(&store);
        let key = key.clone();
        handles.push(std::thread::spawn(
            move || -> anyhow::Result<(Vec<Duration>, Vec<Duration>)> {
                let mut appends = Vec::with_capacity(per_thread * 2);
                let mut requests = Vec::with_capacity(per_thread);
                for i in 0..per_thread {
                    let (req, done) = bench_records(&key, w, i)?;
                    let t0 = Instant::now();
                    store.append(&req)?;
                    let t1 = Instant::now();
                    store.append(&done)?;
                    let t2 = Instant::now();
                    appends.push(t1 - t0);
                    appends.push(t2 - t1);
                    requests.push(t2 - t0);
                }
                Ok((appends, requests))
            },
        ));
    }
    let mut appends = Vec::new();
    let mut requests = Vec::new();
    for h in handles {
        let (a, r) = h
            .join()
            .map_err(|_| anyhow::anyhow!("bench thread panicked"))??;
        appends.extend(a);
        requests.extend(r);
    }
    let elapsed = start.elapsed();
    appends.sort();
    requests.sort();
    let t0 = Instant::now();
    let report = store.verify(&[])?;
    let verify_time = t0.elapsed();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let mut out = io::stdout().lock();
    writeln!(out, "backend: {backend}")?;
    writeln!(
        out,
        "threads: {threads}, requests: {}, appends: {}",
        requests.len(),
        appends.len()
    )?;
    writeln!(
        out,
        "appends/s: {:.0}",
        appends.len() as f64 / elapsed.as_secs_f64()
    )?;
    writeln!(
        out,
        "append latency ms: p50 {:.3}, p99 {:.3}",
        ms(percentile(&appends, 0.5)),
        ms(percentile(&appends, 0.99))
    )?;
    writeln!(
        out,
        "audit time per request (2 appends) ms: p50 {:.3}, p99 {:.3}",
        ms(percentile(&requests, 0.5)),
        ms(percentile(&requests, 0.99))
    )?;
    writeln!(
        out,
        "verify: {} entries in {:.1} ms, ok: {}",
        report.entries,
        ms(verify_time),
        report.is_ok()
    )?;
    drop(store);
    if b.bench_store.is_none() {
        let _ = std::fs::remove_dir_all(&tmp);
    }
    Ok(ExitCode::SUCCESS)
}

fn leak_values(l: &LeakArgs) -> anyhow::Result<Vec<(String, String)>> {
    let mut values = Vec::new();
    for f in &l.gold {
        let text =
            std::fs::read_to_string(f).with_context(|| format!("reading {}", f.display()))?;
        for (i, line) in text
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty())
        {
            let doc: serde_json::Value = serde_json::from_str(line)
                .with_context(|| format!("{}:{}: not JSON", f.display(), i + 1))?;
            let id = doc["id"]
                .as_str()
                .map_or_else(|| format!("{}:{}", f.display(), i + 1), str::to_owned);
            for e in doc["entities"].as_array().into_iter().flatten() {
                if let Some(t) = e["text"].as_str() {
                    values.push((
                        format!("{id} {}", e["type"].as_str().unwrap_or("?")),
                        t.to_owned(),
                    ));
                }
            }
        }
    }
    for f in &l.values {
        let text =
            std::fs::read_to_string(f).with_context(|| format!("reading {}", f.display()))?;
        for (i, line) in text.lines().enumerate() {
            values.push((format!("{}:{}", f.display(), i + 1), line.to_owned()));
        }
    }
    if values.is_empty() {
        bail!("give --gold or --values with at least one value");
    }
    Ok(values)
}

fn leak_check(common: &Common, l: &LeakArgs) -> anyhow::Result<ExitCode> {
    let scanner = audit::ValueScanner::new(leak_values(l)?)?;
    // (source, hits)
    let mut found: Vec<(String, std::collections::BTreeSet<String>)> = Vec::new();
    if !l.no_store {
        let (config, _, store) = common.open()?;
        let mut text = String::new();
        store.export(0, &mut |e| {
            text.push_str(&serde_json::to_string(&e)?);
            text.push('\n');
            Ok(())
        })?;
        found.push(("store (all entries)".into(), scanner.scan_text(&text)));
        if let audit::StoreLocation::Sqlite(path) = config.location()? {
            drop(store);
            for suffix in ["", "-wal"] {
                let p = PathBuf::from(format!("{}{suffix}", path.display()));
                if let Ok(bytes) = std::fs::read(&p) {
                    found.push((format!("{} (raw)", p.display()), scanner.scan_bytes(&bytes)));
                }
            }
        }
    }
    for f in &l.file {
        let bytes = std::fs::read(f).with_context(|| format!("reading {}", f.display()))?;
        let mut hits = scanner.scan_text(&String::from_utf8_lossy(&bytes));
        hits.extend(scanner.scan_bytes(&bytes));
        found.push((f.display().to_string(), hits));
    }
    let mut out = io::stdout().lock();
    writeln!(
        out,
        "values: {} searched, {} skipped (shorter than 2 characters or log vocabulary)",
        scanner.len(),
        scanner.skipped()
    )?;
    let mut total = 0;
    for (source, hits) in &found {
        writeln!(out, "{source}: {} hits", hits.len())?;
        for h in hits {
            writeln!(out, "HIT {h} in {source}")?;
        }
        total += hits.len();
    }
    writeln!(
        out,
        "{}",
        if total == 0 {
            "OK: none of the values was found"
        } else {
            "FAILED: values found"
        }
    )?;
    Ok(if total == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
