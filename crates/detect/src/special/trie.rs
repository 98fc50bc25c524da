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
//!
//! Most nodes lie on the single path from the point where a term parts from all
//! others to its end ("mijn moeder heeft d|iabetes"). Such a path is no cells but
//! one string, compared in one go: two thirds of the nodes go, and a walk that
//! reaches a term's own part reads one or two cache lines instead of a cell per
//! byte from all over the array.
//!
//! The lexicons are cartesian products ("{mijn|zijn|haar} {@kin} heeft
//! {@condition}"), so the same subtrees recur under many prefixes. A double array
//! can share them: two nodes with equal subtrees (equal values, equal edges to
//! equal subtrees) get the same base, so the subtree's cells (or its rest) are
//! placed once. That shrinks the cells sixfold and the rests tenfold, so that the
//! walks, which are bound by cache misses, mostly stay in the caches.

use std::collections::HashMap;

/// Bits of a cell below the base: the symbol of the edge into the node (8 bits), the
/// flag of a term ending there and the flag of a node whose only descendants are one
/// term's remaining bytes.
const BASE_SHIFT: u32 = 10;
/// The symbol field of a cell.
const LABEL: u32 = 0xff;
/// The flag of a cell where a term ends.
const TERM: u32 = 0x100;
/// The flag of a node whose only descendants are the rest of one term: its base field
/// is where that rest lies in [`Trie::rests`] (a length byte, then the bytes), and its
/// value is that term's.
const REST: u32 = 0x200;
/// A free cell: its label is no symbol (symbols run from 1 to at most 254).
const FREE: u32 = LABEL;
/// The base of the nodes without children: no node's children are placed there, so
/// no cell reached from it carries the right label.
const NO_CHILDREN: usize = 0;
/// The most symbols a label can tell apart (`LABEL` itself marks free cells).
const MAX_SYMBOLS: u32 = 254;
/// The largest base that fits in a cell.
const MAX_BASE: usize = (u32::MAX >> BASE_SHIFT) as usize;

/// How many free cells a node's children are tried at before they go to the end
/// of the array (bounds the build time; costs a little density).
const PLACE_TRIES: usize = 64;

/// The shape of a trie node with at most one child: its value and its edge (symbol,
/// shape of the child).
type Chain = (Option<u32>, Option<(u8, u32)>);
/// The shape of a trie node with more children: its value and its edges.
type Fork = (Option<u32>, Vec<(u8, u32)>);

/// The trie; cell 0 is the root.
///
/// A cell is one `u32`, so sixteen share a cache line: the walk reads one cell per
/// byte from a table that the other passes evict between documents, so fewer and
/// denser lines are what makes it fast. Instead of the parent's index, a cell checks
/// the symbol of its incoming edge; that is enough because every node with children
/// has a base of its own: a cell `base(n) + s` labelled `s` can only be a child of a
/// node with base `base(n)`, which is `n`.
pub(crate) struct Trie {
    /// `base << BASE_SHIFT | TERM flag | label`.
    cells: Vec<u32>,
    /// The value of the term that ends at each cell, or whose rest a [`REST`] cell
    /// holds (read once per walk that finds one).
    values: Vec<u32>,
    /// The rests of the terms, each a length byte and the lower-case bytes.
    rests: Vec<u8>,
    /// The symbol (1..) of each text byte after ASCII lower-casing; 0 for bytes
    /// that occur in no term, which no label carries.
    sym: [u8; 256],
}

impl Trie {
    /// Builds the trie over `(text, value)`; texts are matched byte for byte against
    /// the ASCII-lower-cased text. A text listed twice keeps its first value. The
    /// lexicons use far fewer than [`MAX_SYMBOLS`] distinct bytes and [`MAX_BASE`]
    /// cells (the scan-equals-automaton test would fail otherwise); terms beyond
    /// those limits would be left out.
    pub(crate) fn new<'a>(terms: impl IntoIterator<Item = (&'a [u8], u32)>) -> Trie {
        // Build with child lists first, then place the nodes in the double array.
        let mut children: Vec<Vec<(u8, u32)>> = vec![Vec::new()];
        let mut value: Vec<Option<u32>> = vec![None];
        let terms: Vec<(&[u8], u32)> = terms.into_iter().collect();
        let mut seen = [false; 256];
        for &(text, _) in &terms {
            for &c in text {
                seen[usize::from(c)] = true;
            }
        }
        // Symbols in byte order; 0 for bytes in no term (and for any beyond the
        // labels, whose terms are left out).
        let mut edge_sym = [0u8; 256];
        let mut n_sym = 0u8;
        for c in 0..=255u8 {
            if seen[usize::from(c)] && u32::from(n_sym) < MAX_SYMBOLS {
                n_sym += 1;
                edge_sym[usize::from(c)] = n_sym;
            }
        }
        for (text, v) in terms {
            if text.iter().any(|&c| edge_sym[usize::from(c)] == 0) {
                continue;
            }
            let mut node = 0usize;
            for &c in text {
                let kids = children.get(node).map_or(&[][..], Vec::as_slice);
                node = match kids.binary_search_by_key(&c, |&(b, _)| b) {
                    Ok(k) => kids.get(k).map_or(0, |&(_, n)| n as usize),
                    Err(k) => {
                        let new = children.len();
                        if let Some(kids) = children.get_mut(node) {
                            kids.insert(k, (c, new as u32));
                        }
                        children.push(Vec::new());
                        value.push(None);
                        new
                    }
                };
            }
            if let Some(t) = value.get_mut(node).filter(|t| t.is_none()) {
                *t = Some(v);
            }
        }
        // Terms below each node, counted up to two (children come after their parent).
        let mut below = vec![0u8; children.len()];
        for n in (0..children.len()).rev() {
            let own = u8::from(value.get(n).is_some_and(Option::is_some));
            let kids = children.get(n).map_or(&[][..], Vec::as_slice);
            let count = kids.iter().fold(own, |sum, &(_, k)| {
                sum.saturating_add(below.get(k as usize).copied().unwrap_or(0))
            });
            if let Some(b) = below.get_mut(n) {
                *b = count.min(2);
            }
        }
        // Equal subtrees (same values, same edges to equal subtrees) get one id, so
        // that they are placed once and shared: the lexicons are cartesian products
        // ("{mijn|zijn|haar} {@kin} heeft {@condition}"), whose trie repeats the same
        // tails under every prefix.
        // Most nodes have at most one child, so they are told apart without a list.
        let mut shape = vec![0u32; children.len()];
        let mut chains: HashMap<Chain, u32> = HashMap::new();
        let mut forks: HashMap<Fork, u32> = HashMap::new();
        for n in (0..children.len()).rev() {
            let kids = children.get(n).map_or(&[][..], Vec::as_slice);
            let edge = |&(b, k): &(u8, u32)| (b, shape.get(k as usize).copied().unwrap_or(0));
            let v = value.get(n).copied().flatten();
            let fresh = (chains.len() + forks.len()) as u32;
            let id = match kids {
                [] | [_] => *chains.entry((v, kids.first().map(edge))).or_insert(fresh),
                _ => *forks
                    .entry((v, kids.iter().map(edge).collect()))
                    .or_insert(fresh),
            };
            if let Some(s) = shape.get_mut(n) {
                *s = id;
            }
        }
        // The cell field (base or rest offset, and the REST flag) of each shape placed.
        let mut placed: HashMap<u32, (u32, u32)> = HashMap::new();
        let mut rests = Vec::new();
        let mut sym = [0u8; 256];
        for c in 0..=255u8 {
            sym[usize::from(c)] = edge_sym[usize::from(c.to_ascii_lowercase())];
        }
        let cell = |base: usize, term: bool, label: u8| {
            (base as u32) << BASE_SHIFT | if term { TERM } else { 0 } | u32::from(label)
        };
        let root_term = value.first().copied().flatten();
        let mut cells = vec![cell(NO_CHILDREN, root_term.is_some(), LABEL as u8)];
        let mut values = vec![root_term.unwrap_or(0)];
        // Breadth-first: (old node, cell). Each node's children go to the lowest
        // unused base where all their cells are free, tried at the free cells in
        // order (`holes`: the free cells below the end of the array).
        let mut queue = vec![(0u32, 0u32)];
        let mut holes = std::collections::BTreeSet::new();
        // Bases given to a node (`NO_CHILDREN` is reserved).
        let mut used = vec![true];
        let mut head = 0;
        while let Some(&(old, at)) = queue.get(head) {
            head += 1;
            let kids = children.get(old as usize).map_or(&[][..], Vec::as_slice);
            let Some(&(first, _)) = kids.first() else {
                continue;
            };
            let own = shape.get(old as usize).copied().unwrap_or(0);
            if let Some(&(field, v)) = placed.get(&own) {
                // An equal subtree is in place: share its children, or its rest and
                // that rest's value.
                if let Some(c) = cells.get_mut(at as usize) {
                    *c = (*c & !(u32::MAX << BASE_SHIFT)) | field;
                }
                if let Some(slot) = values.get_mut(at as usize).filter(|_| field & REST != 0) {
                    *slot = v;
                }
                continue;
            }
            // One term below and none ending here: the rest of the path is a string.
            let rest_at = rests.len();
            if old != 0 && below.get(old as usize) == Some(&1) && rest_at <= MAX_BASE {
                let mut rest = Vec::new();
                let mut node = old as usize;
                while let Some(&[(b, kid)]) = children.get(node).map(Vec::as_slice) {
                    rest.push(b);
                    node = kid as usize;
                }
                if let (Ok(len), Some(v)) =
                    (u8::try_from(rest.len()), value.get(node).copied().flatten())
                {
                    rests.push(len);
                    rests.extend_from_slice(&rest);
                    let field = (rest_at as u32) << BASE_SHIFT | REST;
                    placed.insert(own, (field, v));
                    if let Some(c) = cells.get_mut(at as usize) {
                        *c = (*c & !(u32::MAX << BASE_SHIFT)) | field;
                    }
                    if let Some(slot) = values.get_mut(at as usize) {
                        *slot = v;
                    }
                    continue;
                }
            }
            let lowest = usize::from(edge_sym[usize::from(first)]);
            let fits = |cells: &[u32], base: usize| {
                !used.get(base).is_some_and(|&u| u)
                    && kids.iter().all(|&(b, _)| {
                        let i = base + usize::from(edge_sym[usize::from(b)]);
                        cells.get(i).is_none_or(|&c| c == FREE) && i != 0
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
            if base > MAX_BASE {
                continue;
            }
            if used.len() <= base {
                used.resize(base + 1, false);
            }
            if let Some(u) = used.get_mut(base) {
                *u = true;
            }
            placed.insert(own, (cell(base, false, 0), 0));
            if let Some(c) = cells.get_mut(at as usize) {
                *c = (*c & !(u32::MAX << BASE_SHIFT)) | cell(base, false, 0);
            }
            for &(b, kid) in kids {
                let label = edge_sym[usize::from(b)];
                let i = base + usize::from(label);
                while cells.len() <= i {
                    holes.insert(cells.len());
                    cells.push(FREE);
                    values.push(0);
                }
                holes.remove(&i);
                let v = value.get(kid as usize).copied().flatten();
                if let Some(c) = cells.get_mut(i) {
                    *c = cell(NO_CHILDREN, v.is_some(), label);
                }
                if let Some(slot) = values.get_mut(i) {
                    *slot = v.unwrap_or(0);
                }
                queue.push((kid, i as u32));
            }
        }
        Trie {
            cells,
            values,
            rests,
            sym,
        }
    }

    /// Number of nodes that have a cell (the rests of terms have none).
    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.cells.iter().filter(|&&c| c & LABEL != FREE).count() + 1
    }

    /// The longest term that starts at `at`, as `(end, value)`. Not inlined: the walk
    /// keeps its few values in registers, and a profiler can tell it apart.
    #[inline(never)]
    pub(crate) fn longest(&self, text: &[u8], at: usize) -> Option<(usize, u32)> {
        let mut best = None;
        let &root = self.cells.first()?;
        let mut base = (root >> BASE_SHIFT) as usize;
        let text = text.get(at..).unwrap_or(&[]);
        for (j, &c) in text.iter().enumerate() {
            let s = self.sym[usize::from(c)];
            let next = base + usize::from(s);
            match self.cells.get(next) {
                Some(&cell) if cell & LABEL == u32::from(s) => {
                    if cell & TERM != 0 {
                        best = Some((j, next));
                    }
                    base = (cell >> BASE_SHIFT) as usize;
                    if cell & REST != 0 {
                        let len = self.rests.get(base).map_or(0, |&n| usize::from(n));
                        let rest = self.rests.get(base + 1..base + 1 + len).unwrap_or(&[]);
                        let ahead = text.get(j + 1..j + 1 + len).unwrap_or(&[]);
                        if ahead.len() == len
                            && ahead
                                .iter()
                                .zip(rest)
                                .all(|(&c, &r)| c.to_ascii_lowercase() == r)
                        {
                            best = Some((j + len, next));
                        }
                        break;
                    }
                }
                _ => break,
            }
        }
        let (j, cell) = best?;
        Some((at + j + 1, self.values.get(cell).copied().unwrap_or(0)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The walk returns the longest term at the position, case-folded, or none.
    #[test]
    fn longest_term_at_a_position() {
        let terms: [(&[u8], u32); 4] = [(b"ab", 0), (b"abcd", 1), (b"b", 2), (b"x", 3)];
        let t = Trie::new(terms);
        assert_eq!(t.longest(b"ABCDE", 0), Some((4, 1)));
        assert_eq!(t.longest(b"abce", 0), Some((2, 0)));
        assert_eq!(t.longest(b"abce", 1), Some((2, 2)));
        assert_eq!(t.longest(b"abce", 2), None);
    }

    /// Equal tails under different prefixes are shared and still found with their
    /// own values; tails with other values are kept apart.
    #[test]
    fn shared_tails_keep_their_values() {
        let terms: [(&[u8], u32); 5] = [
            (b"mijn diabetes", 1),
            (b"zijn diabetes", 1),
            (b"haar diabetes", 2),
            (b"mijn astma", 1),
            (b"zijn astma", 1),
        ];
        let t = Trie::new(terms);
        assert_eq!(t.longest(b"ZIJN diabetes!", 0), Some((13, 1)));
        assert_eq!(t.longest(b"haar diabetes", 0), Some((13, 2)));
        assert_eq!(t.longest(b"mijn astma", 0), Some((10, 1)));
        assert_eq!(t.longest(b"zijn astma", 0), Some((10, 1)));
        assert_eq!(t.longest(b"haar astma", 0), None);
        assert_eq!(t.longest(b"zijn diabete", 0), None);
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
        let t = Trie::new(texts.iter().zip(0..).map(|(v, i)| (v.as_slice(), i)));
        let naive = |text: &[u8], at: usize| {
            let mut best: Option<(usize, u32)> = None;
            for (v, i) in texts.iter().zip(0..) {
                let hit = text.get(at..at + v.len()).is_some_and(|w| {
                    w.iter()
                        .zip(v.iter())
                        .all(|(a, b)| a.to_ascii_lowercase() == *b)
                });
                let first = texts.iter().position(|w| w == v) == Some(i as usize);
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
