//! Rule documentation, generated from each rule's [`RuleMeta`]: `okrs explain`, `okrs rules` and
//! `docs/rules.md` all come from here, so they cannot drift apart.

use std::fmt::Write as _;

use super::{RuleMeta, registry};
use crate::model::Lang;

/// One rule's documentation as Markdown (`okrs explain RULE`).
pub fn explain(meta: &RuleMeta) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "## {}\n", meta.id);
    let _ = writeln!(out, "{}\n", meta.summary);
    let _ = writeln!(out, "Default level: **{}**\n", meta.default_level);
    let _ = writeln!(out, "### Why\n\n{}\n", meta.rationale);
    if !meta.options.is_empty() {
        let _ = writeln!(out, "### Options\n");
        for option in meta.options {
            let _ = writeln!(out, "- `{}` (default `{}`): {}", option.name, option.default, option.doc);
        }
        out.push('\n');
    }
    for example in meta.examples {
        let lang = match example.lang {
            Lang::Nb => "bokmål",
            Lang::Nn => "nynorsk",
            Lang::En => "English",
        };
        let _ = writeln!(
            out,
            "### Example ({lang})\n\nReported:\n\n```yaml\n{}\n```\n\nBetter:\n\n```yaml\n{}\n```\n",
            example.bad, example.good
        );
    }
    let _ = writeln!(
        out,
        "Silence it for one set, objective or key result with `lint: {{ allow: [{}] }}`, or set its level in `.okrs.yml`: `rules: {{ {}: off }}`.",
        meta.id, meta.id
    );
    out
}

/// `docs/rules.md`: every rule, in registry order.
pub fn rules_markdown() -> String {
    let mut out = String::from(
        "# Rules\n\n<!-- Generated from the rules' metadata by `okrs explain --all`; edit the rule's source file, not this page. -->\n\n| rule | default | checks |\n|---|---|---|\n",
    );
    for rule in registry() {
        let m = rule.meta();
        let _ = writeln!(out, "| [`{}`](#{}) | {} | {} |", m.id, m.id, m.default_level, m.summary);
    }
    for rule in registry() {
        out.push('\n');
        out.push_str(&explain(rule.meta()));
    }
    out
}
