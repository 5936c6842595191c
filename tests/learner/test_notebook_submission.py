"""Which file a session is graded from, and what a learner is told about their notebooks (no learner process)."""
import json
import shutil

import pytest

from graders.learner.notebook_submission import NotebookSubmission, is_stub

from ..conftest import EXERCISES, PY_ONLY, SOLUTIONS

A, BC = "01-chain-rule.ipynb", "02-logistic-regression.ipynb"


@pytest.fixture
def contract(week):
    return {s.id: s.modules for s in week.sessions}


def chosen(submission):
    return {session: getattr(source, "shown", source) for session, source in submission.assigned.items()}


def code_notebook(*sources):
    return json.dumps({"cells": [{"cell_type": "code", "metadata": {}, "outputs": [], "source": s} for s in sources],
                       "metadata": {}, "nbformat": 4, "nbformat_minor": 5})


def test_both_notebooks_cover_the_week_and_the_given_sigmoid_of_01_does_not_claim_session_b(contract):
    submission = NotebookSubmission([(A, SOLUTIONS / A), (BC, SOLUTIONS / BC)], contract)
    assert chosen(submission) == {"session_a": A, "session_b": BC, "session_c": BC}
    assert submission.notes == []


def test_one_notebook_leaves_the_other_sessions_not_submitted(contract):
    submission = NotebookSubmission([(BC, SOLUTIONS / BC)], contract)
    assert [s for s in contract if submission.covers(s, contract[s])] == ["session_b", "session_c"]


def test_the_finished_work_counts_not_the_stub_beside_it(tmp_path, contract):
    finished_py = tmp_path / "py"
    shutil.copytree(SOLUTIONS, finished_py, ignore=PY_ONLY)
    submission = NotebookSubmission([(A, EXERCISES / A), (BC, EXERCISES / BC)], contract, root=finished_py)
    assert set(chosen(submission).values()) == {"folder"}
    stub_py = tmp_path / "stubs"
    shutil.copytree(EXERCISES, stub_py, ignore=PY_ONLY)
    submission = NotebookSubmission([(A, SOLUTIONS / A), (BC, SOLUTIONS / BC)], contract, root=stub_py)
    assert chosen(submission) == {"session_a": A, "session_b": BC, "session_c": BC}


def test_a_function_written_differently_in_two_notebooks_says_which_counts(tmp_path, contract):
    (tmp_path / "scratch.ipynb").write_text(code_notebook("def sigmoid(z):\n    return 1 / (1 + 2.718 ** -z)\n"))
    submission = NotebookSubmission([(BC, SOLUTIONS / BC), ("scratch.ipynb", tmp_path / "scratch.ipynb")], contract)
    assert chosen(submission)["session_b"] == BC
    assert any("`sigmoid` is written differently in scratch.ipynb and 02-logistic-regression.ipynb; the one in "
               "02-logistic-regression.ipynb counts" in note for note in submission.notes)
    assert any("scratch.ipynb holds none of this week's functions" in note for note in submission.notes)


def test_cells_that_cannot_run_are_named_and_grading_cells_never_run(tmp_path, contract):
    (tmp_path / "mine.ipynb").write_text(code_notebook(
        "def sigmoid(z):\n    raise NotImplementedError\n", "print(sigmoid(0.0)\n",
        "from graders.notebook import grade\ngrade('session_b', 'sigmoid')\n", "x = 1\n"))
    submission = NotebookSubmission([("mine.ipynb", tmp_path / "mine.ipynb")], contract)
    assert submission.startup_modules() == ["notebook_1.run_001", "notebook_1.run_004"]
    assert submission.notes == ["mine.ipynb, code cell 2 (`print(sigmoid(0.0)`) does not parse (line 1, '(' was "
                                "never closed: `print(sigmoid(0.0)`); it was skipped, the other cells ran."]
    assert submission.display("notebook_1/cell_004.py") == "mine.ipynb, code cell 4 (`x = 1`)"
    assert submission.tampering({"session_b.bce"}) is None  # the grading cell is not the learner's code


def test_a_notebook_that_cannot_be_read_is_named(tmp_path, contract):
    (tmp_path / "bad.ipynb").write_text("{not json")
    submission = NotebookSubmission([("bad.ipynb", tmp_path / "bad.ipynb")], contract)
    assert submission.notes == ["bad.ipynb is not a notebook (its text is not valid notebook JSON), so it was not graded."]
    assert not any(submission.covers(s, m) for s, m in contract.items())


@pytest.mark.parametrize("body, stub", [
    ('    """doc"""\n    raise NotImplementedError\n', True),
    ("    raise NotImplementedError('write me')\n", True),
    ("    pass\n", True),
    ("    return 1\n", False),
    ("    raise ValueError\n", False),
])
def test_a_stub_is_a_function_not_written_yet(body, stub):
    import ast

    assert is_stub(ast.parse(f"def f():\n{body}").body[0]) is stub


@pytest.mark.slow
def test_an_endless_cell_is_skipped_and_a_notebook_that_only_waits_runs_out_of_time(tmp_path, week, contract):
    from graders.learner import Limits
    from graders.runner import GradingRun

    notebook = json.loads((SOLUTIONS / BC).read_text())
    cell = lambda source: {"cell_type": "code", "metadata": {}, "outputs": [], "source": source}  # noqa: E731
    notebook["cells"].insert(2, cell("while True:\n    pass\n"))
    notebook["cells"] += [cell("import time\ntime.sleep(1.5)\n") for _ in range(8)]
    (tmp_path / "slow.ipynb").write_text(json.dumps(notebook))
    submission = NotebookSubmission([("slow.ipynb", tmp_path / "slow.ipynb")], contract)
    with GradingRun(week, submission, ["session_b"], seed=2, limits=Limits(cell_seconds=2, cells_seconds=5)) as run:
        notes = run.notes()
        assert run.result("session_b.sigmoid.values").passed
    assert notes[0] == "slow.ipynb, code cell 2 (`while True:`) did not finish within 2 s; it was skipped and " \
                       "the cells after it ran without it."
    not_run = [n for n in notes if "was not run: the notebooks' cells had used up their 5 s" in n]
    assert len(notes) == 1 + len(not_run) and 2 <= len(not_run) <= 4, notes  # a 1.5 s sleep spends 0.75 s of 5
