//! Report: findings → text for people and machines (human, json, github, sarif). A reporter never decides what is wrong.

pub mod github;
mod human;
mod json;
pub mod sarif;

use std::collections::HashMap;
use std::sync::Arc;

pub use github::{github, write_github};
pub use human::{Style, human, write_human};
pub use json::{json, write_json};
pub use sarif::{sarif, write_sarif};

use crate::lint::{Finding, Level};
use crate::load::SourceFile;

/// What was checked, for the closing summary.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize)]
pub struct Summary {
    pub files: usize,
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
}

impl Summary {
    pub fn new(files: usize, findings: &[Finding]) -> Self {
        let count = |level| findings.iter().filter(|f| f.level == level).count();
        Summary { files, errors: count(Level::Error), warnings: count(Level::Warning), infos: count(Level::Info) }
    }
}

/// The source texts findings point into, by path.
pub type Sources = HashMap<String, Arc<SourceFile>>;
