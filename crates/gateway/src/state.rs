//! Shared state of the gateway: configuration, detector, vault, audit sink, client.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use detect::Detector;
use vault::Vault;

use crate::audit_sink::{AuditSink, Hasher};
use crate::config::Config;
use crate::metrics::Metrics;
use crate::upstream::UpstreamClient;

/// Errors building the state.
#[derive(Debug, thiserror::Error)]
pub enum StateError {
    /// The HTTP client could not be built (TLS roots).
    #[error("cannot build the HTTP client: {0}")]
    Client(#[from] reqwest::Error),
    /// The subject hasher could not be keyed.
    #[error("cannot key the subject hasher: {0}")]
    Audit(audit::Error),
}

pub(crate) struct Inner {
    pub(crate) config: Config,
    pub(crate) detector: Arc<Detector>,
    pub(crate) vault: Vault,
    pub(crate) audit: Arc<dyn AuditSink>,
    pub(crate) hasher: Hasher,
    pub(crate) subjects: audit::SubjectHasher,
    pub(crate) upstream: UpstreamClient,
    pub(crate) metrics: Metrics,
    seq: AtomicU64,
    boot: u64,
    /// (key id, response id) → conversation, for Responses API `previous_response_id`.
    responses: Mutex<HashMap<(String, String), String>>,
}

/// The gateway's state, cheap to clone.
#[derive(Clone)]
pub struct AppState(pub(crate) Arc<Inner>);

impl std::fmt::Debug for AppState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AppState").finish_non_exhaustive()
    }
}

const MAX_RESPONSE_IDS: usize = 100_000;

impl AppState {
    /// Builds the state. The detector is built once here (this takes a moment).
    ///
    /// # Errors
    /// [`StateError::Client`] when the HTTP client cannot be built.
    pub fn new(config: Config, audit: Arc<dyn AuditSink>) -> Result<Self, StateError> {
        Self::with_detector(config, audit, Arc::new(Detector::new()))
    }

    /// Builds the state around an existing detector.
    ///
    /// # Errors
    /// [`StateError::Client`] when the HTTP client cannot be built.
    pub fn with_detector(
        config: Config,
        audit: Arc<dyn AuditSink>,
        detector: Arc<Detector>,
    ) -> Result<Self, StateError> {
        let hasher = Hasher::random();
        let mut secret = [0u8; 32];
        let _ = getrandom::fill(&mut secret);
        let subjects = match audit.subject_hasher() {
            Some(h) => h.clone(),
            None => audit::SubjectHasher::new(&secret).map_err(StateError::Audit)?,
        };
        // Request ids are `pw-<boot>-<n>`: `boot` is random so that ids stay unique across
        // restarts and across instances writing one audit chain (seconds since the epoch
        // repeated when a gateway restarted within the same second).
        let mut b = [0u8; 8];
        let boot = if getrandom::fill(&mut b).is_ok() {
            u64::from_le_bytes(b)
        } else {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_nanos() as u64)
        };
        Ok(AppState(Arc::new(Inner {
            vault: Vault::new(config.vault.clone()),
            config,
            detector,
            audit,
            hasher,
            subjects,
            upstream: UpstreamClient::new()?,
            metrics: Metrics::default(),
            seq: AtomicU64::new(0),
            boot,
            responses: Mutex::new(HashMap::new()),
        })))
    }

    /// The metrics.
    pub fn metrics(&self) -> &Metrics {
        &self.0.metrics
    }

    /// The configuration.
    pub fn config(&self) -> &Config {
        &self.0.config
    }

    pub(crate) fn next_request_id(&self) -> String {
        let n = self.0.seq.fetch_add(1, Ordering::Relaxed);
        format!("pw-{:016x}-{n}", self.0.boot)
    }

    pub(crate) fn remember_response(&self, key_id: &str, response_id: &str, conversation: &str) {
        if let Ok(mut m) = self.0.responses.lock() {
            if m.len() >= MAX_RESPONSE_IDS {
                m.clear();
            }
            m.insert(
                (key_id.to_string(), response_id.to_string()),
                conversation.to_string(),
            );
        }
    }

    pub(crate) fn conversation_of_response(
        &self,
        key_id: &str,
        response_id: &str,
    ) -> Option<String> {
        self.0
            .responses
            .lock()
            .ok()?
            .get(&(key_id.to_string(), response_id.to_string()))
            .cloned()
    }
}
