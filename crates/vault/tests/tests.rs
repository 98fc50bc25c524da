//! Integration tests of the `vault` crate. One binary; one module per topic.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "test helpers outside #[test] functions"
)]

mod roundtrip;
mod scope;
