//! Embeds the git commit in `okrs --version` when built from a checkout. Outside a checkout (a
//! crates.io tarball, a copy without `.git`) or without git installed, the version is just the
//! crate version: a build never fails for want of git.

use std::process::Command;

fn main() {
    let commit = Command::new("git")
        .args(["rev-parse", "--short=9", "HEAD"])
        .output()
        .ok()
        .filter(|o| o.status.success())
        .and_then(|o| String::from_utf8(o.stdout).ok())
        .map(|s| s.trim().to_owned())
        .filter(|s| !s.is_empty() && s.bytes().all(|b| b.is_ascii_hexdigit()));
    let version = env!("CARGO_PKG_VERSION");
    let long = match commit {
        Some(c) => format!("{version} ({c})"),
        None => version.to_owned(),
    };
    println!("cargo:rustc-env=OKRS_VERSION={long}");
    // Rebuild when HEAD moves (a commit, a checkout). In a worktree `.git` is a file pointing
    // elsewhere; ask git where HEAD and the refs live.
    for arg in ["HEAD"] {
        if let Some(path) = Command::new("git")
            .args(["rev-parse", "--git-path", arg])
            .output()
            .ok()
            .filter(|o| o.status.success())
            .and_then(|o| String::from_utf8(o.stdout).ok())
        {
            println!("cargo:rerun-if-changed={}", path.trim());
        }
    }
    if let Some(refs) = Command::new("git")
        .args(["symbolic-ref", "-q", "HEAD"])
        .output()
        .ok()
        .filter(|o| o.status.success())
        .and_then(|o| String::from_utf8(o.stdout).ok())
        && let Some(path) = Command::new("git")
            .args(["rev-parse", "--git-path", refs.trim()])
            .output()
            .ok()
            .filter(|o| o.status.success())
            .and_then(|o| String::from_utf8(o.stdout).ok())
    {
        println!("cargo:rerun-if-changed={}", path.trim());
    }
    println!("cargo:rerun-if-changed=build.rs");
}
