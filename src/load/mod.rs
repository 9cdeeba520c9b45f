//! Load: source text → front matter → spanned YAML → the [`OkrSet`] model, plus the problems found
//! on the way (as facts; the rules in `lint` decide how to report them).

mod build;
pub mod front_matter;
pub mod yaml;
mod yaml_fast;

use std::sync::Arc;

use crate::model::{Lang, OkrSet, Span};

pub use build::{FIELDS_INITIATIVE, FIELDS_KEY_RESULT, FIELDS_OBJECTIVE, FIELDS_SET};

/// Files larger than this are not OKR files; reading them whole would waste memory.
pub const MAX_FILE_BYTES: usize = 4 * 1024 * 1024;

/// The text of one file, with its path relative to the project root (always with `/`).
#[derive(Debug, Clone)]
pub struct SourceFile {
    pub path: String,
    pub text: String,
    /// Built on the first finding: most files never need it.
    line_starts: std::sync::OnceLock<Vec<usize>>,
}

impl PartialEq for SourceFile {
    fn eq(&self, other: &Self) -> bool {
        self.path == other.path && self.text == other.text
    }
}

impl SourceFile {
    pub fn new(path: impl Into<String>, text: impl Into<String>) -> Self {
        SourceFile { path: path.into(), text: text.into(), line_starts: std::sync::OnceLock::new() }
    }

    /// Keep only the first `len` bytes (a char boundary), e.g. the front matter without the body.
    fn truncate(&mut self, len: usize) {
        if self.text.is_char_boundary(len) {
            self.text.truncate(len);
            self.text.shrink_to_fit();
            self.line_starts = std::sync::OnceLock::new();
        }
    }

    /// 1-based line and column (in Unicode characters) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let line_starts = self.line_starts.get_or_init(|| {
            std::iter::once(0).chain(memchr::memchr_iter(b'\n', self.text.as_bytes()).map(|i| i + 1)).collect()
        });
        let line = line_starts.partition_point(|&s| s <= offset).max(1);
        let start = line_starts[line - 1];
        let column =
            self.text.get(start..offset).map_or(offset - start, |s| s.chars().filter(|&c| c != '\u{feff}').count()) + 1;
        (line, column)
    }
}

/// Where in a set a problem or finding belongs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub struct Scope {
    pub objective: Option<usize>,
    pub key_result: Option<usize>,
}

impl Scope {
    pub const SET: Scope = Scope { objective: None, key_result: None };
    pub fn objective(o: usize) -> Scope {
        Scope { objective: Some(o), key_result: None }
    }
    pub fn key_result(o: usize, k: usize) -> Scope {
        Scope { objective: Some(o), key_result: Some(k) }
    }
}

/// Something wrong with the file that the loader saw while building the model.
#[derive(Debug, Clone, PartialEq)]
pub enum Problem {
    /// Not an OKR file at all, broken YAML, or a value of the wrong YAML type.
    Malformed { span: Span, scope: Scope, message: String, help: String },
    /// A key the format does not know.
    UnknownField { span: Span, scope: Scope, key: String, expected: &'static [&'static str], owner: &'static str },
    /// A value of the right type that does not make sense (a number that does not parse, …).
    InvalidValue { span: Span, scope: Scope, field: &'static str, message: String, help: String },
}

/// One loaded file: the set when the front matter could be read, and the problems either way.
#[derive(Debug, Clone)]
pub struct OkrFile {
    pub source: Arc<SourceFile>,
    pub set: Option<OkrSet>,
    pub problems: Vec<Problem>,
}

impl OkrFile {
    /// A value as the file writes it (`"1,5 %"` with its quotes, `3 MNOK`), for messages that
    /// quote a field back to its author.
    pub fn written(&self, span: Span) -> &str {
        self.source.text.get(span.start..span.end).unwrap_or_default().trim()
    }

    /// Whether `field` of the OKR at `scope` was written but could not be read (or something in
    /// that OKR is malformed): that is invalid-value's finding, so no rule reports it as missing.
    pub fn unreadable(&self, scope: Scope, field: &str) -> bool {
        self.problems.iter().any(|p| match p {
            Problem::InvalidValue { scope: s, field: f, .. } => *s == scope && *f == field,
            Problem::Malformed { scope: s, .. } => *s == scope,
            _ => false,
        })
    }

    /// The text of `field` of the OKR at `scope` where it was written but is not a valid value.
    pub fn invalid_text(&self, scope: Scope, field: &str) -> Option<&str> {
        self.problems.iter().find_map(|p| match p {
            Problem::InvalidValue { scope: s, field: f, span, .. } if *s == scope && *f == field => {
                self.source.text.get(span.start..span.end)
            }
            _ => None,
        })
    }

    /// The same file found at another path (one blob committed at two paths): nothing in a
    /// loaded file depends on its path but the path itself.
    pub fn at_path(&self, path: &str) -> OkrFile {
        OkrFile {
            source: Arc::new(SourceFile::new(path, self.source.text.as_str())),
            set: self.set.clone(),
            problems: self.problems.clone(),
        }
    }

    /// Drop what only per-file checks need (key results, initiatives, the Markdown body),
    /// keeping the set's identity, its objectives and the front matter text that findings point
    /// into. Keeps memory flat on big repositories.
    pub fn outline(&mut self) {
        if let Some(set) = &mut self.set {
            for objective in &mut set.objectives {
                objective.key_results = Vec::new();
                objective.initiatives = Vec::new();
            }
            set.objectives.shrink_to_fit();
            let body = set.body.start;
            if let Some(source) = Arc::get_mut(&mut self.source)
                && body < source.text.len()
            {
                source.truncate(body);
            }
        }
        self.problems = Vec::new();
    }
}

/// Load one file from its bytes. Never fails: what is wrong becomes a [`Problem`].
pub fn load(path: &str, bytes: Vec<u8>, default_lang: Lang) -> OkrFile {
    let malformed = |source: SourceFile, span: Span, message: String, help: &str| OkrFile {
        source: Arc::new(source),
        set: None,
        problems: vec![Problem::Malformed { span, scope: Scope::SET, message, help: help.to_owned() }],
    };
    if bytes.len() > MAX_FILE_BYTES {
        let size = bytes.len() / (1024 * 1024);
        return malformed(
            SourceFile::new(path, ""),
            Span::default(),
            format!("the file is {size} MiB, more than okrs reads ({} MiB)", MAX_FILE_BYTES / (1024 * 1024)),
            "an OKR file is a few kilobytes; move large content out of the OKR root",
        );
    }
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let lossy = String::from_utf8_lossy(e.as_bytes()).into_owned();
            let valid = &lossy[..at.min(lossy.len())];
            let source = SourceFile::new(path, lossy.clone());
            let line = valid.matches('\n').count() + 1;
            return malformed(
                source,
                Span::new(at.min(lossy.len()), at.min(lossy.len())),
                format!("the file is not valid UTF-8 (first bad byte on line {line})"),
                "save the file as UTF-8; most editors have an encoding option under Save As",
            );
        }
    };
    load_text(SourceFile::new(path, text), default_lang)
}

/// A file that could not be read at all.
pub fn unreadable(path: &str, error: &std::io::Error) -> OkrFile {
    OkrFile {
        source: Arc::new(SourceFile::new(path, "")),
        set: None,
        problems: vec![Problem::Malformed {
            span: Span::default(),
            scope: Scope::SET,
            message: format!("the file cannot be read: {error}"),
            help: "check that the file exists and that you may read it".to_owned(),
        }],
    }
}

pub fn load_text(source: SourceFile, default_lang: Lang) -> OkrFile {
    let split = match front_matter::split(&source.text) {
        Ok(split) => split,
        Err(e) => {
            let (span, message, help) = match e {
                front_matter::SplitError::Empty => (
                    Span::default(),
                    "the file is empty".to_owned(),
                    "an OKR file starts with YAML front matter between two `---` lines; `okrs init` writes an example",
                ),
                front_matter::SplitError::NoFrontMatter => (
                    Span::new(0, source.text.find('\n').unwrap_or(source.text.len())),
                    "the file has no front matter".to_owned(),
                    "start the file with a line `---`, the OKRs in YAML, and another `---`; move non-OKR Markdown out of the OKR root",
                ),
                front_matter::SplitError::Unterminated { opened_at } => (
                    opened_at,
                    "the front matter is never closed".to_owned(),
                    "add a line with `---` after the last YAML line",
                ),
            };
            return OkrFile {
                source: Arc::new(source),
                set: None,
                problems: vec![Problem::Malformed { span, scope: Scope::SET, message, help: help.to_owned() }],
            };
        }
    };
    let yaml_text = &source.text[split.yaml.start..split.yaml.end];
    let (set, problems) = match yaml::parse(yaml_text, split.yaml.start) {
        Ok(tree) => build::build(&tree, split, default_lang),
        Err(e) => {
            let at = split.yaml.start + e.offset;
            (
                None,
                vec![Problem::Malformed {
                    span: Span::new(at, at),
                    scope: Scope::SET,
                    message: e.message,
                    help: e.help,
                }],
            )
        }
    };
    OkrFile { source: Arc::new(source), set, problems }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_characters() {
        let s = SourceFile::new("a.md", "æøå: x\nb: ø\n");
        assert_eq!(s.line_col(0), (1, 1));
        assert_eq!(s.line_col("æøå: ".len()), (1, 6));
        assert_eq!(s.line_col("æøå: x\nb: ".len()), (2, 4));
        assert_eq!(s.line_col(10_000), (3, 1));
    }

    #[test]
    fn problems_instead_of_panics() {
        let cases: Vec<(&str, Vec<u8>)> = vec![
            ("empty", b"".to_vec()),
            ("not utf8", b"---\nteam: \xff\n---\n".to_vec()),
            ("no fm", b"# Hei\n".to_vec()),
            ("unterminated", b"---\nteam: A\n".to_vec()),
            ("tabs", b"---\nobjectives:\n\t- title: x\n---\n".to_vec()),
            ("list root", b"---\n- a\n- b\n---\n".to_vec()),
        ];
        for (name, bytes) in cases {
            let f = load("x.md", bytes, Lang::Nb);
            assert!(f.set.is_none(), "{name}");
            assert!(matches!(f.problems.as_slice(), [Problem::Malformed { .. }]), "{name}: {:?}", f.problems);
        }
    }
}
