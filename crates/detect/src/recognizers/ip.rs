//! IPv4 and IPv6 addresses (all ranges: private, loopback and documentation
//! addresses count too, as a gateway cannot tell whose they are). Four-part version
//! numbers (`versie 2.4.1.0`, `v1.2.3.4`) are not addresses.

use std::net::Ipv6Addr;

use regex::Regex;

use super::prescan::{COLON, DIGITS_4};
use super::util::{Anchor, Cluster, before, count_digits, find_in_clusters, finding, regex};
use crate::finding::{EntityKind, Finding};
use crate::recognizer::{Prescan, Recognizer};

/// Finds IP addresses.
pub(crate) struct Ip {
    v4: Regex,
    v6: Regex,
}

impl Ip {
    pub(crate) fn new() -> Self {
        Ip {
            v4: regex(
                r"(?-u:\b(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}\b)",
            ),
            v6: regex(
                r"(?i-u:(?:[0-9a-f]{1,4}:){1,7}(?:(?::[0-9a-f]{1,4}){1,7}|[0-9a-f]{1,4}|:)|::(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})",
            ),
        }
    }
}

/// The stretches of a line a v4 match can lie in (see [`find_in_clusters`]).
struct Dotted;

impl Cluster for Dotted {
    const ANCHOR: Anchor = Anchor::Byte(b'.');
    fn member(b: u8) -> bool {
        b.is_ascii_digit() || b == b'.'
    }
    fn keep(c: &[u8]) -> bool {
        count_digits(c) >= 4 && c.iter().filter(|&&b| b == b'.').count() >= 3
    }
}

/// The stretches of a line a v6 match can lie in (see [`find_in_clusters`]).
struct Grouped;

impl Cluster for Grouped {
    const ANCHOR: Anchor = Anchor::Byte(b':');
    fn member(b: u8) -> bool {
        b.is_ascii_hexdigit() || b == b':'
    }
    fn keep(c: &[u8]) -> bool {
        c.windows(2).any(|w| w == b"::") || c.iter().filter(|&&b| b == b':').count() >= 5
    }
}

impl Recognizer for Ip {
    fn id(&self) -> &'static str {
        "ip"
    }

    fn find(&self, text: &str, out: &mut Vec<Finding>) {
        self.find_with(&Prescan::new(text), out);
    }

    fn find_with(&self, pre: &Prescan<'_>, out: &mut Vec<Finding>) {
        let text = pre.text();
        let bytes = text.as_bytes();
        // A v4 address consists of digits and dots, 4 digits or more and 3 dots.
        for m in find_in_clusters::<Dotted>(&self.v4, pre, DIGITS_4) {
            let (s, e) = (m.start(), m.end());
            // Part of a longer dotted number (5-part version, OID)?
            if (s >= 2 && bytes[s - 1] == b'.' && bytes[s - 2].is_ascii_digit())
                || (e + 1 < bytes.len() && bytes[e] == b'.' && bytes[e + 1].is_ascii_digit())
            {
                continue;
            }
            let before = before(text, s, 12);
            let version = before.0.ends_with(['v', 'V'])
                || [
                    "versie", "version", "release", "build", "v.", "firmware", "update", "patch",
                    "agent",
                ]
                .iter()
                .any(|w| before.ends_with(w));
            if !version {
                out.push(finding(s, e, EntityKind::IpAddress, 0.9, "ip"));
            }
        }
        // A v6 match consists of hex digits and colons; one that can pass the checks
        // below holds a `::` or 6 groups, so 5 colons.
        for m in find_in_clusters::<Grouped>(&self.v6, pre, COLON) {
            let (s, mut e) = (m.start(), m.end());
            if s > 0 && (bytes[s - 1].is_ascii_alphanumeric() || bytes[s - 1] == b':') {
                continue;
            }
            // The regex may swallow a trailing ':' (as in "[2001:db8::1]:443"): trim until it parses.
            let mut parsed = false;
            while e > s {
                if text[s..e].parse::<Ipv6Addr>().is_ok() {
                    parsed = true;
                    break;
                }
                e -= 1;
            }
            let cand = &text[s..e];
            // Times ("12:30:45") and MAC-like runs are not IPv6: demand a "::" or ≥ 4 groups with a hex letter or long group.
            let groups = cand.split(':').filter(|g| !g.is_empty()).count();
            let plausible = cand.contains("::") && groups >= 2 || groups >= 6;
            let has_hexish = cand
                .split(':')
                .any(|g| g.len() >= 3 || g.bytes().any(|b| b.is_ascii_alphabetic()));
            if parsed
                && plausible
                && has_hexish
                && !(e < bytes.len() && bytes[e].is_ascii_alphanumeric())
            {
                out.push(finding(s, e, EntityKind::IpAddress, 0.9, "ip"));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(t: &str) -> Vec<&str> {
        super::super::util::spans_of(&Ip::new(), t)
    }

    /// IPv4 and IPv6 in log lines; version numbers and times are not addresses.
    #[test]
    fn addresses() {
        assert_eq!(
            spans("SRC=192.168.18.2 DST=10.0.0.1 PROTO"),
            vec!["192.168.18.2", "10.0.0.1"]
        );
        assert_eq!(
            spans("SRC=2001:db8:69b0:1f19::6e6f DST"),
            vec!["2001:db8:69b0:1f19::6e6f"]
        );
        assert_eq!(
            spans("[2001:0db8:29c9:0000:0000:9ad2:8ccf:64b7]"),
            vec!["2001:0db8:29c9:0000:0000:9ad2:8ccf:64b7"]
        );
        assert!(spans("versie 2.4.1.0 en om 12:30:45").is_empty());
        assert!(spans("oid 1.2.840.113549.1.1").is_empty());
    }

    /// Searching only the clusters finds every v4 match, and every v6 match that
    /// holds a `::` or 5 colons.
    #[test]
    fn clusters_hold_the_matches() {
        let ip = Ip::new();
        super::super::util::assert_clusters_find_the_matches::<Dotted>(
            &ip.v4,
            DIGITS_4,
            |_| true,
            &[
                "1", "25", "255", "0", "300", ".", "..", " ", "x", "\n", "é", "_", "v",
            ],
        );
        super::super::util::assert_clusters_find_the_matches::<Grouped>(
            &ip.v6,
            COLON,
            |m| m.contains("::") || m.matches(':').count() >= 5,
            &[
                "1", "db8", "2001", "ffff", "a", ":", "::", " ", "x", "\n", "é", "g", "[", "]",
            ],
        );
    }
}

/// Four-part version numbers after a product word (invented versions).
#[cfg(test)]
mod version_tests {
    fn spans(t: &str) -> Vec<&str> {
        super::super::util::spans_of(&super::Ip::new(), t)
    }

    #[test]
    fn versions_are_not_addresses() {
        assert!(spans("firmware update 7.2.1.4 installed").is_empty());
        assert!(spans("monitoring agent 2.4.1.0 crashed").is_empty());
        assert!(spans("firmware 10.0.3.12").is_empty());
        assert_eq!(spans("gateway 10.0.3.12"), vec!["10.0.3.12"]);
    }
}
