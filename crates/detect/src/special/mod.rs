//! Special categories of personal data (GDPR art. 9) and criminal data (art. 10).
//!
//! The law protects what a text *reveals about a person*, not the topic. So a
//! finding needs two things: an evidence term from a category lexicon, and a
//! reference to an identified or identifiable person close to it (a name, an
//! identifying number, the writer "ik", "mijn collega", "zij", "the client").
//!
//! How a term is tied to a person, in order: a possessive right before it ("haar
//! diabetes"); the strongest reference in the same sentence; a name-like word in
//! the sentence; a reference up to [`LOOKBACK`] bytes before the sentence or a
//! pronoun just after it; the person a record is about ("Naam:", "Cliënt:" at
//! the start of a line). Topic-like terms (`?` in the lexicons: "ramadan",
//! "vakbond", "gezichtsherkenning") need a pronoun, a role noun, a possessive, a
//! genitive name ("re-integratie van Anouk") or a record subject; a bare name
//! next to them is too often just someone talking about the topic.
//!
//! Suppressed: terms in hypothetical or training cases ("Stel: een medewerker
//! …"), in general questions that mention nobody in particular ("Wat zijn de
//! symptomen van diabetes?"; there only strong references count), in sentences
//! whose only person is generic ("een medewerker", "someone"), right after a
//! topic cue ("de cijfers over ziekteverzuim"), directly negated ("geen
//! strafblad") or quoted as a word ("een synoniem voor 'ziekte'").
//!
//! One Aho-Corasick automaton (leftmost-longest, ASCII case-insensitive, built
//! once) finds the longer terms, references and cues; words of up to three
//! letters are looked up per word. Pairs (`lid van ~ {@party}`) join two matches
//! a few words apart. Every check looks at a bounded window and the facts about
//! a sentence are computed once, so the pass is linear in the text.

mod context;
mod terms;
mod trie;

use std::collections::HashMap;

#[cfg(test)]
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, Input, MatchKind};

use crate::finding::{EntityKind, Finding, Span, SpecialCategory, SpecialFinding};

/// How far before the evidence's sentence a person reference may stand (bytes).
const LOOKBACK: usize = 300;
/// At most this many words may stand between the two sides of a pair.
const PAIR_GAP_WORDS: usize = 6;
/// At most this many bytes may stand between the two sides of a pair.
const PAIR_GAP_BYTES: usize = 48;
/// Conjunctions that separate the two sides of a pair into different statements.
const PAIR_BREAKERS: &[&str] = &[
    "en", "and", "of", "or", "maar", "but", "want", "omdat", "because",
];
/// How far a topic cue ("presentatie", "policy") reaches forward onto a term (bytes).
const TOPIC_REACH: usize = 60;
/// How far after the evidence's sentence a pronoun or name may stand (bytes).
const LOOKAHEAD: usize = 150;
/// At most this many words may stand between a negation and the term it negates.
const NEGATION_GAP_WORDS: usize = 2;
/// How far a hypothetical cue ("Stel:", "Suppose") reaches forward (bytes), unless a
/// paragraph break ends it first.
const HYPOTHETICAL_REACH: usize = 600;

/// The lexicon files, in category order of [`SpecialCategory::ALL`].
const CATEGORY_LISTS: [(SpecialCategory, &str); 9] = [
    (
        SpecialCategory::Health,
        include_str!("../../../../data/lexicons/special/health.txt"),
    ),
    (
        SpecialCategory::Ethnicity,
        include_str!("../../../../data/lexicons/special/ethnicity.txt"),
    ),
    (
        SpecialCategory::Political,
        include_str!("../../../../data/lexicons/special/political.txt"),
    ),
    (
        SpecialCategory::Religion,
        include_str!("../../../../data/lexicons/special/religion.txt"),
    ),
    (
        SpecialCategory::TradeUnion,
        include_str!("../../../../data/lexicons/special/trade_union.txt"),
    ),
    (
        SpecialCategory::Genetic,
        include_str!("../../../../data/lexicons/special/genetic.txt"),
    ),
    (
        SpecialCategory::Biometric,
        include_str!("../../../../data/lexicons/special/biometric.txt"),
    ),
    (
        SpecialCategory::Sexual,
        include_str!("../../../../data/lexicons/special/sexual.txt"),
    ),
    (
        SpecialCategory::Criminal,
        include_str!("../../../../data/lexicons/special/criminal.txt"),
    ),
];
const SETS: &str = include_str!("../../../../data/lexicons/special/sets.txt");
const SUBJECTS_STRONG: &str = include_str!("../../../../data/lexicons/special/subjects_strong.txt");
const SUBJECTS: &str = include_str!("../../../../data/lexicons/special/subjects.txt");
const FIRST_PERSON: &str = include_str!("../../../../data/lexicons/special/first_person.txt");
const GENERIC: &str = include_str!("../../../../data/lexicons/special/generic.txt");
const HYPOTHETICAL: &str = include_str!("../../../../data/lexicons/special/hypothetical.txt");
const NEGATION: &str = include_str!("../../../../data/lexicons/special/negation.txt");
const DOC_SUBJECTS: &str = include_str!("../../../../data/lexicons/special/doc_subjects.txt");
const CONDITIONAL: &str = include_str!("../../../../data/lexicons/special/conditional.txt");
const TOPIC: &str = include_str!("../../../../data/lexicons/special/topic.txt");
const IGNORE: &str = include_str!("../../../../data/lexicons/special/ignore.txt");
const FEMALE: &str = include_str!("../../../../data/lexicons/special/gender_female.txt");
const MALE: &str = include_str!("../../../../data/lexicons/special/gender_male.txt");
const SPOUSE_FEMALE: &str = include_str!("../../../../data/lexicons/special/spouse_female.txt");
const SPOUSE_MALE: &str = include_str!("../../../../data/lexicons/special/spouse_male.txt");
const SPOUSE_ANY: &str = include_str!("../../../../data/lexicons/special/spouse_any.txt");

/// Recognizer ids, one per category, in the order of [`SpecialCategory::ALL`].
const IDS: [&str; 9] = [
    "special.health",
    "special.ethnicity",
    "special.political",
    "special.religion",
    "special.trade_union",
    "special.genetic",
    "special.biometric",
    "special.sexual",
    "special.criminal",
];
/// Recognizer id of a same-sex spouse or partner (sexual orientation).
const ID_SPOUSE: &str = "special.sexual.spouse";

/// How surely a reference points at one particular person.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Strength {
    /// The writer ("ik", "I", "mijn"): counts except in general questions.
    First,
    /// A pronoun, a role noun or a name-like word: counts except in general questions.
    Medium,
    /// A name, a title, "mijn collega", an identifying number, "ik ben": counts everywhere.
    Strong,
}

/// Grammatical gender of a reference, for same-sex partner statements.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Gender {
    Female,
    Male,
    Unknown,
}

/// What a lexicon term means to the detector.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Role {
    /// Reveals the categories in the bit set (bit i = `SpecialCategory::ALL[i]`).
    Evidence(u16),
    /// Refers to a person.
    Subject(Strength, Gender),
    /// A form label at the start of a line ("Naam:", "Cliënt:") naming the person a
    /// record is about; evidence anywhere after it may be linked to that person.
    DocSubject,
    /// Refers to nobody in particular ("een medewerker", "someone").
    Generic,
    /// Opens a hypothetical, training or general case.
    Hypothetical,
    /// Makes the rest of its sentence hypothetical ("Als ik zwanger word, …").
    Conditional,
    /// Marks a sentence about a topic (a presentation, a policy, figures).
    Topic,
    /// Negates the term right after it.
    Negation,
    /// A spouse or partner of the given gender ("haar vrouw", "my husband").
    Spouse(Gender),
    /// Matches so that a shorter evidence term inside it does not ("country of origin").
    Ignore,
    /// Only a side of a pair ("lid van" ~ "VVD"); see [`Pattern::left`].
    PairOnly,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
struct Pattern {
    role: Role,
    open_left: bool,
    open_right: bool,
    /// Topic-like: needs a lexical person reference, not just a name.
    weak: bool,
    /// Pair groups in which this term is the left side.
    left: PairGroups,
    /// Pair groups in which this term is the right side.
    right: PairGroups,
}

/// One bit per pair line (`left ~ right`) of the lexicons. 128 bits: 64 were full in the
/// extra7 round, and a line past the last bit would be dropped (a unit test guards it).
type PairGroups = u128;

/// A person reference found in the text.
#[derive(Clone, Copy, Debug)]
struct Reference {
    span: Span,
    strength: Strength,
    gender: Gender,
    /// Found by the lexicon (a pronoun, "mijn collega"), not taken from an entity.
    lexical: bool,
}

/// Finds text that reveals a special category about an identifiable person.
pub(crate) struct SpecialDetector {
    /// The longer terms, walked anchored where a term may start.
    trie: trie::Trie,
    /// The terms that may end a longer word (`*verslaving`) are the only ones that
    /// can match inside a word; this filter holds their first [`TAIL_KEY`] bytes, so that a walk is only tried where a tail may begin. Tails
    /// whose first [`TAIL_KEY`] bytes are not all ASCII letters or digits are found
    /// by the [`SHORT_TAIL`] class of their first byte instead.
    tail_heads: TailHeads,
    /// Per byte: [`ALNUM`], [`TERM_START`], [`SHORT_TAIL`] and [`SHORT_HEAD`] flags.
    class: [u8; 256],
    /// The pattern of each short word.
    short: ShortWords,
    /// The word starts where the trie may find a term on its boundaries; see
    /// [`SpecialDetector::may_begin`].
    starts: Bloom,
    /// The runs that the keys of [`Self::starts`] begin with, asked first.
    first_words: Box<FirstWords>,
    /// The reference matcher the trie replaces (an unanchored automaton), for tests.
    #[cfg(test)]
    oracle: Option<(AhoCorasick, Vec<usize>)>,
    patterns: Vec<Pattern>,
    /// Category bits and adjacency of each pair group.
    groups: Vec<(u16, bool)>,
}

/// Collects lexicon terms into patterns, merging duplicates.
#[derive(Default)]
struct Builder {
    texts: Vec<String>,
    patterns: Vec<Pattern>,
    index: HashMap<String, usize>,
    sets: HashMap<String, Vec<String>>,
    /// Category bits and adjacency of each pair group (bit g of `Pattern::left`/`right`).
    groups: Vec<(u16, bool)>,
}

impl Builder {
    /// The pattern for `t`, created with `role` when new.
    fn pattern(&mut self, t: terms::Term, role: Role) -> &mut Pattern {
        let i = match self.index.get(&t.text) {
            Some(&i) => {
                // Listed twice: the looser boundaries and the stronger reading win.
                let p = &mut self.patterns[i];
                p.open_left |= t.open_left;
                p.open_right |= t.open_right;
                i
            }
            None => {
                let i = self.texts.len();
                self.index.insert(t.text.clone(), i);
                self.texts.push(t.text);
                self.patterns.push(Pattern {
                    role,
                    open_left: t.open_left,
                    open_right: t.open_right,
                    weak: t.weak,
                    left: 0,
                    right: 0,
                });
                i
            }
        };
        &mut self.patterns[i]
    }

    fn add(&mut self, list: &str, role: Role) {
        let lex = terms::parse_lexicon(list, &mut self.sets);
        for t in lex.terms {
            let weak = t.weak;
            let p = self.pattern(t, role);
            // A side of a pair says nothing about weakness; a listing as a term does.
            if p.role == Role::PairOnly {
                p.weak = weak;
            } else {
                p.weak &= weak;
            }
            match (p.role, role) {
                // The same term in two category lists reveals both.
                (Role::Evidence(a), Role::Evidence(b)) => p.role = Role::Evidence(a | b),
                (Role::PairOnly, _) => p.role = role,
                _ => {}
            }
        }
        let Role::Evidence(cats) = role else { return };
        for pair in lex.pairs {
            let g = self.groups.len();
            if g >= PairGroups::BITS as usize {
                break;
            }
            self.groups.push((cats, pair.adjacent));
            for t in pair.left {
                self.pattern(t, Role::PairOnly).left |= 1 << g;
            }
            for t in pair.right {
                self.pattern(t, Role::PairOnly).right |= 1 << g;
            }
        }
    }

    fn set_gender(&mut self, list: &str, g: Gender) {
        for t in terms::parse(list, &mut self.sets) {
            if let Some(&i) = self.index.get(&t.text) {
                if let Role::Subject(s, _) = self.patterns[i].role {
                    self.patterns[i].role = Role::Subject(s, g);
                }
            }
        }
    }
}

impl SpecialDetector {
    pub(crate) fn new() -> Self {
        let mut b = Builder::default();
        let _ = terms::parse(SETS, &mut b.sets);
        b.add(IGNORE, Role::Ignore);
        b.add(HYPOTHETICAL, Role::Hypothetical);
        b.add(NEGATION, Role::Negation);
        b.add(TOPIC, Role::Topic);
        b.add(CONDITIONAL, Role::Conditional);
        b.add(SPOUSE_FEMALE, Role::Spouse(Gender::Female));
        b.add(SPOUSE_MALE, Role::Spouse(Gender::Male));
        b.add(SPOUSE_ANY, Role::Spouse(Gender::Unknown));
        for (i, (_, list)) in CATEGORY_LISTS.iter().enumerate() {
            b.add(list, Role::Evidence(1 << i));
        }
        b.add(DOC_SUBJECTS, Role::DocSubject);
        b.add(GENERIC, Role::Generic);
        b.add(
            SUBJECTS_STRONG,
            Role::Subject(Strength::Strong, Gender::Unknown),
        );
        b.add(SUBJECTS, Role::Subject(Strength::Medium, Gender::Unknown));
        b.add(
            FIRST_PERSON,
            Role::Subject(Strength::First, Gender::Unknown),
        );
        b.set_gender(FEMALE, Gender::Female);
        b.set_gender(MALE, Gender::Male);
        // Short all-letter words ("ik", "he", "sp") would match inside most words and
        // flood the automaton with misses; they are looked up per short word instead.
        let mut long_ids = Vec::new();
        let mut short = Vec::new();
        for (i, t) in b.texts.iter().enumerate() {
            match short_key(t.as_bytes()) {
                Some(key) if !b.patterns[i].open_left && !b.patterns[i].open_right => {
                    short.push((key, i));
                }
                _ => {
                    long_ids.push(i);
                }
            }
        }
        // Terms with equal patterns are interchangeable, so the trie holds the first of
        // each: then the trie's equal tails are equal subtrees, placed once.
        let mut first_equal: HashMap<Pattern, usize> = HashMap::new();
        let same: Vec<usize> = (0..b.patterns.len())
            .map(|i| *first_equal.entry(b.patterns[i]).or_insert(i))
            .collect();
        let trie = trie::Trie::new(long_ids.iter().filter_map(|&i| {
            let p = &b.patterns[i];
            let value = TrieValue::new(same[i], p.open_left, p.open_right)?;
            Some((b.texts[i].as_bytes(), value.0))
        }));
        let mut tail_heads = TailHeads([0; TAIL_WORDS]);
        let mut class = [0u8; 256];
        for c in 0..=255u8 {
            if c.is_ascii_alphanumeric() {
                class[usize::from(c)] |= ALNUM;
            }
        }
        for &i in &long_ids {
            let t = b.texts[i].as_bytes();
            let Some(&first) = t.first() else { continue };
            for c in [first, first.to_ascii_uppercase()] {
                class[usize::from(c)] |= TERM_START;
            }
            if !b.patterns[i].open_left {
                continue;
            }
            match t
                .get(..TAIL_KEY)
                .and_then(|h| <[u8; TAIL_KEY]>::try_from(h).ok())
            {
                Some(h) if h.iter().all(u8::is_ascii_alphanumeric) => tail_heads.insert(h),
                _ => {
                    for c in [first, first.to_ascii_uppercase()] {
                        class[usize::from(c)] |= SHORT_TAIL;
                    }
                }
            }
        }
        let short = ShortWords::new(&short);
        // The word-start filter: the leading run of ASCII letters and digits of every
        // trie term with the two bytes after it (or the run alone when the term ends
        // within one byte after it), and the first [`HEAD`] bytes of the all-letter
        // terms that may start a longer word (`diabet*`).
        let mut keys = Vec::new();
        for &i in &long_ids {
            let t = b.texts[i].as_bytes();
            let lead = t.iter().take_while(|c| c.is_ascii_alphanumeric()).count();
            let h = t.iter().take(lead).fold(HASH_SEED, |h, &c| hash_step(h, c));
            keys.push(match (t.get(lead), t.get(lead + 1)) {
                (Some(&x), Some(&y)) => (finish(h), after_key(h, x, y)),
                _ => (finish(h), finish(h)),
            });
            if !b.patterns[i].open_right || lead < t.len() {
                continue;
            }
            match t.get(..HEAD) {
                Some(head) if t.len() > HEAD => {
                    let k = head_key(head.iter().fold(HASH_SEED, |h, &c| hash_step(h, c)));
                    keys.push((k, k));
                }
                // Shorter ones are tried at every word they begin.
                _ => {
                    for c in t.iter().take(1) {
                        for c in [*c, c.to_ascii_uppercase()] {
                            class[usize::from(c)] |= SHORT_HEAD;
                        }
                    }
                }
            }
        }
        let starts = Bloom::new(&keys);
        let mut first_words = Box::new(FirstWords([0; FIRST_WORDS]));
        for &(run, _) in &keys {
            first_words.insert(run);
        }
        #[cfg(test)]
        let long_texts: Vec<&str> = long_ids.iter().map(|&i| b.texts[i].as_str()).collect();
        #[cfg(test)]
        let oracle = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .ascii_case_insensitive(true)
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .build(&long_texts)
            .map(|ac| (ac, long_ids.iter().map(|&i| same[i]).collect()))
            .ok();
        SpecialDetector {
            trie,
            tail_heads,
            class,
            short,
            starts,
            first_words,
            #[cfg(test)]
            oracle,
            patterns: b.patterns,
            groups: b.groups,
        }
    }

    /// Every match on word boundaries as `(start, end, pattern)`, unordered.
    ///
    /// Left to right, the longest term at a position counts when it stands on the
    /// boundaries it needs; the scan then resumes after it. A term can only stand on
    /// its left boundary at a word start or a non-word char, or inside a word when it
    /// may end a longer word, so the trie is only walked there.
    // Not inlined, so that a profiler can tell the scan from the per-term checks.
    #[inline(never)]
    fn matches(&self, text: &str) -> Vec<(usize, usize, usize)> {
        let mut found = Vec::new();
        let b = text.as_bytes();
        let mut pos = 0;
        let mut i = 0;
        // The char before `i` is a letter or digit.
        let mut prev_alnum = false;
        while let Some(&c) = b.get(i) {
            let k = self.class[usize::from(c)];
            if k & ALNUM == 0 {
                if c < 0x80 {
                    if k & TERM_START != 0 {
                        self.try_at(text, i, &mut pos, &mut found);
                    }
                    prev_alnum = false;
                    i += 1;
                    continue;
                }
                let (alnum, width) = match text.get(i..).and_then(|s| s.chars().next()) {
                    Some(ch) => (ch.is_alphanumeric(), ch.len_utf8()),
                    None => (false, 1),
                };
                if !prev_alnum || !alnum || k & SHORT_TAIL != 0 {
                    self.try_at(text, i, &mut pos, &mut found);
                }
                prev_alnum = alnum;
                i += width;
                continue;
            }
            // A run `i..e` of ASCII letters and digits. At a word start any term may
            // start; after a word char (inside the run, or at `i` after a multi-byte
            // letter) only compound tails, whose first [`TAIL_KEY`] bytes lie inside
            // the run (or which are [`SHORT_TAIL`]s). One pass finds the end, hashes
            // the run for the word-start filter and notes whether a tail may start
            // in it (most runs hold none); only then are the tails tried one by one.
            let mut h = hash_step(HASH_SEED, c);
            let mut head = None;
            // The last four bytes, the latest in the top byte.
            let mut quad = u32::from(c) << 24;
            let mut tail = prev_alnum && k & SHORT_TAIL != 0;
            let mut e = i + 1;
            while let Some(&d) = b.get(e) {
                let kd = self.class[usize::from(d)];
                if kd & ALNUM == 0 {
                    break;
                }
                if e - i == HEAD {
                    head = Some(h);
                }
                h = hash_step(h, d);
                quad = quad >> 8 | u32::from(d) << 24;
                tail |= kd & SHORT_TAIL != 0 || (e - i >= 3 && self.tail_heads.contains(quad));
                e += 1;
            }
            if !prev_alnum
                && k & TERM_START != 0
                && self.may_begin(k, h, head, b.get(e).zip(b.get(e + 1)))
            {
                self.try_at(text, i, &mut pos, &mut found);
            }
            if tail {
                let from = if prev_alnum { i } else { i + 1 };
                for p in from..e {
                    if self.tail_at(b, p, e) {
                        self.try_at(text, p, &mut pos, &mut found);
                    }
                }
            }
            // Short words: runs of ASCII letters and digits bounded by non-word bytes
            // (bytes of multi-byte chars count as word bytes).
            if e - i <= SHORT
                && (i == 0 || b.get(i - 1).is_some_and(|&p| p < 0x80))
                && b.get(e).is_none_or(|&p| p < 0x80)
            {
                if let Some(id) = b.get(i..e).and_then(|w| self.short.get(w)) {
                    found.push((i, e, id));
                }
            }
            prev_alnum = true;
            i = e;
        }
        found
    }

    /// False when no term that the trie finds at the start of a word could stand on
    /// its boundaries, so that the walk can be skipped: `k` is the class of the word's
    /// first byte, `h` the [`hash_step`] hash of its run of ASCII letters and digits,
    /// `head` that of the run's first [`HEAD`] bytes when the run is longer, `after`
    /// the two bytes after the run when there are two.
    ///
    /// A term that reaches the end of the run, or goes past it, begins with exactly
    /// the run (its own run ends where the text's does). The filter holds the run of
    /// each term together with the term's two bytes after it, or alone when the term
    /// ends within one byte after it: so most words that only open longer terms
    /// ("is" in "is ziek") are passed over, without a walk into the next word. A
    /// term that ends inside the run is cut off by the next letter, so it only
    /// counts when it may start a longer word (`diabet*`), and the filter holds the
    /// first bytes of those. (The trie finds only the longest term at a position,
    /// and a word start needs no left boundary, so nothing else can be recorded
    /// there.)
    #[inline(always)]
    fn may_begin(&self, k: u8, h: u64, head: Option<u64>, after: Option<(&u8, &u8)>) -> bool {
        if k & SHORT_HEAD != 0 {
            return true;
        }
        // The run's keys share one cache line of the filter; the small filter of
        // first words is asked before it is read.
        let run = finish(h);
        let begins_term = self.first_words.contains(run)
            && self.starts.block(run).is_some_and(|block| {
                block.has(run) || after.is_some_and(|(&x, &y)| block.has(after_key(h, x, y)))
            });
        begins_term
            || head.is_some_and(|h| {
                let key = head_key(h);
                self.first_words.contains(key) && self.starts.contains(key, key)
            })
    }

    /// True when a compound tail (`*verslaving`) may start at `p` inside the run of
    /// ASCII letters and digits that ends at `end`.
    #[inline(always)]
    fn tail_at(&self, b: &[u8], p: usize, end: usize) -> bool {
        b.get(p)
            .is_some_and(|&c| self.class[usize::from(c)] & SHORT_TAIL != 0)
            || (p + TAIL_KEY <= end
                && b.get(p..p + TAIL_KEY)
                    .and_then(|h| <[u8; TAIL_KEY]>::try_from(h).ok())
                    .is_some_and(|h| self.tail_heads.contains(u32::from_le_bytes(h))))
    }

    /// Records the longest term at `at` when it stands on its boundaries and does
    /// not start inside the previous recorded term (`pos` is where that one ends).
    #[inline(always)]
    fn try_at(
        &self,
        text: &str,
        at: usize,
        pos: &mut usize,
        found: &mut Vec<(usize, usize, usize)>,
    ) {
        if at < *pos {
            return;
        }
        if let Some((end, value)) = self.trie.longest(text.as_bytes(), at) {
            let v = TrieValue(value);
            if on_boundaries(text, at, end, v.open_left(), v.open_right()) {
                found.push((at, end, v.pattern()));
                *pos = end;
            }
        }
    }

    /// The reference implementation of [`Self::matches`]: an unanchored
    /// leftmost-longest automaton over the whole text.
    #[cfg(test)]
    fn matches_oracle(&self, text: &str) -> Vec<(usize, usize, usize)> {
        let mut found = Vec::new();
        let Some((ac, long_ids)) = &self.oracle else {
            return found;
        };
        let mut pos = 0;
        while pos < text.len() {
            let Some(m) = ac.find(Input::new(text).range(pos..)) else {
                break;
            };
            let Some(&id) = long_ids.get(m.pattern().as_usize()) else {
                break;
            };
            let on_word = self.patterns.get(id).is_some_and(|p| {
                on_boundaries(text, m.start(), m.end(), p.open_left, p.open_right)
            });
            if on_word {
                found.push((m.start(), m.end(), id));
                pos = m.end();
            } else {
                // A match inside a longer word ("een gen" in "een genetische test") must
                // not hide a match that starts later within it: resume one char on.
                pos = next_char(text, m.start());
            }
        }
        self.short_words(text, &mut found);
        found
    }

    /// Pushes the short words of `text` that are terms (the reference loop).
    #[cfg(test)]
    fn short_words(&self, text: &str, found: &mut Vec<(usize, usize, usize)>) {
        // Short words: runs of ASCII letters and digits bounded by non-word bytes
        // (bytes of multi-byte chars count as word bytes).
        let mut start = None;
        for (i, &c) in text
            .as_bytes()
            .iter()
            .chain(std::iter::once(&b' '))
            .enumerate()
        {
            match (is_word_byte(c), start) {
                (true, None) => start = Some(i),
                (false, Some(s)) => {
                    start = None;
                    if let Some(id) = text.as_bytes().get(s..i).and_then(|w| self.short.get(w)) {
                        found.push((s, i, id));
                    }
                }
                _ => {}
            }
        }
    }

    /// The start and categories of a pair whose right side is `right` (with group
    /// bits `mask`): a left side of the same group shortly before it in the same
    /// clause, at most [`PAIR_GAP_WORDS`] words away (or adjacent for `~0` pairs).
    fn pair(
        &self,
        text: &str,
        right: Span,
        mask: PairGroups,
        lefts: &[(Span, PairGroups)],
    ) -> Option<(usize, u16)> {
        for &(left, groups) in lefts.iter().rev() {
            if left.end > right.start {
                continue;
            }
            if right.start - left.end > PAIR_GAP_BYTES {
                break;
            }
            let shared = groups & mask;
            if shared == 0 {
                continue;
            }
            let gap = text.get(left.end..right.start).unwrap_or("");
            let words = gap.split_whitespace().count();
            if gap.contains(['.', ',', ';', ':', '?', '!', '\n', '(', ')'])
                || words > PAIR_GAP_WORDS
                || gap
                    .split_whitespace()
                    .any(|w| PAIR_BREAKERS.iter().any(|b| b.eq_ignore_ascii_case(w)))
            {
                continue;
            }
            let mut cats = 0u16;
            for (g, &(c, adjacent)) in self.groups.iter().enumerate() {
                let joined = gap.chars().all(|ch| ch.is_whitespace() || ch == '-');
                if shared & (1 << g) != 0 && (!adjacent || joined) {
                    cats |= c;
                }
            }
            if cats != 0 {
                return Some((left.start, cats));
            }
        }
        None
    }

    /// Pushes the evidence terms inside a spouse term after its first word ("haar
    /// partner is bevallen": `bevallen`) and returns where the first one starts, or
    /// the end of the term. Only spouse terms are rescanned, and only their own bytes.
    fn inner_evidence(
        &self,
        text: &str,
        span: Span,
        evidence: &mut Vec<(Span, Role, bool, bool)>,
    ) -> usize {
        let term = span.slice(text);
        let Some(skip) = term.find(' ') else {
            return span.end;
        };
        let base = span.start + skip;
        let mut head = span.end;
        for (s, e, id) in self.matches(term.get(skip..).unwrap_or("")) {
            if let Some(p) = self.patterns.get(id) {
                if let Role::Evidence(_) = p.role {
                    evidence.push((Span::new(base + s, base + e), p.role, p.weak, false));
                    head = head.min(base + s);
                }
            }
        }
        text.get(span.start..head)
            .map_or(span.end, |h| span.start + h.trim_end().len())
    }

    /// Pushes special-category evidence in `text` onto `out`; `entities` are the
    /// resolved entity findings (person names among them) to link evidence to.
    pub(crate) fn detect(&self, text: &str, entities: &[Finding], out: &mut Vec<SpecialFinding>) {
        // (span, role, weak, pair): a pair's span may hold the person between its sides.
        let mut evidence: Vec<(Span, Role, bool, bool)> = Vec::new();
        let mut refs: Vec<Reference> = Vec::new();
        let mut generic: Vec<Span> = Vec::new();
        let mut negations: Vec<Span> = Vec::new();
        let mut topics: Vec<Span> = Vec::new();
        let mut hypothetical: Vec<Span> = Vec::new();
        let mut doc_subject: Option<Span> = None;
        let mut lefts: Vec<(Span, PairGroups)> = Vec::new();
        // All matches on word boundaries, then the leftmost-longest of them: a match
        // inside a longer word ("een gen" in "een genetische test") never hides one
        // that starts later.
        let mut found = self.matches(text);
        found.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
        let mut last_end = 0;
        for (start, end, id) in found {
            if start < last_end {
                continue;
            }
            last_end = end;
            let Some(p) = self.patterns.get(id) else {
                continue;
            };
            let span = Span::new(start, end);
            if p.right != 0 {
                if let Some((start, cats)) = self.pair(text, span, p.right, &lefts) {
                    evidence.push((
                        Span::new(start, span.end),
                        Role::Evidence(cats),
                        false,
                        true,
                    ));
                }
            }
            if p.left != 0 {
                lefts.push((span, p.left));
            }
            match p.role {
                Role::Evidence(_) => evidence.push((span, p.role, p.weak, false)),
                Role::Spouse(_) => {
                    evidence.push((span, p.role, p.weak, false));
                    // "haar partner is bevallen": the birth is health evidence too; the
                    // reference is then the part before it.
                    let head = self.inner_evidence(text, span, &mut evidence);
                    // "mijn vrouw", "her wife": a spouse term also names a person.
                    refs.push(Reference {
                        span: Span::new(span.start, head),
                        strength: Strength::Strong,
                        gender: Gender::Unknown,
                        lexical: true,
                    });
                }
                Role::Subject(strength, gender) => {
                    let strength = strengthen_first_person(text, span, strength);
                    if is_blank_number_label(text, span) {
                        continue;
                    }
                    refs.push(Reference {
                        span,
                        strength,
                        gender,
                        lexical: true,
                    });
                }
                Role::DocSubject => {
                    if starts_line(text, span.start) || name_follows(text, span.end) {
                        doc_subject = doc_subject.or(Some(span));
                        refs.push(Reference {
                            span,
                            strength: Strength::Strong,
                            gender: Gender::Unknown,
                            lexical: true,
                        });
                    }
                }
                Role::Generic => generic.push(span),
                Role::Negation => negations.push(span),
                Role::Topic => topics.push(span),
                Role::Conditional => {
                    let (_, end) = context::sentence(text, span.start, span.end);
                    hypothetical.push(Span::new(span.start, end));
                }
                Role::Hypothetical => hypothetical.push(hypothetical_scope(text, span)),
                Role::Ignore | Role::PairOnly => {}
            }
        }
        // A term inside an address names a street or a building, not a person's belief
        // or health ("Pastoor van Arsstraat 22", "Old Forge Cottage, Church End").
        // Addresses sorted by start, each evidence looked up by binary search: linear
        // in the text's length even when a long text holds many of both.
        let mut addresses: Vec<Span> = entities
            .iter()
            .filter(|e| e.kind == EntityKind::Address)
            .map(|e| e.span)
            .collect();
        if !addresses.is_empty() {
            addresses.sort_unstable_by_key(|a| (a.start, std::cmp::Reverse(a.end)));
            // The furthest end reached by any address starting at or before each one.
            let mut reach = 0;
            let reaches: Vec<usize> = addresses
                .iter()
                .map(|a| {
                    reach = reach.max(a.end);
                    reach
                })
                .collect();
            evidence.retain(|(s, ..)| {
                let k = addresses.partition_point(|a| a.start <= s.start);
                k == 0 || reaches[k - 1] < s.end
            });
        }
        if evidence.is_empty() {
            return;
        }
        evidence.sort_by_key(|(s, ..)| s.start);
        for e in entities {
            let strength = match e.kind {
                EntityKind::Person
                | EntityKind::Bsn
                | EntityKind::IdNumber
                | EntityKind::Email
                | EntityKind::Phone
                | EntityKind::Birthdate => Strength::Strong,
                EntityKind::Iban
                | EntityKind::CreditCard
                | EntityKind::Address
                | EntityKind::Postcode
                | EntityKind::LicensePlate
                | EntityKind::IpAddress
                | EntityKind::Secret
                | EntityKind::Confidential => continue,
            };
            refs.push(Reference {
                span: e.span,
                strength,
                gender: Gender::Unknown,
                lexical: false,
            });
        }
        refs.sort_by_key(|r| r.span.start);
        let evidence_spans: Vec<(usize, usize)> = evidence
            .iter()
            .filter(|e| !e.3)
            .map(|(s, ..)| (s.start, s.end))
            .collect();
        let scan = Scan {
            text,
            refs: &refs,
            generic: &generic,
            evidence: &evidence_spans,
        };
        // Evidence comes in text order, so hypothetical scopes are swept once and the
        // facts about a sentence are computed once for all evidence inside it.
        let mut next_hypo = 0;
        let mut hypo_end = 0;
        let mut cached: Option<Sentence> = None;
        // The writer's gender from a pronoun tag and from their given name, found once
        // when a spouse term needs it.
        let mut writer: Option<(Gender, Gender)> = None;
        for &(span, role, weak, _) in &evidence {
            while let Some(h) = hypothetical
                .get(next_hypo)
                .filter(|h| h.start <= span.start)
            {
                hypo_end = hypo_end.max(h.end);
                next_hypo += 1;
            }
            if span.start < hypo_end {
                continue;
            }
            if is_negated(text, span, &negations)
                || is_quoted_word(text, span)
                || in_address(text, span)
            {
                continue;
            }
            // Evidence inside the previous sentence belongs to it (this also keeps a
            // long text without full stops at one sentence scan per window).
            let bounds = match cached {
                Some(c) if c.bounds.0 <= span.start && span.end <= c.bounds.1 => c.bounds,
                _ => context::sentence(text, span.start, span.end),
            };
            let sentence = match cached {
                Some(c) if c.bounds == bounds => c,
                _ => scan.sentence(bounds),
            };
            cached = Some(sentence);
            if is_topic(text, span, &topics, &refs)
                && possessive_before(text, span).is_none()
                && !other_possessive_before(text, span)
            {
                continue;
            }
            let doc = doc_subject.filter(|d| d.end <= span.start);
            let found = scan.subject(span, weak, &sentence, doc);
            let Some((subject, score)) =
                found.or_else(|| own_possessive(text, role, span, &sentence))
            else {
                continue;
            };
            match role {
                Role::Evidence(bits) => {
                    for (i, cat) in SpecialCategory::ALL.iter().enumerate() {
                        if bits & (1 << i) != 0 {
                            out.push(SpecialFinding {
                                category: *cat,
                                evidence: span,
                                subject: Some(subject.span),
                                score,
                                recognizer: IDS[i],
                            });
                        }
                    }
                }
                Role::Spouse(partner) => {
                    // Two given names alone are too weak a cue (a name list errs, a
                    // name may be either gender's): one side's gender must be stated
                    // by a word ("mijn man", "haar", "(zij/haar)").
                    let names = partner != Gender::Unknown;
                    let owner = if names_writer_spouse(text, span) {
                        let (tag, name) = *writer.get_or_insert_with(|| {
                            (
                                writer_gender(text, &refs),
                                context::writer_name_gender(text),
                            )
                        });
                        // In a chat the line's speaker is the writer ("Anouk: mijn vrouw …").
                        let speaker = match names {
                            true => context::speaker_gender(text, span.start),
                            false => Gender::Unknown,
                        };
                        match (tag, speaker) {
                            (Gender::Unknown, Gender::Unknown) if names => name,
                            (Gender::Unknown, g) => g,
                            (g, _) => g,
                        }
                    } else if is_record_relation(text, span) {
                        // "Partner: …", "(echtgenoot)": the person the record is about.
                        doc.filter(|_| names)
                            .map_or(Gender::Unknown, |d| context::name_gender_after(text, d.end))
                    } else {
                        owner_gender(text, span, bounds.0, &refs, names)
                    };
                    // "mijn partner Joost", "Partner: Lisa de Wit": the name gives the gender.
                    let partner = match partner {
                        Gender::Unknown => context::name_gender_after(text, span.end),
                        g => g,
                    };
                    if owner != Gender::Unknown && owner == partner {
                        out.push(SpecialFinding {
                            category: SpecialCategory::Sexual,
                            evidence: span,
                            subject: Some(subject.span),
                            score: score * 0.9,
                            recognizer: ID_SPOUSE,
                        });
                    }
                }
                Role::Subject(..)
                | Role::DocSubject
                | Role::Generic
                | Role::Hypothetical
                | Role::Negation
                | Role::Topic
                | Role::Conditional
                | Role::Ignore
                | Role::PairOnly => {}
            }
        }
    }
}

/// What one scan found, for linking evidence to people.
#[derive(Clone, Copy)]
struct Scan<'a> {
    text: &'a str,
    refs: &'a [Reference],
    generic: &'a [Span],
    evidence: &'a [(usize, usize)],
}

/// Facts about one sentence, shared by all evidence inside it.
#[derive(Clone, Copy)]
struct Sentence {
    bounds: (usize, usize),
    /// A question about a topic in general.
    general: bool,
    /// A generic reference ("een medewerker") stands in the sentence.
    generic: bool,
    /// Name-like words in the sentence (the first [`MAX_NAMES`]).
    names: [(usize, usize); MAX_NAMES],
    n_names: usize,
}

/// How many name-like words of a sentence are kept.
const MAX_NAMES: usize = 4;

impl Scan<'_> {
    /// Computes the facts about the sentence `bounds` once.
    fn sentence(&self, bounds: (usize, usize)) -> Sentence {
        let (s_start, s_end) = bounds;
        let g = self.generic.partition_point(|g| g.start < s_start);
        let generic = self.generic.get(g).is_some_and(|g| g.end <= s_end);
        let a = self.evidence.partition_point(|e| e.1 <= s_start);
        let b = self.evidence.partition_point(|e| e.0 < s_end);
        let inside = self.evidence.get(a..b.max(a)).unwrap_or(&[]);
        let found = context::name_like(self.text, s_start, s_end, inside, MAX_NAMES);
        let mut names = [(0, 0); MAX_NAMES];
        let n_names = found.len().min(MAX_NAMES);
        names[..n_names].copy_from_slice(&found[..n_names]);
        Sentence {
            bounds,
            general: context::is_general_question(self.text, s_start, s_end),
            generic,
            names,
            n_names,
        }
    }

    /// The person an evidence term is about, with a score, or `None` when the
    /// text names nobody in particular around it.
    fn subject(
        &self,
        span: Span,
        weak: bool,
        sentence: &Sentence,
        doc_subject: Option<Span>,
    ) -> Option<(Reference, f32)> {
        let Scan { text, refs, .. } = *self;
        let (s_start, s_end) = sentence.bounds;
        if let Some(owner) = possessive_before(text, span) {
            let r = Reference {
                span: owner,
                strength: Strength::Strong,
                gender: Gender::Unknown,
                lexical: false,
            };
            return Some((r, 0.85));
        }
        let general = sentence.general;
        let in_sentence = slice_refs(refs, s_start, s_end);
        // Inside the sentence, the strongest reference wins; among equals the nearest one.
        let best = in_sentence
            .iter()
            .filter(|r| !general || r.strength == Strength::Strong)
            // A topic-like term needs a pronoun or role noun; "ik" only as "ik ben/heb".
            .filter(|r| !weak || (r.lexical && r.strength >= Strength::Medium))
            .filter(|r| !r.span.overlaps(&span))
            .max_by_key(|r| (r.strength, std::cmp::Reverse(distance(r.span, span))));
        // "How should I handle an employee with MS?": the writer asks about someone generic.
        let best = best.filter(|r| !(r.strength == Strength::First && sentence.generic));
        if let Some(r) = best {
            let score = match r.strength {
                Strength::Strong => 0.9,
                Strength::Medium => 0.8,
                Strength::First => 0.75,
            };
            return Some((*r, score));
        }
        if general {
            return None;
        }
        // "een medewerker", "someone" as the only person in the sentence: nobody in particular.
        if sentence.generic {
            return None;
        }
        if weak {
            // "de re-integratie van Anouk", "the treatment of Mr Jones".
            if let Some(owner) = context::genitive_name(text, span.end) {
                let r = Reference {
                    span: Span::new(owner.0, owner.1),
                    strength: Strength::Medium,
                    gender: Gender::Unknown,
                    lexical: false,
                };
                return Some((r, 0.6));
            }
            // A topic-like term ("ramadan", "vakbond") next to a bare name is too often
            // about the topic; only pronouns and role nouns nearby, or the person a
            // record is about, tie it to someone.
            let near = slice_refs(refs, s_start.saturating_sub(LOOKBACK), s_start)
                .iter()
                .rev()
                .chain(slice_refs(
                    refs,
                    s_end,
                    paragraph_end(text, s_end, LOOKAHEAD),
                ))
                .find(|r| r.lexical && r.strength >= Strength::Medium)
                .copied();
            return near.map(|r| (r, 0.6)).or_else(|| {
                doc_subject.map(|d| {
                    (
                        Reference {
                            span: d,
                            strength: Strength::Strong,
                            gender: Gender::Unknown,
                            lexical: false,
                        },
                        0.6,
                    )
                })
            });
        }
        if let Some(&(a, b)) = sentence.names[..sentence.n_names]
            .iter()
            .min_by_key(|(a, b)| distance(Span::new(*a, *b), span))
        {
            let r = Reference {
                span: Span::new(a, b),
                strength: Strength::Medium,
                gender: Gender::Unknown,
                lexical: false,
            };
            return Some((r, 0.7));
        }
        let before = slice_refs(refs, s_start.saturating_sub(LOOKBACK), s_start);
        if let Some(r) = before.iter().rev().max_by_key(|r| r.strength) {
            return Some((*r, 0.7));
        }
        // "X is our union rep. She wants …": a pronoun or name right after the sentence,
        // within the same paragraph (a signature below a blank line is not the subject).
        let after = slice_refs(refs, s_end, paragraph_end(text, s_end, LOOKAHEAD));
        if let Some(r) = after.iter().find(|r| r.strength >= Strength::Medium) {
            return Some((*r, 0.65));
        }
        doc_subject.map(|d| {
            (
                Reference {
                    span: d,
                    strength: Strength::Strong,
                    gender: Gender::Unknown,
                    lexical: false,
                },
                0.65,
            )
        })
    }
}

/// The end of a look-ahead window from `from`: at most `reach` bytes, and never past
/// the next blank line (paragraph break).
fn paragraph_end(text: &str, from: usize, reach: usize) -> usize {
    let limit = (from + reach).min(text.len());
    let window = text.as_bytes().get(from..limit).unwrap_or(&[]);
    window
        .windows(2)
        .position(|w| w == b"\n\n")
        .map_or(limit, |i| from + i)
}

/// The longest word (bytes) looked up as a short word instead of by the automaton.
const SHORT: usize = 3;

/// The key of a short word: its bytes lower-cased, little-endian, zero-padded; or
/// `None` when `w` is longer than [`SHORT`] or holds anything but ASCII letters and
/// digits.
fn short_key(w: &[u8]) -> Option<u32> {
    if w.is_empty() || w.len() > SHORT || !w.iter().all(u8::is_ascii_alphanumeric) {
        return None;
    }
    Some(
        w.iter()
            .rev()
            .fold(0, |key, c| key << 8 | u32::from(c.to_ascii_lowercase())),
    )
}

/// The short words of the lexicons ("ik", "he", "sp"), in a small open-addressing
/// hash table that stays in the first-level cache (a word is looked up at most once).
struct ShortWords {
    /// `(key, pattern index)`; key 0 marks an empty slot.
    slots: Vec<(u32, u32)>,
    /// Bits of the slot index (the table has `1 << bits` slots).
    bits: u32,
}

impl ShortWords {
    fn new(words: &[(u32, usize)]) -> ShortWords {
        let mut bits = 4;
        while (1usize << bits) < 2 * words.len() {
            bits += 1;
        }
        let mut table = ShortWords {
            slots: vec![(0, 0); 1 << bits],
            bits,
        };
        let mask = (1usize << bits) - 1;
        for &(key, id) in words {
            let Ok(id) = u32::try_from(id) else { continue };
            let mut at = table.slot(key);
            while let Some(slot) = table.slots.get_mut(at) {
                if slot.0 == 0 || slot.0 == key {
                    *slot = (key, id);
                    break;
                }
                at = (at + 1) & mask;
            }
        }
        table
    }

    /// The home slot of `key` (Fibonacci hashing).
    fn slot(&self, key: u32) -> usize {
        (key.wrapping_mul(0x9E37_79B9) >> (32 - self.bits)) as usize
    }

    /// The pattern index of the short word `w`, if it is one.
    #[inline]
    fn get(&self, w: &[u8]) -> Option<usize> {
        let key = short_key(w)?;
        let mask = self.slots.len() - 1;
        let mut at = self.slot(key);
        while let Some(&(k, id)) = self.slots.get(at) {
            if k == key {
                return Some(id as usize);
            }
            if k == 0 {
                return None;
            }
            at = (at + 1) & mask;
        }
        None
    }
}

/// What the trie holds for a term: its pattern index and the boundaries it may
/// go without, so that a walk's result is checked without reading the pattern.
#[derive(Clone, Copy)]
struct TrieValue(u32);

impl TrieValue {
    const OPEN_LEFT: u32 = 1 << 31;
    const OPEN_RIGHT: u32 = 1 << 30;

    /// `None` for a pattern index beyond 30 bits.
    fn new(pattern: usize, open_left: bool, open_right: bool) -> Option<TrieValue> {
        let id = u32::try_from(pattern)
            .ok()
            .filter(|&id| id < Self::OPEN_RIGHT)?;
        let left = if open_left { Self::OPEN_LEFT } else { 0 };
        let right = if open_right { Self::OPEN_RIGHT } else { 0 };
        Some(TrieValue(id | left | right))
    }

    fn pattern(self) -> usize {
        (self.0 & !(Self::OPEN_LEFT | Self::OPEN_RIGHT)) as usize
    }

    fn open_left(self) -> bool {
        self.0 & Self::OPEN_LEFT != 0
    }

    fn open_right(self) -> bool {
        self.0 & Self::OPEN_RIGHT != 0
    }
}

/// Byte class flag: an ASCII letter or digit.
const ALNUM: u8 = 1;
/// Byte class flag: a longer term may start with this byte (either case).
const TERM_START: u8 = 2;
/// Byte class flag: a compound tail (`*verslaving`) that [`TailHeads`] does not hold
/// may start with this byte.
const SHORT_TAIL: u8 = 4;
/// Byte class flag: an all-letter term shorter than [`HEAD`] + 1 bytes that may start
/// a longer word begins with this byte.
const SHORT_HEAD: u8 = 8;
/// How many leading bytes of the terms that may start a longer word the word-start
/// filter holds.
const HEAD: usize = 4;

/// How many leading bytes of a compound tail [`TailHeads`] holds.
const TAIL_KEY: usize = 4;
/// Size of [`TailHeads`] in 64-bit words (4096 bits: a few dozen tails leave almost
/// every bit clear, so a miss inside a word is nearly always settled by one read).
const TAIL_WORDS: usize = 64;

/// A one-hash filter over the first [`TAIL_KEY`] bytes of the compound tails.
struct TailHeads([u64; TAIL_WORDS]);

impl TailHeads {
    /// The bit of the ASCII letters and digits `h` (little-endian, as
    /// `u32::from_le_bytes`), case-folded (`| 0x20` lower-cases letters and leaves
    /// digits alone).
    #[inline(always)]
    fn bit(h: u32) -> usize {
        let folded = h | 0x2020_2020;
        (folded.wrapping_mul(0x9E37_79B1) >> 20) as usize
    }

    fn insert(&mut self, h: [u8; TAIL_KEY]) {
        let bit = TailHeads::bit(u32::from_le_bytes(h));
        if let Some(w) = self.0.get_mut(bit >> 6) {
            *w |= 1 << (bit & 63);
        }
    }

    /// True when the tail head `h` (four bytes, little-endian) may be held.
    #[inline(always)]
    fn contains(&self, h: u32) -> bool {
        let bit = TailHeads::bit(h);
        self.0
            .get(bit >> 6)
            .is_some_and(|w| w >> (bit & 63) & 1 != 0)
    }
}

/// Size of [`FirstWords`] in 64-bit words (32768 bits, 4 KiB: a few thousand runs set
/// about one bit in eight, and the table is small enough to stay cached between
/// documents, unlike the [`Bloom`] filter behind it).
const FIRST_WORDS: usize = 512;

/// A one-hash bit filter over the [`finish`]ed hashes of the runs that trie terms
/// begin with (and the [`head_key`]s): most words begin no term, and this small table
/// settles them without reading the larger [`Bloom`] filter, whose block is a cache
/// miss on most words.
struct FirstWords([u64; FIRST_WORDS]);

impl FirstWords {
    /// The bit of a key: bits that neither [`Bloom::index`] (the top ones) nor
    /// [`Block::place`] (the low 21) use, so that the two filters fail apart.
    #[inline(always)]
    fn bit(key: u64) -> usize {
        (key >> 21) as usize & (FIRST_WORDS * 64 - 1)
    }

    fn insert(&mut self, key: u64) {
        let bit = FirstWords::bit(key);
        if let Some(w) = self.0.get_mut(bit >> 6) {
            *w |= 1 << (bit & 63);
        }
    }

    #[inline(always)]
    fn contains(&self, key: u64) -> bool {
        let bit = FirstWords::bit(key);
        self.0
            .get(bit >> 6)
            .is_some_and(|w| w >> (bit & 63) & 1 != 0)
    }
}

/// The start value of the word hash.
const HASH_SEED: u64 = 0xcbf2_9ce4_8422_2325;

/// One step of the word hash (FNV-1a) over a lower-cased ASCII letter or digit
/// (`| 0x20` lower-cases letters and leaves digits alone).
#[inline(always)]
fn hash_step(h: u64, c: u8) -> u64 {
    (h ^ u64::from(c | 0x20)).wrapping_mul(0x0000_0100_0000_01b3)
}

/// The word hash of a whole run, mixed so that all its bits are usable.
#[inline(always)]
fn finish(h: u64) -> u64 {
    let h = (h ^ (h >> 29)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    h ^ (h >> 32)
}

/// The filter key of the first [`HEAD`] bytes of a run (apart from whole runs).
#[inline(always)]
fn head_key(h: u64) -> u64 {
    finish(h ^ 0x9e37_79b9_7f4a_7c15)
}

/// The filter key of a run (with hash `h`) and the two bytes `x`, `y` after it.
#[inline(always)]
fn after_key(h: u64, x: u8, y: u8) -> u64 {
    finish(hash_step(hash_step(h, x), y) ^ 0x6a09_e667_f3bc_c909)
}

/// A blocked Bloom filter: a key is a pair of hashes, the first picking a block of
/// one cache line, the second one word in it and three bits in that word. The keys
/// of one word-start share the block, so a word costs one line however many of its
/// keys are tried. A false positive only costs a trie walk; it is small enough to
/// stay mostly cached.
struct Bloom {
    blocks: Vec<Block>,
    /// Bits of the block index.
    bits: u32,
}

/// One cache line of the filter.
#[derive(Clone, Copy)]
#[repr(align(64))]
struct Block([u64; 8]);

impl Block {
    /// Word and bits of `key` inside a block.
    #[inline(always)]
    fn place(key: u64) -> (usize, u64) {
        let mask = 1 << (key & 63) | 1 << ((key >> 6) & 63) | 1 << ((key >> 12) & 63);
        ((key >> 18) as usize & 7, mask)
    }

    /// True when the bits of `key` are all set.
    #[inline(always)]
    fn has(&self, key: u64) -> bool {
        let (at, mask) = Block::place(key);
        self.0.get(at).is_some_and(|w| w & mask == mask)
    }
}

impl Bloom {
    /// The filter over `(block hash, bit hash)` keys.
    fn new(keys: &[(u64, u64)]) -> Bloom {
        // Sized on the distinct keys: most terms share theirs with others ("mijn
        // moeder heeft …": ~25k terms, ~6k keys), and a filter four times larger than
        // needed costs a first-level cache miss on most words.
        let mut distinct = keys.to_vec();
        distinct.sort_unstable();
        distinct.dedup();
        let mut bits = 3;
        while (8usize << bits) < distinct.len() / 4 {
            bits += 1;
        }
        let mut bloom = Bloom {
            blocks: vec![Block([0; 8]); 1 << bits],
            bits,
        };
        for &(block, key) in &distinct {
            let at = bloom.index(block);
            let (word, mask) = Block::place(key);
            if let Some(w) = bloom.blocks.get_mut(at).and_then(|b| b.0.get_mut(word)) {
                *w |= mask;
            }
        }
        bloom
    }

    #[inline(always)]
    fn index(&self, block: u64) -> usize {
        (block >> (64 - self.bits)) as usize
    }

    /// The block that the keys with block hash `block` are in.
    #[inline(always)]
    fn block(&self, block: u64) -> Option<&Block> {
        self.blocks.get(self.index(block))
    }

    #[inline(always)]
    fn contains(&self, block: u64, key: u64) -> bool {
        self.block(block).is_some_and(|b| b.has(key))
    }
}

/// Letters, digits and the bytes of multi-byte chars.
#[cfg(test)]
fn is_word_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c >= 0x80
}

/// The byte offset of the char after the one starting at `i`.
#[cfg(test)]
fn next_char(text: &str, i: usize) -> usize {
    text.get(i..)
        .and_then(|s| s.chars().next())
        .map_or(text.len(), |c| i + c.len_utf8())
}

/// True when the match has word boundaries where its pattern needs them (none on
/// the left when it is `open_left`, none on the right when it is `open_right`).
fn on_boundaries(text: &str, start: usize, end: usize, open_left: bool, open_right: bool) -> bool {
    let left_ok = open_left
        || !text
            .get(start..)
            .and_then(|s| s.chars().next())
            .is_some_and(char::is_alphanumeric)
        || !text
            .get(..start)
            .and_then(|s| s.chars().next_back())
            .is_some_and(char::is_alphanumeric);
    let right_ok = open_right
        || !text
            .get(..end)
            .and_then(|s| s.chars().next_back())
            .is_some_and(char::is_alphanumeric)
        || !text
            .get(end..)
            .and_then(|s| s.chars().next())
            .is_some_and(char::is_alphanumeric);
    left_ok && right_ok
}

/// True when only blanks or list bullets stand between the previous line break and `pos`.
fn starts_line(text: &str, pos: usize) -> bool {
    let line = text.get(..pos).unwrap_or("");
    let tail = line.rsplit('\n').next().unwrap_or("");
    tail.len() <= 8
        && tail
            .chars()
            .all(|c| c.is_whitespace() || matches!(c, '-' | '*' | '•' | '|' | '>'))
}

/// Words that show that a following Dutch "zijn" is the possessive ("his"), not the verb.
const BEFORE_POSSESSIVE_ZIJN: &[&str] = &[
    "van", "met", "op", "in", "over", "aan", "voor", "bij", "om", "naar", "door", "na", "tijdens",
    "sinds", "vanwege", "wegens", "ondanks", "we", "wij", "ik", "je", "jij", "u", "hij", "heeft",
    "had", "en", "dat",
];

/// The possessive right before an evidence term ("haar diabetes", "his diagnosis",
/// "zijn vingerafdruk"): the possessor is a particular person, also in a question.
fn possessive_before(text: &str, span: Span) -> Option<Span> {
    let head = window_before(text, span.start, 40);
    let trimmed = head.trim_end();
    if trimmed.len() == head.len() {
        return None;
    }
    // The word starts after the last character that is not part of a word (which may be
    // several bytes long, such as a dash or a curly quote).
    let word_start = trimmed
        .char_indices()
        .rev()
        .find(|&(_, c)| !c.is_alphanumeric())
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = &trimmed[word_start..];
    let base = span.start - head.len();
    let owner = Span::new(base + word_start, base + trimmed.len());
    let lower = word.to_ascii_lowercase();
    match lower.as_str() {
        "haar" | "his" | "her" | "mijn" | "my" => Some(owner),
        "zijn" => {
            let before = trimmed[..word_start].trim_end();
            let prev = before
                .rsplit(|c: char| !c.is_alphanumeric())
                .next()
                .unwrap_or("");
            BEFORE_POSSESSIVE_ZIJN
                .iter()
                .any(|w| w.eq_ignore_ascii_case(prev))
                .then_some(owner)
        }
        _ => None,
    }
}

/// True when the addressee's or a group's possessive stands right before an evidence
/// term ("on the grounds of your multiple sclerosis", "op grond van uw ziekte"): after a
/// topic cue it makes the term a fact about someone again. Unlike [`possessive_before`]
/// it names no subject by itself (a generic "your" in a question names nobody), so the
/// usual search for one follows.
fn other_possessive_before(text: &str, span: Span) -> bool {
    let head = window_before(text, span.start, 12);
    let word = head
        .trim_end()
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    ["your", "uw", "jouw", "their", "hun"]
        .iter()
        .any(|p| p.eq_ignore_ascii_case(word))
        && head.len() > head.trim_end().len()
}

/// "ik ben", "ik heb", "I am", "I have": the writer states something about themself,
/// which counts even inside a question.
fn strengthen_first_person(text: &str, span: Span, strength: Strength) -> Strength {
    if strength != Strength::First {
        return strength;
    }
    let next = text
        .get(span.end..)
        .unwrap_or("")
        .trim_start()
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .next()
        .unwrap_or("");
    const STATES: &[&str] = &[
        "ben", "heb", "was", "had", "word", "werd", "zit", "am", "have", "was", "had", "'m", "m",
    ];
    let word = span.slice(text);
    let is_i = word.eq_ignore_ascii_case("ik") || word == "I" || word.eq_ignore_ascii_case("i'm");
    if is_i
        && (word.eq_ignore_ascii_case("i'm") || STATES.iter().any(|s| s.eq_ignore_ascii_case(next)))
    {
        Strength::Strong
    } else {
        strength
    }
}

/// The text region a hypothetical cue covers: from the cue to the next paragraph
/// break, at most [`HYPOTHETICAL_REACH`] bytes.
fn hypothetical_scope(text: &str, cue: Span) -> Span {
    let (s_start, _) = context::sentence(text, cue.start, cue.end);
    let hi = (cue.end + HYPOTHETICAL_REACH).min(text.len());
    let window = text.get(cue.end..hi).unwrap_or("");
    let end = window.find("\n\n").map_or(hi, |i| cue.end + i);
    let mut end = end.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    Span::new(s_start, end)
}

/// True when a negation stands right before the term, at most
/// [`NEGATION_GAP_WORDS`] words away, with no punctuation in between.
fn is_negated(text: &str, span: Span, negations: &[Span]) -> bool {
    let i = negations.partition_point(|n| n.end <= span.start);
    let Some(n) = i.checked_sub(1).and_then(|j| negations.get(j)) else {
        return false;
    };
    let gap = text.get(n.end..span.start).unwrap_or("");
    gap.len() <= 40
        && !gap.contains(['.', ',', ';', ':', '?', '!', '\n'])
        && gap.split_whitespace().count() <= NEGATION_GAP_WORDS
}

/// True when a topic cue stands shortly before the term in the same clause
/// ("de cijfers over ziekteverzuim", "a workshop on mental health").
/// A pronoun or role noun between the cue and the term makes it personal again
/// ("the medical report says he has diabetes").
fn is_topic(text: &str, span: Span, topics: &[Span], refs: &[Reference]) -> bool {
    let i = topics.partition_point(|t| t.end <= span.start);
    topics[..i]
        .iter()
        .rev()
        .take_while(|t| span.start - t.end <= TOPIC_REACH)
        .any(|t| {
            let gap = text.get(t.end..span.start).unwrap_or("");
            !gap.contains(['.', ',', ';', ':', '?', '!', '\n'])
                && !slice_refs(refs, t.end, span.start)
                    .iter()
                    .any(|r| r.lexical && r.strength != Strength::Strong)
        })
}

/// True when the term stands alone between quotes: a word talked about, not a fact
/// ("een synoniem voor 'ziekte'").
fn is_quoted_word(text: &str, span: Span) -> bool {
    const QUOTES: [char; 7] = ['\'', '"', '‘', '’', '“', '”', '`'];
    let before = text.get(..span.start).and_then(|s| s.chars().next_back());
    let after = text.get(span.end..).and_then(|s| s.chars().next());
    before.is_some_and(|c| QUOTES.contains(&c))
        && after.is_some_and(|c| QUOTES.contains(&c))
        && !is_listed_value(text, span.start)
}

/// True when the quote that opens at `quote_end` (the byte after it) follows a list
/// separator or an opening bracket: a value in an SQL row, a CSV line or a JSON array
/// (`('Jan Smit', 'Asthma')`), which states a fact about the row's person.
fn is_listed_value(text: &str, quote_end: usize) -> bool {
    let head = window_before(text, quote_end, 8);
    let mut chars = head.chars().rev();
    chars.next();
    chars
        .find(|c| *c != ' ')
        .is_some_and(|c| matches!(c, ',' | '(' | '[' | '=' | ';' | '\t'))
}

/// The at most `n` bytes before `end`, starting on a char boundary.
fn window_before(text: &str, end: usize, n: usize) -> &str {
    let mut lo = end.saturating_sub(n);
    while lo < end && !text.is_char_boundary(lo) {
        lo += 1;
    }
    text.get(lo..end).unwrap_or("")
}

/// The at most `n` bytes after `start`, ending on a char boundary.
fn window_after(text: &str, start: usize, n: usize) -> &str {
    let mut hi = (start + n).min(text.len());
    while hi > start && !text.is_char_boundary(hi) {
        hi -= 1;
    }
    text.get(start..hi).unwrap_or("")
}

/// True when the term is part of an e-mail address, URL or file path
/// ("info@fnv.nl", "www.ggz-centraal.nl", "ggz.example.nl"): a name of an
/// organisation, not a fact.
fn in_address(text: &str, span: Span) -> bool {
    let before = window_before(text, span.start, 60);
    let after = window_after(text, span.end, 60);
    let head = before.rsplit(char::is_whitespace).next().unwrap_or("");
    let tail = after.split(char::is_whitespace).next().unwrap_or("");
    [head, tail]
        .iter()
        .any(|t| t.contains('@') || t.contains("://") || t.contains("www."))
        || (head.contains('.') && tail.starts_with('.'))
}

/// True when a capitalised word follows a form label on the same line ("Employee: Grace Liu").
fn name_follows(text: &str, end: usize) -> bool {
    let rest = text.get(end..).unwrap_or("");
    let rest = rest.trim_start_matches([' ', '\t']);
    rest.chars().next().is_some_and(char::is_uppercase)
}

/// The references whose start lies in `[lo, hi)` (refs are sorted by start).
fn slice_refs(refs: &[Reference], lo: usize, hi: usize) -> &[Reference] {
    let a = refs.partition_point(|r| r.span.start < lo);
    let b = refs.partition_point(|r| r.span.start < hi);
    refs.get(a..b.max(a)).unwrap_or(&[])
}

/// Bytes between two spans (0 when they touch or overlap).
fn distance(a: Span, b: Span) -> usize {
    b.start
        .saturating_sub(a.end)
        .max(a.start.saturating_sub(b.end))
}

/// Gender of the person whose partner a spouse term names: the possessive inside the
/// term ("haar vrouw", "his husband") or else the nearest gendered reference before it
/// in the sentence ("zij vertelde dat zij met een vrouw getrouwd is").
///
/// With `names`, a person entity's given name counts as a gendered reference too.
fn owner_gender(text: &str, span: Span, s_start: usize, refs: &[Reference], names: bool) -> Gender {
    let term = span.slice(text).to_ascii_lowercase();
    let first = term.split_whitespace().next().unwrap_or("");
    match first {
        "haar" | "her" => return Gender::Female,
        "zijn" | "his" => return Gender::Male,
        _ => {}
    }
    slice_refs(refs, s_start.saturating_sub(LOOKBACK), span.start)
        .iter()
        .rev()
        .map(|r| match r.gender {
            // A person entity ("Anouk de Vries is met een vrouw getrouwd"): the given name.
            Gender::Unknown if names && !r.lexical => {
                context::given_gender(r.span.slice(text).split_whitespace().next().unwrap_or(""))
            }
            g => g,
        })
        .find(|g| *g != Gender::Unknown)
        .unwrap_or(Gender::Unknown)
}

/// True when a spouse term names the writer's own partner ("mijn vrouw en ik",
/// "married to my husband"): its owner is the writer, whoever else the text mentions.
fn names_writer_spouse(text: &str, span: Span) -> bool {
    span.slice(text)
        .split_whitespace()
        .any(|w| w.eq_ignore_ascii_case("mijn") || w.eq_ignore_ascii_case("my"))
}

/// True when an identifying-number label ("NHS number", "BSN", "klantnummer") has no
/// number after it: "bring your NHS number" in a notice identifies nobody. A label with
/// its number identifies the person (and the number itself is an entity as well).
fn is_blank_number_label(text: &str, span: Span) -> bool {
    const LABELS: &[&str] = &[
        "number",
        "nr.",
        "no.",
        "nr",
        "no",
        "id",
        "bsn",
        "sofinummer",
    ];
    let last = span.slice(text).rsplit(' ').next().unwrap_or("");
    let ends = |suffix: &str| {
        last.len()
            .checked_sub(suffix.len())
            .and_then(|at| last.get(at..))
            .is_some_and(|tail| tail.eq_ignore_ascii_case(suffix))
    };
    (LABELS.iter().any(|l| l.eq_ignore_ascii_case(last)) || ends("nummer") || ends("nr."))
        && !window_after(text, span.end, 24).contains(|c: char| c.is_ascii_digit())
}

/// True when a spouse term is a field label or a bracketed relation in a record
/// ("Partner:", "(echtgenoot)"): its owner is the person the record is about, not
/// the nearest person before it (who is often the partner: "Joost Vermeer (echtgenoot)").
fn is_record_relation(text: &str, span: Span) -> bool {
    let term = span.slice(text);
    term.starts_with('(') || term.ends_with(':')
}

/// The owner named by the possessive that opens a spouse term ("Haar partner is
/// bevallen", "my husband"), as the subject of the term when nothing else in the
/// text is; not in sentences about someone generic ("Can a woman add her wife?").
fn own_possessive(
    text: &str,
    role: Role,
    span: Span,
    sentence: &Sentence,
) -> Option<(Reference, f32)> {
    if !matches!(role, Role::Spouse(_)) || sentence.generic {
        return None;
    }
    let term = span.slice(text);
    let first = term.split_whitespace().next().unwrap_or("");
    // The writer's own partner is a particular person also in a question ("Can we
    // add my husband?"); a third person's only outside general questions.
    let writer = ["mijn", "my"].iter().any(|p| p.eq_ignore_ascii_case(first));
    let third = ["haar", "zijn", "her", "his"]
        .iter()
        .any(|p| p.eq_ignore_ascii_case(first));
    (writer || (third && !sentence.general)).then(|| {
        let r = Reference {
            span: Span::new(span.start, span.start + first.len()),
            strength: Strength::Medium,
            gender: Gender::Unknown,
            lexical: true,
        };
        (r, 0.8)
    })
}

/// The writer's gender as a pronoun tag states it ("Sanne (zij/haar)", "Sam, he/him"):
/// the first gendered reference written with a slash. Any other gendered word may be
/// the addressee ("Geachte heer …") or a third person, so only the tag counts.
/// (Without a tag, the writer's given name may tell: [`context::writer_name_gender`].)
fn writer_gender(text: &str, refs: &[Reference]) -> Gender {
    refs.iter()
        .filter(|r| r.gender != Gender::Unknown && r.lexical)
        .find(|r| r.span.slice(text).contains('/'))
        .map_or(Gender::Unknown, |r| r.gender)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cats(text: &str) -> Vec<SpecialCategory> {
        let d = SpecialDetector::new();
        let mut out = Vec::new();
        d.detect(text, &[], &mut out);
        let mut c: Vec<_> = out.iter().map(|f| f.category).collect();
        c.sort();
        c.dedup();
        c
    }

    /// The lexicons compile into one automaton.
    #[test]
    fn automaton_builds() {
        let d = SpecialDetector::new();
        assert!(d.trie.len() > 1000);
        assert!(d.patterns.len() > 500);
    }

    /// A health term about the writer is found; the same term in a general question is not.
    #[test]
    fn writer_versus_general_question() {
        assert_eq!(
            cats("Ik ben 20 weken zwanger en wil minder werken."),
            vec![SpecialCategory::Health]
        );
        assert!(cats("Wat zijn de symptomen van diabetes?").is_empty());
    }

    /// Hypothetical cues suppress the rest of their paragraph.
    #[test]
    fn hypothetical_suppresses() {
        assert!(cats("Stel: een medewerker heeft MS. Zij wil minder werken.").is_empty());
        assert_eq!(
            cats("Mijn collega heeft MS en wil minder werken."),
            vec![SpecialCategory::Health]
        );
    }

    /// A directly negated term is no evidence.
    #[test]
    fn negation_suppresses() {
        assert!(cats("Hij heeft geen strafblad.").is_empty());
        assert_eq!(
            cats("Hij heeft een strafblad."),
            vec![SpecialCategory::Criminal]
        );
    }

    /// A woman mentioning her wife is sexual; a man mentioning his wife is not.
    #[test]
    fn same_sex_partner_needs_gender() {
        assert_eq!(
            cats("Mevrouw Bakker vertelde dat zij met een vrouw getrouwd is."),
            vec![SpecialCategory::Sexual]
        );
        assert!(cats("Meneer Bakker vertelde dat hij met een vrouw getrouwd is.").is_empty());
        assert_eq!(
            cats("She said her wife would pick her up."),
            vec![SpecialCategory::Sexual]
        );
        assert!(cats("He said his wife would pick him up.").is_empty());
    }

    /// Person entities from the recognizers count as strong subjects, also in questions.
    #[test]
    fn person_entity_links_in_question() {
        let d = SpecialDetector::new();
        let text = "Mag ik registreren dat Jan Smit diabetes heeft?";
        let s = text.find("Jan").unwrap();
        let person = Finding {
            span: Span::new(s, s + 8),
            kind: EntityKind::Person,
            score: 0.9,
            recognizer: "t",
        };
        let mut out = Vec::new();
        d.detect(text, &[person], &mut out);
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].subject, Some(person.span));
        let mut none = Vec::new();
        d.detect(text, &[], &mut none);
        assert!(none.is_empty());
    }

    /// A request that mentions the writer and a generic person is no finding.
    #[test]
    fn writer_asking_about_someone_generic() {
        assert!(cats("Can you explain how I should handle an employee with MS?").is_empty());
        assert_eq!(
            cats("Can you tell my manager that I have MS?"),
            vec![SpecialCategory::Health]
        );
    }

    /// Terms inside e-mail addresses and URLs are organisation names, not facts.
    #[test]
    fn addresses_are_no_evidence() {
        assert!(
            cats("Ik mail naar info@fnv-jong.nl of kijk op www.ggz-centraal.nl/ik.").is_empty()
        );
        assert_eq!(
            cats("Ik ben lid van de FNV."),
            vec![SpecialCategory::TradeUnion]
        );
    }

    /// A term listed once strictly and once as a compound part matches both ways.
    #[test]
    fn duplicate_terms_merge_flags() {
        assert_eq!(
            cats("Mijn zoon heeft een notenallergie."),
            vec![SpecialCategory::Health]
        );
        assert_eq!(
            cats("Mijn zoon heeft een allergie."),
            vec![SpecialCategory::Health]
        );
    }

    /// Pairs join a left and a right side a few words apart, in one clause only.
    #[test]
    fn pairs_join_within_a_clause() {
        assert_eq!(
            cats("Mijn collega is lid van de plaatselijke VVD."),
            vec![SpecialCategory::Political]
        );
        assert_eq!(
            cats("Hij is al jaren VVD-lid."),
            vec![SpecialCategory::Political]
        );
        assert!(cats("Hij is lid van de tennisclub. De VVD won de verkiezingen.").is_empty());
        assert_eq!(
            cats("Zij heeft een Koerdische achtergrond."),
            vec![SpecialCategory::Ethnicity]
        );
        assert!(cats("Zij heeft een juridische achtergrond.").is_empty());
    }

    /// A party in brackets or right after a role states a named person's affiliation;
    /// a bare ambiguous party word does not.
    #[test]
    fn party_affiliation_in_forms() {
        let p = vec![SpecialCategory::Political];
        assert_eq!(
            cats("Vraagsteller: Joost Brand (fractie D66)\nOnderwerp: bomen"),
            p
        );
        assert_eq!(
            cats("Gesproken met raadslid Piet Verbeek (SGP) over de kermis."),
            p
        );
        assert_eq!(cats("Councillor Amy Reid (Lib Dem) opened the fete."), p);
        assert_eq!(cats("Els Claes zetelt namens Vooruit in de raad."), p);
        assert_eq!(
            cats("Karin Mol staat op de kandidatenlijst van de PvdD."),
            p
        );
        assert!(cats("Koper (Cu) geleidt goed, zegt Jan Smit.").is_empty());
        assert!(cats("Tom Hill likes the green (volt) paint.").is_empty());
        assert!(cats("Dat klopt (denk ik), zei Jan Smit.").is_empty());
    }

    /// A spouse named by the writer is same-sex only when a pronoun tag gives the
    /// writer's gender; an addressee's title does not.
    #[test]
    fn writer_spouse_needs_a_pronoun_tag() {
        assert_eq!(
            cats("Mijn vrouw Fleur en ik verhuizen in mei.\nGroet, Noor (zij/haar)"),
            vec![SpecialCategory::Sexual]
        );
        assert!(cats("Beste meneer Dijk, mijn man en ik verhuizen in mei. Groet, Noor").is_empty());
        assert!(cats("Dear Ms Lee, my wife and I are moving. Best, Sam (he/him)").is_empty());
    }

    /// The writer's or the record subject's given name tells their gender; with a
    /// partner of the same gender (from the term or the partner's name) the text
    /// reveals a same-sex relationship. Unknown or different genders reveal nothing.
    #[test]
    fn given_names_gender_partners() {
        let sexual = vec![SpecialCategory::Sexual];
        // A record about an employee with a partner field.
        let rec =
            "Medewerker: Bart Hoekstra\nAfdeling: Inkoop\nPartner: Joost Vermeer (echtgenoot)";
        assert_eq!(cats(rec), sexual);
        let rec_f = "Medewerker: Lotte Smit\nPartner: Joost Vermeer (echtgenoot)";
        assert!(cats(rec_f).is_empty());
        // A self-introduction.
        assert_eq!(cats("Hi, I'm Tom, adding my husband to the plan."), sexual);
        assert!(cats("Hi, I'm Emma, adding my husband to the plan.").is_empty());
        assert_eq!(
            cats("Mijn vrouw Femke en ik (ik ben Iris) verhuizen."),
            sexual
        );
        assert!(cats("Mijn vrouw Femke en ik (ik ben Daan) verhuizen.").is_empty());
        // A signature and a From line.
        assert_eq!(
            cats("Can we add my husband Marcus and I to the trip?\n\nBest,\nDaniel"),
            sexual
        );
        assert!(cats("Can we add my husband Marcus and I to the trip?\n\nBest,\nSanne").is_empty());
        assert_eq!(
            cats("From: Pieter de Groot <p@example.org>\nMijn man komt ook."),
            sexual
        );
        // Two given names alone are not enough; a pronoun tag and a name are.
        assert!(cats("Mijn partner Sander komt ook.\n\nGroeten,\nPieter de Groot").is_empty());
        assert_eq!(
            cats("Mijn partner Sander komt ook.\n\nGroeten,\nPieter (hij/hem)"),
            sexual
        );
        assert_eq!(cats("Zij en haar partner Lisa komen ook."), sexual);
        // A chat line's speaker is its writer.
        assert_eq!(cats("Tom: hoi!\nAnouk: mijn vrouw komt ook"), sexual);
        assert!(cats("Anouk: hoi!\nTom: mijn vrouw komt ook").is_empty());
        // No name of a known gender: nothing.
        assert!(cats("I'm Sam, adding my husband to the plan.").is_empty());
        assert!(cats("Mijn partner Joost komt ook.").is_empty());
        // A named person before a spouse statement.
        let d = SpecialDetector::new();
        for (text, expected) in [
            ("Anouk de Vries is met een vrouw getrouwd.", 1),
            ("Ruben de Vries is met een vrouw getrouwd.", 0),
        ] {
            let person = Finding {
                span: Span::new(0, 14),
                kind: EntityKind::Person,
                score: 0.9,
                recognizer: "t",
            };
            let mut out = Vec::new();
            d.detect(text, &[person], &mut out);
            assert_eq!(out.len(), expected, "{text}");
        }
        // A dash signature at the end of a message.
        assert_eq!(
            cats("My husband Marcus and I are adopting. Can you help me write it? — Daniel"),
            sexual
        );
        // An addressee is not the writer.
        assert!(cats("Thanks, Tom, my husband and I will come.").is_empty());
        assert!(cats("Ik ben Toms vrouw en mijn man komt ook.").is_empty());
    }

    /// A woman whose partner gave birth: same-sex, and the birth is health data.
    #[test]
    fn partner_gave_birth() {
        assert_eq!(
            cats("Haar partner is bevallen."),
            vec![SpecialCategory::Health, SpecialCategory::Sexual]
        );
        assert_eq!(
            cats("Mevrouw Kok meldt dat haar partner is bevallen."),
            vec![SpecialCategory::Health, SpecialCategory::Sexual]
        );
        assert_eq!(
            cats("Zijn partner is bevallen van een zoon."),
            vec![SpecialCategory::Health]
        );
        assert_eq!(
            cats("Zij heeft twee moeders."),
            vec![SpecialCategory::Sexual]
        );
    }

    /// Notices to groups and templates addressed to nobody name no person; a DNA kit's
    /// combined report is genetic, not ethnic origin.
    #[test]
    fn notices_name_nobody() {
        assert!(cats("Vanaf maandag kunnen zwangere medewerkers en collega's met een chronische ziekte een griepprik halen. Meld je aan.").is_empty());
        assert!(cats("The flu jab is offered to pregnant staff and colleagues with a long-term condition. Sign up at reception.").is_empty());
        assert!(
            cats("Dear applicant,\n\nYour biometric data appointment has been scheduled.")
                .is_empty()
        );
        assert!(
            cats(
                "Does a benefits applicant have to register their religion? The form asks for it."
            )
            .is_empty()
        );
        assert!(
            cats(
                "Flu jab week! Pregnant? Long-term condition? You qualify. Bring your NHS number."
            )
            .is_empty()
        );
        assert_eq!(
            cats("Pregnant since May. NHS number 943 476 5919."),
            vec![SpecialCategory::Health]
        );
        assert_eq!(cats("Is my kid pregnant?"), vec![SpecialCategory::Health]);
        assert_eq!(
            cats("Mijn Ancestry & carrier report is binnen."),
            vec![SpecialCategory::Genetic]
        );
        assert_eq!(
            cats("Mijn collega is zwanger en heeft een chronische ziekte."),
            vec![SpecialCategory::Health]
        );
    }

    /// A quoted value in an SQL row or a list is a fact; a quoted word in prose is not.
    #[test]
    fn quoted_values_in_rows() {
        assert_eq!(
            cats("INSERT INTO t VALUES ('Ruben Maas', 'Epilepsy');"),
            vec![SpecialCategory::Health]
        );
        assert!(cats("Is 'epilepsie' een synoniem voor 'vallende ziekte'?").is_empty());
    }

    /// Clinical fasting, an undisclosed religion field and a key fingerprint reveal nothing.
    #[test]
    fn look_alikes_reveal_nothing() {
        assert!(cats("Bloods for Mrs Ada Price at 09:10 (fasting).").is_empty());
        assert!(cats("Name: Ada Price\nReligion: prefer not to say").is_empty());
        assert!(cats("Ruben Maas: the host key fingerprint is SHA256:x1y2.").is_empty());
        assert!(cats("Ruben Maas deed aangifte van diefstal van zijn fiets.").is_empty());
    }

    /// Rites, pilgrimage, unions, heritage and warrants told about a named person.
    #[test]
    fn named_person_rites_unions_heritage() {
        assert_eq!(
            cats("Zuster Fatma heeft vorig jaar de umrah verricht."),
            vec![SpecialCategory::Religion]
        );
        assert_eq!(
            cats("Bart Goossens is militant bij het ABVV."),
            vec![SpecialCategory::TradeUnion]
        );
        assert_eq!(
            cats("She calls herself Dutch-Surinamese; she is Anna Kort."),
            vec![SpecialCategory::Ethnicity]
        );
        assert_eq!(
            cats("Aangehouden: Ruben Maas, openstaande gevangenisstraf."),
            vec![SpecialCategory::Criminal]
        );
        assert!(cats("Dutch-Moroccan trade grew, said Ruben Maas.").is_empty());
    }

    /// Every pair line fits in the group bits.
    #[test]
    fn pair_groups_fit() {
        let d = SpecialDetector::new();
        assert!(!d.groups.is_empty() && d.groups.len() < PairGroups::BITS as usize);
    }

    /// Short words are found as whole words only ("ik" is no part of "kijk").
    #[test]
    fn short_words_are_whole_words() {
        assert!(cats("Kijk eens, zwanger.").is_empty());
        assert_eq!(cats("ik ben zwanger"), vec![SpecialCategory::Health]);
    }

    /// Words inside longer words do not match ("vast" is no part of "vastgoed").
    #[test]
    fn word_boundaries_hold() {
        assert!(cats("Hij werkt bij een vastgoedbedrijf in Utrecht.").is_empty());
    }

    /// The anchored trie scan finds exactly what the unanchored automaton finds, on
    /// random texts glued from lexicon terms, fragments, case changes and separators.
    #[test]
    fn trie_scan_matches_the_automaton() {
        let d = SpecialDetector::new();
        let mut terms: Vec<String> = Vec::new();
        let mut b = Builder::default();
        let _ = terms::parse(SETS, &mut b.sets);
        for (_, list) in CATEGORY_LISTS {
            b.add(list, Role::Evidence(1));
        }
        for list in [
            SUBJECTS,
            SUBJECTS_STRONG,
            FIRST_PERSON,
            GENERIC,
            HYPOTHETICAL,
            TOPIC,
            IGNORE,
        ] {
            b.add(list, Role::Generic);
        }
        terms.extend(b.texts);
        let glue = [
            " ", " ", " ", "", "", "-", ", ", ". ", "\n", "'", "(", ")", "é", "ë", "ß", "😩", "1",
            "s", "en", "heid", "alcohol", "  ", "\t", "/", ":",
        ];
        let mut state = 0x9e37_79b9_7f4a_7c15u64;
        let mut rnd = |n: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % n as u64) as usize
        };
        let mut checked = 0;
        for _ in 0..3000 {
            let mut text = String::new();
            for _ in 0..rnd(40) + 1 {
                let t = &terms[rnd(terms.len())];
                let mut w: String = match rnd(6) {
                    // A fragment of a term (cut on a char boundary).
                    0 => {
                        let cut = rnd(t.len() + 1);
                        let cut = (0..=cut)
                            .rev()
                            .find(|&c| t.is_char_boundary(c))
                            .unwrap_or(0);
                        t[..cut].to_owned()
                    }
                    1 => t.to_uppercase(),
                    2 => {
                        let mut c = t.chars();
                        c.next()
                            .map(|f| f.to_uppercase().chain(c).collect())
                            .unwrap_or_default()
                    }
                    _ => t.clone(),
                };
                if rnd(5) == 0 {
                    w.push_str(glue[rnd(glue.len())]);
                }
                text.push_str(&w);
                text.push_str(glue[rnd(glue.len())]);
            }
            let mut got = d.matches(&text);
            let mut want = d.matches_oracle(&text);
            got.sort_unstable();
            want.sort_unstable();
            checked += want.len();
            assert_eq!(got, want, "{text:?}");
        }
        assert!(checked > 10_000);
    }
}
