//! Integration tests of the `detect` crate. One binary; one module per topic.

mod fields;
mod person;
mod regressions;
mod robustness;
mod special;
