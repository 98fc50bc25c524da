//! Decides what happens to a request or response given what `detect` found in it.
//!
//! [`Policy::evaluate`] takes [`detect::Findings`] plus a [`Context`] (direction, purpose,
//! user group, provider profile, media parts) and returns a [`Decision`]: one [`Action`]
//! per finding (allow, pseudonymise, redact, block), an overall outcome, and reasons
//! with stable codes (`special_category.health`, `identifier.bsn`, `confidential.marking`,
//! `provider.not_approved`, `purpose.not_allowed`, …) that cite a legal ground.
//!
//! ```
//! use policy::{Action, Context, Direction, Policy, ProviderProfile};
//! let detector = detect::Detector::new();
//! let findings = detector.detect("Kun je deze zin verbeteren?");
//! let policy = Policy::default();
//! let provider = ProviderProfile::on_premise();
//! let decision = policy.evaluate(&findings, &Context::new(Direction::Input, "general", "staff", &provider));
//! assert_eq!(decision.outcome, Action::Allow);
//! ```
//!
//! # Guarantees
//!
//! - **Pure.** No I/O, no clock, no async, no logging of text. It sees spans, kinds and
//!   categories, never the text itself.
//! - **Defaults without configuration.** [`Policy::default`] is the strict reading of
//!   `ARCHITECTURE.md`: special categories, criminal data, confidential markings and secrets
//!   are blocked; direct identifiers are pseudonymised for on-premise providers and blocked
//!   for external ones; other personal data is pseudonymised; images and audio are blocked.
//! - **Overrides in one TOML file** ([`Policy::from_toml`]), layered defaults → `[rules]`
//!   → provider → purpose → group; the most specific layer wins. Unknown keys are errors.
//! - **Providers are cleared per data class** ([`ProviderProfile::clearance`]), derived from
//!   contract, training on inputs, location, retention and DPA. Whatever the rules say, a
//!   provider never receives a data class above its clearance.
//! - **Exhaustive.** A new `EntityKind` or `SpecialCategory` breaks this crate's build until
//!   someone decides how to treat it.

#![deny(missing_docs)]

mod decision;
mod file;
mod policy;
mod provider;
mod reason;

pub use decision::{Action, Context, Decision, Direction, MediaCounts, ReasonEntry};
pub use file::{Error, PolicyFile};
pub use policy::{OutputAction, Policy, Rule, Rules};
pub use provider::{Contract, DataClass, Location, MAX_RETENTION_DAYS, ProviderProfile};
pub use reason::{MediaKind, Reason};
