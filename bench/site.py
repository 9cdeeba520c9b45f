#!/usr/bin/env python3
"""Benchmark `okrs site` against reading the same history with git and with a Python script.

    python3 bench/site.py [--commits 2000,5000,10000] [--files 1000] [--runs 3] [--shared ../shared]

Generates git repositories with shared/tools/gen_okr_corpus.py (FILES files, then COMMITS
commits of check-ins; cached under /tmp/okrs-bench-corpora, outside this repository), builds
okrs in release mode, and prints wall time (best of --runs), peak memory and ratios for
`okrs site`, `git log -p -- okrs/ > /dev/null` and the plain Python history baseline
(shared/tools/py_history_baseline.py; `pip install pyyaml`); where /dev/shm exists, also `okrs
site` writing its pages to memory, to show what creating the files costs. Targets (issue 5), for
the site written to disk as users do: at least as fast as `git log -p`, at least 8x faster than
the Python baseline, time linear in the number of changed file versions, peak memory under 200 MB.

It also times `okrs lint` in a clone with one more commit that puts a file in the quarter
running today, so lint reads the history for stale-key-result.
"""
import datetime
import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def run(cmd, cwd=None, shell=False, codes=(0,)):
    """Wall seconds and peak RSS (MiB) of one run, output discarded."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, shell=shell, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code not in codes:
        sys.exit(f"{cmd} failed with exit code {code}: {proc.stderr.read().decode(errors='replace')}")
    return wall, usage.ru_maxrss / 1024


def best(cmd, runs, **kw):
    results = [run(cmd, **kw) for _ in range(runs)]
    return min(r[0] for r in results), max(r[1] for r in results)


def file_versions(corpus):
    """Added or modified file versions under okrs/ (what okrs parses, at most once each)."""
    out = subprocess.run(["git", "-C", str(corpus), "log", "--no-renames", "--format=", "--raw", "--", "okrs/"],
                         capture_output=True, check=True, text=True).stdout
    return sum(1 for line in out.splitlines() if line.startswith(":") and line.split("\t")[0].split()[-1][0] in "AM")


def running_clone(corpus):
    """A clone of `corpus` whose last commit moves one file into the quarter running today."""
    today = datetime.date.today()
    quarter = f"{today.year}-Q{(today.month - 1) // 3 + 1}"
    clone = corpus.with_name(f"{corpus.name}-running-{quarter}")
    if not clone.exists():
        subprocess.run(["git", "clone", "-q", "--no-local", str(corpus), str(clone)], check=True)
        path = sorted((clone / "okrs").rglob("*.md"))[0]
        text = path.read_text(encoding="utf-8")
        lines = [f"period: {quarter}" if line.startswith("period:") else line for line in text.split("\n")]
        path.write_text("\n".join(lines), encoding="utf-8")
        git = ["git", "-C", str(clone), "-c", "user.name=Bench", "-c", "user.email=bench@example.com"]
        subprocess.run(git + ["commit", "-q", "-am", f"Plan {quarter}"], check=True)
    return clone


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--commits", default="2000,5000,10000")
    ap.add_argument("--files", type=int, default=1000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--shared", default=str(REPO.parent / "shared"))
    ap.add_argument("--corpora", default="/tmp/okrs-bench-corpora")
    args = ap.parse_args()
    tools = Path(args.shared) / "tools"
    subprocess.run(["cargo", "build", "--release", "--locked", "-q"], cwd=REPO, check=True)
    okrs = str(REPO / "target" / "release" / "okrs")
    print(f"{'commits':>7} {'versions':>8} {'tool':<28} {'wall s':>8} {'peak MiB':>9} {'vs okrs':>8}")
    per_version = []
    for commits in [int(c) for c in args.commits.split(",")]:
        corpus = Path(args.corpora) / f"site-{args.files}-{commits}"
        if not corpus.exists():
            subprocess.run([sys.executable, str(tools / "gen_okr_corpus.py"), str(args.files), str(corpus), "--git", str(commits)],
                           check=True, stdout=subprocess.DEVNULL)
        versions = file_versions(corpus)
        out = Path(args.corpora) / f"site-{args.files}-{commits}-out"
        shutil.rmtree(out, ignore_errors=True)
        rows = {
            "okrs site": best([okrs, "-C", str(corpus), "site", "--out", str(out)], args.runs),
        }
        # The same build with the pages written to memory: on some filesystems (ext4 without a
        # journal) creating a thousand files costs a visible part of the time when others were
        # deleted minutes before, as the previous run's were. The targets use the row above.
        shm = Path("/dev/shm")
        if shm.is_dir():
            rows["okrs site (pages to tmpfs)"] = best(
                [okrs, "-C", str(corpus), "site", "--out", str(shm / f"okrs-bench-{commits}")], args.runs)
            shutil.rmtree(shm / f"okrs-bench-{commits}", ignore_errors=True)
        rows |= {
            "git log -p -- okrs/": best("git log -p -- okrs/ > /dev/null", args.runs, cwd=corpus, shell=True),
            "python baseline (PyYAML C)": best([sys.executable, str(tools / "py_history_baseline.py"), str(corpus)],
                                               max(1, args.runs // 2)),
        }
        base = rows["okrs site"][0]
        for name, (wall, rss) in rows.items():
            print(f"{commits:>7} {versions:>8} {name:<28} {wall:>8.3f} {rss:>9.1f} {wall / base:>7.1f}x")
        per_version.append((commits, versions, base))
        print(f"{commits:>7} commits: git-log/okrs = {rows['git log -p -- okrs/'][0] / base:.2f}x (target >= 1), "
              f"baseline/okrs = {rows['python baseline (PyYAML C)'][0] / base:.1f}x (target >= 8), "
              f"peak {rows['okrs site'][1]:.0f} MiB (target < 200)")
        lint, rss = best([okrs, "-C", str(running_clone(corpus)), "lint", "--format", "json"], args.runs, codes=(0, 1))
        print(f"{commits:>7} commits: okrs lint with a period running: {lint:.3f} s, {rss:.0f} MiB")
    # Linear growth: time = fixed + per_version * versions, fitted by least squares; each size's
    # distance from the line shows whether the growth is linear (it needs three sizes or more).
    if len(per_version) >= 2:
        xs, ys = [v for _, v, _ in per_version], [w for _, _, w in per_version]
        mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
        slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)
        fixed = my - slope * mx
        print(f"fit: okrs site = {fixed:.3f} s + {slope * 1e6:.1f} µs per file version"
              f" (the fixed part is the pages, one per team and period)")
        for commits, versions, wall in per_version:
            fitted = fixed + slope * versions
            print(f"{commits:>7} commits: measured {wall:.3f} s, line {fitted:.3f} s ({(wall - fitted) / fitted:+.1%})")


if __name__ == "__main__":
    main()
