//! `OKRS_TIMINGS=1`: the time of each step on stderr, for performance work (see bench/).

use std::sync::OnceLock;
use std::time::Instant;

/// When the first lap was taken, if timings are on.
static START: OnceLock<Option<Instant>> = OnceLock::new();

/// Print the seconds since the first lap and what was done by then.
pub fn lap(what: &str) {
    if let Some(start) = START.get_or_init(|| std::env::var_os("OKRS_TIMINGS").map(|_| Instant::now())) {
        eprintln!("{:>8.3}s {what}", start.elapsed().as_secs_f64());
    }
}
