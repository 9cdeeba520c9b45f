//! Splitting the YAML front matter from the Markdown body. Done by hand because pulldown-cmark's
//! metadata block misses a BOM, splits CRLF YAML and also accepts a `---` pair mid-document.

use crate::model::Span;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Split {
    /// The YAML between the fences, as a byte range of the file.
    pub yaml: Span,
    /// The Markdown after the closing fence.
    pub body: Span,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SplitError {
    Empty,
    NoFrontMatter,
    Unterminated { opened_at: Span },
}

/// Front matter starts with `---` on the first line (after an optional BOM) and ends at the next
/// line that is `---` or `...`.
pub fn split(text: &str) -> Result<Split, SplitError> {
    let bom = if text.starts_with('\u{feff}') { '\u{feff}'.len_utf8() } else { 0 };
    if text[bom..].trim().is_empty() {
        return Err(SplitError::Empty);
    }
    let mut lines = LineIter { text, pos: bom };
    let Some((first, first_end)) = lines.next() else { return Err(SplitError::Empty) };
    if first.trim_end() != "---" {
        return Err(SplitError::NoFrontMatter);
    }
    let yaml_start = first_end;
    // The closing fence is the first later line that is `---` or `...` (trailing blanks allowed).
    let mut from = yaml_start;
    while let Some(found) = text[from..].find(['-', '.']).map(|i| from + i) {
        let line_start = found;
        let at_line_start = line_start == yaml_start || text.as_bytes()[line_start - 1] == b'\n';
        let line_end = text[line_start..].find('\n').map_or(text.len(), |i| line_start + i);
        let line = text[line_start..line_end].trim_end();
        if at_line_start && (line == "---" || line == "...") {
            let next = (line_end + 1).min(text.len());
            let yaml_end = line_start;
            return Ok(Split { yaml: Span::new(yaml_start, yaml_end), body: Span::new(next, text.len()) });
        }
        // Skip to the next line: a fence only counts at a line start.
        from = line_end.min(text.len());
        if from >= text.len() {
            break;
        }
    }
    Err(SplitError::Unterminated { opened_at: Span::new(bom, bom + 3) })
}

/// Lines without their line break, with the offset where the next line starts.
struct LineIter<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> Iterator for LineIter<'a> {
    type Item = (&'a str, usize);
    fn next(&mut self) -> Option<Self::Item> {
        if self.pos >= self.text.len() {
            return None;
        }
        let rest = &self.text[self.pos..];
        let (line, advance) = match rest.find('\n') {
            Some(i) => (&rest[..i], i + 1),
            None => (rest, rest.len()),
        };
        self.pos += advance;
        Some((line.strip_suffix('\r').unwrap_or(line), self.pos))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(text: &str) -> (&str, &str) {
        let s = split(text).unwrap();
        (&text[s.yaml.start..s.yaml.end], &text[s.body.start..s.body.end])
    }

    #[test]
    fn plain_bom_and_crlf() {
        assert_eq!(parts("---\na: 1\n---\nbody\n"), ("a: 1\n", "body\n"));
        assert_eq!(parts("\u{feff}---\na: 1\n---\nbody"), ("a: 1\n", "body"));
        assert_eq!(parts("---\r\na: 1\r\nb: 2\r\n---\r\nbody\r\n"), ("a: 1\r\nb: 2\r\n", "body\r\n"));
        assert_eq!(parts("---\na: 1\n...\n"), ("a: 1\n", ""));
        assert_eq!(parts("---\n---\n"), ("", ""));
    }

    #[test]
    fn a_fence_pair_in_the_body_is_body() {
        assert_eq!(parts("---\na: 1\n---\ntext\n---\nb: 2\n---\n"), ("a: 1\n", "text\n---\nb: 2\n---\n"));
    }

    #[test]
    fn errors() {
        assert_eq!(split(""), Err(SplitError::Empty));
        assert_eq!(split("  \n\n"), Err(SplitError::Empty));
        assert_eq!(split("# Title\n---\na: 1\n---\n"), Err(SplitError::NoFrontMatter));
        assert_eq!(split("---\na: 1\n"), Err(SplitError::Unterminated { opened_at: Span::new(0, 3) }));
    }
}
