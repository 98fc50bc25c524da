//! End-to-end tests of the `poortwachter` binary.

mod audit;
mod scan;
