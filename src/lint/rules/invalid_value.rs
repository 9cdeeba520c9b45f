use crate::lint::{Example, Level, Rule, RuleContext, RuleMeta, Sink};
use crate::load::{OkrFile, Problem};
use crate::model::Lang;

pub struct InvalidValue;

static META: RuleMeta = RuleMeta {
    id: "invalid-value",
    default_level: Level::Error,
    summary: "A number that does not parse or is ambiguous, or a value outside its range",
    rationale: "Progress is computed from `baseline`, `target` and `current`, so okrs never guesses \
a number. Strings are read in the file's language (`\"1 000\"`, `\"1,5 %\"`, `\"NOK 2 mill.\"`), and a \
string that reads two ways, such as `\"1,500\"` (fifteen hundred in English, one and a half in \
Norwegian), is reported instead of silently taken one way. Confidence and score are between 0 \
and 1; weights are not negative; `type`, `lang` and initiative `status` take the listed words.",
    examples: &[
        Example {
            lang: Lang::Nb,
            bad: "baseline: \"1,500\"\ntarget: 2 000\nconfidence: 70",
            good: "baseline: 1500\ntarget: \"2 000\"\nconfidence: 0.7",
        },
        Example { lang: Lang::En, bad: "target: \"10,000\"\ncurrent: a lot", good: "target: 10000\ncurrent: 8200" },
    ],
    options: &[],
};

impl Rule for InvalidValue {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_file(&self, file: &OkrFile, _ctx: &RuleContext, sink: &mut Sink) {
        for problem in &file.problems {
            if let Problem::InvalidValue { span, scope, message, help, .. } = problem {
                sink.report(file, *scope, *span, message.clone()).help(help.clone());
            }
        }
    }
}
