//! `.okrs.yml`: the OKR root, the default language, rule levels and options, and site settings.
//! An invalid config is an error (exit 2) that points at the offending line.

use std::collections::HashMap;
use std::path::Path;

use miette::{Diagnostic, NamedSource, SourceSpan};
use thiserror::Error;

use crate::lint::{Level, OptionKind, RuleMeta, registry, suggest};
use crate::load::yaml::{self, Node, Scalar, Value};
use crate::model::{Lang, Span};

pub const FILE_NAME: &str = ".okrs.yml";
const TOP_LEVEL: &[&str] = &["root", "lang", "rules", "site", "progress"];
const PROGRESS_FIELDS: &[&str] = &["needs-attention", "off-track"];
const SITE_FIELDS: &[&str] = &["title", "lang", "repo-url", "base-url"];

#[derive(Debug, Clone, Default)]
pub struct Config {
    /// The folder, relative to the project root, that holds the OKR files.
    pub root: String,
    /// The language of files without `lang:`.
    pub lang: Lang,
    pub site: SiteConfig,
    /// How far behind the expected pace a key result may fall before it needs attention or is
    /// off track (`progress: { needs-attention: 0.165, off-track: 0.33 }`).
    pub pace: (Option<f64>, Option<f64>),
    rules: HashMap<&'static str, RuleSetting>,
    default_options: RuleOptions,
}

#[derive(Debug, Clone, Default)]
pub struct SiteConfig {
    pub title: Option<String>,
    pub lang: Option<Lang>,
    pub repo_url: Option<String>,
    /// Where the site is published, ending in `/`: a full address
    /// (`https://acme.github.io/okrs/`) or a path on the site's host (`/okrs/`).
    pub base_url: Option<String>,
}

impl SiteConfig {
    /// The published address of a page of the site (`2026-q1/marketing.html`), when `base-url`
    /// is a full address: for links from outside the site, such as a pull request's comment.
    pub fn page_url(&self, page: &str) -> Option<String> {
        let base = self.base_url.as_deref()?;
        (base.starts_with("https://") || base.starts_with("http://")).then(|| format!("{base}{page}"))
    }
}

#[derive(Debug, Clone, Default)]
struct RuleSetting {
    level: Option<Level>,
    options: RuleOptions,
}

/// A rule's options from `.okrs.yml`, already checked against the rule's declared options.
#[derive(Debug, Clone, Default)]
pub struct RuleOptions {
    values: HashMap<String, Node>,
}

impl RuleOptions {
    pub fn integer(&self, name: &str, default: i64) -> i64 {
        match self.values.get(name) {
            Some(Node::Scalar(s)) => match s.value() {
                Value::Number(n) => n as i64,
                _ => default,
            },
            _ => default,
        }
    }

    pub fn number(&self, name: &str, default: f64) -> f64 {
        match self.values.get(name) {
            Some(Node::Scalar(s)) => match s.value() {
                Value::Number(n) => n,
                _ => default,
            },
            _ => default,
        }
    }

    /// A list of strings (phrases, language codes).
    pub fn strings(&self, name: &str) -> Vec<String> {
        match self.values.get(name) {
            Some(Node::Seq(items, _)) => items
                .iter()
                .filter_map(|i| match i {
                    Node::Scalar(s) => Some(s.text.clone()),
                    _ => None,
                })
                .collect(),
            Some(Node::Scalar(s)) if !s.text.is_empty() => vec![s.text.clone()],
            _ => Vec::new(),
        }
    }

    /// The languages a lexicon rule applies (`languages: [nb, en]`); all by default.
    pub fn languages(&self) -> Vec<Lang> {
        let listed: Vec<Lang> = self.strings("languages").iter().filter_map(|l| Lang::parse(l)).collect();
        if listed.is_empty() { Lang::ALL.to_vec() } else { listed }
    }
}

#[derive(Debug, Error, Diagnostic)]
#[error("{message}")]
#[diagnostic(code(okrs::config))]
pub struct ConfigError {
    message: String,
    #[source_code]
    source_code: NamedSource<String>,
    #[label("here")]
    span: SourceSpan,
    #[help]
    help: String,
    /// The file's other errors, so that one run shows every line to fix.
    #[related]
    more: Vec<ConfigError>,
}

/// One thing wrong in the config: where, what, and what to do.
type Problem = (Span, String, String);

impl Config {
    pub fn defaults() -> Self {
        Config { root: "okrs".to_owned(), lang: Lang::En, ..Config::default() }
    }

    /// Read `.okrs.yml` in `dir`, or the defaults when there is none.
    pub fn load(dir: &Path) -> Result<Config, Box<ConfigError>> {
        let path = dir.join(FILE_NAME);
        match std::fs::read_to_string(&path) {
            Ok(text) => Config::parse(FILE_NAME, &text),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Config::defaults()),
            Err(e) => Err(Box::new(ConfigError {
                message: format!("cannot read {}: {e}", path.display()),
                source_code: NamedSource::new(FILE_NAME, String::new()),
                span: (0, 0).into(),
                help: "check the file's permissions and that it is UTF-8 text".to_owned(),
                more: Vec::new(),
            })),
        }
    }

    pub fn parse(name: &str, text: &str) -> Result<Config, Box<ConfigError>> {
        let error = |(span, message, help): Problem| ConfigError {
            message: format!("{name}: {message}"),
            source_code: NamedSource::new(name, text.to_owned()),
            span: (span.start, span.end - span.start).into(),
            help,
            more: Vec::new(),
        };
        let tree =
            yaml::parse(text, 0).map_err(|e| Box::new(error((Span::new(e.offset, e.offset), e.message, e.help))))?;
        let mut config = Config::defaults();
        let mut problems = Vec::new();
        match &tree {
            Node::Map(entries, _) => {
                for (key, value) in entries {
                    if let Err(problem) = config.parse_setting(key, value, &mut problems) {
                        problems.push(problem);
                    }
                }
            }
            n if n.is_null() => {}
            other => problems.push((
                other.span(),
                format!("the config is {}, not a mapping", other.kind()),
                "write settings as `key: value` lines, e.g. `root: okrs`".to_owned(),
            )),
        }
        let mut errors = problems.into_iter().map(error);
        match errors.next() {
            None => Ok(config),
            Some(first) => Err(Box::new(ConfigError { more: errors.collect(), ..first })),
        }
    }

    /// One top-level setting; the problems of a section's entries go to `problems`.
    fn parse_setting(&mut self, key: &Scalar, value: &Node, problems: &mut Vec<Problem>) -> Result<(), Problem> {
        match key.text.as_str() {
            "root" => {
                let root = scalar_text(value).ok_or_else(|| {
                    (value.span(), "`root` must be a folder path".to_owned(), "for example `root: okrs`".to_owned())
                })?;
                let root = root.trim_matches('/').to_owned();
                if root.split('/').any(|part| part == "..") || Path::new(&root).is_absolute() {
                    return Err((
                        value.span(),
                        format!("`root: {root}` is outside the repository"),
                        "give a folder inside the repository, relative to it".to_owned(),
                    ));
                }
                self.root = if root.is_empty() { ".".to_owned() } else { root };
            }
            "lang" => self.lang = parse_lang(value)?,
            "rules" => self.parse_section(value, "rules", problems, Config::parse_rule)?,
            "site" => self.parse_section(value, "site", problems, Config::parse_site)?,
            "progress" => self.parse_section(value, "progress", problems, Config::parse_progress)?,
            _ => return Err(unknown(key, "setting", TOP_LEVEL)),
        }
        Ok(())
    }

    /// A section's entries, each read on its own so that one mistake does not hide the next.
    fn parse_section(
        &mut self,
        node: &Node,
        section: &str,
        problems: &mut Vec<Problem>,
        entry: fn(&mut Config, &Scalar, &Node) -> Result<(), Problem>,
    ) -> Result<(), Problem> {
        match node {
            Node::Map(entries, _) => {
                problems.extend(entries.iter().filter_map(|(key, value)| entry(self, key, value).err()));
                Ok(())
            }
            n if n.is_null() => Ok(()),
            _ => Err((
                node.span(),
                format!("`{section}` must be a mapping"),
                match section {
                    "rules" => "for example `rules: { missing-owner: off }`",
                    "site" => "for example `site: { title: Acme OKRs }`",
                    _ => "for example `progress: { needs-attention: 0.165, off-track: 0.33 }`",
                }
                .to_owned(),
            )),
        }
    }

    /// The level and options of a rule: the config's, else the rule's defaults.
    pub fn rule_setting(&self, meta: &RuleMeta) -> (Level, &RuleOptions) {
        match self.rules.get(meta.id) {
            Some(s) => (s.level.unwrap_or(meta.default_level), &s.options),
            None => (meta.default_level, &self.default_options),
        }
    }

    fn parse_rule(&mut self, key: &Scalar, value: &Node) -> Result<(), Problem> {
        let Some(rule) = registry().iter().find(|r| r.meta().id == key.text) else {
            return Err((
                key.span,
                format!("unknown rule `{}`", key.text),
                match suggest(&key.text, registry().iter().map(|r| r.meta().id)) {
                    Some(rule) => format!("did you mean `{rule}`? (`okrs rules` lists every rule)"),
                    None => "`okrs rules` lists every rule".to_owned(),
                },
            ));
        };
        let meta = rule.meta();
        let mut setting = RuleSetting::default();
        match value {
            Node::Scalar(s) => setting.level = Some(parse_level(s)?),
            Node::Map(options, _) => {
                for (name, option) in options {
                    if name.text == "level" {
                        match option {
                            Node::Scalar(s) => setting.level = Some(parse_level(s)?),
                            other => {
                                return Err((other.span(), "`level` must be one word".to_owned(), level_help()));
                            }
                        }
                        continue;
                    }
                    let Some(declared) = meta.options.iter().find(|o| o.name == name.text) else {
                        let known: Vec<&'static str> =
                            std::iter::once("level").chain(meta.options.iter().map(|o| o.name)).collect();
                        return Err((
                            name.span,
                            format!("rule `{}` has no option `{}`", meta.id, name.text),
                            format!("its settings are: {}", known.join(", ")),
                        ));
                    };
                    check_option(declared.kind, option).map_err(|m| {
                        (option.span(), format!("`{}.{}`: {m}", meta.id, name.text), declared.doc.to_owned())
                    })?;
                    setting.options.values.insert(name.text.clone(), option.clone());
                }
            }
            other => {
                return Err((
                    other.span(),
                    format!("`{}` must be a level or a mapping, not {}", meta.id, other.kind()),
                    level_help(),
                ));
            }
        }
        self.rules.insert(meta.id, setting);
        Ok(())
    }

    /// Status thresholds for progress: pace limits from `progress:`, stale days from the
    /// `stale-key-result` rule's `days` option.
    pub fn thresholds(&self) -> crate::progress::Thresholds {
        let defaults = crate::progress::Thresholds::default();
        crate::progress::Thresholds {
            needs_attention: self.pace.0.unwrap_or(defaults.needs_attention),
            off_track: self.pace.1.unwrap_or(defaults.off_track),
            stale_days: crate::lint::rules::stale_key_result::stale_days(self),
        }
    }

    fn parse_progress(&mut self, key: &Scalar, value: &Node) -> Result<(), Problem> {
        let number = match value {
            Node::Scalar(s) => match s.value() {
                Value::Number(n) if (0.0..=1.0).contains(&n) => n,
                _ => {
                    return Err((
                        value.span(),
                        format!("`progress.{}` must be a number from 0 to 1", key.text),
                        "it is how far behind the expected pace a key result may fall, as a share of the way"
                            .to_owned(),
                    ));
                }
            },
            _ => {
                return Err((
                    value.span(),
                    format!("`progress.{}` must be a number", key.text),
                    "for example 0.165".to_owned(),
                ));
            }
        };
        match key.text.as_str() {
            "needs-attention" => self.pace.0 = Some(number),
            "off-track" => self.pace.1 = Some(number),
            _ => return Err(unknown(key, "progress setting", PROGRESS_FIELDS)),
        }
        Ok(())
    }

    fn parse_site(&mut self, key: &Scalar, value: &Node) -> Result<(), Problem> {
        let text = || {
            scalar_text(value).ok_or_else(|| {
                (
                    value.span(),
                    format!("`site.{}` must be text", key.text),
                    "write it on the same line as the key".to_owned(),
                )
            })
        };
        match key.text.as_str() {
            "title" => self.site.title = Some(text()?),
            "lang" => self.site.lang = Some(parse_lang(value)?),
            "repo-url" => self.site.repo_url = Some(text()?),
            "base-url" => {
                let url = text()?;
                if !(url.starts_with("https://") || url.starts_with("http://") || url.starts_with('/')) {
                    return Err((
                        value.span(),
                        format!("`site.base-url: {url}` is neither a web address nor a path"),
                        "give where the site is published: `https://acme.github.io/okrs/`, or `/okrs/` on its host"
                            .to_owned(),
                    ));
                }
                self.site.base_url = Some(format!("{}/", url.trim_end_matches('/')));
            }
            _ => return Err(unknown(key, "site setting", SITE_FIELDS)),
        }
        Ok(())
    }
}

fn scalar_text(node: &Node) -> Option<String> {
    match node {
        Node::Scalar(s) if s.value() != Value::Null => Some(s.text.clone()),
        _ => None,
    }
}

fn parse_lang(node: &Node) -> Result<Lang, Problem> {
    scalar_text(node).and_then(|t| Lang::parse(&t)).ok_or_else(|| {
        (node.span(), "`lang` must be nb, nn or en".to_owned(), "nb is bokmål, nn nynorsk, en English".to_owned())
    })
}

fn parse_level(s: &Scalar) -> Result<Level, Problem> {
    Level::parse(&s.text).ok_or_else(|| (s.span, format!("`{}` is not a level", s.text), level_help()))
}

fn level_help() -> String {
    format!("use one of: {}", Level::NAMES.join(", "))
}

fn check_option(kind: OptionKind, node: &Node) -> Result<(), String> {
    let number = |n: &Node| matches!(n, Node::Scalar(s) if matches!(s.value(), Value::Number(_)));
    match kind {
        OptionKind::Integer if matches!(node, Node::Scalar(s) if matches!(s.value(), Value::Number(n) if n >= 0.0 && n.fract() == 0.0)) => {
            Ok(())
        }
        OptionKind::Integer => Err("must be a whole number".to_owned()),
        OptionKind::Number if number(node) => Ok(()),
        OptionKind::Number => Err("must be a number".to_owned()),
        OptionKind::Phrases | OptionKind::Languages => {
            let Node::Seq(items, _) = node else { return Err("must be a list, like [\"ta tak i\"]".to_owned()) };
            for item in items {
                let Some(text) = scalar_text(item) else { return Err("every item must be text".to_owned()) };
                if kind == OptionKind::Languages && Lang::parse(&text).is_none() {
                    return Err(format!("`{text}` is not nb, nn or en"));
                }
            }
            Ok(())
        }
    }
}

/// A key the section does not have, with the one meant or the ones it has.
fn unknown(key: &Scalar, what: &str, known: &[&'static str]) -> Problem {
    (key.span, format!("unknown {what} `{}`", key.text), did_you_mean(&key.text, known.iter().copied()))
}

fn did_you_mean(word: &str, candidates: impl IntoIterator<Item = &'static str>) -> String {
    let candidates: Vec<&'static str> = candidates.into_iter().collect();
    match suggest(word, candidates.iter().copied()) {
        Some(s) => format!("did you mean `{s}`?"),
        None => format!("known settings: {}", candidates.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_documented_example() {
        let c = Config::parse(
            ".okrs.yml",
            "root: okrs/\nlang: nb\nrules:\n  unknown-field: error\n  duplicate-id: { level: off }\nsite:\n  title: Acme OKRs\n  lang: nb\n  repo-url: https://github.com/acme/okrs\n  base-url: https://acme.github.io/okrs\n",
        )
        .unwrap();
        assert_eq!(c.root, "okrs");
        assert_eq!(c.lang, Lang::Nb);
        let meta = crate::lint::find_rule("unknown-field").unwrap().meta();
        assert_eq!(c.rule_setting(meta).0, Level::Error);
        assert_eq!(c.rule_setting(crate::lint::find_rule("duplicate-id").unwrap().meta()).0, Level::Off);
        assert_eq!(c.site.repo_url.as_deref(), Some("https://github.com/acme/okrs"));
        assert_eq!(
            c.site.page_url("2026-q1/marketing.html").as_deref(),
            Some("https://acme.github.io/okrs/2026-q1/marketing.html")
        );
        // A path on the site's host serves the site's own links, not links from elsewhere.
        let c = Config::parse(".okrs.yml", "site:\n  base-url: /okrs/\n").unwrap();
        assert_eq!((c.site.base_url.as_deref(), c.site.page_url("index.html")), (Some("/okrs/"), None));
        assert!(Config::parse(".okrs.yml", "site:\n  base-url: acme.github.io\n").is_err());
    }

    #[test]
    fn errors_point_at_the_line_and_suggest() {
        let e = Config::parse(".okrs.yml", "root: okrs\nrules:\n  unknwn-field: error\n").unwrap_err();
        assert!(e.message.contains("unknown rule `unknwn-field`"), "{}", e.message);
        assert!(e.help.contains("did you mean `unknown-field`"), "{}", e.help);
        assert_eq!(e.span.offset(), 20);
        let e = Config::parse(".okrs.yml", "rules:\n  unknown-field: loud\n").unwrap_err();
        assert!(e.help.contains("error, warning, info, off"));
        let e = Config::parse(".okrs.yml", "roots: okrs\n").unwrap_err();
        assert!(e.help.contains("`root`"));
        assert!(Config::parse(".okrs.yml", "root: ../elsewhere\n").is_err());
    }

    #[test]
    fn reads_the_design_documents_example() {
        let c = Config::parse(
            ".okrs.yml",
            "root: okrs\nlang: nb\nrules:\n  too-many-objectives: { level: error, max: 3 }\n  key-result-count: { min: 2, max: 5 }\n  vague-key-result: { level: error, extra-phrases: [\"ta tak i\"] }\n  stale-key-result: { level: warning, days: 14 }\n  key-result-is-task: warning\n  objective-has-metric: off\nsite:\n  title: Acme OKRs\n  lang: nb\n  base-url: /okrs/\n",
        )
        .unwrap();
        assert_eq!(c.site.base_url.as_deref(), Some("/okrs/"));
        assert_eq!(c.rule_setting(crate::lint::find_rule("objective-has-metric").unwrap().meta()).0, Level::Off);
    }

    #[test]
    fn pace_limits_and_stale_days_make_the_thresholds() {
        let c = Config::parse(
            ".okrs.yml",
            "progress:\n  needs-attention: 0.1\n  off-track: 0.25\nrules:\n  stale-key-result:\n    days: 7\n",
        )
        .unwrap();
        let t = c.thresholds();
        assert_eq!((t.needs_attention, t.off_track, t.stale_days), (0.1, 0.25, 7));
        let e = Config::parse(".okrs.yml", "progress:\n  off-track: 33\n").unwrap_err();
        assert_eq!(e.message, ".okrs.yml: `progress.off-track` must be a number from 0 to 1");
    }

    #[test]
    fn every_mistake_is_reported_at_once() {
        let e = Config::parse(
            ".okrs.yml",
            "rules:\n  vague-key-results: off\n  missing-owner: warnings\nsite:\n  titel: X\nlang: nb\nprogres: 1\n",
        )
        .unwrap_err();
        let messages: Vec<&str> =
            std::iter::once(e.message.as_str()).chain(e.more.iter().map(|m| m.message.as_str())).collect();
        assert_eq!(
            messages,
            [
                ".okrs.yml: unknown rule `vague-key-results`",
                ".okrs.yml: `warnings` is not a level",
                ".okrs.yml: unknown site setting `titel`",
                ".okrs.yml: unknown setting `progres`",
            ]
        );
        assert_eq!(e.help, "did you mean `vague-key-result`? (`okrs rules` lists every rule)");
        assert_eq!(e.more[0].span.offset(), 49);
    }
}
