//! One module per subcommand.

pub(crate) mod audit;
pub(crate) mod report;
pub(crate) mod scan;
