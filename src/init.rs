//! `okrs init`: scaffold a repository for a team that has nothing yet: `.okrs.yml` with every
//! setting and its default, an example OKR file for the current quarter that lints clean, and a
//! GitHub workflow that lints pull requests and publishes the site. It never overwrites a file
//! unless asked to.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use jiff::civil::Date;

use crate::lint::{OptionKind, RuleOption, registry};
use crate::model::{Lang, Period};

/// The GitHub Action the workflow uses (issue 4's `action.yml`); `--action` overrides it.
pub const DEFAULT_ACTION: &str = "OWNER/okrs@v1";

pub const WORKFLOW_PATH: &str = ".github/workflows/okrs.yml";

#[derive(Debug, Clone)]
pub struct Options {
    /// The repository folder to scaffold.
    pub dir: PathBuf,
    pub lang: Lang,
    /// Replace files that exist.
    pub force: bool,
    /// The example is for the quarter containing this date.
    pub today: Date,
    /// `owner/repo@ref` of the okrs GitHub Action.
    pub action: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Written {
    Created,
    Replaced,
    /// It existed and `--force` was not given.
    LeftAlone,
    /// The example set: not written where OKR files already are (without `--force`), where the
    /// site would show it as one more team.
    NotNeeded,
}

#[derive(Debug, thiserror::Error, miette::Diagnostic)]
#[error("cannot write {path}: {error}")]
#[diagnostic(help("check that the folder exists and that you may write to it"))]
pub struct InitError {
    pub path: String,
    pub error: std::io::Error,
}

/// The files `okrs init` writes, relative to the repository folder, with their contents.
pub fn files(lang: Lang, today: Date, action: &str) -> Vec<(String, String)> {
    let period = quarter(today);
    vec![
        (crate::config::FILE_NAME.to_owned(), config(lang)),
        (example_path(lang, &period), example(lang, &period)),
        (WORKFLOW_PATH.to_owned(), workflow(action)),
    ]
}

/// Write the files that do not exist (all of them with `force`).
pub fn init(options: &Options) -> Result<Vec<(String, Written)>, InitError> {
    let mut done = Vec::new();
    for (path, contents) in files(options.lang, options.today, &options.action) {
        let full = options.dir.join(&path);
        let exists = full.exists();
        if exists && !options.force {
            done.push((path, Written::LeftAlone));
            continue;
        }
        if path.starts_with(EXAMPLE_FOLDER) && !options.force && holds_okr_files(&options.dir.join(EXAMPLE_FOLDER)) {
            done.push((path, Written::NotNeeded));
            continue;
        }
        let fail = |error| InitError { path: path.clone(), error };
        if let Some(parent) = full.parent() {
            std::fs::create_dir_all(parent).map_err(fail)?;
        }
        std::fs::write(&full, contents).map_err(fail)?;
        done.push((path, if exists { Written::Replaced } else { Written::Created }));
    }
    Ok(done)
}

/// Where the example set goes: the default OKR root.
const EXAMPLE_FOLDER: &str = "okrs/";

/// Whether `folder` or a folder in it holds a Markdown file that lint would read.
fn holds_okr_files(folder: &Path) -> bool {
    folder.is_dir() && crate::source::walk(folder).is_ok_and(|files| !files.is_empty())
}

/// The quarter that contains `today`.
pub fn quarter(today: Date) -> Period {
    let q = (today.month() - 1) / 3 + 1;
    Period::parse(&format!("{}-Q{q}", today.year())).expect("a quarter always parses")
}

fn example_path(lang: Lang, period: &Period) -> String {
    let team = crate::model::slugify(texts(lang).team);
    format!("okrs/{team}-{}.md", period.to_string().to_lowercase())
}

/// `.okrs.yml` with every setting at its default, explained. The rules part comes from the rule
/// registry, so a new rule or option appears here without anyone editing this file.
pub fn config(lang: Lang) -> String {
    let mut out = String::new();
    out.push_str(
        "# okrs configuration. Every setting is shown with its default: change what you need and\n\
         # delete the rest. The format is described in docs/format.md of okrs.\n\n\
         # The folder, relative to this file, that holds the OKR files (*.md).\n\
         root: okrs\n\n\
         # The language of OKR files without `lang:` (nb bokmål, nn nynorsk, en English). It decides\n\
         # how numbers written as text are read: \"1,5\" is one and a half in nb and nn.\n",
    );
    let _ = writeln!(out, "lang: {}\n", lang.code());
    out.push_str(
        "# Rules: a level (error, warning, info or off), or a mapping with `level` and the rule's\n\
         # options. `okrs rules` lists them; `okrs explain RULE` says why each exists. Silence one\n\
         # place in an OKR file with `lint: { allow: [RULE] }`.\n\
         rules:\n",
    );
    for rule in registry() {
        let meta = rule.meta();
        let _ = writeln!(out, "  # {}", one_line(meta.summary));
        if meta.options.is_empty() {
            let _ = writeln!(out, "  {}: {}", meta.id, meta.default_level);
            continue;
        }
        let _ = writeln!(out, "  {}:\n    level: {}", meta.id, meta.default_level);
        for option in meta.options {
            let _ = writeln!(out, "    {}: {}  # {}", option.name, option_default(option), one_line(option.doc));
        }
    }
    let pace = crate::progress::Thresholds::default();
    let _ = writeln!(
        out,
        "\n# When a key result is behind: how far its progress may trail the expected pace (the share\n\
         # of the period gone), as a share of the way from baseline to target. Stale is the\n\
         # `days` of stale-key-result above.\n\
         progress:\n\
         \x20 needs-attention: {:<6} # more behind than this needs attention\n\
         \x20 off-track: {:<12} # more behind than this is off track",
        pace.needs_attention, pace.off_track
    );
    out.push_str(
        "\n# The progress site that `okrs site` builds from the git history of the OKR root.\n\
         site:\n\
         \x20 # title: OKRs        # the site's title\n",
    );
    let _ = writeln!(out, "  lang: {}              # the language of the site's own text", lang.code());
    out.push_str("  # repo-url:          # links each OKR to its source, e.g. https://github.com/acme/okrs\n");
    out.push_str("  # base-url:          # where it is published, e.g. https://acme.github.io/okrs/ (the PR comment links to it)\n");
    out
}

/// A rule option's default as YAML of the option's kind.
fn option_default(option: &RuleOption) -> String {
    let d = option.default.trim();
    match option.kind {
        OptionKind::Integer | OptionKind::Number if d.parse::<f64>().is_ok() => d.to_owned(),
        OptionKind::Integer | OptionKind::Number => "0".to_owned(),
        OptionKind::Phrases if d.starts_with('[') => d.to_owned(),
        OptionKind::Phrases => "[]".to_owned(),
        OptionKind::Languages if d.starts_with('[') => d.to_owned(),
        OptionKind::Languages => format!("[{}]", Lang::ALL.map(Lang::code).join(", ")),
    }
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The workflow: lint on pull requests (annotations, SARIF for code scanning, a summary of what
/// changed), publish the site to GitHub Pages on every push to main.
pub fn workflow(action: &str) -> String {
    format!(
        r#"# okrs: lint OKR changes in pull requests, publish the progress site from main.
# Written by `okrs init`. The action's inputs are described in the okrs README.
name: OKRs

on:
  pull_request:
    paths: ["okrs/**", ".okrs.yml"]
  push:
    branches: [main]
  workflow_dispatch:

permissions:
  contents: read

concurrency:
  group: okrs-${{{{ github.ref }}}}
  # A newer push supersedes a pull request's lint; a Pages deployment is never cut off.
  cancel-in-progress: ${{{{ github.event_name == 'pull_request' }}}}

jobs:
  lint:
    if: github.event_name == 'pull_request'
    runs-on: ubuntu-latest
    timeout-minutes: 15
    permissions:
      contents: read
      security-events: write # upload SARIF to code scanning
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0 # okrs reads the history: the base of the PR, check-in dates
      - id: okrs
        uses: {action}
        with:
          # path: okrs         # default: the root in .okrs.yml
          fail-on: error       # or warning, or never
          new-only: "false"    # "true": fail only on problems a pull request adds
          sarif-file: okrs.sarif
      - if: always() && steps.okrs.outputs.sarif-file != ''
        uses: github/codeql-action/upload-sarif@v3
        with:
          sarif_file: ${{{{ steps.okrs.outputs.sarif-file }}}}
          category: okrs

  publish:
    if: github.event_name != 'pull_request'
    runs-on: ubuntu-latest
    timeout-minutes: 15
    permissions:
      contents: read
      pages: write
      id-token: write
    environment:
      name: github-pages
      url: ${{{{ steps.deploy.outputs.page_url }}}}
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0 # the site's time series come from every check-in commit
      - uses: {action}
        with:
          fail-on: never # findings are for pull requests; publish progress regardless
          site-dir: _site
      - uses: actions/configure-pages@v5
      - uses: actions/upload-pages-artifact@v3
        with:
          path: _site
      - id: deploy
        uses: actions/deploy-pages@v4
"#
    )
}

struct Texts {
    comment: &'static str,
    team: &'static str,
    objectives: &'static str,
    body: &'static str,
}

/// An example OKR set for `period`, written the way the rules ask: measurable outcomes with
/// baselines, owners and ids, 2–3 key results per objective, two objectives.
pub fn example(lang: Lang, period: &Period) -> String {
    let t = texts(lang);
    format!(
        "---\n{comment}\nteam: {team}\nperiod: {period}\nowner: kari.nordmann\nlang: {lang}\n{objectives}---\n\n{body}",
        comment = t.comment,
        team = t.team,
        lang = lang.code(),
        objectives = t.objectives,
        body = t.body,
    )
}

fn texts(lang: Lang) -> Texts {
    match lang {
        Lang::Nb => Texts {
            comment: "# Et eksempel fra `okrs init`: bytt ut team, mål og tall med deres egne, og kjør `okrs lint`.\n\
                      # Hvert felt er forklart i docs/format.md. Ukentlig oppfølging: `okrs check-in ID VERDI --commit`.",
            team: "Marked",
            objectives: r#"objectives:
  - id: synlighet
    title: Bli den mest synlige leverandøren av bærekraftige energiløsninger i Norden
    owner: kari.nordmann
    key_results:
      - id: organisk-trafikk
        title: Øke organisk trafikk fra 10 000 til 13 000 økter per måned
        owner: ola.hansen
        baseline: 10000
        target: 13000
        current: 10000
        unit: økter
        confidence: 0.5
      - id: konvertering
        title: Øke konverteringsraten på nettsidene fra 1,5 % til 2,5 %
        owner: kari.nordmann
        baseline: "1,5 %"
        target: "2,5 %"
        current: "1,5 %"
        unit: "%"
        confidence: 0.5
      - id: omtaler
        title: Øke antall omtaler i fagpressen fra 4 til 12 per kvartal
        owner: ola.hansen
        baseline: 4
        target: 12
        current: 4
        unit: omtaler
        confidence: 0.7
    initiatives:
      - Betalt kampanje på LinkedIn rettet mot innkjøpere
      - title: Webinar om solceller for borettslag
        status: planned
  - id: lojale-kunder
    title: Gjøre bedriftskundene våre til ambassadører som anbefaler oss videre
    owner: ingrid.berg
    key_results:
      - id: nps
        title: Øke NPS blant bedriftskunder fra 32 til 45
        owner: ingrid.berg
        baseline: 32
        target: 45
        current: 32
        unit: poeng
        confidence: 0.6
      - id: kundefrafall
        title: Redusere månedlig kundefrafall fra 2,4 % til 1,5 %
        owner: lars.johansen
        baseline: "2,4 %"
        target: "1,5 %"
        current: "2,4 %"
        unit: "%"
        confidence: 0.5
"#,
            body: "# Marked\n\n\
                   Her skriver teamet fritt: hvorfor disse målene, hvor tallene kommer fra og hva vi har lært.\n\
                   Tallene i `current:` oppdateres hver uke med `okrs check-in`, én commit per oppfølging; \
                   fremdriftssiden bygges fra den historikken.\n",
        },
        Lang::Nn => Texts {
            comment: "# Eit døme frå `okrs init`: byt ut team, mål og tal med dykkar eigne, og køyr `okrs lint`.\n\
                      # Kvart felt er forklart i docs/format.md. Oppfølging kvar veke: `okrs check-in ID VERDI --commit`.",
            team: "Marknad",
            objectives: r#"objectives:
  - id: synlegheit
    title: Bli den mest synlege leverandøren av berekraftige energiløysingar i Norden
    owner: kari.nordmann
    key_results:
      - id: organisk-trafikk
        title: Auke organisk trafikk frå 10 000 til 13 000 økter per månad
        owner: ola.hansen
        baseline: 10000
        target: 13000
        current: 10000
        unit: økter
        confidence: 0.5
      - id: konvertering
        title: Auke konverteringsraten på nettsidene frå 1,5 % til 2,5 %
        owner: kari.nordmann
        baseline: "1,5 %"
        target: "2,5 %"
        current: "1,5 %"
        unit: "%"
        confidence: 0.5
      - id: omtalar
        title: Auke talet på omtalar i fagpressa frå 4 til 12 per kvartal
        owner: ola.hansen
        baseline: 4
        target: 12
        current: 4
        unit: omtalar
        confidence: 0.7
    initiatives:
      - Betalt kampanje på LinkedIn retta mot innkjøparar
      - title: Webinar om solceller for burettslag
        status: planned
  - id: lojale-kundar
    title: Gjere bedriftskundane våre til ambassadørar som tilrår oss vidare
    owner: ingrid.berg
    key_results:
      - id: nps
        title: Auke NPS blant bedriftskundar frå 32 til 45
        owner: ingrid.berg
        baseline: 32
        target: 45
        current: 32
        unit: poeng
        confidence: 0.6
      - id: kundefråfall
        title: Redusere månadleg kundefråfall frå 2,4 % til 1,5 %
        owner: lars.johansen
        baseline: "2,4 %"
        target: "1,5 %"
        current: "2,4 %"
        unit: "%"
        confidence: 0.5
"#,
            body: "# Marknad\n\n\
                   Her skriv teamet fritt: kvifor desse måla, kvar tala kjem frå og kva vi har lært.\n\
                   Tala i `current:` vert oppdaterte kvar veke med `okrs check-in`, éin commit per oppfølging; \
                   framdriftssida vert bygd frå den historikken.\n",
        },
        Lang::En => Texts {
            comment: "# An example from `okrs init`: replace the team, goals and numbers with your own, then run `okrs lint`.\n\
                      # Every field is explained in docs/format.md. Weekly follow-up: `okrs check-in ID VALUE --commit`.",
            team: "Marketing",
            objectives: r#"objectives:
  - id: visibility
    title: Become the most visible supplier of sustainable energy solutions in the Nordics
    owner: kari.nordmann
    key_results:
      - id: organic-traffic
        title: Grow organic traffic from 10 000 to 13 000 sessions per month
        owner: ola.hansen
        baseline: 10000
        target: 13000
        current: 10000
        unit: sessions
        confidence: 0.5
      - id: conversion
        title: Raise the website conversion rate from 1.5 % to 2.5 %
        owner: kari.nordmann
        baseline: 1.5
        target: 2.5
        current: 1.5
        unit: "%"
        confidence: 0.5
      - id: press-mentions
        title: Increase trade press mentions from 4 to 12 per quarter
        owner: ola.hansen
        baseline: 4
        target: 12
        current: 4
        unit: mentions
        confidence: 0.7
    initiatives:
      - Paid LinkedIn campaign aimed at procurement managers
      - title: Webinar on solar power for housing co-operatives
        status: planned
  - id: loyal-customers
    title: Turn our business customers into advocates who recommend us to their peers
    owner: ingrid.berg
    key_results:
      - id: nps
        title: Increase NPS among business customers from 32 to 45
        owner: ingrid.berg
        baseline: 32
        target: 45
        current: 32
        unit: points
        confidence: 0.6
      - id: churn
        title: Reduce monthly customer churn from 2.4 % to 1.5 %
        owner: lars.johansen
        baseline: 2.4
        target: 1.5
        current: 2.4
        unit: "%"
        confidence: 0.5
"#,
            body: "# Marketing\n\n\
                   Free Markdown for the team: why these goals, where the numbers come from, what we learnt.\n\
                   The `current:` values are updated every week with `okrs check-in`, one commit per check-in; \
                   the progress site is built from that history.\n",
        },
    }
}

/// What `okrs init` prints: one line per file, then the next steps.
pub fn summary(done: &[(String, Written)], dir: &Path, action: &str) -> String {
    let mut out = String::new();
    for (path, written) in done {
        let _ = match written {
            Written::Created => writeln!(out, "✔ created {path}"),
            Written::Replaced => writeln!(out, "✔ replaced {path}"),
            Written::LeftAlone => writeln!(out, "· left {path} alone: it exists (--force replaces it)"),
            Written::NotNeeded => {
                writeln!(out, "· no example {path}: {EXAMPLE_FOLDER} holds OKR files already (--force writes it)")
            }
        };
    }
    let example = done.iter().find(|(p, _)| p.starts_with(EXAMPLE_FOLDER));
    let mut steps = Vec::new();
    if dir != Path::new(".") {
        steps.push((format!("cd {}", dir.display()), ""));
    }
    match example {
        Some((_, Written::NotNeeded)) => steps.push(("okrs lint".to_owned(), "check your OKR files")),
        _ => steps.extend([
            ("okrs lint".to_owned(), "check the example: no findings"),
            (
                format!("$EDITOR {}", example.map_or(EXAMPLE_FOLDER, |(p, _)| p.as_str())),
                "make it your team's, lint again",
            ),
        ]),
    }
    let repository = git2::Repository::discover(dir).ok();
    if repository.is_none() {
        steps.push(("git init && git add -A && git commit -m OKRs".to_owned(), "okrs keeps its history in git"));
    }
    let workflow_written = done.iter().any(|(p, w)| p == WORKFLOW_PATH && *w != Written::LeftAlone);
    if workflow_written && action == DEFAULT_ACTION {
        // A placeholder GitHub cannot resolve: the first run would fail without saying why.
        steps.push((
            format!("$EDITOR {WORKFLOW_PATH}"),
            "`uses: OWNER/okrs@v1` is a placeholder: name where okrs lives",
        ));
    }
    steps.extend([
        ("okrs check-in ID VALUE --commit".to_owned(), "the weekly follow-up"),
        ("git push".to_owned(), "the workflow lints pull requests and publishes the site from main"),
    ]);
    let width = steps.iter().map(|(c, _)| c.chars().count()).max().unwrap_or(0);
    // GitHub reads workflows only at the repository's root.
    let workdir = repository.as_ref().and_then(|r| r.workdir()).and_then(|w| std::fs::canonicalize(w).ok());
    if let (Some(workdir), Ok(here)) = (workdir, std::fs::canonicalize(dir))
        && workdir != here
        && workflow_written
    {
        let _ = writeln!(
            out,
            "\nNote: {} is inside the git repository at {}; GitHub runs workflows only from {}/{WORKFLOW_PATH}: move it there, and put the folder before its `paths:`.",
            dir.display(),
            workdir.display(),
            workdir.display()
        );
    }
    out.push_str("\nNext:\n");
    for (command, why) in steps {
        let line = format!("  {command:<width$}  {why}");
        let _ = writeln!(out, "{}", line.trim_end());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;
    use crate::lint::Level;
    use jiff::civil::date;

    #[test]
    fn the_config_parses_and_holds_every_rule_at_its_default() {
        for lang in Lang::ALL {
            let text = config(lang);
            let parsed = Config::parse(".okrs.yml", &text).unwrap_or_else(|e| panic!("{e:?}\n{text}"));
            assert_eq!(parsed.lang, lang);
            assert_eq!(parsed.root, "okrs");
            assert_eq!(parsed.site.lang, Some(lang));
            for rule in registry() {
                let meta = rule.meta();
                assert!(text.contains(&format!("  {}:", meta.id)), "{} missing", meta.id);
                assert_eq!(parsed.rule_setting(meta).0, meta.default_level);
                for option in meta.options {
                    assert!(text.contains(&format!("    {}: ", option.name)), "{}.{}", meta.id, option.name);
                }
            }
        }
        assert_ne!(Level::Off, Level::Error);
    }

    #[test]
    fn quarters() {
        assert_eq!(quarter(date(2026, 11, 26)).to_string(), "2026-Q4");
        assert_eq!(quarter(date(2027, 1, 1)).to_string(), "2027-Q1");
        assert_eq!(quarter(date(2026, 6, 30)).to_string(), "2026-Q2");
    }

    #[test]
    fn never_overwrites_without_force() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(".okrs.yml"), "root: mine\n").unwrap();
        let options = Options {
            dir: dir.path().to_path_buf(),
            lang: Lang::Nb,
            force: false,
            today: date(2026, 11, 26),
            action: DEFAULT_ACTION.to_owned(),
        };
        let done = init(&options).unwrap();
        assert_eq!(done[0], (".okrs.yml".to_owned(), Written::LeftAlone));
        assert_eq!(done[1], ("okrs/marked-2026-q4.md".to_owned(), Written::Created));
        assert_eq!(std::fs::read_to_string(dir.path().join(".okrs.yml")).unwrap(), "root: mine\n");
        let again = init(&Options { force: true, ..options }).unwrap();
        assert!(again.iter().all(|(_, w)| *w == Written::Replaced), "{again:?}");
        assert!(std::fs::read_to_string(dir.path().join(".okrs.yml")).unwrap().starts_with("# okrs configuration"));
    }
}
