//! action.yml and the example workflows: valid against GitHub's schemas, safe with hostile input,
//! and the action's own `run:` steps executed the way the runner executes a composite action, in
//! a temporary repository with a base and a pull-request commit.
//!
//! What the runner does and this test copies: each `run:` step is a script run with
//! `bash --noprofile --norc -eo pipefail`; `${{ inputs.* }}` and `${{ steps.*.outputs.* }}` in
//! `env:` are resolved first; every step gets fresh GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files;
//! lines appended to GITHUB_PATH are prepended to PATH for later steps; the first failing step
//! ends the action. `uses:` steps (actions/cache) are skipped, and `cargo` is a stand-in that
//! checks its arguments and copies the okrs binary this test suite already built.

mod support;

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command as Process;

use okrs::load::yaml::{self, Node};
use support::{BASE_SET, check_jsonschema, commit_all, git, init_repo, validate, write};

const ACTION: &str = "action.yml";
const WORKFLOWS: &[&str] = &["examples/workflows/okrs-pull-request.yml", "examples/workflows/okrs-pages.yml"];

struct Step {
    id: Option<String>,
    name: String,
    run: Option<String>,
    shell: Option<String>,
    env: Vec<(String, String)>,
}

struct Action {
    inputs: BTreeMap<String, String>,
    outputs: BTreeMap<String, String>,
    steps: Vec<Step>,
}

fn text(node: Option<&Node>) -> Option<String> {
    match node {
        Some(Node::Scalar(s)) => Some(s.text.clone()),
        _ => None,
    }
}

fn entries(node: Option<&Node>) -> Vec<(String, &Node)> {
    match node {
        Some(Node::Map(entries, _)) => entries.iter().map(|(k, v)| (k.text.clone(), v)).collect(),
        _ => Vec::new(),
    }
}

fn parse_action() -> Action {
    let source = std::fs::read_to_string(ACTION).unwrap();
    let tree = yaml::parse(&source, 0).unwrap_or_else(|e| panic!("action.yml: {}", e.message));
    let inputs =
        entries(tree.get("inputs")).into_iter().map(|(k, v)| (k, text(v.get("default")).unwrap_or_default())).collect();
    let outputs = entries(tree.get("outputs")).into_iter().map(|(k, v)| (k, text(v.get("value")).unwrap())).collect();
    let runs = tree.get("runs").unwrap();
    assert_eq!(text(runs.get("using")).as_deref(), Some("composite"));
    let Some(Node::Seq(steps, _)) = runs.get("steps") else { panic!("no steps") };
    let steps = steps
        .iter()
        .map(|s| Step {
            id: text(s.get("id")),
            name: text(s.get("name")).unwrap_or_default(),
            run: text(s.get("run")),
            shell: text(s.get("shell")),
            env: entries(s.get("env")).into_iter().map(|(k, v)| (k, text(Some(v)).unwrap_or_default())).collect(),
        })
        .collect();
    Action { inputs, outputs, steps }
}

/// Resolve the expressions the action uses in `env:` and `outputs:`.
fn resolve(
    value: &str,
    inputs: &BTreeMap<String, String>,
    outputs: &BTreeMap<String, BTreeMap<String, String>>,
) -> String {
    let mut out = String::new();
    let mut rest = value;
    while let Some(start) = rest.find("${{") {
        out.push_str(&rest[..start]);
        let end = rest[start..].find("}}").expect("unclosed expression") + start;
        let expr = rest[start + 3..end].trim();
        let parts: Vec<&str> = expr.split('.').collect();
        let resolved = match parts.as_slice() {
            ["inputs", name] => inputs.get(*name).cloned().unwrap_or_else(|| panic!("no input {name}")),
            ["steps", id, "outputs", name] => outputs.get(*id).and_then(|o| o.get(*name)).cloned().unwrap_or_default(),
            _ => panic!("the test runner does not know the expression `{expr}`"),
        };
        out.push_str(&resolved);
        rest = &rest[end + 2..];
    }
    out.push_str(rest);
    out
}

/// `name=value` lines and `name<<DELIMITER` blocks, as the runner reads GITHUB_OUTPUT.
fn read_outputs(file: &Path) -> BTreeMap<String, String> {
    let text = std::fs::read_to_string(file).unwrap_or_default();
    let mut out = BTreeMap::new();
    let mut lines = text.lines();
    while let Some(line) = lines.next() {
        if let Some((name, delimiter)) = line.split_once("<<") {
            let value: Vec<&str> = lines.by_ref().take_while(|l| *l != delimiter).collect();
            out.insert(name.to_owned(), value.join("\n"));
        } else if let Some((name, value)) = line.split_once('=') {
            out.insert(name.to_owned(), value.to_owned());
        }
    }
    out
}

struct Run {
    /// Each step's name, exit code and log (stdout and stderr).
    steps: Vec<(String, i32, String)>,
    outputs: BTreeMap<String, String>,
    summary: String,
}

impl Run {
    fn log(&self) -> String {
        self.steps.iter().map(|(name, code, log)| format!("== {name} (exit {code})\n{log}")).collect()
    }
    fn failed(&self) -> Option<&(String, i32, String)> {
        self.steps.iter().find(|(_, code, _)| *code != 0)
    }
}

fn run_action(workspace: &Path, with: &[(&str, &str)]) -> Run {
    let action = parse_action();
    let mut inputs = action.inputs.clone();
    for (name, value) in with {
        assert!(inputs.contains_key(*name), "action.yml has no input {name}");
        inputs.insert((*name).to_owned(), (*value).to_owned());
    }
    let scratch = tempfile::tempdir().unwrap();
    let (home, temp, tools) = (scratch.path().join("home"), scratch.path().join("temp"), scratch.path().join("tools"));
    for dir in [&home, &temp, &tools] {
        std::fs::create_dir_all(dir).unwrap();
    }
    let action_path = std::fs::canonicalize(env!("CARGO_MANIFEST_DIR")).unwrap();
    let cargo = tools.join("cargo");
    std::fs::write(
        &cargo,
        format!(
            "#!/bin/sh\n# Stands in for `cargo install`: checks the arguments, copies the built okrs.\nif [ \"$1 $2 $3 $4 $5\" != \"install --locked --path {} --root\" ]; then echo \"unexpected: cargo $*\" >&2; exit 3; fi\nmkdir -p \"$6/bin\" && cp '{}' \"$6/bin/okrs\"\n",
            action_path.display(),
            env!("CARGO_BIN_EXE_okrs")
        ),
    )
    .unwrap();
    make_executable(&cargo);
    let github_path = scratch.path().join("github_path");
    std::fs::write(&github_path, "").unwrap();
    let base_path = format!("{}:/usr/local/bin:/usr/bin:/bin", tools.display());

    let mut step_outputs: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    let mut run = Run { steps: Vec::new(), outputs: BTreeMap::new(), summary: String::new() };
    for (n, step) in action.steps.iter().enumerate() {
        let Some(script) = &step.run else { continue };
        assert_eq!(step.shell.as_deref(), Some("bash"), "step {} declares no bash shell", step.name);
        let output = scratch.path().join(format!("output-{n}"));
        let summary = scratch.path().join(format!("summary-{n}"));
        std::fs::write(&output, "").unwrap();
        std::fs::write(&summary, "").unwrap();
        let script_file = scratch.path().join(format!("step-{n}.sh"));
        std::fs::write(&script_file, script).unwrap();
        // GITHUB_PATH lines come first, the latest first.
        let added: Vec<String> =
            std::fs::read_to_string(&github_path).unwrap().lines().rev().map(str::to_owned).collect();
        let path = added.into_iter().chain([base_path.clone()]).collect::<Vec<_>>().join(":");
        let mut cmd = Process::new("bash");
        cmd.args(["--noprofile", "--norc", "-eo", "pipefail"])
            .arg(&script_file)
            .current_dir(workspace)
            .env_clear()
            .env("PATH", path)
            .env("HOME", &home)
            .env("RUNNER_TEMP", &temp)
            .env("RUNNER_OS", "Linux")
            .env("GITHUB_ACTIONS", "true")
            .env("GITHUB_ACTION_PATH", &action_path)
            .env("GITHUB_WORKSPACE", workspace)
            .env("GITHUB_OUTPUT", &output)
            .env("GITHUB_STEP_SUMMARY", &summary)
            .env("GITHUB_PATH", &github_path)
            .env("GITHUB_EVENT_NAME", "pull_request")
            .env("GITHUB_BASE_REF", "main")
            .env("GITHUB_HEAD_REF", "kvartal-innsjekk")
            .env("GIT_CONFIG_NOSYSTEM", "1");
        for (name, value) in &step.env {
            cmd.env(name, resolve(value, &inputs, &step_outputs));
        }
        let out = cmd.output().unwrap();
        let code = out.status.code().unwrap_or(-1);
        let log = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
        run.steps.push((step.name.clone(), code, log));
        if let Some(id) = &step.id {
            step_outputs.insert(id.clone(), read_outputs(&output));
        }
        run.summary.push_str(&std::fs::read_to_string(&summary).unwrap());
        if code != 0 {
            break;
        }
    }
    run.outputs = action.outputs.iter().map(|(k, v)| (k.clone(), resolve(v, &inputs, &step_outputs))).collect();
    run
}

#[cfg(unix)]
fn make_executable(path: &Path) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o755)).unwrap();
}

/// `origin/main` is the base: one old finding (`curent`). The pull request's commit checks in
/// trafikk, keeps the old finding and adds an error (confidence 7) and a warning (`taget`).
fn pull_request() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    init_repo(dir.path());
    write(dir.path(), "okrs/marketing.md", &BASE_SET.replace("current: 5", "curent: 5"));
    let base = commit_all(dir.path(), "base");
    git(dir.path(), &["update-ref", "refs/remotes/origin/main", &base]);
    git(dir.path(), &["checkout", "--quiet", "-b", "kvartal-innsjekk"]);
    let head = BASE_SET
        .replace("current: 5", "curent: 5")
        .replace("current: 10600", "current: 11800\n        confidence: 7")
        .replace("target: 12", "taget: 12");
    write(dir.path(), "okrs/marketing.md", &head);
    commit_all(dir.path(), "check-in");
    dir
}

#[test]
fn the_action_reviews_a_pull_request() {
    let repo = pull_request();
    let run = run_action(repo.path(), &[("new-only", "true"), ("sarif-file", "reports/okrs.sarif")]);
    let log = run.log();
    let lint = &run.steps.iter().find(|(name, _, _)| name == "Lint").unwrap_or_else(|| panic!("{log}")).2;
    let annotations: Vec<&str> = lint.lines().filter(|l| l.starts_with("::")).collect();
    assert_eq!(annotations.len(), 2, "{log}");
    assert!(
        annotations[0].starts_with("::error file=okrs/marketing.md,line=15,col=21,")
            && annotations[0].contains("title=okrs(invalid-value)::confidence 7 is outside 0–1"),
        "{log}"
    );
    assert!(
        annotations[1].starts_with("::warning file=okrs/marketing.md,") && annotations[1].contains("`taget`"),
        "{log}"
    );
    assert!(!lint.contains("curent"), "new-only reported an old finding:\n{log}");
    assert!(lint.contains("okrs: 1 error, 1 warning, 0 notices in 1 file"), "{log}");

    assert_eq!(run.outputs["errors"], "1");
    assert_eq!(run.outputs["warnings"], "1");
    assert_eq!(run.outputs["sarif-file"], "reports/okrs.sarif");
    let sarif: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(repo.path().join("reports/okrs.sarif")).unwrap()).unwrap();
    assert_eq!(sarif["runs"][0]["results"].as_array().unwrap().len(), 2);

    assert!(run.summary.starts_with("## OKR changes: `origin/main`"), "{}", run.summary);
    assert!(run.summary.contains("| 10600 → 11800 |"), "{}", run.summary);
    assert!(run.summary.contains("**Findings introduced** (2)"), "{}", run.summary);
    assert!(run.summary.contains("### Review checklist"), "{}", run.summary);

    // fail-on: error, and there is one: the last step fails the job, after everything else ran.
    let (name, code, _) = run.failed().unwrap_or_else(|| panic!("nothing failed:\n{log}"));
    assert_eq!((name.as_str(), *code), ("Verdict", 1), "{log}");
    assert!(log.contains("failing because of 1 finding(s) at fail-on level error"), "{log}");
    assert!(log.contains(&format!("installed okrs {}", env!("CARGO_PKG_VERSION"))), "{log}");
}

#[test]
fn fail_on_never_and_warning() {
    let repo = pull_request();
    let run = run_action(repo.path(), &[("fail-on", "never")]);
    assert!(run.failed().is_none(), "{}", run.log());
    // Without new-only the old finding counts too.
    assert_eq!((run.outputs["errors"].as_str(), run.outputs["warnings"].as_str()), ("1", "2"));
    assert_eq!(run.outputs["sarif-file"], "");
    let run = run_action(repo.path(), &[("fail-on", "sometimes")]);
    let (name, code, log) = run.failed().unwrap();
    assert_eq!((name.as_str(), *code), ("Check the inputs and the checkout", 2));
    assert!(log.contains("fail-on must be error, warning or never"), "{log}");
}

#[test]
fn a_shallow_checkout_says_fetch_depth_0() {
    let origin = pull_request();
    let clone = tempfile::tempdir().unwrap();
    let url = format!("file://{}", origin.path().display());
    git(clone.path(), &["clone", "--quiet", "--depth", "1", "--branch", "kvartal-innsjekk", &url, "."]);
    let run = run_action(clone.path(), &[("new-only", "true")]);
    let (name, code, log) = run.failed().unwrap_or_else(|| panic!("{}", run.log()));
    assert_eq!((name.as_str(), *code), ("Check the inputs and the checkout", 2));
    assert!(log.contains("::error title=okrs::") && log.contains("fetch-depth: 0"), "{log}");
    // Without new-only, linting still works and the missing summary is a warning.
    let run = run_action(clone.path(), &[("fail-on", "never")]);
    assert!(run.failed().is_none(), "{}", run.log());
    assert!(run.log().contains("::warning title=okrs::") && run.summary.is_empty(), "{}", run.log());
}

#[test]
fn hostile_inputs_are_data_not_code() {
    let repo = pull_request();
    let marker = repo.path().join("pwned");
    let evil = format!("okrs/$(touch {m}).md `touch {m}` ; touch {m}", m = marker.display());
    let run = run_action(repo.path(), &[("path", &evil), ("fail-on", "never")]);
    assert!(!marker.exists(), "an input ran as code:\n{}", run.log());
    let (name, code, _) = run.failed().unwrap();
    assert_eq!((name.as_str(), *code), ("Lint", 2), "{}", run.log());
}

#[test]
fn no_expression_inside_a_script_and_every_step_has_a_shell() {
    let action = parse_action();
    for step in &action.steps {
        if let Some(script) = &step.run {
            assert!(!script.contains("${{"), "step `{}` puts an expression inside run: (script injection)", step.name);
            assert_eq!(step.shell.as_deref(), Some("bash"), "step `{}` declares no shell", step.name);
        }
    }
    let source = std::fs::read_to_string(ACTION).unwrap();
    assert!(source.contains("cargo install --locked --path \"$GITHUB_ACTION_PATH\""));
    assert!(source.contains("uses: actions/cache@"));
}

#[test]
fn action_and_workflows_match_githubs_schemas() {
    let Some(tool) = check_jsonschema() else { return };
    validate(&tool, &["--builtin-schema", "vendor.github-actions"], Path::new(ACTION));
    for workflow in WORKFLOWS {
        validate(&tool, &["--builtin-schema", "vendor.github-workflows"], Path::new(workflow));
    }
}

#[test]
fn the_readme_shows_the_example_workflows() {
    let readme = std::fs::read_to_string("README.md").unwrap();
    for workflow in WORKFLOWS {
        let text = std::fs::read_to_string(workflow).unwrap();
        assert!(readme.contains(text.trim()), "README.md does not show {workflow} as it is");
    }
}
