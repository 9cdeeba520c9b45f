//! Lint: loaded files → findings. Each rule lives in its own file under `rules/` with the metadata
//! (`RuleMeta`) that `okrs explain`, `okrs rules` and `docs/rules.md` are generated from.

pub mod accuracy;
pub mod docs;
mod finding;
pub mod judge;
pub mod rules;
pub mod text;

use rayon::prelude::*;

pub use finding::{Finding, Fix, Level, Reported, Sink};
pub use rules::registry;

use jiff::civil::Date;

use crate::config::{Config, RuleOptions};
use crate::history::Timeline;
use crate::load::OkrFile;
use crate::model::Lang;

/// What a rule is, for people: the single source of its documentation.
#[derive(Debug)]
pub struct RuleMeta {
    /// Stable kebab-case id, used in config, suppressions and output.
    pub id: &'static str,
    pub default_level: Level,
    /// One line: what the rule checks.
    pub summary: &'static str,
    /// Why it matters, in a few sentences (Markdown).
    pub rationale: &'static str,
    /// Bad and good examples, in Norwegian and English.
    pub examples: &'static [Example],
    /// Settings in `.okrs.yml` under `rules.<id>` besides `level`.
    pub options: &'static [RuleOption],
}

#[derive(Debug)]
pub struct Example {
    pub lang: Lang,
    /// YAML (a front matter fragment) that the rule reports.
    pub bad: &'static str,
    /// The same intent written so the rule is satisfied.
    pub good: &'static str,
}

#[derive(Debug)]
pub struct RuleOption {
    pub name: &'static str,
    pub kind: OptionKind,
    pub default: &'static str,
    pub doc: &'static str,
}

/// The `languages` option of every rule that reads the word lists.
pub const LANGUAGES_OPTION: RuleOption = RuleOption {
    name: "languages",
    kind: OptionKind::Languages,
    default: "[nb, nn, en]",
    doc: "the languages whose word lists apply (teams mix them, so all by default)",
};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OptionKind {
    Integer,
    Number,
    Phrases,
    Languages,
}

/// What a rule may look at besides the file in front of it.
pub struct RuleContext<'a> {
    pub config: &'a Config,
    pub options: &'a RuleOptions,
    /// The check-in history, when okrs runs in a git repository.
    pub history: Option<&'a HistoryContext<'a>>,
}

/// The git history of the OKR root, for rules that judge how recent a key result's numbers are.
pub struct HistoryContext<'a> {
    pub timeline: &'a Timeline,
    /// The date the history is judged at (today for `okrs lint`).
    pub today: Date,
}

pub trait Rule: Sync + Send {
    fn meta(&self) -> &'static RuleMeta;
    /// Checks one file; runs in parallel over files.
    fn check_file(&self, _file: &OkrFile, _ctx: &RuleContext, _sink: &mut Sink) {}
    /// Checks what only the whole repository shows (counts across files, references). Runs after
    /// every `check_file`, and may see each set in outline only: objectives without their key
    /// results and initiatives (see [`OkrFile::outline`]).
    fn check_repository(&self, _files: &[OkrFile], _ctx: &RuleContext, _sink: &mut Sink) {}
}

/// Run every enabled rule over `files`; findings come back sorted by path, line and column.
pub fn lint(files: &[OkrFile], config: &Config) -> Vec<Finding> {
    lint_with_history(files, config, None)
}

/// [`lint`], with the git history for the rules that need it (stale-key-result).
pub fn lint_with_history(files: &[OkrFile], config: &Config, history: Option<&HistoryContext>) -> Vec<Finding> {
    let linter = Linter::new(config, history);
    let mut findings: Vec<Finding> = files.par_iter().flat_map_iter(|file| linter.check_file(file)).collect();
    findings.extend(linter.check_repository(files));
    sort(&mut findings);
    findings
}

/// Load and lint `inputs` in one parallel pass, keeping only each set's outline (objectives
/// without key results) for the repository-wide rules, so memory stays flat on big repositories.
/// Returns the outlined files (with their sources, for reports) and the sorted findings.
pub fn lint_streaming<T: Sync>(
    inputs: &[T],
    load: impl Fn(&T) -> OkrFile + Sync,
    config: &Config,
) -> (Vec<OkrFile>, Vec<Finding>) {
    lint_streaming_with_history(inputs, &[], load, config, None, false)
}

/// [`lint_streaming`], with the git history for the rules that need it (stale-key-result), and
/// with `whole` the files returned whole instead of outlined (for a caller that compares them
/// with another revision). `context` is the rest of the OKR root when `inputs` is a part of it:
/// loaded only for the rules that look across files (a `parent:` in another file, a team's
/// objectives split over files), never reported on.
pub fn lint_streaming_with_history<T: Sync>(
    inputs: &[T],
    context: &[T],
    load: impl Fn(&T) -> OkrFile + Sync,
    config: &Config,
    history: Option<&HistoryContext>,
    whole: bool,
) -> (Vec<OkrFile>, Vec<Finding>) {
    let linter = Linter::new(config, history);
    let (mut files, per_file): (Vec<OkrFile>, Vec<Vec<Finding>>) = inputs
        .par_iter()
        .map(|input| {
            let mut file = load(input);
            let findings = linter.check_file(&file);
            if !whole {
                file.outline();
            }
            (file, findings)
        })
        .unzip();
    crate::timings::lap("loaded and checked every file");
    let mut across = if context.is_empty() {
        linter.check_repository(&files)
    } else {
        let mut all = files;
        all.par_extend(context.par_iter().map(|input| {
            let mut file = load(input);
            file.outline();
            file
        }));
        let mut across = linter.check_repository(&all);
        let others: std::collections::HashSet<&str> =
            all[inputs.len()..].iter().map(|f| f.source.path.as_str()).collect();
        across.retain(|f| !others.contains(&*f.path));
        all.truncate(inputs.len());
        files = all;
        across
    };
    crate::timings::lap("checked across files");
    // Sized once: growing a vector of 50,000 findings would hold it twice over.
    let mut findings = Vec::with_capacity(per_file.iter().map(Vec::len).sum::<usize>() + across.len());
    per_file.into_iter().for_each(|mut found| findings.append(&mut found));
    findings.append(&mut across);
    sort(&mut findings);
    (files, findings)
}

/// The enabled rules with their levels and options.
struct Linter<'a> {
    config: &'a Config,
    enabled: Vec<(&'static dyn Rule, Level, &'a RuleOptions)>,
    history: Option<&'a HistoryContext<'a>>,
}

impl<'a> Linter<'a> {
    fn new(config: &'a Config, history: Option<&'a HistoryContext<'a>>) -> Self {
        let enabled = registry()
            .iter()
            .filter_map(|rule| {
                let (level, options) = config.rule_setting(rule.meta());
                (level != Level::Off).then_some((*rule, level, options))
            })
            .collect();
        Linter { config, enabled, history }
    }

    fn check_file(&self, file: &OkrFile) -> Vec<Finding> {
        self.run(|rule, ctx, sink| rule.check_file(file, ctx, sink))
    }

    fn check_repository(&self, files: &[OkrFile]) -> Vec<Finding> {
        self.run(|rule, ctx, sink| rule.check_repository(files, ctx, sink))
    }

    /// Every enabled rule into one sink, so the findings of a file share its names.
    fn run(&self, check: impl Fn(&dyn Rule, &RuleContext, &mut Sink)) -> Vec<Finding> {
        let mut out = Vec::new();
        let Some(&(first, level, _)) = self.enabled.first() else { return out };
        let mut sink = Sink::new(first.meta(), level, &mut out);
        for &(rule, level, options) in &self.enabled {
            let ctx = RuleContext { config: self.config, options, history: self.history };
            sink.set_rule(rule.meta(), level);
            check(rule, &ctx, &mut sink);
        }
        out
    }
}

/// Findings by path, line and column. In place and on every core; the key is total up to findings
/// that print the same, so the order never depends on the sort being stable.
pub fn sort(findings: &mut [Finding]) {
    fn key(f: &Finding) -> impl Ord + '_ {
        (&f.path, f.line, f.column, f.rule, &f.message, f.end_line, f.end_column, &f.help)
    }
    findings.par_sort_unstable_by(|a, b| key(a).cmp(&key(b)));
}

/// The rule with this id.
pub fn find_rule(id: &str) -> Option<&'static dyn Rule> {
    registry().iter().copied().find(|r| r.meta().id == id)
}

/// The candidate closest to a misspelt word (a rule id, a field, a team), for did-you-mean hints.
pub fn suggest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|c| (strsim::damerau_levenshtein(&word.to_lowercase(), c), c))
        .filter(|&(d, c)| d <= (c.chars().count() / 3).max(1))
        .min_by_key(|&(d, _)| d)
        .map(|(_, c)| c)
}
