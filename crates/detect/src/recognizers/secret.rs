//! Credentials: PEM private keys, well-known token formats (AWS, GitHub, GitLab,
//! Slack, SendGrid, Stripe, OpenAI, Google, npm, JWTs), URLs and connection strings
//! with an embedded password, and values assigned to password/secret/token keys in
//! code, config files and prose (`password="…"`, `DB_PASSWORD=…`, `wachtwoord is …`).
//!
//! Placeholders (`${DB_PASSWORD}`, `<your-api-key>`, `********`, `{{ vault_x }}`) are
//! not secrets. Public keys, certificates, hashes and UUIDs are not either.

use regex::Regex;

use super::prescan::{COLON, SECRET_CUE, TOKEN_PREFIX};
use super::util::{find_in_lines, find_in_runs, finding, regex};
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
}

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
                r#"(?i)(?P<key>[A-Za-z0-9_.\-]*(?:password|passwd|passwort|pwd|wachtwoord|secret|token|api[_\-]?key|apikey|access[_\-]?key|private[_\-]?key|client[_\-]?secret|auth[_\-]?key|credentials?|bearer)[A-Za-z0-9_\-]*)["']?[ \t]*(?::=|=>|=|:)[ \t]*(?P<q>["'`]?)(?P<v>[^\s"'`,;}\]]+)"#,
            ),
            auth_header: regex(
                r"(?i)authorization[\x22']?\s*[:=]\s*[\x22']?(?:basic|bearer|token|digest)\s+(?P<v>[A-Za-z0-9+/=._~\-]{8,})",
            ),
            cli_user: regex(r#"(?:^|\s)(?:-u|--user)[ =]["']?[^\s:"']+:(?P<v>[^\s"']+)"#),
            prose: regex(
                r"(?i)(?:password|wachtwoord|passwd|(?-u:\b)ww(?-u:\b)|(?-u:\b)pw(?-u:\b)|wifi[- ]?code|pincode|pin code|wifi key|wpa key|toegangscode|access code)(?:[ \t]+[\p{L}\-]+){0,4}?[ \t]+(?:is|was|=|:|luidt)[ \t]+(?P<v>\S{4,128})",
            ),
            prose_key: regex(
                r"(?i)(?:pre-?shared[ ]key|(?-u:\b)psk(?-u:\b)|passphrase|wachtzin|shared secret|api[ ]key|secret key)[ \t]*(?:[ \t](?:is|was|luidt)|=|:)?[ \t]+(?P<v>\S{8,128})",
            ),
        }
    }
}

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
        // Each pattern below runs only where the characters every match of it holds
        // occur (`PRIVATE KEY`, `-u`, `@`, `=` or `:`): a regex search costs more to set
        // up than such a `memchr`, and most texts and lines lack them.
        let pem = memchr::memmem::find(text.as_bytes(), b"PRIVATE KEY").is_some();
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
            if memchr::memmem::find(run.as_bytes(), b"-u").is_none() {
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
            let assigns = has_eq || memchr::memchr(b':', bytes).is_some();
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
                let mut value = v.as_str();
                if !quoted {
                    value = value.trim_end_matches(['.', ',', ')', ';']);
                }
                let k = key.as_str().to_ascii_lowercase();
                let password_key = ["password", "passwd", "passwort", "pwd", "wachtwoord"]
                    .iter()
                    .any(|p| k.contains(p));
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
                let accept = if password_key {
                    value.len() >= 4
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
                if looks_random(value) && !is_placeholder(value) {
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

    /// Placeholders, hashes, UUIDs and public keys are not secrets.
    #[test]
    fn negatives() {
        let t = "DB_PASSWORD=${DB_PASSWORD}\nAPI_KEY=<your-api-key>\nJWT_SECRET={{ vault_jwt_secret }}\nSMTP_PASSWORD=********\nBUILD_SHA=be513f884dc2db6921a97b2d57bba29b3b7f971c\nREQUEST_ID=a9a33108-7c63-4729-a6aa-be50cfbefef2\n-----BEGIN PUBLIC KEY-----\nMIIBIjAN\n-----END PUBLIC KEY-----";
        assert!(spans(t).is_empty(), "{:?}", spans(t));
    }
}
