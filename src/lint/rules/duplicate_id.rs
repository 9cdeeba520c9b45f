use std::collections::HashMap;

use crate::lint::{Example, Level, Rule, RuleContext, RuleMeta, Sink};
use crate::load::{OkrFile, Scope};
use crate::model::{Lang, Spanned};

pub struct DuplicateId;

static META: RuleMeta = RuleMeta {
    id: "duplicate-id",
    default_level: Level::Error,
    summary: "Two objectives, or two key results of one objective, share an id",
    rationale: "Ids are how okrs follows an objective or key result through git history, how \
`okrs check-in` finds the key result to update and how findings are matched between revisions. \
Without an explicit `id` the id is derived from the title, so two identical titles collide too.",
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
