//! Integration tests of the audit crate: one binary, one module per topic.

// Helpers outside `#[test]` functions (fixtures, child processes) may fail loudly too.
#![allow(clippy::unwrap_used, clippy::panic, reason = "test code")]

mod common;
#[cfg(feature = "sqlite")]
mod concurrency;
#[cfg(feature = "sqlite")]
mod crash;
#[cfg(feature = "sqlite")]
mod dev_set;
#[cfg(all(feature = "postgres", feature = "sqlite"))]
mod postgres;
#[cfg(feature = "sqlite")]
mod retention;
#[cfg(feature = "sqlite")]
mod tamper;
