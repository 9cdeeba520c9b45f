//! `OKRS_TIMINGS=1`: the time of each step on stderr, for performance work (see bench/).

use std::sync::OnceLock;
use std::time::Instant;

/// When the first lap was taken, if timings are on.
static START: OnceLock<Option<Instant>> = OnceLock::new();

/// Print the seconds since the first lap and what was done by then, with the CPU seconds the
/// process has used so far where the system says (Linux): wall time well under CPU time means
/// both cores worked, wall time near it means one waited.
pub fn lap(what: &str) {
    if let Some(start) = START.get_or_init(|| std::env::var_os("OKRS_TIMINGS").map(|_| Instant::now())) {
        let wall = start.elapsed().as_secs_f64();
        match cpu_seconds() {
            Some(cpu) => eprintln!("{wall:>8.3}s {what} (cpu {cpu:.2}s)"),
            None => eprintln!("{wall:>8.3}s {what}"),
        }
    }
}

/// User and system time of this process, from /proc/self/stat (in ticks of 1/100 s).
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // The command name (field 2) may hold spaces; the fields after its closing parenthesis do not.
    let mut fields = stat.rsplit_once(')')?.1.split_whitespace();
    let utime: f64 = fields.nth(11)?.parse().ok()?;
    let stime: f64 = fields.next()?.parse().ok()?;
    Some((utime + stime) / 100.0)
}
