//! Decisions of the default policy and of layered overrides, on hand-built findings.

use detect::{EntityKind, Finding, Findings, Span, SpecialCategory, SpecialFinding};
use policy::{Action, Context, DataClass, Direction, MediaCounts, Policy, ProviderProfile, Reason};

fn entity(kind: EntityKind, start: usize) -> Finding {
    Finding {
        span: Span::new(start, start + 5),
        kind,
        score: 0.9,
        recognizer: "test",
    }
}

fn findings(kinds: &[EntityKind], special: &[SpecialCategory]) -> Findings {
    Findings {
        entities: kinds
            .iter()
            .enumerate()
            .map(|(i, k)| entity(*k, i * 10))
            .collect(),
        special: special
            .iter()
            .map(|c| SpecialFinding {
                category: *c,
                evidence: Span::new(0, 3),
                subject: None,
                score: 0.9,
                recognizer: "t",
            })
            .collect(),
    }
}

fn input<'a>(p: &'a ProviderProfile) -> Context<'a> {
    Context::new(Direction::Input, "general", "staff", p)
}

/// Nothing found means allow, for every provider, even consumer terms.
#[test]
fn nothing_found_is_allowed() {
    for p in [
        ProviderProfile::on_premise(),
        ProviderProfile::eu_processor(),
        ProviderProfile::consumer(),
    ] {
        let d = Policy::default().evaluate(&Findings::default(), &input(&p));
        assert_eq!(d.outcome, Action::Allow);
        assert!(d.reasons.is_empty());
        assert_eq!(d.data_class, DataClass::Public);
    }
}

/// Names are pseudonymised for an EU processor; the data class reaching it is pseudonymised.
#[test]
fn names_are_pseudonymised() {
    let p = ProviderProfile::eu_processor();
    let d = Policy::default().evaluate(
        &findings(&[EntityKind::Person, EntityKind::Email], &[]),
        &input(&p),
    );
    assert_eq!(d.outcome, Action::Pseudonymise);
    assert_eq!(d.entities, vec![Action::Pseudonymise, Action::Pseudonymise]);
    assert_eq!(d.data_class, DataClass::Pseudonymised);
    assert!(d.has_reason(Reason::Entity(EntityKind::Person)));
}

/// A BSN is pseudonymised on-premise and blocked for an external provider (provider-dependent).
#[test]
fn bsn_depends_on_provider() {
    let f = findings(&[EntityKind::Bsn, EntityKind::Person], &[]);
    let on_prem = ProviderProfile::on_premise();
    let d = Policy::default().evaluate(&f, &input(&on_prem));
    assert_eq!(d.entities, vec![Action::Pseudonymise, Action::Pseudonymise]);
    let eu = ProviderProfile::eu_processor();
    let d = Policy::default().evaluate(&f, &input(&eu));
    assert!(d.is_blocked());
    assert_eq!(d.entities[0], Action::Block);
    assert!(d.blocking_reasons().any(|r| r.code() == "identifier.bsn"));
    assert!(
        d.provider_dependent,
        "a fallback to an on-premise provider could take it"
    );
}

/// Special categories, confidential markings and secrets are blocked, not provider-dependent.
#[test]
fn special_confidential_secret_block() {
    let p = ProviderProfile::on_premise();
    let d = Policy::default().evaluate(
        &findings(&[EntityKind::Person], &[SpecialCategory::Health]),
        &input(&p),
    );
    assert!(d.is_blocked());
    assert!(
        d.blocking_reasons()
            .any(|r| r.code() == "special_category.health")
    );
    assert!(!d.provider_dependent);
    for k in [EntityKind::Confidential, EntityKind::Secret] {
        let d = Policy::default().evaluate(&findings(&[k], &[]), &input(&p));
        assert!(d.is_blocked());
        assert!(!d.provider_dependent);
    }
    let d = Policy::default().evaluate(&findings(&[EntityKind::Confidential], &[]), &input(&p));
    assert!(
        d.blocking_reasons()
            .any(|r| r.code() == "confidential.marking")
    );
}

/// A consumer-terms provider may receive no personal data at all, not even pseudonymised.
#[test]
fn consumer_provider_gets_nothing_personal() {
    let p = ProviderProfile::consumer();
    let d = Policy::default().evaluate(&findings(&[EntityKind::Person], &[]), &input(&p));
    assert!(d.is_blocked());
    assert!(d.has_reason(Reason::ProviderNotApproved));
    assert!(d.provider_dependent);
    assert_eq!(d.clearance, DataClass::Public);
}

/// Images are blocked by default and allowed where a purpose says so.
#[test]
fn media_blocked_unless_purpose_allows() {
    let p = ProviderProfile::on_premise();
    let media = MediaCounts {
        images: 2,
        audio: 0,
        files: 0,
    };
    let d = Policy::default().evaluate(&Findings::default(), &input(&p).media(media));
    assert!(d.is_blocked());
    let r = d
        .reasons
        .iter()
        .find(|r| r.reason.code() == "media.image")
        .unwrap();
    assert_eq!(r.count, 2);
    let policy = Policy::from_toml(
        "[purposes.beeld]\n[purposes.beeld.rules]\nmedia = \"allow\"\n[purposes.general]\n",
    )
    .unwrap();
    let ctx = Context::new(Direction::Input, "beeld", "staff", &p).media(media);
    assert_eq!(
        policy.evaluate(&Findings::default(), &ctx).outcome,
        Action::Allow
    );
    let ctx = Context::new(Direction::Input, "general", "staff", &p).media(media);
    assert!(policy.evaluate(&Findings::default(), &ctx).is_blocked());
}

/// Layers apply in order defaults → rules → provider → purpose → group; the group wins.
#[test]
fn layers_most_specific_wins() {
    let text = r#"
[rules.entities]
PERSON = "redact"
[providers.azure.rules.entities]
PERSON = "block"
EMAIL = "block"
[purposes.hr.rules.entities]
PERSON = "pseudonymise"
[groups.juristen.rules.entities]
EMAIL = "allow"
"#;
    let policy = Policy::from_toml(text).unwrap();
    let p = ProviderProfile::on_premise();
    let f = findings(&[EntityKind::Person, EntityKind::Email], &[]);
    let d = policy.evaluate(&f, &Context::new(Direction::Input, "other", "staff", &p));
    assert_eq!(d.entities, vec![Action::Redact, Action::Pseudonymise]);
    let d = policy.evaluate(
        &f,
        &Context::new(Direction::Input, "other", "staff", &p).provider_name("azure"),
    );
    assert_eq!(d.entities, vec![Action::Block, Action::Block]);
    let d = policy.evaluate(
        &f,
        &Context::new(Direction::Input, "hr", "staff", &p).provider_name("azure"),
    );
    assert_eq!(d.entities, vec![Action::Pseudonymise, Action::Block]);
    let d = policy.evaluate(
        &f,
        &Context::new(Direction::Input, "hr", "juristen", &p).provider_name("azure"),
    );
    assert_eq!(d.entities, vec![Action::Pseudonymise, Action::Allow]);
    assert_eq!(d.data_class, DataClass::Personal);
}

/// Clear personal data allowed by a rule is still blocked for a provider cleared only for pseudonymised data.
#[test]
fn allow_rule_cannot_exceed_clearance() {
    let policy = Policy::from_toml("[rules.entities]\nPERSON = \"allow\"\n").unwrap();
    let p = ProviderProfile::eu_processor();
    let d = policy.evaluate(&findings(&[EntityKind::Person], &[]), &input(&p));
    assert!(d.is_blocked());
    assert!(d.has_reason(Reason::ProviderNotApproved));
}

/// Declared purposes are enforced, including the group restriction.
#[test]
fn purposes_are_checked() {
    let policy = Policy::from_toml("[purposes.hr]\ngroups = [\"hr\"]\n[purposes.tekst]\n").unwrap();
    let p = ProviderProfile::on_premise();
    let none = Findings::default();
    assert_eq!(
        policy
            .evaluate(&none, &Context::new(Direction::Input, "tekst", "staff", &p))
            .outcome,
        Action::Allow
    );
    let d = policy.evaluate(&none, &Context::new(Direction::Input, "hr", "staff", &p));
    assert!(
        d.blocking_reasons()
            .any(|r| r.code() == "purpose.not_allowed")
    );
    assert_eq!(
        policy
            .evaluate(&none, &Context::new(Direction::Input, "hr", "hr", &p))
            .outcome,
        Action::Allow
    );
    let d = policy.evaluate(&none, &Context::new(Direction::Input, "onbekend", "hr", &p));
    assert!(d.is_blocked());
    let d = policy.evaluate(&none, &Context::new(Direction::Input, "", "hr", &p));
    assert!(
        d.blocking_reasons()
            .any(|r| r.code() == "purpose.undeclared")
    );
}

/// Output findings are flagged by default and follow the output rule when configured.
#[test]
fn output_rule() {
    let p = ProviderProfile::on_premise();
    let f = findings(&[EntityKind::Phone], &[]);
    let ctx = Context::new(Direction::Output, "general", "staff", &p);
    let d = Policy::default().evaluate(&f, &ctx);
    assert_eq!(d.outcome, Action::Allow);
    assert!(d.has_reason(Reason::OutputUnexpectedPersonalData));
    let policy = Policy::from_toml("[rules]\noutput_unexpected = \"redact\"\n").unwrap();
    assert_eq!(policy.evaluate(&f, &ctx).entities, vec![Action::Redact]);
}
