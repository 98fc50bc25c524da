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
    // With an [audit] section: the hash-chained store (SQLite or PostgreSQL); a store that
    // cannot be opened stops the start-up. Without one (the demo): memory only.
    let audit: Arc<dyn gateway::AuditSink> = match &config.audit {
        Some(a) => Arc::new(
            gateway::StoreSink::open(a).context("opening the audit store ([audit] section)")?,
        ),
        None => {
            tracing::warn!("no [audit] section: audit events are kept in memory only");
            Arc::new(gateway::MemoryAuditSink::default())
        }
    };
    rt.block_on(gateway::serve(config, audit, |addr| {
        let mut err = std::io::stderr().lock();
        let _ = writeln!(err, "poortwachter: listening on http://{addr}");
        if demo {
            let _ = writeln!(
                err,
                "poortwachter: demo mode (built-in model \"demo\", API key \"pw-demo\"); try:\n  curl -s http://{addr}/v1/chat/completions -H 'Authorization: Bearer pw-demo' -H 'Content-Type: application/json' -d '{{\"model\":\"demo\",\"messages\":[{{\"role\":\"user\",\"content\":\"Mail Jan Jansen op jan@example.nl\"}}]}}'"
            );
        }
    }))?;
    Ok(ExitCode::SUCCESS)
}
