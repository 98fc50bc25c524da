//! Scopes: stable across turns and resent histories, isolated between keys, bounded, expiring.

use std::time::{Duration, Instant};

use detect::EntityKind;
use vault::{Error, Scope, Vault, VaultConfig};

/// Resending a growing history keeps every number; new values get the next number.
#[test]
fn resent_history_keeps_numbers() {
    let v = Vault::new(VaultConfig::default());
    let scope = Scope::new("k", "c");
    let turn1 = ["Piet de Vries"];
    let turn2 = ["Piet de Vries", "Anna Bakker"];
    let turn3 = [
        "Anna Bakker",
        "Piet de Vries",
        "Karel Appel",
        "PIET DE VRIES",
    ];
    let mut seen = Vec::new();
    for turn in [&turn1[..], &turn2[..], &turn3[..]] {
        let mut s = v.session(&scope).unwrap();
        seen.push(
            turn.iter()
                .map(|n| s.pseudonymise(EntityKind::Person, n).unwrap())
                .collect::<Vec<_>>(),
        );
    }
    assert_eq!(seen[0], ["[PERSOON_1]"]);
    assert_eq!(seen[1], ["[PERSOON_1]", "[PERSOON_2]"]);
    // Another spelling is another value: restoring must give back exactly what was written.
    assert_eq!(
        seen[2],
        ["[PERSOON_2]", "[PERSOON_1]", "[PERSOON_3]", "[PERSOON_4]"]
    );
}

/// A second key (or conversation) cannot restore the first one's values.
#[test]
fn scopes_are_isolated() {
    let v = Vault::new(VaultConfig::default());
    let a = Scope::new("key-a", "c");
    let b = Scope::new("key-b", "c");
    let t = v
        .session(&a)
        .unwrap()
        .pseudonymise(EntityKind::Bsn, "111222333")
        .unwrap();
    assert_eq!(v.restore(&a, &t).unwrap(), "111222333");
    assert_eq!(v.restore(&b, &t).unwrap(), t);
    assert_eq!(v.restore(&Scope::new("key-a", "other"), &t).unwrap(), t);
    let mut r = v.session(&b).unwrap().restorer();
    let mut out = r.push(&t[..3]);
    out.push_str(&r.push(&t[3..]));
    out.push_str(&r.finish());
    assert_eq!(out, t);
}

/// Scopes unused longer than the TTL are forgotten.
#[test]
fn ttl_expires() {
    let v = Vault::new(VaultConfig {
        ttl: Duration::from_secs(60),
        ..VaultConfig::default()
    });
    let scope = Scope::new("k", "c");
    let t0 = Instant::now();
    let tok = v
        .session_at(&scope, t0)
        .unwrap()
        .pseudonymise(EntityKind::Person, "Jan")
        .unwrap();
    assert_eq!(
        v.session_at(&scope, t0 + Duration::from_secs(30))
            .unwrap()
            .restore(&tok),
        "Jan"
    );
    assert_eq!(
        v.session_at(&scope, t0 + Duration::from_secs(200))
            .unwrap()
            .restore(&tok),
        tok
    );
}

/// At most `max_conversations` scopes, least recently used evicted; `max_entries` fails closed.
#[test]
fn bounded() {
    let v = Vault::new(VaultConfig {
        max_conversations: 3,
        max_entries: 2,
        ..VaultConfig::default()
    });
    let t0 = Instant::now();
    for i in 0..10u64 {
        let mut s = v
            .session_at(
                &Scope::new("k", i.to_string()),
                t0 + Duration::from_millis(i),
            )
            .unwrap();
        s.pseudonymise(EntityKind::Person, "Jan").unwrap();
    }
    assert_eq!(v.len(), 3);
    let mut s = v.session(&Scope::new("k", "full")).unwrap();
    s.pseudonymise(EntityKind::Person, "A").unwrap();
    s.pseudonymise(EntityKind::Person, "B").unwrap();
    assert_eq!(
        s.pseudonymise(EntityKind::Person, "A").unwrap(),
        "[PERSOON_1]"
    );
    assert!(matches!(
        s.pseudonymise(EntityKind::Person, "C"),
        Err(Error::ConversationFull { limit: 2 })
    ));
}
