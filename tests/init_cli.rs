//! `okrs init` as a new team runs it: what it writes lints clean, validates, and is never
//! overwritten without --force.

mod support;

use std::path::Path;

use support::{check_jsonschema, okrs};

fn init(dir: &Path, args: &[&str]) -> String {
    let out = okrs().env("NO_COLOR", "1").arg("init").arg(dir).args(args).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn what_init_writes_lints_clean_in_every_language() {
    for lang in ["nb", "nn", "en"] {
        let dir = tempfile::tempdir().unwrap();
        let repo = dir.path().join("okr-repo");
        let printed = init(&repo, &["--lang", lang]);
        assert!(printed.contains("✔ created .okrs.yml\n"), "{printed}");
        assert!(printed.contains("✔ created .github/workflows/okrs.yml\n"), "{printed}");
        assert!(printed.contains("okrs lint"), "{printed}");
        let out = okrs()
            .env("NO_COLOR", "1")
            .args(["-C", repo.to_str().unwrap(), "lint", "--format", "json"])
            .output()
            .unwrap();
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(json["findings"], serde_json::json!([]), "{lang}: {json:#}");
        assert_eq!(json["summary"]["files"], 1);
        assert_eq!(out.status.code(), Some(0));
        // The example is for the quarter we are in.
        let examples: Vec<_> = std::fs::read_dir(repo.join("okrs")).unwrap().map(|e| e.unwrap().path()).collect();
        let text = std::fs::read_to_string(&examples[0]).unwrap();
        let today = jiff::ZonedDateTime::now().date();
        let quarter = format!("period: {}-Q{}\n", today.year(), (today.month() - 1) / 3 + 1);
        assert!(text.contains(&quarter), "{text}");
        assert!(text.contains(&format!("lang: {lang}\n")));
    }
}

#[test]
fn existing_files_are_left_alone_unless_forced() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join(".okrs.yml"), "root: okrs\nlang: nn\n").unwrap();
    let printed = init(dir.path(), &["--lang", "nb"]);
    assert!(printed.contains("· left .okrs.yml alone: it exists (--force replaces it)\n"), "{printed}");
    assert_eq!(std::fs::read_to_string(dir.path().join(".okrs.yml")).unwrap(), "root: okrs\nlang: nn\n");
    let printed = init(dir.path(), &["--lang", "nb"]);
    assert_eq!(printed.matches("left").count(), 3, "{printed}");
    let printed = init(dir.path(), &["--lang", "nb", "--force"]);
    assert_eq!(printed.matches("✔ replaced").count(), 3, "{printed}");
    assert!(std::fs::read_to_string(dir.path().join(".okrs.yml")).unwrap().contains("lang: nb\n"));
}

#[test]
fn the_next_steps_say_when_the_workflow_names_a_placeholder_action() {
    let placeholder = "  $EDITOR .github/workflows/okrs.yml";
    let dir = tempfile::tempdir().unwrap();
    let printed = init(dir.path(), &[]);
    assert!(printed.contains(placeholder) && printed.contains("`uses: OWNER/okrs@v1` is a placeholder"), "{printed}");
    let dir = tempfile::tempdir().unwrap();
    let printed = init(dir.path(), &["--action", "acme/okrs@v1"]);
    assert!(!printed.contains(placeholder), "{printed}");
}

#[test]
fn a_repository_with_okr_files_gets_no_example_set() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("okrs/salg")).unwrap();
    std::fs::write(dir.path().join("okrs/salg/2026-Q4.md"), "---\nteam: Salg\n---\n").unwrap();
    let printed = init(dir.path(), &["--lang", "nb"]);
    assert!(printed.contains("· no example okrs/") && printed.contains("okrs/ holds OKR files already"), "{printed}");
    assert!(printed.contains("check your OKR files") && !printed.contains("$EDITOR okrs/"), "{printed}");
    let written: Vec<_> = std::fs::read_dir(dir.path().join("okrs")).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(written, ["salg"], "only the team's own folder");
    assert!(dir.path().join(".okrs.yml").is_file() && dir.path().join(".github/workflows/okrs.yml").is_file());
}

#[test]
fn the_workflow_validates_against_the_github_workflow_schema() {
    let Some(tool) = check_jsonschema() else { return };
    let dir = tempfile::tempdir().unwrap();
    init(dir.path(), &["--action", "acme/okrs@v1"]);
    let workflow = dir.path().join(".github/workflows/okrs.yml");
    let text = std::fs::read_to_string(&workflow).unwrap();
    assert!(text.contains("uses: acme/okrs@v1") && text.contains("fetch-depth: 0"), "{text}");
    for input in ["path:", "fail-on:", "new-only:", "sarif-file:", "site-dir:"] {
        assert!(text.contains(input), "{input}");
    }
    // The workflow schema, and check-jsonschema's stricter rule that every job has a timeout.
    for schema in ["vendor.github-workflows", "custom.github-workflows-require-timeout"] {
        let out = std::process::Command::new(&tool).args(["--builtin-schema", schema]).arg(&workflow).output().unwrap();
        let said = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
        assert!(out.status.success(), "{schema}: {said}");
    }
}

#[test]
fn the_workflow_uses_only_inputs_the_action_declares() {
    use okrs::load::yaml::{Node, parse};
    let action = parse(&std::fs::read_to_string("action.yml").unwrap(), 0).unwrap();
    let Some(Node::Map(inputs, _)) = action.get("inputs") else { panic!("action.yml has no inputs") };
    let declared: Vec<&str> = inputs.iter().map(|(k, _)| k.text.as_str()).collect();
    let text = okrs::init::workflow("acme/okrs@v1");
    let workflow = parse(&text, 0).unwrap();
    let Some(Node::Map(jobs, _)) = workflow.get("jobs") else { panic!("no jobs") };
    let mut used = 0;
    for (_, job) in jobs {
        let Some(Node::Seq(steps, _)) = job.get("steps") else { continue };
        for step in steps {
            let uses_okrs = matches!(step.get("uses"), Some(Node::Scalar(s)) if s.text == "acme/okrs@v1");
            if let (true, Some(Node::Map(with, _))) = (uses_okrs, step.get("with")) {
                for (key, _) in with {
                    assert!(declared.contains(&key.text.as_str()), "action.yml has no input `{}`", key.text);
                    used += 1;
                }
            }
        }
    }
    assert!(used >= 5, "{text}");
}

#[test]
fn a_workflow_outside_the_repository_root_gets_a_note() {
    let dir = tempfile::tempdir().unwrap();
    git2::Repository::init(dir.path()).unwrap();
    let printed = init(&dir.path().join("team-a"), &[]);
    assert!(printed.contains("GitHub runs workflows only from"), "{printed}");
    assert!(!printed.contains("git init"), "{printed}");
    let printed = init(dir.path(), &[]);
    assert!(!printed.contains("Note:"), "{printed}");
}
