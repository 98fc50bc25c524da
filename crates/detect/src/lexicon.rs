//! Word lists compiled into the binary: one entry per line, `#` starts a comment.

/// The entries of a list file: trimmed, without blank lines and comments.
pub(crate) fn entries(list: &'static str) -> impl Iterator<Item = &'static str> {
    list.lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
}
