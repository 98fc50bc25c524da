//! Person names: the data-driven cases of `testdata/person.toml`, plus robustness.

use detect::{Detector, EntityKind};
use proptest::prelude::*;
use serde::Deserialize;

#[derive(Deserialize)]
struct Cases {
    case: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    text: String,
    names: Vec<String>,
}

fn person_spans<'t>(detector: &Detector, text: &'t str) -> Vec<&'t str> {
    detector
        .detect(text)
        .entities
        .iter()
        .filter(|f| f.kind == EntityKind::Person)
        .map(|f| f.span.slice(text))
        .collect()
}

/// Every case of `testdata/person.toml` yields exactly its expected name spans.
#[test]
fn person_cases() {
    let cases: Cases = toml::from_str(include_str!("../testdata/person.toml")).unwrap();
    assert!(cases.case.len() >= 30);
    let detector = Detector::new();
    let mut failures = Vec::new();
    for c in &cases.case {
        let got = person_spans(&detector, &c.text);
        if got != c.names.iter().map(String::as_str).collect::<Vec<_>>() {
            failures.push(format!(
                "{:?}\n  expected {:?}\n  got      {:?}",
                c.text, c.names, got
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        cases.case.len(),
        failures.join("\n")
    );
}

/// Person findings carry a `person.*` recognizer id and a score in (0, 1].
#[test]
fn findings_are_well_formed() {
    let detector = Detector::new();
    let text = "Geachte mevrouw De Vries,\n\nMet vriendelijke groet,\nJ.P. Jansen";
    let found: Vec<_> = detector
        .detect(text)
        .entities
        .into_iter()
        .filter(|f| f.kind == EntityKind::Person)
        .collect();
    assert_eq!(found.len(), 2);
    for f in found {
        assert!(f.recognizer.starts_with("person."), "{}", f.recognizer);
        assert!(f.score > 0.0 && f.score <= 1.0);
    }
}

fn shared() -> &'static Detector {
    static DETECTOR: std::sync::OnceLock<Detector> = std::sync::OnceLock::new();
    DETECTOR.get_or_init(Detector::new)
}

proptest! {
    /// Any text: no panic, spans on char boundaries, sorted and disjoint.
    #[test]
    fn arbitrary_text_is_safe(text in "(\\PC|[ \\n.,:'’-]|Jan|de|Vries|van|J\\.|El|Aït|@){0,60}") {
        let found = shared().detect(&text);
        let mut last_end = 0;
        for f in &found.entities {
            prop_assert!(text.is_char_boundary(f.span.start) && text.is_char_boundary(f.span.end));
            prop_assert!(f.span.start < f.span.end && f.span.start >= last_end);
            last_end = f.span.end;
        }
    }
}

/// Throughput of the whole detector on name-heavy text (run with
/// `cargo test --release -p poortwachter-detect --test tests -- --ignored --nocapture`).
#[test]
#[ignore = "timing; run in release by hand"]
fn person_throughput() {
    let cases: Cases = toml::from_str(include_str!("../testdata/person.toml")).unwrap();
    let mut text = String::new();
    while text.len() < 8 << 20 {
        for c in &cases.case {
            text.push_str(&c.text);
            text.push_str("\nDit is gewone tekst zonder namen, over beleid, budgetten en de planning van volgende week.\n");
        }
    }
    let detector = Detector::new();
    let start = std::time::Instant::now();
    let n = detector.detect(&text).entities.len();
    let secs = start.elapsed().as_secs_f64();
    eprintln!(
        "{} MB in {secs:.3} s = {:.1} MB/s ({n} findings)",
        text.len() >> 20,
        text.len() as f64 / secs / 1e6
    );
}

/// A long single line full of labels and names is scanned whole (label zones are bounded,
/// so the scan stays linear; a quadratic one would not finish within CI's time limit).
#[test]
fn long_label_line_is_linear() {
    let line = "Naam: Jan Jansen, Aanwezig: Piet de Vries: ".repeat(20_000);
    let found = shared().detect(&line);
    assert!(found.entities.len() >= 20_000);
}

/// Checks each `(text, expected person spans)` case against the whole detector.
fn check(cases: &[(&str, &[&str])]) {
    let mut failures = Vec::new();
    for (text, want) in cases {
        let got = person_spans(shared(), text);
        if got != *want {
            failures.push(format!("{text:?}\n  expected {want:?}\n  got      {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Surnames that end like a street (`-dijk`, `-hof`, `-wal`, `-weg`) are names after a
/// title or a first name; a house number, a street honorific or a name as stem makes
/// them streets, and the strong endings (`-straat`, `-laan`) always do.
#[test]
fn street_like_surnames() {
    check(&[
        ("Geachte heer Oosterdijk,", &["Oosterdijk"]),
        ("Gisteren belde mevrouw Hoogendijk terug.", &["Hoogendijk"]),
        ("Marloes Westerhof neemt het over.", &["Marloes Westerhof"]),
        ("Het advies van dr. Agarwal volgt.", &["Agarwal"]),
        ("Thanks, Mrs Grewal, for the update.", &["Grewal"]),
        (
            "Wij wonen aan de Kerkweg en rijden over de Hoogendijk.",
            &[],
        ),
        ("Afspraak op Oosterdijk 12 in Hoorn.", &[]),
        ("De route loopt via de Burgemeester Stramanweg.", &[]),
        ("Het kantoor ligt aan de Prinses Julianaweg.", &[]),
        ("Kruising Henriette Roland Holstweg / Kerkstraat", &[]),
        ("Bel mevrouw Schoutenstraat niet.", &[]),
    ]);
}

/// Field labels: a value ends where the next label starts on the same line, plural
/// marks (`(S)`) belong to the label, and next-of-kin and role labels announce names.
#[test]
fn labels_and_roles_announce_names() {
    check(&[
        (
            "Achternaam: Wolterink   Voornamen: Gerda Maria",
            &["Wolterink", "Gerda Maria"],
        ),
        (
            "SURNAME: KOWALCZYK   FORENAME(S): MAREK",
            &["KOWALCZYK", "MAREK"],
        ),
        ("Next of kin: DAVID BROWN (son)", &["DAVID BROWN"]),
        ("Gezinsvoogd: Sanne Pronk", &["Sanne Pronk"]),
        ("Report taken by PC Owusu at the scene.", &["Owusu"]),
        ("I restarted the PC Monday morning.", &[]),
    ]);
}

/// Given names and surnames of communities in the Netherlands and the UK, unknown given
/// names before a known surname, and particles inside Spanish and Irish names.
#[test]
fn community_names_and_extents() {
    check(&[
        (
            "Gisteren sprak ik Thandiwe Ndlovu en Tatenda Moyo.",
            &["Thandiwe Ndlovu", "Tatenda Moyo"],
        ),
        (
            "Het dossier van Sevda Korkmaz ligt klaar.",
            &["Sevda Korkmaz"],
        ),
        (
            "Ik belde met Hylke Wierenga uit Sneek.",
            &["Hylke Wierenga"],
        ),
        ("Contact: Kwabena Asante", &["Kwabena Asante"]),
        (
            "De melding kwam van Saoirse Ní Bhriain.",
            &["Saoirse Ní Bhriain"],
        ),
        (
            "We interviewed Ana Rodríguez de la Fuente yesterday.",
            &["Ana Rodríguez de la Fuente"],
        ),
        ("Ik sprak met Dorvan Tjon A Fong.", &["Dorvan Tjon A Fong"]),
        (
            "De stukken gaan naar Wijnaldum-Rosario.",
            &["Wijnaldum-Rosario"],
        ),
        // An unknown given-name-shaped word before a surname that is also a first name.
        ("We zagen Zelayo Hassan gisteren.", &["Zelayo Hassan"]),
        ("Het is voor Made Suryani.", &["Made Suryani"]),
    ]);
}

/// Lower-case curated first names with a possessive `s`, in sloppy chat; words stay words.
#[test]
fn lowercase_possessives() {
    check(&[
        ("heb je saskias dossier al gezien", &["saskias"]),
        ("did u see omar's car", &["omar's"]),
        ("the bas's and roos's are words here", &[]),
        ("de kantoors zijn dicht en the cats sleep", &[]),
    ]);
}

/// Bots, family roles, shops, brands, letter labels, departments and dishes are not people.
#[test]
fn not_people() {
    check(&[
        (
            "[10:01] mama: eten is klaar\n[10:02] Sanne: kom eraan",
            &["Sanne"],
        ),
        ("deploybot: build 42 ok\npagerbot: alert cleared", &[]),
        ("Ella Visser Fietsen: uw fiets is klaar", &[]),
        ("Status: Open\nPriority: Highest", &[]),
        ("Ga naar zone B. Houd het kort.", &[]),
        ("Breng het naar Will's Bakery.", &[]),
        ("Gekocht bij Marks & Spencer.", &[]),
        ("Besteld bij Bloemenhuis De Roos.", &[]),
        ("Bill to: Accounts Payable", &[]),
        ("Voor de thee: Victoria sponge en scones.", &[]),
        ("Met J. Jansen gesproken over plan C.", &["J. Jansen"]),
    ]);
}

/// Handles that spell a known first name (or an initial) and a known surname, as a
/// label's value or a speaker; never inside an e-mail address, never ordinary words.
#[test]
fn dotted_handles() {
    check(&[
        (
            "Assignee: maarten.kuipers\nStatus: Open",
            &["maarten.kuipers"],
        ),
        ("p.hoekstra: deploy staat klaar", &["p.hoekstra"]),
        ("Assignee: rob.bakker", &[]),
        ("Zie config.json en docs.python voor uitleg.", &[]),
        ("Reporter: maarten.kuipers@example.org", &[]),
    ]);
}
