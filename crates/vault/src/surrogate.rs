//! Realistic fictitious values per kind (surrogate mode).
//!
//! Names are combinations of common Dutch first names and surnames; numbers pass their
//! checks (11-check for BSN, mod-97 for IBAN, Luhn for cards) so that a model treats them
//! as the real thing; IP addresses come from the documentation range 192.0.2.0/24
//! (RFC 5737) and e-mail domains from `example.org` (RFC 2606).

use detect::EntityKind;

const FIRST: [&str; 16] = [
    "Sanne", "Daan", "Fleur", "Bram", "Lotte", "Thijs", "Noor", "Joris", "Iris", "Ruben", "Esmee",
    "Sven", "Maud", "Stijn", "Roos", "Wouter",
];
const LAST: [&str; 16] = [
    "Verbeek", "Hoekstra", "Kuipers", "Brouwer", "Dekker", "Postma", "Vos", "Koster", "Prins",
    "Huisman", "Kramer", "Bosman", "Veenstra", "Schouten", "Wolters", "Timmer",
];

fn name(n: usize) -> (&'static str, &'static str) {
    let i = n.saturating_sub(1);
    (
        FIRST[i % FIRST.len()],
        LAST[(i / FIRST.len() + i) % LAST.len()],
    )
}

/// A BSN-shaped number passing the 11-check, distinct per `n`.
fn bsn(n: usize) -> String {
    let mut base = 900_000_000 + (n as u64 % 9_000_000) * 10;
    loop {
        let digits: Vec<u64> = format!("{base:09}")
            .bytes()
            .map(|b| u64::from(b - b'0'))
            .collect();
        let sum: i64 = digits
            .iter()
            .take(8)
            .enumerate()
            .map(|(i, d)| (9 - i as i64) * *d as i64)
            .sum::<i64>()
            - digits[8] as i64;
        if sum % 11 == 0 {
            return format!("{base:09}");
        }
        base += 1;
    }
}

/// An IBAN with the documentation bank code `TEST`, valid mod-97.
fn iban(n: usize) -> String {
    let account = format!("{:010}", 1_000_000 + n);
    // Rearranged: TEST + account + NL00, letters as numbers.
    let rearranged = format!("TEST{account}NL00");
    let mut rem: u64 = 0;
    for c in rearranged.chars() {
        let v = c.to_digit(36).unwrap_or(0) as u64;
        rem = if v >= 10 {
            (rem * 100 + v) % 97
        } else {
            (rem * 10 + v) % 97
        };
    }
    format!("NL{:02}TEST{account}", 98 - rem)
}

/// A 16-digit card number in a test range, valid Luhn.
fn card(n: usize) -> String {
    let body = format!("400000{:09}", n % 1_000_000_000);
    let sum: u32 = body
        .chars()
        .rev()
        .enumerate()
        .map(|(i, c)| {
            let d = c.to_digit(10).unwrap_or(0);
            if i % 2 == 0 {
                let x = d * 2;
                if x > 9 { x - 9 } else { x }
            } else {
                d
            }
        })
        .sum();
    format!("{body}{}", (10 - sum % 10) % 10)
}

/// The `n`-th surrogate (1-based) of `kind`.
pub(crate) fn surrogate(kind: EntityKind, n: usize) -> String {
    let (f, l) = name(n);
    match kind {
        EntityKind::Person => format!("{f} {l}"),
        EntityKind::Email => format!("{}.{}{n}@example.org", f.to_lowercase(), l.to_lowercase()),
        EntityKind::Phone => format!("06-{:08}", 10_000_000 + n),
        EntityKind::Bsn => bsn(n),
        EntityKind::Iban => iban(n),
        EntityKind::CreditCard => card(n),
        EntityKind::Address => format!("Voorbeeldstraat {}", 100 + n),
        EntityKind::Postcode => format!("{} ZZ", 9990 - (n % 1000)),
        EntityKind::Birthdate => {
            format!("{:02}-{:02}-19{:02}", 1 + n % 28, 1 + n % 12, 50 + n % 50)
        }
        EntityKind::LicensePlate => format!("ZZ-{:03}-Z", n % 1000),
        EntityKind::IdNumber => format!("ZZ{:07}", n),
        EntityKind::IpAddress => match n {
            0..=154 => format!("192.0.2.{}", 100 + n),
            155..=308 => format!("198.51.100.{}", n - 54),
            _ => format!("203.0.113.{}", 100 + n % 154),
        },
        EntityKind::Secret => format!("[GEHEIM_{n}]"),
        EntityKind::Confidential => format!("[VERTROUWELIJK_{n}]"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Numeric surrogates pass the same checks as real numbers.
    #[test]
    fn surrogates_pass_checks() {
        for n in 1..50 {
            assert!(detect::bsn_is_valid(&bsn(n)), "{}", bsn(n));
            assert!(detect::iban_is_valid(&iban(n)), "{}", iban(n));
            assert!(detect::luhn_is_valid(&card(n)), "{}", card(n));
        }
    }
}
