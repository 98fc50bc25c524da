//! What the policy decides, and the context it decides in.

use crate::provider::{DataClass, ProviderProfile};
use crate::reason::Reason;

/// Whether text goes to the model or comes back from it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    /// A request on its way to the provider.
    Input,
    /// A response on its way back to the client.
    Output,
}

/// What to do with one finding, and overall with a request.
///
/// Ordered by severity: `Allow < Pseudonymise < Redact < Block`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Action {
    /// Send as is.
    Allow,
    /// Replace by a placeholder that is restored in the answer.
    Pseudonymise,
    /// Remove for good (not restored).
    Redact,
    /// Refuse the whole request or response.
    Block,
}

impl Action {
    /// Stable name for audit and headers.
    pub const fn as_str(self) -> &'static str {
        match self {
            Action::Allow => "allow",
            Action::Pseudonymise => "pseudonymise",
            Action::Redact => "redact",
            Action::Block => "block",
        }
    }
}

/// How many media parts of each kind a request carries.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MediaCounts {
    /// Image parts (`image_url`, `input_image`).
    pub images: usize,
    /// Audio parts (`input_audio`).
    pub audio: usize,
    /// File parts (`file`, `input_file`).
    pub files: usize,
}

/// Everything besides the findings that a decision depends on.
#[derive(Clone, Copy, Debug)]
pub struct Context<'a> {
    /// Request or response.
    pub direction: Direction,
    /// The declared purpose.
    pub purpose: &'a str,
    /// The user's group.
    pub group: &'a str,
    /// The provider's name in the register (selects provider overrides).
    pub provider_name: &'a str,
    /// The provider's compliance attributes.
    pub provider: &'a ProviderProfile,
    /// Media parts in the request.
    pub media: MediaCounts,
}

impl<'a> Context<'a> {
    /// A context without media and without provider overrides.
    pub fn new(
        direction: Direction,
        purpose: &'a str,
        group: &'a str,
        provider: &'a ProviderProfile,
    ) -> Self {
        Context {
            direction,
            purpose,
            group,
            provider_name: "",
            provider,
            media: MediaCounts::default(),
        }
    }

    /// Sets the provider's name (for `[providers.NAME]` overrides).
    #[must_use]
    pub fn provider_name(mut self, name: &'a str) -> Self {
        self.provider_name = name;
        self
    }

    /// Sets the media counts.
    #[must_use]
    pub fn media(mut self, media: MediaCounts) -> Self {
        self.media = media;
        self
    }
}

/// One reason with the action it led to and how often it applied.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ReasonEntry {
    /// The reason.
    pub reason: Reason,
    /// The strictest action taken for it.
    pub action: Action,
    /// How many findings (or parts) it applied to.
    pub count: usize,
}

/// The decision for one request or response.
#[derive(Clone, Debug, PartialEq)]
pub struct Decision {
    /// Overall: `Block` when anything is blocked, else the strictest other action.
    pub outcome: Action,
    /// One action per entry of `findings.entities`, in the same order.
    pub entities: Vec<Action>,
    /// One action per entry of `findings.special`, in the same order.
    pub special: Vec<Action>,
    /// Reasons, sorted by code order, one entry per reason.
    pub reasons: Vec<ReasonEntry>,
    /// The most sensitive class of data that would reach the provider.
    pub data_class: DataClass,
    /// The provider's clearance the decision was checked against.
    pub clearance: DataClass,
    /// True when every block is caused by the provider (its clearance or an on-premise
    /// only rule), so a better-cleared fallback provider could take the request.
    pub provider_dependent: bool,
}

impl Decision {
    /// True when the request or response must not pass.
    pub fn is_blocked(&self) -> bool {
        self.outcome == Action::Block
    }

    /// The reasons that led to a block.
    pub fn blocking_reasons(&self) -> impl Iterator<Item = Reason> + '_ {
        self.reasons
            .iter()
            .filter(|r| r.action == Action::Block)
            .map(|r| r.reason)
    }

    /// Whether a reason is present.
    pub fn has_reason(&self, reason: Reason) -> bool {
        self.reasons.iter().any(|r| r.reason == reason)
    }
}
