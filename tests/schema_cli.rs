//! `okrs schema`: the schemas are valid draft 2020-12, every fixture's front matter that the
//! loader reads without a structural problem (and with every required field) validates, and the
//! ones with a wrong shape or a missing field the schema rejects too.

mod support;

use std::path::{Path, PathBuf};

use okrs::config::Config;
use okrs::load::{self, Problem, front_matter, yaml};
use okrs::model::Lang;
use serde_json::Value;
use support::okrs;

fn schema(args: &[&str]) -> Value {
    let out = okrs().arg("schema").args(args).output().unwrap();
    assert!(out.status.success());
    serde_json::from_slice(&out.stdout).unwrap()
}

fn markdown_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            markdown_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "md") {
            out.push(path);
        }
    }
}

/// The front matter as JSON, read the way the loader reads YAML; None when it is not YAML at all.
fn front_matter_json(text: &str) -> Option<Value> {
    let split = front_matter::split(text).ok()?;
    let tree = yaml::parse(&text[split.yaml.start..split.yaml.end], split.yaml.start).ok()?;
    Some(okrs::schema::yaml_to_json(&tree))
}

#[test]
fn both_schemas_are_valid_json_schema() {
    for args in [&[][..], &["config"][..]] {
        let s = schema(args);
        jsonschema::meta::validate(&s).unwrap_or_else(|e| panic!("{args:?}: {e}"));
        assert_eq!(s["$schema"], "https://json-schema.org/draft/2020-12/schema");
    }
}

#[test]
fn every_fixture_agrees_with_the_loader() {
    let validator = jsonschema::validator_for(&schema(&[])).unwrap();
    let mut files = Vec::new();
    markdown_files(Path::new("fixtures"), &mut files);
    files.sort();
    let (mut valid, mut rejected) = (0, 0);
    for path in &files {
        let bytes = std::fs::read(path).unwrap();
        let Ok(text) = String::from_utf8(bytes.clone()) else { continue };
        let Some(json) = front_matter_json(&text) else { continue };
        let loaded = load::load(&path.display().to_string(), bytes, Lang::En);
        // The schema covers the file's shape: what the loader reports, and a missing required
        // field (team, period, objectives, a title). Quality is okrs lint's business.
        let missing_field = okrs::lint::lint(std::slice::from_ref(&loaded), &Config::defaults())
            .iter()
            .any(|f| f.rule == "missing-field");
        let shape_problem = missing_field
            || loaded.problems.iter().any(|p| matches!(p, Problem::Malformed { .. } | Problem::UnknownField { .. }));
        let errors: Vec<String> =
            validator.iter_errors(&json).map(|e| format!("{} at {}", e, e.instance_path())).collect();
        if loaded.problems.is_empty() && !missing_field {
            assert!(errors.is_empty(), "{} is a valid OKR file but fails the schema: {errors:#?}", path.display());
            valid += 1;
        } else if shape_problem {
            assert!(!errors.is_empty(), "{} has {:?} but passes the schema", path.display(), loaded.problems);
            rejected += 1;
        }
    }
    assert!(valid >= 3, "only {valid} fixtures validated");
    assert!(rejected >= 1, "no broken fixture was rejected");
}

#[test]
fn what_init_writes_validates_too() {
    let validator = jsonschema::validator_for(&schema(&[])).unwrap();
    let config_validator = jsonschema::validator_for(&schema(&["config"])).unwrap();
    for lang in [Lang::Nb, Lang::Nn, Lang::En] {
        let today = jiff::civil::date(2026, 11, 26);
        for (path, text) in okrs::init::files(lang, today, okrs::init::DEFAULT_ACTION) {
            if path.ends_with(".md") {
                let json = front_matter_json(&text).unwrap();
                let errors: Vec<String> = validator.iter_errors(&json).map(|e| e.to_string()).collect();
                assert!(errors.is_empty(), "{path}: {errors:?}");
            } else if path == ".okrs.yml" {
                let json = okrs::schema::yaml_to_json(&yaml::parse(&text, 0).unwrap());
                let errors: Vec<String> = config_validator.iter_errors(&json).map(|e| e.to_string()).collect();
                assert!(errors.is_empty(), "{path}: {errors:?}");
            }
        }
    }
    // The bundled example repositories' configs validate as well, and a misspelt setting does not.
    for config in ["fixtures/example/.okrs.yml", "fixtures/broken/.okrs.yml"] {
        let text = std::fs::read_to_string(config).unwrap();
        let json = okrs::schema::yaml_to_json(&yaml::parse(&text, 0).unwrap());
        assert!(config_validator.is_valid(&json), "{config}");
    }
    let typo =
        okrs::schema::yaml_to_json(&yaml::parse("rules:\n  unknown-field: loud\nsite:\n  titel: x\n", 0).unwrap());
    assert_eq!(config_validator.iter_errors(&typo).count(), 2);
}
