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
    "abu", "bou", "mac",
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

/// Size of the pre-filter: 2^20 bits (128 KiB, fits in L2 cache).
const FILTER_BITS: u32 = 20;

fn part_bit(hash: u64) -> usize {
    ((hash >> 44) & 4095) as usize
}

fn filter_bit(hash: u64) -> usize {
    ((hash >> 24) & ((1 << FILTER_BITS) - 1)) as usize
}

/// Hash of a folded word → (folded word, classes), as an open-addressing table with
/// linear probing. The keys are hashes already, so a lookup is one masked index and
/// a compare or two; a general hash map cost several times more on every listed word
/// of a text.
#[derive(Default)]
struct HashTable {
    /// Index + 1 into `entries` per slot, 0 for an empty slot; the length is a power
    /// of two and at least twice the number of entries (rebuilt when it gets fuller).
    slots: Vec<u32>,
    entries: Vec<(u64, u32, Box<str>)>,
}

impl HashTable {
    /// Adds `word` under `hash` unless some word has that hash already (the first one
    /// stays: every hit is verified against the text, so a rare collision only hides
    /// the second word, as it did with a map).
    fn insert_first(&mut self, hash: u64, word: &str, flags: u32) {
        if self.get(hash).is_some() {
            return;
        }
        if (self.entries.len() + 1) * 2 > self.slots.len() {
            let size = ((self.entries.len() + 1) * 4).next_power_of_two();
            self.slots = vec![0; size];
            for k in 0..self.entries.len() {
                let h = self.entries[k].0;
                self.place(h, k);
            }
        }
        self.entries.push((hash, flags, word.into()));
        self.place(hash, self.entries.len() - 1);
    }

    /// Puts entry `k` into the first free slot from its home slot on.
    fn place(&mut self, hash: u64, k: usize) {
        let mask = self.slots.len() - 1;
        let mut s = (hash as usize) & mask;
        while self.slots[s] != 0 {
            s = (s + 1) & mask;
        }
        self.slots[s] = (k + 1) as u32;
    }

    /// The word and classes stored under `hash`.
    #[inline]
    fn get(&self, hash: u64) -> Option<(&str, u32)> {
        let mask = self.slots.len().checked_sub(1)?;
        let mut s = (hash as usize) & mask;
        loop {
            let k = *self.slots.get(s)? as usize;
            let (h, f, w) = self.entries.get(k.checked_sub(1)?)?;
            if *h == hash {
                return Some((w, *f));
            }
            s = (s + 1) & mask;
        }
    }
}

/// All lists, case-folded: one map from word to its classes, plus the phrases.
pub(crate) struct Lists {
    /// Folded word → classes.
    words: FastMap<u32>,
    /// Hash of the folded word → (folded word, classes): the scan's fast path.
    by_hash: HashTable,
    /// One bit per `FILTER_BITS`-bit slice of a hash that some listed word has: most
    /// words of a text are not listed and are rejected here without touching the map.
    filter: Vec<u64>,
    /// The same for first names only: the lower-case path asks this first.
    first_filter: Vec<u64>,
    /// A small filter of the particles' hashes.
    part_filter: [u64; 64],
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
            by_hash: HashTable::default(),
            filter: vec![0; 1 << (FILTER_BITS - 6)],
            first_filter: vec![0; 1 << (FILTER_BITS - 6)],
            part_filter: [0; 64],
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
        for (k, f) in &l.words {
            let h = super::tokens::fnv(k.as_bytes());
            l.by_hash.insert_first(h, k, *f);
            let bit = filter_bit(h);
            if let Some(w) = l.filter.get_mut(bit >> 6) {
                *w |= 1 << (bit & 63);
            }
            if f & PART != 0 {
                let pb = part_bit(h);
                if let Some(w) = l.part_filter.get_mut(pb >> 6) {
                    *w |= 1 << (pb & 63);
                }
            }
            if f & FIRST != 0 {
                if let Some(w) = l.first_filter.get_mut(bit >> 6) {
                    *w |= 1 << (bit & 63);
                }
            }
        }
        l
    }

    /// The classes of `word`, whose folded form hashes to `hash` (0 when unknown).
    /// `ascii` words are compared without folding; others are folded into `buf`.
    pub(crate) fn get_hashed(&self, hash: u64, word: &str, ascii: bool, buf: &mut String) -> u32 {
        let bit = filter_bit(hash);
        if self
            .filter
            .get(bit >> 6)
            .is_none_or(|w| w & (1 << (bit & 63)) == 0)
        {
            return 0;
        }
        let Some((key, f)) = self.by_hash.get(hash) else {
            return 0;
        };
        let same = if ascii {
            key.len() == word.len()
                && key
                    .bytes()
                    .zip(word.bytes())
                    .all(|(k, w)| k == w.to_ascii_lowercase())
        } else {
            fold_into(word, buf);
            key == buf.as_str()
        };
        if same { f } else { 0 }
    }

    /// False when no particle hashes to `hash` (true: maybe).
    pub(crate) fn maybe_particle(&self, hash: u64) -> bool {
        let pb = part_bit(hash);
        self.part_filter
            .get(pb >> 6)
            .is_some_and(|w| w & (1 << (pb & 63)) != 0)
    }

    /// False when no first name hashes to `hash` (true: maybe).
    pub(crate) fn maybe_first(&self, hash: u64) -> bool {
        let bit = filter_bit(hash);
        self.first_filter
            .get(bit >> 6)
            .is_some_and(|w| w & (1 << (bit & 63)) != 0)
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
