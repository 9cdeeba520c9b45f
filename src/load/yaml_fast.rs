//! A fast path for the YAML that OKR files are made of: block mappings and sequences of
//! single-line plain or quoted scalars, with comments. It builds exactly the tree the full parser
//! builds (same text, style and spans) and gives up, returning `None`, at anything else: flow
//! collections, anchors and aliases, tags, block scalars, multi-line scalars, tabs, CRLF, empty
//! values, duplicate keys, or anything odd. The caller then runs the full parser, which also owns
//! every error message. Debug builds check each fast result against the full parser.
//!
//! Why: YAML parsing is most of `okrs lint`'s time, and a general YAML scanner pays for features
//! these files never use.

use super::yaml::{MAX_DEPTH, MAX_NODES, Node, Scalar, Style};
use crate::model::Span;

/// Parse `text` (at byte offset `base` in its file), or `None` when it is not in the fast subset.
pub fn parse(text: &str, base: usize) -> Option<Node> {
    // Tabs, CR and characters YAML does not allow inside a document (C0 controls, DEL, C1
    // controls written 0xC2 0x80–0x9F, a BOM, U+FFFE and U+FFFF, written 0xEF 0xBB 0xBF and 0xEF
    // 0xBF 0xBE/0xBF) go to the full parser, which reports them.
    let bytes = text.as_bytes();
    let unprintable = |(i, &b): (usize, &u8)| {
        let next = |k: usize| bytes.get(i + k).copied().unwrap_or(0);
        b < 0x20 && b != b'\n'
            || b == 0x7f
            || b == 0xc2 && (0x80..=0x9f).contains(&next(1))
            || b == 0xef && (next(1) == 0xbb && next(2) == 0xbf || next(1) == 0xbf && matches!(next(2), 0xbe | 0xbf))
    };
    if bytes.iter().enumerate().any(unprintable) {
        return None;
    }
    let lines = lines(text)?;
    let first = lines.first()?;
    let mut p = Parser { text, base, lines: &lines, nodes: 0 };
    let (node, next) = p.block(0, first.indent, 0)?;
    (next == lines.len() && matches!(node, Node::Map(..))).then_some(node)
}

/// A line with content: where it starts, its indentation, and where its content ends.
#[derive(Debug, Clone, Copy)]
struct Line {
    start: usize,
    indent: usize,
    end: usize,
}

fn lines(text: &str) -> Option<Vec<Line>> {
    let mut out = Vec::with_capacity(text.len() / 24);
    let mut start = 0;
    for raw in text.split('\n') {
        let end = start + raw.len();
        let indent = raw.bytes().take_while(|&b| b == b' ').count();
        let content = &raw[indent..];
        if !content.is_empty() && !content.starts_with('#') {
            // Directives and document markers are for the full parser.
            if indent == 0 && (content.starts_with("---") || content.starts_with("...") || content.starts_with('%')) {
                return None;
            }
            out.push(Line { start, indent, end });
        }
        start = end + 1;
    }
    Some(out)
}

struct Parser<'a> {
    text: &'a str,
    base: usize,
    lines: &'a [Line],
    nodes: usize,
}

impl Parser<'_> {
    fn span(&self, start: usize, end: usize) -> Span {
        Span::new(self.base + start, self.base + end)
    }

    fn count(&mut self) -> Option<()> {
        self.nodes += 1;
        (self.nodes <= MAX_NODES).then_some(())
    }

    /// The block (mapping or sequence) whose first line is `i`, with its items at `indent`.
    fn block(&mut self, i: usize, indent: usize, depth: usize) -> Option<(Node, usize)> {
        if depth >= MAX_DEPTH / 2 {
            return None;
        }
        let line = self.lines[i];
        let at = line.start + indent;
        if self.is_dash(at, line.end) { self.sequence(i, indent, depth) } else { self.mapping(i, at, indent, depth) }
    }

    fn is_dash(&self, at: usize, end: usize) -> bool {
        let bytes = self.text.as_bytes();
        bytes.get(at) == Some(&b'-') && (at + 1 == end || bytes.get(at + 1) == Some(&b' '))
    }

    fn sequence(&mut self, mut i: usize, indent: usize, depth: usize) -> Option<(Node, usize)> {
        self.count()?;
        let mut items = Vec::new();
        let mut start = None;
        while i < self.lines.len() && self.lines[i].indent == indent {
            let line = self.lines[i];
            let dash = line.start + indent;
            if !self.is_dash(dash, line.end) {
                break;
            }
            start.get_or_insert(dash);
            let content = dash + 1 + self.text[dash + 1..line.end].bytes().take_while(|&b| b == b' ').count();
            if content >= line.end || self.text[content..line.end].starts_with('#') {
                return None; // `-` alone with the item below: rare, left to the full parser.
            }
            let column = content - line.start;
            if self.is_dash(content, line.end) {
                return None;
            }
            let (item, next) = if self.key_end(content, line.end).is_some() {
                self.mapping(i, content, column, depth + 1)?
            } else {
                let item = self.scalar(content, line.end)?;
                (Node::Scalar(item), i + 1)
            };
            items.push(item);
            i = next;
        }
        let end = items.last().map(|n| n.span().end - self.base)?;
        Some((Node::Seq(items, self.span(start?, end)), i))
    }

    /// A mapping whose first key is at byte `at` on line `i`, and whose other keys are on the
    /// following lines at `indent`.
    fn mapping(&mut self, mut i: usize, at: usize, indent: usize, depth: usize) -> Option<(Node, usize)> {
        self.count()?;
        let mut entries: Vec<(Scalar, Node)> = Vec::new();
        let mut key_at = at;
        loop {
            let line = self.lines[i];
            let colon = self.key_end(key_at, line.end)?;
            let key_text = &self.text[key_at..colon];
            if !plain_start_ok(key_text) || key_text.ends_with(' ') || entries.iter().any(|(k, _)| k.text == key_text) {
                return None;
            }
            self.count()?;
            let key = Scalar { text: key_text.to_owned(), style: Style::Plain, span: self.span(key_at, colon) };
            let value_at = colon + 1 + self.text[colon + 1..line.end].bytes().take_while(|&b| b == b' ').count();
            let (value, next) = if value_at >= line.end || self.text[value_at..line.end].starts_with('#') {
                // The value is the block below: deeper, or a sequence at the key's own indentation.
                let next = *self.lines.get(i + 1)?;
                if next.indent > indent {
                    self.block(i + 1, next.indent, depth + 1)?
                } else if next.indent == indent && self.is_dash(next.start + indent, next.end) {
                    let (node, after) = self.sequence(i + 1, indent, depth + 1)?;
                    // The full parser starts an indentless sequence at its first item, not its dash.
                    let Node::Seq(items, span) = node else { return None };
                    let first = items.first()?.span().start;
                    (Node::Seq(items, Span::new(first, span.end)), after)
                } else {
                    return None; // An empty value.
                }
            } else {
                let value = self.scalar(value_at, line.end)?;
                // A deeper line after a scalar would continue it: multi-line, for the full parser.
                if self.lines.get(i + 1).is_some_and(|n| n.indent > indent) {
                    return None;
                }
                (Node::Scalar(value), i + 1)
            };
            entries.push((key, value));
            i = next;
            match self.lines.get(i) {
                Some(l) if l.indent == indent && !self.is_dash(l.start + indent, l.end) => key_at = l.start + indent,
                Some(l) if l.indent > indent => return None,
                _ => break,
            }
        }
        let start = entries.first()?.0.span.start;
        let end = entries.last()?.1.span().end;
        Some((Node::Map(entries, Span::new(start, end)), i))
    }

    /// Where a plain key starting at `at` ends: the `:` followed by a space or the line's end.
    fn key_end(&self, at: usize, end: usize) -> Option<usize> {
        let bytes = self.text.as_bytes();
        let mut j = at;
        while j < end {
            match bytes[j] {
                b':' if j + 1 == end || bytes[j + 1] == b' ' => return (j > at).then_some(j),
                b'#' if j > at && bytes[j - 1] == b' ' => return None,
                b'"' | b'\'' if j == at => return None,
                _ => {}
            }
            j += 1;
        }
        None
    }

    /// A single-line scalar from `at` to the line's `end` (less a trailing comment).
    fn scalar(&mut self, at: usize, end: usize) -> Option<Scalar> {
        self.count()?;
        let rest = &self.text[at..end];
        let (text, close) = match rest.as_bytes()[0] {
            b'\'' => single_quoted(rest)?,
            b'"' => double_quoted(rest)?,
            _ => {
                // One pass for a comment (` #`) and a `: ` inside the value (YAML would read a
                // mapping there): every value of every file comes through here.
                let bytes = rest.as_bytes();
                let mut value_end = bytes.len();
                let mut colon = false;
                for (k, pair) in bytes.windows(2).enumerate() {
                    match pair {
                        b" #" => {
                            value_end = k;
                            break;
                        }
                        b": " => colon = true,
                        _ => {}
                    }
                }
                let value = rest[..value_end].trim_end_matches(' ');
                if !plain_start_ok(value) || colon || value.ends_with(':') {
                    return None;
                }
                return Some(Scalar {
                    text: value.to_owned(),
                    style: Style::Plain,
                    span: self.span(at, at + value.len()),
                });
            }
        };
        let after = rest[close..].trim_start_matches(' ');
        if !(after.is_empty() || after.starts_with('#') && rest[..close].len() < rest.len() - after.len()) {
            return None;
        }
        Some(Scalar { text, style: Style::Quoted, span: self.span(at, at + close) })
    }
}

/// A plain scalar may not start with a YAML indicator.
fn plain_start_ok(text: &str) -> bool {
    let bytes = text.as_bytes();
    match bytes.first() {
        None => false,
        Some(b'-' | b'?' | b':') => bytes.get(1).is_some_and(|&b| b != b' '),
        Some(
            b',' | b'[' | b']' | b'{' | b'}' | b'#' | b'&' | b'*' | b'!' | b'|' | b'>' | b'\'' | b'"' | b'%' | b'@'
            | b'`',
        ) => false,
        Some(_) => true,
    }
}

/// `'…'` with `''` for a quote: the text and the length including both quotes.
fn single_quoted(rest: &str) -> Option<(String, usize)> {
    let mut text = String::new();
    let mut chars = rest.char_indices().skip(1).peekable();
    while let Some((i, c)) = chars.next() {
        if c == '\'' {
            if chars.peek().is_some_and(|&(_, n)| n == '\'') {
                chars.next();
                text.push('\'');
            } else {
                return Some((text, i + 1));
            }
        } else {
            text.push(c);
        }
    }
    None
}

/// `"…"` with the common escapes; anything rarer is left to the full parser.
fn double_quoted(rest: &str) -> Option<(String, usize)> {
    let mut text = String::new();
    let mut chars = rest.char_indices().skip(1);
    while let Some((i, c)) = chars.next() {
        match c {
            '"' => return Some((text, i + 1)),
            '\\' => match chars.next()?.1 {
                '\\' => text.push('\\'),
                '"' => text.push('"'),
                '/' => text.push('/'),
                'n' => text.push('\n'),
                't' => text.push('\t'),
                _ => return None,
            },
            c => text.push(c),
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::super::yaml;

    /// The fast path either declines or agrees exactly with the full parser.
    fn agrees(text: &str) -> bool {
        match super::parse(text, 7) {
            Some(fast) => {
                let full = yaml::parse_full(text, 7).expect("the full parser accepts what the fast path accepts");
                assert_eq!(fast, full, "{text}");
                true
            }
            None => false,
        }
    }

    #[test]
    fn takes_the_common_shapes() {
        for text in [
            "team: Marketing\nperiod: 2026-Q1\n",
            "a: 'x'\nb: \"y\"\nc:\n  - d: 1\n    e: 2\n  - f\nh: 3\n",
            "l:\n- a\n- b\nm: x\n",
            "l:\n- k: a\n  j: b\n- k: c\n",
            "# comment\nteam: Blåbær # trailing\n\nperiod: 2026-Q1\nobjectives:\n  - id: a\n    title: \"Øke fra 1 000 til 2 000\" # ok\n    key_results:\n      - title: 'It''s 50 %'\n        target: \">= 99.9 %\"\n        current: -3.5\n",
            "a: x#y\nb: 'q' \nc: http://example.com\n",
        ] {
            assert!(agrees(text), "declined: {text}");
        }
    }

    #[test]
    fn declines_what_it_does_not_know() {
        for text in [
            "a: [1, 2]\n",
            "a: &x 1\nb: *x\n",
            "a: |\n  text\n",
            "a: b\n  continued\n",
            "a:\nb: 1\n",
            "a: 1\na: 2\n",
            "a: x: y\n",
            "a:\r\n",
            "- a\n- b\n",
            "a: \"\\x41\"\n",
            "a: 'open\n",
            "? a\n: b\n",
            "a:\n  -\n    b: 1\n",
            "a: !tag x\n",
            // Characters YAML does not allow (found by fuzzing `okrs lint` in a debug build).
            "period: 2026-\u{1f}1\n",
            "a: x\u{7f}\n",
            "a: x\u{85}y\n",
            "a: \u{feff}x\n",
            "a: x\u{ffff}\n",
        ] {
            assert!(!agrees(text), "took: {text}");
        }
    }

    /// Random documents from YAML fragments, valid and not: wherever the fast path answers, it
    /// answers exactly as the full parser does.
    #[test]
    fn agrees_with_the_full_parser_on_random_documents() {
        const INDENTS: [&str; 5] = ["", "  ", "    ", "      ", " "];
        const HEADS: [&str; 6] = ["", "- ", "- ", "-", "  - ", "? "];
        const KEYS: [&str; 8] = ["team", "title", "key_results", "a b", "x", "'q'", "é", "k#"];
        const VALUES: [&str; 22] = [
            "",
            " 1",
            " -2.5",
            " Øke fra 1 000 til 2 000",
            " 'x'",
            " 'it''s'",
            " \"a\\\"b\"",
            " \"open",
            " a: b",
            " # c",
            " x # c",
            " x#c",
            " [1, 2]",
            " &a x",
            " *a",
            " |",
            " ~",
            " no",
            " 2026-03",
            " \"\\u00e6\"",
            " 'a' b",
            " :x",
        ];
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        let mut accepted = 0;
        for _ in 0..60_000 {
            let mut doc = String::new();
            for _ in 0..1 + next(6) {
                if next(10) == 0 {
                    doc.push_str(if next(2) == 0 { "# note\n" } else { "\n" });
                    continue;
                }
                doc.push_str(INDENTS[next(INDENTS.len())]);
                doc.push_str(HEADS[next(HEADS.len())]);
                if next(5) > 0 {
                    doc.push_str(KEYS[next(KEYS.len())]);
                    doc.push(':');
                }
                doc.push_str(VALUES[next(VALUES.len())]);
                doc.push('\n');
            }
            if let Some(fast) = super::parse(&doc, 3) {
                accepted += 1;
                assert_eq!(Ok(fast), yaml::parse_full(&doc, 3), "{doc}");
            }
        }
        assert!(accepted > 500, "the generator hardly exercises the fast path: {accepted}");
    }
}
