//! SARIF 2.1.0 for GitHub code scanning, with the types of the `serde-sarif` crate (generated from
//! the official schema). Rules come from each rule's [`RuleMeta`], so code scanning shows the same
//! documentation as `okrs explain`.
//!
//! `partialFingerprints` hash the finding's identity (rule, team, period, objective id, key result
//! id, message; see [`crate::baseline`]), never its line, so an alert keeps its history when
//! unrelated lines move.

use std::collections::{BTreeMap, HashMap};
use std::io::Write;

use serde_json::json;
use serde_sarif::sarif::{
    ArtifactLocation, Location, Message, MultiformatMessageString, PhysicalLocation, PropertyBag, Region,
    ReportingConfiguration, ReportingDescriptor, Result as SarifResult, ResultLevel, Run, Sarif, Tool, ToolComponent,
};

use crate::baseline::{Identity, stable_hash};
use crate::lint::{Finding, Level, RuleMeta, docs, registry};

pub const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";
/// The base the result URIs are relative to: the repository root, as GitHub expects.
pub const SRCROOT: &str = "%SRCROOT%";
/// The key of okrs' fingerprint in `partialFingerprints`; the suffix is its version.
pub const FINGERPRINT: &str = "okrsFindingIdentity/v1";

pub fn sarif(findings: &[Finding]) -> String {
    super::rendered(|out| write_sarif(out, findings))
}

/// [`sarif`] written straight to `out`, one result at a time: a SARIF result is a large
/// structure, and 50,000 of them held together took 400 MB.
pub fn write_sarif(mut out: impl Write, findings: &[Finding]) -> std::io::Result<()> {
    let rules: Vec<&'static RuleMeta> = registry().iter().map(|r| r.meta()).collect();
    let index: HashMap<&str, usize> = rules.iter().enumerate().map(|(i, m)| (m.id, i)).collect();
    let descriptors: Vec<ReportingDescriptor> = rules.iter().map(|m| descriptor(m)).collect();
    let driver = ToolComponent::builder()
        .name("okrs")
        .full_name(format!("okrs {}", env!("CARGO_PKG_VERSION")))
        .version(env!("CARGO_PKG_VERSION"))
        .semantic_version(env!("CARGO_PKG_VERSION"))
        .rules(descriptors)
        .build();
    let run = Run::builder()
        .tool(Tool::builder().driver(driver).build())
        .results(Vec::new())
        .column_kind(json!("unicodeCodePoints"))
        .build();
    let log = Sarif::builder().schema(SCHEMA).version(json!("2.1.0")).runs(vec![run]).build();
    // The log without its results, then the results where its empty list stands. A quote inside a
    // JSON string is escaped, so `"results": []` can only be the run's own key.
    let shell = serde_json::to_string_pretty(&log).map_err(std::io::Error::other)?;
    let (before, after) = shell.split_once(RESULTS).ok_or_else(|| std::io::Error::other("no results in the log"))?;
    out.write_all(before.as_bytes())?;
    out.write_all(b"\"results\": [")?;
    // The same identity twice in one run (two equal findings on one key result) gets a counter, so
    // fingerprints stay unique and stable in order.
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (i, f) in findings.iter().enumerate() {
        let hash = stable_hash(&Identity::of(f).key());
        let n = seen.entry(hash.clone()).or_insert(0);
        *n += 1;
        // Every finding comes from a registered rule.
        let result = result(f, index.get(f.rule).copied().unwrap_or_default(), format!("{hash}:{n}"));
        out.write_all(if i == 0 { b"\n" } else { b",\n" })?;
        out.write_all(RESULT_INDENT)?;
        serde_json::to_writer_pretty(Indented(&mut out), &result)?;
    }
    if !findings.is_empty() {
        out.write_all(b"\n")?;
        out.write_all(&RESULT_INDENT[2..])?;
    }
    out.write_all(b"]")?;
    out.write_all(after.as_bytes())?;
    out.write_all(b"\n")
}

/// The run's results as the pretty printer writes an empty list.
const RESULTS: &str = "\"results\": []";
/// A result's indentation: in the log, in `runs`, in the run, in `results`.
const RESULT_INDENT: &[u8] = b"        ";

/// Indents what the pretty printer writes for one result to where it stands in the log. JSON
/// escapes newlines in strings: every raw newline is layout.
struct Indented<W: Write>(W);

impl<W: Write> Write for Indented<W> {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        for piece in bytes.split_inclusive(|&b| b == b'\n') {
            self.0.write_all(piece)?;
            if piece.ends_with(b"\n") {
                self.0.write_all(RESULT_INDENT)?;
            }
        }
        Ok(bytes.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.0.flush()
    }
}

fn descriptor(meta: &RuleMeta) -> ReportingDescriptor {
    let level = sarif_level(meta.default_level);
    ReportingDescriptor::builder()
        .id(meta.id)
        .name(camel_case(meta.id))
        .short_description(MultiformatMessageString::builder().text(meta.summary).build())
        .full_description(MultiformatMessageString::builder().text(meta.rationale).markdown(meta.rationale).build())
        .help(
            MultiformatMessageString::builder()
                .text(format!("{}\n\nRun `okrs explain {}` for examples.", meta.rationale, meta.id))
                .markdown(docs::explain(meta))
                .build(),
        )
        .default_configuration(ReportingConfiguration::builder().level(json!(level)).build())
        .properties(PropertyBag::builder().tags(vec!["okr".to_owned()]).build())
        .build()
}

fn result(f: &Finding, rule_index: usize, fingerprint: String) -> SarifResult {
    let mut text = f.message.to_string();
    if let Some(help) = &f.help {
        text.push_str("\nhelp: ");
        text.push_str(help);
    }
    let region = Region::builder()
        .start_line(f.line as i64)
        .start_column(f.column as i64)
        .end_line(f.end_line as i64)
        .end_column(f.end_column as i64)
        .build();
    let location = Location::builder()
        .physical_location(
            PhysicalLocation::builder()
                .artifact_location(ArtifactLocation::builder().uri(uri(&f.path)).uri_base_id(SRCROOT).build())
                .region(region)
                .build(),
        )
        .build();
    let mut okr = BTreeMap::new();
    for (key, value) in
        [("team", &f.team), ("period", &f.period), ("objective", &f.objective), ("keyResult", &f.key_result)]
    {
        if let Some(value) = value {
            okr.insert(key.to_owned(), json!(value));
        }
    }
    SarifResult::builder()
        .rule_id(f.rule)
        .rule_index(rule_index as i64)
        .level(match f.level {
            Level::Error => ResultLevel::Error,
            Level::Warning => ResultLevel::Warning,
            Level::Info | Level::Off => ResultLevel::Note,
        })
        .message(Message::builder().text(text).build())
        .locations(vec![location])
        .partial_fingerprints(BTreeMap::from([(FINGERPRINT.to_owned(), fingerprint)]))
        .properties(PropertyBag::builder().additional_properties(okr).build())
        .build()
}

fn sarif_level(level: Level) -> &'static str {
    match level {
        Level::Error => "error",
        Level::Warning => "warning",
        Level::Info => "note",
        Level::Off => "none",
    }
}

/// A relative URI reference: the path with its segments percent-encoded where URIs need it.
fn uri(path: &str) -> String {
    let mut out = String::new();
    for byte in path.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => out.push(byte as char),
            other => out.push_str(&format!("%{other:02X}")),
        }
    }
    out
}

/// `vague-key-result` → `VagueKeyResult`, SARIF's convention for a rule's name.
fn camel_case(id: &str) -> String {
    id.split('-')
        .map(|part| {
            let mut chars = part.chars();
            chars.next().map(|c| c.to_uppercase().chain(chars).collect::<String>()).unwrap_or_default()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Span;

    fn finding(line: usize, message: &str) -> Finding {
        Finding {
            rule: "unknown-field",
            level: Level::Warning,
            path: "okrs/økonomi plan.md".into(),
            line,
            column: 9,
            end_line: line,
            end_column: 15,
            message: message.into(),
            help: Some("did you mean `current`?".into()),
            team: Some("Økonomi".into()),
            period: Some("2026-Q1".into()),
            objective: Some("kontroll".into()),
            key_result: Some("kredittid".into()),
            span: Span::default(),
            notes: Vec::new(),
            fix: None,
        }
    }

    fn parse(findings: &[Finding]) -> serde_json::Value {
        serde_json::from_str(&sarif(findings)).unwrap()
    }

    #[test]
    fn results_are_streamed_exactly_as_the_whole_log_would_print() {
        let findings = [finding(11, "unknown field `curent`"), finding(12, "line one\nline \"two\": []")];
        for findings in [&findings[..0], &findings[..1], &findings[..]] {
            let streamed = sarif(findings);
            let whole: Sarif = serde_json::from_str(&streamed).unwrap();
            assert_eq!(whole.runs[0].results.as_ref().map(Vec::len), Some(findings.len()));
            let mut expected = serde_json::to_string_pretty(&whole).unwrap();
            expected.push('\n');
            assert_eq!(streamed, expected);
        }
    }

    #[test]
    fn fingerprints_ignore_lines_but_not_identity() {
        let a = parse(&[finding(11, "unknown field `curent`")]);
        let b = parse(&[finding(40, "unknown field `curent`")]);
        let c = parse(&[finding(11, "unknown field `taget`")]);
        let fp = |v: &serde_json::Value| v["runs"][0]["results"][0]["partialFingerprints"][FINGERPRINT].clone();
        assert_eq!(fp(&a), fp(&b));
        assert_ne!(fp(&a), fp(&c));
        let twice = parse(&[finding(11, "unknown field `curent`"), finding(12, "unknown field `curent`")]);
        let results = twice["runs"][0]["results"].as_array().unwrap();
        assert_ne!(results[0]["partialFingerprints"], results[1]["partialFingerprints"]);
    }

    #[test]
    fn results_point_at_the_file_relative_to_the_repository() {
        let v = parse(&[finding(11, "unknown field `curent`")]);
        let run = &v["runs"][0];
        assert_eq!(run["columnKind"], "unicodeCodePoints");
        let location = &run["results"][0]["locations"][0]["physicalLocation"];
        assert_eq!(location["artifactLocation"]["uri"], "okrs/%C3%B8konomi%20plan.md");
        assert_eq!(location["artifactLocation"]["uriBaseId"], "%SRCROOT%");
        assert_eq!(location["region"]["startLine"], 11);
        assert_eq!(location["region"]["startColumn"], 9);
        let index = run["results"][0]["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(run["tool"]["driver"]["rules"][index]["id"], "unknown-field");
        assert_eq!(run["tool"]["driver"]["rules"][index]["name"], "UnknownField");
        assert_eq!(run["tool"]["driver"]["rules"][index]["defaultConfiguration"]["level"], "warning");
    }
}
