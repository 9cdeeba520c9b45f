use crate::lint::{Example, Level, Rule, RuleContext, RuleMeta, Sink};
use crate::load::{OkrFile, Scope};
use crate::model::{Lang, Target};

pub struct MissingBaseline;

static META: RuleMeta = RuleMeta {
    id: "missing-baseline",
    default_level: Level::Warning,
    summary: "A target without a baseline: progress cannot be computed",
    rationale: "Progress is how far `current` has moved from `baseline` towards `target`. Without the starting \
value the progress page cannot show a score, and nobody can tell whether 11 200 sessions is good news. \
Threshold targets (`\">= 99.9 %\"`) and milestones need no baseline.",
    examples: &[
        Example {
            lang: Lang::Nb,
            bad: "key_results:\n  - title: Øke organisk trafikk til 13 000 økter per måned\n    target: 13000",
            good: "key_results:\n  - title: Øke organisk trafikk fra 10 000 til 13 000 økter per måned\n    baseline: 10000\n    target: 13000",
        },
        Example {
            lang: Lang::En,
            bad: "key_results:\n  - title: Grow weekly active users to 11,500\n    target: 11500",
            good: "key_results:\n  - title: Grow weekly active users from 8,000 to 11,500\n    baseline: 8000\n    target: 11500",
        },
    ],
    options: &[],
};

impl Rule for MissingBaseline {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_file(&self, file: &OkrFile, _ctx: &RuleContext, sink: &mut Sink) {
        let Some(set) = &file.set else { return };
        for (o, k, kr) in set.key_results() {
            let Some(target) = &kr.target else { continue };
            // A baseline written but unreadable is invalid-value's finding: one diagnosis per defect.
            if kr.baseline.is_some()
                || !matches!(target.value, Target::Level(_))
                || file.unreadable(Scope::key_result(o, k), "baseline")
            {
                continue;
            }
            sink.report(
                file,
                Scope::key_result(o, k),
                target.span,
                "the key result has a target but no `baseline`, so its progress cannot be computed",
            )
            .help("add `baseline:` with the value at the start of the period (the number the title moves \"from\")");
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::rules::test_support::findings_yaml;

    #[test]
    fn levels_need_a_baseline_thresholds_and_milestones_do_not() {
        let fires = |kr: &str| findings_yaml("en", kr).contains(&"missing-baseline");
        assert!(fires("      - title: Grow weekly users to 11,500\n        target: 11500\n"));
        assert!(!fires("      - title: Uptime\n        target: \">= 99.9 %\"\n"));
        assert!(!fires("      - title: Portal is live\n        target: done\n"));
        assert!(!fires(
            "      - title: Grow weekly users from 8,000 to 11,500\n        baseline: 8000\n        target: 11500\n"
        ));
        // An ambiguous baseline is invalid-value's finding alone.
        assert!(!fires(
            "      - title: Grow weekly users from 8,000 to 11,500\n        baseline: \"8,000\"\n        target: 11500\n"
        ));
    }
}
