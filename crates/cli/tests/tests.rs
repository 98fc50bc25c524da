//! End-to-end tests of the `poortwachter` binary.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "test helpers outside #[test] functions"
)]

mod common;
mod gateway;
mod gateway_audit;

mod audit;
mod scan;
