use crate::lint::judge::{direction, stated_numbers, title_lang};
use crate::lint::text::tokens;
use crate::lint::{Example, Level, Rule, RuleContext, RuleMeta, Sink};
use crate::load::{OkrFile, Scope};
use crate::model::{Lang, Target};

pub struct DirectionMismatch;

static META: RuleMeta = RuleMeta {
    id: "direction-mismatch",
    default_level: Level::Error,
    summary: "The title says increase/øke, the numbers go down (or the reverse)",
    rationale: "When the title says \"øke\" or \"increase\" and the target is below the baseline (or \"redusere\", \
\"reduce\" and the target is above it), one of them is wrong, and the progress page will count every step in \
the wrong direction as progress. When the title also states the numbers (\"fra 6,8 % til 5,5 %\"), \
`text-number-mismatch` reports the disagreement instead: one diagnosis per defect. Below zero the rule \
says nothing: \"reduce the loss from -500 to -100\" speaks of its size, \"raise the temperature from -10 to \
-2\" of its value.",
    examples: &[
        Example {
            lang: Lang::Nb,
            bad: "key_results:\n  - title: Redusere sykefraværet\n    baseline: 5.5\n    target: 6.8",
            good: "key_results:\n  - title: Redusere sykefraværet\n    baseline: 6.8\n    target: 5.5",
        },
        Example {
            lang: Lang::En,
            bad: "key_results:\n  - title: Increase NPS among business customers\n    baseline: 35\n    target: 21",
            good: "key_results:\n  - title: Increase NPS among business customers\n    baseline: 21\n    target: 35",
        },
    ],
    options: &[],
};

impl Rule for DirectionMismatch {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_file(&self, file: &OkrFile, _ctx: &RuleContext, sink: &mut Sink) {
        let Some(set) = &file.set else { return };
        for (o, k, kr) in set.key_results() {
            let (Some(title), Some(target), Some(baseline)) = (&kr.title, &kr.target, &kr.baseline) else {
                continue;
            };
            let Target::Level(level) = &target.value else { continue };
            let (t, b) = (level.value, baseline.value.value);
            let tokens = tokens(&title.value);
            // Numbers in the title that disagree with the fields are text-number-mismatch's
            // finding: one diagnosis per defect.
            if stated_numbers(&tokens, title_lang(&tokens, set.lang)).is_some() {
                continue;
            }
            let Some(up) = direction(&tokens) else { continue };
            // Below zero a verb may speak of the value (raise the temperature from -10 to -2) or
            // of its size (reduce the loss from -500 to -100): no telling which, so no finding.
            if t < 0.0 || b < 0.0 {
                continue;
            }
            let (asked, side) = match (up, t < b, t > b) {
                (true, true, _) => ("an increase", "below"),
                (false, _, true) => ("a decrease", "above"),
                _ => continue,
            };
            let message = format!(
                "the title asks for {asked}, but the target ({}) is {side} the baseline ({})",
                level.display(set.lang),
                baseline.value.display(set.lang)
            );
            sink.report(file, Scope::key_result(o, k), target.span, message)
                .help("swap `baseline` and `target` if they are mixed up, or fix the verb in the title");
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::rules::test_support::{finding_in_yaml, findings_yaml};

    fn fires(lang: &str, title: &str, baseline: &str, target: &str) -> bool {
        findings_yaml(
            lang,
            &format!("      - title: \"{title}\"\n        baseline: {baseline}\n        target: {target}\n"),
        )
        .contains(&"direction-mismatch")
    }

    #[test]
    fn the_verb_and_the_numbers_agree() {
        assert!(fires("nb", "Øke kundetilfredsheten", "4.5", "4.1"));
        assert!(fires("nn", "Redusere sjukefråværet", "6", "7"));
        assert!(fires("en", "Increase weekly active users", "9000", "8000"));
        assert!(!fires("en", "Reduce churn", "4", "3"));
        assert!(!fires("nb", "Andelen fakturaer med feil går ned", "12", "4"));
    }

    #[test]
    fn below_zero_the_verb_may_mean_the_size() {
        assert!(!fires("nb", "Redusere tapet fra -500 til -100", "-500", "-100"));
        assert!(!fires("nb", "Redusere underskuddet i driften", "-500", "-100"));
        assert!(!fires("en", "Raise the temperature in the cold store", "-20", "-18"));
        assert!(!fires("en", "Increase the net result", "-2", "1"));
    }

    #[test]
    fn names_the_levels_in_the_files_language() {
        let finding = finding_in_yaml(
            "direction-mismatch",
            "nb",
            "      - title: Øke snittordren\n        baseline: \"12 500,5 kr\"\n        target: 11000\n",
        );
        assert_eq!(
            &*finding.message,
            "the title asks for an increase, but the target (11 000) is below the baseline (NOK 12 500,5)"
        );
    }
}
