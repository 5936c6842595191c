"""Broken submissions are graded, never crash the grader, and leave the other checks alone."""
import pytest

from graders.learner import Limits
from graders.grading.runner import GradingRun


def grade(week, root, session="session_b", seed=1, **limits):
    with GradingRun(week, root, [session], seed=seed, limits=Limits(**limits) if limits else None) as run:
        return {r.spec.id: r for r in run.results()}


def test_a_syntax_error_fails_that_file_and_says_where(week, submission):
    root = submission(**{"session_b.animation": "def snapshot_grid_figure(X, y, snapshots, iterations=(0,):\n    pass\n"})
    results = grade(week, root)
    broken = results["session_b.snapshot_grid_figure"]
    assert broken.status == "failed" and "syntax error on line" in broken.message
    assert "animation.py" in broken.message
    assert all(r.passed for cid, r in results.items() if cid != "session_b.snapshot_grid_figure")


def test_a_module_that_fails_to_import_takes_its_importers_down_with_a_reason(week, submission):
    root = submission(**{"session_b.bce": "raise RuntimeError('half-finished edit')\n"})
    results = grade(week, root)
    assert "raised RuntimeError while being imported: half-finished edit" in results["session_b.sigmoid.values"].message
    assert results["session_b.make_blobs"].status == "failed"  # train.py imports bce.py


def test_an_absolute_sibling_import_gets_advice(week, submission):
    root = submission(**{"session_b.train": "from bce import sigmoid\n"})
    message = grade(week, root)["session_b.make_blobs"].message
    assert "No module named 'bce'" in message and "from .bce import" in message


@pytest.mark.parametrize("code, says", [
    ("def sigmoid(z):\n    return np.full(np.shape(z), np.nan)\n", "nan"),
    ("def sigmoid(z):\n    return np.zeros((3, 3))\n", "shape"),
    ("def sigmoid(z):\n    return None\n", "returned None"),
    ("def sigmoid(z):\n    import sys\n    sys.exit(0)\n", "called sys.exit()"),
    ("def sigmoid(z):\n    raise ZeroDivisionError('oops')\n", "raised ZeroDivisionError"),
    ("def sigmoid(z):\n    return sigmoid(z)\n", "RecursionError"),
])
def test_a_bad_function_fails_its_own_checks_only(week, submission, code, says):
    results = grade(week, submission(**{"session_b.bce": code}))
    assert says in results["session_b.sigmoid.values"].message
    assert results["session_b.bce_loss.values"].passed and results["session_b.make_blobs"].passed


def test_an_endless_loop_at_import_is_reported(week, submission):
    root = submission(**{"session_b.animation": "while True:\n    pass\n"})
    results = grade(week, root, import_seconds=1)
    assert "did not finish within 1 s" in results["session_b.snapshot_grid_figure"].message
    assert results["session_b.train.accuracy"].passed


def test_missing_file_and_renamed_function(week, submission, tmp_path):
    root = submission(**{"session_b.bce": "del bce_grad_z\n"})
    (root / "session_b" / "animation.py").unlink()
    results = grade(week, root)
    assert "has no function `bce_grad_z`" in results["session_b.bce_grad_z"].message
    assert "animation.py is missing" in results["session_b.snapshot_grid_figure"].message


def test_the_grader_reports_its_own_bugs_without_a_traceback(week, submission, monkeypatch):
    def broken(t):
        raise KeyError("oops")
    monkeypatch.setitem(week.implementations, "session_b.make_blobs", broken)
    result = grade(week, submission())["session_b.make_blobs"]
    assert result.status == "failed" and "bug in the grader" in result.message
    assert "traceback" in result.details
