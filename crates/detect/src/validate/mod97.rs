//! IBAN validation: country length table and the ISO 7064 mod-97-10 check.
//!
//! Country lengths: the SWIFT IBAN Registry (release of 2024), a list of facts.

/// Length of an IBAN per country code (SWIFT IBAN Registry).
const LENGTHS: &[(&str, usize)] = &[
    ("AD", 24),
    ("AE", 23),
    ("AL", 28),
    ("AT", 20),
    ("AZ", 28),
    ("BA", 20),
    ("BE", 16),
    ("BG", 22),
    ("BH", 22),
    ("BI", 27),
    ("BR", 29),
    ("BY", 28),
    ("CH", 21),
    ("CR", 22),
    ("CY", 28),
    ("CZ", 24),
    ("DE", 22),
    ("DJ", 27),
    ("DK", 18),
    ("DO", 28),
    ("EE", 20),
    ("EG", 29),
    ("ES", 24),
    ("FI", 18),
    ("FK", 18),
    ("FO", 18),
    ("FR", 27),
    ("GB", 22),
    ("GE", 22),
    ("GI", 23),
    ("GL", 18),
    ("GR", 27),
    ("GT", 28),
    ("HR", 21),
    ("HU", 28),
    ("IE", 22),
    ("IL", 23),
    ("IQ", 23),
    ("IS", 26),
    ("IT", 27),
    ("JO", 30),
    ("KW", 30),
    ("KZ", 20),
    ("LB", 28),
    ("LC", 32),
    ("LI", 21),
    ("LT", 20),
    ("LU", 20),
    ("LV", 21),
    ("LY", 25),
    ("MC", 27),
    ("MD", 24),
    ("ME", 22),
    ("MK", 19),
    ("MN", 20),
    ("MR", 27),
    ("MT", 31),
    ("MU", 30),
    ("NI", 28),
    ("NL", 18),
    ("NO", 15),
    ("OM", 23),
    ("PK", 24),
    ("PL", 28),
    ("PS", 29),
    ("PT", 25),
    ("QA", 29),
    ("RO", 24),
    ("RS", 22),
    ("RU", 33),
    ("SA", 24),
    ("SC", 31),
    ("SD", 18),
    ("SE", 24),
    ("SI", 19),
    ("SK", 24),
    ("SM", 27),
    ("SO", 23),
    ("ST", 25),
    ("SV", 28),
    ("TL", 23),
    ("TN", 24),
    ("TR", 26),
    ("UA", 29),
    ("VA", 22),
    ("VG", 24),
    ("XK", 20),
    ("YE", 30),
];

/// The registered IBAN length of a country, if it has one.
pub(crate) fn iban_length(country: &str) -> Option<usize> {
    LENGTHS
        .iter()
        .find(|(c, _)| c.eq_ignore_ascii_case(country))
        .map(|&(_, n)| n)
}

/// True when `s` (spaces ignored, any case) is an IBAN of a registered country with
/// the registered length and a valid mod-97 check.
pub fn iban_is_valid(s: &str) -> bool {
    let mut buf = [0u8; 34];
    let mut n = 0usize;
    for b in s.bytes() {
        match b {
            b' ' => {}
            b'0'..=b'9' | b'A'..=b'Z' | b'a'..=b'z' => {
                if n == 34 {
                    return false;
                }
                buf[n] = b.to_ascii_uppercase();
                n += 1;
            }
            _ => return false,
        }
    }
    if n < 15 || !buf[0].is_ascii_alphabetic() || !buf[1].is_ascii_alphabetic() {
        return false;
    }
    if !buf[2].is_ascii_digit() || !buf[3].is_ascii_digit() {
        return false;
    }
    let country = std::str::from_utf8(&buf[..2]).unwrap_or("");
    if iban_length(country) != Some(n) {
        return false;
    }
    let mut rem: u32 = 0;
    for &b in buf[4..n].iter().chain(&buf[..4]) {
        if b.is_ascii_digit() {
            rem = (rem * 10 + u32::from(b - b'0')) % 97;
        } else {
            let v = u32::from(b - b'A') + 10;
            rem = (rem * 100 + v) % 97;
        }
    }
    rem == 1
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Published example IBANs pass; a changed digit or wrong length fails.
    #[test]
    fn known_numbers() {
        assert!(iban_is_valid("NL91ABNA0417164300"));
        assert!(iban_is_valid("NL91 ABNA 0417 1643 00"));
        assert!(iban_is_valid("GB82 WEST 1234 5698 7654 32"));
        assert!(iban_is_valid("DE89370400440532013000"));
        assert!(!iban_is_valid("NL91ABNA0417164301"));
        assert!(!iban_is_valid("NL91ABNA041716430"));
        assert!(!iban_is_valid("XX91ABNA0417164300"));
    }
}
