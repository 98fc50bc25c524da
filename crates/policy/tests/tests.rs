//! Integration tests of the `policy` crate. One binary; one module per topic.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "test helpers outside #[test] functions"
)]

mod decisions;
mod file;
