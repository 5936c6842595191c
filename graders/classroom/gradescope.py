"""A Gradescope autograder: the bundle to upload, and what it runs for each submission.

``python -m graders gradescope-bundle OUT.zip`` writes setup.sh, run_autograder and the
package source (the grader only: no solutions, no tests). On Gradescope, run_autograder
calls ``python -m graders gradescope-run``, which finds the submission under
/autograder/submission (a folder laid out like exercises/, at any depth, or a notebook),
grades it, and always writes /autograder/results/results.json.
"""
import json
import os
import time
import zipfile
from pathlib import Path

from graders.files import write_atomically
from graders.learner import intake
from graders.learner.text import clean

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
exec "$PYTHON" -m graders gradescope-run --root "$ROOT" --week {week}
"""

PACKAGE_FILES = ("pyproject.toml", "README.md")
PACKAGE_SUFFIXES = (".py", ".toml", ".j2", ".css", ".js", ".md")  # what the grader needs to run


def bundle(target, repo, week):
    """Write the autograder zip for ``week``; returns the number of files in it.

    The machinery goes in whole; of the weeks, only ``week`` (wherever it is installed),
    without its references or exercises."""
    repo = Path(repo)
    count = 0
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in (("setup.sh", SETUP), ("run_autograder", RUN.replace("{week}", week.id))):
            info = zipfile.ZipInfo(name)
            info.external_attr = 0o755 << 16
            archive.writestr(info, text)
            count += 1
        for name in PACKAGE_FILES:
            archive.write(repo / name, f"package/{name}")
            count += 1
        for path, name in _grader_files(repo / "graders", week):
            archive.write(path, f"package/graders/{name}")
            count += 1
    return count


def _grader_files(package, week):
    """(path, name inside the package) of every file the bundle carries."""
    from graders.course.installed import catalog

    # every week's folder, installed or not (a half-written one holds solutions too)
    weeks = {entry.root.resolve() for entry in catalog().values()}
    weeks |= {p.resolve() for p in package.iterdir() if p.is_dir() and (p / "week.toml").is_file()}
    left_out = {p.resolve() for p in (week.references, week.exercises) if p is not None}

    def files(folder):
        for path in sorted(folder.rglob("*")):
            parts = set(path.parts)
            if path.is_file() and "__pycache__" not in parts and path.suffix in PACKAGE_SUFFIXES \
                    and not any(path.resolve().is_relative_to(p) for p in left_out):
                yield path

    for path in files(package):
        if not any(path.resolve().is_relative_to(w) for w in weeks):
            yield path, path.relative_to(package).as_posix()
    for path in files(week.root):
        yield path, f"{week.root.name}/{path.relative_to(week.root).as_posix()}"


def find_submission(folder, week):
    """The Submission for what the learner uploaded (a folder laid out like exercises/ at any
    depth, one notebook or several, or both), or (None, reason) when it holds none of these."""
    from graders.classroom.submissions import find_notebooks, find_root, submission_of

    if not folder.is_dir():
        return None, "the submission folder is missing"
    if week.matches(find_root(folder, week)) or find_notebooks(folder):
        return submission_of(folder, week, "submission"), None
    return None, "upload your exercises folder (with session_a/, session_b/, session_c/) or your notebooks"


def run(root, limits=None, week_id=None):
    """Grade root/submission into root/results/results.json; never fails on bad input.

    ``limits``: keyword arguments of Limits (budget_seconds, say); ``week_id``: the week, when
    the bundle holds more than one (default: the bundle's own, see ``bundle``)."""
    from graders import course
    from graders.grading import report
    from graders.learner import Limits
    from graders.grading.runner import GradingRun

    root = Path(root)
    started = time.perf_counter()
    try:  # the bundle names its week; called without one, the week the upload's work follows
        week = course.installed.resolve_class(week_id or os.environ.get("GRADERS_WEEK") or None,
                                              [root / "submission"])
    except course.WeekError as exc:
        document = {"score": 0, "max_score": 0, "tests": [], "output": f"This upload cannot be graded: {exc}."}
        write_atomically(root / "results" / "results.json", json.dumps(document, indent=2, ensure_ascii=False))
        return document
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
