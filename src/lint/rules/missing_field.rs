use crate::lint::{Example, Level, Rule, RuleContext, RuleMeta, Sink};
use crate::load::{OkrFile, Scope};
use crate::model::{Lang, Span};

pub struct MissingField;

static META: RuleMeta = RuleMeta {
    id: "missing-field",
    default_level: Level::Error,
    summary: "A required field is missing: team, period, objectives, or a title",
    rationale: "A set needs a `team` and a `period` to be counted, followed up and shown on the \
progress site, and at least one objective. Every objective and key result needs a `title`: it \
is what people read, and without an explicit `id` it is also the identity of its history.",
    examples: &[
        Example {
            lang: Lang::Nb,
            bad: "team: Salg\nobjectives:\n  - key_results:\n      - title: Øke snittordren fra 4 200 til 5 000 kr",
            good: "team: Salg\nperiod: 2026-Q2\nobjectives:\n  - title: Bli kundenes førstevalg i Midt-Norge\n    key_results:\n      - title: Øke snittordren fra 4 200 til 5 000 kr",
        },
        Example {
            lang: Lang::En,
            bad: "period: 2026-Q1\nobjectives: []",
            good: "team: Support\nperiod: 2026-Q1\nobjectives:\n  - title: Make help feel instant\n    key_results:\n      - title: Cut median first response from 9 to 2 hours",
        },
    ],
    options: &[],
};

impl Rule for MissingField {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_file(&self, file: &OkrFile, _ctx: &RuleContext, sink: &mut Sink) {
        let Some(set) = &file.set else { return };
        // Point at the first line of the front matter: that is where the field belongs.
        let top = Span::new(set.front_matter.start, set.front_matter.start);
        if set.team.is_none() {
            sink.report(file, Scope::SET, top, "the set has no `team`")
                .help("add `team: <name>`: the team, person or company these OKRs belong to");
        }
        if set.period.is_none() {
            sink.report(file, Scope::SET, top, "the set has no `period`")
                .help("add `period: 2026-Q1` (or 2026-H2, 2026, 2026-03, 2026-01-15..2026-04-30)");
        }
        if set.objectives.is_empty() {
            sink.report(file, Scope::SET, top, "the set has no objectives")
                .help("add `objectives:` with one to three objectives, each with a `title` and `key_results`");
        }
        for (o, objective) in set.objectives.iter().enumerate() {
            if objective.title.is_none() {
                let at = Span::new(objective.span.start, objective.span.start);
                sink.report(file, Scope::objective(o), at, "the objective has no `title`")
                    .help("add `title:` saying what you want to achieve");
            }
            for (k, kr) in objective.key_results.iter().enumerate() {
                if kr.title.is_none() {
                    let at = Span::new(kr.span.start, kr.span.start);
                    sink.report(file, Scope::key_result(o, k), at, "the key result has no `title`")
                        .help("add `title:` saying what will be measured, e.g. \"Øke NPS fra 32 til 45\"");
                }
            }
        }
    }
}
