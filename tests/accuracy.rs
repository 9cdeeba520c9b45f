//! The quality rules against the labeled development sets in fixtures/devset: fails when
//! precision or recall drops below the floors of issue 3. `okrs accuracy` prints the full table.

use okrs::lint::accuracy::{Evaluation, evaluate};

fn set(name: &str, objectives: bool) -> Evaluation {
    let text = std::fs::read_to_string(format!("fixtures/devset/{name}")).unwrap();
    evaluate(name, &text, objectives).unwrap()
}

fn check(eval: &Evaluation, label: &str, precision: f64, recall: f64) {
    let s = eval.score(label);
    assert!(
        s.precision() >= precision && s.recall() >= recall,
        "{} {label}: precision {:.3} (floor {precision}), recall {:.3} (floor {recall}); run `cargo run -- accuracy` for the rows",
        eval.name,
        s.precision(),
        s.recall()
    );
}

#[test]
fn key_results_meet_the_floors() {
    let eval = set("key_results.tsv", false);
    assert!(eval.rows >= 250, "the development set has {} key results", eval.rows);
    check(&eval, "vague", 0.95, 0.92);
    check(&eval, "unmeasurable", 0.95, 0.92);
    check(&eval, "task", 0.90, 0.80);
}

#[test]
fn objectives_meet_the_floors() {
    let eval = set("objectives.tsv", true);
    assert!(eval.rows >= 80, "the development set has {} objectives", eval.rows);
    check(&eval, "vague", 0.90, 0.80);
    check(&eval, "has-metric", 0.90, 0.80);
}

#[test]
fn the_holdout_sets_meet_the_floors() {
    for name in
        ["holdout_key_results.tsv", "holdout2_key_results.tsv", "holdout3_key_results.tsv", "holdout4_key_results.tsv"]
    {
        let eval = set(name, false);
        check(&eval, "vague", 0.95, 0.92);
        check(&eval, "unmeasurable", 0.90, 0.90);
        check(&eval, "task", 0.85, 0.80);
    }
    for name in ["holdout_objectives.tsv", "holdout3_objectives.tsv"] {
        let eval = set(name, true);
        check(&eval, "vague", 0.90, 0.80);
        check(&eval, "has-metric", 0.90, 0.80);
    }
}
