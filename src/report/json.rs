use std::io::Write;

use rayon::prelude::*;
use serde::Serialize;

use super::Summary;
use crate::lint::Finding;

/// The JSON contract: `{"version":1,"findings":[…],"summary":{…}}`. Later versions add fields,
/// never remove or rename them.
pub fn json(findings: &[Finding], summary: Summary) -> String {
    super::rendered(|out| write_json(out, findings, summary))
}

const CHUNK: usize = 256;

/// [`json`] written straight to `out`: a large report is never held in memory twice. Findings
/// are rendered in parallel chunks, each exactly as `serde_json`'s pretty printer would place it.
pub fn write_json(mut out: impl Write, findings: &[Finding], summary: Summary) -> std::io::Result<()> {
    out.write_all(b"{\n  \"version\": 1,\n  \"findings\": [")?;
    if findings.is_empty() {
        out.write_all(b"]")?;
    } else {
        // Rendered a batch at a time, so memory holds a few thousand findings' text, not all.
        for (b, batch) in findings.chunks(CHUNK * 4).enumerate() {
            let chunks: Vec<Vec<u8>> = batch
                .par_chunks(CHUNK)
                .enumerate()
                .map(|(c, chunk)| {
                    let mut buf = Vec::with_capacity(chunk.len() * 512);
                    for (i, finding) in chunk.iter().enumerate() {
                        buf.extend_from_slice(if b == 0 && c == 0 && i == 0 { b"\n    " } else { b",\n    " });
                        // Rendering into memory cannot fail.
                        let _ = finding.serialize(&mut serde_json::Serializer::with_formatter(&mut buf, Flat(b"    ")));
                    }
                    buf
                })
                .collect();
            for chunk in chunks {
                out.write_all(&chunk)?;
            }
        }
        out.write_all(b"\n  ]")?;
    }
    out.write_all(b",\n  \"summary\": ")?;
    summary.serialize(&mut serde_json::Serializer::with_formatter(&mut out, Flat(b"  ")))?;
    out.write_all(b"\n}\n")
}

/// What `serde_json`'s pretty printer writes for an object of scalars (a finding, the summary)
/// nested at `.0`'s indentation, written straight: this is the hot loop of a big report.
struct Flat(&'static [u8]);

impl serde_json::ser::Formatter for Flat {
    fn begin_object<W: ?Sized + Write>(&mut self, out: &mut W) -> std::io::Result<()> {
        out.write_all(b"{")
    }
    fn begin_object_key<W: ?Sized + Write>(&mut self, out: &mut W, first: bool) -> std::io::Result<()> {
        out.write_all(if first { b"\n" } else { b",\n" })?;
        out.write_all(self.0)?;
        out.write_all(b"  ")
    }
    fn begin_object_value<W: ?Sized + Write>(&mut self, out: &mut W) -> std::io::Result<()> {
        out.write_all(b": ")
    }
    fn end_object<W: ?Sized + Write>(&mut self, out: &mut W) -> std::io::Result<()> {
        out.write_all(b"\n")?;
        out.write_all(self.0)?;
        out.write_all(b"}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::rules::test_support::lint_files;

    /// The document as `serde_json`'s pretty printer writes it in one piece: the contract's layout.
    fn reference(findings: &[Finding], summary: Summary) -> String {
        #[derive(Serialize)]
        struct Output<'a> {
            version: u32,
            findings: &'a [Finding],
            summary: Summary,
        }
        serde_json::to_string_pretty(&Output { version: 1, findings, summary }).unwrap() + "\n"
    }

    #[test]
    fn the_parallel_writer_prints_what_the_pretty_printer_would() {
        let text = "---\nteam: Salg\nperiod: 2026-Q1\nowner: o\nlang: nb\nobjectives:\n  - title: \"Jobbe med \\\"salg\\\"\"\n    key_results:\n      - title: Jobbe med trafikken\n        taget: 3\n---\n";
        let one = lint_files("", &[("okrs/salg.md", text)]);
        assert!(one.iter().any(|f| f.help.is_some() && f.key_result.is_some()), "{one:?}");
        assert!(one.iter().any(|f| f.key_result.is_none()), "{one:?}");
        // Enough findings to cross chunks and batches.
        let many: Vec<Finding> = one.iter().cycle().take(CHUNK * 9 + 7).cloned().collect();
        for findings in [&[][..], &one[..1], &one, &many] {
            let summary = Summary::new(1, findings);
            assert_eq!(json(findings, summary), reference(findings, summary));
        }
    }
}
