//! The elfproef (11-check) of the Dutch burgerservicenummer (BSN).
//!
//! Source of the rule: Logius, "Burgerservicenummer (BSN) – elfproef": for the nine
//! digits d1…d9, 9·d1 + 8·d2 + … + 2·d8 − 1·d9 must be divisible by 11. Eight-digit
//! numbers are nine-digit numbers with a leading zero.

/// True when `s` holds 8 or 9 digits (spaces and dots between them are ignored)
/// that pass the BSN 11-check and are not all zeros.
pub fn bsn_is_valid(s: &str) -> bool {
    let mut digits = [0u32; 9];
    let mut n = 0usize;
    for c in s.chars() {
        match c {
            '0'..='9' => {
                if n == 9 {
                    return false;
                }
                digits[n] = c as u32 - '0' as u32;
                n += 1;
            }
            ' ' | '.' | '-' => {}
            _ => return false,
        }
    }
    if n == 8 {
        digits.copy_within(0..8, 1);
        digits[0] = 0;
    } else if n != 9 {
        return false;
    }
    if digits.iter().all(|&d| d == 0) {
        return false;
    }
    let mut sum: i64 = 0;
    for (i, &d) in digits.iter().enumerate().take(8) {
        sum += (9 - i as i64) * i64::from(d);
    }
    sum -= i64::from(digits[8]);
    sum % 11 == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn naive(s: &str) -> bool {
        let d: Vec<i64> = s
            .chars()
            .filter(|c| c.is_ascii_digit())
            .map(|c| c as i64 - 48)
            .collect();
        if d.len() != 9 || d.iter().all(|&x| x == 0) {
            return false;
        }
        let w = [9, 8, 7, 6, 5, 4, 3, 2, -1];
        d.iter().zip(w).map(|(a, b)| a * b).sum::<i64>() % 11 == 0
    }

    /// Known-valid test numbers pass, one changed digit fails.
    #[test]
    fn known_numbers() {
        assert!(bsn_is_valid("111222333"));
        assert!(bsn_is_valid("1112.22.333"));
        assert!(bsn_is_valid("111 222 333"));
        assert!(!bsn_is_valid("111222334"));
        assert!(!bsn_is_valid("000000000"));
        assert!(!bsn_is_valid("1112223331"));
        assert!(!bsn_is_valid("11122233a"));
    }

    /// Agrees with a naive reference on every nine-digit number in a sample.
    #[test]
    fn agrees_with_reference() {
        let mut x: u64 = 123_456_789;
        for _ in 0..20_000 {
            x = x
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let s = format!("{:09}", (x >> 20) % 1_000_000_000);
            assert_eq!(bsn_is_valid(&s), naive(&s), "{s}");
        }
    }
}
