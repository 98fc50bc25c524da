//! The vault: scopes, conversations, tokens.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use detect::EntityKind;

use crate::restore::{StreamRestorer, TokenIndex};
use crate::surrogate;

/// Errors of the vault. Each means: do not forward the text (fail closed).
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The conversation already holds `limit` values. Start a new conversation or raise
    /// `max_entries`.
    #[error("the conversation holds the maximum of {limit} pseudonymised values")]
    ConversationFull {
        /// The configured limit.
        limit: usize,
    },
    /// A thread panicked while holding the vault's lock; the vault refuses further use.
    #[error("the vault is unavailable after an internal error")]
    Poisoned,
}

/// Placeholder tokens or realistic surrogates.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Mode {
    /// `[PERSOON_1]`, `[BSN_2]`, … (default).
    #[default]
    Placeholders,
    /// Realistic fictitious values of the same kind.
    Surrogates,
}

/// Limits and mode of a [`Vault`].
#[derive(Clone, Debug)]
pub struct VaultConfig {
    /// Placeholders or surrogates.
    pub mode: Mode,
    /// Scopes kept at most; the least recently used is evicted beyond it.
    pub max_conversations: usize,
    /// Values per scope at most.
    pub max_entries: usize,
    /// A scope unused this long is forgotten.
    pub ttl: Duration,
}

impl Default for VaultConfig {
    fn default() -> Self {
        VaultConfig {
            mode: Mode::Placeholders,
            max_conversations: 10_000,
            max_entries: 5_000,
            ttl: Duration::from_secs(24 * 3600),
        }
    }
}

/// One conversation of one API key. Both parts are identifiers, never content.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Scope {
    key: String,
    conversation: String,
}

impl Scope {
    /// A scope from the API key's id and the conversation id.
    pub fn new(key: impl Into<String>, conversation: impl Into<String>) -> Self {
        Scope {
            key: key.into(),
            conversation: conversation.into(),
        }
    }
}

/// The Dutch label of a kind in placeholders (`PERSOON`, `BSN`, `ADRES`, …).
pub const fn placeholder_label(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Person => "PERSOON",
        EntityKind::Email => "EMAIL",
        EntityKind::Phone => "TELEFOON",
        EntityKind::Bsn => "BSN",
        EntityKind::Iban => "IBAN",
        EntityKind::CreditCard => "CREDITCARD",
        EntityKind::Address => "ADRES",
        EntityKind::Postcode => "POSTCODE",
        EntityKind::Birthdate => "GEBOORTEDATUM",
        EntityKind::LicensePlate => "KENTEKEN",
        EntityKind::IdNumber => "ID_NUMMER",
        EntityKind::IpAddress => "IP_ADRES",
        EntityKind::Secret => "GEHEIM",
        EntityKind::Confidential => "VERTROUWELIJK",
    }
}

/// The key under which a value is looked up: the exact text.
///
/// # Design rationale
/// Folding case or separators would give "MAGDALENA KRAWCZYK" and "Magdalena Krawczyk"
/// (or "06-12345678" and "0612345678") one placeholder, but a placeholder restores to one
/// spelling only, so the client would get back text it did not write. Exact keys restore
/// every spelling faithfully; the price is that two spellings of one value get two numbers.
fn normalise(_kind: EntityKind, value: &str) -> String {
    value.to_string()
}

#[derive(Default)]
struct Conversation {
    last_used: Option<Instant>,
    by_value: HashMap<(EntityKind, String), usize>,
    /// (kind, original as first seen, token)
    entries: Vec<(EntityKind, String, String)>,
    counters: HashMap<EntityKind, usize>,
    index: Option<Arc<TokenIndex>>,
}

impl Conversation {
    fn index(&mut self) -> Arc<TokenIndex> {
        if let Some(i) = &self.index {
            return Arc::clone(i);
        }
        let i = Arc::new(TokenIndex::new(
            self.entries.iter().map(|(_, v, t)| (t.clone(), v.clone())),
        ));
        self.index = Some(Arc::clone(&i));
        i
    }
}

struct Inner {
    conversations: HashMap<Scope, Conversation>,
    last_sweep: Option<Instant>,
}

/// Reversible pseudonymisation per [`Scope`]. Share one vault (`Arc<Vault>`) per gateway.
pub struct Vault {
    config: VaultConfig,
    inner: Mutex<Inner>,
}

impl std::fmt::Debug for Vault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Vault")
            .field("config", &self.config)
            .finish_non_exhaustive()
    }
}

impl Vault {
    /// An empty vault.
    pub fn new(config: VaultConfig) -> Self {
        Vault {
            config,
            inner: Mutex::new(Inner {
                conversations: HashMap::new(),
                last_sweep: None,
            }),
        }
    }

    /// The configuration.
    pub fn config(&self) -> &VaultConfig {
        &self.config
    }

    /// Number of scopes held (for metrics).
    pub fn len(&self) -> usize {
        self.inner
            .lock()
            .map(|i| i.conversations.len())
            .unwrap_or(0)
    }

    /// True when no scope is held.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Opens a scope (creating it when new), evicting expired and, at capacity, the least
    /// recently used scopes. Hold the session only for synchronous work (it holds a lock).
    ///
    /// # Errors
    /// [`Error::Poisoned`] after a panic inside the vault.
    pub fn session(&self, scope: &Scope) -> Result<Session<'_>, Error> {
        self.session_at(scope, Instant::now())
    }

    /// [`Vault::session`] with an explicit clock (tests).
    ///
    /// # Errors
    /// [`Error::Poisoned`] after a panic inside the vault.
    pub fn session_at(&self, scope: &Scope, now: Instant) -> Result<Session<'_>, Error> {
        let mut guard = self.inner.lock().map_err(|_| Error::Poisoned)?;
        let ttl = self.config.ttl;
        let expired = |c: &Conversation| {
            c.last_used
                .is_some_and(|t| now.saturating_duration_since(t) > ttl)
        };
        // Sweep expired scopes at most once a second, and always before growing.
        let sweep_due = guard
            .last_sweep
            .is_none_or(|t| now.saturating_duration_since(t) > Duration::from_secs(1));
        let is_new = !guard.conversations.contains_key(scope);
        if sweep_due || is_new {
            guard.conversations.retain(|_, c| !expired(c));
            guard.last_sweep = Some(now);
        }
        if let Some(c) = guard.conversations.get(scope) {
            if expired(c) {
                guard.conversations.remove(scope);
            }
        }
        if !guard.conversations.contains_key(scope) {
            while guard.conversations.len() >= self.config.max_conversations.max(1) {
                let oldest = guard
                    .conversations
                    .iter()
                    .min_by_key(|(_, c)| c.last_used)
                    .map(|(s, _)| s.clone());
                match oldest {
                    Some(s) => {
                        guard.conversations.remove(&s);
                    }
                    None => break,
                }
            }
            guard
                .conversations
                .insert(scope.clone(), Conversation::default());
        }
        if let Some(c) = guard.conversations.get_mut(scope) {
            c.last_used = Some(now);
        }
        Ok(Session {
            guard,
            scope: scope.clone(),
            config: &self.config,
        })
    }

    /// Restores the tokens of `scope` in `text` (unknown tokens stay as they are).
    ///
    /// # Errors
    /// [`Error::Poisoned`] after a panic inside the vault.
    pub fn restore(&self, scope: &Scope, text: &str) -> Result<String, Error> {
        Ok(self.session(scope)?.restore(text))
    }
}

/// Exclusive access to one scope of the vault.
pub struct Session<'v> {
    guard: MutexGuard<'v, Inner>,
    scope: Scope,
    config: &'v VaultConfig,
}

impl Session<'_> {
    fn conv(&mut self) -> &mut Conversation {
        self.guard
            .conversations
            .entry(self.scope.clone())
            .or_default()
    }

    /// The token for `value` of `kind`: the existing one when the scope has seen the
    /// value before, else the next number for that kind.
    ///
    /// # Errors
    /// [`Error::ConversationFull`] when the scope holds `max_entries` values.
    pub fn pseudonymise(&mut self, kind: EntityKind, value: &str) -> Result<String, Error> {
        let key = (kind, normalise(kind, value));
        let limit = self.config.max_entries;
        let mode = self.config.mode;
        let conv = self.conv();
        if let Some(&i) = conv.by_value.get(&key) {
            if let Some((_, _, t)) = conv.entries.get(i) {
                return Ok(t.clone());
            }
        }
        if conv.entries.len() >= limit {
            return Err(Error::ConversationFull { limit });
        }
        let n = conv.counters.entry(kind).or_insert(0);
        *n += 1;
        let mut number = *n;
        let mut attempts = 0;
        let token = loop {
            attempts += 1;
            let candidate = match mode {
                Mode::Surrogates if attempts <= 64 => surrogate::surrogate(kind, number),
                // Placeholders, or no free surrogate: a placeholder cannot clash.
                Mode::Placeholders | Mode::Surrogates => {
                    format!("[{}_{number}]", placeholder_label(kind))
                }
            };
            // A surrogate must never equal or overlap a value or token of the scope.
            let clash = conv.entries.iter().any(|(_, v, t)| {
                t.starts_with(&candidate)
                    || candidate.starts_with(t.as_str())
                    || v.contains(&candidate)
            });
            if !clash {
                break candidate;
            }
            number += 1;
            if let Some(c) = conv.counters.get_mut(&kind) {
                *c = number;
            }
        };
        conv.by_value.insert(key, conv.entries.len());
        conv.entries.push((kind, value.to_string(), token.clone()));
        conv.index = None;
        Ok(token)
    }

    /// Whether the scope holds `value` of any kind (used to tell expected from
    /// unexpected personal data in answers).
    pub fn knows_value(&mut self, kind: EntityKind, value: &str) -> bool {
        let key = (kind, normalise(kind, value));
        self.conv().by_value.contains_key(&key)
    }

    /// Number of values held in this scope.
    pub fn len(&mut self) -> usize {
        self.conv().entries.len()
    }

    /// True when the scope holds no value.
    pub fn is_empty(&mut self) -> bool {
        self.len() == 0
    }

    /// Restores every token of this scope in `text`.
    pub fn restore(&mut self, text: &str) -> String {
        self.conv().index().restore(text)
    }

    /// A restorer for streamed text, bound to the scope's tokens as they are now.
    pub fn restorer(&mut self) -> StreamRestorer {
        StreamRestorer::new(self.conv().index())
    }
}
