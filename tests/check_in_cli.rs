//! `okrs check-in` and `okrs status` as a team drives them, in a scratch git repository.

mod support;

use std::path::Path;

use support::{libgit2_repo, write, write_init_files};

/// okrs in `dir`, with NO_COLOR set as these tests always ran it.
fn okrs(dir: &Path) -> assert_cmd::Command {
    let mut cmd = support::okrs_in(dir);
    cmd.env("NO_COLOR", "1");
    cmd
}

const MARKETING: &str = "---\r\nteam: Marketing\r\nperiod: 2026-Q1\r\nlang: nb\r\nobjectives:\r\n  - id: synlighet   # vårt viktigste mål\r\n    title: Bli bransjens mest synlige leverandør\r\n    key_results:\r\n      - id: organisk-trafikk\r\n        title: Øke organisk trafikk fra 10 000 til 13 000 økter per måned\r\n        baseline: 10000\r\n        target: 13000\r\n        current: \"11 200\"   # fra analyseverktøyet\r\n        confidence: 0.7\r\n      - id: konvertering\r\n        title: Øke konverteringsraten fra 1,5 % til 2,5 %\r\n        baseline: '1,5 %'\r\n        target: '2,5 %'\r\n---\r\n\r\nNotater.\r\n";
const SALES: &str = "---\nteam: Sales\nperiod: 2026-Q1\nlang: en\nobjectives:\n  - id: growth\n    title: Become the partner of choice\n    key_results:\n      - id: konvertering\n        title: Raise the win rate from 22 % to 30 %\n        baseline: 22\n        target: 30\n        current: 25\n---\n";

/// A repository with two teams, committed once.
fn repo() -> (tempfile::TempDir, git2::Repository) {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "okrs/marketing.md", MARKETING);
    write(dir.path(), "okrs/sales.md", SALES);
    let repo = libgit2_repo(dir.path(), "OKRs for Q1", None);
    (dir, repo)
}

fn read(dir: &Path, file: &str) -> String {
    std::fs::read_to_string(dir.join(file)).unwrap()
}

#[test]
fn a_check_in_edits_one_value_and_commits_just_that_with_its_note() {
    let (dir, repo) = repo();
    // Something else staged in the index must not ride along.
    std::fs::write(dir.path().join("notes.txt"), "utkast").unwrap();
    let mut index = repo.index().unwrap();
    index.add_path(Path::new("notes.txt")).unwrap();
    index.write().unwrap();

    let out = okrs(dir.path())
        .args(["check-in", "marketing/synlighet/organisk-trafikk", "11 800", "--confidence", "0,6"])
        // A note commits, as --commit does.
        .args(["-m", "Kampanjen på LinkedIn har startet"])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}{}", String::from_utf8_lossy(&out.stderr));
    assert!(
        stdout.starts_with(
            "✔ okrs/marketing.md: Marketing/organisk-trafikk: 11 200 → 11 800 (confidence 0,7 → 0,6)\n  committed "
        ),
        "{stdout}"
    );
    let expected =
        MARKETING.replace("current: \"11 200\"", "current: \"11 800\"").replace("confidence: 0.7", "confidence: 0,6");
    // `0,6` is not a YAML number: confidence is written as the plain number it means.
    let expected = expected.replace("confidence: 0,6", "confidence: 0.6");
    assert_eq!(read(dir.path(), "okrs/marketing.md"), expected);

    let head = repo.head().unwrap().peel_to_commit().unwrap();
    assert_eq!(
        head.message().unwrap(),
        "Marketing/organisk-trafikk: 11 200 → 11 800 (confidence 0,7 → 0,6)\n\nKampanjen på LinkedIn har startet\n"
    );
    let parent = head.parent(0).unwrap();
    let diff = repo.diff_tree_to_tree(Some(&parent.tree().unwrap()), Some(&head.tree().unwrap()), None).unwrap();
    let paths: Vec<_> = diff.deltas().map(|d| d.new_file().path().unwrap().to_owned()).collect();
    assert_eq!(paths, vec![Path::new("okrs/marketing.md")]);
    // The work tree is clean for the file, and notes.txt is still staged, not committed.
    let statuses = repo.statuses(None).unwrap();
    let dirty: Vec<_> = statuses.iter().map(|s| (s.path().unwrap().to_owned(), s.status())).collect();
    assert_eq!(dirty, vec![("notes.txt".to_owned(), git2::Status::INDEX_NEW)]);

    // The site's check-in log shows the note; without one, what changed.
    let out = okrs(dir.path()).args(["check-in", "marketing/konvertering", "1,8 %", "--commit"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let site = tempfile::tempdir().unwrap();
    let out = okrs(dir.path()).args(["site", "--out"]).arg(site.path()).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let data: serde_json::Value = serde_json::from_str(&read(site.path(), "data.json")).unwrap();
    let marketing = data["periods"][0]["teams"].as_array().unwrap().iter().find(|t| t["team"] == "Marketing").unwrap();
    let notes: Vec<Vec<&str>> = marketing["objectives"][0]["key_results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|kr| kr["checkins"].as_array().unwrap().iter().map(|c| c["message"].as_str().unwrap()).collect())
        .collect();
    assert_eq!(
        notes,
        [
            vec!["OKRs for Q1", "Kampanjen på LinkedIn har startet"],
            vec!["OKRs for Q1", "Marketing/konvertering: – → 1,8 %"]
        ]
    );
}

#[test]
fn unrelated_changes_refuse_a_commit_and_nothing_is_written() {
    let (dir, _repo) = repo();
    let edited = MARKETING.replace("Notater.", "Notater og utkast.");
    std::fs::write(dir.path().join("okrs/marketing.md"), &edited).unwrap();
    let out = okrs(dir.path()).args(["check-in", "organisk-trafikk", "11800", "--commit"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("okrs/marketing.md has changes that are not committed"), "{stderr}");
    assert_eq!(read(dir.path(), "okrs/marketing.md"), edited);
}

#[test]
fn values_that_do_not_parse_are_refused_and_nothing_is_written() {
    let (dir, _repo) = repo();
    for (value, says) in [("mye", "is not a number"), ("11,800", "ambiguous"), ("ferdig", "numeric target")] {
        let out = okrs(dir.path()).args(["check-in", "organisk-trafikk", value]).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{value}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains(says), "{value}: {stderr}");
    }
    let out = okrs(dir.path()).args(["check-in", "organisk-trafikk", "11800", "--confidence", "7"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("outside 0–1"));
    assert_eq!(read(dir.path(), "okrs/marketing.md"), MARKETING);
}

#[test]
fn a_negative_value_is_a_value_not_an_option() {
    let (dir, _repo) = repo();
    for (args, written) in [
        (vec!["organisk-trafikk", "-5"], "current: \"-5\""),
        // The confidence as it was: the summary names only what changed.
        (vec!["organisk-trafikk", "-1 500", "--confidence", "0.7"], "current: \"-1 500\""),
    ] {
        let out = okrs(dir.path()).arg("check-in").args(&args).output().unwrap();
        assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
        assert!(read(dir.path(), "okrs/marketing.md").contains(written), "{args:?}");
        assert!(!String::from_utf8_lossy(&out.stdout).contains("confidence"), "{args:?}");
    }
    // Options still read as options around it.
    let (dir, _repo) = repo();
    let out = okrs(dir.path()).args(["check-in", "organisk-trafikk", "-m", "uke 3", "-7"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains("→ -7\n  committed "));
}

#[test]
fn the_ids_an_error_lists_are_never_split_across_lines() {
    let dir = tempfile::tempdir().unwrap();
    for team in ["Kundeservice og kundeopplevelse", "Produkt og plattform"] {
        let set = SALES
            .replace("team: Sales", &format!("team: {team}"))
            .replace("  - id: growth\n    title:", "  - title: Gjøre det enkelt å være kunde hos oss i hele landet,")
            .replace("id: konvertering", "id: andel-saker-lost-ved-forste-henvendelse");
        write(dir.path(), &format!("okrs/{}.md", team.len()), &set);
    }
    let out = okrs(dir.path()).args(["check-in", "andel-saker-lost-ved-forste-henvendelse", "5"]).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    let id = "kundeservice-og-kundeopplevelse/gjore-det-enkelt-a-vaere-kunde-hos-oss-i-hele-landet-become-the-partner-of-choice/andel-saker-lost-ved-forste-henvendelse";
    assert!(stderr.lines().any(|line| line.trim_start().starts_with(id)), "{stderr}");
}

#[test]
fn ambiguous_and_unknown_key_results_are_errors_that_help() {
    let (dir, _repo) = repo();
    let out = okrs(dir.path()).args(["check-in", "konvertering", "2 %"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("`konvertering` matches 2 key results"), "{stderr}");
    assert!(stderr.contains("marketing/synlighet/konvertering") && stderr.contains("sales/growth/konvertering"));
    let out = okrs(dir.path()).args(["check-in", "organisk-trafik", "2"]).output().unwrap();
    assert!(String::from_utf8_lossy(&out.stderr).contains("did you mean `organisk-trafikk`?"));
    // The shorter unique form works; without --commit the file is edited and left for the user.
    let out = okrs(dir.path()).args(["check-in", "marketing/konvertering", "1,8 %"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "✔ okrs/marketing.md: Marketing/konvertering: – → 1,8 %\n  commit it (one commit per check-in), or use --commit next time\n"
    );
    assert_eq!(
        read(dir.path(), "okrs/marketing.md"),
        MARKETING.replace("target: '2,5 %'\r\n", "target: '2,5 %'\r\n        current: 1,8 %\r\n")
    );
    // What check-in writes, lint reads.
    let out = okrs(dir.path()).args(["lint", "--format", "json"]).output().unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(json["findings"].as_array().unwrap().iter().all(|f| f["rule"] != "invalid-value"), "{json}");
}

#[test]
fn status_shows_bars_pace_and_status() {
    let (dir, _repo) = repo();
    let out = okrs(dir.path()).args(["status", "--date", "2026-02-15"]).output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("2026-Q1 · 2026-02-15 · 51 % of the period gone\n"), "{text}");
    assert!(text.contains("organisk-trafikk  █████│░░░░░░   40 %  11 200 → 13 000 "), "{text}");
    assert!(text.contains("pace 51 %  on-track"), "{text}");
    let out = okrs(dir.path())
        .args(["status", "--period", "2026-Q1", "--date", "2026-03-31", "--format", "json"])
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["version"], 1);
    let kr = &json["sets"][0]["objectives"][0]["key_results"][0];
    assert_eq!((kr["id"].as_str(), kr["status"].as_str()), (Some("organisk-trafikk"), Some("off-track")));
    assert_eq!(kr["progress"].as_f64(), Some(0.4));
}

#[test]
fn status_shows_only_the_teams_asked_for() {
    let (dir, _repo) = repo();
    let teams = |args: &[&str]| {
        let out =
            okrs(dir.path()).args(["status", "--date", "2026-02-15", "--format", "json"]).args(args).output().unwrap();
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        json["sets"].as_array().unwrap().iter().map(|s| s["team"].as_str().unwrap().to_owned()).collect::<Vec<_>>()
    };
    assert_eq!(teams(&[]).len(), 2);
    assert_eq!(teams(&["--team", "MARKETING"]), ["Marketing"]);
    let out = okrs(dir.path()).args(["status", "--date", "2026-02-15", "--team", "marketng"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("no team `marketng` has a set running on 2026-02-15"), "{stderr}");
    assert!(stderr.contains("did you mean `Marketing`?"), "{stderr}");
}

#[test]
fn pace_limits_from_the_config_decide_the_status_in_status_and_site() {
    let (dir, _repo) = repo();
    // 0.4 against a pace of 0.51 is 0.11 behind: on track by default, not with a stricter limit.
    let status = |dir: &Path| {
        let out = okrs(dir).args(["status", "--date", "2026-02-15", "--format", "json"]).output().unwrap();
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        json["sets"][0]["objectives"][0]["key_results"][0]["status"].as_str().unwrap().to_owned()
    };
    assert_eq!(status(dir.path()), "on-track");
    write(dir.path(), ".okrs.yml", "progress:\n  needs-attention: 0.1\n");
    assert_eq!(status(dir.path()), "needs-attention");
    let site = dir.path().join("site");
    let out = okrs(dir.path()).args(["site", "--now", "2026-02-15T12:00:00Z", "--out"]).arg(&site).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let data: serde_json::Value = serde_json::from_str(&read(&site, "data.json")).unwrap();
    let kr = &data["periods"][0]["teams"][0]["objectives"][0]["key_results"][0];
    assert_eq!((kr["id"].as_str(), kr["status"].as_str()), (Some("organisk-trafikk"), Some("needs-attention")));
}

#[test]
fn period_picks_among_the_same_key_result_in_several_periods() {
    let (dir, _repo) = repo();
    let q2 = MARKETING.replace("2026-Q1", "2026-Q2");
    std::fs::write(dir.path().join("okrs/marketing-q2.md"), &q2).unwrap();
    // A period without the key result finds nothing; the right one picks its file.
    let out = okrs(dir.path())
        .args(["check-in", "marketing/organisk-trafikk", "12000", "--period", "2026"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stderr).contains("no key result matches"), "{out:?}");
    let out = okrs(dir.path())
        .args(["check-in", "marketing/organisk-trafikk", "12000", "--period", "2026-q2"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(read(dir.path(), "okrs/marketing-q2.md"), q2.replace("\"11 200\"", "\"12000\""));
    assert_eq!(read(dir.path(), "okrs/marketing.md"), MARKETING);
    let out = okrs(dir.path()).args(["check-in", "organisk-trafikk", "1", "--period", "Q2"]).output().unwrap();
    assert!(String::from_utf8_lossy(&out.stderr).contains("`Q2` is not a period"));
}

#[test]
fn the_same_value_again_changes_and_commits_nothing() {
    let (dir, repo) = repo();
    let head = repo.head().unwrap().target();
    let out = okrs(dir.path()).args(["check-in", "organisk-trafikk", "11200", "--commit"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "· okrs/marketing.md: Marketing/organisk-trafikk is already 11 200: nothing changed\n"
    );
    assert_eq!(repo.head().unwrap().target(), head);
    assert_eq!(read(dir.path(), "okrs/marketing.md"), MARKETING);
}

#[test]
fn status_says_stale_when_the_last_check_in_is_old_and_a_check_in_fixes_it() {
    let today = jiff::ZonedDateTime::now().date();
    let quarter = okrs::init::quarter(today);
    if today == quarter.start {
        return; // nothing can be stale on the first day of a period
    }
    let dir = tempfile::tempdir().unwrap();
    write_init_files(dir.path(), okrs::model::Lang::En, today);
    let month_ago = jiff::Timestamp::now().as_second() - 30 * 24 * 3600;
    let _repo = libgit2_repo(dir.path(), "OKRs", Some(month_ago));

    let json = |dir: &Path| -> serde_json::Value {
        let out = okrs(dir).args(["status", "--format", "json"]).output().unwrap();
        serde_json::from_slice(&out.stdout).unwrap()
    };
    let kr = |json: &serde_json::Value| json["sets"][0]["objectives"][0]["key_results"][0]["status"].clone();
    assert_eq!(kr(&json(dir.path())), "stale");
    let month_ago_date =
        jiff::Timestamp::from_second(month_ago).unwrap().to_zoned_datetime(jiff::tz::TimeZone::UTC).date();
    let first = &json(dir.path())["sets"][0]["objectives"][0]["key_results"][0];
    assert_eq!(first["last_check_in"], month_ago_date.to_string());
    let table = String::from_utf8(okrs(dir.path()).arg("status").output().unwrap().stdout).unwrap();
    let days = (today - month_ago_date).get_days();
    assert!(table.contains(&format!("stale ({days} days)")), "{table}");
    let out = okrs(dir.path()).args(["check-in", "organic-traffic", "10500", "--commit"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_ne!(kr(&json(dir.path())), "stale");
    // `--date` asks about another day: no history, no staleness.
    let out = okrs(dir.path()).args(["status", "--format", "json", "--date", &today.to_string()]).output().unwrap();
    let other: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_ne!(other["sets"][0]["objectives"][1]["key_results"][0]["status"], "stale");
}

/// An executable script at `path` in `dir`.
#[cfg(unix)]
fn script(dir: &Path, path: &str, text: &str) {
    use std::os::unix::fs::PermissionsExt;
    write(dir, path, text);
    std::fs::set_permissions(dir.join(path), std::fs::Permissions::from_mode(0o755)).unwrap();
}

#[cfg(unix)]
#[test]
fn a_check_in_commit_runs_the_repositorys_hooks_and_signs_when_it_asks() {
    let check_in = |dir: &Path| {
        okrs(dir).args(["check-in", "marketing/organisk-trafikk", "11 900", "-m", "#12 uke 9"]).output().unwrap()
    };
    let head = |repo: &git2::Repository| repo.head().unwrap().peel_to_commit().unwrap().id();

    // A hook that refuses the commit: nothing changes, and git's words reach the user.
    let (dir, repo) = repo();
    script(
        dir.path(),
        ".git/hooks/commit-msg",
        "#!/bin/sh\necho 'commit-msg: name the ticket (OKR-123)' >&2\nexit 1\n",
    );
    let before = head(&repo);
    let out = check_in(dir.path());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("name the ticket (OKR-123)") && stderr.contains("has commit hooks"), "{stderr}");
    assert_eq!(read(dir.path(), "okrs/marketing.md"), MARKETING);
    assert_eq!(head(&repo), before);

    // A hook that agrees runs, and the commit holds the check-in alone.
    script(dir.path(), ".git/hooks/commit-msg", "#!/bin/sh\necho ran > hook-ran.txt\n");
    // A note that starts with `#` is kept, even where git would strip comments.
    repo.config().unwrap().set_str("commit.cleanup", "strip").unwrap();
    let out = check_in(dir.path());
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(dir.path().join("hook-ran.txt").is_file());
    let commit = repo.head().unwrap().peel_to_commit().unwrap();
    assert_eq!(commit.message().unwrap(), "Marketing/organisk-trafikk: 11 200 → 11 900\n\n#12 uke 9\n");
    let diff = repo
        .diff_tree_to_tree(Some(&commit.parent(0).unwrap().tree().unwrap()), Some(&commit.tree().unwrap()), None)
        .unwrap();
    assert_eq!(diff.deltas().count(), 1);

    // commit.gpgsign: git signs, here with a stand-in for gpg.
    let (dir, repo) = self::repo();
    script(
        dir.path(),
        "fake-gpg.sh",
        "#!/bin/sh\ncat >/dev/null\necho '[GNUPG:] SIG_CREATED D 1 8 00 0 0' >&2\nprintf -- '-----BEGIN PGP SIGNATURE-----\\n\\nZmFrZQ==\\n-----END PGP SIGNATURE-----\\n'\n",
    );
    let mut config = repo.config().unwrap();
    config.set_bool("commit.gpgsign", true).unwrap();
    config.set_str("gpg.program", dir.path().join("fake-gpg.sh").to_str().unwrap()).unwrap();
    let out = check_in(dir.path());
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let commit = repo.head().unwrap().peel_to_commit().unwrap();
    assert!(commit.header_field_bytes("gpgsig").is_ok(), "the check-in commit is not signed");
}
