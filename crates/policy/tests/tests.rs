//! Integration tests of the `policy` crate. One binary; one module per topic.

mod decisions;
mod file;
