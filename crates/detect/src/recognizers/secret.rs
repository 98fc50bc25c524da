//! Credentials: PEM private keys, well-known token formats (AWS, GitHub, GitLab,
//! Slack, SendGrid, Stripe, OpenAI, Google, npm, JWTs), URLs and connection strings
//! with an embedded password, and values assigned to password/secret/token keys in
//! code, config files and prose (`password="…"`, `DB_PASSWORD=…`, `wachtwoord is …`).
//!
//! Placeholders (`${DB_PASSWORD}`, `<your-api-key>`, `********`, `{{ vault_x }}`) are
//! not secrets. Public keys, certificates, hashes and UUIDs are not either.

use regex::Regex;

use super::prescan::{COLON, SECRET_CUE, TOKEN_PREFIX};
use memchr::memmem::Finder;

use super::util::{Ci, Needle, find_in_lines, find_in_runs, finding, regex};
use crate::finding::{EntityKind, Finding};
use crate::recognizer::{Prescan, Recognizer};

/// Finds credentials.
pub(crate) struct Secret {
    pem: Regex,
    tokens: Regex,
    url: Regex,
    conn: Regex,
    assign: Regex,
    prose: Regex,
    /// "pre-shared key q7Vh…", "api key is …": random-looking values after key phrases.
    prose_key: Regex,
    /// `https://TOKEN@host/…`: a URL whose user part is itself a token.
    token_url: Regex,
    /// `Authorization: Basic …` / `Bearer …` / `Token …` headers.
    auth_header: Regex,
    /// `curl -u user:password`, `--user user:password`.
    cli_user: Regex,
    /// Credentials in sentences and chat: `pass: …`, `password Dr0k…`, `alarmcode is …`.
    spoken: Regex,
    /// A password or code word in prose, after which a value may follow later.
    spoken_cue: Regex,
    /// `… is X`, `it's X`, `: X`: a value given after a password was talked about.
    spoken_value: Regex,
}

/// Words that name a password or an access code in sentences and chat, in Dutch and
/// English (`ww:`, `pass:`, `wifi-wachtwoord`, `alarmcode`, `deurcode`, `pin`).
const SPOKEN_KEYS: &str = r"memorable[ ]word|password|passwd|passwort|wachtwoord|pass|passcode|pass[ -]code|pwd|ww|pw|pin|pincode|pin[ -]code|(?:alarm|deur|door|kluis|safe|gate|poort|toegangs|access|entry|inlog|login|wifi|wi-fi)[ -]?code|wifi[ -]key|(?:key[ -]?safe|sleutelkluis|sleutelkastje|lock[ -]?box|key[ ]box)(?:[ -]?code)?";

/// Keys of codes that are digits by nature (a key safe's, an alarm's or a door's
/// combination): after one of them, four to eight digits alone are the code.
const DIGIT_CODE_KEYS: &[&str] = &["code", "safe", "kluis", "kastje", "box"];

/// Words without which no assignment, prose or connection-string pattern can match:
/// only lines holding one are searched for those (the [`super::prescan`] finds them).
pub(crate) const KEYWORDS: &[&str] = &[
    "pass",
    "pwd",
    "wachtwoord",
    "secret",
    "token",
    "key",
    "auth",
    "credential",
    "bearer",
    "wifi",
    "pincode",
    "pin code",
    "ww",
    "pw",
    "psk",
    "pre-shared",
    "passphrase",
    "wachtzin",
    "toegangscode",
    "access code",
    "shared secret",
    "authorization",
    "alarm",
    "deurcode",
    "deur code",
    "deur-code",
    "doorcode",
    "door code",
    "door-code",
    "gate code",
    "gate-code",
    "entry code",
    "entry-code",
    "safe code",
    "safe-code",
    "kluiscode",
    "poortcode",
    "inlogcode",
    "login code",
    "login-code",
    "pin ",
    "pin:",
    "pin=",
    "pin-code",
    "kluis code",
    "kluis-code",
    "poort code",
    "poort-code",
    "access-code",
    "accesscode",
    "inlog code",
    "inlog-code",
    "logincode",
    "wi-fi",
    "lock code",
    "lock-code",
    "lockcode",
    "creds",
    "inloggegevens",
    "sleutel",
    "passcode",
    "lockbox",
    "lock box",
    "memorable word",
    "vpn",
];

/// The literal starts of the `tokens` alternatives (the prescan matches them in any
/// case, a superset): only lines holding one are searched for tokens.
pub(crate) const TOKEN_PREFIXES: &[&str] = &[
    "akia",
    "asia",
    "agpa",
    "aida",
    "aroa",
    "anpa",
    "ghp_",
    "gho_",
    "ghu_",
    "ghs_",
    "ghr_",
    "github_pat_",
    "glpat-",
    "xox",
    "sg.",
    "k_live_",
    "k_test_",
    "sk-",
    "aiza",
    "npm_",
    "eyj",
    "hooks.slack.com",
    "discord",
    "webhook.office.com",
];

impl Secret {
    pub(crate) fn new() -> Self {
        Secret {
            pem: regex(
                r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----(?s:.*?)(?:-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----|\n\s*\n|\z)",
            ),
            tokens: regex(concat!(
                r"(?-u:\b(?:",
                r"(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA)[0-9A-Z]{16}",
                r"|gh[pousr]_[A-Za-z0-9]{30,255}",
                r"|github_pat_[A-Za-z0-9_]{22,255}",
                r"|glpat-[A-Za-z0-9_\-]{20,}",
                r"|xox[abprse]-[A-Za-z0-9\-]{10,}",
                r"|SG\.[A-Za-z0-9_\-]{16,}\.[A-Za-z0-9_\-]{16,}",
                r"|[sr]k_(?:live|test)_[A-Za-z0-9]{16,}",
                r"|sk-(?:proj-|ant-|svcacct-)?[A-Za-z0-9_\-]{20,}",
                r"|AIza[0-9A-Za-z_\-]{35}",
                r"|npm_[A-Za-z0-9]{36}",
                r"|https://hooks\.slack\.com/services/[A-Za-z0-9/_\-]{20,}",
                r"|https://discord(?:app)?\.com/api/webhooks/[0-9]+/[A-Za-z0-9_\-]{20,}",
                r"|https://[a-z0-9\-]+\.webhook\.office\.com/webhookb2/[A-Za-z0-9@/_\-]{20,}",
                r"|eyJ[A-Za-z0-9_\-]{5,}\.eyJ[A-Za-z0-9_\-]{5,}\.[A-Za-z0-9_\-]{10,}",
                r")\b)"
            )),
            url: regex(
                r#"(?i)(?-u:\b)(?:[a-z][a-z0-9+.\-]{1,20}://[^\s:/@"'<>]{1,128}:[^\s@/"'<>]{1,256}@[^\s"'<>`]+)"#,
            ),
            token_url: regex(
                r#"(?-u:\b)[a-z][a-z0-9+.\-]{1,20}://(?P<t>[A-Za-z0-9_\-]{20,})@[^\s"'<>`]+"#,
            ),
            conn: regex(
                r#"(?i)DefaultEndpointsProtocol=[^\s"']+|Endpoint=sb://[^\s"']*SharedAccessKey=[^\s"';]+[^\s"']*|(?:host|hostaddr|dbname|user|port)=[^\s"']+(?:[ \t]+(?:host|hostaddr|dbname|user|port|sslmode|connect_timeout|application_name)=[^\s"']+)*[ \t]+password=[^\s"']+(?:[ \t]+(?:host|hostaddr|dbname|user|port|sslmode|connect_timeout|application_name)=[^\s"']+)*|(?:Server|Data Source|Host|Address|Addr)\s*=[^;\n"']+;(?:[^;\n"']+;)*?\s*(?:Password|Pwd)\s*=[^;\n"']+;?(?:[^;\n"'\s]+;?)*"#,
            ),
            assign: regex(
                r#"(?i)(?P<key>[A-Za-z0-9_.\-]*(?:password|passwd|passwort|pwd|wachtwoord|secret|token|api[_\-]?key|apikey|access[_\-]?key|private[_\-]?key|client[_\-]?secret|auth[_\-]?key|credentials?|bearer|[_.\-]pass(?-u:\b)|(?-u:\b)key(?-u:\b)|[_.\-]key(?-u:\b))[A-Za-z0-9_\-]*)(?:["']?[ \t]*(?::=|=>|=|:)|(?P<comma>["'][ \t]*,))[ \t]*(?P<q>["'`]?)(?P<v>[^\s"'`,;}\]]+)"#,
            ),
            auth_header: regex(
                r"(?i)authorization[\x22']?\s*[:=]\s*[\x22']?(?:basic|bearer|token|digest)\s+(?P<v>[A-Za-z0-9+/=._~\-]{8,})",
            ),
            cli_user: regex(r#"(?:^|\s)(?:-u|--user)[ =]["']?[^\s:"']+:(?P<v>[^\s"']+)"#),
            prose: regex(
                r"(?i)(?:password|wachtwoord|passwd|(?-u:\b)ww(?-u:\b)|(?-u:\b)pw(?-u:\b)|wifi[- ]?code|pincode|pin code|wifi key|wpa key|toegangscode|access code)(?:[ \t]+[\p{L}\-]+){0,4}?[ \t]+(?:is|was|=|:|luidt)[ \t]+(?P<v>\S{4,128})",
            ),
            spoken: regex(&format!(
                r#"(?i)(?-u:\b)(?P<k>{SPOKEN_KEYS})(?-u:\b)(?P<l>(?:[ \t]+[\p{{L}}\-]+){{0,5}}[ \t]+(?:is|was|luidt|wordt|naar|to|becomes|=|:)(?:[ \t]+(?:nu|now|voortaan|tijdelijk|temporarily|gewoon|simply|just|still|nog[ ]steeds|weer|again))?[ \t]+|(?:[ \t]+[\p{{L}}\-]+){{1,3}}:[ \t]*|[ \t]*[:=][ \t]*|[ \t]+)(?P<v>["'“‘]?[^\s"'“”‘’]{{4,128}})"#
            )),
            spoken_cue: regex(
                r"(?i)password|passwd|wachtwoord|inloggegevens|(?-u:\b)creds(?-u:\b)|(?-u:\b)(?:ww|pw|pin|pincode|wifi|wi-fi)(?-u:\b)|(?:alarm|deur|door|gate|entry|safe|lock|access|kluis|poort|toegangs|inlog|wifi)[ -]?code",
            ),
            spoken_value: regex(
                r#"(?i)(?:(?-u:\b)(?:is|was|luidt|wordt|becomes|to|nu|now|its)|'s|’s|[:=])[ \t]+["'“‘]?(?P<v>[^\s"'“”‘’]{6,64})"#,
            ),
            prose_key: regex(
                r"(?i)(?:pre-?shared[ ]key|(?-u:\b)psk(?-u:\b)|passphrase|wachtzin|shared secret|api[ ]key|secret key|(?-u:\b)token|(?-u:\b)sleutel|api-sleutel)[ \t]*(?:[ \t](?:is|was|luidt)|=|:)?[ \t]+(?P<v>\S{8,128})",
            ),
        }
    }
}

/// How code refers to a value kept elsewhere (Terraform `var.db_password`,
/// `local.x`, GitHub Actions `secrets.X`, Ruby `ENV['X']`, Java `System.getenv`, .NET
/// `Environment.GetEnvironmentVariable`): the name of a secret, not the secret.
const REFERENCE_PREFIXES: &[&str] = &[
    "var.",
    "vars.",
    "local.",
    "secrets.",
    "env.",
    "env[",
    "data.",
    "module.",
    "system.getenv",
    "environment.",
];

/// Values that stand for a secret without being one.
fn is_placeholder(v: &str) -> bool {
    let l = v.to_ascii_lowercase();
    v.starts_with('$')
        || v.starts_with('<')
        || v.starts_with('{')
        || v.starts_with('%')
        || v.starts_with("env(")
        || v.starts_with("os.")
        || v.starts_with("process.env")
        || v.starts_with("getenv")
        || v.starts_with("config.")
        || v.starts_with("settings.")
        || REFERENCE_PREFIXES.iter().any(|p| l.starts_with(p))
        || v.bytes()
            .all(|b| b == b'*' || b == b'x' || b == b'X' || b == b'.' || b == b'-' || b == b'#')
        || matches!(
            l.as_str(),
            "null"
                | "none"
                | "true"
                | "false"
                | "nil"
                | "undefined"
                | "changeme"
                | "change_me"
                | "password"
                | "secret"
                | "redacted"
                | "hidden"
                | "required"
                | "optional"
                | "string"
                | "str"
                | "todo"
                | "example"
                | "test"
                | "yes"
                | "no"
                | "on"
                | "off"
                | "empty"
                | "xxx"
                | "geheim"
                | "wachtwoord"
                | "your_password"
                | "your-password"
        )
}

/// Where the value of a credential told in a sentence lies in the haystack, if `c` (a
/// `spoken` match) holds one. Ordinary words follow such keys too ("wachtwoord is
/// verlopen", "password reset"), so a value needs a digit or symbol, or quotes, or a
/// `:`/`=` before it; one that follows the key without any verb ("password
/// Dr0kwerk!!2024") needs letters and a digit or symbol, and only a password key then
/// ("boarding pass KL1234", "pin 2 dagen" are no credentials).
fn spoken_value(c: &regex::Captures<'_>) -> Option<(usize, usize)> {
    let (k, l, v) = (c.name("k")?, c.name("l")?, c.name("v")?);
    let (start, value) = strip_value(v.start(), v.as_str());
    let quoted = v.as_str().starts_with(['"', '\'', '“', '‘']);
    // A question or exclamation mark may end the sentence ("wachtwoord vergeten?").
    let core = value.trim_end_matches(['!', '?']);
    let symbol = core.bytes().any(|b| !b.is_ascii_alphabetic());
    let letters = value.bytes().any(|b| b.is_ascii_alphabetic());
    let link = l.as_str().trim();
    let key = k.as_str().to_ascii_lowercase();
    // "PIN-code pas: 0385": words glued to the colon say which code it is, but an
    // ordinary word may follow such a label too ("wachtwoord wijzigen: klik hier").
    let glued = link.len() > 1
        && link[..link.len() - 1]
            .chars()
            .next_back()
            .is_some_and(char::is_alphabetic);
    let digits_only = value.bytes().all(|b| b.is_ascii_digit());
    let ok = if link.is_empty() {
        // "pincode 4821": a PIN is four to six digits.
        (key.starts_with("pin") && digits_only && (4..=6).contains(&value.len()))
            || DIGIT_CODE_KEYS.iter().any(|k| key.ends_with(k))
                && digits_only
                && (4..=8).contains(&value.len())
            || [
                "password",
                "passwd",
                "passwort",
                "wachtwoord",
                "pwd",
                "ww",
                "pw",
            ]
            .contains(&key.as_str())
                && value.len() >= 6
                && letters
                && symbol
    } else {
        symbol || quoted || link.ends_with([':', '=']) && !glued
    };
    (ok && value.len() >= 4 && !is_placeholder(value) && !value.contains("://") && !amount(value))
        .then_some((start, start + value.len()))
}

/// An amount or percentage ("WW: 1.200", "de WW is 70%"): `ww` is also the Dutch
/// unemployment benefit, and no code is written with thousands separators.
fn amount(v: &str) -> bool {
    v.bytes()
        .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b',' | b'%' | b'-'))
        && v.bytes().any(|b| matches!(b, b'.' | b',' | b'%'))
}

/// A value without the quotes around it and the sentence punctuation after it, and
/// where it starts (`at` is where `raw` starts).
fn strip_value(at: usize, raw: &str) -> (usize, &str) {
    let unquoted = raw.trim_start_matches(['"', '\'', '“', '‘']);
    let value = unquoted.trim_end_matches(['.', ',', ')', ';', ':', '"', '\'', '”', '’']);
    (at + raw.len() - unquoted.len(), value)
}

/// A value said after a password was talked about ("the new one is Zq8#vLm2!pR4tW9x",
/// "today it's Kiwi-7734"): with no key right before it, it must look like a password
/// rather than a word, date or number: letters, digits, and a symbol or mixed case.
fn strong_password(v: &str) -> bool {
    let lower = v.bytes().any(|b| b.is_ascii_lowercase());
    let upper = v.bytes().any(|b| b.is_ascii_uppercase());
    let digit = v.bytes().any(|b| b.is_ascii_digit());
    let symbol = v.bytes().any(|b| !b.is_ascii_alphanumeric());
    (6..=64).contains(&v.len())
        && (lower || upper)
        && digit
        && (symbol || lower && upper)
        && !v.contains('@')
        && !v.contains("://")
        && !is_placeholder(v)
}

/// Things with a name or number of their own that a sentence about a password may give
/// ("mijn pc is LT-0412", "the laptop is NB-2231"): the value after them names the
/// thing, not a credential.
const DEVICE_WORDS: &[&str] = &[
    "pc",
    "laptop",
    "computer",
    "device",
    "toestel",
    "apparaat",
    "werkplek",
    "machine",
    "host",
    "hostname",
    "printer",
    "telefoon",
    "phone",
    "asset",
    "tag",
    "serienummer",
    "serial",
    "ticket",
    "model",
    "versie",
    "version",
];

/// `before` (the text before a said value's verb) ends with a [`DEVICE_WORDS`] word.
fn names_a_device(before: &str) -> bool {
    let word = before
        .trim_end()
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    DEVICE_WORDS.iter().any(|d| word.eq_ignore_ascii_case(d))
}

/// A chat export's speaker line: a short line ending in a time ("Tomás Ferreira 09:15",
/// "hodan 10:04 AM").
fn chat_header(line: &str) -> bool {
    let l = line.trim_end();
    let l = l
        .strip_suffix("AM")
        .or_else(|| l.strip_suffix("PM"))
        .unwrap_or(l)
        .trim_end();
    let b = l.as_bytes();
    let n = b.len();
    l.len() <= 60
        && n >= 5
        && b[n - 3] == b':'
        && b[n - 2].is_ascii_digit()
        && b[n - 1].is_ascii_digit()
        && b[n - 4].is_ascii_digit()
        && !l.contains(": ")
}

/// How many separate runs of digits a value holds: generated keys scatter digits
/// (`7HcX2mQv9RtL`), names and identifiers of things keep them together (`order_id_2024`).
fn digit_runs(v: &str) -> usize {
    let b = v.as_bytes();
    (0..b.len())
        .filter(|&i| b[i].is_ascii_digit() && (i == 0 || !b[i - 1].is_ascii_digit()))
        .count()
}

/// A value in a URL query ends where the next parameter begins (`key=abc&postcode=…`).
fn query_value(v: &str) -> &str {
    let b = v.as_bytes();
    for (i, _) in v.match_indices('&') {
        let name = b[i + 1..]
            .iter()
            .take_while(|c| c.is_ascii_alphanumeric() || **c == b'_')
            .count();
        if name > 0 && b.get(i + 1 + name) == Some(&b'=') {
            return &v[..i];
        }
    }
    v
}

/// Rough check that a token-like value is random enough to be a key rather than a word.
fn looks_random(v: &str) -> bool {
    let classes = [
        v.bytes().any(|b| b.is_ascii_lowercase()),
        v.bytes().any(|b| b.is_ascii_uppercase()),
        v.bytes().any(|b| b.is_ascii_digit()),
        v.bytes().any(|b| !b.is_ascii_alphanumeric()),
    ];
    let n = classes.iter().filter(|&&c| c).count();
    v.len() >= 16 && n >= 2 || v.len() >= 10 && n >= 3
}

impl Recognizer for Secret {
    fn id(&self) -> &'static str {
        "secret"
    }

    fn find(&self, text: &str, out: &mut Vec<Finding>) {
        self.find_with(&Prescan::new(text), out);
    }

    fn find_with(&self, pre: &Prescan<'_>, out: &mut Vec<Finding>) {
        let text = pre.text();
        let first = out.len();
        // Each pattern below runs only where the characters every match of it holds
        // occur (`PRIVATE KEY`, `-u`, `@`, `=` or `:`): a regex search costs more to set
        // up than such a `memchr`, and most texts and lines lack them.
        static PEM: Needle = Needle::new(|| Finder::new("PRIVATE KEY"));
        static CLI_USER: Needle = Needle::new(|| Finder::new("-u"));
        static DEFINE: Needle = Needle::new(|| Finder::new("define("));
        let pem = PEM.find(text.as_bytes()).is_some();
        for m in self.pem.find_iter(if pem { text } else { "" }) {
            let end = m.start() + m.as_str().trim_end().len();
            out.push(finding(
                m.start(),
                end,
                EntityKind::Secret,
                0.99,
                "secret.private_key",
            ));
        }
        // A token holds its prefix and no line break.
        for m in find_in_lines(&self.tokens, pre, TOKEN_PREFIX) {
            out.push(finding(
                m.start(),
                m.end(),
                EntityKind::Secret,
                0.97,
                "secret.token",
            ));
        }
        // Every match holds a `:` and, apart from the white space it may start with (a
        // `\n` before the line, which `^` stands in for at a run's start), no line
        // break; only the value group is reported.
        for (off, run) in pre.runs(COLON) {
            if CLI_USER.find(run.as_bytes()).is_none() {
                continue;
            }
            for c in self.cli_user.captures_iter(run) {
                let Some(v) = c.name("v").filter(|v| !is_placeholder(v.as_str())) else {
                    continue;
                };
                out.push(finding(
                    off + v.start(),
                    off + v.end(),
                    EntityKind::Secret,
                    0.9,
                    "secret.cli_credentials",
                ));
            }
        }
        // A URL whose user part is a token holds `:`, `@` and no white space.
        let at_sign = |(_, run): &(usize, &str)| memchr::memchr(b'@', run.as_bytes()).is_some();
        for m in find_in_runs(&self.token_url, pre.runs(COLON).filter(at_sign), text) {
            let Some(t) = self
                .token_url
                .captures(m.as_str())
                .and_then(|c| c.name("t"))
            else {
                continue;
            };
            if looks_random(t.as_str()) {
                let s = m.as_str().trim_end_matches(['.', ',', ')', ';', ']']);
                out.push(finding(
                    m.start(),
                    m.start() + s.len(),
                    EntityKind::Secret,
                    0.995,
                    "secret.url",
                ));
            }
        }
        // A URL with credentials holds `:`, `@` and no white space, so no line break.
        for m in find_in_runs(&self.url, pre.runs(COLON).filter(at_sign), text) {
            let s = m.as_str().trim_end_matches(['.', ',', ')', ';', ']']);
            let password = s
                .split("://")
                .nth(1)
                .and_then(|r| r.split('@').next())
                .and_then(|ui| ui.split_once(':'))
                .map(|(_, p)| p);
            if password.is_some_and(|p| !is_placeholder(p)) {
                out.push(finding(
                    m.start(),
                    m.start() + s.len(),
                    EntityKind::Secret,
                    0.995,
                    "secret.url",
                ));
            }
        }
        for (off, line) in pre.windows(SECRET_CUE, 0) {
            let bytes = line.as_bytes();
            // Connection strings hold a `=`; assignments and headers a `=` or `:`.
            let has_eq = memchr::memchr(b'=', bytes).is_some();
            // `define('KEY', 'value')` assigns without either.
            let assigns =
                has_eq || memchr::memchr(b':', bytes).is_some() || DEFINE.find(bytes).is_some();
            for m in self.conn.find_iter(if has_eq { line } else { "" }) {
                out.push(finding(
                    off + m.start(),
                    off + m.start() + m.as_str().trim_end().len(),
                    EntityKind::Secret,
                    0.97,
                    "secret.connection_string",
                ));
            }
            for c in self.assign.captures_iter(if assigns { line } else { "" }) {
                let (Some(key), Some(v)) = (c.name("key"), c.name("v")) else {
                    continue;
                };
                let quoted = c.name("q").is_some_and(|q| !q.as_str().is_empty());
                // `define('DB_PASSWORD', '…')`: a constant defined with its value in
                // quotes; other calls with a key and a second argument pass defaults.
                if c.name("comma").is_some()
                    && !(quoted && Ci(&line[..key.start()]).contains("define("))
                {
                    continue;
                }
                let mut value = query_value(v.as_str());
                if !quoted {
                    value = value.trim_end_matches(['.', ',', ')', ';']);
                }
                let k = key.as_str().to_ascii_lowercase();
                // `DB_PASS`, `smtp.pass`: the short form as the last part of a key.
                let password_key = ["password", "passwd", "passwort", "pwd", "wachtwoord"]
                    .iter()
                    .any(|p| k.contains(p))
                    || k.ends_with("pass");
                // Keys about a token's metadata, not the token: `token_url`, `secret_name`, `api_key_id`.
                let meta_key = [
                    "url", "uri", "endpoint", "file", "path", "name", "type", "id_", "expir",
                    "ttl", "length", "policy", "reset", "hint",
                ]
                .iter()
                .any(|m| k.ends_with(m) || k.contains(&format!("{m}_")));
                if value.is_empty() || is_placeholder(value) || meta_key {
                    continue;
                }
                // A bare `key` or a name ending in one (`MOLLIE_KEY`, `?key=`) also names
                // cache, sort and partition keys: only a value that mixes digits into
                // letters throughout is taken for a credential.
                let bare_key = ![
                    "secret", "token", "api", "access", "private", "auth", "cred", "bearer",
                ]
                .iter()
                .any(|m| k.contains(m));
                let accept = if password_key {
                    value.len() >= 4
                } else if bare_key {
                    looks_random(value) && digit_runs(value) >= 3
                } else {
                    looks_random(value)
                };
                if accept {
                    out.push(finding(
                        off + v.start(),
                        off + v.start() + value.len(),
                        EntityKind::Secret,
                        0.9,
                        "secret.assignment",
                    ));
                }
            }
            for c in self.prose.captures_iter(line) {
                let Some(v) = c.name("v") else { continue };
                let value = v
                    .as_str()
                    .trim_end_matches(['.', ',', ')', ';', ':', '"', '\''])
                    .trim_start_matches(['"', '\'']);
                let offset = v.as_str().find(value).unwrap_or(0);
                let has_non_alpha = value.bytes().any(|b| !b.is_ascii_alphabetic());
                if !value.is_empty() && has_non_alpha && !is_placeholder(value) {
                    let s = off + v.start() + offset;
                    out.push(finding(
                        s,
                        s + value.len(),
                        EntityKind::Secret,
                        0.85,
                        "secret.prose",
                    ));
                }
            }
            for c in self.prose_key.captures_iter(line) {
                let Some(v) = c.name("v") else { continue };
                let value = v.as_str().trim_end_matches(['.', ',', ')', ';', '"', '\'']);
                if looks_random(value) && !is_placeholder(value) && !value.contains("://") {
                    let s = off + v.start();
                    out.push(finding(
                        s,
                        s + value.len(),
                        EntityKind::Secret,
                        0.85,
                        "secret.prose",
                    ));
                }
            }
            for c in self
                .auth_header
                .captures_iter(if assigns { line } else { "" })
            {
                if let Some(v) = c.name("v").filter(|v| !is_placeholder(v.as_str())) {
                    out.push(finding(
                        off + v.start(),
                        off + v.end(),
                        EntityKind::Secret,
                        0.95,
                        "secret.auth_header",
                    ));
                }
            }
            for c in self.spoken.captures_iter(line) {
                if let Some((s, e)) = spoken_value(&c) {
                    out.push(finding(
                        off + s,
                        off + e,
                        EntityKind::Secret,
                        0.8,
                        "secret.spoken",
                    ));
                }
            }
        }
        self.said_after_cue(pre, out);
        slash_credentials(text, out);
        drop_examples(text, out, first);
        kubernetes_data(text, out);
    }
}

/// Words that introduce an example rather than a real credential ("Example of a weak
/// password: Summer2024!", "een zwak wachtwoord is bijvoorbeeld Welkom01"): security
/// advice shows passwords nobody uses.
const EXAMPLE_CUES: &[&str] = &[
    "example",
    "voorbeeld",
    "e.g.",
    "bijv.",
    "such as",
    "zoals",
    "weak",
    "zwak",
    "avoid",
    "vermijd",
    "never use",
    "gebruik nooit",
];

/// True when `before` holds an [`EXAMPLE_CUES`] word; the reserved domains
/// `example.com`/`.org`/`.net` are addresses, not a cue (`api.example.com/v1?key=…`).
fn example_cued(before: &str) -> bool {
    let ci = Ci(before);
    if !ci.contains_any(EXAMPLE_CUES) {
        return false;
    }
    let lower = before.to_ascii_lowercase();
    let stripped = lower
        .replace("example.com", "")
        .replace("example.org", "")
        .replace("example.net", "");
    Ci(&stripped).contains_any(EXAMPLE_CUES)
}

/// Drops the values told in words or assigned (not tokens, keys, URLs or connection
/// strings, whose shape alone makes them real) that follow an [`EXAMPLE_CUES`] word on
/// their line, from `out[first..]`.
fn drop_examples(text: &str, out: &mut Vec<Finding>, first: usize) {
    let mut k = first;
    while k < out.len() {
        let f = &out[k];
        let told = matches!(
            f.recognizer,
            "secret.assignment" | "secret.prose" | "secret.spoken" | "secret.said" | "secret.slash"
        );
        if told && example_cued(super::util::line_before(text, f.span.start, 80).0) {
            out.remove(k);
        } else {
            k += 1;
        }
    }
}

/// Words after which `name / password` gives a login ("de login is j.devries /
/// Zomer-2291!", "username: pvdberg / Kast!2291").
const LOGIN_CUES: &[&str] = &[
    "login",
    "log in",
    "inlog",
    "user",
    "gebruiker",
    "account",
    "creds",
    "credential",
    "vpn",
    "wifi",
    "wi-fi",
];

/// Whether a [`LOGIN_CUES`] word introduces the user name `user` at `at`: right before
/// it, after the rest of its word ("username", "inlognaam") and a `:`, `=` or `is`; or
/// with nothing between when the name has the dot, digit or `@` of an account name
/// ("user r.delgado"), as "user guide" is no login.
fn login_before(text: &str, at: usize, user: &[u8]) -> bool {
    let window = super::util::line_before(text, at, 48);
    let Some(end) = LOGIN_CUES
        .iter()
        .filter_map(|c| window.rfind(c).map(|i| i + c.len()))
        .max()
    else {
        return false;
    };
    let between = window.0[end..]
        .trim_start_matches(|c: char| c.is_ascii_alphabetic() || c == '-')
        .trim();
    match between {
        "" => user
            .iter()
            .any(|c| c.is_ascii_digit() || matches!(c, b'.' | b'_' | b'@')),
        ":" | "=" | "is" | "was" | "is:" => true,
        _ => false,
    }
}

/// A user name and a password separated by ` / ` after a [`LOGIN_CUES`] word on the
/// same line. The value must look like a password (letters in lower case, a digit, a
/// capital or symbol, eight characters or more): "Account: Sales / Q3-2024" names no
/// password. Each ` / ` looks at a bounded window around it, so the scan is linear.
fn slash_credentials(text: &str, out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    static SLASH: Needle = Needle::new(|| Finder::new(" / "));
    for at in SLASH.find_iter(b) {
        let user_start = b[..at]
            .iter()
            .rposition(|c| c.is_ascii_whitespace())
            .map_or(0, |i| i + 1);
        let user = &b[user_start..at];
        let from = at + 3;
        let len = b[from..]
            .iter()
            .position(|c| c.is_ascii_whitespace())
            .unwrap_or(b.len() - from);
        let Some(raw) = text.get(from..from + len) else {
            continue;
        };
        let (s, value) = strip_value(from, raw);
        let user_ok = (2..=64).contains(&user.len())
            && user.iter().any(u8::is_ascii_alphabetic)
            && user
                .iter()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'_' | b'-' | b'@'));
        let password = value.len() >= 8
            && value.bytes().any(|c| c.is_ascii_lowercase())
            && !value.contains('/')
            && strong_password(value);
        if user_ok && password && login_before(text, user_start, user) {
            out.push(finding(
                s,
                s + value.len(),
                EntityKind::Secret,
                0.8,
                "secret.slash",
            ));
        }
    }
}

impl Secret {
    /// Values given after a password or access code came up, later in the sentence or on
    /// the next line of a chat ("What's the door code?" / "today it's Kiwi-7734"). Each
    /// run of cue lines is read with the line after it, from its first cue on, so every
    /// line is read at most twice.
    fn said_after_cue(&self, pre: &Prescan<'_>, out: &mut Vec<Finding>) {
        let text = pre.text();
        for (off, run) in pre.runs(SECRET_CUE) {
            let Some(cue) = self.spoken_cue.find(run) else {
                continue;
            };
            let after = off + run.len();
            let line_end = |from: usize| {
                text.get(from..)
                    .and_then(|rest| rest.find('\n'))
                    .map_or(text.len(), |i| from + i)
            };
            let mut end = line_end(after + 1);
            // Chat exports that put the speaker and time on a line of their own
            // ("Tomás Ferreira 09:15"): the answer is on the line after that.
            if text.get(after + 1..end).is_some_and(chat_header) {
                end = line_end(end + 1);
            }
            let cue_line_end = line_end(off + cue.end());
            let from = off + cue.end();
            let Some(hay) = text.get(from..end) else {
                continue;
            };
            for c in self.spoken_value.captures_iter(hay) {
                let (Some(m), Some(v)) = (c.get(0), c.name("v")) else {
                    continue;
                };
                let (s, value) = strip_value(v.start(), v.as_str());
                // "de wifi is Ziggo-8812 met wachtwoord …": a value right before a
                // password key names the account or network that password belongs to.
                let rest = hay.get(s + value.len()..).unwrap_or("");
                let next = &rest[..super::util::floor_boundary(rest, 24)];
                if self.spoken_cue.is_match(next) || names_a_device(&hay[..m.start()]) {
                    continue;
                }
                // After a colon on the cue's own line ("wachtwoord … gezet: pimpelmees77")
                // the value was announced, so letters and digits suffice.
                let announced = m.as_str().starts_with(':')
                    && from + m.end() <= cue_line_end
                    && value.bytes().any(|b| b.is_ascii_lowercase())
                    && value.bytes().any(|b| b.is_ascii_digit())
                    && value.bytes().all(|b| b.is_ascii_alphanumeric())
                    && !is_placeholder(value);
                if strong_password(value) || announced {
                    let s = from + s;
                    out.push(finding(
                        s,
                        s + value.len(),
                        EntityKind::Secret,
                        0.6,
                        "secret.said",
                    ));
                }
            }
        }
    }
}

/// Every value under `data:` (base64) or `stringData:` in a Kubernetes Secret manifest
/// is secret material, except a user name (`username:`, `user:`), which is no more a
/// credential there than in a config file. Each YAML document (`---`) is read twice:
/// whether it is a Secret, then its data block.
fn kubernetes_data(text: &str, out: &mut Vec<Finding>) {
    static SECRET: Needle = Needle::new(|| Finder::new("Secret"));
    if SECRET.find(text.as_bytes()).is_none() {
        return;
    }
    let mut doc_start = 0;
    let mut pos = 0;
    loop {
        let line_end = text[pos..].find('\n').map_or(text.len(), |i| pos + i);
        let last = line_end >= text.len();
        if text[pos..line_end].trim_end() == "---" || last {
            secret_document(text, doc_start, if last { text.len() } else { pos }, out);
            doc_start = (line_end + 1).min(text.len());
        }
        if last {
            break;
        }
        pos = line_end + 1;
    }
}

/// The data values of one YAML document `text[from..to]`, if it is a Secret.
fn secret_document(text: &str, from: usize, to: usize, out: &mut Vec<Finding>) {
    let doc = &text[from..to];
    let is_secret = doc.lines().any(|l| {
        l.trim()
            .strip_prefix("kind:")
            .is_some_and(|k| k.trim().trim_matches(['"', '\'']) == "Secret")
    });
    if !is_secret {
        return;
    }
    // Indentation of the open `data:` block, if one is open.
    let mut block: Option<usize> = None;
    let mut at = from;
    for line in doc.split('\n') {
        let start = at;
        at += line.len() + 1;
        let body = line.trim_start();
        let indent = line.len() - body.len();
        if body.trim().is_empty() || body.starts_with('#') {
            continue;
        }
        if let Some(d) = block {
            if indent > d {
                if let Some((key, rest)) = body.split_once(':') {
                    let key = key.trim_matches(['"', '\'']).to_ascii_lowercase();
                    if key.ends_with("user") || key.ends_with("username") || key == "login" {
                        continue;
                    }
                    let trimmed = rest.trim_start();
                    let (s, value) = strip_value(0, trimmed.trim_end());
                    if value.len() >= 2
                        && !value.starts_with(['|', '>', '&', '*'])
                        && !is_placeholder(value)
                    {
                        let s = start + line.len() - trimmed.len() + s;
                        out.push(finding(
                            s,
                            s + value.len(),
                            EntityKind::Secret,
                            0.9,
                            "secret.kubernetes",
                        ));
                    }
                }
                continue;
            }
            block = None;
        }
        if matches!(body.trim_end(), "data:" | "stringData:") {
            block = Some(indent);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(t: &str) -> Vec<&str> {
        super::super::util::spans_of(&Secret::new(), t)
    }

    /// Assignments in code, env files and YAML give the value only.
    #[test]
    fn assignments() {
        assert_eq!(
            spans("    password=\"Lente2024!!\",\n"),
            vec!["Lente2024!!"]
        );
        assert_eq!(spans("DB_PASS=Welkom01\n"), vec!["Welkom01"]);
        assert!(spans("bypass=true\npassenger: Jan").is_empty());
        assert_eq!(
            spans("SMTP_PASSWORD=cL7Fygfdg0m?\nLOG_LEVEL=info"),
            vec!["cL7Fygfdg0m?"]
        );
        assert_eq!(
            spans("      JWT_SECRET: IkD0r3vdzjmsmjQqtrI1grSjvDjC7cj4\n"),
            vec!["IkD0r3vdzjmsmjQqtrI1grSjvDjC7cj4"]
        );
        assert_eq!(
            spans("the wifi password is Tulp3nbol! can you"),
            vec!["Tulp3nbol!"]
        );
    }

    /// Whole URLs and connection strings with passwords; known token shapes.
    #[test]
    fn urls_and_tokens() {
        let u = "https://sem:ghp_NYJQ3anYSSachRkgCfTaQgWgl9KtjvBeWuS7@github.com/team/etl.git";
        assert_eq!(spans(&format!("origin  {u} (push)")), vec![u]);
        let c = "Server=db;Database=zaken;User Id=app;Password=Gemeente#2024;";
        assert_eq!(spans(&format!("DATABASE_URL: {c}\n")), vec![c]);
        assert_eq!(
            spans("key AKIAIOSFODNN7EXAMPL3 fails"),
            vec!["AKIAIOSFODNN7EXAMPL3"]
        );
        // A key in a URL query ends at the next parameter; a key in a diff line.
        assert_eq!(
            spans(
                "=IMPORTDATA(\"https://api.example.com/v1?key=pk_live_4TrQ8xLm2Vb7Nc9Pz3Kw&zip=\"&A2)"
            ),
            vec!["pk_live_4TrQ8xLm2Vb7Nc9Pz3Kw"]
        );
        assert_eq!(
            spans("+PAYMENT_KEY=live_8sKd3Jq7Wm2Rx9Tb4Np6Lz1Vc5\n"),
            vec!["live_8sKd3Jq7Wm2Rx9Tb4Np6Lz1Vc5"]
        );
        // Names of things called keys are no credentials.
        assert!(spans("sort_key=customer_id_2024, partition_key: tenant_region_west").is_empty());
    }

    /// Webhooks, token URLs, key phrases, DSNs and Azure connection strings.
    #[test]
    fn more_shapes() {
        assert_eq!(
            spans("gebruiker svc, ww is Maastricht2026!! — niet"),
            vec!["Maastricht2026!!"]
        );
        assert_eq!(
            spans("pre-shared key q7Vh!p2LmX9zRt4sWcN8\n"),
            vec!["q7Vh!p2LmX9zRt4sWcN8"]
        );
        let u = "https://ghp_R8kLm2Qx7VtN4pZs9WcB1yHj6DfA3eG0uK5o@github.com/org/repo.git";
        assert_eq!(spans(&format!("remote {u} als")), vec![u]);
        let d = "host=10.8.0.4 port=5432 dbname=gis user=gis_admin password=Kaart$2026!Tiel sslmode=require";
        assert_eq!(spans(&format!("psql \"{d}\"")), vec![d]);
        let a = "DefaultEndpointsProtocol=https;AccountName=x;AccountKey=p3Xk9QvT2mLz8RbN4cW7==;EndpointSuffix=core.windows.net";
        assert_eq!(spans(&format!("conn = \"{a}\";")), vec![a]);
        assert!(spans("mijn password reset werkt niet").is_empty());
    }

    /// Credentials told in sentences and chat lines.
    /// Key-safe, alarm and door codes given as digits alone, a password told with "its",
    /// and no device name told after a password came up (invented values).
    #[test]
    fn codes_in_prose() {
        assert_eq!(
            spans("VPN: jvisser / Zonnebloem#2025\nprinter"),
            vec!["Zonnebloem#2025"]
        );
        assert_eq!(
            spans("online banking memorable word: arsenal1979"),
            vec!["arsenal1979"]
        );
        assert_eq!(spans("the key safe 7310 is by the shed"), vec!["7310"]);
        assert_eq!(spans("Sleutelkluis code 2846. Bel aan"), vec!["2846"]);
        assert_eq!(spans("de alarmcode 5521 niet vergeten"), vec!["5521"]);
        assert_eq!(spans("Lockbox 90417 at the gate"), vec!["90417"]);
        assert_eq!(
            spans("forgot the password?\nits Herfst2023!! if that helps"),
            vec!["Herfst2023!!"]
        );
        assert!(spans("wachtwoord werkt niet, mijn pc is LT-0412").is_empty());
        assert!(spans("the key safe is broken").is_empty());
        assert!(spans("alarmcode 12 keer fout").is_empty());
    }

    #[test]
    fn spoken() {
        let cases = [
            ("het wachtwoord is tulp8812roos, succes", "tulp8812roos"),
            (
                "login user bvdberg\npassword Dr0kwerk!!2024\n",
                "Dr0kwerk!!2024",
            ),
            ("user: kees, pass: Mig#7751-Winter", "Mig#7751-Winter"),
            ("ww: Zomer2025\n", "Zomer2025"),
            ("de pincode van de deur is 1947.", "1947"),
            ("alarmcode is 4471# en de sleutel", "4471#"),
            (
                "De alarmcode wordt gewijzigd naar 8831* vanaf maandag",
                "8831*",
            ),
            ("De deurcode: 55102\n", "55102"),
            ("het wifi-wachtwoord is 'zonnebloem'", "zonnebloem"),
            (
                "I changed my password, the new one is Zq8#vLm2!pR4tW9x ok",
                "Zq8#vLm2!pR4tW9x",
            ),
            (
                "[09:12] Sam: what's the door code again?\n[09:13] Lee: today it's Kiwi-7734\n",
                "Kiwi-7734",
            ),
            (
                "Sam 09:12\nwhat's the wifi code?\nLee 09:13\ntoday it's Plum-2291\n",
                "Plum-2291",
            ),
            ("creds rotated, new one is Vk7!qR2#mZ9p ok", "Vk7!qR2#mZ9p"),
            ("de pincode van de achterdeur bij moeder is 8826", "8826"),
            (
                "hij heeft zijn wachtwoord van de bieb in de chat gezet: merel2291 haha",
                "merel2291",
            ),
            (
                "de wifi is \"Thuis-5G-22\" met wachtwoord appel44peer",
                "appel44peer",
            ),
            ("pincode 7310 voor de fietskluis", "7310"),
            ("PIN-code pas: 0385\n", "0385"),
            ("mijn wachtwoord is nu kat456", "kat456"),
            ("the passcode is 558120.", "558120"),
            ("de token is pQ7xR2mK9vL4tZ8wN3bY", "pQ7xR2mK9vL4tZ8wN3bY"),
            ("sleutel: Xk29-PqL8-Zm44-Rt77\n", "Xk29-PqL8-Zm44-Rt77"),
        ];
        for (t, want) in cases {
            assert_eq!(spans(t), vec![want], "{t}");
        }
        for t in [
            "mijn wachtwoord is verlopen",
            "Wachtwoord vergeten? Klik op de link.",
            "password reset werkt niet",
            "the password is wrong again",
            "het wachtwoord is gewijzigd door de servicedesk",
            "boarding pass KL1234 attached",
            "the postcode is 1234 AB",
            "de pincode moet 4 cijfers hebben",
            "is the code ok?\nIt was released as v2.1",
            "Uitkering WW: 1.200 per maand, de WW is 70%",
            "the error code is ERR-5012 again",
            "Can you review the code?\nIt is in PR-1234 now",
            "wachtwoord vergeten, zie ticket: INC20241",
            "Wachtwoord wijzigen: klik op de knop",
            "wachtwoord is nu verlopen",
            "pin 2 dagen vooruit",
            "de token endpoint is https://login.example.org/oauth2/token",
            "productsleutel: ABCDE-12345-FGHIJ-67890",
        ] {
            assert!(spans(t).is_empty(), "{t}: {:?}", spans(t));
        }
    }

    /// A password after a user name and ` / `, PHP constants, and references to values
    /// kept elsewhere or examples in advice that are no secrets (invented values).
    #[test]
    fn logins_constants_and_examples() {
        let cases = [
            (
                "de login is p.vandam / Herfst-7731! voor de portal",
                "Herfst-7731!",
            ),
            ("username: kbos / Kast!2291abc\n", "Kast!2291abc"),
            ("define('DB_PASSWORD', 'Rt8!pW2#xQ4z');", "Rt8!pW2#xQ4z"),
            ("$db_pass = 'Gr0ndel!77';", "Gr0ndel!77"),
            ("  'password' => \"Mos-Veld42!\",", "Mos-Veld42!"),
        ];
        for (t, want) in cases {
            assert_eq!(spans(t), vec![want], "{t}");
        }
        for t in [
            "db_password = var.db_password",
            "password = local.admin_password",
            "DB_PASS: ${{ secrets.DB_PASS }}",
            "password = ENV['DB_PASSWORD']",
            "String pw = System.getenv(\"DB_PASSWORD\");",
            "Example of a weak password: Herfst2024! (do not use it)",
            "Een zwak wachtwoord is bijvoorbeeld Lente2025!",
            "Account: Sales / Q3-2024 targets",
            "user guide / Chapter-2024 edition",
            "$pw = getenv('DB_PASSWORD', 'fallbackPw1');",
        ] {
            assert!(spans(t).is_empty(), "{t}: {:?}", spans(t));
        }
    }

    /// Every value under `data:` of a Kubernetes Secret, and nothing of a ConfigMap.
    #[test]
    fn kubernetes() {
        let t = "apiVersion: v1\nkind: ConfigMap\ndata:\n  mode: cHJvZA==\n---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: app\ntype: Opaque\ndata:\n  username: YXBwX3VzZXI=\n  token: \"c2VjcmV0LXZhbHVl\"\n  ca.key: LS0tLS1CRUdJTg==\nimmutable: true\n";
        assert_eq!(spans(t), vec!["c2VjcmV0LXZhbHVl", "LS0tLS1CRUdJTg=="]);
    }

    /// Placeholders, hashes, UUIDs and public keys are not secrets.
    #[test]
    fn negatives() {
        let t = "DB_PASSWORD=${DB_PASSWORD}\nAPI_KEY=<your-api-key>\nJWT_SECRET={{ vault_jwt_secret }}\nSMTP_PASSWORD=********\nBUILD_SHA=be513f884dc2db6921a97b2d57bba29b3b7f971c\nREQUEST_ID=a9a33108-7c63-4729-a6aa-be50cfbefef2\n-----BEGIN PUBLIC KEY-----\nMIIBIjAN\n-----END PUBLIC KEY-----";
        assert!(spans(t).is_empty(), "{:?}", spans(t));
    }
}
