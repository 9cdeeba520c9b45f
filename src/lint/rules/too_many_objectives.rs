use crate::lint::{Example, Level, OptionKind, Rule, RuleContext, RuleMeta, RuleOption, Sink};
use crate::load::{OkrFile, Scope};
use crate::model::Lang;

pub struct TooManyObjectives;

static META: RuleMeta = RuleMeta {
    id: "too-many-objectives",
    default_level: Level::Error,
    summary: "More than 3 objectives per team and period (across files)",
    rationale: "1–3 objectives per team and period: focus is the point of OKRs. With more, nothing is a \
priority and the weekly follow-up turns into a status meeting. Objectives are counted per team and period \
across all files, so splitting a team's OKRs into several files does not hide them.",
    examples: &[
        Example {
            lang: Lang::Nb,
            bad: "team: Marked\nperiod: 2026-Q1\nobjectives:\n  - title: Bli mest synlige leverandør i Norden\n  - title: Bli førstevalget for borettslag\n  - title: Eie samtalen om solenergi\n  - title: Bli kjent i Sverige",
            good: "team: Marked\nperiod: 2026-Q1\nobjectives:\n  - title: Bli mest synlige leverandør i Norden\n  - title: Bli førstevalget for borettslag\n  - title: Eie samtalen om solenergi",
        },
        Example {
            lang: Lang::En,
            bad: "# okrs/sales.md and okrs/sales-extra.md both have team: Sales, period: 2026-Q1,\n# with 2 and 2 objectives",
            good: "# one file, or files that together hold at most 3 objectives for Sales in 2026-Q1",
        },
    ],
    options: &[RuleOption {
        name: "max",
        kind: OptionKind::Integer,
        default: "3",
        doc: "the most objectives a team may have in one period",
    }],
};

impl Rule for TooManyObjectives {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_repository(&self, files: &[OkrFile], ctx: &RuleContext, sink: &mut Sink) {
        let max = ctx.options.integer("max", 3).max(0) as usize;
        for ((_, period), group) in super::team_periods(files) {
            let total: usize = group.iter().filter_map(|f| f.set.as_ref()).map(|s| s.objectives.len()).sum();
            if total <= max {
                continue;
            }
            // The first objective over the limit, counting through the files in path order.
            let mut seen = 0;
            for file in &group {
                let Some(set) = &file.set else { continue };
                if seen + set.objectives.len() <= max {
                    seen += set.objectives.len();
                    continue;
                }
                let o = max - seen;
                let objective = &set.objectives[o];
                let team = set.team.as_ref().map_or("the team", |t| t.value.as_str());
                let at = objective.title.as_ref().map_or(objective.span, |t| t.span);
                let mut reported = sink
                    .report(
                        file,
                        Scope::objective(o),
                        at,
                        format!("{team} has {total} objectives for {period}, more than {max}"),
                    )
                    .help(format!(
                        "choose the {max} that matter most this period; move the others to a later period or drop them"
                    ));
                let others: Vec<&str> =
                    group.iter().map(|f| f.source.path.as_str()).filter(|p| *p != file.source.path).collect();
                if !others.is_empty() {
                    reported =
                        reported.note(format!("{team}'s objectives for {period} are also in {}", others.join(", ")));
                }
                let _ = reported;
                break;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::rules::test_support::lint_files;

    fn set(team: &str, titles: &[&str]) -> String {
        let objectives: String = titles.iter().map(|t| format!("  - title: {t}\n")).collect();
        format!("---\nteam: {team}\nperiod: 2026-Q1\nowner: o\nobjectives:\n{objectives}---\n")
    }

    #[test]
    fn counts_across_files_and_points_at_the_first_over_the_limit() {
        let a = set("Salg", &["Bli best i Midt-Norge", "Bli best i Nord-Norge"]);
        let b = set("Salg", &["Bli best i Vest-Norge", "Bli best i Sør-Norge"]);
        let c = set("Marked", &["Bli synlige"]);
        let findings = lint_files("", &[("okrs/a.md", &a), ("okrs/b.md", &b), ("okrs/c.md", &c)]);
        let found: Vec<_> = findings.iter().filter(|f| f.rule == "too-many-objectives").collect();
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!((&*found[0].path, found[0].objective.as_deref()), ("okrs/b.md", Some("bli-best-i-sor-norge")));
        assert!(found[0].notes[0].contains("okrs/a.md"), "{:?}", found[0].notes);
        let relaxed =
            lint_files("rules:\n  too-many-objectives: { max: 4 }\n", &[("okrs/a.md", &a), ("okrs/b.md", &b)]);
        assert!(!relaxed.iter().any(|f| f.rule == "too-many-objectives"));
    }
}
