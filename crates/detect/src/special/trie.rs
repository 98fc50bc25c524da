//! A byte trie over the lower-case lexicon terms, walked anchored at a position
//! with ASCII case folding: the longest term that starts there, in a few steps.
//!
//! The special-category pass only needs the longest term at positions where a term
//! may start (word starts, and inside words only where a compound tail such as
//! `*verslaving` begins), so an anchored walk at those positions replaces an
//! unanchored automaton over every byte.
//!
//! The walk is bound by memory latency, not by arithmetic: every step reads one
//! node at a data-dependent place. So the trie is a double array: the child of
//! cell `n` on symbol `s` is cell `base(n) + s`, valid when that cell's `check` is
//! `n`. A step is one read of one small cell, with no edge list to search, and the
//! cells are placed breadth-first, so the upper levels, which every walk passes,
//! lie together in a few kilobytes.

/// No node / no term.
const NONE: u32 = u32::MAX;

/// How many free cells a node's children are tried at before they go to the end
/// of the array (bounds the build time; costs a little density).
const PLACE_TRIES: usize = 64;

/// One cell of the double array.
#[derive(Clone, Copy)]
struct Cell {
    /// The children of this node are at `base + symbol`.
    base: u32,
    /// The parent of the node in this cell, or [`NONE`] for a free cell (and the root).
    check: u32,
    /// Pattern index of the term that ends here, or [`NONE`].
    term: u32,
}

const FREE: Cell = Cell {
    base: 0,
    check: NONE,
    term: NONE,
};

/// The trie; cell 0 is the root.
pub(crate) struct Trie {
    cells: Vec<Cell>,
    /// The symbol (1..) of each text byte after ASCII lower-casing; 0 for bytes
    /// that occur in no term, which no check accepts.
    sym: [u32; 256],
}

impl Trie {
    /// Builds the trie over `(text, pattern index)`; texts are matched byte for byte
    /// against the ASCII-lower-cased text. A text listed twice keeps its first index.
    pub(crate) fn new<'a>(terms: impl IntoIterator<Item = (&'a [u8], usize)>) -> Trie {
        // Build with child lists first, then place the nodes in the double array.
        let mut children: Vec<Vec<(u8, u32)>> = vec![Vec::new()];
        let mut term: Vec<u32> = vec![NONE];
        let mut seen = [false; 256];
        for (text, id) in terms {
            let mut node = 0usize;
            for &c in text {
                seen[usize::from(c)] = true;
                let kids = children.get(node).map_or(&[][..], Vec::as_slice);
                node = match kids.binary_search_by_key(&c, |&(b, _)| b) {
                    Ok(k) => kids.get(k).map_or(0, |&(_, n)| n as usize),
                    Err(k) => {
                        let new = children.len();
                        if let Some(kids) = children.get_mut(node) {
                            kids.insert(k, (c, new as u32));
                        }
                        children.push(Vec::new());
                        term.push(NONE);
                        new
                    }
                };
            }
            if let Some(t) = term.get_mut(node).filter(|t| **t == NONE) {
                *t = u32::try_from(id).unwrap_or(NONE);
            }
        }
        let mut edge_sym = [0u32; 256];
        let mut n_sym = 0;
        for c in 0..=255u8 {
            if seen[usize::from(c)] {
                n_sym += 1;
                edge_sym[usize::from(c)] = n_sym;
            }
        }
        let mut sym = [0u32; 256];
        for c in 0..=255u8 {
            sym[usize::from(c)] = edge_sym[usize::from(c.to_ascii_lowercase())];
        }
        let mut cells = vec![Cell {
            term: term.first().copied().unwrap_or(NONE),
            ..FREE
        }];
        // Breadth-first: (old node, cell). Each node's children go to the lowest
        // base where all their cells are free, tried at the free cells in order
        // (`holes`: the free cells below the end of the array).
        let mut queue = vec![(0u32, 0u32)];
        let mut holes = std::collections::BTreeSet::new();
        let mut head = 0;
        while let Some(&(old, at)) = queue.get(head) {
            head += 1;
            let kids = children.get(old as usize).map_or(&[][..], Vec::as_slice);
            let Some(&(first, _)) = kids.first() else {
                continue;
            };
            let lowest = edge_sym[usize::from(first)] as usize;
            let fits = |cells: &[Cell], base: usize| {
                kids.iter().all(|&(b, _)| {
                    let i = base + edge_sym[usize::from(b)] as usize;
                    cells.get(i).is_none_or(|c| c.check == NONE) && i != 0
                })
            };
            let base = holes
                .range(lowest + 1..)
                .take(PLACE_TRIES)
                .map(|&slot| slot - lowest)
                .find(|&base| fits(&cells, base))
                .unwrap_or_else(|| {
                    (cells.len().max(lowest + 1) - lowest..)
                        .find(|&base| fits(&cells, base))
                        .unwrap_or(cells.len())
                });
            if let Some(cell) = cells.get_mut(at as usize) {
                cell.base = base as u32;
            }
            for &(b, kid) in kids {
                let i = base + edge_sym[usize::from(b)] as usize;
                while cells.len() <= i {
                    holes.insert(cells.len());
                    cells.push(FREE);
                }
                holes.remove(&i);
                if let Some(cell) = cells.get_mut(i) {
                    *cell = Cell {
                        base: 0,
                        check: at,
                        term: term.get(kid as usize).copied().unwrap_or(NONE),
                    };
                }
                queue.push((kid, i as u32));
            }
        }
        Trie { cells, sym }
    }

    /// Number of nodes.
    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.cells.iter().filter(|c| c.check != NONE).count() + 1
    }

    /// The longest term that starts at `at`, as `(end, pattern index)`. Not inlined:
    /// the walk keeps its few values in registers, and a profiler can tell it apart.
    #[inline(never)]
    pub(crate) fn longest(&self, text: &[u8], at: usize) -> Option<(usize, usize)> {
        let mut best = None;
        let mut cur = 0u32;
        let Some(mut cell) = self.cells.first() else {
            return best;
        };
        for (j, &c) in text.get(at..).unwrap_or(&[]).iter().enumerate() {
            let next = cell.base.wrapping_add(self.sym[usize::from(c)]);
            match self.cells.get(next as usize) {
                Some(n) if n.check == cur => {
                    cur = next;
                    cell = n;
                }
                _ => break,
            }
            if cell.term != NONE {
                best = Some((at + j + 1, cell.term as usize));
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

    /// With terms over most byte values, the walk agrees with a naive search.
    #[test]
    fn walk_agrees_with_a_naive_search() {
        let texts: Vec<Vec<u8>> = (0..200u8)
            .flat_map(|c| {
                let c = c.wrapping_add(40);
                [vec![c], vec![b'q', c, b'z'], vec![b'q', c]]
            })
            .collect();
        let t = Trie::new(texts.iter().enumerate().map(|(i, v)| (v.as_slice(), i)));
        let naive = |text: &[u8], at: usize| {
            let mut best: Option<(usize, usize)> = None;
            for (i, v) in texts.iter().enumerate() {
                let hit = text.get(at..at + v.len()).is_some_and(|w| {
                    w.iter()
                        .zip(v.iter())
                        .all(|(a, b)| a.to_ascii_lowercase() == *b)
                });
                let first = texts.iter().position(|w| w == v) == Some(i);
                if hit && first && best.is_none_or(|(e, _)| at + v.len() > e) {
                    best = Some((at + v.len(), i));
                }
            }
            best
        };
        for a in 0..=255u8 {
            for b in [b'q', b'z', a, b'Q'] {
                let text = [b, a, b'z', b'Z'];
                for at in 0..text.len() {
                    assert_eq!(t.longest(&text, at), naive(&text, at), "{text:?} {at}");
                }
            }
        }
    }
}
