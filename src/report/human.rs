use std::fmt::Write as _;

use miette::{Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, NamedSource, Severity};
use rayon::prelude::*;

use std::sync::Arc;

use super::{Sources, Summary};
use crate::lint::{Finding, Level};
use crate::load::SourceFile;

/// Whether to use colour and Unicode art (a terminal) or plain text (pipes, CI logs, tests).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    Colour,
    Plain,
}

/// miette graphical reports: the source lines with a label under the offending value, the rule
/// id, the help line; then a one-line summary.
pub fn human(findings: &[Finding], sources: &Sources, summary: Summary, style: Style) -> String {
    super::rendered(|out| write_human(out, findings, sources, summary, style))
}

/// [`human`] written straight to `out`, a chunk at a time, so a big report is never held whole.
pub fn write_human(
    mut out: impl std::io::Write,
    findings: &[Finding],
    sources: &Sources,
    summary: Summary,
    style: Style,
) -> std::io::Result<()> {
    let theme = match style {
        Style::Colour => GraphicalTheme::unicode(),
        Style::Plain => GraphicalTheme::unicode_nocolor(),
    };
    let handler = GraphicalReportHandler::new_themed(theme)
        .with_links(false)
        .with_width(100)
        // Lines wrap at spaces only, never inside an id, a path or a phrase someone will copy.
        .with_word_separator(textwrap::WordSeparator::AsciiSpace)
        .with_word_splitter(textwrap::WordSplitter::NoHyphenation)
        .with_break_words(false);
    for chunk in findings.chunks(1024) {
        // Rendering snippets is the costly part of a big report: do it on every core.
        let rendered: Vec<String> = chunk.par_iter().map(|finding| render(&handler, finding, sources)).collect();
        for report in rendered {
            out.write_all(report.as_bytes())?;
        }
    }
    out.write_all(summary_line(summary).as_bytes())?;
    out.flush()
}

fn render(handler: &GraphicalReportHandler, finding: &Finding, sources: &Sources) -> String {
    let path: &str = &finding.path;
    let source = sources.get(path).cloned().unwrap_or_else(|| Arc::new(SourceFile::new(path, "")));
    let snippet = shows_snippet(&source, finding.span);
    let diagnostic = FindingDiagnostic { finding, snippet, source: NamedSource::new(path, source) };
    let mut out = String::new();
    if handler.render_report(&mut out, &diagnostic).is_err() {
        out.clear();
        let _ = writeln!(
            out,
            "{}:{}:{}: {}: {}",
            finding.path, finding.line, finding.column, finding.rule, finding.message
        );
    }
    out
}

/// The source snippets come straight from the loaded file, shared, never copied per finding.
impl miette::SourceCode for SourceFile {
    fn read_span<'a>(
        &'a self,
        span: &miette::SourceSpan,
        context_lines_before: usize,
        context_lines_after: usize,
    ) -> Result<Box<dyn miette::SpanContents<'a> + 'a>, miette::MietteError> {
        // miette finds the lines around a span by scanning the text from its start, which makes a
        // report of many findings in one file quadratic. It is handed the text from the first line
        // it will show instead, and its answer is moved back to where that line is in the file.
        let bytes = self.text.as_bytes();
        let start = span.offset().min(bytes.len());
        let from = memchr::memrchr_iter(b'\n', &bytes[..start]).nth(context_lines_before).map_or(0, |i| i + 1);
        // A lone CR is a line break to miette but not to `line_col`, and miette reads an empty span
        // at the very start of its text differently: such cases are read whole.
        let lone_cr = memchr::memchr_iter(b'\r', &bytes[..from]).any(|i| bytes.get(i + 1) != Some(&b'\n'));
        if from == 0 || lone_cr || (span.is_empty() && span.offset() == from) {
            return self.text.read_span(span, context_lines_before, context_lines_after);
        }
        let shifted = miette::SourceSpan::new((span.offset() - from).into(), span.len());
        let window = bytes[from..].read_span(&shifted, context_lines_before, context_lines_after)?;
        let lines_above = self.line_col(from).0 - 1;
        Ok(Box::new(miette::MietteSpanContents::new(
            window.data(),
            miette::SourceSpan::new((window.span().offset() + from).into(), window.span().len()),
            window.line() + lines_above,
            window.column(),
            window.line_count() + lines_above,
        )))
    }
}

pub fn summary_line(summary: Summary) -> String {
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    let files = plural(summary.files, "file");
    if summary.errors + summary.warnings + summary.infos == 0 {
        return format!("✔ {files} checked: no findings\n");
    }
    let mark = if summary.errors > 0 { "✖" } else { "⚠" };
    let mut parts = vec![plural(summary.errors, "error"), plural(summary.warnings, "warning")];
    if summary.infos > 0 {
        parts.push(plural(summary.infos, "info"));
    }
    format!("{mark} {} in {files}\n", parts.join(", "))
}

struct FindingDiagnostic<'a> {
    finding: &'a Finding,
    /// Whether the lines around the finding are shown (see [`shows_snippet`]).
    snippet: bool,
    source: NamedSource<Arc<SourceFile>>,
}

/// Lines longer than this are not shown: one generated or minified line would fill the screen.
const LONGEST_SHOWN_LINE: usize = 300;

/// Whether the finding's lines and the line on each side (what the snippet shows) are there and
/// short enough to read.
fn shows_snippet(source: &SourceFile, span: crate::model::Span) -> bool {
    let bytes = source.text.as_bytes();
    let (start, end) = (span.start.min(bytes.len()), span.end.clamp(span.start, bytes.len()));
    let from = memchr::memrchr_iter(b'\n', &bytes[..start]).nth(1).map_or(0, |i| i + 1);
    let to = memchr::memchr_iter(b'\n', &bytes[end..]).nth(1).map_or(bytes.len(), |i| end + i);
    !bytes.is_empty() && bytes[from..to].split(|&b| b == b'\n').all(|line| line.len() <= LONGEST_SHOWN_LINE)
}

impl std::fmt::Debug for FindingDiagnostic<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.finding.message)
    }
}

impl std::fmt::Display for FindingDiagnostic<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Without a snippet nothing else would say where it is.
        let finding = self.finding;
        if !self.snippet && self.source.inner().text.is_empty() {
            write!(f, "{}: ", finding.path)?;
        } else if !self.snippet {
            write!(f, "{}:{}:{}: ", finding.path, finding.line, finding.column)?;
        }
        f.write_str(&finding.message)
    }
}

impl std::error::Error for FindingDiagnostic<'_> {}

impl Diagnostic for FindingDiagnostic<'_> {
    fn code<'b>(&'b self) -> Option<Box<dyn std::fmt::Display + 'b>> {
        Some(Box::new(self.finding.rule))
    }

    fn severity(&self) -> Option<Severity> {
        Some(match self.finding.level {
            Level::Error => Severity::Error,
            Level::Warning => Severity::Warning,
            Level::Info | Level::Off => Severity::Advice,
        })
    }

    fn help<'b>(&'b self) -> Option<Box<dyn std::fmt::Display + 'b>> {
        let f = self.finding;
        if f.help.is_none() && f.notes.is_empty() {
            return None;
        }
        let mut text = f.help.as_deref().unwrap_or_default().to_owned();
        if f.fix.is_some() {
            text.push_str(" (`okrs lint --fix` makes this change)");
        }
        for note in &f.notes {
            if !text.is_empty() {
                text.push('\n');
            }
            text.push_str(note);
        }
        Some(Box::new(text))
    }

    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        self.snippet.then_some(&self.source as &dyn miette::SourceCode)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        if !self.snippet {
            return None;
        }
        let span = self.finding.span;
        let label = LabeledSpan::new_primary_with_span(Some(label(self.finding)), (span.start, span.end - span.start));
        Some(Box::new(std::iter::once(label)))
    }
}

fn label(finding: &Finding) -> String {
    format!("{} ({})", finding.rule, finding.level)
}

#[cfg(test)]
mod tests {
    use super::*;
    use miette::SourceCode;

    /// The windowed reading gives miette exactly what its own reading of the whole text gives.
    #[test]
    fn reads_the_same_lines_as_miette_does() {
        let texts = [
            "---\nteam: Salg\nperiod: 2026-Q1\nobjectives:\n  - title: Øke salget\n    key_results: []\n---\nbody\n",
            "---\r\nteam: Salg\r\nperiod: 2026-Q1\r\nobjectives:\r\n  - title: Øke salget\r\n---\r\n",
            "---\rteam: Salg\rperiod: x\n  - title: æøå\n---\n",
            "one line, no newline",
        ];
        for text in texts {
            let file = SourceFile::new("okrs/x.md", text);
            for offset in 0..=text.len() {
                for len in [0, 1, 5] {
                    let span = miette::SourceSpan::new(offset.into(), len.min(text.len() - offset));
                    for (before, after) in [(0, 0), (1, 1), (2, 3)] {
                        let ours = file.read_span(&span, before, after);
                        let theirs = text.read_span(&span, before, after);
                        match (ours, theirs) {
                            (Ok(a), Ok(b)) => {
                                let what = format!("{text:?} at {offset}+{len}, context {before}/{after}");
                                assert_eq!(a.data(), b.data(), "{what}");
                                assert_eq!(a.span(), b.span(), "{what}");
                                assert_eq!(
                                    (a.line(), a.column(), a.line_count()),
                                    (b.line(), b.column(), b.line_count()),
                                    "{what}"
                                );
                            }
                            (Err(_), Err(_)) => {}
                            (a, b) => panic!("{text:?} at {offset}+{len}: {:?} vs {:?}", a.is_ok(), b.is_ok()),
                        }
                    }
                }
            }
        }
    }
}
