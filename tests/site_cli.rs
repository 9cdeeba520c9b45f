//! `okrs site` as a user drives it, on real git repositories built in temporary folders.

mod support;

use support::{GitRepo, git, okrs_in, quarter};

const NOW: &str = "2026-03-02T10:00:00Z";

fn build(repo: &GitRepo, out: &str) -> std::process::Output {
    okrs_in(repo.path()).args(["site", "--out", out, "--now", NOW]).output().unwrap()
}

#[test]
fn the_quarter_builds_a_site() {
    let repo = quarter();
    let out = build(&repo, "site");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    let site = repo.path().join("site");
    for page in ["index.html", "2026-q1/marketing.html", "2026-q1/engineering.html", "style.css", "data.json"] {
        assert!(site.join(page).is_file(), "{page} missing");
    }
    // The title change without an id is reported.
    assert!(
        stderr.contains(
            "warning: okrs/engineering.md: the title of key result `reduce-change-failure-rate-from-20-to-10`"
        ),
        "{stderr}"
    );
}

#[test]
fn data_json_is_the_contract() {
    let repo = quarter();
    assert!(build(&repo, "site").status.success());
    let text = std::fs::read_to_string(repo.path().join("site/data.json")).unwrap();
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(json["version"], 1);
    // The file as written (field order included), with the commit ids (full, 40 hex digits) redacted.
    let redacted: String = text
        .lines()
        .map(|line| match line.split_once("\"commit\": \"") {
            Some((indent, rest)) => {
                let sha = rest.trim_end_matches(['"', ',']);
                assert!(sha.len() == 40 && sha.bytes().all(|b| b.is_ascii_hexdigit()), "{line}");
                format!("{indent}\"commit\": \"[sha]\",\n")
            }
            None => format!("{line}\n"),
        })
        .collect();
    insta::assert_snapshot!(redacted);
}

#[test]
fn the_same_repository_and_now_give_the_same_bytes() {
    let repo = quarter();
    assert!(build(&repo, "a").status.success());
    assert!(build(&repo, "b").status.success());
    let list = |dir: &str| {
        let mut files: Vec<(String, Vec<u8>)> = walk(&repo.path().join(dir))
            .into_iter()
            .map(|p| (p.strip_prefix(repo.path().join(dir)).unwrap().display().to_string(), std::fs::read(&p).unwrap()))
            .collect();
        files.sort();
        files
    };
    assert_eq!(list("a"), list("b"));
    // Rebuilding over an existing site replaces it, and leaves nothing beside it.
    assert!(build(&repo, "a").status.success());
    assert_eq!(list("a"), list("b"));
    let beside: Vec<_> = std::fs::read_dir(repo.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert!(beside.iter().all(|n| !n.to_string_lossy().contains("okrs-tmp")), "{beside:?}");
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() { out.extend(walk(&path)) } else { out.push(path) }
    }
    out
}

#[test]
fn a_folder_okrs_did_not_build_is_never_replaced() {
    let repo = quarter();
    repo.write("docs/keep.txt", "mine");
    let out = build(&repo, "docs");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("was not built by okrs site"));
    assert_eq!(std::fs::read_to_string(repo.path().join("docs/keep.txt")).unwrap(), "mine");
    for bad in [".", ".."] {
        let out = build(&repo, bad);
        assert_eq!(out.status.code(), Some(2), "--out {bad}");
    }
}

#[cfg(unix)]
#[test]
fn a_rebuild_removes_the_old_site_but_never_follows_a_link_out_of_it() {
    let repo = quarter();
    assert!(build(&repo, "site").status.success());
    // Someone linked a folder of their own into the built site.
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("notes.txt"), "mine").unwrap();
    std::os::unix::fs::symlink(outside.path(), repo.path().join("site/linked")).unwrap();
    let out = build(&repo, "site");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(std::fs::read_to_string(outside.path().join("notes.txt")).unwrap(), "mine");
    assert!(!repo.path().join("site/linked").exists());
    assert!(repo.path().join("site/2026-q1/marketing.html").is_file());
    let beside: Vec<_> = std::fs::read_dir(repo.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert!(beside.iter().all(|n| !n.to_string_lossy().contains("okrs-tmp")), "{beside:?}");
}

#[test]
fn pages_show_progress_status_and_check_ins() {
    let repo = quarter();
    assert!(build(&repo, "site").status.success());
    if let Some(keep) = std::env::var_os("OKRS_KEEP_SITE") {
        let _ = std::process::Command::new("cp").arg("-r").arg(repo.path()).arg(keep).status();
    }
    let page = std::fs::read_to_string(repo.path().join("site/2026-q1/marketing.html")).unwrap();
    for needle in [
        "<h1>Marketing",
        "Øke organisk trafikk fra 10 000 til 13 000 økter per måned",
        "40\u{a0}%",      // (11 200 − 10 000) / 3 000
        "Ikke oppdatert", // the awareness key result: stale since week 2
        "oppfylt",        // the threshold holds
        "ferdig",         // the milestone is done
        "<svg class=\"chart\"",
        "https://example.com/fjordkraft/okrs/commit/",
        "11\u{a0}100\u{a0}økter → 11\u{a0}200\u{a0}økter",
        "Plausible</strong>",
        "Arrangere webinar om solceller <span class=\"tag tag-done\">ferdig</span>", // in the page's language
        // What lint says of the team, each finding linked to its line at the commit shown.
        "Funn fra lint: <a href=\"#findings\">3</a>",
        "<span class=\"tag tag-warning\">warning</span> <code>stale-key-result</code> <a href=\"https://example.com/fjordkraft/okrs/blob/",
    ] {
        assert!(page.contains(needle), "{needle:?} not on the page");
    }
    let index = std::fs::read_to_string(repo.path().join("site/index.html")).unwrap();
    assert!(index.contains("href=\"2026-q1/marketing.html\""));
    assert!(index.contains("<a href=\"2026-q1/marketing.html#findings\">3</a>"));
    assert!(index.contains("nåværende periode"));
}

#[test]
fn a_nynorsk_site_speaks_nynorsk() {
    let repo = quarter();
    let config = std::fs::read_to_string(repo.path().join(".okrs.yml")).unwrap();
    repo.write(
        ".okrs.yml",
        &config.replace("site:\n  title: Fjordkraft OKR\n  lang: nb", "site:\n  title: Fjordkraft OKR\n  lang: nn"),
    );
    assert!(build(&repo, "site").status.success());
    let page = std::fs::read_to_string(repo.path().join("site/2026-q1/marketing.html")).unwrap();
    for needle in ["<html lang=\"nn\">", "Ikkje oppdatert", "Funn frå lint", "Innsjekkar", "venta no"] {
        assert!(page.contains(needle), "{needle:?} not on the page");
    }
    let index = std::fs::read_to_string(repo.path().join("site/index.html")).unwrap();
    assert!(index.contains("noverande periode"));
}

#[test]
fn base_url_gives_each_page_its_published_address_and_the_pull_request_a_link() {
    let repo = quarter();
    let config = std::fs::read_to_string(repo.path().join(".okrs.yml")).unwrap();
    repo.write(".okrs.yml", &format!("{config}  base-url: https://fjordkraft.github.io/okrs\n"));
    assert!(build(&repo, "site").status.success());
    let page = std::fs::read_to_string(repo.path().join("site/2026-q1/marketing.html")).unwrap();
    assert!(
        page.contains("<link rel=\"canonical\" href=\"https://fjordkraft.github.io/okrs/2026-q1/marketing.html\">")
    );
    let index = std::fs::read_to_string(repo.path().join("site/index.html")).unwrap();
    assert!(index.contains("<link rel=\"canonical\" href=\"https://fjordkraft.github.io/okrs/index.html\">"));
    // The pull request's comment links each team it changes to the team's page.
    let marketing = std::fs::read_to_string(repo.path().join("okrs/marketing-2026-q1.md")).unwrap();
    let traffic = marketing.lines().find(|l| l.trim_start().starts_with("current:")).unwrap();
    repo.write("okrs/marketing-2026-q1.md", &marketing.replacen(traffic, "        current: 12345", 1));
    let out = okrs_in(repo.path()).args(["diff", "HEAD"]).output().unwrap();
    let markdown = String::from_utf8_lossy(&out.stdout);
    assert!(
        markdown.contains(
            "### Marketing · 2026-Q1 · [progress page](https://fjordkraft.github.io/okrs/2026-q1/marketing.html)\n"
        ),
        "{markdown}"
    );
    let out = okrs_in(repo.path()).args(["diff", "HEAD", "--format", "json"]).output().unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["teams"][0]["page"], "https://fjordkraft.github.io/okrs/2026-q1/marketing.html");
}

#[test]
fn without_usable_history_the_site_says_why_and_exits_2() {
    let plain = tempfile::tempdir().unwrap();
    std::fs::create_dir(plain.path().join("okrs")).unwrap();
    let out = okrs_in(plain.path()).args(["site"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not in a git repository"));

    let empty = GitRepo::new();
    let out = okrs_in(empty.path()).args(["site"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no commits"));

    let no_root = GitRepo::new();
    no_root.write("README.md", "hei");
    no_root.commit("Kari", "2026-01-05T09:00:00Z", "start");
    let out = okrs_in(no_root.path()).args(["site"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no commit contains the OKR root `okrs`"));
    assert!(!no_root.path().join("site").exists());
}

#[test]
fn a_file_that_cannot_be_read_at_head_is_named_and_the_rest_is_built() {
    let repo = quarter();
    repo.write("okrs/marketing-2026-q1.md", "---\nteam: Marketing\nperiod: [2026-Q1\n---\n");
    repo.write("okrs/orphan.md", "---\nperiod: 2026-Q1\nobjectives: []\n---\n");
    repo.commit("Kari Nordmann", "2026-03-01T09:00:00Z", "broken");
    let out = build(&repo, "site");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(
        stderr.contains("warning: okrs/marketing-2026-q1.md is not on the site (line 3: ")
            && stderr.contains("`okrs lint okrs/marketing-2026-q1.md` shows what to fix"),
        "{stderr}"
    );
    assert!(stderr.contains("warning: okrs/orphan.md is not on the site (it has no `team:`)"), "{stderr}");
    let site = repo.path().join("site");
    assert!(site.join("2026-q1/engineering.html").is_file());
    assert!(!site.join("2026-q1/marketing.html").exists());
}

#[test]
fn objectives_link_to_the_objective_they_contribute_to_and_back() {
    let repo = quarter();
    let set = |team: &str, objectives: &str| {
        format!("---\nteam: {team}\nperiod: 2026-Q1\nowner: ola\nobjectives:\n{objectives}---\n")
    };
    let kr = "    key_results:\n      - title: Øke NPS fra 30 til 45\n        baseline: 30\n        target: 45\n";
    repo.write("okrs/selskapet.md", &set("Selskapet", &format!("  - id: vekst\n    title: Vokse i Norden\n{kr}")));
    repo.write(
        "okrs/salg.md",
        &set(
            "Salg",
            &format!("  - id: region\n    title: Vinne Midt-Norge\n    parent: selskapet/vekst\n{kr}  - id: annet\n    title: Noe annet\n    parent: selskapet/vekts\n{kr}"),
        ),
    );
    repo.commit("Kari Nordmann", "2026-03-01T09:00:00Z", "Selskapets mål");
    assert!(build(&repo, "site").status.success());
    let page = |team: &str| std::fs::read_to_string(repo.path().join(format!("site/2026-q1/{team}.html"))).unwrap();
    assert!(page("salg").contains("Bidrar til: <a href=\"selskapet.html#o-vekst\">Selskapet: Vokse i Norden</a>"));
    // A parent that names no objective (unknown-parent's finding) is shown as written.
    assert!(page("salg").contains("Bidrar til: selskapet/vekts</p>"));
    assert!(page("selskapet").contains("Støttes av: <a href=\"salg.html#o-region\">Salg: Vinne Midt-Norge</a></p>"));
    // Key results added without a value have no check-in yet.
    assert!(!page("selskapet").contains("siste innsjekk"));
    let data: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(repo.path().join("site/data.json")).unwrap()).unwrap();
    let salg = data["periods"][0]["teams"].as_array().unwrap().iter().find(|t| t["slug"] == "salg").unwrap().clone();
    assert_eq!(salg["objectives"][0]["parent"], "selskapet/vekst");
}

#[test]
fn a_shallow_clone_is_reported() {
    let repo = quarter();
    let clone = tempfile::tempdir().unwrap();
    let url = format!("file://{}", repo.path().display());
    git(clone.path(), &["clone", "-q", "--depth", "2", &url, "c"]);
    let out = okrs_in(&clone.path().join("c")).args(["site"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("history is shallow: use fetch-depth: 0"));
}

/// The day `n` days from today (UTC): the history rules judge against today.
fn day(n: i64) -> jiff::civil::Date {
    let today = jiff::Timestamp::now().to_zoned_datetime(jiff::tz::TimeZone::UTC).date();
    today.saturating_add(jiff::Span::new().days(n))
}

/// `team`'s set for a period around today, with one key result, `kunder`, at `current`.
fn salg_around_today(team: &str, current: u32) -> String {
    format!(
        "---\nteam: {team}\nperiod: {}..{}\nowner: ola\nobjectives:\n  - id: vekst\n    title: Vokse i Norden\n    key_results:\n      - id: kunder\n        title: Øke antall kunder fra 10 til 20\n        baseline: 10\n        target: 20\n        current: {current}\n        owner: ola\n---\n",
        day(-60),
        day(30)
    )
}

#[test]
fn lint_reports_a_stale_key_result_at_its_current_value() {
    // A period around today, with one key result last changed 30 days ago.
    let repo = GitRepo::new();
    let text = |fresh: u32| {
        format!(
            "---\nteam: Salg\nperiod: {}..{}\nowner: ola\nobjectives:\n  - id: vekst\n    title: Vokse i Norden\n    key_results:\n      - id: kunder\n        title: Øke antall kunder fra 10 til 20\n        baseline: 10\n        target: 20\n        current: 12\n        owner: ola\n      - id: mrr\n        title: Øke MRR fra 100 til 200\n        baseline: 100\n        target: 200\n        current: {fresh}\n        owner: ola\n---\n",
            day(-60),
            day(30)
        )
    };
    repo.write("okrs/salg.md", &text(100));
    repo.commit("Ola Hansen", &format!("{}T09:00:00Z", day(-30)), "Salg Q");
    repo.write("okrs/salg.md", &text(120));
    repo.commit("Kari Nordmann", &format!("{}T09:00:00Z", day(-2)), "uke");
    let out = okrs_in(repo.path()).args(["lint", "--format", "json"]).output().unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let stale: Vec<&serde_json::Value> =
        json["findings"].as_array().unwrap().iter().filter(|f| f["rule"] == "stale-key-result").collect();
    assert_eq!(stale.len(), 1, "{json:#}");
    let f = stale[0];
    assert_eq!(
        (f["line"].as_u64(), f["column"].as_u64(), f["key_result"].as_str()),
        (Some(13), Some(18), Some("kunder"))
    );
    let message = f["message"].as_str().unwrap();
    assert!(message.starts_with("no check-in for 30 days"), "{message}");
    assert!(message.contains(&format!("last changed on {} by Ola Hansen", day(-30))), "{message}");

    // An uncommitted new value is a check-in on its way; a config can turn the rule off.
    repo.write("okrs/salg.md", &text(120).replace("current: 12\n", "current: 13\n"));
    let out = okrs_in(repo.path()).args(["lint", "--format", "json"]).output().unwrap();
    assert!(!String::from_utf8_lossy(&out.stdout).contains("stale-key-result"));
}

#[test]
fn diff_shows_a_check_in_that_revives_a_stale_key_result() {
    let repo = GitRepo::new();
    let text = |current: u32| salg_around_today("Salg", current);
    repo.write("okrs/salg.md", &text(12));
    repo.commit("Ola Hansen", &format!("{}T09:00:00Z", day(-30)), "Salg Q");
    // The base: a recent commit that leaves the key result as it was, 29 days silent.
    repo.write("okrs/salg.md", &(text(12) + "Notater.\n"));
    repo.commit("Kari Nordmann", &format!("{}T09:00:00Z", day(-1)), "notater");
    repo.write("okrs/salg.md", &(text(15) + "Notater.\n"));
    let statuses = |args: &[&str]| {
        let out = okrs_in(repo.path()).args(["diff"]).args(args).args(["--format", "json"]).output().unwrap();
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let moved = &json["teams"][0]["key_results_moved"][0];
        (moved["status_before"].as_str().map(str::to_owned), moved["status_after"].as_str().map(str::to_owned))
    };
    // The work tree's new value is a check-in on its way.
    let (before, after) = statuses(&["HEAD"]);
    assert_eq!(before.as_deref(), Some("stale"));
    assert_ne!(after.as_deref(), Some("stale"));
    // Committed: the base knows only the check-ins up to its own commit.
    repo.commit("Ola Hansen", &format!("{}T08:00:00Z", day(0)), "uke");
    assert_eq!(statuses(&["HEAD~1", "HEAD"]), (before, after));
}

#[test]
fn a_renamed_team_keeps_its_check_ins_for_lint_diff_and_the_pull_request_check() {
    let repo = GitRepo::new();
    let text = |team: &str| salg_around_today(team, 12);
    repo.write("okrs/salg.md", &text("Salg"));
    repo.commit("Ola Hansen", &format!("{}T09:00:00Z", day(-30)), "Salg Q");
    repo.write("okrs/salg.md", &text("Salg og marked"));
    repo.commit("Kari Nordmann", &format!("{}T09:00:00Z", day(-1)), "Nytt teamnavn");
    let lint = |args: &[&str]| -> Vec<serde_json::Value> {
        let out = okrs_in(repo.path()).args(["lint", "--format", "json"]).args(args).output().unwrap();
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        json["findings"].as_array().unwrap().iter().filter(|f| f["rule"] == "stale-key-result").cloned().collect()
    };
    // The rename is not a check-in: the key result is still 30 days silent.
    let stale = lint(&[]);
    assert_eq!(stale.len(), 1, "{stale:?}");
    assert_eq!(stale[0]["team"], "Salg og marked");
    assert!(stale[0]["message"].as_str().unwrap().contains("by Ola Hansen"), "{stale:?}");
    // It was as silent before the rename, so the pull request check has nothing new to say.
    assert_eq!(lint(&["--new-from-rev", "HEAD~1"]), Vec::<serde_json::Value>::new());
    let out = okrs_in(repo.path()).args(["diff", "HEAD~1", "HEAD", "--format", "json"]).output().unwrap();
    let diff: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let teams = diff["teams"].as_array().unwrap();
    assert_eq!(teams.len(), 1, "{diff:#}");
    assert_eq!((teams[0]["team"].as_str(), teams[0]["renamed_from"].as_str()), (Some("Salg og marked"), Some("Salg")));
    assert_eq!(teams[0]["objectives_added"], serde_json::json!([]));
    assert_eq!(teams[0]["findings"], serde_json::json!({"introduced": [], "fixed": []}));
    let out = okrs_in(repo.path()).args(["diff", "HEAD~1", "HEAD"]).output().unwrap();
    let markdown = String::from_utf8(out.stdout).unwrap();
    assert!(
        markdown.contains("### Salg og marked · ")
            && markdown.contains("Renamed from **Salg**: its key results keep their history."),
        "{markdown}"
    );
    // On the site, the old page's address leads to the new page.
    let out = okrs_in(repo.path()).args(["site", "--out", "site"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let period = std::fs::read_dir(repo.path().join("site")).unwrap().map(|e| e.unwrap().path()).find(|p| p.is_dir());
    let period = period.unwrap();
    assert!(period.join("salg-og-marked.html").is_file());
    let old = std::fs::read_to_string(period.join("salg.html")).unwrap();
    assert!(old.contains("<meta http-equiv=\"refresh\" content=\"0; url=salg-og-marked.html\">"), "{old}");
    assert!(old.contains("<a href=\"salg-og-marked.html\">Salg og marked</a>"), "{old}");
}

#[test]
fn templates_can_be_replaced_and_stay_escaped() {
    let repo = quarter();
    repo.write("my-templates/index.html", "<!DOCTYPE html><title>{{ site.title }}</title><p>{% for p in periods %}{{ p.name }} {% for t in p.teams %}[{{ t.name }} {{ t.progress }}]{% endfor %}{% endfor %}</p>{{ \"<b>\" }}\n");
    repo.write("my-templates/style.css", "body { color: rebeccapurple }\n");
    let out = okrs_in(repo.path()).args(["site", "--now", NOW, "--templates", "my-templates"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let index = std::fs::read_to_string(repo.path().join("site/index.html")).unwrap();
    assert_eq!(
        index,
        "<!DOCTYPE html><title>Fjordkraft OKR</title><p>2026-Q1 [Engineering 70\u{a0}%][Marketing 46\u{a0}%]</p>&lt;b&gt;"
    );
    assert!(std::fs::read_to_string(repo.path().join("site/style.css")).unwrap().contains("rebeccapurple"));
    // The built-in team page is still used.
    assert!(repo.path().join("site/2026-q1/marketing.html").is_file());

    repo.write("my-templates/team.html", "{{ page.nope }}");
    let out = okrs_in(repo.path()).args(["site", "--now", NOW, "--templates", "my-templates"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("template team.html"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // The failed build left the previous site as it was, and nothing beside it.
    assert!(std::fs::read_to_string(repo.path().join("site/index.html")).unwrap().contains("[Engineering"));
    let beside: Vec<_> = std::fs::read_dir(repo.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert!(beside.iter().all(|n| !n.to_string_lossy().contains("okrs-tmp")), "{beside:?}");
}
