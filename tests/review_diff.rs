//! `okrs diff BASE [HEAD]` on a repository with a base and a head commit, as a reviewer reads it.

mod support;

use std::path::Path;

use support::{BASE_SET, commit_all, drift_repo, git, init_repo, okrs, unpinned_repo, write};

/// Base: the marketing set. Head: a check-in (trafikk 10600 → 11800), a moved target, a renamed
/// objective, a key result replaced by another, a new team with a finding, a finding fixed.
fn repository() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    init_repo(dir.path());
    write(dir.path(), "okrs/marketing.md", &BASE_SET.replace("current: 5", "curent: 5"));
    write(dir.path(), "okrs/salg.md", &BASE_SET.replace("team: Marketing", "team: Salg"));
    commit_all(dir.path(), "base");
    git(dir.path(), &["tag", "base"]);
    let head = BASE_SET.replace("current: 10600", "current: 11800").replace("target: 12", "target: 9").replace(
        "title: Bli bransjens mest synlige leverandør av bærekraftige løsninger",
        "title: Bli den mest synlige leverandøren | i Norden",
    );
    write(dir.path(), "okrs/marketing.md", &head);
    let salg = BASE_SET.replace("team: Marketing", "team: Salg").replace(
        "      - id: omtaler\n        title: Øke antall omtaler",
        "      - id: avtaler\n        title: Øke antall avtaler",
    );
    write(dir.path(), "okrs/salg.md", &salg);
    write(
        dir.path(),
        "okrs/drift.md",
        "---\nteam: Drift\nperiod: 2026-Q1\nobjectives:\n  - id: stabil\n    title: Stabil drift\n    key_results:\n      - title: Oppetid\n        target: \">= 99.9 %\"\n        curent: 99.95\n---\n",
    );
    commit_all(dir.path(), "head");
    dir
}

fn diff(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let out = okrs().arg("-C").arg(dir).arg("diff").args(args).env("NO_COLOR", "1").output().unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The first team of `okrs diff HEAD --format json` (the work tree against HEAD).
fn first_team(dir: &Path) -> serde_json::Value {
    let (_, json, _) = diff(dir, &["HEAD", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    json["teams"][0].clone()
}

#[test]
fn markdown_for_a_pull_request() {
    let dir = repository();
    let (code, text, stderr) = diff(dir.path(), &["base", "HEAD"]);
    assert_eq!(code, 0, "{stderr}");
    // Commit ids differ between runs (temporary paths do not matter, dates are fixed).
    let text = text
        .replace(&git(dir.path(), &["rev-parse", "--short", "base"]), "BASE")
        .replace(&git(dir.path(), &["rev-parse", "--short", "HEAD"]), "HEAD");
    insta::assert_snapshot!(text);
}

#[test]
fn json_has_the_same_content() {
    let dir = repository();
    let (code, text, _) = diff(dir.path(), &["base", "HEAD", "--format", "json"]);
    assert_eq!(code, 0);
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(json["version"], 1);
    let teams = json["teams"].as_array().unwrap();
    let names: Vec<&str> = teams.iter().map(|t| t["team"].as_str().unwrap()).collect();
    assert_eq!(names, ["Drift", "Marketing", "Salg"]);
    let marketing = &teams[1];
    let moved = &marketing["key_results_moved"][0];
    assert_eq!(
        (moved["key_result"].as_str(), moved["from"].as_str(), moved["to"].as_str()),
        (Some("trafikk"), Some("10600"), Some("11800"))
    );
    // 14 Feb 2026 is 45 of 90 days into Q1 (expected 50 %): 20 % done was behind, 60 % is ahead.
    assert_eq!(moved["progress_before"], 0.2);
    assert!((moved["progress_after"].as_f64().unwrap() - 0.6).abs() < 1e-9);
    assert_eq!(moved["status_before"], "needs-attention");
    assert_eq!(moved["status_after"], "on-track");
    assert_eq!(marketing["goalposts_moved"][0]["field"], "target");
    assert_eq!(marketing["objectives_renamed"][0]["id"], "synlighet");
    assert_eq!(marketing["findings"]["fixed"][0]["rule"], "unknown-field");
    // Other rules may also report the changed file; the typo is among what this change introduced.
    let introduced = teams[0]["findings"]["introduced"].as_array().unwrap();
    assert!(introduced.iter().any(|f| f["message"] == "unknown field `curent`"), "{introduced:?}");
    assert_eq!(teams[2]["key_results_added"][0]["id"], "avtaler");
    assert_eq!(teams[2]["key_results_removed"][0]["id"], "omtaler");
}

#[test]
fn head_defaults_to_the_work_tree_and_nothing_changed_is_one_line() {
    let dir = repository();
    let (code, text, _) = diff(dir.path(), &["HEAD"]);
    assert_eq!(code, 0);
    assert_eq!(text.lines().count(), 1, "{text}");
    assert!(text.starts_with("No OKR changes between `HEAD`") && text.contains("the work tree"), "{text}");
    write(
        dir.path(),
        "okrs/marketing.md",
        &std::fs::read_to_string(dir.path().join("okrs/marketing.md"))
            .unwrap()
            .replace("current: 11800", "current: 12100"),
    );
    let (_, text, _) = diff(dir.path(), &["HEAD"]);
    assert!(text.contains("| 11800 → 12100 |"), "{text}");
}

#[test]
fn the_first_pull_request_adds_everything() {
    let dir = tempfile::tempdir().unwrap();
    init_repo(dir.path());
    write(dir.path(), "README.md", "# repo\n");
    commit_all(dir.path(), "before okrs");
    write(dir.path(), "okrs/marketing.md", BASE_SET);
    let (code, text, stderr) = diff(dir.path(), &["HEAD"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(text.contains("**Objectives added**") && text.contains("(2 key results)"), "{text}");
}

#[test]
fn bad_revisions_are_exit_2() {
    let dir = repository();
    let (code, _, stderr) = diff(dir.path(), &["nope"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("unknown revision `nope`"), "{stderr}");
    let empty = tempfile::tempdir().unwrap();
    init_repo(empty.path());
    let (code, _, stderr) = diff(empty.path(), &["main"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("no commits yet"), "{stderr}");
    let no_okrs = tempfile::tempdir().unwrap();
    init_repo(no_okrs.path());
    write(no_okrs.path(), "README.md", "# repo\n");
    commit_all(no_okrs.path(), "readme");
    let (code, _, stderr) = diff(no_okrs.path(), &["HEAD"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("has no `okrs/` folder"), "{stderr}");
}

#[test]
fn diff_help_teaches_with_examples() {
    let out = okrs().args(["diff", "--help"]).output().unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("okrs diff origin/main HEAD"));
}

#[test]
fn a_retitled_key_result_without_id_is_a_rename_that_breaks_history() {
    let set = "---\nteam: Drift\nperiod: 2026-Q1\nobjectives:\n  - id: stabil\n    title: Stabil drift\n    key_results:\n      - title: Oppetid over 99,9 %\n        target: \">= 99.9\"\n        current: 99.5\n---\n";
    let dir =
        drift_repo(set, |set| set.replace("Oppetid over 99,9 %", "Oppetid minst 99,9 %").replace("99.5", "99.95"));
    let team = &first_team(dir.path());
    assert_eq!(team["key_results_added"], serde_json::json!([]), "{team}");
    assert_eq!(team["key_results_renamed"][0]["old_id"], "oppetid-over-99-9");
    assert_eq!(team["key_results_moved"][0]["status_after"], "on-track");
    let (_, text, _) = diff(dir.path(), &["HEAD"]);
    assert!(text.contains("its history starts over; add `id: oppetid-over-99-9` to keep it"), "{text}");
}

#[test]
fn a_retitled_key_result_that_was_never_checked_in_has_no_history_to_lose() {
    let set = "---\nteam: Drift\nperiod: 2026-Q1\nobjectives:\n  - id: stabil\n    title: Stabil drift\n    key_results:\n      - title: Oppetid over 99,9 %\n        target: \">= 99.9\"\n---\n";
    let dir = drift_repo(set, |set| set.replace("Oppetid over 99,9 %", "Oppetid minst 99,9 %"));
    assert_eq!(first_team(dir.path())["key_results_renamed"][0]["old_id"], "oppetid-over-99-9");
    let (_, text, _) = diff(dir.path(), &["HEAD"]);
    assert!(text.contains("Oppetid over 99,9 % → Oppetid minst 99,9 %"), "{text}");
    assert!(!text.contains("history starts over"), "{text}");
}

#[test]
fn findings_follow_an_objective_and_a_key_result_whose_ids_changed_with_their_titles() {
    let dir = unpinned_repo(|set| {
        set.replace("Stabil drift for kundene", "Stabil drift for alle kundene")
            .replace("Redusere antall alvorlige hendelser", "Redusere antallet alvorlige hendelser")
    });
    let team = &first_team(dir.path());
    assert_eq!(team["objectives_renamed"][0]["old_id"], "stabil-drift-for-kundene", "{team}");
    assert_eq!(team["key_results_renamed"][0]["old_id"], "redusere-antall-alvorlige-hendelser", "{team}");
    // The same problems under new ids: neither introduced nor fixed.
    assert_eq!(team["findings"], serde_json::json!({"introduced": [], "fixed": []}), "{team}");
}

#[test]
fn pinning_ids_is_not_removing_and_adding() {
    let dir = unpinned_repo(|set| {
        set.replace("  - title: Stabil drift", "  - id: stabil\n    title: Stabil drift")
            .replace("      - title: Oppetid", "      - id: oppetid-99\n        title: Oppetid")
    });
    let team = &first_team(dir.path());
    for list in ["objectives_added", "objectives_removed", "key_results_added", "key_results_removed"] {
        assert_eq!(team[list], serde_json::json!([]), "{list}: {team}");
    }
    let pinned: Vec<(&str, &str)> = team["ids_pinned"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["id"].as_str().unwrap(), p["old_id"].as_str().unwrap()))
        .collect();
    assert_eq!(pinned, [("stabil", "stabil-drift-for-kundene"), ("oppetid-99", "oppetid")]);
    assert_eq!(team["findings"], serde_json::json!({"introduced": [], "fixed": []}), "{team}");
    let (_, text, _) = diff(dir.path(), &["HEAD"]);
    assert!(text.contains("**Ids pinned**\n\n- `stabil` Stabil drift for kundene — the id is now written in the file (it was `stabil-drift-for-kundene`, from the title)"), "{text}");
}

#[test]
fn a_baseline_written_where_there_was_none_is_set_not_moved() {
    let dir = unpinned_repo(|set| set.replace("        target: 2\n", "        baseline: 8\n        target: 1\n"));
    let team = &first_team(dir.path());
    let fields = |list: &str| -> Vec<(String, serde_json::Value)> {
        team[list]
            .as_array()
            .unwrap()
            .iter()
            .map(|g| (g["field"].as_str().unwrap().to_owned(), g["from"].clone()))
            .collect()
    };
    assert_eq!(fields("goalposts_moved"), [("target".to_owned(), serde_json::json!("2"))]);
    assert_eq!(fields("goalposts_set"), [("baseline".to_owned(), serde_json::Value::Null)]);
    let (_, text, _) = diff(dir.path(), &["HEAD"]);
    assert!(text.contains("**Targets and baselines set** where there were none: the key result can now be measured.\n\n- `stabil-drift-for-kundene/redusere-antall-alvorlige-hendelser` baseline: (none) → `8`"), "{text}");
    assert!(text.contains("**⚠ Goalposts moved.**") && text.contains("target: `2` → `1`"), "{text}");
}
