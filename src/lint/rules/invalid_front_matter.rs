use crate::lint::{Example, Level, Rule, RuleContext, RuleMeta, Sink};
use crate::load::{OkrFile, Problem};
use crate::model::Lang;

pub struct InvalidFrontMatter;

static META: RuleMeta = RuleMeta {
    id: "invalid-front-matter",
    default_level: Level::Error,
    summary: "The file has no readable YAML front matter, or a value has the wrong type",
    rationale: "Every `*.md` file under the OKR root is an OKR set whose YAML front matter holds the \
team, the period and the objectives. A file okrs cannot read is an OKR set nobody can follow up: \
missing or unterminated `---` fences, YAML syntax errors (tabs for indentation, unbalanced quotes), \
alias bombs and values of the wrong type (a list where text belongs) are reported at the line, and \
every other file is still checked.",
    examples: &[
        Example {
            lang: Lang::Nb,
            bad: "team: Marked\nperiod: 2026-Q1\nobjectives:\n\t- title: Bli synlige",
            good: "team: Marked\nperiod: 2026-Q1\nobjectives:\n  - title: Bli bransjens mest synlige leverandør",
        },
        Example {
            lang: Lang::En,
            bad: "team: [Sales, Marketing]\nperiod: 2026-Q1",
            good: "team: Sales\nperiod: 2026-Q1",
        },
    ],
    options: &[],
};

impl Rule for InvalidFrontMatter {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_file(&self, file: &OkrFile, _ctx: &RuleContext, sink: &mut Sink) {
        for problem in &file.problems {
            if let Problem::Malformed { span, scope, message, help } = problem {
                sink.report(file, *scope, *span, message.clone()).help(help.clone());
            }
        }
    }
}
