//! A byte trie over the lower-case lexicon terms, walked anchored at a position
//! with ASCII case folding: the longest term that starts there, in a few steps.
//!
//! The special-category pass only needs the longest term at positions where a term
//! may start (word starts, and inside words only where a compound tail such as
//! `*verslaving` begins), so an anchored walk at those positions replaces an
//! unanchored automaton over every byte.

/// No node / no term.
const NONE: u32 = u32::MAX;
/// Nodes with at least this many children get a dense 256-entry table.
const DENSE_FROM: usize = 6;

/// The trie; node 0 is the root.
pub(crate) struct Trie {
    /// Pattern index of the term that ends at each node, or [`NONE`].
    term: Vec<u32>,
    /// Start of each node's children in `edge_bytes`/`edge_nodes` (one more entry
    /// than there are nodes).
    first: Vec<u32>,
    edge_bytes: Vec<u8>,
    edge_nodes: Vec<u32>,
    /// Offset of a node's dense table in `dense` (a multiple of 256), or [`NONE`].
    dense_at: Vec<u32>,
    dense: Vec<u32>,
}

impl Trie {
    /// Builds the trie over `(text, pattern index)`; texts are matched byte for byte
    /// against the ASCII-lower-cased text. A text listed twice keeps its first index.
    pub(crate) fn new<'a>(terms: impl IntoIterator<Item = (&'a [u8], usize)>) -> Trie {
        // Build with sorted child lists first, then freeze into flat arrays.
        let mut children: Vec<Vec<(u8, u32)>> = vec![Vec::new()];
        let mut term: Vec<u32> = vec![NONE];
        for (text, id) in terms {
            let mut node = 0usize;
            for &c in text {
                let kids = &children[node];
                node = match kids.binary_search_by_key(&c, |&(b, _)| b) {
                    Ok(k) => kids[k].1 as usize,
                    Err(k) => {
                        let new = children.len();
                        children[node].insert(k, (c, new as u32));
                        children.push(Vec::new());
                        term.push(NONE);
                        new
                    }
                };
            }
            if term[node] == NONE {
                term[node] = u32::try_from(id).unwrap_or(NONE);
            }
        }
        let mut first = Vec::with_capacity(children.len() + 1);
        let mut edge_bytes = Vec::new();
        let mut edge_nodes = Vec::new();
        let mut dense_at = Vec::with_capacity(children.len());
        let mut dense = Vec::new();
        for kids in &children {
            first.push(edge_bytes.len() as u32);
            edge_bytes.extend(kids.iter().map(|&(b, _)| b));
            edge_nodes.extend(kids.iter().map(|&(_, n)| n));
            if kids.len() >= DENSE_FROM {
                dense_at.push(dense.len() as u32);
                let base = dense.len();
                dense.resize(base + 256, NONE);
                for &(b, n) in kids {
                    dense[base + b as usize] = n;
                }
            } else {
                dense_at.push(NONE);
            }
        }
        first.push(edge_bytes.len() as u32);
        Trie {
            term,
            first,
            edge_bytes,
            edge_nodes,
            dense_at,
            dense,
        }
    }

    /// Number of nodes.
    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.term.len()
    }

    /// The child of `node` on byte `c`, or [`NONE`].
    #[inline]
    fn child(&self, node: usize, c: u8) -> u32 {
        let d = self.dense_at[node];
        if d != NONE {
            return self.dense[d as usize + c as usize];
        }
        let lo = self.first[node] as usize;
        let hi = self.first[node + 1] as usize;
        for k in lo..hi {
            if self.edge_bytes[k] == c {
                return self.edge_nodes[k];
            }
        }
        NONE
    }

    /// The longest term that starts at `at`, as `(end, pattern index)`.
    #[inline]
    pub(crate) fn longest(&self, text: &[u8], at: usize) -> Option<(usize, usize)> {
        let mut node = 0usize;
        let mut best = None;
        let mut j = at;
        while let Some(&c) = text.get(j) {
            let next = self.child(node, c.to_ascii_lowercase());
            if next == NONE {
                break;
            }
            node = next as usize;
            j += 1;
            let t = self.term[node];
            if t != NONE {
                best = Some((j, t as usize));
            }
        }
        best
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The walk returns the longest term at the position, case-folded, or none.
    #[test]
    fn longest_term_at_a_position() {
        let terms: [(&[u8], usize); 4] = [(b"ab", 0), (b"abcd", 1), (b"b", 2), (b"x", 3)];
        let t = Trie::new(terms);
        assert_eq!(t.longest(b"ABCDE", 0), Some((4, 1)));
        assert_eq!(t.longest(b"abce", 0), Some((2, 0)));
        assert_eq!(t.longest(b"abce", 1), Some((2, 2)));
        assert_eq!(t.longest(b"abce", 2), None);
    }
}
