//! Accuracy of the quality rules on labeled sets of titles (`fixtures/devset`): each row becomes an
//! OKR file in memory and goes through the real loader and the real lint pipeline; the findings
//! are compared with the row's labels, per rule and per language.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

use super::Finding;
use crate::config::Config;
use crate::load::{SourceFile, load_text};
use crate::model::Lang;

/// One labeled row: `id  lang  domain  labels  title  [target]`.
#[derive(Debug, Clone)]
pub struct Row {
    pub id: String,
    pub lang: Lang,
    pub labels: Vec<String>,
    pub title: String,
    pub target: Option<String>,
}

/// Read a TSV set with a header line. Rows that do not parse are an error naming the line.
pub fn read_rows(text: &str) -> Result<Vec<Row>, String> {
    let mut rows = Vec::new();
    for (n, line) in text.lines().enumerate().skip(1) {
        if line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < 5 {
            return Err(format!("line {}: expected id, lang, domain, labels, title[, target]", n + 1));
        }
        let lang = Lang::parse(cols[1]).ok_or_else(|| format!("line {}: unknown language `{}`", n + 1, cols[1]))?;
        rows.push(Row {
            id: cols[0].to_owned(),
            lang,
            labels: cols[3].split('+').map(|l| l.trim().to_owned()).filter(|l| l != "ok").collect(),
            title: cols[4].to_owned(),
            // The field as written in YAML: `"12 000"` is the string 12 000.
            target: cols
                .get(5)
                .map(|t| t.trim())
                .map(|t| t.strip_prefix('"').and_then(|t| t.strip_suffix('"')).unwrap_or(t))
                .filter(|t| !t.is_empty())
                .map(str::to_owned),
        });
    }
    Ok(rows)
}

fn quote(text: &str) -> String {
    format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
}

/// An OKR file with one objective holding the key result; a baseline only with a numeric target.
pub fn key_result_source(lang: Lang, title: &str, target: Option<&str>) -> String {
    let mut kr = format!("      - title: {}\n", quote(title));
    if let Some(target) = target {
        let done = matches!(crate::model::Target::parse(target, lang), Ok(crate::model::Target::Milestone));
        if !done {
            kr.push_str("        baseline: 0\n");
        }
        let _ = writeln!(kr, "        target: {}", quote(target));
    }
    format!(
        "---\nteam: Devset\nperiod: 2026-Q1\nowner: devset\nlang: {lang}\nobjectives:\n  - title: Devset\n    key_results:\n{kr}---\n"
    )
}

/// An OKR file with one objective.
pub fn objective_source(lang: Lang, title: &str) -> String {
    format!(
        "---\nteam: Devset\nperiod: 2026-Q1\nowner: devset\nlang: {lang}\nobjectives:\n  - title: {}\n    key_results:\n      - title: Devset one\n      - title: Devset two\n---\n",
        quote(title)
    )
}

/// Load and lint one in-memory file with the default configuration.
pub fn lint_source(text: &str) -> Vec<Finding> {
    let file = load_text(SourceFile::new("devset.md", text), Lang::En);
    super::lint(std::slice::from_ref(&file), &Config::defaults())
}

/// A label and the rules that report it.
pub struct Category {
    pub label: &'static str,
    pub rules: &'static [&'static str],
    /// Only findings on the key result (not the objective) count, or the reverse.
    pub on_key_result: bool,
}

pub const KEY_RESULT_CATEGORIES: &[Category] = &[
    Category { label: "vague", rules: &["vague-key-result"], on_key_result: true },
    Category { label: "unmeasurable", rules: &["unmeasurable-key-result"], on_key_result: true },
    Category { label: "task", rules: &["key-result-is-task", "binary-key-result"], on_key_result: true },
];

pub const OBJECTIVE_CATEGORIES: &[Category] = &[
    Category { label: "vague", rules: &["vague-objective"], on_key_result: false },
    Category { label: "has-metric", rules: &["objective-has-metric"], on_key_result: false },
];

#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Score {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl Score {
    pub fn precision(&self) -> f64 {
        if self.tp + self.fp == 0 { 1.0 } else { self.tp as f64 / (self.tp + self.fp) as f64 }
    }
    pub fn recall(&self) -> f64 {
        if self.tp + self.fn_ == 0 { 1.0 } else { self.tp as f64 / (self.tp + self.fn_) as f64 }
    }
}

/// Scores of one labeled set: per category, per language (`None` = all languages).
#[derive(Debug, Default)]
pub struct Evaluation {
    pub name: String,
    pub rows: usize,
    pub scores: BTreeMap<(&'static str, Option<Lang>), Score>,
    /// Rows where the rules and the labels disagree: (id, category, expected, title).
    pub misses: Vec<(String, &'static str, bool, String)>,
}

impl Evaluation {
    pub fn score(&self, label: &str) -> Score {
        self.scores.iter().find(|((l, lang), _)| *l == label && lang.is_none()).map(|(_, s)| *s).unwrap_or_default()
    }
}

/// Run the rules over every row of a key result or objective set.
pub fn evaluate(name: &str, text: &str, objectives: bool) -> Result<Evaluation, String> {
    let rows = read_rows(text)?;
    let categories = if objectives { OBJECTIVE_CATEGORIES } else { KEY_RESULT_CATEGORIES };
    let mut eval = Evaluation { name: name.to_owned(), rows: rows.len(), ..Evaluation::default() };
    for row in &rows {
        let source = if objectives {
            objective_source(row.lang, &row.title)
        } else {
            key_result_source(row.lang, &row.title, row.target.as_deref())
        };
        let findings = lint_source(&source);
        for category in categories {
            let predicted = findings
                .iter()
                .any(|f| category.rules.contains(&f.rule) && f.key_result.is_some() == category.on_key_result);
            let expected = row.labels.iter().any(|l| l == category.label);
            for lang in [None, Some(row.lang)] {
                let score = eval.scores.entry((category.label, lang)).or_default();
                match (expected, predicted) {
                    (true, true) => score.tp += 1,
                    (false, true) => score.fp += 1,
                    (true, false) => score.fn_ += 1,
                    (false, false) => {}
                }
            }
            if expected != predicted {
                eval.misses.push((row.id.clone(), category.label, expected, row.title.clone()));
            }
        }
    }
    Ok(eval)
}

/// Evaluate the sets found in `dir`: `key_results.tsv`, `objectives.tsv` and any
/// `holdout_*.tsv`.
pub fn evaluate_dir(dir: &Path) -> Result<Vec<Evaluation>, String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tsv"))
        .collect();
    names.sort();
    names
        .iter()
        .map(|name| {
            let text = std::fs::read_to_string(dir.join(name)).map_err(|e| format!("{name}: {e}"))?;
            evaluate(name, &text, name.contains("objective")).map_err(|e| format!("{name}: {e}"))
        })
        .collect()
}

/// The table `okrs accuracy` prints: precision and recall per category and language, then the
/// rows where rules and labels disagree.
pub fn render(evaluations: &[Evaluation]) -> String {
    let mut out = String::new();
    for eval in evaluations {
        let _ = writeln!(out, "{} ({} rows)\n", eval.name, eval.rows);
        let _ = writeln!(out, "| label | lang | precision | recall | tp | fp | fn |\n|---|---|---|---|---|---|---|");
        for ((label, lang), s) in &eval.scores {
            let lang = lang.map_or("all".to_owned(), |l| l.code().to_owned());
            let _ = writeln!(
                out,
                "| {label} | {lang} | {:.3} | {:.3} | {} | {} | {} |",
                s.precision(),
                s.recall(),
                s.tp,
                s.fp,
                s.fn_
            );
        }
        if !eval.misses.is_empty() {
            let _ = writeln!(out, "\nDisagreements:");
            for (id, label, expected, title) in &eval.misses {
                let what = if *expected { "missed" } else { "extra" };
                let _ = writeln!(out, "  {id} {what} {label}: {title}");
            }
        }
        out.push('\n');
    }
    out
}

/// `okrs accuracy DIR`: evaluate every set in `dir` and render the tables.
pub fn report(dir: &Path) -> Result<String, String> {
    evaluate_dir(dir).map(|e| render(&e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_target_is_read_as_yaml_writes_it() {
        let rows = read_rows("id\tlang\tdomain\tlabels\ttitle\ttarget\nr1\ten\tsales\tok\tImprove conversion\t\"3,2\"\nr2\tnb\tsales\tok\tNPS\t45\n")
            .unwrap();
        assert_eq!(rows[0].target.as_deref(), Some("3,2"));
        assert_eq!(rows[1].target.as_deref(), Some("45"));
        let findings = lint_source(&key_result_source(Lang::En, &rows[0].title, rows[0].target.as_deref()));
        assert!(!findings.iter().any(|f| f.rule == "vague-key-result"), "{findings:?}");
    }
}
