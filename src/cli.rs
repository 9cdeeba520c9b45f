//! The command line: argument parsing and wiring of the library's steps. No OKR logic lives here.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::lint::{self, Level, docs};
use crate::report::{self, Sources, Summary};
use crate::source::Project;

#[derive(Debug, Parser)]
#[command(
    name = "okrs",
    version,
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
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check OKR files for structural and quality problems.
    #[command(
        after_help = "Examples:\n  okrs lint\n  okrs lint okrs/salg/ okrs/marketing.md\n  okrs lint --format json > findings.json\n\nFindings are sorted by path, line and column. Levels come from .okrs.yml (rules: { RULE: error|warning|info|off }); silence one place with `lint: { allow: [RULE] }` in the front matter."
    )]
    Lint(LintArgs),
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
}

#[derive(Debug, clap::Args)]
pub struct LintArgs {
    /// Files or folders to lint (default: the OKR root from .okrs.yml).
    pub paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Source snippets with the offending value underlined (for people).
    Human,
    /// The stable JSON contract (version 1).
    Json,
}

/// Parse the arguments and run. Returns the process exit code.
pub fn main() -> ExitCode {
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
    match cli.command {
        Command::Lint(args) => lint_command(args),
        Command::Rules => {
            let project = Project::discover(&cwd()?).map_err(|e| miette::Report::new(*e))?;
            let mut out = String::new();
            for rule in lint::registry() {
                let meta = rule.meta();
                let (level, _) = project.config.rule_setting(meta);
                out.push_str(&format!("{:<24} {:<8} {}\n", meta.id, level.as_str(), meta.summary));
            }
            print(&out)
        }
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

fn lint_command(args: LintArgs) -> miette::Result<ExitCode> {
    let project = Project::discover(&cwd()?).map_err(|e| miette::Report::new(*e))?;
    let paths = project
        .okr_files(&args.paths)
        .map_err(|e| miette::miette!(help = "give files or folders that exist, or set `root:` in .okrs.yml", "{e}"))?;
    let (files, findings) = lint::lint_streaming(&paths, |path| project.load_one(path), &project.config);
    let summary = Summary::new(files.len(), &findings);
    let out = match args.format {
        Format::Json => report::json(&findings, summary),
        Format::Human => {
            let sources: Sources = files.iter().map(|f| (f.source.path.clone(), f.source.clone())).collect();
            report::human(&findings, &sources, summary, colour_style())
        }
    };
    print(&out)?;
    Ok(if findings.iter().any(|f| f.level == Level::Error) { ExitCode::from(1) } else { ExitCode::SUCCESS })
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
    match stdout.write_all(text.as_bytes()).and_then(|_| stdout.flush()) {
        Ok(()) => Ok(ExitCode::SUCCESS),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(ExitCode::SUCCESS),
        Err(e) => Err(miette::miette!("cannot write the output: {e}")),
    }
}
