//! Reasons with stable codes. Codes are API: add new ones, never rename.

use detect::{EntityKind, SpecialCategory};

/// A kind of media part that text scanning cannot read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MediaKind {
    /// An image (can show faces: biometric-capable).
    Image,
    /// Audio (can carry a voice: biometric-capable).
    Audio,
    /// A file attachment whose content the gateway cannot scan.
    File,
}

/// Why a decision was taken. [`Reason::code`] is the stable code kept in audit records
/// and returned to clients.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Reason {
    /// A special category of personal data (art. 9) or criminal data (art. 10).
    SpecialCategory(SpecialCategory),
    /// An entity of this kind was found.
    Entity(EntityKind),
    /// The provider may not receive the data class present.
    ProviderNotApproved,
    /// The purpose is not among those allowed for this key or group.
    PurposeNotAllowed,
    /// No purpose was declared and the key has no default purpose.
    PurposeUndeclared,
    /// A media part was present.
    Media(MediaKind),
    /// The model's answer holds personal data that was not in the prompt.
    OutputUnexpectedPersonalData,
}

impl Reason {
    /// The stable code (`special_category.health`, `identifier.bsn`, …).
    pub const fn code(self) -> &'static str {
        match self {
            Reason::SpecialCategory(c) => match c {
                SpecialCategory::Health => "special_category.health",
                SpecialCategory::Ethnicity => "special_category.ethnicity",
                SpecialCategory::Political => "special_category.political",
                SpecialCategory::Religion => "special_category.religion",
                SpecialCategory::TradeUnion => "special_category.trade_union",
                SpecialCategory::Genetic => "special_category.genetic",
                SpecialCategory::Biometric => "special_category.biometric",
                SpecialCategory::Sexual => "special_category.sexual",
                SpecialCategory::Criminal => "special_category.criminal",
            },
            Reason::Entity(k) => match k {
                EntityKind::Person => "personal_data.person",
                EntityKind::Email => "personal_data.email",
                EntityKind::Phone => "personal_data.phone",
                EntityKind::Bsn => "identifier.bsn",
                EntityKind::Iban => "identifier.iban",
                EntityKind::CreditCard => "identifier.credit_card",
                EntityKind::Address => "personal_data.address",
                EntityKind::Postcode => "personal_data.postcode",
                EntityKind::Birthdate => "personal_data.birthdate",
                EntityKind::LicensePlate => "personal_data.license_plate",
                EntityKind::IdNumber => "identifier.id_number",
                EntityKind::IpAddress => "personal_data.ip_address",
                EntityKind::Secret => "secret.credential",
                EntityKind::Confidential => "confidential.marking",
            },
            Reason::ProviderNotApproved => "provider.not_approved",
            Reason::PurposeNotAllowed => "purpose.not_allowed",
            Reason::PurposeUndeclared => "purpose.undeclared",
            Reason::Media(MediaKind::Image) => "media.image",
            Reason::Media(MediaKind::Audio) => "media.audio",
            Reason::Media(MediaKind::File) => "media.file",
            Reason::OutputUnexpectedPersonalData => "output.unexpected_personal_data",
        }
    }

    /// The legal ground the rule rests on (short citation, for reports and audit).
    pub const fn legal_ground(self) -> &'static str {
        match self {
            Reason::SpecialCategory(SpecialCategory::Criminal) => "GDPR art. 10; UAVG art. 31-33",
            Reason::SpecialCategory(_) => "GDPR art. 9(1); UAVG art. 22",
            Reason::Entity(k) => match k {
                EntityKind::Bsn => "GDPR art. 87; UAVG art. 46",
                EntityKind::Iban | EntityKind::CreditCard | EntityKind::IdNumber => {
                    "GDPR art. 5(1)(c), 25, 32"
                }
                EntityKind::Person
                | EntityKind::Email
                | EntityKind::Phone
                | EntityKind::Address
                | EntityKind::Postcode
                | EntityKind::Birthdate
                | EntityKind::LicensePlate
                | EntityKind::IpAddress => "GDPR art. 5(1)(c), 25 (minimisation, pseudonymisation)",
                EntityKind::Secret => "GDPR art. 32 (security of processing)",
                EntityKind::Confidential => {
                    "Bijzondere informatie (VIR-BI 2013); Landsadvocaat advice"
                }
            },
            Reason::ProviderNotApproved => "GDPR art. 28, 44-46; Landsadvocaat advice 7.25",
            Reason::PurposeNotAllowed | Reason::PurposeUndeclared => {
                "GDPR art. 5(1)(b) (purpose limitation)"
            }
            Reason::Media(_) => "GDPR art. 9(1) (biometric data)",
            Reason::OutputUnexpectedPersonalData => {
                "GDPR art. 5(1)(d) (accuracy); EDPB Opinion 28/2024 §107"
            }
        }
    }

    /// A short English description naming the category, never a value.
    pub const fn label_en(self) -> &'static str {
        match self {
            Reason::SpecialCategory(c) => match c {
                SpecialCategory::Health => "health data",
                SpecialCategory::Ethnicity => "racial or ethnic origin",
                SpecialCategory::Political => "political opinions",
                SpecialCategory::Religion => "religious or philosophical beliefs",
                SpecialCategory::TradeUnion => "trade-union membership",
                SpecialCategory::Genetic => "genetic data",
                SpecialCategory::Biometric => "biometric data",
                SpecialCategory::Sexual => "sex life or sexual orientation",
                SpecialCategory::Criminal => "criminal data",
            },
            Reason::Entity(k) => match k {
                EntityKind::Person => "a person's name",
                EntityKind::Email => "an e-mail address",
                EntityKind::Phone => "a telephone number",
                EntityKind::Bsn => "a citizen service number (BSN)",
                EntityKind::Iban => "a bank account number (IBAN)",
                EntityKind::CreditCard => "a payment card number",
                EntityKind::Address => "an address",
                EntityKind::Postcode => "a postcode",
                EntityKind::Birthdate => "a date of birth",
                EntityKind::LicensePlate => "a licence plate",
                EntityKind::IdNumber => "an identification number",
                EntityKind::IpAddress => "an IP address",
                EntityKind::Secret => "a password, key or token",
                EntityKind::Confidential => "a confidentiality marking",
            },
            Reason::ProviderNotApproved => {
                "data the chosen model's provider is not approved to receive"
            }
            Reason::PurposeNotAllowed => "a purpose that is not allowed for this key",
            Reason::PurposeUndeclared => "no declared purpose",
            Reason::Media(MediaKind::Image) => "an image",
            Reason::Media(MediaKind::Audio) => "audio",
            Reason::Media(MediaKind::File) => "a file attachment",
            Reason::OutputUnexpectedPersonalData => {
                "personal data in the answer that was not in the question"
            }
        }
    }

    /// A short Dutch description naming the category, never a value.
    pub const fn label_nl(self) -> &'static str {
        match self {
            Reason::SpecialCategory(c) => match c {
                SpecialCategory::Health => "gezondheidsgegevens",
                SpecialCategory::Ethnicity => "ras of etnische afkomst",
                SpecialCategory::Political => "politieke opvattingen",
                SpecialCategory::Religion => "religieuze of levensbeschouwelijke overtuigingen",
                SpecialCategory::TradeUnion => "lidmaatschap van een vakbond",
                SpecialCategory::Genetic => "genetische gegevens",
                SpecialCategory::Biometric => "biometrische gegevens",
                SpecialCategory::Sexual => "seksueel leven of seksuele gerichtheid",
                SpecialCategory::Criminal => "strafrechtelijke gegevens",
            },
            Reason::Entity(k) => match k {
                EntityKind::Person => "een naam van een persoon",
                EntityKind::Email => "een e-mailadres",
                EntityKind::Phone => "een telefoonnummer",
                EntityKind::Bsn => "een burgerservicenummer (BSN)",
                EntityKind::Iban => "een rekeningnummer (IBAN)",
                EntityKind::CreditCard => "een creditcardnummer",
                EntityKind::Address => "een adres",
                EntityKind::Postcode => "een postcode",
                EntityKind::Birthdate => "een geboortedatum",
                EntityKind::LicensePlate => "een kenteken",
                EntityKind::IdNumber => "een identificatienummer",
                EntityKind::IpAddress => "een IP-adres",
                EntityKind::Secret => "een wachtwoord, sleutel of token",
                EntityKind::Confidential => "een rubricering (vertrouwelijk)",
            },
            Reason::ProviderNotApproved => {
                "gegevens die de aanbieder van dit model niet mag ontvangen"
            }
            Reason::PurposeNotAllowed => "een doel dat voor deze sleutel niet is toegestaan",
            Reason::PurposeUndeclared => "geen opgegeven doel",
            Reason::Media(MediaKind::Image) => "een afbeelding",
            Reason::Media(MediaKind::Audio) => "geluid",
            Reason::Media(MediaKind::File) => "een bijlage",
            Reason::OutputUnexpectedPersonalData => {
                "persoonsgegevens in het antwoord die niet in de vraag stonden"
            }
        }
    }
}

impl std::fmt::Display for Reason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every code is unique, so audit records can be read back without ambiguity.
    #[test]
    fn codes_are_unique() {
        let mut all: Vec<Reason> = Vec::new();
        all.extend(
            SpecialCategory::ALL
                .iter()
                .map(|c| Reason::SpecialCategory(*c)),
        );
        all.extend(EntityKind::ALL.iter().map(|k| Reason::Entity(*k)));
        all.extend([
            Reason::ProviderNotApproved,
            Reason::PurposeNotAllowed,
            Reason::PurposeUndeclared,
            Reason::Media(MediaKind::Image),
            Reason::Media(MediaKind::Audio),
            Reason::Media(MediaKind::File),
            Reason::OutputUnexpectedPersonalData,
        ]);
        let mut codes: Vec<&str> = all.iter().map(|r| r.code()).collect();
        let n = codes.len();
        codes.sort();
        codes.dedup();
        assert_eq!(codes.len(), n);
        assert_eq!(Reason::Entity(EntityKind::Bsn).code(), "identifier.bsn");
        assert_eq!(
            Reason::SpecialCategory(SpecialCategory::Health).code(),
            "special_category.health"
        );
    }
}
