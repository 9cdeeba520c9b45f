use serde::Serialize;

use super::Summary;
use crate::lint::Finding;

#[derive(Serialize)]
struct Output<'a> {
    version: u32,
    findings: &'a [Finding],
    summary: Summary,
}

/// The JSON contract: `{"version":1,"findings":[…],"summary":{…}}`. Later versions add fields,
/// never remove or rename them.
pub fn json(findings: &[Finding], summary: Summary) -> String {
    let mut out = Vec::new();
    // Writing into a Vec cannot fail.
    let _ = write_json(&mut out, findings, summary);
    String::from_utf8(out).unwrap_or_default()
}

/// [`json`] written straight to `out`: a large report is never held in memory twice.
pub fn write_json(mut out: impl std::io::Write, findings: &[Finding], summary: Summary) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut out, &Output { version: 1, findings, summary })?;
    out.write_all(b"\n")
}
