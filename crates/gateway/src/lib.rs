//! OpenAI-compatible gateway that pseudonymises or blocks personal data before any model
//! sees it.
//!
//! [`router`] builds the axum app over an [`AppState`]; [`serve`] binds and runs it. Every
//! request to `/v1/chat/completions`, `/v1/responses`, `/v1/completions` and
//! `/v1/embeddings` goes through the same path:
//!
//! 1. authenticate the key (stored as SHA-256), resolve purpose and model → provider;
//! 2. scan **every** string the body would carry upstream (history, system prompt, tool
//!    arguments and results, unknown fields, object keys) with `detect`, in one pass;
//! 3. decide with `policy` (possibly routing to a better-cleared fallback provider);
//! 4. append an audit event through the [`AuditSink`] — if that fails, refuse (fail closed);
//! 5. block with an OpenAI-shaped error, or pseudonymise through the `vault` and forward
//!    the rebuilt body (a private `Scanned` type: nothing else can be forwarded);
//! 6. restore tokens in the answer (streaming-safe), check the answer for personal data
//!    that was not in the prompt, and mark it as AI-generated.
//!
//! Detection runs on the blocking pool under a timeout; a timeout or panic refuses the
//! request. See `docs/fail_closed.md` and `docs/streaming.md`.

#![deny(missing_docs)]

mod audit_sink;
mod config;
mod demo;
mod error;
mod handlers;
mod metrics;
pub mod mock;
mod route;
mod scan;
mod sse;
mod state;
mod stream;
mod upstream;
mod walk;

pub use audit_sink::{
    AuditError, AuditEvent, AuditPhase, AuditReason, AuditSink, FailingAuditSink, Hasher,
    MemoryAuditSink, NoopAuditSink, StoreSink, to_record,
};
pub use config::{
    Config, ConfigError, DEFAULT_CONFIG, KeyInfo, Limits, Provider, ProviderKind, Secret, hash_key,
};
pub use error::{Error, Lang};
pub use handlers::{CONVERSATION_HEADER, PURPOSE_HEADER, router};
pub use metrics::Metrics;
pub use route::Route;
pub use state::{AppState, StateError};

use std::sync::Arc;

/// Errors starting the server.
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    /// The state could not be built.
    #[error(transparent)]
    State(#[from] StateError),
    /// The address could not be bound or the server failed.
    #[error("cannot serve on {addr}: {source}")]
    Io {
        /// The address.
        addr: std::net::SocketAddr,
        /// The cause.
        source: std::io::Error,
    },
}

/// Binds `config.listen` and serves until Ctrl-C / SIGTERM. Sets TCP_NODELAY on every
/// accepted connection. `on_ready` is called with the bound address.
///
/// # Errors
/// [`ServeError`] when binding fails or the server stops with an error.
pub async fn serve(
    config: Config,
    audit: Arc<dyn AuditSink>,
    on_ready: impl FnOnce(std::net::SocketAddr),
) -> Result<(), ServeError> {
    use axum::serve::ListenerExt;
    let addr = config.listen;
    let state = AppState::new(config, audit)?;
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|source| ServeError::Io { addr, source })?;
    let bound = listener
        .local_addr()
        .map_err(|source| ServeError::Io { addr, source })?;
    let listener = listener.tap_io(|tcp| {
        let _ = tcp.set_nodelay(true);
    });
    tracing::info!(addr = %bound, "poortwachter gateway listening");
    on_ready(bound);
    axum::serve(listener, router(state))
        .with_graceful_shutdown(shutdown_signal())
        .await
        .map_err(|source| ServeError::Io {
            addr: bound,
            source,
        })
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = term => {},
    }
}
