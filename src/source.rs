//! Source: where OKR files come from. The project root, its config, and the `*.md` files of the
//! work tree (honouring `.gitignore`), read and loaded in parallel.

use std::path::{Path, PathBuf};

use rayon::prelude::*;
use thiserror::Error;

use crate::config::{self, Config, ConfigError};
use crate::load::{self, OkrFile};

/// The folder okrs works in: the nearest ancestor holding `.okrs.yml` or `.git`, else the current
/// folder. Output paths are relative to it.
#[derive(Debug, Clone)]
pub struct Project {
    pub root: PathBuf,
    pub config: Config,
}

#[derive(Debug, Error)]
pub enum SourceError {
    #[error("{0}: no such file or folder")]
    NotFound(String),
    #[error("cannot read {path}: {error}")]
    Io { path: String, error: std::io::Error },
    #[error("{0}: the OKR root folder does not exist")]
    NoRoot(String),
}

impl Project {
    pub fn discover(start: &Path) -> Result<Project, Box<ConfigError>> {
        let start = std::fs::canonicalize(start).unwrap_or_else(|_| start.to_path_buf());
        let root = start
            .ancestors()
            .find(|dir| dir.join(config::FILE_NAME).is_file() || dir.join(".git").exists())
            .unwrap_or(&start)
            .to_path_buf();
        let config = Config::load(&root)?;
        Ok(Project { root, config })
    }

    /// `path` relative to the project root, with `/`, for output.
    /// `path` is absolute and canonical, as [`Project::okr_files`] returns them.
    pub fn display_path(&self, path: &Path) -> String {
        let rel = path.strip_prefix(&self.root).unwrap_or(path);
        rel.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/")
    }

    /// The `*.md` files under `paths`, or under the configured root when none are given.
    pub fn okr_files(&self, paths: &[PathBuf]) -> Result<Vec<PathBuf>, SourceError> {
        let roots: Vec<PathBuf> = if paths.is_empty() {
            let root = self.root.join(&self.config.root);
            if !root.is_dir() {
                return Err(SourceError::NoRoot(self.config.root.clone()));
            }
            vec![root]
        } else {
            paths.to_vec()
        };
        let mut files = Vec::new();
        for root in roots {
            let root = std::fs::canonicalize(&root).map_err(|_| SourceError::NotFound(root.display().to_string()))?;
            if root.is_file() {
                files.push(root);
                continue;
            }
            files.extend(walk(&root)?);
        }
        files.sort();
        files.dedup();
        Ok(files)
    }

    /// Read and load every file in parallel.
    pub fn load(&self, files: &[PathBuf]) -> Vec<OkrFile> {
        files.par_iter().map(|path| self.load_one(path)).collect()
    }

    /// Read and load one file. A file that cannot be read becomes a load problem of that file,
    /// so the others are still checked.
    pub fn load_one(&self, path: &Path) -> OkrFile {
        let display = self.display_path(path);
        match std::fs::read(path) {
            Ok(bytes) => load::load(&display, bytes, self.config.lang),
            Err(e) => load::unreadable(&display, &e),
        }
    }
}

/// Every `*.md` file below `root` that git would not ignore, walked on every core (the order is
/// the caller's business). The first error stops the walk.
pub fn walk(root: &Path) -> Result<Vec<PathBuf>, SourceError> {
    let found = std::sync::Mutex::new(Vec::new());
    let error = std::sync::Mutex::new(None);
    ignore::WalkBuilder::new(root).hidden(true).require_git(false).build_parallel().run(|| {
        Box::new(|entry| match entry {
            Ok(entry) => {
                let path = entry.path();
                if entry.file_type().is_some_and(|t| t.is_file()) && path.extension().is_some_and(|e| e == "md") {
                    found.lock().unwrap_or_else(|p| p.into_inner()).push(path.to_path_buf());
                }
                ignore::WalkState::Continue
            }
            Err(e) => {
                error.lock().unwrap_or_else(|p| p.into_inner()).get_or_insert(e);
                ignore::WalkState::Quit
            }
        })
    });
    if let Some(e) = error.into_inner().unwrap_or_else(|p| p.into_inner()) {
        return Err(SourceError::Io { path: root.display().to_string(), error: std::io::Error::other(e.to_string()) });
    }
    Ok(found.into_inner().unwrap_or_else(|p| p.into_inner()))
}
