//! `poortwachter report processing`: the record of processing activities (art. 30).

use std::collections::BTreeMap;
use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context as _;
use audit::{AuditKey, ProcessingReport};

/// Arguments of `report`.
#[derive(clap::Args)]
pub(crate) struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(clap::Subcommand)]
enum Command {
    /// Record of processing activities per purpose, from the audit log and the `[report]` section.
    Processing(ProcessingArgs),
}

#[derive(clap::Args)]
struct ProcessingArgs {
    /// Configuration file (TOML with `[audit]` and `[report]` sections).
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
    /// Override `audit.store`: a SQLite path or a postgres:// URL.
    #[arg(long, value_name = "PATH|URL")]
    store: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Markdown)]
    format: Format,
    /// Write to this file instead of standard output.
    #[arg(long, short)]
    out: Option<PathBuf>,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum Format {
    Markdown,
    Html,
}

pub(crate) fn run(args: Args) -> anyhow::Result<ExitCode> {
    match args.command {
        Command::Processing(p) => processing(&p),
    }
}

fn processing(p: &ProcessingArgs) -> anyhow::Result<ExitCode> {
    let file = crate::cmd::audit::load_config(p.config.as_deref())?;
    let mut config = file.audit;
    if let Some(s) = &p.store {
        config.store.clone_from(s);
    }
    let key = AuditKey::from_env(&config.hmac_key_env)
        .with_context(|| format!("reading the audit key from ${}", config.hmac_key_env))?;
    let store = config
        .open_with_key(key)
        .context("opening the audit store")?;
    let mut report = ProcessingReport::new(file.report, config.retention_days);
    let mut seen = BTreeMap::new();
    store.export(0, &mut |e| {
        report.push(&e, &mut seen);
        Ok(())
    })?;
    let text = match p.format {
        Format::Markdown => report.to_markdown(),
        Format::Html => report.to_html(),
    };
    match &p.out {
        Some(path) => {
            std::fs::write(path, text).with_context(|| format!("writing {}", path.display()))?
        }
        None => io::stdout().lock().write_all(text.as_bytes())?,
    }
    Ok(ExitCode::SUCCESS)
}
