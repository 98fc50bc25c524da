//! Reversible pseudonymisation, scoped to one conversation of one API key.
//!
//! The gateway replaces each personal value in a prompt by a token and restores the
//! tokens in the model's answer. [`Vault`] keeps the mapping per [`Scope`] (key id plus
//! conversation id):
//!
//! - **Stable.** The same value (exact spelling, so that restoring gives back exactly what
//!   the client wrote) always gets the same token within a conversation, across turns, and also
//!   when the client resends the whole history each turn: numbers are assigned once, in
//!   order of first appearance, and never change as the history grows.
//! - **Placeholders or surrogates** ([`Mode`]). Placeholders (`[PERSOON_1]`, `[BSN_1]`) are
//!   unmistakable and the default. Surrogates are realistic fictitious values (a name, an
//!   11-check-valid BSN, a mod-97-valid IBAN, a documentation IP address) that keep the text
//!   natural for the model; they are restored the same way.
//! - **Scoped.** A token is only ever restored from the mapping of its own scope: another
//!   key or conversation that sends `[PERSOON_1]` gets `[PERSOON_1]` back.
//! - **Streaming-safe.** [`StreamRestorer`] restores chunk by chunk and holds back only the
//!   bytes at the end of the text that are still a prefix of one of the scope's tokens.
//! - **Bounded.** At most `max_conversations` scopes (least recently used evicted first),
//!   at most `max_entries` values per scope (then [`Error::ConversationFull`]: fail closed),
//!   and scopes unused for `ttl` are dropped.
//!
//! The vault lives in memory only: nothing is written to disk, so there is nothing to
//! encrypt at rest; a restart forgets every mapping.
//!
//! ```
//! use vault::{Scope, Vault, VaultConfig};
//! use detect::EntityKind;
//! let v = Vault::new(VaultConfig::default());
//! let scope = Scope::new("key-1", "conv-1");
//! let mut s = v.session(&scope).unwrap();
//! let token = s.pseudonymise(EntityKind::Person, "Jan Jansen").unwrap();
//! assert_eq!(token, "[PERSOON_1]");
//! assert_eq!(s.restore("Beste [PERSOON_1],"), "Beste Jan Jansen,");
//! ```

#![deny(missing_docs)]

mod restore;
mod surrogate;
mod vault;

pub use restore::StreamRestorer;
pub use vault::{Error, Mode, Scope, Session, Vault, VaultConfig, placeholder_label};
