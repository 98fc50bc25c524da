//! Helpers shared by the end-to-end tests that start `poortwachter serve`.

use std::path::PathBuf;

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
