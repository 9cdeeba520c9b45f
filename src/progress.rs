//! Progress maths: how far a key result has come, where it should be by now, and its status.
//!
//! progress = (current − baseline) / (target − baseline), so decreases work the same way as
//! increases; over-achievement is kept (above 1.0) and going backwards is negative. Threshold
//! key results are met or not; milestones are 0 or 1. Silence is never green: a running key result
//! without a recent check-in is stale.

use jiff::civil::Date;
use serde::Serialize;

use crate::model::{Comparison, Current, KeyResult, Objective, Period, Target};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    Achieved,
    OnTrack,
    NeedsAttention,
    OffTrack,
    Stale,
    Unknown,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Achieved => "achieved",
            Status::OnTrack => "on-track",
            Status::NeedsAttention => "needs-attention",
            Status::OffTrack => "off-track",
            Status::Stale => "stale",
            Status::Unknown => "unknown",
        }
    }

    /// How bad a status is, for "an objective is as healthy as its weakest key result".
    fn severity(self) -> u8 {
        match self {
            Status::Achieved => 0,
            Status::OnTrack => 1,
            Status::Unknown => 2,
            Status::NeedsAttention => 3,
            Status::Stale => 4,
            Status::OffTrack => 5,
        }
    }
}

/// When a key result counts as behind. Defaults: more than 0.165 behind the expected pace needs
/// attention, more than 0.33 is off track; no check-in for more than 14 days is stale.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Thresholds {
    pub needs_attention: f64,
    pub off_track: f64,
    pub stale_days: i64,
}

impl Default for Thresholds {
    fn default() -> Self {
        Thresholds { needs_attention: 0.165, off_track: 0.33, stale_days: 14 }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct KeyResultProgress {
    /// How far from baseline to target, 0.0 at the baseline and 1.0 at the target; unbounded.
    pub progress: Option<f64>,
    /// The share of the period that has passed: where progress should be by now.
    pub expected: f64,
    pub status: Status,
    /// For threshold and milestone key results: whether the target is met now.
    pub met: Option<bool>,
}

/// (current − baseline) / (target − baseline); `None` when baseline equals target.
pub fn fraction(baseline: f64, target: f64, current: f64) -> Option<f64> {
    let span = target - baseline;
    (span.abs() > f64::EPSILON * target.abs().max(1.0)).then(|| (current - baseline) / span)
}

/// Progress and status of a key result at `now`.
pub fn key_result(
    kr: &KeyResult,
    period: &Period,
    now: Date,
    last_check_in: Option<Date>,
    thresholds: &Thresholds,
) -> KeyResultProgress {
    let expected = period.elapsed_fraction(now);
    let current = kr.current.as_ref().map(|c| &c.value);
    let (progress, met) = match (kr.target.as_ref().map(|t| &t.value), current) {
        (Some(Target::Level(target)), Some(Current::Value(current))) => {
            let baseline = kr.baseline.as_ref().map(|b| b.value.value);
            (baseline.and_then(|b| fraction(b, target.value, current.value)), None)
        }
        (Some(Target::Threshold(cmp, limit)), Some(Current::Value(current))) => {
            let met = match cmp {
                Comparison::AtLeast => current.value >= limit.value,
                Comparison::AtMost => current.value <= limit.value,
            };
            (Some(if met { 1.0 } else { 0.0 }), Some(met))
        }
        (Some(Target::Milestone), Some(Current::Done(done))) => (Some(if *done { 1.0 } else { 0.0 }), Some(*done)),
        (Some(Target::Milestone), None) => (Some(0.0), Some(false)),
        _ => (None, None),
    };
    let running = period.contains(now);
    let stale = running
        && now > period.start
        && match last_check_in {
            Some(last) => (now - last).get_days() as i64 > thresholds.stale_days,
            None => false,
        };
    let status = match (progress, met) {
        (_, Some(true)) if !matches!(kr.target.as_ref().map(|t| &t.value), Some(Target::Threshold(..))) => {
            Status::Achieved
        }
        (Some(p), None) if p >= 1.0 => Status::Achieved,
        _ if stale => Status::Stale,
        // A threshold is judged by whether it holds now, not by pace.
        (_, Some(true)) => Status::OnTrack,
        (_, Some(false)) if matches!(kr.target.as_ref().map(|t| &t.value), Some(Target::Threshold(..))) => {
            Status::OffTrack
        }
        (Some(p), _) => pace_status(p, expected, thresholds),
        (None, _) => Status::Unknown,
    };
    KeyResultProgress { progress, expected, status, met }
}

fn pace_status(progress: f64, expected: f64, t: &Thresholds) -> Status {
    let behind = expected - progress;
    if behind > t.off_track {
        Status::OffTrack
    } else if behind > t.needs_attention {
        Status::NeedsAttention
    } else {
        Status::OnTrack
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct ObjectiveProgress {
    /// Weighted mean of the key results' progress, each clamped to [0, 1].
    pub progress: Option<f64>,
    /// The weakest key result's status.
    pub status: Status,
    /// After the period: the explicit `score`, else the progress clamped to [0, 1].
    pub final_score: Option<f64>,
    /// 0.7 for aspirational objectives, 1.0 for committed ones.
    pub expected_score: f64,
}

pub fn objective(o: &Objective, krs: &[KeyResultProgress], period: &Period, now: Date) -> ObjectiveProgress {
    let progress = weighted_mean(o.key_results.iter().zip(krs).map(|(kr, p)| (kr.weight(), p.progress)));
    let status = weakest(krs.iter().map(|p| p.status));
    let ended = now > period.end;
    let final_score = ended.then(|| o.score.as_ref().map(|s| s.value).or(progress)).flatten();
    ObjectiveProgress { progress, status, final_score, expected_score: o.kind.expected_score() }
}

/// Mean of progress values weighted by weight, each clamped to [0, 1]; unknowns are left out.
pub fn weighted_mean(items: impl IntoIterator<Item = (f64, Option<f64>)>) -> Option<f64> {
    let (sum, weights) = items
        .into_iter()
        .filter_map(|(w, p)| p.map(|p| (w, p.clamp(0.0, 1.0))))
        .fold((0.0, 0.0), |(s, ws), (w, p)| (s + w * p, ws + w));
    (weights > 0.0).then(|| sum / weights)
}

/// The weakest of several statuses; `Unknown` when there are none.
pub fn weakest(statuses: impl IntoIterator<Item = Status>) -> Status {
    statuses.into_iter().max_by_key(|s| s.severity()).unwrap_or(Status::Unknown)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::{SourceFile, load_text};
    use crate::model::Lang;
    use jiff::civil::date;

    fn kr(fields: &str) -> KeyResult {
        let text = format!(
            "---\nteam: T\nperiod: 2026-Q1\nobjectives:\n  - title: O\n    key_results:\n      - title: K\n{}---\n",
            fields.lines().map(|l| format!("        {l}\n")).collect::<String>()
        );
        let file = load_text(SourceFile::new("t.md", text), Lang::Nb);
        assert!(file.problems.is_empty(), "{:?}", file.problems);
        file.set.unwrap().objectives.remove(0).key_results.remove(0)
    }

    fn q1() -> Period {
        Period::parse("2026-Q1").unwrap()
    }

    fn at(kr: &KeyResult, now: Date) -> KeyResultProgress {
        key_result(kr, &q1(), now, Some(now), &Thresholds::default())
    }

    #[test]
    fn exact_fractions_for_increases_and_decreases() {
        assert_eq!(fraction(10_000.0, 13_000.0, 11_200.0), Some(0.4));
        assert_eq!(fraction(9.0, 2.0, 5.0), Some(4.0 / 7.0));
        assert_eq!(fraction(9.0, 2.0, 1.0), Some(8.0 / 7.0));
        assert_eq!(fraction(10.0, 20.0, 5.0), Some(-0.5));
        assert_eq!(fraction(5.0, 5.0, 7.0), None);
    }

    #[test]
    fn status_against_pace() {
        let k = kr("baseline: 10000\ntarget: 13000\ncurrent: 11200");
        // 2026-02-15 is day 46 of 90: expected 0.511…; progress 0.4 is 0.11 behind.
        let p = at(&k, date(2026, 2, 15));
        assert_eq!(p.progress, Some(0.4));
        assert!((p.expected - 46.0 / 90.0).abs() < 1e-12);
        assert_eq!(p.status, Status::OnTrack);
        // Day 60: expected 0.667, 0.267 behind.
        assert_eq!(at(&k, date(2026, 3, 1)).status, Status::NeedsAttention);
        assert_eq!(at(&k, date(2026, 3, 31)).status, Status::OffTrack);
        let done = kr("baseline: 10\ntarget: 5\ncurrent: 4");
        assert_eq!(at(&done, date(2026, 1, 10)).status, Status::Achieved);
        assert_eq!(at(&done, date(2026, 1, 10)).progress, Some(1.2));
        let backwards = kr("baseline: 10\ntarget: 20\ncurrent: 8");
        assert_eq!(at(&backwards, date(2026, 1, 10)).progress, Some(-0.2));
    }

    #[test]
    fn thresholds_and_milestones_are_met_or_not() {
        let up = kr("target: \">= 99,9 %\"\ncurrent: 99.95");
        assert_eq!(at(&up, date(2026, 2, 1)).met, Some(true));
        assert_eq!(at(&up, date(2026, 2, 1)).status, Status::OnTrack);
        let slow = kr("target: \"under 2 s\"\ncurrent: 2.4");
        assert_eq!(at(&slow, date(2026, 2, 1)).met, Some(false));
        assert_eq!(at(&slow, date(2026, 2, 1)).status, Status::OffTrack);
        let launched = kr("target: done\ncurrent: done");
        assert_eq!(at(&launched, date(2026, 2, 1)).progress, Some(1.0));
        assert_eq!(at(&launched, date(2026, 2, 1)).status, Status::Achieved);
        let pending = kr("target: done\ncurrent: not done");
        assert_eq!(at(&pending, date(2026, 3, 20)).progress, Some(0.0));
        assert_eq!(at(&pending, date(2026, 3, 20)).status, Status::OffTrack);
    }

    #[test]
    fn silence_is_never_green() {
        let k = kr("baseline: 0\ntarget: 10\ncurrent: 9");
        let t = Thresholds::default();
        let p = key_result(&k, &q1(), date(2026, 2, 20), Some(date(2026, 2, 5)), &t);
        assert_eq!(p.status, Status::Stale);
        let p = key_result(&k, &q1(), date(2026, 2, 19), Some(date(2026, 2, 5)), &t);
        assert_eq!(p.status, Status::OnTrack);
        // After the period, staleness no longer applies: the numbers speak.
        let p = key_result(&k, &q1(), date(2026, 4, 20), Some(date(2026, 2, 5)), &t);
        assert_eq!(p.status, Status::OnTrack);
        let behind = kr("baseline: 0\ntarget: 10\ncurrent: 5");
        let p = key_result(&behind, &q1(), date(2026, 4, 20), Some(date(2026, 2, 5)), &t);
        assert_eq!(p.status, Status::OffTrack);
        let unknown = kr("target: 10");
        assert_eq!(at(&unknown, date(2026, 2, 1)).status, Status::Unknown);
    }

    #[test]
    fn objectives_roll_up_weighted_and_take_the_weakest_status() {
        let file = load_text(
            SourceFile::new(
                "t.md",
                "---\nteam: T\nperiod: 2026-Q1\nobjectives:\n  - title: O\n    key_results:\n      - title: A\n        baseline: 0\n        target: 10\n        current: 15\n        weight: 3\n      - title: B\n        baseline: 0\n        target: 10\n        current: 2\n---\n",
            ),
            Lang::En,
        );
        let o = &file.set.unwrap().objectives[0];
        let now = date(2026, 4, 15);
        let krs: Vec<_> = o.key_results.iter().map(|k| at(k, now)).collect();
        let p = objective(o, &krs, &q1(), now);
        // A is clamped to 1.0 for the roll-up: (3 × 1.0 + 1 × 0.2) / 4.
        assert!((p.progress.unwrap() - 0.8).abs() < 1e-12);
        assert_eq!(p.status, Status::OffTrack);
        assert!((p.final_score.unwrap() - 0.8).abs() < 1e-12);
        assert_eq!(p.expected_score, 0.7);
    }
}
