//! Payment card numbers: 13 to 19 digits, plain or grouped by spaces or dashes,
//! passing the Luhn check and starting with a card-network digit (2–6).

use regex::Regex;

use super::prescan::DIGITS_13;
use super::util::{Anchor, Cluster, count_digits, digits, find_in_clusters, finding, regex};
use crate::finding::{EntityKind, Finding};
use crate::recognizer::{Prescan, Recognizer};
use crate::validate::luhn_is_valid;

/// Finds payment card numbers.
pub(crate) struct Card {
    re: Regex,
}

impl Card {
    pub(crate) fn new() -> Self {
        Card {
            re: regex(r"(?-u:\b[2-6][0-9]{3}(?:[ \-]?[0-9]{2,6}){2,5}\b)"),
        }
    }
}

/// The stretches of a line a match can lie in (see [`find_in_clusters`]).
struct Numbers;

impl Cluster for Numbers {
    const ANCHOR: Anchor = Anchor::Digit;
    fn member(b: u8) -> bool {
        b.is_ascii_digit() || matches!(b, b' ' | b'-')
    }
    fn keep(c: &[u8]) -> bool {
        count_digits(c) >= 13
    }
}

impl Recognizer for Card {
    fn id(&self) -> &'static str {
        "card"
    }

    fn find(&self, text: &str, out: &mut Vec<Finding>) {
        self.find_with(&Prescan::new(text), out);
    }

    fn find_with(&self, pre: &Prescan<'_>, out: &mut Vec<Finding>) {
        // A match consists of digits, spaces and dashes, and a card number has 13 digits
        // or more.
        for m in find_in_clusters::<Numbers>(&self.re, pre, DIGITS_13) {
            let d = digits(m.as_str());
            if (13..=19).contains(&d.len()) && luhn_is_valid(&d) {
                out.push(finding(
                    m.start(),
                    m.end(),
                    EntityKind::CreditCard,
                    0.97,
                    "card",
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(t: &str) -> Vec<&str> {
        super::super::util::spans_of(&Card::new(), t)
    }

    /// Grouped and plain card numbers pass; a Luhn failure does not.
    #[test]
    fn cards() {
        assert_eq!(
            spans("kaart 4111 1111 1111 1111 graag"),
            vec!["4111 1111 1111 1111"]
        );
        assert_eq!(spans("card 2221701402498036."), vec!["2221701402498036"]);
        assert_eq!(spans("amex 3782-822463-10005"), vec!["3782-822463-10005"]);
        assert!(spans("4111 1111 1111 1112").is_empty());
    }

    /// Searching only the clusters finds every match with 13 digits or more.
    #[test]
    fn clusters_hold_the_matches() {
        super::super::util::assert_clusters_find_the_matches::<Numbers>(
            &Card::new().re,
            DIGITS_13,
            |m| digits(m).len() >= 13,
            &[
                "4", "2", "0", "1234", "411111", " ", "-", "x", "\n", "é", "_", ".",
            ],
        );
    }
}
