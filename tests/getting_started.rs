//! The getting-started guides show the output a team will see. These tests walk through them and
//! compare: when okrs changes what it prints, the guides must change with it.

mod support;

use std::path::Path;

use jiff::civil::date;
use okrs::model::Lang;
use support::{libgit2_repo, okrs_in, write_init_files};

/// The lines of the console block that follows `$ {command}` in `doc`, up to the next prompt or
/// the end of the block.
fn shown_output(doc: &str, command: &str) -> String {
    let start = doc.find(&format!("$ {command}\n")).unwrap_or_else(|| panic!("`$ {command}` is not in the guide"));
    let rest = &doc[start + command.len() + 3..];
    let end = [rest.find("\n$ "), rest.find("\n```")].into_iter().flatten().min().unwrap();
    rest[..end + 1].to_owned()
}

fn run(dir: &Path, args: &[&str]) -> String {
    let out = okrs_in(dir).env("NO_COLOR", "1").args(args).output().unwrap();
    format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr))
}

/// Commit ids differ from run to run.
fn without_commit_ids(text: &str) -> String {
    text.split('\n')
        .map(|line| match line.split_once("committed ") {
            Some((head, id)) if id.len() == 7 && id.bytes().all(|b| b.is_ascii_hexdigit()) => {
                format!("{head}committed ID")
            }
            _ => line.to_owned(),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// A repository with what `okrs init` writes for 2026-11-26 (the guides' day), committed.
fn repository(lang: Lang) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    write_init_files(dir.path(), lang, date(2026, 11, 26));
    libgit2_repo(dir.path(), "OKRs", None);
    dir
}

fn walk_through(guide: &str, lang: Lang, init: &str, check_in: &[&str], example: &str) {
    let doc = std::fs::read_to_string(guide).unwrap();

    // init, in an empty folder: the file name carries the quarter we are in.
    let scratch = tempfile::tempdir().unwrap();
    let args: Vec<&str> = init.split(' ').collect();
    let today = jiff::ZonedDateTime::now().date();
    let quarter = format!("{}-q{}", today.year(), (today.month() - 1) / 3 + 1);
    let printed = run(scratch.path(), &args).replace(&quarter, "2026-q4");
    assert_eq!(printed, shown_output(&doc, &format!("okrs {init}")), "{guide}: okrs {init}");

    let dir = repository(lang);
    let example_file = std::fs::read_to_string(dir.path().join(example)).unwrap();
    let start = doc.find("```yaml\n---\n").unwrap() + "```yaml\n".len();
    let shown = &doc[start..start + doc[start..].find("```").unwrap()];
    let kept: String = example_file.lines().filter(|l| !l.starts_with('#')).map(|l| format!("{l}\n")).collect();
    assert!(kept.starts_with(shown), "{guide}: the example shown differs from what okrs init writes:\n{shown}");

    assert_eq!(run(dir.path(), &["lint"]), shown_output(&doc, "okrs lint"), "{guide}: okrs lint");
    let command = format!(
        "okrs {}",
        check_in
            .iter()
            .map(|a| if a.contains(' ') { format!("\"{a}\"") } else { a.to_string() })
            .collect::<Vec<_>>()
            .join(" ")
    );
    assert_eq!(
        without_commit_ids(&run(dir.path(), check_in)),
        without_commit_ids(&shown_output(&doc, &command)),
        "{guide}: {command}"
    );
    assert_eq!(
        run(dir.path(), &["status", "--date", "2026-11-26"]),
        shown_output(&doc, "okrs status"),
        "{guide}: status"
    );
}

#[test]
fn the_english_guide_shows_what_okrs_prints() {
    walk_through(
        "docs/getting-started.md",
        Lang::En,
        "init acme-okrs",
        &["check-in", "organic-traffic", "11200", "--confidence", "0.6", "-m", "The LinkedIn campaign is live"],
        "okrs/marketing-2026-q4.md",
    );
}

#[test]
fn the_norwegian_guide_shows_what_okrs_prints() {
    walk_through(
        "docs/kom-i-gang.md",
        Lang::Nb,
        "init acme-okr --lang nb",
        &["check-in", "organisk-trafikk", "11 200", "--confidence", "0,6", "-m", "LinkedIn-kampanjen er i gang"],
        "okrs/marked-2026-q4.md",
    );
}
