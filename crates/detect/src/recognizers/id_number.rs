//! Other numbers that identify a person: passport, identity-card and driving-licence
//! numbers, personnel, student, patient, client and case numbers, complaint and
//! policy numbers, V-numbers, NHS and National Insurance numbers.
//!
//! Such numbers have no common shape, so the recognizer keys on the label in front
//! of them (`Zaaknummer:`, `personeelsnummer`, `passport no.`, `employee ID`). UK
//! National Insurance numbers have a distinctive shape and are also found alone.
//! Invoice, order and document references (`kenmerk`) are deliberately not labels here.

use std::sync::OnceLock;

use aho_corasick::automaton::Automaton;
use aho_corasick::dfa::DFA;
use aho_corasick::{Anchored, MatchKind, StartKind};
use regex::Regex;
use regex_syntax::hir::literal::Extractor;

use super::prescan::{COLON, DIGIT, DIGITS_6, FOLDS_TO_ASCII, ID_LABEL};
use super::util::{Needle, digit_run_starts, finding, regex};
use crate::finding::{EntityKind, Finding};
use crate::recognizer::{Prescan, Recognizer};

/// Finds identifying numbers after a label.
pub(crate) struct IdNumber {
    /// Where the labels of all four label-driven patterns stand.
    labels: LabelFinder,
    /// A label ([`LABELS`], [`MORE_LABELS`]), a separator and a value.
    labelled: Labelled,
    /// A label asked for on one line, answered on the next (chat transcripts).
    answered: Labelled,
    /// A bare word such as `polis` or `case` right before a code ([`BARE_LABELS`]).
    bare: Labelled,
    /// A Dutch passport or identity-card document number near a word for the document.
    document: Labelled,
    /// `(ID 77102)` after a name: a number given as the identifier of that person.
    bracketed_id: Regex,
    /// `pnr 48213` ([`PERSONNEL_ABBREV`]), with a number only.
    personnel_abbrev: Labelled,
    /// `policy TRV-2024-118230`, `Doc: P01234567` ([`CODE_LABELS`]): a lettered code.
    code: Labelled,
    /// `Fatma Kaya (P-04417)`: a lettered code alone in brackets after a name.
    bracketed_code: Regex,
    /// A research participant's code (`deelnemer D-045`) or a number a person is given
    /// at a department (`uw nummer bij de afdeling Genetica is KG-2025-00731`).
    personal_code: Regex,
}

/// Words for a person taking part in research, before the code that stands for them
/// in transcripts and reports (`participant P12`, `respondent R-0231`). The code must
/// hold capitals and digits: `participant 12` may be a count.
const PARTICIPANT_WORDS: &str = "participant|deelnemer|respondent|proefpersoon|interviewee";

/// The words without which [`IdNumber::personal_code`] cannot match: its regex runs
/// only on the lines where the [`LabelFinder`] finds one (group [`PERSONAL_CODE_GROUP`]).
const PERSONAL_CODE_CUES: &str =
    "participant|deelnemer|respondent|proefpersoon|interviewee|nummer[ ]bij";

/// The place of [`PERSONAL_CODE_CUES`] among the [`LabelFinder`]'s alternations.
const PERSONAL_CODE_GROUP: u8 = 5;

/// Words that name a person's policy, claim or travel document without saying
/// "number" (`policy TRV-2024-118230`, `claim CLM-77120-B`, `Doc: P01234567` on an
/// e-gate record). Their value must be a code that starts with capitals and holds four
/// digits in a row ([`CODE_VALUE`]): after these words a plain number is as often a year,
/// a period or a paragraph ("policy 2024-2028", "doc. 11872/25"). Each is spelled with
/// the character after it, so that `doc` is found as a word of its own ("doc:", not the
/// "doc" of "docent" or "dochter").
const CODE_LABELS: &str =
    r"policy[ \t:#.]|claim[ \t:#.]|doc[ \t:#.]|document[ \t:#.]|account[ \t:#.]";

/// Capitals, an optional separator, four digits, then more letters, digits and
/// separators: `TRV-2024-118230`, `CLM-77120-B`, `P01234567`; or a capital, a digit and
/// four to ten more capitals and digits, as British court claim numbers mix them
/// (`H7PW2K91`).
const CODE_VALUE: &str =
    r"(?-i:[A-Z]{1,6}[\-/.]?[0-9]{4}(?:[0-9A-Z\-/.]{0,30}[0-9A-Z])?|[A-Z][0-9][A-Z0-9]{4,10})";

/// Prefixes of lettered codes that name no person: standards, updates, vulnerabilities,
/// and the incident, change, order and invoice numbers of ticket and ERP systems.
const NOT_PERSONAL_PREFIXES: &[&str] = &[
    "KB", "CVE", "ISO", "IEC", "NEN", "EN", "RFC", "GDPR", "AVG", "INC", "CHG", "REQ", "RITM",
    "PR", "ORD", "INV", "PO",
];

/// The abbreviation of personeelsnummer. Its value is digits only: an airline's PNR
/// (booking reference) is a six-character code of letters and digits, left alone.
const PERSONNEL_ABBREV: &str = r"p\.?nr\.?";

const LABELS: &str = r"zaaknummer|zaaknr\.?|zaak-id|dossiernummer|dossiernr\.?|personeelsnummer|personeelsnr\.?|medewerkersnummer|medewerkernummer|werknemersnummer|registratienummer|klantnummer|klantnr\.?|cli[eë]ntnummer|cli[eë]ntnr\.?|pati[eë]ntnummer|pati[eë]ntnr\.?|studentnummer|studentnr\.?|leerlingnummer|lidnummer|lidmaatschapsnummer|deelnemersnummer|deelnemernummer|debiteurnummer|debiteurnr\.?|pensioennummer|relatienummer|polisnummer|verzekerdennummer|klachtnummer|meldingsnummer|documentnummer|paspoortnummer|huidig paspoort|oud paspoort|nieuw paspoort|paspoort|identiteitskaart(?:nummer)?|id-kaart(?:nummer)?|id-nummer|id-bewijs(?:nummer)?|rijbewijsnummer|rijbewijs|reisdocument(?:nummer)?|v-nummer|v-number|vreemdelingennummer|bsn-nummer|passport(?:[ ]number|[ ]no\.?|[ ]nr\.?)?|id[ ]card(?:[ ]number|[ ]no\.?)?|identity[ ]card(?:[ ]number)?|driving[ ]licen[cs]e(?:[ ]number|[ ]no\.?)?|driver'?s[ ]licen[cs]e(?:[ ]number|[ ]no\.?)?|employee[ ](?:id|number|no\.?)|staff[ ](?:id|number|no\.?)|personnel[ ](?:number|no\.?)|payroll[ ]number|case[ ](?:number|no\.?|nr\.?|id|file)|file[ ]number|client[ ](?:number|no\.?|nr\.?|id)|customer[ ](?:number|no\.?|id)|account[ ]holder[ ]number|patient[ ](?:number|no\.?|id)|hospital[ ]number|student[ ](?:number|no\.?|id)|member(?:ship)?[ ](?:number|no\.?|reference)|scheme[ ]reference|club[ ]reg(?:istration)?[ ]no\.?|parent[ ]account|policy[ ](?:number|no\.?)|complaint[ ](?:number|no\.?|reference|ref\.?)|reference[ ]number|national[ ]insurance(?:[ ]number)?|ni[ ]number|nhs[ ]number|social[ ]security[ ]number|ssn|tax[ ]id|steuer-id|huurdersnummer|huurdernummer|pers\.?[ ]?nr\.?|hospital[ ](?:number|no\.?)|big-nummer|big-registratie(?:nummer)?|sedula(?:[ ]?nummer)?|rijksregisternummer|parketnummer|dossier[ ]number|[a-z]{2,5}-nummer|(?:client|klant|employee|patient|customer|case|zaak|student|member|personnel|persoons|relatie)_?(?:id|nr|number|nummer)|identificatie|lln\.?|leerlingnr\.?|(?-i:BIG)|(?m:^)reference|employee";

/// More labels as administrative, medical, HR, police and insurance documents write
/// them: tax assessments (`aanslagnummer 1234.56.789.H.56`), police reports (`pv-nummer`,
/// `proces-verbaalnummer`), IND (`V 3412 887 904`), BRP (`A-nummer`), hospitals (`MRN`,
/// `pat.nr`, `NHS no.`), HMRC (`UTR`), employers (`payroll ID`, `badge`), memberships
/// (`pasnummer`, `lid-nummer`) and a person's case (`case RN-2025-10442`, `zaak Z-…`).
const MORE_LABELS: &str = r"polisnr\.?|aanslagnummer|aanslagnr\.?|proces-verbaal(?:nummer|[ ]nummer|[ ]nr\.?)?|pv[ ]?(?:nummer|nr\.?)|pv-nr\.?|registratienummer[ ]aangifte|v[ ]?nummer|vreemdelingen(?:nummer|nr\.?)|dossier[ ]?nr\.?|zaak[ -](?:nr\.?|nummer|id)|klant[ -]?nr\.?|relatienr\.?|pat\.?[ ]?nr\.?|pati[eë]nt[ -]?id|mrn|nhs(?:[ ](?:no\.?|nr\.?))?|unique[ ]taxpayer[ ]reference(?:[ ]\(utr\))?|utr(?:[ ](?:number|no\.?))?|national[ ]insurance[ ]no\.?|ni[ ]no\.?|nino|badge[ ](?:number|no\.?|id)|badgenummer|payroll[ ](?:id|no\.?)|(?:employee|staff|personnel|personeels|medewerker|werknemer|cli[eë]nt|klant|pati[eë]nt|leerling|student)[ -]id|pt\.?[ ]?nr\.?|lid-?nummer|lidnr\.?|pasnummer|pasnr\.?|member(?:ship)?[ ]id|case[ ]ref(?:erence)?\.?|rijbewijs[ -]?nr\.?|student[ -]?nr\.?|a-?nummer|brp-nummer|verzekeringsnummer|verzekeringsnr\.?|zorgverzekeringsnummer|insurance[ ](?:number|no\.?|id)|inschrijfnummer|inschrijvingsnummer|dienstnummer|sofinummer|id[ ](?:number|no\.?|nr\.?)|identification[ ](?:number|no\.?)|national[ ]id(?:entity)?(?:[ ]number)?|chi[ ](?:number|no\.?)|emp\.?[ ]?(?:no|nr|id)\.?|huurcontract(?:nummer|nr\.?)?|(?:huur)?contract[ -]?(?:nummer|nr\.?|id)|contract[ ](?:number|no\.?|ref(?:erence)?\.?)|(?:client|customer|klant|cli[eë]nt)[ ]?ref(?:erence)?\.?(?:[ ]?(?:nr|no)\.?)?|ref\.?[ ]?nr\.?|collar[ ](?:number|no\.?)|shoulder[ ](?:number|no\.?)|warrant[ ](?:number|no\.?)|pupil[ ](?:id|number|no\.?)|tenant[ ](?:number|no\.?|ref(?:erence)?\.?)|tenancy[ ](?:ref(?:erence)?\.?|number|no\.?)|kit[ ]id|upn|documentnr\.?|flying[ ]blue(?:[ ](?:number|no\.?|nummer|nr\.?))?|miles[ ]?(?:&|and|\+)[ ]?more(?:[ ](?:number|no\.?|nummer|nr\.?))?|frequent[ ]fl[iy]er(?:[ ](?:number|no\.?|id))?|loyalty[ ](?:number|no\.?|card|id)|bonuskaart(?:nummer)?|klantenpas(?:nummer)?|spaarpas(?:nummer)?|prison(?:er)?[ ](?:no\.?|number)|inmate[ ](?:no\.?|number)|custody[ ](?:no\.?|number|record(?:[ ]no\.?|[ ]number)?)|pnc(?:[ ]id|[ ]no\.?|[ ]number)?|crn|cro[ ](?:no\.?|number)|hosp\.?[ ]no\.?|candidate[ ](?:no\.?|number)|kandidaatnummer|stempasnummer|mandat(?:s)?referenz|mandaatreferentie|mandate[ ]ref(?:erence)?|machtigingskenmerk|agb(?:-code)?|claim[ ](?:number|no\.?)|claimnummer|schadenummer|schadenr\.?|aanvraagnummer|aanvraagnr\.?|payroll[ ]ref(?:erence)?\.?|account[ ]ref(?:erence)?\.?|pcn|keurmeesternummer|keurmeesternr\.?|sportlinknummer|sportlink[ ]id|bondsnummer|licen[cs]e[ ](?:number|no\.?)";

/// Bare words that label a number only when the value is clearly a code ([`BARE_VALUE`]):
/// `polis AB-123456`, `zaak Z/2025/1234`, `case RN-2025-10442`, `badge 40172`,
/// `aanslag 1234.56.789.H.56`, but not `in that case 300 people`.
const BARE_LABELS: &str = r"polis|aanslag|zaak|case|badge|dossier";

/// A code after a bare label: capitals then a separator and more ("RN-2025-10442"), or
/// digits in separated groups ("1234.56.789.H.56"), or five digits or more.
const BARE_VALUE: &str = r"(?-i:[A-Z][A-Z0-9]{0,6})[\-/.][0-9A-Z][0-9A-Z./\-]{2,40}[0-9A-Z]|[0-9]{3,12}(?:[./\-][0-9A-Z]{1,12}){1,5}|[0-9]{5,12}";

/// One word that may stand between a label and its value: who issued the number or
/// whose it is ("Klantnummer SVB: …", "Dossiernummer jeugd: …", "klantnummer huurder …").
/// Case-sensitive: a lower-case or capitalised word followed by a colon or a space, or
/// an agency acronym followed by a colon — never the letters that start a value.
const QUALIFIER: &str =
    r"(?-i:(?:[a-z]{3,12}|[A-Z][a-z]{2,11})(?:[ \t]*:|[ \t]+)|[A-Z]{2,5}[ \t]*:)";

/// The shapes a value may take: a UK National Insurance number, digits in spaced groups
/// ("009 114 27", NHS "943 476 5919", UTR "84317 20569"), capitals then spaced digit
/// groups (IND "V 3412 887 904", "DUO-R 78 44 102"), Dutch court case numbers with
/// their roll ("11029875 CV EXPL 25-4410"), letters then digits
/// ("RX 0847261"), or one token.
/// Lengths are capped (far above the 24 bytes a plausible value may have) so that a
/// rejected candidate costs bounded work: the search resumes inside it, and an unbounded
/// value would be rescanned from every label it contains (quadratic time).
const VALUE: &str = r"[0-9]{2,6}(?:[ ][0-9]{2,6}){1,3}[ ][0-9](?-u:\b)|[A-Z]{2}[ ]?[0-9]{2}[ ]?[0-9]{2}[ ]?[0-9]{2}[ ]?[A-D](?-u:\b)|[0-9]{2,4}(?:[ ][0-9]{2,4}){1,3}(?-u:\b)|[0-9]{2,6}(?:[ ][0-9]{2,6}){1,3}(?-u:\b)|[0-9]{5,10}(?:[ ](?-i:[A-Z]{2,4})){1,3}[ ][0-9]{2}-[0-9]{1,6}(?-u:\b)|(?-i:[A-Z]{1,5}(?:-[A-Z]{1,3})?)[ \-]?[0-9]{2,6}(?:[ ][0-9]{2,6}){1,4}(?-u:\b)|[A-Z]{1,3}[ ][0-9]{5,40}(?-u:\b)|(?-i:[A-Z]{1,5}-[A-Z]{1,3})[ ][0-9]{4,12}(?-u:\b)|[A-Z0-9][A-Z0-9./\-]{0,62}[A-Z0-9]|[0-9]";

/// Substrings (ASCII case-insensitive) of which every label in `LABELS` holds one:
/// only lines with one are searched (the [`super::prescan`] finds them).
pub(crate) const LABEL_ANCHORS: &[&str] = &[
    "prison",
    "inmate",
    "custody",
    "pnc",
    "crn",
    "cro ",
    "hosp",
    "candidate",
    "mandat",
    "mandaat",
    "machtiging",
    "agb",
    "club reg",
    "parent account",
    "debiteurnr",
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
    "huurder",
    "pers",
    "big",
    "sedula",
    "rijksregister",
    "parket",
    "-nummer",
    "_id",
    "_nr",
    "_num",
    "tid",
    "tnr",
    "tnummer",
    "identificatie",
    "lln",
    "nummer",
    "number",
    "polisnr",
    "aanslag",
    "proces-verbaal",
    "pv",
    "v nummer",
    "vreemdelingennr",
    "dossier",
    "zaak",
    "klantnr",
    "relatienr",
    "pat",
    "mrn",
    "nhs",
    "utr",
    "unique taxpayer",
    "ni no",
    "nino",
    "badge",
    "-id",
    " id",
    "lidnr",
    "pasnr",
    "case",
    "rijbewijs",
    "studentnr",
    "polis",
    "identiteit",
    "id kaart",
    "(id",
    "id no",
    "id nr",
    "emp",
    "chi ",
    "national id",
    "insurance",
    "contract",
    "ref.",
    "ref ",
    "pnr",
    "p.nr",
    "pt.",
    "ptnr",
    "collar",
    "shoulder",
    "warrant",
    "policy",
    "claim",
    "doc ",
    "doc:",
    "doc.",
    "doc#",
    "doc\t",
    "account:",
    "account no",
    "account nr",
    "account num",
    "account id",
    "account#",
    "account #",
    "flying blue",
    "miles",
    "flier",
    "flyer",
    "loyalty",
    "bonuskaart",
    "klantenpas",
    "spaarpas",
    "participant",
    "deelnemer",
    "respondent",
    "proefpersoon",
    "interviewee",
];

/// What stands between a label and its value: a quote, `(old)`, a qualifier ("SVB:"),
/// a separator or a word such as `is` or `nr.` (also after a comma: "rijbewijs, nr
/// …"), and then the value itself. A remark in
/// brackets ("klantnummer (staat op uw factuur): …") or a few lower-case words before
/// `is` ("het zaaknummer van uw aanvraag is …") may stand there too.
fn labelled_suffix() -> String {
    format!(
        r#"["']?(?:[ ]?\([\x20-\x27\x2A-\x7E]{{1,40}}\)[ \t]*:[ \t]*|(?:[ ](?-i:[a-z]{{2,12}})){{1,3}}[ ](?:is|was|luidt)[ \t]+)?(?:[ ]?\((?:old|oud|new|nieuw)\))?(?:[ ]{QUALIFIER})?[ \t]*(?:[:#=]|\(|(?:(?:is|was|oud|old|nieuw|new|nr|no)(?-u:\b)|nr\.|no\.)[:]?|,[ \t]*(?:nr|no|nummer|number)(?-u:\b)\.?:?)?[ \t]*(?:[:#=][ \t]*)?["']?(?P<v>{VALUE})"#
    )
}

impl IdNumber {
    pub(crate) fn new() -> Self {
        let labelled = labelled_suffix();
        // The question mark is optional: [`asks_for_value`] picks the lines that ask. The
        // answer may open with a few lower-case words ("yeah it's GYM 0045 2209").
        let answered_gap = r"[^\n?]{0,60}\??[ \t]*\n[ \t]*(?:\[[0-9:]{4,8}\][ \t]*)?(?:[^\n:]{1,40}:[ \t]*)?(?:(?-i:[a-z][a-z'’]{0,9}),?[ \t]+){0,4}";
        let answered_value = r"(?P<v>[0-9]{2,4}(?:[ ][0-9]{2,4}){1,3}(?-u:\b)|(?-i:[A-Z]{1,5})[ ]?[0-9]{2,6}(?:[ ][0-9]{2,6}){1,3}(?-u:\b)|[A-Z0-9][A-Z0-9./\-]{0,62}[0-9][A-Z0-9./\-]{0,62})";
        let bare = format!(
            r#"(?-u:\b)["']?[ \t]*(?:(?:nr|no|nummer|number)(?-u:\b)\.?)?[ \t]*[:#]?[ \t]*["']?(?P<v>{BARE_VALUE})(?-u:\b)"#
        );
        let document = format!(r"[^\n.!?;]{{0,40}}?(?-u:\b)(?P<v>{DUTCH_DOCUMENT})(?-u:\b)");
        let personnel = r"[ \t]*[:#]?[ \t]*(?P<v>[0-9]{3,10})(?-u:\b)";
        let code = format!(
            r#"\.?[ \t]*(?:(?:nr|no|number|nummer)(?-u:\b)\.?)?[ \t]*[:#]?[ \t]*["']?(?P<v>{CODE_VALUE})(?-u:\b)"#
        );
        IdNumber {
            labels: LabelFinder::new(&[
                &format!("{LABELS}|{MORE_LABELS}"),
                BARE_LABELS,
                DOCUMENT_CUES,
                PERSONNEL_ABBREV,
                CODE_LABELS,
                PERSONAL_CODE_CUES,
            ]),
            labelled: Labelled::new(0, &labelled, &format!("(?-u:{labelled})")),
            answered: Labelled::new(
                0,
                &format!("{answered_gap}{answered_value}"),
                &format!("{answered_gap}(?-u:{answered_value})"),
            ),
            bare: Labelled::new(1, &bare, &format!("(?-u:{bare})")),
            document: Labelled::new(2, &document, &document),
            bracketed_id: regex(
                r"\((?:ID|Id|id)[ \t]*[:#.]?[ \t]*(?P<v>[A-Z0-9][A-Z0-9\-/.]{1,22}[A-Z0-9])\)",
            ),
            personnel_abbrev: Labelled::new(3, personnel, personnel),
            code: Labelled::new(4, &code, &code),
            bracketed_code: regex(
                r"\((?:(?:[Nn]o|NO|[Nn]r|NR)\.?[ ]?|#[ ]?)?(?P<v>[A-Z]{1,4}-?[0-9]{4,10})\)",
            ),
            personal_code: regex(&format!(
                r"(?i)(?-u:\b)(?:(?:{PARTICIPANT_WORDS})[ \t]*(?:nr\.?|no\.?|#)?[ \t]*|(?:uw|mijn|haar|zijn|jouw|your|my|her|his)[ ]nummer[ ]bij[ ][^\n:;.?!]{{1,60}}?[ ](?:is|luidt)[ \t]*:?[ \t]*)(?P<v>(?-i:[A-Z]{{1,4}}-?[0-9]{{2,5}}(?:-[0-9]{{2,8}})?))(?-u:\b)"
            )),
        }
    }
}

/// The one label ([`LABELS`]) with too many spellings to list: two to five letters
/// and `-nummer` (`CAK-nummer`). [`LabelFinder`] finds its `-nummer` and looks back.
const LETTERS_NUMMER: &str = "[a-z]{2,5}-nummer";

/// What a pattern of the [`LabelFinder`] automaton stands for: one spelling of a label
/// ("passport no."), matched ASCII-case-insensitively unless `cased` (`(?-i:BIG)`);
/// `line_start` if it must open its line (`(?m:^)`). `prio` is the place of the
/// spelling in the order in which the label alternation prefers its matches.
#[derive(Clone, Copy, Debug)]
struct LabelPart {
    group: u8,
    prio: u32,
    cased: bool,
    line_start: bool,
}

/// One place where a label matches: from `start` to `end`, `prio` as in [`LabelPart`].
/// Ordered by start, then by preference.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct LabelHit {
    start: usize,
    prio: u32,
    end: usize,
    /// Which alternation of the finder the label belongs to.
    group: u8,
}

/// Finds every match of the case-insensitive label alternations `(?-u:\b)(?:LABELS|…)`
/// (one group per alternation: labels, bare labels, document words, `pnr`) in one pass of an
/// Aho-Corasick automaton over all spellings of all labels.
///
/// # Why
/// As one regex, two hundred case-insensitive labels followed by the value shapes
/// made a lazy DFA of many states, a reverse search and a backtracker per match, and
/// evicted the other recognizers' tables from the caches. The spellings are few
/// (the regex parser lists them, in preference order) and an automaton over them is
/// small; only what follows a label needs a regex, anchored at the label's end.
///
/// # Why the results do not change
/// A leftmost-first regex `(?:l1|l2|…)S` prefers, at its leftmost start, the first way
/// of matching `l1` after which `S` matches, then those of `l2`, and so on; the
/// spellings listed in that order (`passport number` before `passport`) with their ends
/// reproduce it, and one end is as good as any other with the same position. Every
/// match start needs `\b` before a letter, checked here.
struct LabelFinder {
    /// Anchored: walked from word starts only (see [`LabelFinder::hits`]).
    automaton: DFA,
    parts: Vec<LabelPart>,
    spellings: Vec<Vec<u8>>,
    /// Group and preference of [`LETTERS_NUMMER`], when one of the alternations has it.
    letters_nummer: Option<(u8, u32)>,
    /// The characters of [`FOLDS_TO_ASCII`]: the case-insensitive labels match them,
    /// the ASCII automaton does not, so a text holding one takes the whole regex.
    folds: aho_corasick::AhoCorasick,
}

/// What [`LETTERS_NUMMER`] ends with.
const NUMMER: &[u8] = b"-nummer";

impl LabelFinder {
    #[expect(
        clippy::expect_used,
        reason = "constant label lists, expanded by the unit tests"
    )]
    fn new(alternations: &[&str]) -> Self {
        let mut spellings: Vec<Vec<u8>> = Vec::new();
        let mut parts = Vec::new();
        let mut letters_nummer = None;
        let mut prio = 0u32;
        let groups = alternations.iter().zip(0u8..);
        for (alt, group) in groups.flat_map(|(a, g)| {
            top_level_alternatives(a)
                .into_iter()
                .zip(std::iter::repeat(g))
        }) {
            if alt == LETTERS_NUMMER {
                letters_nummer = Some((group, prio));
                prio += 1;
                continue;
            }
            let cased = alt.starts_with("(?-i:");
            let line_start = alt.starts_with("(?m:^)");
            let hir = regex_syntax::parse(alt).expect("a label is a valid pattern");
            let seq = Extractor::new().limit_total(10_000).extract(&hir);
            for lit in seq.literals().expect("a label has finitely many spellings") {
                assert!(lit.is_exact(), "a label spelling is exact");
                let spelling = String::from_utf8_lossy(lit.as_bytes()).into_owned();
                // Case-insensitive in Unicode: `ë` also matches `Ë`.
                let other: String = spelling
                    .chars()
                    .map(|c| {
                        if c.is_ascii() {
                            c
                        } else {
                            c.to_uppercase().next().unwrap_or(c)
                        }
                    })
                    .collect();
                let part = LabelPart {
                    group,
                    prio,
                    cased,
                    line_start,
                };
                if other != spelling {
                    spellings.push(other.into_bytes());
                    parts.push(part);
                }
                spellings.push(spelling.into_bytes());
                parts.push(part);
                prio += 1;
            }
        }
        let automaton = DFA::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .start_kind(StartKind::Anchored)
            .prefilter(false)
            .build(&spellings)
            .expect("label spellings form a valid automaton");
        LabelFinder {
            automaton,
            parts,
            spellings,
            letters_nummer,
            folds: aho_corasick::AhoCorasick::new(FOLDS_TO_ASCII)
                .expect("two characters form a valid automaton"),
        }
    }

    /// Every label match in `b`, into `out` sorted by start and preference. False, with
    /// `out` incomplete, when `b` holds a character of [`FOLDS_TO_ASCII`].
    ///
    /// A spelling counts only where it starts a word (`(?-u:\b)` before it), so the
    /// automaton is anchored and walked from word starts alone: most words leave the
    /// label trie after a letter or two, and the rest of the word is skipped. (An
    /// unanchored walk stepped through every byte, ≈4 ns each on long prose lines, with
    /// a table too large to stay in cache.) `-nummer` after 2–5 letters is the one label
    /// that starts inside a word: it is looked for on its own.
    fn hits(&self, b: &[u8], out: &mut Vec<LabelHit>) -> bool {
        out.clear();
        if !b.is_ascii() && self.folds.find(b).is_some() {
            return false;
        }
        let dfa = &self.automaton;
        let Ok(start) = dfa.start_state(Anchored::Yes) else {
            return false;
        };
        let word = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
        let mut at = 0;
        while at < b.len() {
            let mut sid = start;
            for (i, &c) in b.iter().enumerate().skip(at) {
                sid = dfa.next_state(Anchored::Yes, sid, c);
                if !dfa.is_special(sid) {
                    continue;
                }
                if dfa.is_dead(sid) {
                    break;
                }
                let end = i + 1;
                for k in 0..dfa.match_len(sid) {
                    let pid = dfa.match_pattern(sid, k).as_usize();
                    // A state's matches include spellings that end here but start later
                    // (a suffix of the path); those are found from their own start.
                    if end - self.spellings[pid].len() != at {
                        continue;
                    }
                    let LabelPart {
                        group,
                        prio,
                        cased,
                        line_start,
                    } = self.parts[pid];
                    let case_ok = !cased || b[at..end] == self.spellings[pid][..];
                    let line_ok = !line_start || at == 0 || b[at - 1] == b'\n';
                    if case_ok && line_ok {
                        out.push(LabelHit {
                            start: at,
                            prio,
                            end,
                            group,
                        });
                    }
                }
            }
            // The next word start: past this word, then past one non-word byte.
            at += b[at..].iter().take_while(|&&c| word(c)).count() + 1;
        }
        if let Some((group, prio)) = self.letters_nummer {
            for i in memchr::memchr_iter(b'-', b) {
                let end = i + NUMMER.len();
                if !b
                    .get(i..end)
                    .is_some_and(|s| s.eq_ignore_ascii_case(NUMMER))
                {
                    continue;
                }
                let letters = b[..i]
                    .iter()
                    .rev()
                    .take(6)
                    .take_while(|c| c.is_ascii_alphabetic())
                    .count();
                let s = i - letters;
                if (2..=5).contains(&letters) && (s == 0 || !word(b[s - 1])) {
                    out.push(LabelHit {
                        start: s,
                        prio,
                        end,
                        group,
                    });
                }
            }
        }
        out.sort_unstable();
        true
    }
}

/// A pattern `(?i)(?-u:\b)(?:labels)suffix` whose labels are group `group` of the
/// [`LabelFinder`]: the finder finds the labels, `suffix` the rest.
struct Labelled {
    group: u8,
    /// `(?i)^(?s:.)(?:suffix)`, matched from the character before a label's end: the
    /// one character is there so that a `\b` at the label's end sees it. Its case
    /// folding may be ASCII-only (texts with [`FOLDS_TO_ASCII`] take the whole pattern,
    /// and on all others ASCII and Unicode case folding agree).
    suffix: Regex,
    /// The whole pattern, with Unicode case folding: for texts with a character of
    /// [`FOLDS_TO_ASCII`] (and the tests' reference). Built on first use.
    whole: OnceLock<Regex>,
    whole_pattern: String,
}

impl Labelled {
    /// `suffix` as written, `ascii_suffix` the same with ASCII-only case folding where
    /// that is allowed (no class that matches non-ASCII characters).
    fn new(group: u8, suffix: &str, ascii_suffix: &str) -> Self {
        let labels = match group {
            0 => format!("{LABELS}|{MORE_LABELS}"),
            1 => BARE_LABELS.to_string(),
            2 => DOCUMENT_CUES.to_string(),
            3 => PERSONNEL_ABBREV.to_string(),
            _ => CODE_LABELS.to_string(),
        };
        Labelled {
            group,
            suffix: regex(&format!("(?i)^(?s:.)(?:{ascii_suffix})")),
            whole: OnceLock::new(),
            whole_pattern: format!(r"(?i)(?-u:\b)(?:{labels}){suffix}"),
        }
    }

    fn whole(&self) -> &Regex {
        self.whole.get_or_init(|| regex(&self.whole_pattern))
    }

    /// [`labelled_values`] of the whole pattern in `hay`, given the finder's `hits` in
    /// it (`None`: it holds a character of [`FOLDS_TO_ASCII`]): each label start in
    /// order, and at a start its ends in the order the pattern prefers them.
    fn values(
        &self,
        hits: Option<&[LabelHit]>,
        hay: &str,
        off: usize,
        mut at: usize,
        out: &mut Vec<Finding>,
    ) -> usize {
        let Some(hits) = hits else {
            return labelled_values(self.whole(), hay, off, at, out);
        };
        let mut mine = hits.iter().filter(|h| h.group == self.group).peekable();
        let mut group: Vec<LabelHit> = Vec::new();
        while let Some(first) = mine.next() {
            group.clear();
            group.push(*first);
            while let Some(h) = mine.next_if(|h| h.start == first.start) {
                group.push(*h);
            }
            if first.start < at {
                continue;
            }
            // The first end, in order of preference, after which the suffix matches.
            let value = group.iter().enumerate().find_map(|(k, h)| {
                if group[..k].iter().any(|g| g.end == h.end) {
                    return None;
                }
                // A label ends on a character boundary, after at least one character.
                let from = super::util::floor_boundary(hay, h.end - 1);
                let v = self.suffix.captures(&hay[from..])?.name("v")?;
                Some((from + v.start(), from + v.end()))
            });
            let Some((vs, ve)) = value else {
                continue;
            };
            if plausible_value(&hay[vs..ve]) {
                out.push(finding(
                    off + vs,
                    off + ve,
                    EntityKind::IdNumber,
                    0.85,
                    "id_number",
                ));
                at = ve;
            } else {
                // A label starts with an ASCII letter.
                at = first.start + 1;
            }
        }
        at
    }
}

/// The top-level alternatives of a pattern `a|b(?:c|d)|…`.
fn top_level_alternatives(pattern: &str) -> Vec<&str> {
    let (mut out, mut depth, mut class, mut escaped, mut from) =
        (Vec::new(), 0i32, false, false, 0);
    for (i, c) in pattern.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '[' if !class => class = true,
            ']' if class => class = false,
            '(' if !class => depth += 1,
            ')' if !class => depth -= 1,
            '|' if !class && depth == 0 => {
                out.push(&pattern[from..i]);
                from = i + 1;
            }
            _ => {}
        }
    }
    out.push(&pattern[from..]);
    out
}

/// Words for a passport or identity card, near which a document number stands
/// ("paspoort (nummer NXR4K7P91)", "mijn ID-kaart met nummer IX8PD31K5").
const DOCUMENT_CUES: &str = r"paspoort|passport|id-kaart|id[ ]kaart|identiteitskaart|identiteitsbewijs|id-bewijs|reisdocument|documentnummer|document[ ]number|id[ ]card|identity[ ]card";

/// The Dutch passport and identity-card document number: two letters, six letters or
/// digits, one digit; the letter O is never used (it would be confused with 0).
const DUTCH_DOCUMENT: &str = r"(?-i:[A-NP-Z]{2}[A-NP-Z0-9]{6}[0-9])";

/// Where a match of `ni_number` starting at `s` ends, if one does. Written out by hand
/// (and checked against the pattern in the tests) because its shape is fixed: two
/// letters, three pairs of digits, a letter, each part optionally after one space. Each
/// ` ?` can only be taken when a space stands there, so there is nothing to backtrack.
fn ni_at(b: &[u8], s: usize) -> Option<usize> {
    let word = |i: usize| {
        b.get(i)
            .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'_')
    };
    let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    let first =
        |c: &u8| c.is_ascii_uppercase() && !matches!(c, b'D' | b'F' | b'I' | b'Q' | b'U' | b'V');
    if s > 0 && word(s - 1)
        || !b.get(s).is_some_and(first)
        || !b.get(s + 1).is_some_and(|c| first(c) && *c != b'O')
    {
        return None;
    }
    let mut p = s + 2;
    for _ in 0..3 {
        p += usize::from(b.get(p) == Some(&b' '));
        if !(digit(p) && digit(p + 1)) {
            return None;
        }
        p += 2;
    }
    p += usize::from(b.get(p) == Some(&b' '));
    if !b.get(p).is_some_and(|c| (b'A'..=b'D').contains(c)) || word(p + 1) {
        return None;
    }
    Some(p + 1)
}

/// The `(start, end)` of each NI number in `b[from..to]` (a line or run of lines), in
/// order. A match starts two letters, or two letters and a space, before its first
/// digit, so only the starts of digit runs are tried. Matches cannot overlap (a start
/// needs a letter after a non-word byte, which no match holds after its own start).
fn ni_numbers(b: &[u8], from: usize, to: usize) -> impl Iterator<Item = (usize, usize)> + '_ {
    // Only the start of a digit run can follow a letter or space.
    digit_run_starts(b, from, to).filter_map(move |j| {
        let s = match b.get(j.wrapping_sub(1)) {
            Some(c) if c.is_ascii_uppercase() => j.wrapping_sub(2),
            Some(b' ') => j.wrapping_sub(3),
            _ => return None,
        };
        // A start before the text (wrapped around) lies above `j`.
        if s < from || s > j {
            return None;
        }
        ni_at(b, s).map(|e| (s, e))
    })
}

/// British driving licence numbers (DVLA): five characters of the surname padded with
/// `9`, six digits holding the birth date (decade, month — plus 50 for women — day,
/// year), two initials padded with `9`, a digit and two letters: `MORGA753116SM9IJ`. The
/// date's month and day must be possible, and the number must stand alone.
fn uk_driving_licences(
    b: &[u8],
    from: usize,
    to: usize,
) -> impl Iterator<Item = (usize, usize)> + '_ {
    digit_run_starts(b, from, to).filter_map(move |j| {
        // The surname's `9` padding runs into the date's digits: the date is the last
        // six digits of the run.
        let r = j + b
            .get(j..to)?
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count();
        let s = r.checked_sub(11).filter(|&s| s >= from)?;
        let e = r + 5;
        let m = b.get(s..e).filter(|_| e <= to)?;
        let alone = (s == 0 || !b[s - 1].is_ascii_alphanumeric())
            && b.get(e).is_none_or(|c| !c.is_ascii_alphanumeric());
        let surname = &m[..5];
        let letters = surname
            .iter()
            .take_while(|c| c.is_ascii_uppercase())
            .count();
        let padded = letters >= 1 && surname[letters..].iter().all(|&c| c == b'9');
        let digits = &m[5..11];
        let num = |i: usize| u32::from(digits[i] - b'0');
        let dated = digits.iter().all(u8::is_ascii_digit) && {
            let month = num(1) * 10 + num(2);
            let day = num(3) * 10 + num(4);
            ((1..=12).contains(&month) || (51..=62).contains(&month)) && (1..=31).contains(&day)
        };
        let initials = m[11..13]
            .iter()
            .all(|&c| c.is_ascii_uppercase() || c == b'9')
            && m[11].is_ascii_uppercase();
        let tail = m[13].is_ascii_digit() && m[14..16].iter().all(u8::is_ascii_uppercase);
        (alone && padded && dated && initials && tail).then_some((s, e))
    })
}

impl Recognizer for IdNumber {
    fn id(&self) -> &'static str {
        "id_number"
    }

    fn find(&self, text: &str, out: &mut Vec<Finding>) {
        self.find_with(&Prescan::new(text), out);
    }

    fn find_with(&self, pre: &Prescan<'_>, out: &mut Vec<Finding>) {
        let first = out.len();
        // A match stays within a line and holds a label, hence an anchor; a finding needs
        // a digit in the value.
        // The labels of a run serve `labelled` here and `bare` and `document` below.
        let mut run_hits: Vec<Option<Vec<LabelHit>>> = Vec::new();
        for (off, run) in pre.runs(ID_LABEL | DIGIT) {
            let mut hits = Vec::new();
            let hits = self.labels.hits(run.as_bytes(), &mut hits).then_some(hits);
            self.labelled.values(hits.as_deref(), run, off, 0, out);
            run_hits.push(hits);
        }
        let mut hits = Vec::new();
        // Question and answer span two lines: the label's, which holds the `?` and need
        // not hold a digit, and the next. A match starting on a line lies within that
        // line and the next, so each such pair is searched alone, and where to resume
        // (after an accepted value, which may reach into the next pair) carries over.
        let text = pre.text();
        let mut at = 0;
        for (off, run) in pre.runs(ID_LABEL) {
            let mut start = off;
            for line in run.split('\n') {
                let next = start + line.len() + 1;
                if asks_for_value(line, text.get(next..).unwrap_or("")) {
                    let end = text
                        .get(next..)
                        .and_then(|rest| rest.find('\n'))
                        .map_or(text.len(), |i| next + i);
                    let from = at.max(start) - start;
                    let pair = &text[start..end];
                    let found = self.labels.hits(pair.as_bytes(), &mut hits);
                    let hits = found.then_some(&hits[..]);
                    at = start + self.answered.values(hits, pair, start, from, out);
                }
                start = next;
            }
        }
        // Bare labels, document numbers near the document's name, `pnr` and `(ID …)` all
        // hold a digit and stay within a line; all but `(ID …)` hold an anchor too.
        for ((off, run), hits) in pre.runs(ID_LABEL | DIGIT).zip(&run_hits) {
            self.bare.values(hits.as_deref(), run, off, 0, out);
            self.document.values(hits.as_deref(), run, off, 0, out);
            self.personnel_abbrev
                .values(hits.as_deref(), run, off, 0, out);
            self.codes(hits.as_deref(), run, off, out);
            let cued = hits
                .as_deref()
                .is_none_or(|h| h.iter().any(|h| h.group == PERSONAL_CODE_GROUP));
            if cued {
                self.personal_codes(run, off, out);
            }
        }
        speaker_codes(pre, out);
        for (off, run) in pre.runs(DIGIT) {
            if memchr::memchr(b'(', run.as_bytes()).is_some() {
                self.bracketed_ids(run, off, out);
                self.bracketed_codes(run, off, out);
            }
        }
        // An NI number holds 6 digits and no line break.
        let bytes = pre.text().as_bytes();
        for (off, run) in pre.runs(DIGITS_6) {
            for (s, e) in ni_numbers(bytes, off, off + run.len()) {
                let m = &bytes[s..e];
                if m.contains(&b' ') || m.len() == 9 {
                    out.push(finding(s, e, EntityKind::IdNumber, 0.7, "id_number.ni"));
                }
            }
            for (s, e) in uk_driving_licences(bytes, off, off + run.len()) {
                out.push(finding(
                    s,
                    e,
                    EntityKind::IdNumber,
                    0.9,
                    "id_number.uk_licence",
                ));
            }
        }
        drop_organisation_numbers(pre.text(), out, first);
    }
}

/// Transcript speakers named by a code of capitals and digits at the start of their
/// lines (`R-0231: nou, ik vond …`): a research respondent's pseudonym, which
/// identifies that person in the study. A code counts only when it opens two lines or
/// more, with prose after the colon, so a one-off heading (`Q3: Results`) is none; at
/// least two digits, so `Q1:`, `R1:` and times are none. Each line is looked at once,
/// from its start, and the codes are counted in a map.
fn speaker_codes(pre: &Prescan<'_>, out: &mut Vec<Finding>) {
    let mut seen: Vec<(&str, usize, usize)> = Vec::new();
    for (off, run) in pre.runs(COLON | DIGIT) {
        let b = run.as_bytes();
        let starts = std::iter::once(0).chain(memchr::memchr_iter(b'\n', b).map(|i| i + 1));
        for at in starts {
            // A speaker code opens with a capital: most lines end here.
            if !b.get(at).is_some_and(u8::is_ascii_uppercase) {
                continue;
            }
            if let Some(code) = speaker_code(&run[at..]) {
                seen.push((code, off + at, off + at + code.len()));
            }
        }
    }
    if seen.len() < 2 {
        return;
    }
    let mut count: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for &(code, _, _) in &seen {
        *count.entry(code).or_default() += 1;
    }
    for &(code, s, e) in &seen {
        if count.get(code).is_some_and(|&n| n >= 2) {
            out.push(finding(
                s,
                e,
                EntityKind::IdNumber,
                0.7,
                "id_number.speaker",
            ));
        }
    }
}

/// The code that opens `line` as a speaker label: one to three capitals, an optional
/// `-`, two to five digits, a colon, a space and a word.
fn speaker_code(line: &str) -> Option<&str> {
    let b = line.as_bytes();
    let letters = b
        .iter()
        .take(4)
        .take_while(|c| c.is_ascii_uppercase())
        .count();
    if !(1..=3).contains(&letters) {
        return None;
    }
    let dash = usize::from(b.get(letters) == Some(&b'-'));
    let from = letters + dash;
    let digits = b[from..]
        .iter()
        .take(6)
        .take_while(|c| c.is_ascii_digit())
        .count();
    let end = from + digits;
    let prose = b.get(end) == Some(&b':')
        && b.get(end + 1) == Some(&b' ')
        && b.get(end + 2).is_some_and(u8::is_ascii_alphabetic);
    ((2..=5).contains(&digits) && prose).then(|| &line[..end])
}

/// Labels of a tax assessment (`aanslagnummer`, `aanslag`). The Dutch tax office's
/// assessment number is the BSN, a letter and two digits (`1234.56.782.H.01`), so it
/// identifies the person; other numbers after these labels are document references.
const ASSESSMENT_LABELS: &[&str] = &["aanslagnummer", "aanslagnr.", "aanslagnr", "aanslag"];

/// `1234.56.782.H.01`, `123456782H01`: nine digits, a capital and two digits.
fn embeds_bsn(v: &str) -> bool {
    let compact: Vec<u8> = v.bytes().filter(|c| !matches!(c, b'.' | b' ')).collect();
    compact.len() == 12
        && compact[..9].iter().all(u8::is_ascii_digit)
        && compact[9].is_ascii_uppercase()
        && compact[10..].iter().all(u8::is_ascii_digit)
}

/// Words by which a line without a `?` still asks for the number it names: at its end
/// ("… your membership number please") or opening the turn ("mag ik uw klantnummer",
/// "can I have your member number"). Chat agents drop the question mark. Only the
/// line's ends are compared, so the check costs the same on any line.
const REQUEST_ENDS: &[&str] = &["please", "pls", "graag", "alsjeblieft", "alstublieft"];
const REQUEST_OPENERS: &[&str] = &[
    "can i",
    "could i",
    "may i",
    "can you",
    "could you",
    "mag ik",
    "kunt u",
    "kun je",
];

/// Whether `line` asks for a value that `next` (the rest of the text) may answer: it
/// holds a `?`, or it is a request ([`REQUEST_ENDS`], [`REQUEST_OPENERS`]) and the next
/// line is a speaker's turn (`Klant:` within its first 40 bytes).
fn asks_for_value(line: &str, next: &str) -> bool {
    line.contains('?') || {
        let head = &next.as_bytes()[..next.len().min(40)];
        let head = &head[..memchr::memchr(b'\n', head).unwrap_or(head.len())];
        memchr::memchr(b':', head).is_some() && request(line)
    }
}

/// `line` ends with a [`REQUEST_ENDS`] word or its turn (after a `Speaker:` prefix in
/// the first 40 bytes) opens with a [`REQUEST_OPENERS`] phrase.
fn request(line: &str) -> bool {
    let end = line.trim_end().trim_end_matches(['.', '!', ',']);
    let ends = REQUEST_ENDS
        .iter()
        .any(|w| super::util::Ci(end).ends_with(w));
    let b = line.as_bytes();
    let head = &b[..b.len().min(40)];
    static TURN: Needle = Needle::new(|| memchr::memmem::Finder::new(": "));
    let turn = TURN.find(head).map_or(b, |i| &b[i + 2..]);
    let turn = &turn[turn.iter().take_while(|c| c.is_ascii_whitespace()).count()..];
    ends || REQUEST_OPENERS.iter().any(|w| {
        turn.get(..w.len())
            .is_some_and(|p| p.eq_ignore_ascii_case(w.as_bytes()))
    })
}

/// Labels of an organisation's registration numbers (`Btw-nummer`, `KvK-nummer`): the
/// two-to-five-letter `-nummer` label admits them, but they identify a company, not a
/// person.
const ORGANISATION_LABELS: &[&str] = &["btw", "kvk", "vat", "rsin", "eori"];

/// Drops the findings from `first` on whose label (the word right before the value,
/// past a colon) is an [`ORGANISATION_LABELS`] `-nummer`, or an [`ASSESSMENT_LABELS`]
/// word when the value does not embed a BSN ([`embeds_bsn`]).
fn drop_organisation_numbers(text: &str, out: &mut Vec<Finding>, first: usize) {
    let mut k = first;
    while k < out.len() {
        let before = super::util::line_before(text, out[k].span.start, 24).0;
        let label = before
            .trim_end_matches([' ', '\t', ':', '#'])
            .rsplit([' ', '\t', '(', '\''])
            .next()
            .unwrap_or("");
        let org = label
            .len()
            .checked_sub(7)
            .map(|n| label.as_bytes().split_at(n))
            .is_some_and(|(word, tail)| {
                tail.eq_ignore_ascii_case(b"-nummer")
                    && ORGANISATION_LABELS
                        .iter()
                        .any(|o| word.eq_ignore_ascii_case(o.as_bytes()))
            });
        let assessment = ASSESSMENT_LABELS
            .iter()
            .any(|l| label.eq_ignore_ascii_case(l))
            && !embeds_bsn(text.get(out[k].span.start..out[k].span.end).unwrap_or(""));
        if org || assessment {
            out.remove(k);
        } else {
            k += 1;
        }
    }
}

impl IdNumber {
    /// Lettered codes after [`CODE_LABELS`] in `run` (at `off`), except an expense
    /// claim's number ("expense claim EXP-2024-0012": not a person's) and codes whose
    /// letters name no person ([`NOT_PERSONAL_PREFIXES`]).
    fn codes(&self, hits: Option<&[LabelHit]>, run: &str, off: usize, out: &mut Vec<Finding>) {
        let first = out.len();
        self.code.values(hits, run, off, 0, out);
        let mut k = first;
        while k < out.len() {
            let (s, e) = (out[k].span.start - off, out[k].span.end - off);
            let expense = super::util::line_before(run, s, 40).contains_any(&[
                "expense",
                "onkosten",
                "declaratie",
            ]);
            if expense || not_personal_code(&run[s..e]) {
                out.remove(k);
            } else {
                k += 1;
            }
        }
    }

    /// Participant codes and numbers given at a department ([`IdNumber::personal_code`]).
    fn personal_codes(&self, run: &str, off: usize, out: &mut Vec<Finding>) {
        for v in self
            .personal_code
            .captures_iter(run)
            .filter_map(|c| c.name("v"))
        {
            if !not_personal_code(v.as_str()) {
                out.push(finding(
                    off + v.start(),
                    off + v.end(),
                    EntityKind::IdNumber,
                    0.75,
                    "id_number.participant",
                ));
            }
        }
    }

    /// A lettered code alone in brackets right after a name ("Fatma Kaya (P-04417)",
    /// "Tom Reid (EMP0042)"): the staff, patient or client number of that person. Both
    /// words before the bracket must look like parts of a name (a capital, then lower
    /// case; or an initial), so "Meeting Room (B-2041)" is left alone less often than
    /// not, and the code's letters must not be a standard's or a ticket system's.
    fn bracketed_codes(&self, run: &str, off: usize, out: &mut Vec<Finding>) {
        for c in self.bracketed_code.captures_iter(run) {
            let (Some(m), Some(v)) = (c.get(0), c.name("v")) else {
                continue;
            };
            let from = super::util::floor_boundary(run, m.start().saturating_sub(48));
            let line = run[from..m.start()].rsplit('\n').next().unwrap_or("");
            if !line.ends_with(' ') {
                continue;
            }
            let mut words = line.split_whitespace().rev();
            let named = words.next().is_some_and(name_word) && words.next().is_some_and(name_word);
            if named && !not_personal_code(v.as_str()) {
                out.push(finding(
                    off + v.start(),
                    off + v.end(),
                    EntityKind::IdNumber,
                    0.75,
                    "id_number.bracketed",
                ));
            }
        }
    }

    /// `(ID 77102)` right after a name ("Employee: Dana Whitfield (ID 77102)"): the word
    /// before the bracket is capitalised and not the first on its line ("Meeting (ID
    /// 88213)" names no person).
    fn bracketed_ids(&self, run: &str, off: usize, out: &mut Vec<Finding>) {
        for c in self.bracketed_id.captures_iter(run) {
            let (Some(m), Some(v)) = (c.get(0), c.name("v")) else {
                continue;
            };
            // Only the last words before the bracket matter: a bounded look back keeps a
            // long line of many `(ID …)` linear.
            let mut from = m.start().saturating_sub(64);
            while !run.is_char_boundary(from) {
                from += 1;
            }
            let line = run[from..m.start()].rsplit('\n').next().unwrap_or("");
            let mut words = line.split_whitespace().rev();
            let named = words
                .next()
                .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
                && words.next().is_some();
            if named && plausible_value(v.as_str()) {
                out.push(finding(
                    off + v.start(),
                    off + v.end(),
                    EntityKind::IdNumber,
                    0.8,
                    "id_number.bracketed",
                ));
            }
        }
    }
}

/// A word that can be part of a person's name: a capital then letters, some lower case
/// (with `-` or an apostrophe: "Jansen-Bakker", "O'Neill"), or initials ("J.", "J.P.").
fn name_word(w: &str) -> bool {
    let mut chars = w.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    let rest = chars.as_str();
    let initials = w.ends_with('.')
        && w.split('.')
            .all(|p| p.is_empty() || p.chars().count() == 1 && p.chars().all(char::is_uppercase));
    first.is_uppercase()
        && (initials
            || rest.chars().count() >= 1
                && rest
                    .chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
                && rest.chars().any(char::is_lowercase))
}

/// The letters that open a code name a standard, update, vulnerability, incident,
/// change, order or invoice ([`NOT_PERSONAL_PREFIXES`]).
fn not_personal_code(v: &str) -> bool {
    let letters = v.bytes().take_while(u8::is_ascii_uppercase).count();
    NOT_PERSONAL_PREFIXES.contains(&&v[..letters])
}

/// Pushes every plausible value `re` finds in `hay` (which starts at `off` in the text).
/// A rejected candidate ("paspoort kwijtgeraakt (documentnummer …": the first label's
/// "value" is the second label) must not hide a label inside it, so the search resumes
/// just after the rejected match's start. Searches from `at` on; returns where the
/// search would resume.
fn labelled_values(
    re: &Regex,
    hay: &str,
    off: usize,
    mut at: usize,
    out: &mut Vec<Finding>,
) -> usize {
    while let Some(c) = re.captures_at(hay, at) {
        let (Some(m), Some(v)) = (c.get(0), c.name("v")) else {
            break;
        };
        if plausible_value(v.as_str()) {
            out.push(finding(
                off + v.start(),
                off + v.end(),
                EntityKind::IdNumber,
                0.85,
                "id_number",
            ));
            at = v.end();
        } else {
            at = m.start() + hay[m.start()..].chars().next().map_or(1, char::len_utf8);
        }
    }
    at
}

/// A value has digits, a plausible length, and is not just a year ("zaaknummer van 2024").
fn plausible_value(value: &str) -> bool {
    let digits = value.bytes().filter(u8::is_ascii_digit).count();
    let letters = value.bytes().filter(u8::is_ascii_alphabetic).count();
    let year =
        letters == 0 && value.len() == 4 && (value.starts_with("19") || value.starts_with("20"));
    digits > 0
        && (3..=24).contains(&value.len())
        && !year
        && !date_or_amount(value)
        && !pool_placeholder(value)
}

/// A lower-case word and a short number (`visitor-03`, `contractor_11`, `gast7`): a
/// badge or account handed out in turn to whoever needs it, which names nobody.
pub(crate) fn pool_placeholder(value: &str) -> bool {
    let b = value.as_bytes();
    let letters = b.iter().take_while(|c| c.is_ascii_lowercase()).count();
    let sep = usize::from(matches!(b.get(letters), Some(b'-' | b'_')));
    let digits = &b[letters + sep..];
    letters >= 4 && (1..=3).contains(&digits.len()) && digits.iter().all(u8::is_ascii_digit)
}

/// A date ("01-01-2025", "2025-01-01") or an amount ("12.50", "1.250,00") after a label
/// ("polis per 01-01-2025") is not the identifier.
fn date_or_amount(value: &str) -> bool {
    let parts: Vec<&str> = value.split(['-', '/', '.', ',']).collect();
    let numeric = parts
        .iter()
        .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()));
    let lens: Vec<usize> = parts.iter().map(|p| p.len()).collect();
    // A day and month ("12-03") too; a number with a check part ("5521-08") is no date.
    let dashed = value.contains(['-', '/']);
    let date = matches!(lens.as_slice(), [1 | 2, 1 | 2, 2 | 4] | [4, 1 | 2, 1 | 2])
        || dashed && matches!(lens.as_slice(), [1 | 2, 1 | 2]);
    // "12.50", "1.250,00", "100.000": cents after the last separator, or thousands.
    let cents = lens.len() == 2 && lens[1] == 2 && !dashed
        || value.contains(',') && lens.last() == Some(&2);
    let thousands = lens.len() == 2
        && lens[0] <= 3
        && lens[1..].iter().all(|&l| l == 3)
        && !value.contains(['-', '/']);
    let amount = cents || thousands;
    numeric && (date || amount)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(t: &str) -> Vec<&str> {
        super::super::util::spans_of(&IdNumber::new(), t)
    }

    /// Claim, application, payroll and account references, sports-federation numbers
    /// and licence numbers after their label (invented values); an expense claim's
    /// reference is no personal identifier.
    #[test]
    fn claim_application_and_federation_labels() {
        assert_eq!(
            spans("my claim number is CLM-5518872 and"),
            vec!["CLM-5518872"]
        );
        assert_eq!(
            spans("aanvraagnummer ORV-661209. Moet ik"),
            vec!["ORV-661209"]
        );
        assert_eq!(spans("Payroll ref: BT-77412"), vec!["BT-77412"]);
        assert_eq!(
            spans("Account ref LBA/66109/KD. You owe"),
            vec!["LBA/66109/KD"]
        );
        assert_eq!(spans("sportlinknummer DJGS55B."), vec!["DJGS55B"]);
        assert!(spans("Claim ref EXP-2026-00871").is_empty());
    }

    /// Numbers after a label in Dutch and English.
    /// Participant, debtor and pension numbers, scheme and member references, club
    /// registrations and parent accounts (invented values).
    #[test]
    fn more_customer_and_member_labels() {
        assert_eq!(
            spans("Deelnemersnummer: PF-8812047\nLeeftijd: 67"),
            vec!["PF-8812047"]
        );
        assert_eq!(spans("Graag o.v.v. debiteurnummer D-5582."), vec!["D-5582"]);
        assert_eq!(spans("o.v.v. debiteurnr. D-5582"), vec!["D-5582"]);
        assert_eq!(
            spans("Member reference: NHSPS-00177342"),
            vec!["NHSPS-00177342"]
        );
        assert_eq!(spans("Scheme reference: PSR-0091726"), vec!["PSR-0091726"]);
        assert_eq!(
            spans("Player: J. Muir (U14), club reg no. SRU-660912"),
            vec!["SRU-660912"]
        );
        assert_eq!(
            spans("Parent account PAR-0733 to be re-enrolled."),
            vec!["PAR-0733"]
        );
    }

    #[test]
    fn labelled() {
        assert_eq!(spans("Zaaknummer: Z/21/489112 | BSN"), vec!["Z/21/489112"]);
        assert_eq!(spans("(personeelsnummer MW-94992)"), vec!["MW-94992"]);
        assert_eq!(spans("Passport no.: VCMKD6IQ4\n"), vec!["VCMKD6IQ4"]);
        assert_eq!(spans("(employee ID EMP-27780) says"), vec!["EMP-27780"]);
        // School, tenancy and test-kit references name one person too.
        assert_eq!(spans("Year 5, pupil ID PUP-40917\n"), vec!["PUP-40917"]);
        assert_eq!(
            spans("quote my tenant number T-55012 please"),
            vec!["T-55012"]
        );
        assert_eq!(
            spans("Kit ID KT-2B9Q-71X4 was registered"),
            vec!["KT-2B9Q-71X4"]
        );
        assert_eq!(
            spans("Rijbewijsnummer oud: 4503845194. Reden"),
            vec!["4503845194"]
        );
        assert_eq!(
            spans("national insurance number AB 24 09 88 D."),
            vec!["AB 24 09 88 D"]
        );
        assert_eq!(spans("Zaaknummer: ZK23.987343\n"), vec!["ZK23.987343"]);
        assert_eq!(spans("Klantnummer SVB: 4471093255."), vec!["4471093255"]);
        assert_eq!(spans("Personeelsnummer: 009 114 27\n"), vec!["009 114 27"]);
        assert_eq!(spans("{\"client_id\": \"C-88213\"}"), vec!["C-88213"]);
        assert_eq!(
            spans("Uw persoonlijk CAK-nummer: 608 221 947"),
            vec!["608 221 947"]
        );
        assert_eq!(
            spans("Wat is uw klantnummer?\n[10:02] Klant: 3300187742\n"),
            vec!["3300187742"]
        );
        assert_eq!(
            spans("Mag ik uw klantnummer?\nKlant: 310 558 902 en mijn postcode"),
            vec!["310 558 902"]
        );
        assert_eq!(
            spans("{\n  \"zaak\": \"ZK2024-0081234\",\n"),
            vec!["ZK2024-0081234"]
        );
        assert_eq!(spans("dossier: 'JZ-2023-0456'"), vec!["JZ-2023-0456"]);
        assert_eq!(spans("client nr 448812\n"), vec!["448812"]);
        assert_eq!(spans("Klant-ID 88123"), vec!["88123"]);
        assert_eq!(spans("Pt.nr. 4488123"), vec!["4488123"]);
        assert_eq!(spans("Complaint ref: CMP-2024-0012"), vec!["CMP-2024-0012"]);
        assert_eq!(spans("patiëntnummer (ZIS): 4488123"), vec!["4488123"]);
        assert_eq!(
            spans("Uw klantnummer (staat op uw pas): 88123456"),
            vec!["88123456"]
        );
        assert_eq!(
            spans("Het zaaknummer van uw aanvraag is Z-2024-0012."),
            vec!["Z-2024-0012"]
        );
        assert!(spans("het dossiernummer van de zaak is niet bekend").is_empty());
        assert!(spans("klantnummer (zie bijlage 2) volgt").is_empty());
    }

    /// Labels of tax, police, IND, BRP, hospital, HMRC, HR and insurance documents.
    #[test]
    fn more_labels() {
        let cases = [
            ("Polisnr. 77-4410982 (inboedel)", "77-4410982"),
            ("polisnummer 794.062.289\n", "794.062.289"),
            ("Aanslagnummer: 1234.56.789.H.56\n", "1234.56.789.H.56"),
            ("op aanslag 2231.87.554.H.46 staat", "2231.87.554.H.46"),
            (
                "pv-nummer PL1300-2025088412-3 meegestuurd",
                "PL1300-2025088412-3",
            ),
            ("Proces-verbaalnummer: 2025118734.", "2025118734"),
            ("V-nummer: V 3412 887 904\n", "V 3412 887 904"),
            ("haar V-nummer is V-2240118837, graag", "V-2240118837"),
            ("Relatienummer: DUO-R 78 44 102\n", "DUO-R 78 44 102"),
            ("klantnr 200 481 773 bij ons", "200 481 773"),
            ("Pat.nr: 8812034 (interne)", "8812034"),
            ("patiënt-id PT-55102 heeft", "PT-55102"),
            ("MRN 00448127 admitted", "00448127"),
            ("NHS no. 943 476 5919 registered", "943 476 5919"),
            (
                "Unique Taxpayer Reference (UTR): 84317 20569.",
                "84317 20569",
            ),
            ("UTR 84317 20569", "84317 20569"),
            ("NI no. QQ 12 34 56 C", "QQ 12 34 56 C"),
            ("badge number 40172 was used", "40172"),
            ("her badge 40172 opened the door", "40172"),
            ("Payroll ID: PR-00912\n", "PR-00912"),
            ("staff-id 88213 left", "88213"),
            ("Employee: Dana Whitfield (ID 77102) asked", "77102"),
            ("pasnummer 4401 2287 van", "4401 2287"),
            ("re case RN-2025-10442 of Mr", "RN-2025-10442"),
            ("zaak Z/2025/18842 loopt", "Z/2025/18842"),
            ("A-nummer: 4401882913\n", "4401882913"),
            (
                "zaaknummer: 10293344 CV EXPL 24-1187\n",
                "10293344 CV EXPL 24-1187",
            ),
            ("Zaaknummer C/09/655321 / HA ZA 24-310.", "C/09/655321"),
            ("Zorgverzekeringsnummer: 1290 4471 82\n", "1290 4471 82"),
            ("ID no. 55-017732 on file", "55-017732"),
            ("Emp. no. 30492 (night shift)", "30492"),
            ("CHI number 0101451234 is", "0101451234"),
            ("rijbewijsnr. 5102338471 verlopen", "5102338471"),
            ("paspoort (nummer NXR4K7P91) kwijt", "NXR4K7P91"),
            (
                "mijn ID-kaart met nummer IX8PD31K5 is verlopen",
                "IX8PD31K5",
            ),
        ];
        for (t, want) in cases {
            assert_eq!(spans(t), vec![want], "{t}");
        }
    }

    /// Bare words, dates and amounts after a label are not identifiers.
    #[test]
    fn more_negatives() {
        for t in [
            "in that case 300 people came",
            "de polis per 01-01-2025 opgezegd",
            "zaaknummer van 12.50 euro",
            "polis van 100.000 euro",
            "Order (ID 2024) shipped",
            "Meeting (ID 88213) with Pieter",
            "in case 2024 turns out well",
            "paspoort verloopt op 12-03-2029",
        ] {
            assert!(spans(t).is_empty(), "{t}: {:?}", spans(t));
        }
    }

    /// Invoice and order numbers and a bare year are not identifying numbers.
    #[test]
    fn negatives() {
        assert!(spans("factuurnummer 2024-00123 en ordernummer 55").is_empty());
        assert!(spans("het zaaknummer van 2024").is_empty());
    }

    /// The search before line pairs and clusters: `answered` over each run of label
    /// lines holding a `?` plus the next line, NI numbers over every line with 6 digits.
    fn reference(r: &IdNumber, text: &str) -> Vec<Finding> {
        let pre = Prescan::new(text);
        let mut out = Vec::new();
        let (labelled, answered) = (r.labelled.whole(), r.answered.whole());
        for (off, run) in pre.runs(ID_LABEL | DIGIT) {
            labelled_values(labelled, run, off, 0, &mut out);
        }
        // Each asking line with the next, through the whole pattern.
        let mut at = 0;
        for (off, run) in pre.runs(ID_LABEL) {
            let mut start = off;
            for line in run.split('\n') {
                let next = start + line.len() + 1;
                if asks_for_value(line, text.get(next..).unwrap_or("")) {
                    let end = text
                        .get(next..)
                        .and_then(|rest| rest.find('\n'))
                        .map_or(text.len(), |i| next + i);
                    let from = at.max(start) - start;
                    let pair = &text[start..end];
                    at = start + labelled_values(answered, pair, start, from, &mut out);
                }
                start = next;
            }
        }
        for (off, run) in pre.runs(ID_LABEL | DIGIT) {
            labelled_values(r.bare.whole(), run, off, 0, &mut out);
            labelled_values(r.document.whole(), run, off, 0, &mut out);
            labelled_values(r.personnel_abbrev.whole(), run, off, 0, &mut out);
            r.codes(None, run, off, &mut out);
        }
        for (off, run) in pre.runs(DIGIT) {
            r.bracketed_ids(run, off, &mut out);
            r.bracketed_codes(run, off, &mut out);
        }
        let ni = regex(NI_NUMBER);
        for m in super::super::util::find_in_lines(&ni, &pre, DIGITS_6) {
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
        drop_organisation_numbers(text, &mut out, 0);
        out
    }

    /// Line pairs and clusters find what the plain search found.
    #[test]
    fn equals_the_reference() {
        let r = IdNumber::new();
        let pieces = [
            "klantnummer",
            "Zaaknummer",
            "passport no.",
            "?",
            "?",
            "\n",
            "\n",
            "[10:02] ",
            "Klant: ",
            "3300187742",
            "AB 12 34 56 C",
            "QQ123456",
            " ",
            "x",
            "12",
            "é",
            "ſ",
            ": ",
            "KLANT-12",
            "wat is uw ",
            "membership number",
            " please",
            "Customer: ",
            "yeah it's ",
            "GYM 0045 2209",
            "policy ",
            "Doc: ",
            "P01234567",
            "Kaya (P-04417)",
            "Btw-nummer ",
            "5521-08",
        ];
        for t in super::super::util::random_texts(&pieces, 20_000) {
            let mut got = Vec::new();
            r.find(&t, &mut got);
            assert_eq!(got, reference(&r, &t), "{t:?}");
        }
    }

    /// The label automaton with the anchored suffixes finds what each whole pattern
    /// finds, from any resume point, on texts of label spellings in any case,
    /// separators, qualifiers and values (with and without the characters that make it
    /// fall back to the whole pattern).
    #[test]
    fn label_values_equal_the_whole_pattern() {
        let r = IdNumber::new();
        let mut pieces = vec![
            "klantnummer",
            "KLANTNR.",
            "Passport",
            "passport no.",
            "passport number",
            "PASSPORT NR",
            "pers.nr.",
            "Pers nr",
            "pers",
            "BIG",
            "big",
            "Big",
            "reference",
            "Reference",
            "CAK-nummer",
            "ab-nummer",
            "abcdef-nummer",
            "-nummer",
            "-NUMMER",
            "cliëntnummer",
            "CLIËNTNUMMER",
            "patiënt-id",
            "PATIËNT id",
            "client_id",
            "klant_nummer",
            "emp. no",
            "Emp.nr",
            "ID no.",
            "id card",
            "id",
            "case",
            "case ref.",
            "zaak-id",
            "nhs no.",
            "NHS",
            "UTR",
            "(utr)",
            "unique taxpayer reference",
            "rijbewijs",
            "rijbewijs nr.",
            "nr",
            "no.",
            " ",
            " ",
            "  ",
            "\t",
            ": ",
            ":",
            "#",
            "=",
            "(",
            ")",
            "(old)",
            " (oud)",
            "SVB: ",
            "huurder ",
            "Jeugd: ",
            "is ",
            "was",
            "nr. ",
            "\"",
            "'",
            "\n",
            "\n",
            "?",
            "? ",
            "[10:02] ",
            "Klant: ",
            "12",
            "3300187742",
            "AB 12 34 56 C",
            "V 3412 887 904",
            "Z/21/489112",
            "DUO-R 78 44 102",
            "10293344 CV EXPL 24-1187",
            "2024",
            "12-03-2029",
            "polis",
            "Aanslag",
            "ZAAK",
            "badge",
            "dossier",
            "paspoort",
            "ID-kaart",
            "id kaart",
            "Identity card",
            "document number",
            "NXR4K7P91",
            "IX8PD31K5",
            "RN-2025-10442",
            "1234.56.789.H.56",
            "40172",
            "pnr",
            "P.nr.",
            "PNR",
            "policy ",
            "Claim:",
            "doc.",
            "DOC#",
            "document ",
            "TRV-2024-118230",
            "CLM-77120-B",
            "P01234567",
            "nummer",
            "met ",
            "!",
            ";",
            "x",
            "é",
            "_",
            "9",
            "a",
            "-",
            ".",
        ];
        let folds = ["ſ", "\u{212A}"];
        let mut hits = Vec::new();
        let (mut found, mut fell_back) = (0, 0);
        for round in 0..2 {
            if round == 1 {
                pieces.extend(folds);
            }
            for t in super::super::util::random_texts(&pieces, 20_000) {
                let all = r.labels.hits(t.as_bytes(), &mut hits);
                fell_back += usize::from(!all);
                for pattern in [
                    &r.labelled,
                    &r.answered,
                    &r.bare,
                    &r.document,
                    &r.personnel_abbrev,
                    &r.code,
                ] {
                    for from in [0, t.len() / 3] {
                        let from = super::super::util::floor_boundary(&t, from);
                        let (mut want, mut got) = (Vec::new(), Vec::new());
                        let w = labelled_values(pattern.whole(), &t, 7, from, &mut want);
                        let g = pattern.values(all.then_some(&hits[..]), &t, 7, from, &mut got);
                        let group = pattern.group;
                        assert_eq!((g, &got), (w, &want), "{t:?} group {group}");
                        found += got.len();
                    }
                }
            }
        }
        assert!(found > 10_000 && fell_back > 1000, "{found} {fell_back}");
    }

    /// Each label alternative yields spellings (or is the one with too many), and every
    /// spelling starts with an ASCII letter, as the `\b` check and the resume rely on.
    #[test]
    fn label_spellings() {
        let f = IdNumber::new().labels;
        assert!(f.spellings.len() > 400, "{}", f.spellings.len());
        assert_eq!(f.spellings.len(), f.parts.len());
        assert!(f.letters_nummer.is_some());
        for s in &f.spellings {
            assert!(s[0].is_ascii_alphabetic(), "{s:?}");
        }
    }

    /// The NI pattern `ni_at` and `ni_numbers` implement.
    const NI_NUMBER: &str =
        r"(?-u:\b[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?[0-9]{2} ?[0-9]{2} ?[0-9]{2} ?[A-D]\b)";

    /// A digit in the first or second byte of a text (nothing can start before it) is
    /// handled without arithmetic underflow.
    #[test]
    fn uk_driving_licence_numbers() {
        let found = |t: &str| {
            uk_driving_licences(t.as_bytes(), 0, t.len())
                .map(|(s, e)| t[s..e].to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            found("Licence number: MORGA753116SM9IJ"),
            vec!["MORGA753116SM9IJ"]
        );
        assert_eq!(
            found("licence LI999 662044 no: LI999662044J99AB."),
            vec!["LI999662044J99AB"]
        );
        for t in [
            "MORGA753116SM9IJX", // glued to more
            "MORGA713116SM9IJ",  // month 13
            "MORGA750016SM9IJ",  // day 00
            "9ORGA753116SM9IJ",  // no surname letter
            "MO9GA753116SM9IJ",  // padding inside the surname
            "MORGA753116SM9I1",  // tail not two letters
            "ABCDE123456FGHIJ",  // month 23
        ] {
            assert!(found(t).is_empty(), "{t}");
        }
    }

    #[test]
    fn ni_numbers_at_the_very_start() {
        for t in ["C1", "A12 34 56 C", " 1", "1", "AB12"] {
            assert_eq!(ni_numbers(t.as_bytes(), 0, t.len()).count(), 0, "{t}");
        }
        assert_eq!(
            ni_numbers(b"AB123456C", 0, 9).collect::<Vec<_>>(),
            vec![(0, 9)]
        );
    }

    /// `ni_numbers` finds what the pattern finds, line by line.
    #[test]
    fn ni_numbers_equal_the_pattern() {
        let re = regex(NI_NUMBER);
        let pieces = [
            "AB",
            "QO",
            "C",
            "Z",
            "12",
            "3",
            "45",
            " ",
            "  ",
            "D",
            "x",
            "\n",
            "é",
            "_",
            "-",
            "AB 12 34 56 C",
            "CE123456A",
        ];
        for t in super::super::util::random_texts(&pieces, 20_000) {
            let (mut want, mut got, mut off) = (Vec::new(), Vec::new(), 0);
            for line in t.split('\n') {
                want.extend(re.find_iter(line).map(|m| (off + m.start(), off + m.end())));
                got.extend(ni_numbers(t.as_bytes(), off, off + line.len()));
                off += line.len() + 1;
            }
            assert_eq!(got, want, "{t:?}");
        }
    }
}

/// Contract, client-reference, police and abbreviated personnel labels, and spaced
/// values whose last group is one digit (invented values).
#[cfg(test)]
mod label_tests {
    fn spans(t: &str) -> Vec<&str> {
        super::super::util::spans_of(&super::IdNumber::new(), t)
    }

    #[test]
    fn new_labels() {
        let cases = [
            ("pnr 48213 is ziek", "48213"),
            ("Pnr: 77120\n", "77120"),
            ("huurcontract HC-0048812 loopt af", "HC-0048812"),
            ("Contractnummer: CN-2291 van", "CN-2291"),
            ("client ref MCC-448190 please", "MCC-448190"),
            ("uw ref. nr. 44821-A graag", "44821-A"),
            ("collar number 4471 attended", "4471"),
            (
                "Prisoner: DOE, J.   Prison no: B4410QX   Wing: C",
                "B4410QX",
            ),
            ("Custody no: GM/01882/25\nArrested", "GM/01882/25"),
            ("Name: Ann Lee   PNC: 11/203948Q\nOffence", "11/203948Q"),
            ("Case: Jo Bell   CRN: Y220931   Order", "Y220931"),
            ("Patient: LEE, Ann  Hosp no: K1940027  DOB", "K1940027"),
            ("CANDIDATE NO: 5521   CENTRE", "5521"),
            ("dossiernummer KC-RB 440192.", "KC-RB 440192"),
            ("Stempasnummer 381920471.", "381920471"),
            ("Mandatsreferenz ABC-7710293", "ABC-7710293"),
            ("Arts: P. de Wit, AGB 01 044817", "01 044817"),
            (
                "afspraak voor rijbewijs, NR 4409182736 ligt klaar",
                "4409182736",
            ),
            ("patiëntnr: 0081 4472 9 opgenomen", "0081 4472 9"),
            ("klantnummer 12 3456 7.", "12 3456 7"),
        ];
        for (t, want) in cases {
            assert_eq!(spans(t), vec![want], "{t}");
        }
    }

    /// Lettered codes after a word for a policy, claim or travel document, codes in
    /// brackets after a name, check parts, requests without a question mark, and the
    /// registration numbers of companies (invented values).
    #[test]
    fn codes_and_requests() {
        let cases = [
            ("her policy KLR-2023-40917 covers it", "KLR-2023-40917"),
            ("claim: HC-55120-X was approved", "HC-55120-X"),
            ("Doc: N08812034\nNationality: NLD", "N08812034"),
            ("Document no. Y7720194 scanned", "Y7720194"),
            ("Sanne Bakker (P-77120) belde", "P-77120"),
            ("Agenda: Liam O'Neill (EMP4471) and", "EMP4471"),
            ("personeelsnummer 8841-17 is", "8841-17"),
            ("klantnr. 55102-9 heeft", "55102-9"),
            (
                "Agent: may I have your member number please\nClient: sure it's BX 4410 2291\n",
                "BX 4410 2291",
            ),
            (
                "Medewerker: mag ik uw klantnummer\nKlant: 4471 0092 11\n",
                "4471 0092 11",
            ),
        ];
        for (t, want) in cases {
            assert_eq!(spans(t), vec![want], "{t}");
        }
        for t in [
            "Btw-nummer NL004471209B01 van de leverancier",
            "KvK-nummer: 77120044",
            "the policy 2024-2028 applies",
            "see doc. 11872/25 of the council",
            "filed expense claim EXP-2025-0412 yesterday",
            "under policy ISO-27001 rules",
            "Windows Update (KB5034441) failed",
            "the update (KB5034441) failed",
            "my docent B1234 is",
            "op 12-03 belde hij",
            "klantnummer graag doorgeven\n12. Betaling",
        ] {
            assert!(spans(t).is_empty(), "{t}: {:?}", spans(t));
        }
    }

    /// Research codes, loyalty and account numbers, a member's number in brackets, a
    /// court claim number, a foreign ID card number, a department's number for a person
    /// (invented values).
    #[test]
    fn participants_accounts_and_claims() {
        let cases = [
            ("in de groep zei deelnemer K-207 dat", "K-207"),
            ("Participant AB31 disagreed", "AB31"),
            ("respondent nr. R-0088 belde terug", "R-0088"),
            ("Account: KL-5520194\n", "KL-5520194"),
            ("Flying Blue: 3305 1729 448\n", "3305 1729 448"),
            ("frequent flyer number 7781 2290 11 on file", "7781 2290 11"),
            ("Miles & More 4410 9921 07\n", "4410 9921 07"),
            ("we welcome Tom Hale (No. RCC-2231) to", "RCC-2231"),
            ("Claim No. K2QX7Z14\n", "K2QX7Z14"),
            ("Documentnr. (paspoort): XYZ 774120\n", "XYZ 774120"),
            (
                "Uw nummer bij de afdeling Erfelijkheid is EF-2024-11920.",
                "EF-2024-11920",
            ),
        ];
        for (t, want) in cases {
            assert_eq!(spans(t), vec![want], "{t}");
        }
        for t in [
            "participant 12 left early",
            "respondent 17 had no opinion",
            "Account: sales team",
            "BADGE=visitor-03 GRANTED",
            "badge: contractor_11",
            "Aanslagnummer: 4471.20.99.118\n",
            "the claim no. 2 was dropped",
            "op aanslag 2024 staat",
        ] {
            assert!(spans(t).is_empty(), "{t}: {:?}", spans(t));
        }
        assert_eq!(
            spans("Aanslagnummer: 1112.22.333.H.56\n"),
            vec!["1112.22.333.H.56"]
        );
    }

    /// A code that opens several transcript lines is a respondent's pseudonym; one that
    /// opens a single line, or has one digit, is none.
    #[test]
    fn speaker_codes() {
        let t = "I: Hoe ging het?\nB-0912: Nou, prima.\nI: En toen?\nB-0912: Toen niet.\nQ3: Results follow\n";
        assert_eq!(spans(t), vec!["B-0912", "B-0912"]);
        assert!(spans("R1: ja\nR1: nee\n").is_empty());
        assert!(spans("AB12: Alleen hier.\n").is_empty());
    }

    /// An airline booking reference after `PNR` is not a personnel number.
    #[test]
    fn booking_reference_is_not_personnel_number() {
        assert!(spans("PNR: X7K2LM confirmed").is_empty());
        assert!(spans("pnr X7K2LM").is_empty());
    }
}
