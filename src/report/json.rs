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
    let mut out = serde_json::to_string_pretty(&Output { version: 1, findings, summary }).unwrap_or_default();
    out.push('\n');
    out
}
