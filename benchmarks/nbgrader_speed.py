"""nbgrader against this grader, on the same learners' code. Whole processes, medians.

    python benchmarks/nbgrader_speed.py [--learners 8] [--runs 3]

Builds the nbgrader course, releases it, and submits complete learners (both notebooks,
the reference answers). Then times:
  - `nbgrader autograde` of one learner (two notebooks) against
    `python -m graders grade` of the same code as a folder;
  - `nbgrader autograde` of the whole sample in one process against
    `python -m graders batch --workers 2` on the same code as folders, and against
    `python -m graders batch --nbgrader COURSE --assignment m01w02 --workers 2 --force`: the
    same notebooks, graded isolated, with the scores written into the same gradebook.
Needs nbgrader (pip install -e ".[test]"). Targets: at least 10x nbgrader's throughput.
"""
import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
from graders import notebooks  # noqa: E402

COURSE = "m01w02"
NAMES = ("01-chain-rule.ipynb", "02-logistic-regression.ipynb")


def run(command, cwd, env=None):
    started = time.perf_counter()
    done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True)
    if done.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(map(str, command))} failed:\n{done.stderr[-2000:]}")
    return time.perf_counter() - started


def filled(released, source):
    answers = {c["id"]: c["source"] for c in source["cells"]}
    for cell in released["cells"]:
        if cell["metadata"].get("nbgrader", {}).get("solution"):
            cell["source"] = answers[cell["id"]]
    return released


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--learners", type=int, default=8)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    nbgrader, env = notebooks.nbgrader_command(), notebooks.nbgrader_env()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        course, folders = tmp / "course", tmp / "folders"
        run([sys.executable, "-m", "graders", "nbgrader-course", str(course), "--week", "m01w02", "--seed", "1"], REPO)
        run([*nbgrader, "generate_assignment", COURSE, "--force"], course, env)
        learners = [f"learner{i:02d}" for i in range(args.learners)]
        for learner in learners:
            target = course / "submitted" / learner / COURSE
            target.mkdir(parents=True)
            for name in NAMES:
                released = json.loads((course / "release" / COURSE / name).read_text())
                source = json.loads((course / "source" / COURSE / name).read_text())
                (target / name).write_text(json.dumps(filled(released, source)))
            shutil.copytree(REPO / "solutions", folders / learner, ignore=shutil.ignore_patterns("__pycache__", "*.ipynb"))
        run([*nbgrader, "autograde", COURSE, "--student", learners[0], "--force", "--create"], course, env)  # warm, db
        one_nb = [run([*nbgrader, "autograde", COURSE, "--student", learners[0], "--force"], course, env)
                  for _ in range(args.runs)]
        one_us = [run([sys.executable, "-m", "graders", "grade", "--submission", str(folders / learners[0]),
                       "--format", "json"], REPO) for _ in range(args.runs)]
        all_nb = [run([*nbgrader, "autograde", COURSE, "--force", "--create"], course, env) for _ in range(args.runs)]
        all_us = []
        for _ in range(args.runs):
            shutil.rmtree(tmp / "out", ignore_errors=True)
            all_us.append(run([sys.executable, "-m", "graders", "batch", str(folders), "--out", str(tmp / "out"),
                               "--workers", "2", "--seed", "1"], REPO))
        all_isolated = [run([sys.executable, "-m", "graders", "batch", "--nbgrader", str(course), "--assignment",
                             COURSE, "--workers", "2", "--force"], REPO) for _ in range(args.runs)]
        a, b = statistics.median(one_nb), statistics.median(one_us)
        c, d = statistics.median(all_nb), statistics.median(all_us)
        e = statistics.median(all_isolated)
        n = len(learners)
        print(f"one learner (two notebooks, the whole week), {args.runs} runs, medians:")
        print(f"  nbgrader autograde:        {a:6.2f} s ({a / 2:.2f} s per notebook)")
        print(f"  python -m graders grade:   {b:6.2f} s   -> {a / b:.1f}x faster")
        print(f"{n} learners ({2 * n} notebooks):")
        print(f"  nbgrader autograde:        {c:6.2f} s  {n / c:5.2f} learners/s")
        print(f"  python -m graders batch:   {d:6.2f} s  {n / d:5.2f} learners/s   -> {c / d:.1f}x the throughput")
        print(f"  graders batch --nbgrader:  {e:6.2f} s  {n / e:5.2f} learners/s   -> {c / e:.1f}x the throughput "
              "(the notebooks themselves, isolated, into the gradebook)")
        print(f"  target >= 10x nbgrader's throughput -> {'met' if c / d >= 10 else 'MISSED'} on this sample "
              "(batch start-up weighs more on a small sample; see batch_speed.py for 200 learners)")


if __name__ == "__main__":
    main()
