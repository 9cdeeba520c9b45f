//! The SVG chart of one key result's value over its period: real axes (dates and values), the
//! baseline, the target, the pace line from baseline to target, today, and the check-ins as a
//! step line (a value holds until the next check-in). Colours come from the page's CSS classes,
//! so light and dark schemes and print all apply.

use std::fmt::Write as _;

use jiff::civil::Date;

use super::text;
use crate::model::Lang;

const WIDTH: f64 = 640.0;
const HEIGHT: f64 = 240.0;
const LEFT: f64 = 72.0;
const RIGHT: f64 = 150.0;
const TOP: f64 = 14.0;
const BOTTOM: f64 = 34.0;

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Goal {
    /// Move from the baseline to this value; the pace line runs there.
    Level(f64),
    /// Stay above or below this value.
    Threshold(f64),
}

pub struct Chart<'a> {
    /// A prefix for the ids of the title and description (unique on the page).
    pub id: &'a str,
    pub title: &'a str,
    pub start: Date,
    pub end: Date,
    pub today: Date,
    pub baseline: Option<f64>,
    pub goal: Option<Goal>,
    pub unit: Option<&'a str>,
    /// Check-ins, oldest first.
    pub points: &'a [(Date, f64)],
    pub lang: Lang,
}

/// HTML/XML escaping for text placed in the SVG (and every page): written straight into the
/// output, the text between the special characters in one piece, without a copy.
pub fn escape(text: &str) -> Escaped<'_> {
    Escaped(text)
}

#[derive(Clone, Copy)]
pub struct Escaped<'a>(&'a str);

impl std::fmt::Display for Escaped<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut rest = self.0;
        while let Some(at) = rest.find(['&', '<', '>', '"', '\'']) {
            f.write_str(&rest[..at])?;
            f.write_str(match rest.as_bytes()[at] {
                b'&' => "&amp;",
                b'<' => "&lt;",
                b'>' => "&gt;",
                b'"' => "&quot;",
                _ => "&#39;",
            })?;
            rest = &rest[at + 1..];
        }
        f.write_str(rest)
    }
}

/// A coordinate with one decimal (`12.5`, `40`), without float formatting's slow exact path,
/// written straight into the chart.
fn fmt(v: f64) -> Coordinate {
    Coordinate((v * 10.0).round() as i64)
}

/// A coordinate in tenths.
#[derive(Clone, Copy)]
struct Coordinate(i64);

impl std::fmt::Display for Coordinate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (whole, tenth) = (self.0 / 10, (self.0 % 10).abs());
        let sign = if self.0 < 0 && whole == 0 { "-" } else { "" };
        if tenth == 0 { write!(f, "{sign}{whole}") } else { write!(f, "{sign}{whole}.{tenth}") }
    }
}

/// "Nice" tick values (1, 2, 2.5 or 5 × 10ⁿ apart), from the last one at or below `lo` to the
/// first one at or above `hi`, about `wanted` of them.
/// The ticks and how many decimals their labels need.
fn ticks_and_decimals(lo: f64, hi: f64, wanted: f64) -> (Vec<f64>, usize) {
    let span = (hi - lo).max(f64::EPSILON);
    let raw = span / wanted;
    let magnitude = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .map(|m| m * magnitude)
        .find(|s| span / s <= wanted)
        .unwrap_or(magnitude * 10.0);
    let first = (lo / step + 1e-9).floor();
    let last = (hi / step - 1e-9).ceil();
    let decimals = (-step.log10().floor()).max(0.0) as usize + 1;
    let values = (0..=((last - first) as i64).clamp(1, 50))
        .map(|i| {
            let v = (first + i as f64) * step;
            // Round away float noise (0.6000000000000001).
            let v: f64 = format!("{v:.decimals$}").parse().unwrap_or(v);
            if v.abs() < step * 1e-9 { 0.0 } else { v }
        })
        .collect();
    (values, decimals)
}

/// How the chart writes large numbers so they fit its margins: from a million on, in millions,
/// billions or trillions (`150M`, `1.5B`; `150 mill.`, `1,5 mrd.`). The table under the chart
/// has the exact values.
#[derive(Clone, Copy)]
struct Scale {
    factor: f64,
    suffix: &'static str,
}

impl Scale {
    /// The scale for numbers up to `largest` (in absolute value).
    fn of(lang: Lang, largest: f64) -> Scale {
        const EN: [(f64, &str); 3] = [(1e12, "T"), (1e9, "B"), (1e6, "M")];
        const NB: [(f64, &str); 3] = [(1e12, "\u{a0}bill."), (1e9, "\u{a0}mrd."), (1e6, "\u{a0}mill.")];
        let table = if lang == Lang::En { EN } else { NB };
        let (factor, suffix) = table.into_iter().find(|(f, _)| largest.abs() >= *f).unwrap_or((1.0, ""));
        Scale { factor, suffix }
    }

    /// `v` with `decimals` decimals as written without the scale (trailing zeros dropped).
    fn label(self, lang: Lang, v: f64, decimals: usize) -> String {
        if self.factor == 1.0 || v == 0.0 {
            return text::number(lang, v, decimals);
        }
        let decimals = decimals + self.factor.log10().round() as usize;
        format!("{}{}", text::number(lang, v / self.factor, decimals), self.suffix)
    }
}

fn month_name(lang: Lang, month: i8) -> &'static str {
    const EN: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    const NB: [&str; 12] =
        ["jan.", "feb.", "mars", "apr.", "mai", "juni", "juli", "aug.", "sep.", "okt.", "nov.", "des."];
    let i = (month.clamp(1, 12) - 1) as usize;
    if lang == Lang::En { EN[i] } else { NB[i] }
}

/// `5 Jan` / `5. jan.`
pub fn short_date(lang: Lang, d: Date) -> String {
    if lang == Lang::En {
        format!("{} {}", d.day(), month_name(lang, d.month()))
    } else {
        format!("{}. {}", d.day(), month_name(lang, d.month()))
    }
}

fn days(from: Date, to: Date) -> f64 {
    (to - from).get_days() as f64
}

impl Chart<'_> {
    pub fn svg(&self) -> String {
        let lang = self.lang;
        let plot_w = WIDTH - LEFT - RIGHT;
        let plot_h = HEIGHT - TOP - BOTTOM;
        let total = days(self.start, self.end).max(1.0);
        let x = |d: Date| LEFT + (days(self.start, d).clamp(0.0, total) / total) * plot_w;

        let mut values: Vec<f64> = self.points.iter().map(|p| p.1).collect();
        values.extend(self.baseline);
        values.extend(self.goal.map(|g| match g {
            Goal::Level(v) | Goal::Threshold(v) => v,
        }));
        let (mut lo, mut hi) =
            values.iter().fold((f64::INFINITY, f64::NEG_INFINITY), |(l, h), &v| (l.min(v), h.max(v)));
        if !lo.is_finite() {
            (lo, hi) = (0.0, 1.0);
        }
        if (hi - lo).abs() < f64::EPSILON {
            let pad = if hi == 0.0 { 1.0 } else { hi.abs() * 0.1 };
            (lo, hi) = (lo - pad, hi + pad);
        }
        let pad = (hi - lo) * 0.04;
        let (lo, hi) = (lo - pad, hi + pad);
        let (y_ticks, decimals) = ticks_and_decimals(lo, hi, 5.0);
        let (lo, hi) = (lo.min(y_ticks.first().copied().unwrap_or(lo)), hi.max(y_ticks.last().copied().unwrap_or(hi)));
        let y = |v: f64| TOP + (1.0 - (v - lo) / (hi - lo)) * plot_h;

        let id = escape(self.id);
        let mut s = String::with_capacity(4096);
        let _ = write!(
            s,
            r#"<svg class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" aria-labelledby="{id}-t {id}-d" xmlns="http://www.w3.org/2000/svg">"#
        );
        let _ = write!(s, r#"<title id="{id}-t">{}</title>"#, escape(self.title));
        let _ = write!(s, r#"<desc id="{id}-d">{}</desc>"#, escape(&self.description()));

        // Value axis: grid lines with labels.
        s.push_str(r#"<g class="c-grid">"#);
        for v in &y_ticks {
            let yy = y(*v);
            let _ = write!(
                s,
                r#"<line x1="{}" x2="{}" y1="{}" y2="{}"/>"#,
                fmt(LEFT),
                fmt(LEFT + plot_w),
                fmt(yy),
                fmt(yy)
            );
        }
        s.push_str("</g><g class=\"c-label\" text-anchor=\"end\">");
        let scale = Scale::of(lang, y_ticks.iter().fold(0.0, |m: f64, v| m.max(v.abs())));
        for v in &y_ticks {
            let _ = write!(
                s,
                r#"<text x="{}" y="{}">{}</text>"#,
                fmt(LEFT - 6.0),
                fmt(y(*v) + 4.0),
                escape(&scale.label(lang, *v, decimals))
            );
        }
        s.push_str("</g>");

        // Date axis: months, or weeks in periods shorter than two months.
        let mut date_ticks = Vec::new();
        if total >= 55.0 {
            let mut d = self.start.first_of_month();
            if d < self.start {
                d = d.saturating_add(jiff::Span::new().months(1));
            }
            while d <= self.end {
                date_ticks.push((d, month_name(lang, d.month()).to_owned()));
                d = d.saturating_add(jiff::Span::new().months(1));
            }
        } else {
            let mut d = self.start;
            while d <= self.end {
                date_ticks.push((d, short_date(lang, d)));
                d = d.saturating_add(jiff::Span::new().days(7));
            }
        }
        let axis_y = TOP + plot_h;
        let _ = write!(
            s,
            r#"<g class="c-axis"><line x1="{}" x2="{}" y1="{}" y2="{}"/>"#,
            fmt(LEFT),
            fmt(LEFT + plot_w),
            fmt(axis_y),
            fmt(axis_y)
        );
        for (d, _) in &date_ticks {
            let _ =
                write!(s, r#"<line x1="{0}" x2="{0}" y1="{1}" y2="{2}"/>"#, fmt(x(*d)), fmt(axis_y), fmt(axis_y + 5.0));
        }
        s.push_str("</g><g class=\"c-label\" text-anchor=\"middle\">");
        for (d, label) in &date_ticks {
            let _ = write!(s, r#"<text x="{}" y="{}">{}</text>"#, fmt(x(*d)), fmt(axis_y + 20.0), escape(label));
        }
        s.push_str("</g>");

        let t = text::text(lang);
        let label = |s: &mut String, class: &str, v: f64, at: f64, name: &str| {
            let _ = write!(
                s,
                r#"<text class="c-label {class}" x="{}" y="{}">{} {}</text>"#,
                fmt(LEFT + plot_w + 6.0),
                fmt(at + 4.0),
                escape(name),
                escape(&Scale::of(lang, v).label(lang, v, 2))
            );
        };
        // The baseline's and the target's labels, a line apart when their values are close (a
        // KPI whose target is its baseline): the higher value's label above.
        let goal_value = self.goal.map(|(Goal::Level(g) | Goal::Threshold(g))| g);
        let (mut base_at, mut goal_at) = (self.baseline.map(y), goal_value.map(y));
        if let (Some(b), Some(g), Some(bv), Some(gv)) = (&mut base_at, &mut goal_at, self.baseline, goal_value) {
            const LINE: f64 = 13.0;
            if (*b - *g).abs() < LINE {
                let middle = (*b + *g) / 2.0;
                let goal_above = if gv >= bv { -1.0 } else { 1.0 };
                (*g, *b) = (middle + goal_above * LINE / 2.0, middle - goal_above * LINE / 2.0);
            }
        }
        // Baseline, target and the pace between them.
        if let Some(b) = self.baseline {
            let _ = write!(
                s,
                r#"<line class="c-base" x1="{}" x2="{}" y1="{2}" y2="{2}"/>"#,
                fmt(LEFT),
                fmt(LEFT + plot_w),
                fmt(y(b))
            );
            label(&mut s, "c-base-label", b, base_at.unwrap_or(y(b)), t.baseline);
        }
        if let Some(Goal::Level(g) | Goal::Threshold(g)) = self.goal {
            let _ = write!(
                s,
                r#"<line class="c-target" x1="{}" x2="{}" y1="{2}" y2="{2}"/>"#,
                fmt(LEFT),
                fmt(LEFT + plot_w),
                fmt(y(g))
            );
            label(&mut s, "c-target-label", g, goal_at.unwrap_or(y(g)), t.target);
        }
        if let (Some(b), Some(Goal::Level(g))) = (self.baseline, self.goal) {
            let _ = write!(
                s,
                r#"<line class="c-pace" x1="{}" y1="{}" x2="{}" y2="{}"><title>{}</title></line>"#,
                fmt(x(self.start)),
                fmt(y(b)),
                fmt(x(self.end)),
                fmt(y(g)),
                escape(t.pace)
            );
        }
        // Today.
        if self.start <= self.today && self.today <= self.end {
            let tx = x(self.today);
            let _ = write!(
                s,
                r#"<line class="c-now" x1="{0}" x2="{0}" y1="{1}" y2="{2}"/><text class="c-label c-now-label" x="{0}" y="{3}" text-anchor="middle">{4}</text>"#,
                fmt(tx),
                fmt(TOP),
                fmt(axis_y),
                fmt(TOP - 3.0),
                escape(t.today)
            );
        }
        // The values: a step line that holds each value until the next check-in, then today.
        let shown: Vec<(Date, f64)> = self
            .points
            .iter()
            .copied()
            .filter(|(d, _)| *d <= self.end && *d >= self.start.saturating_sub(jiff::Span::new().days(366)))
            .collect();
        if let Some(&(first_d, first_v)) = shown.first() {
            let mut path = format!("M{} {}", fmt(x(first_d)), fmt(y(first_v)));
            let mut last_v = first_v;
            for &(d, v) in &shown[1..] {
                let _ = write!(path, "H{}V{}", fmt(x(d)), fmt(y(v)));
                last_v = v;
            }
            let until = self.today.min(self.end);
            if until > shown.last().map_or(until, |p| p.0) {
                let _ = write!(path, "H{}", fmt(x(until)));
            }
            let _ = last_v;
            let _ = write!(s, r#"<path class="c-line" d="{path}"/>"#);
            s.push_str("<g class=\"c-point\">");
            for &(d, v) in &shown {
                let _ = write!(
                    s,
                    r#"<circle cx="{}" cy="{}" r="3.5"><title>{}: {}</title></circle>"#,
                    fmt(x(d)),
                    fmt(y(v)),
                    escape(&short_date(lang, d)),
                    escape(&text::quantity(lang, v, self.unit))
                );
            }
            s.push_str("</g>");
        }
        s.push_str("</svg>");
        s
    }

    /// The chart in words, for screen readers.
    fn description(&self) -> String {
        let lang = self.lang;
        let en = lang == Lang::En;
        let q = |v: f64| text::quantity(lang, v, self.unit);
        let mut parts = Vec::new();
        match (self.points.first(), self.points.last()) {
            (Some(first), Some(last)) if self.points.len() > 1 => parts.push(if en {
                format!(
                    "{} check-ins, from {} on {} to {} on {}",
                    self.points.len(),
                    q(first.1),
                    first.0,
                    q(last.1),
                    last.0
                )
            } else {
                format!(
                    "{} innsjekker, fra {} den {} til {} den {}",
                    self.points.len(),
                    q(first.1),
                    first.0,
                    q(last.1),
                    last.0
                )
            }),
            (Some(only), _) => parts.push(if en {
                format!("one check-in: {} on {}", q(only.1), only.0)
            } else {
                format!("én innsjekk: {} den {}", q(only.1), only.0)
            }),
            _ => parts.push(if en { "no check-ins".to_owned() } else { "ingen innsjekker".to_owned() }),
        }
        if let Some(b) = self.baseline {
            parts.push(format!("{} {}", if en { "baseline" } else { "utgangspunkt" }, q(b)));
        }
        if let Some(Goal::Level(g) | Goal::Threshold(g)) = self.goal {
            parts.push(format!("{} {}", if en { "target" } else { "mål" }, q(g)));
        }
        parts.push(if en {
            format!("period {} to {}", self.start, self.end)
        } else {
            format!("perioden {} til {}", self.start, self.end)
        });
        let mut out = parts.join("; ");
        out.push('.');
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_writes_the_five_html_characters_as_entities_and_leaves_the_rest() {
        assert_eq!(escape("").to_string(), "");
        assert_eq!(escape("Øke NPS fra 32 til 48").to_string(), "Øke NPS fra 32 til 48");
        assert_eq!(
            escape("<b>Kari & Ola's \"plan\"</b> → 1/2").to_string(),
            "&lt;b&gt;Kari &amp; Ola&#39;s &quot;plan&quot;&lt;/b&gt; → 1/2"
        );
    }
    use jiff::civil::date;

    #[test]
    fn coordinates_have_one_decimal() {
        assert_eq!([12.0, 12.54, -0.5, -3.25, 0.04].map(|v| fmt(v).to_string()), ["12", "12.5", "-0.5", "-3.3", "0"]);
    }

    #[test]
    fn ticks_are_round_numbers() {
        assert_eq!(ticks_and_decimals(9880.0, 13120.0, 5.0).0, [9000.0, 10000.0, 11000.0, 12000.0, 13000.0, 14000.0]);
        assert_eq!(ticks_and_decimals(0.0, 1.0, 5.0).0, [0.0, 0.2, 0.4, 0.6, 0.8, 1.0]);
        assert_eq!(ticks_and_decimals(23.0, 49.0, 5.0).0, [20.0, 30.0, 40.0, 50.0]);
    }

    fn chart_of(baseline: f64, target: f64, points: &[(Date, f64)], lang: Lang) -> String {
        Chart {
            id: "k",
            title: "K",
            start: date(2026, 10, 1),
            end: date(2026, 12, 31),
            today: date(2026, 11, 27),
            baseline: Some(baseline),
            goal: Some(Goal::Level(target)),
            unit: Some("kr"),
            points,
            lang,
        }
        .svg()
    }

    /// The texts of the chart's `<text>` elements with their `y`.
    fn labels(svg: &str) -> Vec<(f64, String)> {
        svg.split("<text ")
            .skip(1)
            .filter_map(|t| {
                let y = t.split("y=\"").nth(1)?.split('"').next()?.parse().ok()?;
                Some((y, t.split_once('>')?.1.split('<').next()?.to_owned()))
            })
            .collect()
    }

    #[test]
    fn large_numbers_are_written_short_enough_for_the_margins() {
        let points = [(date(2026, 10, 5), 150_000_000.0), (date(2026, 11, 2), 420_000_000_000.0)];
        let en = chart_of(0.0, 1_000_000_000_000.0, &points, Lang::En);
        let texts: Vec<String> = labels(&en).into_iter().map(|(_, t)| t).collect();
        assert!(texts.contains(&"target 1T".to_owned()) && texts.contains(&"baseline 0".to_owned()), "{texts:?}");
        assert!(texts.iter().any(|t| t == "0.5T"), "one scale for the axis: {texts:?}");
        // At most 9 characters at the axis (72 px) and 18 beside the lines (150 px).
        assert!(texts.iter().all(|t| t.chars().count() <= 18), "{texts:?}");
        let nb = chart_of(120_000_000.0, 150_000_000.0, &[], Lang::Nb);
        let texts: Vec<String> = labels(&nb).into_iter().map(|(_, t)| t).collect();
        assert!(texts.contains(&"mål 150\u{a0}mill.".to_owned()), "{texts:?}");
        assert!(
            texts.contains(&"130\u{a0}mill.".to_owned()) && texts.iter().all(|t| t.chars().count() <= 22),
            "{texts:?}"
        );
    }

    #[test]
    fn a_target_equal_to_the_baseline_has_its_label_a_line_apart() {
        let svg = chart_of(2.0, 2.0, &[(date(2026, 10, 5), 3.0)], Lang::En);
        let at = |name: &str| labels(&svg).into_iter().find(|(_, t)| t.starts_with(name)).unwrap().0;
        assert!(at("target") + 12.0 < at("baseline"), "{svg}");
    }

    #[test]
    fn the_chart_has_axes_lines_and_a_description() {
        let points = [(date(2026, 1, 5), 10000.0), (date(2026, 2, 2), 10800.0), (date(2026, 2, 23), 11200.0)];
        let svg = Chart {
            id: "kr-<x>",
            title: "Trafikk <script>",
            start: date(2026, 1, 1),
            end: date(2026, 3, 31),
            today: date(2026, 3, 2),
            baseline: Some(10000.0),
            goal: Some(Goal::Level(13000.0)),
            unit: Some("økter"),
            points: &points,
            lang: Lang::Nb,
        }
        .svg();
        for needle in [
            "c-pace",
            "c-target",
            "c-base",
            "c-now",
            ">jan.<",
            ">mars<",
            ">13\u{a0}000<",
            "3 innsjekker, fra 10\u{a0}000\u{a0}økter den 2026-01-05",
        ] {
            assert!(svg.contains(needle), "{needle} missing in {svg}");
        }
        assert!(!svg.contains("<script>") && !svg.contains("kr-<x>"));
    }
}
