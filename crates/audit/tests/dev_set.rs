//! The dev set through the detector, hasher and store: no gold string lands in the
//! store, and subject lookups find exactly the documents that mention a person.

use std::collections::{BTreeMap, BTreeSet};

use audit::{AuditStore, Decision, Direction, Event, Label, Record};
use detect::EntityKind;
use serde::Deserialize;

use crate::common::{TempDir, context, key};

#[derive(Deserialize)]
pub(crate) struct Doc {
    id: String,
    text: String,
    entities: Vec<Gold>,
}

#[derive(Deserialize)]
struct Gold {
    start: usize,
    end: usize,
    #[serde(rename = "type")]
    kind: String,
    text: String,
}

/// Which findings a test feeds into the hasher.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Source {
    /// The real detector.
    Detector,
    /// The gold annotations turned into findings (a perfect detector).
    Gold,
}

/// Findings for `doc` from `source`.
fn findings(detector: &detect::Detector, doc: &Doc, source: Source) -> detect::Findings {
    match source {
        Source::Detector => detector.detect(&doc.text),
        Source::Gold => {
            let byte = |cp: usize| {
                doc.text
                    .char_indices()
                    .nth(cp)
                    .map_or(doc.text.len(), |(b, _)| b)
            };
            let entities = doc
                .entities
                .iter()
                .filter_map(|g| {
                    Some(detect::Finding {
                        span: detect::Span::new(byte(g.start), byte(g.end)),
                        kind: kind_of(&g.kind)?,
                        score: 1.0,
                        recognizer: "gold",
                    })
                })
                .collect();
            detect::Findings {
                entities,
                special: Vec::new(),
            }
        }
    }
}

pub(crate) fn load() -> Option<Vec<Doc>> {
    let Some(path) = crate::common::dev_jsonl() else {
        eprintln!("dev_set: skipped, ../shared/eval/dev.jsonl not found");
        return None;
    };
    let text = std::fs::read_to_string(path).unwrap();
    Some(
        text.lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| serde_json::from_str(l).unwrap())
            .collect(),
    )
}

/// Appends one request record per dev document, as the gateway would.
pub(crate) fn fill(store: &dyn AuditStore, docs: &[Doc], source: Source) {
    let detector = detect::Detector::new();
    let hasher = key().subject_hasher();
    for doc in docs {
        let findings = findings(&detector, doc, source);
        let decision = if findings.is_empty() {
            Decision::Allow
        } else {
            Decision::Pseudonymise
        };
        let reasons: Vec<Label> = findings
            .entities
            .iter()
            .map(|f| {
                Label::new(
                    "reason",
                    &format!("identifier.{}", f.kind.as_str().to_lowercase()),
                )
                .unwrap()
            })
            .collect();
        let input = Direction::from_findings(decision, reasons, &findings);
        let subjects = hasher.hash_findings(&doc.text, &findings);
        store
            .append(&Record::request(
                context(&doc.id, "purpose-dev", "provider-dev"),
                input,
                subjects,
            ))
            .unwrap();
    }
}

fn kind_of(name: &str) -> Option<EntityKind> {
    EntityKind::ALL.into_iter().find(|k| k.as_str() == name)
}

/// Text of every table, every column (blobs as hex), one line per row.
fn logical_dump(path: &std::path::Path) -> String {
    let c = rusqlite::Connection::open(path).unwrap();
    let mut out = String::new();
    let tables: Vec<String> = c
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    for t in tables {
        let mut stmt = c.prepare(&format!("SELECT * FROM {t}")).unwrap();
        let n = stmt.column_count();
        let mut rows = stmt.query([]).unwrap();
        while let Some(r) = rows.next().unwrap() {
            for i in 0..n {
                let v: rusqlite::types::Value = r.get(i).unwrap();
                match v {
                    rusqlite::types::Value::Text(s) => out.push_str(&s),
                    rusqlite::types::Value::Blob(b) => {
                        out.extend(b.iter().map(|x| format!("{x:02x}")))
                    }
                    rusqlite::types::Value::Integer(i) => out.push_str(&i.to_string()),
                    rusqlite::types::Value::Real(f) => out.push_str(&f.to_string()),
                    rusqlite::types::Value::Null => {}
                }
                out.push('\t');
            }
            out.push('\n');
        }
    }
    out
}

/// Searches `text` (as tokens) and `raw` (file bytes, long values) for every gold
/// entity string of `docs` with [`audit::ValueScanner`]. Returns how many strings were
/// checked and "doc KIND" for each hit (never the value).
pub(crate) fn leaks(docs: &[Doc], text: &str, raw: &[u8]) -> (usize, BTreeSet<String>) {
    let scanner = audit::ValueScanner::new(docs.iter().flat_map(|d| {
        d.entities
            .iter()
            .map(move |g| (format!("{} {}", d.id, g.kind), g.text.clone()))
    }))
    .unwrap();
    let mut hits = scanner.scan_text(text);
    hits.extend(scanner.scan_bytes(raw));
    (scanner.len(), hits)
}

/// No gold entity string of the dev set occurs in the SQLite store: not in any column
/// (as a token, any case) and not in the raw file or its WAL (strings of 8+ bytes).
#[test]
fn no_gold_string_in_store() {
    let Some(docs) = load() else { return };
    let dir = TempDir::new("devset");
    let path = dir.path("audit.db");
    let store = audit::SqliteStore::open(&path, key(), audit::SqliteSync::Normal, 100).unwrap();
    // Gold findings: every identifier of the set is hashed, the worst case for leaks.
    fill(&store, &docs, Source::Gold);
    let dump = logical_dump(&path);
    assert!(
        dump.lines().count() > docs.len(),
        "the dump holds the records"
    );
    let mut raw = std::fs::read(&path).unwrap();
    if let Ok(wal) = std::fs::read(dir.path("audit.db-wal")) {
        raw.extend(wal);
    }
    let (checked, hits) = leaks(&docs, &dump, &raw);
    assert!(checked > 1000);
    assert!(hits.is_empty(), "gold strings found in the store: {hits:?}");
    // The search finds a value that is there: plant one gold e-mail in the dump.
    let planted = docs
        .iter()
        .flat_map(|d| &d.entities)
        .find(|g| g.kind == "EMAIL")
        .unwrap();
    let (_, hits) = leaks(&docs, &format!("{dump}\t{}\n", planted.text), &[]);
    assert!(!hits.is_empty(), "a planted value must be found");
}

/// Per kind: (identifiers, exact, missed documents, extra documents).
type Stats = BTreeMap<EntityKind, (usize, usize, usize, usize)>;

/// Looks up every e-mail, BSN and name of the dev set and compares the documents found
/// with the documents whose gold annotations hold that identifier (after normalisation).
/// Returns per kind (identifiers, exact, missed documents, extra documents) and the
/// identifiers whose every gold mention was found by the detector, with their result.
fn lookups(source: Source) -> Option<(Stats, Vec<bool>)> {
    let docs = load()?;
    let dir = TempDir::new("lookup");
    let store =
        audit::SqliteStore::open(&dir.path("audit.db"), key(), audit::SqliteSync::Normal, 100)
            .unwrap();
    fill(&store, &docs, source);
    let detector = detect::Detector::new();
    let hasher = key().subject_hasher();
    // identifier (kind, normal form) -> documents whose gold annotations mention it
    let mut expected: BTreeMap<(EntityKind, String), BTreeSet<String>> = BTreeMap::new();
    let mut example: BTreeMap<(EntityKind, String), String> = BTreeMap::new();
    // identifiers some gold mention of which the detector did not find (same kind, same normal form)
    let mut undetected: BTreeSet<(EntityKind, String)> = BTreeSet::new();
    for doc in &docs {
        let found = findings(&detector, doc, source);
        let detected: BTreeSet<(EntityKind, String)> = found
            .entities
            .iter()
            .filter_map(|f| Some((f.kind, audit::normalise(f.kind, f.span.slice(&doc.text))?)))
            .collect();
        for g in &doc.entities {
            let Some(kind) = kind_of(&g.kind) else {
                continue;
            };
            if !matches!(
                kind,
                EntityKind::Email | EntityKind::Bsn | EntityKind::Person
            ) {
                continue;
            }
            let Some(normal) = audit::normalise(kind, &g.text) else {
                continue;
            };
            let id = (kind, normal);
            if !detected.contains(&id) {
                undetected.insert(id.clone());
            }
            expected
                .entry(id.clone())
                .or_default()
                .insert(doc.id.clone());
            example.entry(id).or_insert_with(|| g.text.clone());
        }
    }
    let mut stats: BTreeMap<EntityKind, (usize, usize, usize, usize)> = BTreeMap::new();
    let mut fully_detected = Vec::new();
    for (id, docs_expected) in &expected {
        let hash = hasher.hash(id.0, &example[id]).unwrap();
        let found: BTreeSet<String> = store
            .subject_lookup(&[hash])
            .unwrap()
            .into_iter()
            .filter_map(|e| match e.event {
                Event::Record(r) => Some(r.context.request_id.as_str().to_owned()),
                Event::Retention(_) => None,
            })
            .collect();
        let s = stats.entry(id.0).or_default();
        s.0 += 1;
        if &found == docs_expected {
            s.1 += 1;
        }
        s.2 += docs_expected.difference(&found).count();
        s.3 += found.difference(docs_expected).count();
        if !undetected.contains(id) {
            fully_detected.push(&found == docs_expected);
        }
    }
    for (kind, (n, exact, missed, extra)) in &stats {
        eprintln!(
            "subject lookup ({}) {kind}: {exact}/{n} identifiers exact, {missed} documents missed, {extra} extra",
            if source == Source::Gold {
                "gold findings"
            } else {
                "detector"
            }
        );
    }
    Some((stats, fully_detected))
}

/// With gold findings, every lookup by e-mail, BSN or name returns exactly the dev
/// documents that mention that identifier, and no others.
#[test]
fn subject_lookup_exact_with_gold_findings() {
    let Some((stats, _)) = lookups(Source::Gold) else {
        return;
    };
    for kind in [EntityKind::Email, EntityKind::Bsn, EntityKind::Person] {
        let (n, exact, missed, extra) = stats[&kind];
        assert!(n > 10, "{kind}: too few identifiers to test");
        assert_eq!((exact, missed, extra), (n, 0, 0), "{kind}");
    }
}

/// With the real detector, no lookup returns a document that does not mention the
/// person, and every identifier the detector found wherever it occurs is found exactly.
#[test]
fn subject_lookup_with_detector() {
    let Some((stats, fully_detected)) = lookups(Source::Detector) else {
        return;
    };
    let extra: usize = stats.values().map(|s| s.3).sum();
    assert_eq!(
        extra, 0,
        "a lookup returned a document that does not mention the person"
    );
    assert!(
        fully_detected.iter().all(|ok| *ok),
        "an identifier detected everywhere was not found exactly"
    );
    eprintln!(
        "subject lookup (detector): {} identifiers detected in every mention",
        fully_detected.len()
    );
}
