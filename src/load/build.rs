//! The spanned YAML tree → the typed model. Every key is checked against the format; a value of
//! the wrong type or one that does not parse becomes a [`Problem`] and the rest is still built.

use super::front_matter::Split;
use super::yaml::{Node, Scalar, Value};
use super::{Problem, Scope};
use crate::model::{
    Current, Initiative, InitiativeStatus, KeyResult, Lang, Objective, ObjectiveType, OkrSet, Period, Quantity, Span,
    Spanned, Target, slugify,
};

pub const FIELDS_SET: &[&str] = &["team", "period", "owner", "lang", "objectives", "lint"];
pub const FIELDS_OBJECTIVE: &[&str] =
    &["id", "title", "type", "parent", "owner", "key_results", "initiatives", "score", "lint"];
pub const FIELDS_KEY_RESULT: &[&str] =
    &["id", "title", "baseline", "target", "current", "unit", "confidence", "weight", "owner", "lint"];
pub const FIELDS_INITIATIVE: &[&str] = &["title", "status", "owner"];
const FIELDS_LINT: &[&str] = &["allow"];

struct Builder {
    lang: Lang,
    problems: Vec<Problem>,
}

pub fn build(tree: &Node, split: Split, default_lang: Lang) -> (Option<OkrSet>, Vec<Problem>) {
    let mut b = Builder { lang: default_lang, problems: Vec::new() };
    let Node::Map(entries, span) = tree else {
        let message = if tree.is_null() {
            "the front matter is empty".to_owned()
        } else {
            format!("the front matter is {}, not a mapping of fields", tree.kind())
        };
        b.problems.push(Problem::Malformed {
            span: tree.span(),
            scope: Scope::SET,
            message,
            help: "write the OKR set as `team:`, `period:` and `objectives:` fields; `okrs init` writes an example"
                .to_owned(),
        });
        return (None, b.problems);
    };
    // The language decides how numbers in strings are read, so it goes first.
    if let Some(node) = tree.get("lang")
        && let Some(text) = b.text(node, "lang", Scope::SET)
    {
        match Lang::parse(&text.value) {
            Some(lang) => b.lang = lang,
            None => b.invalid(
                text.span,
                Scope::SET,
                "lang",
                format!("`{}` is not a language okrs knows", text.value),
                "use nb, nn or en",
            ),
        }
    }
    let mut set = OkrSet {
        lang: b.lang,
        front_matter: *span,
        body: Span::new(split.body.start, split.body.end),
        ..OkrSet::default()
    };
    for (key, value) in entries {
        let scope = Scope::SET;
        match key.text.as_str() {
            "team" => set.team = b.text(value, "team", scope),
            "period" => {
                set.period = b.text(value, "period", scope).map(|t| Spanned::new(Period::parse(&t.value), t.span));
            }
            "owner" => set.owner = b.text(value, "owner", scope),
            "lang" => {}
            "objectives" => {
                for item in b.list(value, "objectives", scope) {
                    // Scopes index the built objectives, so an item that fails does not shift them.
                    if let Some(objective) = b.objective(item, set.objectives.len()) {
                        set.objectives.push(objective);
                    }
                }
            }
            "lint" => set.allow = b.allow(value, scope),
            _ => b.unknown(key, scope, FIELDS_SET, "OKR set"),
        }
    }
    (Some(set), b.problems)
}

impl Builder {
    fn objective(&mut self, node: &Node, index: usize) -> Option<Objective> {
        let scope = Scope::objective(index);
        let entries = self.mapping(node, "an objective", FIELDS_OBJECTIVE, scope)?;
        let mut o = Objective {
            id: Spanned::new(String::new(), node.span()),
            id_is_explicit: false,
            title: None,
            kind: ObjectiveType::default(),
            parent: None,
            owner: None,
            key_results: Vec::new(),
            key_results_span: node.span(),
            initiatives: Vec::new(),
            score: None,
            allow: Vec::new(),
            span: node.span(),
        };
        for (key, value) in entries {
            match key.text.as_str() {
                "id" => {
                    if let Some(id) = self.text(value, "id", scope) {
                        (o.id, o.id_is_explicit) = (id, true);
                    }
                }
                "title" => o.title = self.text(value, "title", scope),
                "type" => {
                    if let Some(t) = self.text(value, "type", scope) {
                        match t.value.as_str() {
                            "aspirational" => o.kind = ObjectiveType::Aspirational,
                            "committed" => o.kind = ObjectiveType::Committed,
                            other => self.invalid(
                                t.span,
                                scope,
                                "type",
                                format!("`{other}` is not an objective type"),
                                "use aspirational (a stretch goal, 0.7 is good) or committed (1.0 expected)",
                            ),
                        }
                    }
                }
                "parent" => o.parent = self.text(value, "parent", scope),
                "owner" => o.owner = self.text(value, "owner", scope),
                "key_results" => {
                    o.key_results_span = key.span;
                    for item in self.list(value, "key_results", scope) {
                        if let Some(kr) = self.key_result(item, index, o.key_results.len()) {
                            o.key_results.push(kr);
                        }
                    }
                }
                "initiatives" => {
                    for item in self.list(value, "initiatives", scope) {
                        if let Some(i) = self.initiative(item, scope) {
                            o.initiatives.push(i);
                        }
                    }
                }
                "score" => o.score = self.fraction(value, "score", scope),
                "lint" => o.allow = self.allow(value, scope),
                _ => self.unknown(key, scope, FIELDS_OBJECTIVE, "objective"),
            }
        }
        if !o.id_is_explicit {
            o.id = derived_id(o.title.as_ref(), o.span);
        }
        Some(o)
    }

    fn key_result(&mut self, node: &Node, objective: usize, index: usize) -> Option<KeyResult> {
        let scope = Scope::key_result(objective, index);
        let entries = self.mapping(node, "a key result", FIELDS_KEY_RESULT, scope)?;
        let mut kr = KeyResult {
            id: Spanned::new(String::new(), node.span()),
            id_is_explicit: false,
            title: None,
            baseline: None,
            target: None,
            current: None,
            unit: None,
            confidence: None,
            weight: None,
            owner: None,
            allow: Vec::new(),
            span: node.span(),
        };
        for (key, value) in entries {
            match key.text.as_str() {
                "id" => {
                    if let Some(id) = self.text(value, "id", scope) {
                        (kr.id, kr.id_is_explicit) = (id, true);
                    }
                }
                "title" => kr.title = self.text(value, "title", scope),
                "baseline" => kr.baseline = self.quantity(value, "baseline", scope),
                "target" => kr.target = self.target(value, scope),
                "current" => kr.current = self.current(value, scope),
                "unit" => kr.unit = self.text(value, "unit", scope),
                "confidence" => kr.confidence = self.fraction(value, "confidence", scope),
                "weight" => {
                    kr.weight = self.number(value, "weight", scope).and_then(|w| {
                        if w.value >= 0.0 {
                            Some(w)
                        } else {
                            self.invalid(
                                w.span,
                                scope,
                                "weight",
                                format!("weight {} is negative", w.value),
                                "use a weight of 0 or more (default 1)",
                            );
                            None
                        }
                    })
                }
                "owner" => kr.owner = self.text(value, "owner", scope),
                "lint" => kr.allow = self.allow(value, scope),
                _ => self.unknown(key, scope, FIELDS_KEY_RESULT, "key result"),
            }
        }
        if !kr.id_is_explicit {
            kr.id = derived_id(kr.title.as_ref(), kr.span);
        }
        Some(kr)
    }

    fn initiative(&mut self, node: &Node, scope: Scope) -> Option<Initiative> {
        if let Node::Scalar(_) = node {
            return self.text(node, "initiatives", scope).map(|title| Initiative { title, status: None, owner: None });
        }
        let entries = self.mapping(node, "an initiative", FIELDS_INITIATIVE, scope)?;
        let (mut title, mut status, mut owner) = (None, None, None);
        for (key, value) in entries {
            match key.text.as_str() {
                "title" => title = self.text(value, "title", scope),
                "owner" => owner = self.text(value, "owner", scope),
                "status" => {
                    if let Some(s) = self.text(value, "status", scope) {
                        status = InitiativeStatus::parse(&s.value);
                        if status.is_none() {
                            self.invalid(
                                s.span,
                                scope,
                                "status",
                                format!("`{}` is not an initiative status", s.value),
                                &format!("use one of: {}", InitiativeStatus::ALL.join(", ")),
                            );
                        }
                    }
                }
                _ => self.unknown(key, scope, FIELDS_INITIATIVE, "initiative"),
            }
        }
        match title {
            Some(title) => Some(Initiative { title, status, owner }),
            None => {
                self.malformed(
                    node.span(),
                    scope,
                    "an initiative has no `title`".to_owned(),
                    "give the initiative a `title:`, or write it as a plain string",
                );
                None
            }
        }
    }

    fn allow(&mut self, node: &Node, scope: Scope) -> Vec<Spanned<String>> {
        let Some(entries) = self.mapping(node, "`lint`", FIELDS_LINT, scope) else { return Vec::new() };
        let mut allow = Vec::new();
        for (key, value) in entries {
            if key.text == "allow" {
                for item in self.list(value, "allow", scope) {
                    allow.extend(self.text(item, "allow", scope));
                }
            } else {
                self.unknown(key, scope, FIELDS_LINT, "lint setting");
            }
        }
        allow
    }

    fn mapping<'n>(
        &mut self,
        node: &'n Node,
        what: &str,
        fields: &[&str],
        scope: Scope,
    ) -> Option<&'n [(Scalar, Node)]> {
        match node {
            Node::Map(entries, _) => Some(entries),
            _ => {
                // `- title "Færre hendelser"`: a field name and its value without the colon.
                let missing_colon = match node {
                    Node::Scalar(scalar) => scalar
                        .text
                        .split_once([' ', '"', '\''])
                        .filter(|(field, _)| fields.contains(field))
                        .map(|(field, rest)| (field, rest.trim_matches([' ', '"', '\'']))),
                    _ => None,
                };
                let help = match missing_colon {
                    Some((field, value)) => format!("a colon is missing after `{field}`: `{field}: {value}`"),
                    None => "write it as `field: value` lines indented under the list item".to_owned(),
                };
                self.malformed(
                    node.span(),
                    scope,
                    format!("{what} must be a mapping of fields, not {}", node.kind()),
                    &help,
                );
                None
            }
        }
    }

    fn list<'n>(&mut self, node: &'n Node, field: &str, scope: Scope) -> Vec<&'n Node> {
        match node {
            Node::Seq(items, _) => items.iter().collect(),
            n if n.is_null() => Vec::new(),
            _ => {
                self.malformed(
                    node.span(),
                    scope,
                    format!("`{field}` must be a list, not {}", node.kind()),
                    "write each item on its own line starting with `- `",
                );
                Vec::new()
            }
        }
    }

    fn text(&mut self, node: &Node, field: &str, scope: Scope) -> Option<Spanned<String>> {
        match node {
            Node::Scalar(s) if s.value() == Value::Null => None,
            Node::Scalar(s) => Some(Spanned::new(s.text.trim().to_owned(), s.span)),
            _ => {
                self.malformed(
                    node.span(),
                    scope,
                    format!("`{field}` must be text, not {}", node.kind()),
                    "write the value on the same line as the key; quote it if it contains `: `",
                );
                None
            }
        }
    }

    fn scalar<'n>(&mut self, node: &'n Node, field: &str, scope: Scope) -> Option<&'n Scalar> {
        match node {
            Node::Scalar(s) if s.value() == Value::Null => None,
            Node::Scalar(s) => Some(s),
            _ => {
                self.malformed(
                    node.span(),
                    scope,
                    format!("`{field}` must be a single value, not {}", node.kind()),
                    "write one number or text after the key",
                );
                None
            }
        }
    }

    fn number(&mut self, node: &Node, field: &'static str, scope: Scope) -> Option<Spanned<f64>> {
        self.quantity(node, field, scope).map(|q| Spanned::new(q.value.value, q.span))
    }

    fn quantity(&mut self, node: &Node, field: &'static str, scope: Scope) -> Option<Spanned<Quantity>> {
        let s = self.scalar(node, field, scope)?;
        let parsed = match s.value() {
            Value::Number(n) => Ok(Quantity::number(n)),
            _ => Quantity::parse(&s.text, self.lang),
        };
        self.checked(parsed, s.span, field, scope)
    }

    fn target(&mut self, node: &Node, scope: Scope) -> Option<Spanned<Target>> {
        let s = self.scalar(node, "target", scope)?;
        let parsed = match s.value() {
            Value::Number(n) => Ok(Target::Level(Quantity::number(n))),
            Value::Bool(true) => Ok(Target::Milestone),
            _ => Target::parse(&s.text, self.lang),
        };
        self.checked(parsed, s.span, "target", scope)
    }

    fn current(&mut self, node: &Node, scope: Scope) -> Option<Spanned<Current>> {
        let s = self.scalar(node, "current", scope)?;
        let parsed = match s.value() {
            Value::Number(n) => Ok(Current::Value(Quantity::number(n))),
            Value::Bool(b) => Ok(Current::Done(b)),
            _ => Current::parse(&s.text, self.lang),
        };
        self.checked(parsed, s.span, "current", scope)
    }

    /// A value in [0, 1]; `"70 %"` is read as 0.7.
    fn fraction(&mut self, node: &Node, field: &'static str, scope: Scope) -> Option<Spanned<f64>> {
        let q = self.quantity(node, field, scope)?;
        let value = if q.value.unit.as_deref() == Some("%") { q.value.value / 100.0 } else { q.value.value };
        if (0.0..=1.0).contains(&value) {
            Some(Spanned::new(value, q.span))
        } else {
            self.invalid(
                q.span,
                scope,
                field,
                format!("{field} {value} is outside 0–1"),
                &format!("write {field} as a number from 0.0 to 1.0 (0.7 means 70 %)"),
            );
            None
        }
    }

    fn checked<T>(
        &mut self,
        parsed: Result<T, crate::model::QuantityError>,
        span: Span,
        field: &'static str,
        scope: Scope,
    ) -> Option<Spanned<T>> {
        match parsed {
            Ok(v) => Some(Spanned::new(v, span)),
            Err(e) => {
                self.invalid(span, scope, field, format!("{field}: {}", e.reason), &e.help);
                None
            }
        }
    }

    fn unknown(&mut self, key: &Scalar, scope: Scope, expected: &'static [&'static str], owner: &'static str) {
        self.problems.push(Problem::UnknownField { span: key.span, scope, key: key.text.clone(), expected, owner });
    }

    fn invalid(&mut self, span: Span, scope: Scope, field: &'static str, message: String, help: &str) {
        self.problems.push(Problem::InvalidValue { span, scope, field, message, help: help.to_owned() });
    }

    fn malformed(&mut self, span: Span, scope: Scope, message: String, help: &str) {
        self.problems.push(Problem::Malformed { span, scope, message, help: help.to_owned() });
    }
}

/// Without an explicit `id`, the identity is the slug of the title (pointing at the title).
fn derived_id(title: Option<&Spanned<String>>, fallback: Span) -> Spanned<String> {
    Spanned::new(slugify(title.map_or("", |t| t.value.as_str())), title.map_or(fallback, |t| t.span))
}

#[cfg(test)]
mod tests {
    use super::super::{SourceFile, load_text};
    use super::*;

    const EXAMPLE: &str = "---\nteam: Marketing\nperiod: 2026-Q1\nlang: nb\nobjectives:\n  - id: synlighet\n    title: Bli synlig\n    key_results:\n      - id: trafikk\n        title: Øke trafikken fra 10 000 til 13 000\n        baseline: \"10 000\"\n        target: 13000\n        current: \"11 200\"\n        confidence: 0.7\n        taget: 3\n      - title: Oppetid\n        target: \">= 99,9 %\"\n        current: 1,500\n---\nBody\n";

    #[test]
    fn builds_the_model_with_spans_and_problems() {
        let file = load_text(SourceFile::new("a.md", EXAMPLE), Lang::En);
        let set = file.set.expect("set");
        assert_eq!(set.lang, Lang::Nb);
        assert_eq!(set.team.as_ref().unwrap().value, "Marketing");
        assert_eq!(set.valid_period().unwrap().to_string(), "2026-Q1");
        let o = &set.objectives[0];
        assert_eq!(o.id.value, "synlighet");
        let kr = &o.key_results[0];
        assert_eq!(kr.baseline.as_ref().unwrap().value.value, 10000.0);
        assert_eq!(kr.current.as_ref().unwrap().value, Current::Value(Quantity::number(11200.0)));
        let second = &o.key_results[1];
        assert_eq!(second.id.value, "oppetid");
        assert!(matches!(second.target.as_ref().unwrap().value, Target::Threshold(..)));
        assert!(second.current.is_none());
        let span = kr.target.as_ref().unwrap().span;
        assert_eq!(&EXAMPLE[span.start..span.end], "13000");
        assert!(
            matches!(&file.problems[0], Problem::UnknownField { key, scope, .. } if key == "taget" && *scope == Scope::key_result(0, 0))
        );
        assert!(
            matches!(&file.problems[1], Problem::InvalidValue { field: "current", message, .. } if message.contains("ambiguous"))
        );
        assert_eq!(file.problems.len(), 2);
    }

    #[test]
    fn wrong_types_do_not_lose_the_rest() {
        let text = "---\nteam: [a, b]\nperiod: 2026-Q1\nobjectives:\n  - title: A\n    key_results: nope\n  - just text\n---\n";
        let file = load_text(SourceFile::new("a.md", text), Lang::En);
        let set = file.set.expect("set");
        assert!(set.team.is_none());
        assert_eq!(set.objectives.len(), 1);
        assert_eq!(file.problems.len(), 3, "{:?}", file.problems);
        assert!(file.problems.iter().all(|p| matches!(p, Problem::Malformed { .. })));
    }

    #[test]
    fn a_field_without_its_colon_is_named() {
        let text = "---\nteam: T\nperiod: 2026-Q1\nobjectives:\n  - title: A\n    key_results:\n      - title \"Færre hendelser\n      - Oppetid 99,9 %\n---\n";
        let file = load_text(SourceFile::new("a.md", text), Lang::Nb);
        let helps: Vec<_> = file
            .problems
            .iter()
            .filter_map(|p| match p {
                Problem::Malformed { help, .. } => Some(help.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(
            helps,
            [
                "a colon is missing after `title`: `title: Færre hendelser`",
                "write it as `field: value` lines indented under the list item"
            ]
        );
    }
}
