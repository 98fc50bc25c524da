//! E-mail addresses.

use regex::Regex;

use super::util::{finding, regex};
use crate::finding::{EntityKind, Finding};
use crate::recognizer::Recognizer;

/// Finds e-mail addresses (`local@domain.tld`). Obfuscations such as
/// `naam [at] domein.nl` are not covered (README, known limits).
pub(crate) struct Email {
    re: Regex,
}

impl Email {
    pub(crate) fn new() -> Self {
        // Local part: RFC 5322 atoms as used in practice; domain: labels plus a TLD of letters.
        let re = regex(
            r"(?i-u:[a-z0-9][a-z0-9._%+\-']*@[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?)*\.[a-z]{2,24})(?-u:\b)",
        );
        Email { re }
    }
}

impl Recognizer for Email {
    fn id(&self) -> &'static str {
        "email"
    }

    fn find(&self, text: &str, out: &mut Vec<Finding>) {
        // Most texts hold no `@`: a `memchr` tells so for less than a regex search costs
        // to set up.
        if memchr::memchr(b'@', text.as_bytes()).is_none() {
            return;
        }
        for m in self.re.find_iter(text) {
            let before = &text[..m.start()];
            // `user:token@host` inside a URL is a credential (the secret recognizer's), and a
            // Message-ID (`<uuid@host>`) identifies a message, not a person.
            if before.ends_with(':')
                && before
                    .rsplit(char::is_whitespace)
                    .next()
                    .is_some_and(|w| w.contains("://"))
            {
                continue;
            }
            let local = m.as_str().split('@').next().unwrap_or("");
            let uuid_like =
                local.len() >= 32 && local.bytes().all(|b| b.is_ascii_hexdigit() || b == b'-');
            if uuid_like
                || super::util::Ci(before.trim_end_matches(['<', ' '])).ends_with("message-id:")
            {
                continue;
            }
            out.push(finding(
                international_start(text, m.start()),
                m.end(),
                EntityKind::Email,
                0.99,
                "email",
            ));
        }
    }
}

/// Where an address whose match starts at `start` really starts: an internationalised
/// local part (RFC 6531: `łucja.wiśniewska@…`, `eirik.sæther@…`) holds letters beyond
/// ASCII, where the ASCII pattern's match begins only after the last of them; the
/// local part's characters before it are taken back in.
fn international_start(text: &str, start: usize) -> usize {
    let before = text.get(..start).unwrap_or("");
    if !before
        .chars()
        .next_back()
        .is_some_and(|c| !c.is_ascii() && c.is_alphanumeric())
    {
        return start;
    }
    let mut at = start;
    for (i, c) in before.char_indices().rev() {
        if c.is_alphanumeric() || matches!(c, '.' | '_' | '%' | '+' | '-' | '\'') {
            at = i;
        } else {
            break;
        }
    }
    // A local part starts with a letter or digit, not with a separator.
    let skip = text
        .get(at..start)
        .unwrap_or("")
        .find(char::is_alphanumeric)
        .unwrap_or(0);
    at + skip
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(t: &str) -> Vec<&str> {
        super::super::util::spans_of(&Email::new(), t)
    }

    /// An internationalised local part is taken whole; an ASCII one after a letter
    /// that is no part of it is not extended.
    #[test]
    fn international_local_parts() {
        assert_eq!(
            spans("user=łucja.wiśniewska@ostrava-tech.example.com src=x"),
            vec!["łucja.wiśniewska@ostrava-tech.example.com"]
        );
        assert_eq!(
            spans("mail: eirik.sæther@example.no."),
            vec!["eirik.sæther@example.no"]
        );
        assert_eq!(spans("—jan@example.nl"), vec!["jan@example.nl"]);
    }

    /// Finds addresses with dots, plus and hyphens; not a bare `@mention`.
    #[test]
    fn finds_addresses() {
        assert_eq!(
            spans("mail j.de-vries+ai@gemeente.utrecht.nl."),
            vec!["j.de-vries+ai@gemeente.utrecht.nl"]
        );
        assert_eq!(spans("(d.doekhie@gouda.nl)"), vec!["d.doekhie@gouda.nl"]);
        assert!(spans("@jan zie je morgen").is_empty());
    }
}
