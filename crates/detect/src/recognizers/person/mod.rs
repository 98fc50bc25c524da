//! Person names: gazetteers of first names and surnames plus context.
//!
//! One pass over the tokens of the text. At every token the recognizer tries to read
//! a name (`[initials | first names] [particles] [surname[-surname]]`, or the sorted form
//! `surname, initials [particles]`) and then weighs the evidence: which parts are in the
//! gazetteers, and which cue stands before it (a title or salutation, a role word, a
//! field label such as `Naam:`, a signature position after `Met vriendelijke groet`, a
//! chat speaker, an `@`-mention). Names that are also words (`Bakker`, `Roos`, `Will`)
//! need more evidence. Candidates inside organisation names, street names, or other
//! findings (e-mail, address) are dropped. Titles and salutations stay outside the span.

mod lists;
mod tokens;

use std::cell::RefCell;

use crate::finding::{EntityKind, Finding, Span};
use lists::{
    COMMON, CURATED, DONE, FIRST, LABEL, Lists, ORG, ORG_PHRASE, PART, PLACE, ROLE, SENT, SIGNOFF,
    SIGNOFF_END, STOP, SUR, SUR_CURATED, TITLE, WORDY, fold_into, particle_sequence_ok,
    with_folded,
};
use tokens::{Kind, Tok, tokenize};

/// A first name plus surname, or a first name alone, from the gazetteers.
const ID_GAZETTEER: &str = "person.gazetteer";
/// Initials plus surname (`J.P. de Vries`).
const ID_INITIALS: &str = "person.initials";
/// Sorted form (`Vries, J.P. de`).
const ID_SORTED: &str = "person.sorted";
/// A name after a title or salutation (`mevrouw Tahiri`, `Dear Ms Brown`).
const ID_SALUTATION: &str = "person.salutation";
/// A name in a context position: field label, signature, chat speaker, mention, role word.
const ID_CONTEXT: &str = "person.context";

/// Street-name endings: a name-like word ending in one of these is a street.
const STREET_SUFFIXES: &Words = &Words::new(&[
    "straat",
    "laan",
    "weg",
    "plein",
    "kade",
    "gracht",
    "singel",
    "dreef",
    "steeg",
    "pad",
    "park",
    "brug",
    "markt",
    "dijk",
    "plantsoen",
    "hof",
    "baan",
    "wal",
    "boulevard",
    "street",
    "road",
    "avenue",
    "lane",
    "square",
]);

/// Particles that join two surnames of one Spanish or Portuguese name (`Fernández de la
/// Vega`, `Ribeiro da Silva`).
const MID_PARTICLES: &Words = &Words::new(&["de", "del", "da", "do", "dos", "das"]);

/// Street endings that are also common endings of Dutch and other surnames
/// (`Hoogendijk`, `Oosterhof`, `Zuidweg`, `Agarwal`, `Lawal`): a word ending in one is a
/// street only with more evidence (see `Scan::street_word`).
const WEAK_STREET_SUFFIXES: &Words =
    &Words::new(&["dijk", "hof", "wal", "brug", "baan", "park", "markt", "weg"]);

/// Capitalised honorifics that start Dutch street names (`Burgemeester Stramanweg`,
/// `Prinses Margrietpark`): a weak street ending after one marks a street.
const STREET_HONORIFICS: &Words = &Words::new(&[
    "burgemeester",
    "dokter",
    "professor",
    "prof",
    "generaal",
    "koningin",
    "koning",
    "prins",
    "prinses",
    "graaf",
    "gravin",
    "pastoor",
    "pater",
    "kapitein",
    "dominee",
    "meester",
    "minister",
    "president",
    "admiraal",
    "hertog",
    "hertogin",
    "jonkheer",
    "kardinaal",
    "bisschop",
    "sint",
    "burg",
    "mr",
]);

/// Police ranks written before a surname in British reports (`PC Mensah`, `DS Clarke`):
/// a role cue only in exactly this spelling, since `PC` is also a computer.
const POLICE_RANKS: &[&str] = &["PC", "DC", "DS", "DI", "DCI", "PCSO", "Sgt", "Insp"];

/// Nouns that take a letter as a label (`zone B`, `plan C`, `bijlage A`, `vitamin D`):
/// a single initial right after one is that label, not the initial of a name.
const LETTER_NOUNS: &Words = &Words::new(&[
    "zone",
    "plan",
    "type",
    "fase",
    "optie",
    "bijlage",
    "groep",
    "klas",
    "blok",
    "vak",
    "rij",
    "hal",
    "vleugel",
    "ingang",
    "sectie",
    "stap",
    "variant",
    "scenario",
    "versie",
    "lokaal",
    "vitamine",
    "categorie",
    "niveau",
    "annex",
    "appendix",
    "option",
    "block",
    "section",
    "step",
    "level",
    "grade",
    "gate",
    "terminal",
    "wing",
    "exhibit",
    "schedule",
    "part",
    "phase",
    "category",
    "class",
    "group",
    "vitamin",
    "row",
    "unit",
    "model",
    "route",
    "lijn",
    "line",
    "spoor",
    "platform",
    "pier",
    "kamer",
    "room",
    "bed",
    "afdeling",
    "ward",
    "deel",
]);

/// Heads of Dutch shop and business compounds (`Bloemenhuis`, `Fietsenwinkel`,
/// `Autohandel`): a name right after one names the shop (`Bloemenhuis De Roos`).
const SHOP_HEADS: &Words = &Words::new(&[
    "huis", "winkel", "handel", "zaak", "bedrijf", "boetiek", "salon",
]);

/// Legal forms of companies, folded.
const LEGAL_FORMS: &Words = &Words::new(&[
    "bv", "b.v.", "nv", "n.v.", "vof", "v.o.f.", "cv", "c.v.", "bvba", "ltd", "gmbh", "inc", "llc",
    "plc", "sarl", "s.a.",
]);

/// Chat speakers that are software, not people (folded).
const SYSTEM_SPEAKERS: &Words = &Words::new(&[
    "system",
    "systeem",
    "bot",
    "admin",
    "server",
    "error",
    "warning",
    "warn",
    "info",
    "debug",
    "notice",
    "note",
    "status",
    "update",
    "user",
    "gebruiker",
    "assistant",
    "ai",
    "you",
    "me",
    "teamlead",
    "teamleider",
    "support",
    "helpdesk",
    "servicedesk",
    "moderator",
    "beheerder",
    "host",
    "organizer",
    "organisator",
    "mama",
    "papa",
    "mam",
    "pap",
    "mams",
    "paps",
    "mum",
    "mom",
    "dad",
    "mummy",
    "mommy",
    "daddy",
    "oma",
    "opa",
    "granny",
    "grandma",
    "grandpa",
    "schat",
    "lieverd",
    "babe",
    "baby",
    "honey",
    "bae",
]);

/// Headings, alone on a line, under which a form or letter gives a person's details
/// (compared ignoring ASCII case, without surrounding punctuation): the next line that
/// holds only capitalised words is the name.
const DETAILS_HEADINGS: &[&str] = &[
    "mijn gegevens",
    "uw gegevens",
    "gegevens",
    "persoonsgegevens",
    "personalia",
    "gegevens aanvrager",
    "gegevens van de aanvrager",
    "gegevens melder",
    "gegevens verzoeker",
    "gegevens klant",
    "gegevens cliënt",
    "gegevens patiënt",
    "gegevens huurder",
    "gegevens werknemer",
    "gegevens medewerker",
    "gegevens betrokkene",
    "aanvrager",
    "verzoeker",
    "contactpersoon",
    "afzender",
    "ondergetekende",
    "my details",
    "your details",
    "personal details",
    "contact details",
    "applicant details",
    "applicant",
    "contact person",
    "sender",
    "the undersigned",
];

/// Phrases after which a name says whom a request is for or on whose behalf it is
/// made (compared ignoring ASCII case, at a word boundary, before the capitalised word).
const NAMING_PHRASES: &[&str] = &[
    "namens",
    "on behalf of",
    "ten name van",
    "ten namen van",
    "in naam van",
    "t.n.v.",
    "t.n.v",
    "tnv",
    "t.a.v.",
    "ter attentie van",
    "attn.",
    "attn:",
    "het is voor",
    "dit is voor",
    "it's for",
    "it is for",
    "this is for",
];

/// Labels of a user account field or column (`user=`, `gebruiker`), folded: a handle
/// after one names a person.
const USER_LABELS: &Words = &Words::new(&[
    "user",
    "username",
    "userid",
    "uid",
    "login",
    "gebruiker",
    "gebruikersnaam",
    "account",
    "assignee",
    "owner",
    "author",
    "auteur",
    "reporter",
    "melder",
]);

/// Particles that handles glue to the surname (`jdevries`, `mvdberg`, `avanleeuwen`),
/// longest first.
const GLUED_PARTICLES: &[&str] = &[
    "vander", "vanden", "vande", "vant", "van", "vd", "der", "den", "de", "ter", "ten", "te",
];

/// Dutch abbreviations of bodies and documents that have the shape of an initials
/// handle (`KvK`, `VvE`, `RvT`, `PvdA`): never a person.
const INSTITUTION_ABBREVIATIONS: &Words = &Words::new(&[
    "pvda", "pvdd", "cdk", "vve", "kvk", "rvt", "rvc", "rvb", "rvs", "rva", "ovj", "mvt", "mva",
    "nvt", "nvw", "ovv", "hvj", "cvb", "mvo", "wvs", "wvsv", "bvd",
]);

/// Words that assign an action or say who did something in minutes (`Actie: HvdB`,
/// `door JvL`), folded.
const ACTION_WORDS: &Words = &Words::new(&[
    "actie",
    "acties",
    "actiehouder",
    "actiehouders",
    "actiepunt",
    "action",
    "actions",
    "owner",
    "eigenaar",
    "trekker",
    "wie",
    "who",
    "door",
    "by",
]);

/// First names that are also abstract or season nouns, which may start a sentence as
/// the subject of a past-tense verb (`Hope faded`, `Summer ended`).
const ABSTRACT_NAMES: &Words = &Words::new(&[
    "hope", "faith", "joy", "love", "peace", "dawn", "summer", "autumn", "winter", "sky",
    "patience", "charity", "mercy", "destiny", "harmony", "comfort", "fancy", "grace", "line",
    "constant", "corona", "valid", "ever", "among", "long", "sole", "odd", "sad", "made", "said",
    "server", "edit", "saga", "forum", "aura", "gene", "anders", "niks", "prima", "beste", "lieve",
    "lage", "malle", "per", "na", "te", "om", "my", "us", "an", "till", "ties", "wing", "ward",
]);

/// First names that are also imperative verbs (`Mark`, `Grant`, `Bill`, `Toon`).
const VERB_NAMES: &Words = &Words::new(&["mark", "grant", "bill", "chase", "lance", "toon", "ray"]);

/// Frequent irregular past forms (English and Dutch) after a sentence-initial name.
const PAST_VERBS: &Words = &Words::new(&[
    "said",
    "told",
    "went",
    "came",
    "wrote",
    "took",
    "gave",
    "got",
    "saw",
    "sent",
    "left",
    "broke",
    "ran",
    "threw",
    "stole",
    "hit",
    "drove",
    "bought",
    "brought",
    "thought",
    "knew",
    "paid",
    "lost",
    "found",
    "met",
    "spoke",
    "felt",
    "kept",
    "became",
    "began",
    "rang",
    "sat",
    "stood",
    "fell",
    "zei",
    "vroeg",
    "schreef",
    "ging",
    "kwam",
    "liep",
    "gaf",
    "nam",
    "zag",
    "kreeg",
    "bleef",
    "vond",
    "sprak",
    "belde",
    "mailde",
    "appte",
    "stuurde",
    "vertelde",
    "antwoordde",
    "sloeg",
    "brak",
    "reed",
    "viel",
    "stond",
    "zat",
]);

/// The last words of [`NAMING_PHRASES`] that are whole words.
const NAMING_PHRASE_ENDS: &Words =
    &Words::new(&["namens", "of", "van", "voor", "for", "tnv", "v", "attn"]);

/// The first words of [`DETAILS_HEADINGS`].
const DETAILS_HEADING_STARTS: &Words = &Words::new(&[
    "mijn",
    "uw",
    "gegevens",
    "persoonsgegevens",
    "personalia",
    "aanvrager",
    "verzoeker",
    "contactpersoon",
    "afzender",
    "ondergetekende",
    "my",
    "your",
    "personal",
    "contact",
    "applicant",
    "sender",
    "the",
]);

/// Verbs that announce a name in chatty lower-case text (`hij heet jaap de grooth`).
const NAMING_VERBS: &Words = &Words::new(&["heet", "heette", "genaamd"]);

/// Words that name a building, room or place (`Van Gogh room`, `Hospital da Luz`,
/// `Victoria Junction`); a name next to them names the place.
const PLACE_NOUNS: &Words = &Words::new(&[
    "room",
    "zaal",
    "kamer",
    "building",
    "gebouw",
    "hall",
    "hospital",
    "ziekenhuis",
    "hotel",
    "junction",
    "station",
    "road",
    "street",
    "avenue",
    "lane",
    "square",
    "bridge",
    "tower",
    "college",
    "school",
    "museum",
    "theatre",
    "theater",
    "stadium",
    "airport",
    "clinic",
    "kliniek",
    "church",
    "kerk",
]);

/// Buildings of worship and care (`Holy Trinity Church`, `St Anne's Hospice`): as the
/// last word of a reading they name the building even when they are also surnames
/// (`Church`), unless initials announce a person (`J. Church`).
const BUILDING_NOUNS: &Words = &Words::new(&[
    "church",
    "chapel",
    "cathedral",
    "abbey",
    "hospice",
    "mosque",
    "synagogue",
    "basilica",
    "priory",
    "minster",
    "kapel",
    "kathedraal",
    "abdij",
    "moskee",
]);

/// Lift, heating and installation brands that follow a trade word as the make, not
/// the mechanic (`monteur Otis`, `technician Kone`); some are also given names.
const INSTALLATION_BRANDS: &Words = &Words::new(&[
    "otis",
    "kone",
    "schindler",
    "thyssenkrupp",
    "stannah",
    "vaillant",
    "nefit",
    "remeha",
    "intergas",
    "atag",
    "itho",
    "daikin",
    "viessmann",
    "buderus",
    "worcester",
    "baxi",
    "honeywell",
    "carrier",
    "trane",
    "mitsubishi",
    "fujitsu",
    "hitachi",
]);

/// First parts of organisation handles written in CamelCase (`@GemeenteUtrecht`,
/// `@PartijXYZ`) that the organisation-word list does not hold.
const ORG_HANDLE_HEADS: &Words = &Words::new(&[
    "partij", "party", "politie", "police", "team", "club", "fc", "vv", "omroep", "krant",
    "nieuws", "news", "city", "council", "official", "de", "het", "the",
]);

/// Words for a family member used as a title before a given name (`oma Trijntje`,
/// `opa Hendrikus`, `auntie Grace`): the capitalised word after one is a name, even
/// an unlisted one.
/// (All of them are role words too, so only role words are asked.)
const KIN_WORDS: &Words = &Words::new(&[
    "opa", "oma", "opi", "omi", "tante", "oom", "auntie", "aunty", "aunt", "uncle", "grandma",
    "grandpa", "granny", "grandad", "granddad", "nana", "nanna",
]);

/// Capitalised words of log lines that follow a word name as a noun phrase (`Peer
/// Connection Initiated`, `Grant Request`): the reading before one is not a person.
const LOG_NOUNS: &Words = &Words::new(&[
    "connection",
    "initiated",
    "request",
    "response",
    "timeout",
    "handshake",
    "session",
    "check",
]);

/// Words before `to:` that make it an address label whose value is a person (`SHIP TO:`,
/// `Deliver to:`), unlike a destination (`Proceeding to: Lyon`).
const ADDRESSED_TO: &Words = &Words::new(&[
    "ship",
    "deliver",
    "send",
    "sent",
    "bill",
    "mail",
    "post",
    "sold",
    "reply",
    "addressed",
    "return",
    "forward",
    "invoice",
    "attention",
]);

/// Heads of Dutch role compounds (`kinderarts`, `wijkagent`, `teamleider`).
const ROLE_HEADS: &Words = &Words::new(&[
    "arts",
    "agent",
    "kundige",
    "leider",
    "coach",
    "manager",
    "adviseur",
    "medewerker",
    "consulent",
    "begeleider",
    "regisseur",
]);

/// Lower-case words that address a group after a greeting (`Hoi allen`, `hi all`),
/// some of which are also first names (`Allen`).
const GROUP_WORDS: &Words = &Words::new(&[
    "allen",
    "all",
    "iedereen",
    "everyone",
    "everybody",
    "folks",
    "guys",
    "jongens",
    "team",
    "collega's",
    "dames",
    "heren",
]);

/// Words for a unit of an organisation; a capitalised word after them names the unit.
const UNIT_WORDS: &Words =
    &Words::new(&["team", "afdeling", "department", "dienst", "unit", "sector"]);

/// Small word lists asked of single tokens.
const AM_PM: &Words = &Words::new(&["am", "pm"]);
const AND: &Words = &Words::new(&["en", "and"]);
const AGE_UNITS: &Words = &Words::new(&["jr", "jaar", "yrs", "y"]);
/// Surname prefixes of the east of the Netherlands that take the next word.
const EAST_PREFIXES: &Words = &Words::new(&["oude", "olde", "groot", "klein"]);
const HONORIFICS: &Words = &Words::new(&["MR", "MRS", "MS", "MISS", "MSTR", "DR", "MEVR", "DHR"]);
const MONTHS: &Words = &Words::new(&[
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "okt", "nov", "dec",
    "mei",
]);
const ARTICLES: &Words = &Words::new(&["de", "het", "een", "the", "a", "an"]);

/// Titles that are also ordinary nouns (`the judge`, `mijn zuster`, `captain`): before a
/// lower-case word they announce a name only as a role word does, so that `the judge
/// will decide` keeps its verb.
const NOUN_TITLES: &Words = &Words::new(&[
    "dokter",
    "griffier",
    "judge",
    "justice",
    "lord",
    "lady",
    "broeder",
    "frater",
    "pater",
    "zuster",
    "kapitein",
    "captain",
    "sergeant",
    "brigadier",
    "hoofdagent",
    "wachtmeester",
    "luitenant",
    "lieutenant",
    "kolonel",
    "colonel",
    "korporaal",
    "corporal",
    "adjudant",
    "chaplain",
    "reverend",
    "rabbi",
    "rabbijn",
    "kapelaan",
]);

/// Forms of address and care or police roles after which dictated text writes a
/// surname in lower case (`dokter smeets`, `bij de familie bouzid`, `agent bosma`).
/// Greetings are left out: `hoi`, `hi` and `dear` stand before words as often as names.
const LOWER_SURNAME_CUES: &Words = &Words::new(&[
    "mevrouw",
    "meneer",
    "mijnheer",
    "mevr",
    "mw",
    "mvr",
    "dhr",
    "hr",
    "heer",
    "fam",
    "familie",
    "dokter",
    "dr",
    "huisarts",
    "juf",
    "juffrouw",
    "meester",
    "zuster",
    "broeder",
    "pater",
    "dominee",
    "ds",
    "imam",
    "agent",
    "wijkagent",
    "buurman",
    "buurvrouw",
    "collega",
    "docent",
    "mr",
    "mrs",
    "ms",
    "mister",
    "doctor",
]);

/// Words that end the name of a team, desk or service (`Information Governance Team`,
/// `"Parking Desk"`): the capitalised words before them name the unit.
const TEAM_HEADS: &Words = &Words::new(&[
    "team",
    "desk",
    "office",
    "department",
    "afdeling",
    "unit",
    "helpdesk",
    "servicedesk",
    "loket",
    "balie",
    "bureau",
    "service",
    "services",
    "support",
    "squad",
]);

/// Street nouns written as a word of their own (`Hope Street`, `Victoria Road`).
const STREET_NOUNS: &Words = &Words::new(&[
    "street",
    "road",
    "avenue",
    "lane",
    "square",
    "crescent",
    "boulevard",
    "straat",
    "weg",
    "laan",
    "plein",
]);

/// Prepositions of place: a capitalised phrase after one that ends in a street noun is
/// the street (`lives on Victoria Road`).
const LOCATIVES: &Words = &Words::new(&[
    "on", "in", "at", "off", "near", "along", "via", "op", "aan", "langs", "naar", "bij",
]);

/// Words that introduce a reference after a word (`Job ref 4471`, `Storm nr. 2`).
const REF_WORDS: &Words = &Words::new(&["ref", "reference", "nr", "nummer", "number"]);

/// Nouns that announce colour names (`brand colours are Storm Grey and Rose`).
const COLOUR_NOUNS: &Words = &Words::new(&[
    "colour", "colours", "color", "colors", "kleur", "kleuren", "tint", "tinten", "shade",
    "shades", "palette", "palet",
]);

/// Verbs that name the steps of a CI pipeline or script (`- name: Publish`,
/// `- name: Notify Slack`): a value of a `name:` key that starts with one is a step.
const STEP_VERBS: &Words = &Words::new(&[
    "publish",
    "notify",
    "run",
    "build",
    "deploy",
    "install",
    "checkout",
    "check",
    "setup",
    "set",
    "upload",
    "download",
    "test",
    "lint",
    "cache",
    "push",
    "pull",
    "release",
    "create",
    "update",
    "send",
    "start",
    "stop",
    "restart",
    "configure",
    "login",
    "generate",
    "compile",
    "package",
    "sign",
    "verify",
    "validate",
    "scan",
    "archive",
    "cleanup",
    "clean",
    "prepare",
    "fetch",
    "sync",
    "wait",
    "apply",
    "migrate",
    "bump",
    "tag",
    "merge",
    "trigger",
    "post",
    "use",
    "copy",
    "export",
    "import",
    "format",
    "report",
    "rollback",
    "provision",
]);

/// Local parts of role mailboxes (compared as prefixes): the display name before such an
/// address (`"Parking Desk" <noreply@…>`) names a service, not a person. The first
/// [`NO_REPLY_MAILBOXES`] are never a person's; the others (`info@`, `support@`) are
/// also used by one-person businesses, so they count only against unlisted words.
const NO_REPLY_MAILBOXES: usize = 12;
const ROLE_MAILBOXES: &[&str] = &[
    "noreply",
    "no-reply",
    "no_reply",
    "donotreply",
    "do-not-reply",
    "do_not_reply",
    "notification",
    "alert",
    "newsletter",
    "nieuwsbrief",
    "mailer-daemon",
    "postmaster",
    "info",
    "support",
    "helpdesk",
    "servicedesk",
    "service",
    "contact",
    "admin",
    "klantenservice",
];

/// Header cells that say a table column holds people's names (`| Naam |`, `name<TAB>`).
const NAME_HEADERS: &Words = &Words::new(&[
    "naam",
    "namen",
    "name",
    "names",
    "medewerker",
    "medewerkers",
    "leerling",
    "leerlingen",
    "deelnemer",
    "deelnemers",
    "contact",
    "contactpersoon",
    "student",
    "students",
    "employee",
    "participant",
    "participants",
    "pupil",
    "attendee",
    "attendees",
]);

/// A small list of ASCII words (or word endings), compared ignoring ASCII case. The
/// candidate checks ask these lists many times a text, and a token is seldom in one:
/// a table test per list turns most tokens away before any comparison (which lengths
/// occur per first letter; which next-to-last letters occur per last letter).
struct Words {
    list: &'static [&'static str],
    /// Bit `len` of entry `bucket(first byte)`: some word of `len` bytes starts so.
    firsts: [u64; 32],
    /// Bit `bucket(next-to-last byte)` of entry `bucket(last byte)`: some word ends so.
    lasts: [u32; 32],
}

/// The table entry of a byte; the two cases of an ASCII letter share one, so a word
/// that equals a list word ignoring ASCII case lands on its entries.
const fn bucket(b: u8) -> usize {
    ((b | 0x20) & 31) as usize
}

impl Words {
    const fn new(list: &'static [&'static str]) -> Self {
        let mut firsts = [0u64; 32];
        let mut lasts = [0u32; 32];
        let mut k = 0;
        while k < list.len() {
            let w = list[k].as_bytes();
            let n = w.len();
            if n == 0 {
                lasts = [u32::MAX; 32];
            } else {
                if n < 64 {
                    firsts[bucket(w[0])] |= 1 << n;
                }
                lasts[bucket(w[n - 1])] |= if n >= 2 {
                    1 << bucket(w[n - 2])
                } else {
                    u32::MAX
                };
            }
            k += 1;
        }
        Words {
            list,
            firsts,
            lasts,
        }
    }

    /// `w` is one of the words.
    #[inline]
    fn contains(&self, w: &str) -> bool {
        self.contains_bytes(w.as_bytes())
    }

    /// The table test of [`Self::contains_bytes`] alone: false when no word of this
    /// length starts with this letter (true: maybe).
    #[inline]
    fn may_contain(&self, b: &[u8]) -> bool {
        b.first()
            .is_some_and(|&first| b.len() >= 64 || (self.firsts[bucket(first)] >> b.len()) & 1 != 0)
    }

    /// [`Self::contains`] on the bytes of a word.
    #[inline]
    fn contains_bytes(&self, b: &[u8]) -> bool {
        let Some(&first) = b.first() else {
            return false;
        };
        // Words of 64 bytes or more have no bit; they skip the test.
        (b.len() >= 64 || (self.firsts[bucket(first)] >> b.len()) & 1 != 0)
            && self
                .list
                .iter()
                .any(|x| x.as_bytes().eq_ignore_ascii_case(b))
    }

    /// `w` ends in one of the words and is at least `extra` bytes longer than it.
    #[inline]
    fn ends(&self, w: &str, extra: usize) -> bool {
        let b = w.as_bytes();
        let n = b.len();
        let Some(&last) = b.last() else {
            return false;
        };
        let before = if n >= 2 { bucket(b[n - 2]) } else { 0 };
        (n < 2 || (self.lasts[bucket(last)] >> before) & 1 != 0)
            && self.list.iter().any(|s| {
                n >= s.len() + extra && b[n - s.len()..].eq_ignore_ascii_case(s.as_bytes())
            })
    }
}

/// Finds names of natural persons.
pub(crate) struct PersonRecognizer {
    lists: Lists,
}

/// How strongly the words before a candidate announce a name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Cue {
    None,
    /// A role word (`collega`, `wethouder`, `Agent`).
    Role,
    /// A field label, signature line, chat speaker or mention.
    Context,
    /// A title or salutation (`mevrouw`, `dhr.`, `Dear`, `Geachte`).
    Title,
}

/// How many tokens after a label's colon a label zone reaches at most.
const MAX_ZONE: usize = 400;

/// Zones of the text where a name is expected.
const ZONE_LABEL: u8 = 1;
const ZONE_SIG: u8 = 2;
const ZONE_CHAT: u8 = 3;

/// What a name reading found.
#[derive(Clone, Copy, Debug, Default)]
struct Evidence {
    /// Known first names at the start.
    given: u8,
    /// The first of them is also a word or a stop word (`Will`, `Roos`, `Can`).
    given_wordy: bool,
    /// The first of them is a stop word (`May`, `Ben`, `Dan`).
    given_stop: bool,
    /// The first of them often starts a sentence as a word (`Will`, `Mark`, `Dan`).
    given_sent: bool,
    /// An unknown capitalised word stands before a known surname.
    unknown_given: bool,
    initials: bool,
    particles: bool,
    /// The name starts with a particle (`Van der Wal`, `In 't Veld`).
    lead_particle: bool,
    /// The lead particle is one that starts surnames on its own (`Van`, `De`, `El`).
    lead_particle_strong: bool,
    /// Words of the surname core.
    core: u8,
    /// The core is a known surname.
    core_sur: bool,
    /// The core is a known surname that is not also an ordinary word.
    core_sur_plain: bool,
    /// The core is a known first name (`Mohammed Ali`).
    core_first: bool,
}

impl PersonRecognizer {
    /// Every recognizer id a person finding can carry.
    pub(crate) const IDS: &'static [&'static str] = &[
        ID_GAZETTEER,
        ID_INITIALS,
        ID_SORTED,
        ID_SALUTATION,
        ID_CONTEXT,
    ];

    pub(crate) fn new(extra_first: &[String], extra_surnames: &[String]) -> Self {
        PersonRecognizer {
            lists: Lists::load(extra_first, extra_surnames),
        }
    }

    /// Pushes person-name findings onto `out`. `others` are the candidates of the
    /// pattern recognizers (e-mail, address, …), so that names inside them are skipped.
    pub(crate) fn find(&self, text: &str, others: &[Finding], out: &mut Vec<Finding>) {
        let mut spans = SPANS.with(RefCell::take);
        spans.clear();
        spans.extend(others.iter().map(|f| f.span));
        spans.sort_unstable();
        // Token offsets are `u32`; a longer text (4 GiB, never a prompt in practice)
        // is read in windows cut after a line break, where names do not continue. The
        // one cue that reaches over a line break, a sign-off line announcing the next
        // line as a signature, is lost when a cut falls between the two.
        self.find_windowed(text, &spans, out, u32::MAX as usize);
        if spans.len() <= MAX_KEPT_TOKENS {
            SPANS.with(|s| s.replace(spans));
        }
    }

    /// [`Self::find`] in windows of at most `window` bytes, cut after line breaks.
    fn find_windowed(&self, text: &str, others: &[Span], out: &mut Vec<Finding>, window: usize) {
        let mut base = 0;
        while text.len() - base > window {
            let mut cut = base + window;
            while !text.is_char_boundary(cut) {
                cut -= 1;
            }
            if let Some(nl) = text[base..cut].rfind('\n') {
                cut = base + nl + 1;
            }
            self.find_in(&text[base..cut], base, others, out);
            base = cut;
        }
        self.find_in(&text[base..], base, others, out);
    }

    /// [`Self::find`] on `text`, which starts at byte `base` of the whole text.
    fn find_in(&self, text: &str, base: usize, others: &[Span], out: &mut Vec<Finding>) {
        let mut bufs = BUFFERS.with(RefCell::take);
        tokenize(text, &mut bufs.toks, &mut bufs.fold);
        let n = bufs.toks.len();
        bufs.flags.clear();
        bufs.flags.resize(n, 0);
        self.lists
            .prepare(text, &mut bufs.toks, &mut bufs.flags, &mut bufs.fold);
        bufs.zone.clear();
        bufs.zone.resize(n, 0);
        bufs.blocked.clear();
        bufs.blocked.resize(n, false);
        let toks = &bufs.toks;
        let mut scan = Scan {
            lists: &self.lists,
            text,
            toks,
            flags: std::mem::take(&mut bufs.flags),
            zone: std::mem::take(&mut bufs.zone),
            blocked: std::mem::take(&mut bufs.blocked),
            buf: std::mem::take(&mut bufs.fold),
            loose: false,
        };
        scan.mark_zones();
        scan.mark_org_phrases();
        let mut i = 0;
        while i < n {
            match scan.candidate_at(i) {
                Some((end, score, id)) => {
                    let span = Span::new(base + toks[i].start(), base + toks[end - 1].end());
                    if !overlaps_any(others, span) {
                        out.push(Finding {
                            span,
                            kind: EntityKind::Person,
                            score,
                            recognizer: id,
                        });
                    }
                    i = end;
                }
                None => i += 1,
            }
        }
        let Scan {
            flags,
            zone,
            blocked,
            buf,
            ..
        } = scan;
        bufs.fold = buf;
        bufs.flags = flags;
        bufs.zone = zone;
        bufs.blocked = blocked;
        // Keep the working memory for the next text, unless this one was huge.
        if n <= MAX_KEPT_TOKENS {
            BUFFERS.with(|b| b.replace(bufs));
        }
    }
}

/// Texts up to this many tokens leave their working memory for the next text of the
/// thread (about 30 bytes a token: 30 MB at most).
const MAX_KEPT_TOKENS: usize = 1 << 20;

/// The working memory of a scan: tokens and the per-token arrays. Allocating and
/// freeing them for every text cost more than the scan of a short text itself.
#[derive(Default)]
struct Buffers {
    toks: Vec<Tok>,
    flags: Vec<u32>,
    zone: Vec<u8>,
    blocked: Vec<bool>,
    /// Folded forms of words that are not ASCII.
    fold: String,
}

thread_local! {
    /// Per thread, so that concurrent scans never share it.
    static BUFFERS: RefCell<Buffers> = RefCell::new(Buffers::default());
    /// The sorted spans of the other recognizers' findings, kept like [`BUFFERS`].
    static SPANS: RefCell<Vec<Span>> = const { RefCell::new(Vec::new()) };
}

/// True when `span` overlaps one of the sorted `spans`.
fn overlaps_any(spans: &[Span], span: Span) -> bool {
    // Spans that start before `span` ends; any of them that ends after its start overlaps.
    // Findings of other recognizers are few and short, so a scan back from the partition
    // point stays cheap in practice.
    let upto = spans.partition_point(|s| s.start < span.end);
    spans[..upto]
        .iter()
        .rev()
        .take(64)
        .any(|s| s.overlaps(&span))
}

/// The state of one scan.
struct Scan<'a> {
    lists: &'a Lists,
    text: &'a str,
    toks: &'a [Tok],
    flags: Vec<u32>,
    zone: Vec<u8>,
    blocked: Vec<bool>,
    buf: String,
    /// The candidate being read stands in a context position: all-caps words and
    /// initials without dots (`C WARSAME`) count.
    loose: bool,
}

impl Scan<'_> {
    fn tok(&self, i: usize) -> Option<&Tok> {
        self.toks.get(i)
    }

    fn word_text(&self, i: usize) -> &str {
        self.toks
            .get(i)
            .map_or("", |t| &self.text[t.start()..t.end()])
    }

    /// The classes of token `i` (0 for non-words): `Lists::prepare` has stored them,
    /// except for possessives, computed here once.
    #[inline]
    fn flags(&mut self, i: usize) -> u32 {
        match self.flags.get(i) {
            Some(&f) if f & DONE != 0 => f & !DONE,
            Some(_) => self.compute_flags(i),
            None => 0,
        }
    }

    /// [`Self::flags`] of a possessive the first time: the list lookup of the word, then
    /// of its stem. Kept out of line so that the many asks stay a load and a test.
    #[inline(never)]
    fn compute_flags(&mut self, i: usize) -> u32 {
        let Some(t) = self.toks.get(i) else { return 0 };
        let mut f = 0;
        if t.is_word() && !t.digit() && t.len() <= 40 {
            let word = &self.text[t.start()..t.end()];
            f = self
                .lists
                .get_hashed(t.hash, word, t.ascii(), &mut self.buf);
            if f & (FIRST | SUR) == 0
                && word.len() > 4
                && (word.ends_with("'s") || word.ends_with("\u{2019}s"))
            {
                // Possessive: `Jansen's`.
                fold_into(word, &mut self.buf);
                if let Some(stem) = self.buf.strip_suffix("'s") {
                    f |= self.lists.get(stem) & (FIRST | SUR);
                }
            }
        }
        self.flags[i] = f | DONE;
        f
    }

    /// Token `i` is one of `words` (ASCII, compared case-insensitively).
    fn word_is(&self, i: usize, words: &Words) -> bool {
        // Byte offsets of a token are char boundaries; a byte slice skips the checks.
        self.toks.get(i).is_some_and(|t| {
            self.text
                .as_bytes()
                .get(t.start()..t.end())
                .is_some_and(|b| words.contains_bytes(b))
        })
    }

    /// Token `i` ends in one of the (ASCII) `suffixes` and is longer than it by two or more bytes.
    fn ends_with_any(&self, i: usize, suffixes: &Words) -> bool {
        suffixes.ends(self.word_text(i), 2)
    }

    /// The canonical (static, lower-case) form of particle token `i`.
    fn particle(&self, i: usize) -> &'static str {
        let w = self.word_text(i);
        let w = if w.starts_with('\u{2019}') || w.starts_with('\u{2018}') || w.starts_with('`') {
            "'t"
        } else {
            w
        };
        lists::PARTICLES
            .iter()
            .copied()
            .find(|p| {
                p.eq_ignore_ascii_case(w)
                    || (!w.is_ascii() && w.chars().flat_map(char::to_lowercase).eq(p.chars()))
            })
            .unwrap_or("")
    }

    /// Token `i`, folded, equals `word` (a folded list word).
    fn token_eq(&mut self, i: usize, word: &str) -> bool {
        let Some(t) = self.tok(i).copied() else {
            return false;
        };
        let text = &self.text[t.start()..t.end()];
        if t.ascii() {
            text.eq_ignore_ascii_case(word)
        } else {
            with_folded(text, &mut self.buf, |w| w == word.as_bytes())
        }
    }

    /// The words `a..=b` (dots skipped) equal one of `phrases`.
    fn phrase_matches(&mut self, a: usize, b: usize, phrases: &[Vec<Box<str>>]) -> bool {
        let mut idx = [0usize; 8];
        let mut len = 0;
        for k in a..=b {
            if self.is_word(k) {
                if len == idx.len() {
                    return false;
                }
                idx[len] = k;
                len += 1;
            }
        }
        phrases
            .iter()
            .any(|p| p.len() == len && p.iter().zip(&idx[..len]).all(|(w, &k)| self.token_eq(k, w)))
    }

    fn is_word(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| t.is_word() && !t.digit())
    }

    fn is_cap(&self, i: usize) -> bool {
        self.tok(i)
            .is_some_and(|t| t.is_word() && t.cap() && !t.digit())
    }

    /// A capitalised word that may be part of a name (all caps only in a context position).
    fn is_name_cap(&mut self, i: usize) -> bool {
        let Some(t) = self.tok(i).copied() else {
            return false;
        };
        if !(t.is_word() && t.cap() && !t.digit()) {
            return false;
        }
        // An all-caps word counts only in a context position and when it is a listed name (`C WARSAME`).
        !t.all_caps(self.text) || (self.loose && self.flags(i) & (FIRST | SUR) != 0)
    }

    /// Token `i` is glued into a technical string: an e-mail address, URL, user name,
    /// file name or code (`jan.jansen@…`, `https://sem:…`, `KL-2023-2387`, `NF-38-33`).
    fn in_technical_string(&self, i: usize) -> bool {
        let glued = |k: usize| self.tok(k).is_some_and(|t| !t.space_before());
        let tech = |c: char| matches!(c, '@' | '.' | '_' | '/' | ':' | '=' | '\\' | '#' | '+');
        // Before: `x.` / `x@` / `//` glued to the word (but `@jan` after a space is a mention).
        if i >= 2 && glued(i) {
            if let Some(Kind::Punct(c)) = self.tok(i - 1).map(|t| t.kind()) {
                let after_word = glued(i - 1)
                    && self
                        .tok(i - 2)
                        .is_some_and(|t| t.is_word() || t.kind() == Kind::Punct('/'));
                if tech(c) && after_word {
                    return true;
                }
            }
        }
        // After: `jan.` + word, `jan@`, `jan_`, or `-` + digits (`KL-2023`).
        if let Some(Kind::Punct(c)) = self.tok(i + 1).map(|t| t.kind()) {
            if glued(i + 1) {
                let word_follows = glued(i + 2) && self.tok(i + 2).is_some_and(|t| t.is_word());
                if matches!(c, '@' | '_') || (tech(c) && c != ':' && word_follows && c != '.') {
                    return true;
                }
                if c == '.' && word_follows && self.tok(i + 2).is_some_and(|t| !t.cap()) {
                    return true;
                }
                if c == '-' && glued(i + 2) && self.tok(i + 2).is_some_and(|t| t.digit()) {
                    return true;
                }
            }
        }
        // `73-DG-38`: digits and a hyphen glued before.
        i >= 2
            && glued(i)
            && self.is_punct(i - 1, '-')
            && glued(i - 1)
            && self.tok(i - 2).is_some_and(|t| t.digit())
    }

    fn is_punct(&self, i: usize, c: char) -> bool {
        self.tok(i).is_some_and(|t| t.is_punct(c))
    }

    /// Token `i` is on the same line as `i - 1` with only spaces between them.
    fn spaced(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| t.space_before())
    }

    /// Token `i` follows `i - 1` without a space (`Jansen-de`).
    fn joined(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| !t.space_before())
    }

    // ----- zones -------------------------------------------------------------------

    fn line_end(&self, from: usize) -> usize {
        let mut k = from;
        while k < self.toks.len() && !self.toks[k].is_newline() {
            k += 1;
        }
        k
    }

    /// Marks label zones (`Naam: …` to the end of the line), signature lines and chat speakers.
    fn mark_zones(&mut self) {
        let n = self.toks.len();
        let mut line_start = 0;
        let mut table = None;
        while line_start < n {
            // The line's end, and whether it holds a colon (most lines do not, and
            // then hold no label).
            let mut end = line_start;
            let mut colon = false;
            let mut cells = false;
            while let Some(t) = self.toks.get(end).filter(|t| !t.is_newline()) {
                colon |= t.is_punct(':');
                cells |= t.is_punct('|') || t.is_punct(';');
                end += 1;
            }
            self.mark_line(line_start, end, colon);
            // A tab-separated line has a tab in one of its first gaps (a header cell
            // is a word or two); looking there only keeps the test cheap.
            let tabs = (line_start + 1..end.min(line_start + 3)).any(|k| self.tab_before(k));
            if cells || tabs || table.is_some() {
                self.mark_table_line(
                    line_start,
                    end,
                    tabs || table.is_some_and(|(s, _)| s == 3),
                    &mut table,
                );
            }
            line_start = end + 1;
        }
    }

    /// Marks the zones of the line `[start, end)`; `colon`: a colon stands in it.
    fn mark_line(&mut self, start: usize, end: usize, colon: bool) {
        // Chat: `[10:02] Sanne:` or `[10:02] Medewerker (Fatima):`.
        let mut s = start;
        if self.is_punct(s, '[') {
            let mut k = s + 1;
            while k < end && !self.is_punct(k, ']') && k < s + 8 {
                k += 1;
            }
            if self.is_punct(k, ']') {
                s = k + 1;
                let mut c = s;
                while c < end && c < s + 7 && !self.is_punct(c, ':') {
                    c += 1;
                }
                if self.is_punct(c, ':') && c > s {
                    for z in s..c {
                        self.zone[z] = ZONE_CHAT;
                    }
                }
            }
        }
        self.mark_header(s, end);
        self.mark_caps_name_line(s, end);
        self.mark_after_details_heading(s, end);
        // Sign-off line: the next non-empty line is a signature.
        if self.is_signoff_line(s, end) {
            let mut k = end + 1;
            while k < self.toks.len() && self.toks[k].is_newline() {
                k += 1;
            }
            let next_end = self.line_end(k);
            // Initials count: a signature may be initials alone (`M.R.`).
            let words = (k..next_end)
                .filter(|&j| self.is_word(j) || self.toks[j].is_initials())
                .count();
            if words > 0 && words <= 6 {
                for z in k..next_end {
                    self.zone[z] = ZONE_SIG;
                }
            }
        }
        // Labels: `Naam:`, `Aanwezig:`, `Cliënt:` … at line start or after punctuation.
        if !colon {
            return;
        }
        for k in s..end {
            if !self.is_punct(k, ':') || k == 0 {
                continue;
            }
            if let Some(ls) = self.label_before(k) {
                // `Proceeding to: Lyon`, `Travelling to: Lisbon`: `to` after a word on
                // its line is a destination, not the `To:` header of a message.
                if ls > s
                    && self.is_word(ls - 1)
                    && self.word_text(ls).eq_ignore_ascii_case("to")
                    && !self.word_is(ls - 1, ADDRESSED_TO)
                {
                    continue;
                }
                let before_ok = ls <= start + 2
                    || ls <= s + 2
                    || self
                        .tok(ls - 1)
                        .is_some_and(|t| matches!(t.kind(), Kind::Punct(_) | Kind::Newline));
                if before_ok {
                    let mut depth = 0i32;
                    // Bounded, so that a long line of many labels stays linear.
                    for z in k + 1..end.min(k + 1 + MAX_ZONE) {
                        if self.is_punct(z, '(') {
                            depth += 1;
                        } else if self.is_punct(z, ')') {
                            depth -= 1;
                        } else if depth <= 0 && self.zone[z] == 0 {
                            self.zone[z] = ZONE_LABEL;
                        }
                    }
                }
            }
        }
    }

    /// Marks the speaker of a chat header line (`Bui Thi Lan (External) 3:14 PM`,
    /// `Sjra Vossen 08:55`): up to four capitalised words, an optional bracketed tag,
    /// then a clock time and nothing else. One of the words must be a known name, so
    /// that a heading with a time (`Weekly Sync 10:00`) stays a heading.
    fn mark_header(&mut self, s: usize, end: usize) {
        // Cheap test first, so that most lines cost no list lookup: the line ends in a
        // number (the minutes) or `AM`/`PM` after one.
        let last = end.checked_sub(1).filter(|&l| l > s);
        let ends_in_time = last.is_some_and(|l| {
            self.tok(l).is_some_and(|t| t.digit())
                || (self.tok(l - 1).is_some_and(|t| t.digit()) && self.word_is(l, AM_PM))
        });
        if !ends_in_time {
            return;
        }
        let mut k = s;
        let mut known = false;
        while k < end && k < s + 4 && self.is_word(k) && (k == s || self.spaced(k)) {
            let f = self.flags(k);
            if f & (STOP | ORG | TITLE | ROLE | LABEL | SIGNOFF) != 0 && f & PART == 0 {
                return;
            }
            if !self.is_cap(k) && f & PART == 0 {
                return;
            }
            known |= f & (FIRST | SUR) != 0 && f & PART == 0;
            k += 1;
        }
        let words = k;
        if words == s || !known {
            return;
        }
        if self.is_punct(k, '(') {
            match (k + 1..end.min(k + 5)).find(|&m| self.is_punct(m, ')')) {
                Some(c) => k = c + 1,
                None => return,
            }
        }
        let two_digits = |sc: &Self, m: usize| sc.tok(m).is_some_and(|t| t.digit() && t.len() <= 2);
        let time = two_digits(self, k)
            && self.is_punct(k + 1, ':')
            && self.joined(k + 1)
            && two_digits(self, k + 2)
            && self.joined(k + 2);
        if !time {
            return;
        }
        k += 3;
        if k < end && self.word_is(k, AM_PM) {
            k += 1;
        }
        if k == end {
            for z in s..words {
                self.zone[z] = ZONE_CHAT;
            }
        }
    }

    /// Marks a line that holds only a name in capitals (`OKSANA MELNYK` heading a CV)
    /// as a signature-like zone: two or three all-caps words, the first a known first
    /// name that is not also a word, none a label, organisation or function word.
    fn mark_caps_name_line(&mut self, s: usize, end: usize) {
        if !(2..=3).contains(&end.saturating_sub(s)) {
            return;
        }
        let shaped = (s..end).all(|k| {
            self.is_word(k)
                && (k == s || self.spaced(k))
                && self.toks[k].all_caps(self.text)
                && self.word_text(k).len() >= 2
        });
        if !shaped {
            return;
        }
        for k in s..end {
            let f = self.flags(k);
            let bad = ORG | TITLE | ROLE | LABEL | STOP | PLACE | SIGNOFF | COMMON;
            if f & bad != 0 || (k == s && (f & FIRST == 0 || f & (WORDY | SENT) != 0)) {
                return;
            }
        }
        for z in s..end {
            self.zone[z] = ZONE_SIG;
        }
    }

    /// A heading that announces a person's details on the lines below it (`Mijn
    /// gegevens:`, `Gegevens aanvrager`, `Contactpersoon`, `My details:`), alone on its
    /// line: the next non-empty line, when it is a short line of capitalised words with
    /// no colon or digit, holds the person's name and is read like a signature line.
    fn mark_after_details_heading(&mut self, s: usize, end: usize) {
        // Cheap test first: headings are short lines whose first word (after at most
        // two marks such as `##` or `**`) starts one of the headings.
        if end <= s || end - s > 8 {
            return;
        }
        let Some(first) = (s..end.min(s + 3)).find(|&k| self.is_word(k)) else {
            return;
        };
        if !self.word_is(first, DETAILS_HEADING_STARTS) {
            return;
        }
        let line = &self.text[self.toks[s].start()..self.toks[end - 1].end()];
        let heading = line.trim_matches(|c: char| !c.is_alphanumeric());
        if !DETAILS_HEADINGS
            .iter()
            .any(|h| h.len() == heading.len() && h.eq_ignore_ascii_case(heading))
        {
            return;
        }
        let mut k = end + 1;
        while k < self.toks.len() && self.toks[k].is_newline() {
            k += 1;
        }
        let next_end = self.line_end(k);
        let shaped = next_end > k
            && next_end - k <= 6
            && self.is_cap(k)
            && (k..next_end).all(|j| {
                self.tok(j).is_some_and(|t| {
                    (t.is_word() && !t.digit()) || t.is_initials() || t.is_punct('-')
                })
            });
        // Not a sentence or a heading (`Zie bijlage`, `Gemeente Zwolle`); a title may lead.
        let f = self.flags(k);
        let opens_sentence = f & (STOP | ORG | LABEL | PLACE | SIGNOFF) != 0 && f & TITLE == 0;
        if shaped && !opens_sentence {
            for z in k..next_end {
                self.zone[z] = ZONE_SIG;
            }
        }
    }

    /// When the tokens before the colon at `colon` form a field label (or a role word),
    /// returns the index of the label's first token.
    fn label_before(&mut self, colon: usize) -> Option<usize> {
        let mut last = colon.checked_sub(1)?;
        // `FORENAME(S):`, `Voorna(a)m(en):`-style plural marks: skip `(s)`, `(en)`.
        if self.is_punct(last, ')')
            && last >= 3
            && self.is_punct(last - 2, '(')
            && self.joined(last - 2)
            && self
                .tok(last - 1)
                .is_some_and(|t| t.is_word() && t.len() <= 2)
        {
            last -= 3;
        }
        while self.is_punct(last, '.') {
            last = last.checked_sub(1)?;
        }
        if !self.is_word(last) {
            return None;
        }
        let f = self.flags(last);
        if f & (ROLE | TITLE) != 0 && f & TITLE == 0 {
            return Some(last);
        }
        self.phrase_ending_at(last, LABEL, false)
    }

    /// When a label (`LABEL`) or sign-off (`SIGNOFF`) phrase ends at word `last`,
    /// returns the index of its first word. Phrases are keyed by their first word, so
    /// starts up to four words back are tried.
    fn phrase_ending_at(&mut self, last: usize, flag: u32, signoff: bool) -> Option<usize> {
        let mut starts = [usize::MAX; 4];
        let mut k = last;
        for slot in &mut starts {
            *slot = k;
            let Some(prev) = self.prev_word_skipping_dots(k) else {
                break;
            };
            k = prev;
        }
        for st in starts.into_iter().filter(|&st| st != usize::MAX) {
            if self.flags(st) & flag == 0 {
                continue;
            }
            let lists = self.lists;
            let map = if signoff {
                &lists.signoffs
            } else {
                &lists.labels
            };
            let Some(phrases) = map.get(&self.toks[st].hash) else {
                continue;
            };
            if self.phrase_matches(st, last, phrases) {
                return Some(st);
            }
        }
        None
    }

    fn prev_word_skipping_dots(&self, k: usize) -> Option<usize> {
        let mut j = k.checked_sub(1)?;
        while self.is_punct(j, '.') {
            j = j.checked_sub(1)?;
        }
        self.is_word(j).then_some(j)
    }

    /// The line `[start, end)` is a sign-off (`Met vriendelijke groet,`), nothing else.
    fn is_signoff_line(&mut self, start: usize, end: usize) -> bool {
        if start >= end || !self.is_word(start) || self.flags(start) & SIGNOFF == 0 {
            return false;
        }
        let last_word = (start..end).rev().find(|&j| self.is_word(j));
        let Some(last_word) = last_word else {
            return false;
        };
        if (last_word + 1..end).any(|j| {
            !self
                .tok(j)
                .is_some_and(|t| matches!(t.kind(), Kind::Punct(',' | '!' | '.' | '-')))
        }) {
            return false;
        }
        let lists = self.lists;
        match lists.signoffs.get(&self.toks[start].hash) {
            Some(ps) => self.phrase_matches(start, last_word, ps),
            None => false,
        }
    }

    /// Blocks the tokens of organisation phrases (`Albert Heijn`, `Van Gogh Museum`).
    fn mark_org_phrases(&mut self) {
        for i in 0..self.toks.len() {
            if !self.is_cap(i) || self.flags(i) & ORG_PHRASE == 0 {
                continue;
            }
            let lists = self.lists;
            let Some(phrases) = lists.org_phrases.get(&self.toks[i].hash) else {
                continue;
            };
            let mut best = 0;
            for p in phrases {
                let mut j = i;
                let mut ok = true;
                for (n, w) in p.iter().enumerate() {
                    if n > 0 {
                        j += 1;
                        while self.is_punct(j, '.') && !w.starts_with('.') {
                            j += 1;
                        }
                    }
                    if !self.token_eq(j, w) {
                        ok = false;
                        break;
                    }
                }
                if ok {
                    best = best.max(j + 1);
                }
            }
            for z in i..best {
                self.blocked[z] = true;
            }
        }
    }

    // ----- cues --------------------------------------------------------------------

    /// The index of the word before `i` on the same line, skipping dots and an opening
    /// parenthesis (`dhr. X`, `Medewerker (X)`).
    fn prev_cue_word(&self, i: usize) -> Option<usize> {
        let mut j = i.checked_sub(1)?;
        let mut skipped = 0;
        while self
            .tok(j)
            .is_some_and(|t| t.is_punct('.') || t.is_punct('('))
            && skipped < 2
        {
            j = j.checked_sub(1)?;
            skipped += 1;
        }
        self.is_word(j).then_some(j)
    }

    /// Token `i` starts an item of a label zone: after the colon, a comma, a semicolon,
    /// a slash, `en`/`and`, or a title.
    fn item_start(&mut self, i: usize) -> bool {
        let Some(p) = i.checked_sub(1) else {
            return true;
        };
        match self.tok(p).map(|t| t.kind()) {
            Some(Kind::Punct(
                ':' | ',' | ';' | '/' | '&' | '|' | '-' | '"' | '\'' | '\u{201c}',
            ))
            | Some(Kind::Newline) => true,
            Some(Kind::Word) => self.word_is(p, AND) || self.flags(p) & TITLE != 0,
            Some(Kind::Punct('.')) => self
                .prev_cue_word(i)
                .is_some_and(|w| self.flags(w) & TITLE != 0),
            _ => false,
        }
    }

    fn cue(&mut self, i: usize, use_zone: bool) -> Cue {
        let mut cue = Cue::None;
        if let Some(w) = self.prev_cue_word(i) {
            let f = self.flags(w);
            if f & TITLE != 0 {
                return Cue::Title;
            }
            // Only a title abbreviation may stand before a dot (`dhr.`); after a role
            // word or a sign-off a dot ends the sentence.
            let dotted = (w + 1..i).any(|k| self.is_punct(k, '.'));
            if !dotted
                && f & SIGNOFF_END != 0
                && self.spaced(i)
                && self.phrase_ending_at(w, SIGNOFF, true).is_some()
            {
                return Cue::Context;
            }
            if !dotted && (f & ROLE != 0 || self.role_compound(w) || self.police_rank(w)) {
                cue = Cue::Role;
                if f & ROLE != 0 && w + 1 == i && self.kin_word(w) {
                    return Cue::Context;
                }
            }
        }
        // `Groetjes, Ans`: a sign-off that opens the line, a comma, then the name.
        if i >= 2 && self.is_punct(i - 1, ',') && self.flags(i - 2) & SIGNOFF_END != 0 {
            if let Some(st) = self.phrase_ending_at(i - 2, SIGNOFF, true) {
                if self.at_line_start(st) {
                    return Cue::Context;
                }
            }
        }
        // `Noor: de printer …`, `- Rob: vraagt …`: a speaker or action holder at line start.
        if self.is_punct(i + 1, ':')
            && self.at_line_start(i)
            && self.is_cap(i)
            && (self.flags(i) & FIRST != 0 || self.handle_shaped(i))
            && !self.word_is(i, SYSTEM_SPEAKERS)
        {
            return Cue::Context;
        }
        // `- Stoyan G.: out Friday`: a bulleted speaker with an initial.
        if self.at_line_start(i)
            && i.checked_sub(1).is_some_and(|p| !self.toks[p].is_newline())
            && self.is_cap(i)
            && self
                .tok(i + 1)
                .is_some_and(|t| t.is_initials() && t.space_before())
            && self.is_punct(i + 2, ':')
            && self.flags(i) & (STOP | ORG | TITLE | ROLE | LABEL) == 0
        {
            return Cue::Context;
        }
        if self.action_handle(i) {
            return Cue::Context;
        }
        let zone = self.zone[i];
        if use_zone
            && (zone == ZONE_SIG || zone == ZONE_CHAT || (zone == ZONE_LABEL && self.item_start(i)))
        {
            return Cue::Context;
        }
        // `@jan`, but not the domain of an e-mail address (`jan@example`).
        if i > 0 && self.is_punct(i - 1, '@') && self.joined(i) {
            let glued_before = self.tok(i - 1).is_some_and(|t| !t.space_before())
                && i >= 2
                && !self.toks[i - 2].is_newline();
            if !glued_before {
                return Cue::Context;
            }
        }
        cue
    }

    /// Token `w` is a Dutch compound ending in a role (`kinderarts`, `wijkagent`,
    /// `casemanager`, `jobcoach`): the head of the compound names the role.
    fn role_compound(&self, w: usize) -> bool {
        ROLE_HEADS.ends(self.word_text(w), 3)
    }

    /// An age in brackets starts at token `k`: `(14)`, `(7 jr)`.
    fn age_follows(&self, k: usize) -> bool {
        let age = self.tok(k + 1).is_some_and(|t| {
            t.digit()
                && t.len() <= 3
                && self.text[t.start()..t.end()]
                    .bytes()
                    .all(|b| b.is_ascii_digit())
        });
        self.is_punct(k, '(')
            && age
            && (self.is_punct(k + 2, ')') || self.word_is(k + 2, AGE_UNITS))
    }

    /// `heb je saskias dossier`, `did u see omar's car`: a lower-case first name with a
    /// possessive `s` (with or without apostrophe) before a lower-case noun, as sloppy
    /// chat writes it. Only curated names that are not ordinary words (the COMMON and
    /// WORDY flags keep `bas`, `roos`, `will` words) and, without an apostrophe, not
    /// surnames either, since a plural `s` then looks the same.
    fn lower_possessive(&mut self, i: usize) -> bool {
        if !(self.spaced(i + 1) && self.is_word(i + 1) && !self.is_cap(i + 1)) {
            return false;
        }
        let (text, t) = (self.text, self.toks[i]);
        let w = &text[t.start()..t.end()];
        let (stem, apostrophe) = match w.strip_suffix("'s").or_else(|| w.strip_suffix("\u{2019}s"))
        {
            Some(stem) => (stem, true),
            None => (&w[..w.len() - 1], false),
        };
        let n = stem.chars().count();
        if !(3..=12).contains(&n) || (!apostrophe && n < 4) {
            return false;
        }
        fold_into(stem, &mut self.buf);
        let f = self.lists.get(&self.buf);
        let bad = WORDY | COMMON | STOP | SENT | ORG | PLACE | PART | TITLE | ROLE;
        f & FIRST != 0 && f & CURATED != 0 && f & bad == 0 && (apostrophe || f & SUR == 0)
    }

    /// `Assignee: anouk.jansen`, `p.devries: deploy klaar`: a user handle that spells a
    /// name, as the value of a label or as a speaker at a line start. Only a known first
    /// name (or one initial) and a known surname, neither an ordinary word, and not part
    /// of an e-mail address or host name (glued `@` or `.` on either side).
    fn dotted_handle(&mut self, i: usize) -> Option<usize> {
        let glued = |s: &Self, k: usize| s.tok(k).is_some_and(|t| !t.space_before());
        if !(glued(self, i + 1) && glued(self, i + 2) && self.is_word(i + 2)) {
            return None;
        }
        let end = i + 3;
        let closes = self
            .tok(end)
            .is_none_or(|t| t.is_newline() || t.is_punct(':') || t.is_punct(','));
        if glued(self, end) && !closes {
            return None;
        }
        if i.checked_sub(1)
            .is_some_and(|p| glued(self, i) && !self.toks[p].is_newline() && !self.is_punct(p, ':'))
        {
            return None;
        }
        let labelled = self.zone[i] == ZONE_LABEL && self.item_start(i);
        let speaker = self.at_line_start(i) && self.is_punct(end, ':');
        if !(labelled || speaker) {
            return None;
        }
        let bad = WORDY | COMMON | STOP | SENT | ORG | PLACE | TITLE | ROLE;
        let (f, g) = (self.flags(i), self.flags(i + 2));
        let initial = self.word_text(i).chars().count() == 1;
        let first_ok = initial || (f & FIRST != 0 && f & bad == 0);
        let sur_ok = g & SUR != 0 && g & bad == 0 && self.word_text(i + 2).chars().count() >= 3;
        (first_ok && sur_ok).then_some(end)
    }

    /// `@jdevries`, `user=pjansen`, `gebruiker mvdberg`: a user handle of one initial
    /// and a surname (perhaps with glued particles), all lower case, where a user is
    /// named: after a glued `@` (not inside an e-mail address), after a user label, or
    /// as a speaker at a line start. The surname must be listed and not a function,
    /// place or organisation word; a short surname that is also a word (`hall`,
    /// `park`) counts only after particles.
    fn undotted_handle(&mut self, i: usize) -> bool {
        // The context first: most lower-case words stand in running text.
        let t = self.toks[i];
        let Some(p) = i.checked_sub(1).filter(|_| (5..=24).contains(&t.len())) else {
            return false;
        };
        let before_ok = match self.toks[p].kind() {
            Kind::Punct('@' | '=' | ':') => true,
            // Cheap test first: the first letters of the labels.
            Kind::Word => {
                let first = self.text.as_bytes().get(self.toks[p].start()).copied();
                matches!(
                    first.map(|c| c | 0x20),
                    Some(b'u' | b'l' | b'g' | b'a' | b'o' | b'r' | b'm')
                ) && self.word_is(p, USER_LABELS)
            }
            Kind::Newline => self.is_punct(i + 1, ':'),
            _ => false,
        };
        if !before_ok {
            return false;
        }
        let text = self.text;
        let w = &text[t.start()..t.end()];
        if !w.bytes().all(|c| c.is_ascii_lowercase()) {
            return false;
        }
        let mention = self.is_punct(p, '@')
            && self.joined(i)
            && p.checked_sub(1)
                .is_none_or(|q| !self.toks[q].is_word() || self.spaced(p));
        let labelled = || {
            let q = if self.is_punct(p, '=') || self.is_punct(p, ':') {
                p.checked_sub(1)
            } else {
                Some(p)
            };
            q.is_some_and(|q| self.is_word(q) && self.word_is(q, USER_LABELS))
        };
        let speaker = self.at_line_start(i) && self.is_punct(i + 1, ':');
        if !(mention || speaker || labelled()) || self.flags(i) != 0 {
            return false;
        }
        let rest = &w[1..];
        let stripped = GLUED_PARTICLES
            .iter()
            .find_map(|pp| rest.strip_prefix(pp).filter(|r| r.len() >= 3));
        let bad = STOP | ORG | PLACE | TITLE | ROLE | PART | COMMON;
        let whole = self.lists.get(rest);
        let plain = whole & SUR != 0 && whole & bad == 0 && (rest.len() >= 5 || whole & WORDY == 0);
        plain
            || stripped.is_some_and(|r| {
                let f = self.lists.get(r);
                f & SUR != 0 && f & bad == 0
            })
    }

    /// Token `k` is a police rank in its usual spelling (`PC`, `DS`, `Sgt`).
    fn police_rank(&self, k: usize) -> bool {
        let w = self.word_text(k);
        POLICE_RANKS.contains(&w)
    }

    /// Token `k` names a bot (`deploybot`, `PagerBot`): a chat speaker that is software.
    fn bot_word(&self, k: usize) -> bool {
        let w = self.word_text(k).as_bytes();
        w.len() > 3 && w[w.len() - 3..].eq_ignore_ascii_case(b"bot")
    }

    /// Token `p` is a Dutch shop compound (`Bloemenhuis`, `Fietsenwinkel`).
    fn shop_compound(&self, p: usize) -> bool {
        // At least four letters before the head: `Bloemenhuis`, not `Huis`.
        SHOP_HEADS.ends(self.word_text(p), 4)
    }

    /// A field label and its colon start at token `k` (`Voornamen:` after the value of
    /// `Achternaam:` on the same line): the value before it ends there.
    fn label_at(&mut self, k: usize) -> bool {
        if !self.is_word(k) || self.flags(k) & (LABEL | ROLE) == 0 {
            return false;
        }
        let Some(colon) = (k + 1..(k + 8).min(self.toks.len()))
            .take_while(|&c| !self.toks[c].is_newline())
            .find(|&c| self.is_punct(c, ':'))
        else {
            return false;
        };
        self.label_before(colon) == Some(k)
    }

    /// Word `k` ends like a street. The strong endings (`-straat`, `-laan`, `-gracht`,
    /// `-street`) always mark one. The weak endings are also common surname endings
    /// (`Hoogendijk`, `Oosterhof`, `Agarwal`): they mark a street only before a house
    /// number, after a capitalised honorific that Dutch street names start with
    /// (`Burgemeester Stramanweg`), or when the word is not a listed surname itself but
    /// its stem is a name (`Julianaweg`, `Henriette Roland Holstweg`, `Visserweg`).
    fn street_word(&mut self, k: usize) -> bool {
        if !self.ends_with_any(k, STREET_SUFFIXES) {
            return false;
        }
        if !self.ends_with_any(k, WEAK_STREET_SUFFIXES) {
            return true;
        }
        if self.spaced(k + 1) && self.tok(k + 1).is_some_and(|t| t.digit()) {
            return true;
        }
        if k.checked_sub(1)
            .is_some_and(|p| self.is_cap(p) && self.spaced(k) && self.word_is(p, STREET_HONORIFICS))
        {
            return true;
        }
        let (text, t) = (self.text, self.toks[k]);
        let w = &text[t.start()..t.end()];
        let Some(suffix) = WEAK_STREET_SUFFIXES.list.iter().find(|s| {
            w.len() > s.len()
                && w.as_bytes()[w.len() - s.len()..].eq_ignore_ascii_case(s.as_bytes())
        }) else {
            return false;
        };
        let Some(stem) = w.get(..w.len() - suffix.len()) else {
            return false;
        };
        let n = stem.chars().count();
        if n < 4 {
            return false;
        }
        fold_into(stem, &mut self.buf);
        let f = self.lists.get(&self.buf);
        f & (FIRST | SUR) != 0 && self.flags(k) & SUR == 0
    }

    /// Token `i` is a Dutch initials handle (`AvdB`, `KdJ`, `JvdM`): capitals for the
    /// given name and surname, lower-case letters only for particles (`v`, `d`, `t`).
    fn handle_shaped(&self, i: usize) -> bool {
        let w = self.word_text(i).as_bytes();
        (3..=5).contains(&w.len())
            && w[0].is_ascii_uppercase()
            && w[w.len() - 1].is_ascii_uppercase()
            && w[1..w.len() - 1]
                .iter()
                .all(|&c| c.is_ascii_uppercase() || matches!(c, b'v' | b'd' | b't'))
            && w.iter().any(u8::is_ascii_lowercase)
            && !self.institution_abbreviation(i)
    }

    /// Token `i` is an abbreviation of a body in handle shape (`KvK`, `PvdA`): a capital,
    /// a lower-case letter, and a capital at the end, then the list.
    fn institution_abbreviation(&self, i: usize) -> bool {
        let Some(t) = self.toks.get(i) else {
            return false;
        };
        let Some(b) = self.text.as_bytes().get(t.start()..t.end()) else {
            return false;
        };
        (3..=4).contains(&b.len())
            && b[0].is_ascii_uppercase()
            && b[1].is_ascii_lowercase()
            && b[b.len() - 1].is_ascii_uppercase()
            && INSTITUTION_ABBREVIATIONS.contains_bytes(b)
    }

    /// `Actie: HvdB`, `(actie SdK)`, `door JvL`: an initials handle after a word that
    /// assigns an action (or says who did it) names the person, as minutes write them.
    fn action_handle(&self, i: usize) -> bool {
        // Cheap test first: a capital at both ends (most capitalised words end lower case).
        let t = self.toks[i];
        let b = self.text.as_bytes();
        let shape = (3..=5).contains(&t.len())
            && b.get(t.end() - 1).is_some_and(u8::is_ascii_uppercase)
            && b.get(t.start()).is_some_and(u8::is_ascii_uppercase);
        if !shape || !self.handle_shaped(i) {
            return false;
        }
        let mut p = i.checked_sub(1);
        if p.is_some_and(|q| self.is_punct(q, ':') || self.is_punct(q, '(')) {
            p = p.and_then(|q| q.checked_sub(1));
        }
        p.is_some_and(|q| self.is_word(q) && self.word_is(q, ACTION_WORDS))
    }

    /// `Aanwezig: SdK, HvdB, PJ`: in a list of a label zone that holds an initials
    /// handle, a short all-caps item is initials of a person too (not a function or
    /// organisation word such as `HR`, `IT`, `NS`).
    fn initials_in_handle_list(&mut self, i: usize) -> bool {
        let t = self.toks[i];
        if !(self.zone[i] == ZONE_LABEL
            && t.is_word()
            && (2..=3).contains(&t.len())
            && t.all_caps(self.text)
            && self.item_start(i)
            && self.fills_item(i + 1))
        {
            return false;
        }
        if self.flags(i) & (STOP | ORG | TITLE | ROLE | LABEL | PLACE) != 0
            || self.institution_abbreviation(i)
        {
            return false;
        }
        let from = i.saturating_sub(40);
        let to = (i + 40).min(self.toks.len());
        let before = (from..i)
            .rev()
            .take_while(|&k| !self.toks[k].is_newline())
            .any(|k| self.is_word(k) && self.handle_shaped(k));
        before
            || (i + 1..to)
                .take_while(|&k| !self.toks[k].is_newline())
                .any(|k| self.is_word(k) && self.handle_shaped(k))
    }

    /// Token `i` is the first of its line, after an optional bullet.
    fn at_line_start(&self, i: usize) -> bool {
        let Some(p) = i.checked_sub(1) else {
            return true;
        };
        match self.tok(p).map(|t| t.kind()) {
            Some(Kind::Newline) => true,
            Some(Kind::Punct('-' | '*' | '\u{2022}' | '\u{2013}')) => {
                p == 0 || self.tok(p - 1).is_some_and(|t| t.is_newline())
            }
            _ => false,
        }
    }

    /// Token `i` starts a sentence or a line.
    fn sentence_start(&self, i: usize) -> bool {
        let Some(p) = i.checked_sub(1) else {
            return true;
        };
        matches!(
            self.tok(p).map(|t| t.kind()),
            Some(
                Kind::Newline
                    | Kind::Punct(
                        '.' | '!'
                            | '?'
                            | ':'
                            | ';'
                            | '"'
                            | '\u{201c}'
                            | '\''
                            | '*'
                            | '•'
                            | '>'
                            | '-'
                            | '('
                    )
            )
        )
    }

    // ----- name grammar --------------------------------------------------------------

    /// A word that may be the core of a surname.
    fn core_ok(&mut self, i: usize) -> bool {
        if !self.is_name_cap(i) || self.blocked[i] {
            return false;
        }
        if self.institution_abbreviation(i) {
            return false;
        }
        let f = self.flags(i);
        if f & (TITLE | PART) != 0 || (f & STOP != 0 && f & SUR == 0) {
            return false;
        }
        if f & ORG != 0 && !self.after_announced_initials(i) {
            return false;
        }
        if f & PLACE != 0 && f & SUR == 0 {
            // A place is a surname only after a particle or initials: `van Houten`.
            let Some(p) = i.checked_sub(1) else {
                return false;
            };
            let after_particle = self.is_word(p) && self.flags(p) & PART != 0;
            let after_initials = self.tok(p).is_some_and(|t| t.is_initials());
            return after_particle || after_initials;
        }
        true
    }

    /// Token `k` follows initials that a title or a field label announces (`dr. P.
    /// Zaal`, `mevrouw A. Bank`, `Behandelaar: J. Kerk`): a title and initials make a
    /// person of a surname that is also an organisation or building word.
    fn after_announced_initials(&mut self, k: usize) -> bool {
        let Some(p) = k.checked_sub(1) else {
            return false;
        };
        if !(self.spaced(k) && self.tok(p).is_some_and(|t| t.is_initials()))
            || self.word_is(p, LEGAL_FORMS)
        {
            return false;
        }
        let titled = self
            .prev_cue_word(p)
            .is_some_and(|w| self.flags(w) & TITLE != 0);
        titled || (self.zone[p] == ZONE_LABEL && self.item_start(p))
    }

    /// Reads particles starting at `j` (up to three) that form a valid sequence and are
    /// followed by a capitalised core; returns the index after them.
    fn particles(&mut self, j: usize) -> Option<usize> {
        let mut k = j;
        let mut seq: [&'static str; 3] = [""; 3];
        let mut len = 0;
        while len < 3 && self.is_word(k) && self.flags(k) & PART != 0 && (k == j || self.spaced(k))
        {
            seq[len] = self.particle(k);
            len += 1;
            k += 1;
        }
        // Longest valid prefix of the sequence that is followed by a core.
        while len > 0 {
            let refs = &seq[..len];
            if particle_sequence_ok(refs) && self.spaced(k) && self.core_ok(k) {
                return Some(k);
            }
            // Arabic particles joined by a hyphen: `Al-Masri`, `El-Amrani`, `Ben-Ali`.
            let arabic = matches!(refs, ["el" | "al" | "ben" | "bin" | "abu" | "ait" | "aït"]);
            if arabic
                && self.is_punct(k, '-')
                && self.joined(k)
                && self.joined(k + 1)
                && self.core_ok(k + 1)
            {
                return Some(k + 1);
            }
            len -= 1;
            k -= 1;
        }
        None
    }

    /// Reads `core[-[particles] core]*` at `j`; returns the index after it.
    fn core(&mut self, j: usize, ev: &mut Evidence, loose: bool) -> usize {
        if !self.core_ok(j) {
            return j;
        }
        let f = self.flags(j);
        ev.core = 1;
        ev.core_sur = f & SUR != 0;
        ev.core_sur_plain = f & SUR != 0 && f & (WORDY | STOP) == 0;
        ev.core_first = f & FIRST != 0;
        let mut k = j + 1;
        // Double names: `Jansen-de Vries`, `Al-Masri`, `Kaya-Yılmaz`.
        while self.is_punct(k, '-') && self.joined(k) && self.joined(k + 1) {
            let mut m = k + 1;
            if let Some(after) = self.particles(m) {
                m = after;
            }
            // `Tjin-A-Djie`, `Kon-A-Sing`: a linking capital between two hyphens.
            if self.word_text(m).len() == 1
                && self.is_cap(m)
                && self.is_punct(m + 1, '-')
                && self.joined(m + 1)
                && self.joined(m + 2)
                && self.core_ok(m + 2)
            {
                k = m + 1;
                continue;
            }
            if m < self.toks.len() && self.core_ok(m) {
                let g = self.flags(m);
                ev.core_sur |= g & SUR != 0;
                ev.core_sur_plain |= g & SUR != 0 && g & (WORDY | STOP) == 0;
                ev.core += 1;
                k = m + 1;
            } else {
                break;
            }
        }
        // `Marieke Oude Luttikhuis`, `J. Klein Gunnewiek`: a surname prefix of the east of
        // the Netherlands takes the next capitalised word, after a first name or initials.
        if ev.core == 1
            && (ev.given > 0 || ev.initials)
            && self.word_is(j, EAST_PREFIXES)
            && self.spaced(k)
            && self.is_cap(k)
            && self.core_ok(k)
        {
            ev.core += 1;
            k += 1;
        }
        // A second surname word (`García Márquez`), only when it is a plain known surname.
        // In a context position (signature, label, chat) any capitalised word may follow.
        if ev.core == 1 && self.spaced(k) && self.core_ok(k) {
            let g = self.flags(k);
            if g & SUR != 0 && g & (WORDY | STOP | FIRST) == 0 && !self.is_punct(k + 1, ':') {
                ev.core += 1;
                k += 1;
            }
        }
        // `Tjon A Fong`, `Kon A Sjoe`: the Chinese-Surinamese linking `A` between two
        // capitalised words, when one of them is a known surname.
        if ev.core == 1
            && self.spaced(k)
            && self.word_text(k) == "A"
            && self.spaced(k + 1)
            && self.core_ok(k + 1)
            && (ev.core_sur || self.flags(k + 1) & SUR != 0)
            && !self.toks[k + 1].all_caps(self.text)
        {
            ev.core += 1;
            k += 2;
        }
        // `Lucía Fernández de la Vega`, `Ana García del Río`: Spanish and Portuguese
        // particles between the two surnames of a full name, before a known surname.
        if ev.core == 1
            && (ev.given > 0 || ev.initials || ev.unknown_given)
            && self.spaced(k)
            && self.word_is(k, MID_PARTICLES)
            && !self.is_cap(k)
        {
            if let Some(after) = self.particles(k) {
                let g = self.flags(after);
                if g & SUR != 0 && g & (PLACE | ORG | STOP) == 0 {
                    ev.core += 1;
                    k = after + 1;
                }
            }
        }
        while loose && ev.core < 3 && self.spaced(k) && self.core_ok(k) && !self.label_at(k) {
            ev.core += 1;
            k += 1;
        }
        // `Xandor van Plimsel` in a field or signature: an unlisted first word, then
        // particles and another capitalised word.
        if loose && ev.core == 1 && k == j + 1 && !ev.particles && self.spaced(k) {
            if let Some(after) = self.particles(k) {
                if !self.label_at(after) {
                    ev.core += 1;
                    ev.particles = true;
                    k = after + 1;
                }
            }
        }
        k
    }

    /// Reads a name starting at `i`; returns the index after it and the evidence.
    fn read_name(&mut self, i: usize, loose: bool) -> Option<(usize, Evidence)> {
        let mut ev = Evidence::default();
        let mut j = i;
        let t = *self.tok(i)?;
        let bare_initial = self.loose
            && t.cap()
            && !t.digit()
            && t.is_word()
            && t.len() == 1
            && self.spaced(i + 1)
            && self.is_name_cap(i + 1);
        if t.is_initials() || bare_initial {
            ev.initials = true;
            j += 1;
        } else if self.is_name_cap(i) && !self.blocked[i] {
            let f = self.flags(i);
            let place = f & PLACE != 0 && f & CURATED == 0;
            if f & FIRST != 0 && f & (ORG | TITLE | PART) == 0 && !place {
                ev.given_wordy = f & (WORDY | STOP) != 0;
                ev.given_stop = f & STOP != 0;
                ev.given_sent = f & (STOP | SENT) != 0;
                while ev.given < 4
                    && self.is_name_cap(j)
                    && !self.blocked[j]
                    && (j == i || self.spaced(j))
                {
                    let g = self.flags(j);
                    if g & FIRST == 0
                        || g & (ORG | TITLE | PART) != 0
                        || (j > i && g & STOP != 0 && g & SUR == 0)
                    {
                        break;
                    }
                    ev.given += 1;
                    j += 1;
                    // `Anne-Marie`, `Mehmet-Ali`.
                    if self.is_punct(j, '-')
                        && self.joined(j)
                        && self.joined(j + 1)
                        && self.is_name_cap(j + 1)
                        && self.flags(j + 1) & FIRST != 0
                    {
                        j += 2;
                    }
                }
                // A middle initial: `Jan P. Jansen`.
                if self
                    .tok(j)
                    .is_some_and(|t| t.is_initials() && t.space_before())
                {
                    j += 1;
                }
            } else if f & (FIRST | SUR | STOP | ORG | TITLE | ROLE | WORDY | PART | PLACE) == 0
                && (loose || !self.sentence_start(i))
                && self.spaced(i + 1)
                && self.is_name_cap(i + 1)
            {
                let g = self.flags(i + 1);
                // A surname that is also a first name (`Sifan Hassan`, `Jaïro Martina`)
                // only after a given-name-shaped word: mixed case, three letters or more.
                let given_shaped =
                    self.word_text(i).chars().count() >= 3 && !self.toks[i].all_caps(self.text);
                if g & SUR != 0
                    && g & (WORDY | STOP | ORG | PLACE) == 0
                    && (g & FIRST == 0 || given_shaped)
                {
                    ev.unknown_given = true;
                    j += 1;
                }
            } else if f & (FIRST | SUR | STOP | ORG | TITLE | ROLE | WORDY | PART | PLACE) == 0
                && (loose || !self.sentence_start(i))
                && self.spaced(i + 1)
            {
                // `Soumaya Aït Taleb`, `Xandro van Dijk`: unknown first name, particles, known surname.
                if let Some(after) = self.particles(i + 1) {
                    if self.flags(after) & SUR != 0 {
                        ev.unknown_given = true;
                        j += 1;
                    }
                }
            }
        }
        // A call name in brackets: `E.M. (Els) de Bruin`, `Hendrika Johanna (Riek) van Dam`,
        // or in quotes: `Patrick "Paddy" Nolan` (a nickname in quotes may be unlisted).
        let quoted = self.nickname_quotes(j);
        if (ev.initials || ev.given > 0)
            && (self.is_punct(j, '(') || quoted)
            && self.is_cap(j + 1)
            && (self.flags(j + 1) & FIRST != 0
                || (quoted && self.flags(j + 1) & (STOP | ORG | TITLE | ROLE | PLACE) == 0))
            && (self.is_punct(j + 2, ')') || quoted)
            && self.spaced(j + 3)
            && (self.core_ok(j + 3) || self.flags(j + 3) & PART != 0)
        {
            j += 3;
        }
        // Particles, then the core.
        let before_particles = j;
        if j == i || self.spaced(j) {
            if let Some(after) = self.particles(j) {
                ev.particles = true;
                if j == i {
                    ev.lead_particle = true;
                    ev.lead_particle_strong = self.is_cap(i)
                        && matches!(
                            self.particle(i),
                            "van" | "de" | "den" | "ter" | "ten" | "el" | "ait" | "aït"
                        );
                }
                j = after;
            }
        }
        if j == i || ev.particles || (j == before_particles && self.spaced(j)) {
            let before_core = j;
            j = self.core(j, &mut ev, loose);
            if ev.particles && j == before_core {
                // Particles must be followed by a core; undo them.
                ev.particles = false;
                ev.lead_particle = false;
                j = before_particles;
            }
        }
        // Two or more first names and nothing after them: the last one, when it is
        // also a surname, is the surname (`Gül Aksoy`, `Lan Li`, `Amal Kidane`).
        if ev.given >= 2 && ev.core == 0 && !ev.particles && j == before_particles {
            let last = (i..j).rev().find(|&k| self.is_word(k));
            if let Some(last) = last {
                let g = self.flags(last);
                if g & SUR != 0 {
                    ev.given -= 1;
                    ev.core = 1;
                    ev.core_sur = true;
                    ev.core_sur_plain = g & (WORDY | STOP) == 0;
                }
            }
        }
        (j > i).then_some((j, ev))
    }

    /// Sorted form at `i`: `Vries, J.P. de`, `El Amrani, R.`, `Horst, M.T.K. ter`.
    fn sorted_at(&mut self, i: usize) -> Option<usize> {
        // Cheap test first: a comma within the next few tokens.
        if !(i + 1..(i + 7).min(self.toks.len())).any(|k| self.is_punct(k, ',')) {
            return None;
        }
        let mut ev = Evidence::default();
        let mut j = i;
        if let Some(after) = self.particles(i) {
            j = after;
        }
        let f = self.flags(j);
        if !self.is_cap(j)
            || f & (ORG | TITLE) != 0
            || (f & STOP != 0 && f & SUR == 0)
            || self.blocked[j]
        {
            return None;
        }
        let k = self.core(j, &mut ev, false);
        let k = if k == j { j + 1 } else { k };
        // `Tesfay Alkhatib, S.D. Chaoui` is a list of two names, not a sorted form.
        if (j..k).filter(|&m| self.is_word(m)).count() > 1 && !(j..k).any(|m| self.is_punct(m, '-'))
        {
            return None;
        }
        if !(self.is_punct(k, ',')
            && self
                .tok(k + 1)
                .is_some_and(|t| t.is_initials() && t.space_before()))
        {
            return None;
        }
        let mut end = k + 2;
        // Trailing particles in lower case: `J.P. de`, `M.T.K. ter`.
        let mut seq: Vec<&'static str> = Vec::with_capacity(0);
        let mut m = end;
        while seq.len() < 3
            && self.is_word(m)
            && self.spaced(m)
            && self.flags(m) & PART != 0
            && !self.is_cap(m)
        {
            seq.push(self.particle(m));
            m += 1;
        }
        while !seq.is_empty() {
            let next_is_word = self.is_word(m) && self.spaced(m);
            if particle_sequence_ok(&seq) && !next_is_word {
                end = m;
                break;
            }
            seq.pop();
            m -= 1;
        }
        // Initials followed by a surname belong to the next name.
        if end == k + 2 && self.spaced(end) && (self.is_cap(end) || self.flags(end) & PART != 0) {
            return None;
        }
        Some(end)
    }

    /// The whole speaker of a chat line (`[14:02] momo:`, `Vu Van Minh 3:16 PM`). The
    /// slot names a person whatever the words are, when they are name-shaped: one word
    /// in any case, or capitalised words with particles; not a system or log word, and
    /// all caps only when listed (`INFO:` is a log level).
    fn speaker_at(&mut self, i: usize) -> Option<usize> {
        let chat = |s: &Self, k: usize| s.zone.get(k) == Some(&ZONE_CHAT);
        if !chat(self, i) || i.checked_sub(1).is_some_and(|p| chat(self, p)) {
            return None;
        }
        let mut k = i;
        while k < i + 4 && chat(self, k) && self.is_word(k) && (k == i || self.spaced(k)) {
            let f = self.flags(k);
            let particle = f & PART != 0 && k > i;
            if (!particle && f & (ORG | TITLE | ROLE | LABEL | SIGNOFF) != 0)
                || (f & STOP != 0 && f & (SUR | PART) == 0)
                || (self.toks[k].all_caps(self.text) && f & (FIRST | SUR) == 0)
                || (k > i && !self.is_cap(k) && f & PART == 0)
                || self.word_is(k, SYSTEM_SPEAKERS)
                || self.bot_word(k)
            {
                return None;
            }
            k += 1;
        }
        let closed = !chat(self, k)
            || self.is_punct(k, '(')
            || self.tok(k).is_some_and(|t| t.is_word() && t.digit());
        let last_particle = self.flags(k - 1) & PART != 0 && k > i + 1;
        let one_lower = k == i + 1 && !self.is_cap(i) && self.word_text(i).chars().count() >= 2;
        (k > i && closed && !last_particle && (self.is_cap(i) || one_lower)).then_some(k)
    }

    /// A short lower-case handle that signs a message after a sign-off on the same
    /// line (`mvg dj`, `groetjes bev (Beverley)`): the sign-off announces the writer.
    fn signoff_handle(&mut self, i: usize) -> bool {
        let t = self.toks[i];
        if !(t.is_word() && !t.digit() && (2..=4).contains(&t.len()) && self.spaced(i)) {
            return false;
        }
        let ends = self
            .tok(i + 1)
            .is_none_or(|n| n.is_newline() || n.is_punct('('));
        let Some(p) = i.checked_sub(1) else {
            return false;
        };
        ends && self.is_word(p)
            && self.flags(p) & SIGNOFF_END != 0
            && self.flags(i) & (STOP | ORG | TITLE | ROLE | PART) == 0
            && self.phrase_ending_at(p, SIGNOFF, true).is_some()
    }

    /// A word that may be the surname of a sorted form in a field position: capitalised
    /// or all caps (registers write `DE KONING`), and not a label, greeting or other
    /// word class that stands before a comma at a line start (`Dag, Anna`, `Sorry, Jan`).
    fn sorted_core_ok(&mut self, k: usize) -> bool {
        if !self.is_cap(k) || self.blocked[k] || self.word_text(k).chars().count() < 2 {
            return false;
        }
        let f = self.flags(k);
        f & (ORG | TITLE | ROLE | LABEL | SIGNOFF | SIGNOFF_END | PART) == 0
            && (f & SUR != 0 || f & (STOP | PLACE | COMMON | SENT) == 0)
    }

    /// Sorted form with first names in a field position: `DE KONING, ROY`,
    /// `Wibisono, Ayu Lestari`, `MOREIRA, Rafael | 17-05-1975`. Registers, forms and
    /// exports write the surname first; the comma then separates the two halves of
    /// one name, not two names. Only where a field starts (after a label, at a line
    /// start, after `|`) and when the first names fill the field. Without a label the
    /// surname must be written in capitals or be a known surname, so that a line like
    /// `Sorry, Anna.` stays a sentence.
    fn sorted_given_at(&mut self, i: usize, cue: Cue) -> Option<usize> {
        if !(i + 1..(i + 6).min(self.toks.len())).any(|k| self.is_punct(k, ',')) {
            return None;
        }
        // A label's field, not the next item of a list after a comma.
        let labelled =
            cue == Cue::Context && i.checked_sub(1).is_some_and(|p| self.is_punct(p, ':'));
        // `Okafor, Chidi; Claessens, Marieke`: a semicolon separates the items of a list
        // of sorted names as a cell boundary does.
        let row = self.at_line_start(i)
            || i.checked_sub(1).is_some_and(|p| {
                self.is_punct(p, '|')
                    || self.is_punct(p, ';')
                    || self.is_punct(p, ':')
                    || self.is_punct(p, '"')
            });
        if !labelled && !row {
            return None;
        }
        // [particles] core[-core]
        let mut seq: [&'static str; 3] = [""; 3];
        let mut len = 0;
        let mut j = i;
        while len < 3 && self.is_word(j) && self.flags(j) & PART != 0 && (j == i || self.spaced(j))
        {
            seq[len] = self.particle(j);
            len += 1;
            j += 1;
        }
        if len > 0 && !(particle_sequence_ok(&seq[..len]) && self.spaced(j)) {
            return None;
        }
        if !self.sorted_core_ok(j) {
            return None;
        }
        let caps = self.toks[j].all_caps(self.text);
        let known = self.flags(j) & SUR != 0;
        let mut k = j + 1;
        while self.is_punct(k, '-')
            && self.joined(k)
            && self.joined(k + 1)
            && self.sorted_core_ok(k + 1)
        {
            k += 2;
        }
        if !labelled && !caps && !known {
            return None;
        }
        if !(self.is_punct(k, ',') && self.spaced(k + 1)) {
            return None;
        }
        // First names: the first one known (or, after a surname in capitals, any
        // capitalised word: `LYSENKO, Kateryna`), up to three.
        let g = k + 1;
        let given_ok = |s: &mut Self, m: usize| {
            let f = s.flags(m);
            s.is_cap(m)
                && !s.blocked[m]
                && f & (ORG | TITLE | ROLE | LABEL | STOP | PART | PLACE) == 0
        };
        if !given_ok(self, g) {
            return None;
        }
        let g_caps = self.toks[g].all_caps(self.text);
        let title_case = !g_caps && self.word_text(g).chars().count() >= 3;
        // A label or list position and a known surname carry an unlisted first name
        // that is not a surname itself (`Deelnemers: Okafor, Chidi`).
        let gf = self.flags(g);
        let placed = (labelled || self.zone[i] != 0) && known && gf & SUR == 0;
        if gf & FIRST == 0 && !(caps && title_case) && !(placed && title_case) {
            return None;
        }
        let mut end = g + 1;
        while end < g + 4 && self.spaced(end) && self.is_word(end) && !self.column_gap_before(end) {
            // `NGUYEN, Tran Van Minh`: a capitalised particle inside the first names.
            let inner_particle = self.is_cap(end)
                && self.flags(end) & PART != 0
                && self.spaced(end + 1)
                && given_ok(self, end + 1);
            if !(given_ok(self, end) || inner_particle) {
                break;
            }
            end += 1;
        }
        // `Aanwezig: De Vries, Anna, Piet` lists names; a sorted name ends its field.
        let listing = self.is_punct(end, ',') && self.spaced(end + 1) && self.is_cap(end + 1);
        (self.fills_item(end) && !listing).then_some(end)
    }

    /// The airline form `SURNAME/FIRSTNAME MRS` of tickets and passenger lists: all
    /// caps, the surname (with particles) and the first names joined by a slash, then
    /// an honorific (or a field label before it). The honorific stays outside.
    fn airline_at(&mut self, i: usize, cue: Cue) -> Option<usize> {
        let caps = |s: &Self, k: usize| {
            s.tok(k).is_some_and(|t| {
                t.is_word() && !t.digit() && t.cap() && (t.len() == 1 || t.all_caps(s.text))
            })
        };
        let mut k = i;
        while k < i + 3 && caps(self, k) && self.flags(k) & PART != 0 && self.spaced(k + 1) {
            k += 1;
        }
        if !caps(self, k) || (k > i && !self.spaced(k)) {
            return None;
        }
        k += 1;
        while self.is_punct(k, '-') && self.joined(k) && self.joined(k + 1) && caps(self, k + 1) {
            k += 2;
        }
        if !(self.is_punct(k, '/') && self.joined(k) && self.joined(k + 1) && caps(self, k + 1)) {
            return None;
        }
        let mut end = k + 2;
        while end < k + 4 && self.spaced(end) && caps(self, end) && !self.word_is(end, HONORIFICS) {
            end += 1;
        }
        let titled = self.spaced(end) && self.word_is(end, HONORIFICS);
        (titled || (cue == Cue::Context && self.fills_item(end))).then_some(end)
    }

    /// A name that starts with a lower-case first name: a full name (`jan de vries`,
    /// `paweł krawczyk`), or a first name alone when a cue announces it (`mijn collega
    /// pieter`, a signature, `@jan`) or when it is a curated name that is not a word.
    fn lowercase_at(&mut self, i: usize, cue: Cue) -> Option<(usize, f32)> {
        if !self.is_word(i) || self.is_cap(i) || self.word_text(i).chars().count() < 2 {
            return None;
        }
        let f = self.flags(i);
        if f & FIRST == 0
            || f & (STOP | ORG | TITLE | ROLE | PART | PLACE) != 0
            || self.word_is(i, GROUP_WORDS)
        {
            return None;
        }
        let wordy = f & (WORDY | COMMON) != 0;
        // Surname: [particles] surname, all in lower case.
        let mut k = i + 1;
        let mut seq: Vec<&'static str> = Vec::with_capacity(0);
        while seq.len() < 3
            && self.is_word(k)
            && self.spaced(k)
            && !self.is_cap(k)
            && self.flags(k) & PART != 0
        {
            seq.push(self.particle(k));
            k += 1;
        }
        if (seq.is_empty() || particle_sequence_ok(&seq))
            && self.is_word(k)
            && self.spaced(k)
            && !self.is_cap(k)
        {
            let g = self.flags(k);
            let plain = g & (WORDY | STOP | ORG | PART | PLACE | FIRST) == 0;
            let with_particles = !seq.is_empty() && g & (STOP | ORG | PART) == 0;
            let announced = cue >= Cue::Context && g & (STOP | ORG | PART) == 0;
            // `hij heet jaap de grooth`: particles after an announced first name carry
            // an unlisted surname too.
            let unlisted = cue >= Cue::Context && !seq.is_empty() && g == 0;
            if (g & SUR != 0 || unlisted)
                && (plain || with_particles || announced)
                && (!wordy || cue >= Cue::Role)
            {
                return Some((k + 1, 0.75));
            }
        }
        let alone = match cue {
            Cue::Title | Cue::Context => true,
            Cue::Role => !wordy,
            Cue::None => !wordy && f & CURATED != 0 && self.word_text(i).chars().count() >= 3,
        };
        alone.then_some((i + 1, if cue >= Cue::Role { 0.7 } else { 0.6 }))
    }

    /// `mevrouw de vries`, `dhr. van der berg`: particles and a known surname in lower
    /// case right after a title.
    fn lowercase_surname_after_title(&mut self, i: usize) -> Option<usize> {
        let w = self.prev_cue_word(i)?;
        if self.flags(w) & TITLE == 0 && !self.word_is(w, LOWER_SURNAME_CUES) {
            return None;
        }
        let mut seq: [&'static str; 3] = [""; 3];
        let mut len = 0;
        let mut k = i;
        while len < 3 && self.is_word(k) && !self.is_cap(k) && self.flags(k) & PART != 0 {
            seq[len] = self.particle(k);
            len += 1;
            k += 1;
        }
        let f = self.flags(k);
        let core_ok = self.is_word(k)
            && self.spaced(k)
            && if self.is_cap(k) {
                // `t.a.v. mevrouw ter Haar`: a title and particles announce a capitalised
                // core. Not `van` alone, which after a title is the preposition (`de
                // minister van Defensie`), nor a street (`Burgemeester de Vlugtlaan`).
                len > 0
                    && seq[..len] != ["van"]
                    && f & (ORG | PART | TITLE) == 0
                    && !self.blocked[k]
                    && !self.toks[k].all_caps(self.text)
                    && !self.ends_with_any(k, STREET_SUFFIXES)
            } else {
                f & SUR != 0 && f & (STOP | ORG | PART) == 0
            };
        (particle_sequence_ok(&seq[..len]) && core_ok).then_some(k + 1)
    }

    /// The finding that starts at token `i`, if any: (end token, score, recognizer id).
    fn candidate_at(&mut self, i: usize) -> Option<(usize, f32, &'static str)> {
        let t = *self.tok(i)?;
        if !(t.is_word() || t.is_initials()) || self.blocked[i] || t.digit() {
            return None;
        }
        // A handle with `_` (`Priya_S_84`, `marleen_dekker`); glued lower-case handles
        // (`kbakker`) are tried on the lower-case path below.
        if t.is_word() && self.is_punct(i + 1, '_') {
            if let Some(end) = self.social_handle(i) {
                return Some((end, 0.8, ID_CONTEXT));
            }
        }
        if self.zone[i] == ZONE_CHAT {
            if let Some(end) = self.speaker_at(i) {
                return Some((end, 0.85, ID_CONTEXT));
            }
            if self.role_speaker(i) {
                return None;
            }
        }
        if !t.cap() && t.is_word() && t.maybe_particle() && self.flags(i) & PART != 0 {
            // `mevrouw de vries`: a lower-case surname with particles after a title.
            if let Some(end) = self.lowercase_surname_after_title(i) {
                return Some((end, 0.75, ID_SALUTATION));
            }
        }
        if !t.cap() {
            // Most words: lower case and not a first name.
            if !t.is_word()
                || !t.maybe_first()
                || self.flags(i) & FIRST == 0
                || self.in_technical_string(i)
            {
                if t.is_word() && t.len() >= 5 {
                    if let Some(end) = self.social_handle(i) {
                        return Some((end, 0.8, ID_CONTEXT));
                    }
                }
                if t.is_word() && self.word_text(i).ends_with('s') && self.lower_possessive(i) {
                    return Some((i + 1, 0.6, ID_CONTEXT));
                }
                if t.is_word() && self.is_punct(i + 1, '.') {
                    if let Some(end) = self.dotted_handle(i) {
                        return Some((end, 0.8, ID_CONTEXT));
                    }
                }
                if t.is_word() && t.len() >= 5 && self.undotted_handle(i) {
                    return Some((i + 1, 0.75, ID_CONTEXT));
                }
                if t.is_word() && t.hash != 0 {
                    if let Some(end) = self.lowercase_surname_after_cue(i) {
                        return Some((end, 0.7, ID_SALUTATION));
                    }
                }
                return (t.is_word() && self.signoff_handle(i)).then_some((i + 1, 0.7, ID_CONTEXT));
            }
            let mut cue = self.cue(i, true);
            if cue < Cue::Context
                && self
                    .prev_cue_word(i)
                    .is_some_and(|w| self.word_is(w, NAMING_VERBS))
            {
                cue = Cue::Context;
            }
            // `the judge will decide`: a title that is also a noun is a role word here;
            // `agent: will do`: one word after a speaker label needs evidence (a full
            // name, `Klant: rutger kok`, is evidence).
            if cue == Cue::Context && self.after_speaker_label(i) {
                if let Some((end, score)) = self.lowercase_at(i, cue).filter(|&(e, _)| e > i + 1) {
                    return Some((end, score, ID_CONTEXT));
                }
                cue = Cue::Role;
            }
            if cue == Cue::Title
                && self
                    .prev_cue_word(i)
                    .is_some_and(|w| self.word_is(w, NOUN_TITLES))
            {
                cue = Cue::Role;
            }
            // `andreea (14) slaapt slecht`: an age in brackets after a first name.
            if cue < Cue::Role && self.age_follows(i + 1) {
                cue = Cue::Role;
            }
            return self.lowercase_at(i, cue).map(|(e, s)| (e, s, ID_CONTEXT));
        }
        if self.zone[i] == ZONE_LABEL && self.initials_in_handle_list(i) {
            return Some((i + 1, 0.7, ID_CONTEXT));
        }
        // `VAN DER MEULEN/SIETSKE MRS`: before the technical-string test, which the slash trips.
        if t.is_word()
            && (i + 1..(i + 5).min(self.toks.len())).any(|k| self.is_punct(k, '/'))
            && t.all_caps(self.text)
        {
            let cue = self.cue(i, true);
            if let Some(end) = self.airline_at(i, cue) {
                return Some((end, 0.85, ID_SORTED));
            }
        }
        if t.is_word() && self.in_technical_string(i) {
            return None;
        }
        let mut cue = self.cue(i, true);
        if cue == Cue::None && t.is_word() && self.after_naming_phrase(i) {
            if let Some(found) = self.named_after_phrase(i) {
                return Some(found);
            }
        }
        if cue == Cue::None
            && t.is_word()
            && (self.is_punct(i + 2, '&') || (i > 0 && self.is_punct(i - 1, ',')))
        {
            if let Some(found) = self.couple_at(i).or_else(|| self.declarant_at(i)) {
                return Some(found);
            }
        }
        if cue == Cue::None && t.is_word() && self.flags(i) & (FIRST | SUR | PART) == 0 {
            // An unlisted capitalised word can only start `Unknown Surname`,
            // `Unknown van Surname` or the sorted `Unknown, J.`: check the next tokens cheaply.
            let next_cap = self.spaced(i + 1)
                && self.is_word(i + 1)
                && (self.is_cap(i + 1)
                    || (self.toks[i + 1].maybe_particle() && self.flags(i + 1) & PART != 0));
            if !next_cap && !self.is_punct(i + 1, ',') {
                return None;
            }
        }
        self.loose = cue == Cue::Context;
        let found = self.reading_at(i, cue);
        // In a label or signature zone the name must fill its item (`Naam: X Y` up to a
        // comma, bracket or line end); otherwise read it again without the zone.
        let found = match found {
            Some((end, ..))
                if cue == Cue::Context && self.zone[i] != 0 && !self.fills_item(end) =>
            {
                cue = self.cue(i, false);
                self.loose = false;
                self.reading_at(i, cue)
            }
            other => other,
        };
        // `Agent: Lovely.`, `Medewerker: Natuurlijk.`: after a speaker label, a reading
        // without name evidence is read again without the label.
        let found = match found {
            Some((end, ..))
                if cue == Cue::Context
                    && self.after_speaker_label(i)
                    && !self.name_evidence(i, end) =>
            {
                cue = self.cue(i, false);
                self.loose = false;
                self.reading_at(i, cue)
            }
            other => other,
        };
        self.loose = false;
        found
    }

    /// Token `i` follows a phrase that says whom something is for or from (`namens`,
    /// `on behalf of`, `t.n.v.`, `het is voor`): see [`NAMING_PHRASES`].
    fn after_naming_phrase(&self, i: usize) -> bool {
        let Some(p) = i.checked_sub(1) else {
            return false;
        };
        // Cheap test first: the token before ends a naming phrase (`namens`, `of`, `van`,
        // `voor`, `for`, `tnv`, `attn`) or is the dot or colon of an abbreviation.
        let ends_phrase = match self.toks[p].kind() {
            Kind::Word => self.word_is(p, NAMING_PHRASE_ENDS),
            // `t.n.v.` and `attn:`; not the full stop of a sentence.
            Kind::Punct('.' | ':') => p.checked_sub(1).is_some_and(|q| {
                self.joined(p)
                    && self.is_word(q)
                    && (self.toks[q].len() == 1 || self.word_is(q, NAMING_PHRASE_ENDS))
            }),
            Kind::Initials => {
                let b = self.word_text(p).as_bytes();
                b.len() >= 2 && b[b.len() - 2].eq_ignore_ascii_case(&b'v') && b[b.len() - 1] == b'.'
            }
            _ => false,
        };
        if !ends_phrase || !self.spaced(i) {
            return false;
        }
        let before = self.text[..self.toks[i].start()].trim_end().as_bytes();
        NAMING_PHRASES.iter().any(|ph| {
            let n = ph.len();
            before.len() >= n
                && before[before.len() - n..].eq_ignore_ascii_case(ph.as_bytes())
                && (before.len() == n || !before[before.len() - n - 1].is_ascii_alphanumeric())
        })
    }

    /// The name after a naming phrase, read as in a field position (unlisted words
    /// count): `namens Xandor Plimsel`, `t.n.v. J. Okafor`. Organisations and places
    /// stand in the same slot (`namens Gemeente Utrecht`, `namens Den Haag`), so the
    /// reading must be two or three capitalised words, or one listed name, none of them
    /// an organisation, place, function or label word, and not start with a particle.
    fn named_after_phrase(&mut self, i: usize) -> Option<(usize, f32, &'static str)> {
        if self.flags(i) & PART != 0 || self.toks[i].all_caps(self.text) {
            return None;
        }
        self.loose = true;
        let found = self.reading_at(i, Cue::Context);
        self.loose = false;
        let (end, score, id) = found?;
        let bad = ORG | PLACE | COMMON | STOP | LABEL | ROLE | TITLE | SIGNOFF;
        let mut words = 0;
        let mut listed = false;
        for k in i..end {
            if self.toks[k].is_initials() {
                words += 1;
            } else if self.is_word(k) {
                let f = self.flags(k);
                if f & bad != 0 && f & PART == 0 {
                    return None;
                }
                words += 1;
                listed |= f & (FIRST | SUR) != 0 && f & PART == 0;
            }
        }
        let closed = self.tok(end).is_none_or(|t| !t.is_word() || !t.cap());
        ((words >= 2 || listed) && words <= 4 && closed).then_some((end, score, id))
    }

    fn reading_at(&mut self, i: usize, cue: Cue) -> Option<(usize, f32, &'static str)> {
        if let Some(end) = self.sorted_at(i) {
            if self.keep(i, end, cue) {
                return Some((end, 0.85, ID_SORTED));
            }
        }
        if let Some(end) = self.sorted_given_at(i, cue) {
            if self.keep(i, end, Cue::Context) {
                return Some((end, 0.85, ID_SORTED));
            }
        }
        // `Groet,\n\nM.R.`: initials alone on a signature line.
        if cue == Cue::Context
            && self.zone[i] == ZONE_SIG
            && self.toks[i].is_initials()
            && self.at_line_start(i)
            && self.fills_item(i + 1)
        {
            return Some((i + 1, 0.7, ID_CONTEXT));
        }
        // `zone B. Houd het kort`, `plan C. Daarna`: a letter label ending a sentence.
        if cue == Cue::None && self.toks[i].is_initials() && self.toks[i].len() <= 3 {
            if let Some(p) = self.prev_cue_word(i) {
                if p + 1 == i && self.word_is(p, LETTER_NOUNS) {
                    return None;
                }
            }
        }
        let (mut end, ev) = self.read_name(i, cue >= Cue::Context)?;
        // `- Stoyan G.: out Friday`: a speaker's initial after the name.
        if cue == Cue::Context
            && self
                .tok(end)
                .is_some_and(|t| t.is_initials() && t.space_before())
            && self.is_punct(end + 1, ':')
        {
            end += 1;
        }
        // `Dear Hiring Manager`, `Geachte Klantenservice Afdeling`: an unknown word after a
        // title that is followed by another capitalised word is a title-case phrase.
        let unknown_alone = ev.given == 0 && !ev.initials && !ev.unknown_given && !ev.particles;
        if unknown_alone
            && !ev.core_sur
            && !ev.core_first
            && ev.core == 1
            && self.is_cap(end)
            && self.spaced(end)
            && !self.label_at(end)
        {
            return None;
        }
        let (score, id) = self.score(&ev, cue, i)?;
        // `Van Dijk Educatie`, `De Haan Evenementen`: a bare surname before another
        // capitalised word, with nothing else to go on, names a company.
        let bare = ev.given == 0 && !ev.initials && !ev.unknown_given && cue == Cue::None;
        if bare && self.is_cap(end) && self.spaced(end) {
            return None;
        }
        self.keep(i, end, cue).then_some((end, score, id))
    }

    /// The token at `end` closes an item of a label or signature zone.
    fn fills_item(&mut self, end: usize) -> bool {
        let Some(t) = self.tok(end) else { return true };
        match t.kind() {
            Kind::Newline => true,
            Kind::Punct(':') => self.zone[end.saturating_sub(1)] == ZONE_CHAT,
            Kind::Punct(c) => matches!(
                c,
                ',' | ';'
                    | '('
                    | '|'
                    | '<'
                    | '"'
                    | ')'
                    | '/'
                    | '.'
                    | '['
                    | '-'
                    | '\u{2013}'
                    | '\u{201d}'
                    | '\''
            ),
            // `Sjra Vossen 08:55`: the time after a chat speaker.
            Kind::Word => {
                self.word_is(end, AND)
                    || (t.digit() && self.zone[end.saturating_sub(1)] == ZONE_CHAT)
                    || self.label_at(end)
                    || self.column_gap_before(end)
            }
            Kind::Initials => false,
        }
    }

    /// Token `i` is a month abbreviation next to a day number (`Jan 11`, `11 Jan`).
    fn month_date(&mut self, i: usize) -> bool {
        if !self.word_is(i, MONTHS) {
            return false;
        }
        let day = |t: Option<&Tok>, text: &str| {
            t.is_some_and(|t| {
                t.digit()
                    && t.len() <= 2
                    && text[t.start()..t.end()].bytes().all(|b| b.is_ascii_digit())
            })
        };
        day(self.tok(i + 1), self.text)
            || i.checked_sub(1)
                .is_some_and(|p| day(self.tok(p), self.text))
    }

    /// Weighs the evidence of a reading; `None` when it is not enough.
    fn score(&mut self, ev: &Evidence, cue: Cue, i: usize) -> Option<(f32, &'static str)> {
        let has_surname = ev.core > 0 || ev.particles;
        let base: Option<(f32, &'static str)> = if ev.initials {
            has_surname.then_some((0.85, ID_INITIALS))
        } else if ev.given > 0 {
            if has_surname {
                let known = ev.core_sur || ev.particles || ev.core_first;
                let weak_given = ev.given_stop || (ev.given_sent && self.sentence_start(i));
                if ev.given_wordy
                    && !(ev.core_sur_plain || ev.particles)
                    && cue == Cue::None
                    && weak_given
                {
                    None
                } else if known {
                    Some((0.9, ID_GAZETTEER))
                } else {
                    Some((0.85, ID_GAZETTEER))
                }
            } else if ev.given >= 2 {
                (!ev.given_wordy || cue > Cue::None).then_some((0.85, ID_GAZETTEER))
            } else if ev.given_stop || (ev.given_sent && self.sentence_start(i)) {
                let acts = !ev.given_stop && self.person_verb_follows(i);
                (cue >= Cue::Role || acts).then_some((0.75, ID_CONTEXT))
            } else if self.month_date(i) {
                // A month name next to a day (`Jan 11 03:14`) is a date.
                None
            } else if self.sentence_start(i) {
                Some((0.7, ID_GAZETTEER))
            } else {
                Some((0.75, ID_GAZETTEER))
            }
        } else if ev.unknown_given {
            Some((0.75, ID_GAZETTEER))
        } else if !has_surname {
            None
        } else {
            match cue {
                Cue::Title => Some((0.85, ID_SALUTATION)),
                Cue::Context => Some((0.8, ID_CONTEXT)),
                Cue::Role => (ev.core_sur || ev.core_first).then_some((0.75, ID_CONTEXT)),
                Cue::None => {
                    if ev.lead_particle_strong
                        && ev.core_sur
                        && (ev.core_sur_plain || !self.sentence_start(i))
                    {
                        Some((0.7, ID_GAZETTEER))
                    } else if !ev.particles
                        && ev.core == 1
                        && !ev.core_first
                        && self.lone_surname(i)
                    {
                        // A known surname alone, mid-sentence: `ik heb Jansen gebeld`.
                        Some((0.6, ID_GAZETTEER))
                    } else if !ev.particles
                        && ev.core == 2
                        && self.is_punct(i + 1, '-')
                        && self.lone_surname(i)
                        && self.flags(i + 2) & SUR != 0
                    {
                        // Two known surnames joined by a hyphen: `Wijnaldum-Rosario`.
                        Some((0.7, ID_GAZETTEER))
                    } else {
                        None
                    }
                }
            }
        };
        let (score, id) = base?;
        let boosted = match cue {
            Cue::Title => (
                score.max(0.9),
                if id == ID_GAZETTEER {
                    id
                } else {
                    ID_SALUTATION
                },
            ),
            Cue::Context => (score.max(0.85), id),
            Cue::Role | Cue::None => (score, id),
        };
        Some(boosted)
    }

    /// `Dean smashed the window`, `Mark belde gisteren`: a first name that often starts
    /// a sentence as a word, followed on its line by a verb in the past tense, is the
    /// subject of a story. Only names that are not abstract or season nouns (`Hope`,
    /// `Summer`: `Summer ended`), and only past forms, which a sentence-initial word such as
    /// `Will` or `Mark` (an auxiliary or an imperative) is not followed by.
    fn person_verb_follows(&mut self, i: usize) -> bool {
        let v = i + 1;
        if !(self.spaced(v) && self.is_word(v) && !self.is_cap(v))
            || self.word_is(i, ABSTRACT_NAMES)
        {
            return false;
        }
        if self.flags(v) & (FIRST | SUR | PART) != 0 {
            return false;
        }
        let w = self.word_text(v);
        if !w.is_ascii() {
            return false;
        }
        // An imperative before a participle reads the same (`Mark selected items as
        // done`, `Grant invited users access`): after a name that is also a verb, the
        // English `-ed` form does not count.
        let english = w.ends_with("ed") && !w.ends_with("eed") && !self.word_is(i, VERB_NAMES);
        // Dutch past forms in `-de`/`-te`, not superlatives (`Toon laatste wijzigingen`).
        let dutch = (w.ends_with("de") || w.ends_with("te")) && !w.ends_with("ste");
        (w.len() >= 6 && (english || dutch)) || PAST_VERBS.contains(w)
    }

    /// Token `i` is a curated surname standing alone mid-sentence: not a word, not a
    /// place, not a first name, and not part of a longer capitalised phrase
    /// (`Dekker Hout`, `Hendriks Adviesgroep`).
    fn lone_surname(&mut self, i: usize) -> bool {
        let f = self.flags(i);
        let plain = f & SUR_CURATED != 0 && f & (WORDY | STOP | PLACE | FIRST | ORG | COMMON) == 0;
        let cap_before = i
            .checked_sub(1)
            .is_some_and(|p| self.is_cap(p) && self.spaced(i));
        let cap_after = self.is_cap(i + 1) && self.spaced(i + 1);
        plain && !cap_before && !cap_after && !self.sentence_start(i)
    }

    /// Filters out organisations, streets and buildings around a reading `[i, end)`.
    fn keep(&mut self, i: usize, end: usize, cue: Cue) -> bool {
        if (i..end).any(|k| self.blocked[k]) {
            return false;
        }

        // Street names: `Johan de Wittlaan`, `Van Goghstraat`.
        if self.street_word(end - 1) {
            return false;
        }
        if self.building_or_brand(i, end) {
            return false;
        }
        // An organisation word right after it: `Bakker Logistiek BV`, `Van Gogh Museum`.
        if self.is_word(end) && self.spaced(end) && self.flags(end) & ORG != 0 && self.is_cap(end) {
            return false;
        }
        if self.is_punct(end, '&')
            && !((end > i + 1 || self.flags(i) & FIRST != 0) && self.couple_partner(end))
        {
            return false;
        }
        // `Van Gogh room`, `Victoria Junction`, `Hospital da Luz`: a word naming a
        // building, room or place before, after or as the last word of the reading.
        // (The last word only when it is not also a surname: `Jessica Hall`, `Lucy Lane`.)
        if (self.word_is(end - 1, PLACE_NOUNS)
            && self.flags(end - 1) & SUR == 0
            && !self.after_announced_initials(end - 1))
            || (self.spaced(end) && self.word_is(end, PLACE_NOUNS))
            || self.word_is(i, PLACE_NOUNS)
        {
            return false;
        }
        // `Hotel Krasnapolsky`, `Hospital da Luz`: a place noun before the reading,
        // perhaps with a particle between.
        let mut p = i.checked_sub(1);
        if p.is_some_and(|p| self.is_word(p) && self.flags(p) & PART != 0 && !self.is_cap(p)) {
            p = p.and_then(|p| p.checked_sub(1));
        }
        if p.is_some_and(|p| self.is_cap(p) && self.word_is(p, PLACE_NOUNS)) {
            return false;
        }
        // `het team Leefbaarheid`, `afdeling Vergunningen`: a unit's name, unless it
        // starts with a known first name.
        if let Some(p) = i.checked_sub(1) {
            if self.spaced(i) && self.word_is(p, UNIT_WORDS) && self.flags(i) & FIRST == 0 {
                return false;
            }
        }
        // A legal form shortly after it: `De Vries Hoveniers BV`, `Jansen & Zn. B.V.`.
        for k in end..end + 4 {
            match self.tok(k).map(|t| (t.kind(), t.digit())) {
                Some((Kind::Word | Kind::Initials, false)) => {
                    if self.word_is(k, LEGAL_FORMS) {
                        return false;
                    }
                }
                Some((Kind::Punct('.' | '&' | '-'), _)) => {}
                // A comma, a number (`5247 BV` is a postcode) or the line end stops the look.
                _ => break,
            }
        }
        // Part of a longer street name: `Martin Luther Kingweg`, `Anton de Komstraat`.
        if self.is_cap(end) && self.spaced(end) && self.ends_with_any(end, STREET_SUFFIXES) {
            return false;
        }
        if self.not_a_person(i, end) {
            return false;
        }
        if cue == Cue::Title || cue == Cue::Context {
            return true;
        }
        // `Marks & Spencer`, `Simon & Schuster`-like brands: after `&` and a capitalised
        // word that is not a first name (a couple, `Anna & Piet`, stays).
        if i >= 2
            && self.is_punct(i - 1, '&')
            && self.is_cap(i - 2)
            && self.flags(i - 2) & FIRST == 0
            && !(end > i + 1 && i >= 3 && self.is_cap(i - 3) && self.spaced(i - 2))
        {
            return false;
        }
        // An organisation word right before it: `Stichting Jan Jansen`, `Zaal Thorbecke`.
        if let Some(p) = i.checked_sub(1) {
            if self.is_word(p) && self.spaced(i) {
                let f = self.flags(p);
                if f & ORG != 0 || (f & SUR == 0 && self.is_cap(p) && self.shop_compound(p)) {
                    return false;
                }
                // An acronym before it names an institution: `PI Vught`, `CSG Willem de Zwijger`.
                let acronym = self
                    .tok(p)
                    .is_some_and(|t| t.len() <= 5 && t.all_caps(self.text));
                if acronym && f & (TITLE | ROLE | SIGNOFF_END | LABEL) == 0 && !self.police_rank(p)
                {
                    return false;
                }
                // An article before a given name: `naast de Albert Heijn`, `De Dirk van den Broek`.
                if self.word_is(p, ARTICLES) && self.flags(i) & PART == 0 {
                    return false;
                }
            }
        }
        !self.weak_reading_is_thing(i, end)
    }
}

/// Rules against readings that name a service, street, product or speaker role, and
/// the cues of transcripts, dictated text and tables.
impl Scan<'_> {
    /// Token `i` directly follows the colon of a speaker label that is a role word
    /// (`Agent: …`, `[00:00:14] Medewerker: …`, `Caller: …`) at a line start. The word
    /// after such a label is as often an interjection (`Agent: Lovely.`, `Klant: Ehm…`)
    /// as a name, so it needs name evidence of its own.
    fn after_speaker_label(&mut self, i: usize) -> bool {
        let Some(c) = i.checked_sub(1).filter(|&c| self.is_punct(c, ':')) else {
            return false;
        };
        let Some(w) = c.checked_sub(1).filter(|&w| self.is_word(w)) else {
            return false;
        };
        self.flags(w) & ROLE != 0
            && (self.at_line_start(w) || w.checked_sub(1).is_some_and(|p| self.is_punct(p, ']')))
    }

    /// The reading `[i, end)` holds initials, two words or more (`Roelof Kwantes`,
    /// `Mark King`), or one listed name that is not also a function word (`Prima`).
    fn name_evidence(&mut self, i: usize, end: usize) -> bool {
        let mut words = 0;
        let mut listed = false;
        for k in i..end {
            if self.toks[k].is_initials() {
                return true;
            }
            if self.is_word(k) {
                let f = self.flags(k);
                listed |= f & (FIRST | SUR) != 0 && f & (STOP | PART) == 0;
                words += 1;
            }
        }
        words >= 2 || listed
    }

    /// The chat speaker at `i` is one word naming a role, a relative or software
    /// (`[15:40] Mam:`, `[09:12] Klant:`, `[10:00] beller:`): no name.
    fn role_speaker(&mut self, i: usize) -> bool {
        let first = i
            .checked_sub(1)
            .is_none_or(|p| self.zone.get(p) != Some(&ZONE_CHAT));
        first
            && self.is_punct(i + 1, ':')
            && self.is_word(i)
            && (self.word_is(i, SYSTEM_SPEAKERS) || self.flags(i) & ROLE != 0 || self.bot_word(i))
    }

    /// `dokter smeets`, `bij de familie bouzid`: a listed surname in lower case right
    /// after a form of address or a care or police role, as dictated text writes it.
    /// Only surnames that are no ordinary word, first name or function word.
    fn lowercase_surname_after_cue(&mut self, i: usize) -> Option<usize> {
        let p = i.checked_sub(1)?;
        // Cheap tests first: the length and first letter of a cue word, and every cue
        // word is a listed title or role.
        let pt = self.toks[p];
        let shaped = self
            .text
            .as_bytes()
            .get(pt.start()..pt.end())
            .is_some_and(|b| LOWER_SURNAME_CUES.may_contain(b));
        if !(shaped && self.spaced(i) && self.is_word(p) && pt.hash != 0)
            || self.flags(p) & (TITLE | ROLE) == 0
            || !self.word_is(p, LOWER_SURNAME_CUES)
        {
            return None;
        }
        let f = self.flags(i);
        let bad = FIRST | WORDY | COMMON | STOP | SENT | ORG | PLACE | ROLE | TITLE | LABEL | PART;
        (f & SUR != 0 && f & bad == 0 && self.word_text(i).chars().count() >= 3).then_some(i + 1)
    }

    /// Token `i` is preceded on its line, over capitalised words, acronyms and
    /// `van`/`of`, by a word for a team or unit: `het team van OBS De Regenboog`,
    /// `Team Openbare Ruimte`. The reading names the unit.
    fn in_unit_name(&mut self, i: usize) -> bool {
        let mut k = i;
        for _ in 0..5 {
            let Some(p) = k
                .checked_sub(1)
                .filter(|&p| self.is_word(p) && self.spaced(k))
            else {
                return false;
            };
            let linking = ["van", "of", "de", "het", "the"]
                .iter()
                .any(|l| self.word_text(p).eq_ignore_ascii_case(l));
            if !linking {
                if self.word_is(p, UNIT_WORDS) || self.word_is(p, TEAM_HEADS) {
                    return true;
                }
                if !self.is_cap(p) || self.flags(p) & (TITLE | SIGNOFF_END) != 0 {
                    return false;
                }
            }
            k = p;
        }
        false
    }

    /// The reading `[i, end)` is a street: it ends in, or stands before, a street noun
    /// (`Hope Street`, `Coronation Street`), unless it starts with a plain first name
    /// and no preposition of place stands before it (`I met Emma Lane`).
    fn street_noun_reading(&mut self, i: usize, end: usize) -> bool {
        let last = end > i + 1 && self.is_cap(end - 1) && self.word_is(end - 1, STREET_NOUNS);
        let next = self.spaced(end) && self.is_cap(end) && self.word_is(end, STREET_NOUNS);
        if !(last || next) {
            return false;
        }
        let f = self.flags(i);
        let plain_given = f & FIRST != 0 && f & (WORDY | COMMON | STOP | SENT) == 0;
        let located = i
            .checked_sub(1)
            .is_some_and(|p| self.spaced(i) && self.word_is(p, LOCATIVES));
        !plain_given || located
    }

    /// A colour noun stands before token `i` in its sentence (`our colours are …`).
    fn colour_context(&self, i: usize) -> bool {
        (i.saturating_sub(10)..i)
            .rev()
            .take_while(|&k| {
                self.tok(k)
                    .is_some_and(|t| !t.is_newline() && !t.is_punct('.') && !t.is_punct('?'))
            })
            .any(|k| self.is_word(k) && self.word_is(k, COLOUR_NOUNS))
    }

    /// The reading `[i, end)` is the display name of a role mailbox (`"Parking Desk"
    /// <noreply@…>`, `From: NHSNoReply`).
    fn role_mailbox_name(&mut self, i: usize, end: usize) -> bool {
        let noreply = (i..end).any(|k| {
            let w = self.word_text(k).as_bytes();
            w.windows(7).any(|x| x.eq_ignore_ascii_case(b"noreply"))
        });
        if noreply {
            return true;
        }
        let Some(t) = self.tok(end - 1) else {
            return false;
        };
        let rest = &self.text[t.end()..];
        let rest = rest.trim_start_matches(['"', '\'', ' ']);
        let Some(addr) = rest.strip_prefix('<') else {
            return false;
        };
        let local = addr.split('@').next().unwrap_or("");
        let listed = (i..end).any(|k| self.flags(k) & (FIRST | SUR) != 0);
        let boxes = if listed {
            &ROLE_MAILBOXES[..NO_REPLY_MAILBOXES]
        } else {
            ROLE_MAILBOXES
        };
        local.len() < 40
            && boxes.iter().any(|m| {
                local.len() >= m.len()
                    && local.as_bytes()[..m.len()].eq_ignore_ascii_case(m.as_bytes())
            })
    }

    /// Rules against readings that name no person, whatever the cue: a bare letter
    /// (`Ms P`, `P&O`, `Z-CERT`), a unit (`Information Governance Team`, `team van De
    /// Linde`), a job title (`Junior Developer`), a business (`Jamie Oliver's Italian`),
    /// a mailbox, or a CI step (`- name: Publish`).
    /// The reading `[i, end)` names a building (`Holy Trinity Church`), an installation
    /// brand after a trade word (`monteur Otis`), or an organisation's CamelCase handle
    /// (`@GemeenteUtrecht`, `@PartijXYZ`).
    #[inline(never)]
    fn building_or_brand(&mut self, i: usize, end: usize) -> bool {
        let last = end - 1;
        if self.is_cap(last)
            && self.word_is(last, BUILDING_NOUNS)
            && !self.after_announced_initials(last)
        {
            return true;
        }
        if end == i + 1
            && self.word_is(i, INSTALLATION_BRANDS)
            && self
                .prev_cue_word(i)
                .is_some_and(|w| self.flags(w) & ROLE != 0 || self.role_compound(w))
        {
            return true;
        }
        if self.spaced(end) && self.is_cap(end) && self.word_is(end, LOG_NOUNS) {
            return true;
        }
        i > 0 && self.is_punct(i - 1, '@') && self.camel_org(i)
    }

    /// Word `i` is CamelCase whose first or last part is an organisation word
    /// (`GemeenteUtrecht`, `PartijVoorDeToekomst`, `BakkerLogistiek`).
    #[inline(never)]
    fn camel_org(&mut self, i: usize) -> bool {
        let (text, t) = (self.text, self.toks[i]);
        let w = &text[t.start()..t.end()];
        let caps: Vec<usize> = w
            .char_indices()
            .filter(|&(k, c)| k > 0 && c.is_uppercase())
            .map(|(k, _)| k)
            .take(8)
            .collect();
        let (Some(&first), Some(&last)) = (caps.first(), caps.last()) else {
            return false;
        };
        let is_org = |s: &mut Self, part: &str| {
            fold_into(part, &mut s.buf);
            let folded = std::mem::take(&mut s.buf);
            let org = s.lists.get(&folded) & ORG != 0 || ORG_HANDLE_HEADS.contains(&folded);
            s.buf = folded;
            org
        };
        is_org(self, &w[..first]) || is_org(self, &w[last..])
    }

    fn not_a_person(&mut self, i: usize, end: usize) -> bool {
        // A bare capital letter is a pseudonym letter or part of an abbreviation.
        if end == i + 1 && self.is_word(i) && self.word_text(i).chars().count() == 1 {
            return true;
        }
        if self.spaced(end) && self.is_cap(end) && self.word_is(end, TEAM_HEADS) {
            return true;
        }
        let fi = self.flags(i);
        let listed = fi & (FIRST | SUR) != 0 && fi & PART == 0;
        if !listed && self.in_unit_name(i) {
            return true;
        }
        let lf = self.flags(end - 1);
        if end > i + 1 && self.is_cap(end - 1) && lf & ROLE != 0 && lf & SUR == 0 {
            return true;
        }
        // `… Goedemiddag. Respondent: Hallo.`: a role or label word before its colon.
        if self.is_punct(end, ':') && lf & (ROLE | LABEL) != 0 && lf & (FIRST | SUR) == 0 {
            return true;
        }
        let last = self.word_text(end - 1);
        if (last.ends_with("'s") || last.ends_with("\u{2019}s"))
            && self.spaced(end)
            && self.is_cap(end)
            && self.flags(end) & (FIRST | SUR) == 0
        {
            return true;
        }
        if i >= 2
            && self.is_punct(i - 1, ':')
            && self.word_text(i - 2).eq_ignore_ascii_case("name")
            && self.word_is(i, STEP_VERBS)
        {
            return true;
        }
        self.role_mailbox_name(i, end)
    }

    /// Rules against readings without a strong cue: streets (`Hope Street`), a word
    /// name before a reference (`Job ref 4471`), and colour names (`colours are Storm
    /// Grey and Rose`).
    fn weak_reading_is_thing(&mut self, i: usize, end: usize) -> bool {
        if self.street_noun_reading(i, end) {
            return true;
        }
        if end == i + 1
            && self.spaced(end)
            && (self.word_is(end, REF_WORDS)
                || self.is_punct(end, '#')
                || (self.tok(end).is_some_and(|t| t.digit())
                    && self.flags(i) & (WORDY | COMMON) != 0))
        {
            return true;
        }
        let wordy = (i..end).all(|k| !self.is_word(k) || self.flags(k) & (WORDY | PART) != 0);
        wordy && self.colour_context(i)
    }

    /// Marks the cells of a table column whose header says it holds names (`| Naam |`,
    /// `naam<TAB>afdeling`, `Naam;Geboortedatum`) as context positions, on the rows
    /// that follow the header with the same separator. `table` carries the separator
    /// and column from line to line; a line without the separator ends the table.
    fn mark_table_line(
        &mut self,
        s: usize,
        end: usize,
        tabs: bool,
        table: &mut Option<(u8, usize)>,
    ) {
        let sep_of = |sc: &Self, k: usize| -> u8 {
            match sc.tok(k) {
                Some(t) if t.is_punct('|') => 1,
                Some(t) if t.is_punct(';') => 2,
                Some(_) if tabs && k > s && sc.tab_before(k) => 3,
                _ => 0,
            }
        };
        if let Some((sep, col)) = *table {
            if !(s..end).any(|k| sep_of(self, k) == sep) {
                *table = None;
                return;
            }
            let mut cell = 0;
            for k in s..end {
                if sep_of(self, k) == sep {
                    cell += 1;
                    if sep != 3 {
                        continue;
                    }
                }
                if cell == col && self.zone[k] == 0 {
                    self.zone[k] = ZONE_SIG;
                }
            }
            return;
        }
        let mut cell = 0;
        let mut sep_seen = 0u8;
        let mut found = None;
        for k in s..end {
            let sp = sep_of(self, k);
            if sp != 0 {
                if sep_seen != 0 && sp != sep_seen {
                    return;
                }
                sep_seen = sp;
                cell += 1;
                if sp != 3 {
                    continue;
                }
            }
            if self.is_word(k) && self.word_is(k, NAME_HEADERS) {
                let alone = |sc: &Self, m: usize| {
                    sc.tok(m).is_none_or(|t| {
                        t.is_newline() || t.is_punct('|') || t.is_punct(';') || t.is_punct('*')
                    }) || sep_of(sc, m) == 3
                };
                let before = k == s || sep_of(self, k) == 3 || alone(self, k - 1);
                if before && (k + 1 >= end || alone(self, k + 1)) {
                    found = Some(cell);
                }
            }
        }
        if sep_seen != 0 {
            if let Some(col) = found {
                *table = Some((sep_seen, col));
            }
        }
    }

    /// The blanks between token `k` and the one before it, when only blanks stand there.
    fn blank_gap_before(&self, k: usize) -> Option<&[u8]> {
        let t = self.tok(k).filter(|t| k > 0 && t.space_before())?;
        self.text.as_bytes().get(self.toks[k - 1].end()..t.start())
    }

    /// Token `k` stands after a tab or a run of two or more spaces: the next column of
    /// a record laid out with blanks (`Prisoner: KELLY, Jordan   Prison no: …`).
    fn column_gap_before(&self, k: usize) -> bool {
        self.blank_gap_before(k)
            .is_some_and(|gap| gap.contains(&b'\t') || gap.starts_with(b"  "))
    }

    /// A tab stands between token `k` and the one before it (a cell boundary).
    fn tab_before(&self, k: usize) -> bool {
        self.blank_gap_before(k)
            .is_some_and(|gap| gap.contains(&b'\t'))
    }
}

/// Couples and declarations: `Nomvula Dlamini & Pieter Smit` on a wedding notice,
/// `Dochter van Sem & Lotte de Boer`, `I, Chamari Jayawardena, residing at …`.
impl Scan<'_> {
    /// Word `w` (a role word) is a family member used as a title (`opa`, `auntie`).
    #[inline(never)]
    fn kin_word(&self, w: usize) -> bool {
        self.word_is(w, KIN_WORDS)
    }

    /// The quote at `j` opens a nickname inside a name (`Patrick "Paddy" Nolan`): a
    /// quote, one capitalised word, the same quote, then a capitalised word.
    fn nickname_quotes(&self, j: usize) -> bool {
        let q = match self.tok(j).map(|t| t.kind()) {
            Some(Kind::Punct(c @ ('"' | '\'' | '\u{201c}' | '\u{2018}'))) => c,
            _ => return false,
        };
        let close = match q {
            '\u{201c}' => '\u{201d}',
            '\u{2018}' => '\u{2019}',
            c => c,
        };
        self.spaced(j)
            && self.joined(j + 1)
            && self.is_punct(j + 2, close)
            && self.joined(j + 2)
            && self.spaced(j + 3)
            && self.is_cap(j + 3)
    }

    /// After the `&` at `amp` stands a full name with a listed given name (`& Lotte de
    /// Boer`), so the name before the `&` is one of a couple, not a firm's.
    #[inline(never)]
    fn couple_partner(&mut self, amp: usize) -> bool {
        let k = amp + 1;
        if !(self.spaced(amp) && self.spaced(k) && self.is_name_cap(k)) {
            return false;
        }
        let f = self.flags(k);
        if f & FIRST == 0 || f & (WORDY | STOP | ORG | PLACE | TITLE | ROLE | PART) != 0 {
            return false;
        }
        let loose = self.loose;
        self.loose = false;
        let read = self.read_name(k, false);
        self.loose = loose;
        read.is_some_and(|(end, ev)| ev.given > 0 && (ev.core > 0 || ev.particles) && end > k + 1)
    }

    /// `Nomvula Dlamini & Pieter Smit` opening a line: two unlisted capitalised words
    /// before an `&` and a full name with a listed given name make a couple.
    #[inline(never)]
    fn couple_at(&mut self, i: usize) -> Option<(usize, f32, &'static str)> {
        if !(self.is_punct(i + 2, '&') && self.at_line_start(i)) {
            return None;
        }
        let bad = STOP | ORG | PLACE | TITLE | ROLE | LABEL | COMMON | PART;
        let shaped = (i..i + 2).all(|k| {
            self.is_name_cap(k)
                && (k == i || self.spaced(k))
                && !self.toks[k].all_caps(self.text)
                && self.flags(k) & bad == 0
        });
        (shaped && self.couple_partner(i + 2)).then_some((i + 2, 0.75, ID_CONTEXT))
    }

    /// `I, Chamari Jayawardena, residing at …`, `Ik, Jan Smit, verklaar …`: the opening
    /// of a declaration names its maker between two commas.
    #[inline(never)]
    fn declarant_at(&mut self, i: usize) -> Option<(usize, f32, &'static str)> {
        if !(i >= 2 && self.is_punct(i - 1, ',') && self.spaced(i)) {
            return None;
        }
        let w = self.word_text(i - 2);
        if !(w == "I" || w == "Ik") || !self.sentence_start(i - 2) {
            return None;
        }
        self.loose = true;
        let found = self.reading_at(i, Cue::Context);
        self.loose = false;
        let (end, score, id) = found?;
        (end > i + 1 && end <= i + 4 && self.is_punct(end, ',')).then_some((end, score, id))
    }
}

/// Verbs before `by` that credit a post, review or page to its author (`posted by`,
/// `Reviewed by`, `managed by`): the handle after `by` is a user's.
const CREDIT_VERBS: &Words = &Words::new(&[
    "posted",
    "reviewed",
    "managed",
    "written",
    "shared",
    "submitted",
    "uploaded",
    "created",
    "edited",
    "maintained",
    "moderated",
    "answered",
    "asked",
    "commented",
    "replied",
    "reported",
    "run",
    "hosted",
    "geplaatst",
    "beheerd",
    "gedeeld",
]);

/// True when what follows an `@word` that opens a line makes it a decorator or an
/// annotation: an argument list, or a next line that defines something (`def`,
/// `class`, another decorator).
fn decorator_follows(rest: &str) -> bool {
    if rest.starts_with('(') {
        return true;
    }
    let Some(next) = rest
        .strip_prefix('\n')
        .or_else(|| rest.strip_prefix("\r\n"))
    else {
        return false;
    };
    let next = next.trim_start();
    [
        "def ",
        "async def ",
        "class ",
        "@",
        "public ",
        "private ",
        "protected ",
        "static ",
        "function ",
        "fun ",
        "export ",
        "fn ",
        "pub ",
    ]
    .iter()
    .any(|k| next.starts_with(k))
}

/// Social-media and account handles (`@tessa_vdberg`, `u/oliver_pendleton`, `Reviewed
/// by Sunita_K_91`, a post signed `— roosvandermeulen`, the user field of VPN log lines
/// `[jdejong] …` and `jdejong/1.2.3.4:5100`). A handle is a run of glued words joined by
/// `_`, `.` or `-`; the slot before it says how much name evidence it needs.
impl Scan<'_> {
    /// Cheap test before [`Self::handle_slot`]: the token before `i` is a two-letter
    /// word (`by`, the seconds of a time), `@`, `/`, `[` or a dash, or a slash follows.
    #[inline]
    fn handle_gate(&self, i: usize) -> bool {
        let Some(p) = i.checked_sub(1) else {
            return false;
        };
        let pt = self.toks[p];
        if pt.is_word() {
            return pt.len() == 2;
        }
        matches!(
            pt.kind(),
            Kind::Punct('@' | '/' | '[' | '\u{2014}' | '\u{2013}' | '-' | '~')
        ) || self.is_punct(i + 1, '/')
            || self.is_punct(i + 1, '_')
    }

    /// How strongly the tokens before `i` announce a user handle: 2 for a post header
    /// (`u/`, a credit verb and `by`, `@` opening a line), 1 for a weaker slot (`@`
    /// inside a line, `by`, a signature dash on its own line, a bracketed log user, a
    /// user before `/` and an IP address), 0 for none.
    fn handle_slot(&mut self, i: usize) -> u8 {
        let Some(p) = i.checked_sub(1) else { return 0 };
        let pk = self.toks[p].kind();
        match pk {
            // Cheap test first: most words follow a space and a word other than `by`.
            Kind::Word if self.toks[p].len() == 2 && self.spaced(i) && !self.toks[p].digit() => {
                if !self.word_text(p).eq_ignore_ascii_case("by") {
                    return 0;
                }
                let credited = self
                    .prev_cue_word(p)
                    .is_some_and(|v| v + 1 == p && self.word_is(v, CREDIT_VERBS));
                if credited { 2 } else { 1 }
            }
            Kind::Punct('@') if self.joined(i) => {
                let free = p == 0 || self.spaced(p) || self.toks[p - 1].is_newline();
                if !free {
                    0
                } else if self.at_line_start(p) {
                    2
                } else {
                    1
                }
            }
            // `u/name`, not `km/u` or a path.
            Kind::Punct('/') if self.joined(i) && p >= 1 => {
                let u = p - 1;
                let reddit =
                    self.word_text(u) == "u" && (u == 0 || self.spaced(u) || !self.is_word(u - 1));
                if reddit { 2 } else { 0 }
            }
            Kind::Punct('[') if self.joined(i) => 1,
            Kind::Punct('\u{2014}' | '\u{2013}' | '-' | '~') if self.at_line_start(p) => 1,
            Kind::Newline | Kind::Punct(' ' | '\t') => {
                // `jdejong/83.1.2.3:5100`: a user before a slash and a number.
                let slash = (i + 1..(i + 8).min(self.toks.len()))
                    .take_while(|&k| self.joined(k))
                    .find(|&k| self.is_punct(k, '/'));
                u8::from(slash.is_some_and(|k| {
                    self.tok(k + 1)
                        .is_some_and(|t| t.digit() && !t.space_before())
                }))
            }
            _ => {
                // After a timestamp or other field of a log line: the same `user/IP` shape.
                if self.spaced(i) && (!self.is_word(p) || self.toks[p].digit()) {
                    let slash = (i + 1..(i + 8).min(self.toks.len()))
                        .take_while(|&k| self.joined(k))
                        .find(|&k| self.is_punct(k, '/'));
                    return u8::from(slash.is_some_and(|k| {
                        self.tok(k + 1)
                            .is_some_and(|t| t.digit() && !t.space_before())
                    }));
                }
                0
            }
        }
    }

    /// The handle that starts at token `i` in a handle slot: its end token, if the
    /// handle has the evidence its slot needs. The gate is inlined: most words fail it.
    #[inline]
    fn social_handle(&mut self, i: usize) -> Option<usize> {
        if !self.handle_gate(i) {
            return None;
        }
        self.gated_handle(i)
    }

    /// [`Self::social_handle`] past its gate.
    #[inline(never)]
    fn gated_handle(&mut self, i: usize) -> Option<usize> {
        let slot = self.handle_slot(i);
        if slot == 0 {
            return None;
        }
        // The glued run: words joined by `_`, `.` or `-`.
        let mut end = i + 1;
        let mut seps = false;
        while end + 1 < self.toks.len()
            && self.joined(end)
            && self.joined(end + 1)
            && self.toks[end + 1].is_word()
            && matches!(self.toks[end].kind(), Kind::Punct('_' | '.' | '-'))
            && end < i + 12
        {
            seps = true;
            end += 2;
        }
        // Not glued on to something else (an e-mail address, a path, a URL).
        if self.tok(end).is_some_and(|t| {
            !t.space_before() && (t.is_word() || matches!(t.kind(), Kind::Punct('@' | '.' | '_')))
        }) && !self
            .tok(end + 1)
            .is_none_or(|t| t.is_newline() || t.space_before())
        {
            return None;
        }
        if self.is_punct(end, '@') {
            return None;
        }
        let text = self.text;
        let span = &text[self.toks[i].start()..self.toks[end - 1].end()];
        let digits = span.bytes().any(|b| b.is_ascii_digit());
        let lower = !span.bytes().any(|b| b.is_ascii_uppercase());
        // A plain capitalised word after `@` or `by` is left to the name readings.
        if !seps && !digits && !lower {
            return None;
        }
        if self.word_is(i, SYSTEM_SPEAKERS) || self.bot_word(end - 1) || self.camel_org(i) {
            return None;
        }
        // `@pytest.fixture`, `@app.route("/")`: a decorator or annotation in code.
        if self.is_punct(i - 1, '@')
            && self.at_line_start(i - 1)
            && decorator_follows(&text[self.toks[end - 1].end()..])
        {
            return None;
        }
        // A dash before a lone word: a signature only when the handle fills its line.
        if matches!(
            self.toks[i - 1].kind(),
            Kind::Punct('\u{2014}' | '\u{2013}' | '-' | '~')
        ) && self.tok(end).is_some_and(|t| !t.is_newline())
        {
            return None;
        }
        let mut named = false;
        for k in (i..end).step_by(2) {
            let f = self.flags(k);
            let part = self.toks[k];
            if part.len() >= 2
                && !part.digit()
                && (self.word_is(k, UNIT_WORDS)
                    || (f & (ORG | PLACE | TITLE | ROLE | STOP) != 0 && f & (FIRST | SUR) == 0))
            {
                return None;
            }
            let bad = STOP | COMMON | ORG | PLACE | TITLE | ROLE | LABEL;
            let t = self.toks[k];
            named |= t.len() >= 3 && !t.digit() && f & (FIRST | SUR) != 0 && f & bad == 0;
            if !named && !t.digit() && t.len() >= 5 {
                let w = &text[t.start()..t.end()];
                named = w.bytes().all(|b| b.is_ascii_alphabetic()) && self.glued_name(w);
            }
        }
        let shaped = seps || digits;
        (named || (slot == 2 && shaped)).then_some(end)
    }

    /// `jdejong`, `pbakker`, `roosvandermeulen`: a handle word that spells an initial
    /// and a surname, or a first name and a surname, glued together (particles too).
    /// Tries each split once: linear in the length of the word, which is at most 24.
    #[inline(never)]
    fn glued_name(&mut self, w: &str) -> bool {
        if !(5..=24).contains(&w.len()) || !w.is_ascii() {
            return false;
        }
        let bad = STOP | ORG | PLACE | TITLE | ROLE | PART | COMMON;
        // Returns 0 for no surname, 1 for a surname, 2 for particles and a surname.
        let surname = |s: &mut Self, rest: &str| -> u8 {
            let stripped = GLUED_PARTICLES
                .iter()
                .find_map(|pp| rest.strip_prefix(pp).filter(|r| r.len() >= 3));
            let (rest, particles) = match stripped {
                Some(r) => (r, true),
                None => (rest, false),
            };
            if rest.len() < 3 {
                return 0;
            }
            fold_into(rest, &mut s.buf);
            let folded = std::mem::take(&mut s.buf);
            let f = s.lists.get(&folded);
            s.buf = folded;
            let ok = f & SUR != 0
                && (f & bad == 0 || (particles && f & (STOP | PART | TITLE | ROLE) == 0))
                && (rest.len() >= 5 || f & WORDY == 0 || particles);
            if !ok {
                0
            } else if particles {
                2
            } else {
                1
            }
        };
        if surname(self, &w[1..]) > 0 {
            return true;
        }
        for k in 3..=w.len().saturating_sub(3) {
            fold_into(&w[..k], &mut self.buf);
            let folded = std::mem::take(&mut self.buf);
            let f = self.lists.get(&folded);
            self.buf = folded;
            // A first name that is also a word (`roos`) only before glued particles.
            if f & FIRST != 0 && f & (STOP | ORG | PLACE | TITLE | ROLE | PART) == 0 {
                let need = if f & (WORDY | COMMON) != 0 { 2 } else { 1 };
                if surname(self, &w[k..]) >= need {
                    return true;
                }
            }
        }
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<&str> {
        let r = PersonRecognizer::new(&[], &[]);
        let mut out = Vec::new();
        r.find(text, &[], &mut out);
        out.iter().map(|f| f.span.slice(text)).collect()
    }

    /// Full names, initials, particles and double names are found with their whole span.
    #[test]
    fn full_names_and_initials() {
        assert_eq!(
            names("Ik sprak met Jan de Vries over de zaak."),
            vec!["Jan de Vries"]
        );
        assert_eq!(
            names("Uitgevoerd door J.P. van 't Hof en T. Jansen-de Vries."),
            vec!["J.P. van 't Hof", "T. Jansen-de Vries"]
        );
        assert_eq!(
            names("Betrokkene Büşra Şahin en Liam O'Brien waren er."),
            vec!["Büşra Şahin", "Liam O'Brien"]
        );
        assert_eq!(
            names("Aanwezig: Karim El Ouardi (Werk en Inkomen), Salma Aït Taleb"),
            vec!["Karim El Ouardi", "Salma Aït Taleb"]
        );
    }

    /// Titles and salutations announce a surname but stay outside the span.
    #[test]
    fn titles_stay_outside() {
        assert_eq!(names("Geachte mevrouw De Vries,"), vec!["De Vries"]);
        assert_eq!(names("Dear Ms Brown, thank you."), vec!["Brown"]);
        assert_eq!(
            names("Kunt u een mail sturen aan dhr. Van der Wal?"),
            vec!["Van der Wal"]
        );
        assert_eq!(names("De heer In 't Veld belde."), vec!["In 't Veld"]);
    }

    /// Sorted forms keep their initials and trailing particles.
    #[test]
    fn sorted_forms() {
        assert_eq!(
            names("Aanwezig: Vries, J.P. de (politie), El Amrani, R."),
            vec!["Vries, J.P. de", "El Amrani, R."]
        );
    }

    /// Signatures, chat speakers and field labels are enough for unknown or lower-case names.
    #[test]
    fn context_positions() {
        assert_eq!(
            names("Klopt dat?\n\nMet vriendelijke groet,\nXandrio Plomp\n"),
            vec!["Xandrio Plomp"]
        );
        assert_eq!(
            names("[10:02] Sanne: hoi\n[10:03] Medewerker (Fatima): goedemorgen"),
            vec!["Sanne", "Fatima"]
        );
        assert_eq!(
            names("Naam: Qorvin Daltrey\nFunctie: adviseur"),
            vec!["Qorvin Daltrey"]
        );
        assert_eq!(names("mijn medewerker pieter is ziek"), vec!["pieter"]);
        assert_eq!(
            names("wat is het bsn van jan de vries uit zwolle?"),
            vec!["jan de vries"]
        );
    }

    /// Companies, streets, buildings and words that look like names are left alone.
    #[test]
    fn organisations_and_words_are_not_people() {
        assert!(names("Onze vestiging zit naast de Albert Heijn in Delft.").is_empty());
        assert!(names("Bakker Logistiek BV levert morgen.").is_empty());
        assert!(
            names(
                "Het pand van De Vries Installatietechniek aan de Johan de Wittlaan staat te koop."
            )
            .is_empty()
        );
        assert!(names("Het Van Gogh Museum en de Van Goghstraat.").is_empty());
        assert!(
            names("Will you mark the June deadline? We hope the grace period covers it.")
                .is_empty()
        );
        assert!(
            names("Schrijf een gedicht over een rode roos en de hoop op een nieuwe lente.")
                .is_empty()
        );
    }

    /// Names that are words count with a cue and not without.
    #[test]
    fn word_names_need_a_cue() {
        assert_eq!(names("Mijn collega Roos is jarig."), vec!["Roos"]);
        assert!(names("Mark the date. Will you come? Hope to see you.").is_empty());
        assert_eq!(names("Thanks, Mark will come."), vec!["Mark"]);
        assert!(names("De Bakker aan de overkant is dicht.").is_empty());
        assert_eq!(names("Geachte heer Bakker,"), vec!["Bakker"]);
    }

    /// Names inside other findings (e-mail addresses) are skipped.
    #[test]
    fn skips_other_findings() {
        let text = "mail jan.jansen@example.nl of Jan Jansen";
        let r = PersonRecognizer::new(&[], &[]);
        let mut out = Vec::new();
        let email = Finding {
            span: Span::new(5, 27),
            kind: EntityKind::Email,
            score: 1.0,
            recognizer: "email",
        };
        r.find(text, &[email], &mut out);
        let got: Vec<&str> = out.iter().map(|f| f.span.slice(text)).collect();
        assert_eq!(got, vec!["Jan Jansen"]);
    }

    /// Reading a long text in windows cut at line breaks finds the same names at the
    /// same offsets (the path for texts beyond `u32` offsets, tried with small windows).
    #[test]
    fn windows_cut_at_line_breaks() {
        let text = "Geachte mevrouw De Vries,\nIk sprak met Jan de Vries.\n\
            Groetjes, Ans\nXandrio Plomp belde.\nNaam: Qorvin Daltrey\n"
            .repeat(3);
        let r = PersonRecognizer::new(&[], &[]);
        let mut whole = Vec::new();
        r.find(&text, &[], &mut whole);
        let mut windowed = Vec::new();
        r.find_windowed(&text, &[], &mut windowed, 100);
        let spans = |v: &[Finding]| v.iter().map(|f| f.span).collect::<Vec<_>>();
        assert!(whole.len() >= 12);
        assert_eq!(spans(&whole), spans(&windowed));
    }

    /// The sorted form with first names, in a field position, is one name.
    #[test]
    fn sorted_with_first_names() {
        assert_eq!(
            names("NAAM: BAKKER, PIETER\nGEBOREN: 1980"),
            vec!["BAKKER, PIETER"]
        );
        assert_eq!(
            names("Verdachte: VAN DEN BERG, KEVIN"),
            vec!["VAN DEN BERG, KEVIN"]
        );
        assert_eq!(
            names("Eigenaar: Kowalczyk, Anna Maria, geboren 1970"),
            vec!["Kowalczyk, Anna Maria"]
        );
        assert_eq!(
            names("Brief aan:\nDRAGOMIR, Ioana | 1988-01-02 | Utrecht"),
            vec!["DRAGOMIR, Ioana"]
        );
        assert_eq!(
            names("TER HORST, Sanne | 12-03-1990"),
            vec!["TER HORST, Sanne"]
        );
        assert_eq!(
            names("Passenger: DE JONG/MARIEKE MRS\nSMITH/JOHN PAUL MR"),
            vec!["DE JONG/MARIEKE", "SMITH/JOHN PAUL"]
        );
        // A sentence after a greeting, and a listing of names, are not sorted forms.
        assert_eq!(names("Sorry, Anna.\nDag, Piet."), vec!["Anna", "Piet"]);
        assert_eq!(
            names("Aanwezig: Jansen, Piet, Klaas"),
            vec!["Jansen", "Piet", "Klaas"]
        );
    }

    /// Chat speakers: whatever the word, when it is name-shaped and not software.
    #[test]
    fn chat_speakers() {
        assert_eq!(
            names("[09:14] kiki: ben er zo\n[09:15] system: user joined"),
            vec!["kiki"]
        );
        assert_eq!(
            names("Ngo Van Thanh (Guest) 10:41 AM\nhello all\nWeekly Sync 10:00\n"),
            vec!["Ngo Van Thanh"]
        );
        assert_eq!(
            names("[Slack] Wiebren Hoekstra 14:20\ndeploy staat klaar"),
            vec!["Wiebren Hoekstra"]
        );
        assert_eq!(
            names("* JvdM: offerte versturen\n- Borislav K.: vrij op vrijdag\n- IoT: sensoren"),
            vec!["JvdM", "Borislav K."]
        );
    }

    /// Capitals on a name line, lower-case names after a naming verb, signatures.
    #[test]
    fn headings_handles_and_signatures() {
        assert_eq!(
            names("JOHANNES KOWALSKI\nUtrecht · jk@example.org\nWERKERVARING"),
            vec!["JOHANNES KOWALSKI"]
        );
        assert_eq!(
            names("mijn buurman heet kees van der plank en is 80"),
            vec!["kees van der plank"]
        );
        assert_eq!(names("Tot dan.\n\nGroet,\n\nP.J.\n"), vec!["P.J."]);
        assert_eq!(
            names("kun je dit even fixen\n\nmvg tb (Tobias)"),
            vec!["tb", "Tobias"]
        );
        assert_eq!(names("Aan: de heer van den Akker"), vec!["van den Akker"]);
        assert!(names("Aan: de minister van Financiën").is_empty());
        assert!(names("Locatie: Burgemeester de Brauwlaan 4").is_empty());
        assert_eq!(
            names("Leerling: Noah Tjin-A-Djie\nMentor: Ilse Oude Wolbers"),
            vec!["Noah Tjin-A-Djie", "Ilse Oude Wolbers"]
        );
        assert_eq!(names("De jeugdarts Kingma keek mee."), vec!["Kingma"]);
        assert_eq!(
            names("Ask Jessica Hall or Lucy Lane."),
            vec!["Jessica Hall", "Lucy Lane"]
        );
        assert!(names("Hoi allen, de sessie is verplaatst. Hi all, see you.").is_empty());
        assert_eq!(
            names("gesprek met moeder. bogdana (9) slaapt slecht."),
            vec!["bogdana"]
        );
        assert!(names("We sliepen in Hotel da Costa en Hospital de Jong.").is_empty());
        assert!(names("Booked the Rembrandt room and the Victoria Station lounge.").is_empty());
        assert!(names("Groeten,\nFleur van het team Handhaving").len() == 1);
    }

    /// A heading that announces a person's details makes the next short line a name
    /// line; longer or numbered lines and other headings do not.
    #[test]
    fn name_line_after_details_heading() {
        assert_eq!(
            names("Mijn gegevens:\nTarvo Quillan\nWoonplaats: Zwolle"),
            vec!["Tarvo Quillan"]
        );
        assert_eq!(
            names("## Gegevens aanvrager\n\nOrlen van Brastik\n"),
            vec!["Orlen van Brastik"]
        );
        assert_eq!(
            names("Contact person\nDemsey Varlow"),
            vec!["Demsey Varlow"]
        );
        assert!(names("Mijn gegevens:\nZie Bijlage Twee\n").is_empty());
        assert!(names("Samenvatting:\nTarvo Quillan\n").is_empty());
    }

    /// `namens`, `on behalf of`, `t.n.v.` and `het is voor` announce a name of two or
    /// three capitalised words, but not an organisation or place.
    #[test]
    fn name_after_naming_phrase() {
        assert_eq!(
            names("Ik schrijf namens Tarvo Quillan over de huur."),
            vec!["Tarvo Quillan"]
        );
        assert_eq!(
            names("Writing on behalf of Demsey Varlow, my neighbour."),
            vec!["Demsey Varlow"]
        );
        assert_eq!(
            names("Betaling t.n.v. Orlen Brastik"),
            vec!["Orlen Brastik"]
        );
        assert_eq!(names("Het is voor Tarvo Quillan."), vec!["Tarvo Quillan"]);
        assert!(names("Ik bel namens Gemeente Utrecht.").is_empty());
        assert!(names("Het is voor Den Haag en Amsterdam Centraal.").is_empty());
        assert!(names("Dit is voor Sinterklaas, t.a.v. Afdeling Vergunningen.").is_empty());
        assert!(names("namens Quorvex Holding BV").is_empty());
        assert!(names("Betaling t.n.v. Quorvex").is_empty());
    }

    /// Initials handles in minutes: in attendee lists and after action words; the
    /// abbreviations of bodies that share the shape stay out.
    #[test]
    fn initials_handles_in_minutes() {
        assert_eq!(
            names("Aanwezig: TdW, MvdL, RK\nActie: MvdL\n- offerte (actie TdW)"),
            vec!["TdW", "MvdL", "RK", "MvdL", "TdW"]
        );
        assert_eq!(names("Actie: BvH belt de aannemer"), vec!["BvH"]);
        assert!(names("Aanwezig: HR, IT, KvK\nDe VvE en de RvT besloten.").is_empty());
        assert!(names("Afwezig: RK").is_empty());
    }

    /// Lower-case handles of an initial and a surname, where a user is named.
    #[test]
    fn undotted_user_handles() {
        assert_eq!(names("@jdevries kun je kijken?"), vec!["jdevries"]);
        assert_eq!(names("login failed user=pjansen"), vec!["pjansen"]);
        assert_eq!(
            names("gebruiker mvdberg heeft geen rechten"),
            vec!["mvdberg"]
        );
        assert!(names("jdevries and pjansen are handles but no one is named").is_empty());
        assert!(names("@shall @channel user=admin").is_empty());
    }

    /// A title and initials make a person of a surname that is also an organisation
    /// or building word.
    #[test]
    fn title_and_initials_before_org_word() {
        assert_eq!(names("Behandelaar: dr. P. Zaal"), vec!["P. Zaal"]);
        assert_eq!(
            names("Gesproken met mevrouw A. Bank en dr. K. Kerk."),
            vec!["A. Bank", "K. Kerk"]
        );
        assert!(names("De Kerk en de Bank aan het plein.").is_empty());
    }

    /// A first name that is also a sentence word, before a past-tense verb, is the
    /// subject of a story; an imperative or an abstract noun is not.
    #[test]
    fn sentence_start_name_before_past_verb() {
        assert_eq!(names("Dean smashed the window."), vec!["Dean"]);
        assert_eq!(names("Dean zei dat hij kwam."), vec!["Dean"]);
        assert!(names("Mark selected items as done. Summer ended early.").is_empty());
        assert!(names("Dan belde ik hem. Toon laatste wijzigingen.").is_empty());
    }

    /// Speaker labels of transcripts that are roles or relatives are no names, and the
    /// word after one needs name evidence of its own.
    #[test]
    fn transcript_speaker_labels() {
        assert!(names("[00:01:07] Medewerker: Uiteraard. Ik zoek het op.").is_empty());
        assert!(
            names(
                "Agent: Wonderful. One moment.\nCustomer: Sure, thanks.\nAgent: Brilliant, done."
            )
            .is_empty()
        );
        assert!(names("Klant: Uhm... geen idee.\nMedewerker: Prima, dan bel ik terug.").is_empty());
        assert!(
            names("[09:15] beller: goedemorgen\n[09:16] agent: waarmee kan ik helpen").is_empty()
        );
        assert!(names("[20:01] Pap: eten is klaar\n[20:02] Mam: kom je?").is_empty());
        assert_eq!(
            names("Medewerker: Roelof Kwantes\nKlant: Goedemiddag, met Ilse Wubbels."),
            vec!["Roelof Kwantes", "Ilse Wubbels"]
        );
        assert_eq!(
            names("Agent: Priya speaking, how can I help?"),
            vec!["Priya"]
        );
        assert!(names("Interviewer: Goedemiddag. Respondent: Hallo.").is_empty());
    }

    /// Teams, desks, mailboxes, job titles, streets, products and pseudonym letters are
    /// not people.
    #[test]
    fn units_titles_and_things() {
        for text in [
            "Met vriendelijke groet,\nhet team van CBS De Zonnewijzer",
            "Zonnige groet, het team van De Esdoorn",
            "Dear Records Management Team,\nPlease advise.",
            "From: CouncilNoReply\nTo: you",
            "From: \"Permit Desk\" <no-reply@permits.example.org>",
            "Groet,\nTeam Schone Straten",
            "Aan: P&O\nBetreft: verlof",
            "She applied for the role of Senior Analyst last week.",
            "See the vacancy for Job ref 8812 on the site.",
            "jobs:\n  - name: Deploy\n    run: make",
            "The palette colours are Storm Grey and Rose.",
            "We ate at Gordon Whitfield's Bistro on Friday.",
            "He moved to Hope Street. They filmed Coronation Street there.",
            "Ms K appealed; the tribunal found Ms K credible.",
        ] {
            assert!(names(text).is_empty(), "{text}: {:?}", names(text));
        }
        assert_eq!(names("I met Emma Lane at the office."), vec!["Emma Lane"]);
        assert_eq!(names("Ik zit in het team van Jansen."), vec!["Jansen"]);
        assert_eq!(
            names("Het team van Lina Haddad werkt mee."),
            vec!["Lina Haddad"]
        );
    }

    /// Judicial, religious and military forms of address announce the name after them,
    /// and stay outside; as nouns before a lower-case word they announce nothing.
    #[test]
    fn honorifics_before_names() {
        assert_eq!(
            names("Heard before HHJ Pemberton. Lord Justice Ashdown agreed."),
            vec!["Pemberton", "Ashdown"]
        );
        assert_eq!(
            names("Ik sprak broeder Ignatius, pater Hulsewé en rabbijn Soesman."),
            vec!["Ignatius", "Hulsewé", "Soesman"]
        );
        assert_eq!(
            names("Volgens wachtmeester Kraaijeveld en kapelaan Smulders klopt het."),
            vec!["Kraaijeveld", "Smulders"]
        );
        assert!(names("the judge will decide and the captain said no").is_empty());
        assert_eq!(
            names("Ik bel de huisarts, dokter Wiersema. Daarna griffier Van de Kamp."),
            vec!["Wiersema", "Van de Kamp"]
        );
    }

    /// Dictated text writes listed surnames in lower case after a form of address.
    #[test]
    fn lowercase_surnames_after_address() {
        assert_eq!(
            names("gisteren bij de familie bouzid geweest en dokter smeets gebeld"),
            vec!["bouzid", "smeets"]
        );
        assert_eq!(names("de huisarts van dijk belde terug"), vec!["van dijk"]);
    }

    /// Sorted names in lists and tables, and name columns of tables.
    #[test]
    fn sorted_lists_and_name_columns() {
        assert_eq!(
            names("Deelnemers: Okafor, Chidi; Claessens, Marieke; Peeters, J."),
            vec!["Okafor, Chidi", "Claessens, Marieke", "Peeters, J."]
        );
        // A sorted name fills its field up to the next column of a record laid out with blanks.
        assert_eq!(
            names("Prisoner: HART, Liam   Prison no: B4410QX\n"),
            vec!["HART, Liam"]
        );
        assert_eq!(
            names(
                "| Naam | Rol |\n|---|---|\n| Quirine Vlasblom | voorzitter |\n| Eppo Duinhof | notulist |"
            ),
            vec!["Quirine Vlasblom", "Eppo Duinhof"]
        );
        assert_eq!(
            names("leerling\tklas\nXandro Pleit\t3B\nWobke Zijlstra\t3C"),
            vec!["Xandro Pleit", "Wobke Zijlstra"]
        );
        assert_eq!(
            names("naam;afdeling\nEppo Duinhof;ICT"),
            vec!["Eppo Duinhof"]
        );
        assert_eq!(
            names("From: \"Claessens, Marieke\" <m.claessens@example.org>"),
            vec!["Claessens, Marieke"]
        );
        assert!(names("product;prijs\nKlompen Rood;12").is_empty());
        assert_eq!(
            names("Reiziger: TRAN, Thi Van Anh\n"),
            vec!["TRAN, Thi Van Anh"]
        );
    }

    /// Operator-supplied names extend the gazetteers.
    #[test]
    fn extra_names() {
        let r = PersonRecognizer::new(&["Zyxwa".to_string()], &["Qwertyuiop".to_string()]);
        let text = "Gisteren belde Zyxwa Qwertyuiop.";
        let mut out = Vec::new();
        r.find(text, &[], &mut out);
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].span.slice(text), "Zyxwa Qwertyuiop");
    }

    /// A decorator or annotation in code is no handle; an address label before `to:`
    /// keeps its name; a lower-case first name that is also a word stays a name in chat.
    #[test]
    fn decorators_address_labels_and_chat_names() {
        assert!(names("import pytest\n\n@pytest.fixture\ndef customer():\n    pass").is_empty());
        assert!(names("@app.route('/login')\nasync def login():").is_empty());
        assert_eq!(names("SHIP TO: K. OYELARAN\nDAM 1"), vec!["K. OYELARAN"]);
        assert!(names("Route\nProceeding to: Lyon").is_empty());
        assert!(names("die nieuwe buurman, ferry heet ie geloof ik").contains(&"ferry"));
    }

    /// Handles of persons in post headers, credits, signatures and VPN log lines.
    #[test]
    fn social_handles() {
        assert_eq!(names("@marleen_dekker · 2u\nMooi!"), vec!["marleen_dekker"]);
        assert_eq!(
            names("posted by u/gerrit_hoekstra\nNope"),
            vec!["gerrit_hoekstra"]
        );
        assert_eq!(names("Reviewed by Priya_S_84 · Stayed"), vec!["Priya_S_84"]);
        assert_eq!(names("posted by u/throwaway_4471"), vec!["throwaway_4471"]);
        assert_eq!(names("(managed by jvisser_family)"), vec!["jvisser_family"]);
        assert_eq!(
            names("Top!\n\u{2014} lottevanderlinden"),
            vec!["lottevanderlinden"]
        );
        assert_eq!(
            names("10:00:00 [kbakker] Peer Connection Initiated"),
            vec!["kbakker"]
        );
        assert_eq!(
            names("10:00:00 kbakker/83.1.2.3:5100 MULTI"),
            vec!["kbakker"]
        );
        // Organisation handles, plain words and e-mail addresses stay out.
        assert!(names("@GemeenteAmersfoort we hebben een probleem").is_empty());
        assert!(names("@PartijVoorDeToekomst goed gezegd").is_empty());
        assert!(names("written by the_team_2024 yesterday").is_empty());
        assert!(
            names("mail jan_smit@example.com")
                .iter()
                .all(|n| !n.contains('_'))
        );
        assert!(names("[INFO] server started").is_empty());
        assert!(names("speed 50 km/u here").is_empty());
    }

    /// Buildings, brands after a trade word, countries and destinations are not people.
    #[test]
    fn buildings_brands_and_places() {
        assert!(names("We went to Holy Trinity Church on Sunday").is_empty());
        assert!(names("De monteur Otis kwam langs.").is_empty());
        assert!(names("He was born in Colombo (Sri Lanka) in 1980").is_empty());
        assert!(names("Route\nProceeding to: Lyon").is_empty());
        assert!(names("compare trees and bushes").is_empty());
        assert_eq!(names("Otis Redding sang."), vec!["Otis Redding"]);
        assert_eq!(names("Gesproken met dr. J. Church."), vec!["J. Church"]);
    }

    /// Kin words, nicknames in quotes, couples and declarations.
    #[test]
    fn slots_couples_and_nicknames() {
        assert_eq!(names("met opa Bartholomeus naar zee"), vec!["Bartholomeus"]);
        assert_eq!(
            names("Charles \"Chuck\" Whitaker was there"),
            vec!["Charles \"Chuck\" Whitaker"]
        );
        assert_eq!(
            names("Amahle Khumalo & Joris Bakker\nzijn getrouwd"),
            vec!["Amahle Khumalo", "Joris Bakker"]
        );
        assert_eq!(
            names("Dochter van Sem & Lotte de Boer"),
            vec!["Sem", "Lotte de Boer"]
        );
        assert_eq!(
            names("I, Thilini Wickramasinghe, residing at 4 Elm Road"),
            vec!["Thilini Wickramasinghe"]
        );
        assert!(names("Marks & Spencer").is_empty());
        assert!(names("I, for one, disagree").is_empty());
    }
}

#[cfg(test)]
mod debug {
    /// Debug helper: prints the findings and word classes given in `PT` and `PW`.
    #[test]
    #[ignore = "debugging aid"]
    fn debug_print() {
        let r = super::PersonRecognizer::new(&[], &[]);
        for text in std::env::var("PT").unwrap_or_default().split("||") {
            let mut out = Vec::new();
            r.find(text, &[], &mut out);
            for w in std::env::var("PW").unwrap_or_default().split(',') {
                eprintln!("{w}: {:b}", r.lists.get(w));
            }
            eprintln!(
                "{text:?} -> {:?}",
                out.iter().map(|f| f.span.slice(text)).collect::<Vec<_>>()
            );
        }
    }

    /// Regression aid: writes every raw person finding (span, score, recognizer id) of the
    /// texts in the JSONL file `PERSON_DUMP_IN` to `PERSON_DUMP_OUT`, one line per text,
    /// so that a speed-up can be checked to find exactly what it found before.
    #[test]
    #[ignore = "regression dump; run by hand"]
    fn dump_findings() {
        let (Ok(inp), Ok(outp)) = (
            std::env::var("PERSON_DUMP_IN"),
            std::env::var("PERSON_DUMP_OUT"),
        ) else {
            return;
        };
        let r = super::PersonRecognizer::new(&[], &[]);
        let mut dump = String::new();
        for line in std::fs::read_to_string(inp).unwrap().lines() {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            let text = v["text"].as_str().unwrap();
            let mut out = Vec::new();
            r.find(text, &[], &mut out);
            for f in &out {
                dump.push_str(&format!(
                    "{}-{}:{}:{} ",
                    f.span.start, f.span.end, f.score, f.recognizer
                ));
            }
            dump.push('\n');
        }
        std::fs::write(outp, dump).unwrap();
    }
}
