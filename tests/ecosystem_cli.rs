//! The conventions a command-line tool is expected to follow: completions, a man page, a version
//! that names the commit, and help with examples on every command.

mod support;

use support::okrs;

/// What okrs prints with `args`; it must succeed.
fn stdout(args: &[&str]) -> String {
    let out = okrs().args(args).output().unwrap();
    assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn completions_for_every_shell_know_the_commands() {
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let script = stdout(&["completions", shell]);
        for command in ["lint", "check-in", "status", "init", "schema"] {
            assert!(script.contains(command), "{shell} completions miss {command}");
        }
    }
    // The bash script loads in bash and registers the completion.
    let script = stdout(&["completions", "bash"]);
    if let Ok(out) = std::process::Command::new("bash").args(["-c", &format!("{script}\ncomplete -p okrs")]).output() {
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        assert!(String::from_utf8_lossy(&out.stdout).contains("okrs"));
    }
}

#[test]
fn a_man_page_in_roff() {
    let page = stdout(&["man"]);
    assert!(page.contains("\n.TH okrs 1 "), "{page}");
    assert!(page.contains(".SH NAME") && page.contains(".SH SUBCOMMANDS") && page.contains("check\\-in"), "{page}");
    let dir = tempfile::tempdir().unwrap();
    stdout(&["man", "--out", dir.path().to_str().unwrap()]);
    let check_in = std::fs::read_to_string(dir.path().join("okrs-check-in.1")).unwrap();
    assert!(check_in.contains(".TH okrs-check-in 1") && check_in.contains("\\-\\-commit"), "{check_in}");
    assert!(dir.path().join("okrs.1").exists() && dir.path().join("okrs-init.1").exists());
}

#[test]
fn the_version_names_the_commit_when_built_from_a_checkout() {
    let version = stdout(&["--version"]);
    assert!(version.starts_with(&format!("okrs {}", env!("CARGO_PKG_VERSION"))), "{version}");
    let head = std::process::Command::new("git")
        .args(["rev-parse", "--short=9", "HEAD"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned());
    if let Some(head) = head {
        // The binary may predate the latest commit in a dirty work tree; it names some commit.
        assert!(version.trim_end().ends_with(')') && version.contains('('), "{version} (HEAD {head})");
    }
}

#[test]
fn every_new_command_has_help_with_examples() {
    for command in ["init", "check-in", "status", "schema", "completions"] {
        let help = stdout(&[command, "--help"]);
        assert!(help.contains("Example"), "{command}: {help}");
    }
}

#[test]
fn the_pre_commit_hooks_run_okrs_lint() {
    use okrs::load::yaml::{Node, parse};
    let text = std::fs::read_to_string(".pre-commit-hooks.yaml").unwrap();
    let Node::Seq(hooks, _) = parse(&text, 0).unwrap() else { panic!("hooks are a list") };
    let field = |hook: &Node, name: &str| match hook.get(name) {
        Some(Node::Scalar(s)) => s.text.clone(),
        other => panic!("{name}: {other:?}"),
    };
    let ids: Vec<String> = hooks.iter().map(|h| field(h, "id")).collect();
    assert_eq!(ids, ["okrs-lint", "okrs-lint-system"]);
    for hook in &hooks {
        assert_eq!(field(hook, "entry"), "okrs lint");
        assert!(["rust", "system"].contains(&field(hook, "language").as_str()));
        // okrs lints its configured root: pre-commit must not pass README.md and friends.
        assert_eq!(field(hook, "pass_filenames"), "false");
        assert!(!field(hook, "name").is_empty());
    }
}
