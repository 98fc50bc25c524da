//! `poortwachter scan`: find personal data in a file or stdin.
//!
//! Three output shapes:
//! - human (default): the text with findings highlighted and a table of what was found
//!   and by which recognizer (colours when stdout is a terminal);
//! - `--format json`: one JSON object with byte and code-point offsets;
//! - `--jsonl`: the evaluation contract of `ARCHITECTURE.md`: reads `{"id","text"}` lines,
//!   writes `{"id","entities":[{"start","end","type","score"}],"special":[…]}` with
//!   code-point offsets, one line per input line, in input order.

use std::io::{self, BufWriter, IsTerminal, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{Context, bail};
use detect::{CharOffsets, Detector, Findings};
use serde::{Deserialize, Serialize};

/// Arguments of `scan`.
#[derive(clap::Args)]
pub(crate) struct Args {
    /// File to scan; `-` or nothing reads standard input.
    file: Option<PathBuf>,
    /// Output format for a single text.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
    /// Evaluation mode: JSON Lines `{"id","text"}` in, predictions out (see SCHEMA.md).
    #[arg(long, conflicts_with = "format")]
    jsonl: bool,
    /// Measure throughput: scan the input (JSONL documents or plain text) repeatedly
    /// for at least this many seconds on one thread and print MB/s and peak memory.
    #[arg(long, value_name = "SECONDS", conflicts_with = "jsonl")]
    bench: Option<f64>,
    /// Exit with status 1 when anything was found (for scripts and pre-commit hooks).
    #[arg(long)]
    fail_on_findings: bool,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum Format {
    Human,
    Json,
}

pub(crate) fn run(args: Args) -> anyhow::Result<ExitCode> {
    let detector = Detector::new();
    let input = read_input(args.file.as_ref())?;
    if let Some(seconds) = args.bench {
        return bench(&detector, &input, seconds);
    }
    if args.jsonl {
        return jsonl(&detector, &input);
    }
    let findings = detector.detect(&input);
    let mut out = BufWriter::new(io::stdout().lock());
    match args.format {
        Format::Json => write_json(&mut out, &input, &findings)?,
        Format::Human => write_human(&mut out, &input, &findings, io::stdout().is_terminal())?,
    }
    out.flush()?;
    Ok(if args.fail_on_findings && !findings.is_empty() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn read_input(file: Option<&PathBuf>) -> anyhow::Result<String> {
    let mut bytes = Vec::new();
    match file {
        Some(p) if p.as_os_str() != "-" => {
            bytes = std::fs::read(p).with_context(|| format!("cannot read {}", p.display()))?;
        }
        _ => {
            io::stdin()
                .lock()
                .read_to_end(&mut bytes)
                .context("cannot read standard input")?;
        }
    }
    String::from_utf8(bytes).map_err(|e| {
        anyhow::anyhow!(
            "input is not valid UTF-8 (first invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        )
    })
}

#[derive(Deserialize)]
struct InDoc {
    id: serde_json::Value,
    text: String,
}

#[derive(Serialize)]
struct OutEntity {
    start: usize,
    end: usize,
    #[serde(rename = "type")]
    kind: detect::EntityKind,
    score: f32,
}

#[derive(Serialize)]
struct OutDoc<'a> {
    id: &'a serde_json::Value,
    entities: Vec<OutEntity>,
    special: Vec<detect::SpecialCategory>,
}

fn jsonl(detector: &Detector, input: &str) -> anyhow::Result<ExitCode> {
    let mut out = BufWriter::new(io::stdout().lock());
    for (n, line) in input.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        // The error names the line and the JSON problem's position, never the content.
        let doc: InDoc = serde_json::from_str(line).map_err(|e| {
            anyhow::anyhow!(
                "line {}: not a JSON object with `id` and `text` ({:?} at column {})",
                n + 1,
                e.classify(),
                e.column()
            )
        })?;
        let findings = detector.detect(&doc.text);
        let idx = CharOffsets::new(&doc.text);
        let entities = findings
            .entities
            .iter()
            .map(|f| OutEntity {
                start: idx.char_offset(&doc.text, f.span.start),
                end: idx.char_offset(&doc.text, f.span.end),
                kind: f.kind,
                score: f.score,
            })
            .collect();
        serde_json::to_writer(
            &mut out,
            &OutDoc {
                id: &doc.id,
                entities,
                special: findings.categories(),
            },
        )?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn write_json(out: &mut impl Write, text: &str, findings: &Findings) -> anyhow::Result<()> {
    let idx = CharOffsets::new(text);
    let entities: Vec<serde_json::Value> = findings
        .entities
        .iter()
        .map(|f| {
            serde_json::json!({
                "type": f.kind,
                "start": idx.char_offset(text, f.span.start),
                "end": idx.char_offset(text, f.span.end),
                "byte_start": f.span.start,
                "byte_end": f.span.end,
                "text": f.span.slice(text),
                "score": f.score,
                "recognizer": f.recognizer,
            })
        })
        .collect();
    let special: Vec<serde_json::Value> = findings
        .special
        .iter()
        .map(|s| {
            serde_json::json!({
                "category": s.category,
                "evidence": s.evidence.slice(text),
                "evidence_start": idx.char_offset(text, s.evidence.start),
                "evidence_end": idx.char_offset(text, s.evidence.end),
                "subject": s.subject.map(|p| p.slice(text)),
                "score": s.score,
                "recognizer": s.recognizer,
            })
        })
        .collect();
    serde_json::to_writer_pretty(
        &mut *out,
        &serde_json::json!({"entities": entities, "special": special}),
    )?;
    writeln!(out)?;
    Ok(())
}

fn write_human(
    out: &mut impl Write,
    text: &str,
    findings: &Findings,
    colour: bool,
) -> anyhow::Result<()> {
    let (on, off) = if colour {
        ("\x1b[1;41;97m", "\x1b[0m")
    } else {
        ("[[", "]]")
    };
    let mut last = 0;
    for f in &findings.entities {
        out.write_all(&text.as_bytes()[last..f.span.start])?;
        write!(out, "{on}{}{off}", f.span.slice(text))?;
        if !colour {
            write!(out, "{{{}}}", f.kind)?;
        }
        last = f.span.end;
    }
    out.write_all(&text.as_bytes()[last..])?;
    if !text.ends_with('\n') {
        writeln!(out)?;
    }
    writeln!(out)?;
    if findings.is_empty() {
        writeln!(out, "Nothing found.")?;
        return Ok(());
    }
    writeln!(out, "{} finding(s):", findings.entities.len())?;
    let idx = CharOffsets::new(text);
    for f in &findings.entities {
        writeln!(
            out,
            "  {:<14} {:>6}..{:<6} score {:.2}  by {:<22} {}",
            f.kind.as_str(),
            idx.char_offset(text, f.span.start),
            idx.char_offset(text, f.span.end),
            f.score,
            f.recognizer,
            f.span.slice(text).replace('\n', "⏎"),
        )?;
    }
    if !findings.special.is_empty() {
        writeln!(out, "Special categories (art. 9/10 GDPR):")?;
        for s in &findings.special {
            let subject = s
                .subject
                .map_or_else(|| "-".to_string(), |p| p.slice(text).to_string());
            writeln!(
                out,
                "  {:<12} evidence {:?} about {}  ({})",
                s.category.as_str(),
                s.evidence.slice(text),
                subject,
                s.recognizer
            )?;
        }
    }
    Ok(())
}

fn bench(detector: &Detector, input: &str, seconds: f64) -> anyhow::Result<ExitCode> {
    if !(seconds > 0.0 && seconds.is_finite()) {
        bail!("--bench takes a positive number of seconds");
    }
    // JSONL documents are scanned one by one (as the gateway would); plain text whole.
    let docs: Vec<String> = {
        let parsed: Result<Vec<InDoc>, _> = input
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(serde_json::from_str::<InDoc>)
            .collect();
        match parsed {
            Ok(d) if !d.is_empty() => d.into_iter().map(|d| d.text).collect(),
            _ => vec![input.to_string()],
        }
    };
    let bytes_per_round: usize = docs.iter().map(String::len).sum();
    if bytes_per_round == 0 {
        bail!("--bench needs a non-empty input");
    }
    let start = Instant::now();
    let mut rounds = 0u64;
    let mut found = 0usize;
    while start.elapsed().as_secs_f64() < seconds || rounds == 0 {
        for d in &docs {
            found += detector.detect(d).entities.len();
        }
        rounds += 1;
    }
    let elapsed = start.elapsed().as_secs_f64();
    let mb = (bytes_per_round as f64 * rounds as f64) / 1e6;
    let mut err = io::stderr().lock();
    writeln!(err, "documents per round: {}", docs.len())?;
    writeln!(err, "bytes per round:     {bytes_per_round}")?;
    writeln!(err, "rounds:              {rounds}")?;
    writeln!(err, "findings per round:  {}", found / rounds as usize)?;
    writeln!(
        err,
        "throughput:          {:.1} MB/s (one thread)",
        mb / elapsed
    )?;
    match peak_rss_kib() {
        Some(kib) => writeln!(err, "peak memory (RSS):   {:.1} MB", kib as f64 / 1024.0)?,
        None => writeln!(err, "peak memory (RSS):   unknown on this platform")?,
    }
    Ok(ExitCode::SUCCESS)
}

/// Peak resident set size of this process, from `/proc/self/status` (Linux).
fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

impl std::fmt::Debug for Args {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Args").finish_non_exhaustive()
    }
}
