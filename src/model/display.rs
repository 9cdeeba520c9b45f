//! Values as people in each language write them: `11 200` and `1,9 %` in Norwegian, `11 200` and
//! `1.9 %` in English. Thousands are grouped with a space in every language, so whatever okrs
//! prints it also reads back (`11,200` is ambiguous, see [`super::Quantity::parse`]). For messages,
//! commit summaries and the status table.

use super::{Comparison, Current, Lang, Quantity, Target};

/// A number with thousands grouped by a space (from five digits) and the decimal mark of `lang`.
pub fn number(value: f64, lang: Lang) -> String {
    let (group, decimal) = (' ', if lang.is_norwegian() { ',' } else { '.' });
    let rounded = (value * 1e6).round() / 1e6;
    let text = format!("{}", rounded.abs());
    let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
    let mut grouped = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i).is_multiple_of(3) && int.len() > 4 {
            grouped.push(group);
        }
        grouped.push(c);
    }
    let sign = if rounded < 0.0 { "-" } else { "" };
    if frac.is_empty() { format!("{sign}{grouped}") } else { format!("{sign}{grouped}{decimal}{frac}") }
}

impl Quantity {
    /// `11 200`, `1,9 %`, `NOK 3,1` (currencies before the number).
    pub fn display(&self, lang: Lang) -> String {
        match self.unit.as_deref() {
            None => number(self.value, lang),
            Some(unit) if unit.len() == 3 && unit.chars().all(|c| c.is_ascii_uppercase()) => {
                format!("{unit} {}", number(self.value, lang))
            }
            Some(unit) => format!("{} {unit}", number(self.value, lang)),
        }
    }
}

fn done_word(done: bool, lang: Lang) -> &'static str {
    match (done, lang) {
        (true, Lang::En) => "done",
        (true, _) => "ferdig",
        (false, Lang::En) => "not done",
        (false, Lang::Nb) => "ikke ferdig",
        (false, Lang::Nn) => "ikkje ferdig",
    }
}

impl Current {
    pub fn display(&self, lang: Lang) -> String {
        match self {
            Current::Value(q) => q.display(lang),
            Current::Done(done) => done_word(*done, lang).to_owned(),
        }
    }
}

impl Target {
    pub fn display(&self, lang: Lang) -> String {
        match self {
            Target::Level(q) => q.display(lang),
            Target::Threshold(Comparison::AtLeast, q) => format!("≥ {}", q.display(lang)),
            Target::Threshold(Comparison::AtMost, q) => format!("≤ {}", q.display(lang)),
            Target::Milestone => done_word(true, lang).to_owned(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_for_people() {
        assert_eq!(number(11200.0, Lang::Nb), "11 200");
        assert_eq!(number(1200.0, Lang::Nb), "1200");
        assert_eq!(number(3_100_000.0, Lang::En), "3 100 000");
        assert_eq!(number(1.9, Lang::Nn), "1,9");
        assert_eq!(number(-0.25, Lang::En), "-0.25");
        let q = Quantity { value: 3.1e6, unit: Some("NOK".into()) };
        assert_eq!(q.display(Lang::Nb), "NOK 3 100 000");
        assert_eq!(Target::parse(">= 99,9 %", Lang::Nb).unwrap().display(Lang::Nb), "≥ 99,9 %");
        assert_eq!(Current::Done(false).display(Lang::Nn), "ikkje ferdig");
    }
}
