use std::fmt;
use std::sync::Arc;

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
    /// Shared by the findings of one file (as are the identity fields below): a big report
    /// holds each name once.
    pub path: Arc<str>,
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
    /// Shared, as the help is: many findings read the same (see [`intern`]).
    pub message: Arc<str>,
    /// Shared: a rule's help reads the same for many findings (see [`intern`]).
    pub help: Option<Arc<str>>,
    pub team: Option<Arc<str>>,
    pub period: Option<Arc<str>>,
    pub objective: Option<Arc<str>>,
    pub key_result: Option<Arc<str>>,
    /// The byte range in the file, for reporters that show the source.
    #[serde(skip)]
    pub span: Span,
    /// Further context (other files involved, …).
    #[serde(skip)]
    pub notes: Vec<String>,
    /// An edit that fixes it for certain, for `okrs lint --fix`.
    #[serde(skip)]
    pub fix: Option<Box<Fix>>,
}

/// Replace the bytes at `span` of the file with `replacement`.
#[derive(Debug, Clone, PartialEq)]
pub struct Fix {
    pub span: Span,
    pub replacement: String,
}

/// One allocation per distinct text per thread: 46,000 findings on 10,000 files carry 38
/// distinct help texts, 7 MB if each were its own string.
fn intern(text: String) -> Arc<str> {
    thread_local! {
        static TEXTS: std::cell::RefCell<std::collections::HashSet<Arc<str>>> = Default::default();
    }
    TEXTS.with(|texts| {
        let mut texts = texts.borrow_mut();
        if let Some(shared) = texts.get(text.as_str()) {
            return shared.clone();
        }
        // A text made of the finding itself (a title, a number) is rarely seen twice.
        if texts.len() >= 4096 {
            texts.clear();
        }
        let shared: Arc<str> = Arc::from(text);
        texts.insert(shared.clone());
        shared
    })
}

/// Where a rule reports. It fills in location and OKR identity and drops what the file suppresses
/// with `lint: { allow: [...] }`.
pub struct Sink<'a> {
    rule: &'static RuleMeta,
    level: Level,
    out: &'a mut Vec<Finding>,
    names: Names,
}

/// An objective index with, for a key result, its index.
type ScopeKey = (usize, Option<usize>);

/// The names of the file last reported on, shared between its findings.
#[derive(Default)]
struct Names {
    /// Which file (by address) the names belong to.
    file: usize,
    path: Option<Arc<str>>,
    team: Option<Arc<str>>,
    period: Option<Arc<str>>,
    /// Objective and key result ids by (objective, key result) index.
    ids: Vec<(ScopeKey, Arc<str>)>,
}

impl Names {
    fn for_file(&mut self, file: &OkrFile) {
        let address = file as *const OkrFile as usize;
        if self.file != address || self.path.is_none() {
            let set = file.set.as_ref();
            *self = Names {
                file: address,
                path: Some(Arc::from(file.source.path.as_str())),
                team: set.and_then(|s| s.team.as_ref()).map(|t| Arc::from(t.value.as_str())),
                period: set.and_then(|s| s.period_text()).map(Arc::from),
                ids: Vec::new(),
            };
        }
    }

    fn id(&mut self, key: ScopeKey, id: &str) -> Arc<str> {
        if let Some((_, name)) = self.ids.iter().find(|(k, _)| *k == key) {
            return name.clone();
        }
        let name: Arc<str> = Arc::from(id);
        self.ids.push((key, name.clone()));
        name
    }
}

/// A finding just reported (or suppressed), to add help and notes to.
pub struct Reported<'a>(Option<&'a mut Finding>);

impl Reported<'_> {
    pub fn help(self, help: impl Into<String>) -> Self {
        match self.0 {
            Some(f) => {
                f.help = Some(intern(help.into()));
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

    /// The edit that fixes it: `replacement` in place of the bytes at `span`.
    pub fn fix(self, span: Span, replacement: impl Into<String>) -> Self {
        match self.0 {
            Some(f) => {
                f.fix = Some(Box::new(Fix { span, replacement: replacement.into() }));
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
        Sink { rule, level, out, names: Names::default() }
    }

    /// Report for another rule from here on (one sink serves every rule of a file).
    pub fn set_rule(&mut self, rule: &'static RuleMeta, level: Level) {
        self.rule = rule;
        self.level = level;
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
        self.names.for_file(file);
        let objective = objective.zip(scope.objective).map(|(o, i)| self.names.id((i, None), &o.id.value));
        let key_result = key_result
            .zip(scope.objective.zip(scope.key_result))
            .map(|(k, (o, i))| self.names.id((o, Some(i)), &k.id.value));
        let names = &self.names;
        self.out.push(Finding {
            rule: self.rule.id,
            level: self.level,
            path: names.path.clone().unwrap_or_else(|| Arc::from(source.path.as_str())),
            line,
            column,
            end_line,
            end_column,
            message: intern(message.into()),
            help: None,
            team: names.team.clone(),
            period: names.period.clone(),
            objective,
            key_result,
            span,
            notes: Vec::new(),
            fix: None,
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
