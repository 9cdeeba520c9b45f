use crate::lint::{Example, Level, Rule, RuleContext, RuleMeta, Sink};
use crate::load::{OkrFile, Scope};
use crate::model::{Lang, PERIOD_FORMS, Period};

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
            let meant = meant(&e.text);
            let help = if let Some(meant) = &meant {
                format!("did you mean `{meant}`?")
            } else if e.reason.starts_with("write") {
                e.reason.clone()
            } else {
                format!("{}; write the period as {PERIOD_FORMS}", e.reason)
            };
            let reported = sink
                .report(file, Scope::SET, period.span, format!("`{}` is not a period okrs understands", e.text))
                .help(help);
            if let Some(meant) = meant {
                reported.fix(period.span, meant);
            }
        }
    }
}

/// The quarter or half year a period written another common way means: `2026 Q1`, `Q1 2026`,
/// `2026/q1`, `2026Q1`, `H2-2026` → `2026-Q1` / `2026-H2`.
fn meant(text: &str) -> Option<String> {
    let squeezed: String = text.chars().filter(|c| !c.is_whitespace() && !matches!(c, '-' | '/' | '_' | '.')).collect();
    let upper = squeezed.to_uppercase();
    let (year, part) = match upper.find(['Q', 'H']) {
        Some(0) => (upper.get(2..)?, upper.get(..2)?),
        Some(4) => (upper.get(..4)?, upper.get(4..)?),
        _ => return None,
    };
    let candidate = format!("{year}-{part}");
    (candidate != text && Period::parse(&candidate).is_ok()).then_some(candidate)
}

#[cfg(test)]
mod tests {
    #[test]
    fn suggests_the_quarter_or_half_year_meant() {
        for (written, meant) in [
            ("2026 Q1", "2026-Q1"),
            ("Q1 2026", "2026-Q1"),
            ("2026/q3", "2026-Q3"),
            ("2026Q4", "2026-Q4"),
            ("H2-2026", "2026-H2"),
        ] {
            assert_eq!(super::meant(written).as_deref(), Some(meant), "{written}");
        }
        for nothing in ["Våren 2026", "2026-Q5", "Q1", "2026 Q12", "Høst"] {
            assert_eq!(super::meant(nothing), None, "{nothing}");
        }
    }
}
