use std::collections::HashMap;

use crate::lint::{Example, Level, Rule, RuleContext, RuleMeta, Sink};
use crate::load::{OkrFile, Scope};
use crate::model::{Lang, Spanned};

pub struct DuplicateId;

static META: RuleMeta = RuleMeta {
    id: "duplicate-id",
    default_level: Level::Error,
    summary: "Two objectives of a team and period, or two key results of one objective, share an id",
    rationale: "Ids are how okrs follows an objective or key result through git history, how \
`okrs check-in` finds the key result to update and how findings are matched between revisions. \
Without an explicit `id` the id is derived from the title, so two identical titles collide too. A \
team's objectives for a period are one list even when several files hold them.",
    examples: &[
        Example {
            lang: Lang::Nb,
            bad: "objectives:\n  - id: vekst\n    title: Vokse i Norden\n  - id: vekst\n    title: Vokse i Tyskland",
            good: "objectives:\n  - id: vekst-norden\n    title: Vokse i Norden\n  - id: vekst-tyskland\n    title: Vokse i Tyskland",
        },
        Example {
            lang: Lang::En,
            bad: "key_results:\n  - title: Reduce churn from 4 % to 3 %\n  - title: Reduce churn from 4 % to 3 %",
            good: "key_results:\n  - id: churn-smb\n    title: Reduce SMB churn from 4 % to 3 %\n  - id: churn-enterprise\n    title: Reduce enterprise churn from 2 % to 1.5 %",
        },
    ],
    options: &[],
};

impl Rule for DuplicateId {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_repository(&self, files: &[OkrFile], _ctx: &RuleContext, sink: &mut Sink) {
        DuplicateId::across_files(files, sink);
    }

    fn check_file(&self, file: &OkrFile, _ctx: &RuleContext, sink: &mut Sink) {
        let Some(set) = &file.set else { return };
        let objectives = set.objectives.iter().map(|o| (&o.id, o.id_is_explicit));
        for (index, first) in duplicates(objectives) {
            let id = &set.objectives[index].id;
            sink.report(
                file,
                Scope::objective(index),
                id.span,
                format!("objective id `{}` is used twice in this set", id.value),
            )
            .help(help(
                set.objectives[index].id_is_explicit,
                "objective",
                file.source.line_col(first.start).0,
            ));
        }
        for (o, objective) in set.objectives.iter().enumerate() {
            for (index, first) in duplicates(objective.key_results.iter().map(|k| (&k.id, k.id_is_explicit))) {
                let kr = &objective.key_results[index];
                sink.report(
                    file,
                    Scope::key_result(o, index),
                    kr.id.span,
                    format!("key result id `{}` is used twice in objective `{}`", kr.id.value, objective.id.value),
                )
                .help(help(kr.id_is_explicit, "key result", file.source.line_col(first.start).0));
            }
        }
    }
}

impl DuplicateId {
    /// Objectives of one team and period are one list, whichever files hold them: the same id in
    /// two files is one objective to the history, the site and `okrs check-in`.
    fn across_files(files: &[OkrFile], sink: &mut Sink) {
        // Most teams keep a period in one file: only groups of several are compared.
        for group in super::team_periods(files).values().filter(|g| g.len() > 1) {
            let mut first: HashMap<&str, (&OkrFile, usize)> = HashMap::new();
            for file in group.iter().copied() {
                let Some(set) = &file.set else { continue };
                for (o, objective) in set.objectives.iter().enumerate() {
                    match first.get(objective.id.value.as_str()) {
                        None => {
                            first.insert(&objective.id.value, (file, o));
                        }
                        // Twice in one file is check_file's finding.
                        Some((earlier, _)) if std::ptr::eq(*earlier, file) => {}
                        Some(&(earlier, e)) => {
                            let at = earlier.set.as_ref().map_or(0, |s| s.objectives[e].id.span.start);
                            sink.report(
                                file,
                                Scope::objective(o),
                                objective.id.span,
                                format!(
                                    "objective id `{}` is also used in {} (line {}), for the same team and period",
                                    objective.id.value,
                                    earlier.source.path,
                                    earlier.source.line_col(at).0
                                ),
                            )
                            .help(if objective.id_is_explicit {
                                "a team's objectives in one period are one list, whichever file holds them: give this objective its own `id`"
                            } else {
                                "the id comes from the title, which repeats that objective's: give each an explicit `id:` (and a distinct title)"
                            });
                        }
                    }
                }
            }
        }
    }
}

/// The index of every later item whose id repeats an earlier one, with the earlier one's span.
fn duplicates<'a>(ids: impl Iterator<Item = (&'a Spanned<String>, bool)>) -> Vec<(usize, crate::model::Span)> {
    let mut seen = HashMap::new();
    let mut out = Vec::new();
    for (i, (id, _)) in ids.enumerate() {
        match seen.get(id.value.as_str()) {
            Some(&span) => out.push((i, span)),
            None => {
                seen.insert(id.value.as_str(), id.span);
            }
        }
    }
    out
}

fn help(explicit: bool, what: &str, first_line: usize) -> String {
    if explicit {
        format!("the first {what} with this id is on line {first_line}; give each {what} its own `id`")
    } else {
        format!(
            "the id comes from the title, which repeats the {what} on line {first_line}; give each an explicit `id:` (and a distinct title)"
        )
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::rules::test_support::lint_files;

    #[test]
    fn one_objective_id_in_two_files_of_a_team_and_period() {
        let set = |team: &str, period: &str| {
            format!("---\nteam: {team}\nperiod: {period}\nobjectives:\n  - id: vekst\n    title: Vokse\n---\n")
        };
        let found = |files: &[(&str, &str)]| -> Vec<(String, String)> {
            lint_files("", files)
                .into_iter()
                .filter(|f| f.rule == "duplicate-id")
                .map(|f| (f.path.to_string(), f.message.to_string()))
                .collect()
        };
        let (a, b) = (set("Salg", "2026-Q1"), set("Salg", "2026-Q1"));
        assert_eq!(
            found(&[("okrs/b.md", &b), ("okrs/a.md", &a)]),
            [(
                "okrs/b.md".to_owned(),
                "objective id `vekst` is also used in okrs/a.md (line 5), for the same team and period".to_owned()
            )]
        );
        // Another team, or another period, has its own list.
        assert!(found(&[("okrs/a.md", &a), ("okrs/c.md", &set("Drift", "2026-Q1"))]).is_empty());
        assert!(found(&[("okrs/a.md", &a), ("okrs/d.md", &set("Salg", "2026-Q2"))]).is_empty());
    }
}
