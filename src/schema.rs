//! `okrs schema`: JSON Schemas (draft 2020-12) of the front matter of an OKR file and of
//! `.okrs.yml`, for editors (completion, hover text, validation) and other tools.
//!
//! The model types keep spans and parsed values, so the schema is derived from schema-only types
//! below that mirror the file format field by field (a test checks they name exactly the fields
//! the loader knows). Rule ids and rule options come from the rule registry at run time.

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde_json::{Map, Value, json};

use crate::lint::{Level, OptionKind, registry};

/// One OKR file's front matter: one team (or person, or the company) for one period.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct OkrSet {
    /// The team (or person, or company) these OKRs belong to, as shown on the site. Its slug is
    /// the first part of key result ids in `okrs check-in` (`Marketing` → `marketing`).
    #[schemars(schema_with = "text")]
    team: String,
    #[schemars(schema_with = "period")]
    period: String,
    /// Who answers for the set as a whole.
    #[serde(default)]
    #[schemars(schema_with = "optional_text")]
    owner: Option<String>,
    /// The language of the file's text: decides how numbers written as text are read ("1,5" is
    /// one and a half in nb and nn). Default: `lang` in .okrs.yml, else en.
    lang: Option<LangCode>,
    /// 1–3 objectives: what the team wants to achieve this period.
    #[schemars(length(min = 1))]
    objectives: Vec<Objective>,
    /// Silence rules here: `lint: { allow: [rule-id] }`.
    lint: Option<Lint>,
}

/// What we want to achieve: inspiring, concrete, qualitative, ambitious.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Objective {
    /// A stable id (letters, digits, dashes). Default: the slug of the title. Keep it when you
    /// rename the title so that history stays one series.
    #[serde(default)]
    #[schemars(schema_with = "optional_text")]
    id: Option<String>,
    /// The objective in one sentence, without numbers: numbers belong in key results.
    #[schemars(schema_with = "text")]
    title: String,
    /// aspirational (the default: a stretch goal, 0.7 is a good score) or committed (1.0 is expected).
    #[serde(rename = "type")]
    kind: Option<ObjectiveType>,
    /// `team-slug/objective-id` of an objective of the same period that this one contributes to.
    #[serde(default)]
    #[schemars(schema_with = "optional_text")]
    parent: Option<String>,
    /// Who answers for the objective.
    #[serde(default)]
    #[schemars(schema_with = "optional_text")]
    owner: Option<String>,
    /// 2–5 key results: how we know we got there. (None at all is reported by
    /// `key-result-count`.)
    key_results: Option<Vec<KeyResult>>,
    /// What the team does to move the key results (campaigns, case studies, webinars).
    initiatives: Option<Vec<Initiative>>,
    /// The final grade after the period, 0.0–1.0. Default: computed from the key results.
    #[serde(default)]
    #[schemars(schema_with = "fraction")]
    score: Option<f64>,
    /// Silence rules here: `lint: { allow: [rule-id] }`.
    lint: Option<Lint>,
}

/// aspirational (default): a stretch goal, 0.7 is a good score. committed: 1.0 is expected.
#[derive(JsonSchema)]
#[serde(rename_all = "lowercase")]
#[allow(dead_code)]
enum ObjectiveType {
    /// A stretch goal: 0.7 is a good final score (the default).
    Aspirational,
    /// A promise: anything below 1.0 is a miss.
    Committed,
}

/// How we know we got there: countable, and possible to miss.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct KeyResult {
    /// A stable id, used by `okrs check-in` and the site. Default: the slug of the title.
    #[serde(default)]
    #[schemars(schema_with = "optional_text")]
    id: Option<String>,
    /// The result in one sentence, with its numbers: "Øke organisk trafikk fra 10 000 til 13 000 økter per måned".
    #[schemars(schema_with = "text")]
    title: String,
    /// Where we started. A YAML number, or text in the file's language ("10 000", "1,5 %").
    #[serde(default)]
    #[schemars(schema_with = "quantity")]
    baseline: Option<Value>,
    #[serde(default)]
    #[schemars(schema_with = "target")]
    target: Option<Value>,
    #[serde(default)]
    #[schemars(schema_with = "current")]
    current: Option<Value>,
    /// Free text for the values' unit (økter, kunder, days); "%" and currency codes are understood.
    #[serde(default)]
    #[schemars(schema_with = "optional_text")]
    unit: Option<String>,
    /// How sure the owner is of reaching the target, 0.0–1.0 (or "70 %"). Updated at check-ins.
    #[serde(default)]
    #[schemars(schema_with = "fraction")]
    confidence: Option<f64>,
    /// The key result's weight in the objective's roll-up (default 1).
    #[schemars(range(min = 0))]
    weight: Option<f64>,
    /// Who answers for the key result.
    #[serde(default)]
    #[schemars(schema_with = "optional_text")]
    owner: Option<String>,
    /// Silence rules here: `lint: { allow: [rule-id] }`.
    lint: Option<Lint>,
}

/// Something the team does to move the key results: a plain sentence, or a mapping with a status.
#[derive(JsonSchema)]
#[serde(untagged)]
#[allow(dead_code)]
enum Initiative {
    Title(String),
    Detailed(DetailedInitiative),
}

#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct DetailedInitiative {
    /// What the team will do.
    #[schemars(schema_with = "text")]
    title: String,
    /// planned, active, done or dropped.
    status: Option<InitiativeStatus>,
    /// Who drives it.
    #[serde(default)]
    #[schemars(schema_with = "optional_text")]
    owner: Option<String>,
}

/// Where the initiative stands.
#[derive(JsonSchema)]
#[serde(rename_all = "lowercase")]
#[allow(dead_code)]
enum InitiativeStatus {
    Planned,
    Active,
    Done,
    Dropped,
}

/// The language of the text.
#[derive(JsonSchema)]
#[serde(rename_all = "lowercase")]
#[allow(dead_code)]
enum LangCode {
    /// Norwegian bokmål.
    Nb,
    /// Norwegian nynorsk.
    Nn,
    /// English.
    En,
}

/// Silence rules for this set, objective or key result.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Lint {
    /// Rule ids not to report here, e.g. [binary-key-result].
    #[serde(default)]
    #[schemars(schema_with = "rule_ids")]
    allow: Option<Vec<String>>,
}

/// Text. A plain YAML number (`id: 7`) is read as its text, as the loader does.
fn text(_: &mut SchemaGenerator) -> Schema {
    json_schema!({ "type": ["string", "number"] })
}

fn optional_text(_: &mut SchemaGenerator) -> Schema {
    json_schema!({ "type": ["string", "number", "null"] })
}

fn period(_: &mut SchemaGenerator) -> Schema {
    json_schema!({
        "description": "The time the set covers: a quarter (2026-Q1), a half year (2026-H2), a year (2026), a month (2026-03) or a date range (2026-01-15..2026-04-30).",
        "type": ["string", "integer"],
        "minimum": 1900,
        "maximum": 2999,
        "pattern": "^([0-9]{4}(-([Qq][1-4]|[Hh][12]|0[1-9]|1[0-2]))?|[0-9]{4}-[0-9]{2}-[0-9]{2}\\.\\.[0-9]{4}-[0-9]{2}-[0-9]{2})$",
        "examples": ["2026-Q1", "2026-H2", "2026", "2026-03", "2026-01-15..2026-04-30"]
    })
}

const NUMBER_TEXT: &str = "A YAML number (13000, 1.5), or text in the file's language: \"13 000\", \"1,5 %\", \"NOK 2 mill.\". Text that reads two ways (\"1,500\") is an error.";

fn quantity(_: &mut SchemaGenerator) -> Schema {
    json_schema!({
        "description": format!("Where the key result started. {NUMBER_TEXT}"),
        "type": ["number", "string", "null"],
    })
}

fn target(_: &mut SchemaGenerator) -> Schema {
    json_schema!({
        "description": format!("Where we want to be (below the baseline is a decrease). A level: {NUMBER_TEXT} A threshold to stay above or below: \">= 99.9 %\", \"under 2 s\", \"minst 4,5\". A milestone: done."),
        "type": ["number", "string", "boolean", "null"],
        "examples": [13000, "2,5 %", ">= 99.9 %", "done"]
    })
}

fn current(_: &mut SchemaGenerator) -> Schema {
    json_schema!({
        "description": format!("Where the key result stands now, updated at each weekly check-in (`okrs check-in`), one commit per check-in. {NUMBER_TEXT} For a milestone: done or not done."),
        "type": ["number", "string", "boolean", "null"],
        "examples": [11200, "1,9 %", "not done"]
    })
}

fn fraction(_: &mut SchemaGenerator) -> Schema {
    json_schema!({
        "anyOf": [
            { "type": "number", "minimum": 0, "maximum": 1 },
            { "type": "string", "pattern": "^\\s*[0-9]+([.,][0-9]+)?\\s*(%|prosent|percent)?\\s*$" },
            { "type": "null" }
        ]
    })
}

fn rule_ids(_: &mut SchemaGenerator) -> Schema {
    let ids: Vec<&str> = registry().iter().map(|r| r.meta().id).collect();
    json_schema!({
        "type": ["array", "null"],
        "items": { "enum": ids }
    })
}

/// The JSON Schema of an OKR file's front matter.
pub fn front_matter() -> Value {
    let mut schema = SchemaGenerator::default().into_root_schema_for::<OkrSet>();
    schema.insert("title".to_owned(), json!("okrs: OKR file front matter"));
    schema.insert(
        "description".to_owned(),
        json!("One team's OKRs for one period: the YAML between the `---` lines at the top of an OKR file. Every field: docs/format.md. `okrs lint` checks what a schema cannot (vague wording, numbers that read two ways, …)."),
    );
    schema.to_value()
}

/// `.okrs.yml` (schema-only mirror of [`crate::config::Config`]).
#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct ConfigFile {
    /// The folder, relative to the repository root, that holds the OKR files. Default: okrs.
    root: Option<String>,
    /// The language of OKR files without `lang:`. Default: en.
    lang: Option<LangCode>,
    #[serde(default)]
    #[schemars(schema_with = "rules")]
    rules: Option<Value>,
    /// The progress site that `okrs site` builds.
    site: Option<SiteFile>,
    /// When a key result is behind the expected pace.
    progress: Option<ProgressFile>,
}

/// How far a key result's progress may trail the expected pace (the share of the period gone),
/// as a share of the way from baseline to target.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct ProgressFile {
    /// More behind than this needs attention. Default: 0.165.
    #[serde(rename = "needs-attention")]
    #[schemars(range(min = 0.0, max = 1.0))]
    needs_attention: Option<f64>,
    /// More behind than this is off track. Default: 0.33.
    #[serde(rename = "off-track")]
    #[schemars(range(min = 0.0, max = 1.0))]
    off_track: Option<f64>,
}

/// The progress site that `okrs site` builds from the git history.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct SiteFile {
    /// The site's title.
    title: Option<String>,
    /// The language of the site's own text. Default: `lang`.
    lang: Option<LangCode>,
    /// The repository's web address, to link each OKR to its source.
    #[serde(rename = "repo-url")]
    repo_url: Option<String>,
    /// Where the site is published (`https://acme.github.io/okrs/`, or `/okrs/` on its host): each page's canonical address, and with a full address a link from the pull request's OKR comment to each team's page.
    #[serde(rename = "base-url")]
    #[schemars(regex(pattern = r"^(https?://|/)"))]
    base_url: Option<String>,
}

fn rules(_: &mut SchemaGenerator) -> Schema {
    let levels: Vec<&str> = Level::NAMES.to_vec();
    let mut properties = Map::new();
    for rule in registry() {
        let meta = rule.meta();
        let mut settings = Map::new();
        settings.insert("level".to_owned(), json!({ "enum": levels, "description": "error, warning, info or off" }));
        for option in meta.options {
            let kind = match option.kind {
                OptionKind::Integer => json!({ "type": "integer", "minimum": 0 }),
                OptionKind::Number => json!({ "type": "number" }),
                OptionKind::Phrases => json!({ "type": "array", "items": { "type": "string" } }),
                OptionKind::Languages => json!({ "type": "array", "items": { "enum": ["nb", "nn", "en"] } }),
            };
            let mut kind = kind.as_object().cloned().unwrap_or_default();
            kind.insert("description".to_owned(), json!(format!("{} Default: {}.", option.doc, option.default)));
            settings.insert(option.name.to_owned(), Value::Object(kind));
        }
        let description = format!("{} (default: {})", meta.summary, meta.default_level);
        properties.insert(
            meta.id.to_owned(),
            json!({
                "description": description,
                "anyOf": [
                    { "enum": levels },
                    { "type": "object", "properties": settings, "additionalProperties": false }
                ]
            }),
        );
    }
    json_schema!({
        "description": "Rule levels and options by rule id: `rule-id: off`, or `rule-id: { level: error, option: value }`. `okrs rules` lists the rules.",
        "type": ["object", "null"],
        "properties": properties,
        "additionalProperties": false
    })
}

/// The JSON Schema of `.okrs.yml`.
pub fn config() -> Value {
    let mut schema = SchemaGenerator::default().into_root_schema_for::<ConfigFile>();
    schema.insert("title".to_owned(), json!("okrs: .okrs.yml"));
    schema.insert(
        "description".to_owned(),
        json!("Repository settings for okrs: where the OKR files are, their default language, rule levels and options, and the progress site."),
    );
    schema.to_value()
}

/// A YAML tree as JSON, with the loader's reading of scalars (YAML 1.2 core: `no` stays text).
pub fn yaml_to_json(node: &crate::load::yaml::Node) -> Value {
    use crate::load::yaml::{Node, Value as Y};
    match node {
        Node::Scalar(s) => match s.value() {
            Y::Null => Value::Null,
            Y::Bool(b) => Value::Bool(b),
            Y::Number(n) if n.fract() == 0.0 && n.abs() < 9e15 => json!(n as i64),
            Y::Number(n) => json!(n),
            Y::String(t) => Value::String(t.to_owned()),
        },
        Node::Seq(items, _) => Value::Array(items.iter().map(yaml_to_json).collect()),
        Node::Map(entries, _) => {
            Value::Object(entries.iter().map(|(k, v)| (k.text.clone(), yaml_to_json(v))).collect())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::{FIELDS_INITIATIVE, FIELDS_KEY_RESULT, FIELDS_OBJECTIVE, FIELDS_SET};

    fn keys(schema: &Value, pointer: &str) -> Vec<String> {
        let mut k: Vec<String> = schema.pointer(pointer).and_then(Value::as_object).unwrap().keys().cloned().collect();
        k.sort();
        k
    }

    fn sorted(fields: &[&str]) -> Vec<String> {
        let mut f: Vec<String> = fields.iter().map(|s| s.to_string()).collect();
        f.sort();
        f
    }

    #[test]
    fn the_schema_names_exactly_the_fields_the_loader_knows() {
        let s = front_matter();
        assert_eq!(keys(&s, "/properties"), sorted(FIELDS_SET));
        assert_eq!(keys(&s, "/$defs/Objective/properties"), sorted(FIELDS_OBJECTIVE));
        assert_eq!(keys(&s, "/$defs/KeyResult/properties"), sorted(FIELDS_KEY_RESULT));
        assert_eq!(keys(&s, "/$defs/DetailedInitiative/properties"), sorted(FIELDS_INITIATIVE));
        assert_eq!(s["$schema"], "https://json-schema.org/draft/2020-12/schema");
        assert_eq!(s["additionalProperties"], false);
        let c = config();
        let rules = keys(&c, "/properties/rules/properties");
        assert_eq!(rules.len(), registry().len());
    }

    #[test]
    fn what_the_loader_reads_as_text_validates() {
        let validator = jsonschema::validator_for(&front_matter()).unwrap();
        // `period: 2026` and `id: 7` are YAML numbers that the loader reads as text.
        let ok = json!({"team": "A", "period": 2026, "objectives": [{"id": 7, "title": "O", "key_results": [{"title": "K", "target": 5, "unit": 100}]}]});
        assert!(validator.is_valid(&ok), "{:?}", validator.iter_errors(&ok).map(|e| e.to_string()).collect::<Vec<_>>());
        let bad = json!({"team": "A", "period": "våren", "objectives": [], "taget": 1});
        assert_eq!(validator.iter_errors(&bad).count(), 3);
    }

    #[test]
    fn every_field_is_described() {
        fn walk(path: &str, v: &Value, missing: &mut Vec<String>) {
            if let Some(props) = v.get("properties").and_then(Value::as_object) {
                for (name, p) in props {
                    if p.get("description").is_none() {
                        missing.push(format!("{path}/{name}"));
                    }
                    walk(&format!("{path}/{name}"), p, missing);
                }
            }
            if let Some(defs) = v.get("$defs").and_then(Value::as_object) {
                for (name, d) in defs {
                    walk(&format!("$defs/{name}"), d, missing);
                }
            }
        }
        for schema in [front_matter(), config()] {
            let mut missing = Vec::new();
            walk("", &schema, &mut missing);
            assert!(missing.is_empty(), "fields without a description: {missing:?}");
        }
    }
}
