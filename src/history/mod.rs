//! History: the git log of the OKR root → a [`Timeline`] of check-ins per key result.
//!
//! Git is the database. Every commit on the first-parent chain that changes a key result's
//! `current` or `confidence` is a check-in, and its message is the note (for a merged pull
//! request, its title). The walk compares the OKR root's subtree id with the parent's before
//! diffing, diffs only that subtree, and parses each distinct file version (blob) once, in
//! parallel.
//!
//! A key result is identified by (team slug, period, objective id, key result id), never by its
//! path, so renaming or moving a file keeps its series; a removed key result ends its series; a
//! title change without an explicit `id` changes the id and so starts a new series, which is
//! reported as a [`TitleBreak`].

use std::collections::{BTreeSet, HashSet};

// Keys here are commit ids and short strings from the user's own repository: a fast hash is
// safe, and SipHash was a tenth of the replay.
use rustc_hash::{FxHashMap as HashMap, FxHashSet};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use git2::{ObjectType, Oid, Repository};
use jiff::Timestamp;
use rayon::prelude::*;
use thiserror::Error;

use crate::load::{self, OkrFile};
use crate::model::{Lang, OkrSet};

/// Who made a commit, when, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct Commit {
    /// The full hexadecimal id.
    pub id: String,
    pub author: String,
    /// The author time, in UTC.
    pub time: Timestamp,
    /// The first line of the message.
    pub message: String,
}

/// The identity of a key result across history.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct KeyResultKey {
    pub team: String,
    pub period: String,
    pub objective: String,
    pub key_result: String,
}

impl KeyResultKey {
    /// The key of a key result in a loaded set, when the set has a team and a period.
    pub fn of(set: &OkrSet, objective: &str, key_result: &str) -> Option<KeyResultKey> {
        Some(KeyResultKey {
            team: set.team_slug()?,
            period: set.period_text()?,
            objective: objective.to_owned(),
            key_result: key_result.to_owned(),
        })
    }
}

/// One commit that set or changed a key result's `current` or `confidence`.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckIn {
    pub commit: Arc<Commit>,
    /// The number; milestones are 1 (done) or 0 (not done); `None` when `current` is missing.
    pub value: Option<f64>,
    pub confidence: Option<f64>,
}

/// The check-ins of one key result from the commit that added it (or gave it its id) until the
/// commit that removed it, if any.
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    pub key: KeyResultKey,
    /// The title in the newest version.
    pub title: String,
    /// Oldest first; the first one is the commit that added the key result.
    pub checkins: Vec<CheckIn>,
    /// The commit that removed the key result.
    pub ended: Option<Arc<Commit>>,
}

impl Series {
    pub fn last(&self) -> Option<&CheckIn> {
        self.checkins.last()
    }
}

/// A key result without an explicit `id` whose title changed, so its id (the title's slug)
/// changed and its history starts over.
#[derive(Debug, Clone, PartialEq)]
pub struct TitleBreak {
    pub path: String,
    /// Whose title changed: the key result's, or its objective's (which moves all of the
    /// objective's key results; reported once, with its first key result).
    pub retitled: Retitled,
    pub before: KeyResultKey,
    pub after: KeyResultKey,
    pub old_title: String,
    pub new_title: String,
    pub commit: Arc<Commit>,
    /// Whether the series that ended had a value or a confidence: without one there is no
    /// history to lose, and nothing to warn about.
    pub history: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Retitled {
    KeyResult,
    Objective,
}

#[derive(Debug, Default)]
pub struct Timeline {
    /// Every series, sorted by key and then by start.
    pub series: Vec<Series>,
    pub breaks: Vec<TitleBreak>,
    /// The newest commit of the walk (HEAD).
    pub head: Option<Arc<Commit>>,
    /// Commits that touched the OKR root.
    pub commits: usize,
    /// Distinct file versions parsed.
    pub file_versions: usize,
    open: HashMap<KeyResultKey, usize>,
    /// Keys from before a team was renamed, for the series that go on under the new name.
    renamed: HashMap<KeyResultKey, usize>,
    /// The commit a lint read started from (not the first commit): its state was taken as given.
    base: Option<String>,
    /// A file could not be read at that commit.
    unreadable_at_base: bool,
}

impl Timeline {
    /// When a key result written with `value` and `confidence` on `date` was last checked in: the
    /// day of its last check-in (up to the time `until`, for an older revision), or `date` itself
    /// when the values written differ from it (a check-in on its way, not committed yet). `None`
    /// when the history does not know the key result.
    pub fn last_check_in(
        &self,
        key: &KeyResultKey,
        value: Option<f64>,
        confidence: Option<f64>,
        until: Option<Timestamp>,
        date: jiff::civil::Date,
    ) -> Option<jiff::civil::Date> {
        let checkins = &self.current(key)?.checkins;
        let last = checkins.iter().rev().find(|c| until.is_none_or(|until| c.commit.time <= until))?;
        let day = last.commit.time.to_zoned_datetime(jiff::tz::TimeZone::UTC).date();
        Some(if value != last.value || confidence != last.confidence { date } else { day })
    }

    /// Teams renamed along the history, as (period, old team slug, team slug at HEAD), for the
    /// key results still present at HEAD.
    pub fn renamed_teams(&self) -> BTreeSet<(String, String, String)> {
        self.renamed
            .iter()
            .map(|(old, &i)| (old, &self.series[i]))
            .filter(|(old, series)| series.ended.is_none() && old.team != series.key.team)
            .map(|(old, series)| (old.period.clone(), old.team.clone(), series.key.team.clone()))
            .collect()
    }

    /// The series of a key result that is still present at HEAD, also by its key from before its
    /// team was renamed (how an older revision of the file names it).
    pub fn current(&self, key: &KeyResultKey) -> Option<&Series> {
        match self.open.get(key) {
            Some(&i) => Some(&self.series[i]),
            None => self.renamed.get(key).map(|&i| &self.series[i]).filter(|s| s.ended.is_none()),
        }
    }
}

/// The timeline plus the OKR files as they are at HEAD (loaded during the same walk).
#[derive(Debug)]
pub struct History {
    pub timeline: Timeline,
    /// The files under the OKR root at HEAD, sorted by path (relative to the project root).
    pub files: Vec<OkrFile>,
}

#[derive(Debug, Error)]
pub enum HistoryError {
    #[error("{0} is not in a git repository")]
    NotARepository(String),
    #[error("the git repository has no commits yet")]
    Empty,
    #[error("history is shallow: use fetch-depth: 0")]
    Shallow,
    #[error("no commit contains the OKR root `{0}`")]
    NoRoot(String),
    #[error("cannot read the git history: {0}")]
    Git(#[from] git2::Error),
}

impl HistoryError {
    /// What the user can do about it.
    pub fn help(&self) -> &'static str {
        match self {
            HistoryError::NotARepository(_) => "run okrs inside a clone of the repository that holds the OKR files",
            HistoryError::Empty => "commit the OKR files first: git add okrs && git commit",
            HistoryError::Shallow => {
                "the history of a shallow clone is cut off; clone with the whole history (`git fetch --unshallow`, or `fetch-depth: 0` in actions/checkout)"
            }
            HistoryError::NoRoot(_) => "commit the OKR files under the root folder, or set `root:` in .okrs.yml",
            HistoryError::Git(_) => "check that the repository is readable (`git log` works)",
        }
    }
}

/// Progress callbacks for long histories (a progress bar), without tying the walk to a UI.
pub trait Observer: Sync {
    fn parsing(&self, _versions: u64) {}
    fn parsed(&self, _n: u64) {}
}

/// No progress reporting.
pub struct Quiet;
impl Observer for Quiet {}

/// One changed file in a commit, relative to the OKR root.
struct Change {
    path: String,
    /// The new version; `None` when the file was deleted.
    new: Option<Oid>,
}

struct Step {
    commit: Arc<Commit>,
    changes: Vec<Change>,
}

/// What history needs of one file version: its key results' identities and values.
struct Version {
    krs: Vec<KrVersion>,
}

struct KrVersion {
    key: KeyResultKey,
    explicit: bool,
    objective_explicit: bool,
    objective_title: Arc<str>,
    /// (objective index, key result index) in the file.
    position: (usize, usize),
    title: String,
    value: Option<f64>,
    confidence: Option<f64>,
}

/// Read the history of the OKR root `root` (relative to `project_root`) of the repository that
/// holds `project_root`.
pub fn read(project_root: &Path, root: &str, lang: Lang, observer: &dyn Observer) -> Result<History, HistoryError> {
    read_in_batches(project_root, root, lang, observer, 3072, None)
}

/// How `okrs lint` and `okrs status` read the history: only the key results of the periods
/// running on `today` matter to them.
#[derive(Clone, Copy)]
struct LintRead {
    today: jiff::civil::Date,
    /// Start at the last commit before this time, taking its state as given.
    since: Option<Timestamp>,
}

/// [`read`], parsing `batch` file versions at a time.
fn read_in_batches(
    project_root: &Path,
    root: &str,
    lang: Lang,
    observer: &dyn Observer,
    batch: usize,
    lint: Option<LintRead>,
) -> Result<History, HistoryError> {
    let _settings = FastReads::set();
    let repo = Repository::discover(project_root)
        .map_err(|_| HistoryError::NotARepository(project_root.display().to_string()))?;
    if repo.is_shallow() {
        return Err(HistoryError::Shallow);
    }
    let head = match repo.head() {
        Ok(head) => head.peel_to_commit()?,
        Err(e) if e.code() == git2::ErrorCode::UnbornBranch || e.code() == git2::ErrorCode::NotFound => {
            return Err(HistoryError::Empty);
        }
        Err(e) => return Err(e.into()),
    };
    let workdir = repo.workdir().map(Path::to_path_buf).unwrap_or_else(|| repo.path().to_path_buf());
    let (prefix, display_prefix) = root_prefix(&workdir, project_root, root);

    let lap = crate::timings::lap;
    let git_dir = repo.path().to_path_buf();
    // The versions at HEAD: the files the caller gets back whole, and for lint always parsed.
    let head_blobs = match root_tree(&head, prefix.as_deref())? {
        Some(id) => markdown_blobs(&repo.find_tree(id)?)?,
        None => FxHashSet::default(),
    };
    let (head_id, since) = (head.id(), lint.and_then(|l| l.since));
    let base = std::sync::OnceLock::new();
    std::thread::scope(|scope| {
        // 1. Walk the first-parent chain, oldest first, on a thread of its own: while it diffs the
        // later commits, the versions the earlier ones changed are parsed and replayed.
        let (sender, receiver) = std::sync::mpsc::channel();
        let walker = scope.spawn(|| walk(&git_dir, head_id, since, prefix.as_deref(), &base, sender));
        let mut walked = Walked::new(receiver);
        walked.wait_for(batch);
        // 2. Parse every distinct file version once, in parallel batches, and 3. replay the
        // changes in order, turning differences into check-ins. A parsed version is kept only
        // while a later commit still needs it, so memory stays flat however long the history is.
        let parse = |steps: &[Step], batch: &[Blob]| -> Vec<(Oid, Option<Version>, Option<OkrFile>)> {
            // One repository handle per chunk: its cache of decompressed delta bases is what makes
            // reading consecutive versions cheap, so chunks are few, large and contiguous. Each
            // chunk is read newest first: git packs newer objects whole and older ones as deltas
            // against them, so going back in time more bases are already decompressed (reading
            // the versions took a third less time than oldest first).
            let chunk = batch.len().div_ceil(rayon::current_num_threads() * 2).max(1);
            batch
                .par_chunks(chunk)
                .flat_map_iter(|chunk| {
                    let repo = Repository::open(&git_dir);
                    chunk
                        .iter()
                        .rev()
                        .map(|blob| {
                            let id = blob.id;
                            let display = join(&display_prefix, &steps[blob.step].changes[blob.change].path);
                            let blob = match &repo {
                                Ok(repo) => repo.find_blob(id),
                                Err(e) => Err(git2::Error::from_str(e.message())),
                            };
                            // For lint only the running period's key results matter: another
                            // period's version holds none of them, so it is not parsed.
                            if let (Some(lint), Ok(blob)) = (lint, &blob)
                                && !head_blobs.contains(&id)
                                && matches!(running_period(blob.content(), lint.today), Running::No)
                            {
                                observer.parsed(1);
                                return (id, Some(Version { krs: Vec::new() }), None);
                            }
                            let file = match blob {
                                Ok(blob) => load::load(&display, blob.content().to_vec(), lang),
                                Err(e) => load::unreadable(&display, &std::io::Error::other(e.message().to_owned())),
                            };
                            observer.parsed(1);
                            let version = file.set.as_ref().map(version_of);
                            let keep = head_blobs.contains(&id).then_some(file);
                            (id, version, keep)
                        })
                        .collect::<Vec<_>>()
                })
                .collect()
        };
        let mut versions: HashMap<Oid, Option<Version>> = HashMap::default();
        let mut head_files: HashMap<Oid, OkrFile> = HashMap::default();
        // Set before the walk sends its first commit.
        let base = base.get().copied().flatten().map(|id| id.to_string());
        let mut timeline = Timeline { base, ..Timeline::default() };
        // The last version of each path that could be read: a commit with broken YAML does not
        // end the series in that file; the next readable version continues them.
        let mut files: HashMap<String, Oid> = HashMap::default();
        // A pipeline: while the commits whose versions are parsed are replayed on this thread,
        // the next batch of versions is parsed on the others.
        let mut next_blob = batch.min(walked.blobs.len());
        observer.parsing(walked.blobs.len() as u64);
        let mut ready = parse(&walked.steps, &walked.blobs[..next_blob]);
        let mut step = 0;
        loop {
            for (id, version, file) in ready.drain(..) {
                versions.insert(id, version);
                if let Some(file) = file {
                    head_files.insert(id, file);
                }
            }
            walked.wait_for(next_blob + batch);
            observer.parsing(walked.blobs.len() as u64);
            if step >= walked.steps.len() && walked.done {
                break;
            }
            // Commits up to the first one that needs a version not parsed yet.
            let until = walked.blobs.get(next_blob).map_or(walked.steps.len(), |b| b.step);
            let end = (next_blob + batch).min(walked.blobs.len());
            let Walked { steps, blobs, last_use, done, .. } = &walked;
            let (parsed, ()) = rayon::join(
                || parse(steps, &blobs[next_blob..end]),
                || {
                    // Until the walk is over, a version's last use is not known: keep them all.
                    if *done {
                        let live: FxHashSet<Oid> = files.values().copied().collect();
                        versions.retain(|id, _| last_use[id] >= step || live.contains(id));
                    }
                    for s in &steps[step..until] {
                        replay(&mut timeline, &mut files, &versions, s, &display_prefix);
                    }
                },
            );
            ready = parsed;
            next_blob = end;
            step = until;
        }
        walker.join().map_err(|_| HistoryError::Git(git2::Error::from_str("the history walk failed")))??;
        if walked.steps.is_empty() {
            return Err(HistoryError::NoRoot(root.to_owned()));
        }
        timeline.file_versions = walked.blobs.len();
        timeline.commits = walked.steps.len();
        lap("parsed the file versions and replayed the check-ins");
        timeline.head = walked.steps.last().map(|s| s.commit.clone());
        timeline.sort();

        let mut files: Vec<OkrFile> = walked
            .at_head
            .iter()
            .filter_map(|(path, id)| {
                let file = head_files.get(id)?;
                let display = join(&display_prefix, path);
                // One blob at two paths (a copied file) was parsed once, under one of them.
                Some(if file.source.path == display { file.clone() } else { file.at_path(&display) })
            })
            .collect();
        files.sort_by(|a, b| a.source.path.cmp(&b.source.path));
        Ok(History { timeline, files })
    })
}

/// The OKR root's folder in `commit`'s tree (`prefix`, or the whole tree), if it has one.
fn root_tree(commit: &git2::Commit, prefix: Option<&Path>) -> Result<Option<Oid>, git2::Error> {
    let tree = commit.tree()?;
    Ok(match prefix {
        None => Some(tree.id()),
        Some(p) => tree.get_path(p).ok().filter(|e| e.kind() == Some(ObjectType::Tree)).map(|e| e.id()),
    })
}

/// The `.md` files anywhere under `tree`.
fn markdown_blobs(tree: &git2::Tree) -> Result<FxHashSet<Oid>, git2::Error> {
    let mut ids = FxHashSet::default();
    tree.walk(git2::TreeWalkMode::PreOrder, |_, entry| {
        if entry.kind() == Some(ObjectType::Blob) && entry.name_bytes().ends_with(b".md") {
            ids.insert(entry.id());
        }
        git2::TreeWalkResult::Ok
    })?;
    Ok(ids)
}

/// One distinct file version, where the history first needs it.
struct Blob {
    id: Oid,
    step: usize,
    change: usize,
}

/// Walk the first-parent chain from `head` (back to the last commit before `since`), oldest
/// first, sending what changed under the OKR root in chunks of commits. `base` is set first: the
/// commit the walk starts from when `since` cuts it short.
fn walk(
    git_dir: &Path,
    head: Oid,
    since: Option<Timestamp>,
    prefix: Option<&Path>,
    base: &std::sync::OnceLock<Option<Oid>>,
    sender: std::sync::mpsc::Sender<Vec<Step>>,
) -> Result<(), git2::Error> {
    let repo = Repository::open(git_dir)?;
    let (chain, start) = first_parent_chain(&repo.find_commit(head)?, since)?;
    let _ = base.set(start);
    let mut previous: Option<Oid> = None;
    let mut previous_tree: Option<git2::Tree> = None;
    let mut diff = TreeDiff::new(&repo);
    let mut chunk = Vec::new();
    for commit in chain {
        let subtree = root_tree(&commit, prefix)?;
        if subtree == previous {
            continue;
        }
        let new = subtree.map(|id| repo.find_tree(id)).transpose()?;
        previous = subtree;
        let mut changes = Vec::new();
        diff.changes(previous_tree.as_ref(), new.as_ref(), "", &mut changes)?;
        previous_tree = new;
        if changes.is_empty() {
            continue;
        }
        chunk.push(Step { commit: Arc::new(commit_info(&commit)), changes });
        // Small enough that parsing starts early, large enough that sending costs nothing.
        if chunk.len() == 64 && sender.send(std::mem::take(&mut chunk)).is_err() {
            break;
        }
    }
    if !chunk.is_empty() {
        let _ = sender.send(chunk);
    }
    Ok(())
}

/// What the walk has found so far: the commits that changed the OKR root, each distinct version
/// in history order (close to the order of the pack, so reading in it reuses decompressed delta
/// bases: ten times faster than reading by id or by path; each batch is read backwards), and the
/// files at the last commit.
struct Walked {
    receiver: std::sync::mpsc::Receiver<Vec<Step>>,
    steps: Vec<Step>,
    blobs: Vec<Blob>,
    /// The last commit that needs each version.
    last_use: HashMap<Oid, usize>,
    at_head: HashMap<String, Oid>,
    /// The walk is over: `steps` and `last_use` are complete.
    done: bool,
}

impl Walked {
    fn new(receiver: std::sync::mpsc::Receiver<Vec<Step>>) -> Self {
        Walked {
            receiver,
            steps: Vec::new(),
            blobs: Vec::new(),
            last_use: HashMap::default(),
            at_head: HashMap::default(),
            done: false,
        }
    }

    /// Take what the walk has found: at least `blobs` versions unless the walk ends first.
    fn wait_for(&mut self, blobs: usize) {
        use std::sync::mpsc::TryRecvError;
        while !self.done {
            let chunk = if self.blobs.len() >= blobs {
                match self.receiver.try_recv() {
                    Ok(chunk) => chunk,
                    Err(TryRecvError::Empty) => return,
                    Err(TryRecvError::Disconnected) => break,
                }
            } else {
                match self.receiver.recv() {
                    Ok(chunk) => chunk,
                    Err(_) => break,
                }
            };
            for step in chunk {
                let i = self.steps.len();
                for (c, change) in step.changes.iter().enumerate() {
                    match change.new {
                        Some(id) => {
                            self.at_head.insert(change.path.clone(), id);
                            if self.last_use.insert(id, i).is_none() {
                                self.blobs.push(Blob { id, step: i, change: c });
                            }
                        }
                        None => {
                            self.at_head.remove(&change.path);
                        }
                    }
                }
                self.steps.push(step);
            }
        }
        // The walker hung up: it has sent everything (or failed, which joining it tells).
        self.done = true;
    }
}

/// Turn one commit's changes into check-ins.
fn replay(
    timeline: &mut Timeline,
    files: &mut HashMap<String, Oid>,
    versions: &HashMap<Oid, Option<Version>>,
    step: &Step,
    display_prefix: &str,
) {
    let mut before: Vec<(&str, &KrVersion)> = Vec::new();
    let mut after: Vec<(&str, &KrVersion)> = Vec::new();
    for change in &step.changes {
        let new_version = change.new.and_then(|id| versions.get(&id)?.as_ref());
        if change.new.is_some() && new_version.is_none() {
            // Unreadable: keep what the path held. At a lint read's starting commit that is
            // nothing, though an older version might have been read.
            timeline.unreadable_at_base |= timeline.base.as_ref() == Some(&step.commit.id);
            continue;
        }
        let old = files.remove(&change.path);
        if let Some(v) = old.and_then(|id| versions.get(&id)?.as_ref()) {
            before.extend(v.krs.iter().map(|k| (change.path.as_str(), k)));
        }
        if let (Some(id), Some(v)) = (change.new, new_version) {
            files.insert(change.path.clone(), id);
            after.extend(v.krs.iter().map(|k| (change.path.as_str(), k)));
        }
    }
    timeline.apply(&step.commit, display_prefix, &before, &after);
}

impl Timeline {
    fn apply(
        &mut self,
        commit: &Arc<Commit>,
        display_prefix: &str,
        before: &[(&str, &KrVersion)],
        after: &[(&str, &KrVersion)],
    ) {
        let after_keys: FxHashSet<&KeyResultKey> = after.iter().map(|(_, k)| &k.key).collect();
        self.follow_team_renames(before, after, &after_keys);
        let resumed = self.resume_after_title_breaks(display_prefix, before, after, &after_keys);
        for &(_, kr) in after {
            let checkin = || CheckIn { commit: commit.clone(), value: kr.value, confidence: kr.confidence };
            match self.open.get(&kr.key) {
                Some(&i) => {
                    let series = &mut self.series[i];
                    series.title.clone_from(&kr.title);
                    let last = series.checkins.last();
                    if last.is_none_or(|l| l.value != kr.value || l.confidence != kr.confidence) {
                        series.checkins.push(checkin());
                    }
                }
                None => {
                    self.open.insert(kr.key.clone(), self.series.len());
                    self.series.push(Series {
                        key: kr.key.clone(),
                        title: kr.title.clone(),
                        checkins: vec![checkin()],
                        ended: None,
                    });
                }
            }
        }
        for &(path, kr) in before {
            if after_keys.contains(&kr.key) || resumed.contains(&kr.key) {
                continue;
            }
            let ended = self.open.remove(&kr.key);
            if let Some(i) = ended {
                self.series[i].ended = Some(commit.clone());
            }
            // The same place in the new version of the file, with another derived id and a similar
            // title: the title was edited and took the id with it. (A different title there is
            // another key result that replaced this one.) The same goes for its objective's title,
            // which takes the ids of all the objective's key results with it.
            let successor =
                |k: &KrVersion| k.position == kr.position && k.key.team == kr.key.team && k.key.period == kr.key.period;
            let retitled = after.iter().find_map(|&(p, k)| {
                if p != path || !successor(k) {
                    None
                } else if !kr.explicit
                    && !k.explicit
                    && k.key.objective == kr.key.objective
                    && similar_titles(&k.title, &kr.title)
                {
                    Some((Retitled::KeyResult, k, kr.title.clone(), k.title.clone()))
                } else if !kr.objective_explicit
                    && !k.objective_explicit
                    && k.key.objective != kr.key.objective
                    && similar_titles(&k.objective_title, &kr.objective_title)
                {
                    Some((Retitled::Objective, k, kr.objective_title.to_string(), k.objective_title.to_string()))
                } else {
                    None
                }
            });
            let Some((retitled, new, old_title, new_title)) = retitled else { continue };
            let path = join(display_prefix, path);
            let history = ended
                .is_some_and(|i| self.series[i].checkins.iter().any(|c| c.value.is_some() || c.confidence.is_some()));
            let reported = |b: &TitleBreak| {
                b.retitled == Retitled::Objective
                    && b.path == path
                    && b.before.objective == kr.key.objective
                    && Arc::ptr_eq(&b.commit, commit)
            };
            // An objective's retitle is one break, with a history if any of its key results has one.
            if retitled == Retitled::Objective
                && let Some(b) = self.breaks.iter_mut().rev().find(|b| reported(b))
            {
                b.history |= history;
                continue;
            }
            self.breaks.push(TitleBreak {
                path,
                retitled,
                before: kr.key.clone(),
                after: new.key.clone(),
                old_title,
                new_title,
                commit: commit.clone(),
                history,
            });
        }
    }

    /// A team renamed (`team: Marketing` → `team: Marked og salg`) changes the keys of all its key
    /// results; their series go on under the new keys, as a moved file's do. The new key result
    /// is the one with the same period and ids in the same file, or, for a file that moved while
    /// its team was renamed, the only one under a team that this commit adds in place of one it
    /// removes.
    fn follow_team_renames<'a>(
        &mut self,
        before: &[(&str, &'a KrVersion)],
        after: &[(&str, &'a KrVersion)],
        after_keys: &FxHashSet<&KeyResultKey>,
    ) {
        let teams = |side: &[(&str, &'a KrVersion)]| -> FxHashSet<(&'a str, &'a str)> {
            side.iter().map(|(_, k)| (k.key.team.as_str(), k.key.period.as_str())).collect()
        };
        // Most commits keep every key: the teams of both sides are collected only when needed.
        let mut teams_on_both_sides = None;
        for &(path, kr) in before {
            if after_keys.contains(&kr.key) || !self.open.contains_key(&kr.key) {
                continue;
            }
            let renamed = |k: &KrVersion| {
                k.key.team != kr.key.team
                    && k.key.period == kr.key.period
                    && k.key.objective == kr.key.objective
                    && k.key.key_result == kr.key.key_result
                    && !self.open.contains_key(&k.key)
            };
            let in_place = after.iter().find(|&&(p, k)| p == path && renamed(k));
            let moved = || {
                let (teams_before, teams_after) =
                    teams_on_both_sides.get_or_insert_with(|| (teams(before), teams(after)));
                let team_left = !teams_after.contains(&(kr.key.team.as_str(), kr.key.period.as_str()));
                let mut candidates = after.iter().filter(|&&(_, k)| {
                    renamed(k) && !teams_before.contains(&(k.key.team.as_str(), k.key.period.as_str()))
                });
                let first = candidates.next();
                first.filter(|_| team_left && candidates.next().is_none())
            };
            let Some(&(_, new)) = in_place.or_else(moved) else { continue };
            if let Some(i) = self.open.remove(&kr.key) {
                self.series[i].key = new.key.clone();
                self.open.insert(new.key.clone(), i);
                self.renamed.insert(kr.key.clone(), i);
            }
        }
    }

    /// A key result whose id changed with its title or its objective's (a [`TitleBreak`]) and now
    /// has its old id back, pinned with `id:` as the warning advises (or by restoring the title):
    /// the series that began at the break is the old one going on, so the two become one again
    /// and the break is gone.
    /// Returns the keys whose series were folded back.
    fn resume_after_title_breaks(
        &mut self,
        display_prefix: &str,
        before: &[(&str, &KrVersion)],
        after: &[(&str, &KrVersion)],
        after_keys: &FxHashSet<&KeyResultKey>,
    ) -> FxHashSet<KeyResultKey> {
        let (mut resumed, mut mended) = (FxHashSet::default(), FxHashSet::default());
        for &(path, kr) in after {
            if self.open.contains_key(&kr.key) {
                continue;
            }
            // What stood at the same place before, under the id the break gave it.
            let Some(&(_, interim)) = before.iter().find(|&&(p, k)| {
                p == path && k.position == kr.position && !after_keys.contains(&k.key) && self.open.contains_key(&k.key)
            }) else {
                continue;
            };
            let i = self.open[&interim.key];
            let Some(began) = self.series[i].checkins.first().map(|c| c.commit.clone()) else { continue };
            let display = join(display_prefix, path);
            let Some(title_break) = self.breaks.iter().position(|b| {
                b.path == display
                    && Arc::ptr_eq(&b.commit, &began)
                    && b.before.objective == kr.key.objective
                    && b.after.objective == interim.key.objective
                    && (b.retitled == Retitled::Objective
                        || (b.before.key_result == kr.key.key_result && b.after.key_result == interim.key.key_result))
            }) else {
                continue;
            };
            let Some(old) = self
                .series
                .iter()
                .rposition(|s| s.key == kr.key && s.ended.as_ref().is_some_and(|ended| Arc::ptr_eq(ended, &began)))
            else {
                continue;
            };
            let interim_checkins = std::mem::take(&mut self.series[i].checkins);
            let series = &mut self.series[old];
            for checkin in interim_checkins {
                let last = series.checkins.last();
                if last.is_none_or(|l| l.value != checkin.value || l.confidence != checkin.confidence) {
                    series.checkins.push(checkin);
                }
            }
            series.ended = None;
            self.open.remove(&interim.key);
            self.open.insert(kr.key.clone(), old);
            mended.insert(title_break);
            resumed.insert(interim.key.clone());
        }
        // After the loop: one objective's break stands for all of its key results.
        let mut mended: Vec<usize> = mended.into_iter().collect();
        mended.sort_unstable();
        for i in mended.into_iter().rev() {
            self.breaks.remove(i);
        }
        resumed
    }

    fn sort(&mut self) {
        // A series folded back into the one it continued was emptied; every other has check-ins.
        let folded = |i: usize| self.series[i].checkins.is_empty();
        self.renamed.retain(|_, i| !folded(*i));
        let mut order: Vec<usize> = (0..self.series.len()).filter(|&i| !folded(i)).collect();
        order.sort_by(|&a, &b| self.series[a].key.cmp(&self.series[b].key).then(a.cmp(&b)));
        let mut remap = vec![0; self.series.len()];
        for (new, &old) in order.iter().enumerate() {
            remap[old] = new;
        }
        let mut series: Vec<Option<Series>> = std::mem::take(&mut self.series).into_iter().map(Some).collect();
        self.series = order.iter().map(|&i| series[i].take().expect("each series once")).collect();
        for i in self.open.values_mut().chain(self.renamed.values_mut()) {
            *i = remap[*i];
        }
    }
}

/// The timeline for `okrs lint`'s history rules and `okrs status`: the last check-in of every key
/// result in a period running today. `None` outside a git repository, in one without the OKR
/// root, when those rules are off, or when none of `files` (the OKR files being judged) is in a
/// period running today.
///
/// The history is read from a month before the earliest running period began (a long history,
/// or a monorepo's, is not read to its first commit on every lint); only when a running key
/// result was last checked in before that is the whole history read, to say when and by whom.
pub fn for_lint(project: &crate::source::Project, files: &[PathBuf]) -> Option<Timeline> {
    recent_history(project, |today| {
        files
            .iter()
            .map(|path| {
                let mut start = Vec::new();
                let read = std::fs::File::open(path).and_then(|f| f.take(PEEK).read_to_end(&mut start));
                read.map_or(Running::Unsure, |_| running_period(&start, today))
            })
            .collect()
    })
}

/// [`for_lint`] for OKR files already loaded (`okrs diff`'s two sides): their periods are known.
pub fn for_loaded(project: &crate::source::Project, files: &[&OkrFile]) -> Option<Timeline> {
    recent_history(project, |today| {
        files.iter().map(|f| running(f.set.as_ref().and_then(|s| s.valid_period()), today)).collect()
    })
}

/// The recent history for the periods `periods` finds running today, when the stale rule is on
/// and the project is in a git repository.
fn recent_history(
    project: &crate::source::Project,
    periods: impl FnOnce(jiff::civil::Date) -> Vec<Running>,
) -> Option<Timeline> {
    let meta = crate::lint::find_rule("stale-key-result")?.meta();
    if project.config.rule_setting(meta).0 == crate::lint::Level::Off {
        return None;
    }
    // Outside a git repository there is no history, and the files need no look.
    Repository::discover(&project.root).ok()?;
    let today = today();
    let since = recent_since(periods(today).into_iter())?;
    running_timeline(&project.root, &project.config.root, project.config.lang, today, since)
}

/// Where a lint read of the history may start: a month before the earliest of these periods
/// began (`Some(None)`: at the first commit, when a file's period is unclear); `None` when none
/// of them runs.
fn recent_since(periods: impl Iterator<Item = Running>) -> Option<Option<Timestamp>> {
    let (mut earliest, mut unsure) = (None::<jiff::civil::Date>, false);
    for running in periods {
        match running {
            Running::No => {}
            Running::Since(start) => earliest = Some(earliest.map_or(start, |e| e.min(start))),
            Running::Unsure => unsure = true,
        }
    }
    if earliest.is_none() && !unsure {
        return None;
    }
    Some(
        earliest
            .filter(|_| !unsure)
            .and_then(|start| start.checked_sub(jiff::Span::new().days(31)).ok())
            .and_then(|date| date.at(0, 0, 0, 0).to_zoned_datetime(jiff::tz::TimeZone::UTC).ok())
            .map(|z| z.timestamp()),
    )
}

/// The lint timeline on `today`, read from `since` on when that tells every running key
/// result's last check-in, else from the first commit.
fn running_timeline(
    project_root: &Path,
    root: &str,
    lang: Lang,
    today: jiff::civil::Date,
    since: Option<Timestamp>,
) -> Option<Timeline> {
    let read = |since| {
        let lint = LintRead { today, since };
        read_in_batches(project_root, root, lang, &Quiet, 3072, Some(lint)).ok().map(|h| h.timeline)
    };
    let recent = read(since)?;
    if recent.knows_every_last_check_in(today) { Some(recent) } else { read(None) }
}

impl Timeline {
    /// Whether the last check-in of every key result running `today` is known: a read that
    /// started at a recent commit took that commit's values as given, so a key result whose last
    /// check-in is that commit, or that was in a file unreadable there, may have been checked in
    /// before it.
    fn knows_every_last_check_in(&self, today: jiff::civil::Date) -> bool {
        let Some(base) = &self.base else { return true };
        !self.unreadable_at_base
            && self.open.iter().all(|(key, &i)| {
                let running = crate::model::Period::parse(&key.period).is_ok_and(|p| p.contains(today));
                !running || self.series[i].checkins.last().is_none_or(|c| c.commit.id != *base)
            })
    }
}

/// Whether a file's period runs on a date, by a quick look at its `period:` line (no YAML).
enum Running {
    No,
    /// Yes, since this date.
    Since(jiff::civil::Date),
    /// No `period:` line that reads as a period: only a full parse can tell.
    Unsure,
}

/// How much of a file [`running_period`] looks at.
const PEEK: u64 = 64 * 1024;

fn running_period(content: &[u8], today: jiff::civil::Date) -> Running {
    let text = String::from_utf8_lossy(&content[..content.len().min(PEEK as usize)]);
    let Some(line) = text.lines().find_map(|l| l.strip_prefix("period:")) else { return Running::Unsure };
    let value = line.split(" #").next().unwrap_or("").trim().trim_matches(['"', '\'']);
    running(crate::model::Period::parse(value).ok().as_ref(), today)
}

/// Whether `period` runs `today` (unsure when there is no period to judge by).
fn running(period: Option<&crate::model::Period>, today: jiff::civil::Date) -> Running {
    match period {
        Some(p) if p.contains(today) => Running::Since(p.start),
        Some(_) => Running::No,
        None => Running::Unsure,
    }
}

/// The first-parent chain from the first commit to `head`, oldest first. With `since`, it starts
/// instead at the last commit made before then, whose id is returned too: the read takes that
/// commit's state as given (a first commit never is such a start).
fn first_parent_chain<'r>(
    head: &git2::Commit<'r>,
    since: Option<Timestamp>,
) -> Result<(Vec<git2::Commit<'r>>, Option<Oid>), git2::Error> {
    let mut chain = vec![head.clone()];
    while let Some(commit) = chain.last().filter(|c| c.parent_count() > 0) {
        if since.is_some_and(|since| commit.time().seconds() < since.as_second()) {
            let base = Some(commit.id());
            chain.reverse();
            return Ok((chain, base));
        }
        let parent = commit.parent(0)?;
        chain.push(parent);
    }
    chain.reverse();
    Ok((chain, None))
}

/// Today's date in UTC.
pub fn today() -> jiff::civil::Date {
    Timestamp::now().to_zoned_datetime(jiff::tz::TimeZone::UTC).date()
}

fn version_of(set: &OkrSet) -> Version {
    let mut krs = Vec::new();
    let (Some(team), Some(period)) = (set.team_slug(), set.period_text()) else { return Version { krs } };
    for (o, objective) in set.objectives.iter().enumerate() {
        let objective_title: Arc<str> = objective.title.as_ref().map_or("", |t| t.value.as_str()).into();
        for (k, kr) in objective.key_results.iter().enumerate() {
            krs.push(KrVersion {
                key: KeyResultKey {
                    team: team.clone(),
                    period: period.clone(),
                    objective: objective.id.value.clone(),
                    key_result: kr.id.value.clone(),
                },
                explicit: kr.id_is_explicit,
                objective_explicit: objective.id_is_explicit,
                objective_title: objective_title.clone(),
                position: (o, k),
                title: kr.title_text().to_owned(),
                value: kr.current_number(),
                confidence: kr.confidence.as_ref().map(|c| c.value),
            });
        }
    }
    Version { krs }
}

/// libgit2 settings for one walk, restored afterwards (they are process-wide). Objects come from
/// the user's own repository; re-hashing every object read (with SHA-1 collision detection)
/// doubled the cost of the walk, and git does not do it either. Each object is read once (the
/// walk keeps the previous tree itself), so libgit2's object cache would only hold memory.
struct FastReads;

impl FastReads {
    fn set() -> FastReads {
        git2::opts::strict_hash_verification(false);
        git2::opts::enable_caching(false);
        FastReads
    }
}

impl Drop for FastReads {
    fn drop(&mut self) {
        git2::opts::strict_hash_verification(true);
        git2::opts::enable_caching(true);
    }
}

/// The `.md` files that differ between versions of the OKR root, commit after commit. Subtrees
/// with the same id are skipped without being read: a commit that changes one file reads only
/// the folders on that file's path. The latest version of each folder is kept, so the next
/// commit that changes it compares against it without reading it again.
struct TreeDiff<'r> {
    repo: &'r Repository,
    folders: HashMap<String, git2::Tree<'r>>,
}

impl<'r> TreeDiff<'r> {
    fn new(repo: &'r Repository) -> Self {
        TreeDiff { repo, folders: HashMap::default() }
    }

    fn folder(&self, path: &str, id: Oid) -> Result<git2::Tree<'r>, git2::Error> {
        match self.folders.get(path) {
            Some(tree) if tree.id() == id => Ok(tree.clone()),
            _ => self.repo.find_tree(id),
        }
    }

    /// The changes from `old` to `new`, the folder at `prefix` (`""` for the root).
    fn changes(
        &mut self,
        old: Option<&git2::Tree>,
        new: Option<&git2::Tree>,
        prefix: &str,
        out: &mut Vec<Change>,
    ) -> Result<(), git2::Error> {
        // Both trees list their entries in git's order, so one merge pass finds what differs,
        // without copying or sorting names.
        let (mut i, mut j) = (0, 0);
        loop {
            let (a, b) = (old.and_then(|t| t.get(i)), new.and_then(|t| t.get(j)));
            let order = match (&a, &b) {
                (Some(a), Some(b)) => git_order(a, b),
                (Some(_), None) => std::cmp::Ordering::Less,
                (None, Some(_)) => std::cmp::Ordering::Greater,
                (None, None) => break,
            };
            let (a, b) = match order {
                std::cmp::Ordering::Less => (a, None),
                std::cmp::Ordering::Greater => (None, b),
                std::cmp::Ordering::Equal => (a, b),
            };
            i += usize::from(a.is_some());
            j += usize::from(b.is_some());
            if let (Some(a), Some(b)) = (&a, &b)
                && a.id() == b.id()
            {
                continue;
            }
            let Some(either) = a.as_ref().or(b.as_ref()) else { break };
            let name = String::from_utf8_lossy(either.name_bytes());
            let path = if prefix.is_empty() { name.into_owned() } else { format!("{prefix}/{name}") };
            let of_kind =
                |e: &Option<git2::TreeEntry>, kind| e.as_ref().filter(|e| e.kind() == Some(kind)).map(|e| e.id());
            let (old_tree, new_tree) = (of_kind(&a, ObjectType::Tree), of_kind(&b, ObjectType::Tree));
            if old_tree.is_some() || new_tree.is_some() {
                let old_tree = old_tree.map(|id| self.folder(&path, id)).transpose()?;
                let new_tree = new_tree.map(|id| self.folder(&path, id)).transpose()?;
                self.changes(old_tree.as_ref(), new_tree.as_ref(), &path, out)?;
                match new_tree {
                    Some(tree) => self.folders.insert(path.clone(), tree),
                    None => self.folders.remove(&path),
                };
            }
            if !path.ends_with(".md") {
                continue;
            }
            match (of_kind(&a, ObjectType::Blob), of_kind(&b, ObjectType::Blob)) {
                (_, Some(id)) => out.push(Change { path, new: Some(id) }),
                (Some(_), None) => out.push(Change { path, new: None }),
                (None, None) => {}
            }
        }
        Ok(())
    }
}

/// git's order of tree entries: by name, a tree's name read with a trailing `/`.
fn git_order(a: &git2::TreeEntry, b: &git2::TreeEntry) -> std::cmp::Ordering {
    let (x, y) = (a.name_bytes(), b.name_bytes());
    let n = x.len().min(y.len());
    x[..n].cmp(&y[..n]).then_with(|| {
        // One name is the start of the other: what follows is its next byte, a tree's `/`, or nothing.
        let next = |name: &[u8], e: &git2::TreeEntry| {
            name.get(n).copied().or((e.kind() == Some(ObjectType::Tree)).then_some(b'/'))
        };
        next(x, a).cmp(&next(y, b))
    })
}

/// Whether a new title reads as an edit of the old one rather than another key result: most of
/// the longer words (five letters or more) of the shorter title are kept, or the texts are close.
fn similar_titles(a: &str, b: &str) -> bool {
    let (a, b) = (a.to_lowercase(), b.to_lowercase());
    let words = |t: &str| -> HashSet<String> {
        t.split(|c: char| !c.is_alphabetic()).filter(|w| w.chars().count() >= 5).map(str::to_owned).collect()
    };
    let (wa, wb) = (words(&a), words(&b));
    let fewest = wa.len().min(wb.len());
    (fewest > 0 && wa.intersection(&wb).count() * 3 >= fewest * 2)
        || strsim::normalized_damerau_levenshtein(&a, &b) >= 0.6
}

fn commit_info(commit: &git2::Commit) -> Commit {
    let author = commit.author();
    let name = |c: &git2::Commit| String::from_utf8_lossy(c.author().name_bytes()).into_owned();
    let message = String::from_utf8_lossy(commit.message_bytes());
    Commit {
        id: commit.id().to_string(),
        // A merged pull request's check-in is by the pull request's author, as a squashed one is;
        // the merge commit names whoever merged it. Its time is the merge's: when it counted.
        author: match commit.parent_count() {
            0 | 1 => name(commit),
            _ => commit.parent(1).map_or_else(|_| name(commit), |branch| name(&branch)),
        },
        time: Timestamp::from_second(author.when().seconds()).unwrap_or(Timestamp::UNIX_EPOCH),
        message: note(&message, commit.parent_count() > 1).to_owned(),
    }
}

/// A check-in's note: the first line of its commit message. A merge commit's first line only
/// names what was merged ("Merge pull request #12 from kari/uke-9"); GitHub and GitLab put the
/// pull request's title on the next line, so that line is the note when there is one. So does
/// `okrs check-in -m NOTE`: its first line says what changed (`Marketing/organisk-trafikk: 11 200
/// → 11 800`, which the site shows anyway) and the team's note follows.
fn note(message: &str, merge: bool) -> &str {
    let mut lines = message.lines().map(str::trim).filter(|l| !l.is_empty());
    let first = lines.next().unwrap_or("");
    let says_what_changed =
        first.split_once(": ").is_some_and(|(what, change)| what.contains('/') && change.contains(" → "));
    if (merge && first.starts_with("Merge ")) || says_what_changed { lines.next().unwrap_or(first) } else { first }
}

/// The OKR root inside the repository (`None` for the repository root itself), and the same
/// folder relative to the project root, for display paths.
fn root_prefix(workdir: &Path, project_root: &Path, root: &str) -> (Option<PathBuf>, String) {
    let canonical = |p: &Path| std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf());
    let project = canonical(project_root);
    let inside = project.strip_prefix(canonical(workdir)).map(Path::to_path_buf).unwrap_or_default();
    let display = if root == "." { String::new() } else { root.trim_matches('/').to_owned() };
    let full = if display.is_empty() { inside } else { inside.join(&display) };
    let prefix = (!full.as_os_str().is_empty()).then_some(full);
    (prefix, display)
}

fn join(prefix: &str, path: &str) -> String {
    if prefix.is_empty() { path.to_owned() } else { format!("{prefix}/{path}") }
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod similarity {
    #[test]
    fn edits_are_similar_replacements_are_not() {
        assert!(super::similar_titles("Trafikk", "Organisk trafikk"));
        assert!(super::similar_titles(
            "Reduce change failure rate from 20 % to 10 %",
            "Cut change failure rate from 20 % to 10 %"
        ));
        assert!(!super::similar_titles(
            "Øke NPS fra 26 til 36",
            "Increase weekly active users from 117,200 to 187,400"
        ));
        assert!(!super::similar_titles(
            "Increase weekly active users from 5 to 9",
            "Increase on-time delivery from 60% to 70%"
        ));
    }
}
