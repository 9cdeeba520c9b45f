//! Text analysis for the quality rules: a tokenizer that keeps byte offsets, the per-language
//! lexicons (data files under `lexicon/`, embedded at compile time and parsed once) and phrase
//! matching on word boundaries, case-insensitive and Unicode-aware.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

use crate::load::OkrFile;
use crate::model::{Lang, Span, Spanned};

/// FNV-1a: the maps here are keyed by short words and looked up for every token of every title,
/// where SipHash's DoS resistance buys nothing and costs most of the lookup.
#[derive(Default)]
pub struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

type Map<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Letters (and digits inside them: `P1`, `CO2` are [`Kind::Ident`]).
    Word,
    /// A number, with any unit letters written onto it (`42k`, `3x`, `400ms`).
    Number,
    /// A word mixing letters and digits (`Q3`, `P1`, `4G`, `CO2`, `S24`): a name, not a quantity.
    Ident,
    /// Anything else: `%`, `$`, `–`, `/`, `.`, …
    Symbol,
}

#[derive(Debug, Clone)]
pub struct Token {
    pub kind: Kind,
    /// Byte range in the analysed text.
    pub start: usize,
    pub end: usize,
    /// Lower-cased text (for numbers: the digits as written, without the suffix).
    pub lower: String,
    /// The token had an upper-case letter.
    pub capitalised: bool,
    /// Written like a product name: an upper-case letter after the first and at least two
    /// lower-case ones (`PostgreSQL`, `MinSide`, `GitHub`; not `NPS`, `eNPS`).
    pub name_case: bool,
    /// Joined to the previous token by a hyphen (`30-dagers`, `P1-hendelser`).
    pub hyphen_before: bool,
    /// For numbers: the value (scale suffixes applied) and the letters written onto it.
    pub value: f64,
    pub suffix: String,
    /// FNV hash of `lower`, computed once: phrase lookups key on it.
    pub hash: u64,
    /// The lexicon sections (bit `Section as u8`) that have a phrase that may start here: most
    /// lookups end on this bit. All bits until [`tokens`] narrows it.
    pub starts: u128,
}

impl Token {
    pub fn is_word(&self) -> bool {
        self.kind == Kind::Word
    }
    pub fn is(&self, text: &str) -> bool {
        self.lower == text
    }
}

/// Tokenized titles by hash, with the text to rule out collisions.
type TokenCache = Map<u64, (Box<str>, std::rc::Rc<Vec<Token>>)>;

thread_local! {
    /// Titles are judged by several rules in a row on the same thread; tokenize each once.
    static TOKENS: std::cell::RefCell<TokenCache> = std::cell::RefCell::new(Map::default());
}

/// The tokens of `text`, shared between the rules that look at the same title.
pub fn tokens(text: &str) -> std::rc::Rc<Vec<Token>> {
    let mut h = Fnv::default();
    h.write(text.as_bytes());
    let key = h.finish();
    TOKENS.with(|cache| {
        let mut cache = cache.borrow_mut();
        if let Some((t, tokens)) = cache.get(&key)
            && **t == *text
        {
            return tokens.clone();
        }
        if cache.len() >= 1024 {
            cache.clear();
        }
        let mut tokens = tokenize(text);
        let (first_words, open) = &*STARTS;
        for t in &mut tokens {
            t.starts = first_words.get(&t.hash).copied().unwrap_or(0) | open;
        }
        let tokens = std::rc::Rc::new(tokens);
        cache.insert(key, (text.into(), tokens.clone()));
        tokens
    })
}

/// Split `text` into tokens with byte offsets.
pub fn tokenize(text: &str) -> Vec<Token> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let at = |i: usize| chars.get(i).map(|&(_, c)| c);
    let offset = |i: usize| chars.get(i).map_or(text.len(), |&(o, _)| o);
    let mut tokens: Vec<Token> = Vec::new();
    let mut i = 0;
    let mut hyphen = false;
    while i < chars.len() {
        let c = chars[i].1;
        if c.is_whitespace() {
            hyphen = false;
            i += 1;
            continue;
        }
        let start = i;
        if c.is_ascii_digit() {
            // Digits with group separators (space, no-break space, `.`, `,` before digits).
            let mut j = i;
            while let Some(d) = at(j) {
                let digit = d.is_ascii_digit();
                let mark = matches!(d, '.' | ',') && at(j + 1).is_some_and(|n| n.is_ascii_digit());
                let group = matches!(d, ' ' | '\u{a0}' | '\u{202f}')
                    && (1..=3).all(|k| at(j + k).is_some_and(|n| n.is_ascii_digit()))
                    && !at(j + 4).is_some_and(|n| n.is_ascii_digit())
                    && chars[i..j].iter().rev().take_while(|(_, c)| c.is_ascii_digit()).count() <= 3;
                if !(digit || mark || group) {
                    break;
                }
                j += 1;
            }
            let digits = text[offset(i)..offset(j)].to_owned();
            let mut k = j;
            while at(k).is_some_and(|c| c.is_alphabetic()) {
                k += 1;
            }
            let letters = text[offset(j)..offset(k)].to_lowercase();
            // `matematikk 1P`, `2T`: a school course, a name (`10p` stays a number).
            let course = matches!(&text[offset(j)..offset(k)], "P" | "T");
            let scale = match letters.as_str() {
                _ if course => None,
                // `120x80-paller`, `48x98`: dimensions, a name.
                "x" if at(k).is_some_and(|c| c.is_ascii_digit()) => None,
                "" => Some(1.0),
                "k" => Some(1e3),
                "m" | "mn" | "mill" => Some(1e6),
                "bn" | "b" | "mrd" => Some(1e9),
                "x" | "pp" | "ms" | "s" | "h" | "t" | "min" | "kg" | "km" | "gb" | "tb" | "mb" | "kr" | "nok"
                | "mnok" | "p" => Some(1.0),
                _ => None,
            };
            let (kind, value) = match scale {
                Some(scale) => (Kind::Number, number_value(&digits) * if letters == "mnok" { 1e6 } else { scale }),
                None => {
                    // `4G`, `2FA`: a name. Take the rest of the alphanumeric run.
                    while at(k).is_some_and(|c| c.is_alphanumeric()) {
                        k += 1;
                    }
                    (Kind::Ident, 0.0)
                }
            };
            let raw = &text[offset(i)..offset(k)];
            tokens.push(Token {
                kind,
                start: offset(start),
                end: offset(k),
                lower: if kind == Kind::Number { digits } else { raw.to_lowercase() },
                capitalised: raw.chars().any(char::is_uppercase),
                name_case: false,
                hyphen_before: hyphen,
                value,
                suffix: if kind == Kind::Number { letters } else { String::new() },
                hash: 0,
                starts: u128::MAX,
            });
            hyphen = false;
            i = k;
            continue;
        }
        if c.is_alphabetic() {
            let mut j = i;
            let mut has_digit = false;
            while let Some(d) = at(j) {
                if d.is_alphabetic() || d == '\'' && at(j + 1).is_some_and(char::is_alphabetic) && j > i {
                    j += 1;
                } else if d.is_ascii_digit() {
                    has_digit = true;
                    j += 1;
                } else {
                    break;
                }
            }
            let raw = &text[offset(i)..offset(j)];
            // `SLO-er`, `KPI-ene`, `API-et`: a Norwegian ending on an abbreviation is part of it
            // (not the verb `er`).
            if hyphen
                && matches!(raw, "er" | "ene" | "en" | "et" | "a" | "ar" | "ane" | "s")
                && let Some(abbreviation) = tokens.last_mut().filter(|t| {
                    t.end == offset(start) - 1
                        && t.kind != Kind::Number
                        && text[t.start..t.end].chars().all(|c| c.is_uppercase() || c.is_ascii_digit())
                        && text[t.start..t.end].chars().count() >= 2
                })
            {
                abbreviation.end = offset(j);
                hyphen = false;
                i = j;
                continue;
            }
            let capitalised = raw.chars().any(char::is_uppercase);
            tokens.push(Token {
                kind: if has_digit { Kind::Ident } else { Kind::Word },
                start: offset(start),
                end: offset(j),
                lower: raw.to_lowercase(),
                capitalised,
                // Most words are lower-case: only capitalised ones are looked at again.
                name_case: capitalised
                    && raw.chars().skip(1).any(char::is_uppercase)
                    && raw.chars().filter(|c| c.is_lowercase()).count() >= 2,
                hyphen_before: hyphen,
                value: 0.0,
                suffix: String::new(),
                hash: 0,
                starts: u128::MAX,
            });
            hyphen = false;
            i = j;
            continue;
        }
        // A hyphen between two word characters joins them; anything else is a symbol.
        let prev_alnum = i > 0 && chars[i - 1].1.is_alphanumeric();
        let next_alnum = at(i + 1).is_some_and(char::is_alphanumeric);
        if c == '-' && prev_alnum && next_alnum {
            hyphen = true;
            i += 1;
            continue;
        }
        tokens.push(Token {
            kind: Kind::Symbol,
            start: offset(i),
            end: offset(i + 1),
            lower: c.to_string(),
            capitalised: false,
            name_case: false,
            hyphen_before: false,
            value: 0.0,
            suffix: String::new(),
            hash: 0,
            starts: u128::MAX,
        });
        hyphen = false;
        i += 1;
    }
    for t in &mut tokens {
        t.hash = word_hash(&t.lower);
    }
    tokens
}

/// `tokens` from `from` on, with the word at `from` replaced by `word` (a verb's base form, so
/// that `Vi lanserer …` can be read as `lansere …`). Offsets stay those of the original text.
pub fn with_word(tokens: &[Token], from: usize, word: &str) -> Vec<Token> {
    let mut tail = tokens[from..].to_vec();
    let (first_words, open) = &*STARTS;
    tail[0].lower = word.to_owned();
    tail[0].hash = word_hash(word);
    tail[0].starts = first_words.get(&tail[0].hash).copied().unwrap_or(0) | open;
    tail
}

/// The FNV-1a hash of a word, as stored in [`Token::hash`] and phrase indexes.
pub fn word_hash(word: &str) -> u64 {
    let mut h = Fnv::default();
    h.write(word.as_bytes());
    h.finish()
}

/// Passes a precomputed hash through.
#[derive(Default)]
pub struct Prehashed(u64);

impl Hasher for Prehashed {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, _: &[u8]) {
        unreachable!("only u64 keys")
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// The value of digits as written in any of the languages: `1 000`, `1.000`, `10,000`, `1,5`,
/// `2.5`. A single separator before exactly three digits groups thousands.
pub fn number_value(digits: &str) -> f64 {
    let body: String = digits.chars().filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}')).collect();
    let commas = body.matches(',').count();
    let dots = body.matches('.').count();
    let normalised = if commas > 0 && dots > 0 {
        let (group, decimal) = if body.rfind(',') > body.rfind('.') { ('.', ',') } else { (',', '.') };
        body.replace(group, "").replace(decimal, ".")
    } else if commas + dots == 0 {
        body
    } else {
        let mark = if commas > 0 { ',' } else { '.' };
        let parts: Vec<&str> = body.split(mark).collect();
        if parts.len() > 2 || parts[1].len() == 3 && parts[0] != "0" {
            body.replace(mark, "")
        } else {
            body.replace(mark, ".")
        }
    };
    normalised.parse().unwrap_or(0.0)
}

/// One pattern word: exact, or a prefix (`jobb*`).
#[derive(Debug, Clone)]
enum Pat {
    Exact(String),
    Prefix(String),
    /// `~`: up to three words in between (`utvikle ~ videre` matches "utvikle produktet videre").
    Gap,
}

impl Pat {
    fn matches(&self, word: &str) -> bool {
        match self {
            Pat::Exact(w) => w == word,
            Pat::Prefix(p) => word.starts_with(p.as_str()),
            Pat::Gap => true,
        }
    }
}

/// The end of `pats` matched from token `i`, if they match.
fn match_from(pats: &[Pat], tokens: &[Token], i: usize) -> Option<usize> {
    let Some((first, rest)) = pats.split_first() else { return Some(i) };
    match first {
        // Up to three words; a hyphenated compound (`Part-145`, `go-live`) is one.
        Pat::Gap => {
            let mut words = 0;
            for k in i..=tokens.len() {
                if k > i && !(k - 1 > i && tokens[k - 1].hyphen_before) {
                    words += 1;
                }
                if words > 3 {
                    break;
                }
                if let Some(end) = match_from(rest, tokens, k) {
                    return Some(end);
                }
            }
            None
        }
        pat => tokens.get(i).filter(|t| pat.matches(&t.lower)).and_then(|_| match_from(rest, tokens, i + 1)),
    }
}

/// A list of phrases, matched on consecutive tokens.
#[derive(Debug, Default, Clone)]
pub struct PhraseSet {
    phrases: Vec<Vec<Pat>>,
    /// Phrase indexes by the hash of their first word (compared in full on a match).
    by_first: HashMap<u64, Vec<usize>, BuildHasherDefault<Prehashed>>,
    prefixed: Vec<usize>,
}

/// A phrase found in a token list: tokens `start..end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Match {
    pub start: usize,
    pub end: usize,
}

impl PhraseSet {
    pub fn from_lines<'a>(lines: impl IntoIterator<Item = &'a str>) -> PhraseSet {
        let mut set = PhraseSet::default();
        for line in lines {
            for phrase in expand(line) {
                set.add(&phrase);
            }
        }
        set
    }

    fn add(&mut self, phrase: &str) {
        // Tokenize the phrase like a title so `%`, `go-live` and `pr.` match as they would there.
        let pats: Vec<Pat> = tokenize(phrase)
            .into_iter()
            .map(|t| {
                let prefix = t.kind == Kind::Symbol && t.lower == "*";
                (t, prefix)
            })
            .fold(Vec::new(), |mut acc: Vec<Pat>, (t, star)| {
                if t.kind == Kind::Symbol && t.lower == "~" {
                    acc.push(Pat::Gap);
                } else if star {
                    if let Some(Pat::Exact(w)) = acc.pop() {
                        acc.push(Pat::Prefix(w));
                    }
                } else {
                    acc.push(Pat::Exact(t.lower));
                }
                acc
            });
        if pats.is_empty() {
            return;
        }
        let index = self.phrases.len();
        match &pats[0] {
            Pat::Exact(w) => self.by_first.entry(word_hash(w)).or_default().push(index),
            Pat::Prefix(_) | Pat::Gap => self.prefixed.push(index),
        }
        self.phrases.push(pats);
    }

    pub fn extend(&mut self, other: &PhraseSet) {
        for p in &other.phrases {
            let index = self.phrases.len();
            match &p[0] {
                Pat::Exact(w) => self.by_first.entry(word_hash(w)).or_default().push(index),
                Pat::Prefix(_) | Pat::Gap => self.prefixed.push(index),
            }
            self.phrases.push(p.clone());
        }
    }

    pub fn is_empty(&self) -> bool {
        self.phrases.is_empty()
    }

    /// The longest phrase starting at token `i`.
    pub fn at(&self, tokens: &[Token], i: usize) -> Option<Match> {
        let first = tokens.get(i)?;
        let candidates = self.by_first.get(&first.hash).into_iter().flatten().chain(&self.prefixed);
        let mut best: Option<Match> = None;
        for &p in candidates {
            if let Some(end) = match_from(&self.phrases[p], tokens, i)
                && best.is_none_or(|b| end > b.end)
            {
                best = Some(Match { start: i, end });
            }
        }
        best
    }

    /// Whether `word` is a Norwegian compound whose last part is a one-word phrase of at least
    /// four letters: `pakkelinje` ends in `linje`, `kontorbygg` in `bygg`.
    pub fn ends_compound(&self, word: &str) -> bool {
        word.char_indices().skip(3).any(|(k, _)| {
            let head = &word[k..];
            head.chars().count() >= 4 && self.is_word(head)
        })
    }

    /// Whether `word` (lower case) is a one-word phrase of the set.
    pub fn is_word(&self, word: &str) -> bool {
        self.by_first
            .get(&word_hash(word))
            .into_iter()
            .flatten()
            .any(|&p| matches!(self.phrases[p].as_slice(), [Pat::Exact(w)] if w == word))
    }

    /// Every non-overlapping match, left to right.
    pub fn find_all(&self, tokens: &[Token]) -> Vec<Match> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            match self.at(tokens, i) {
                Some(m) => {
                    out.push(m);
                    i = m.end;
                }
                None => i += 1,
            }
        }
        out
    }

    /// Whether any phrase occurs.
    pub fn any(&self, tokens: &[Token]) -> bool {
        (0..tokens.len()).any(|i| self.at(tokens, i).is_some())
    }

    /// Whether token `i` starts a phrase.
    pub fn starts(&self, tokens: &[Token], i: usize) -> bool {
        self.at(tokens, i).is_some()
    }
}

/// `jobb{e|er|et} med` → `jobbe med`, `jobber med`, `jobbet med`.
fn expand(line: &str) -> Vec<String> {
    let Some(open) = line.find('{') else { return vec![line.to_owned()] };
    let Some(close) = line[open..].find('}').map(|c| open + c) else { return vec![line.to_owned()] };
    let (head, tail) = (&line[..open], &line[close + 1..]);
    line[open + 1..close].split('|').flat_map(|alt| expand(&format!("{head}{alt}{tail}"))).collect()
}

/// The sections of a lexicon file (`[hard-vague]`, `[task]`, …).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    AdjectiveToo,
    AgeMarker,
    AgeUnit,
    /// `utslipp`, `avfall`, `emissions`: an amount of stuff, so a mass or volume after it is its level.
    AmountNoun,
    /// `approve`, `godkjenne`, `vedta`: what a body decides, so getting it to is one decision the
    /// team gets, done or not.
    Approve,
    Build,
    /// `Samle inn`, `collect`: gathering, the team's work, but money gathered is given by others.
    Collect,
    Commit,
    Comparative,
    CountHead,
    Currency,
    Deadline,
    Decrease,
    /// `stored at`, `priced under`, `lagret ved`, `som koster`: which things, by how they are kept
    /// or priced (a number after it says which ones, not a level to reach).
    Described,
    Destination,
    DirectionObjective,
    EndState,
    Fraction,
    FunctionWord,
    GenericMetric,
    GenericVerb,
    /// `Ideally`, `om mulig`, `helst`: a hedge in front of the verb the team commits to.
    Hedge,
    HardVague,
    IdentBefore,
    Increase,
    Keep,
    LocalNumber,
    MetricNoun,
    /// `gross`, `recurring`, `brutto`: a kind of a metric, not a part of the business.
    MetricKind,
    MilestoneAux,
    MilestoneGet,
    MilestoneLead,
    MilestoneNoun,
    /// `pass the audit`, `bestå revisjonen`: a test passed once.
    MilestonePass,
    MilestoneState,
    Modal,
    /// `kostnader`, `nedskrivninger`, `spend`: what is measured in money, so an amount is its level.
    MoneyNoun,
    Month,
    Multiplier,
    NounAfter,
    NounToo,
    Number,
    Output,
    OutcomeLink,
    /// `g`, `ml`, `l`: what a pack's size is given in (`brunost 500 g` names the product).
    PackUnit,
    People,
    Per,
    QualityNoun,
    Percent,
    /// `milk`, `lettmelk`, `øl`: products named by a percentage (`1 % milk`, `lettmelk 1 %`).
    PercentProduct,
    Rank,
    /// `har fått`, `have received`: what others were given (the team's output when everyone got it).
    Received,
    /// `annual`, `månedlig`, `vekentleg`: how often a thing comes round, so passing it is a
    /// recurring level, not a milestone.
    Recurring,
    Relative,
    Scope,
    Service,
    /// `Andel`, `Delen av`, `Share of`: opening a title, a rate of things counted, whatever state
    /// it counts them in.
    Share,
    Sign,
    SizeNoun,
    Standard,
    /// `Street`, `Road`: after a name and a number, an address (`221 Baker Street`).
    Street,
    SoftVague,
    StateVerb,
    Task,
    TaskParticiple,
    TaskWithCount,
    Threshold,
    TimeUnit,
    /// `teamet`, `avdelingen`, `legevakta`, `support`: a team or unit of the organisation, as
    /// the subject of what it commits to or as the one helped.
    Unit,
    /// `kV`, `GB`, `kWh`: a unit symbol that names which thing (`132 kV-ledning`, `the new 420 kV
    /// substation`), not how many.
    UnitSymbol,
    /// `Arbeid med`, `Fokus på`, `Sikring av`: a hard-vague phrase as a noun, vague where it opens
    /// the title.
    VagueLead,
    VerbIfDefinite,
    Window,
    Zero,
}

impl Section {
    pub const ALL: [(&'static str, Section); 74] = [
        ("adjective-too", Section::AdjectiveToo),
        ("age-marker", Section::AgeMarker),
        ("amount-noun", Section::AmountNoun),
        ("age-unit", Section::AgeUnit),
        ("approve", Section::Approve),
        ("build", Section::Build),
        ("collect", Section::Collect),
        ("commit", Section::Commit),
        ("comparative", Section::Comparative),
        ("count-head", Section::CountHead),
        ("currency", Section::Currency),
        ("deadline", Section::Deadline),
        ("decrease", Section::Decrease),
        ("described", Section::Described),
        ("destination", Section::Destination),
        ("direction-objective", Section::DirectionObjective),
        ("end-state", Section::EndState),
        ("generic-metric", Section::GenericMetric),
        ("generic-verb", Section::GenericVerb),
        ("hedge", Section::Hedge),
        ("fraction", Section::Fraction),
        ("function-word", Section::FunctionWord),
        ("hard-vague", Section::HardVague),
        ("ident-before", Section::IdentBefore),
        ("increase", Section::Increase),
        ("keep", Section::Keep),
        ("local-number", Section::LocalNumber),
        ("metric-noun", Section::MetricNoun),
        ("metric-kind", Section::MetricKind),
        ("milestone-aux", Section::MilestoneAux),
        ("milestone-get", Section::MilestoneGet),
        ("milestone-lead", Section::MilestoneLead),
        ("milestone-noun", Section::MilestoneNoun),
        ("milestone-pass", Section::MilestonePass),
        ("milestone-state", Section::MilestoneState),
        ("modal", Section::Modal),
        ("money-noun", Section::MoneyNoun),
        ("month", Section::Month),
        ("multiplier", Section::Multiplier),
        ("noun-after", Section::NounAfter),
        ("noun-too", Section::NounToo),
        ("quality-noun", Section::QualityNoun),
        ("output", Section::Output),
        ("number", Section::Number),
        ("outcome-link", Section::OutcomeLink),
        ("pack-unit", Section::PackUnit),
        ("people", Section::People),
        ("per", Section::Per),
        ("percent", Section::Percent),
        ("percent-product", Section::PercentProduct),
        ("rank", Section::Rank),
        ("received", Section::Received),
        ("recurring", Section::Recurring),
        ("relative", Section::Relative),
        ("scope", Section::Scope),
        ("service", Section::Service),
        ("share", Section::Share),
        ("sign", Section::Sign),
        ("size-noun", Section::SizeNoun),
        ("standard", Section::Standard),
        ("street", Section::Street),
        ("soft-vague", Section::SoftVague),
        ("state-verb", Section::StateVerb),
        ("task", Section::Task),
        ("task-participle", Section::TaskParticiple),
        ("task-with-count", Section::TaskWithCount),
        ("threshold", Section::Threshold),
        ("time-unit", Section::TimeUnit),
        ("unit", Section::Unit),
        ("unit-symbol", Section::UnitSymbol),
        ("vague-lead", Section::VagueLead),
        ("verb-if-definite", Section::VerbIfDefinite),
        ("window", Section::Window),
        ("zero", Section::Zero),
    ];

    fn parse(name: &str) -> Option<Section> {
        Section::ALL.iter().find(|(n, _)| *n == name).map(|(_, s)| *s)
    }
}

/// The word lists of one language.
#[derive(Debug, Default)]
pub struct Lexicon {
    sections: Vec<PhraseSet>,
    /// Number words and their values.
    pub numbers: Map<String, f64>,
}

impl Lexicon {
    fn parse(text: &str) -> Lexicon {
        let mut lines: HashMap<String, Vec<String>> = HashMap::new();
        let mut section = String::new();
        let mut numbers = Map::default();
        for line in text.lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                section = name.to_owned();
                lines.entry(section.clone()).or_default();
                continue;
            }
            if section == "number" {
                if let Some((word, value)) = line.split_once('=') {
                    let value: f64 = value.trim().parse().unwrap_or_else(|_| panic!("lexicon number `{line}`"));
                    numbers.insert(word.trim().to_lowercase(), value);
                    lines.entry(section.clone()).or_default().push(word.trim().to_lowercase());
                }
                continue;
            }
            lines.entry(section.clone()).or_default().push(line.to_lowercase());
        }
        let mut sections = vec![PhraseSet::default(); Section::ALL.len()];
        for (name, l) in lines {
            let section =
                Section::parse(&name).unwrap_or_else(|| panic!("lexicon section [{name}] is not one okrs reads"));
            sections[section as usize] = PhraseSet::from_lines(l.iter().map(String::as_str));
        }
        Lexicon { sections, numbers }
    }

    /// A section's phrases; an empty set when the language has none.
    pub fn get(&self, section: Section) -> &PhraseSet {
        &self.sections[section as usize]
    }
}

static LEXICONS: LazyLock<[Lexicon; 3]> = LazyLock::new(|| {
    [
        Lexicon::parse(include_str!("lexicon/nb.txt")),
        Lexicon::parse(include_str!("lexicon/nn.txt")),
        Lexicon::parse(include_str!("lexicon/en.txt")),
    ]
});

/// Sections merged over all languages, built once: most checks ask "in any language".
static MERGED: LazyLock<Lexicon> = LazyLock::new(|| {
    let mut merged = Lexicon { sections: vec![PhraseSet::default(); Section::ALL.len()], numbers: Map::default() };
    for lex in LEXICONS.iter() {
        for (i, set) in lex.sections.iter().enumerate() {
            merged.sections[i].extend(set);
        }
    }
    merged
});

/// For [`Token::starts`]: the sections each first word begins a phrase in (any language), and
/// the sections with phrases that start with a prefix or gap, which may start anywhere.
static STARTS: LazyLock<(Map<u64, u128>, u128)> = LazyLock::new(|| {
    const { assert!(Section::ALL.len() <= 128, "Token::starts has a bit per section") };
    let mut first_words: Map<u64, u128> = Map::default();
    let mut open = 0;
    for (i, set) in MERGED.sections.iter().enumerate() {
        for hash in set.by_first.keys() {
            *first_words.entry(*hash).or_default() |= 1 << i;
        }
        if !set.prefixed.is_empty() {
            open |= 1 << i;
        }
    }
    (first_words, open)
});

/// Build the word lists now (a few milliseconds), e.g. on another thread while the files are
/// found, instead of on the first title a rule reads.
pub fn prepare() {
    LazyLock::force(&STARTS);
    LazyLock::force(&NUMBER_WORDS);
}

pub fn lexicon(lang: Lang) -> &'static Lexicon {
    &LEXICONS[match lang {
        Lang::Nb => 0,
        Lang::Nn => 1,
        Lang::En => 2,
    }]
}

/// A section in every language at once.
pub fn all(section: Section) -> Phrases {
    Phrases { set: MERGED.get(section), bit: 1 << section as u8 }
}

/// A lexicon section's phrases, looked up only where [`Token::starts`] says one may begin.
#[derive(Clone, Copy)]
pub struct Phrases {
    set: &'static PhraseSet,
    bit: u128,
}

impl Phrases {
    fn may_start(&self, tokens: &[Token], i: usize) -> bool {
        tokens.get(i).is_some_and(|t| t.starts & self.bit != 0)
    }

    /// The longest phrase starting at token `i`.
    pub fn at(&self, tokens: &[Token], i: usize) -> Option<Match> {
        if !self.may_start(tokens, i) {
            return None;
        }
        self.set.at(tokens, i)
    }

    /// Whether any phrase occurs.
    pub fn any(&self, tokens: &[Token]) -> bool {
        (0..tokens.len()).any(|i| self.at(tokens, i).is_some())
    }

    /// Whether token `i` starts a phrase.
    pub fn starts(&self, tokens: &[Token], i: usize) -> bool {
        self.at(tokens, i).is_some()
    }

    /// See [`PhraseSet::ends_compound`].
    pub fn ends_compound(&self, word: &str) -> bool {
        self.set.ends_compound(word)
    }

    /// See [`PhraseSet::is_word`].
    pub fn is_word(&self, word: &str) -> bool {
        self.set.is_word(word)
    }

    /// Whether token `i` starts a phrase or is a compound ending in one (`kunder`, `bedriftskunder`).
    pub fn starts_or_ends_compound(&self, tokens: &[Token], i: usize) -> bool {
        self.starts(tokens, i) || tokens.get(i).is_some_and(|t| self.ends_compound(&t.lower))
    }
}

/// A section in the given languages (one set per language; no merging work per call).
pub fn any_of(section: Section, langs: &[Lang], tokens: &[Token], i: usize) -> Option<Match> {
    let every = all(section);
    if langs.len() == Lang::ALL.len() {
        return every.at(tokens, i);
    }
    if !every.may_start(tokens, i) {
        return None;
    }
    langs.iter().filter_map(|&l| lexicon(l).get(section).at(tokens, i)).max_by_key(|m| m.end)
}

/// English function words in `tokens` minus Norwegian ones (`the`, `and` against `og`, `på`): which
/// language a title leans to, whatever its file says.
pub fn english_lean(tokens: &[Token]) -> i32 {
    type Hashes = std::collections::HashSet<u64, BuildHasherDefault<Prehashed>>;
    static WORDS: LazyLock<[Hashes; 3]> =
        LazyLock::new(|| Lang::ALL.map(|l| lexicon(l).get(Section::FunctionWord).by_first.keys().copied().collect()));
    let bit = 1u128 << Section::FunctionWord as u8;
    let [nb, nn, en] = &*WORDS;
    tokens
        .iter()
        .filter(|t| t.starts & bit != 0)
        .map(|t| i32::from(en.contains(&t.hash)) - i32::from(nb.contains(&t.hash) || nn.contains(&t.hash)))
        .sum()
}

/// The value of a number word in any language (`tolv`, `twelve`); ambiguous words (`to`,
/// `fire`) only count in the file's own language.
pub fn number_word(word: &str, lang: Lang) -> Option<f64> {
    NUMBER_WORDS[lang_index(lang)].get(word).copied()
}

/// Per language: its own number words, and the others' except their ambiguous ones.
static NUMBER_WORDS: LazyLock<[Map<String, f64>; 3]> = LazyLock::new(|| {
    Lang::ALL.map(|lang| {
        let mut map = Map::default();
        for other in Lang::ALL {
            let lex = lexicon(other);
            for (word, value) in &lex.numbers {
                if other == lang || !lex.get(Section::LocalNumber).by_first.contains_key(&word_hash(word)) {
                    map.entry(word.clone()).or_insert(*value);
                }
            }
        }
        for (word, value) in &lexicon(lang).numbers {
            map.insert(word.clone(), *value);
        }
        map
    })
});

fn lang_index(lang: Lang) -> usize {
    match lang {
        Lang::Nb => 0,
        Lang::Nn => 1,
        Lang::En => 2,
    }
}

/// The span in the file of bytes `range` of a title's value. Titles may be quoted in YAML; when
/// the source text is not the value itself (escapes, folding) the whole title is the span.
pub fn span_in(file: &OkrFile, title: &Spanned<String>, start: usize, end: usize) -> Span {
    let source = file.source.text.get(title.span.start..title.span.end).unwrap_or("");
    let value = title.value.as_str();
    let offset = if source == value {
        Some(0)
    } else if source.len() >= 2
        && (source.starts_with('"') && source.ends_with('"') || source.starts_with('\'') && source.ends_with('\''))
        && &source[1..source.len() - 1] == value
    {
        Some(1)
    } else {
        None
    };
    match offset {
        Some(o) if end <= value.len() => Span::new(title.span.start + o + start, title.span.start + o + end),
        _ => title.span,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(Kind, String)> {
        tokenize(text).into_iter().map(|t| (t.kind, t.lower)).collect()
    }

    #[test]
    fn numbers_in_norwegian_and_english_forms() {
        for (text, value) in [
            ("1 000", 1000.0),
            ("1\u{a0}000", 1000.0),
            ("1.000", 1000.0),
            ("15.000", 15000.0),
            ("10,000", 10000.0),
            ("1,5", 1.5),
            ("2.5", 2.5),
            ("12 400", 12400.0),
            ("42k", 42000.0),
        ] {
            let t = tokenize(text);
            assert_eq!(t.len(), 1, "{text}: {t:?}");
            assert_eq!(t[0].value, value, "{text}");
        }
        // Two numbers stay apart.
        assert_eq!(tokenize("mellom 85 og 90").iter().filter(|t| t.kind == Kind::Number).count(), 2);
        assert_eq!(tokenize("fra 2 000 til 5 000").iter().filter(|t| t.kind == Kind::Number).count(), 2);
    }

    #[test]
    fn identifiers_and_hyphens() {
        assert_eq!(kinds("P1-hendelser")[0], (Kind::Ident, "p1".into()));
        assert!(tokenize("P1-hendelser")[1].hyphen_before);
        // A Norwegian ending on an abbreviation stays with it.
        let slo = tokenize("Innføre SLO-er for");
        assert_eq!(slo.iter().map(|t| t.lower.as_str()).collect::<Vec<_>>(), ["innføre", "slo", "for"]);
        assert_eq!(&"Innføre SLO-er for"[slo[1].start..slo[1].end], "SLO-er");
        assert_eq!(kinds("4G")[0].0, Kind::Ident);
        assert_eq!(kinds("CO2")[0].0, Kind::Ident);
        assert_eq!(kinds("3x")[0].0, Kind::Number);
        assert_eq!(kinds("kundestøtte"), vec![(Kind::Word, "kundestøtte".into())]);
    }

    #[test]
    fn phrases_expand_inflections_and_match_on_word_boundaries() {
        let set = PhraseSet::from_lines(["jobb{e|er|et} med", "styrk*"]);
        let t = tokenize("Teamet JOBBER med saken");
        assert_eq!(set.at(&t, 1), Some(Match { start: 1, end: 3 }));
        assert!(set.any(&tokenize("styrket")));
        assert!(!set.any(&tokenize("jobbemed")));
    }

    #[test]
    fn lexicons_parse() {
        for lang in Lang::ALL {
            for section in [
                Section::HardVague,
                Section::SoftVague,
                Section::Task,
                Section::Increase,
                Section::Decrease,
                Section::TimeUnit,
            ] {
                assert!(!lexicon(lang).get(section).is_empty(), "{lang} {section:?}");
            }
        }
        assert_eq!(number_word("tolv", Lang::En), Some(12.0));
        assert_eq!(number_word("to", Lang::En), None);
        assert_eq!(number_word("to", Lang::Nb), Some(2.0));
    }

    /// A phrase listed twice in a section is a sign two people added it for different reasons.
    #[test]
    fn each_phrase_once_per_section() {
        for (name, text) in [
            ("nb", include_str!("lexicon/nb.txt")),
            ("nn", include_str!("lexicon/nn.txt")),
            ("en", include_str!("lexicon/en.txt")),
        ] {
            let mut seen = std::collections::HashSet::new();
            let mut section = "";
            for line in text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
                if line.starts_with('[') {
                    section = line;
                } else {
                    assert!(seen.insert((section, line)), "{name}.txt lists `{line}` twice in {section}");
                }
            }
        }
    }
}
