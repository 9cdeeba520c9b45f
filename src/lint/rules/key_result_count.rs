use crate::lint::{Example, Level, OptionKind, Rule, RuleContext, RuleMeta, RuleOption, Sink};
use crate::load::{OkrFile, Scope};
use crate::model::Lang;

pub struct KeyResultCount;

static META: RuleMeta = RuleMeta {
    id: "key-result-count",
    default_level: Level::Warning,
    summary: "Fewer than 2 or more than 5 key results per objective (none: error)",
    rationale: "2–5 key results per objective say how we know we got there. One key result is a single number \
that can be gamed; more than five spreads the team thin and hides what matters. An objective with no key \
results has no way to be measured at all, so that is an error whatever the level.",
    examples: &[
        Example {
            lang: Lang::Nb,
            bad: "objectives:\n  - title: Bli kundenes førstevalg i Midt-Norge\n    key_results:\n      - title: Øke markedsandelen fra 12 % til 18 %",
            good: "objectives:\n  - title: Bli kundenes førstevalg i Midt-Norge\n    key_results:\n      - title: Øke markedsandelen fra 12 % til 18 %\n      - title: Øke NPS blant bedriftskunder fra 32 til 45",
        },
        Example {
            lang: Lang::En,
            bad: "objectives:\n  - title: Keep every customer we win",
            good: "objectives:\n  - title: Keep every customer we win\n    key_results:\n      - title: Reduce monthly churn from 2.4 % to 1.5 %\n      - title: Raise net revenue retention from 98 % to 105 %",
        },
    ],
    options: &[
        RuleOption {
            name: "min",
            kind: OptionKind::Integer,
            default: "2",
            doc: "the fewest key results per objective",
        },
        RuleOption { name: "max", kind: OptionKind::Integer, default: "5", doc: "the most key results per objective" },
    ],
};

impl Rule for KeyResultCount {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_file(&self, file: &OkrFile, ctx: &RuleContext, sink: &mut Sink) {
        let Some(set) = &file.set else { return };
        let min = ctx.options.integer("min", 2).max(0) as usize;
        let max = ctx.options.integer("max", 5).max(0) as usize;
        for (o, objective) in set.objectives.iter().enumerate() {
            let n = objective.key_results.len();
            let title = objective.title.as_ref().map_or(objective.span, |t| t.span);
            if n == 0 {
                sink.report(
                    file,
                    Scope::objective(o),
                    title,
                    "the objective has no key results: nothing says when it is achieved",
                )
                .level(Level::Error)
                .help(format!(
                    "add `key_results:` with {min} to {max} measurable results that show the objective is reached"
                ));
            } else if n < min {
                let s = if n == 1 { "" } else { "s" };
                sink.report(file, Scope::objective(o), title, format!("the objective has {n} key result{s}, fewer than {min}"))
                    .help("add another measurable result, so that one number alone cannot be met while the objective is missed");
            } else if n > max {
                let at = objective.key_results[max].title.as_ref().map_or(objective.key_results_span, |t| t.span);
                sink.report(
                    file,
                    Scope::objective(o),
                    at,
                    format!("the objective has {n} key results, more than {max}"),
                )
                .help("keep the ones that best show the objective is reached; track the rest as KPIs or initiatives");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::Level;
    use crate::lint::rules::test_support::lint_files;

    #[test]
    fn none_is_an_error_even_when_the_rule_is_a_warning() {
        let text = "---\nteam: A\nperiod: 2026-Q1\nowner: o\nobjectives:\n  - title: Bli best\n  - title: Bli størst\n    key_results:\n      - title: Øke NPS fra 30 til 40\n        baseline: 30\n        target: 40\n---\n";
        let findings = lint_files("", &[("okrs/a.md", text)]);
        let counts: Vec<_> =
            findings.iter().filter(|f| f.rule == "key-result-count").map(|f| (f.level, f.line)).collect();
        assert_eq!(counts, vec![(Level::Error, 6), (Level::Warning, 7)]);
    }
}
