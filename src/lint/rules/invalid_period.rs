use crate::lint::{Example, Level, Rule, RuleContext, RuleMeta, Sink};
use crate::load::{OkrFile, Scope};
use crate::model::{Lang, PERIOD_FORMS};

pub struct InvalidPeriod;

static META: RuleMeta = RuleMeta {
    id: "invalid-period",
    default_level: Level::Error,
    summary: "The period is not in a supported form",
    rationale: "The period decides which sets are counted together, the expected pace at every \
date and when a key result turns stale. okrs understands a quarter (`2026-Q1`), a half year \
(`2026-H2`), a year (`2026`), a month (`2026-03`) and a date range (`2026-01-15..2026-04-30`).",
    examples: &[
        Example { lang: Lang::Nb, bad: "period: Våren 2026", good: "period: 2026-H1" },
        Example { lang: Lang::En, bad: "period: Q1 2026", good: "period: 2026-Q1" },
    ],
    options: &[],
};

impl Rule for InvalidPeriod {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_file(&self, file: &OkrFile, _ctx: &RuleContext, sink: &mut Sink) {
        let Some(period) = file.set.as_ref().and_then(|s| s.period.as_ref()) else { return };
        if let Err(e) = &period.value {
            let help = if e.reason.starts_with("write") {
                e.reason.clone()
            } else {
                format!("{}; write the period as {PERIOD_FORMS}", e.reason)
            };
            sink.report(file, Scope::SET, period.span, format!("`{}` is not a period okrs understands", e.text))
                .help(help);
        }
    }
}
