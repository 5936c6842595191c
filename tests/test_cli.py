"""``python -m graders``: whole processes, as a learner or an instructor runs them."""
import json
import subprocess
import sys

import pytest

from .conftest import EXERCISES, REPO, SOLUTIONS

pytestmark = pytest.mark.slow  # whole processes, as users start them


def run(*args, cwd=REPO):
    return subprocess.run([sys.executable, "-m", "graders", *args], capture_output=True, text=True, cwd=cwd,
                          timeout=120)


def test_references_get_full_marks_as_gradescope_json():
    done = run("grade", "--submission", "solutions", "--format", "json", "--seed", "7")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["score"] == report["max_score"] == 87
    assert all(t["status"] == "passed" for t in report["tests"])
    for test in report["tests"]:
        assert {"name", "score", "max_score", "status", "output"} <= set(test)
        assert test["name"].split(":")[0].split(".")[0] in ("session_a", "session_b", "session_c")
    assert "seed: 7" in report["output"]


def test_stubs_get_zero_with_a_message_per_check_and_exit_1():
    done = run("grade", "--submission", str(EXERCISES), "--session", "b")
    assert done.returncode == 1
    lines = done.stdout.splitlines()
    checks = [line for line in lines if line.startswith(("PASS", "FAIL", "SKIP"))]
    assert len(checks) == 17 and not any(line.startswith("PASS") for line in checks)
    assert "Session B: 0/38" in done.stdout
    assert "not written yet" in done.stdout and "is not written yet (see " in done.stdout
    assert "Traceback" not in done.stdout + done.stderr


def test_the_same_seed_gives_the_same_report():
    first = run("grade", "--submission", "exercises", "--session", "c", "--seed", "99")
    second = run("grade", "--submission", "exercises", "--session", "c", "--seed", "99")
    assert first.stdout == second.stdout and "seed 99" in first.stdout


def test_default_submission_is_exercises():
    done = run("grade", "--session", "a", "--format", "json")
    assert json.loads(done.stdout)["score"] == 0


@pytest.mark.parametrize("args, says", [
    (["grade", "--submission", "no/such/dir"], "no folder"),
    (["grade", "--submission", "pyproject.toml"], "is not a folder"),
    (["grade", "--submission", "graders"], "does not look like a submission"),
    (["grade", "--session", "z"], "unknown session"),
    (["grade", "--format", "xml"], "invalid choice"),
    (["grade", "--seed", "abc"], "invalid int value"),
    (["frobnicate"], "invalid choice"),
    (["report", "z"], "unknown session"),
    (["report", "--output", "report.txt"], "should end in .html"),
    (["report", "--output", "no/such/dir/report.html"], "no folder"),
    (["recall", "--format", "json"], "needs --answers"),
    (["status", "--submission", "no/such/dir"], "no folder"),
    (["watch", "--submission", "no/such/dir"], "no folder"),
])
def test_unusable_arguments_give_one_line_and_exit_2(args, says):
    done = run(*args)
    assert done.returncode == 2
    assert says in done.stderr and len(done.stderr.strip().splitlines()) == 1
    assert "Traceback" not in done.stderr


def test_help_explains_the_commands():
    done = run("--help")
    assert done.returncode == 0 and "pytest exercises/session_b" in done.stdout
    for command in ("grade", "watch", "recall", "status", "report", "batch", "nbgrader-course",
                    "gradescope-bundle", "build-exercises"):
        assert command in done.stdout
        assert run(command, "--help").returncode == 0
    assert "--submission" in run("grade", "--help").stdout
    assert "--open" in run("report", "--help").stdout


def test_report_writes_one_page_and_says_where(tmp_path):
    done = run("report", "b", "--submission", str(EXERCISES), "--output", str(tmp_path / "week.html"))
    assert done.returncode == 1 and "week.html" in done.stdout and "--open" in done.stdout
    page = (tmp_path / "week.html").read_text(encoding="utf-8")
    assert page.startswith("<!doctype html>") and "Session B" in page and "Session A" not in page


def test_grading_works_from_any_directory(tmp_path):
    done = run("grade", "--submission", str(SOLUTIONS), "--session", "c", cwd=tmp_path)
    assert done.returncode == 0 and "Session C complete" in done.stdout


def test_build_exercises_check_reports_no_drift():
    done = run("build-exercises", "--check")
    assert done.returncode == 0 and "up to date" in done.stdout


@pytest.mark.parametrize("fmt", ["json", "text"])
def test_hostile_text_and_links_never_reach_the_terminal_raw(tmp_path, fmt):
    import shutil

    from .conftest import append_to_module

    root = tmp_path / "sub"
    shutil.copytree(SOLUTIONS, root, ignore=shutil.ignore_patterns("__pycache__"))
    append_to_module(root, "session_c.metrics",
                     "def accuracy(y_true, y_pred):\n    print('\\x1b]0;owned\\x07')\n"
                     "    raise ValueError('\\udcff \\x1b[2J \\u202e')\n")
    (root / "session_b" / "train.py").unlink()
    (root / "session_b" / "train.py").symlink_to("/etc/passwd")
    done = subprocess.run([sys.executable, "-m", "graders", "grade", "--submission", str(root), "--format", fmt,
                           "--seed", "3"], capture_output=True, cwd=REPO, timeout=300)
    out = done.stdout.decode("utf-8")  # valid UTF-8, whatever the learner's code raised
    assert done.returncode == 1 and "Traceback" not in done.stderr.decode("utf-8")
    assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out
    flat = " ".join(out.split())  # the text report wraps its lines
    assert "root:x:" not in out and "train.py is a symbolic link" in flat, out
