//! `okrs diff BASE [HEAD]`: what a pull request changes in the OKRs, per team and period. Key
//! results whose `current` moved (with progress and status before and after), targets and
//! baselines that moved (goalposts: a reviewer should look), objectives and key results added,
//! removed or renamed, and lint findings introduced and fixed. Rendered as Markdown for a PR
//! comment or job summary, or as JSON.
//!
//! OKRs are matched by identity (team slug, period, objective id, key result id), findings by
//! [`crate::baseline::Identity`], never by line.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Write as _;
use std::sync::Arc;

use serde::Serialize;

use crate::baseline::new_findings;
use crate::config::Config;
use crate::history::{KeyResultKey, Timeline};
use crate::lint::{self, Finding, Level};
use crate::load::{OkrFile, SourceFile};
use crate::model::{KeyResult, Objective, Period, Span, slugify};
use crate::progress::{self, Status, Thresholds};
use crate::revision::Snapshot;

/// Questions for the reviewer that no rule can answer.
pub const CHECKLIST: &[&str] = &[
    "Is each objective worth doing this period, and would the team be proud to reach it?",
    "Would the key results together prove the objective is reached, and could each of them be missed?",
    "Is it ambitious enough? For an aspirational objective, 0.7 should feel like a good result.",
    "Does each key result have an owner who will check in every week?",
];
const GOALPOST_CHECK: &str =
    "Were the moved targets and baselines agreed with their owners, and is the reason written down in the file?";

#[derive(Debug, Serialize)]
pub struct Diff {
    pub version: u32,
    pub base: Side,
    pub head: Side,
    pub teams: Vec<TeamDiff>,
    /// Findings in files that are not readable OKR sets (no team and period to file them under).
    pub other_findings: FindingChanges,
    pub checklist: Vec<&'static str>,
}

#[derive(Debug, Serialize)]
pub struct Side {
    /// As given (`main`, `HEAD~1`) or `work tree`.
    pub label: String,
    pub commit: Option<String>,
    /// The date progress and pace are computed at: the commit's date, or today.
    pub date: String,
}

#[derive(Debug, Default, Serialize)]
pub struct TeamDiff {
    pub team: String,
    pub period: String,
    /// The team's name in the base, when the change renamed the team (its key results keep their
    /// history).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub renamed_from: Option<String>,
    /// The team's page on the published site (from `site.base-url`), when the head has the team.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<String>,
    pub key_results_moved: Vec<Moved>,
    pub goalposts_moved: Vec<Goalpost>,
    /// Targets and baselines written where there was none (`from` is null): a key result made
    /// measurable, not a goalpost moved.
    pub goalposts_set: Vec<Goalpost>,
    pub objectives_added: Vec<Added>,
    pub objectives_removed: Vec<Added>,
    pub objectives_renamed: Vec<Renamed>,
    pub key_results_added: Vec<Added>,
    pub key_results_removed: Vec<Added>,
    pub key_results_renamed: Vec<Renamed>,
    /// Objectives and key results whose id is now written in the file, with their title unchanged
    /// (`from` = `to`; `old_id` is the id they had from the title).
    pub ids_pinned: Vec<Renamed>,
    pub findings: FindingChanges,
}

#[derive(Debug, Default, Serialize)]
pub struct FindingChanges {
    pub introduced: Vec<Finding>,
    pub fixed: Vec<Finding>,
}

impl FindingChanges {
    fn is_empty(&self) -> bool {
        self.introduced.is_empty() && self.fixed.is_empty()
    }
}

/// A key result whose `current` changed.
#[derive(Debug, Serialize)]
pub struct Moved {
    pub objective: String,
    pub key_result: String,
    pub title: String,
    pub from: Option<String>,
    pub to: Option<String>,
    pub progress_before: Option<f64>,
    pub progress_after: Option<f64>,
    pub status_before: Option<Status>,
    pub status_after: Option<Status>,
}

/// A target or baseline that changed.
#[derive(Debug, Serialize)]
pub struct Goalpost {
    pub objective: String,
    pub key_result: String,
    pub title: String,
    /// `target` or `baseline`.
    pub field: &'static str,
    pub from: Option<String>,
    pub to: Option<String>,
}

/// An objective or key result that appeared or disappeared.
#[derive(Debug, Serialize)]
pub struct Added {
    /// For key results: the objective's id.
    pub objective: Option<String>,
    pub id: String,
    pub title: String,
    /// For objectives: how many key results it has.
    pub key_results: Option<usize>,
}

/// Same id, new title.
#[derive(Debug, Serialize)]
pub struct Renamed {
    pub objective: Option<String>,
    pub id: String,
    pub from: String,
    pub to: String,
    /// Set when the id came from the title and changed with it: the history series of this
    /// objective or key result starts over unless the file pins the old id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub old_id: Option<String>,
    /// Whether there is a history to lose: a value or a confidence in the base.
    #[serde(skip)]
    pub history: bool,
}

impl TeamDiff {
    /// An objective (`objective: None`) or key result found on both sides: renamed when its title
    /// changed, pinned when only its id did.
    fn note(&mut self, renamed: Renamed) {
        let list = match (renamed.from != renamed.to, renamed.objective.is_none()) {
            (true, true) => &mut self.objectives_renamed,
            (true, false) => &mut self.key_results_renamed,
            (false, _) if renamed.old_id.is_some() => &mut self.ids_pinned,
            (false, _) => return,
        };
        list.push(renamed);
    }

    fn is_empty(&self) -> bool {
        self.renamed_from.is_none()
            && self.key_results_moved.is_empty()
            && self.goalposts_moved.is_empty()
            && self.goalposts_set.is_empty()
            && self.objectives_added.is_empty()
            && self.objectives_removed.is_empty()
            && self.objectives_renamed.is_empty()
            && self.key_results_added.is_empty()
            && self.key_results_removed.is_empty()
            && self.key_results_renamed.is_empty()
            && self.ids_pinned.is_empty()
            && self.findings.is_empty()
    }
}

impl Diff {
    pub fn is_empty(&self) -> bool {
        self.teams.is_empty() && self.other_findings.is_empty()
    }
}

/// One side's objectives for a team and period, across the files that share them.
struct Group<'a> {
    team: String,
    period_text: String,
    period: Option<&'a Period>,
    objectives: Vec<(&'a Objective, &'a Arc<SourceFile>)>,
}

fn groups(files: &[OkrFile]) -> BTreeMap<TeamPeriod, Group<'_>> {
    let mut out: BTreeMap<TeamPeriod, Group<'_>> = BTreeMap::new();
    for file in files {
        let Some(set) = &file.set else { continue };
        let (Some(team), Some(period_text)) = (&set.team, set.period_text()) else { continue };
        let group = out.entry((slugify(&team.value), period_text.clone())).or_insert_with(|| Group {
            team: team.value.clone(),
            period_text,
            period: set.valid_period(),
            objectives: Vec::new(),
        });
        for objective in &set.objectives {
            // The first of two objectives with one id wins; duplicate-id reports the other.
            if !group.objectives.iter().any(|(o, _)| o.id.value == objective.id.value) {
                group.objectives.push((objective, &file.source));
            }
        }
    }
    out
}

/// Compare two snapshots. Findings on both sides are computed with `config` (the head's), so a
/// changed rule level does not show up as fixed or introduced problems.
pub fn diff(base: &Snapshot, head: &Snapshot, config: &Config, timeline: Option<&Timeline>) -> Diff {
    let base_groups = groups(&base.files);
    let head_groups = groups(&head.files);
    let judge = Judge { thresholds: config.thresholds(), timeline, until: [base.time, head.time] };
    let (teams, renamed) = compare(&base_groups, &head_groups, [base.date, head.date], &judge);
    let base_findings: Vec<Finding> = lint::lint(&base.files, config).into_iter().map(|f| renamed.follow(f)).collect();
    let head_findings = lint::lint(&head.files, config);
    let introduced = new_findings(head_findings.clone(), &base_findings);
    let fixed = new_findings(base_findings, &head_findings);
    let teams: Vec<TeamDiff> = teams
        .into_iter()
        .filter_map(|(key, mut team)| {
            // A renamed team's base findings are followed to its new name; those about what the
            // change removed keep the old one.
            let old_team = team.renamed_from.as_deref().map(slugify);
            let mine = |f: &&Finding| {
                let team = f.team.as_deref().map(slugify);
                f.period.as_deref() == Some(&key.1)
                    && (team.as_deref() == Some(key.0.as_str()) || (team.is_some() && team == old_team))
            };
            team.findings.introduced = introduced.iter().filter(mine).cloned().collect();
            team.findings.fixed = fixed.iter().filter(mine).cloned().collect();
            if team.is_empty() {
                return None;
            }
            team.page = head_groups
                .get(&key)
                .and_then(|g| g.period.as_ref())
                .and_then(|period| config.site.page_url(&format!("{}/{}.html", slugify(&period.to_string()), key.0)));
            Some(team)
        })
        .collect();
    // Findings that belong to no team and period of either side (unreadable files, a set without
    // a team, …).
    let filed = |f: &Finding| {
        f.team.as_ref().zip(f.period.as_ref()).is_some_and(|(t, p)| {
            let key = (slugify(t), p.to_string());
            base_groups.contains_key(&key) || head_groups.contains_key(&key)
        })
    };
    let other_findings = FindingChanges {
        introduced: introduced.iter().filter(|f| !filed(f)).cloned().collect(),
        fixed: fixed.iter().filter(|f| !filed(f)).cloned().collect(),
    };
    let mut checklist = CHECKLIST.to_vec();
    if teams.iter().any(|t| !t.goalposts_moved.is_empty()) {
        checklist.push(GOALPOST_CHECK);
    }
    Diff { version: 1, base: side(base), head: side(head), teams, other_findings, checklist }
}

/// Objectives and key results whose identity changed between two revisions, their ids with their
/// titles or their team with its name, as (team slug, period, objective, key result) before →
/// (team name, period, objective, key result) after.
#[derive(Debug, Default)]
pub struct RenamedIds(HashMap<[Option<String>; 4], [Option<String>; 4]>);

impl RenamedIds {
    /// A base revision's finding as the head names its OKR: a finding about the same objective or
    /// key result is the same finding under its new id.
    pub fn follow(&self, mut finding: Finding) -> Finding {
        let text = |t: &Option<Arc<str>>| t.as_deref().map(str::to_owned);
        let okr = [
            finding.team.as_deref().map(slugify),
            text(&finding.period),
            text(&finding.objective),
            text(&finding.key_result),
        ];
        if let Some([team, _, objective, key_result]) = self.0.get(&okr) {
            finding.team = team.as_deref().map(Arc::from);
            finding.objective = objective.as_deref().map(Arc::from);
            finding.key_result = key_result.as_deref().map(Arc::from);
        }
        finding
    }
}

/// The ids of `base` that `head` (whole files, not outlines) renamed along with their titles.
pub fn renamed_ids(base: &Snapshot, head: &[OkrFile]) -> RenamedIds {
    // Progress is not looked at here: the base's date serves both sides.
    let judge = Judge { thresholds: Thresholds::default(), timeline: None, until: [None, None] };
    compare(&groups(&base.files), &groups(head), [base.date, base.date], &judge).1
}

/// Whether a key result has values to follow: a `current` or a `confidence`.
fn checked_in(kr: &KeyResult) -> bool {
    kr.current.is_some() || kr.confidence.is_some()
}

/// A team's slug and a period.
type TeamPeriod = (String, String);

/// How progress is judged on each side: the thresholds, and the history that says when a key
/// result was last checked in (so a silent one shows as stale).
struct Judge<'a> {
    thresholds: Thresholds,
    timeline: Option<&'a Timeline>,
    /// The base's and the head's commit times: a side knows the check-ins made up to its commit
    /// (by time, which for a pull request's base is its ancestry); `None` for the work tree.
    until: [Option<jiff::Timestamp>; 2],
}

/// What changed in each team and period (without findings), and the ids renamed on the way.
/// `dates`: the base's and the head's, at which progress is judged.
fn compare(
    base_groups: &BTreeMap<TeamPeriod, Group<'_>>,
    head_groups: &BTreeMap<TeamPeriod, Group<'_>>,
    dates: [jiff::civil::Date; 2],
    judge: &Judge,
) -> (Vec<(TeamPeriod, TeamDiff)>, RenamedIds) {
    let renamed_teams = team_renames(base_groups, head_groups);
    let renamed_away: BTreeSet<&TeamPeriod> = renamed_teams.values().collect();
    let keys: BTreeSet<&TeamPeriod> =
        base_groups.keys().filter(|k| !renamed_away.contains(k)).chain(head_groups.keys()).collect();
    let mut teams = Vec::new();
    let mut renamed_ids = HashMap::new();
    for key in keys {
        let old_key = renamed_teams.get(key).unwrap_or(key);
        let (old, new) = (base_groups.get(old_key), head_groups.get(key));
        let any = new.or(old).expect("the key comes from one of the sides");
        let renamed_from = (old_key != key).then(|| old.map(|g| g.team.clone())).flatten();
        let mut team = TeamDiff {
            team: any.team.clone(),
            period: any.period_text.clone(),
            renamed_from: renamed_from.clone(),
            ..TeamDiff::default()
        };
        let empty = Vec::new();
        let old_objectives = old.map_or(&empty, |g| &g.objectives);
        let new_objectives = new.map_or(&empty, |g| &g.objectives);
        let old_ids: Vec<Id> = old_objectives.iter().map(|(o, _)| objective_id(o)).collect();
        let new_ids: Vec<Id> = new_objectives.iter().map(|(o, _)| objective_id(o)).collect();
        let objective_pairs = retitled(&old_ids, &new_ids);
        for (i, (objective, _)) in old_objectives.iter().enumerate() {
            let kept = new_ids.iter().any(|(id, _, _)| *id == objective.id.value);
            if !kept && !objective_pairs.iter().any(|&(o, _)| o == i) {
                team.objectives_removed.push(added_objective(objective));
            }
        }
        for (j, (objective, new_source)) in new_objectives.iter().enumerate() {
            let paired = objective_pairs.iter().find(|&&(_, n)| n == j).map(|&(o, _)| &old_objectives[o]);
            let Some((before, old_source)) =
                old_objectives.iter().find(|(o, _)| o.id.value == objective.id.value).or(paired)
            else {
                team.objectives_added.push(added_objective(objective));
                continue;
            };
            let id = &objective.id.value;
            let okr = |team: &str, objective: &str, key_result: Option<&str>| {
                [Some(team.to_owned()), Some(key.1.clone()), Some(objective.to_owned()), key_result.map(str::to_owned)]
            };
            let team_name = &any.team;
            let before_okr = |objective: &str, key_result: Option<&str>| okr(&old_key.0, objective, key_result);
            let after_okr = |objective: &str, key_result: Option<&str>| okr(team_name, objective, key_result);
            if before.id.value != *id || renamed_from.is_some() {
                renamed_ids.insert(before_okr(&before.id.value, None), after_okr(id, None));
                for kr in &before.key_results {
                    renamed_ids
                        .insert(before_okr(&before.id.value, Some(&kr.id.value)), after_okr(id, Some(&kr.id.value)));
                }
            }
            team.note(Renamed {
                objective: None,
                id: id.clone(),
                from: title(&before.title),
                to: title(&objective.title),
                old_id: (before.id.value != *id).then(|| before.id.value.clone()),
                history: before.key_results.iter().any(checked_in),
            });
            let old_ids: Vec<Id> = before.key_results.iter().map(key_result_id).collect();
            let new_ids: Vec<Id> = objective.key_results.iter().map(key_result_id).collect();
            let pairs = retitled(&old_ids, &new_ids);
            for (i, kr) in before.key_results.iter().enumerate() {
                let kept = new_ids.iter().any(|(id, _, _)| *id == kr.id.value);
                if !kept && !pairs.iter().any(|&(o, _)| o == i) {
                    team.key_results_removed.push(added_key_result(id, kr));
                }
            }
            for (j, kr) in objective.key_results.iter().enumerate() {
                let paired = pairs.iter().find(|&&(_, n)| n == j).map(|&(o, _)| &before.key_results[o]);
                let Some(old_kr) = before.key_results.iter().find(|k| k.id.value == kr.id.value).or(paired) else {
                    team.key_results_added.push(added_key_result(id, kr));
                    continue;
                };
                if old_kr.id.value != kr.id.value {
                    renamed_ids.insert(
                        before_okr(&before.id.value, Some(&old_kr.id.value)),
                        after_okr(id, Some(&kr.id.value)),
                    );
                }
                team.note(Renamed {
                    objective: Some(id.clone()),
                    id: kr.id.value.clone(),
                    from: old_kr.title_text().to_owned(),
                    to: kr.title_text().to_owned(),
                    old_id: (old_kr.id.value != kr.id.value).then(|| old_kr.id.value.clone()),
                    history: checked_in(old_kr),
                });
                let text = |source: &SourceFile, span: Option<Span>| span.map(|s| written(source, s));
                let (old_current, new_current) = (
                    text(old_source, old_kr.current.as_ref().map(|c| c.span)),
                    text(new_source, kr.current.as_ref().map(|c| c.span)),
                );
                let current_changed = match (&old_kr.current, &kr.current) {
                    (Some(a), Some(b)) => a.value != b.value,
                    _ => old_current != new_current,
                };
                if current_changed {
                    let at = |kr: &KeyResult, group: Option<&Group>, team: &str, objective: &str, side: usize| {
                        let period = group.and_then(|g| g.period)?;
                        let key = KeyResultKey {
                            team: team.to_owned(),
                            period: key.1.clone(),
                            objective: objective.to_owned(),
                            key_result: kr.id.value.clone(),
                        };
                        let confidence = kr.confidence.as_ref().map(|c| c.value);
                        let (until, date) = (judge.until[side], dates[side]);
                        let value = kr.current_number();
                        let last = judge.timeline.and_then(|t| t.last_check_in(&key, value, confidence, until, date));
                        Some(progress::key_result(kr, period, date, last, &judge.thresholds))
                    };
                    let before = at(old_kr, old, &old_key.0, &before.id.value, 0);
                    let after = at(kr, new, &key.0, id, 1);
                    team.key_results_moved.push(Moved {
                        objective: id.clone(),
                        key_result: kr.id.value.clone(),
                        title: kr.title_text().to_owned(),
                        from: old_current,
                        to: new_current,
                        progress_before: before.and_then(|p| p.progress),
                        progress_after: after.and_then(|p| p.progress),
                        status_before: before.map(|p| p.status),
                        status_after: after.map(|p| p.status),
                    });
                }
                let target = |kr: &KeyResult| kr.target.as_ref().map(|t| (t.value.clone(), t.span));
                let baseline = |kr: &KeyResult| kr.baseline.as_ref().map(|b| (b.value.clone(), b.span));
                let goalposts = [
                    (
                        "target",
                        target(old_kr).map(|t| t.1),
                        target(kr).map(|t| t.1),
                        target(old_kr).map(|t| t.0) != target(kr).map(|t| t.0),
                    ),
                    (
                        "baseline",
                        baseline(old_kr).map(|b| b.1),
                        baseline(kr).map(|b| b.1),
                        baseline(old_kr).map(|b| b.0) != baseline(kr).map(|b| b.0),
                    ),
                ];
                for (field, old_span, new_span, changed) in goalposts {
                    if changed {
                        let goalpost = Goalpost {
                            objective: id.clone(),
                            key_result: kr.id.value.clone(),
                            title: kr.title_text().to_owned(),
                            field,
                            from: text(old_source, old_span),
                            to: text(new_source, new_span),
                        };
                        match old_span {
                            Some(_) => team.goalposts_moved.push(goalpost),
                            None => team.goalposts_set.push(goalpost),
                        }
                    }
                }
            }
        }
        if let Some(new) = new.filter(|_| renamed_from.is_some()) {
            renamed_ids.insert(
                [Some(old_key.0.clone()), Some(key.1.clone()), None, None],
                [Some(new.team.clone()), Some(key.1.clone()), None, None],
            );
        }
        teams.push((key.clone(), team));
    }
    (teams, RenamedIds(renamed_ids))
}

/// Teams the change renamed, head (team, period) → base (team, period): a team and period only in
/// the base and one only in the head, in the same period, are one team renamed when they share a
/// file, or (for a file moved as well) when they are the only such pair with the same objective
/// ids.
fn team_renames(
    base_groups: &BTreeMap<TeamPeriod, Group<'_>>,
    head_groups: &BTreeMap<TeamPeriod, Group<'_>>,
) -> BTreeMap<TeamPeriod, TeamPeriod> {
    fn only<'g, 'a>(
        groups: &'g BTreeMap<TeamPeriod, Group<'a>>,
        other: &BTreeMap<TeamPeriod, Group<'a>>,
    ) -> Vec<(&'g TeamPeriod, &'g Group<'a>)> {
        groups.iter().filter(|(k, _)| !other.contains_key(*k)).collect()
    }
    let (gone, new) = (only(base_groups, head_groups), only(head_groups, base_groups));
    let paths = |g: &Group| g.objectives.iter().map(|(_, s)| s.path.clone()).collect::<BTreeSet<_>>();
    let ids = |g: &Group| g.objectives.iter().map(|(o, _)| o.id.value.clone()).collect::<BTreeSet<_>>();
    let mut pairs = BTreeMap::new();
    for (old_key, old) in &gone {
        let in_period: Vec<_> = new.iter().filter(|(k, _)| k.1 == old_key.1 && !pairs.contains_key(*k)).collect();
        let shares_a_file = in_period.iter().find(|(_, g)| !paths(g).is_disjoint(&paths(old)));
        let same_ids = || {
            let mut alike = in_period.iter().filter(|(_, g)| ids(g) == ids(old));
            let first = alike.next();
            let rivals = gone.iter().filter(|(k, g)| k.1 == old_key.1 && ids(g) == ids(old)).count();
            first.filter(|_| alike.next().is_none() && rivals == 1)
        };
        if let Some((new_key, _)) = shares_a_file.or_else(same_ids) {
            pairs.insert((*new_key).clone(), (*old_key).clone());
        }
    }
    pairs
}

/// An objective's or key result's id, whether it is written (not taken from the title), and its
/// title.
type Id<'a> = (&'a str, bool, Option<&'a str>);

fn objective_id(o: &Objective) -> Id<'_> {
    (&o.id.value, o.id_is_explicit, o.title.as_ref().map(|t| t.value.as_str()))
}

fn key_result_id(k: &KeyResult) -> Id<'_> {
    (&k.id.value, k.id_is_explicit, k.title.as_ref().map(|t| t.value.as_str()))
}

/// Items at the same position whose id changed though they are the same: both without an explicit
/// id (the id came from the title and changed with it), or the same title with its id now written
/// (pinned). Neither id is present on the other side. Returns (old index, new index) pairs.
fn retitled(old: &[Id], new: &[Id]) -> Vec<(usize, usize)> {
    (0..old.len().min(new.len()))
        .filter(|&i| {
            let ((old_id, old_explicit, old_title), (new_id, new_explicit, new_title)) = (old[i], new[i]);
            // The id came from the title before; now it does again, or it is written for that title.
            let same = !old_explicit && (!new_explicit || old_title == new_title);
            same && old_id != new_id
                && !new.iter().any(|(id, _, _)| *id == old_id)
                && !old.iter().any(|(id, _, _)| *id == new_id)
        })
        .map(|i| (i, i))
        .collect()
}

fn side(snapshot: &Snapshot) -> Side {
    Side { label: snapshot.label.clone(), commit: snapshot.commit.clone(), date: snapshot.date.to_string() }
}

fn title(title: &Option<crate::model::Spanned<String>>) -> String {
    title.as_ref().map_or_else(String::new, |t| t.value.clone())
}

fn added_objective(o: &Objective) -> Added {
    Added { objective: None, id: o.id.value.clone(), title: title(&o.title), key_results: Some(o.key_results.len()) }
}

fn added_key_result(objective: &str, kr: &KeyResult) -> Added {
    Added {
        objective: Some(objective.to_owned()),
        id: kr.id.value.clone(),
        title: kr.title_text().to_owned(),
        key_results: None,
    }
}

/// A value as the file writes it, without YAML quotes: `"1,9 %"` → `1,9 %`.
fn written(source: &SourceFile, span: Span) -> String {
    let text = source.text.get(span.start..span.end).unwrap_or("").trim();
    let unquoted = text
        .strip_prefix('"')
        .and_then(|t| t.strip_suffix('"'))
        .or_else(|| text.strip_prefix('\'').and_then(|t| t.strip_suffix('\'')));
    unquoted.unwrap_or(text).to_owned()
}

pub fn json(diff: &Diff) -> String {
    let mut out = serde_json::to_string_pretty(diff).unwrap_or_default();
    out.push('\n');
    out
}

/// Markdown for a pull-request comment or `$GITHUB_STEP_SUMMARY`.
pub fn markdown(diff: &Diff) -> String {
    let side = |s: &Side| match &s.commit {
        Some(commit) if *commit != s.label => format!("`{}` ({commit})", s.label),
        _ if s.commit.is_none() => "the work tree".to_owned(),
        _ => format!("`{}`", s.label),
    };
    let (base, head) = (side(&diff.base), side(&diff.head));
    if diff.is_empty() {
        return format!("No OKR changes between {base} and {head}.\n");
    }
    let mut out = format!("## OKR changes: {base} → {head}\n");
    for team in &diff.teams {
        let _ = write!(out, "\n### {} · {}", text(&team.team), text(&team.period));
        let _ = match &team.page {
            // The address comes from the config: keep to what cannot end the link early.
            Some(page) => writeln!(
                out,
                " · [progress page]({})\n",
                page.chars()
                    .filter(|c| c.is_ascii_alphanumeric() || "-._~:/?#@!$&*+,;=%".contains(*c))
                    .collect::<String>()
            ),
            None => writeln!(out, "\n"),
        };
        if let Some(old) = &team.renamed_from {
            let _ = writeln!(out, "Renamed from **{}**: its key results keep their history.\n", text(old));
        }
        if !team.key_results_moved.is_empty() {
            out.push_str("| key result | current | progress | status |\n|---|---|---|---|\n");
            for m in &team.key_results_moved {
                let status = match (m.status_before, m.status_after) {
                    (Some(a), Some(b)) if a == b => a.as_str().to_owned(),
                    (a, b) => format!("{} → **{}**", a.map_or("–", Status::as_str), b.map_or("–", Status::as_str)),
                };
                let _ = writeln!(
                    out,
                    "| {} `{}/{}` | {} → {} | {} → {} | {} |",
                    cell(&m.title),
                    m.objective,
                    m.key_result,
                    cell(m.from.as_deref().unwrap_or("–")),
                    cell(m.to.as_deref().unwrap_or("–")),
                    percent(m.progress_before),
                    percent(m.progress_after),
                    status
                );
            }
            out.push('\n');
        }
        let goalposts = |out: &mut String, heading: &str, goalposts: &[Goalpost]| {
            if goalposts.is_empty() {
                return;
            }
            out.push_str(heading);
            for g in goalposts {
                let _ = writeln!(
                    out,
                    "- `{}/{}` {}: {} → {} ({})",
                    g.objective,
                    g.key_result,
                    g.field,
                    value(g.from.as_deref()),
                    value(g.to.as_deref()),
                    text(&g.title)
                );
            }
            out.push('\n');
        };
        goalposts(
            &mut out,
            "**⚠ Goalposts moved.** A target or baseline changed: moving a goalpost mid-period deserves a reviewer's eye.\n\n",
            &team.goalposts_moved,
        );
        goalposts(
            &mut out,
            "**Targets and baselines set** where there were none: the key result can now be measured.\n\n",
            &team.goalposts_set,
        );
        let mut list = |heading: &str, items: Vec<String>| {
            if !items.is_empty() {
                let _ = writeln!(out, "**{heading}**\n");
                for item in items {
                    let _ = writeln!(out, "- {item}");
                }
                out.push('\n');
            }
        };
        let id = |a: &Added| match &a.objective {
            Some(o) => format!("`{o}/{}`", a.id),
            None => format!("`{}`", a.id),
        };
        let count = |a: &Added| match a.key_results {
            Some(1) => " (1 key result)".to_owned(),
            Some(n) => format!(" ({n} key results)"),
            None => String::new(),
        };
        let described =
            |items: &[Added]| items.iter().map(|a| format!("{} {}{}", id(a), text(&a.title), count(a))).collect();
        let renamed = |items: &[Renamed]| {
            items
                .iter()
                .map(|r| {
                    let id = r.objective.as_ref().map_or(format!("`{}`", r.id), |o| format!("`{o}/{}`", r.id));
                    let mut line = format!("{id} {} → {}", text(&r.from), text(&r.to));
                    if let Some(old) = r.old_id.as_ref().filter(|_| r.history) {
                        let _ = write!(
                            line,
                            " — ⚠ the id came from the title and changed (was `{old}`): its history starts over; add `id: {old}` to keep it"
                        );
                    }
                    line
                })
                .collect()
        };
        list("Objectives added", described(&team.objectives_added));
        list("Objectives removed", described(&team.objectives_removed));
        list("Objectives renamed", renamed(&team.objectives_renamed));
        list("Key results added", described(&team.key_results_added));
        list("Key results removed", described(&team.key_results_removed));
        list("Key results renamed", renamed(&team.key_results_renamed));
        let pinned = team.ids_pinned.iter().map(|r| {
            let id = r.objective.as_ref().map_or(format!("`{}`", r.id), |o| format!("`{o}/{}`", r.id));
            let old = r.old_id.as_deref().unwrap_or_default();
            format!("{id} {} — the id is now written in the file (it was `{old}`, from the title)", text(&r.to))
        });
        list("Ids pinned", pinned.collect());
        findings_markdown(&mut out, &team.findings);
    }
    if !diff.other_findings.is_empty() {
        out.push_str("\n### Files that are not readable OKR sets\n\n");
        findings_markdown(&mut out, &diff.other_findings);
    }
    out.push_str("\n### Review checklist\n\nWhat no rule can judge:\n\n");
    for item in &diff.checklist {
        let _ = writeln!(out, "- [ ] {item}");
    }
    while out.contains("\n\n\n") {
        out = out.replace("\n\n\n", "\n\n");
    }
    out
}

fn findings_markdown(out: &mut String, changes: &FindingChanges) {
    for (heading, findings) in [("Findings introduced", &changes.introduced), ("Findings fixed", &changes.fixed)] {
        if findings.is_empty() {
            continue;
        }
        let _ = writeln!(out, "**{heading}** ({})\n", findings.len());
        for f in findings {
            let mark = match f.level {
                Level::Error => "✖ error",
                Level::Warning => "⚠ warning",
                Level::Info | Level::Off => "ℹ info",
            };
            // Messages are okrs' own sentences with code spans around the user's words: keep them.
            let message = f.message.replace(['\r', '\n'], " ");
            let _ = writeln!(out, "- {mark} `{}` {}:{}: {message}", f.rule, text(&f.path), f.line);
        }
        out.push('\n');
    }
}

fn percent(p: Option<f64>) -> String {
    p.map_or("–".to_owned(), |p| format!("{:.0} %", p * 100.0))
}

fn value(v: Option<&str>) -> String {
    v.map_or("(none)".to_owned(), |v| format!("`{}`", v.replace('`', "'")))
}

/// User text in Markdown: punctuation that would format, link or open HTML is escaped, and line
/// breaks become spaces, so a title cannot break the comment's layout.
fn text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' | '!' | '@' => {
                out.push('\\');
                out.push(c);
            }
            '\r' | '\n' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

fn cell(s: &str) -> String {
    text(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_text_cannot_format_or_break_tables() {
        assert_eq!(text("a|b <script> *x*\n@kari"), "a\\|b \\<script\\> \\*x\\* \\@kari");
        assert_eq!(percent(Some(0.456)), "46 %");
        assert_eq!(percent(None), "–");
    }
}
