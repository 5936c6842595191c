"""The two ends of the scale: the references score full marks, the untouched stubs score zero."""
import pytest

from graders.grading.runner import GradingRun

from ..conftest import EXERCISES, SOLUTIONS


@pytest.mark.parametrize("session", ["session_a", "session_b", "session_c"])
def test_references_score_full_marks(week, seed, session):
    with GradingRun(week, SOLUTIONS, [session], seed=seed) as run:
        failed = [r for r in run.results() if not r.passed]
    assert not failed, "\n".join(f"{r.spec.id}: {r.feedback}" for r in failed)


def test_stubs_score_zero_and_every_check_says_why(week, seed):
    with GradingRun(week, EXERCISES, seed=seed) as run:
        results = run.results()
    assert sum(r.earned for r in results) == 0
    for result in results:
        if result.status == "skipped":  # its function is not written, which an earlier check said
            assert "is not written yet (see " in result.message
        else:
            assert "not written yet" in result.message and "NotImplementedError" in result.message
