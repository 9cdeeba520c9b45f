use crate::lint::{Example, Level, Rule, RuleContext, RuleMeta, Sink};
use crate::load::{OkrFile, Scope};
use crate::model::{Lang, Target};

pub struct TargetEqualsBaseline;

static META: RuleMeta = RuleMeta {
    id: "target-equals-baseline",
    default_level: Level::Error,
    summary: "No change asked for: a KPI, not a key result",
    rationale: "A KPI says where you are; an OKR says where you want to go. A key result whose target equals its \
baseline asks for no change: it is a health metric to watch, not a goal to reach. Either set the level you \
want to move to, or track the number outside the OKRs (or as a threshold, `target: \">= 99.9 %\"`, if holding \
the level is the goal).",
    examples: &[
        Example {
            lang: Lang::Nb,
            bad: "key_results:\n  - title: Kundetilfredshet\n    baseline: 4.2\n    target: 4.2",
            good: "key_results:\n  - title: Øke kundetilfredsheten fra 4,2 til 4,5\n    baseline: 4.2\n    target: 4.5",
        },
        Example {
            lang: Lang::En,
            bad: "key_results:\n  - title: Monthly active users\n    baseline: 12000\n    target: 12000",
            good: "key_results:\n  - title: Grow monthly active users from 12,000 to 15,000\n    baseline: 12000\n    target: 15000",
        },
    ],
    options: &[],
};

impl Rule for TargetEqualsBaseline {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_file(&self, file: &OkrFile, _ctx: &RuleContext, sink: &mut Sink) {
        let Some(set) = &file.set else { return };
        for (o, k, kr) in set.key_results() {
            let (Some(target), Some(baseline)) = (&kr.target, &kr.baseline) else { continue };
            let Target::Level(level) = &target.value else { continue };
            if (level.value - baseline.value.value).abs() > f64::EPSILON * level.value.abs().max(1.0) {
                continue;
            }
            sink.report(
                file,
                Scope::key_result(o, k),
                target.span,
                format!(
                    "target and baseline are both {}: no change is asked for, so this is a KPI, not a key result",
                    level.display(set.lang)
                ),
            )
            .help(format!(
                "set the level you want to reach by the end of the period; if holding the level is the goal, write it as a threshold (`target: \">= {}\"`)",
                file.written(target.span).trim_matches(['"', '\''])
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::rules::test_support::{finding_in_yaml, findings_yaml};

    #[test]
    fn the_same_number_written_two_ways_is_still_a_kpi() {
        let fires = |kr: &str| findings_yaml("nb", kr).contains(&"target-equals-baseline");
        assert!(fires("      - title: Kundetilfredshet\n        baseline: \"4,2\"\n        target: 4.2\n"));
        assert!(!fires(
            "      - title: Øke kundetilfredsheten fra 4,2 til 4,5\n        baseline: 4.2\n        target: 4.5\n"
        ));
    }

    #[test]
    fn names_the_level_as_people_write_it() {
        let finding = finding_in_yaml(
            "target-equals-baseline",
            "nb",
            "      - title: Omsetning\n        baseline: 3 MNOK\n        target: \"3 MNOK\"\n",
        );
        assert!(finding.message.starts_with("target and baseline are both NOK 3 000 000:"), "{}", finding.message);
        assert!(
            finding.help.as_deref().is_some_and(|h| h.ends_with("(`target: \">= 3 MNOK\"`)")),
            "{:?}",
            finding.help
        );
    }
}
