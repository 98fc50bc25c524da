//! Sending scanned requests to providers. The only place the gateway makes HTTP calls.
//!
//! Only an allow-list of headers goes upstream (content type, accept, the provider's own
//! key, a fixed user agent); none of the client's headers are copied. The URL is the
//! provider's base URL plus a fixed path: nothing from the client reaches it.

use std::pin::Pin;
use std::time::Duration;

use bytes::Bytes;
use futures_util::{Stream, StreamExt};
use serde_json::Value;

use crate::config::{Provider, ProviderKind};
use crate::demo;
use crate::error::Error;
use crate::route::Route;
use crate::scan::Scanned;

/// A stream of body bytes from a provider.
pub(crate) type ByteStream = Pin<Box<dyn Stream<Item = Result<Bytes, Error>> + Send>>;

/// What a provider answered.
pub(crate) enum UpstreamResponse {
    /// A JSON body.
    Json(Value),
    /// An SSE body.
    Stream(ByteStream),
}

/// The HTTP client for all providers.
#[derive(Clone, Debug)]
pub(crate) struct UpstreamClient {
    http: reqwest::Client,
}

impl UpstreamClient {
    pub(crate) fn new() -> Result<Self, reqwest::Error> {
        let http = reqwest::Client::builder()
            .tcp_nodelay(true)
            .pool_idle_timeout(Duration::from_secs(90))
            .pool_max_idle_per_host(256)
            .user_agent(concat!("poortwachter/", env!("CARGO_PKG_VERSION")))
            .build()?;
        Ok(UpstreamClient { http })
    }

    /// Sends `body` to `provider`. Dropping the returned future or stream cancels the call.
    pub(crate) async fn send(
        &self,
        provider: &Provider,
        route: Route,
        body: &Scanned,
        stream: bool,
        timeout: Duration,
    ) -> Result<UpstreamResponse, Error> {
        let base_url = match &provider.kind {
            ProviderKind::Demo => return Ok(demo::respond(route, body.body(), stream)),
            ProviderKind::OpenAi { base_url } => base_url,
        };
        let bytes = serde_json::to_vec(body.body())
            .map_err(|_| Error::InvalidRequest("cannot serialise body"))?;
        let mut req = self
            .http
            .post(format!("{base_url}{}", route.upstream_path()))
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .header(
                reqwest::header::ACCEPT,
                if stream {
                    "text/event-stream"
                } else {
                    "application/json"
                },
            )
            .body(bytes);
        if let Some(key) = &provider.api_key {
            req = req.bearer_auth(key.expose());
        }
        let resp = match tokio::time::timeout(timeout, req.send()).await {
            Err(_) => return Err(Error::UpstreamTimeout),
            Ok(Err(e)) if e.is_timeout() => return Err(Error::UpstreamTimeout),
            Ok(Err(_)) => return Err(Error::UpstreamUnavailable),
            Ok(Ok(r)) => r,
        };
        let status = resp.status();
        if !status.is_success() {
            tracing::warn!(provider = %provider.name, status = status.as_u16(), "upstream returned an error status");
            return Err(Error::Upstream {
                status: status.as_u16(),
            });
        }
        let is_sse = resp
            .headers()
            .get(reqwest::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("text/event-stream"));
        if stream && is_sse {
            let s = resp
                .bytes_stream()
                .map(|r| r.map_err(|_| Error::UpstreamUnavailable));
            return Ok(UpstreamResponse::Stream(Box::pin(s)));
        }
        let body = match tokio::time::timeout(timeout, resp.bytes()).await {
            Err(_) => return Err(Error::UpstreamTimeout),
            Ok(Err(_)) => return Err(Error::UpstreamUnavailable),
            Ok(Ok(b)) => b,
        };
        let v: Value = serde_json::from_slice(&body).map_err(|_| Error::UpstreamInvalid)?;
        Ok(UpstreamResponse::Json(v))
    }
}
