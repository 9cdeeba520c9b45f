use crate::lint::judge::{Stated, stated_numbers, title_lang};
use crate::lint::text::{span_in, tokens};
use crate::lint::{Example, Level, Rule, RuleContext, RuleMeta, Sink};
use crate::load::{OkrFile, Scope};
use crate::model::{Lang, Target};

pub struct TextNumberMismatch;

static META: RuleMeta = RuleMeta {
    id: "text-number-mismatch",
    default_level: Level::Warning,
    summary: "The title says \"fra 10 000 til 13 000\" or \"30 %\", the fields say otherwise",
    rationale: "People read the title; the progress page reads `baseline` and `target`. When the title says \
\"fra 10 000 til 13 000\", \"med 30 %\", \"by 20%\" or \"to 2.5%\" and the fields disagree, one of them is \
stale and the team is steering by two different goals. Relative changes are compared with a small tolerance, \
and a percentage change of a percentage may be read as points.",
    examples: &[
        Example {
            lang: Lang::Nb,
            bad: "key_results:\n  - title: Øke organisk trafikk fra 10 000 til 13 000 økter\n    baseline: 10000\n    target: 15000",
            good: "key_results:\n  - title: Øke organisk trafikk fra 10 000 til 15 000 økter\n    baseline: 10000\n    target: 15000",
        },
        Example {
            lang: Lang::En,
            bad: "key_results:\n  - title: Cut cloud spend by 20%\n    baseline: 50000\n    target: 45000",
            good: "key_results:\n  - title: Cut cloud spend by 20%\n    baseline: 50000\n    target: 40000",
        },
    ],
    options: &[],
};

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 0.01 * a.abs().max(b.abs()) + 1e-9
}

/// Equal, or equal when one side writes a percentage as a fraction (2.5 % and 0.025).
/// Fields may be in the title's scale (`unit: MNOK`, `target: 131` for "131 MNOK").
fn same(stated: f64, field: f64, percent: bool) -> bool {
    [1.0, 1e3, 1e6, 1e9].iter().any(|scale| close(stated, field * scale))
        || percent && (close(stated / 100.0, field) || close(stated, field / 100.0))
}

impl Rule for TextNumberMismatch {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_file(&self, file: &OkrFile, _ctx: &RuleContext, sink: &mut Sink) {
        let Some(set) = &file.set else { return };
        for (o, k, kr) in set.key_results() {
            let Some(title) = &kr.title else { continue };
            let Some(target) = kr.target.as_ref().and_then(|t| t.value.quantity().map(|q| q.value)) else {
                continue;
            };
            let baseline = kr.baseline.as_ref().map(|b| b.value.value);
            let tokens = tokens(&title.value);
            let Some(stated) = stated_numbers(&tokens, title_lang(&tokens, set.lang)) else { continue };
            let target_written = kr.target.as_ref().map(|t| file.written(t.span)).unwrap_or_default();
            let fields = match &kr.baseline {
                Some(b) => format!("`baseline: {}` and `target: {target_written}`", file.written(b.span)),
                None => format!("`target: {target_written}`"),
            };
            let (ok, at) = match &stated {
                Stated::FromTo { from, to, percent, at } => {
                    (same(*to, target, *percent) && baseline.is_none_or(|b| same(*from, b, *percent)), *at)
                }
                Stated::To { to, percent, at } => {
                    let threshold = matches!(kr.target.as_ref().map(|t| &t.value), Some(Target::Threshold(..)));
                    (same(*to, target, *percent) || threshold && baseline.is_none(), *at)
                }
                Stated::By { amount, points, at, .. } => {
                    let Some(b) = baseline else { continue };
                    let change = target - b;
                    let relative = if b != 0.0 { (change / b * 100.0).abs() } else { f64::NAN };
                    let as_points = change.abs();
                    let ok = if *points {
                        (as_points - amount).abs() <= 0.05 * amount.max(1.0)
                    } else {
                        (relative - amount).abs() <= 0.05 * amount.max(1.0)
                            || (as_points - amount).abs() <= 0.05 * amount.max(1.0)
                    };
                    (ok, *at)
                }
            };
            if ok {
                continue;
            }
            let (start, end) = (tokens[at.start].start, tokens[at.end - 1].end);
            let said = &title.value[start..end];
            sink.report(
                file,
                Scope::key_result(o, k),
                span_in(file, title, start, end),
                format!("the title says \"{said}\", but the fields say {fields}"),
            )
            .help("make the title and the `baseline`/`target` fields agree: the progress page reads the fields");
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::rules::test_support::{finding_in_yaml, findings_yaml};

    fn mismatch(lang: &str, title: &str, baseline: &str, target: &str) -> bool {
        findings_yaml(
            lang,
            &format!("      - title: \"{title}\"\n        baseline: {baseline}\n        target: {target}\n"),
        )
        .contains(&"text-number-mismatch")
    }

    #[test]
    fn compares_relative_changes_within_a_tolerance() {
        assert!(!mismatch("nb", "Øke trafikken fra 10 000 til 13 000", "10000", "13000"));
        assert!(mismatch("nb", "Øke trafikken fra 10 000 til 13 000", "10000", "15000"));
        assert!(!mismatch("nb", "Redusere kostnadene med 30 %", "100", "70"));
        assert!(mismatch("nb", "Redusere kostnadene med 30 %", "100", "90"));
        assert!(!mismatch("en", "Cut spend by 20%", "50000", "40000"));
        assert!(!mismatch("en", "Raise conversion to 2.5%", "1.5", "\"2.5 %\""));
        assert!(mismatch("en", "Raise conversion to 2.5%", "1.5", "3"));
        assert!(!mismatch("nb", "Øke markedsandelen med 3 prosentpoeng", "20", "23"));
        assert!(!mismatch("en", "Grow ARR from NOK 2 mill. to NOK 5 mill.", "\"NOK 2 mill.\"", "\"NOK 5 mill.\""));
        assert!(!mismatch("en", "Grow ARR from 112 to 131 MNOK", "112", "131"));
    }

    #[test]
    fn quotes_the_fields_as_the_file_writes_them() {
        let finding = finding_in_yaml(
            "text-number-mismatch",
            "nb",
            "      - title: Øke konverteringen fra 1,5 % til 2,5 %\n        baseline: \"1,5 %\"\n        target: 3 %\n",
        );
        assert_eq!(
            &*finding.message,
            "the title says \"fra 1,5 % til 2,5 %\", but the fields say `baseline: \"1,5 %\"` and `target: 3 %`"
        );
    }
}
