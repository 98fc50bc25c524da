//! Structured data: values under personal-data column headers and keys (the `fields`
//! recognizer), seen through the whole detector. Every example is invented.

use detect::{Detector, EntityKind};
use proptest::prelude::*;
use std::sync::OnceLock;

fn detector() -> &'static Detector {
    static D: OnceLock<Detector> = OnceLock::new();
    D.get_or_init(Detector::new)
}

/// The spans of `kind` in `text`, as text.
fn spans(text: &str, kind: EntityKind) -> Vec<&str> {
    detector()
        .detect(text)
        .entities
        .iter()
        .filter(|f| f.kind == kind)
        .map(|f| f.span.slice(text))
        .collect()
}

fn persons(text: &str) -> Vec<&str> {
    spans(text, EntityKind::Person)
}

fn ids(text: &str) -> Vec<&str> {
    spans(text, EntityKind::IdNumber)
}

#[test]
fn semicolon_csv_with_number_and_name_columns() {
    let t = "Graag sorteren:\n\nrelatienr;voornaam;achternaam;plaats\n\
             884120;Maarten;Hoogeveen;Zwolle\n884121;Femke;de Bruin;Kampen\n";
    assert_eq!(ids(t), ["884120", "884121"]);
    assert_eq!(persons(t), ["Maarten", "Hoogeveen", "Femke", "de Bruin"]);
}

#[test]
fn quoted_comma_csv() {
    let t = "\"id\",\"First Name\",\"Last Name\",\"E-mail\"\n\
             \"17\",\"Oskar\",\"Lindqvist\",\"o.lindqvist@example.org\"\n\
             \"18\",\"Amara\",\"Nwosu\",\"amara.n@example.com\"\n";
    assert_eq!(persons(t), ["Oskar", "Lindqvist", "Amara", "Nwosu"]);
}

#[test]
fn tab_separated_with_sorted_names_and_birthdates() {
    let t = "klantnummer\tnaam\tgeboortedatum\n\
             K-20931\tWillems, P.J.\t03-05-1971\n\
             K-20932\tYilmaz, Deniz\t1988-12-30\n";
    assert_eq!(ids(t), ["K-20931", "K-20932"]);
    assert_eq!(persons(t), ["Willems, P.J.", "Yilmaz, Deniz"]);
    assert_eq!(
        spans(t, EntityKind::Birthdate),
        ["03-05-1971", "1988-12-30"]
    );
}

#[test]
fn markdown_table_with_name_column_and_remark() {
    let t = "| Naam | Functie | Kamer |\n|---|---|---|\n\
             | Pieter Smit | analist | 2.01 |\n| Greta Holm (stagiair) | — | 2.02 |\n";
    assert_eq!(persons(t), ["Pieter Smit", "Greta Holm"]);
}

#[test]
fn table_of_things_named_name_is_not_about_persons() {
    let t = "name,price,qty\nWidget Pro,12.50,3\nGadget Mini,3.00,1\n";
    assert!(persons(t).is_empty());
    let t = "| Name | Version |\n|---|---|\n| Serde Json | 1.0 |\n";
    assert!(persons(t).is_empty());
}

#[test]
fn bare_id_column_counts_only_in_a_table_of_persons() {
    let t = "id;achternaam;email\n40017;Hendriks;h@example.nl\n";
    assert_eq!(ids(t), ["40017"]);
    let t = "id;product;prijs\n40017;Stoel;12\n";
    assert!(ids(t).is_empty());
}

#[test]
fn placeholders_and_numbers_are_no_names() {
    let t = "voornaam;achternaam\nnull;n.v.t.\n12;34\nJolien;Vos\n";
    assert_eq!(persons(t), ["Jolien", "Vos"]);
}

#[test]
fn sql_insert_with_column_list() {
    let t = "INSERT INTO leden (lidnummer, voornaam, achternaam, iban) VALUES\n\
             ('L-30021', 'Wietske', 'van der Meer', NULL),\n\
             ('L-30022', 'Bram', 'O''Neill', NULL);";
    assert_eq!(ids(t), ["L-30021", "L-30022"]);
    assert_eq!(persons(t), ["Wietske", "van der Meer", "Bram", "O''Neill"]);
    let lower = "insert into staff (employee_id, full_name) values (90412, 'Ines Moreau');";
    assert_eq!(ids(lower), ["90412"]);
    assert_eq!(persons(lower), ["Ines Moreau"]);
}

#[test]
fn sql_insert_without_personal_columns_reports_nothing() {
    let t = "INSERT INTO products (sku, name) VALUES ('A-1001', 'Oak Table');";
    assert!(persons(t).is_empty() && ids(t).is_empty());
}

#[test]
fn json_given_and_family_name() {
    let t = "{\n  \"givenName\": \"Lan\",\n  \"familyName\": \"Ng\",\n  \"email\": \"lan.ng@example.org\"\n}";
    assert_eq!(persons(t), ["Lan", "Ng"]);
}

#[test]
fn json_name_under_a_person_parent_key() {
    let t = r#"{"order":17,"customer":{"name":"Soo-ah Kim","tier":"gold"},"total":12}"#;
    assert_eq!(persons(t), ["Soo-ah Kim"]);
    let t = r#"{"patients":[{"name":"Gijs Lammers","dob":"1955-02-11"},{"name":"Ada Veld"}]}"#;
    assert_eq!(persons(t), ["Gijs Lammers", "Ada Veld"]);
}

#[test]
fn json_name_of_a_thing_is_no_person() {
    let t = r#"{"name": "Weather Service", "version": "2.1.0", "license": "MIT"}"#;
    assert!(persons(t).is_empty());
    let t = r#"{"name": "Lotte Kramer", "email": "lotte@example.org"}"#;
    assert_eq!(persons(t), ["Lotte Kramer"]);
}

#[test]
fn yaml_workflow_step_names_are_no_persons_from_fields() {
    let t = "steps:\n  - name: Build Release\n    uses: actions/setup@v4\n";
    let found = detector().detect(t);
    assert!(found.entities.iter().all(|f| f.recognizer != "fields"));
}

#[test]
fn yaml_record_about_an_employee() {
    let t = "employee:\n  name: Ruud Kessels\n  employee_id: E-22341\n  department: Sales\n";
    assert_eq!(persons(t), ["Ruud Kessels"]);
    assert_eq!(ids(t), ["E-22341"]);
}

#[test]
fn key_value_query_string() {
    let t = "GET /api/register?first_name=Jorien&last_name=Blom&dob=1988-03-03 HTTP/1.1";
    assert_eq!(persons(t), ["Jorien", "Blom"]);
    assert_eq!(spans(t, EntityKind::Birthdate), ["1988-03-03"]);
}

#[test]
fn keys_match_only_as_whole_field_names() {
    // `naamgeving` and `idee` hold the letters of field names but are other words.
    let t = "naamgeving;idee\nKorte Titels;Nieuw\n";
    assert!(persons(t).is_empty() && ids(t).is_empty());
    let t = "Zijn naam: Groot Bestand";
    assert!(
        detector()
            .detect(t)
            .entities
            .iter()
            .all(|f| f.recognizer != "fields")
    );
}

#[test]
fn id_values_need_a_digit_and_a_plausible_length() {
    let t = "klantnr;achternaam\nonbekend;Jansen\n7;Pietersen\n";
    assert!(ids(t).is_empty());
}

/// Pieces of structured data glued at random.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[a-zA-Z_ \"'.-]{0,12}",
        Just("voornaam;achternaam\n".to_string()),
        Just("\"first_name\",\"last_name\"\n".to_string()),
        Just("| Naam | Functie |\n|---|---|\n".to_string()),
        Just("| Jan de Vries | ".to_string()),
        Just("INSERT INTO t (klantnr, naam, email) VALUES ('".to_string()),
        Just("insert into t (id".to_string()),
        Just("'), (".to_string()),
        Just("{\"customer\":{\"name\":\"".to_string()),
        Just("\"givenName\": \"".to_string()),
        Just("- name: ".to_string()),
        Just("first_name=".to_string()),
        Just("employee_id: ".to_string()),
        Just("dob".to_string()),
        Just("\"\"".to_string()),
        Just(";".to_string()),
        Just(",".to_string()),
        Just("\t".to_string()),
        Just("|".to_string()),
        Just(":".to_string()),
        Just("=".to_string()),
        Just("\n".to_string()),
        Just("ë".to_string()),
        Just("😀".to_string()),
        Just("Zoë Ångström".to_string()),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, .. ProptestConfig::default() })]

    /// Any mix of structured-data pieces: no panic, spans on char boundaries, sorted,
    /// not overlapping.
    #[test]
    fn structured_pieces_keep_invariants(parts in proptest::collection::vec(piece(), 0..16)) {
        let text: String = parts.concat();
        let found = detector().detect(&text);
        let mut last = 0;
        for f in &found.entities {
            prop_assert!(f.span.start < f.span.end && f.span.end <= text.len());
            prop_assert!(text.is_char_boundary(f.span.start) && text.is_char_boundary(f.span.end));
            prop_assert!(f.span.start >= last);
            last = f.span.end;
        }
    }
}

/// Long structured inputs scan in linear time (no rescans per row or per key; a quadratic
/// scan of these inputs would not finish within CI's time limit) and every row of a long
/// table is still read under its header.
#[test]
fn long_inputs_are_read_whole() {
    let mut csv = String::from("klantnr;voornaam;achternaam\n");
    let mut json = String::new();
    let mut colons = String::new();
    for i in 0..20_000 {
        csv.push_str(&format!("{};Anna;Berg\n", 100_000 + i));
        json.push_str("{\"name\":\"Anna Berg\",\"tags\":[");
        colons.push_str("naam:");
    }
    let ids = detector()
        .detect(&csv)
        .entities
        .iter()
        .filter(|e| e.kind == detect::EntityKind::IdNumber)
        .count();
    assert_eq!(ids, 20_000);
    for t in [&json, &colons, &";".repeat(200_000), &"\"".repeat(200_000)] {
        let f = detector().detect(t);
        assert!(
            f.entities
                .iter()
                .all(|e| t.is_char_boundary(e.span.start) && t.is_char_boundary(e.span.end))
        );
    }
}
