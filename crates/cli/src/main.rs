//! `poortwachter`: the command-line entry point. Thin: each subcommand lives in `cmd/`.

use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod cmd;

/// Poortwachter: a GDPR gatekeeper for generative AI.
#[derive(Parser)]
#[command(name = "poortwachter", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Find personal data, special categories and confidential markings in text.
    Scan(cmd::scan::Args),
    /// Run the OpenAI-compatible gateway (the demo model on 127.0.0.1:8080 without --config).
    Serve(cmd::serve::Args),
    /// Load benchmarks (`bench gateway`).
    #[command(subcommand)]
    Bench(cmd::bench::Bench),
    /// Tamper-evident audit log: verify, subject lookups, retention, exports.
    Audit(cmd::audit::Args),
    /// Reports from the audit log (record of processing activities).
    Report(cmd::report::Args),
}

fn main() -> ExitCode {
    quiet_panics();
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Scan(args) => cmd::scan::run(args),
        Command::Serve(args) => cmd::serve::run(args),
        Command::Bench(b) => cmd::bench::run(b),
        Command::Audit(args) => cmd::audit::run(args),
        Command::Report(args) => cmd::report::run(args),
    };
    match result {
        Ok(code) => code,
        Err(err) => {
            eprintln!("poortwachter: error: {err:#}");
            ExitCode::from(2)
        }
    }
}

/// Replaces the default panic message, which can quote the text being scanned
/// (e.g. "byte index 12 is not a char boundary; it is inside … of `<text>`"), with
/// one that names only the location. Personal data must never reach stderr or logs.
fn quiet_panics() {
    std::panic::set_hook(Box::new(|info| {
        let location = info.location().map_or_else(
            || "unknown location".to_string(),
            |l| format!("{}:{}", l.file(), l.line()),
        );
        eprintln!(
            "poortwachter: internal error at {location} (details withheld: they may contain scanned text); please report it"
        );
    }));
}
