//! The site model: what `data.json` holds (a contract: later versions add fields, never remove or
//! rename them) and what the pages show, built from the history and the progress maths.

use std::collections::BTreeMap;
use std::sync::Arc;

use jiff::Timestamp;
use jiff::civil::Date;
use serde::Serialize;

use crate::history::{Commit, KeyResultKey, Timeline};
use crate::load::OkrFile;
use crate::model::{Comparison, OkrSet, Period, Target, slugify};
use crate::progress::{self, KeyResultProgress, Status, Thresholds};

/// `data.json`.
/// `data.json`. `T` is how a team is held: [`TeamData`], or its JSON written already.
#[derive(Debug, Clone, Serialize)]
pub struct Data<T = TeamData> {
    pub version: u32,
    /// The date the progress is judged at, UTC RFC 3339.
    pub now: String,
    /// The current period first, then the others, newest first.
    pub periods: Vec<PeriodData<T>>,
}

#[derive(Debug, Clone, Serialize)]
pub struct PeriodData<T = TeamData> {
    pub period: String,
    pub start: String,
    pub end: String,
    pub teams: Vec<T>,
}

#[derive(Debug, Clone, Serialize)]
pub struct TeamData {
    pub team: String,
    pub slug: String,
    pub progress: Option<f64>,
    pub status: Status,
    /// Lint findings in the team's files for this period.
    pub findings: usize,
    pub objectives: Vec<ObjectiveData>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ObjectiveData {
    pub id: String,
    pub title: String,
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub owner: Option<String>,
    pub progress: Option<f64>,
    pub status: Status,
    /// After the period: the explicit `score`, else the progress clamped to [0, 1].
    pub final_score: Option<f64>,
    pub expected_score: f64,
    /// `team-slug/objective-id` of the objective this one contributes to, as written.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parent: Option<String>,
    pub key_results: Vec<KeyResultData>,
}

#[derive(Debug, Clone, Serialize)]
pub struct KeyResultData {
    pub id: String,
    pub title: String,
    /// `level` (from baseline to target), `threshold` (stay above or below), `milestone` (done or
    /// not; values are 1 and 0) or `unknown` (no usable target).
    pub kind: &'static str,
    pub baseline: Option<f64>,
    pub target: Option<f64>,
    /// For thresholds: `at-least` or `at-most`.
    pub comparison: Option<&'static str>,
    pub current: Option<f64>,
    pub unit: Option<String>,
    pub confidence: Option<f64>,
    pub owner: Option<String>,
    pub weight: f64,
    pub progress: Option<f64>,
    pub expected: f64,
    pub status: Status,
    /// For thresholds and milestones: whether the target is met now.
    pub met: Option<bool>,
    pub checkins: Vec<CheckInData>,
}

/// A check-in; the commit is shared with the other key results it changed.
#[derive(Debug, Clone)]
pub struct CheckInData {
    pub commit: Arc<Commit>,
    pub value: Option<f64>,
    pub confidence: Option<f64>,
}

impl CheckInData {
    pub fn date(&self) -> Date {
        date_of(self.commit.time)
    }
}

impl Serialize for CheckInData {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut m = s.serialize_struct("CheckIn", 6)?;
        m.serialize_field("commit", &self.commit.id)?;
        m.serialize_field("author", &self.commit.author)?;
        m.serialize_field("time", &utc(self.commit.time))?;
        m.serialize_field("value", &self.value)?;
        m.serialize_field("confidence", &self.confidence)?;
        m.serialize_field("message", &self.commit.message)?;
        m.end()
    }
}

/// One team's sets for one period (several files may share a team and period), in path order.
pub struct TeamSets<'a> {
    pub slug: String,
    pub name: String,
    pub period: Period,
    pub files: Vec<(&'a OkrFile, &'a OkrSet)>,
}

/// Group the files at HEAD by period and team; files without a team or a valid period are left
/// out (lint reports them).
pub fn group(files: &[OkrFile]) -> Vec<(Period, Vec<TeamSets<'_>>)> {
    let mut periods: BTreeMap<(Date, Date, String), BTreeMap<String, TeamSets>> = BTreeMap::new();
    for file in files {
        let Some(set) = &file.set else { continue };
        let (Some(team), Some(period)) = (&set.team, set.valid_period()) else { continue };
        let slug = slugify(&team.value);
        let teams = periods.entry((period.start, period.end, period.to_string())).or_default();
        teams
            .entry(slug.clone())
            .or_insert_with(|| TeamSets { slug, name: team.value.clone(), period: period.clone(), files: Vec::new() })
            .files
            .push((file, set));
    }
    periods
        .into_values()
        .map(|teams| {
            let teams: Vec<TeamSets> = teams.into_values().collect();
            (teams[0].period.clone(), teams)
        })
        .collect()
}

/// The current period (the one containing `now`) first, then the others, newest first.
pub fn order_periods<T>(periods: &mut [(Period, T)], now: Date) {
    periods.sort_by(|(a, _), (b, _)| {
        (!a.contains(now), std::cmp::Reverse(a.start), a.end, a.to_string()).cmp(&(
            !b.contains(now),
            std::cmp::Reverse(b.start),
            b.end,
            b.to_string(),
        ))
    });
}

/// Round for output: four decimals are more than any chart or person needs, and stable.
pub fn round(v: f64) -> f64 {
    let r = (v * 10_000.0).round() / 10_000.0;
    if r == 0.0 { 0.0 } else { r }
}

pub fn utc(t: Timestamp) -> String {
    t.strftime("%Y-%m-%dT%H:%M:%SZ").to_string()
}

pub fn date_of(t: Timestamp) -> Date {
    t.to_zoned_datetime(jiff::tz::TimeZone::UTC).date()
}

/// Progress and data of one key result.
pub fn key_result(
    kr: &crate::model::KeyResult,
    key: Option<&KeyResultKey>,
    timeline: &Timeline,
    period: &Period,
    now: Date,
    thresholds: &Thresholds,
) -> (KeyResultData, KeyResultProgress) {
    let series = key.and_then(|k| timeline.current(k));
    let last = series.and_then(|s| s.last()).map(|c| date_of(c.commit.time));
    let p = progress::key_result(kr, period, now, last, thresholds);
    let target = kr.target.as_ref().map(|t| &t.value);
    let (kind, target_value, comparison) = match target {
        Some(Target::Level(q)) => ("level", Some(q.value), None),
        Some(Target::Threshold(c, q)) => (
            "threshold",
            Some(q.value),
            Some(match c {
                Comparison::AtLeast => "at-least",
                Comparison::AtMost => "at-most",
            }),
        ),
        Some(Target::Milestone) => ("milestone", Some(1.0), None),
        None => ("unknown", None, None),
    };
    let current = kr.current_number();
    let baseline = match target {
        Some(Target::Milestone) => Some(0.0),
        _ => kr.baseline.as_ref().map(|b| b.value.value),
    };
    let unit = kr
        .unit
        .as_ref()
        .map(|u| u.value.clone())
        .or_else(|| target.and_then(|t| t.quantity()).and_then(|q| q.unit.clone()))
        .or_else(|| kr.baseline.as_ref().and_then(|b| b.value.unit.clone()));
    let checkins = series
        .map(|s| {
            s.checkins
                .iter()
                .map(|c| CheckInData { commit: c.commit.clone(), value: c.value, confidence: c.confidence })
                .collect()
        })
        .unwrap_or_default();
    let data = KeyResultData {
        id: kr.id.value.clone(),
        title: kr.title_text().to_owned(),
        kind,
        baseline,
        target: target_value,
        comparison,
        current,
        unit,
        confidence: kr.confidence.as_ref().map(|c| c.value),
        owner: kr.owner.as_ref().map(|o| o.value.clone()),
        weight: kr.weight(),
        progress: p.progress.map(round),
        expected: round(p.expected),
        status: p.status,
        met: p.met,
        checkins,
    };
    (data, p)
}

/// Counts of key result statuses, in a fixed order, without zeros.
pub fn status_counts<'a>(krs: impl IntoIterator<Item = &'a KeyResultData>) -> Vec<(Status, usize)> {
    let mut counts: BTreeMap<Status, usize> = BTreeMap::new();
    for kr in krs {
        *counts.entry(kr.status).or_default() += 1;
    }
    counts.into_iter().collect()
}
