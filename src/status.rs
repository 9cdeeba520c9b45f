//! `okrs status`: where the running period stands, per team, objective and key result, as a compact
//! terminal table or JSON. The numbers come from [`crate::progress`]; this module only selects the
//! sets and lays them out.

use std::fmt::Write as _;

use jiff::civil::Date;
use serde::Serialize;

use crate::history::{KeyResultKey, Timeline};
use crate::load::OkrFile;
use crate::model::{KeyResult, Lang, OkrSet, Period, Target, display, slugify};
use crate::progress::{self, Status, Thresholds};
use crate::source::Project;

/// Everything `okrs status` shows; its JSON form is `okrs status --format json`.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub version: u32,
    /// The date the progress is computed for (YYYY-MM-DD).
    pub date: String,
    pub sets: Vec<SetStatus>,
    /// When no set matched: the periods that exist, to suggest one.
    #[serde(skip)]
    pub other_periods: Vec<String>,
    #[serde(skip)]
    pub asked_period: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct SetStatus {
    pub team: String,
    pub period: String,
    pub path: String,
    /// The share of the period that has passed: where progress should be by now.
    pub expected: f64,
    pub objectives: Vec<ObjectiveStatus>,
    #[serde(skip)]
    lang: Lang,
}

#[derive(Debug, Clone, Serialize)]
pub struct ObjectiveStatus {
    pub id: String,
    pub title: String,
    pub progress: Option<f64>,
    pub status: Status,
    pub key_results: Vec<KeyResultStatus>,
}

#[derive(Debug, Clone, Serialize)]
pub struct KeyResultStatus {
    pub id: String,
    pub title: String,
    /// As people write it in the file's language: `11 200`, `1,9 %`, `done`.
    pub current: Option<String>,
    pub target: Option<String>,
    pub progress: Option<f64>,
    pub expected: f64,
    pub status: Status,
    pub met: Option<bool>,
    pub confidence: Option<f64>,
    /// The date of the last check-in (YYYY-MM-DD), when the history is read.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_check_in: Option<String>,
    /// Days since then, for a stale key result.
    #[serde(skip)]
    silent_days: Option<i64>,
    /// Whether progress is measured against the pace: not for a threshold or a milestone, which
    /// is met or not.
    #[serde(skip)]
    paced: bool,
}

#[derive(Debug, thiserror::Error, miette::Diagnostic)]
pub enum StatusError {
    #[error("`{0}` is not a period")]
    #[diagnostic(help("write the period as {}", crate::model::PERIOD_FORMS))]
    BadPeriod(String),
    #[error("{0}")]
    #[diagnostic(help("run okrs in the repository that holds the OKRs, or set `root:` in .okrs.yml"))]
    Source(String),
    #[error("no team `{team}` has a set {when}")]
    #[diagnostic(help("{help}"))]
    UnknownTeam { team: String, when: String, help: String },
}

/// Keep the sets of the teams asked for (by name or slug, in any case); a team that has no set
/// in the report is an error that lists the teams it has.
fn only_teams(mut report: Report, teams: &[String]) -> Result<Report, StatusError> {
    // Without any set, the report itself says which periods there are.
    if teams.is_empty() || report.sets.is_empty() {
        return Ok(report);
    }
    let known: Vec<&str> = report.sets.iter().map(|s| s.team.as_str()).collect();
    for team in teams {
        if !known.iter().any(|k| slugify(k) == slugify(team)) {
            let mut names: Vec<&str> = known.clone();
            names.sort_unstable();
            names.dedup();
            // Compared as slugs, so that case and accents do not hide the team meant.
            let slugs: Vec<String> = names.iter().map(|n| slugify(n)).collect();
            let nearest = crate::lint::suggest(&slugify(team), slugs.iter().map(String::as_str))
                .and_then(|slug| names.iter().find(|n| slugify(n) == slug));
            let help = match nearest {
                Some(name) => format!("did you mean `{name}`?"),
                None => format!("the teams are: {}", names.join(", ")),
            };
            let when = match &report.asked_period {
                Some(period) => format!("for {period}"),
                None => format!("running on {}", report.date),
            };
            return Err(StatusError::UnknownTeam { team: team.clone(), when, help });
        }
    }
    report.sets.retain(|s| teams.iter().any(|t| slugify(t) == slugify(&s.team)));
    Ok(report)
}

/// The progress of every set whose period contains `today`, or of `period` when given. With
/// `history`, key results whose last check-in is older than `stale-key-result`'s days are stale
/// (read from git only when a period is running today, as `okrs lint` does).
pub fn status(
    project: &Project,
    today: Date,
    period: Option<&str>,
    teams: &[String],
    history: bool,
) -> Result<Report, StatusError> {
    let wanted = period.map(|p| Period::parse(p).map_err(|_| StatusError::BadPeriod(p.to_owned()))).transpose()?;
    let paths = project.okr_files(&[]).map_err(|e| StatusError::Source(e.to_string()))?;
    let files = project.load(&paths);
    let timeline = if history { crate::history::for_lint(project, &paths) } else { None };
    only_teams(report(&files, today, wanted.as_ref(), &project.config.thresholds(), timeline.as_ref()), teams)
}

/// The date of a key result's last check-in (see [`Timeline::last_check_in`]).
fn last_check_in(timeline: &Timeline, set: &OkrSet, objective: &str, kr: &KeyResult, today: Date) -> Option<Date> {
    let key = KeyResultKey::of(set, objective, &kr.id.value)?;
    timeline.last_check_in(&key, kr.current_number(), kr.confidence.as_ref().map(|c| c.value), None, today)
}

/// The report over loaded files (no I/O).
pub fn report(
    files: &[OkrFile],
    today: Date,
    wanted: Option<&Period>,
    thresholds: &Thresholds,
    timeline: Option<&Timeline>,
) -> Report {
    let mut sets = Vec::new();
    let mut other_periods = Vec::new();
    for file in files {
        let Some(set) = &file.set else { continue };
        let Some(period) = set.valid_period() else { continue };
        let selected = match wanted {
            Some(w) => w == period,
            None => period.contains(today),
        };
        if !selected {
            other_periods.push(period.to_string());
            continue;
        }
        let objectives = set
            .objectives
            .iter()
            .map(|o| {
                let last: Vec<Option<Date>> = o
                    .key_results
                    .iter()
                    .map(|kr| timeline.and_then(|t| last_check_in(t, set, &o.id.value, kr, today)))
                    .collect();
                let krs: Vec<_> = o
                    .key_results
                    .iter()
                    .zip(&last)
                    .map(|(kr, last)| progress::key_result(kr, period, today, *last, thresholds))
                    .collect();
                let op = progress::objective(o, &krs, period, today);
                ObjectiveStatus {
                    id: o.id.value.clone(),
                    title: o.title.as_ref().map(|t| t.value.clone()).unwrap_or_default(),
                    progress: op.progress,
                    status: op.status,
                    key_results: o
                        .key_results
                        .iter()
                        .zip(krs.iter().zip(&last))
                        .map(|(kr, (p, last))| KeyResultStatus {
                            id: kr.id.value.clone(),
                            title: kr.title_text().to_owned(),
                            current: kr.current.as_ref().map(|c| c.value.display(set.lang)),
                            target: kr.target.as_ref().map(|t| with_unit(t.value.display(set.lang), kr)),
                            progress: p.progress,
                            expected: p.expected,
                            status: p.status,
                            met: p.met,
                            confidence: kr.confidence.as_ref().map(|c| c.value),
                            last_check_in: last.map(|d| d.to_string()),
                            silent_days: last
                                .filter(|_| p.status == Status::Stale)
                                .map(|d| (today - d).get_days() as i64),
                            paced: kr.target.as_ref().is_none_or(|t| matches!(t.value, Target::Level(_))),
                        })
                        .collect(),
                }
            })
            .collect();
        sets.push(SetStatus {
            team: set.team.as_ref().map(|t| t.value.clone()).unwrap_or_default(),
            period: period.to_string(),
            path: file.source.path.clone(),
            expected: period.elapsed_fraction(today),
            objectives,
            lang: set.lang,
        });
    }
    sets.sort_by(|a, b| (&a.period, &a.team, &a.path).cmp(&(&b.period, &b.team, &b.path)));
    other_periods.sort();
    other_periods.dedup();
    Report { version: 1, date: today.to_string(), sets, other_periods, asked_period: wanted.map(|p| p.to_string()) }
}

pub fn json(report: &Report) -> String {
    serde_json::to_string_pretty(report).expect("the status report serialises") + "\n"
}

const BAR: usize = 12;

/// The terminal table. `colour` adds ANSI colours to the statuses.
pub fn table(report: &Report, colour: bool) -> String {
    let mut out = String::new();
    if report.sets.is_empty() {
        let what = match &report.asked_period {
            Some(p) => format!("No OKR set is for {p}."),
            None => format!("No OKR set runs on {}.", report.date),
        };
        let _ = writeln!(out, "{what}");
        if let Some(latest) = report.other_periods.last() {
            let _ = writeln!(
                out,
                "Periods in the repository: {}. Try `okrs status --period {latest}`.",
                report.other_periods.join(", ")
            );
        }
        return out;
    }
    let name_width = report
        .sets
        .iter()
        .flat_map(|s| s.objectives.iter())
        .flat_map(|o| {
            std::iter::once(o.id.chars().count()).chain(o.key_results.iter().map(|k| k.id.chars().count() + 2))
        })
        .max()
        .unwrap_or(0)
        .min(40);
    let value_width = report
        .sets
        .iter()
        .flat_map(|s| s.objectives.iter().flat_map(|o| o.key_results.iter()))
        .map(|k| values(k).chars().count())
        .max()
        .unwrap_or(0);
    let mut last_period = None;
    for set in &report.sets {
        if last_period != Some(&set.period) {
            let _ = writeln!(
                out,
                "{} · {} · {} of the period gone\n",
                set.period,
                report.date,
                percent(set.expected, set.lang)
            );
            last_period = Some(&set.period);
        }
        if !out.ends_with("\n\n") {
            out.push('\n');
        }
        let _ = writeln!(out, "{}  ({})", set.team, set.path);
        for o in &set.objectives {
            let _ = writeln!(
                out,
                "  {:<name_width$}  {}  {:>5}  {:value_width$}  {:>10}  {}",
                truncate(&o.id, name_width),
                bar(o.progress, Some(set.expected)),
                o.progress.map_or("–".to_owned(), |p| percent(p, set.lang)),
                "",
                "",
                paint(o.status, colour),
            );
            for k in &o.key_results {
                let _ = writeln!(
                    out,
                    "    {:<w$}  {}  {:>5}  {:<value_width$}  {:>10}  {}",
                    truncate(&k.id, name_width.saturating_sub(2)),
                    bar(k.progress, k.paced.then_some(k.expected)),
                    k.progress.map_or("–".to_owned(), |p| percent(p, set.lang)),
                    values(k),
                    if k.paced { format!("pace {}", percent(k.expected, set.lang)) } else { String::new() },
                    paint(k.status, colour) + &k.silent_days.map(|d| format!(" ({d} days)")).unwrap_or_default(),
                    w = name_width.saturating_sub(2),
                );
            }
        }
    }
    out
}

/// A target of `75` with `unit: "%"` reads `75 %`; a value that names its own unit keeps it.
fn with_unit(text: String, kr: &crate::model::KeyResult) -> String {
    match kr.unit.as_ref().map(|u| u.value.as_str()) {
        Some(unit) if text.chars().last().is_some_and(|c| c.is_ascii_digit()) && !text.starts_with(unit) => {
            format!("{text} {unit}")
        }
        _ => text,
    }
}

fn values(k: &KeyResultStatus) -> String {
    match (&k.current, &k.target) {
        (Some(c), Some(t)) => format!("{c} → {t}"),
        (None, Some(t)) => format!("– → {t}"),
        (Some(c), None) => c.clone(),
        (None, None) => String::new(),
    }
}

/// Progress as a bar of filled cells, with `│` where progress should be by now when it is not
/// there yet (when there is a pace to keep).
fn bar(progress: Option<f64>, expected: Option<f64>) -> String {
    let cells = |f: f64| (f.clamp(0.0, 1.0) * BAR as f64).round() as usize;
    let Some(p) = progress else { return "·".repeat(BAR) };
    let filled = cells(p);
    let pace = expected.map(|e| cells(e).clamp(1, BAR) - 1);
    (0..BAR)
        .map(|i| match i {
            i if i < filled => '█',
            i if Some(i) == pace => '│',
            _ => '░',
        })
        .collect()
}

fn percent(fraction: f64, lang: Lang) -> String {
    format!("{} %", display::number((fraction * 100.0).round(), lang))
}

fn truncate(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        text.to_owned()
    } else {
        let mut t: String = text.chars().take(width.saturating_sub(1)).collect();
        t.push('…');
        t
    }
}

fn paint(status: Status, colour: bool) -> String {
    let name = status.as_str();
    if !colour {
        return name.to_owned();
    }
    let code = match status {
        Status::Achieved | Status::OnTrack => "32",
        Status::NeedsAttention => "33",
        Status::OffTrack => "31",
        Status::Stale => "35",
        Status::Unknown => "2",
    };
    format!("\u{1b}[{code}m{name}\u{1b}[0m")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::{SourceFile, load_text};
    use jiff::civil::date;

    const SET: &str = "---\nteam: Marketing\nperiod: 2026-Q1\nlang: nb\nobjectives:\n  - id: synlighet\n    title: Bli synlig\n    key_results:\n      - id: organisk-trafikk\n        title: Øke trafikken fra 10 000 til 13 000\n        baseline: 10000\n        target: 13000\n        current: 11200\n      - id: prisside\n        title: Ny prisside\n        target: done\n        current: ferdig\n---\n";

    #[test]
    fn a_table_with_bars_pace_and_status() {
        let files = vec![load_text(SourceFile::new("okrs/m.md", SET), Lang::En)];
        let report = report(&files, date(2026, 2, 15), None, &Thresholds::default(), None);
        assert_eq!(report.sets.len(), 1);
        let text = table(&report, false);
        assert_eq!(
            text,
            "2026-Q1 · 2026-02-15 · 51 % of the period gone\n\n\
             Marketing  (okrs/m.md)\n  \
             synlighet           ████████░░░░   70 %                               on-track\n    \
             organisk-trafikk  █████│░░░░░░   40 %  11 200 → 13 000   pace 51 %  on-track\n    \
             prisside          ████████████  100 %  ferdig → ferdig              achieved\n"
        );
        let none = super::report(&files, date(2026, 11, 26), None, &Thresholds::default(), None);
        assert!(table(&none, false).contains("Try `okrs status --period 2026-Q1`"));
    }
}
