use crate::history::KeyResultKey;
use crate::lint::{Example, Level, OptionKind, Rule, RuleContext, RuleMeta, RuleOption, Sink};
use crate::load::{OkrFile, Scope};
use crate::model::Lang;

pub struct StaleKeyResult;

const DEFAULT_DAYS: i64 = 14;

static META: RuleMeta = RuleMeta {
    id: "stale-key-result",
    default_level: Level::Warning,
    summary: "The period is running and a key result's `current` has not changed in git for more than 14 days",
    rationale: "OKRs work when a team looks at them every week. Each commit that changes `current` \
(or `confidence`) is a check-in; a key result nobody has checked in for weeks is not on track, \
it is unknown, and silence is never green. The finding points at the `current:` value and says \
when and by whom it last changed. It needs the git history, so it only runs when okrs runs in a \
git repository, and only for periods that include today.",
    examples: &[
        Example {
            lang: Lang::Nb,
            bad: "period: 2026-Q1\nobjectives:\n  - id: synlighet\n    key_results:\n      - id: organisk-trafikk\n        current: 11200   # sist endret i git for fem uker siden",
            good: "period: 2026-Q1\nobjectives:\n  - id: synlighet\n    key_results:\n      - id: organisk-trafikk\n        current: 11900   # git commit -m \"uke 9: kampanjen virker\"",
        },
        Example {
            lang: Lang::En,
            bad: "period: 2026-Q1\nobjectives:\n  - id: onboarding\n    key_results:\n      - id: activation\n        current: 41   # last committed in January",
            good: "period: 2026-Q1\nobjectives:\n  - id: onboarding\n    key_results:\n      - id: activation\n        current: 44   # git commit -m \"week 9: new welcome mail\"\n        confidence: 0.6",
        },
    ],
    options: &[RuleOption {
        name: "days",
        kind: OptionKind::Integer,
        default: "14",
        doc: "how many days without a check-in make a key result stale (the site uses the same number)",
    }],
};

/// The number of days without a check-in after which a key result is stale, from `.okrs.yml`.
pub fn stale_days(config: &crate::config::Config) -> i64 {
    config.rule_setting(&META).1.integer("days", DEFAULT_DAYS)
}

impl Rule for StaleKeyResult {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_file(&self, file: &OkrFile, ctx: &RuleContext, sink: &mut Sink) {
        let (Some(history), Some(set)) = (ctx.history, &file.set) else { return };
        let Some(period) = set.valid_period() else { return };
        if !period.contains(history.today) {
            return;
        }
        let days = ctx.options.integer("days", DEFAULT_DAYS);
        for (o, k, kr) in set.key_results() {
            let objective = &set.objectives[o];
            let Some(key) = KeyResultKey::of(set, &objective.id.value, &kr.id.value) else { continue };
            // Never committed: a new key result, not a silent one.
            let Some(last) = history.timeline.current(&key).and_then(|s| s.last()) else { continue };
            // An uncommitted change in the work tree is a check-in on its way.
            let value = kr.current_number();
            let confidence = kr.confidence.as_ref().map(|c| c.value);
            if value != last.value || confidence != last.confidence {
                continue;
            }
            let date = last.commit.time.to_zoned_datetime(jiff::tz::TimeZone::UTC).date();
            let age = (history.today - date).get_days() as i64;
            if age <= days {
                continue;
            }
            let span = kr.current.as_ref().map_or(kr.span, |c| c.span);
            let short = &last.commit.id[..last.commit.id.len().min(7)];
            sink.report(
                file,
                Scope::key_result(o, k),
                span,
                format!(
                    "no check-in for {age} days: `current` last changed on {date} by {} ({short} \"{}\")",
                    last.commit.author, last.commit.message
                ),
            )
            .help(format!(
                "update `current:` (and `confidence:`) and commit it with a note; a key result is stale after {days} days without a check-in"
            ));
        }
    }
}
