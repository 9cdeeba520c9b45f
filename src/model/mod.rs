//! The OKR domain: a set of objectives for one team and period, with key results and initiatives.
//! Every value a rule can judge keeps the [`Span`] of its source text.

pub mod display;
mod lang;
mod period;
mod quantity;

pub use lang::Lang;
pub use period::{PERIOD_FORMS, Period, PeriodError, PeriodKind};
pub use quantity::{Comparison, Current, Quantity, QuantityError, Target};

/// A byte range in a source file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, PartialOrd, Ord)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }
}

/// A value with the span of the text it came from.
#[derive(Debug, Clone, PartialEq)]
pub struct Spanned<T> {
    pub value: T,
    pub span: Span,
}

impl<T> Spanned<T> {
    pub fn new(value: T, span: Span) -> Self {
        Spanned { value, span }
    }
}

impl<T> std::ops::Deref for Spanned<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.value
    }
}

/// One OKR file: one team (or person, or company) for one period.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OkrSet {
    pub team: Option<Spanned<String>>,
    pub period: Option<Spanned<Result<Period, PeriodError>>>,
    pub owner: Option<Spanned<String>>,
    /// The language of the file's text: its `lang:`, else the configured default.
    pub lang: Lang,
    pub objectives: Vec<Objective>,
    /// Rule ids suppressed for the whole set (`lint: { allow: [...] }`).
    pub allow: Vec<Spanned<String>>,
    /// The span of the whole front matter YAML (for findings about the set as a whole).
    pub front_matter: Span,
    /// Where the Markdown body starts and ends.
    pub body: Span,
}

impl OkrSet {
    pub fn team_slug(&self) -> Option<String> {
        self.team.as_ref().map(|t| slugify(&t.value))
    }

    pub fn valid_period(&self) -> Option<&Period> {
        self.period.as_ref().and_then(|p| p.value.as_ref().ok())
    }

    /// Every key result with the index of its objective and its own index, in file order.
    pub fn key_results(&self) -> impl Iterator<Item = (usize, usize, &KeyResult)> {
        self.objectives
            .iter()
            .enumerate()
            .flat_map(|(o, objective)| objective.key_results.iter().enumerate().map(move |(k, kr)| (o, k, kr)))
    }

    /// The period as written in the file.
    pub fn period_text(&self) -> Option<String> {
        self.period.as_ref().map(|p| match &p.value {
            Ok(period) => period.to_string(),
            Err(e) => e.text.clone(),
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ObjectiveType {
    /// A stretch goal: 0.7 is a good final score.
    #[default]
    Aspirational,
    /// A promise: anything below 1.0 is a miss.
    Committed,
}

impl ObjectiveType {
    pub fn expected_score(self) -> f64 {
        match self {
            ObjectiveType::Aspirational => 0.7,
            ObjectiveType::Committed => 1.0,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            ObjectiveType::Aspirational => "aspirational",
            ObjectiveType::Committed => "committed",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Objective {
    /// The explicit `id`, else the slug of the title.
    pub id: Spanned<String>,
    pub id_is_explicit: bool,
    pub title: Option<Spanned<String>>,
    pub kind: ObjectiveType,
    pub parent: Option<Spanned<String>>,
    pub owner: Option<Spanned<String>>,
    pub key_results: Vec<KeyResult>,
    /// The span of the `key_results` key, or of the objective when it has none.
    pub key_results_span: Span,
    pub initiatives: Vec<Initiative>,
    pub score: Option<Spanned<f64>>,
    pub allow: Vec<Spanned<String>>,
    /// The span of the objective's mapping.
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub struct KeyResult {
    pub id: Spanned<String>,
    pub id_is_explicit: bool,
    pub title: Option<Spanned<String>>,
    pub baseline: Option<Spanned<Quantity>>,
    pub target: Option<Spanned<Target>>,
    pub current: Option<Spanned<Current>>,
    pub unit: Option<Spanned<String>>,
    pub confidence: Option<Spanned<f64>>,
    pub weight: Option<Spanned<f64>>,
    pub owner: Option<Spanned<String>>,
    pub allow: Vec<Spanned<String>>,
    pub span: Span,
}

impl KeyResult {
    /// `current` as the number a check-in records (see [`Current::number`]).
    pub fn current_number(&self) -> Option<f64> {
        self.current.as_ref().map(|c| c.value.number())
    }

    pub fn title_text(&self) -> &str {
        self.title.as_ref().map_or("", |t| t.value.as_str())
    }

    /// The weight in roll-ups (default 1).
    pub fn weight(&self) -> f64 {
        self.weight.as_ref().map_or(1.0, |w| w.value)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InitiativeStatus {
    Planned,
    Active,
    Done,
    Dropped,
}

impl InitiativeStatus {
    pub const ALL: [&'static str; 4] = ["planned", "active", "done", "dropped"];

    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "planned" => Some(InitiativeStatus::Planned),
            "active" => Some(InitiativeStatus::Active),
            "done" => Some(InitiativeStatus::Done),
            "dropped" => Some(InitiativeStatus::Dropped),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        Self::ALL[self as usize]
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Initiative {
    pub title: Spanned<String>,
    pub status: Option<InitiativeStatus>,
    pub owner: Option<Spanned<String>>,
}

/// The URL- and id-safe form of a title: `Øke organisk trafikk` → `oke-organisk-trafikk`.
pub fn slugify(text: &str) -> String {
    let s = slug::slugify(text);
    if s.is_empty() { "untitled".to_owned() } else { s }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_fold_norwegian_letters() {
        assert_eq!(slugify("Øke organisk trafikk på Blåbær-sidene"), "oke-organisk-trafikk-pa-blabaer-sidene");
        assert_eq!(slugify("Marketing"), "marketing");
        assert_eq!(slugify("!!!"), "untitled");
    }
}
