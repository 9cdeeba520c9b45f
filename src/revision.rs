//! Source: a git revision's tree, read without checking it out (git2), through the same loader as
//! the work tree. `okrs lint --rev`, `okrs lint --new-from-rev` and `okrs diff` read OKRs here.

use std::path::{Component, Path, PathBuf};

use git2::{ErrorCode, ObjectType, Repository, TreeWalkMode, TreeWalkResult};
use jiff::civil::Date;
use jiff::tz::TimeZone;
use rayon::prelude::*;
use thiserror::Error;

use crate::config::{self, Config, ConfigError};
use crate::load::{self, OkrFile};
use crate::source::{Project, SourceError};

/// The OKR files of one side of a comparison: a revision or the work tree.
#[derive(Debug)]
pub struct Snapshot {
    /// What the user called it (`main`, `HEAD~1`, `work tree`).
    pub label: String,
    /// The abbreviated commit id; `None` for the work tree.
    pub commit: Option<String>,
    /// The commit's date (UTC), or today for the work tree: "now" for progress and pace.
    pub date: Date,
    /// The commit's time; `None` for the work tree.
    pub time: Option<jiff::Timestamp>,
    /// The revision's `.okrs.yml`, else the work tree's.
    pub config: Config,
    pub files: Vec<OkrFile>,
    /// Whether the OKR root exists on this side (the base of the first OKR pull request has none).
    pub root_found: bool,
}

/// How to read a revision.
#[derive(Debug, Clone, Copy)]
pub struct ReadOptions {
    /// A revision without the OKR root has no files instead of being an error (the base of the
    /// pull request that adds the first OKRs).
    pub allow_missing_root: bool,
    /// Read `.okrs.yml` from the revision (falling back to the work tree's); `false` when the user
    /// named a config file.
    pub config_from_revision: bool,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions { allow_missing_root: false, config_from_revision: true }
    }
}

#[derive(Debug, Error)]
pub enum RevisionError {
    #[error("{0} is not inside a git repository, so there are no revisions to read")]
    NotARepository(String),
    #[error("the repository has no commits yet, so `{0}` names nothing")]
    NoCommits(String),
    #[error("unknown revision `{rev}`")]
    Unknown { rev: String, nearest: Option<String> },
    #[error("`{0}` is not in this shallow clone")]
    Shallow(String),
    #[error("`{rev}` has no `{root}` folder (the OKR root)")]
    NoRoot { rev: String, root: String },
    #[error("`{path}` is not in `{rev}`")]
    NotFound { rev: String, path: String },
    #[error("cannot read `{rev}`: {message}")]
    Git { rev: String, message: String },
    #[error(transparent)]
    Source(#[from] SourceError),
    #[error("{}", .0)]
    Config(Box<ConfigError>),
}

impl RevisionError {
    /// What the user can do about it.
    pub fn help(&self) -> String {
        match self {
            RevisionError::NotARepository(_) => {
                "run okrs inside a git checkout (`git init` and commit the OKR files), or lint the files without --rev".into()
            }
            RevisionError::NoCommits(_) => {
                "commit the OKR files first (`git add okrs && git commit`), or lint the work tree without a revision".into()
            }
            RevisionError::Unknown { nearest: Some(branch), .. } => format!("did you mean `{branch}`?"),
            RevisionError::Unknown { nearest: None, .. } => {
                "give a branch, tag or commit that exists here (`git log --oneline` lists commits); fetch it first if it only exists on the remote (`git fetch origin main`)".into()
            }
            RevisionError::Shallow(_) => {
                "the checkout has only the latest commits: fetch the history with `git fetch --unshallow`, or in GitHub Actions set `fetch-depth: 0` on actions/checkout".into()
            }
            RevisionError::NoRoot { .. } => {
                "pick a revision that has the OKR files, or check `root:` in .okrs.yml".into()
            }
            RevisionError::NotFound { .. } => "give paths inside the OKR root as they are in that revision".into(),
            RevisionError::Git { .. } => "check that the repository is not corrupt (`git fsck`)".into(),
            RevisionError::Source(SourceError::NotFound(_)) => "give files or folders that exist".into(),
            RevisionError::Source(_) => "give files or folders that exist, or set `root:` in .okrs.yml".into(),
            RevisionError::Config(e) => miette::Diagnostic::help(e.as_ref()).map(|h| h.to_string()).unwrap_or_default(),
        }
    }

    /// As a miette report for the command line: the config error keeps its source snippet.
    pub fn into_report(self) -> miette::Report {
        match self {
            RevisionError::Config(e) => miette::Report::new(*e),
            other => {
                let help = other.help();
                miette::miette!(help = help, "{other}")
            }
        }
    }
}

impl Snapshot {
    /// The work tree: the `*.md` files under `paths`, or under the configured root.
    /// A work tree without the OKR root is an error unless `allow_missing_root`.
    pub fn work_tree(
        project: &Project,
        paths: &[PathBuf],
        allow_missing_root: bool,
    ) -> Result<Snapshot, RevisionError> {
        let (files, root_found) = match project.okr_files(paths) {
            Ok(files) => (files, true),
            Err(SourceError::NoRoot(_)) if allow_missing_root => (Vec::new(), false),
            Err(e) => return Err(e.into()),
        };
        Ok(Snapshot {
            label: "work tree".to_owned(),
            commit: None,
            date: jiff::Timestamp::now().to_zoned_datetime(TimeZone::UTC).date(),
            time: None,
            config: project.config.clone(),
            files: project.load(&files),
            root_found,
        })
    }

    /// The OKR files of revision `rev`, read from git's object store.
    pub fn at_revision(project: &Project, rev: &str, options: &ReadOptions) -> Result<Snapshot, RevisionError> {
        let ReadOptions { allow_missing_root, config_from_revision } = *options;
        let repo = Repository::discover(&project.root)
            .map_err(|_| RevisionError::NotARepository(project.root.display().to_string()))?;
        let commit = resolve(&repo, rev)?;
        let git = |e: git2::Error| RevisionError::Git { rev: rev.to_owned(), message: e.message().to_owned() };
        let tree = commit.tree().map_err(git)?;
        // The project may be a folder inside the repository (`okrs -C sub lint --rev main`).
        let prefix = match repo.workdir() {
            Some(workdir) => {
                let workdir = std::fs::canonicalize(workdir).unwrap_or_else(|_| workdir.to_path_buf());
                project.root.strip_prefix(&workdir).map(slash_path).unwrap_or_default()
            }
            None => String::new(),
        };
        let in_repo = |path: &str| if prefix.is_empty() { path.to_owned() } else { format!("{prefix}/{path}") };

        let config = match tree.get_path(Path::new(&in_repo(config::FILE_NAME))) {
            Ok(entry) if config_from_revision => {
                let blob = repo.find_blob(entry.id()).map_err(git)?;
                let text = String::from_utf8_lossy(blob.content());
                Config::parse(&format!("{rev}:{}", config::FILE_NAME), &text).map_err(RevisionError::Config)?
            }
            _ => project.config.clone(),
        };

        let root = if config.root == "." { String::new() } else { config.root.clone() };
        let root_in_repo = in_repo(&root);
        let root_tree = if root_in_repo.is_empty() {
            Some(tree.clone())
        } else {
            match tree.get_path(Path::new(&root_in_repo)) {
                Ok(entry) if entry.kind() == Some(ObjectType::Tree) => Some(repo.find_tree(entry.id()).map_err(git)?),
                _ if allow_missing_root => None,
                _ => return Err(RevisionError::NoRoot { rev: rev.to_owned(), root: format!("{}/", config.root) }),
            }
        };

        // Every `*.md` blob under the root, with its path relative to the project root.
        let mut blobs: Vec<(String, git2::Oid)> = Vec::new();
        if let Some(root_tree) = &root_tree {
            root_tree
                .walk(TreeWalkMode::PreOrder, |dir, entry| {
                    let name = entry.name().unwrap_or("");
                    if name.starts_with('.') {
                        return TreeWalkResult::Skip;
                    }
                    // Regular files only: no symlinks or submodules.
                    let regular = matches!(entry.filemode(), 0o100644 | 0o100755);
                    if regular && entry.kind() == Some(ObjectType::Blob) && name.ends_with(".md") {
                        let path = if root.is_empty() { format!("{dir}{name}") } else { format!("{root}/{dir}{name}") };
                        blobs.push((path, entry.id()));
                    }
                    TreeWalkResult::Ok
                })
                .map_err(git)?;
        }
        blobs.sort();

        // libgit2 objects are not shared across threads: read the blobs here, load in parallel.
        let mut contents = Vec::with_capacity(blobs.len());
        for (path, id) in blobs {
            let bytes = match repo.find_blob(id) {
                Ok(blob) => blob.content().to_vec(),
                Err(e) => return Err(git(e)),
            };
            contents.push((path, bytes));
        }
        let lang = config.lang;
        let files = contents.into_par_iter().map(|(path, bytes)| load::load(&path, bytes, lang)).collect();

        let time = jiff::Timestamp::from_second(commit.time().seconds()).ok();
        let date = time.unwrap_or_else(jiff::Timestamp::now).to_zoned_datetime(TimeZone::UTC).date();
        let short = commit.as_object().short_id().ok().and_then(|b| b.as_str().ok().map(str::to_owned));
        let root_found = root_tree.is_some();
        Ok(Snapshot { label: rev.to_owned(), commit: short, date, time, config, files, root_found })
    }
}

fn resolve<'r>(repo: &'r Repository, rev: &str) -> Result<git2::Commit<'r>, RevisionError> {
    match repo.revparse_single(rev).and_then(|object| object.peel_to_commit()) {
        Ok(commit) => Ok(commit),
        Err(e) => {
            if repo.is_empty().unwrap_or(false) || repo.head().is_err_and(|h| h.code() == ErrorCode::UnbornBranch) {
                Err(RevisionError::NoCommits(rev.to_owned()))
            } else if repo.is_shallow() && e.code() != ErrorCode::InvalidSpec {
                Err(RevisionError::Shallow(rev.to_owned()))
            } else {
                Err(RevisionError::Unknown { rev: rev.to_owned(), nearest: nearest_branch(repo, rev) })
            }
        }
    }
}

/// The branch meant by a branch name that does not exist: the remote-tracking one of that name
/// (CI checkouts often have `origin/main` and no `main`), the other of `main` and `master`, or
/// one spelt nearly the same.
fn nearest_branch(repo: &Repository, rev: &str) -> Option<String> {
    let branches: Vec<String> =
        repo.branches(None).ok()?.filter_map(|b| b.ok()?.0.name().ok().flatten().map(str::to_owned)).collect();
    let remote = branches.iter().find(|b| b.split_once('/').is_some_and(|(_, name)| name == rev));
    let default = match rev {
        "main" => branches.iter().find(|b| *b == "master"),
        "master" => branches.iter().find(|b| *b == "main"),
        _ => None,
    };
    let similar = || {
        branches
            .iter()
            .map(|b| (strsim::normalized_damerau_levenshtein(rev, b), b))
            .filter(|(score, _)| *score >= 0.7)
            .max_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, b)| b)
    };
    remote.or(default).or_else(similar).cloned()
}

impl Snapshot {
    /// Keep the files under paths given on the command line (relative to the current folder), as
    /// they narrow the work tree down; a path with no file is an error.
    pub fn only(&mut self, project: &Project, paths: &[PathBuf]) -> Result<(), RevisionError> {
        let wanted = relative_paths(project, paths);
        if let Some(missing) = wanted.iter().find(|want| !self.files.iter().any(|f| under(&f.source.path, want))) {
            return Err(RevisionError::NotFound { rev: self.label.clone(), path: missing.clone() });
        }
        self.files.retain(|f| wanted.iter().any(|want| under(&f.source.path, want)));
        Ok(())
    }
}

/// Command-line paths as project-relative paths with `/` (they need not exist in the work tree).
fn relative_paths(project: &Project, paths: &[PathBuf]) -> Vec<String> {
    let cwd = std::env::current_dir().unwrap_or_else(|_| project.root.clone());
    paths
        .iter()
        .map(|p| {
            let mut full = PathBuf::new();
            for component in cwd.join(p).components() {
                match component {
                    Component::ParentDir => {
                        full.pop();
                    }
                    Component::CurDir => {}
                    other => full.push(other),
                }
            }
            full.strip_prefix(&project.root).map(slash_path).unwrap_or_else(|_| slash_path(p))
        })
        .collect()
}

fn under(path: &str, want: &str) -> bool {
    let want = want.trim_end_matches('/');
    want.is_empty() || path == want || path.strip_prefix(want).is_some_and(|rest| rest.starts_with('/'))
}

fn slash_path(path: &Path) -> String {
    path.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/")
}
