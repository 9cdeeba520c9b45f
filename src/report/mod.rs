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

/// A report written into memory, for library callers and tests that want it as text.
fn rendered(write: impl FnOnce(&mut Vec<u8>) -> std::io::Result<()>) -> String {
    let mut out = Vec::new();
    // Writing into a Vec cannot fail, and every writer writes UTF-8.
    let _ = write(&mut out);
    String::from_utf8(out).unwrap_or_default()
}

/// The source texts findings point into, by path.
pub type Sources = HashMap<String, Arc<SourceFile>>;
