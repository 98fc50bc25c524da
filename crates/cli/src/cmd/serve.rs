//! `poortwachter serve`: the OpenAI-compatible gateway.
//!
//! Without `--config` it runs the embedded demo configuration (a deterministic local demo
//! model, key `pw-demo`, loopback only). Logs go to stderr; `RUST_LOG` sets the level,
//! but HTTP and TLS libraries are capped at `info` so that no trace of theirs can carry
//! request bytes.

use std::io::Write;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::Context;

/// Arguments of `serve`.
#[derive(clap::Args)]
pub(crate) struct Args {
    /// Configuration file (TOML, see examples/poortwachter.toml). Default: the built-in demo.
    #[arg(long, short)]
    config: Option<PathBuf>,
    /// Address to listen on (overrides `listen` in the file), e.g. 127.0.0.1:8080.
    #[arg(long)]
    listen: Option<SocketAddr>,
    /// Print the `hash = "sha256:…"` line for an API key (to put in the config) and exit.
    #[arg(long, value_name = "KEY")]
    hash_key: Option<String>,
    /// SQLite file of the audit log (overrides `audit.store`). Without `--config` the
    /// default is `poortwachter-audit.db` in the working directory.
    #[arg(long, value_name = "PATH")]
    audit: Option<PathBuf>,
    /// Benchmarks only: forward without scanning (to measure the scan's cost). Refused
    /// unless listening on loopback.
    #[arg(long, hide = true)]
    bench_disable_scanning: bool,
}

impl std::fmt::Debug for Args {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Args").finish_non_exhaustive()
    }
}

/// Installs the log subscriber: `RUST_LOG` (default `info`), HTTP/TLS libraries capped at `info`.
pub(crate) fn init_logging() {
    use tracing_subscriber::EnvFilter;
    let mut filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info"));
    for d in [
        "hyper=info",
        "hyper_util=info",
        "h2=info",
        "reqwest=info",
        "rustls=info",
        "tower=info",
        "axum=info",
    ] {
        if let Ok(d) = d.parse() {
            filter = filter.add_directive(d);
        }
    }
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .with_target(false)
        .try_init();
}

pub(crate) fn run(args: Args) -> anyhow::Result<ExitCode> {
    if let Some(key) = args.hash_key {
        writeln!(std::io::stdout(), "hash = \"{}\"", gateway::hash_key(&key))?;
        return Ok(ExitCode::SUCCESS);
    }
    init_logging();
    let env = |name: &str| std::env::var(name).ok();
    let mut config = match &args.config {
        Some(path) => {
            let text = std::fs::read_to_string(path)
                .with_context(|| format!("cannot read {}", path.display()))?;
            gateway::Config::from_toml(&text, &env)
                .with_context(|| format!("in {}", path.display()))?
        }
        None => gateway::Config::default_demo()?,
    };
    if let Some(addr) = args.listen {
        config.listen = addr;
    }
    if args.bench_disable_scanning {
        anyhow::ensure!(
            config.listen.ip().is_loopback(),
            "--bench-disable-scanning needs a loopback address"
        );
        tracing::warn!("SCANNING DISABLED for a benchmark: nothing is checked or pseudonymised");
        config.scanning = false;
    }
    let demo = args.config.is_none();
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("cannot start the runtime")?;
    // With an [audit] section (or --audit): the hash-chained store (SQLite or PostgreSQL); a
    // store that cannot be opened stops the start-up. The demo (no --config) writes the
    // embedded default, a SQLite file. A config file without [audit]: memory only.
    let audit_config = match (config.audit.clone(), &args.audit) {
        (Some(mut a), Some(path)) => {
            a.store = format!("sqlite:{}", path.display());
            Some(a)
        }
        (Some(a), None) => Some(a),
        (None, Some(path)) => Some(audit::AuditConfig {
            store: format!("sqlite:{}", path.display()),
            ..audit::AuditConfig::default()
        }),
        (None, None) if demo => Some(audit::AuditConfig::default()),
        (None, None) => None,
    };
    let audit: Arc<dyn gateway::AuditSink> = match &audit_config {
        Some(a) if demo && std::env::var_os(&a.hmac_key_env).is_none() => {
            let key = demo_key(a)?;
            let store = a
                .open_with_key(key.clone())
                .context("opening the audit store")?;
            Arc::new(gateway::StoreSink::new(store, &key, a.fail_closed))
        }
        Some(a) => Arc::new(
            gateway::StoreSink::open(a).context("opening the audit store ([audit] section)")?,
        ),
        None => {
            tracing::warn!("no [audit] section: audit events are kept in memory only");
            Arc::new(gateway::MemoryAuditSink::default())
        }
    };
    if let Some(a) = &audit_config {
        match a.location() {
            Ok(audit::StoreLocation::Sqlite(path)) => {
                tracing::info!(store = %path.display(), "audit log: SQLite")
            }
            Ok(audit::StoreLocation::Postgres(_)) => tracing::info!("audit log: PostgreSQL"),
            Err(_) => {}
        }
    }
    // How to check the demo's audit log (paths only, no personal data).
    let verify_hint = match audit_config.as_ref().map(audit::AuditConfig::location) {
        Some(Ok(audit::StoreLocation::Sqlite(path))) if demo => {
            let key = if std::env::var_os("POORTWACHTER_AUDIT_KEY").is_some() {
                String::new()
            } else {
                format!(
                    "POORTWACHTER_AUDIT_KEY=\"$(cat '{}.key')\" ",
                    path.display()
                )
            };
            Some(format!(
                "poortwachter: audit log in {p}; check it with\n  {key}poortwachter audit verify --store '{p}'",
                p = path.display()
            ))
        }
        _ => None,
    };
    rt.block_on(gateway::serve(config, audit, |addr| {
        let mut err = std::io::stderr().lock();
        let _ = writeln!(err, "poortwachter: listening on http://{addr}");
        if demo {
            let _ = writeln!(
                err,
                "{}poortwachter: demo mode (built-in model \"demo\", API key \"pw-demo\"); try:\n  curl -s http://{addr}/v1/chat/completions -H 'Authorization: Bearer pw-demo' -H 'Content-Type: application/json' -d '{{\"model\":\"demo\",\"messages\":[{{\"role\":\"user\",\"content\":\"Mail Jan Jansen op jan@example.nl\"}}]}}'",
                verify_hint.as_deref().map(|h| format!("{h}\n")).unwrap_or_default()
            );
        }
    }))?;
    Ok(ExitCode::SUCCESS)
}

/// The key file of the demo's SQLite audit log: the database path plus `.key`.
fn demo_key_path(config: &audit::AuditConfig) -> anyhow::Result<PathBuf> {
    match config.location()? {
        audit::StoreLocation::Sqlite(path) => {
            let mut name = path.clone().into_os_string();
            name.push(".key");
            Ok(PathBuf::from(name))
        }
        audit::StoreLocation::Postgres(_) => anyhow::bail!(
            "a PostgreSQL audit store needs ${} set",
            config.hmac_key_env
        ),
    }
}

/// For the demo only, when the key variable is unset: the audit key from the file beside
/// the database, created once (64 random hex characters, mode 0600).
fn demo_key(config: &audit::AuditConfig) -> anyhow::Result<audit::AuditKey> {
    let path = demo_key_path(config)?;
    let secret = match std::fs::read_to_string(&path) {
        Ok(s) => s.trim_end().to_owned(),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let mut bytes = [0u8; 32];
            getrandom::fill(&mut bytes)
                .map_err(|e| anyhow::anyhow!("no randomness for the audit key: {e}"))?;
            let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
            write_private(&path, &format!("{hex}\n"))
                .with_context(|| format!("cannot write {}", path.display()))?;
            hex
        }
        Err(e) => return Err(e).with_context(|| format!("cannot read {}", path.display())),
    };
    tracing::warn!(
        key_file = %path.display(),
        "DEMO AUDIT KEY: ${} is not set, so the audit key was taken from (or generated into) this file. \
         A production configuration must set the key from an environment variable ([audit] hmac_key_env) kept in a secret store.",
        config.hmac_key_env
    );
    audit::AuditKey::from_secret(secret.as_bytes())
        .with_context(|| format!("audit key in {}", path.display()))
}

/// Creates `path` (it must not exist) with `text`, readable only by the owner.
fn write_private(path: &std::path::Path, text: &str) -> std::io::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(path)?;
    file.write_all(text.as_bytes())?;
    file.sync_all()
}
