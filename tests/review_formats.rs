//! `okrs lint --format github|sarif` as a pull-request workflow runs them.

mod support;

use support::{check_jsonschema, okrs, sarif_schema, validate};

#[test]
fn github_annotations_for_the_broken_repository() {
    let out = okrs().args(["-C", "fixtures/broken", "lint", "--format", "github"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).unwrap();
    for line in text.lines() {
        assert!(line.starts_with("::") || line.starts_with("okrs: "), "not a workflow command: {line}");
    }
    insta::assert_snapshot!(text);
}

#[test]
fn sarif_validates_against_the_official_schema() {
    let (Some(tool), Some(schema)) = (check_jsonschema(), sarif_schema()) else { return };
    let dir = tempfile::tempdir().unwrap();
    for fixture in ["fixtures/broken", "fixtures/example"] {
        let out = okrs().args(["-C", fixture, "lint", "--format", "sarif"]).output().unwrap();
        let file = dir.path().join("okrs.sarif");
        std::fs::write(&file, &out.stdout).unwrap();
        validate(&tool, &["--schemafile", schema.to_str().unwrap()], &file);
    }
}

#[test]
fn sarif_describes_every_rule_and_locates_every_finding() {
    let out = okrs().args(["-C", "fixtures/broken", "lint", "--format", "sarif"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let sarif: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let json: serde_json::Value = serde_json::from_slice(
        &okrs().args(["-C", "fixtures/broken", "lint", "--format", "json"]).output().unwrap().stdout,
    )
    .unwrap();
    let run = &sarif["runs"][0];
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    let listed = okrs().arg("rules").output().unwrap().stdout;
    assert_eq!(rules.len(), String::from_utf8_lossy(&listed).lines().count());
    for rule in rules {
        for field in ["id", "name", "shortDescription", "fullDescription", "help", "defaultConfiguration"] {
            assert!(!rule[field].is_null(), "rule {} has no {field}", rule["id"]);
        }
    }
    let results = run["results"].as_array().unwrap();
    let findings = json["findings"].as_array().unwrap();
    assert_eq!(results.len(), findings.len());
    for (result, finding) in results.iter().zip(findings) {
        let region = &result["locations"][0]["physicalLocation"]["region"];
        assert_eq!(result["ruleId"], finding["rule"]);
        assert_eq!(region["startLine"], finding["line"]);
        assert_eq!(region["startColumn"], finding["column"]);
        assert_eq!(region["endColumn"], finding["end_column"]);
        assert_eq!(result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], finding["path"]);
    }
}
