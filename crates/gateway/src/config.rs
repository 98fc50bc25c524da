//! The gateway's TOML configuration: a lenient file schema, validated into [`Config`].

use std::collections::{BTreeMap, HashMap};
use std::net::SocketAddr;
use std::time::Duration;

use policy::{Contract, DataClass, Location, Policy, PolicyFile, ProviderProfile};
use serde::Deserialize;
use sha2::{Digest, Sha256};

/// The configuration used when no file is given: the built-in demo provider, one demo
/// key (`pw-demo`) for the purpose `general`, listening on loopback only.
pub const DEFAULT_CONFIG: &str = include_str!("default.toml");

/// Errors reading the configuration. Each names the TOML path.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// Not valid TOML, an unknown key or a wrong type (the message names line and key).
    #[error("config: {0}")]
    Toml(String),
    /// A value is invalid.
    #[error("config: `{path}`: {problem}")]
    Invalid {
        /// TOML path.
        path: String,
        /// What is wrong.
        problem: String,
    },
    /// The embedded policy is invalid.
    #[error(transparent)]
    Policy(#[from] policy::Error),
}

fn invalid(path: impl Into<String>, problem: impl Into<String>) -> ConfigError {
    ConfigError::Invalid {
        path: path.into(),
        problem: problem.into(),
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ConfigFile {
    listen: Option<String>,
    #[serde(default)]
    limits: LimitsFile,
    #[serde(default)]
    vault: VaultFile,
    #[serde(default)]
    providers: BTreeMap<String, ProviderFile>,
    #[serde(default)]
    keys: Vec<KeyFile>,
    #[serde(default)]
    policy: PolicyFile,
    /// The `audit` crate's section (store, key variable, retention, fail_closed).
    audit: Option<audit::AuditConfig>,
    /// Read by `poortwachter report`; ignored here.
    #[allow(dead_code, reason = "accepted so one file serves every command")]
    report: Option<serde::de::IgnoredAny>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct LimitsFile {
    max_body_bytes: Option<usize>,
    upstream_timeout_secs: Option<u64>,
    detect_timeout_ms: Option<u64>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct VaultFile {
    mode: Option<VaultMode>,
    ttl_secs: Option<u64>,
    max_conversations: Option<usize>,
    max_entries: Option<usize>,
}

#[derive(Clone, Copy, Debug, Deserialize)]
#[serde(rename_all = "snake_case")]
enum VaultMode {
    Placeholders,
    Surrogates,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
enum ProviderKindFile {
    #[default]
    Openai,
    Demo,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ProviderFile {
    #[serde(default)]
    kind: ProviderKindFile,
    base_url: Option<String>,
    api_key_env: Option<String>,
    models: Vec<String>,
    contract: Contract,
    trains_on_inputs: bool,
    location: Location,
    retention_days: Option<u32>,
    dpa_signed: bool,
    max_data_class: Option<DataClass>,
    fallback: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct KeyFile {
    id: String,
    hash: String,
    user: String,
    group: String,
    purposes: Vec<String>,
    default_purpose: Option<String>,
    models: Option<Vec<String>>,
}

/// A secret (provider API key) whose `Debug` never prints it.
#[derive(Clone, Default)]
pub struct Secret(String);

impl Secret {
    /// The secret value (for the `Authorization` header only).
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(..)")
    }
}

/// How a provider is reached.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProviderKind {
    /// An OpenAI-compatible HTTP API at this base URL (ending in `/v1` or similar).
    OpenAi {
        /// Base URL; the gateway appends `/chat/completions` etc.
        base_url: String,
    },
    /// The built-in deterministic demo model (no network).
    Demo,
}

/// One provider in the register.
#[derive(Clone, Debug)]
pub struct Provider {
    /// Name in the register.
    pub name: String,
    /// How it is reached.
    pub kind: ProviderKind,
    /// API key (from the environment).
    pub api_key: Option<Secret>,
    /// Models served.
    pub models: Vec<String>,
    /// Compliance attributes.
    pub profile: ProviderProfile,
    /// Provider to route to when this one may not receive the data present.
    pub fallback: Option<String>,
}

/// What an API key may do.
#[derive(Clone, Debug)]
pub struct KeyInfo {
    /// Key id (logged and audited instead of the key).
    pub id: String,
    /// User.
    pub user: String,
    /// Group.
    pub group: String,
    /// Allowed purposes.
    pub purposes: Vec<String>,
    /// Purpose used when the request declares none.
    pub default_purpose: Option<String>,
    /// Allowed models (`None`: all).
    pub models: Option<Vec<String>>,
}

impl KeyInfo {
    /// Whether the key may use `model`.
    pub fn may_use(&self, model: &str) -> bool {
        self.models
            .as_ref()
            .is_none_or(|m| m.iter().any(|x| x == model || x == "*"))
    }
}

/// Limits.
#[derive(Clone, Debug)]
pub struct Limits {
    /// Largest request body accepted.
    pub max_body_bytes: usize,
    /// Time allowed for the upstream (whole non-streaming answer, or between stream chunks).
    pub upstream_timeout: Duration,
    /// Time allowed for detection of one request or answer.
    pub detect_timeout: Duration,
}

/// The validated configuration.
#[derive(Clone, Debug)]
pub struct Config {
    /// Address to listen on.
    pub listen: SocketAddr,
    /// Limits.
    pub limits: Limits,
    /// Vault settings.
    pub vault: vault::VaultConfig,
    /// Providers by name.
    pub providers: BTreeMap<String, Provider>,
    /// Model → provider name.
    pub models: HashMap<String, String>,
    /// SHA-256 of the key → key info.
    pub keys: HashMap<[u8; 32], KeyInfo>,
    /// The policy.
    pub policy: Policy,
    /// The `[audit]` section: when present, `serve` writes to that store (SQLite or
    /// PostgreSQL); when absent, audit events are kept in memory only.
    pub audit: Option<audit::AuditConfig>,
    /// Scan requests and answers. Only benchmarks turn this off (never from the file).
    pub scanning: bool,
}

/// SHA-256 of an API key, as stored in the config (`sha256:<hex>`).
pub fn hash_key(key: &str) -> String {
    let d = Sha256::digest(key.as_bytes());
    let hex: String = d.iter().map(|b| format!("{b:02x}")).collect();
    format!("sha256:{hex}")
}

fn parse_hash(s: &str) -> Option<[u8; 32]> {
    let hex = s.strip_prefix("sha256:")?;
    if hex.len() != 64 {
        return None;
    }
    let mut out = [0u8; 32];
    for (i, chunk) in hex.as_bytes().chunks(2).enumerate() {
        let s = std::str::from_utf8(chunk).ok()?;
        out[i] = u8::from_str_radix(s, 16).ok()?;
    }
    Some(out)
}

impl Config {
    /// The embedded default configuration.
    ///
    /// # Errors
    /// Never in practice (the embedded file is tested).
    pub fn default_demo() -> Result<Self, ConfigError> {
        Self::from_toml(DEFAULT_CONFIG, &|_| None)
    }

    /// Parses and validates configuration text. `env` looks up environment variables
    /// (provider keys, audit hash key).
    ///
    /// # Errors
    /// [`ConfigError`] naming the TOML path of the first problem.
    pub fn from_toml(
        text: &str,
        env: &dyn Fn(&str) -> Option<String>,
    ) -> Result<Self, ConfigError> {
        let file: ConfigFile =
            toml::from_str(text).map_err(|e| ConfigError::Toml(e.to_string()))?;
        let listen = file
            .listen
            .as_deref()
            .unwrap_or("127.0.0.1:8080")
            .parse()
            .map_err(|_| invalid("listen", "not an address like 127.0.0.1:8080"))?;
        let limits = Limits {
            max_body_bytes: file.limits.max_body_bytes.unwrap_or(4 * 1024 * 1024),
            upstream_timeout: Duration::from_secs(file.limits.upstream_timeout_secs.unwrap_or(120)),
            detect_timeout: Duration::from_millis(file.limits.detect_timeout_ms.unwrap_or(2_000)),
        };
        let d = vault::VaultConfig::default();
        let vault = vault::VaultConfig {
            mode: match file.vault.mode {
                Some(VaultMode::Surrogates) => vault::Mode::Surrogates,
                Some(VaultMode::Placeholders) | None => vault::Mode::Placeholders,
            },
            ttl: file.vault.ttl_secs.map_or(d.ttl, Duration::from_secs),
            max_conversations: file.vault.max_conversations.unwrap_or(d.max_conversations),
            max_entries: file.vault.max_entries.unwrap_or(d.max_entries),
        };
        let mut providers = BTreeMap::new();
        let mut models = HashMap::new();
        for (name, p) in file.providers {
            let path = format!("providers.{name}");
            let kind = match p.kind {
                ProviderKindFile::Demo => ProviderKind::Demo,
                ProviderKindFile::Openai => {
                    let url = p
                        .base_url
                        .clone()
                        .ok_or_else(|| invalid(&path, "base_url is required"))?;
                    if !(url.starts_with("https://") || url.starts_with("http://")) {
                        return Err(invalid(
                            format!("{path}.base_url"),
                            "must start with https:// or http://",
                        ));
                    }
                    ProviderKind::OpenAi {
                        base_url: url.trim_end_matches('/').to_string(),
                    }
                }
            };
            let api_key = match &p.api_key_env {
                Some(var) => Some(Secret(env(var).ok_or_else(|| {
                    invalid(
                        format!("{path}.api_key_env"),
                        format!("environment variable {var} is not set"),
                    )
                })?)),
                None => None,
            };
            if p.models.is_empty() {
                return Err(invalid(format!("{path}.models"), "list at least one model"));
            }
            for m in &p.models {
                if models.insert(m.clone(), name.clone()).is_some() {
                    return Err(invalid(
                        format!("{path}.models"),
                        format!("model {m} is served by two providers"),
                    ));
                }
            }
            let profile = ProviderProfile {
                contract: p.contract,
                trains_on_inputs: p.trains_on_inputs,
                location: p.location,
                retention_days: p.retention_days,
                dpa_signed: p.dpa_signed,
                max_data_class: p.max_data_class,
            };
            providers.insert(
                name.clone(),
                Provider {
                    name,
                    kind,
                    api_key,
                    models: p.models,
                    profile,
                    fallback: p.fallback,
                },
            );
        }
        for p in providers.values() {
            if let Some(f) = &p.fallback {
                if !providers.contains_key(f) || f == &p.name {
                    return Err(invalid(
                        format!("providers.{}.fallback", p.name),
                        "names no other provider",
                    ));
                }
            }
        }
        let policy = Policy::from_file(&file.policy)?;
        let mut keys = HashMap::new();
        for (i, k) in file.keys.into_iter().enumerate() {
            let path = format!("keys[{i}]");
            let hash = parse_hash(&k.hash).ok_or_else(|| {
                invalid(format!("{path}.hash"), "expected sha256:<64 hex digits>")
            })?;
            if k.purposes.is_empty() {
                return Err(invalid(
                    format!("{path}.purposes"),
                    "list at least one purpose",
                ));
            }
            if let Some(d) = &k.default_purpose {
                if !k.purposes.contains(d) {
                    return Err(invalid(
                        format!("{path}.default_purpose"),
                        "must be one of purposes",
                    ));
                }
            }
            let info = KeyInfo {
                id: k.id,
                user: k.user,
                group: k.group,
                purposes: k.purposes,
                default_purpose: k.default_purpose,
                models: k.models,
            };
            // Placeholders are scoped by key id: two keys with one id would share them.
            if keys.values().any(|k: &KeyInfo| k.id == info.id) {
                return Err(invalid(
                    format!("{path}.id"),
                    "duplicate key id (placeholders are scoped per key id)",
                ));
            }
            if keys.insert(hash, info).is_some() {
                return Err(invalid(path, "duplicate key hash"));
            }
        }
        Ok(Config {
            listen,
            limits,
            vault,
            providers,
            models,
            keys,
            policy,
            audit: file.audit,
            scanning: true,
        })
    }

    /// Looks up a key by its plain value.
    pub fn key(&self, plain: &str) -> Option<&KeyInfo> {
        let d: [u8; 32] = Sha256::digest(plain.as_bytes()).into();
        self.keys.get(&d)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The embedded default parses and its demo key works.
    #[test]
    fn default_config_is_valid() {
        let c = Config::default_demo().unwrap();
        assert!(c.key("pw-demo").is_some());
        assert!(c.key("wrong").is_none());
        assert_eq!(c.models.get("demo").map(String::as_str), Some("demo"));
        assert!(c.listen.ip().is_loopback());
    }

    /// Unknown keys and missing environment variables are start-up errors naming the path.
    #[test]
    fn errors_name_path() {
        assert!(matches!(
            Config::from_toml("lissen = \"x\"", &|_| None),
            Err(ConfigError::Toml(_))
        ));
        let text = r#"
[providers.x]
base_url = "https://example.invalid/v1"
api_key_env = "NOPE"
models = ["m"]
contract = "own"
trains_on_inputs = false
location = "eu"
dpa_signed = true
"#;
        match Config::from_toml(text, &|_| None) {
            Err(ConfigError::Invalid { path, .. }) => assert_eq!(path, "providers.x.api_key_env"),
            other => panic!("{other:?}"),
        }
        assert!(Config::from_toml(text, &|_| Some("sk".into())).is_ok());
    }

    /// The commented example in `examples/poortwachter.toml` is valid.
    #[test]
    fn example_config_is_valid() {
        let text = include_str!("../../../examples/poortwachter.toml");
        let c = Config::from_toml(text, &|_| Some("x".into())).unwrap();
        assert_eq!(c.providers.len(), 4);
        assert_eq!(
            c.providers["public_chatbot"].profile.clearance(),
            policy::DataClass::Public
        );
        assert_eq!(
            c.providers["azure_eu"].profile.clearance(),
            policy::DataClass::Pseudonymised
        );
        assert_eq!(
            c.policy.check_purpose("hr_advies", "beleid"),
            Err(policy::Reason::PurposeNotAllowed)
        );
    }

    /// Two keys with the same id are refused (they would share placeholder scopes).
    #[test]
    fn duplicate_key_ids_refused() {
        let key = |n: &str| {
            format!(
                "[[keys]]\nid = \"same\"\nhash = \"{}\"\nuser = \"u\"\ngroup = \"g\"\npurposes = [\"p\"]\n",
                hash_key(n)
            )
        };
        let text = format!("{}{}", key("a"), key("b"));
        match Config::from_toml(&text, &|_| None) {
            Err(ConfigError::Invalid { path, .. }) => assert_eq!(path, "keys[1].id"),
            other => panic!("{other:?}"),
        }
    }

    /// Key hashes round-trip through the stored form.
    #[test]
    fn key_hash_format() {
        let h = hash_key("abc");
        assert!(h.starts_with("sha256:"));
        assert!(parse_hash(&h).is_some());
    }
}
