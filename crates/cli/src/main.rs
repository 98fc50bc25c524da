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
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Scan(args) => cmd::scan::run(args),
        Command::Serve(args) => cmd::serve::run(args),
        Command::Bench(b) => cmd::bench::run(b),
    };
    match result {
        Ok(code) => code,
        Err(err) => {
            eprintln!("poortwachter: error: {err:#}");
            ExitCode::from(2)
        }
    }
}
