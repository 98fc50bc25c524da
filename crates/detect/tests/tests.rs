//! Integration tests of the `detect` crate. One binary; one module per topic.
mod regressions;
mod robustness;
