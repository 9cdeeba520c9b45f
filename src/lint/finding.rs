use std::fmt;

use serde::Serialize;

use super::RuleMeta;
use crate::load::{OkrFile, Scope};
use crate::model::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Off,
    Info,
    Warning,
    Error,
}

impl Level {
    pub const NAMES: [&'static str; 4] = ["error", "warning", "info", "off"];

    pub fn parse(text: &str) -> Option<Level> {
        match text {
            "error" => Some(Level::Error),
            "warning" | "warn" => Some(Level::Warning),
            "info" => Some(Level::Info),
            "off" => Some(Level::Off),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Level::Off => "off",
            Level::Info => "info",
            Level::Warning => "warning",
            Level::Error => "error",
        }
    }
}

impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One thing a rule found, located in a file. The serialised form is the JSON contract.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    pub rule: &'static str,
    pub level: Level,
    pub path: String,
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
    pub message: String,
    pub help: Option<String>,
    pub team: Option<String>,
    pub period: Option<String>,
    pub objective: Option<String>,
    pub key_result: Option<String>,
    /// The byte range in the file, for reporters that show the source.
    #[serde(skip)]
    pub span: Span,
    /// Further context (other files involved, …).
    #[serde(skip)]
    pub notes: Vec<String>,
}

/// Where a rule reports. It fills in location and OKR identity and drops what the file suppresses
/// with `lint: { allow: [...] }`.
pub struct Sink<'a> {
    rule: &'static RuleMeta,
    level: Level,
    out: &'a mut Vec<Finding>,
}

/// A finding just reported (or suppressed), to add help and notes to.
pub struct Reported<'a>(Option<&'a mut Finding>);

impl Reported<'_> {
    pub fn help(self, help: impl Into<String>) -> Self {
        match self.0 {
            Some(f) => {
                f.help = Some(help.into());
                Reported(Some(f))
            }
            None => self,
        }
    }

    /// Report at this level whatever the rule's configured level (an objective without key
    /// results is an error even where too few key results is a warning).
    pub fn level(self, level: Level) -> Self {
        match self.0 {
            Some(f) => {
                f.level = level;
                Reported(Some(f))
            }
            None => self,
        }
    }

    pub fn note(self, note: impl Into<String>) -> Self {
        match self.0 {
            Some(f) => {
                f.notes.push(note.into());
                Reported(Some(f))
            }
            None => self,
        }
    }
}

impl<'a> Sink<'a> {
    pub fn new(rule: &'static RuleMeta, level: Level, out: &'a mut Vec<Finding>) -> Self {
        Sink { rule, level, out }
    }

    pub fn report(&mut self, file: &OkrFile, scope: Scope, span: Span, message: impl Into<String>) -> Reported<'_> {
        if is_allowed(file, scope, self.rule.id) {
            return Reported(None);
        }
        let source = &file.source;
        let (line, column) = source.line_col(span.start);
        let (end_line, end_column) = source.line_col(span.end.max(span.start));
        let set = file.set.as_ref();
        let objective = set.zip(scope.objective).and_then(|(s, o)| s.objectives.get(o));
        let key_result = objective.zip(scope.key_result).and_then(|(o, k)| o.key_results.get(k));
        self.out.push(Finding {
            rule: self.rule.id,
            level: self.level,
            path: source.path.clone(),
            line,
            column,
            end_line,
            end_column,
            message: message.into(),
            help: None,
            team: set.and_then(|s| s.team.as_ref()).map(|t| t.value.clone()),
            period: set.and_then(|s| s.period_text()),
            objective: objective.map(|o| o.id.value.clone()),
            key_result: key_result.map(|k| k.id.value.clone()),
            span,
            notes: Vec::new(),
        });
        Reported(self.out.last_mut())
    }
}

fn is_allowed(file: &OkrFile, scope: Scope, rule: &str) -> bool {
    let Some(set) = &file.set else { return false };
    let listed = |allow: &[crate::model::Spanned<String>]| allow.iter().any(|a| a.value == rule);
    if listed(&set.allow) {
        return true;
    }
    let Some(objective) = scope.objective.and_then(|o| set.objectives.get(o)) else { return false };
    if listed(&objective.allow) {
        return true;
    }
    scope.key_result.and_then(|k| objective.key_results.get(k)).is_some_and(|kr| listed(&kr.allow))
}
