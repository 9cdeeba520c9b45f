//! The built site as a person sees it: opened in headless Chromium from file://, and checked by
//! the Nu HTML checker. In CI (env CI set) a missing browser or checker fails these tests.

mod support;

use std::path::{Path, PathBuf};
use std::process::Command;

use support::{GitRepo, XSS, chromium, java, okrs_in, quarter, vnu_jar, xss};

fn build(repo: &GitRepo, now: &str) -> PathBuf {
    let out = okrs_in(repo.path()).args(["site", "--now", now]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    repo.path().join("site")
}

/// Chromium's DOM of `page` after load and after its timers had a few seconds to run.
fn dump_dom(browser: &Path, page: &Path) -> String {
    let profile = tempfile::tempdir().unwrap();
    let out = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--virtual-time-budget=3000",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg("--dump-dom")
        .arg(format!("file://{}", page.display()))
        .output()
        .unwrap();
    assert!(out.status.success(), "chromium failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

fn screenshot(browser: &Path, page: &Path, png: &Path, dark: bool) {
    let profile = tempfile::tempdir().unwrap();
    let mut cmd = Command::new(browser);
    cmd.args(["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        .args(["--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars"])
        .arg("--window-size=1100,2600")
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg(format!("--screenshot={}", png.display()));
    if dark {
        cmd.arg("--force-dark-mode").arg("--blink-settings=preferredColorScheme=0");
    }
    let out = cmd.arg(format!("file://{}", page.display())).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
}

/// The visible text of a dumped DOM, roughly: tags dropped, entities for spaces decoded.
fn text(dom: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in dom.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&nbsp;", "\u{a0}").replace("&amp;", "&")
}

#[test]
fn a_person_sees_titles_progress_charts_and_statuses() {
    let Some(browser) = chromium() else { return };
    let repo = quarter();
    let site = build(&repo, "2026-03-02T10:00:00Z");

    let index = dump_dom(&browser, &site.join("index.html"));
    let seen = text(&index);
    for words in
        ["Fjordkraft OKR", "2026-Q1", "nåværende periode", "Marketing", "Engineering", "46\u{a0}%", "Ikke oppdatert"]
    {
        assert!(seen.contains(words), "index: {words:?} not shown in {seen}");
    }

    let dom = dump_dom(&browser, &site.join("2026-q1/marketing.html"));
    let seen = text(&dom);
    for words in [
        "Bli bransjens mest synlige leverandør av bærekraftige energiløsninger",
        "Øke organisk trafikk fra 10 000 til 13 000 økter per måned",
        "40\u{a0}%",
        "forventet nå: 68\u{a0}%",
        "10\u{a0}000\u{a0}økter",
        "11\u{a0}200\u{a0}økter",
        "13\u{a0}000\u{a0}økter",
        "Trenger oppfølging",
        "I rute",
        "Oppnådd",
        "Ikke oppdatert",
        "Innsjekker",
        "Ola Hansen",
        "uke 10",
    ] {
        assert!(seen.contains(words), "team page: {words:?} not shown");
    }
    // One chart per key result with numbers (the milestone has none), each with a text alternative.
    assert_eq!(dom.matches("<svg class=\"chart\"").count(), 4);
    assert!(
        dom.contains(
            "9 innsjekker, fra 10\u{a0}000\u{a0}økter den 2026-01-05 til 11\u{a0}200\u{a0}økter den 2026-03-02"
        ) || dom.contains(
            "9 innsjekker, fra 10&nbsp;000&nbsp;økter den 2026-01-05 til 11&nbsp;200&nbsp;økter den 2026-03-02"
        )
    );

    if let Some(dir) = std::env::var_os("OKRS_SCREENSHOTS") {
        let dir = PathBuf::from(dir);
        std::fs::create_dir_all(&dir).unwrap();
        screenshot(&browser, &site.join("2026-q1/marketing.html"), &dir.join("marketing.png"), false);
        screenshot(&browser, &site.join("2026-q1/marketing.html"), &dir.join("marketing-dark.png"), true);
        screenshot(&browser, &site.join("index.html"), &dir.join("index.png"), false);
        screenshot(&browser, &site.join("2026-q1/engineering.html"), &dir.join("engineering.png"), false);
    }
}

#[test]
fn xss_payloads_in_titles_bodies_and_commits_execute_nothing() {
    let Some(browser) = chromium() else { return };
    let repo = xss();
    let site = build(&repo, "2026-02-10T10:00:00Z");
    let mut pages = vec![site.join("index.html")];
    for i in 0..XSS.len() {
        let dir = site.join("2026-q1");
        let page = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .find(|p| p.file_name().unwrap().to_string_lossy().starts_with(&format!("team-{i}-")))
            .unwrap_or_else(|| panic!("no page for team {i}"));
        pages.push(page);
    }
    for page in &pages {
        let html = std::fs::read_to_string(page).unwrap();
        assert!(!html.contains("<script"), "{}: a script element", page.display());
        assert!(!html.contains("javascript:alert") || !html.contains("href=\"javascript:"), "{}", page.display());
        assert!(!html.to_lowercase().contains("href=\"javascript:"), "{}: javascript: link", page.display());
        let dom = dump_dom(&browser, page);
        let title = dom.split("<title>").nth(1).and_then(|t| t.split("</title>").next()).unwrap_or("");
        assert!(title.starts_with("Team ") || title == "Sikkerhet", "{}: title became {title:?}", page.display());
        let head_tags: Vec<&str> = ["<html", "<body"]
            .iter()
            .map(|t| dom.split(t).nth(1).and_then(|r| r.split('>').next()).unwrap_or(""))
            .collect();
        for tag in head_tags {
            assert!(!tag.contains("data-xss"), "{}: a payload ran: {tag}", page.display());
        }
        // The text is shown as text.
        if page.ends_with("index.html") {
            continue;
        }
        assert!(text(&dom).contains("Objective "), "{}", page.display());
        assert!(dom.contains("{{ 7*7 }}") || !html.contains("7*7"), "template syntax in data must stay literal");
    }
}

#[test]
fn every_page_is_valid_html() {
    let Some(jar) = vnu_jar() else { return };
    let Some(java) = java() else { return };
    for (name, repo, now) in [("quarter", quarter(), "2026-03-02T10:00:00Z"), ("xss", xss(), "2026-02-10T10:00:00Z")] {
        let site = build(&repo, now);
        let check = || {
            Command::new(&java)
                .arg("-jar")
                .arg(&jar)
                .args(["--skip-non-html", "--also-check-svg", "--Werror", "--format", "gnu"])
                .arg(&site)
                .output()
                .unwrap()
        };
        let said = |out: &std::process::Output| {
            format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr))
        };
        let mut out = check();
        if !out.status.success() {
            // Twice in some forty runs the checker failed once and passed on the same files: check
            // them again, so that only pages that fail every time fail the test, and show the
            // first answer either way.
            eprintln!("{name}: the Nu HTML checker's first answer:\n{}", said(&out));
            out = check();
        }
        assert!(out.status.success(), "{name}: the Nu HTML checker found problems:\n{}", said(&out));
    }
}
