//! Which findings are new: a finding's identity is its rule, the OKR it is about (team, period,
//! objective id, key result id) and its message, never its line, so moving unrelated lines does
//! not make old findings look new. Used by `okrs lint --new-from-rev`, `okrs diff` and the SARIF
//! fingerprints.

use std::collections::HashMap;

use crate::lint::Finding;
use crate::model::slugify;

/// What makes two findings "the same problem" across revisions.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Identity {
    pub rule: &'static str,
    /// The team's slug, as in OKR identity: `Marketing` and `marketing` are one team.
    pub team: Option<String>,
    pub period: Option<String>,
    pub objective: Option<String>,
    pub key_result: Option<String>,
    /// For findings outside any OKR set (a file that cannot be read as one), the file's path
    /// stands in for the team and period.
    pub path: Option<String>,
    pub message: String,
}

impl Identity {
    pub fn of(finding: &Finding) -> Identity {
        Identity {
            rule: finding.rule,
            team: finding.team.as_deref().map(slugify),
            period: finding.period.as_deref().map(str::to_owned),
            objective: finding.objective.as_deref().map(str::to_owned),
            key_result: finding.key_result.as_deref().map(str::to_owned),
            path: finding.team.is_none().then(|| finding.path.to_string()),
            message: finding.message.to_string(),
        }
    }

    /// A stable text form, the same on every platform and release: fields joined by a separator
    /// that cannot occur in them.
    pub fn key(&self) -> String {
        let parts = [
            Some(self.rule),
            self.team.as_deref(),
            self.period.as_deref(),
            self.objective.as_deref(),
            self.key_result.as_deref(),
            self.path.as_deref(),
            Some(self.message.as_str()),
        ];
        parts.iter().map(|p| p.unwrap_or("")).collect::<Vec<_>>().join("\u{1f}")
    }
}

/// The findings of `current` that `base` does not have, as a multiset: when the base has one
/// finding with an identity and the current revision has two, one of the two is new (the later
/// one in output order).
pub fn new_findings(current: Vec<Finding>, base: &[Finding]) -> Vec<Finding> {
    let mut remaining = counts(base);
    current
        .into_iter()
        .filter(|f| match remaining.get_mut(&Identity::of(f)) {
            Some(n) if *n > 0 => {
                *n -= 1;
                false
            }
            _ => true,
        })
        .collect()
}

fn counts(findings: &[Finding]) -> HashMap<Identity, usize> {
    let mut map = HashMap::new();
    for f in findings {
        *map.entry(Identity::of(f)).or_insert(0) += 1;
    }
    map
}

/// A 64-bit FNV-1a hash as 16 hex digits: tiny, documented and stable across Rust releases
/// (unlike `std`'s `DefaultHasher`), which fingerprints stored by GitHub need.
pub fn stable_hash(text: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in text.as_bytes() {
        hash ^= u64::from(*byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{hash:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::Level;
    use crate::model::Span;

    pub(crate) fn finding(rule: &'static str, line: usize, kr: &str, message: &str) -> Finding {
        Finding {
            rule,
            level: Level::Error,
            path: "okrs/a.md".into(),
            line,
            column: 1,
            end_line: line,
            end_column: 2,
            message: message.into(),
            help: None,
            team: Some("Marketing".into()),
            period: Some("2026-Q1".into()),
            objective: Some("synlighet".into()),
            key_result: Some(kr.into()),
            span: Span::default(),
            notes: Vec::new(),
            fix: None,
        }
    }

    #[test]
    fn moved_lines_are_not_new_but_extra_copies_are() {
        let base = vec![finding("vague-key-result", 10, "a", "vague"), finding("unknown-field", 12, "b", "x")];
        let current = vec![
            finding("vague-key-result", 30, "a", "vague"),
            finding("vague-key-result", 40, "a", "vague"),
            finding("unknown-field", 50, "c", "x"),
        ];
        let new: Vec<(usize, String)> =
            new_findings(current, &base).into_iter().map(|f| (f.line, f.key_result.unwrap().to_string())).collect();
        assert_eq!(new, vec![(40, "a".to_owned()), (50, "c".to_owned())]);
        let mut renamed = finding("unknown-field", 12, "b", "x");
        renamed.team = Some("MARKETING".into());
        assert!(new_findings(vec![renamed], &base).is_empty());
    }

    #[test]
    fn the_hash_is_fnv1a() {
        assert_eq!(stable_hash(""), "cbf29ce484222325");
        assert_eq!(stable_hash("a"), "af63dc4c8601ec8c");
    }
}
