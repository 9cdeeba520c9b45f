#!/usr/bin/env python3
"""Benchmark `okrs lint` against what a user would script instead, and against `cat`.

    python3 bench/lint.py [--sizes 1000,10000] [--runs 5] [--shared ../shared]

Generates corpora with shared/tools/gen_okr_corpus.py (cached under /tmp/okrs-bench-corpora),
builds okrs in release mode, and prints wall time (best of --runs), peak memory and ratios for
`okrs lint --format json`, `okrs lint` (human), the Python baseline (PyYAML; `pip install pyyaml`)
and `cat` of the same files. Targets (issue 2): at least 20x faster than the baseline and within
4x of `cat` on 10,000 files, under 100 MB peak memory.
"""
import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def run(cmd, cwd=None, shell=False):
    """Wall seconds and peak RSS (MiB) of one run, output discarded."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, shell=shell, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        sys.exit(f"{cmd} failed with exit code {code}")
    return wall, usage.ru_maxrss / 1024


def best(cmd, runs, **kw):
    results = [run(cmd, **kw) for _ in range(runs)]
    return min(r[0] for r in results), max(r[1] for r in results)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="1000,10000")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--shared", default=str(REPO.parent / "shared"))
    # Outside the repository, so okrs does not take this repository for the corpus's project.
    ap.add_argument("--corpora", default="/tmp/okrs-bench-corpora")
    args = ap.parse_args()
    tools = Path(args.shared) / "tools"
    subprocess.run(["cargo", "build", "--release", "--locked", "-q"], cwd=REPO, check=True)
    okrs = str(REPO / "target" / "release" / "okrs")
    print(f"{'files':>6} {'tool':<26} {'wall s':>8} {'peak MiB':>9} {'vs okrs':>8}")
    for size in [int(s) for s in args.sizes.split(",")]:
        corpus = Path(args.corpora) / f"lint-{size}"
        if not corpus.exists():
            subprocess.run([sys.executable, str(tools / "gen_okr_corpus.py"), str(size), str(corpus)], check=True, stdout=subprocess.DEVNULL)
        files = [str(p) for p in sorted((corpus / "okrs").rglob("*.md"))]
        rows = {
            "okrs lint --format json": best([okrs, "-C", str(corpus), "lint", "--format", "json"], args.runs),
            "okrs lint (human)": best([okrs, "-C", str(corpus), "lint"], args.runs),
            "python baseline (PyYAML C)": best([sys.executable, str(tools / "py_okr_lint_baseline.py"), str(corpus / "okrs")], max(1, args.runs // 2)),
            "cat": best(f"find okrs -name '*.md' -print0 | xargs -0 cat", args.runs, cwd=corpus, shell=True),
        }
        base = rows["okrs lint --format json"][0]
        for name, (wall, rss) in rows.items():
            print(f"{size:>6} {name:<26} {wall:>8.3f} {rss:>9.1f} {wall / base:>7.1f}x")
        print(f"{size:>6} files: baseline/okrs = {rows['python baseline (PyYAML C)'][0] / base:.1f}x (target >= 20), "
              f"okrs/cat = {base / rows['cat'][0]:.1f}x (target <= 4), peak {rows['okrs lint --format json'][1]:.0f} MiB (target < 100)")


if __name__ == "__main__":
    main()
