//! `okrs lint --fix`: the edits findings carry (a misspelt field, a period written another way),
//! made in place. Every other byte of a file stays as it was; a file is written, atomically, only
//! when its edits leave it with fewer findings and no more errors.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::config::Config;
use crate::lint::{self, Finding, Fix, Level};
use crate::load::{self, SourceFile};

/// What `--fix` changed.
#[derive(Debug, Default, PartialEq)]
pub struct Fixed {
    /// The findings fixed.
    pub fixes: usize,
    /// The files written, by display path.
    pub files: Vec<String>,
    /// Files whose edits were not made, because they would have made the file worse.
    pub refused: Vec<String>,
}

/// Make the edits of `findings` in the files they are about; `on_disk` gives the file behind a
/// finding's path.
pub fn apply(
    findings: &[Finding],
    on_disk: impl Fn(&str) -> Option<PathBuf>,
    config: &Config,
) -> std::io::Result<Fixed> {
    let mut by_path: BTreeMap<&str, Vec<&Fix>> = BTreeMap::new();
    for f in findings {
        if let Some(fix) = &f.fix {
            by_path.entry(&f.path).or_default().push(fix);
        }
    }
    let mut fixed = Fixed::default();
    for (path, fixes) in by_path {
        let Some(file) = on_disk(path) else { continue };
        let old = std::fs::read_to_string(&file)?;
        let (new, made) = edit(&old, fixes);
        if made == 0 {
            continue;
        }
        if !better(path, &old, &new, config) {
            fixed.refused.push(path.to_owned());
            continue;
        }
        write_atomically(&file, new.as_bytes())?;
        fixed.fixes += made;
        fixed.files.push(path.to_owned());
    }
    Ok(fixed)
}

/// `text` with the edits that fit (inside the text, on character boundaries, not overlapping an
/// earlier one), and how many were made.
fn edit(text: &str, mut fixes: Vec<&Fix>) -> (String, usize) {
    fixes.sort_by_key(|f| (f.span.start, f.span.end));
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    let mut made = 0;
    for fix in fixes {
        let (start, end) = (fix.span.start, fix.span.end);
        if start < at || end > text.len() || !text.is_char_boundary(start) || !text.is_char_boundary(end) {
            continue;
        }
        out.push_str(&text[at..start]);
        out.push_str(&fix.replacement);
        at = end;
        made += 1;
    }
    out.push_str(&text[at..]);
    (out, made)
}

/// Whether `new` lints better than `old`: fewer findings, and no more errors.
fn better(path: &str, old: &str, new: &str, config: &Config) -> bool {
    let count = |text: &str| {
        let findings = lint::lint(&[load::load_text(SourceFile::new(path, text), config.lang)], config);
        (findings.iter().filter(|f| f.level == Level::Error).count(), findings.len())
    };
    let ((old_errors, old_all), (new_errors, new_all)) = (count(old), count(new));
    new_errors <= old_errors && new_all < old_all
}

/// Write through a temporary file in the same folder, with the file's permissions, so that a
/// crash never leaves half a file.
fn write_atomically(file: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write as _;
    let dir = file.parent().unwrap_or(Path::new("."));
    let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
    tmp.write_all(bytes)?;
    if let Ok(meta) = std::fs::metadata(file) {
        std::fs::set_permissions(tmp.path(), meta.permissions())?;
    }
    tmp.persist(file).map_err(|e| e.error)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Span;

    #[test]
    fn edits_in_order_and_skips_what_overlaps() {
        let fix = |start, end, r: &str| Fix { span: Span::new(start, end), replacement: r.to_owned() };
        let (a, b, c) = (fix(7, 12, "target"), fix(0, 5, "period"), fix(8, 10, "x"));
        assert_eq!(edit("perod: taget: 1", vec![&a, &b, &c]), ("period: target: 1".to_owned(), 2));
    }

    #[test]
    fn a_fix_that_makes_the_file_worse_is_refused() {
        let config = Config::defaults();
        let old = "---\nteam: T\nperiod: 2026-Q1\nowner: o\nobjectives:\n  - title: Vokse\n    key_results:\n      - title: Øke salget fra 10 til 12\n        baseline: 10\n        taget: 12\n---\n";
        assert!(better("a.md", old, &old.replace("taget", "target"), &config));
        // Renaming onto a key the mapping already has is a YAML error.
        let twice = old.replace("        taget: 12\n", "        target: 12\n        taget: 12\n");
        assert!(!better("a.md", &twice, &twice.replace("taget", "target"), &config));
    }
}
