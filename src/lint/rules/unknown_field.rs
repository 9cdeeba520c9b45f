use crate::lint::{Example, Level, Rule, RuleContext, RuleMeta, Sink, suggest};
use crate::load::{FIELDS_INITIATIVE, FIELDS_KEY_RESULT, FIELDS_OBJECTIVE, FIELDS_SET, OkrFile, Problem};
use crate::model::Lang;

pub struct UnknownField;

static META: RuleMeta = RuleMeta {
    id: "unknown-field",
    default_level: Level::Warning,
    summary: "A field the format does not know, with a did-you-mean suggestion",
    rationale: "A misspelt field is silently lost data: `taget: 13000` leaves the key result \
without a target and its progress unknown. okrs knows every field of the format and reports any \
other, suggesting the closest known field, or the level where the field belongs.",
    examples: &[
        Example {
            lang: Lang::Nb,
            bad: "- title: Øke organisk trafikk fra 10 000 til 13 000 økter\n  basline: 10000\n  taget: 13000",
            good: "- title: Øke organisk trafikk fra 10 000 til 13 000 økter\n  baseline: 10000\n  target: 13000",
        },
        Example {
            lang: Lang::En,
            bad: "- title: Cut churn from 4 % to 2.5 %\n  owner: kari\n  confidance: 0.6",
            good: "- title: Cut churn from 4 % to 2.5 %\n  owner: kari\n  confidence: 0.6",
        },
    ],
    options: &[],
};

const LEVELS: &[(&str, &[&str])] = &[
    ("OKR set", FIELDS_SET),
    ("objective", FIELDS_OBJECTIVE),
    ("key result", FIELDS_KEY_RESULT),
    ("initiative", FIELDS_INITIATIVE),
];

impl Rule for UnknownField {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_file(&self, file: &OkrFile, _ctx: &RuleContext, sink: &mut Sink) {
        for problem in &file.problems {
            let Problem::UnknownField { span, scope, key, expected, owner } = problem else { continue };
            let meant = suggest(key, expected.iter().copied());
            let help = if let Some(s) = meant {
                format!("did you mean `{s}`?")
            } else if let Some((level, _)) =
                LEVELS.iter().find(|(level, fields)| level != owner && fields.contains(&key.as_str()))
            {
                format!("`{key}` belongs to {} {level}, not to {} {owner}", article(level), article(owner))
            } else {
                format!("the fields of {} {owner} are: {}", article(owner), expected.join(", "))
            };
            let reported = sink.report(file, *scope, *span, format!("unknown field `{key}`")).help(help);
            if let Some(meant) = meant {
                reported.fix(*span, meant);
            }
        }
    }
}

fn article(word: &str) -> &'static str {
    if word.starts_with(['a', 'e', 'i', 'o', 'u', 'O']) { "an" } else { "a" }
}
