//! Integration tests of the `gateway` crate: in-process (`oneshot` on `gateway::router`)
//! against a recording mock upstream on loopback. One binary; one module per topic.
//! Tests that start the `poortwachter` binary live in `crates/cli/tests/`.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "test helpers outside #[test] functions"
)]

mod common;

mod api;
mod audit_store;
mod fail_closed;
mod flows;
