"""``pytest exercises/session_b``: the plugin grades, reports points and verdicts, and leaves other runs alone."""
import shutil

import pytest

from .conftest import EXERCISES, SOLUTIONS

pytestmark = pytest.mark.slow  # whole processes, as users start them

pytest_plugins = ["pytester"]


@pytest.fixture
def folder(pytester):
    def copy(source, name="exercises"):
        shutil.copytree(source, pytester.path / name, ignore=shutil.ignore_patterns("__pycache__"))
        return name
    return copy


def test_stubs_score_zero_with_a_line_and_message_per_check(pytester, folder):
    folder(EXERCISES)
    result = pytester.runpytest_subprocess("exercises/session_b", "--seed", "3")
    assert result.ret == 1
    result.stdout.fnmatch_lines([
        "*exercises/session_b/bce.py::sigmoid.values FAIL 0/2*",
        "*`sigmoid` is not written yet*",
        "*bce.py::sigmoid.stable SKIP 0/2*",
        "*grades for exercises*",
        "Session B: 0/38 — 17 checks to go (next: sigmoid.values)",
        "seed 3: add --seed 3 to repeat this run exactly",
        "see it with pictures: python -m graders report b --open",
    ])
    assert "Traceback" not in result.stdout.str()


def test_references_pass_and_say_ready_for_the_next_session(pytester, folder):
    folder(SOLUTIONS)
    result = pytester.runpytest_subprocess("exercises/session_b")
    assert result.ret == 0
    result.stdout.fnmatch_lines(["*sigmoid.values PASS 2/2*", "Session B complete: 38/38, ready for Session C"])


def test_the_whole_week_gives_a_week_verdict(pytester, folder):
    folder(SOLUTIONS)
    result = pytester.runpytest_subprocess("exercises")
    assert result.ret == 0
    result.stdout.fnmatch_lines(["Week complete: 87/87. You are ready for Month 1, Week 3*",
                                 "*see it with pictures: python -m graders report --open"])


def test_one_module_or_one_check_can_be_graded(pytester, folder):
    folder(SOLUTIONS)
    result = pytester.runpytest_subprocess("exercises/session_c/metrics.py")
    result.assert_outcomes(passed=4)
    result = pytester.runpytest_subprocess("exercises/session_b/bce.py::bce_grad_z")
    result.assert_outcomes(passed=1)


def test_a_deselected_failing_prerequisite_still_fails_the_run(pytester, folder):
    folder(EXERCISES)
    result = pytester.runpytest_subprocess("exercises/session_b", "-k", "sigmoid_prime")
    result.assert_outcomes(failed=1)
    assert result.ret == 1


def test_part_of_a_session_gets_a_verdict_about_that_part_only(pytester, folder):
    """bce.py finished, train.py and animation.py untouched: not "Session B complete"."""
    folder(EXERCISES)
    shutil.copy(SOLUTIONS / "session_b" / "bce.py", pytester.path / "exercises" / "session_b" / "bce.py")
    result = pytester.runpytest_subprocess("exercises/session_b/bce.py")
    result.stdout.fnmatch_lines(["bce.py: 18/18, every check passes. Session B has 20 more points in train.py and "
                                 "animation.py, not graded in this run; run `pytest exercises/session_b` for the "
                                 "session's verdict"])
    assert "complete" not in result.stdout.str() and "ready" not in result.stdout.str()
    result = pytester.runpytest_subprocess("exercises/session_b/bce.py::sigmoid.values")
    result.stdout.fnmatch_lines(["sigmoid.values: 2/2, every check passes. Session B has 36 more points in bce.py, "
                                 "train.py and animation.py*"])
    assert "complete" not in result.stdout.str()


def test_submission_like_folders_inside_a_test_directory_are_not_graded(pytester, folder):
    folder(EXERCISES, name="tests/fixtures/learner")
    pytester.makepyfile(**{"tests/test_plain": "def test_ok():\n    assert True\n"})
    result = pytester.runpytest_subprocess("tests")
    result.assert_outcomes(passed=1)
