use std::fmt;

use jiff::civil::Date;

/// The time an OKR set covers, with inclusive start and end dates.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Period {
    pub kind: PeriodKind,
    pub start: Date,
    pub end: Date,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PeriodKind {
    Quarter(i16, u8),
    Half(i16, u8),
    Year(i16),
    Month(i16, u8),
    Range,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PeriodError {
    /// The text as written.
    pub text: String,
    pub reason: String,
}

pub const PERIOD_FORMS: &str = "2026-Q1, 2026-H2, 2026, 2026-03 or 2026-01-15..2026-04-30";

impl Period {
    pub fn parse(text: &str) -> Result<Period, PeriodError> {
        let t = text.trim();
        let err = |reason: String| PeriodError { text: t.to_owned(), reason };
        if let Some((a, b)) = t.split_once("..") {
            let start = parse_date(a).ok_or_else(|| err(format!("`{}` is not a date (YYYY-MM-DD)", a.trim())))?;
            let end = parse_date(b).ok_or_else(|| err(format!("`{}` is not a date (YYYY-MM-DD)", b.trim())))?;
            if end < start {
                return Err(err(format!("the range ends ({end}) before it starts ({start})")));
            }
            return Ok(Period { kind: PeriodKind::Range, start, end });
        }
        let (year_text, rest) = match t.split_once('-') {
            Some((y, r)) => (y, Some(r)),
            None => (t, None),
        };
        let year: i16 = match year_text.parse() {
            Ok(y) if (1900..=2999).contains(&y) && year_text.len() == 4 => y,
            _ => return Err(err(format!("write the period as {PERIOD_FORMS}"))),
        };
        let date = |m: i8, d: i8| Date::new(year, m, d).map_err(|e| err(e.to_string()));
        let (kind, start, end) = match rest.map(|r| r.to_ascii_uppercase()) {
            None => (PeriodKind::Year(year), date(1, 1)?, date(12, 31)?),
            Some(r) if r.starts_with('Q') => {
                let q: u8 = r[1..]
                    .parse()
                    .ok()
                    .filter(|q| (1..=4).contains(q))
                    .ok_or_else(|| err("a quarter is Q1, Q2, Q3 or Q4".to_owned()))?;
                let first = (q as i8 - 1) * 3 + 1;
                let end = date(first + 2, 1)?.last_of_month();
                (PeriodKind::Quarter(year, q), date(first, 1)?, end)
            }
            Some(r) if r.starts_with('H') => {
                let h: u8 = r[1..]
                    .parse()
                    .ok()
                    .filter(|h| (1..=2).contains(h))
                    .ok_or_else(|| err("a half year is H1 or H2".to_owned()))?;
                let (s, e) = if h == 1 { (date(1, 1)?, date(6, 30)?) } else { (date(7, 1)?, date(12, 31)?) };
                (PeriodKind::Half(year, h), s, e)
            }
            Some(r) if r.len() == 2 && r.bytes().all(|b| b.is_ascii_digit()) => {
                let m: u8 = r
                    .parse()
                    .ok()
                    .filter(|m| (1..=12).contains(m))
                    .ok_or_else(|| err("a month is 01 to 12".to_owned()))?;
                let start = date(m as i8, 1)?;
                (PeriodKind::Month(year, m), start, start.last_of_month())
            }
            Some(_) => return Err(err(format!("write the period as {PERIOD_FORMS}"))),
        };
        Ok(Period { kind, start, end })
    }

    /// Whether `date` falls within the period.
    pub fn contains(&self, date: Date) -> bool {
        self.start <= date && date <= self.end
    }

    /// The share of the period that has passed at the end of `date`, in [0, 1].
    pub fn elapsed_fraction(&self, date: Date) -> f64 {
        if date < self.start {
            return 0.0;
        }
        if date >= self.end {
            return 1.0;
        }
        let total = (self.end - self.start).get_days() as f64 + 1.0;
        let passed = (date - self.start).get_days() as f64 + 1.0;
        (passed / total).clamp(0.0, 1.0)
    }
}

fn parse_date(text: &str) -> Option<Date> {
    text.trim().parse::<Date>().ok()
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.kind {
            PeriodKind::Quarter(y, q) => write!(f, "{y}-Q{q}"),
            PeriodKind::Half(y, h) => write!(f, "{y}-H{h}"),
            PeriodKind::Year(y) => write!(f, "{y}"),
            PeriodKind::Month(y, m) => write!(f, "{y}-{m:02}"),
            PeriodKind::Range => write!(f, "{}..{}", self.start, self.end),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn every_supported_form_has_start_and_end() {
        let cases = [
            ("2026-Q1", date(2026, 1, 1), date(2026, 3, 31)),
            ("2026-q4", date(2026, 10, 1), date(2026, 12, 31)),
            ("2026-H2", date(2026, 7, 1), date(2026, 12, 31)),
            ("2026", date(2026, 1, 1), date(2026, 12, 31)),
            ("2024-02", date(2024, 2, 1), date(2024, 2, 29)),
            ("2026-01-15..2026-04-30", date(2026, 1, 15), date(2026, 4, 30)),
        ];
        for (text, start, end) in cases {
            let p = Period::parse(text).unwrap();
            assert_eq!((p.start, p.end), (start, end), "{text}");
        }
        assert_eq!(Period::parse("2026-q1").unwrap().to_string(), "2026-Q1");
    }

    #[test]
    fn bad_periods_say_why() {
        for text in ["Q1 2026", "2026-Q5", "2026-13", "26-Q1", "2026-04-30..2026-01-15", "våren 2026", ""] {
            let e = Period::parse(text).unwrap_err();
            assert!(!e.reason.is_empty(), "{text}");
        }
    }

    #[test]
    fn elapsed_fraction_counts_whole_days() {
        let p = Period::parse("2026-Q1").unwrap();
        assert_eq!(p.elapsed_fraction(date(2025, 12, 31)), 0.0);
        assert_eq!(p.elapsed_fraction(date(2026, 3, 31)), 1.0);
        assert!((p.elapsed_fraction(date(2026, 2, 14)) - 45.0 / 90.0).abs() < 1e-9);
    }
}
