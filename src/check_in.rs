//! `okrs check-in`: the weekly follow-up. Finds one key result, writes its new `current:` (and
//! `confidence:`) into the file in place, and optionally commits just that change.
//!
//! The edit touches only the bytes of the value it changes (or inserts one line when the field is
//! absent): comments, key order, quoting, line endings and a BOM stay exactly as they were, because
//! the file is the team's and git is the history. Every edit is checked by loading the result again
//! before anything is written.

use std::path::{Path, PathBuf};

use jiff::civil::Date;
use miette::Diagnostic;
use thiserror::Error;

use crate::load::yaml::{self, Node, Scalar, Style, Value};
use crate::load::{self, OkrFile, front_matter};
use crate::model::{Current, KeyResult, Lang, OkrSet, Period, Quantity, Span, Target, display, slugify};
use crate::source::Project;

/// What the user asked for.
#[derive(Debug, Clone)]
pub struct Request {
    /// `team/objective/key-result`, `objective/key-result` or `key-result`.
    pub key: String,
    /// The new `current` value, in the file's language (`11 800`, `1,9 %`, `done`).
    pub value: String,
    /// The new `confidence`, 0–1 (`0.7`, `0,7`, `70 %`).
    pub confidence: Option<String>,
    /// Extra text for the commit message.
    pub message: Option<String>,
    /// Commit the change with git.
    pub commit: bool,
    /// Which period counts as current when a key result exists in several.
    pub today: Date,
    /// Only key results of this period (`2026-Q1`), when the same one exists in several.
    pub period: Option<String>,
}

/// What a check-in did.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    /// The file, relative to the project root.
    pub path: String,
    /// `team/objective/key-result` with slugs.
    pub key: String,
    /// The first line of the commit message: `Marketing/organisk-trafikk: 11 200 → 11 800`.
    pub summary: String,
    /// The short id of the commit, with `--commit`.
    pub commit: Option<String>,
    /// False when the file already held these values: nothing was written or committed.
    pub changed: bool,
}

#[derive(Debug, Error, Diagnostic)]
pub enum CheckInError {
    #[error("no key result matches `{key}`")]
    #[diagnostic(code(okrs::check_in::not_found))]
    NotFound {
        key: String,
        #[help]
        help: String,
    },
    #[error("`{key}` matches {} key results", candidates.len())]
    #[diagnostic(
        code(okrs::check_in::ambiguous),
        help(
            "name one of them in full, with --period when they are in different periods:\n{}",
            candidates.iter().map(|c| format!("  {c}")).collect::<Vec<_>>().join("\n")
        )
    )]
    Ambiguous { key: String, candidates: Vec<String> },
    #[error("`{0}` is not a period")]
    #[diagnostic(code(okrs::check_in::period), help("write the period as {}", crate::model::PERIOD_FORMS))]
    BadPeriod(String),
    #[error("`{value}` is not a value okrs can read for {field}: {reason}")]
    #[diagnostic(code(okrs::check_in::invalid_value))]
    InvalidValue {
        field: &'static str,
        value: String,
        reason: String,
        #[help]
        help: String,
    },
    #[error("{message}")]
    #[diagnostic(code(okrs::check_in::cannot_edit))]
    CannotEdit {
        message: String,
        #[help]
        help: String,
    },
    #[error("{path} has changes that are not committed")]
    #[diagnostic(
        code(okrs::check_in::dirty),
        help(
            "a check-in commit holds the check-in and nothing else: commit or stash the other changes first (`git diff {path}`), or run without --commit and -m to edit the file only"
        )
    )]
    Dirty { path: String },
    #[error("cannot commit: {message}")]
    #[diagnostic(code(okrs::check_in::git))]
    Git {
        message: String,
        #[help]
        help: String,
    },
    #[error("cannot {action} {path}: {error}")]
    #[diagnostic(code(okrs::check_in::io))]
    Io { action: &'static str, path: String, error: std::io::Error },
}

/// Run a check-in in `project`.
pub fn check_in(project: &Project, request: &Request) -> Result<Outcome, CheckInError> {
    let paths = project.okr_files(&[]).map_err(|e| CheckInError::CannotEdit {
        message: e.to_string(),
        help: "run okrs in the repository that holds the OKRs, or set `root:` in .okrs.yml".to_owned(),
    })?;
    let files = project.load(&paths);
    let period = request
        .period
        .as_deref()
        .map(|p| Period::parse(p).map_err(|_| CheckInError::BadPeriod(p.to_owned())))
        .transpose()?;
    let found = resolve(&files, &request.key, request.today, period.as_ref())?;
    let file = &files[found.file];
    let set = file.set.as_ref().expect("resolved files have a set");
    let kr = &set.objectives[found.objective].key_results[found.key_result];
    let abs = paths
        .iter()
        .find(|p| project.display_path(p) == file.source.path)
        .cloned()
        .unwrap_or_else(|| project.root.join(&file.source.path));
    let original = std::fs::read(&abs).map_err(|error| CheckInError::Io {
        action: "read",
        path: file.source.path.clone(),
        error,
    })?;
    if original != file.source.text.as_bytes() {
        return Err(CheckInError::CannotEdit {
            message: format!("{} changed while okrs read it", file.source.path),
            help: "run the check-in again".to_owned(),
        });
    }
    let edit =
        plan(&file.source.text, set, found.objective, found.key_result, &request.value, request.confidence.as_deref())?;

    let team = set.team.as_ref().map_or("", |t| t.value.as_str());
    // What changed, and only that: `11 200 → 11 800 (confidence 0,7 → 0,6)`, `11 200 → 11 800`
    // or `confidence 0,7 → 0,6`.
    let value = (edit.old_display != edit.new_display).then(|| format!("{} → {}", edit.old_display, edit.new_display));
    let confidence = edit
        .confidence_display
        .as_ref()
        .filter(|(old, new)| old != new)
        .map(|(old, new)| format!("confidence {old} → {new}"));
    let change = match (value, confidence) {
        (Some(value), Some(confidence)) => format!("{value} ({confidence})"),
        (value, confidence) => value.or(confidence).unwrap_or_default(),
    };
    let summary = format!("{team}/{}: {change}", kr.id.value);
    let key = found.key.clone();
    if edit.unchanged {
        // The same values: no check-in to record (the site counts changes of `current`), and
        // rewriting `"11 200"` as `11200` is not the check-in's business.
        let summary = format!("{team}/{} is already {}: nothing changed", kr.id.value, edit.new_display);
        return Ok(Outcome { path: file.source.path.clone(), key, summary, commit: None, changed: false });
    }
    if !request.commit {
        write(&abs, &file.source.path, edit.text.as_bytes())?;
        return Ok(Outcome { path: file.source.path.clone(), key, summary, commit: None, changed: true });
    }
    let mut message = summary.clone();
    if let Some(extra) = request.message.as_deref().map(str::trim).filter(|m| !m.is_empty()) {
        message.push_str("\n\n");
        message.push_str(extra);
    }
    message.push('\n');
    let commit = commit_one_file(&abs, &file.source.path, &original, edit.text.as_bytes(), &message)?;
    Ok(Outcome { path: file.source.path.clone(), key, summary, commit: Some(commit), changed: true })
}

fn write(abs: &Path, display: &str, bytes: &[u8]) -> Result<(), CheckInError> {
    std::fs::write(abs, bytes).map_err(|error| CheckInError::Io { action: "write", path: display.to_owned(), error })
}

/// Where a key result lives among the loaded files.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub file: usize,
    pub objective: usize,
    pub key_result: usize,
    /// `team/objective/key-result`.
    pub key: String,
}

/// Find the key result that `key` names: `team/objective/kr`, `objective/kr`, `team/kr` or `kr`. Parts match
/// ids and slugs (`Marketing` = `marketing`). When the same key result exists in several periods,
/// `period` picks one, else the one whose period contains `today` wins.
pub fn resolve(files: &[OkrFile], key: &str, today: Date, period: Option<&Period>) -> Result<Found, CheckInError> {
    let parts: Vec<String> = key.trim().trim_matches('/').split('/').map(|p| slugify(p.trim())).collect();
    if parts.len() > 3 || key.trim().trim_matches('/').is_empty() {
        return Err(CheckInError::NotFound {
            key: key.to_owned(),
            help: "name a key result as team/objective/key-result, objective/key-result or key-result".to_owned(),
        });
    }
    let mut all = Vec::new();
    for (f, file) in files.iter().enumerate() {
        let Some(set) = &file.set else { continue };
        if period.is_some() && set.valid_period() != period {
            continue;
        }
        let team = set.team_slug().unwrap_or_default();
        for (o, objective) in set.objectives.iter().enumerate() {
            for (k, kr) in objective.key_results.iter().enumerate() {
                let ids = [team.clone(), slugify(&objective.id.value), slugify(&kr.id.value)];
                all.push((f, o, k, ids));
            }
        }
    }
    let matches = |ids: &[String; 3]| {
        ids[3 - parts.len()..] == parts[..] || parts.len() == 2 && ids[0] == parts[0] && ids[2] == parts[1]
    };
    let matching: Vec<_> = all.iter().filter(|(_, _, _, ids)| matches(ids)).collect();
    let describe = |(f, _, _, ids): &&(usize, usize, usize, [String; 3])| {
        let set = files[*f].set.as_ref();
        let period = set.and_then(OkrSet::period_text).unwrap_or_default();
        format!("{}  ({period}, {})", ids.join("/"), files[*f].source.path)
    };
    let chosen = match matching.as_slice() {
        [] => {
            let wanted = parts.join("/");
            let short: Vec<String> = all.iter().map(|(_, _, _, ids)| ids[3 - parts.len()..].join("/")).collect();
            let close = |c: &String| strsim::levenshtein(c, &wanted) <= (wanted.chars().count() / 3).max(2);
            // A near miss (`organisk-trafik`), else an id that contains the word (`trafikk`).
            let nearest = short
                .iter()
                .filter(|c| close(c))
                .min_by_key(|c| strsim::levenshtein(c, &wanted))
                .or_else(|| short.iter().find(|c| c.contains(&wanted)));
            let help = match nearest {
                Some(n) => format!("did you mean `{n}`? `okrs status` lists the key results"),
                None if all.is_empty() => "there are no key results in the OKR root yet".to_owned(),
                None => "`okrs status` lists the key results of the current period".to_owned(),
            };
            return Err(CheckInError::NotFound { key: key.to_owned(), help });
        }
        [one] => *one,
        many => {
            let current: Vec<_> = many
                .iter()
                .filter(|(f, ..)| {
                    files[*f].set.as_ref().and_then(OkrSet::valid_period).is_some_and(|p| p.contains(today))
                })
                .collect();
            match current.as_slice() {
                [one] => **one,
                _ => {
                    return Err(CheckInError::Ambiguous {
                        key: key.to_owned(),
                        candidates: many.iter().map(describe).collect(),
                    });
                }
            }
        }
    };
    let (f, o, k, ids) = chosen;
    Ok(Found { file: *f, objective: *o, key_result: *k, key: ids.join("/") })
}

/// A planned edit: the whole new text, and the values for the message.
#[derive(Debug, Clone, PartialEq)]
pub struct Edit {
    pub text: String,
    pub old_display: String,
    pub new_display: String,
    pub confidence_display: Option<(String, String)>,
    /// The key result already holds these values (perhaps written differently): nothing to do.
    pub unchanged: bool,
}

/// Plan the edit of one key result's `current` (and `confidence`) in `text`. Nothing is written;
/// the result has been loaded again and reads back as the requested values.
pub fn plan(
    text: &str,
    set: &OkrSet,
    objective: usize,
    key_result: usize,
    value: &str,
    confidence: Option<&str>,
) -> Result<Edit, CheckInError> {
    let lang = set.lang;
    let kr = &set.objectives[objective].key_results[key_result];
    let new_current = match parse_current(value, lang, kr)? {
        // A value written as a plain number stays one when the unit typed (`1.8 %`) is the key
        // result's own `unit:`.
        Current::Value(q)
            if written_as_number(text, kr)
                && q.unit
                    .as_deref()
                    .zip(kr.unit.as_ref())
                    .is_some_and(|(typed, own)| typed.trim().to_lowercase() == own.value.trim().to_lowercase()) =>
        {
            Current::Value(Quantity::number(q.value))
        }
        other => other,
    };
    let new_confidence = confidence.map(|c| parse_confidence(c, lang)).transpose()?;
    let mut updates = vec![("current", current_yaml(value, &new_current, text, kr))];
    if let Some((yaml, _)) = &new_confidence {
        updates.push(("confidence", yaml.clone()));
    }
    let new_text = set_fields(text, kr.span, &updates)?;
    // Read the result back: the key result must now hold exactly the requested values.
    let reloaded = load::load_text(load::SourceFile::new("check-in", new_text.clone()), lang);
    let back =
        reloaded.set.as_ref().and_then(|s| s.objectives.get(objective)).and_then(|o| o.key_results.get(key_result));
    let current_ok = back.and_then(|k| k.current.as_ref()).is_some_and(|c| c.value == new_current);
    let confidence_ok = match &new_confidence {
        Some((_, c)) => back.and_then(|k| k.confidence.as_ref()).is_some_and(|b| (b.value - c).abs() < 1e-9),
        None => true,
    };
    if !current_ok || !confidence_ok || reloaded.problems.len() > problems_before(text, lang) {
        return Err(CheckInError::CannotEdit {
            message: "okrs could not write the value without changing how the file reads; nothing was written"
                .to_owned(),
            help: "edit the value by hand, and please report this with the file".to_owned(),
        });
    }
    let old_display = kr.current.as_ref().map_or_else(|| "–".to_owned(), |c| c.value.display(lang));
    let confidence_display = new_confidence.as_ref().map(|(_, c)| {
        (
            kr.confidence.as_ref().map_or_else(|| "–".to_owned(), |o| display::number(o.value, lang)),
            display::number(*c, lang),
        )
    });
    let same_current = kr.current.as_ref().is_some_and(|c| c.value == new_current);
    let same_confidence = match (&new_confidence, &kr.confidence) {
        (None, _) => true,
        (Some((_, new)), Some(old)) => (new - old.value).abs() < 1e-9,
        (Some(_), None) => false,
    };
    Ok(Edit {
        text: new_text,
        old_display,
        new_display: new_current.display(lang),
        confidence_display,
        unchanged: same_current && same_confidence,
    })
}

fn problems_before(text: &str, lang: Lang) -> usize {
    load::load_text(load::SourceFile::new("check-in", text.to_owned()), lang).problems.len()
}

fn parse_current(value: &str, lang: Lang, kr: &KeyResult) -> Result<Current, CheckInError> {
    let invalid = |reason: String, help: &str| CheckInError::InvalidValue {
        field: "current",
        value: value.to_owned(),
        reason,
        help: help.to_owned(),
    };
    let current = match plain_value(value) {
        Some(Value::Number(n)) => Current::Value(Quantity::number(n)),
        _ => Current::parse(value, lang).map_err(|e| invalid(e.reason, &e.help))?,
    };
    if let Current::Value(Quantity { unit: Some(unit), value: number }) = &current {
        let known: Vec<&str> = [
            kr.unit.as_ref().map(|u| u.value.as_str()),
            kr.target.as_ref().and_then(|t| t.value.quantity()).and_then(|q| q.unit.as_deref()),
            kr.baseline.as_ref().and_then(|b| b.value.unit.as_deref()),
        ]
        .into_iter()
        .flatten()
        .collect();
        if !known.iter().any(|k| k.eq_ignore_ascii_case(unit)) {
            let help = match known.first() {
                Some(k) => {
                    let n = display::number(*number, lang);
                    format!("this key result counts in {k}: give the number alone (`{n}`) or with its unit (`{n} {k}`)")
                }
                None => "this key result has no unit: give the number alone".to_owned(),
            };
            return Err(invalid(format!("`{unit}` is not this key result's unit"), &help));
        }
    }
    match (kr.target.as_ref().map(|t| &t.value), &current) {
        (Some(Target::Milestone), Current::Value(_)) => {
            Err(invalid("this key result is a milestone".to_owned(), "check it in as `done` or `not done`"))
        }
        (Some(Target::Level(_) | Target::Threshold(..)), Current::Done(_)) => Err(invalid(
            "this key result has a numeric target".to_owned(),
            "check in the number it stands at now, e.g. `11 800` or `1,9 %`",
        )),
        _ => Ok(current),
    }
}

/// The confidence as YAML text and as a fraction.
fn parse_confidence(text: &str, lang: Lang) -> Result<(String, f64), CheckInError> {
    let invalid = |reason: String| CheckInError::InvalidValue {
        field: "confidence",
        value: text.to_owned(),
        reason,
        help: "give a number from 0 to 1 (0.7), or a percentage (70 %)".to_owned(),
    };
    let q = match plain_value(text) {
        Some(Value::Number(n)) => Quantity::number(n),
        _ => Quantity::parse(text, lang).map_err(|e| invalid(e.reason))?,
    };
    let value = match q.unit.as_deref() {
        None => q.value,
        Some("%") => q.value / 100.0,
        Some(other) => return Err(invalid(format!("`{other}` is not a unit of confidence"))),
    };
    if !(0.0..=1.0).contains(&value) {
        return Err(invalid(format!("{value} is outside 0–1")));
    }
    let yaml = match plain_value(text) {
        Some(Value::Number(_)) => text.trim().to_owned(),
        _ => format_yaml_number(value),
    };
    Ok((yaml, value))
}

/// How `text` reads as a plain YAML scalar on its own, if it can be written plain at all.
fn plain_value(text: &str) -> Option<Value<'static>> {
    let t = text.trim();
    if t.is_empty() || t.contains(['\n', '\r']) {
        return None;
    }
    let doc = yaml::parse(&format!("k: {t}\n"), 0).ok()?;
    match doc.get("k") {
        Some(Node::Scalar(s)) if s.style == Style::Plain && s.text == t => Some(match s.value() {
            Value::Null => Value::Null,
            Value::Bool(b) => Value::Bool(b),
            Value::Number(n) => Value::Number(n),
            Value::String(_) => Value::String(""),
        }),
        _ => None,
    }
}

/// The YAML text for the new `current`, in the style of the old one: a YAML number stays a number,
/// a quoted value stays quoted with the same quote mark, text that reads fine plain stays plain.
fn current_yaml(value: &str, new: &Current, text: &str, kr: &KeyResult) -> String {
    let t = value.trim();
    let old = kr.current.as_ref().map(|c| &text[c.span.start..c.span.end]);
    let old_quote = old.and_then(|o| o.chars().next()).filter(|c| *c == '"' || *c == '\'');
    match (new, plain_value(t)) {
        (_, Some(Value::Number(_))) if old_quote.is_none() => t.to_owned(),
        (Current::Value(q), _) if q.unit.is_none() && written_as_number(text, kr) => format_yaml_number(q.value),
        (_, plain) => match old_quote {
            Some('\'') => format!("'{}'", t.replace('\'', "''")),
            Some(_) => double_quoted(t),
            None if matches!(plain, Some(Value::String(_))) => t.to_owned(),
            None => double_quoted(t),
        },
    }
}

/// Whether the key result's `current` is written as a YAML number (`11200`, `1.5`).
fn written_as_number(text: &str, kr: &KeyResult) -> bool {
    kr.current
        .as_ref()
        .and_then(|c| plain_value(&text[c.span.start..c.span.end]))
        .is_some_and(|v| matches!(v, Value::Number(_)))
}

fn double_quoted(t: &str) -> String {
    format!("\"{}\"", t.replace('\\', "\\\\").replace('"', "\\\""))
}

fn format_yaml_number(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 { format!("{}", v as i64) } else { format!("{v}") }
}

/// Set `fields` (key → YAML scalar text) in the mapping whose span is `mapping` in `text`. An
/// existing scalar has exactly its bytes replaced; a missing field becomes a new line after the
/// `target` line (or the last field), indented like its siblings and ending like the file's lines.
/// Every other byte stays as it was.
pub fn set_fields(text: &str, mapping: Span, fields: &[(&str, String)]) -> Result<String, CheckInError> {
    let cannot = |message: String, help: &str| CheckInError::CannotEdit { message, help: help.to_owned() };
    let split = front_matter::split(text)
        .map_err(|_| cannot("the file has no readable front matter".to_owned(), "run `okrs lint` on it"))?;
    let tree = yaml::parse(&text[split.yaml.start..split.yaml.end], split.yaml.start)
        .map_err(|e| cannot(format!("the front matter does not parse: {}", e.message), "run `okrs lint` on it"))?;
    let Some(Node::Map(entries, span)) = find_mapping(&tree, mapping) else {
        return Err(cannot("the key result was not found in the file".to_owned(), "run `okrs lint` on it"));
    };
    let flow = text[span.start..].starts_with('{');
    // (position, bytes to remove, replacement), applied from the end.
    let mut edits: Vec<(usize, usize, String)> = Vec::new();
    let mut missing: Vec<String> = Vec::new();
    for (name, new) in fields {
        // Inside `{ … }` a plain value ends at a comma or bracket: quote it.
        let quoted;
        let new = if flow && !new.starts_with(['"', '\'']) && new.contains([',', '[', ']', '{', '}']) {
            quoted = double_quoted(new);
            &quoted
        } else {
            new
        };
        match entries.iter().find(|(k, _)| k.text == *name) {
            Some((key, Node::Scalar(old))) => edits.push(replace_scalar(text, key, old, new)?),
            Some((_, other)) => {
                return Err(cannot(
                    format!("`{name}` of this key result is {}, not a single value", other.kind()),
                    &format!("write `{name}:` as one value on its line, then check in again"),
                ));
            }
            None => missing.push(format!("{name}: {new}")),
        }
    }
    if !missing.is_empty() {
        let after = entries
            .iter()
            .find(|(k, _)| k.text == "current")
            .or_else(|| entries.iter().find(|(k, _)| k.text == "target"))
            .or_else(|| entries.last())
            .map(|(_, v)| v.span().end)
            .unwrap_or(span.end);
        if flow {
            let inserted: String = missing.iter().map(|m| format!(", {m}")).collect();
            edits.push((after, 0, inserted));
        } else {
            let first_key = entries.first().map_or(span.start, |(k, _)| k.span.start);
            let line_start = text[..first_key].rfind('\n').map_or(0, |i| i + 1);
            let indent = " ".repeat(text[line_start..first_key].chars().count());
            let (at, newline) = match text[after..].find('\n') {
                Some(i) => (after + i + 1, if text[..after + i].ends_with('\r') { "\r\n" } else { "\n" }),
                None => (text.len(), "\n"),
            };
            let inserted: String = missing.iter().map(|m| format!("{indent}{m}{newline}")).collect();
            edits.push((at, 0, inserted));
        }
    }
    edits.sort_by_key(|(at, _, _)| std::cmp::Reverse(*at));
    let mut out = text.to_owned();
    for (at, len, new) in edits {
        out.replace_range(at..at + len, &new);
    }
    Ok(out)
}

/// Replace one scalar's bytes. An empty value (`current:`) gets a space after its colon.
fn replace_scalar(text: &str, key: &Scalar, old: &Scalar, new: &str) -> Result<(usize, usize, String), CheckInError> {
    if old.style == Style::Block {
        return Err(CheckInError::CannotEdit {
            message: format!("`{}` is written as a block scalar (`|` or `>`)", key.text),
            help: format!("write `{}:` as one value on its line, then check in again", key.text),
        });
    }
    if old.span.start < old.span.end {
        return Ok((old.span.start, old.span.end - old.span.start, new.to_owned()));
    }
    // An empty value: its span sits at the key's end; write after the colon.
    let colon = text[key.span.end..].find(':').map(|i| key.span.end + i + 1).unwrap_or(key.span.end);
    Ok((colon, 0, format!(" {new}")))
}

fn find_mapping(node: &Node, span: Span) -> Option<&Node> {
    match node {
        Node::Map(_, s) if *s == span => Some(node),
        Node::Map(entries, _) => entries.iter().find_map(|(_, v)| find_mapping(v, span)),
        Node::Seq(items, _) => items.iter().find_map(|i| find_mapping(i, span)),
        Node::Scalar(_) => None,
    }
}

/// Write `new` to the file and commit only that file, on top of HEAD. Refused before anything is
/// written when the file has other uncommitted changes, is not tracked, or git cannot sign.
fn commit_one_file(abs: &Path, display: &str, old: &[u8], new: &[u8], message: &str) -> Result<String, CheckInError> {
    use git2::{Repository, Status};
    let git = |message: String, help: &str| CheckInError::Git { message, help: help.to_owned() };
    let start = abs.parent().unwrap_or(Path::new("."));
    let repo = Repository::discover(start).map_err(|e| {
        git(
            format!("{display} is not in a git repository ({})", e.message()),
            "run `git init` first, or check in without --commit",
        )
    })?;
    let workdir = repo
        .workdir()
        .map(|w| std::fs::canonicalize(w).unwrap_or_else(|_| w.to_path_buf()))
        .ok_or_else(|| git("the repository has no work tree".to_owned(), "check in from a normal clone"))?;
    let abs = std::fs::canonicalize(abs).unwrap_or_else(|_| abs.to_path_buf());
    let rel: PathBuf = abs
        .strip_prefix(&workdir)
        .map_err(|_| git(format!("{display} is outside the repository"), "check in from inside the repository"))?
        .to_path_buf();
    let status = repo.status_file(&rel).map_err(|e| git(e.message().to_owned(), "check `git status`"))?;
    if status.contains(Status::WT_NEW) || status.contains(Status::IGNORED) {
        return Err(git(
            format!("{display} is not tracked by git"),
            "commit the file once (`git add` and `git commit`), then check in with --commit",
        ));
    }
    if !status.is_empty() {
        return Err(CheckInError::Dirty { path: display.to_owned() });
    }
    let head = repo
        .head()
        .and_then(|h| h.peel_to_commit())
        .map_err(|_| git("the repository has no commits yet".to_owned(), "make a first commit, then check in"))?;
    let signature = repo.signature().map_err(|_| {
        git(
            "git does not know who you are".to_owned(),
            "set it with `git config user.name \"Kari Nordmann\"` and `git config user.email kari@example.com`",
        )
    })?;
    let head_tree = head.tree().map_err(|e| git(e.message().to_owned(), "check the repository with `git fsck`"))?;
    let mode = head_tree
        .get_path(&rel)
        .map(|e| e.filemode())
        .map_err(|_| git(format!("{display} is not in the last commit"), "commit the file once, then check in"))?;

    write(&abs, display, new)?;
    if let Some(why) = needs_git(&repo, &workdir) {
        return commit_with_git(&workdir, &rel, &abs, old, message, why);
    }
    let committed = (|| -> Result<git2::Oid, git2::Error> {
        let mut index = repo.index()?;
        // Through the index so that the repository's filters (line endings) apply as `git add` would.
        index.add_path(&rel)?;
        let blob = index.get_path(&rel, 0).map(|e| e.id).ok_or_else(|| git2::Error::from_str("not in the index"))?;
        let mode = if mode == i32::from(git2::FileMode::BlobExecutable) {
            git2::FileMode::BlobExecutable
        } else {
            git2::FileMode::Blob
        };
        let tree_id =
            git2::build::TreeUpdateBuilder::new().upsert(&rel, blob, mode).create_updated(&repo, &head_tree)?;
        let tree = repo.find_tree(tree_id)?;
        let oid = repo.commit(Some("HEAD"), &signature, &signature, message, &tree, &[&head])?;
        index.write()?;
        Ok(oid)
    })();
    match committed {
        Ok(oid) => Ok(oid.to_string()[..7].to_owned()),
        Err(e) => {
            // Leave the file and the index as they were.
            let _ = std::fs::write(&abs, old);
            if let Ok(mut index) = repo.index() {
                let _ = index.read(true);
                let _ = index.add_path(&rel);
                let _ = index.write();
            }
            Err(git(format!("{} (nothing was changed)", e.message()), "check `git status` and try again"))
        }
    }
}

/// Why the commit must be made by git itself rather than libgit2, which neither signs commits
/// nor runs hooks: the repository signs its commits, or has commit hooks.
fn needs_git(repo: &git2::Repository, workdir: &Path) -> Option<&'static str> {
    let config = repo.config().ok();
    if config.as_ref().and_then(|c| c.get_bool("commit.gpgsign").ok()).unwrap_or(false) {
        return Some("signs its commits (commit.gpgsign)");
    }
    let hooks = match config.as_ref().and_then(|c| c.get_path("core.hooksPath").ok()) {
        Some(path) => workdir.join(path),
        // A linked worktree shares the main repository's hooks.
        None => repo.commondir().join("hooks"),
    };
    let runnable = |name: &str| {
        std::fs::metadata(hooks.join(name)).is_ok_and(|m| {
            #[cfg(unix)]
            {
                use std::os::unix::fs::PermissionsExt;
                m.is_file() && m.permissions().mode() & 0o111 != 0
            }
            #[cfg(not(unix))]
            {
                m.is_file()
            }
        })
    };
    ["pre-commit", "prepare-commit-msg", "commit-msg", "post-commit"]
        .iter()
        .any(|hook| runnable(hook))
        .then_some("has commit hooks")
}

/// Commit `rel` alone (`git commit -- PATH` leaves whatever else is staged), with the hooks and
/// signing the repository asks for. On failure the file gets its old content back.
fn commit_with_git(
    workdir: &Path,
    rel: &Path,
    abs: &Path,
    old: &[u8],
    message: &str,
    why: &str,
) -> Result<String, CheckInError> {
    use std::io::Write as _;
    use std::process::{Command, Stdio};
    let failed = |message: String, help: String| {
        let _ = std::fs::write(abs, old);
        CheckInError::Git { message, help }
    };
    let mut child = Command::new("git")
        .arg("-C")
        .arg(workdir)
        // `whitespace` whatever commit.cleanup says: a note may start with `#` (an issue number).
        .args(["commit", "--quiet", "--cleanup=whitespace", "--file=-", "--"])
        .arg(rel)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| {
            failed(
                format!(
                    "the repository {why}, which takes git to commit, and git cannot be run: {e} (nothing was changed)"
                ),
                "install git, or check in without --commit and -m and commit yourself".to_owned(),
            )
        })?;
    if let Some(mut stdin) = child.stdin.take() {
        let _ = stdin.write_all(message.as_bytes());
    }
    let out = child.wait_with_output().map_err(|e| failed(format!("git commit: {e}"), "try again".to_owned()))?;
    if !out.status.success() {
        let said = [&out.stderr, &out.stdout]
            .map(|bytes| String::from_utf8_lossy(bytes).trim().to_owned())
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join("\n");
        return Err(failed(
            format!("git commit failed (nothing was changed): {said}"),
            format!("the repository {why}: fix what git says above, then check in again"),
        ));
    }
    let head = Command::new("git").arg("-C").arg(workdir).args(["rev-parse", "--short=7", "HEAD"]).output();
    Ok(head.map(|h| String::from_utf8_lossy(&h.stdout).trim().to_owned()).unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::{SourceFile, load_text};
    use jiff::civil::date;

    const SET: &str = "---\nteam: Marketing # the team\nperiod: 2026-Q1\nlang: nb\nobjectives:\n  - id: synlighet\n    title: Bli synlig\n    key_results:\n      - id: organisk-trafikk\n        title: Øke trafikken fra 10 000 til 13 000\n        baseline: 10000\n        target: 13000   # per måned\n        current: 11200  # sist målt mandag\n        confidence: 0.7\n      - id: konvertering\n        title: Øke konverteringen fra 1,5 % til 2,5 %\n        baseline: '1,5 %'\n        target: \"2,5 %\"\n        current: '1,9 %'\n      - id: pris\n        title: Ny prisside\n        target: done\n---\nBody\n";

    fn edit(text: &str, o: usize, k: usize, value: &str, confidence: Option<&str>) -> Result<Edit, CheckInError> {
        let file = load_text(SourceFile::new("a.md", text), Lang::En);
        plan(text, file.set.as_ref().unwrap(), o, k, value, confidence)
    }

    #[test]
    fn replaces_only_the_value() {
        let e = edit(SET, 0, 0, "11800", None).unwrap();
        assert_eq!(e.text, SET.replace("current: 11200  #", "current: 11800  #"));
        assert_eq!((e.old_display.as_str(), e.new_display.as_str()), ("11 200", "11 800"));
        // A Norwegian number into a YAML number stays a YAML number.
        let e = edit(SET, 0, 0, "11 900", Some("0,6")).unwrap();
        assert_eq!(
            e.text,
            SET.replace("current: 11200", "current: 11900").replace("confidence: 0.7", "confidence: 0.6")
        );
        assert_eq!(e.confidence_display, Some(("0,7".to_owned(), "0,6".to_owned())));
    }

    #[test]
    fn keeps_the_quote_style() {
        let e = edit(SET, 0, 1, "2,1 %", None).unwrap();
        assert_eq!(e.text, SET.replace("current: '1,9 %'", "current: '2,1 %'"));
        assert_eq!(e.new_display, "2,1 %");
    }

    #[test]
    fn a_number_stays_a_number_when_the_unit_typed_is_the_key_results() {
        let set = SET.replace("target: 13000   # per måned\n", "target: 13000   # per måned\n        unit: økter\n");
        let e = edit(&set, 0, 0, "11 800 økter", None).unwrap();
        assert_eq!(e.text, set.replace("current: 11200  #", "current: 11800  #"));
        assert_eq!((e.old_display.as_str(), e.new_display.as_str()), ("11 200", "11 800"));
        // Another unit is refused.
        assert!(matches!(edit(&set, 0, 0, "11 800 kr", None), Err(CheckInError::InvalidValue { .. })));
    }

    #[test]
    fn inserts_missing_fields_after_the_target() {
        let e = edit(SET, 0, 2, "ferdig", Some("80 %")).unwrap();
        assert_eq!(
            e.text,
            SET.replace("target: done\n", "target: done\n        current: ferdig\n        confidence: 0.8\n")
        );
        let e = edit(SET, 0, 1, "2 %", Some("0.5")).unwrap();
        assert_eq!(e.text, SET.replace("current: '1,9 %'\n", "current: '2 %'\n        confidence: 0.5\n"));
    }

    #[test]
    fn crlf_bom_flow_and_empty_values() {
        let crlf = format!("\u{feff}{}", SET.replace('\n', "\r\n"));
        let e = edit(&crlf, 0, 2, "done", None).unwrap();
        assert_eq!(e.text, crlf.replace("target: done\r\n", "target: done\r\n        current: done\r\n"));
        let flow = "---\nteam: A\nperiod: 2026\nobjectives:\n  - title: O\n    key_results:\n      - { id: k, title: T, target: 5 }\n---\n";
        let e = edit(flow, 0, 0, "3", None).unwrap();
        assert_eq!(e.text, flow.replace("target: 5 }", "target: 5, current: 3 }"));
        let empty = "---\nteam: A\nperiod: 2026\nobjectives:\n  - title: O\n    key_results:\n      - id: k\n        target: 5\n        current:   # todo\n---\n";
        let e = edit(empty, 0, 0, "3", None).unwrap();
        assert_eq!(e.text, empty.replace("current:   #", "current: 3   #"));
    }

    #[test]
    fn refuses_what_does_not_parse_or_fit() {
        for (k, value) in [(0, "mye"), (0, "1,500"), (0, "done"), (2, "40"), (0, "3,5x"), (1, "2 NOK")] {
            let err = edit(SET, 0, k, value, None).unwrap_err();
            assert!(matches!(err, CheckInError::InvalidValue { .. }), "{value}: {err:?}");
        }
        assert!(matches!(edit(SET, 0, 0, "3", Some("1.5")), Err(CheckInError::InvalidValue { .. })));
    }

    #[test]
    fn resolves_full_and_short_keys() {
        let other = SET.replace("Marketing # the team", "Salg").replace("2026-Q1", "2026-Q2");
        let files = vec![
            load_text(SourceFile::new("okrs/m.md", SET), Lang::En),
            load_text(SourceFile::new("okrs/s.md", other.clone()), Lang::En),
        ];
        let found = resolve(&files, "Marketing/synlighet/organisk-trafikk", date(2026, 9, 1), None).unwrap();
        assert_eq!((found.file, found.key.as_str()), (0, "marketing/synlighet/organisk-trafikk"));
        assert_eq!(resolve(&files, "salg/pris", date(2026, 9, 1), None).unwrap().file, 1);
        // Two teams have `pris`: within Q2 the Q2 set wins, else it is ambiguous.
        assert_eq!(resolve(&files, "pris", date(2026, 5, 1), None).unwrap().file, 1);
        let q1 = Period::parse("2026-Q1").unwrap();
        assert_eq!(resolve(&files, "pris", date(2026, 9, 1), Some(&q1)).unwrap().file, 0);
        match resolve(&files, "pris", date(2026, 9, 1), None) {
            Err(CheckInError::Ambiguous { candidates, .. }) => {
                assert_eq!(candidates.len(), 2);
                assert!(candidates[0].starts_with("marketing/synlighet/pris  (2026-Q1, okrs/m.md)"), "{candidates:?}");
            }
            other => panic!("{other:?}"),
        }
        match resolve(&files, "organisk-trafik", date(2026, 9, 1), None) {
            Err(CheckInError::NotFound { help, .. }) => assert!(help.contains("organisk-trafikk"), "{help}"),
            other => panic!("{other:?}"),
        }
    }
}
