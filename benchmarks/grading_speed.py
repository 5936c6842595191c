"""How fast is grading? Whole processes, several runs, medians, ratios to a baseline.

    python benchmarks/grading_speed.py [--runs 7]

Measures, as separate processes started the way a learner or instructor starts them:
  - the baseline: a Python that only imports numpy, sympy and matplotlib.pyplot;
  - `pytest exercises/session_b` (the learner's command, on the untouched stubs);
  - `pytest solutions/session_b` (every check runs to the end);
  - `python -m graders grade --submission solutions --session b` and the whole week;
  - the slowest symbolic check on a submission of hostile expressions.
Targets (2-core machine): a session under 1.5 s, the week under 2.5 s, no symbolic
check over 3 s.
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
HOSTILE_CHAIN_RULE = '''
import sympy as sp


def d_sin_x2(x):
    return sp.Pow(10, sp.Pow(10, 10**20, evaluate=False), evaluate=False) * x


def d_exp_2x_plus_1(x):
    e = x
    for _ in range(60):
        e = sp.exp(sp.sin(e) + e)
    return e


def d_log_1_plus_exp(x):
    return sp.Add(*[sp.cos(k * x) ** k for k in range(1, 400)])


def d_x2_plus_1_cubed(x):
    return sp.tan(sp.exp(sp.exp(sp.exp(x + 3))))


def d_tanh_2x(x):
    return sp.Mul(*[x + k for k in range(2000)], evaluate=False)


def d_sigmoid(x):
    return sp.Integer(10) ** 25 * sp.exp(-x) / (1 + sp.exp(-x)) ** 2 / sp.Integer(10) ** 25


def sigmoid_prime_via_sigma(s):
    return (s * (1 - s)) ** (sp.Integer(10) ** 29) ** sp.Rational(1, 10**29)
'''


def timed(command, runs):
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        done = subprocess.run(command, cwd=REPO, capture_output=True, text=True)
        times.append(time.perf_counter() - started)
    return times, done


def hostile_symbolic_seconds():
    """Grade session A with hostile expressions in chain_rule.py; the slowest check's time."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "hostile"
        shutil.copytree(REPO / "solutions", root, ignore=shutil.ignore_patterns("__pycache__"))
        (root / "session_a" / "chain_rule.py").write_text(HOSTILE_CHAIN_RULE)
        started = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "graders", "grade", "--submission", str(root),
                               "--session", "a", "--format", "json"], cwd=REPO, capture_output=True, text=True)
        wall = time.perf_counter() - started
        report = json.loads(done.stdout)
    # Per-check times are not in results.json; time each chain-rule check in-process instead.
    from graders import course
    from graders.grading.runner import GradingRun

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "hostile"
        shutil.copytree(REPO / "solutions", root, ignore=shutil.ignore_patterns("__pycache__"))
        (root / "session_a" / "chain_rule.py").write_text(HOSTILE_CHAIN_RULE)
        week = course.week_for(root)
        with GradingRun(week, root, ["session_a"], seed=1) as run:
            run.result("session_a.relu")  # start the learner process outside the timings
            slowest = max((run.result(c.id) for c in week.session("session_a").checks[:7]),
                          key=lambda r: r.seconds)
    return wall, report, slowest


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=7, help="runs per command (default 7)")
    args = parser.parse_args()
    py = sys.executable
    commands = {
        "baseline: import numpy, sympy, pyplot": [py, "-c", "import numpy, sympy, matplotlib.pyplot"],
        "pytest exercises/session_b (stubs)": [py, "-m", "pytest", "exercises/session_b", "-p", "no:cacheprovider"],
        "pytest solutions/session_b": [py, "-m", "pytest", "solutions/session_b", "-p", "no:cacheprovider"],
        "grade --submission solutions --session b": [py, "-m", "graders", "grade", "--submission", "solutions",
                                                     "--session", "b"],
        "grade --submission solutions (week)": [py, "-m", "graders", "grade", "--submission", "solutions"],
    }
    print(f"{args.runs} runs each, wall-clock seconds, whole processes")
    print(f"{'command':44} {'median':>7} {'min':>7} {'max':>7} {'× baseline':>11}")
    baseline = None
    medians = {}
    for name, command in commands.items():
        times, done = timed(command, args.runs)
        median = statistics.median(times)
        medians[name] = median
        baseline = baseline or median
        print(f"{name:44} {median:7.2f} {min(times):7.2f} {max(times):7.2f} {median / baseline:10.2f}×")
    wall, report, slowest = hostile_symbolic_seconds()
    print(f"\nhostile symbolic answers (session A): graded in {wall:.2f} s, score {report['score']}/"
          f"{report['max_score']}; slowest chain-rule check {slowest.spec.id} took {slowest.seconds:.2f} s")
    print("\ntargets: session < 1.5 s  ->",
          "met" if medians["pytest exercises/session_b (stubs)"] < 1.5 and medians["pytest solutions/session_b"] < 1.5
          else "MISSED",
          "| week < 2.5 s  ->", "met" if medians["grade --submission solutions (week)"] < 2.5 else "MISSED",
          "| symbolic < 3 s  ->", "met" if slowest.seconds < 3 else "MISSED")


if __name__ == "__main__":
    main()
