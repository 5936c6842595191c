"""A Gradescope autograder: the bundle to upload, and what it runs for each submission.

``python -m graders gradescope-bundle OUT.zip`` writes setup.sh, run_autograder and the
package source (the grader only: no solutions, no tests). On Gradescope, run_autograder
calls ``python -m graders gradescope-run``, which finds the submission under
/autograder/submission (a folder laid out like exercises/, at any depth, or a notebook),
grades it, and always writes /autograder/results/results.json.
"""
import json
import time
import zipfile
from pathlib import Path

from .files import write_atomically
from .learner import intake
from .learner.text import clean

SETUP = """#!/usr/bin/env bash
# Gradescope runs this once, while it builds the autograder image.
set -euo pipefail
apt-get update -qq
apt-get install -y -qq python3 python3-venv python3-pip > /dev/null
python3 -m venv /autograder/venv
/autograder/venv/bin/pip install --quiet /autograder/source/package
"""

RUN = """#!/usr/bin/env bash
# Gradescope runs this for every submission; it writes /autograder/results/results.json.
ROOT="${GRADERS_AUTOGRADER_ROOT:-/autograder}"
PYTHON="${GRADERS_PYTHON:-$ROOT/venv/bin/python}"
exec "$PYTHON" -m graders gradescope-run --root "$ROOT"
"""

PACKAGE_FILES = ("pyproject.toml", "README.md")


def bundle(target, repo):
    """Write the autograder zip; returns the number of files in it."""
    repo = Path(repo)
    count = 0
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in (("setup.sh", SETUP), ("run_autograder", RUN)):
            info = zipfile.ZipInfo(name)
            info.external_attr = 0o755 << 16
            archive.writestr(info, text)
            count += 1
        for name in PACKAGE_FILES:
            archive.write(repo / name, f"package/{name}")
            count += 1
        for path in sorted((repo / "graders").rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts and path.suffix in (".py", ".toml"):
                archive.write(path, f"package/{path.relative_to(repo).as_posix()}")
                count += 1
    return count


def find_submission(folder, week):
    """The Submission for what the learner uploaded (a folder laid out like exercises/ at any
    depth, one notebook or several, or both), or (None, reason) when it holds none of these."""
    from .classroom import find_notebooks, find_root, submission_of

    if not folder.is_dir():
        return None, "the submission folder is missing"
    if week.matches(find_root(folder, week)) or find_notebooks(folder):
        return submission_of(folder, week, "submission"), None
    return None, "upload your exercises folder (with session_a/, session_b/, session_c/) or your notebooks"


def run(root, limits=None):
    """Grade root/submission into root/results/results.json; never fails on bad input.

    ``limits``: keyword arguments of Limits (budget_seconds, say)."""
    from . import course, report
    from .learner import Limits
    from .runner import GradingRun

    root = Path(root)
    started = time.perf_counter()
    (week,) = course.weeks().values()
    try:
        submission, why = find_submission(root / "submission", week)
    except Exception as exc:  # an upload the grader cannot even look at
        submission, why = None, f"it could not be read ({type(exc).__name__})"
    if submission is None:
        document = {"score": 0, "max_score": week.max_points, "output": f"No submission to grade: {why}.",
                    "tests": []}
    else:
        try:
            with GradingRun(week, submission, seed=None, limits=Limits(**(limits or {}))) as run_:
                scores = run_.scores()
            document = report.gradescope(run_, scores, time.perf_counter() - started)
        except Exception as exc:  # whatever happened, Gradescope gets a results file that says so
            document = {"score": 0, "max_score": week.max_points, "tests": [],
                        "output": clean(f"The grader could not grade this submission ({type(exc).__name__}: "
                                        f"{exc}). Please tell your instructor.", 500)}
    write_atomically(root / "results" / "results.json", json.dumps(document, indent=2, ensure_ascii=False))
    return document
