//! okrs: OKRs as code. Data flows one way:
//!
//! source → load (front matter + YAML → [`model`], with spans) → [`lint`] (rules → findings) →
//! [`report`] (human | json).
//!
//! git history → [`progress`] (score, pace, status) → site.

pub mod check_in;
pub mod cli;
pub mod config;
pub mod init;
pub mod lint;
pub mod load;
pub mod model;
pub mod progress;
pub mod report;
pub mod schema;
pub mod source;
pub mod status;
