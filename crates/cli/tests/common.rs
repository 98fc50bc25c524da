//! Helpers shared by the end-to-end tests that start `poortwachter serve`.

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde_json::Value;

/// The TOML of a gateway on a loopback port with one mock provider (`mock-model` at
/// `mock_url`) and one key, `pw-e2e`; `extra` is appended (e.g. an `[audit]` section).
pub(crate) fn gateway_config(mock_url: &str, extra: &str) -> String {
    format!(
        r#"listen = "127.0.0.1:0"
[providers.mock]
base_url = "{mock_url}"
api_key_env = "MOCK_KEY"
models = ["mock-model"]
contract = "own"
trains_on_inputs = false
location = "on_premise"
dpa_signed = true

[[keys]]
id = "e2e"
hash = "{}"
user = "e2e"
group = "staff"
purposes = ["general"]
default_purpose = "general"
{extra}"#,
        gateway::hash_key("pw-e2e")
    )
}

/// The development set (`$POORTWACHTER_EVAL_DIR/dev.jsonl`, default `../shared/eval`
/// beside the repository), or `None` when it is not there.
pub(crate) fn dev_set() -> Option<Vec<Value>> {
    let dir = std::env::var_os("POORTWACHTER_EVAL_DIR").map_or_else(
        || PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/eval"),
        PathBuf::from,
    );
    let text = std::fs::read_to_string(dir.join("dev.jsonl")).ok()?;
    Some(
        text.lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| serde_json::from_str(l).unwrap())
            .collect(),
    )
}

/// A running `poortwachter serve`, killed on drop; its stderr is collected in `log`.
pub(crate) struct Server {
    pub(crate) child: Child,
    pub(crate) url: String,
    log: Arc<Mutex<String>>,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Server {
    /// Everything the server wrote to stderr so far.
    pub(crate) fn log(&self) -> String {
        self.log.lock().unwrap().clone()
    }
}

/// Starts `cmd` (the binary with its arguments and environment) at TRACE level with
/// stderr captured, and waits until it prints its address.
pub(crate) fn start_server(mut cmd: Command) -> Server {
    let mut child = cmd
        .env("RUST_LOG", "trace")
        .env("MOCK_KEY", "sk-mock")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let stderr = child.stderr.take().unwrap();
    let log = Arc::new(Mutex::new(String::new()));
    let (tx, rx) = std::sync::mpsc::channel();
    let log2 = Arc::clone(&log);
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            if let Some(u) = line.strip_prefix("poortwachter: listening on ") {
                let _ = tx.send(u.trim().to_string());
            }
            let mut l = log2.lock().unwrap();
            l.push_str(&line);
            l.push('\n');
        }
    });
    let url = rx
        .recv_timeout(Duration::from_secs(60))
        .unwrap_or_else(|_| panic!("server did not start: {}", log.lock().unwrap()));
    Server { child, url, log }
}
