//! The TOML schema of the policy file (lenient types, strict keys) and its errors.

use std::collections::BTreeMap;

use serde::Deserialize;

/// Errors reading or validating a policy file. Each names the TOML path.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The file is not valid TOML or has an unknown key or a wrong type.
    /// The message names line, column and key; fix the file.
    #[error("policy file: {0}")]
    Toml(String),
    /// A value is out of range at `path`.
    #[error("policy file: `{path}`: {problem}")]
    Invalid {
        /// The TOML path (`purposes.hr.rules.entities.NAME`).
        path: String,
        /// What is wrong with it.
        problem: &'static str,
    },
}

/// A rule as written in the file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum RuleName {
    Allow,
    Pseudonymise,
    Redact,
    Block,
    PseudonymiseOnPremise,
}

/// Output rule as written in the file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum OutputName {
    Flag,
    Redact,
    Block,
}

/// Rule overrides of one layer.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RulesFile {
    /// Entity type (`PERSON`, `BSN`, …) → rule.
    #[serde(default)]
    pub(crate) entities: BTreeMap<String, RuleName>,
    /// Special category (`health`, …) → rule.
    #[serde(default)]
    pub(crate) special: BTreeMap<String, RuleName>,
    /// Images, audio and files.
    pub(crate) media: Option<RuleName>,
    /// Personal data in an answer that was not in the prompt.
    pub(crate) output_unexpected: Option<OutputName>,
}

/// One purpose.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct PurposeFile {
    /// Free text, shown in reports.
    #[serde(default)]
    #[allow(dead_code, reason = "kept for reports; validated for type")]
    pub(crate) description: Option<String>,
    /// Only these groups may use the purpose (absent: every group).
    pub(crate) groups: Option<Vec<String>>,
    #[serde(default)]
    pub(crate) rules: RulesFile,
}

/// A group or provider layer.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct LayerFile {
    #[serde(default)]
    pub(crate) rules: RulesFile,
}

/// The policy file: `[rules]`, `[purposes.NAME]`, `[groups.NAME]`, `[providers.NAME]`.
///
/// Public so that a larger configuration file (the gateway's) can embed it as a table;
/// turn it into a [`crate::Policy`] with [`crate::Policy::from_file`].
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PolicyFile {
    #[serde(default)]
    pub(crate) rules: RulesFile,
    #[serde(default)]
    pub(crate) purposes: BTreeMap<String, PurposeFile>,
    #[serde(default)]
    pub(crate) groups: BTreeMap<String, LayerFile>,
    #[serde(default)]
    pub(crate) providers: BTreeMap<String, LayerFile>,
}

impl PolicyFile {
    /// Parses TOML text (the caller reads the file).
    ///
    /// # Errors
    /// [`Error::Toml`] for syntax errors, unknown keys and wrong types.
    pub fn parse(text: &str) -> Result<Self, Error> {
        toml::from_str(text).map_err(|e| Error::Toml(e.to_string()))
    }
}
