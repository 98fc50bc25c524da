//! The validated policy: rules per layer, and [`Policy::evaluate`].

use std::collections::BTreeMap;

use detect::{EntityKind, Findings, SpecialCategory};

use crate::decision::{Action, Context, Decision, Direction, ReasonEntry};
use crate::file::{Error, LayerFile, OutputName, PolicyFile, RuleName, RulesFile};
use crate::provider::{DataClass, ProviderProfile};
use crate::reason::{MediaKind, Reason};

/// What to do with one kind of finding on the way in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rule {
    /// Always this action.
    Always(Action),
    /// Pseudonymise when the provider runs on-premise, block for external providers
    /// (the default for direct identifiers).
    PseudonymiseOnPremise,
}

impl Rule {
    /// The action for `provider`, and whether that action depends on the provider.
    fn resolve(self, provider: &ProviderProfile) -> (Action, bool) {
        match self {
            Rule::Always(a) => (a, false),
            Rule::PseudonymiseOnPremise if provider.is_on_premise() => {
                (Action::Pseudonymise, false)
            }
            Rule::PseudonymiseOnPremise => (Action::Block, true),
        }
    }
}

impl From<RuleName> for Rule {
    fn from(n: RuleName) -> Self {
        match n {
            RuleName::Allow => Rule::Always(Action::Allow),
            RuleName::Pseudonymise => Rule::Always(Action::Pseudonymise),
            RuleName::Redact => Rule::Always(Action::Redact),
            RuleName::Block => Rule::Always(Action::Block),
            RuleName::PseudonymiseOnPremise => Rule::PseudonymiseOnPremise,
        }
    }
}

/// What to do with personal data in an answer that was not in the prompt.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OutputAction {
    /// Pass it on, marked by a header and an audit reason.
    Flag,
    /// Remove it from the answer.
    Redact,
    /// Refuse the answer.
    Block,
}

impl From<OutputName> for OutputAction {
    fn from(n: OutputName) -> Self {
        match n {
            OutputName::Flag => OutputAction::Flag,
            OutputName::Redact => OutputAction::Redact,
            OutputName::Block => OutputAction::Block,
        }
    }
}

/// A complete rule table (one rule for every kind and category).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rules {
    entities: BTreeMap<EntityKind, Rule>,
    special: BTreeMap<SpecialCategory, Rule>,
    media: Rule,
    output_unexpected: OutputAction,
}

/// The default rule for an entity kind: the strict reading of ARCHITECTURE.md.
const fn default_entity_rule(kind: EntityKind) -> Rule {
    match kind {
        EntityKind::Secret | EntityKind::Confidential => Rule::Always(Action::Block),
        EntityKind::Bsn | EntityKind::IdNumber | EntityKind::Iban | EntityKind::CreditCard => {
            Rule::PseudonymiseOnPremise
        }
        EntityKind::Person
        | EntityKind::Email
        | EntityKind::Phone
        | EntityKind::Address
        | EntityKind::Postcode
        | EntityKind::Birthdate
        | EntityKind::LicensePlate
        | EntityKind::IpAddress => Rule::Always(Action::Pseudonymise),
    }
}

/// The default rule for a special category: block (art. 9 and 10).
const fn default_special_rule(cat: SpecialCategory) -> Rule {
    match cat {
        SpecialCategory::Health
        | SpecialCategory::Ethnicity
        | SpecialCategory::Political
        | SpecialCategory::Religion
        | SpecialCategory::TradeUnion
        | SpecialCategory::Genetic
        | SpecialCategory::Biometric
        | SpecialCategory::Sexual
        | SpecialCategory::Criminal => Rule::Always(Action::Block),
    }
}

impl Default for Rules {
    fn default() -> Self {
        Rules {
            entities: EntityKind::ALL
                .iter()
                .map(|k| (*k, default_entity_rule(*k)))
                .collect(),
            special: SpecialCategory::ALL
                .iter()
                .map(|c| (*c, default_special_rule(*c)))
                .collect(),
            media: Rule::Always(Action::Block),
            output_unexpected: OutputAction::Flag,
        }
    }
}

impl Rules {
    /// The rule for an entity kind.
    pub fn entity(&self, kind: EntityKind) -> Rule {
        self.entities
            .get(&kind)
            .copied()
            .unwrap_or(default_entity_rule(kind))
    }

    /// The rule for a special category.
    pub fn special(&self, cat: SpecialCategory) -> Rule {
        self.special
            .get(&cat)
            .copied()
            .unwrap_or(default_special_rule(cat))
    }

    /// The rule for media parts.
    pub fn media(&self) -> Rule {
        self.media
    }

    /// The output rule.
    pub fn output_unexpected(&self) -> OutputAction {
        self.output_unexpected
    }

    fn apply(&mut self, patch: &Patch) {
        self.entities
            .extend(patch.entities.iter().map(|(k, r)| (*k, *r)));
        self.special
            .extend(patch.special.iter().map(|(k, r)| (*k, *r)));
        if let Some(m) = patch.media {
            self.media = m;
        }
        if let Some(o) = patch.output_unexpected {
            self.output_unexpected = o;
        }
    }
}

/// A validated partial rule table (one layer).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Patch {
    entities: BTreeMap<EntityKind, Rule>,
    special: BTreeMap<SpecialCategory, Rule>,
    media: Option<Rule>,
    output_unexpected: Option<OutputAction>,
}

fn parse_kind(name: &str) -> Option<EntityKind> {
    EntityKind::ALL
        .iter()
        .copied()
        .find(|k| k.as_str().eq_ignore_ascii_case(name))
}

fn parse_category(name: &str) -> Option<SpecialCategory> {
    SpecialCategory::ALL
        .iter()
        .copied()
        .find(|c| c.as_str().eq_ignore_ascii_case(name))
}

impl Patch {
    fn from_file(f: &RulesFile, path: &str) -> Result<Self, Error> {
        let mut p = Patch::default();
        for (name, rule) in &f.entities {
            let kind = parse_kind(name).ok_or_else(|| Error::Invalid {
                path: format!("{path}.entities.{name}"),
                problem: "unknown entity type (use PERSON, EMAIL, BSN, … as in SCHEMA.md)",
            })?;
            p.entities.insert(kind, Rule::from(*rule));
        }
        for (name, rule) in &f.special {
            let cat = parse_category(name).ok_or_else(|| Error::Invalid {
                path: format!("{path}.special.{name}"),
                problem: "unknown special category (use health, ethnicity, political, religion, trade_union, genetic, biometric, sexual, criminal)",
            })?;
            let rule = Rule::from(*rule);
            if !matches!(
                rule,
                Rule::Always(Action::Allow | Action::Redact | Action::Block)
            ) {
                return Err(Error::Invalid {
                    path: format!("{path}.special.{name}"),
                    problem: "special categories take allow, redact or block",
                });
            }
            p.special.insert(cat, rule);
        }
        if let Some(m) = f.media {
            let rule = Rule::from(m);
            if !matches!(
                rule,
                Rule::Always(Action::Allow | Action::Redact | Action::Block)
            ) {
                return Err(Error::Invalid {
                    path: format!("{path}.media"),
                    problem: "media takes allow, redact (drop the part) or block",
                });
            }
            p.media = Some(rule);
        }
        p.output_unexpected = f.output_unexpected.map(OutputAction::from);
        Ok(p)
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Purpose {
    groups: Option<Vec<String>>,
    patch: Patch,
}

/// A validated policy. [`Policy::default`] is the strict reading without a file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Policy {
    base: Rules,
    purposes: BTreeMap<String, Purpose>,
    groups: BTreeMap<String, Patch>,
    providers: BTreeMap<String, Patch>,
}

impl Policy {
    /// Parses and validates a policy file's text.
    ///
    /// # Errors
    /// [`Error::Toml`] for syntax and schema errors, [`Error::Invalid`] for values out of range.
    pub fn from_toml(text: &str) -> Result<Self, Error> {
        Self::from_file(&PolicyFile::parse(text)?)
    }

    /// Validates a parsed policy file.
    ///
    /// # Errors
    /// [`Error::Invalid`] for unknown types, categories or rules not allowed where written.
    pub fn from_file(file: &PolicyFile) -> Result<Self, Error> {
        let mut base = Rules::default();
        base.apply(&Patch::from_file(&file.rules, "rules")?);
        let layer = |m: &BTreeMap<String, LayerFile>,
                     root: &str|
         -> Result<BTreeMap<String, Patch>, Error> {
            m.iter()
                .map(|(name, l)| {
                    Ok((
                        name.clone(),
                        Patch::from_file(&l.rules, &format!("{root}.{name}.rules"))?,
                    ))
                })
                .collect()
        };
        let purposes = file
            .purposes
            .iter()
            .map(|(name, p)| {
                let patch = Patch::from_file(&p.rules, &format!("purposes.{name}.rules"))?;
                Ok((
                    name.clone(),
                    Purpose {
                        groups: p.groups.clone(),
                        patch,
                    },
                ))
            })
            .collect::<Result<_, Error>>()?;
        Ok(Policy {
            base,
            purposes,
            groups: layer(&file.groups, "groups")?,
            providers: layer(&file.providers, "providers")?,
        })
    }

    /// The purposes the file declares (empty: any purpose a key allows is accepted).
    pub fn purposes(&self) -> impl Iterator<Item = &str> {
        self.purposes.keys().map(String::as_str)
    }

    /// Checks that `purpose` exists (when the policy declares purposes) and that `group` may use it.
    ///
    /// # Errors
    /// [`Reason::PurposeUndeclared`] for an empty purpose, [`Reason::PurposeNotAllowed`] otherwise.
    pub fn check_purpose(&self, purpose: &str, group: &str) -> Result<(), Reason> {
        if purpose.is_empty() {
            return Err(Reason::PurposeUndeclared);
        }
        if self.purposes.is_empty() {
            return Ok(());
        }
        match self.purposes.get(purpose) {
            None => Err(Reason::PurposeNotAllowed),
            Some(p) => match &p.groups {
                Some(groups) if !groups.iter().any(|g| g == group) => {
                    Err(Reason::PurposeNotAllowed)
                }
                _ => Ok(()),
            },
        }
    }

    /// The rules in force for a context: defaults → `[rules]` → provider → purpose → group.
    pub fn rules_for(&self, ctx: &Context<'_>) -> Rules {
        let mut rules = self.base.clone();
        if let Some(p) = self.providers.get(ctx.provider_name) {
            rules.apply(p);
        }
        if let Some(p) = self.purposes.get(ctx.purpose) {
            rules.apply(&p.patch);
        }
        if let Some(p) = self.groups.get(ctx.group) {
            rules.apply(p);
        }
        rules
    }

    /// Decides. For [`Direction::Output`], pass only the findings that were not in the
    /// prompt: each is then handled by the output rule.
    pub fn evaluate(&self, findings: &Findings, ctx: &Context<'_>) -> Decision {
        let rules = self.rules_for(ctx);
        let clearance = ctx.provider.clearance();
        let mut acc = Acc::default();
        let input = ctx.direction == Direction::Input;
        if input {
            if let Err(r) = self.check_purpose(ctx.purpose, ctx.group) {
                acc.add(r, Action::Block, 1, false);
            }
        }
        let output_action = match rules.output_unexpected {
            OutputAction::Flag => Action::Allow,
            OutputAction::Redact => Action::Redact,
            OutputAction::Block => Action::Block,
        };
        let mut entities = Vec::with_capacity(findings.entities.len());
        for f in &findings.entities {
            let action = if input {
                let (a, dep) = rules.entity(f.kind).resolve(ctx.provider);
                let class = entity_class(f.kind, a);
                acc.checked(Reason::Entity(f.kind), a, dep, class, clearance)
            } else {
                acc.add(Reason::Entity(f.kind), output_action, 1, false);
                acc.add(
                    Reason::OutputUnexpectedPersonalData,
                    output_action,
                    1,
                    false,
                );
                output_action
            };
            entities.push(action);
        }
        let mut special = Vec::with_capacity(findings.special.len());
        for s in &findings.special {
            let action = if input {
                let (a, dep) = rules.special(s.category).resolve(ctx.provider);
                let a = if a == Action::Pseudonymise {
                    Action::Block
                } else {
                    a
                };
                let class = if a == Action::Allow {
                    DataClass::Special
                } else {
                    DataClass::Public
                };
                acc.checked(
                    Reason::SpecialCategory(s.category),
                    a,
                    dep,
                    class,
                    clearance,
                )
            } else {
                acc.add(Reason::SpecialCategory(s.category), output_action, 1, false);
                acc.add(
                    Reason::OutputUnexpectedPersonalData,
                    output_action,
                    1,
                    false,
                );
                output_action
            };
            special.push(action);
        }
        if input {
            let m = ctx.media;
            for (kind, n) in [
                (MediaKind::Image, m.images),
                (MediaKind::Audio, m.audio),
                (MediaKind::File, m.files),
            ] {
                if n > 0 {
                    let (a, dep) = rules.media().resolve(ctx.provider);
                    let a = if a == Action::Pseudonymise {
                        Action::Block
                    } else {
                        a
                    };
                    let class = if a == Action::Allow {
                        DataClass::Personal
                    } else {
                        DataClass::Public
                    };
                    for _ in 0..n {
                        acc.checked(Reason::Media(kind), a, dep, class, clearance);
                    }
                }
            }
        }
        let outcome = acc
            .reasons
            .values()
            .map(|(a, _)| *a)
            .max()
            .unwrap_or(Action::Allow);
        let outcome = outcome.max(
            entities
                .iter()
                .chain(&special)
                .copied()
                .max()
                .unwrap_or(Action::Allow),
        );
        Decision {
            outcome,
            entities,
            special,
            reasons: acc
                .reasons
                .into_iter()
                .map(|(reason, (action, count))| ReasonEntry {
                    reason,
                    action,
                    count,
                })
                .collect(),
            data_class: acc.data_class,
            clearance,
            provider_dependent: acc.blocks > 0 && acc.blocks == acc.provider_blocks,
        }
    }
}

/// The data class that reaches the provider when `action` is applied to `kind`.
const fn entity_class(kind: EntityKind, action: Action) -> DataClass {
    match action {
        Action::Allow => match kind {
            EntityKind::Secret | EntityKind::Confidential => DataClass::Special,
            EntityKind::Person
            | EntityKind::Email
            | EntityKind::Phone
            | EntityKind::Bsn
            | EntityKind::Iban
            | EntityKind::CreditCard
            | EntityKind::Address
            | EntityKind::Postcode
            | EntityKind::Birthdate
            | EntityKind::LicensePlate
            | EntityKind::IdNumber
            | EntityKind::IpAddress => DataClass::Personal,
        },
        Action::Pseudonymise => DataClass::Pseudonymised,
        Action::Redact | Action::Block => DataClass::Public,
    }
}

#[derive(Default)]
struct Acc {
    reasons: BTreeMap<Reason, (Action, usize)>,
    data_class: DataClass,
    blocks: usize,
    provider_blocks: usize,
}

impl Acc {
    fn add(&mut self, reason: Reason, action: Action, n: usize, provider_dependent: bool) {
        let e = self.reasons.entry(reason).or_insert((action, 0));
        e.0 = e.0.max(action);
        e.1 += n;
        if action == Action::Block {
            self.blocks += n;
            if provider_dependent {
                self.provider_blocks += n;
            }
        }
    }

    /// Records one finding, blocking it when its class exceeds the provider's clearance.
    fn checked(
        &mut self,
        reason: Reason,
        action: Action,
        dep: bool,
        class: DataClass,
        clearance: DataClass,
    ) -> Action {
        if action != Action::Block && class > clearance {
            self.add(reason, Action::Block, 1, true);
            self.add(Reason::ProviderNotApproved, Action::Block, 1, true);
            return Action::Block;
        }
        if action != Action::Block {
            self.data_class = self.data_class.max(class);
        }
        self.add(reason, action, 1, dep);
        action
    }
}
