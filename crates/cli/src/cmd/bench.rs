//! `poortwachter bench gateway`: the latency the gateway adds, on loopback.
//!
//! Starts a Rust mock upstream in this process and the gateway as child processes
//! (`poortwachter serve`, scanning on, and once more with scanning off), then measures
//! with a Rust HTTP client (TCP_NODELAY on every socket):
//!
//! - non-streaming p50/p99 for 1 KB and 8 KB prompts, at concurrency 1 and at a fixed
//!   200 requests/s, direct to the mock and through the gateway; added = gateway − direct;
//! - streaming: added time to first token (answers streamed without pauses, so that a
//!   few seconds give thousands of samples and p99 is not just the slowest of fifty) and
//!   added p99 gap between chunks (answers with a 2 ms pause between chunks, like a model);
//! - requests/s at saturation (closed loop, 64 connections);
//! - peak RSS of the gateway process.

use std::io::{BufRead, BufReader, Write};
use std::path::PathBuf;
use std::process::{Child, Command, ExitCode, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use futures_util::StreamExt;
use gateway::mock::{MockOptions, MockUpstream};

/// `bench` subcommands.
#[derive(clap::Subcommand)]
pub(crate) enum Bench {
    /// Latency added by the gateway (loopback, mock upstream).
    Gateway(GatewayArgs),
}

/// Arguments of `bench gateway`.
#[derive(clap::Args)]
pub(crate) struct GatewayArgs {
    /// Seconds per measurement.
    #[arg(long, default_value_t = 5.0)]
    seconds: f64,
    /// Write the raw figures (CSV) and a summary into this folder.
    #[arg(long)]
    out: Option<PathBuf>,
    /// Give the scanning gateway the real audit store: SQLite in a temporary folder with
    /// `sqlite_sync = "full"` or `"normal"` (two chained records per request).
    #[arg(long, value_name = "SYNC")]
    audit_sqlite: Option<String>,
}

impl std::fmt::Debug for Bench {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Bench")
    }
}

pub(crate) fn run(b: Bench) -> anyhow::Result<ExitCode> {
    match b {
        Bench::Gateway(a) => gateway_bench(a),
    }
}

/// A synthetic office prompt of about `bytes` bytes with some personal data in it.
fn prompt(bytes: usize) -> String {
    let block = "Beste collega, kun je de brief aan mevrouw Anna de Boer (anna.deboer@example.nl, 06-12345678) \
herschrijven zodat hij vriendelijker klinkt? Zij woont op Kerkstraat 14, 3511 LK Utrecht. We willen haar \
uitnodigen voor een gesprek over de aanvraag en de planning van het project in het voorjaar. ";
    block.chars().cycle().take(bytes).collect()
}

struct Stats {
    samples: Vec<f64>,
}

impl Stats {
    fn pct(&self, p: f64) -> f64 {
        if self.samples.is_empty() {
            return f64::NAN;
        }
        let mut s = self.samples.clone();
        s.sort_by(f64::total_cmp);
        let i = ((p / 100.0) * (s.len() - 1) as f64).round() as usize;
        s[i.min(s.len() - 1)]
    }
}

const KEY: &str = "pw-bench";

/// Model served by the mock that pauses between stream chunks.
const PACED: &str = "mock";
/// Model served by the mock that streams without pauses.
const FAST: &str = "mock-fast";

fn config(mock_url: &str, fast_url: &str, port: u16) -> String {
    format!(
        "listen = \"127.0.0.1:{port}\"\n[providers.mock]\nbase_url = \"{mock_url}\"\nmodels = [\"{PACED}\"]\ncontract = \"own\"\ntrains_on_inputs = false\nlocation = \"on_premise\"\ndpa_signed = true\n\n[providers.fast]\nbase_url = \"{fast_url}\"\nmodels = [\"{FAST}\"]\ncontract = \"own\"\ntrains_on_inputs = false\nlocation = \"on_premise\"\ndpa_signed = true\n\n[[keys]]\nid = \"bench\"\nhash = \"{}\"\nuser = \"bench\"\ngroup = \"staff\"\npurposes = [\"general\"]\ndefault_purpose = \"general\"\n",
        gateway::hash_key(KEY)
    )
}

struct Gw {
    child: Child,
    url: String,
}

impl Drop for Gw {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Gw {
    fn peak_rss_mb(&self) -> Option<f64> {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id())).ok()?;
        let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
        let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
        Some(kib / 1024.0)
    }
}

fn start_gateway(
    dir: &std::path::Path,
    mock_url: &str,
    fast_url: &str,
    scanning: bool,
    audit_sync: Option<&str>,
) -> anyhow::Result<Gw> {
    let path = dir.join(if scanning {
        "gw-scan.toml"
    } else {
        "gw-noscan.toml"
    });
    let mut text = config(mock_url, fast_url, 0);
    if let Some(sync) = audit_sync {
        anyhow::ensure!(
            matches!(sync, "full" | "normal"),
            "--audit-sqlite takes full or normal"
        );
        text.push_str(&format!(
            "\n[audit]\nstore = \"sqlite:{}\"\nhmac_key_env = \"POORTWACHTER_BENCH_AUDIT_KEY\"\nsqlite_sync = \"{sync}\"\n",
            dir.join("audit.db").display()
        ));
    }
    std::fs::write(&path, text)?;
    let exe = std::env::current_exe()?;
    let mut cmd = Command::new(exe);
    cmd.arg("serve")
        .arg("--config")
        .arg(&path)
        .env("RUST_LOG", "warn")
        .env(
            "POORTWACHTER_BENCH_AUDIT_KEY",
            "bench-only audit secret, 32+ bytes long",
        )
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    if !scanning {
        cmd.arg("--bench-disable-scanning");
    }
    let mut child = cmd.spawn().context("cannot start the gateway")?;
    let stderr = child.stderr.take().context("no stderr")?;
    let mut lines = BufReader::new(stderr).lines();
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        if Instant::now() > deadline {
            bail!("the gateway did not start");
        }
        let Some(line) = lines.next() else {
            bail!("the gateway exited")
        };
        let line = line?;
        if let Some(url) = line.strip_prefix("poortwachter: listening on ") {
            let url = url.trim().to_string();
            // Keep draining stderr so the child never blocks on a full pipe.
            std::thread::spawn(move || for _ in lines.by_ref() {});
            return Ok(Gw { child, url });
        }
    }
}

fn body(prompt: &str, stream: bool, model: &str) -> String {
    serde_json::json!({"model": model, "stream": stream, "messages": [{"role": "user", "content": prompt}]}).to_string()
}

async fn one(client: &reqwest::Client, url: &str, body: &str) -> anyhow::Result<f64> {
    let t = Instant::now();
    let r = client
        .post(format!("{url}/v1/chat/completions"))
        .header("authorization", format!("Bearer {KEY}"))
        .header("content-type", "application/json")
        .body(body.to_string())
        .send()
        .await?;
    if !r.status().is_success() {
        bail!("HTTP {}", r.status());
    }
    let _ = r.bytes().await?;
    Ok(t.elapsed().as_secs_f64() * 1e3)
}

async fn sequential(
    client: &reqwest::Client,
    url: &str,
    body: &str,
    secs: f64,
) -> anyhow::Result<Stats> {
    for _ in 0..50 {
        one(client, url, body).await?;
    }
    let end = Instant::now() + Duration::from_secs_f64(secs);
    let mut samples = Vec::new();
    while Instant::now() < end {
        samples.push(one(client, url, body).await?);
    }
    Ok(Stats { samples })
}

async fn fixed_rate(
    client: &reqwest::Client,
    url: &str,
    body: &str,
    rps: f64,
    secs: f64,
) -> anyhow::Result<Stats> {
    let n = (rps * secs) as usize;
    let interval = Duration::from_secs_f64(1.0 / rps);
    let start = tokio::time::Instant::now();
    let mut tasks = Vec::with_capacity(n);
    for i in 0..n {
        tokio::time::sleep_until(start + interval * i as u32).await;
        let (c, u, b) = (client.clone(), url.to_string(), body.to_string());
        tasks.push(tokio::spawn(async move { one(&c, &u, &b).await }));
    }
    let mut samples = Vec::with_capacity(n);
    for t in tasks {
        samples.push(t.await??);
    }
    Ok(Stats { samples })
}

async fn saturation(
    client: &reqwest::Client,
    url: &str,
    body: &str,
    secs: f64,
) -> anyhow::Result<f64> {
    let end = Instant::now() + Duration::from_secs_f64(secs);
    let mut tasks = Vec::new();
    for _ in 0..64 {
        let (c, u, b) = (client.clone(), url.to_string(), body.to_string());
        tasks.push(tokio::spawn(async move {
            let mut n = 0u64;
            while Instant::now() < end {
                if one(&c, &u, &b).await.is_ok() {
                    n += 1;
                }
            }
            n
        }));
    }
    let mut total = 0;
    for t in tasks {
        total += t.await?;
    }
    Ok(total as f64 / secs)
}

/// Time to first content event and gaps between events (ms) of one streamed answer.
async fn stream_once(
    client: &reqwest::Client,
    url: &str,
    body: &str,
) -> anyhow::Result<(f64, Vec<f64>)> {
    let t = Instant::now();
    let r = client
        .post(format!("{url}/v1/chat/completions"))
        .header("authorization", format!("Bearer {KEY}"))
        .header("content-type", "application/json")
        .body(body.to_string())
        .send()
        .await?;
    let mut s = r.bytes_stream();
    let mut buf = Vec::new();
    let mut times = Vec::new();
    while let Some(chunk) = s.next().await {
        buf.extend_from_slice(&chunk?);
        while let Some(pos) = buf.windows(2).position(|w| w == b"\n\n") {
            let ev: Vec<u8> = buf.drain(..pos + 2).collect();
            if ev.windows(9).any(|w| w == b"\"content\"") {
                times.push(t.elapsed().as_secs_f64() * 1e3);
            }
        }
    }
    let ttft = times.first().copied().unwrap_or(f64::NAN);
    let gaps = times.windows(2).map(|w| w[1] - w[0]).collect();
    Ok((ttft, gaps))
}

async fn streaming(
    client: &reqwest::Client,
    url: &str,
    body: &str,
    secs: f64,
) -> anyhow::Result<(Stats, Stats)> {
    for _ in 0..10 {
        stream_once(client, url, body).await?;
    }
    let end = Instant::now() + Duration::from_secs_f64(secs);
    let (mut ttft, mut gaps) = (Vec::new(), Vec::new());
    while Instant::now() < end {
        let (t, g) = stream_once(client, url, body).await?;
        ttft.push(t);
        gaps.extend(g);
    }
    Ok((Stats { samples: ttft }, Stats { samples: gaps }))
}

fn gateway_bench(a: GatewayArgs) -> anyhow::Result<ExitCode> {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    let dir = std::env::temp_dir().join(format!("poortwachter-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    let mut out = std::io::stdout().lock();
    let mut csv = String::from("scenario,target,prompt_bytes,metric,value_ms\n");
    rt.block_on(async {
        let mock = MockUpstream::start_with(
            MockOptions { fixed_answer_bytes: Some(1024), stream_chunks: 20, chunk_gap: Duration::from_millis(2), record: false, ..MockOptions::default() },
            "127.0.0.1:0",
        )
        .await?;
        let fast = MockUpstream::start_with(
            MockOptions { fixed_answer_bytes: Some(1024), stream_chunks: 20, chunk_gap: Duration::ZERO, record: false, ..MockOptions::default() },
            "127.0.0.1:0",
        )
        .await?;
        let mock_url = format!("http://{}", mock.addr());
        let fast_url = format!("http://{}", fast.addr());
        let scan = start_gateway(&dir, &mock.base_url(), &fast.base_url(), true, a.audit_sqlite.as_deref())?;
        let noscan = start_gateway(&dir, &mock.base_url(), &fast.base_url(), false, None)?;
        let client = reqwest::Client::builder().tcp_nodelay(true).pool_max_idle_per_host(512).build()?;
        let targets: [(&str, &str); 3] = [("direct", &mock_url), ("gateway", &scan.url), ("gateway-noscan", &noscan.url)];
        let secs = a.seconds;
        writeln!(out, "# poortwachter bench gateway ({} s per measurement, loopback, {} CPUs, audit: {})", secs, std::thread::available_parallelism().map_or(0, |n| n.get()),
            a.audit_sqlite.as_deref().map_or("memory".to_string(), |s| format!("sqlite sync={s}")))?;
        for size in [1024usize, 8192] {
            let p = prompt(size);
            let b = body(&p, false, PACED);
            let mut p99 = std::collections::HashMap::new();
            for (name, url) in &targets {
                let s1 = sequential(&client, url, &b, secs).await?;
                let s200 = fixed_rate(&client, url, &b, 200.0, secs).await?;
                writeln!(out, "{name:<15} {size:>5} B  c=1: p50 {:6.3} ms  p99 {:6.3} ms (n={})   200 rps: p50 {:6.3} ms  p99 {:6.3} ms (n={})",
                    s1.pct(50.0), s1.pct(99.0), s1.samples.len(), s200.pct(50.0), s200.pct(99.0), s200.samples.len())?;
                for (metric, st) in [("c1", &s1), ("rps200", &s200)] {
                    for v in &st.samples {
                        csv.push_str(&format!("nonstream-{metric},{name},{size},latency,{v:.4}\n"));
                    }
                }
                p99.insert(*name, (s1.pct(99.0), s200.pct(99.0)));
            }
            for name in ["gateway", "gateway-noscan"] {
                let (g1, g200) = p99[name];
                let (d1, d200) = p99["direct"];
                writeln!(out, "ADDED p99 {name:<15} {size:>5} B: concurrency 1: {:+.3} ms (target <= 1 ms)   200 rps: {:+.3} ms (target <= 5 ms)", g1 - d1, g200 - d200)?;
            }
            let (paced, fast_body) = (body(&p, true, PACED), body(&p, true, FAST));
            let mut st = std::collections::HashMap::new();
            for (name, url) in &targets {
                let ttft_url = if *name == "direct" { fast_url.as_str() } else { url };
                let (ttft, _) = streaming(&client, ttft_url, &fast_body, secs).await?;
                let (_, gaps) = streaming(&client, url, &paced, secs).await?;
                writeln!(out, "{name:<15} {size:>5} B  stream: TTFT p50 {:6.3} p99 {:6.3} ms (n={}); chunk gap p50 {:6.3} p99 {:6.3} ms (n={})",
                    ttft.pct(50.0), ttft.pct(99.0), ttft.samples.len(), gaps.pct(50.0), gaps.pct(99.0), gaps.samples.len())?;
                for v in &ttft.samples {
                    csv.push_str(&format!("stream,{name},{size},ttft,{v:.4}\n"));
                }
                st.insert(*name, (ttft.pct(99.0), gaps.pct(99.0)));
            }
            for name in ["gateway", "gateway-noscan"] {
                writeln!(out, "ADDED stream {name:<15} {size:>5} B: TTFT p99 {:+.3} ms; chunk gap p99 {:+.3} ms",
                    st[name].0 - st["direct"].0, st[name].1 - st["direct"].1)?;
            }
        }
        let b = body(&prompt(1024), false, PACED);
        for (name, url) in &targets {
            let rps = saturation(&client, url, &b, secs).await?;
            writeln!(out, "saturation {name:<15} 1 KB: {rps:8.0} requests/s (64 connections)")?;
            csv.push_str(&format!("saturation,{name},1024,rps,{rps:.1}\n"));
        }
        for (name, gw) in [("gateway", &scan), ("gateway-noscan", &noscan)] {
            match gw.peak_rss_mb() {
                Some(mb) => writeln!(out, "peak RSS {name:<15} {mb:.1} MB")?,
                None => writeln!(out, "peak RSS {name:<15} unknown")?,
            }
        }
        anyhow::Ok(())
    })?;
    if let Some(dir) = a.out {
        std::fs::create_dir_all(&dir)?;
        std::fs::write(dir.join("raw.csv"), csv)?;
    }
    let _ = std::fs::remove_dir_all(&dir);
    Ok(ExitCode::SUCCESS)
}
