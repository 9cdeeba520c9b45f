//! Property: `okrs check-in` changes the value it is asked to change and not one other byte, in
//! random well-formed OKR files (comments, quoting styles, flow and block mappings, missing and
//! empty values, CRLF, BOM, key order).

use okrs::check_in;
use okrs::load::{SourceFile, load_text};
use okrs::model::{Lang, Span};
use proptest::prelude::*;

#[derive(Debug, Clone)]
struct File {
    bom: bool,
    crlf: bool,
    objectives: Vec<Vec<Kr>>,
}

#[derive(Debug, Clone)]
struct Kr {
    flow: bool,
    /// (key, value as written, trailing comment)
    fields: Vec<(&'static str, String, Option<String>)>,
    comment_line: Option<String>,
}

fn number_text() -> impl Strategy<Value = String> {
    (0u32..200_000, 0..4).prop_map(|(n, style)| match style {
        0 => n.to_string(),
        1 => format!("\"{}\"", group(n)),
        2 => format!("'{}'", group(n)),
        _ => format!("\"{},5\"", n % 1000),
    })
}

fn group(n: u32) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(' ');
        }
        out.push(c);
    }
    out
}

fn comment() -> impl Strategy<Value = Option<String>> {
    proptest::option::of("[a-zæøå :#'\"-]{0,12}".prop_map(|c| format!("# {c}")))
}

fn key_result(index: usize) -> impl Strategy<Value = Kr> {
    (
        any::<bool>(),
        number_text(),
        number_text(),
        proptest::option::of(prop_oneof![number_text(), Just(String::new()), Just("~".to_owned())]),
        proptest::option::of(prop_oneof![
            (0u32..=10).prop_map(|c| format!("0.{c}").replace("0.10", "1.0")),
            (0u32..=100).prop_map(|c| format!("\"{c} %\"")),
        ]),
        comment(),
        comment(),
        comment(),
        any::<u64>(),
    )
        .prop_map(move |(flow, baseline, target, current, confidence, c1, c2, c3, seed)| {
            let mut fields = vec![
                ("id", format!("kr-{index}"), None),
                ("title", format!("Øke tallet {index} fra a til b"), None),
                ("baseline", baseline, c1),
                ("target", target, c2),
            ];
            if let Some(current) = current {
                fields.push(("current", current, c3));
            }
            if let Some(confidence) = confidence {
                fields.push(("confidence", confidence, None));
            }
            // A deterministic shuffle from the seed: any key order must survive.
            let mut s = seed;
            for i in (1..fields.len()).rev() {
                s = s.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                fields.swap(i, (s >> 33) as usize % (i + 1));
            }
            if flow {
                for f in &mut fields {
                    f.2 = None;
                    if f.1.is_empty() {
                        f.1 = "~".to_owned();
                    }
                }
            }
            Kr { flow, fields, comment_line: None }
        })
        .prop_flat_map(|kr| comment().prop_map(move |c| Kr { comment_line: c, ..kr.clone() }))
}

fn file() -> impl Strategy<Value = File> {
    (
        any::<bool>(),
        any::<bool>(),
        proptest::collection::vec(
            proptest::collection::vec(0usize..1, 1..4)
                .prop_flat_map(|v| v.iter().enumerate().map(|(i, _)| key_result(i)).collect::<Vec<_>>()),
            1..4,
        ),
    )
        .prop_map(|(bom, crlf, objectives)| File { bom, crlf, objectives })
}

fn render(file: &File) -> String {
    let mut out = String::new();
    if file.bom {
        out.push('\u{feff}');
    }
    out.push_str("---\nteam: Marketing   # laget\nperiod: 2026-Q1\nlang: nb\nobjectives:\n");
    for (o, krs) in file.objectives.iter().enumerate() {
        out.push_str(&format!("  - id: mal-{o}\n    title: \"Bli synlig, nr. {o}\"\n    key_results:\n"));
        for kr in krs {
            if let Some(c) = &kr.comment_line {
                out.push_str(&format!("      {c}\n"));
            }
            if kr.flow {
                let body: Vec<String> = kr.fields.iter().map(|(k, v, _)| format!("{k}: {v}")).collect();
                out.push_str(&format!("      - {{ {} }}\n", body.join(", ")));
                continue;
            }
            for (i, (k, v, c)) in kr.fields.iter().enumerate() {
                let lead = if i == 0 { "      - " } else { "        " };
                let sep = if v.is_empty() { "" } else { " " };
                let comment = c.as_ref().map(|c| format!("  {c}")).unwrap_or_default();
                out.push_str(&format!("{lead}{k}:{sep}{v}{comment}\n"));
            }
        }
    }
    // The body may look like YAML; it must never be touched.
    out.push_str(
        "---\n\n# Marketing\n\nNotater: tall, \"sitater\" og `kode`.\n\n---\ncurrent: 5\nconfidence: 0.1\n---\n",
    );
    if file.crlf { out.replace('\n', "\r\n") } else { out }
}

/// The text with the values of `current` and `confidence` of one key result taken out, and any
/// line (or flow entry) that the check-in inserted taken out whole.
fn without_values(text: &str, o: usize, k: usize, inserted: &[&str]) -> String {
    let file = load_text(SourceFile::new("a.md", text), Lang::Nb);
    let kr = &file.set.as_ref().unwrap().objectives[o].key_results[k];
    let mut cuts: Vec<Span> = Vec::new();
    for (name, span) in
        [("current", kr.current.as_ref().map(|c| c.span)), ("confidence", kr.confidence.as_ref().map(|c| c.span))]
    {
        let Some(span) = span else { continue };
        if inserted.contains(&name) {
            let key_at = text[..span.start].rfind(name).unwrap();
            if text[..key_at].ends_with(", ") {
                cuts.push(Span::new(key_at - 2, span.end));
            } else {
                let start = text[..key_at].rfind('\n').unwrap() + 1;
                let end = text[span.end..].find('\n').map_or(text.len(), |i| span.end + i + 1);
                cuts.push(Span::new(start, end));
            }
        } else {
            cuts.push(span);
        }
    }
    cuts.sort();
    let mut out = String::new();
    let mut at = 0;
    for cut in cuts {
        out.push_str(&text[at..cut.start]);
        at = cut.end;
    }
    out.push_str(&text[at..]);
    out
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 192, ..ProptestConfig::default() })]

    #[test]
    fn a_check_in_changes_only_its_values(
        file in file(),
        pick in any::<prop::sample::Index>(),
        value in (0u32..1_000_000, 0..3).prop_map(|(n, s)| match s { 0 => n.to_string(), 1 => group(n), _ => format!("{},{}", n / 10, n % 10) }),
        confidence in proptest::option::of((0u32..=100).prop_map(|c| format!("{c} %"))),
    ) {
        let text = render(&file);
        let loaded = load_text(SourceFile::new("a.md", text.clone()), Lang::Nb);
        prop_assert!(loaded.problems.is_empty(), "generated file has problems: {:?}\n{text}", loaded.problems);
        let set = loaded.set.as_ref().unwrap();
        let all: Vec<(usize, usize)> = set.objectives.iter().enumerate()
            .flat_map(|(o, obj)| (0..obj.key_results.len()).map(move |k| (o, k))).collect();
        let (o, k) = all[pick.index(all.len())];
        let kr = &set.objectives[o].key_results[k];
        let mut inserted = Vec::new();
        // A `current:` key with an empty value is edited in place too, but it has no span to cut.
        let has_key = |name: &str| kr_fields(&file, o, k).iter().any(|(key, _, _)| *key == name);
        if kr.current.is_none() && !has_key("current") { inserted.push("current"); }
        if confidence.is_some() && kr.confidence.is_none() { inserted.push("confidence"); }

        let edit = check_in::plan(&text, set, o, k, &value, confidence.as_deref()).unwrap();
        let after = load_text(SourceFile::new("a.md", edit.text.clone()), Lang::Nb);
        prop_assert!(after.problems.is_empty(), "{:?}", after.problems);
        prop_assert_eq!(after.set.as_ref().unwrap().objectives[o].key_results[k].current.is_some(), true);

        // Every byte outside the edited values is as it was.
        let mut before_cut = without_values(&text, o, k, &[]);
        let mut after_cut = without_values(&edit.text, o, k, &inserted);
        if has_key("current") && kr.current.is_none() {
            // `current:` or `current: ~` had no value span. The edit replaced the `~`, or wrote
            // ` VALUE` after the colon: take those out on both sides.
            let key_at = kr.span.start + text[kr.span.start..].find("current:").unwrap() + "current:".len();
            if text[key_at..].starts_with(" ~") {
                before_cut = format!("{}{}", &text[..key_at + 1], &text[key_at + 2..]);
                before_cut = without_values(&before_cut, o, k, &[]);
            } else {
                let new_kr = &after.set.as_ref().unwrap().objectives[o].key_results[k];
                let span = new_kr.current.as_ref().unwrap().span;
                prop_assert_eq!(&edit.text[span.start - 1..span.start], " ");
                let joined = format!("{}{}", &edit.text[..span.start - 1], &edit.text[span.end..]);
                after_cut = joined;
                // The confidence is cut from the joined text by position.
                if let Some(c) = new_kr.confidence.as_ref().map(|c| c.span) {
                    let shift = span.end - span.start + 1;
                    let c = if c.start > span.start { Span::new(c.start - shift, c.end - shift) } else { c };
                    let cut_to = if inserted.contains(&"confidence") {
                        let line_start = after_cut[..c.start].rfind('\n').unwrap() + 1;
                        let line_end = after_cut[c.end..].find('\n').map_or(after_cut.len(), |i| c.end + i + 1);
                        if after_cut[..c.start].ends_with(", confidence: ") {
                            Span::new(c.start - ", confidence: ".len(), c.end)
                        } else {
                            Span::new(line_start, line_end)
                        }
                    } else { c };
                    after_cut = format!("{}{}", &after_cut[..cut_to.start], &after_cut[cut_to.end..]);
                }
            }
        }
        prop_assert_eq!(before_cut, after_cut);
    }
}

fn kr_fields(file: &File, o: usize, k: usize) -> &[(&'static str, String, Option<String>)] {
    &file.objectives[o][k].fields
}
