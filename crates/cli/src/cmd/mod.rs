//! One module per subcommand.

pub(crate) mod audit;
pub(crate) mod bench;
pub(crate) mod report;
pub(crate) mod scan;
pub(crate) mod serve;
