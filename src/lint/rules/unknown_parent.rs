use std::collections::HashSet;

use crate::lint::{Example, Level, Rule, RuleContext, RuleMeta, Sink};
use crate::load::{OkrFile, Scope};
use crate::model::Lang;

pub struct UnknownParent;

static META: RuleMeta = RuleMeta {
    id: "unknown-parent",
    default_level: Level::Error,
    summary: "`parent` names no objective of that team and period",
    rationale: "`parent: team-slug/objective-id` links an objective to the one it contributes to, in the same \
period; the progress site rolls scores up along these links. A link to an objective that does not exist (a \
typo, a renamed id, another period) silently breaks the roll-up.",
    examples: &[
        Example {
            lang: Lang::Nb,
            bad: "team: Salg\nperiod: 2026-Q1\nobjectives:\n  - title: Bli kundenes førstevalg i Midt-Norge\n    parent: selskapet/vekts",
            good: "team: Salg\nperiod: 2026-Q1\nobjectives:\n  - title: Bli kundenes førstevalg i Midt-Norge\n    parent: selskapet/vekst",
        },
        Example {
            lang: Lang::En,
            bad: "objectives:\n  - title: Keep every customer we win\n    parent: company",
            good: "objectives:\n  - title: Keep every customer we win\n    parent: company/retention",
        },
    ],
    options: &[],
};

impl Rule for UnknownParent {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_repository(&self, files: &[OkrFile], _ctx: &RuleContext, sink: &mut Sink) {
        // Most repositories link no objectives: then there is no index of them to build.
        let has_parent = |f: &OkrFile| f.set.as_ref().is_some_and(|s| s.objectives.iter().any(|o| o.parent.is_some()));
        if !files.iter().any(has_parent) {
            return;
        }
        // Every (team slug, period, objective id) in the repository.
        let known: HashSet<(String, String, String)> = files
            .iter()
            .filter_map(|f| f.set.as_ref())
            .flat_map(|s| {
                let (team, period) = (s.team_slug().unwrap_or_default(), s.period_text().unwrap_or_default());
                s.objectives.iter().map(move |o| (team.clone(), period.clone(), o.id.value.clone()))
            })
            .collect();
        for file in files {
            let Some(set) = &file.set else { continue };
            let period = set.period_text().unwrap_or_default();
            for (o, objective) in set.objectives.iter().enumerate() {
                let Some(parent) = &objective.parent else { continue };
                let Some((team, id)) = parent.value.split_once('/') else {
                    sink.report(
                        file,
                        Scope::objective(o),
                        parent.span,
                        format!("`parent: {}` must name a team and an objective", parent.value),
                    )
                    .help("write it as team-slug/objective-id, e.g. `parent: company/growth`");
                    continue;
                };
                if known.contains(&(team.to_owned(), period.clone(), id.to_owned())) {
                    continue;
                }
                let hint = known
                    .iter()
                    .filter(|(_, p, _)| *p == period)
                    .map(|(t, _, i)| format!("{t}/{i}"))
                    .map(|c| (strsim::damerau_levenshtein(&parent.value, &c), c))
                    .filter(|(d, c)| *d <= (c.chars().count() / 3).max(1))
                    .min()
                    .map(|(_, c)| c);
                let reported = sink.report(
                    file,
                    Scope::objective(o),
                    parent.span,
                    format!("`parent: {}` names no objective of team `{team}` in {period}", parent.value),
                );
                match hint {
                    Some(h) => reported.help(format!("did you mean `{h}`?")),
                    None => reported.help(format!(
                        "check the id and the period: the parent must be an objective of a set whose team slug is `{team}`, in the same period"
                    )),
                };
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::rules::test_support::lint_files;

    #[test]
    fn parents_must_exist_in_the_same_period() {
        let company = "---\nteam: Company\nperiod: 2026-Q1\nowner: o\nobjectives:\n  - id: growth\n    title: Bli Nordens ledende\n---\n";
        let team = |parent: &str, period: &str| {
            format!(
                "---\nteam: Salg\nperiod: {period}\nowner: o\nobjectives:\n  - title: Bli best i Midt-Norge\n    parent: {parent}\n---\n"
            )
        };
        let messages = |text: &str| -> Vec<String> {
            lint_files("", &[("okrs/company.md", company), ("okrs/salg.md", text)])
                .into_iter()
                .filter(|f| f.rule == "unknown-parent")
                .map(|f| format!("{} {}", f.message, f.help.unwrap_or_default()))
                .collect()
        };
        assert!(messages(&team("company/growth", "2026-Q1")).is_empty());
        let typo = messages(&team("company/growht", "2026-Q1"));
        assert!(typo[0].contains("did you mean `company/growth`"), "{typo:?}");
        assert_eq!(messages(&team("company/growth", "2026-Q2")).len(), 1);
        assert!(messages(&team("growth", "2026-Q1"))[0].contains("must name a team"));
    }
}
