//! Check-digit validators. Each takes the digits (separators already removed or
//! ignored as documented) and never panics.

mod elfproef;
mod luhn;
mod mod97;

pub use elfproef::bsn_is_valid;
pub use luhn::luhn_is_valid;
pub use mod97::iban_is_valid;
pub(crate) use mod97::iban_length;
