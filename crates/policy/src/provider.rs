//! Provider compliance attributes and the data classes they clear.

use serde::Deserialize;

/// Under which terms the organisation uses the provider.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Contract {
    /// The organisation's own agreement (processor agreement possible).
    Own,
    /// The provider's standard consumer terms.
    ConsumerTerms,
}

/// Where the provider processes the data.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Location {
    /// On the organisation's own hardware.
    OnPremise,
    /// Inside the EU/EEA.
    Eu,
    /// Outside the EU/EEA.
    OutsideEu,
}

/// Classes of data that may reach a provider, from least to most sensitive.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DataClass {
    /// No personal data (nothing found, or everything redacted).
    #[default]
    Public,
    /// Personal data replaced by placeholders or surrogates.
    Pseudonymised,
    /// Ordinary personal data in the clear.
    Personal,
    /// Special categories, criminal data, secrets or confidential information in the clear.
    Special,
}

impl DataClass {
    /// Stable name for audit and errors.
    pub const fn as_str(self) -> &'static str {
        match self {
            DataClass::Public => "public",
            DataClass::Pseudonymised => "pseudonymised",
            DataClass::Personal => "personal",
            DataClass::Special => "special",
        }
    }
}

/// Days of retention above which a provider counts as keeping the data.
pub const MAX_RETENTION_DAYS: u32 = 30;

/// Compliance attributes of one provider.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProviderProfile {
    /// Contract type.
    pub contract: Contract,
    /// Whether the provider trains its models on what it receives.
    pub trains_on_inputs: bool,
    /// Processing location.
    pub location: Location,
    /// How long the provider keeps inputs (`None`: not at all / not stated as kept).
    pub retention_days: Option<u32>,
    /// Whether a data processing agreement (art. 28) is signed.
    pub dpa_signed: bool,
    /// An explicit ceiling set by the operator. It can only lower the derived
    /// clearance, except for on-premise providers, where it may raise it.
    pub max_data_class: Option<DataClass>,
}

impl ProviderProfile {
    /// An on-premise provider under an own agreement (the demo provider's profile).
    pub const fn on_premise() -> Self {
        ProviderProfile {
            contract: Contract::Own,
            trains_on_inputs: false,
            location: Location::OnPremise,
            retention_days: None,
            dpa_signed: true,
            max_data_class: None,
        }
    }

    /// An EU provider under an own agreement with a signed DPA and no training.
    pub const fn eu_processor() -> Self {
        ProviderProfile {
            location: Location::Eu,
            ..Self::on_premise()
        }
    }

    /// A provider used under consumer terms outside the EU (clears public data only).
    pub const fn consumer() -> Self {
        ProviderProfile {
            contract: Contract::ConsumerTerms,
            trains_on_inputs: true,
            location: Location::OutsideEu,
            retention_days: Some(30),
            dpa_signed: false,
            max_data_class: None,
        }
    }

    /// The most sensitive data class this provider may receive.
    ///
    /// # Design rationale
    /// The strict reading of the Landsadvocaat's advice: consumer terms, training on
    /// inputs, no DPA, long retention or processing outside the EU leave only data
    /// without personal data. An EU processor under an own agreement may receive
    /// pseudonymised text; an on-premise model may receive ordinary personal data.
    /// Special-category data in the clear needs an explicit on-premise ceiling.
    pub fn clearance(&self) -> DataClass {
        let derived = if self.location == Location::OnPremise {
            DataClass::Personal
        } else if self.contract == Contract::ConsumerTerms
            || self.trains_on_inputs
            || !self.dpa_signed
            || self.location == Location::OutsideEu
            || self.retention_days.is_some_and(|d| d > MAX_RETENTION_DAYS)
        {
            DataClass::Public
        } else {
            DataClass::Pseudonymised
        };
        match self.max_data_class {
            Some(cap) if self.location == Location::OnPremise => cap,
            Some(cap) => cap.min(derived),
            None => derived,
        }
    }

    /// Whether the provider runs on the organisation's own hardware.
    pub fn is_on_premise(&self) -> bool {
        self.location == Location::OnPremise
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each compliance attribute that fails lowers the clearance to public data.
    #[test]
    fn clearance_follows_attributes() {
        assert_eq!(
            ProviderProfile::on_premise().clearance(),
            DataClass::Personal
        );
        assert_eq!(
            ProviderProfile::eu_processor().clearance(),
            DataClass::Pseudonymised
        );
        assert_eq!(ProviderProfile::consumer().clearance(), DataClass::Public);
        let eu = ProviderProfile::eu_processor();
        assert_eq!(
            ProviderProfile {
                trains_on_inputs: true,
                ..eu.clone()
            }
            .clearance(),
            DataClass::Public
        );
        assert_eq!(
            ProviderProfile {
                dpa_signed: false,
                ..eu.clone()
            }
            .clearance(),
            DataClass::Public
        );
        assert_eq!(
            ProviderProfile {
                retention_days: Some(90),
                ..eu.clone()
            }
            .clearance(),
            DataClass::Public
        );
        assert_eq!(
            ProviderProfile {
                retention_days: Some(0),
                ..eu.clone()
            }
            .clearance(),
            DataClass::Pseudonymised
        );
        assert_eq!(
            ProviderProfile {
                location: Location::OutsideEu,
                ..eu.clone()
            }
            .clearance(),
            DataClass::Public
        );
        assert_eq!(
            ProviderProfile {
                contract: Contract::ConsumerTerms,
                ..eu.clone()
            }
            .clearance(),
            DataClass::Public
        );
    }

    /// An operator ceiling lowers an external provider but cannot raise it.
    #[test]
    fn ceiling_only_lowers_external() {
        let eu = ProviderProfile {
            max_data_class: Some(DataClass::Special),
            ..ProviderProfile::eu_processor()
        };
        assert_eq!(eu.clearance(), DataClass::Pseudonymised);
        let eu = ProviderProfile {
            max_data_class: Some(DataClass::Public),
            ..ProviderProfile::eu_processor()
        };
        assert_eq!(eu.clearance(), DataClass::Public);
        let op = ProviderProfile {
            max_data_class: Some(DataClass::Special),
            ..ProviderProfile::on_premise()
        };
        assert_eq!(op.clearance(), DataClass::Special);
    }
}
