//! Values of structured data whose column header or key names a personal-data field.
//!
//! # Why
//! Data teams paste CSV exports, Markdown tables, SQL inserts and JSON or YAML payloads.
//! There the name recognizer's evidence (prose cues, gazetteers) is weak: `"Vo"` or
//! `100233` mean nothing alone. The header or key says what a value is, which is much
//! stronger evidence than any cue in prose: a column headed `achternaam` holds surnames,
//! a key `personeelsnr` holds personnel numbers.
//!
//! # How
//! Three readers share one lexicon of field names ([`field_of`]):
//! - **tables**: a line whose cells (separated by `;`, `,`, tab or `|`) name fields is a
//!   header; the lines below it with as many cells are its rows;
//! - **SQL**: `INSERT INTO t (columns) VALUES (…), (…)`;
//! - **key/value pairs**: `"key": value`, `key: value` (YAML, forms), `key=value`.
//!
//! Two formats name a person without any field lexicon: the `CN=` parameter of an
//! iCalendar organizer or attendee, and the profile part of a LinkedIn URL.
//!
//! A header or key matches only as a whole field name, compared with case, `_`, `-`,
//! `.`, spaces and accents folded away (`first_name`, `First Name`, `firstName`). A
//! value is reported only when it has the shape of its type (a name, an identifier, a
//! date). Ambiguous names (`name`, `naam`) and bare row ids (`id`, `nr`) count only in a
//! record that is about a person: a sibling field such as an e-mail address or a date of
//! birth, or a parent key such as `customer` (so `- name: Notify Slack` in a CI workflow
//! is no person).
//!
//! # Cost
//! Tables: one `memchr` pass for line ends; a line is read as a header only when a cell
//! separator appears among its first bytes, and a header cell longer than a field name
//! stops the reading. Pairs: one `memchr2` pass for `:` and `=`, each with a look-back
//! of at most [`MAX_KEY`] bytes. SQL: a substring search for `INSERT INTO`. Every byte
//! is read a bounded number of times, so the time is linear in the text.

use std::sync::LazyLock;

use memchr::{memchr, memchr2_iter, memchr3, memmem, memrchr};

use super::util::finding;
use crate::finding::{EntityKind, Finding};
use crate::recognizer::Recognizer;

/// What a field name says about its values.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Field {
    /// A person's name (`voornaam`, `last_name`, `givenName`).
    Person,
    /// `name`/`naam`: a person's name only in a record about a person.
    Name,
    /// A personal identifier (`klantnr`, `employee_id`).
    Id,
    /// `id`/`nr`: a personal identifier only in a table that holds person names.
    RowId,
    /// A date of birth.
    Birthdate,
    /// Not reported here (its own recognizer finds it), but shows the record is about a
    /// person: e-mail, phone, address, BSN, IBAN, gender, job title.
    Context,
    /// A key whose object or list holds persons (`customer`, `patients`).
    Parent,
    /// A login name (`user`, `username`, `login`): a person when its value has the shape
    /// of a personal handle (`j.devries`, `okafor.n`); as the key of an object, a parent.
    Login,
}

/// Longest field name (bytes, as written) that is looked up; longer cells are values.
const MAX_KEY: usize = 40;
/// Longest unquoted key (bytes, as written) looked back for: the longest field names
/// (`lidmaatschapsnummer`, `naam rekeninghouder`) fit, and a colon after prose is given
/// up after this many bytes.
const MAX_BARE_KEY: usize = 24;
/// Longest value (bytes) read after a key.
const MAX_VALUE: usize = 120;
/// A table header's first separator must lie within this many bytes of the line start.
const HEADER_PREFIX: usize = 48;
/// Most cells a table header may have.
const MAX_COLUMNS: usize = 64;

/// Score of a value under an explicit field name: above the name recognizer's guesses
/// from prose and the pattern recognizers' context-free guesses, below checksummed
/// types (IBAN, BSN), whose own evidence is stronger still.
const SCORE_EXPLICIT: f32 = 0.9;
/// Score of a login name with the shape of a personal handle.
const SCORE_LOGIN: f32 = 0.8;
/// Score of a value under an ambiguous name made definite by its record.
const SCORE_RECORD: f32 = 0.85;

/// The field names of each [`Field`], folded as by [`fold_key`], separated by spaces.
const LEXICON: &[(Field, &str)] = &[
    (
        Field::Person,
        "voornaam voornamen roepnaam achternaam familienaam geslachtsnaam volledigenaam \
     naamvolledig firstname firstnames lastname givenname givennames familyname surname \
     fullname forename forenames given middlename klantnaam patientnaam clientnaam \
     medewerkernaam werknemernaam leerlingnaam studentnaam deelnemernaam naamklant \
     naampatient naamclient naammedewerker naamwerknemer naamleerling naamdeelnemer \
     naamaanvrager naamkind contactpersoon contactperson contactnaam contactname \
     customername clientname patientname employeename studentname membername personname \
     applicantname passengername guestname cardholder cardholdername accountholder \
     accountholdername rekeninghouder naamrekeninghouder",
    ),
    (Field::Name, "naam name displayname family"),
    (
        Field::Id,
        "klantnummer klantnr klantno klantid customerid customernumber customerno customernr \
     personeelsnummer personeelsnr personeelsno personeelsid medewerkernummer \
     medewerkernr medewerkerid werknemernummer werknemernr employeeid employeenumber \
     employeeno employeenr staffid staffnumber staffno relatienummer relatienr \
     studentnummer studentnr studentid studentnumber studentno leerlingnummer leerlingnr \
     leerlingid patientnummer patientnr patientid patientnumber patientno clientnummer \
     clientnr clientnumber dossiernummer dossiernr zaaknummer zaaknr casenumber \
     klachtnummer memberid membernumber memberno lidnummer lidnr lidmaatschapsnummer \
     polisnummer polisnr policynumber policyno paspoortnummer paspoortnr paspoort \
     passportnumber passportno passportnr passport rijbewijsnummer vnummer nhsnumber \
     deelnemernummer deelnemernr participantid applicantid polis policy tenancyref \
     tenancyreference tenancynumber tenantnumber tenantref huurdernummer huurdernr \
     contractnummer upn uln pupilid pupilnumber candidatenumber kitid documentnumber \
     documentnr documentno hospitalnumber hospitalno mrn nhsno chinumber ppsn nino \
     ninumber nationalinsurancenumber insurancenumber rijksregisternummer \
     rijksregisternr insz claimnumber claimnr claimno schadenummer schadenr \
     membershipnumber membershipno abonnementsnummer pasnummer cardholderid badge \
     badgenumber badgeid badgenr \
     verzekerdenummer zorgpasnummer",
    ),
    (Field::RowId, "id nr nummer no number clientid userid"),
    (
        Field::Birthdate,
        "geboortedatum gebdatum gebdat geb geboren geborenop dateofbirth birthdate birthday dob \
     datumgeboorte bornon",
    ),
    (
        Field::Context,
        "email emailadres emailaddress mail mailadres telefoon telefoonnummer tel telnr \
     mobiel mobielnummer gsm phone phonenumber mobile telephone toestel extension adres \
     address straat street huisnummer huisnr postcode zipcode postalcode woonplaats \
     geslacht gender sex leeftijd age bsn burgerservicenummer iban rekeningnummer card \
     cardnumber creditcard kaartnummer nationaliteit nationality functie jobtitle \
     afdeling department indienst datumindienst hiredate geboorteplaats placeofbirth",
    ),
    (
        Field::Parent,
        "customer customers klant klanten patient patients patienten clients employee \
     employees medewerker medewerkers werknemer werknemers person persons persoon \
     personen people contact contacts member members lid leden student students leerling \
     leerlingen applicant aanvrager passenger passengers passagier guest guests traveller \
     traveler reiziger reizigers tenant huurder bewoner resident citizen burger \
     users owner eigenaar holder author auteur",
    ),
    (
        Field::Login,
        "user username login loginname logon accountname samaccountname gebruiker \
     gebruikersnaam inlognaam",
    ),
];

/// The names of one first letter, with their fields.
type Bucket = Vec<(&'static [u8], Field)>;

/// [`LEXICON`] by the first byte of a name (`a`..=`z`), so that a look-up compares
/// with a dozen names of the right first letter rather than hundreds.
static BY_INITIAL: LazyLock<Vec<Bucket>> = LazyLock::new(|| {
    let mut by = vec![Vec::new(); 26];
    for &(field, names) in LEXICON {
        for name in names.split_ascii_whitespace() {
            let b = name.as_bytes();
            if let Some(bucket) = b
                .first()
                .and_then(|c| by.get_mut(usize::from(c.wrapping_sub(b'a'))))
            {
                bucket.push((b, field));
            }
        }
    }
    by
});

/// The last two letters of every [`LEXICON`] name: bit `y` of entry `x` is set when a
/// name ends in the letters `y`, `x`. Most colons and equals signs in text follow a
/// word that is no field name; this tells so from two bytes, before any look-back.
static ENDINGS: LazyLock<[u32; 26]> = LazyLock::new(|| {
    let mut endings = [0u32; 26];
    for &(_, names) in LEXICON {
        for name in names.split_ascii_whitespace() {
            if let [.., y, x] = name.as_bytes()
                && let Some(e) = endings.get_mut(usize::from(x.wrapping_sub(b'a')))
            {
                *e |= 1u32
                    .checked_shl(u32::from(y.wrapping_sub(b'a')))
                    .unwrap_or(0);
            }
        }
    }
    endings
});

/// True when the field name written in `raw` (its end, any case, separators such as
/// the dots of `D.O.B` skipped as [`fold_key`] skips them) may end a lexicon name.
fn may_name_a_field(raw: &[u8]) -> bool {
    let mut last = [0u8; 2];
    let mut n = 0;
    for &c in raw.iter().rev().take(6) {
        match c {
            b'.' | b'_' | b'-' | b'\'' | b'*' | b' ' | b'\t' => {}
            _ => {
                if let Some(slot) = last.get_mut(n) {
                    *slot = c;
                }
                n += 1;
                if n == 2 {
                    return may_end_a_field(last[1], last[0]);
                }
            }
        }
    }
    false
}

/// True when a field name may end in the ASCII letters `y`, `x` (any case).
fn may_end_a_field(y: u8, x: u8) -> bool {
    let (y, x) = (y.to_ascii_lowercase(), x.to_ascii_lowercase());
    ENDINGS
        .get(usize::from(x.wrapping_sub(b'a')))
        .is_some_and(|e| y.is_ascii_lowercase() && e & (1 << (y - b'a')) != 0)
}

/// The field named by `norm` (a name folded by [`fold_key`]), if it is one.
fn field_of(norm: &[u8]) -> Option<Field> {
    let bucket = BY_INITIAL.get(usize::from(norm.first()?.wrapping_sub(b'a')))?;
    bucket.iter().find(|(n, _)| *n == norm).map(|&(_, f)| f)
}

/// Folds a field name as written into `buf`: ASCII letters lower-cased, common accented
/// letters to their base letter, digits kept, `_ - . ' *` and white space dropped.
/// `None` when it holds anything else (a value, a sentence) or is too long.
fn fold_key<'b>(raw: &str, buf: &'b mut [u8; MAX_KEY]) -> Option<&'b [u8]> {
    if raw.len() > MAX_KEY {
        return None;
    }
    let mut n = 0;
    for c in raw.chars() {
        let b = match c {
            'a'..='z' | '0'..='9' => c as u8,
            'A'..='Z' => c.to_ascii_lowercase() as u8,
            '_' | '-' | '.' | '\'' | '*' | ' ' | '\t' => continue,
            'á' | 'à' | 'ä' | 'â' => b'a',
            'é' | 'è' | 'ë' | 'ê' | 'É' | 'Ë' => b'e',
            'í' | 'ï' | 'î' => b'i',
            'ó' | 'ö' | 'ô' => b'o',
            'ú' | 'ü' | 'û' => b'u',
            _ => return None,
        };
        *buf.get_mut(n)? = b;
        n += 1;
    }
    buf.get(..n)
}

/// The field a raw header cell or key names.
fn field_named(raw: &str) -> Option<Field> {
    let mut buf = [0u8; MAX_KEY];
    field_of(fold_key(raw.trim(), &mut buf)?)
}

/// Finds values under personal-data field names in tables, SQL inserts and key/value data.
pub(crate) struct Fields;

impl Fields {
    pub(crate) fn new() -> Self {
        Fields
    }
}

impl Recognizer for Fields {
    fn id(&self) -> &'static str {
        "fields"
    }

    fn find(&self, text: &str, out: &mut Vec<Finding>) {
        tables(text, out);
        sql_inserts(text, out);
        pairs(text, out);
        sql_where(text, out);
        calendar_names(text, out);
        profile_urls(text, out);
    }
}

// ---------------------------------------------------------------------------------------
// Columns

/// Decides what each column of a header (or SQL column list) holds: the explicit fields
/// as named; `name`/`naam` as a person's name when another column names a personal
/// field; a bare `id` as a personal identifier when the table holds person names.
/// `None` when no column is reported.
fn resolve_columns(fields: &[Option<Field>]) -> Option<Vec<Option<(EntityKind, f32)>>> {
    let personal = fields.iter().any(|f| {
        matches!(
            f,
            Some(
                Field::Person
                    | Field::Id
                    | Field::Birthdate
                    | Field::Context
                    | Field::Parent
                    | Field::Login
            )
        )
    });
    let names = fields
        .iter()
        .any(|f| matches!(f, Some(Field::Person)) || (personal && *f == Some(Field::Name)));
    let cols: Vec<Option<(EntityKind, f32)>> = fields
        .iter()
        .map(|f| match f {
            Some(Field::Person) => Some((EntityKind::Person, SCORE_EXPLICIT)),
            Some(Field::Name) if personal => Some((EntityKind::Person, SCORE_RECORD)),
            Some(Field::Id) => Some((EntityKind::IdNumber, SCORE_EXPLICIT)),
            Some(Field::RowId) if names => Some((EntityKind::IdNumber, SCORE_RECORD)),
            Some(Field::Birthdate) => Some((EntityKind::Birthdate, SCORE_EXPLICIT)),
            Some(Field::Login) => Some((EntityKind::Person, SCORE_LOGIN)),
            _ => None,
        })
        .collect();
    cols.iter().any(Option::is_some).then_some(cols)
}

/// Reports the value at `start..end` of `text` under a column of `kind` when it has the
/// shape of that kind. `strict` asks a name to be capitalised (ambiguous keys).
fn report(
    text: &str,
    start: usize,
    end: usize,
    (kind, score): (EntityKind, f32),
    strict: bool,
    out: &mut Vec<Finding>,
) {
    let Some(raw) = text.get(start..end) else {
        return;
    };
    let span = match kind {
        EntityKind::Person if score == SCORE_LOGIN => login_value(raw),
        EntityKind::Person => name_value(raw, strict),
        EntityKind::IdNumber => id_value(raw),
        EntityKind::Birthdate => date_value(raw),
        _ => None,
    };
    if let Some((s, e)) = span {
        out.push(finding(start + s, start + e, kind, score, "fields"));
    }
}

/// Values that fill a field without naming anything.
fn is_placeholder(v: &str) -> bool {
    const PLACEHOLDERS: &[&str] = &[
        "null",
        "none",
        "nil",
        "undefined",
        "true",
        "false",
        "nvt",
        "n.v.t.",
        "n.v.t",
        "n/a",
        "na",
        "onbekend",
        "unknown",
        "ja",
        "nee",
        "yes",
        "no",
        "test",
        "tbd",
        "todo",
        "leeg",
        "empty",
        "naam",
        "name",
        "string",
    ];
    PLACEHOLDERS.iter().any(|p| v.eq_ignore_ascii_case(p))
}

/// Trims white space, and a parenthetical remark at the end (`Tjitske (stagiair)`).
/// Returns the offsets of what remains in `raw`.
fn core(raw: &str) -> (usize, usize) {
    let mut v = raw.trim_end();
    if v.ends_with(')')
        && let Some(i) = v.rfind(" (")
    {
        v = v[..i].trim_end();
    }
    let start = v.len() - v.trim_start().len();
    (start, v.len())
}

/// A person's name: letters, spaces, `-`, `'`, `.`; one comma only in the sorted form
/// (`Vries, J.P. de`); at most six words; no digits. `strict`: the first and last word
/// start with a capital (so `db-credentials` under `name` is no person).
fn name_value(raw: &str, strict: bool) -> Option<(usize, usize)> {
    let (s, e) = core(raw);
    let v = &raw[s..e];
    if v.is_empty() || v.len() > 60 || is_placeholder(v) {
        return None;
    }
    if !v
        .chars()
        .all(|c| c.is_alphabetic() || matches!(c, ' ' | '-' | '\'' | '’' | '.' | ','))
    {
        return None;
    }
    if !v.chars().next().is_some_and(char::is_alphabetic)
        || v.chars().filter(|c| c.is_alphabetic()).count() < 2
    {
        return None;
    }
    let mut parts = v.split(',');
    let head = parts.next().unwrap_or("");
    if let Some(tail) = parts.next() {
        // Sorted form: after the comma only initials or capitalised given names.
        let ok = parts.next().is_none()
            && !tail.trim().is_empty()
            && tail.split_whitespace().all(|w| {
                w.chars().next().is_some_and(char::is_uppercase)
                    || matches!(
                        w,
                        "van" | "de" | "der" | "den" | "ter" | "ten" | "het" | "'t"
                    )
            });
        if !ok || head.trim().is_empty() {
            return None;
        }
    }
    let words = v.split_whitespace().count();
    if words > 6 {
        return None;
    }
    if strict {
        let cap = |w: Option<&str>| {
            w.and_then(|w| w.chars().next())
                .is_some_and(char::is_uppercase)
        };
        let mut ws = v.split([' ', ',']).filter(|w| !w.is_empty());
        if !cap(ws.next()) || !cap(v.split([' ', ',']).rfind(|w| !w.is_empty())) {
            return None;
        }
    }
    Some((s, e))
}

/// A login name with the shape of a personal handle: letters, one or two dots or
/// underscores between letter runs (`j.devries`, `okafor.n`, `anna_de_boer`), up to
/// four digits at the end; not a system or service account (`svc.backup`).
fn login_value(raw: &str) -> Option<(usize, usize)> {
    const SYSTEM: &[&str] = &[
        "svc", "service", "system", "admin", "root", "backup", "test", "demo", "deploy", "build",
        "bot", "noreply", "no", "www", "api", "app", "sys", "db", "sql", "ci", "rw", "ro", "owner",
        "reader", "writer", "readonly", "prod", "dev", "acc", "user",
    ];
    let (s, e) = core(raw);
    let v = raw.get(s..e)?;
    let body = v.trim_end_matches(|c: char| c.is_ascii_digit());
    if !(3..=40).contains(&v.len()) || v.len() - body.len() > 4 {
        return None;
    }
    let parts: Vec<&str> = body.split(['.', '_']).collect();
    // Underscores also join the words of role names (`zaken_rw`): with them, three
    // parts or an initial (`anna_de_boer`, `priya_s`).
    let underscored = body.contains('_');
    let shaped = (2..=3).contains(&parts.len())
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-'))
        && parts.iter().any(|p| p.len() >= 3)
        && (!underscored || parts.len() == 3 || parts.iter().any(|p| p.len() == 1));
    let system = parts
        .iter()
        .any(|p| SYSTEM.iter().any(|w| p.eq_ignore_ascii_case(w)));
    (shaped && !system).then_some((s, e))
}

/// An identifier: 4 to 32 characters of letters, digits and `-/._`, at most three
/// spaces, at least one digit; a comma ends it.
fn id_value(raw: &str) -> Option<(usize, usize)> {
    let cut = raw.find(',').unwrap_or(raw.len());
    let (s, e) = core(&raw[..cut]);
    let v = &raw[s..e];
    let ok = (4..=32).contains(&v.len())
        && v.bytes().any(|b| b.is_ascii_digit())
        && v.bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'/' | b'.' | b'_' | b' '))
        && v.bytes().filter(|&b| b == b' ').count() <= 3
        && v.bytes().next().is_some_and(|b| b.is_ascii_alphanumeric())
        // `BADGE=visitor-03`: a badge handed out in turn names nobody.
        && !super::id_number::pool_placeholder(v);
    ok.then_some((s, e))
}

/// A date: starts with a digit, holds 4 to 8 digits, else only separators and (month)
/// letters, at most 20 bytes.
fn date_value(raw: &str) -> Option<(usize, usize)> {
    let cut = raw.find(',').unwrap_or(raw.len());
    let (s, e) = core(&raw[..cut]);
    let v = &raw[s..e];
    let digits = v.bytes().filter(u8::is_ascii_digit).count();
    let ok = v.len() <= 20
        && (4..=8).contains(&digits)
        && v.bytes().next().is_some_and(|b| b.is_ascii_digit())
        && v.chars()
            .all(|c| c.is_ascii_digit() || c.is_alphabetic() || matches!(c, '-' | '/' | '.' | ' '));
    ok.then_some((s, e))
}

// ---------------------------------------------------------------------------------------
// Tables

/// Splits `line` (no line break) into cells at `sep`, pushing each cell's content offsets
/// (relative to `line`, white space and enclosing double quotes removed). A `|` table's
/// outer pipes are no separators. Stops with `false` when a cell exceeds `max_cell`
/// bytes or there are more than [`MAX_COLUMNS`] cells.
fn split_cells(line: &str, sep: u8, max_cell: usize, cells: &mut Vec<(usize, usize)>) -> bool {
    cells.clear();
    let b = line.as_bytes();
    let mut i = 0;
    let mut end = b.len();
    if sep == b'|' {
        let t = line.trim();
        let lead = line.len() - line.trim_start().len();
        if t.starts_with('|') {
            i = lead + 1;
        }
        if t.ends_with('|') && lead + t.len() > i {
            end = lead + t.len() - 1;
        }
    }
    loop {
        // One cell from `i`: a quoted cell runs to its closing quote (`""` escapes one).
        while i < end && matches!(b[i], b' ' | b'\t') && b[i] != sep {
            i += 1;
        }
        let (cs, ce, next);
        if i < end && b[i] == b'"' {
            let mut j = i + 1;
            while j < end {
                if b[j] == b'"' {
                    if j + 1 < end && b[j + 1] == b'"' {
                        j += 2;
                        continue;
                    }
                    break;
                }
                j += 1;
            }
            cs = i + 1;
            ce = j.min(end);
            // Only white space may follow the closing quote before the separator: else
            // this is no quoted cell (a JSON line `"key": "value",`).
            let mut k = (ce + 1).min(end);
            while k < end && matches!(b[k], b' ' | b'\t') && b[k] != sep {
                k += 1;
            }
            if k < end && b[k] != sep {
                return false;
            }
            next = (k < end).then_some(k);
        } else {
            let after = memchr(sep, b.get(i..end).unwrap_or(&[]));
            next = after.map(|k| i + k);
            cs = i;
            ce = next.unwrap_or(end);
        }
        let cell = line.get(cs..ce).unwrap_or("");
        let t = cell.trim();
        let lead = cell.len() - cell.trim_start().len();
        if t.len() > max_cell || cells.len() >= MAX_COLUMNS {
            return false;
        }
        cells.push((cs + lead, cs + lead + t.len()));
        match next {
            Some(k) => i = k + 1,
            None => return true,
        }
    }
}

/// A Markdown table's rule line (`|---|:--:|`).
fn is_rule(line: &str) -> bool {
    let t = line.trim();
    t.contains('-')
        && t.bytes()
            .all(|b| matches!(b, b'|' | b'-' | b':' | b' ' | b'+'))
}

/// A table: what each of its columns holds.
struct Table {
    columns: Vec<Option<(EntityKind, f32)>>,
}

/// Tables with a header row. A header's first separator lies among the first bytes of
/// its line, so only lines that hold a separator are looked at, found by `memchr`
/// passes over the text (`,` `;` `|` in one, tab in another): most lines of prose cost
/// nothing beyond those passes.
fn tables(text: &str, out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    let mut cells = Vec::new();
    // Each search starts after the last line read, so the further separators of a line
    // cost nothing.
    let mut pos = 0;
    while let Some(i) = memchr3(b',', b';', b'|', b.get(pos..).unwrap_or(&[])) {
        pos = table_at(text, pos + i, &mut cells, out);
    }
    let mut pos = 0;
    while let Some(i) = memchr(b'\t', b.get(pos..).unwrap_or(&[])) {
        pos = table_at(text, pos + i, &mut cells, out);
    }
}

/// Reads the line of the separator at `h` (its first on the line) as a possible header
/// and, when it is one, the rows below it. Returns where the search for the next
/// separator goes on: the next line, or the first line after the table's rows.
fn table_at(
    text: &str,
    h: usize,
    cells: &mut Vec<(usize, usize)>,
    out: &mut Vec<Finding>,
) -> usize {
    let b = text.as_bytes();
    let line_end = memchr(b'\n', &b[h..]).map_or(b.len(), |i| h + i);
    let lo = h.saturating_sub(HEADER_PREFIX);
    let start = match memrchr(b'\n', &b[lo..h]) {
        Some(i) => lo + i + 1,
        None if lo == 0 => 0,
        None => return line_end + 1,
    };
    let sep = b[h];
    let line = text
        .get(start..line_end)
        .unwrap_or("")
        .trim_end_matches('\r');
    let Some(table) = header(line, sep, cells) else {
        return line_end + 1;
    };
    let mut pos = line_end + 1;
    while pos < b.len() {
        let nl = memchr(b'\n', &b[pos..]).map_or(b.len(), |i| pos + i);
        let row = text.get(pos..nl).unwrap_or("").trim_end_matches('\r');
        if sep == b'|' && is_rule(row) {
            pos = nl + 1;
            continue;
        }
        if !split_cells(row, sep, usize::MAX, cells) || cells.len() != table.columns.len() {
            break;
        }
        for (&(s, e), col) in cells.iter().zip(&table.columns) {
            if let Some(kind) = col {
                report(text, pos + s, pos + e, *kind, false, out);
            }
        }
        pos = nl + 1;
    }
    pos
}

/// The table a header line opens, if its cells name a reported field.
fn header(line: &str, sep: u8, cells: &mut Vec<(usize, usize)>) -> Option<Table> {
    if !split_cells(line, sep, MAX_KEY, cells) || cells.iter().filter(|(s, e)| e > s).count() < 2 {
        return None;
    }
    let mut fields = [None; MAX_COLUMNS];
    let mut any = false;
    for (f, &(s, e)) in fields.iter_mut().zip(cells.iter()) {
        let cell = line.get(s..e).unwrap_or("");
        if may_name_a_field(cell.as_bytes()) {
            *f = field_named(cell);
            any |= f.is_some();
        }
    }
    if !any {
        return None;
    }
    let columns = resolve_columns(fields.get(..cells.len())?)?;
    Some(Table { columns })
}

// ---------------------------------------------------------------------------------------
// SQL

/// Searchers for the SQL keyword in its usual spellings, built once (building one costs
/// more than searching a short text).
static INSERT_INTO: LazyLock<[memmem::Finder<'static>; 2]> = LazyLock::new(|| {
    [
        memmem::Finder::new("INSERT INTO"),
        memmem::Finder::new("insert into"),
    ]
});

/// `INSERT INTO t (c1, c2, …) VALUES (v1, v2, …), (…);` in upper or lower case: the
/// values in columns that name a reported field.
fn sql_inserts(text: &str, out: &mut Vec<Finding>) {
    for (finder, len) in INSERT_INTO.iter().map(|f| (f, f.needle().len())) {
        let mut pos = 0;
        while let Some(i) = finder.find(text.as_bytes().get(pos..).unwrap_or(&[])) {
            let at = pos + i + len;
            pos = insert(text, at, out).max(at);
        }
    }
}

/// Parses one insert after `INSERT INTO` at `at`; returns where parsing stopped.
fn insert(text: &str, at: usize, out: &mut Vec<Finding>) -> usize {
    let b = text.as_bytes();
    let mut i = skip_ws(b, at);
    // Table name.
    while i < b.len() && !matches!(b[i], b'(' | b'\n') && !b[i].is_ascii_whitespace() {
        i += 1;
    }
    i = skip_ws(b, i);
    if b.get(i) != Some(&b'(') {
        return i;
    }
    let Some(close) = memchr(b')', b.get(i..).unwrap_or(&[])).map(|k| i + k) else {
        return i;
    };
    let list = text.get(i + 1..close).unwrap_or("");
    let fields: Vec<Option<Field>> = list
        .split(',')
        .map(|c| field_named(c.trim().trim_matches(['`', '"', '[', ']', '\''])))
        .collect();
    let mut i = skip_ws(b, close + 1);
    let Some(columns) = resolve_columns(&fields) else {
        return i;
    };
    if !b
        .get(i..i + 6)
        .is_some_and(|w| w.eq_ignore_ascii_case(b"values"))
    {
        return i;
    }
    i = skip_ws(b, i + 6);
    // Tuples.
    while b.get(i) == Some(&b'(') {
        i += 1;
        let mut col = 0;
        loop {
            i = skip_ws(b, i);
            let (vs, ve);
            if b.get(i) == Some(&b'\'') {
                // Quoted string; `''` escapes a quote.
                let mut j = i + 1;
                while j < b.len() {
                    if b[j] == b'\'' {
                        if b.get(j + 1) == Some(&b'\'') {
                            j += 2;
                            continue;
                        }
                        break;
                    }
                    j += 1;
                }
                vs = i + 1;
                ve = j.min(b.len());
                i = (j + 1).min(b.len());
            } else {
                let mut j = i;
                while j < b.len() && !matches!(b[j], b',' | b')' | b'\n') {
                    j += 1;
                }
                vs = i;
                ve = j;
                i = j;
            }
            if let Some(Some(kind)) = columns.get(col) {
                report(text, vs, ve, *kind, false, out);
            }
            col += 1;
            i = skip_ws(b, i);
            match b.get(i) {
                Some(b',') => i += 1,
                Some(b')') => {
                    i += 1;
                    break;
                }
                _ => return i,
            }
        }
        i = skip_ws(b, i);
        if b.get(i) == Some(&b',') {
            i = skip_ws(b, i + 1);
        }
    }
    i
}

/// Searchers for the SQL keyword of a condition, built once.
static WHERE: LazyLock<[memmem::Finder<'static>; 2]> =
    LazyLock::new(|| [memmem::Finder::new("WHERE"), memmem::Finder::new("where")]);

/// `WHERE c.clientnr IN ('CL-40018', 'CL-40022')`, `AND klantnr = 'K-1'`: literal
/// values compared with a column that names a personal identifier ([`Field::Id`]; a
/// bare `id` is too often a row's). Only after a `WHERE`, and each condition up to the
/// next line break.
///
/// # Cost
/// A substring search for `WHERE`; then each line holding one is read once.
fn sql_where(text: &str, out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    for finder in WHERE.iter() {
        let mut pos = 0;
        while let Some(i) = finder.find(b.get(pos..).unwrap_or(&[])) {
            let at = pos + i + 5;
            let end = memchr(b'\n', b.get(at..).unwrap_or(&[])).map_or(b.len(), |k| at + k);
            conditions(text, at, end, out);
            pos = end.max(at);
        }
    }
}

/// Reads `column IN (v, …)` and `column = v` in `text[from..to]`.
fn conditions(text: &str, from: usize, to: usize, out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    let mut i = from;
    while i < to {
        // A column name: letters, digits, `_` and the `.` of a table alias.
        if !(b[i].is_ascii_alphabetic() || b[i] == b'_')
            || (i > 0 && b[i - 1].is_ascii_alphanumeric())
        {
            i += 1;
            continue;
        }
        let start = i;
        while i < to && (b[i].is_ascii_alphanumeric() || matches!(b[i], b'_' | b'.')) {
            i += 1;
        }
        let column = text.get(start..i).unwrap_or("");
        let column = column.rsplit('.').next().unwrap_or(column);
        if column.len() > MAX_KEY || field_named(column) != Some(Field::Id) {
            continue;
        }
        let j = skip_ws(b, i).min(to);
        let (list, mut k) = if b.get(j) == Some(&b'=') {
            (false, skip_ws(b, j + 1))
        } else if b
            .get(j..j + 2)
            .is_some_and(|w| w.eq_ignore_ascii_case(b"in"))
            && !b.get(j + 2).is_some_and(u8::is_ascii_alphanumeric)
        {
            let k = skip_ws(b, j + 2);
            if b.get(k) != Some(&b'(') {
                continue;
            }
            (true, k + 1)
        } else {
            continue;
        };
        // The literals: quoted strings or bare tokens, separated by commas.
        loop {
            k = skip_ws(b, k);
            if k >= to {
                break;
            }
            let (vs, ve, next) = if b[k] == b'\'' {
                let close =
                    memchr(b'\'', b.get(k + 1..to).unwrap_or(&[])).map_or(to, |n| k + 1 + n);
                (k + 1, close, (close + 1).min(to))
            } else {
                let mut e = k;
                while e < to && (b[e].is_ascii_alphanumeric() || matches!(b[e], b'-' | b'/' | b'_'))
                {
                    e += 1;
                }
                (k, e, e)
            };
            if ve > vs {
                report(
                    text,
                    vs,
                    ve,
                    (EntityKind::IdNumber, SCORE_EXPLICIT),
                    false,
                    out,
                );
            }
            k = skip_ws(b, next);
            if !(list && b.get(k) == Some(&b',')) || k == next && ve == vs {
                break;
            }
            k += 1;
        }
        i = k.max(i);
    }
}

fn skip_ws(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && b[i].is_ascii_whitespace() {
        i += 1;
    }
    i
}

// ---------------------------------------------------------------------------------------
// Key/value pairs

/// A record of adjacent pairs (one JSON object, one YAML mapping, one form block).
#[derive(Default)]
struct Record {
    /// End of the last pair's value.
    end: usize,
    /// The record is about a person (a personal sibling field or a person parent key).
    personal: bool,
    /// Values under `name`/`naam`, reported when the record turns out to be personal.
    names: Vec<(usize, usize)>,
    /// Values under a bare `id`/`nr`, reported likewise: in `"customer": {"id": …}` the
    /// id is the customer's number, in `"order": {"id": …}` it is no one's.
    ids: Vec<(usize, usize)>,
}

impl Record {
    /// Reports the pending names of a personal record and starts a new one.
    fn close(&mut self, text: &str, personal_next: bool, out: &mut Vec<Finding>) {
        if self.personal {
            for &(s, e) in &self.names {
                report(text, s, e, (EntityKind::Person, SCORE_RECORD), true, out);
            }
        }
        self.names.clear();
        if self.personal {
            for &(s, e) in &self.ids {
                report(text, s, e, (EntityKind::IdNumber, SCORE_RECORD), false, out);
            }
        }
        self.ids.clear();
        self.personal = personal_next;
    }
}

/// Key/value pairs: `"key": value`, `key: value`, `key=value`.
fn pairs(text: &str, out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    let mut rec = Record::default();
    let mut next_from = 0;
    for p in memchr2_iter(b':', b'=', b) {
        if p < next_from {
            continue;
        }
        let Some((ks, field)) = key_before(text, p) else {
            continue;
        };
        // Pairs separated only by punctuation and white space belong to one record; a
        // closing brace ends the object (a `},{` starts a sibling of the same list).
        let gap = text.get(rec.end.min(ks)..ks).unwrap_or("");
        let adjacent = gap.len() <= 200
            && gap.bytes().all(|c| {
                c.is_ascii_whitespace()
                    || matches!(
                        c,
                        b',' | b'{'
                            | b'}'
                            | b'['
                            | b']'
                            | b'-'
                            | b'|'
                            | b';'
                            | b'&'
                            | b'"'
                            | b'\''
                            | b'*'
                    )
            });
        if !adjacent {
            rec.close(text, false, out);
        } else if let Some(c) = gap.rfind('}') {
            let sibling = gap[c..].contains('{');
            let keep = sibling && rec.personal;
            rec.close(text, keep, out);
        }
        let (vs, ve, nested) = value_after(text, p);
        next_from = ve;
        rec.end = ve;
        match field {
            Field::Parent | Field::Login if nested => rec.close(text, true, out),
            Field::Parent => {}
            Field::Login => {
                if let Some((s, e)) = text.get(vs..ve).and_then(login_value) {
                    rec.personal = true;
                    out.push(finding(
                        vs + s,
                        vs + e,
                        EntityKind::Person,
                        SCORE_LOGIN,
                        "fields",
                    ));
                }
            }
            // A personal key whose value is an object or list (`"given": ["Anna"]`,
            // `"address": {…}`) still makes its own record personal.
            Field::Person | Field::Id | Field::Birthdate | Field::Context if nested => {
                rec.personal = true;
                rec.close(text, false, out);
            }
            _ if nested => rec.close(text, false, out),
            Field::Name => rec.names.push((vs, ve)),
            Field::RowId => rec.ids.push((vs, ve)),
            Field::Context => rec.personal = true,
            Field::Person => {
                rec.personal = true;
                report(
                    text,
                    vs,
                    ve,
                    (EntityKind::Person, SCORE_EXPLICIT),
                    false,
                    out,
                );
            }
            Field::Id => {
                rec.personal = true;
                report(
                    text,
                    vs,
                    ve,
                    (EntityKind::IdNumber, SCORE_EXPLICIT),
                    false,
                    out,
                );
            }
            Field::Birthdate => {
                rec.personal = true;
                report(
                    text,
                    vs,
                    ve,
                    (EntityKind::Birthdate, SCORE_EXPLICIT),
                    false,
                    out,
                );
            }
        }
    }
    rec.close(text, false, out);
}

/// The key that ends just before the `:` or `=` at `p`: a quoted key (`"givenName"`) or a
/// bare one (`first_name`, `Date of birth`) that starts a line or follows `{ , [ | ; & ?`.
/// Returns its start and field.
fn key_before(text: &str, p: usize) -> Option<(usize, Field)> {
    let b = text.as_bytes();
    let mut e = p;
    while e > 0 && b[e - 1] == b' ' && p - e < 3 {
        e -= 1;
    }
    // Every field name ends in two ASCII letters of a known ending (before a closing
    // quote, if any): a time (`14:02`), a sum (`x = 1`) or a word such as `Onderwerp:`
    // is no pair, without looking further back.
    let last = *b.get(e.checked_sub(1)?)?;
    let quoted = matches!(last, b'"' | b'\'');
    let end = if quoted { e - 1 } else { e };
    if !may_name_a_field(&b[end.saturating_sub(6)..end]) {
        return None;
    }
    // A log line's `KEY=value` pairs (logfmt) stand between blanks: a key of one
    // token glued to its `=` after a blank.
    if !quoted && e == p && b.get(p) == Some(&b'=') {
        let ts = b[..e]
            .iter()
            .rposition(|c| !(c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-' | b'.')))
            .map_or(0, |i| i + 1);
        if ts > 0 && ts < e && matches!(b[ts - 1], b' ' | b'\t') {
            return Some((ts, field_named(text.get(ts..e)?)?));
        }
    }
    let (ks, key, before) = if quoted {
        let q = b[e - 1];
        let lo = e.saturating_sub(MAX_KEY + 2);
        let open = b[lo..e - 1].iter().rposition(|&c| c == q || c == b'\n')? + lo;
        if b[open] != q {
            return None;
        }
        (open, text.get(open + 1..e - 1)?, open)
    } else {
        let lo = e.saturating_sub(MAX_BARE_KEY + 1);
        let mut s = e;
        while s > lo
            && (b[s - 1].is_ascii_alphanumeric()
                || b[s - 1] >= 0x80
                || matches!(b[s - 1], b'_' | b'-' | b'.' | b' ' | b'\t'))
        {
            s -= 1;
        }
        if s == lo && lo > 0 {
            return None;
        }
        // Continuation bytes were skipped only up to an ASCII byte, so `s` is a boundary.
        (s, text.get(s..e)?, s)
    };
    // What precedes the key: a line start (after indentation and a list bullet) or a
    // separator of structured data.
    let mut j = before;
    while j > 0 && matches!(b[j - 1], b' ' | b'\t' | b'-' | b'*') {
        j -= 1;
    }
    if j > 0
        && !matches!(
            b[j - 1],
            b'\n' | b'\r' | b'{' | b',' | b'[' | b'|' | b';' | b'&' | b'?' | b'('
        )
    {
        return None;
    }
    let key = key.trim_start_matches(['-', '*', ' ', '\t']);
    Some((ks, field_named(key)?))
}

/// The value after the `:` or `=` at `p`: `(start, end, nested)`; `nested` when an
/// object or list follows (or nothing on the line: a YAML mapping below).
fn value_after(text: &str, p: usize) -> (usize, usize, bool) {
    let b = text.as_bytes();
    let eq = b.get(p) == Some(&b'=');
    let mut i = p + 1;
    while i < b.len() && matches!(b[i], b' ' | b'\t') {
        i += 1;
    }
    let limit = (i + MAX_VALUE).min(b.len());
    match b.get(i) {
        None | Some(b'\n' | b'\r') => (i, i, !eq),
        Some(b'{' | b'[') => (i, i, true),
        Some(&q @ (b'"' | b'\'')) => {
            let mut j = i + 1;
            while j < limit && b[j] != q && b[j] != b'\n' {
                j += if b[j] == b'\\' { 2 } else { 1 };
            }
            let j = j.min(limit);
            if b.get(j) == Some(&q) {
                (i + 1, j, false)
            } else {
                (i, i, false)
            }
        }
        Some(_) => {
            let mut j = i;
            while j < limit {
                let c = b[j];
                let stop = if eq {
                    c.is_ascii_whitespace()
                        || matches!(c, b'&' | b';' | b',' | b'"' | b'\'' | b'|' | b'}' | b')')
                } else {
                    matches!(c, b'\n' | b'\r' | b'|' | b'\t' | b'{' | b'}' | b'"')
                };
                if stop {
                    break;
                }
                j += 1;
            }
            if j == limit && limit < b.len() {
                // Longer than any value: prose, not a field.
                return (i, i, false);
            }
            let mut v = text.get(i..j).unwrap_or("").trim_end();
            v = v.strip_suffix(',').unwrap_or(v);
            (i, i + v.len(), false)
        }
    }
}

// ---------------------------------------------------------------------------------------
// Formats that name a person themselves

static CN: LazyLock<memmem::Finder<'static>> = LazyLock::new(|| memmem::Finder::new("CN="));

/// `ATTENDEE;CN=Anna de Vries:mailto:…`, `ORGANIZER;CN="Vries, Anna de";ROLE=…`: in
/// iCalendar (RFC 5545) the `CN` parameter of a calendar user is that user's common
/// name. Calendar invitations are pasted with their source text into prompts ("summarise
/// this meeting"), and the name there has no cue a prose reader would see. Only the
/// parameter of an `ORGANIZER` or `ATTENDEE` property counts (a certificate's `CN=` in an
/// LDAP path names a host as often as a person), and the value must have a name's shape.
///
/// # Cost
/// A substring search for `CN=`; each hit looks back to its line start once.
fn calendar_names(text: &str, out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    let mut pos = 0;
    while let Some(i) = CN.find(b.get(pos..).unwrap_or(&[])) {
        let at = pos + i + 3;
        pos = at;
        let line_start = memrchr(b'\n', b.get(..at).unwrap_or(&[])).map_or(0, |k| k + 1);
        let head = b.get(line_start..at).unwrap_or(&[]);
        let property = head.split(|&c| c == b';').next().unwrap_or(&[]);
        if !(property.eq_ignore_ascii_case(b"ORGANIZER")
            || property.eq_ignore_ascii_case(b"ATTENDEE"))
        {
            continue;
        }
        let (start, end) = if b.get(at) == Some(&b'"') {
            match memchr(b'"', b.get(at + 1..).unwrap_or(&[])) {
                Some(k) => (at + 1, at + 1 + k),
                None => continue,
            }
        } else {
            let rest = b.get(at..).unwrap_or(&[]);
            let stop = rest
                .iter()
                .position(|&c| matches!(c, b':' | b';' | b'\n' | b'\r'))
                .unwrap_or(rest.len());
            (at, at + stop)
        };
        if !is_mailbox_name(text.get(start..end).unwrap_or("")) {
            report(
                text,
                start,
                end,
                (EntityKind::Person, SCORE_EXPLICIT),
                true,
                out,
            );
        }
        pos = end.max(at);
    }
}

/// A calendar user that is a room, a team or a role rather than a person: a word of two
/// or three capitals (`HR Advies`, `OH Advisor`, `ICT Servicedesk`), or a word that names
/// a resource or a shared mailbox.
fn is_mailbox_name(v: &str) -> bool {
    const WORDS: &[&str] = &[
        "room",
        "zaal",
        "ruimte",
        "vergaderzaal",
        "vergaderruimte",
        "team",
        "desk",
        "servicedesk",
        "helpdesk",
        "support",
        "service",
        "advisor",
        "adviseur",
        "advies",
        "secretariaat",
        "secretariat",
        "office",
        "kantoor",
        "info",
        "mailbox",
        "agenda",
        "calendar",
    ];
    v.split([' ', '-', ',']).any(|w| {
        (2..=3).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase())
            || WORDS.iter().any(|x| w.eq_ignore_ascii_case(x))
    })
}

static LINKEDIN: LazyLock<memmem::Finder<'static>> =
    LazyLock::new(|| memmem::Finder::new("linkedin.com/in/"));

/// `linkedin.com/in/anna-de-vries-4b2a1c9`: a LinkedIn profile URL names one person, and
/// its last part is that person's name as a slug (often with a number that makes it
/// unique). The slug is reported as a person: it identifies them as surely as the name.
///
/// # Cost
/// A substring search for `linkedin.com/in/`.
fn profile_urls(text: &str, out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    let mut pos = 0;
    while let Some(i) = LINKEDIN.find(b.get(pos..).unwrap_or(&[])) {
        let at = pos + i + LINKEDIN.needle().len();
        let len = b
            .get(at..)
            .unwrap_or(&[])
            .iter()
            .take_while(|&&c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_' | b'%'))
            .count();
        // A slug holds letters; `in/123` or an empty path is no profile name.
        let slug = b.get(at..at + len).unwrap_or(&[]);
        if slug.iter().filter(|c| c.is_ascii_alphabetic()).count() >= 2 {
            out.push(finding(
                at,
                at + len,
                EntityKind::Person,
                SCORE_EXPLICIT,
                "fields",
            ));
        }
        pos = at + len;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every lexicon name is written folded, so that a folded key can equal it.
    #[test]
    fn lexicon_names_are_folded() {
        for &(_, names) in LEXICON {
            for name in names.split_ascii_whitespace() {
                let mut buf = [0u8; MAX_KEY];
                assert_eq!(fold_key(name, &mut buf), Some(name.as_bytes()), "{name}");
                assert!(name.as_bytes()[0].is_ascii_lowercase(), "{name}");
                assert!(may_name_a_field(name.as_bytes()), "{name}");
            }
        }
    }

    #[test]
    fn keys_fold_case_separators_and_accents() {
        for key in [
            "first_name",
            "First Name",
            "firstName",
            "FIRST-NAME",
            " first.name ",
        ] {
            assert_eq!(field_named(key), Some(Field::Person), "{key}");
        }
        assert_eq!(field_named("Cliëntnummer"), Some(Field::Id));
        assert_eq!(field_named("geb.datum"), Some(Field::Birthdate));
        assert_eq!(field_named("voornaamwoord"), None);
        assert_eq!(field_named("naam:"), None);
        assert!(may_name_a_field(b"D.O.B") && may_name_a_field(b"Geb. datum"));
    }
}

/// Bare ids in person records and SQL conditions on identifier columns (invented data).
#[cfg(test)]
mod record_id_tests {
    use crate::recognizer::Recognizer;

    fn spans(t: &str) -> Vec<(&str, crate::finding::EntityKind)> {
        let mut out = Vec::new();
        super::Fields::new().find(t, &mut out);
        out.sort_by_key(|f| f.span.start);
        out.iter()
            .map(|f| (&t[f.span.start..f.span.end], f.kind))
            .collect()
    }

    /// Login names with the shape of a personal handle, also as logfmt pairs of a log
    /// line; system accounts and prose sums are none.
    #[test]
    fn login_names() {
        use crate::finding::EntityKind::{IdNumber, Person};
        assert_eq!(
            spans("2025-03-14T07:58:12Z READER=C-MAIN BADGE=001275 USER=okafor.n METHOD=FP"),
            vec![("001275", IdNumber), ("okafor.n", Person)]
        );
        // A badge handed out in turn (`visitor-03`) names nobody.
        assert_eq!(
            spans("2025-03-14T08:15:03Z READER=C-LAB BADGE=visitor-07 METHOD=CARD"),
            vec![]
        );
        assert_eq!(
            spans("Accepted password for user=j.smit from 10.0.0.4"),
            vec![("j.smit", Person)]
        );
        assert_eq!(
            spans("username: anna_de_boer"),
            vec![("anna_de_boer", Person)]
        );
        for t in [
            "user=root action=login",
            "login: svc.backup",
            "the total x=5 and y=6",
            "user=www.data",
            "user=\"zaken_rw\",",
        ] {
            assert!(spans(t).is_empty(), "{t}");
        }
        assert_eq!(
            spans(r#"{"user": {"name": "Jan de Vries"}}"#),
            vec![("Jan de Vries", Person)]
        );
    }

    /// The common name of an iCalendar organizer or attendee, quoted or not; a `CN=` of
    /// another property (an LDAP path in a description) is no person.
    #[test]
    fn calendar_common_names() {
        use crate::finding::EntityKind::Person;
        let t = "BEGIN:VEVENT\r\nORGANIZER;CN=Marloes Timmer:mailto:m.timmer@example.nl\r\n\
                 ATTENDEE;ROLE=REQ-PARTICIPANT;CN=\"Bakari, Juma\";RSVP=TRUE:mailto:jb@example.org\r\n\
                 DESCRIPTION:server CN=Build Agent,OU=Hosts\r\n\
                 ATTENDEE;CN=vergaderzaal-3:mailto:zaal3@example.nl\r\n\
                 ATTENDEE;CN=HR Advies:mailto:hr@example.nl\r\n\
                 ATTENDEE;CN=Grote Zaal:mailto:zaal@example.nl\r\n";
        assert_eq!(
            spans(t),
            vec![("Marloes Timmer", Person), ("Bakari, Juma", Person)]
        );
    }

    /// The slug of a LinkedIn profile URL is a person's name; a path without letters is not.
    #[test]
    fn linkedin_profile_slugs() {
        use crate::finding::EntityKind::Person;
        let t = "cv: https://www.linkedin.com/in/sanne-de-bruijn-7a21b3/ en nl.linkedin.com/in/123";
        assert_eq!(spans(t), vec![("sanne-de-bruijn-7a21b3", Person)]);
    }

    /// Keys of insurance, tenancy, school and health records name personal identifiers.
    #[test]
    fn record_keys_of_other_sectors() {
        use crate::finding::EntityKind::IdNumber;
        let t = "Polis: KL 4410 9921\nTenancy ref: HA-220931\nUPN: K912300004411\n\
                 Hospital number: RZ 8830412\nReden: lekkage";
        assert_eq!(
            spans(t),
            vec![
                ("KL 4410 9921", IdNumber),
                ("HA-220931", IdNumber),
                ("K912300004411", IdNumber),
                ("RZ 8830412", IdNumber)
            ]
        );
        // `geb` (geboren) as a key of a member export.
        let j = r#"[{"naam": "Sem Kok", "geb": "2012-05-09", "team": "JO13-1"}]"#;
        assert!(spans(j).contains(&("2012-05-09", crate::finding::EntityKind::Birthdate)));
    }

    #[test]
    fn id_in_a_person_record() {
        use crate::finding::EntityKind::{IdNumber, Person};
        assert_eq!(
            spans(r#"{"customer": {"id": "C-2291047", "name": "Jan de Vries"}}"#),
            vec![("C-2291047", IdNumber), ("Jan de Vries", Person)]
        );
        assert_eq!(
            spans("{\"id\": \"U-88120\", \"email\": \"x@example.org\"}"),
            vec![("U-88120", IdNumber)]
        );
        assert!(spans(r#"{"order": {"id": "O-2291047", "total": 12}}"#).is_empty());
    }

    /// A name part beside a personal key whose value is a list or object (FHIR's
    /// `family` beside `given: [...]`, a `name` beside an `address` object); a font's
    /// family names no one.
    #[test]
    fn name_beside_a_nested_personal_value() {
        use crate::finding::EntityKind::Person;
        assert_eq!(
            spans(r#"{"name": [{"family": "Wolters", "given": ["Ineke"]}]}"#),
            vec![("Wolters", Person)]
        );
        assert_eq!(
            spans(r#"{"name": "Ruud Maas", "address": {"city": "Ede"}}"#),
            vec![("Ruud Maas", Person)]
        );
        assert!(spans(r#"{"font": {"family": "Helvetica", "size": 12}}"#).is_empty());
    }

    #[test]
    fn sql_conditions() {
        use crate::finding::EntityKind::IdNumber;
        assert_eq!(
            spans("SELECT * FROM c WHERE c.clientnr IN ('CL-40018','CL-40022')"),
            vec![("CL-40018", IdNumber), ("CL-40022", IdNumber)]
        );
        assert_eq!(
            spans("select * from k where klantnummer = 'K-4471' and x = 2;"),
            vec![("K-4471", IdNumber)]
        );
        assert!(spans("SELECT * FROM orders WHERE id IN (10023, 10024)").is_empty());
        assert!(spans("WHERE klantnr IN (").is_empty());
        assert!(spans("where klantnr index").is_empty());
    }
}
