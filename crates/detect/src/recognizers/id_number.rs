//! Other numbers that identify a person: passport, identity-card and driving-licence
//! numbers, personnel, student, patient, client and case numbers, complaint and
//! policy numbers, V-numbers, NHS and National Insurance numbers.
//!
//! Such numbers have no common shape, so the recognizer keys on the label in front
//! of them (`Zaaknummer:`, `personeelsnummer`, `passport no.`, `employee ID`). UK
//! National Insurance numbers have a distinctive shape and are also found alone.
//! Invoice, order and document references (`kenmerk`) are deliberately not labels here.

use regex::Regex;

use super::prescan::{DIGIT, DIGITS_6, ID_LABEL};
use super::util::{find_in_lines, finding, regex};
use crate::finding::{EntityKind, Finding};
use crate::recognizer::{Prescan, Recognizer};

/// Finds identifying numbers after a label.
pub(crate) struct IdNumber {
    labelled: Regex,
    ni_number: Regex,
}

const LABELS: &str = r"zaaknummer|zaaknr\.?|zaak-id|dossiernummer|dossiernr\.?|personeelsnummer|personeelsnr\.?|medewerkersnummer|medewerkernummer|werknemersnummer|registratienummer|klantnummer|klantnr\.?|cli[eë]ntnummer|cli[eë]ntnr\.?|pati[eë]ntnummer|pati[eë]ntnr\.?|studentnummer|studentnr\.?|leerlingnummer|lidnummer|lidmaatschapsnummer|relatienummer|polisnummer|verzekerdennummer|klachtnummer|meldingsnummer|documentnummer|paspoortnummer|huidig paspoort|oud paspoort|nieuw paspoort|paspoort|identiteitskaart(?:nummer)?|id-kaart(?:nummer)?|id-nummer|id-bewijs(?:nummer)?|rijbewijsnummer|rijbewijs|reisdocument(?:nummer)?|v-nummer|v-number|vreemdelingennummer|bsn-nummer|passport(?:[ ]number|[ ]no\.?|[ ]nr\.?)?|id[ ]card(?:[ ]number|[ ]no\.?)?|identity[ ]card(?:[ ]number)?|driving[ ]licen[cs]e(?:[ ]number|[ ]no\.?)?|driver'?s[ ]licen[cs]e(?:[ ]number|[ ]no\.?)?|employee[ ](?:id|number|no\.?)|staff[ ](?:id|number|no\.?)|personnel[ ](?:number|no\.?)|payroll[ ]number|case[ ](?:number|no\.?|nr\.?|id|file)|file[ ]number|client[ ](?:number|no\.?|id)|customer[ ](?:number|no\.?|id)|account[ ]holder[ ]number|patient[ ](?:number|no\.?|id)|hospital[ ]number|student[ ](?:number|no\.?|id)|member(?:ship)?[ ](?:number|no\.?)|policy[ ](?:number|no\.?)|complaint[ ](?:number|no\.?|reference)|reference[ ]number|national[ ]insurance(?:[ ]number)?|ni[ ]number|nhs[ ]number|social[ ]security[ ]number|ssn|tax[ ]id|steuer-id|(?m:^)reference|employee";

/// Substrings (ASCII case-insensitive) of which every label in `LABELS` holds one:
/// only lines with one are searched (the [`super::prescan`] finds them).
pub(crate) const LABEL_ANCHORS: &[&str] = &[
    "zaak",
    "dossier",
    "personeel",
    "medewerker",
    "werknemer",
    "registratie",
    "klant",
    "ntnummer",
    "ntnr",
    "leerling",
    "lidnummer",
    "lidmaatschap",
    "relatie",
    "polis",
    "verzekerden",
    "klacht",
    "melding",
    "document",
    "paspoort",
    "identiteit",
    "id-",
    "rijbewijs",
    "v-n",
    "vreemdeling",
    "bsn-",
    "passport",
    "id card",
    "identity",
    "driving",
    "driver",
    "employee",
    "staff",
    "personnel",
    "payroll",
    "case ",
    "file number",
    "client ",
    "customer",
    "account holder",
    "patient ",
    "hospital",
    "student ",
    "member",
    "policy ",
    "complaint",
    "reference",
    "national insurance",
    "ni number",
    "nhs",
    "social security",
    "ssn",
    "tax id",
    "steuer-id",
];

impl IdNumber {
    pub(crate) fn new() -> Self {
        IdNumber {
            labelled: regex(&format!(
                r"(?i)(?-u:\b)(?:{LABELS})(?:[ ]?\((?:old|oud|new|nieuw)\))?[ \t]*(?:[:#=]|\(|(?:(?:is|was|oud|old|nieuw|new|nr|no)(?-u:\b)|nr\.|no\.)[:]?)?[ \t]*(?:[:#=][ \t]*)?(?P<v>[A-Z]{{2}}[ ]?[0-9]{{2}}[ ]?[0-9]{{2}}[ ]?[0-9]{{2}}[ ]?[A-D](?-u:\b)|[A-Z0-9][A-Z0-9./\-]*[A-Z0-9]|[0-9])"
            )),
            ni_number: regex(
                r"(?-u:\b[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?[0-9]{2} ?[0-9]{2} ?[0-9]{2} ?[A-D]\b)",
            ),
        }
    }
}

impl Recognizer for IdNumber {
    fn id(&self) -> &'static str {
        "id_number"
    }

    fn find(&self, text: &str, out: &mut Vec<Finding>) {
        self.find_with(&Prescan::new(text), out);
    }

    fn find_with(&self, pre: &Prescan<'_>, out: &mut Vec<Finding>) {
        // A match stays within a line and holds a label, hence an anchor; a finding needs
        // a digit in the value.
        for (off, run) in pre.runs(ID_LABEL | DIGIT) {
            for c in self.labelled.captures_iter(run) {
                let Some(v) = c.name("v") else { continue };
                labelled_value(off + v.start(), v.as_str(), out);
            }
        }
        // An NI number holds 6 digits.
        for m in find_in_lines(&self.ni_number, pre, DIGITS_6) {
            if m.as_str().contains(' ') || m.as_str().len() == 9 {
                out.push(finding(
                    m.start(),
                    m.end(),
                    EntityKind::IdNumber,
                    0.7,
                    "id_number.ni",
                ));
            }
        }
    }
}

/// Pushes the value after a label, starting at `start`, unless it is no number.
fn labelled_value(start: usize, value: &str, out: &mut Vec<Finding>) {
    let digits = value.bytes().filter(u8::is_ascii_digit).count();
    if digits == 0 || value.len() < 3 || value.len() > 24 {
        return;
    }
    // A year or a date after the label is not the number ("zaaknummer van 2024").
    let letters = value.bytes().filter(u8::is_ascii_alphabetic).count();
    if letters == 0 && value.len() == 4 && (value.starts_with("19") || value.starts_with("20")) {
        return;
    }
    out.push(finding(
        start,
        start + value.len(),
        EntityKind::IdNumber,
        0.85,
        "id_number",
    ));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(t: &str) -> Vec<&str> {
        let mut v = Vec::new();
        IdNumber::new().find(t, &mut v);
        let v = crate::detector::resolve_overlaps(v);
        v.iter().map(|f| f.span.slice(t)).collect()
    }

    /// Numbers after a label in Dutch and English.
    #[test]
    fn labelled() {
        assert_eq!(spans("Zaaknummer: Z/21/489112 | BSN"), vec!["Z/21/489112"]);
        assert_eq!(spans("(personeelsnummer MW-94992)"), vec!["MW-94992"]);
        assert_eq!(spans("Passport no.: VCMKD6IQ4\n"), vec!["VCMKD6IQ4"]);
        assert_eq!(spans("(employee ID EMP-27780) says"), vec!["EMP-27780"]);
        assert_eq!(
            spans("Rijbewijsnummer oud: 4503845194. Reden"),
            vec!["4503845194"]
        );
        assert_eq!(
            spans("national insurance number AB 24 09 88 D."),
            vec!["AB 24 09 88 D"]
        );
        assert_eq!(spans("Zaaknummer: ZK23.987343\n"), vec!["ZK23.987343"]);
    }

    /// Invoice and order numbers and a bare year are not identifying numbers.
    #[test]
    fn negatives() {
        assert!(spans("factuurnummer 2024-00123 en ordernummer 55").is_empty());
        assert!(spans("het zaaknummer van 2024").is_empty());
    }
}
