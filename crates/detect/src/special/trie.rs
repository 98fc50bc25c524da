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

/// One node of the trie.
#[derive(Clone, Copy)]
struct Node {
    /// Pattern index of the term that ends here, or [`NONE`].
    term: u32,
    /// Offset of the node's dense table in `dense`, or [`NONE`].
    dense_at: u32,
    /// The node's children in `edge_bytes`/`edge_nodes`: `lo..hi`.
    lo: u32,
    hi: u32,
}

/// The trie; node 0 is the root.
pub(crate) struct Trie {
    nodes: Vec<Node>,
    edge_bytes: Vec<u8>,
    edge_nodes: Vec<u32>,
    /// Dense child tables of the nodes with many children, 256 entries each.
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
        let mut nodes = Vec::with_capacity(children.len());
        let mut edge_bytes = Vec::new();
        let mut edge_nodes = Vec::new();
        let mut dense = Vec::new();
        for (kids, &term) in children.iter().zip(&term) {
            let lo = edge_bytes.len() as u32;
            edge_bytes.extend(kids.iter().map(|&(b, _)| b));
            edge_nodes.extend(kids.iter().map(|&(_, n)| n));
            let mut dense_at = NONE;
            if kids.len() >= DENSE_FROM {
                dense_at = dense.len() as u32;
                let base = dense.len();
                dense.resize(base + 256, NONE);
                for &(b, n) in kids {
                    dense[base + b as usize] = n;
                }
            }
            nodes.push(Node {
                term,
                dense_at,
                lo,
                hi: edge_bytes.len() as u32,
            });
        }
        Trie {
            nodes,
            edge_bytes,
            edge_nodes,
            dense,
        }
    }

    /// Number of nodes.
    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.nodes.len()
    }

    /// The child of `node` on byte `c`, or [`NONE`].
    #[inline(always)]
    fn child(&self, node: &Node, c: u8) -> u32 {
        if node.dense_at != NONE {
            return self
                .dense
                .get(node.dense_at as usize + c as usize)
                .copied()
                .unwrap_or(NONE);
        }
        let (lo, hi) = (node.lo as usize, node.hi as usize);
        let bytes = self.edge_bytes.get(lo..hi).unwrap_or(&[]);
        match bytes.iter().position(|&b| b == c) {
            Some(k) => self.edge_nodes.get(lo + k).copied().unwrap_or(NONE),
            None => NONE,
        }
    }

    /// The longest term that starts at `at`, as `(end, pattern index)`.
    #[inline(always)]
    pub(crate) fn longest(&self, text: &[u8], at: usize) -> Option<(usize, usize)> {
        let mut best = None;
        let Some(mut node) = self.nodes.first() else {
            return best;
        };
        for (j, &c) in text.get(at..).unwrap_or(&[]).iter().enumerate() {
            let next = self.child(node, c.to_ascii_lowercase());
            let Some(n) = self.nodes.get(next as usize) else {
                break;
            };
            node = n;
            if node.term != NONE {
                best = Some((at + j + 1, node.term as usize));
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
