//! The policy file: unknown keys and bad values fail with the TOML path.

use policy::{Error, Policy};

/// An empty file is the default policy.
#[test]
fn empty_file_is_default() {
    assert_eq!(Policy::from_toml("").unwrap(), Policy::default());
}

/// A typo in a key is an error, not a silently ignored rule.
#[test]
fn unknown_key_rejected() {
    let e = Policy::from_toml("[rulez.entities]\nPERSON = \"allow\"\n").unwrap_err();
    assert!(matches!(e, Error::Toml(_)), "{e}");
    let e = Policy::from_toml("[rules.entities]\nPERSON = \"maybe\"\n").unwrap_err();
    assert!(matches!(e, Error::Toml(_)), "{e}");
}

/// Unknown entity types and misplaced rules name their path.
#[test]
fn invalid_values_name_path() {
    match Policy::from_toml("[purposes.hr.rules.entities]\nNAAM = \"allow\"\n").unwrap_err() {
        Error::Invalid { path, .. } => assert_eq!(path, "purposes.hr.rules.entities.NAAM"),
        e => panic!("unexpected {e}"),
    }
    match Policy::from_toml("[rules.special]\nhealth = \"pseudonymise\"\n").unwrap_err() {
        Error::Invalid { path, .. } => assert_eq!(path, "rules.special.health"),
        e => panic!("unexpected {e}"),
    }
}
