//! GitHub Actions workflow commands: one annotation per finding, then a plain summary line.
//!
//! `::error file=PATH,line=L,col=C,endLine=L2,endColumn=C2,title=okrs(RULE)::MESSAGE`. The runner
//! decodes `%25`, `%0D` and `%0A` in the message, and also `%3A` and `%2C` in properties; anything
//! else in user text (a `::` in a message, a comma or colon in a file name) would cut the command
//! short or start a new one, so it is escaped exactly that way.

use std::fmt::Write as _;

use super::Summary;
use crate::lint::{Finding, Level};

/// How many annotations of one level GitHub shows for a step; the rest only appear in the log.
pub const ANNOTATIONS_SHOWN_PER_LEVEL: usize = 10;

pub fn github(findings: &[Finding], summary: Summary) -> String {
    super::rendered(|out| write_github(out, findings, summary))
}

/// [`github`] written straight to `out`, a command at a time.
pub fn write_github(mut out: impl std::io::Write, findings: &[Finding], summary: Summary) -> std::io::Result<()> {
    for f in findings {
        let command = match f.level {
            Level::Error => "error",
            Level::Warning => "warning",
            Level::Info | Level::Off => "notice",
        };
        let mut message = f.message.to_string();
        if let Some(help) = &f.help {
            let _ = write!(message, "\n\nhelp: {help}");
        }
        for note in &f.notes {
            let _ = write!(message, "\nnote: {note}");
        }
        writeln!(
            out,
            "::{command} file={},line={},col={},endLine={},endColumn={},title={}::{}",
            property(&f.path),
            f.line,
            f.column,
            f.end_line,
            f.end_column,
            property(&format!("okrs({})", f.rule)),
            data(&message),
        )?;
    }
    out.write_all(summary_line(summary).as_bytes())
}

/// The closing line: plain text (not a command), so it is always in the log, with a pointer to
/// the log when GitHub cannot show every annotation.
fn summary_line(s: Summary) -> String {
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    let mut line = format!(
        "okrs: {}, {}, {} in {}",
        plural(s.errors, "error"),
        plural(s.warnings, "warning"),
        plural(s.infos, "notice"),
        plural(s.files, "file")
    );
    if s.errors.max(s.warnings).max(s.infos) > ANNOTATIONS_SHOWN_PER_LEVEL {
        let _ = write!(
            line,
            " (GitHub shows at most {ANNOTATIONS_SHOWN_PER_LEVEL} annotations of each level per step: every finding is listed above, and `okrs lint` shows them locally)"
        );
    }
    line.push('\n');
    line
}

/// Escape a message (the part after `::`).
pub fn data(text: &str) -> String {
    text.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")
}

/// Escape a property value (`file=…`, `title=…`).
pub fn property(text: &str) -> String {
    data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Span;

    fn finding(level: Level, path: &str, message: &str, help: Option<&str>) -> Finding {
        Finding {
            rule: "vague-key-result",
            level,
            path: path.into(),
            line: 3,
            column: 5,
            end_line: 4,
            end_column: 1,
            message: message.into(),
            help: help.map(std::sync::Arc::from),
            team: None,
            period: None,
            objective: None,
            key_result: None,
            span: Span::default(),
            notes: Vec::new(),
            fix: None,
        }
    }

    #[test]
    fn hostile_messages_and_paths_stay_one_command() {
        let f = finding(
            Level::Error,
            "okrs/a,b:c%d.md",
            "100% vague\r\n::error file=evil.md::injected, really: yes",
            Some("line one\nline two"),
        );
        let out = github(&[f], Summary { files: 1, errors: 1, warnings: 0, infos: 0 });
        let mut lines = out.lines();
        assert_eq!(
            lines.next().unwrap(),
            "::error file=okrs/a%2Cb%3Ac%25d.md,line=3,col=5,endLine=4,endColumn=1,title=okrs(vague-key-result)::100%25 vague%0D%0A::error file=evil.md::injected, really: yes%0A%0Ahelp: line one%0Aline two"
        );
        assert_eq!(lines.next().unwrap(), "okrs: 1 error, 0 warnings, 0 notices in 1 file");
        assert_eq!(lines.next(), None);
    }

    #[test]
    fn levels_map_to_commands() {
        let out = github(
            &[finding(Level::Warning, "a.md", "w", None), finding(Level::Info, "a.md", "i", None)],
            Summary { files: 1, errors: 0, warnings: 1, infos: 1 },
        );
        assert!(out.starts_with("::warning file=a.md,"), "{out}");
        assert!(out.contains("\n::notice file=a.md,"), "{out}");
    }

    #[test]
    fn the_summary_says_when_annotations_are_cut() {
        let out = summary_line(Summary { files: 4, errors: 11, warnings: 0, infos: 0 });
        assert!(out.starts_with("okrs: 11 errors, 0 warnings, 0 notices in 4 files (GitHub shows at most 10"), "{out}");
    }

    #[test]
    fn escaping_round_trips_like_the_runner() {
        // The runner's decoding (actions/runner ActionCommand.Unescape), in order.
        let unescape = |s: &str| {
            s.replace("%0D", "\r").replace("%0A", "\n").replace("%3A", ":").replace("%2C", ",").replace("%25", "%")
        };
        for text in ["a%0Ab", "50%, 60%: done", "x\r\ny::z", "%25%3A"] {
            assert_eq!(unescape(&property(text)), text);
            assert!(!property(text).contains([',', ':', '\n', '\r']));
        }
    }
}
