//! The command line: argument parsing and wiring of the library's steps. No OKR logic lives here.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::baseline;
use crate::config::Config;
use crate::diff;
use crate::history;
use crate::lint::{self, Level, docs};
use crate::report::{self, Sources, Summary};
use crate::revision::{ReadOptions, RevisionError, Snapshot};
use crate::source::Project;

#[derive(Debug, Parser)]
#[command(
    name = "okrs",
    version = env!("OKRS_VERSION"),
    about = "OKRs as code: lint Objectives and Key Results kept as Markdown in git",
    long_about = "OKRs as code. Teams keep their Objectives and Key Results as Markdown files with YAML \
front matter in git; okrs reviews them (vague wording, unmeasurable key results, too many \
objectives, …) in Norwegian and English.",
    after_help = "Examples:\n  okrs lint                      lint the OKR root from .okrs.yml (default okrs/)\n  okrs lint okrs/marketing.md    lint one file\n  okrs -C fixtures/example lint  run as if started in fixtures/example\n  okrs explain vague-key-result  why a rule exists, with examples\n\nExit codes: 0 no errors, 1 error-level findings, 2 okrs could not do its job."
)]
pub struct Cli {
    /// Run as if okrs was started in DIR.
    #[arg(short = 'C', long = "directory", global = true, value_name = "DIR")]
    pub directory: Option<PathBuf>,
    /// Use this configuration file instead of .okrs.yml at the repository root (for every
    /// revision read).
    #[arg(long, global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check OKR files for structural and quality problems.
    #[command(
        after_help = "Examples:\n  okrs lint\n  okrs lint okrs/salg/ okrs/marketing.md\n  okrs lint --format json > findings.json\n  okrs lint --rev main                  lint the OKRs as they are on main\n  okrs lint --new-from-rev origin/main  only what this branch adds\n  okrs lint --fix                       fix misspelt fields and periods, report the rest\n\nFindings are sorted by path, line and column. Levels come from .okrs.yml (rules: { RULE: error|warning|info|off }); silence one place with `lint: { allow: [RULE] }` in the front matter."
    )]
    Lint(LintArgs),
    /// Build the static progress site from the git history of the OKR root.
    #[command(
        after_help = "Examples:\n  okrs site                         build into site/\n  okrs site --out public --now 2026-03-02\n  okrs site --templates my-templates   replace base.html, index.html, team.html or style.css\n\nEvery commit that changes a key result's `current` or `confidence` is a check-in. The same repository and --now always give the same files. Exit 2 when there is no usable history (not a repository, no commits, a shallow clone)."
    )]
    Site(SiteArgs),
    /// What changed in the OKRs between two revisions: progress, goalposts, added and removed
    /// OKRs, findings introduced and fixed.
    #[command(
        after_help = "Examples:\n  okrs diff main                  main → the work tree\n  okrs diff origin/main HEAD      what a pull request changes\n  okrs diff v1 v2 --format json\n\nThe Markdown is made for a pull-request comment or $GITHUB_STEP_SUMMARY; nothing changed prints one line."
    )]
    Diff(DiffArgs),
    /// List every rule with its level.
    #[command(after_help = "Example:\n  okrs rules")]
    Rules,
    /// Explain a rule: why it exists, with good and bad examples in Norwegian and English.
    #[command(after_help = "Examples:\n  okrs explain vague-key-result\n  okrs explain --all > docs/rules.md")]
    Explain {
        /// The rule id, as shown in findings.
        #[arg(required_unless_present = "all")]
        rule: Option<String>,
        /// Print the documentation of every rule (the content of docs/rules.md).
        #[arg(long, conflicts_with = "rule")]
        all: bool,
    },
    /// Measure the quality rules' precision and recall on labeled title sets (for rule authors).
    #[command(after_help = "Example:\n  okrs accuracy fixtures/devset")]
    Accuracy {
        /// A folder of labeled `.tsv` sets (id, lang, domain, labels, title[, target]).
        #[arg(default_value = "fixtures/devset")]
        dir: PathBuf,
    },
    /// Scaffold .okrs.yml, an example OKR file for this quarter and a GitHub workflow.
    #[command(
        after_help = "Examples:\n  okrs init\n  okrs init acme-okrs --lang nb\n  okrs init --force   replace the files okrs init writes\n\nExisting files are left alone unless --force is given. Where okrs/ holds OKR files already, no example is written (the site would show it as one more team)."
    )]
    Init(InitArgs),
    /// Record this week's value of a key result: edits its `current:` in place, optionally commits.
    #[command(
        name = "check-in",
        after_help = "Examples:\n  okrs check-in organisk-trafikk 11800\n  okrs check-in marketing/synlighet/organisk-trafikk \"11 800\" --confidence 0.6 --commit\n  okrs check-in synlighet/konvertering \"1,9 %\" -m \"uke 9: kampanjen startet\"   commits, with the note\n\nOnly the value changes; comments, quoting and every other byte of the file stay as they were."
    )]
    CheckIn(CheckInArgs),
    /// Show the current period's progress: bars, expected pace and status per key result.
    #[command(
        after_help = "Examples:\n  okrs status\n  okrs status --period 2026-Q1 --date 2026-02-15\n  okrs status --team marketing   one team\n  okrs status --format json"
    )]
    Status(StatusArgs),
    /// Print the JSON Schema of OKR front matter (or of .okrs.yml: `okrs schema config`), for editors.
    #[command(
        after_help = "Examples:\n  okrs schema > .vscode/okrs.schema.json\n  okrs schema config > .vscode/okrs-config.schema.json\n\nThe README shows how to use them with the VS Code YAML extension."
    )]
    Schema {
        /// Which file the schema describes.
        #[arg(value_enum, default_value_t = SchemaOf::FrontMatter)]
        of: SchemaOf,
    },
    /// Print shell completions (bash, zsh, fish, elvish, powershell).
    #[command(
        after_help = "Examples:\n  okrs completions bash > ~/.local/share/bash-completion/completions/okrs\n  okrs completions zsh > ~/.zfunc/_okrs\n  okrs completions fish > ~/.config/fish/completions/okrs.fish"
    )]
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff), generated from this help; --out writes one page per command.
    #[command(
        hide = true,
        after_help = "Examples:\n  okrs man > okrs.1 && man ./okrs.1\n  okrs man --out /usr/local/share/man/man1"
    )]
    Man {
        /// Write okrs.1 and okrs-COMMAND.1 for every command into this folder.
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
    },
}

#[derive(Debug, clap::Args)]
pub struct InitArgs {
    /// The repository folder (created if missing).
    #[arg(default_value = ".")]
    pub dir: PathBuf,
    /// The language of the example and of files without `lang:`: nb, nn or en.
    #[arg(long, default_value = "en", value_parser = ["nb", "nn", "en"])]
    pub lang: String,
    /// Replace files that exist.
    #[arg(long)]
    pub force: bool,
    /// The okrs GitHub Action the workflow uses, as owner/repo@ref.
    #[arg(long, default_value = crate::init::DEFAULT_ACTION)]
    pub action: String,
}

#[derive(Debug, clap::Args)]
pub struct CheckInArgs {
    /// The key result: team/objective/kr-id, objective/kr-id, team/kr-id or kr-id (if unique).
    #[arg(value_name = "KEY-RESULT")]
    pub key: String,
    /// The new value in the file's language: 11800, "11 800", "1,9 %", -5, done.
    #[arg(allow_hyphen_values = true)]
    pub value: String,
    /// The new confidence, 0–1 (0.7) or a percentage ("70 %").
    #[arg(long, value_name = "C")]
    pub confidence: Option<String>,
    /// The check-in's note ("uke 9: kampanjen virker"), in the commit message; commits, as
    /// --commit does.
    #[arg(short, long)]
    pub message: Option<String>,
    /// Commit just this change with git (refused if the file has other uncommitted changes).
    #[arg(long)]
    pub commit: bool,
    /// The period, when the key result exists in several (default: the one running today).
    #[arg(long)]
    pub period: Option<String>,
}

#[derive(Debug, clap::Args)]
pub struct StatusArgs {
    /// Show this period instead of the ones running today (2026-Q1, 2026-H2, …).
    #[arg(long)]
    pub period: Option<String>,
    /// Compute as of this date (YYYY-MM-DD) instead of today.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub date: Option<jiff::civil::Date>,
    /// Show only this team (its name or slug; repeat for several).
    #[arg(long, value_name = "TEAM")]
    pub team: Vec<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = StatusFormat::Human)]
    pub format: StatusFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SchemaOf {
    /// The YAML front matter of an OKR file.
    FrontMatter,
    /// The repository configuration, .okrs.yml.
    Config,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum StatusFormat {
    /// A table with bars, pace and status.
    Human,
    /// The same data as JSON (version 1).
    Json,
}

#[derive(Debug, clap::Args)]
pub struct LintArgs {
    /// Files or folders to lint (default: the OKR root from .okrs.yml).
    pub paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// Lint the OKR files of a git revision (branch, tag, commit) instead of the work tree,
    /// without checking it out.
    #[arg(long, value_name = "REV")]
    pub rev: Option<String>,
    /// Report only findings that REV does not have (same rule, OKR and message; lines may move).
    #[arg(long, value_name = "REV")]
    pub new_from_rev: Option<String>,
    /// Fix what can be fixed for certain (a misspelt field, a period written another way) in
    /// place, then report the rest.
    #[arg(long, conflicts_with_all = ["rev", "new_from_rev"])]
    pub fix: bool,
}

#[derive(Debug, clap::Args)]
pub struct DiffArgs {
    /// The revision before the change (a branch, tag or commit).
    pub base: String,
    /// The revision after the change (default: the work tree).
    pub head: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = DiffFormat::Markdown)]
    pub format: DiffFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DiffFormat {
    /// For a pull-request comment or the job summary.
    Markdown,
    /// The same content as data.
    Json,
}

#[derive(Debug, clap::Args)]
pub struct SiteArgs {
    /// The folder to write the site to; replaced only if okrs built it (or it is empty).
    #[arg(long, default_value = "site", value_name = "DIR")]
    pub out: PathBuf,
    /// The time progress is judged at (RFC 3339 or a date); default: the newest commit's time.
    #[arg(long, value_name = "TIME", value_parser = crate::site::parse_now)]
    pub now: Option<jiff::Timestamp>,
    /// A folder with templates (base.html, index.html, team.html, style.css) that replace the built-in ones.
    #[arg(long, value_name = "DIR")]
    pub templates: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Source snippets with the offending value underlined (for people).
    Human,
    /// The stable JSON contract (version 1).
    Json,
    /// GitHub Actions workflow commands: annotations on the pull request's files.
    Github,
    /// SARIF 2.1.0, for GitHub code scanning (github/codeql-action/upload-sarif).
    Sarif,
}

/// Parse the arguments and run. Returns the process exit code.
pub fn main() -> ExitCode {
    crate::timings::lap("started");
    // An error's help often lists ids and commands to copy: its lines are printed as written
    // (the terminal wraps them), never split inside an id.
    let _ = miette::set_hook(Box::new(|_| Box::new(miette::MietteHandlerOpts::new().wrap_lines(false).build())));
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(error) => {
            eprintln!("{error:?}");
            ExitCode::from(2)
        }
    }
}

pub fn run(cli: Cli) -> miette::Result<ExitCode> {
    if let Some(dir) = &cli.directory {
        std::env::set_current_dir(dir).map_err(|e| {
            miette::miette!(help = "give a folder that exists", "cannot change to {}: {e}", dir.display())
        })?;
    }
    let config = cli.config.as_deref();
    match cli.command {
        Command::Lint(args) => lint_command(args, config),
        Command::Site(args) => site_command(args, config),
        Command::Diff(args) => diff_command(args, config),
        Command::Init(args) => init_command(args),
        Command::CheckIn(args) => check_in_command(args, config),
        Command::Status(args) => status_command(args, config),
        Command::Schema { of } => schema_command(of),
        Command::Completions { shell } => completions_command(shell),
        Command::Man { out } => man_command(out),
        Command::Rules => {
            let project = project(config)?;
            let mut out = String::new();
            for rule in lint::registry() {
                let meta = rule.meta();
                let (level, _) = project.config.rule_setting(meta);
                out.push_str(&format!("{:<24} {:<8} {}\n", meta.id, level.as_str(), meta.summary));
            }
            print(&out)
        }
        Command::Accuracy { dir } => print(&lint::accuracy::report(&dir).map_err(|e| miette::miette!("{e}"))?),
        Command::Explain { rule, all } => {
            if all {
                return print(&docs::rules_markdown());
            }
            let id = rule.unwrap_or_default();
            match lint::find_rule(&id) {
                Some(rule) => print(&docs::explain(rule.meta())),
                None => {
                    let hint = lint::suggest(&id, lint::registry().iter().map(|r| r.meta().id))
                        .map_or("`okrs rules` lists every rule".to_owned(), |s| format!("did you mean `{s}`?"));
                    Err(miette::miette!(help = hint, "no rule is called `{id}`"))
                }
            }
        }
    }
}

fn init_command(args: InitArgs) -> miette::Result<ExitCode> {
    let options = crate::init::Options {
        lang: crate::model::Lang::parse(&args.lang).unwrap_or_default(),
        force: args.force,
        today: jiff::ZonedDateTime::now().date(),
        action: args.action,
        dir: args.dir,
    };
    let done = crate::init::init(&options)?;
    print(&crate::init::summary(&done, &options.dir, &options.action))
}

fn schema_command(of: SchemaOf) -> miette::Result<ExitCode> {
    let schema = match of {
        SchemaOf::FrontMatter => crate::schema::front_matter(),
        SchemaOf::Config => crate::schema::config(),
    };
    print(&(serde_json::to_string_pretty(&schema).map_err(|e| miette::miette!("{e}"))? + "\n"))
}

fn completions_command(shell: clap_complete::Shell) -> miette::Result<ExitCode> {
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut <Cli as clap::CommandFactory>::command(), "okrs", &mut out);
    print(&String::from_utf8_lossy(&out))
}

/// The man page on stdout, or one page per command in `out`.
fn man_command(out: Option<PathBuf>) -> miette::Result<ExitCode> {
    let mut command = <Cli as clap::CommandFactory>::command();
    command.build();
    let render = |command: clap::Command| {
        let mut page = Vec::new();
        clap_mangen::Man::new(command).render(&mut page).map(|_| page)
    };
    let Some(dir) = out else {
        let page = render(command).map_err(|e| miette::miette!("cannot render the man page: {e}"))?;
        return print(&String::from_utf8_lossy(&page));
    };
    let pages = std::iter::once(("okrs".to_owned(), command.clone())).chain(
        // After build(), a subcommand's display name is `okrs-NAME`, its page's title.
        command
            .get_subcommands()
            .filter(|c| !c.is_hide_set())
            .map(|c| (c.get_display_name().unwrap_or(c.get_name()).to_owned(), c.clone())),
    );
    std::fs::create_dir_all(&dir).map_err(|e| miette::miette!("cannot create {}: {e}", dir.display()))?;
    for (name, command) in pages {
        let path = dir.join(format!("{name}.1"));
        let page = render(command).map_err(|e| miette::miette!("cannot render {name}: {e}"))?;
        std::fs::write(&path, page).map_err(|e| miette::miette!("cannot write {}: {e}", path.display()))?;
    }
    Ok(ExitCode::SUCCESS)
}

fn check_in_command(args: CheckInArgs, config: Option<&Path>) -> miette::Result<ExitCode> {
    let project = project(config)?;
    let request = crate::check_in::Request {
        key: args.key,
        value: args.value,
        confidence: args.confidence,
        // A note is for a commit: `-m` commits without --commit too.
        commit: args.commit || args.message.is_some(),
        message: args.message,
        today: jiff::ZonedDateTime::now().date(),
        period: args.period,
    };
    let outcome = crate::check_in::check_in(&project, &request)?;
    if !outcome.changed {
        return print(&format!("· {}: {}\n", outcome.path, outcome.summary));
    }
    let mut out = format!("✔ {}: {}\n", outcome.path, outcome.summary);
    match &outcome.commit {
        Some(id) => out.push_str(&format!("  committed {id}\n")),
        None => out.push_str("  commit it (one commit per check-in), or use --commit next time\n"),
    }
    print(&out)
}

fn status_command(args: StatusArgs, config: Option<&Path>) -> miette::Result<ExitCode> {
    let project = project(config)?;
    let today = args.date.unwrap_or_else(|| jiff::ZonedDateTime::now().date());
    // Staleness needs the history up to now; `--date` asks about another day.
    let report = crate::status::status(&project, today, args.period.as_deref(), &args.team, args.date.is_none())?;
    print(&match args.format {
        StatusFormat::Json => crate::status::json(&report),
        StatusFormat::Human => crate::status::table(&report, colour_style() == report::Style::Colour),
    })
}

/// The project, with the configuration file the user named, if any.
fn project(config: Option<&Path>) -> miette::Result<Project> {
    let mut project = Project::discover(&cwd()?).map_err(|e| miette::Report::new(*e))?;
    if let Some(file) = config {
        let text = std::fs::read_to_string(file).map_err(|e| {
            miette::miette!(help = "give the path of a .okrs.yml file", "cannot read {}: {e}", file.display())
        })?;
        project.config = Config::parse(&file.display().to_string(), &text).map_err(|e| miette::Report::new(*e))?;
    }
    Ok(project)
}

/// How to read revisions: with the revision's own `.okrs.yml` unless the user named one.
fn read_options(config: Option<&Path>) -> ReadOptions {
    ReadOptions { config_from_revision: config.is_none(), ..ReadOptions::default() }
}

fn lint_command(args: LintArgs, config: Option<&Path>) -> miette::Result<ExitCode> {
    if args.fix {
        fix_command(&args, config)?;
        return lint_command(LintArgs { fix: false, ..args }, config);
    }
    let project = project(config)?;
    let read = read_options(config);
    let (files, mut findings, config, timeline) = match &args.rev {
        Some(rev) => {
            // Read whole: the rules that look across files see all of it, even for a part.
            let mut snapshot = Snapshot::at_revision(&project, rev, &read).map_err(RevisionError::into_report)?;
            let mut findings = lint::lint(&snapshot.files, &snapshot.config);
            if !args.paths.is_empty() {
                snapshot.only(&project, &args.paths).map_err(RevisionError::into_report)?;
                let part: std::collections::HashSet<&str> =
                    snapshot.files.iter().map(|f| f.source.path.as_str()).collect();
                findings.retain(|f| part.contains(&*f.path));
            }
            (snapshot.files, findings, snapshot.config, None)
        }
        None => {
            rayon::spawn(lint::text::prepare);
            let paths = project.okr_files(&args.paths).map_err(|e| RevisionError::from(e).into_report())?;
            crate::timings::lap("found the OKR files");
            // The history only for the work tree: stale-key-result judges check-ins until today.
            let timeline = history::for_lint(&project, &paths);
            let history = timeline.as_ref().map(|timeline| lint::HistoryContext { timeline, today: history::today() });
            // Linting part of the root, the rest is read for the rules that look across files.
            let context = match args.paths.is_empty() {
                true => Vec::new(),
                false => {
                    let given: std::collections::HashSet<&PathBuf> = paths.iter().collect();
                    project.okr_files(&[]).unwrap_or_default().into_iter().filter(|p| !given.contains(p)).collect()
                }
            };
            let (files, findings) = lint::lint_streaming_with_history(
                &paths,
                &context,
                |path| project.load_one(path),
                &project.config,
                history.as_ref(),
                args.new_from_rev.is_some(),
            );
            (files, findings, project.config.clone(), timeline)
        }
    };
    let mut known = 0;
    if let Some(base) = &args.new_from_rev {
        // The base is linted with today's rules, so "new" means new in the OKRs, not in the config.
        let base = Snapshot::at_revision(&project, base, &ReadOptions { allow_missing_root: true, ..read })
            .map_err(RevisionError::into_report)?;
        // An objective or key result reworded without an `id:` keeps its findings under its new id
        // (the lint above kept the files whole for this).
        let renamed = crate::diff::renamed_ids(&base, &files);
        // The base is judged against the same history and day: a key result that was stale before
        // the change and still is is not new.
        let history = timeline.as_ref().map(|timeline| lint::HistoryContext { timeline, today: history::today() });
        let base_findings: Vec<_> = lint::lint_with_history(&base.files, &config, history.as_ref())
            .into_iter()
            .map(|f| renamed.follow(f))
            .collect();
        let all = findings.len();
        findings = baseline::new_findings(findings, &base_findings);
        known = all - findings.len();
    }
    crate::timings::lap("linted");
    let summary = Summary::new(files.len(), &findings);
    // Every format is written as it is rendered: a big report is never held in memory whole.
    let mut stdout = std::io::BufWriter::new(std::io::stdout().lock());
    match args.format {
        Format::Json => report::write_json(&mut stdout, &findings, summary),
        Format::Github => report::write_github(&mut stdout, &findings, summary),
        Format::Sarif => report::write_sarif(&mut stdout, &findings),
        Format::Human => {
            let sources: Sources = files.iter().map(|f| (f.source.path.clone(), f.source.clone())).collect();
            report::write_human(&mut stdout, &findings, &sources, summary, colour_style())
        }
    }
    .and_then(|()| std::io::Write::flush(&mut stdout))
    .or_else(ignore_broken_pipe)?;
    if files.is_empty() {
        // Linting nothing passes; say so, lest a misplaced root keep a pipeline green.
        let place = if args.paths.is_empty() {
            format!("`{}/`", config.root.trim_end_matches('/'))
        } else {
            "the paths given".to_owned()
        };
        eprintln!("note: no OKR files (*.md) in {place}: write one (docs/format.md), or run `okrs init`");
    }
    if let (Some(base), Format::Human, 1..) = (&args.new_from_rev, args.format, known) {
        // The summary counts what is shown; say what the comparison left out.
        let s = if known == 1 { "" } else { "s" };
        eprintln!("({known} finding{s} already present at {base} not shown: --new-from-rev reports only new ones)");
    }
    Ok(exit_without_freeing(files, findings))
}

/// `okrs lint --fix`: make the edits the findings carry, and say what was done.
fn fix_command(args: &LintArgs, config: Option<&Path>) -> miette::Result<()> {
    let project = project(config)?;
    let paths = project.okr_files(&args.paths).map_err(|e| RevisionError::from(e).into_report())?;
    let files = project.load(&paths);
    let on_disk: std::collections::HashMap<&str, &PathBuf> =
        files.iter().map(|f| f.source.path.as_str()).zip(&paths).collect();
    let findings = lint::lint(&files, &project.config);
    let fixed = crate::fix::apply(&findings, |path| on_disk.get(path).map(|p| p.to_path_buf()), &project.config)
        .map_err(|e| miette::miette!(help = "check that the OKR files are writable", "cannot fix: {e}"))?;
    if fixed.fixes > 0 {
        let s = |n: usize| if n == 1 { "" } else { "s" };
        eprintln!("fixed {} finding{} in {}", fixed.fixes, s(fixed.fixes), fixed.files.join(", "));
    }
    for path in &fixed.refused {
        eprintln!("note: {path} left as it was: its fixes would have made it worse (fix it by hand)");
    }
    Ok(())
}

/// The exit code for `findings`, leaving the memory behind for the process's end to reclaim:
/// `okrs` is about to exit, and freeing 10,000 files one allocation at a time costs as much as
/// writing the report did.
fn exit_without_freeing(files: Vec<crate::load::OkrFile>, findings: Vec<lint::Finding>) -> ExitCode {
    crate::timings::lap("reported");
    let code = exit_code(&findings);
    std::mem::forget((files, findings));
    code
}

fn exit_code(findings: &[lint::Finding]) -> ExitCode {
    if findings.iter().any(|f| f.level == Level::Error) { ExitCode::from(1) } else { ExitCode::SUCCESS }
}

fn diff_command(args: DiffArgs, config: Option<&Path>) -> miette::Result<ExitCode> {
    let project = project(config)?;
    let read = ReadOptions { allow_missing_root: true, ..read_options(config) };
    let base = Snapshot::at_revision(&project, &args.base, &read).map_err(RevisionError::into_report)?;
    let head = match &args.head {
        Some(rev) => Snapshot::at_revision(&project, rev, &read),
        None => Snapshot::work_tree(&project, &[], true),
    }
    .map_err(RevisionError::into_report)?;
    if !base.root_found && !head.root_found {
        let error = RevisionError::NoRoot { rev: args.base.clone(), root: format!("{}/", head.config.root) };
        return Err(error.into_report());
    }
    // When each key result was last checked in, so a silent one shows as stale on either side.
    let both: Vec<_> = base.files.iter().chain(&head.files).collect();
    let timeline = history::for_loaded(&project, &both);
    let diff = diff::diff(&base, &head, &head.config, timeline.as_ref());
    print(&match args.format {
        DiffFormat::Markdown => diff::markdown(&diff),
        DiffFormat::Json => diff::json(&diff),
    })
}

fn site_command(args: SiteArgs, config: Option<&Path>) -> miette::Result<ExitCode> {
    let project = project(config)?;
    let options = crate::site::Options { out: args.out, now: args.now, templates: args.templates, progress: true };
    let report = crate::site::build(&project, &options).map_err(|e| miette::miette!(help = e.help(), "{e}"))?;
    for warning in &report.warnings {
        eprintln!("warning: {warning}");
    }
    eprintln!(
        "built {} pages in {} from {} commits ({} file versions)",
        report.pages,
        report.out.display(),
        report.commits,
        report.file_versions
    );
    Ok(ExitCode::SUCCESS)
}

fn colour_style() -> report::Style {
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    if std::io::stdout().is_terminal() && !no_color { report::Style::Colour } else { report::Style::Plain }
}

fn cwd() -> miette::Result<PathBuf> {
    std::env::current_dir().map_err(|e| miette::miette!("cannot read the current folder: {e}"))
}

/// Write to stdout; a closed pipe (`okrs lint | head`) is not an error.
fn print(text: &str) -> miette::Result<ExitCode> {
    let mut stdout = std::io::stdout().lock();
    stdout.write_all(text.as_bytes()).and_then(|_| stdout.flush()).or_else(ignore_broken_pipe)?;
    Ok(ExitCode::SUCCESS)
}

fn ignore_broken_pipe(e: std::io::Error) -> miette::Result<()> {
    match e.kind() {
        std::io::ErrorKind::BrokenPipe => Ok(()),
        _ => Err(miette::miette!("cannot write the output: {e}")),
    }
}
