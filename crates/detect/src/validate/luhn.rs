//! The Luhn check (ISO/IEC 7812-1) of payment card numbers.

/// True when `s` holds 12 to 19 digits (spaces and dashes ignored) passing Luhn.
pub fn luhn_is_valid(s: &str) -> bool {
    let mut digits = [0u8; 19];
    let mut n = 0usize;
    for c in s.chars() {
        match c {
            '0'..='9' => {
                if n == 19 {
                    return false;
                }
                digits[n] = c as u8 - b'0';
                n += 1;
            }
            ' ' | '-' => {}
            _ => return false,
        }
    }
    if !(12..=19).contains(&n) || digits[..n].iter().all(|&d| d == 0) {
        return false;
    }
    let mut sum = 0u32;
    for (i, &d) in digits[..n].iter().rev().enumerate() {
        let mut v = u32::from(d);
        if i % 2 == 1 {
            v *= 2;
            if v > 9 {
                v -= 9;
            }
        }
        sum += v;
    }
    sum % 10 == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Standard test card numbers pass; a changed digit fails.
    #[test]
    fn known_numbers() {
        assert!(luhn_is_valid("4111 1111 1111 1111"));
        assert!(luhn_is_valid("5500-0000-0000-0004"));
        assert!(luhn_is_valid("2221701402498036"));
        assert!(!luhn_is_valid("4111 1111 1111 1112"));
        assert!(!luhn_is_valid("41111"));
    }
}
