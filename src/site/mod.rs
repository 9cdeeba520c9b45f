//! `okrs site`: the git history of the OKR root → a static progress site.
//!
//! history → progress → a site model ([`data`], the same data that goes to `data.json`) → page
//! views with every number already written out → minijinja templates (autoescaped) → files in a
//! temporary folder next to the output, renamed into place only when all of it is written.

pub mod chart;
pub mod data;
pub mod text;

use std::collections::HashMap;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use jiff::Timestamp;
use jiff::civil::Date;
use minijinja::{Environment, UndefinedBehavior};
use rayon::prelude::*;
use serde::Serialize;
use thiserror::Error;

use crate::history::{self, HistoryError, KeyResultKey, Observer, Retitled, TitleBreak};
use crate::lint::{self, HistoryContext};
use crate::model::{Lang, Target, slugify};
use crate::progress::{self, Status, Thresholds};
use crate::source::Project;
use data::{Data, ObjectiveData, PeriodData, TeamData, TeamSets, date_of, round, utc};
use text::Text;

/// The templates and assets built into the binary; `--templates DIR` may replace any of them.
const TEMPLATES: &[(&str, &str)] = &[
    ("base.html", include_str!("../../templates/base.html")),
    ("index.html", include_str!("../../templates/index.html")),
    ("team.html", include_str!("../../templates/team.html")),
    ("style.css", include_str!("../../templates/style.css")),
];

/// A file in the output folder that marks it as okrs's, so a rebuild may replace it.
const MARKER: &str = ".okrs-site";

#[derive(Debug, Clone, Default)]
pub struct Options {
    /// The output folder (default `site`), relative to the current folder.
    pub out: PathBuf,
    /// The time progress is judged at; default: the newest commit's.
    pub now: Option<Timestamp>,
    /// A folder whose templates replace the built-in ones.
    pub templates: Option<PathBuf>,
    /// Show a progress bar on stderr (when it is a terminal).
    pub progress: bool,
}

#[derive(Debug)]
pub struct Report {
    pub out: PathBuf,
    pub pages: usize,
    /// Things the user should know (a title change that broke a series).
    pub warnings: Vec<String>,
    pub commits: usize,
    pub file_versions: usize,
}

#[derive(Debug, Error)]
pub enum SiteError {
    #[error(transparent)]
    History(#[from] HistoryError),
    #[error("template {name}: {error}")]
    Template { name: String, error: String },
    #[error("cannot write {path}: {error}")]
    Io { path: String, error: std::io::Error },
    #[error("{0}")]
    Output(String),
    #[error("{0}")]
    Templates(String),
}

impl SiteError {
    pub fn help(&self) -> String {
        match self {
            SiteError::History(e) => e.help().to_owned(),
            SiteError::Template { .. } => {
                "fix the template in the --templates folder, or remove it to use the built-in one".to_owned()
            }
            SiteError::Io { .. } => "check that the output folder's parent exists and is writable".to_owned(),
            SiteError::Output(_) => "give --out a new folder, or one okrs built before".to_owned(),
            SiteError::Templates(_) => format!(
                "give --templates a folder with any of {} (copy them from templates/ in okrs' source)",
                template_names().join(", ")
            ),
        }
    }
}

/// Parse `--now`: an RFC 3339 time (`2026-03-02T10:00:00Z`) or a date (`2026-03-02`, noon UTC).
pub fn parse_now(text: &str) -> Result<Timestamp, String> {
    if let Ok(t) = text.parse::<Timestamp>() {
        return Ok(t);
    }
    text.parse::<Date>()
        .ok()
        .and_then(|d| d.at(12, 0, 0, 0).to_zoned_datetime(jiff::tz::TimeZone::UTC).ok())
        .map(|z| z.timestamp())
        .ok_or_else(|| format!("`{text}` is not a time: write 2026-03-02T10:00:00Z or 2026-03-02"))
}

struct Bar(indicatif::ProgressBar);

impl Observer for Bar {
    fn parsing(&self, versions: u64) {
        self.0.set_length(versions);
    }
    fn parsed(&self, n: u64) {
        self.0.inc(n);
    }
}

/// Build the site of `project` into `options.out`.
pub fn build(project: &Project, options: &Options) -> Result<Report, SiteError> {
    let bar = if options.progress && std::io::stderr().is_terminal() {
        let bar = indicatif::ProgressBar::new(0);
        bar.set_style(
            indicatif::ProgressStyle::with_template("{msg} {bar:30} {pos}/{len} file versions")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        bar.set_message("reading history");
        bar
    } else {
        indicatif::ProgressBar::hidden()
    };
    let history = history::read(&project.root, &project.config.root, project.config.lang, &Bar(bar.clone()));
    bar.finish_and_clear();
    let history = history?;
    let lap = crate::timings::lap;
    let timeline = &history.timeline;
    let now = options.now.or_else(|| timeline.head.as_ref().map(|c| c.time)).unwrap_or(Timestamp::UNIX_EPOCH);
    let today = date_of(now);

    let findings = lint::lint_with_history(&history.files, &project.config, Some(&HistoryContext { timeline, today }));
    lap("linted HEAD");
    let mut team_findings: HashMap<(String, String), Vec<&lint::Finding>> = HashMap::new();
    for f in &findings {
        if let (Some(team), Some(period)) = (&f.team, &f.period) {
            team_findings.entry((slugify(team), period.to_string())).or_default().push(f);
        }
    }

    let lang = project.config.site.lang.unwrap_or(project.config.lang);
    let thresholds = project.config.thresholds();
    let site = SiteView {
        title: project.config.site.title.clone().unwrap_or_else(|| "OKRs".to_owned()),
        generated: format!("{} UTC", now.strftime("%Y-%m-%d %H:%M")),
        lang: lang.code(),
        base_url: project.config.site.base_url.clone(),
    };
    let repo_url = project
        .config
        .site
        .repo_url
        .as_deref()
        .filter(|u| u.starts_with("https://") || u.starts_with("http://"))
        .map(|u| u.trim_end_matches('/').to_owned());

    let template_warnings = options.templates.as_deref().map(check_templates).transpose()?.unwrap_or_default();
    let env = environment(options.templates.as_deref())?;
    let css = match &options.templates {
        Some(dir) if dir.join("style.css").is_file() => std::fs::read(dir.join("style.css"))
            .map_err(|error| SiteError::Io { path: dir.join("style.css").display().to_string(), error })?,
        _ => TEMPLATES.iter().find(|(n, _)| *n == "style.css").map(|(_, s)| s.as_bytes().to_vec()).unwrap_or_default(),
    };
    let t = text::text(lang);
    let staging = Staging::new(&options.out)?;

    let mut grouped = data::group(&history.files);
    data::order_periods(&mut grouped, today);
    // Every team page of every period is built and written in parallel, each as soon as it is
    // rendered, so only a few are in memory at a time.
    let slugs: Vec<String> = grouped.iter().map(|(period, _)| slugify(&period.to_string())).collect();
    let alignments: Vec<Alignment> = grouped.iter().map(|(_, teams)| Alignment::of(teams)).collect();
    let all_teams: Vec<(usize, &data::TeamSets)> =
        grouped.iter().enumerate().flat_map(|(i, (_, teams))| teams.iter().map(move |team| (i, team))).collect();
    let built: Vec<(TeamJson, TeamRow)> = all_teams
        .par_iter()
        .map(|&(i, team)| {
            let (period, period_slug) = (&grouped[i].0, &slugs[i]);
            let findings = team_findings.get(&(team.slug.clone(), period.to_string())).map_or(&[][..], Vec::as_slice);
            let links = Links { repo_url: repo_url.as_deref(), head: timeline.head.as_deref().map(|c| c.id.as_str()) };
            let (td, page) = team_page(team, timeline, today, &thresholds, lang, &alignments[i], links, findings);
            let href = format!("{period_slug}/{}.html", team.slug);
            let html =
                render(&env, "team.html", &PageContext { site: &site, t, root: "../", path: &href, page: &page })?;
            staging.write(&href, html.as_bytes())?;
            let row = TeamRow {
                name: td.team.clone(),
                href,
                progress: pct(lang, td.progress),
                bar: bar_view(lang, td.progress, Some(period.elapsed_fraction(today))),
                status: status_view(lang, td.status),
                counts: data::status_counts(td.objectives.iter().flat_map(|o| &o.key_results))
                    .into_iter()
                    .map(|(s, n)| Count { status: status_view(lang, s), n })
                    .collect(),
                findings: findings.len(),
            };
            Ok((TeamJson::of(&td), row))
        })
        .collect::<Result<_, SiteError>>()?;
    let pages = 1 + built.len();
    let mut periods = Vec::new();
    let mut index_periods = Vec::new();
    let mut rest = built.into_iter();
    for (period, teams) in &grouped {
        let (team_data, rows): (Vec<TeamJson>, Vec<TeamRow>) = rest.by_ref().take(teams.len()).unzip();
        index_periods.push(PeriodView {
            name: period.to_string(),
            range: range(lang, period.start, period.end),
            current: period.contains(today),
            teams: rows,
        });
        periods.push(PeriodData {
            period: period.to_string(),
            start: period.start.to_string(),
            end: period.end.to_string(),
            teams: team_data,
        });
    }
    // A renamed team's page moved: its old address leads to the new one, so links people shared
    // keep working.
    for (period_text, old, new) in timeline.renamed_teams() {
        let Some(i) = grouped.iter().position(|(period, _)| period.to_string() == period_text) else { continue };
        let teams = &grouped[i].1;
        let Some(team) = teams.iter().find(|t| t.slug == new) else { continue };
        if teams.iter().all(|t| t.slug != old) {
            staging.write(&format!("{}/{old}.html", slugs[i]), redirect(lang, t, &team.slug, &team.name).as_bytes())?;
        }
    }
    lap("wrote the team pages");
    let data = Data { version: 1, now: utc(now), periods };
    let index = IndexPage { site: &site, t, root: "", path: "index.html", periods: &index_periods };
    staging.write("index.html", render(&env, "index.html", &index)?.as_bytes())?;
    staging.write("style.css", &css)?;
    staging.write_with("data.json", |w| write_json(w, &data))?;
    lap("wrote data.json");
    staging.commit()?;
    lap("removed the previous site");
    Ok(Report {
        out: options.out.clone(),
        pages,
        warnings: template_warnings
            .into_iter()
            .chain(history.files.iter().filter_map(left_out))
            .chain(timeline.breaks.iter().filter(|b| b.history).map(break_warning))
            .collect(),
        commits: timeline.commits,
        file_versions: timeline.file_versions,
    })
}

/// One team of `data.json` as `serde_json`'s pretty printer places it at its depth (inside
/// `periods[i].teams`), written beside the team's page so that the teams are written in parallel.
struct TeamJson(Vec<u8>);

impl TeamJson {
    fn of(team: &TeamData) -> TeamJson {
        let mut flat = Vec::new();
        // Rendering into memory cannot fail.
        let _ = pretty_json(&mut flat, team);
        // Strings escape their line breaks, so every line break here is the printer's.
        let mut nested = Vec::with_capacity(flat.len() + flat.len() / 8);
        for (i, line) in flat.split(|&b| b == b'\n').enumerate() {
            if i > 0 {
                nested.extend_from_slice(b"\n        ");
            }
            nested.extend_from_slice(line);
        }
        TeamJson(nested)
    }
}

/// `data.json` from its teams written already: the same bytes as [`pretty_json`] of the whole.
fn write_json(w: &mut dyn std::io::Write, data: &Data<TeamJson>) -> std::io::Result<()> {
    let text = |s: &str| serde_json::to_string(s).map_err(std::io::Error::other);
    write!(w, "{{\n  \"version\": {},\n  \"now\": {},\n  \"periods\": [", data.version, text(&data.now)?)?;
    for (i, period) in data.periods.iter().enumerate() {
        w.write_all(if i == 0 { b"\n    {" } else { b",\n    {" })?;
        write!(
            w,
            "\n      \"period\": {},\n      \"start\": {},\n      \"end\": {},\n      \"teams\": [",
            text(&period.period)?,
            text(&period.start)?,
            text(&period.end)?
        )?;
        for (j, team) in period.teams.iter().enumerate() {
            w.write_all(if j == 0 { b"\n        " } else { b",\n        " })?;
            w.write_all(&team.0)?;
        }
        w.write_all(if period.teams.is_empty() { b"]\n    }" } else { b"\n      ]\n    }" })?;
    }
    w.write_all(if data.periods.is_empty() { b"]\n}\n" } else { b"\n  ]\n}\n" })
}

/// Pretty JSON with whole numbers written as integers (`10000`, not `10000.0`), as people and
/// most tools expect.
fn pretty_json(w: &mut dyn std::io::Write, value: &impl Serialize) -> std::io::Result<()> {
    let mut ser = serde_json::Serializer::with_formatter(&mut *w, Whole(serde_json::ser::PrettyFormatter::new()));
    value.serialize(&mut ser).map_err(std::io::Error::other)
}

struct Whole<'a>(serde_json::ser::PrettyFormatter<'a>);
impl serde_json::ser::Formatter for Whole<'_> {
    fn write_f64<W: ?Sized + std::io::Write>(&mut self, w: &mut W, value: f64) -> std::io::Result<()> {
        if value.fract() == 0.0 && value.abs() < 9e15 {
            self.0.write_i64(w, value as i64)
        } else {
            self.0.write_f64(w, value)
        }
    }
    fn begin_array<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.begin_array(w)
    }
    fn end_array<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_array(w)
    }
    fn begin_array_value<W: ?Sized + std::io::Write>(&mut self, w: &mut W, first: bool) -> std::io::Result<()> {
        self.0.begin_array_value(w, first)
    }
    fn end_array_value<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_array_value(w)
    }
    fn begin_object<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.begin_object(w)
    }
    fn end_object<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_object(w)
    }
    fn begin_object_key<W: ?Sized + std::io::Write>(&mut self, w: &mut W, first: bool) -> std::io::Result<()> {
        self.0.begin_object_key(w, first)
    }
    fn begin_object_value<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.begin_object_value(w)
    }
    fn end_object_value<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_object_value(w)
    }
}

/// A page that sends the reader on to `slug.html`, the page of the team now called `name`.
fn redirect(lang: Lang, t: &Text, slug: &str, name: &str) -> String {
    let (name, lang) = (chart::escape(name), lang.code());
    format!(
        "<!doctype html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{name}</title>\n<meta http-equiv=\"refresh\" content=\"0; url={slug}.html\">\n<link rel=\"canonical\" href=\"{slug}.html\">\n</head>\n<body>\n<p>{} <a href=\"{slug}.html\">{name}</a></p>\n</body>\n</html>\n",
        t.renamed
    )
}

/// Why a file at HEAD has no page on the site, if it has none: it cannot be read, or it names no
/// team or no valid period. Its team would otherwise just be missing, with nothing to say why.
fn left_out(file: &crate::load::OkrFile) -> Option<String> {
    let reason = match &file.set {
        None => match file.problems.iter().find_map(|p| match p {
            crate::load::Problem::Malformed { span, message, .. } => Some((span, message)),
            _ => None,
        }) {
            Some((span, message)) => format!("line {}: {message}", file.source.line_col(span.start).0),
            None => "it cannot be read".to_owned(),
        },
        Some(set) if set.team.is_none() => "it has no `team:`".to_owned(),
        Some(set) if set.valid_period().is_none() => "its `period:` is missing or not a period".to_owned(),
        Some(_) => return None,
    };
    let path = &file.source.path;
    Some(format!("{path} is not on the site ({reason}); `okrs lint {path}` shows what to fix"))
}

fn break_warning(b: &TitleBreak) -> String {
    let commit = format!("commit {} ({})", &b.commit.id[..b.commit.id.len().min(7)], b.commit.message);
    match b.retitled {
        Retitled::KeyResult => format!(
            "{}: the title of key result `{}` changed to \"{}\" in {commit}; without an explicit `id:` its history starts over as `{}`. Add `id: {}` to keep one series",
            b.path, b.before.key_result, b.new_title, b.after.key_result, b.before.key_result,
        ),
        Retitled::Objective => format!(
            "{}: the title of objective `{}` changed to \"{}\" in {commit}; without an explicit `id:` the history of its key results starts over under `{}`. Add `id: {}` to the objective to keep their series",
            b.path, b.before.objective, b.new_title, b.after.objective, b.before.objective,
        ),
    }
}

#[derive(Serialize)]
struct SiteView {
    title: String,
    generated: String,
    lang: &'static str,
    /// `site.base-url`: where the site is published, for each page's canonical address.
    base_url: Option<String>,
}

#[derive(Serialize)]
struct IndexPage<'a> {
    site: &'a SiteView,
    t: &'a Text,
    root: &'a str,
    /// The page's path in the site.
    path: &'a str,
    periods: &'a [PeriodView],
}

#[derive(Serialize)]
struct PageContext<'a> {
    site: &'a SiteView,
    t: &'a Text,
    root: &'a str,
    path: &'a str,
    page: &'a TeamPage,
}

#[derive(Serialize)]
struct PeriodView {
    name: String,
    range: String,
    current: bool,
    teams: Vec<TeamRow>,
}

#[derive(Serialize)]
struct TeamRow {
    name: String,
    href: String,
    progress: String,
    bar: BarView,
    status: StatusView,
    counts: Vec<Count>,
    findings: usize,
}

#[derive(Serialize)]
struct Count {
    status: StatusView,
    n: usize,
}

#[derive(Serialize, Clone)]
struct StatusView {
    key: &'static str,
    label: &'static str,
    symbol: &'static str,
}

/// A progress bar: the filled share and the expected pace, as CSS percentages.
#[derive(Serialize)]
struct BarView {
    fill: String,
    pace: Option<String>,
    over: bool,
}

#[derive(Serialize)]
struct TeamPage {
    team: String,
    period: String,
    range: String,
    ended: bool,
    progress: String,
    /// The share of the period that has passed.
    expected: String,
    bar: BarView,
    status: StatusView,
    findings: usize,
    finding_list: Vec<FindingView>,
    objectives: Vec<ObjectiveView>,
    log: Vec<LogRow>,
    bodies: Vec<String>,
    warnings: Vec<String>,
}

#[derive(Serialize)]
struct ObjectiveView {
    anchor: String,
    title: String,
    kind: &'static str,
    owner: Option<String>,
    progress: String,
    bar: BarView,
    status: StatusView,
    final_score: Option<String>,
    expected_score: String,
    contributes_to: Option<ObjectiveLink>,
    supported_by: Vec<ObjectiveLink>,
    key_results: Vec<KeyResultView>,
    initiatives: Vec<InitiativeView>,
}

/// Where the site links to the repository: `site.repo-url`, and the commit the site shows.
#[derive(Clone, Copy)]
struct Links<'a> {
    repo_url: Option<&'a str>,
    head: Option<&'a str>,
}

/// A lint finding on a team's page, linked to its line in the repository when it can be.
#[derive(Serialize)]
struct FindingView {
    level: &'static str,
    rule: &'static str,
    place: String,
    href: Option<String>,
    message: String,
}

fn finding_view(f: &lint::Finding, links: Links) -> FindingView {
    FindingView {
        level: f.level.as_str(),
        rule: f.rule,
        place: format!("{}:{}", f.path, f.line),
        href: links.repo_url.zip(links.head).map(|(url, head)| format!("{url}/blob/{head}/{}#L{}", f.path, f.line)),
        message: f.message.to_string(),
    }
}

/// The id of an objective's section on its team's page.
fn objective_anchor(id: &str) -> String {
    format!("o-{}", slugify(id))
}

/// A link to an objective on another team's page of the same period.
#[derive(Serialize, Clone)]
struct ObjectiveLink {
    team: String,
    title: String,
    /// Relative to a team page; `None` for a parent that names no objective (unknown-parent).
    href: Option<String>,
}

/// Which objectives of one period contribute to which (`parent: team-slug/objective-id`).
#[derive(Default)]
struct Alignment {
    /// (team slug, objective id) → the objective, as a link.
    objectives: HashMap<(String, String), ObjectiveLink>,
    /// (team slug, objective id) of a parent → the objectives that name it.
    children: HashMap<(String, String), Vec<ObjectiveLink>>,
}

impl Alignment {
    fn of(teams: &[data::TeamSets]) -> Alignment {
        let mut alignment = Alignment::default();
        // Most repositories link no objectives: then there is nothing to index.
        if !teams.iter().flat_map(|t| &t.files).any(|(_, set)| set.objectives.iter().any(|o| o.parent.is_some())) {
            return alignment;
        }
        let mut parents = Vec::new();
        for team in teams {
            for (_, set) in &team.files {
                for objective in &set.objectives {
                    let id = objective.id.value.clone();
                    let link = ObjectiveLink {
                        team: team.name.clone(),
                        title: objective.title.as_ref().map_or_else(|| id.clone(), |t| t.value.clone()),
                        href: Some(format!("{}.html#{}", team.slug, objective_anchor(&id))),
                    };
                    if let Some((parent_team, parent_id)) =
                        objective.parent.as_ref().and_then(|p| p.value.split_once('/'))
                    {
                        parents.push(((parent_team.to_owned(), parent_id.to_owned()), link.clone()));
                    }
                    alignment.objectives.entry((team.slug.clone(), id)).or_insert(link);
                }
            }
        }
        for (parent, child) in parents {
            if alignment.objectives.contains_key(&parent) {
                alignment.children.entry(parent).or_default().push(child);
            }
        }
        alignment
    }

    /// The objective `parent` names, or its text when it names none.
    fn parent(&self, parent: &str) -> ObjectiveLink {
        let found =
            parent.split_once('/').and_then(|(team, id)| self.objectives.get(&(team.to_owned(), id.to_owned())));
        found.cloned().unwrap_or_else(|| ObjectiveLink { team: String::new(), title: parent.to_owned(), href: None })
    }
}

#[derive(Serialize)]
struct InitiativeView {
    title: String,
    /// As written in the file (`planned`, `active`, `done`, `dropped`), and in the page's language.
    status: Option<&'static str>,
    label: Option<&'static str>,
}

#[derive(Serialize)]
struct KeyResultView {
    anchor: String,
    title: String,
    status: StatusView,
    progress: String,
    expected: String,
    bar: BarView,
    baseline: Option<String>,
    current: Option<String>,
    target: Option<String>,
    confidence: Option<String>,
    owner: Option<String>,
    weight: Option<String>,
    last_check_in: Option<String>,
    chart: Option<String>,
    values: Vec<(String, String)>,
}

#[derive(Serialize)]
struct LogRow {
    date: String,
    author: String,
    message: String,
    key_result: String,
    anchor: String,
    change: String,
    commit: String,
    href: Option<String>,
}

fn status_view(lang: Lang, status: Status) -> StatusView {
    StatusView { key: status.as_str(), label: text::status(lang, status), symbol: text::status_symbol(status) }
}

fn pct(lang: Lang, share: Option<f64>) -> String {
    share.map_or_else(|| "–".to_owned(), |s| text::percent(lang, s))
}

fn css_pct(share: f64) -> String {
    format!("{:.1}%", (share.clamp(0.0, 1.0) * 100.0))
}

fn bar_view(_lang: Lang, progress: Option<f64>, pace: Option<f64>) -> BarView {
    BarView { fill: css_pct(progress.unwrap_or(0.0)), pace: pace.map(css_pct), over: progress.is_some_and(|p| p > 1.0) }
}

fn range(lang: Lang, start: Date, end: Date) -> String {
    format!("{} – {} {}", chart::short_date(lang, start), chart::short_date(lang, end), end.year())
}

#[allow(clippy::too_many_arguments)]
fn team_page(
    team: &TeamSets,
    timeline: &history::Timeline,
    today: Date,
    thresholds: &Thresholds,
    lang: Lang,
    alignment: &Alignment,
    links: Links,
    findings: &[&lint::Finding],
) -> (TeamData, TeamPage) {
    let repo_url = links.repo_url;
    let period = &team.period;
    let mut objectives = Vec::new();
    let mut views = Vec::new();
    let mut log = Vec::new();
    let mut bodies = Vec::new();
    let t = text::text(lang);
    for (file, set) in &team.files {
        let body =
            &file.source.text[set.body.start.min(file.source.text.len())..set.body.end.min(file.source.text.len())];
        if !body.trim().is_empty() {
            bodies.push(markdown(body));
        }
        for objective in &set.objectives {
            let mut krs = Vec::new();
            let mut progress = Vec::new();
            let mut kr_views = Vec::new();
            let o_anchor = objective_anchor(&objective.id.value);
            for kr in &objective.key_results {
                let key = KeyResultKey::of(set, &objective.id.value, &kr.id.value);
                let (d, p) = data::key_result(kr, key.as_ref(), timeline, period, today, thresholds);
                let anchor = format!("{o_anchor}-{}", slugify(&kr.id.value));
                let unit = d.unit.as_deref();
                let q = |v: f64| text::quantity(lang, v, unit);
                let milestone = d.kind == "milestone";
                let done_word = |v: f64| if v >= 1.0 { t.done } else { t.not_done }.to_owned();
                let shown = |v: f64| if milestone { done_word(v) } else { q(v) };
                let target_text = match kr.target.as_ref().map(|t| &t.value) {
                    Some(Target::Threshold(c, v)) => Some(format!(
                        "{} {}",
                        match c {
                            crate::model::Comparison::AtLeast => "≥",
                            crate::model::Comparison::AtMost => "≤",
                        },
                        q(v.value)
                    )),
                    Some(Target::Milestone) => Some(t.done.to_owned()),
                    Some(Target::Level(v)) => Some(q(v.value)),
                    None => None,
                };
                let points: Vec<(Date, f64)> = d.checkins.iter().filter_map(|c| Some((c.date(), c.value?))).collect();
                let chart = (!milestone && d.kind != "unknown").then(|| {
                    chart::Chart {
                        id: &format!("chart-{anchor}"),
                        title: &d.title,
                        start: period.start,
                        end: period.end,
                        today,
                        baseline: d.baseline,
                        goal: match d.kind {
                            "level" => d.target.map(chart::Goal::Level),
                            _ => d.target.map(chart::Goal::Threshold),
                        },
                        unit,
                        points: &points,
                        lang,
                    }
                    .svg()
                });
                let mut previous: Option<&data::CheckInData> = None;
                for c in &d.checkins {
                    let mut changes = Vec::new();
                    if previous.is_none_or(|p| p.value != c.value) {
                        let now = c.value.map_or("–".to_owned(), shown);
                        changes.push(match previous.and_then(|p| p.value) {
                            Some(before) => format!("{} → {now}", shown(before)),
                            None => now,
                        });
                    }
                    if previous.is_some_and(|p| p.confidence != c.confidence)
                        || (previous.is_none() && c.confidence.is_some())
                    {
                        let f = |v: Option<f64>| v.map_or("–".to_owned(), |v| text::number(lang, v, 2));
                        changes.push(match previous {
                            Some(p) => format!("{} {} → {}", t.confidence, f(p.confidence), f(c.confidence)),
                            None => format!("{} {}", t.confidence, f(c.confidence)),
                        });
                    }
                    log.push((
                        c.commit.time,
                        LogRow {
                            date: c.date().to_string(),
                            author: c.commit.author.clone(),
                            message: c.commit.message.clone(),
                            key_result: d.title.clone(),
                            anchor: anchor.clone(),
                            change: changes.join("; "),
                            commit: c.commit.id[..c.commit.id.len().min(7)].to_owned(),
                            href: repo_url.map(|u| format!("{u}/commit/{}", c.commit.id)),
                        },
                    ));
                    previous = Some(c);
                }
                kr_views.push(KeyResultView {
                    anchor,
                    title: d.title.clone(),
                    status: status_view(lang, d.status),
                    progress: match (d.kind, d.met) {
                        ("threshold", Some(m)) => if m { t.met } else { t.not_met }.to_owned(),
                        ("milestone", Some(m)) => if m { t.done } else { t.not_done }.to_owned(),
                        _ => pct(lang, d.progress),
                    },
                    expected: text::percent(lang, d.expected),
                    bar: bar_view(lang, d.progress, (d.kind == "level").then_some(d.expected)),
                    baseline: d.baseline.filter(|_| !milestone).map(q),
                    current: d.current.map(shown),
                    target: target_text,
                    confidence: d.confidence.map(|c| text::percent(lang, c)),
                    owner: d.owner.clone().or_else(|| objective.owner.as_ref().map(|o| o.value.clone())),
                    weight: (d.weight != 1.0).then(|| text::number(lang, d.weight, 2)),
                    // A key result added without a value or a confidence has not been checked in yet.
                    last_check_in: d
                        .checkins
                        .iter()
                        .rfind(|c| c.value.is_some() || c.confidence.is_some())
                        .map(|c| format!("{} ({})", c.date(), c.commit.author)),
                    chart,
                    values: points.iter().map(|(date, v)| (date.to_string(), q(*v))).collect(),
                });
                krs.push(d);
                progress.push(p);
            }
            let op = progress::objective(objective, &progress, period, today);
            let od = ObjectiveData {
                id: objective.id.value.clone(),
                title: objective.title.as_ref().map_or_else(String::new, |t| t.value.clone()),
                kind: objective.kind.as_str(),
                owner: objective.owner.as_ref().or(set.owner.as_ref()).map(|o| o.value.clone()),
                progress: op.progress.map(round),
                status: op.status,
                final_score: op.final_score.map(round),
                expected_score: op.expected_score,
                parent: objective.parent.as_ref().map(|p| p.value.clone()),
                key_results: krs,
            };
            views.push(ObjectiveView {
                anchor: o_anchor,
                title: od.title.clone(),
                kind: match objective.kind {
                    crate::model::ObjectiveType::Aspirational => t.aspirational,
                    crate::model::ObjectiveType::Committed => t.committed,
                },
                owner: od.owner.clone(),
                progress: pct(lang, od.progress),
                bar: bar_view(lang, od.progress, Some(period.elapsed_fraction(today))),
                status: status_view(lang, od.status),
                final_score: od.final_score.map(|s| text::number(lang, s, 2)),
                expected_score: text::number(lang, od.expected_score, 2),
                contributes_to: od.parent.as_deref().map(|p| alignment.parent(p)),
                supported_by: alignment.children.get(&(team.slug.clone(), od.id.clone())).cloned().unwrap_or_default(),
                key_results: kr_views,
                initiatives: objective
                    .initiatives
                    .iter()
                    .map(|i| InitiativeView {
                        title: i.title.value.clone(),
                        status: i.status.map(|s| s.as_str()),
                        label: i.status.map(|s| t.initiative(s)),
                    })
                    .collect(),
            });
            objectives.push(od);
        }
    }
    let team_progress = progress::weighted_mean(objectives.iter().map(|o| (1.0, o.progress)));
    let team_status = progress::weakest(objectives.iter().map(|o| o.status));
    log.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.anchor.cmp(&b.1.anchor)));
    let warnings = timeline
        .breaks
        .iter()
        .filter(|b| b.history && b.after.team == team.slug && b.after.period == period.to_string())
        .map(break_warning)
        .collect();
    let data = TeamData {
        team: team.name.clone(),
        slug: team.slug.clone(),
        progress: team_progress.map(round),
        status: team_status,
        findings: findings.len(),
        objectives,
    };
    let page = TeamPage {
        team: team.name.clone(),
        period: period.to_string(),
        range: range(lang, period.start, period.end),
        ended: today > period.end,
        progress: pct(lang, data.progress),
        expected: text::percent(lang, period.elapsed_fraction(today)),
        bar: bar_view(lang, data.progress, Some(period.elapsed_fraction(today))),
        status: status_view(lang, data.status),
        findings: findings.len(),
        finding_list: findings.iter().map(|f| finding_view(f, links)).collect(),
        objectives: views,
        log: log.into_iter().map(|(_, row)| row).collect(),
        bodies,
        warnings,
    };
    (data, page)
}

const LINK_REL: &str = "noopener noreferrer nofollow";

/// Markdown → HTML, sanitised: no script, event handler, `javascript:` URL or style survives.
pub fn markdown(text: &str) -> String {
    let parser = pulldown_cmark::Parser::new_ext(
        text,
        pulldown_cmark::Options::ENABLE_TABLES
            | pulldown_cmark::Options::ENABLE_STRIKETHROUGH
            | pulldown_cmark::Options::ENABLE_TASKLISTS,
    );
    // The notes sit under the page's "Notes" heading (h2): their `#` becomes h3, `##` h4, ….
    let parser = parser.map(|event| match event {
        pulldown_cmark::Event::Start(pulldown_cmark::Tag::Heading { level, id, classes, attrs }) => {
            pulldown_cmark::Event::Start(pulldown_cmark::Tag::Heading { level: deeper(level), id, classes, attrs })
        }
        pulldown_cmark::Event::End(pulldown_cmark::TagEnd::Heading(level)) => {
            pulldown_cmark::Event::End(pulldown_cmark::TagEnd::Heading(deeper(level)))
        }
        other => other,
    });
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, parser);
    // Built once, not for every page: its tag and attribute tables are the same for all.
    static SANITISER: std::sync::LazyLock<ammonia::Builder<'static>> = std::sync::LazyLock::new(|| {
        let mut builder = ammonia::Builder::default();
        builder
            .link_rel(Some(LINK_REL))
            // Interactive widgets in notes only produce invalid or confusing pages.
            .rm_tags(["details", "summary"]);
        builder
    });
    let clean = SANITISER.clean(&html).to_string();
    // A link whose URL was removed (`javascript:`) keeps its text; `rel` without `href` is invalid.
    let clean = clean.replace(&format!("<a rel=\"{LINK_REL}\">"), "<a>");
    with_alt(&clean)
}

/// Give every image without a text alternative an empty one (decorative), as HTML requires.
/// `html` is ammonia's output: `<` in text is escaped and attribute values use `"`.
fn with_alt(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find("<img") {
        out.push_str(&rest[..at + 4]);
        rest = &rest[at + 4..];
        let mut quoted = false;
        let end = rest
            .char_indices()
            .find(|&(_, c)| {
                if c == '"' {
                    quoted = !quoted;
                }
                c == '>' && !quoted
            })
            .map_or(rest.len(), |(i, _)| i);
        let tag = &rest[..end];
        let has_alt = tag.split('"').step_by(2).any(|outside| outside.contains(" alt="));
        if !has_alt {
            out.push_str(" alt=\"\"");
        }
    }
    out.push_str(rest);
    out
}

fn deeper(level: pulldown_cmark::HeadingLevel) -> pulldown_cmark::HeadingLevel {
    use pulldown_cmark::HeadingLevel::*;
    match level {
        H1 => H3,
        H2 => H4,
        H3 => H5,
        _ => H6,
    }
}

fn environment(dir: Option<&Path>) -> Result<Environment<'static>, SiteError> {
    let mut env = Environment::new();
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    // Autoescape every template, whatever its name: user text ends up in all of them.
    env.set_auto_escape_callback(|_| minijinja::AutoEscape::Html);
    // Escape the five characters that matter in HTML text and quoted attributes, and leave `/`
    // alone so URLs and dates stay readable in the source.
    env.set_formatter(|out, state, value| {
        if !value.is_safe()
            && let Some(text) = value.as_str()
            && matches!(state.auto_escape(), minijinja::AutoEscape::Html)
        {
            return write!(out, "{}", chart::escape(text)).map_err(|e| {
                minijinja::Error::new(minijinja::ErrorKind::WriteFailure, "cannot write the page").with_source(e)
            });
        }
        minijinja::escape_formatter(out, state, value)
    });
    for (name, source) in TEMPLATES.iter().filter(|(n, _)| n.ends_with(".html")) {
        let custom = dir.map(|d| d.join(name)).filter(|p| p.is_file());
        let source = match custom {
            Some(path) => std::fs::read_to_string(&path)
                .map_err(|error| SiteError::Io { path: path.display().to_string(), error })?,
            None => (*source).to_owned(),
        };
        env.add_template_owned(*name, source)
            .map_err(|e| SiteError::Template { name: (*name).to_owned(), error: e.to_string() })?;
    }
    Ok(env)
}

fn template_names() -> Vec<&'static str> {
    TEMPLATES.iter().map(|(name, _)| *name).collect()
}

/// A `--templates` folder must be one; a file in it that okrs does not read (a misspelt
/// `team.htm`) is named in a warning instead of being ignored without a word.
fn check_templates(dir: &Path) -> Result<Vec<String>, SiteError> {
    let entries = std::fs::read_dir(dir)
        .map_err(|e| SiteError::Templates(format!("--templates {}: cannot read the folder: {e}", dir.display())))?;
    let known = template_names();
    let mut warnings: Vec<String> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .filter(|name| !name.starts_with('.') && !known.contains(&name.as_str()))
        .map(|name| {
            let hint = crate::lint::suggest(&name, known.iter().copied())
                .map(|k| format!("; did you mean `{k}`?"))
                .unwrap_or_default();
            format!(
                "{}: not used; okrs reads only {} from --templates{hint}",
                dir.join(&name).display(),
                known.join(", ")
            )
        })
        .collect();
    warnings.sort();
    Ok(warnings)
}

fn render<S: Serialize>(env: &Environment, name: &str, ctx: &S) -> Result<String, SiteError> {
    let template =
        env.get_template(name).map_err(|e| SiteError::Template { name: name.to_owned(), error: e.to_string() })?;
    template
        .render(minijinja::value::Serde(ctx))
        .map_err(|e| SiteError::Template { name: name.to_owned(), error: format!("{e:#}") })
}

/// The output being written: a temporary folder beside `out`, swapped into place by
/// [`Staging::commit`]. An existing `out` is replaced only when it is empty or was built by
/// okrs; nothing outside `out` is written or deleted (the temporary folders beside it are
/// removed again, also when the build fails).
struct Staging {
    out: PathBuf,
    parent: PathBuf,
    prefix: String,
    tmp: tempfile::TempDir,
}

fn io_error(path: &Path, error: std::io::Error) -> SiteError {
    SiteError::Io { path: path.display().to_string(), error }
}

impl Staging {
    fn new(out: &Path) -> Result<Staging, SiteError> {
        if out.exists() {
            if !out.is_dir() {
                return Err(SiteError::Output(format!("{} exists and is not a folder", out.display())));
            }
            let mut entries = std::fs::read_dir(out).map_err(|e| io_error(out, e))?;
            if entries.next().is_some() && !out.join(MARKER).is_file() {
                return Err(SiteError::Output(format!(
                    "{} is not empty and was not built by okrs site; it is left untouched",
                    out.display()
                )));
            }
        }
        let name = out
            .file_name()
            .filter(|n| *n != "." && *n != "..")
            .ok_or_else(|| SiteError::Output(format!("--out {} does not name a folder", out.display())))?;
        let parent = match out.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        std::fs::create_dir_all(&parent).map_err(|e| io_error(&parent, e))?;
        let prefix = format!(".{}.okrs-tmp-", name.to_string_lossy());
        let tmp = tempfile::Builder::new().prefix(&prefix).tempdir_in(&parent).map_err(|e| io_error(&parent, e))?;
        Ok(Staging { out: out.to_path_buf(), parent, prefix, tmp })
    }

    /// The path of `rel` (made of slugs) in the temporary folder, with its folders created.
    fn path(&self, rel: &str) -> Result<PathBuf, SiteError> {
        let safe = rel.split('/').all(|part| {
            !part.is_empty()
                && part != "."
                && part != ".."
                && part.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
        });
        if !safe {
            return Err(SiteError::Output(format!("refusing to write `{rel}`: not a plain relative path")));
        }
        let path = self.tmp.path().join(rel);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| io_error(dir, e))?;
        }
        Ok(path)
    }

    fn write(&self, rel: &str, bytes: &[u8]) -> Result<(), SiteError> {
        let path = self.path(rel)?;
        std::fs::write(&path, bytes).map_err(|e| io_error(&path, e))
    }

    fn write_with(
        &self,
        rel: &str,
        f: impl FnOnce(&mut dyn std::io::Write) -> std::io::Result<()>,
    ) -> Result<(), SiteError> {
        let path = self.path(rel)?;
        let file = std::fs::File::create(&path).map_err(|e| io_error(&path, e))?;
        let mut w = std::io::BufWriter::new(file);
        f(&mut w).and_then(|_| std::io::Write::flush(&mut w)).map_err(|e| io_error(&path, e))
    }

    fn commit(self) -> Result<(), SiteError> {
        self.write(MARKER, b"built by okrs site; okrs replaces this folder on the next build\n")?;
        let out = &self.out;
        let old = if out.exists() {
            let old = tempfile::Builder::new()
                .prefix(&self.prefix)
                .tempdir_in(&self.parent)
                .map_err(|e| io_error(&self.parent, e))?;
            std::fs::rename(out, old.path().join("old")).map_err(|e| io_error(out, e))?;
            Some(old)
        } else {
            None
        };
        let tmp = self.tmp.keep();
        if let Err(e) = std::fs::rename(&tmp, out) {
            // Put the previous site back; never leave the user without one.
            if let Some(old) = &old {
                let _ = std::fs::rename(old.path().join("old"), out);
            }
            let _ = std::fs::remove_dir_all(&tmp);
            return Err(io_error(out, e));
        }
        crate::timings::lap("swapped the new site into place");
        if let Some(old) = old {
            // The previous site, a folder per period removed on every core; then the rest.
            let periods: Vec<PathBuf> = std::fs::read_dir(old.path().join("old"))
                .map(|dir| {
                    // Folders only, never through a link: nothing outside the old site is touched.
                    dir.filter_map(Result::ok)
                        .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
                        .map(|e| e.path())
                        .collect()
                })
                .unwrap_or_default();
            periods.par_iter().for_each(|p| {
                let _ = std::fs::remove_dir_all(p);
            });
            drop(old);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_json_from_teams_written_apart_is_the_whole_printed_at_once() {
        let team = |name: &str, progress: Option<f64>| TeamData {
            team: format!("{name} \"Nord\"\n"),
            slug: slugify(name),
            progress,
            status: crate::progress::Status::OnTrack,
            findings: 2,
            objectives: Vec::new(),
        };
        let period = |name: &str, teams: Vec<TeamData>| PeriodData {
            period: name.to_owned(),
            start: "2026-01-01".to_owned(),
            end: "2026-03-31".to_owned(),
            teams,
        };
        let shapes = [
            vec![],
            vec![period("2026-Q1", vec![])],
            vec![period("2026-Q1", vec![team("Salg", Some(0.5)), team("Drift", None)]), period("2025-Q4", vec![])],
        ];
        for periods in shapes {
            let data = Data { version: 1, now: "2026-03-02T10:00:00Z".to_owned(), periods };
            let mut whole = Vec::new();
            pretty_json(&mut whole, &data).unwrap();
            whole.push(b'\n');
            let apart = Data {
                version: data.version,
                now: data.now.clone(),
                periods: data
                    .periods
                    .iter()
                    .map(|p| PeriodData {
                        period: p.period.clone(),
                        start: p.start.clone(),
                        end: p.end.clone(),
                        teams: p.teams.iter().map(TeamJson::of).collect(),
                    })
                    .collect(),
            };
            let mut written = Vec::new();
            write_json(&mut written, &apart).unwrap();
            assert_eq!(String::from_utf8(written).unwrap(), String::from_utf8(whole).unwrap());
        }
    }

    #[test]
    fn a_retitled_objective_is_named_with_the_id_that_keeps_its_series() {
        let key = |objective: &str| KeyResultKey {
            team: "marketing".into(),
            period: "2026-Q4".into(),
            objective: objective.into(),
            key_result: "trafikk".into(),
        };
        let commit = history::Commit {
            id: "e126c4c0".repeat(5),
            author: "Kari".into(),
            time: Timestamp::UNIX_EPOCH,
            message: "uke 42".into(),
        };
        let warning = break_warning(&TitleBreak {
            path: "okrs/m.md".into(),
            retitled: Retitled::Objective,
            before: key("bli-synlig-i-norden"),
            after: key("bli-synlig-i-hele-norden"),
            old_title: "Bli synlig i Norden".into(),
            new_title: "Bli synlig i hele Norden".into(),
            commit: std::sync::Arc::new(commit),
            history: true,
        });
        assert_eq!(
            warning,
            "okrs/m.md: the title of objective `bli-synlig-i-norden` changed to \"Bli synlig i hele Norden\" in commit e126c4c (uke 42); without an explicit `id:` the history of its key results starts over under `bli-synlig-i-hele-norden`. Add `id: bli-synlig-i-norden` to the objective to keep their series"
        );
    }

    #[test]
    fn a_templates_folder_names_the_files_okrs_does_not_read() {
        let dir = tempfile::tempdir().unwrap();
        for name in ["team.htm", "index.html", ".gitkeep", "logo.svg"] {
            std::fs::write(dir.path().join(name), "").unwrap();
        }
        let warnings = check_templates(dir.path()).unwrap();
        assert_eq!(warnings.len(), 2, "{warnings:?}");
        assert!(
            warnings[0].ends_with(
                "logo.svg: not used; okrs reads only base.html, index.html, team.html, style.css from --templates"
            ),
            "{warnings:?}"
        );
        assert!(
            warnings[1].contains("team.htm: not used") && warnings[1].ends_with("did you mean `team.html`?"),
            "{warnings:?}"
        );
        let missing = check_templates(&dir.path().join("nope")).unwrap_err();
        assert!(missing.to_string().starts_with("--templates "), "{missing}");
        assert!(missing.help().contains("base.html, index.html, team.html, style.css"));
    }

    #[test]
    fn markdown_is_sanitised() {
        let html = markdown(
            "# Notes\n\n<script>alert(1)</script><img src=x onerror=alert(1)>\n\n![chart](c.png)\n\n[a](javascript:alert(1)) <a href=\"https://example.com\" onclick=\"x()\" style=\"color:red\">b</a>\n\n<style>body{}</style><details open ontoggle=alert(1)>d</details>",
        );
        assert_eq!(
            html,
            "<h3>Notes</h3>\n<img alt=\"\" src=\"x\">\n<p><img src=\"c.png\" alt=\"chart\"></p>\n<p><a>a</a> <a href=\"https://example.com\" rel=\"noopener noreferrer nofollow\">b</a></p>\nd"
        );
    }
}
