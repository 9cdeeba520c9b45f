//! Numbers as teams write them: YAML numbers, or strings in the file's language such as
//! `"1 000"`, `"1,5 %"`, `"2.5%"`, `"NOK 2 mill."`. Nothing ambiguous is guessed.

use super::Lang;

/// A number with the unit written beside it, if any (`%`, `NOK`, `s`, `økter`).
#[derive(Debug, Clone, PartialEq)]
pub struct Quantity {
    pub value: f64,
    pub unit: Option<String>,
}

impl Quantity {
    pub fn number(value: f64) -> Self {
        Quantity { value, unit: None }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Comparison {
    AtLeast,
    AtMost,
}

/// What a key result aims for.
#[derive(Debug, Clone, PartialEq)]
pub enum Target {
    /// Move a number to this value.
    Level(Quantity),
    /// Stay at or above / at or below a value (`">= 99.9 %"`, `"minst 4,5"`, `"under 2 s"`).
    Threshold(Comparison, Quantity),
    /// Done or not done (`target: done`).
    Milestone,
}

/// Where a key result stands now.
#[derive(Debug, Clone, PartialEq)]
pub enum Current {
    Value(Quantity),
    Done(bool),
}

/// `fra 31 til 45`, `from 4% to 3%`: where the team starts and where it ends, in one field;
/// `31–45`, `mellom 31 og 45`: a range. Each gets a help that says where the numbers go.
fn two_numbers(t: &str, lang: Lang) -> Option<QuantityError> {
    let parses = |s: &str| Quantity::parse(s, lang).is_ok();
    // Words matched in any case; the numbers quoted as written.
    let split = |starts: &[&str], middles: &[&str]| {
        let rest = starts.iter().find_map(|s| strip_prefix_ci(t, s))?;
        let lower = rest.to_lowercase();
        let (at, middle) = middles.iter().find_map(|m| lower.find(m).map(|at| (at, m.len())))?;
        let (a, b) = (rest.get(..at)?, rest.get(at + middle..)?);
        (parses(a) && parses(b)).then_some((a, b))
    };
    if let Some((from, to)) = split(&["fra ", "frå ", "from "], &[" til ", " to "]) {
        return Some(QuantityError {
            reason: format!("`{t}` is where you start and where you want to be, not one number"),
            help: format!(
                "put the start in `baseline: {}` and the level to reach in `target: {}`",
                from.trim(),
                to.trim()
            ),
        });
    }
    let range = split(&["mellom ", "between "], &[" og ", " and "]).or_else(|| {
        // (Not a minus sign: `-5` is a number.)
        let (a, b) = t
            .split_once('–')
            .or_else(|| t.split_once(" - "))
            .or_else(|| t.split_once('-').filter(|(a, _)| a.trim_end().ends_with(|c: char| c.is_ascii_digit())))?;
        (parses(a) && parses(b)).then_some((a, b))
    });
    range.map(|(low, high)| QuantityError {
        reason: format!("`{t}` is a range, not one number"),
        help: format!(
            "write the level to reach (`target: {}`), or the bound to stay above as a threshold (`target: \">= {}\"`)",
            high.trim(),
            low.trim()
        ),
    })
}

impl Current {
    /// The number a check-in records: the value, or 1 (done) or 0 (not done) for a milestone.
    pub fn number(&self) -> f64 {
        match self {
            Current::Value(q) => q.value,
            Current::Done(done) => f64::from(u8::from(*done)),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuantityError {
    pub reason: String,
    pub help: String,
}

const DONE_WORDS: &[&str] =
    &["done", "ferdig", "fullført", "fullfort", "levert", "complete", "completed", "yes", "ja", "true"];
const NOT_DONE_WORDS: &[&str] = &[
    "not done",
    "ikke ferdig",
    "ikkje ferdig",
    "ikke fullført",
    "ikkje fullført",
    "not started",
    "pending",
    "no",
    "nei",
    "false",
    "todo",
];

impl Target {
    pub fn parse(text: &str, lang: Lang) -> Result<Target, QuantityError> {
        let t = text.trim();
        let lower = t.to_lowercase();
        if DONE_WORDS.contains(&lower.as_str()) {
            return Ok(Target::Milestone);
        }
        if let Some((cmp, rest)) = split_comparison(t) {
            return Ok(Target::Threshold(cmp, Quantity::parse(rest, lang)?));
        }
        Quantity::parse(t, lang).map(Target::Level).map_err(|error| two_numbers(t, lang).unwrap_or(error))
    }

    pub fn quantity(&self) -> Option<&Quantity> {
        match self {
            Target::Level(q) | Target::Threshold(_, q) => Some(q),
            Target::Milestone => None,
        }
    }
}

impl Current {
    pub fn parse(text: &str, lang: Lang) -> Result<Current, QuantityError> {
        let lower = text.trim().to_lowercase();
        if DONE_WORDS.contains(&lower.as_str()) {
            return Ok(Current::Done(true));
        }
        if NOT_DONE_WORDS.contains(&lower.as_str()) {
            return Ok(Current::Done(false));
        }
        Quantity::parse(text, lang).map(Current::Value)
    }

    pub fn value(&self) -> Option<f64> {
        match self {
            Current::Value(q) => Some(q.value),
            Current::Done(_) => None,
        }
    }
}

fn split_comparison(t: &str) -> Option<(Comparison, &str)> {
    const PREFIXES: &[(&str, Comparison)] = &[
        (">=", Comparison::AtLeast),
        ("≥", Comparison::AtLeast),
        ("=>", Comparison::AtLeast),
        (">", Comparison::AtLeast),
        ("<=", Comparison::AtMost),
        ("≤", Comparison::AtMost),
        ("=<", Comparison::AtMost),
        ("<", Comparison::AtMost),
        ("minst ", Comparison::AtLeast),
        ("minimum ", Comparison::AtLeast),
        ("over ", Comparison::AtLeast),
        ("at least ", Comparison::AtLeast),
        ("above ", Comparison::AtLeast),
        ("maks ", Comparison::AtMost),
        ("maksimalt ", Comparison::AtMost),
        ("høgst ", Comparison::AtMost),
        ("høyst ", Comparison::AtMost),
        ("under ", Comparison::AtMost),
        ("at most ", Comparison::AtMost),
        ("no more than ", Comparison::AtMost),
        ("below ", Comparison::AtMost),
        ("maximum ", Comparison::AtMost),
    ];
    let lower = t.to_lowercase();
    PREFIXES.iter().find_map(|(p, c)| lower.starts_with(p).then(|| (*c, t[p.len()..].trim())))
}

/// Multipliers written after the number: `2 mill.`, `3 MNOK`, `42k`.
const SCALES: &[(&str, f64)] = &[
    ("millioner", 1e6),
    ("million", 1e6),
    ("mill.", 1e6),
    ("mill", 1e6),
    ("mnok", 1e6),
    ("mrd.", 1e9),
    ("mrd", 1e9),
    ("milliarder", 1e9),
    ("billion", 1e9),
    ("bn", 1e9),
    ("tusen", 1e3),
    ("thousand", 1e3),
    ("k", 1e3),
    ("m", 1e6),
];

const CURRENCIES: &[&str] = &["NOK", "SEK", "DKK", "EUR", "USD", "GBP", "kr", "$", "€", "£"];

impl Quantity {
    /// Parse a number written as text in `lang`.
    pub fn parse(text: &str, lang: Lang) -> Result<Quantity, QuantityError> {
        let t = text.trim();
        let fail = |reason: String| QuantityError {
            reason,
            help: "write a plain number (13000, 1.5) or text such as \"13 000\", \"1,5 %\" or \"NOK 2 mill.\""
                .to_owned(),
        };
        let mut unit: Option<String> = None;
        let mut rest = t;
        // A leading currency: `NOK 2 mill.`, `$800k`, `kr 500`.
        for cur in CURRENCIES {
            if let Some(r) = strip_prefix_ci(rest, cur)
                && r.starts_with(|c: char| c.is_ascii_digit() || c.is_whitespace() || c == '-')
            {
                unit = Some(currency_code(cur));
                rest = r.trim_start();
                break;
            }
        }
        let number_end = rest
            .char_indices()
            .find(|&(_, c)| {
                !(c.is_ascii_digit() || matches!(c, ',' | '.' | ' ' | '\u{a0}' | '\u{202f}' | '-' | '+' | '−'))
            })
            .map_or(rest.len(), |(i, _)| i);
        let (digits, mut tail) = rest.split_at(number_end);
        let digits = digits.trim_end_matches([' ', '\u{a0}', '\u{202f}']);
        // Give back a trailing separator that belongs to the tail, as in `2 mill.`
        if digits.is_empty() || !digits.chars().any(|c| c.is_ascii_digit()) {
            return Err(fail(format!("`{t}` is not a number")));
        }
        let mut value = parse_digits(digits).map_err(|reason| QuantityError {
            reason: format!("`{t}` in {} file {reason}", lang_name(lang)),
            help: "write it as a YAML number (1500 or 1.5), or with a space for thousands (\"1 500\") and the file's decimal mark".to_owned(),
        })?;
        tail = tail.trim();
        if !tail.is_empty() {
            let lower = tail.to_lowercase();
            if let Some((word, scale)) = SCALES.iter().find(|(w, _)| {
                lower == *w || lower.starts_with(&format!("{w} ")) || (*w == "mnok" && lower.starts_with(w))
            }) {
                value *= scale;
                if *word == "mnok" {
                    unit = Some("NOK".to_owned());
                }
                tail = tail[word.len()..].trim();
            }
        }
        if !tail.is_empty() {
            let lower = tail.to_lowercase();
            let u = match lower.as_str() {
                "%" | "prosent" | "percent" | "pst" | "pst." => "%".to_owned(),
                _ if CURRENCIES.iter().any(|c| c.eq_ignore_ascii_case(tail)) => currency_code(tail),
                _ if tail.chars().next().is_some_and(|c| c.is_alphabetic() || "%‰°/".contains(c)) => tail.to_owned(),
                _ => return Err(fail(format!("`{t}` has `{tail}` after the number"))),
            };
            if unit.is_some() && !CURRENCIES.iter().any(|c| c.eq_ignore_ascii_case(tail)) {
                return Err(fail(format!("`{t}` has both a currency and `{tail}`")));
            }
            unit = Some(u);
        }
        Ok(Quantity { value, unit })
    }
}

fn lang_name(lang: Lang) -> &'static str {
    match lang {
        Lang::Nb => "a bokmål",
        Lang::Nn => "a nynorsk",
        Lang::En => "an English",
    }
}

fn strip_prefix_ci<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    text.get(..prefix.len()).filter(|p| p.eq_ignore_ascii_case(prefix)).map(|_| &text[prefix.len()..])
}

fn currency_code(text: &str) -> String {
    match text.to_lowercase().as_str() {
        "kr" | "nok" => "NOK",
        "$" | "usd" => "USD",
        "€" | "eur" => "EUR",
        "£" | "gbp" => "GBP",
        "sek" => "SEK",
        "dkk" => "DKK",
        _ => text,
    }
    .to_owned()
}

/// Digits with optional sign, group separators and one decimal mark. A lone `,` or `.` before
/// exactly three digits is ambiguous in every language: teams mix them, and `1,500` in an English
/// file is as likely a Norwegian one and a half as fifteen hundred.
fn parse_digits(text: &str) -> Result<f64, String> {
    let (negative, body) = match text.strip_prefix(['-', '−']) {
        Some(b) => (true, b.trim_start()),
        None => (false, text.strip_prefix('+').unwrap_or(text)),
    };
    let body: String = body.chars().filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}')).collect();
    if body.is_empty() || !body.chars().all(|c| c.is_ascii_digit() || c == ',' || c == '.') {
        return Err("is not a number".to_owned());
    }
    let commas = body.matches(',').count();
    let dots = body.matches('.').count();
    let normalised = match (commas, dots) {
        (0, 0) => body.clone(),
        (c, d) if c > 0 && d > 0 => {
            // Both marks: the last one is the decimal mark, the other groups thousands.
            let (group, decimal) = if body.rfind(',') > body.rfind('.') { ('.', ',') } else { (',', '.') };
            if body.matches(decimal).count() > 1 {
                return Err(format!("has more than one decimal mark `{decimal}`"));
            }
            check_groups(&body, group, decimal)?;
            body.replace(group, "").replace(decimal, ".")
        }
        (c, d) => {
            let mark = if c > 0 { ',' } else { '.' };
            let count = c.max(d);
            let (int, frac) = body.split_once(mark).unwrap_or((&body, ""));
            if count > 1 {
                check_groups(&body, mark, '\0')?;
                body.replace(mark, "")
            } else if frac.len() == 3 && int != "0" && !int.is_empty() {
                let (grouped, decimal) = if mark == ',' { ("1,500", "1,5") } else { ("1.500", "1.5") };
                return Err(format!(
                    "is ambiguous: `{mark}` followed by three digits may group thousands ({grouped} = 1500) or mark decimals ({decimal}00 = 1.5)"
                ));
            } else if frac.is_empty() || int.is_empty() && mark == ',' {
                return Err(format!("has a stray `{mark}`"));
            } else {
                format!("{int}.{frac}")
            }
        }
    };
    let value: f64 = normalised.parse().map_err(|_| "is not a number".to_owned())?;
    Ok(if negative { -value } else { value })
}

fn check_groups(body: &str, group: char, decimal: char) -> Result<(), String> {
    let int = body.split(decimal).next().unwrap_or(body);
    let mut parts = int.split(group);
    let first = parts.next().unwrap_or("");
    if first.is_empty() || first.len() > 3 || parts.any(|p| p.len() != 3) {
        return Err(format!("has `{group}` in places that do not group thousands"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(text: &str, lang: Lang) -> (f64, Option<String>) {
        let q = Quantity::parse(text, lang).unwrap_or_else(|e| panic!("{text}: {e:?}"));
        (q.value, q.unit)
    }

    #[test]
    fn norwegian_and_english_forms() {
        assert_eq!(q("1 000", Lang::Nb), (1000.0, None));
        assert_eq!(q("1\u{a0}000", Lang::Nb), (1000.0, None));
        assert_eq!(q("1,5 %", Lang::Nb), (1.5, Some("%".into())));
        assert_eq!(q("2.5%", Lang::Nb), (2.5, Some("%".into())));
        assert_eq!(q("2.5%", Lang::En), (2.5, Some("%".into())));
        assert_eq!(q("NOK 2 mill.", Lang::Nb), (2e6, Some("NOK".into())));
        assert_eq!(q("3 MNOK", Lang::Nb), (3e6, Some("NOK".into())));
        assert_eq!(q("$800k", Lang::En), (800e3, Some("USD".into())));
        assert_eq!(q("1.000.000", Lang::Nb), (1e6, None));
        assert_eq!(q("1,000,000", Lang::En), (1e6, None));
        assert_eq!(q("1.234,5", Lang::Nb), (1234.5, None));
        assert_eq!(q("1,234.5", Lang::En), (1234.5, None));
        assert_eq!(q("13 000 økter", Lang::Nb), (13000.0, Some("økter".into())));
        assert_eq!(q("2 s", Lang::Nb), (2.0, Some("s".into())));
        assert_eq!(q("-3,25", Lang::Nn), (-3.25, None));
        assert_eq!(q("0,500", Lang::Nb), (0.5, None));
        assert_eq!(q("45 prosent", Lang::Nb), (45.0, Some("%".into())));
    }

    #[test]
    fn ambiguous_thousands_are_errors_in_every_language() {
        for lang in Lang::ALL {
            for text in ["1,500", "1.500", "10,000"] {
                let e = Quantity::parse(text, lang).unwrap_err();
                assert!(e.reason.contains("ambiguous"), "{text} {lang}: {e:?}");
            }
        }
    }

    #[test]
    fn garbage_is_an_error() {
        for text in ["mye", "", "1,2,3.4.5", "12 34,5,6", "1..2", "NOK"] {
            assert!(Quantity::parse(text, Lang::Nb).is_err(), "{text}");
        }
    }

    #[test]
    fn a_start_and_an_end_or_a_range_in_target_say_where_the_numbers_go() {
        let error = |text: &str, lang: Lang| Target::parse(text, lang).unwrap_err();
        let e = error("fra 31 til 45", Lang::Nb);
        assert_eq!(e.reason, "`fra 31 til 45` is where you start and where you want to be, not one number");
        assert_eq!(e.help, "put the start in `baseline: 31` and the level to reach in `target: 45`");
        assert_eq!(
            error("from 4% to 3%", Lang::En).help,
            "put the start in `baseline: 4%` and the level to reach in `target: 3%`"
        );
        let e = error("31–45", Lang::Nb);
        assert_eq!(e.reason, "`31–45` is a range, not one number");
        assert_eq!(
            e.help,
            "write the level to reach (`target: 45`), or the bound to stay above as a threshold (`target: \">= 31\"`)"
        );
        assert_eq!(error("mellom 25 og 30 %", Lang::Nb).reason, "`mellom 25 og 30 %` is a range, not one number");
        assert_eq!(error("25-30", Lang::Nb).reason, "`25-30` is a range, not one number");
        // Not two numbers: the plain help stays.
        assert!(error("fra mye til mer", Lang::Nb).help.starts_with("write a plain number"));
        assert_eq!(Target::parse("-5", Lang::Nb).unwrap(), Target::Level(Quantity::number(-5.0)));
    }

    #[test]
    fn targets_thresholds_and_milestones() {
        assert_eq!(
            Target::parse(">= 99.9 %", Lang::Nb).unwrap(),
            Target::Threshold(Comparison::AtLeast, Quantity { value: 99.9, unit: Some("%".into()) })
        );
        assert_eq!(
            Target::parse("minst 4,5", Lang::Nb).unwrap(),
            Target::Threshold(Comparison::AtLeast, Quantity::number(4.5))
        );
        assert_eq!(
            Target::parse("under 2 s", Lang::Nb).unwrap(),
            Target::Threshold(Comparison::AtMost, Quantity { value: 2.0, unit: Some("s".into()) })
        );
        assert_eq!(Target::parse("done", Lang::En).unwrap(), Target::Milestone);
        assert_eq!(Current::parse("not done", Lang::En).unwrap(), Current::Done(false));
        assert_eq!(Current::parse("ferdig", Lang::Nb).unwrap(), Current::Done(true));
    }
}
