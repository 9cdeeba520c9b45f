use std::path::Path;

use git2::{Repository, Signature, Time};

use super::*;

/// A repository built commit by commit, each with its own author and time.
struct Repo {
    dir: tempfile::TempDir,
    repo: Repository,
    day: i64,
}

impl Repo {
    fn new() -> Repo {
        let dir = tempfile::tempdir().unwrap();
        let repo = Repository::init(dir.path()).unwrap();
        Repo { dir, repo, day: 0 }
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Write (or with `None` delete) files and commit them as `author`, one day after the last.
    fn commit(&mut self, author: &str, message: &str, files: &[(&str, Option<&str>)]) {
        for (path, text) in files {
            let full = self.path().join(path);
            match text {
                Some(text) => {
                    std::fs::create_dir_all(full.parent().unwrap()).unwrap();
                    std::fs::write(&full, text).unwrap();
                }
                None => std::fs::remove_file(&full).unwrap(),
            }
        }
        let mut index = self.repo.index().unwrap();
        index.add_all(["*"], git2::IndexAddOption::DEFAULT, None).unwrap();
        index.update_all(["*"], None).unwrap();
        index.write().unwrap();
        let tree = self.repo.find_tree(index.write_tree().unwrap()).unwrap();
        // 2026-01-05 plus one day per commit.
        let time = Time::new(1_767_571_200 + self.day * 86_400, 0);
        self.day += 1;
        let sig = Signature::new(author, &format!("{}@example.com", author.to_lowercase()), &time).unwrap();
        let parent = self.repo.head().ok().map(|h| h.peel_to_commit().unwrap());
        let parents: Vec<&git2::Commit> = parent.iter().collect();
        self.repo.commit(Some("HEAD"), &sig, &sig, message, &tree, &parents).unwrap();
    }

    /// Commit `files` on a side branch as `author` and merge it into HEAD with `message`, as a
    /// pull request merged on GitHub does.
    fn merge(&mut self, author: &str, message: &str, files: &[(&str, Option<&str>)]) {
        let main = self.repo.head().unwrap().peel_to_commit().unwrap().id();
        self.commit(author, "work on the branch", files);
        let main = self.repo.find_commit(main).unwrap();
        let side = self.repo.head().unwrap().peel_to_commit().unwrap();
        let sig = Signature::new("Merger", "merger@example.com", &side.author().when()).unwrap();
        let id = self.repo.commit(None, &sig, &sig, message, &side.tree().unwrap(), &[&main, &side]).unwrap();
        self.repo.reference("refs/heads/main", id, true, "merge").unwrap();
        self.repo.set_head("refs/heads/main").unwrap();
    }

    fn read(&self) -> Result<History, HistoryError> {
        read(self.path(), "okrs", Lang::En, &Quiet)
    }
}

fn okr(title: &str, kr_id: Option<&str>, current: &str, confidence: Option<f64>) -> String {
    let id = kr_id.map(|i| format!("id: {i}\n        ")).unwrap_or_default();
    let conf = confidence.map(|c| format!("\n        confidence: {c}")).unwrap_or_default();
    format!(
        "---\nteam: Marketing\nperiod: 2026-Q1\nobjectives:\n  - id: synlighet\n    title: Bli synlig\n    key_results:\n      - {id}title: {title}\n        baseline: 10\n        target: 20\n        current: {current}{conf}\n---\nBody\n"
    )
}

fn key(kr: &str) -> KeyResultKey {
    KeyResultKey {
        team: "marketing".into(),
        period: "2026-Q1".into(),
        objective: "synlighet".into(),
        key_result: kr.into(),
    }
}

#[test]
fn check_ins_are_commits_that_change_current_or_confidence() {
    let mut r = Repo::new();
    r.commit("Kari", "start", &[("okrs/m.md", Some(&okr("Trafikk", Some("t"), "10", None)))]);
    r.commit("Ola", "uke 2", &[("okrs/m.md", Some(&okr("Trafikk", Some("t"), "12", None)))]);
    // Only the body changes: not a check-in.
    r.commit("Ola", "typo", &[("okrs/m.md", Some(&(okr("Trafikk", Some("t"), "12", None) + "more\n")))]);
    // A file outside the root: the root's tree is unchanged, the commit is skipped.
    r.commit("Ola", "readme", &[("README.md", Some("hei"))]);
    r.commit("Kari", "uke 3\n\nlonger text", &[("okrs/m.md", Some(&okr("Trafikk", Some("t"), "12", Some(0.6))))]);
    let h = r.read().unwrap();
    let s = h.timeline.current(&key("t")).unwrap();
    let points: Vec<_> = s
        .checkins
        .iter()
        .map(|c| (c.commit.author.as_str(), c.commit.message.as_str(), c.value, c.confidence))
        .collect();
    assert_eq!(
        points,
        [
            ("Kari", "start", Some(10.0), None),
            ("Ola", "uke 2", Some(12.0), None),
            ("Kari", "uke 3", Some(12.0), Some(0.6))
        ]
    );
    assert_eq!(s.checkins[1].commit.time.to_string(), "2026-01-06T00:00:00Z");
    assert_eq!(h.timeline.commits, 4);
    assert_eq!(h.files.len(), 1);
    assert_eq!(h.files[0].source.path, "okrs/m.md");
}

#[test]
fn renamed_files_keep_their_series_and_removed_key_results_end_theirs() {
    let mut r = Repo::new();
    r.commit("Kari", "start", &[("okrs/m.md", Some(&okr("Trafikk", Some("t"), "10", None)))]);
    r.commit(
        "Kari",
        "flytt",
        &[("okrs/m.md", None), ("okrs/2026/marketing.md", Some(&okr("Trafikk", Some("t"), "10", None)))],
    );
    r.commit("Ola", "uke 2", &[("okrs/2026/marketing.md", Some(&okr("Trafikk", Some("t"), "11", None)))]);
    let h = r.read().unwrap();
    assert_eq!(h.timeline.current(&key("t")).unwrap().checkins.len(), 2);
    assert_eq!(h.timeline.series.len(), 1);

    r.commit("Ola", "fjern", &[("okrs/2026/marketing.md", Some(&okr("Annet", Some("a"), "1", None)))]);
    let h = r.read().unwrap();
    assert!(h.timeline.current(&key("t")).is_none());
    let ended = h.timeline.series.iter().find(|s| s.key == key("t")).unwrap();
    assert_eq!(ended.ended.as_ref().unwrap().message, "fjern");
}

#[test]
fn a_renamed_team_keeps_its_series_in_place_or_moved_and_another_period_does_not() {
    let as_team = |team: &str, current: &str| okr("Trafikk", Some("t"), current, None).replace("Marketing", team);
    let under = |team: &str| KeyResultKey { team: team.into(), ..key("t") };
    let mut r = Repo::new();
    r.commit(
        "Kari",
        "start",
        &[("okrs/m.md", Some(&as_team("Marketing", "10"))), ("okrs/drift.md", Some(&as_team("Drift", "4")))],
    );
    r.commit("Ola", "uke 2", &[("okrs/m.md", Some(&as_team("Marketing", "11")))]);
    r.commit("Kari", "nytt navn", &[("okrs/m.md", Some(&as_team("Marked", "11")))]);
    // Renamed and moved in one commit, beside another team's check-in with the same ids.
    r.commit(
        "Kari",
        "nytt navn og ny mappe",
        &[
            ("okrs/m.md", None),
            ("okrs/salg/q1.md", Some(&as_team("Marked og salg", "11"))),
            ("okrs/drift.md", Some(&as_team("Drift", "5"))),
        ],
    );
    r.commit("Ola", "uke 3", &[("okrs/salg/q1.md", Some(&as_team("Marked og salg", "12")))]);
    let h = r.read().unwrap();
    let s = h.timeline.current(&under("marked-og-salg")).unwrap();
    let notes: Vec<_> = s.checkins.iter().map(|c| (c.commit.message.as_str(), c.value)).collect();
    assert_eq!(notes, [("start", Some(10.0)), ("uke 2", Some(11.0)), ("uke 3", Some(12.0))]);
    // The old names still find it (an older revision of the file names it so), as one series.
    for old in ["marketing", "marked"] {
        assert_eq!(h.timeline.current(&under(old)), Some(s), "{old}");
    }
    assert_eq!(h.timeline.current(&under("drift")).unwrap().checkins.len(), 2);
    assert_eq!(h.timeline.series.len(), 2, "{:?}", h.timeline.series.iter().map(|s| &s.key).collect::<Vec<_>>());

    // Another period is other key results, even with the same ids.
    let in_q2 = |team: &str| as_team(team, "0").replace("2026-Q1", "2026-Q2");
    r.commit("Kari", "Q2", &[("okrs/salg/q1.md", Some(&in_q2("Marked og salg")))]);
    let h = r.read().unwrap();
    let q2 = |team: &str| KeyResultKey { period: "2026-Q2".into(), ..under(team) };
    assert_eq!(h.timeline.current(&q2("marked-og-salg")).unwrap().checkins.len(), 1);
    let q1 = h.timeline.series.iter().find(|s| s.key == under("marked-og-salg")).unwrap();
    assert_eq!(q1.ended.as_ref().unwrap().message, "Q2");

    // One team gone and two new ones with the same ids: which one it became would be a guess, so
    // both start their own series.
    r.commit(
        "Kari",
        "del opp",
        &[
            ("okrs/salg/q1.md", None),
            ("okrs/marked.md", Some(&in_q2("Marked"))),
            ("okrs/salg.md", Some(&in_q2("Salg"))),
        ],
    );
    let h = r.read().unwrap();
    for team in ["marked", "salg"] {
        assert_eq!(h.timeline.current(&q2(team)).unwrap().checkins[0].commit.message, "del opp", "{team}");
    }
    let split = h.timeline.series.iter().find(|s| s.key == q2("marked-og-salg")).unwrap();
    assert_eq!(split.ended.as_ref().unwrap().message, "del opp");
}

#[test]
fn a_title_change_without_an_id_starts_a_new_series_and_is_reported() {
    let mut r = Repo::new();
    r.commit("Kari", "start", &[("okrs/m.md", Some(&okr("Trafikk", None, "10", None)))]);
    r.commit("Kari", "ny tittel", &[("okrs/m.md", Some(&okr("Organisk trafikk", None, "11", None)))]);
    let h = r.read().unwrap();
    assert_eq!(h.timeline.breaks.len(), 1);
    let b = &h.timeline.breaks[0];
    assert_eq!((b.old_title.as_str(), b.new_title.as_str()), ("Trafikk", "Organisk trafikk"));
    assert_eq!(b.after, key("organisk-trafikk"));
    assert_eq!(h.timeline.current(&key("organisk-trafikk")).unwrap().checkins.len(), 1);
    assert!(b.history);
    // A key result that never had a value has no history to lose: the break is kept (a pinned
    // id folds it back) but says so.
    let without = |title: &str| okr(title, None, "10", None).replace("        current: 10\n", "");
    let mut r = Repo::new();
    r.commit("Kari", "start", &[("okrs/m.md", Some(&without("Trafikk")))]);
    r.commit("Kari", "ny tittel", &[("okrs/m.md", Some(&without("Organisk trafikk")))]);
    let h = r.read().unwrap();
    assert_eq!(h.timeline.breaks.len(), 1);
    assert!(!h.timeline.breaks[0].history);
    // With an explicit id the title may change freely.
    let mut r = Repo::new();
    r.commit("Kari", "start", &[("okrs/m.md", Some(&okr("Trafikk", Some("t"), "10", None)))]);
    r.commit("Kari", "ny tittel", &[("okrs/m.md", Some(&okr("Organisk trafikk", Some("t"), "11", None)))]);
    let h = r.read().unwrap();
    assert!(h.timeline.breaks.is_empty());
    assert_eq!(h.timeline.current(&key("t")).unwrap().title, "Organisk trafikk");
}

#[test]
fn pinning_the_old_id_after_a_title_change_makes_the_series_whole_again() {
    let values = |h: &History, kr: &str| -> Vec<Option<f64>> {
        h.timeline.current(&key(kr)).unwrap().checkins.iter().map(|c| c.value).collect()
    };
    let mut r = Repo::new();
    r.commit("Kari", "start", &[("okrs/m.md", Some(&okr("Trafikk", None, "10", None)))]);
    r.commit("Kari", "ny tittel", &[("okrs/m.md", Some(&okr("Organisk trafikk", None, "11", None)))]);
    r.commit("Ola", "uke 3", &[("okrs/m.md", Some(&okr("Organisk trafikk", None, "12", None)))]);
    // As the warning advises.
    r.commit("Ola", "behold id", &[("okrs/m.md", Some(&okr("Organisk trafikk", Some("trafikk"), "12", None)))]);
    r.commit("Kari", "uke 4", &[("okrs/m.md", Some(&okr("Organisk trafikk", Some("trafikk"), "13", None)))]);
    let h = r.read().unwrap();
    assert!(h.timeline.breaks.is_empty(), "{:?}", h.timeline.breaks);
    assert_eq!(values(&h, "trafikk"), [Some(10.0), Some(11.0), Some(12.0), Some(13.0)]);
    assert_eq!(h.timeline.series.len(), 1, "{:?}", h.timeline.series);

    // The title put back, without pinning: the same.
    let mut r = Repo::new();
    r.commit("Kari", "start", &[("okrs/m.md", Some(&okr("Trafikk", None, "10", None)))]);
    r.commit("Kari", "ny tittel", &[("okrs/m.md", Some(&okr("Trafikk i Norden", None, "11", None)))]);
    r.commit("Kari", "angre", &[("okrs/m.md", Some(&okr("Trafikk", None, "11", None)))]);
    let h = r.read().unwrap();
    assert!(h.timeline.breaks.is_empty(), "{:?}", h.timeline.breaks);
    assert_eq!(values(&h, "trafikk"), [Some(10.0), Some(11.0)]);

    // A key result that replaced another at its place is not the old one back.
    let mut r = Repo::new();
    r.commit("Kari", "start", &[("okrs/m.md", Some(&okr("Trafikk", Some("t"), "10", None)))]);
    r.commit("Kari", "bytt", &[("okrs/m.md", Some(&okr("NPS", Some("n"), "30", None)))]);
    r.commit("Kari", "tilbake", &[("okrs/m.md", Some(&okr("Trafikk", Some("t"), "11", None)))]);
    let h = r.read().unwrap();
    assert_eq!(values(&h, "t"), [Some(11.0)]);
    assert_eq!(h.timeline.series.len(), 3);
}

#[test]
fn an_objective_title_change_without_an_id_is_reported_once() {
    // Two key results under an objective whose id comes from its title.
    let set = |objective: &str, current: &str| {
        okr("Trafikk", Some("t"), current, None)
            .replace("  - id: synlighet\n    title: Bli synlig", &format!("  - title: {objective}"))
            .replace("---\nBody", "      - id: n\n        title: NPS\n        baseline: 30\n        target: 40\n        current: 30\n---\nBody")
    };
    let mut r = Repo::new();
    r.commit("Kari", "start", &[("okrs/m.md", Some(&set("Bli synlig i Norden", "10")))]);
    r.commit("Kari", "uke 2", &[("okrs/m.md", Some(&set("Bli synlig i hele Norden", "11")))]);
    let h = r.read().unwrap();
    assert_eq!(h.timeline.breaks.len(), 1, "{:?}", h.timeline.breaks);
    let b = &h.timeline.breaks[0];
    assert_eq!(b.retitled, Retitled::Objective);
    assert_eq!((b.old_title.as_str(), b.new_title.as_str()), ("Bli synlig i Norden", "Bli synlig i hele Norden"));
    assert_eq!(
        (b.before.objective.as_str(), b.after.objective.as_str()),
        ("bli-synlig-i-norden", "bli-synlig-i-hele-norden")
    );
    // Another objective in its place is not a title change.
    r.commit("Kari", "nytt mål", &[("okrs/m.md", Some(&set("Halvere churn", "11")))]);
    assert_eq!(r.read().unwrap().timeline.breaks.len(), 1);

    // Pinning the objective's old id, as the warning advises, makes its key results' series whole.
    let mut r = Repo::new();
    r.commit("Kari", "start", &[("okrs/m.md", Some(&set("Bli synlig i Norden", "10")))]);
    r.commit("Kari", "uke 2", &[("okrs/m.md", Some(&set("Bli synlig i hele Norden", "11")))]);
    let pinned = set("Bli synlig i hele Norden", "12")
        .replace("  - title: Bli synlig i hele", "  - id: bli-synlig-i-norden\n    title: Bli synlig i hele");
    r.commit("Kari", "behold id", &[("okrs/m.md", Some(&pinned))]);
    let h = r.read().unwrap();
    assert!(h.timeline.breaks.is_empty(), "{:?}", h.timeline.breaks);
    let objective = |kr: &str| KeyResultKey { objective: "bli-synlig-i-norden".into(), ..key(kr) };
    let values: Vec<_> = h.timeline.current(&objective("t")).unwrap().checkins.iter().map(|c| c.value).collect();
    assert_eq!(values, [Some(10.0), Some(11.0), Some(12.0)]);
    assert_eq!(h.timeline.current(&objective("n")).unwrap().checkins.len(), 1);
    assert_eq!(h.timeline.series.len(), 2, "{:?}", h.timeline.series);
}

#[test]
fn a_broken_version_does_not_end_a_series() {
    let mut r = Repo::new();
    r.commit("Kari", "start", &[("okrs/m.md", Some(&okr("Trafikk", Some("t"), "10", None)))]);
    r.commit("Kari", "oops", &[("okrs/m.md", Some("---\nteam: [\n---\n"))]);
    r.commit("Kari", "fixed", &[("okrs/m.md", Some(&okr("Trafikk", Some("t"), "13", None)))]);
    let h = r.read().unwrap();
    let s = h.timeline.current(&key("t")).unwrap();
    assert_eq!(s.checkins.iter().map(|c| c.value).collect::<Vec<_>>(), [Some(10.0), Some(13.0)]);
}

#[test]
fn a_merged_pull_request_is_noted_by_its_title() {
    let mut r = Repo::new();
    r.commit("Kari", "start", &[("okrs/m.md", Some(&okr("Trafikk", Some("t"), "10", None)))]);
    r.merge(
        "Kari",
        "Merge pull request #12 from kari/uke-9\n\nuke 9: kampanjen virker\n",
        &[("okrs/m.md", Some(&okr("Trafikk", Some("t"), "12", None)))],
    );
    // A merge made with plain `git merge` says no more than that.
    r.merge("Ola", "Merge branch 'uke-10'\n", &[("okrs/m.md", Some(&okr("Trafikk", Some("t"), "14", None)))]);
    let h = r.read().unwrap();
    let notes: Vec<(&str, &str)> = h
        .timeline
        .current(&key("t"))
        .unwrap()
        .checkins
        .iter()
        .map(|c| (c.commit.message.as_str(), c.commit.author.as_str()))
        .collect();
    // By whoever made the change on the branch, not by whoever merged it.
    assert_eq!(notes, [("start", "Kari"), ("uke 9: kampanjen virker", "Kari"), ("Merge branch 'uke-10'", "Ola")]);
}

#[test]
fn files_with_the_same_content_keep_their_own_paths() {
    let mut r = Repo::new();
    // A team copies its file to start the next period: one blob, two paths.
    let text = okr("Trafikk", Some("t"), "10", None);
    r.commit("Kari", "start", &[("okrs/a/2026-Q1.md", Some(&text)), ("okrs/b/2026-Q1.md", Some(&text))]);
    let h = r.read().unwrap();
    let paths: Vec<&str> = h.files.iter().map(|f| f.source.path.as_str()).collect();
    assert_eq!(paths, ["okrs/a/2026-Q1.md", "okrs/b/2026-Q1.md"]);
}

#[test]
fn clear_errors_for_empty_missing_and_shallow_histories() {
    let r = Repo::new();
    assert!(matches!(r.read(), Err(HistoryError::Empty)));
    let mut r = Repo::new();
    r.commit("Kari", "start", &[("README.md", Some("hei"))]);
    assert!(matches!(r.read(), Err(HistoryError::NoRoot(root)) if root == "okrs"));
    let plain = tempfile::tempdir().unwrap();
    assert!(matches!(read(plain.path(), "okrs", Lang::En, &Quiet), Err(HistoryError::NotARepository(_))));
    std::fs::write(r.path().join(".git/shallow"), r.repo.head().unwrap().target().unwrap().to_string()).unwrap();
    let e = read(r.path(), "okrs", Lang::En, &Quiet).unwrap_err();
    assert_eq!(e.to_string(), "history is shallow: use fetch-depth: 0");
}

#[test]
fn small_batches_give_the_same_timeline() {
    let mut r = Repo::new();
    for week in 0..6 {
        let current = (10 + week).to_string();
        let files: Vec<(String, String)> = (0..3)
            .map(|f| {
                (
                    format!("okrs/t{f}.md"),
                    okr("Trafikk", Some("t"), &current, None).replace("Marketing", &format!("Team {f}")),
                )
            })
            .collect();
        let refs: Vec<(&str, Option<&str>)> = files.iter().map(|(p, t)| (p.as_str(), Some(t.as_str()))).collect();
        r.commit("Kari", &format!("uke {week}"), &refs);
        // A revert to an earlier version reuses its blob.
        if week == 3 {
            let old: Vec<(String, String)> = (0..3)
                .map(|f| {
                    (
                        format!("okrs/t{f}.md"),
                        okr("Trafikk", Some("t"), "11", None).replace("Marketing", &format!("Team {f}")),
                    )
                })
                .collect();
            let refs: Vec<(&str, Option<&str>)> = old.iter().map(|(p, t)| (p.as_str(), Some(t.as_str()))).collect();
            r.commit("Ola", "tilbake", &refs);
        }
    }
    let whole = read_in_batches(r.path(), "okrs", Lang::En, &Quiet, 4096, None).unwrap();
    for batch in [1, 2, 5] {
        let small = read_in_batches(r.path(), "okrs", Lang::En, &Quiet, batch, None).unwrap();
        assert_eq!(small.timeline.series, whole.timeline.series, "batch {batch}");
        assert_eq!(small.files.len(), 3);
    }
    let t0 = KeyResultKey { team: "team-0".into(), ..key("t") };
    let values: Vec<_> = whole.timeline.current(&t0).unwrap().checkins.iter().map(|c| c.value.unwrap()).collect();
    assert_eq!(values, [10.0, 11.0, 12.0, 13.0, 11.0, 14.0, 15.0]);
}

/// Random weeks of renamed teams, reworded and pinned titles, moved and deleted files: the
/// timeline never panics, every series has check-ins in commit order, HEAD's key results are the
/// open series, and each week's value is the last check-in of its key result.
#[test]
fn random_renames_rewordings_and_pins_keep_a_consistent_timeline() {
    let mut seed: u64 = 0x5eed;
    let mut next = |n: u64| {
        seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        (seed >> 33) % n
    };
    for _ in 0..12 {
        let mut r = Repo::new();
        let (mut team, mut title, mut pinned, mut path) = ("Marketing", "Trafikk", false, "okrs/m.md");
        for week in 0..10 {
            let before = path;
            match next(6) {
                0 => team = ["Marketing", "Marked", "Salg"][next(3) as usize],
                1 => title = ["Trafikk", "Organisk trafikk", "Trafikk i Norden"][next(3) as usize],
                2 => pinned = !pinned,
                3 => path = ["okrs/m.md", "okrs/a/m.md", "okrs/b.md"][next(3) as usize],
                _ => {}
            }
            let id = pinned.then_some("trafikk");
            let text = okr(title, id, &(10 + week).to_string(), None).replace("Marketing", team);
            let mut files = vec![(path, Some(text.as_str()))];
            if before != path && week > 0 {
                files.push((before, None));
            }
            r.commit("Kari", &format!("uke {week}"), &files);
            let h = r.read().unwrap();
            let head = h.files[0].set.as_ref().unwrap();
            let (o, k, _) = head.key_results().next().unwrap();
            let key = KeyResultKey::of(head, &head.objectives[o].id.value, &head.objectives[o].key_results[k].id.value)
                .unwrap();
            let current = h.timeline.current(&key).unwrap_or_else(|| panic!("no series for {key:?}"));
            assert_eq!(current.key, key);
            assert_eq!(current.last().unwrap().value, Some((10 + week) as f64));
            for series in &h.timeline.series {
                assert!(!series.checkins.is_empty(), "{series:?}");
                let times: Vec<_> = series.checkins.iter().map(|c| c.commit.time).collect();
                assert!(times.windows(2).all(|w| w[0] < w[1]), "{series:?}");
            }
        }
    }
}

#[test]
fn lint_reads_history_for_running_periods_from_a_month_before_they_began() {
    let today = jiff::civil::date(2026, 6, 1);
    let running = |text: &str| running_period(text.as_bytes(), today);
    assert!(matches!(running("---\nteam: A\nobjectives: []\n---\n"), Running::Unsure), "no period line");
    assert!(matches!(running("---\nperiod: \"2026-H2\" # second half\n---\n"), Running::No));
    let q2 = jiff::civil::date(2026, 4, 1);
    assert!(matches!(running("---\nperiod: 2026-Q2\n---\n"), Running::Since(d) if d == q2));
    let since = |periods: Vec<Running>| recent_since(periods.into_iter());
    assert_eq!(since(vec![Running::No]), None, "nothing runs: no history");
    let march = midnight(jiff::civil::date(2026, 3, 1));
    let h1 = jiff::civil::date(2026, 1, 1);
    assert_eq!(since(vec![Running::Since(q2), Running::No]), Some(Some(march)));
    assert!(since(vec![Running::Since(q2), Running::Since(h1)]).unwrap() < Some(march));
    assert_eq!(since(vec![Running::Since(q2), Running::Unsure]), Some(None), "unclear: from the first commit");
}

fn midnight(date: jiff::civil::Date) -> Timestamp {
    date.at(0, 0, 0, 0).to_zoned_datetime(jiff::tz::TimeZone::UTC).unwrap().timestamp()
}

/// A month before the running quarter (2026-Q1) of the lint tests began.
const DECEMBER: jiff::civil::Date = jiff::civil::date(2025, 12, 1);

/// The last check-in (commit and value) of each key result, as `okrs lint` sees it on `today`
/// and as the whole history says.
fn last_check_ins(r: &Repo, keys: &[KeyResultKey], today: jiff::civil::Date) -> [Vec<Option<(String, f64)>>; 2] {
    let whole = r.read().unwrap().timeline;
    let lint = running_timeline(r.path(), "okrs", Lang::En, today, Some(midnight(DECEMBER))).unwrap();
    let last = |t: &Timeline| -> Vec<Option<(String, f64)>> {
        let last = |k| t.current(k)?.checkins.last().map(|c| (c.commit.message.clone(), c.value.unwrap()));
        keys.iter().map(last).collect()
    };
    [last(&lint), last(&whole)]
}

#[test]
fn lint_reads_the_recent_history_and_all_of_it_only_when_it_must() {
    let mut r = Repo::new();
    // Half a year before the running quarter: a quarter long gone, checked in weekly.
    r.day = -200;
    for week in 0..8 {
        let old = okr("Trafikk", Some("t"), &(10 + week).to_string(), None).replace("2026-Q1", "2025-Q3");
        r.commit("Kari", &format!("Q3 uke {week}"), &[("okrs/q3.md", Some(&old))]);
        r.day += 6;
    }
    // The running quarter is planned two months before it starts (2025-11-06); its first key
    // result is checked in after that, the second one never.
    let q1 = |a: &str, b: &str| {
        format!(
            "---\nteam: Marketing\nperiod: 2026-Q1\nobjectives:\n  - id: synlighet\n    title: Bli synlig\n    key_results:\n      - id: t\n        title: Trafikk\n        baseline: 10\n        target: 20\n        current: {a}\n      - id: b\n        title: Leads\n        baseline: 1\n        target: 5\n        current: {b}\n---\n"
        )
    };
    r.day = -60;
    r.commit("Kari", "plan Q1", &[("okrs/m.md", Some(&q1("10", "1")))]);
    r.day = -45;
    r.commit("Kari", "justere", &[("okrs/m.md", Some(&q1("11", "1")))]);
    r.day = 10;
    r.commit("Ola", "uke 3", &[("okrs/m.md", Some(&q1("12", "1")))]);
    // A file moved in the running quarter keeps its key results' series.
    r.commit("Ola", "flytt", &[("okrs/m.md", None), ("okrs/marketing/2026-Q1.md", Some(&q1("12", "1")))]);
    r.commit("Kari", "uke 4", &[("okrs/marketing/2026-Q1.md", Some(&q1("13", "1")))]);
    let today = jiff::civil::date(2026, 2, 1);
    let keys = [key("t"), key("b")];
    let recent = |r: &Repo| {
        let lint = Some(LintRead { today, since: Some(midnight(DECEMBER)) });
        read_in_batches(r.path(), "okrs", Lang::En, &Quiet, 8, lint).unwrap().timeline
    };
    // The recent part starts at the last commit before 2025-12-01 ("justere"); `b` was last
    // checked in before it, so the whole history is read for it.
    let first = recent(&r);
    assert!(first.base.is_some() && !first.knows_every_last_check_in(today));
    let [lint, whole] = last_check_ins(&r, &keys, today);
    assert_eq!(lint, whole);
    assert_eq!(lint[1], Some(("plan Q1".to_owned(), 1.0)));
    // Once `b` is checked in lately too, the recent part says all, from a later commit on.
    r.commit("Kari", "uke 5", &[("okrs/marketing/2026-Q1.md", Some(&q1("14", "2")))]);
    let recent = recent(&r);
    assert!(recent.base.is_some() && recent.knows_every_last_check_in(today));
    assert!(recent.commits < r.read().unwrap().timeline.commits);
    let [lint, whole] = last_check_ins(&r, &keys, today);
    assert_eq!(lint, whole);
    assert_eq!(lint, [Some(("uke 5".to_owned(), 14.0)), Some(("uke 5".to_owned(), 2.0))]);
}

#[test]
fn lint_reads_the_whole_history_when_the_recent_part_starts_at_a_broken_file() {
    let mut r = Repo::new();
    r.day = -60;
    r.commit("Kari", "plan Q1", &[("okrs/m.md", Some(&okr("Trafikk", Some("t"), "10", None)))]);
    // The last commit before December breaks the file; it is mended later with the same value.
    r.day = -45;
    r.commit("Kari", "broken", &[("okrs/m.md", Some("---\nteam: [Marketing\n---\n"))]);
    r.day = 10;
    r.commit("Ola", "mended", &[("okrs/m.md", Some(&okr("Trafikk", Some("t"), "10", None)))]);
    let [lint, whole] = last_check_ins(&r, &[key("t")], jiff::civil::date(2026, 2, 1));
    assert_eq!(lint, whole);
    assert_eq!(lint, [Some(("plan Q1".to_owned(), 10.0))]);
}

#[test]
fn tree_diffs_follow_gits_entry_order() {
    // Names where git's order (a folder read as `name/`) and plain byte order disagree.
    let paths = ["okrs/a.md", "okrs/a-b.md", "okrs/a/x.md", "okrs/a.b/y.md", "okrs/a0.md", "okrs/b/a/z.md"];
    let mut repo = Repo::new();
    let mut first: Vec<_> = paths[..4].iter().map(|p| (*p, Some("one"))).collect();
    first.push(("okrs/c/q.md", Some("one")));
    repo.commit("Kari", "first", &first);
    let mut second: Vec<_> = paths.iter().map(|p| (*p, Some("two"))).collect();
    second[1].1 = Some("one"); // okrs/a-b.md unchanged
    second.push(("okrs/c.md", Some("two"))); // next to the unchanged folder okrs/c
    repo.commit("Kari", "second", &second);
    repo.commit("Kari", "third", &[("okrs/a/x.md", None), ("okrs/b/a/z.md", Some("three"))]);

    let trees: Vec<git2::Tree> = {
        let mut walk = repo.repo.revwalk().unwrap();
        walk.push_head().unwrap();
        walk.set_sorting(git2::Sort::REVERSE).unwrap();
        walk.map(|id| repo.repo.find_commit(id.unwrap()).unwrap().tree().unwrap()).collect()
    };
    // One differ along the history, as the walk uses it: it keeps the folders it has read.
    let mut diff = TreeDiff::new(&repo.repo);
    let mut changes = |old: Option<&git2::Tree>, new: &git2::Tree| {
        let mut out = Vec::new();
        diff.changes(old, Some(new), "", &mut out).unwrap();
        out.into_iter().map(|c| (c.path, c.new.is_some())).collect::<Vec<_>>()
    };
    // libgit2's own tree diff is the reference.
    let reference = |old: Option<&git2::Tree>, new: &git2::Tree| {
        let diff = repo.repo.diff_tree_to_tree(old, Some(new), None).unwrap();
        let mut out: Vec<_> = diff
            .deltas()
            .map(|d| {
                let deleted = d.status() == git2::Delta::Deleted;
                let file = if deleted { d.old_file() } else { d.new_file() };
                (file.path().unwrap().to_str().unwrap().to_owned(), !deleted)
            })
            .collect();
        out.sort();
        out
    };
    let mut last = Vec::new();
    for (old, new) in [(None, &trees[0]), (Some(&trees[0]), &trees[1]), (Some(&trees[1]), &trees[2])] {
        let found = changes(old, new);
        let mut sorted = found.clone();
        sorted.sort();
        assert_eq!(sorted, reference(old, new));
        last = found;
    }
    assert_eq!(last, [("okrs/a/x.md".to_owned(), false), ("okrs/b/a/z.md".to_owned(), true)]);
}
