//! `okrs lint --rev` and `--new-from-rev`: reading OKRs from git without a checkout, and the
//! inputs that cannot work (exit 2 with what to do).

mod support;

use std::path::Path;

use serde_json::Value;
use support::{BASE_SET, commit_all, git, init_repo, okrs, unpinned_repo, write};

fn lint_json(dir: &Path, args: &[&str]) -> (i32, Value, String) {
    let out = okrs().arg("-C").arg(dir).args(["lint", "--format", "json"]).args(args).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    let json = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
    (out.status.code().unwrap(), json, stderr)
}

fn findings(json: &Value) -> Vec<(String, u64, String)> {
    json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["rule"].as_str().unwrap().to_owned(),
                f["line"].as_u64().unwrap(),
                f["message"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

/// A repository whose base commit has one old finding (`curent`), and a work tree that moves it
/// down two lines and adds a new one (`taget`).
fn repo_with_a_new_finding() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    init_repo(dir.path());
    write(dir.path(), "okrs/marketing.md", &BASE_SET.replace("current: 10600", "curent: 10600"));
    commit_all(dir.path(), "base");
    let head = BASE_SET
        .replace("owner: kari\n", "owner: kari\n# Oppdatert hver mandag\n# av markedsteamet\n")
        .replace("current: 10600", "curent: 10600")
        .replace("target: 12", "taget: 12");
    write(dir.path(), "okrs/marketing.md", &head);
    dir
}

#[test]
fn rev_reads_the_committed_files_not_the_work_tree() {
    let dir = repo_with_a_new_finding();
    let (_, json, _) = lint_json(dir.path(), &["--rev", "HEAD"]);
    assert_eq!(findings(&json), vec![("unknown-field".into(), 14, "unknown field `curent`".into())]);
    let (_, json, _) = lint_json(dir.path(), &[]);
    assert_eq!(findings(&json).len(), 2);
}

#[test]
fn rev_uses_the_revisions_config_and_paths() {
    let dir = tempfile::tempdir().unwrap();
    init_repo(dir.path());
    write(dir.path(), ".okrs.yml", "root: plans\nrules:\n  unknown-field: error\n");
    write(dir.path(), "plans/salg/a.md", &BASE_SET.replace("current: 5", "curent: 5"));
    write(dir.path(), "plans/b.md", &BASE_SET.replace("team: Marketing", "team: Salg"));
    write(dir.path(), "plans/.hidden/c.md", "not an OKR file");
    write(dir.path(), "plans/notes.txt", "not markdown");
    commit_all(dir.path(), "plans");
    // The work tree moves on: another root, the old one gone.
    git(dir.path(), &["rm", "-rq", "plans"]);
    write(dir.path(), ".okrs.yml", "root: okrs\n");
    let (code, json, stderr) = lint_json(dir.path(), &["--rev", "HEAD"]);
    assert_eq!(code, 1, "{stderr}");
    assert_eq!(json["summary"]["files"], 2);
    assert_eq!(json["findings"][0]["path"], "plans/salg/a.md");
    assert_eq!(json["findings"][0]["level"], "error");
    let (_, json, stderr) = lint_json(dir.path(), &["--rev", "HEAD", "plans/b.md"]);
    assert_eq!(json["summary"]["files"], 1, "{stderr}");
}

#[test]
fn new_from_rev_reports_only_new_findings_even_when_lines_move() {
    let dir = repo_with_a_new_finding();
    let (code, json, stderr) = lint_json(dir.path(), &["--new-from-rev", "HEAD"]);
    assert_eq!(findings(&json), vec![("unknown-field".into(), 20, "unknown field `taget`".into())], "{stderr}");
    assert_eq!(json["summary"]["warnings"], 1);
    assert_eq!(code, 0);
    // A second copy of an old finding on the same key result is new (multiset).
    let twice = std::fs::read_to_string(dir.path().join("okrs/marketing.md"))
        .unwrap()
        .replace("curent: 10600", "curent: 10600\n        curent: 10700");
    write(dir.path(), "okrs/marketing.md", &twice);
    let (_, json, _) = lint_json(dir.path(), &["--new-from-rev", "HEAD"]);
    let messages: Vec<String> = findings(&json).into_iter().map(|f| f.2).collect();
    assert!(messages.iter().any(|m| m.contains("curent")), "{messages:?}");
}

#[test]
fn new_from_rev_tells_people_how_many_known_findings_it_left_out() {
    let dir = repo_with_a_new_finding();
    let out = okrs().arg("-C").arg(dir.path()).args(["lint", "--new-from-rev", "HEAD"]).output().unwrap();
    let (stdout, stderr) = (String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    assert!(stdout.contains("unknown field `taget`") && !stdout.contains("curent"), "{stdout}");
    assert!(
        stderr.contains("(1 finding already present at HEAD not shown: --new-from-rev reports only new ones)"),
        "{stderr}"
    );
    // Machine formats keep stderr for errors.
    let (_, _, stderr) = lint_json(dir.path(), &["--new-from-rev", "HEAD"]);
    assert!(!stderr.contains("not shown"), "{stderr}");
}

#[test]
fn new_from_rev_against_a_base_without_okrs_reports_everything() {
    let dir = tempfile::tempdir().unwrap();
    init_repo(dir.path());
    write(dir.path(), "README.md", "# repo\n");
    commit_all(dir.path(), "before okrs");
    write(dir.path(), "okrs/marketing.md", &BASE_SET.replace("current: 5", "curent: 5"));
    let (_, json, stderr) = lint_json(dir.path(), &["--new-from-rev", "HEAD"]);
    assert_eq!(findings(&json).len(), 1, "{stderr}");
}

fn assert_exit_2(dir: &Path, args: &[&str], says: &[&str]) {
    let out = okrs().arg("-C").arg(dir).args(args).env("NO_COLOR", "1").output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
    for text in says {
        assert!(stderr.contains(text), "{args:?} should say {text:?}:\n{stderr}");
    }
}

#[test]
fn an_unknown_revision_is_exit_2() {
    let dir = repo_with_a_new_finding();
    assert_exit_2(
        dir.path(),
        &["lint", "--rev", "no-such-branch"],
        &["unknown revision `no-such-branch`", "fetch it first"],
    );
    assert_exit_2(dir.path(), &["lint", "--new-from-rev", "v9"], &["unknown revision `v9`"]);
    assert_exit_2(dir.path(), &["lint", "--rev", "HEAD", "okrs/gone.md"], &["`okrs/gone.md` is not in `HEAD`"]);
}

#[test]
fn an_unknown_branch_suggests_the_one_meant() {
    let dir = repo_with_a_new_finding();
    git(dir.path(), &["branch", "release-2026", "HEAD"]);
    // What a CI checkout has: the base branch only as a remote-tracking branch.
    git(dir.path(), &["update-ref", "refs/remotes/origin/trunk", "HEAD"]);
    assert_exit_2(dir.path(), &["diff", "trunk"], &["unknown revision `trunk`", "did you mean `origin/trunk`?"]);
    assert_exit_2(
        dir.path(),
        &["lint", "--rev", "relase-2026"],
        &["unknown revision `relase-2026`", "did you mean `release-2026`?"],
    );
}

#[test]
fn a_revision_without_the_okr_root_is_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    init_repo(dir.path());
    write(dir.path(), "README.md", "# repo\n");
    commit_all(dir.path(), "no okrs yet");
    assert_exit_2(dir.path(), &["lint", "--rev", "HEAD"], &["`HEAD` has no `okrs/` folder", "root:"]);
}

#[test]
fn a_repository_without_commits_is_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    init_repo(dir.path());
    write(dir.path(), "okrs/marketing.md", BASE_SET);
    assert_exit_2(dir.path(), &["lint", "--rev", "HEAD"], &["no commits yet", "commit the OKR files first"]);
    assert_exit_2(dir.path(), &["lint", "--new-from-rev", "main"], &["no commits yet"]);
}

#[test]
fn a_folder_outside_git_is_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), ".okrs.yml", "root: okrs\n");
    write(dir.path(), "okrs/marketing.md", BASE_SET);
    assert_exit_2(dir.path(), &["lint", "--rev", "HEAD"], &["not inside a git repository"]);
}

#[test]
fn a_shallow_clone_is_exit_2_and_says_fetch_depth() {
    let origin = repo_with_a_new_finding();
    commit_all(origin.path(), "head");
    let clone = tempfile::tempdir().unwrap();
    let url = format!("file://{}", origin.path().display());
    git(clone.path(), &["clone", "--quiet", "--depth", "1", &url, "."]);
    assert_exit_2(clone.path(), &["lint", "--new-from-rev", "HEAD~1"], &["shallow clone", "fetch-depth: 0"]);
    // What the clone has is still readable.
    let (code, _, stderr) = lint_json(clone.path(), &["--rev", "HEAD"]);
    assert_eq!(code, 0, "{stderr}");
}

#[test]
fn config_names_the_configuration_for_every_revision() {
    let dir = repo_with_a_new_finding();
    write(dir.path(), "ci/okrs.yml", "rules:\n  unknown-field: error\n");
    let levels = |args: &[&str]| {
        let (_, json, stderr) = lint_json(dir.path(), args);
        json["findings"]
            .as_array()
            .unwrap_or_else(|| panic!("{stderr}"))
            .iter()
            .map(|f| f["level"].clone())
            .collect::<Vec<_>>()
    };
    let config = dir.path().join("ci/okrs.yml");
    let config = config.to_str().unwrap();
    assert_eq!(levels(&["--config", config]), ["error", "error"]);
    assert_eq!(levels(&["--config", config, "--rev", "HEAD"]), ["error"]);
    let (code, _, stderr) = lint_json(dir.path(), &["--config", "missing.yml"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("cannot read missing.yml"), "{stderr}");
}

#[test]
fn a_project_in_a_subfolder_of_the_repository() {
    let dir = tempfile::tempdir().unwrap();
    init_repo(dir.path());
    write(dir.path(), "planning/.okrs.yml", "root: mål\n");
    write(dir.path(), "planning/mål/marketing.md", &BASE_SET.replace("current: 5", "curent: 5"));
    commit_all(dir.path(), "okrs in a subfolder");
    let (code, json, stderr) = lint_json(&dir.path().join("planning"), &["--rev", "HEAD"]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(json["findings"][0]["path"], "mål/marketing.md");
    assert_eq!(json["summary"]["files"], 1);
}

#[test]
fn new_from_rev_follows_an_objective_reworded_without_an_id() {
    let dir = unpinned_repo(|set| set.replace("for kundene", "for alle kundene"));
    let (_, all, _) = lint_json(dir.path(), &[]);
    assert!(!findings(&all).is_empty(), "the set has findings");
    let (code, json, stderr) = lint_json(dir.path(), &["--new-from-rev", "HEAD"]);
    assert_eq!(findings(&json), vec![], "{stderr}");
    assert_eq!(code, 0);
}
