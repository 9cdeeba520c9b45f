//! The site's interface text in bokmål, nynorsk and English, and numbers
//! written the way each language writes them.

use serde::Serialize;

use crate::model::Lang;
use crate::progress::Status;

/// Every word of the interface, handed to the templates as `t`.
#[derive(Debug, Clone, Serialize)]
pub struct Text {
    pub lang: &'static str,
    pub periods: &'static str,
    pub current_period: &'static str,
    pub team: &'static str,
    pub progress: &'static str,
    pub status: &'static str,
    pub key_results: &'static str,
    pub key_result: &'static str,
    pub findings: &'static str,
    pub no_findings: &'static str,
    pub objective: &'static str,
    pub aspirational: &'static str,
    pub committed: &'static str,
    pub expected_pace: &'static str,
    pub baseline: &'static str,
    pub current: &'static str,
    pub target: &'static str,
    pub confidence: &'static str,
    pub owner: &'static str,
    pub check_ins: &'static str,
    pub date: &'static str,
    pub author: &'static str,
    pub message: &'static str,
    pub change: &'static str,
    pub commit: &'static str,
    pub no_check_ins: &'static str,
    pub chart_values: &'static str,
    pub value: &'static str,
    pub pace: &'static str,
    pub today: &'static str,
    pub notes: &'static str,
    pub all_teams: &'static str,
    pub generated: &'static str,
    pub final_score: &'static str,
    pub expected_score: &'static str,
    pub weight: &'static str,
    pub done: &'static str,
    pub not_done: &'static str,
    pub met: &'static str,
    pub not_met: &'static str,
    pub ended: &'static str,
    pub no_teams: &'static str,
    pub last_check_in: &'static str,
    pub skip: &'static str,
    pub initiatives: &'static str,
    /// An initiative's status: planned, active, dropped (done is `done`).
    pub planned: &'static str,
    pub active: &'static str,
    pub dropped: &'static str,
    pub warnings: &'static str,
    /// Alignment: the objective this one contributes to (`parent:`), and those contributing to it.
    pub contributes_to: &'static str,
    pub supported_by: &'static str,
    /// On the page at a renamed team's old address, before the link to its page.
    pub renamed: &'static str,
}

impl Text {
    pub fn initiative(&self, status: crate::model::InitiativeStatus) -> &'static str {
        use crate::model::InitiativeStatus::*;
        match status {
            Planned => self.planned,
            Active => self.active,
            Done => self.done,
            Dropped => self.dropped,
        }
    }
}

pub const EN: Text = Text {
    lang: "en",
    periods: "Periods",
    current_period: "current period",
    team: "Team",
    progress: "Progress",
    status: "Status",
    key_results: "Key results",
    key_result: "Key result",
    findings: "Lint findings",
    no_findings: "none",
    objective: "Objective",
    aspirational: "aspirational",
    committed: "committed",
    expected_pace: "expected by now",
    baseline: "baseline",
    current: "current",
    target: "target",
    confidence: "confidence",
    owner: "owner",
    check_ins: "Check-ins",
    date: "Date",
    author: "Author",
    message: "Note",
    change: "What changed",
    commit: "Commit",
    no_check_ins: "No check-ins yet.",
    chart_values: "Values in the chart",
    value: "Value",
    pace: "pace",
    today: "today",
    notes: "Notes",
    all_teams: "All teams",
    generated: "Built from the git history at",
    final_score: "final score",
    expected_score: "expected",
    weight: "weight",
    done: "done",
    not_done: "not done",
    met: "met",
    not_met: "not met",
    ended: "the period has ended",
    no_teams: "No OKRs found.",
    last_check_in: "last check-in",
    skip: "Skip to content",
    initiatives: "Initiatives",
    planned: "planned",
    active: "active",
    dropped: "dropped",
    warnings: "Warnings",
    contributes_to: "Contributes to",
    supported_by: "Supported by",
    renamed: "This team has a new name:",
};

pub const NB: Text = Text {
    lang: "nb",
    periods: "Perioder",
    current_period: "nåværende periode",
    team: "Team",
    progress: "Fremdrift",
    status: "Status",
    key_results: "Nøkkelresultater",
    key_result: "Nøkkelresultat",
    findings: "Funn fra lint",
    no_findings: "ingen",
    objective: "Mål",
    aspirational: "ambisiøst",
    committed: "forpliktende",
    expected_pace: "forventet nå",
    baseline: "utgangspunkt",
    current: "nå",
    target: "mål",
    confidence: "tiltro",
    owner: "eier",
    check_ins: "Innsjekker",
    date: "Dato",
    author: "Av",
    message: "Notat",
    change: "Endring",
    commit: "Commit",
    no_check_ins: "Ingen innsjekker ennå.",
    chart_values: "Verdiene i grafen",
    value: "Verdi",
    pace: "tempo",
    today: "i dag",
    notes: "Notater",
    all_teams: "Alle team",
    generated: "Bygget fra git-historikken per",
    final_score: "sluttscore",
    expected_score: "forventet",
    weight: "vekt",
    done: "ferdig",
    not_done: "ikke ferdig",
    met: "oppfylt",
    not_met: "ikke oppfylt",
    ended: "perioden er over",
    no_teams: "Fant ingen OKR-er.",
    last_check_in: "siste innsjekk",
    skip: "Hopp til innholdet",
    initiatives: "Tiltak",
    planned: "planlagt",
    active: "pågår",
    dropped: "droppet",
    warnings: "Advarsler",
    contributes_to: "Bidrar til",
    supported_by: "Støttes av",
    renamed: "Teamet har fått nytt navn:",
};

pub const NN: Text = Text {
    lang: "nn",
    periods: "Periodar",
    current_period: "noverande periode",
    team: "Team",
    progress: "Framdrift",
    status: "Status",
    key_results: "Nøkkelresultat",
    key_result: "Nøkkelresultat",
    findings: "Funn frå lint",
    no_findings: "ingen",
    objective: "Mål",
    aspirational: "ambisiøst",
    committed: "forpliktande",
    expected_pace: "venta no",
    baseline: "utgangspunkt",
    current: "no",
    target: "mål",
    confidence: "tiltru",
    owner: "eigar",
    check_ins: "Innsjekkar",
    date: "Dato",
    author: "Av",
    message: "Notat",
    change: "Endring",
    commit: "Commit",
    no_check_ins: "Ingen innsjekkar enno.",
    chart_values: "Verdiane i grafen",
    value: "Verdi",
    pace: "tempo",
    today: "i dag",
    notes: "Notat",
    all_teams: "Alle team",
    generated: "Bygd frå git-historikken per",
    final_score: "sluttscore",
    expected_score: "venta",
    weight: "vekt",
    done: "ferdig",
    not_done: "ikkje ferdig",
    met: "oppfylt",
    not_met: "ikkje oppfylt",
    ended: "perioden er over",
    no_teams: "Fann ingen OKR-ar.",
    last_check_in: "siste innsjekk",
    skip: "Hopp til innhaldet",
    initiatives: "Tiltak",
    planned: "planlagt",
    active: "pågår",
    dropped: "droppa",
    warnings: "Åtvaringar",
    contributes_to: "Bidreg til",
    supported_by: "Får støtte frå",
    renamed: "Teamet har fått nytt namn:",
};

pub fn text(lang: Lang) -> &'static Text {
    match lang {
        Lang::En => &EN,
        Lang::Nb => &NB,
        Lang::Nn => &NN,
    }
}

pub fn status(lang: Lang, status: Status) -> &'static str {
    let [en, nb, nn] = match status {
        Status::Achieved => ["Achieved", "Oppnådd", "Nådd"],
        Status::OnTrack => ["On track", "I rute", "I rute"],
        Status::NeedsAttention => ["Needs attention", "Trenger oppfølging", "Treng oppfølging"],
        Status::OffTrack => ["Off track", "Ikke i rute", "Ikkje i rute"],
        Status::Stale => ["Stale", "Ikke oppdatert", "Ikkje oppdatert"],
        Status::Unknown => ["Unknown", "Ukjent", "Ukjend"],
    };
    match lang {
        Lang::En => en,
        Lang::Nb => nb,
        Lang::Nn => nn,
    }
}

/// A symbol per status, so status never depends on colour alone.
pub fn status_symbol(status: Status) -> &'static str {
    match status {
        Status::Achieved => "★",
        Status::OnTrack => "●",
        Status::NeedsAttention => "▲",
        Status::OffTrack => "✖",
        Status::Stale => "◌",
        Status::Unknown => "?",
    }
}

/// A number as the language writes it: `11 200` and `1,9` in Norwegian, `11,200` and `1.9` in
/// English, with at most `decimals` decimals and no trailing zeros.
pub fn number(lang: Lang, value: f64, decimals: usize) -> String {
    if !value.is_finite() {
        return "–".to_owned();
    }
    // Whole numbers (most baselines, targets and values) skip the exact decimal formatting.
    let (int, frac) = if value.fract() == 0.0 && value.abs() < 1e15 {
        ((value.abs() as u64).to_string(), String::new())
    } else {
        let text = format!("{:.*}", decimals, value.abs());
        match text.split_once('.') {
            Some((i, f)) => (i.to_owned(), f.trim_end_matches('0').to_owned()),
            None => (text, String::new()),
        }
    };
    let (group, point) = if lang == Lang::En { (",", ".") } else { ("\u{a0}", ",") };
    let mut grouped = String::new();
    let min_len = 4;
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 && int.len() >= min_len {
            grouped.push_str(group);
        }
        grouped.push(c);
    }
    let negative = value < 0.0 && (grouped.chars().any(|c| c != '0') || !frac.is_empty());
    let sign = if negative { "−" } else { "" };
    if frac.is_empty() { format!("{sign}{grouped}") } else { format!("{sign}{grouped}{point}{frac}") }
}

/// A share as a whole percentage: `40 %` (nb) or `40%` (en).
pub fn percent(lang: Lang, share: f64) -> String {
    let n = number(lang, (share * 100.0).round(), 0);
    if lang == Lang::En { format!("{n}%") } else { format!("{n}\u{a0}%") }
}

/// A value with its unit: `11 200 økter`, `1,9 %`, `NOK 2`.
pub fn quantity(lang: Lang, value: f64, unit: Option<&str>) -> String {
    let n = number(lang, value, 2);
    match unit.map(str::trim).filter(|u| !u.is_empty()) {
        None => n,
        Some("%") if lang == Lang::En => format!("{n}%"),
        Some("%") => format!("{n}\u{a0}%"),
        Some(u) if u.len() == 3 && u.chars().all(|c| c.is_ascii_uppercase()) => format!("{u}\u{a0}{n}"),
        Some(u) => format!("{n}\u{a0}{u}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_naturally_in_each_language() {
        assert_eq!(number(Lang::Nb, 11200.0, 2), "11\u{a0}200");
        assert_eq!(number(Lang::En, 11200.0, 2), "11,200");
        assert_eq!(number(Lang::En, 1200.0, 2), "1,200");
        assert_eq!(number(Lang::Nb, 2500.0, 2), "2\u{a0}500");
        assert_eq!(number(Lang::Nb, 1.9, 2), "1,9");
        assert_eq!(number(Lang::En, -0.25, 2), "−0.25");
        assert_eq!(number(Lang::En, -0.001, 2), "0");
        assert_eq!(number(Lang::En, 1_234_567.0, 0), "1,234,567");
        assert_eq!(percent(Lang::Nb, 0.4), "40\u{a0}%");
        assert_eq!(percent(Lang::En, 1.25), "125%");
        assert_eq!(quantity(Lang::Nb, 1.9, Some("%")), "1,9\u{a0}%");
        assert_eq!(quantity(Lang::En, 2.0, Some("NOK")), "NOK\u{a0}2");
        assert_eq!(quantity(Lang::Nb, 13000.0, Some("økter")), "13\u{a0}000\u{a0}økter");
    }
}
