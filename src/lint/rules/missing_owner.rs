use crate::lint::{Example, Level, Rule, RuleContext, RuleMeta, Sink};
use crate::load::{OkrFile, Scope};
use crate::model::{Lang, Span};

pub struct MissingOwner;

static META: RuleMeta = RuleMeta {
    id: "missing-owner",
    default_level: Level::Warning,
    summary: "Nobody owns it",
    rationale: "OKRs are followed up every week. Someone has to update `current`, raise the flag when a key \
result stalls and answer for the score after the period. An owner on the set covers every objective in it; \
otherwise each objective needs its own.",
    examples: &[
        Example {
            lang: Lang::Nb,
            bad: "team: Salg\nperiod: 2026-Q2\nobjectives:\n  - title: Bli kundenes førstevalg i Midt-Norge",
            good: "team: Salg\nperiod: 2026-Q2\nowner: ingrid.berg\nobjectives:\n  - title: Bli kundenes førstevalg i Midt-Norge",
        },
        Example {
            lang: Lang::En,
            bad: "team: Sales\nperiod: 2026-Q1\nobjectives:\n  - title: Keep every customer we win",
            good: "team: Sales\nperiod: 2026-Q1\nobjectives:\n  - title: Keep every customer we win\n    owner: lars.johansen",
        },
    ],
    options: &[],
};

impl Rule for MissingOwner {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_file(&self, file: &OkrFile, _ctx: &RuleContext, sink: &mut Sink) {
        let Some(set) = &file.set else { return };
        if set.owner.is_some() {
            return;
        }
        let unowned: Vec<usize> =
            set.objectives.iter().enumerate().filter(|(_, o)| o.owner.is_none()).map(|(i, _)| i).collect();
        if set.objectives.is_empty() || unowned.len() == set.objectives.len() && unowned.len() > 1 {
            let at = set.team.as_ref().map_or(Span::new(set.front_matter.start, set.front_matter.start), |t| t.span);
            sink.report(file, Scope::SET, at, "nobody owns this OKR set")
                .help("add `owner: <name>` at the top, or an `owner:` on each objective");
            return;
        }
        for o in unowned {
            let objective = &set.objectives[o];
            let at = objective.title.as_ref().map_or(objective.span, |t| t.span);
            sink.report(file, Scope::objective(o), at, "nobody owns this objective")
                .help("add `owner: <name>` to the objective, or one for the whole set");
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::rules::test_support::lint_files;

    #[test]
    fn a_set_owner_covers_its_objectives() {
        let owned = "---\nteam: A\nperiod: 2026-Q1\nowner: kari\nobjectives:\n  - title: Bli best\n---\n";
        let unowned = "---\nteam: A\nperiod: 2026-Q1\nobjectives:\n  - title: Bli best\n    owner: kari\n  - title: Bli størst\n---\n";
        let rules = |text: &str| -> Vec<(String, Option<String>)> {
            lint_files("", &[("okrs/a.md", text)])
                .into_iter()
                .filter(|f| f.rule == "missing-owner")
                .map(|f| (f.message.to_string(), f.objective.as_deref().map(str::to_owned)))
                .collect()
        };
        assert!(rules(owned).is_empty());
        assert_eq!(rules(unowned), vec![("nobody owns this objective".to_owned(), Some("bli-storst".to_owned()))]);
    }
}
