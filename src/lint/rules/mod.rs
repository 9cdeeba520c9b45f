//! The rule registry: every rule, in the order `okrs rules` lists them.

use super::Rule;
use crate::load::OkrFile;

mod binary_key_result;
mod direction_mismatch;
mod duplicate_id;
mod invalid_front_matter;
mod invalid_period;
mod invalid_value;
mod key_result_count;
mod key_result_is_task;
mod missing_baseline;
mod missing_field;
mod missing_owner;
mod objective_has_metric;
pub mod stale_key_result;
mod target_equals_baseline;
mod text_number_mismatch;
mod too_many_objectives;
mod unknown_field;
mod unknown_parent;
mod unmeasurable_key_result;
mod vague_key_result;
mod vague_objective;

static REGISTRY: &[&dyn Rule] = &[
    &invalid_front_matter::InvalidFrontMatter,
    &missing_field::MissingField,
    &unknown_field::UnknownField,
    &invalid_period::InvalidPeriod,
    &invalid_value::InvalidValue,
    &duplicate_id::DuplicateId,
    &unknown_parent::UnknownParent,
    &too_many_objectives::TooManyObjectives,
    &key_result_count::KeyResultCount,
    &vague_key_result::VagueKeyResult,
    &unmeasurable_key_result::UnmeasurableKeyResult,
    &key_result_is_task::KeyResultIsTask,
    &binary_key_result::BinaryKeyResult,
    &missing_baseline::MissingBaseline,
    &target_equals_baseline::TargetEqualsBaseline,
    &direction_mismatch::DirectionMismatch,
    &text_number_mismatch::TextNumberMismatch,
    &vague_objective::VagueObjective,
    &objective_has_metric::ObjectiveHasMetric,
    &missing_owner::MissingOwner,
    &stale_key_result::StaleKeyResult,
];

pub fn registry() -> &'static [&'static dyn Rule] {
    REGISTRY
}

/// The files of each team and period, in path order: the sets rules count and compare across
/// files, since a team may split a period over several.
pub(crate) fn team_periods(files: &[OkrFile]) -> std::collections::BTreeMap<(String, String), Vec<&OkrFile>> {
    let mut groups: std::collections::BTreeMap<(String, String), Vec<&OkrFile>> = Default::default();
    for file in files {
        let Some(set) = &file.set else { continue };
        let (Some(team), Some(period)) = (set.team_slug(), set.period_text()) else { continue };
        groups.entry((team, period)).or_default().push(file);
    }
    for group in groups.values_mut() {
        group.sort_by(|a, b| a.source.path.cmp(&b.source.path));
    }
    groups
}

#[cfg(test)]
pub(crate) mod test_support {
    //! Lint one key result or objective through the real pipeline and list the rules that fire.

    use crate::lint::accuracy::{key_result_source, lint_source, objective_source};
    use crate::model::Lang;

    fn lang(code: &str) -> Lang {
        Lang::parse(code).expect("nb, nn or en")
    }

    pub fn findings(code: &str, title: &str, target: Option<&str>) -> Vec<&'static str> {
        lint_source(&key_result_source(lang(code), title, target)).iter().map(|f| f.rule).collect()
    }

    /// `key_results` items as YAML (indented six spaces), under one objective.
    pub fn findings_yaml(code: &str, key_results: &str) -> Vec<&'static str> {
        lint_source(&yaml_set(code, key_results)).iter().map(|f| f.rule).collect()
    }

    /// `rule`'s finding on [`findings_yaml`]'s set, for tests of what a message says.
    pub fn finding_in_yaml(rule: &str, code: &str, key_results: &str) -> crate::lint::Finding {
        let findings = lint_source(&yaml_set(code, key_results));
        findings.iter().find(|f| f.rule == rule).cloned().unwrap_or_else(|| panic!("no {rule} in {findings:?}"))
    }

    fn yaml_set(code: &str, key_results: &str) -> String {
        format!(
            "---\nteam: T\nperiod: 2026-Q1\nowner: o\nlang: {code}\nobjectives:\n  - title: Devset\n    key_results:\n{key_results}---\n"
        )
    }

    /// Lint several files (path, text) together with a `.okrs.yml` (empty for the defaults).
    pub fn lint_files(config: &str, files: &[(&str, &str)]) -> Vec<crate::lint::Finding> {
        let config = crate::config::Config::parse(".okrs.yml", config).expect("valid config");
        let files: Vec<_> = files
            .iter()
            .map(|(path, text)| crate::load::load_text(crate::load::SourceFile::new(*path, *text), Lang::En))
            .collect();
        crate::lint::lint(&files, &config)
    }

    pub fn objective_findings(code: &str, title: &str) -> Vec<&'static str> {
        lint_source(&objective_source(lang(code), title)).iter().map(|f| f.rule).collect()
    }
}

#[cfg(test)]
mod help_language {
    //! A help's example is in the language of the title it is about, not only of the file: teams
    //! write Norwegian titles in files that say `lang: en` (or say nothing), and the reverse. The
    //! title's language is read from its function words (`og`, `med`, `the`), so titles have some.

    use super::test_support::finding_in_yaml;
    use crate::lint::accuracy::lint_source;

    fn help(rule: &str, lang: &str, title: &str) -> String {
        let finding = finding_in_yaml(rule, lang, &format!("      - title: {title}\n"));
        finding.help.as_deref().unwrap_or_default().to_owned()
    }

    #[test]
    fn key_result_examples_follow_the_title() {
        let nb = "\"Øke andelen kunder som fornyer fra 70 % til 80 %\"";
        let en = "\"Raise the share of customers who renew from 70% to 80%\"";
        assert!(help("vague-key-result", "en", "Jobbe med å øke trafikken fra nettsøk").contains(nb));
        assert!(help("vague-key-result", "nb", "Work on growing the traffic from search").contains(en));
        assert!(help("vague-key-result", "nb", "Jobbe med å øke trafikken fra nettsøk").contains(nb));
        assert!(
            help("key-result-is-task", "en", "Lage tre kundehistorier om bruken av appen")
                .contains("fra 20 % til 35 %")
        );
        assert!(
            help("key-result-is-task", "nb", "Write three customer stories about the app").contains("from 20% to 35%")
        );
        assert!(help("unmeasurable-key-result", "en", "Flere kunder fornyer avtalen med oss").contains("minst 200"));
        assert!(help("unmeasurable-key-result", "nn", "More customers renew their plan").contains("at least 200"));
    }

    #[test]
    fn objective_examples_follow_the_title() {
        let text = "---\nteam: T\nperiod: 2026-Q1\nowner: o\nlang: en\nobjectives:\n  - title: Forbedre kundeopplevelsen i butikkene og på nett\n    key_results:\n      - title: Øke NPS fra 30 til 40\n      - title: Halvere antall klager\n---\n";
        let findings = lint_source(text);
        let vague = findings.iter().find(|f| f.rule == "vague-objective").expect("a vague objective");
        assert!(vague.help.as_deref().unwrap_or_default().contains("Bli kundenes førstevalg"), "{vague:?}");
    }
}

#[cfg(test)]
mod examples {
    //! Every rule's documented examples: the bad one is reported by the rule, the good one is not.

    use super::registry;
    use crate::lint::accuracy::lint_source;

    /// A documented fragment as a whole OKR file.
    fn file(lang: crate::model::Lang, fragment: &str) -> Option<String> {
        let indent =
            |text: &str, by: usize| -> String { text.lines().map(|l| format!("{}{l}\n", " ".repeat(by))).collect() };
        let head = format!("---\nlang: {lang}\n");
        let body = if fragment.starts_with("key_results:") || fragment.starts_with("initiatives:") {
            format!(
                "team: T\nperiod: 2026-Q1\nowner: o\nobjectives:\n  - title: Bli kundenes førstevalg\n{}",
                indent(fragment, 4)
            )
        } else if fragment.starts_with("objectives:") {
            format!("team: T\nperiod: 2026-Q1\nowner: o\n{fragment}\n")
        } else if fragment.starts_with("team:") || fragment.starts_with("period:") {
            format!("{fragment}\n")
        } else {
            return None;
        };
        Some(format!("{head}{body}---\n"))
    }

    #[test]
    fn bad_examples_are_reported_and_good_ones_are_not() {
        for rule in registry() {
            let meta = rule.meta();
            // Repository rules need the other files, stale-key-result the git history; their own
            // tests cover them.
            if matches!(meta.id, "unknown-parent" | "too-many-objectives" | "stale-key-result") {
                continue;
            }
            for example in meta.examples {
                let (Some(bad), Some(good)) = (file(example.lang, example.bad), file(example.lang, example.good))
                else {
                    continue;
                };
                let fires = |text: &str| lint_source(text).iter().any(|f| f.rule == meta.id);
                assert!(fires(&bad), "{} {}: the bad example is not reported:\n{bad}", meta.id, example.lang);
                assert!(!fires(&good), "{} {}: the good example is reported:\n{good}", meta.id, example.lang);
            }
        }
    }
}
