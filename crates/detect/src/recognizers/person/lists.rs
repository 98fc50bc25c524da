//! The name lists of `data/names/`, compiled in and turned into hash sets once.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use crate::lexicon::entries;

const FIRST_FAKER: &str = include_str!("../../../../../data/names/first_names.faker.txt");
const FIRST_CURATED: &str = include_str!("../../../../../data/names/first_names.curated.txt");
const SUR_FAKER: &str = include_str!("../../../../../data/names/surnames.faker.txt");
const SUR_CURATED_LIST: &str = include_str!("../../../../../data/names/surnames.curated.txt");
const WORD_NAMES: &str = include_str!("../../../../../data/names/word_names.txt");
const STOP_WORDS: &str = include_str!("../../../../../data/names/stop_words.txt");
const PLACES: &str = include_str!("../../../../../data/names/places.txt");
const SENTENCE_WORDS: &str = include_str!("../../../../../data/names/sentence_words.txt");
const COMMON_WORDS: &str = include_str!("../../../../../data/names/common_words.txt");
const ORG_WORDS: &str = include_str!("../../../../../data/names/org_words.txt");
const ORGANISATIONS: &str = include_str!("../../../../../data/names/organisations.txt");
const TITLES: &str = include_str!("../../../../../data/names/titles.txt");
const ROLES: &str = include_str!("../../../../../data/names/roles.txt");
const FIELD_LABELS: &str = include_str!("../../../../../data/names/field_labels.txt");
const SIGNOFFS: &str = include_str!("../../../../../data/names/signoffs.txt");

/// The keys of the word table are FNV-1a hashes already ([`super::tokens::fnv`]), so
/// the map's hasher passes a `u64` through; strings are hashed with FNV-1a.
#[derive(Default)]
pub(crate) struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for b in bytes {
            h = (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

pub(crate) type PhraseMap = HashMap<u64, Vec<Vec<Box<str>>>, BuildHasherDefault<Fnv>>;
type FastMap<V> = HashMap<Box<str>, V, BuildHasherDefault<Fnv>>;

/// Surname particles that may stand between a first name (or initials, or a title)
/// and the core of a surname. Lower-case forms; a capitalised form is accepted too.
pub(crate) const PARTICLES: &[&str] = &[
    "van", "de", "der", "den", "het", "'t", "ten", "ter", "te", "in", "op", "onder", "aan", "bij",
    "uit", "voor", "vd", "v.d.", "la", "le", "du", "da", "dos", "das", "do", "di", "del", "della",
    "dello", "von", "zu", "vom", "el", "al", "ben", "bin", "ibn", "ait", "aït", "oulad", "ould",
    "abu", "bou", "mac", "ní", "uí", "ó",
];

/// Particles that may start a surname on their own (after a title, or in sorted lists).
pub(crate) fn is_particle(lower: &str) -> bool {
    PARTICLES.contains(&lower)
}

/// Particles that are also very common Dutch or English words; they count only
/// in a valid particle sequence that ends in a capitalised core.
pub(crate) fn particle_sequence_ok(seq: &[&str]) -> bool {
    matches!(
        seq,
        ["van"]
            | [
                "van",
                "de" | "der" | "den" | "het" | "'t" | "ter" | "ten" | "t"
            ]
            | ["de" | "den" | "der" | "ten" | "ter" | "te" | "'t" | "het" | "vd" | "v.d."]
            | [
                "in" | "op" | "uit" | "aan" | "onder" | "bij" | "voor",
                "'t" | "de" | "den" | "der" | "het" | "ten"
            ]
            | ["de", "la" | "le" | "los" | "las"]
            | ["la" | "le" | "du" | "da" | "dos" | "das" | "do" | "di" | "del" | "della" | "dello"]
            | ["von" | "vom" | "zu" | "mac"]
            // Irish: `Siobhán Ní Bhriain`, `Ó Súilleabháin`, `Uí Néill`.
            | ["ní" | "uí" | "ó"]
            | ["von", "der" | "dem" | "den"]
            | ["el"
                | "al"
                | "ben"
                | "bin"
                | "ibn"
                | "ait"
                | "aït"
                | "oulad"
                | "ould"
                | "abu"
                | "bou"]
            | ["ait" | "aït" | "ben" | "oulad", "el" | "ali"]
    )
}

/// Word classes, as bits of one flag word per folded word.
pub(crate) const FIRST: u32 = 1;
pub(crate) const SUR: u32 = 1 << 1;
pub(crate) const WORDY: u32 = 1 << 2;
pub(crate) const STOP: u32 = 1 << 3;
pub(crate) const ORG: u32 = 1 << 4;
pub(crate) const TITLE: u32 = 1 << 5;
pub(crate) const ROLE: u32 = 1 << 6;
/// First word of an organisation phrase, a field label or a sign-off.
pub(crate) const ORG_PHRASE: u32 = 1 << 7;
pub(crate) const LABEL: u32 = 1 << 8;
pub(crate) const SIGNOFF: u32 = 1 << 9;
/// A first name from the curated lists (safe to read in lower case unless also a word).
pub(crate) const CURATED: u32 = 1 << 11;
/// A place: never a name alone, but may be a surname core (`van Houten`).
pub(crate) const PLACE: u32 = 1 << 12;
/// The last word of a sign-off phrase (`groet`, `regards`, `mvg`).
pub(crate) const SIGNOFF_END: u32 = 1 << 13;
/// A name that often starts a sentence as a word (`Will`, `Mark`, `Dan`).
pub(crate) const SENT: u32 = 1 << 14;
/// A name that is an ordinary lower-case word (`bas`, `roos`, `anders`).
pub(crate) const COMMON: u32 = 1 << 16;
/// A surname from the curated lists.
pub(crate) const SUR_CURATED: u32 = 1 << 17;
/// A surname particle (`van`, `de`, `'t`, `El`, …).
pub(crate) const PART: u32 = 1 << 10;
/// Not a word class: set in a token's flags once they are known (see [`Lists::prepare`]).
pub(crate) const DONE: u32 = 1 << 31;

/// Size of the filter of listed words: 2^18 bits (32 KiB).
const FILTER_BITS: u32 = 18;

/// The word of the filter for `hash` and the two bits it sets there (from hash bits
/// that the table's slot index does not use).
#[inline]
fn filter_bits(hash: u64) -> (usize, u64) {
    let w = ((hash >> 32) as usize) & ((1 << (FILTER_BITS - 6)) - 1);
    (w, (1 << ((hash >> 50) & 63)) | (1 << ((hash >> 56) & 63)))
}

/// Bytes of a key kept in its slot; the rest (rare: longer names) is in `tails`.
const HEAD: usize = 12;

/// One slot of [`WordTable`]: 32 bytes, two to a cache line, holding the hash, the
/// classes and the key itself, so that a lookup and its check read one line. Scattered
/// entries and boxed keys cost three or four cache misses a word, and the scan asks
/// for about one word in three.
#[derive(Clone, Copy, Default)]
struct Slot {
    hash: u64,
    flags: u32,
    /// Key length in bytes; 0 for an empty slot (no key is empty).
    len: u32,
    /// Where the key's bytes after the first [`HEAD`] start in `WordTable::tails`.
    tail: u32,
    head: [u8; HEAD],
}

/// Hash of a folded word → (folded word, classes), as an open-addressing table with
/// linear probing over the slots themselves. The keys are hashes already, so a lookup
/// is one masked index and a compare or two.
#[derive(Default)]
struct WordTable {
    /// A power of two in length, between a third and two thirds full.
    slots: Vec<Slot>,
    tails: Vec<u8>,
}

impl WordTable {
    /// A table with room for `n` words.
    fn with_capacity(n: usize) -> Self {
        WordTable {
            slots: vec![Slot::default(); (n * 3 / 2).next_power_of_two().max(2)],
            tails: Vec::new(),
        }
    }

    /// Adds `word` under `hash` unless some word has that hash already (the first one
    /// stays: every hit is verified against the text, so a rare collision only hides
    /// the second word). The table never grows: it is sized for all words up front.
    fn insert_first(&mut self, hash: u64, word: &str, flags: u32) {
        let key = word.as_bytes();
        if key.is_empty() || self.get(hash).is_some() {
            return;
        }
        let mask = self.slots.len() - 1;
        let mut s = (hash as usize) & mask;
        while self.slots[s].len != 0 {
            s = (s + 1) & mask;
        }
        let head_len = key.len().min(HEAD);
        let mut head = [0u8; HEAD];
        head[..head_len].copy_from_slice(&key[..head_len]);
        self.slots[s] = Slot {
            hash,
            flags,
            len: key.len() as u32,
            tail: self.tails.len() as u32,
            head,
        };
        self.tails.extend_from_slice(&key[head_len..]);
    }

    /// The slot of the word stored under `hash`.
    #[inline]
    fn get(&self, hash: u64) -> Option<&Slot> {
        let mask = self.slots.len().checked_sub(1)?;
        let mut s = (hash as usize) & mask;
        loop {
            let slot = self.slots.get(s)?;
            if slot.len == 0 {
                return None;
            }
            if slot.hash == hash {
                return Some(slot);
            }
            s = (s + 1) & mask;
        }
    }

    /// The key of `slot` equals the ASCII word of `len` bytes (at most [`HEAD`]) that
    /// opens `window` (16 bytes of text), lower-cased: [`Self::key_eq`] in a few wide
    /// operations instead of a loop over the bytes.
    #[inline]
    fn ascii_head_eq(slot: &Slot, window: [u8; 16], len: usize) -> bool {
        const HIGH: u128 = 0x8080_8080_8080_8080_8080_8080_8080_8080;
        const ONES: u128 = 0x0101_0101_0101_0101_0101_0101_0101_0101;
        let x = u128::from_le_bytes(window);
        // The high bit of each byte in `A..=Z` (the bytes of an ASCII word are below
        // 0x80, so these sums carry into no other byte), moved to 0x20: lower case.
        let low = x & !HIGH;
        let ge_a = low + ONES * u128::from(0x80 - b'A');
        let gt_z = low + ONES * u128::from(0x7f - b'Z');
        let lower = x | ((ge_a & !gt_z & HIGH) >> 2);
        let mut key = [0u8; 16];
        key[..HEAD].copy_from_slice(&slot.head);
        let mask = (1u128 << (8 * len)) - 1;
        slot.len as usize == len && lower & mask == u128::from_le_bytes(key)
    }

    /// The key of `slot` equals `word` once `fold` is applied to each byte of `word`.
    #[inline]
    fn key_eq(&self, slot: &Slot, word: &[u8], fold: impl Fn(u8) -> u8) -> bool {
        if slot.len as usize != word.len() {
            return false;
        }
        let head_len = word.len().min(HEAD);
        let (w_head, w_tail) = word.split_at(head_len);
        // The head folded into an array padded like the slot's, compared at once.
        let mut head = [0u8; HEAD];
        for (d, &w) in head.iter_mut().zip(w_head) {
            *d = fold(w);
        }
        let tail = slot.tail as usize;
        head == slot.head
            && self
                .tails
                .get(tail..tail + w_tail.len())
                .is_some_and(|t| t.iter().zip(w_tail).all(|(&k, &w)| k == fold(w)))
    }
}

/// All lists, case-folded: one map from word to its classes, plus the phrases.
pub(crate) struct Lists {
    /// Folded word → classes.
    words: FastMap<u32>,
    /// Hash of the folded word → (folded word, classes): the scan's fast path.
    by_hash: WordTable,
    /// Two bits per listed word, both in one `u64`: about three words in four of a
    /// text are not listed, and most of them are turned away here, in a filter small
    /// enough to stay near the processor, before they touch the large table.
    filter: Vec<u64>,
    /// Multi-word phrases by their first word: organisations, labels, sign-offs.
    /// Keyed by the hash of their first word (as the tokenizer computes it).
    pub(crate) org_phrases: PhraseMap,
    pub(crate) labels: PhraseMap,
    pub(crate) signoffs: PhraseMap,
}

/// Lower-cases `s` into `buf` and maps typographic apostrophes to `'`.
pub(crate) fn fold_into(s: &str, buf: &mut String) {
    buf.clear();
    for c in s.chars() {
        match c {
            '\u{2019}' | '\u{2018}' | '`' | '\u{b4}' => buf.push('\''),
            c if c.is_ascii() => buf.push(c.to_ascii_lowercase()),
            c => buf.extend(c.to_lowercase()),
        }
    }
}

/// Room on the stack for a folded word: a listed word has at most 40 bytes (see
/// `Scan::flags`), and lower-casing lengthens a character by half at most (`İ`).
pub(crate) const FOLD_MAX: usize = 64;

/// [`fold_into`] into `out` instead of a `String`: the folded bytes, or `None` when
/// they do not fit.
pub(crate) fn fold_small<'a>(s: &str, out: &'a mut [u8; FOLD_MAX]) -> Option<&'a [u8]> {
    let mut n = 0;
    for c in s.chars() {
        match c {
            '\u{2019}' | '\u{2018}' | '`' | '\u{b4}' => {
                *out.get_mut(n)? = b'\'';
                n += 1;
            }
            c if c.is_ascii() => {
                *out.get_mut(n)? = (c as u8).to_ascii_lowercase();
                n += 1;
            }
            c => {
                for l in c.to_lowercase() {
                    let len = l.len_utf8();
                    l.encode_utf8(out.get_mut(n..n + len)?);
                    n += len;
                }
            }
        }
    }
    out.get(..n)
}

/// Folds `s` (see [`fold_into`]) and hands the folded bytes to `f`: folded on the
/// stack, so that a word that is not ASCII costs no growing `String`, or in `buf`
/// when it does not fit there.
pub(crate) fn with_folded<R>(s: &str, buf: &mut String, f: impl FnOnce(&[u8]) -> R) -> R {
    let mut arr = [0u8; FOLD_MAX];
    match fold_small(s, &mut arr) {
        Some(folded) => f(folded),
        None => {
            fold_into(s, buf);
            f(buf.as_bytes())
        }
    }
}

fn fold(s: &str) -> Box<str> {
    let mut b = String::new();
    fold_into(s, &mut b);
    b.into_boxed_str()
}

impl Lists {
    fn add(&mut self, word: &str, flag: u32) {
        let f = fold(word);
        *self.words.entry(f).or_insert(0) |= flag;
    }

    /// Adds every word of every entry; name entries may hold particles (`van der Berg`,
    /// `El Amrani`) or several names separated by spaces; particles are not added.
    fn add_words(&mut self, list: &'static str, flag: u32, names: bool) {
        for e in entries(list) {
            for w in e.split_whitespace() {
                let f = fold(w);
                if names && (is_particle(&f) || f.chars().count() < 2) {
                    continue;
                }
                if names && f.contains('-') {
                    for part in f.split('-') {
                        if part.chars().count() >= 2 && !is_particle(part) {
                            *self.words.entry(part.into()).or_insert(0) |= flag;
                        }
                    }
                }
                *self.words.entry(f).or_insert(0) |= flag;
            }
        }
    }

    fn add_phrases(&mut self, list: &'static str, flag: u32) -> PhraseMap {
        let mut map = PhraseMap::default();
        for e in entries(list) {
            let words: Vec<Box<str>> = super::tokens::phrase_words(e).map(fold).collect();
            if let Some(first) = words.first().cloned() {
                *self.words.entry(first.clone()).or_insert(0) |= flag;
                map.entry(super::tokens::fnv(first.as_bytes()))
                    .or_default()
                    .push(words);
            }
        }
        map
    }

    pub(crate) fn load(extra_first: &[String], extra_sur: &[String]) -> Self {
        let mut l = Lists {
            words: FastMap::default(),
            by_hash: WordTable::default(),
            filter: vec![0; 1 << (FILTER_BITS - 6)],
            org_phrases: PhraseMap::default(),
            labels: PhraseMap::default(),
            signoffs: PhraseMap::default(),
        };
        l.add_words(FIRST_FAKER, FIRST, true);
        l.add_words(FIRST_CURATED, FIRST | CURATED, true);
        l.add_words(SUR_FAKER, SUR, true);
        l.add_words(SUR_CURATED_LIST, SUR | SUR_CURATED, true);
        l.add_words(WORD_NAMES, WORDY, false);
        l.add_words(STOP_WORDS, STOP, false);
        l.add_words(ORG_WORDS, ORG, false);
        l.add_words(PLACES, PLACE, false);
        l.add_words(SENTENCE_WORDS, SENT | COMMON, false);
        l.add_words(COMMON_WORDS, COMMON, false);
        for (list, flag) in [(TITLES, TITLE), (ROLES, ROLE)] {
            for e in entries(list) {
                l.add(e.trim_end_matches('.'), flag);
            }
        }
        l.org_phrases = l.add_phrases(ORGANISATIONS, ORG_PHRASE);
        l.labels = l.add_phrases(FIELD_LABELS, LABEL);
        l.signoffs = l.add_phrases(SIGNOFFS, SIGNOFF);
        for e in entries(SIGNOFFS) {
            if let Some(last) = super::tokens::phrase_words(e).last() {
                l.add(last, SIGNOFF_END);
            }
        }
        for n in extra_first {
            for w in n.split_whitespace() {
                l.add(w, FIRST);
            }
        }
        for n in extra_sur {
            for w in n.split_whitespace() {
                if !is_particle(&fold(w)) {
                    l.add(w, SUR);
                }
            }
        }
        for p in PARTICLES {
            l.add(p, PART);
        }
        l.by_hash = WordTable::with_capacity(l.words.len());
        for (k, f) in &l.words {
            let h = super::tokens::fnv(k.as_bytes());
            l.by_hash.insert_first(h, k, *f);
            let (w, bits) = filter_bits(h);
            if let Some(x) = l.filter.get_mut(w) {
                *x |= bits;
            }
        }
        l
    }

    /// The classes of `word`, whose folded form hashes to `hash` (0 when unknown; a
    /// `hash` of 0 stands for a word known to be in no list, see [`Self::prepare`]).
    /// `ascii` words are compared without folding; others are folded into `buf`.
    pub(crate) fn get_hashed(&self, hash: u64, word: &str, ascii: bool, buf: &mut String) -> u32 {
        if hash == 0 {
            return 0;
        }
        self.by_hash
            .get(hash)
            .map_or(0, |slot| self.verified(slot, word, ascii, buf))
    }

    /// The classes of `slot` when its key is `word` folded, else 0. `ascii` words are
    /// compared without folding; others are folded into `buf`.
    #[inline]
    fn verified(&self, slot: &Slot, word: &str, ascii: bool, buf: &mut String) -> u32 {
        let same = if ascii {
            self.by_hash
                .key_eq(slot, word.as_bytes(), |b| b.to_ascii_lowercase())
        } else {
            with_folded(word, buf, |w| self.by_hash.key_eq(slot, w, |b| b))
        };
        if same { slot.flags } else { 0 }
    }

    /// Readies the tokens of `text` for lookups, in one tight loop before the scan: a
    /// word that no list holds gets hash 0, the others learn whether they may be a first
    /// name or a particle, and `flags` (one entry per token) receives every token's
    /// classes with [`DONE`], or 0 for a possessive whose classes may come from its stem (the scan
    /// computes those on demand). The table reads of this loop do not depend on each
    /// other, so the processor overlaps their cache misses, while lookups during the
    /// scan come one at a time, each waiting for its miss.
    pub(crate) fn prepare(
        &self,
        text: &str,
        toks: &mut [super::tokens::Tok],
        flags: &mut [u32],
        buf: &mut String,
    ) {
        for (t, f) in toks.iter_mut().zip(flags.iter_mut()) {
            let mut classes = 0;
            if t.hash != 0 {
                // The small filter first: most words stop there.
                let slot = if self.listed(t.hash) {
                    self.by_hash.get(t.hash)
                } else {
                    None
                };
                match slot {
                    Some(s) => {
                        // Most listed words are short and ASCII: compared at once.
                        let window = text
                            .as_bytes()
                            .get(t.start()..t.start() + 16)
                            .and_then(|w| <[u8; 16]>::try_from(w).ok())
                            .filter(|_| t.ascii() && t.len() <= HEAD);
                        classes = match window {
                            Some(w) if WordTable::ascii_head_eq(s, w, t.len()) => s.flags,
                            Some(_) => 0,
                            None => {
                                let word = text.get(t.start()..t.end()).unwrap_or("");
                                self.verified(s, word, t.ascii(), buf)
                            }
                        };
                        t.set_maybe(classes & FIRST != 0, classes & PART != 0);
                    }
                    None => t.hash = 0,
                }
            }
            *f = if t.possessive() && classes & (FIRST | SUR) == 0 {
                0
            } else {
                classes | DONE
            };
        }
    }

    /// False when no listed word hashes to `hash` (true: maybe).
    #[inline]
    fn listed(&self, hash: u64) -> bool {
        let (w, bits) = filter_bits(hash);
        self.filter.get(w).is_some_and(|x| x & bits == bits)
    }

    /// The classes of a folded word (0 when unknown).
    pub(crate) fn get(&self, folded: &str) -> u32 {
        self.words.get(folded).copied().unwrap_or(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The compiled lists are large and hold names of the communities named in the brief.
    #[test]
    fn lists_are_loaded() {
        let l = Lists::load(&[], &[]);
        assert!(l.words.values().filter(|f| **f & FIRST != 0).count() > 5000);
        assert!(l.words.values().filter(|f| **f & SUR != 0).count() > 5000);
        for n in [
            "büşra",
            "mohammed",
            "sanne",
            "priya",
            "agnieszka",
            "shurandy",
            "kwame",
        ] {
            assert!(l.get(n) & FIRST != 0, "{n}");
        }
        for n in [
            "vries",
            "yılmaz",
            "amrani",
            "mangroelal",
            "kowalski",
            "ødegaard",
            "o'brien",
        ] {
            assert!(l.get(n) & SUR != 0, "{n}");
        }
        assert_eq!(l.get("van") & SUR, 0);
        assert!(l.get("mevrouw") & TITLE != 0 && l.get("dhr") & TITLE != 0);
        assert!(l.get("wethouder") & ROLE != 0);
        let h = |w: &str| crate::recognizers::person::tokens::fnv(w.as_bytes());
        assert!(l.labels.contains_key(&h("naam")) && l.signoffs.contains_key(&h("met")));
    }

    /// The slot table answers like the map for every listed word, long keys included
    /// (only words that share a hash with an earlier one are hidden).
    #[test]
    fn table_matches_map() {
        let l = Lists::load(&[], &["Wolfeschlegelsteinhausenbergerdorff".to_string()]);
        let mut buf = String::new();
        let mut hidden = 0;
        for (k, f) in &l.words {
            let h = crate::recognizers::person::tokens::fnv(k.as_bytes());
            let got = l.get_hashed(h, k, k.is_ascii(), &mut buf);
            if got != *f {
                assert_eq!(got, 0, "{k}");
                hidden += 1;
            }
            let upper = k.to_uppercase();
            if k.is_ascii() {
                assert_eq!(l.get_hashed(h, &upper, true, &mut buf), got, "{k}");
            }
        }
        assert!(hidden < 10, "{hidden}");
        let long = "wolfeschlegelsteinhausenbergerdorff";
        let h = crate::recognizers::person::tokens::fnv(long.as_bytes());
        assert!(l.get_hashed(h, long, true, &mut buf) & SUR != 0);
        assert_eq!(
            l.get_hashed(h, "wolfeschlegelsteinhausenbergerdorfx", true, &mut buf),
            0
        );
    }

    /// The wide comparison of short ASCII words answers like the byte loop.
    #[test]
    fn ascii_head_eq_matches_key_eq() {
        let l = Lists::load(&[], &[]);
        let text = "Jansen de VRIES van Mohammed AbC x@Y [Zz] sanne O'Brien ijsselmeer Kees zz";
        let b = text.as_bytes();
        let keys = [
            "jansen", "de", "vries", "van", "mohammed", "sanne", "o'brien", "kees", "abc",
        ];
        let sample = l.words.keys().step_by(997).map(|k| &**k);
        for k in keys.into_iter().chain(sample) {
            let h = crate::recognizers::person::tokens::fnv(k.as_bytes());
            let Some(slot) = l.by_hash.get(h) else {
                continue;
            };
            for start in 0..b.len() {
                for len in 1..=HEAD.min(b.len() - start) {
                    let Some(w) = b.get(start..start + 16) else {
                        continue;
                    };
                    let word = &b[start..start + len];
                    if !word.is_ascii() {
                        continue;
                    }
                    let window = <[u8; 16]>::try_from(w).unwrap_or_default();
                    assert_eq!(
                        WordTable::ascii_head_eq(slot, window, len),
                        l.by_hash.key_eq(slot, word, |c| c.to_ascii_lowercase()),
                        "{k} {start} {len}"
                    );
                }
            }
        }
    }

    /// Folding on the stack gives the bytes of `fold_into`, or nothing when they do not fit.
    #[test]
    fn fold_small_matches_fold_into() {
        let long = "Ü".repeat(40);
        for s in [
            "Büşra",
            "İLKER",
            "O’Brien",
            "ŞAHİN",
            "Ødegaard",
            "ﬁx",
            "Ⱥb",
            long.as_str(),
        ] {
            let mut buf = String::new();
            fold_into(s, &mut buf);
            let mut arr = [0u8; FOLD_MAX];
            match fold_small(s, &mut arr) {
                Some(f) => assert_eq!(f, buf.as_bytes(), "{s}"),
                None => assert!(buf.len() > FOLD_MAX, "{s}"),
            }
            assert!(with_folded(s, &mut String::new(), |f| f == buf.as_bytes()));
        }
    }

    /// Particle sequences accept Dutch and Arabic forms and reject word salad.
    #[test]
    fn particle_sequences() {
        assert!(particle_sequence_ok(&["van", "der"]));
        assert!(particle_sequence_ok(&["in", "'t"]));
        assert!(particle_sequence_ok(&["op", "den"]));
        assert!(particle_sequence_ok(&["el"]));
        assert!(!particle_sequence_ok(&["in"]));
        assert!(!particle_sequence_ok(&["de", "van"]));
    }
}
