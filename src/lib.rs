//! okrs: OKRs as code. Data flows one way:
//!
//! source → load (front matter + YAML → [`model`], with spans) → [`lint`] (rules → findings) →
//! [`report`] (human | json | github | sarif).
//!
//! git history → [`progress`] (score, pace, status) → site; two revisions → [`diff`].

pub mod baseline;
pub mod check_in;
pub mod cli;
pub mod config;
pub mod diff;
pub mod fix;
pub mod history;
pub mod init;
pub mod lint;
pub mod load;
pub mod model;
pub mod progress;
pub mod report;
pub mod revision;
pub mod schema;
pub mod site;
pub mod source;
pub mod status;
pub mod timings;
