//! A YAML document as a tree in which every key and value keeps its byte range in the file.
//!
//! Built from the event stream of `granit-parser` (the parser under serde-saphyr) rather than
//! deserialised straight into structs: a linter has to point at the offending key or value, report
//! a wrong type as one finding instead of losing the whole file, and `okrs check-in` has to replace
//! exactly one scalar's bytes. Scalars keep their source text and style so that YAML 1.1 surprises
//! (`no`, `on`, `2026-03`) never reach the model as booleans or dates.

use std::borrow::Cow;
use std::collections::HashMap;

use granit_parser::{Event, Options, Parser, ScalarStyle};

use crate::model::Span;

/// Hard limits that keep hostile input (alias bombs, deep nesting) bounded in time and memory.
pub const MAX_NODES: usize = 100_000;
pub const MAX_DEPTH: usize = 64;

#[derive(Debug, Clone, PartialEq)]
pub enum Node {
    Scalar(Scalar),
    Seq(Vec<Node>, Span),
    Map(Vec<(Scalar, Node)>, Span),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Scalar {
    pub text: String,
    pub style: Style,
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    Plain,
    Quoted,
    Block,
}

/// What a scalar means under the YAML 1.2 core schema, with `yes`/`no`/`on`/`off` left as strings.
#[derive(Debug, Clone, PartialEq)]
pub enum Value<'a> {
    Null,
    Bool(bool),
    Number(f64),
    String(&'a str),
}

impl Scalar {
    pub fn value(&self) -> Value<'_> {
        if self.style != Style::Plain {
            return Value::String(&self.text);
        }
        match self.text.as_str() {
            "" | "~" | "null" | "Null" | "NULL" => Value::Null,
            "true" | "True" | "TRUE" => Value::Bool(true),
            "false" | "False" | "FALSE" => Value::Bool(false),
            t => match parse_yaml_number(t) {
                Some(n) => Value::Number(n),
                None => Value::String(t),
            },
        }
    }
}

/// YAML 1.2 core schema numbers only: `1_000`, `0x1F` and sexagesimals stay strings.
fn parse_yaml_number(t: &str) -> Option<f64> {
    let body = t.strip_prefix(['-', '+']).unwrap_or(t);
    if body.is_empty() || !body.starts_with(|c: char| c.is_ascii_digit() || c == '.') {
        return None;
    }
    if !body.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | 'E' | '-' | '+')) {
        return None;
    }
    t.parse::<f64>().ok().filter(|n| n.is_finite())
}

impl Node {
    pub fn span(&self) -> Span {
        match self {
            Node::Scalar(s) => s.span,
            Node::Seq(_, span) | Node::Map(_, span) => *span,
        }
    }

    pub fn kind(&self) -> &'static str {
        match self {
            Node::Scalar(s) => match s.value() {
                Value::Null => "an empty value",
                Value::Bool(_) => "a boolean",
                Value::Number(_) => "a number",
                Value::String(_) => "a string",
            },
            Node::Seq(..) => "a list",
            Node::Map(..) => "a mapping",
        }
    }

    pub fn is_null(&self) -> bool {
        matches!(self, Node::Scalar(s) if s.value() == Value::Null)
    }

    /// The value under `key` in a mapping.
    pub fn get(&self, key: &str) -> Option<&Node> {
        match self {
            Node::Map(entries, _) => entries.iter().find(|(k, _)| k.text == key).map(|(_, v)| v),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct YamlError {
    pub message: String,
    pub help: String,
    /// Byte offset of the problem within the parsed text.
    pub offset: usize,
}

/// Parse the first document of `text`. `base` is the byte offset of `text` in its file, added to
/// every span so spans are file offsets. An empty document is `Node::Scalar` null.
pub fn parse(text: &str, base: usize) -> Result<Node, YamlError> {
    match super::yaml_fast::parse(text, base) {
        Some(node) => {
            // Every debug build (so every test run) proves the fast path against the full parser.
            #[cfg(debug_assertions)]
            assert_eq!(Ok(&node), parse_full(text, base).as_ref(), "fast YAML path differs on:\n{text}");
            Ok(node)
        }
        None => parse_full(text, base),
    }
}

/// The full YAML parser: granit-parser's events into a spanned tree.
pub fn parse_full(text: &str, base: usize) -> Result<Node, YamlError> {
    let mut options = Options::default();
    options.flow_nesting_limit = MAX_DEPTH;
    options.block_nesting_limit = MAX_DEPTH;
    let mut parser = Parser::new_from_str_with_options(text, options);
    let mut builder = Builder { base, text, stack: Vec::new(), anchors: HashMap::new(), nodes: 0, root: None };
    while let Some(next) = parser.next_event() {
        let (event, span) = next.map_err(|e| {
            let marker = e.marker();
            let offset = marker.byte_offset().unwrap_or_else(|| char_to_byte(text, marker.index()));
            let info = e.info();
            if info.contains("recursion limit") || info.contains("nesting") {
                return YamlError {
                    message: format!("the front matter nests deeper than {MAX_DEPTH} levels"),
                    help: "an OKR file needs four levels at most (set → objectives → key results → fields)".to_owned(),
                    offset,
                };
            }
            YamlError { message: format!("YAML syntax: {info}"), help: syntax_help(text, offset), offset }
        })?;
        let range = span
            .byte_range()
            .unwrap_or_else(|| char_to_byte(text, span.start.index())..char_to_byte(text, span.end.index()));
        if builder.event(event, range)? {
            break;
        }
    }
    Ok(builder.root.unwrap_or(Node::Scalar(Scalar {
        text: String::new(),
        style: Style::Plain,
        span: Span::new(base, base),
    })))
}

fn char_to_byte(text: &str, chars: usize) -> usize {
    text.char_indices().nth(chars).map_or(text.len(), |(i, _)| i)
}

fn syntax_help(text: &str, offset: usize) -> String {
    let line_start = text[..offset.min(text.len())].rfind('\n').map_or(0, |i| i + 1);
    let line = &text[line_start..];
    if text.contains('\t') && line.lines().next().is_some_and(|l| l.starts_with([' ', '\t']) && l.contains('\t'))
        || text.lines().any(|l| l.starts_with('\t'))
    {
        "YAML indentation must use spaces, not tabs: replace the tabs with two spaces per level".to_owned()
    } else {
        "check the indentation and quoting around this line; quote values that contain `: ` or start with `@`, `*` or `&`".to_owned()
    }
}

enum Open {
    Seq { items: Vec<Node>, start: usize, anchor: usize },
    Map { entries: Vec<(Scalar, Node)>, key: Option<Scalar>, start: usize, anchor: usize },
}

struct Builder<'t> {
    base: usize,
    text: &'t str,
    stack: Vec<Open>,
    anchors: HashMap<usize, Node>,
    nodes: usize,
    root: Option<Node>,
}

impl Builder<'_> {
    /// Returns true when the first document is complete.
    fn event(&mut self, event: Event<'_>, range: std::ops::Range<usize>) -> Result<bool, YamlError> {
        let span = Span::new(self.base + range.start, self.base + range.end);
        match event {
            Event::StreamStart => {}
            Event::DocumentStart(..) => {}
            Event::DocumentEnd | Event::StreamEnd => return Ok(true),
            Event::Scalar(text, style, anchor, _tag) => {
                let style = match style {
                    ScalarStyle::Plain => Style::Plain,
                    ScalarStyle::SingleQuoted | ScalarStyle::DoubleQuoted => Style::Quoted,
                    _ => Style::Block,
                };
                let node = Node::Scalar(Scalar { text: Cow::into_owned(text), style, span });
                self.count(1, range.start)?;
                self.remember(anchor, &node);
                self.push(node, range.start)?;
            }
            Event::SequenceStart(_, anchor, _) => {
                self.open(range.start)?;
                self.stack.push(Open::Seq { items: Vec::new(), start: span.start, anchor });
            }
            Event::MappingStart(_, anchor, _) => {
                self.open(range.start)?;
                self.stack.push(Open::Map { entries: Vec::new(), key: None, start: span.start, anchor });
            }
            Event::SequenceEnd | Event::MappingEnd => {
                let (node, anchor) = match self.stack.pop() {
                    Some(Open::Seq { items, start, anchor }) => {
                        let end = items.last().map_or(span.end, |n| n.span().end);
                        (Node::Seq(items, Span::new(start, end.max(start))), anchor)
                    }
                    Some(Open::Map { entries, start, anchor, .. }) => {
                        let end = entries.last().map_or(span.end, |(_, v)| v.span().end);
                        (Node::Map(entries, Span::new(start, end.max(start))), anchor)
                    }
                    None => return Ok(false),
                };
                self.remember(anchor, &node);
                self.push(node, range.start)?;
            }
            Event::Alias(id) => {
                let Some(node) = self.anchors.get(&id).cloned() else {
                    return Err(self.error(
                        range.start,
                        "YAML alias refers to an unknown anchor",
                        "define the anchor (`&name`) before using `*name`",
                    ));
                };
                self.count(count_nodes(&node), range.start)?;
                self.push(node, range.start)?;
            }
            _ => {}
        }
        Ok(false)
    }

    fn open(&mut self, at: usize) -> Result<(), YamlError> {
        self.count(1, at)?;
        if self.stack.len() >= MAX_DEPTH {
            return Err(self.error(
                at,
                &format!("the front matter nests deeper than {MAX_DEPTH} levels"),
                "an OKR file needs four levels at most (set → objectives → key results → fields)",
            ));
        }
        Ok(())
    }

    fn count(&mut self, n: usize, at: usize) -> Result<(), YamlError> {
        self.nodes = self.nodes.saturating_add(n);
        if self.nodes > MAX_NODES {
            return Err(self.error(
                at,
                &format!("the front matter expands to more than {MAX_NODES} values (a YAML alias bomb?)"),
                "remove the repeated aliases (`*name`); an OKR file needs a few hundred values at most",
            ));
        }
        Ok(())
    }

    fn remember(&mut self, anchor: usize, node: &Node) {
        if anchor != 0 {
            self.anchors.insert(anchor, node.clone());
        }
    }

    fn error(&self, at: usize, message: &str, help: &str) -> YamlError {
        let _ = self.text;
        YamlError { message: message.to_owned(), help: help.to_owned(), offset: at }
    }

    fn push(&mut self, node: Node, at: usize) -> Result<(), YamlError> {
        match self.stack.last_mut() {
            None => self.root = Some(node),
            Some(Open::Seq { items, .. }) => items.push(node),
            Some(Open::Map { entries, key, .. }) => match key.take() {
                None => match node {
                    Node::Scalar(k) => {
                        if let Some((first, _)) = entries.iter().find(|(e, _)| e.text == k.text) {
                            let line = 1 + self.text[..first.span.start.saturating_sub(self.base).min(self.text.len())]
                                .matches('\n')
                                .count();
                            return Err(YamlError {
                                message: format!("the key `{}` appears twice in one mapping", k.text),
                                help: format!("keep one of them; the first is on line {line} of the front matter"),
                                offset: k.span.start - self.base,
                            });
                        }
                        *key = Some(k);
                    }
                    other => {
                        return Err(self.error(
                            at,
                            &format!("a mapping key must be plain text, not {}", other.kind()),
                            "write keys as `name: value`",
                        ));
                    }
                },
                Some(k) => entries.push((k, node)),
            },
        }
        Ok(())
    }
}

fn count_nodes(node: &Node) -> usize {
    let mut n = 0;
    let mut stack = vec![node];
    while let Some(node) = stack.pop() {
        n += 1;
        match node {
            Node::Scalar(_) => {}
            Node::Seq(items, _) => stack.extend(items),
            Node::Map(entries, _) => stack.extend(entries.iter().map(|(_, v)| v)),
        }
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scalar(node: &Node, key: &str) -> Scalar {
        match node.get(key) {
            Some(Node::Scalar(s)) => s.clone(),
            other => panic!("{key}: {other:?}"),
        }
    }

    #[test]
    fn keeps_yaml_1_1_words_and_dates_as_strings() {
        let doc = parse("a: no\nb: on\nc: 2026-03\nd: yes\ne: 12\nf: '12'\ng: true\n", 0).unwrap();
        assert_eq!(scalar(&doc, "a").value(), Value::String("no"));
        assert_eq!(scalar(&doc, "b").value(), Value::String("on"));
        assert_eq!(scalar(&doc, "c").value(), Value::String("2026-03"));
        assert_eq!(scalar(&doc, "d").value(), Value::String("yes"));
        assert_eq!(scalar(&doc, "e").value(), Value::Number(12.0));
        assert_eq!(scalar(&doc, "f").value(), Value::String("12"));
        assert_eq!(scalar(&doc, "g").value(), Value::Bool(true));
    }

    #[test]
    fn spans_are_byte_offsets_in_the_file() {
        let text = "team: Blåbær\nperiod: 2026-Q1\n";
        let doc = parse(text, 4).unwrap();
        let s = scalar(&doc, "period");
        assert_eq!(s.span, Span::new(4 + 23, 4 + 30));
        let team = scalar(&doc, "team");
        assert_eq!(&text[team.span.start - 4..team.span.end - 4], "Blåbær");
    }

    #[test]
    fn alias_bomb_is_an_error_not_a_hang() {
        let mut text = String::from("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for i in 0..9 {
            let prev = if i == 0 { "a".to_string() } else { format!("a{}", i - 1) };
            text.push_str(&format!(
                "a{i}: &a{i} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}]\n"
            ));
        }
        let err = parse(&text, 0).unwrap_err();
        assert!(err.message.contains("alias bomb"), "{}", err.message);
    }

    #[test]
    fn deep_nesting_is_an_error() {
        let text = format!("a: {}{}\n", "[".repeat(500), "]".repeat(500));
        assert!(parse(&text, 0).is_err());
        let block: String = (0..200).map(|i| format!("{}k{i}:\n", "  ".repeat(i))).collect();
        assert!(parse(&block, 0).is_err());
    }

    #[test]
    fn duplicate_keys_are_reported() {
        let err = parse("a: 1\nb: 2\na: 3\n", 0).unwrap_err();
        assert!(err.message.contains("`a` appears twice"));
        assert_eq!(err.offset, 10);
    }

    #[test]
    fn tabs_get_a_helpful_message() {
        let err = parse("objectives:\n\t- title: x\n", 0).unwrap_err();
        assert!(err.help.contains("tabs"), "{err:?}");
    }

    #[test]
    fn crlf_is_fine() {
        let doc = parse("team: A\r\nperiod: 2026-Q1\r\n", 0).unwrap();
        assert_eq!(scalar(&doc, "period").text, "2026-Q1");
    }
}
