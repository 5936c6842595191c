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


@pytest.fixture
def names(week):
    return {s.id: s.name for s in week.sessions}


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


def test_a_function_written_differently_in_two_notebooks_says_which_counts(tmp_path, contract, names):
    (tmp_path / "scratch.ipynb").write_text(code_notebook("def sigmoid(z):\n    return 1 / (1 + 2.718 ** -z)\n"))
    submission = NotebookSubmission([(BC, SOLUTIONS / BC), ("scratch.ipynb", tmp_path / "scratch.ipynb")], contract,
                                    session_names=names)
    assert chosen(submission)["session_b"] == BC
    assert any("`sigmoid` is written differently in scratch.ipynb and 02-logistic-regression.ipynb; the one in "
               "02-logistic-regression.ipynb counts" in note for note in submission.notes)
    assert "scratch.ipynb was not run: Session B is graded from 02-logistic-regression.ipynb, which holds more of " \
           "your written work (or as much, and come later by name)." in submission.notes


def test_cells_that_cannot_run_are_named_and_grading_cells_never_run(tmp_path, contract, names):
    (tmp_path / "mine.ipynb").write_text(code_notebook(
        "def sigmoid(z):\n    raise NotImplementedError\n\n\ndef sigmoid_prime(z):\n    pass\n", "print(sigmoid(0.0)\n",
        "from graders.notebook import grade\ngrade('session_b', 'sigmoid')\n", "x = 1\n"))
    submission = NotebookSubmission([("mine.ipynb", tmp_path / "mine.ipynb")], contract, session_names=names)
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
    from graders.grading.runner import GradingRun

    notebook = json.loads((SOLUTIONS / BC).read_text())
    cell = lambda source: {"cell_type": "code", "metadata": {}, "outputs": [], "source": source}  # noqa: E731
    notebook["cells"].insert(2, cell("while True:\n    pass\n"))
    notebook["cells"] += [cell("import time\ntime.sleep(1.5)\n") for _ in range(16)]
    (tmp_path / "slow.ipynb").write_text(json.dumps(notebook))
    submission = NotebookSubmission([("slow.ipynb", tmp_path / "slow.ipynb")], contract)
    with GradingRun(week, submission, ["session_b"], seed=2, limits=Limits(cell_seconds=2, cells_seconds=10)) as run:
        assert run.result("session_b.sigmoid.values").passed
        notes = run.notes()
    assert notes[0] == "slow.ipynb, code cell 2 (`while True:`) did not finish within 2 s; it was skipped and " \
                       "the cells after it ran without it."
    not_run = [n for n in notes if "was not run: the notebooks' cells had used up their 10 s" in n]
    # Each 1.5 s sleep spends 0.75 s of the 10 s (all of them would take 12 s): the last ones do not run.
    assert not_run and len(notes) == 1 + len(not_run) and all("(`import time`)" in n for n in not_run), notes


def test_one_function_of_a_session_is_a_helper_not_the_session(tmp_path, contract, names):
    """A chain-rule notebook of the learner's own (no nbgrader metadata) with a sigmoid helper."""
    notebook = json.loads((SOLUTIONS / A).read_text())
    for cell in notebook["cells"]:
        cell["metadata"] = {}
    (tmp_path / "mine.ipynb").write_text(json.dumps(notebook))
    submission = NotebookSubmission([("mine.ipynb", tmp_path / "mine.ipynb")], contract, session_names=names)
    assert [s for s in contract if submission.covers(s, contract[s])] == ["session_a"]
    assert submission.notes == ["mine.ipynb defines one function of Session B and no other, so Session B counts as "
                                "not submitted (a helper, not the session's work)."]


def test_functions_under_if_blocks_and_lambdas_are_the_learners_work(tmp_path, contract, names):
    (tmp_path / "mine.ipynb").write_text(code_notebook(
        "import numpy as np\nif __name__ == '__main__':\n    def accuracy(t, p):\n        return np.mean(t == p)\n",
        "try:\n    confusion_matrix = lambda t, p: (1, 1, 0, 0)\nexcept Exception:\n    pass\n"))
    submission = NotebookSubmission([("mine.ipynb", tmp_path / "mine.ipynb")], contract, session_names=names)
    assert submission.covers("session_c", contract["session_c"])
    assert set(submission.module("session_c.metrics").functions) == {"accuracy", "confusion_matrix"}


HEADER = "import sympy as sp\nimport operator\nx = sp.Symbol('x')\n"
OTHER = "def d_exp_2x_plus_1(x):\n    raise NotImplementedError\n"
HIDDEN_CALCULUS = {  # sympy doing the by-hand derivative, out of the way of a plain `sp.diff(...)` in the body
    # a docstring read back and handed to sympify (an outside attack found six ways to read it)
    "docstring_via_getdoc": ["import inspect\n", 'def d_sin_x2(x):\n    """sin(x**2)._eval_derivative(x)"""\n'
                             "    return sp.sympify(inspect.getdoc(d_sin_x2), locals={'x': x})\n"],
    "class_docstring": ['class _Note:\n    """diff(sin(x**2), x)"""\n',
                        "def d_sin_x2(x):\n    return sp.sympify(_Note.__doc__, locals={'x': x})\n"],
    "lambda_helper": ["_d = lambda e, v: e._eval_derivative(v)\n",
                      "def d_sin_x2(x):\n    return _d(sp.sin(x**2), x)\n"],
    "value_at_the_top": ["_L = sp.Lambda(x, sp.diff(sp.sin(x**2), x))\n", "def d_sin_x2(x):\n    return _L(x)\n"],
    "in_a_time_cell": ["%%time\ndef d_sin_x2(x):\n    return sp.diff(sp.sin(x**2), x)\n"],
    "decoy_then_alias": ["def d_sin_x2(x):\n    return 2*x*sp.cos(x**2)\n",
                         "def _helper(x):\n    return sp.diff(sp.sin(x**2), x)\n", "d_sin_x2 = _helper\n"],
    "under_if": ["if True:\n    def d_sin_x2(x):\n        return sp.diff(sp.sin(x**2), x)\n"],
    "a_lambda": ["d_sin_x2 = lambda x: sp.diff(sp.sin(x**2), x)\n"],
    "method_taken_then_called": ["def d_sin_x2(x):\n    step = sp.sin(x**2)._eval_derivative\n    return step(x)\n"],
    "attrgetter": ["def d_sin_x2(x):\n    return operator.attrgetter('_eval_derivative')(sp.sin(x**2))(x)\n"],
    "getattribute": ["def d_sin_x2(x):\n    return sp.sin(x**2).__getattribute__('diff')(x)\n"],
    "relative_import": ["from . import helper\n", "def d_sin_x2(x):\n    return helper.d(x)\n"],
    "jacobian": ["def d_sin_x2(x):\n    return sp.Matrix([sp.sin(x**2)]).jacobian([x])[0]\n"],
    "nseries": ["def d_sin_x2(x):\n    h = sp.Symbol('h')\n    return sp.sin((x + h)**2).nseries(h, 0, 2).coeff(h)\n"],
    "rebound_by_a_for_loop": ["def d_sin_x2(x):\n    return 2*x*sp.cos(x**2)\n",
                              "for d_sin_x2 in [lambda x: sp.sin(x**2)._eval_derivative(x)]:\n    pass\n"],
    "walrus": ["(step := sp.Function._eval_derivative)\n", "def d_sin_x2(x):\n    return step(sp.sin(x**2), x)\n"],
    "global_from_a_function": ["def _setup():\n    global step\n    step = sp.Function._eval_derivative\n",
                               "_setup()\n", "def d_sin_x2(x):\n    return step(sp.sin(x**2), x)\n"],
    "class_method": ["class K:\n    def go(self, e, x):\n        return e._eval_derivative(x)\n",
                     "def d_sin_x2(x):\n    return K().go(sp.sin(x**2), x)\n"],
    "text_as_code": ["def d_sin_x2(x):\n    return sp.sympify('diff(sin(x**2), x)', locals={'x': x})\n"],
    "imported_from_sympy": ["from sympy import diff as d_sin_x2\n"],
    "through_the_package_name": ["from submission.session_a import helper\n", "def d_sin_x2(x):\n    return helper.d(x)\n"],
}


def by_hand_breach(submission):
    return submission.escape("session_a.chain_rule", "d_sin_x2", dynamic=True) or \
        submission.policy_breach("session_a.chain_rule", "d_sin_x2", calculus=True)


@pytest.mark.parametrize("case", sorted(HIDDEN_CALCULUS))
def test_calculus_hidden_anywhere_the_function_reaches_is_found(tmp_path, contract, case):
    (tmp_path / "mine.ipynb").write_text(code_notebook(HEADER, OTHER, *HIDDEN_CALCULUS[case]))
    assert by_hand_breach(NotebookSubmission([("mine.ipynb", tmp_path / "mine.ipynb")], contract)) is not None


def test_a_docstring_that_names_sympys_calculus_is_prose(tmp_path, contract):
    (tmp_path / "mine.ipynb").write_text(code_notebook(
        HEADER, OTHER, 'def d_sin_x2(x):\n    """By hand, no sp.diff and no .doit(): the chain rule."""\n'
        "    'a note: sympy.diff would do this, which is the point of not using it'\n"
        "    return 2*x*sp.cos(x**2)\n"))
    assert by_hand_breach(NotebookSubmission([("mine.ipynb", tmp_path / "mine.ipynb")], contract)) is None


def test_a_learner_checking_an_answer_with_sympy_keeps_the_by_hand_marks(tmp_path, contract):
    (tmp_path / "mine.ipynb").write_text(code_notebook(
        HEADER, OTHER, "check = sp.diff(sp.sin(x**2), x)\nprint(check)\n",
        "def d_sin_x2(x):\n    check = 2*x*sp.cos(x**2)  # the same name as the cell above, its own value\n"
        "    return check\n"))
    assert by_hand_breach(NotebookSubmission([("mine.ipynb", tmp_path / "mine.ipynb")], contract)) is None


def test_a_sibling_file_written_while_the_code_runs_is_unreadable(tmp_path):
    from graders.learner.submission import Submission

    shutil.copytree(SOLUTIONS, tmp_path / "sub", ignore=PY_ONLY)
    with open(tmp_path / "sub" / "session_a" / "chain_rule.py", "a") as file:
        file.write("\n\nopen('evil.py', 'w').write('x = 1')\nfrom . import evil\n\n\n"
                   "def d_sin_x2(x):\n    return evil.d(x)\n")
    found = Submission(tmp_path / "sub").escape("session_a.chain_rule", "d_sin_x2", dynamic=True)
    assert found is not None and "imports .evil, which is not one of the files handed in" in found[1].what


def test_no_cell_can_reach_the_runner_of_the_cells():
    from graders.learner import notebook_submission

    assert "_run_cell" not in notebook_submission.PACKAGE and "exec" not in notebook_submission.PACKAGE


@pytest.mark.parametrize("code", [
    "def d_sin_x2(x):\n    diff = 2*x*sp.cos(x**2)  # a variable named like sympy's function\n    return diff\n",
    "def d_sin_x2(x):\n    parts = {'inner_derivative': 2*x}\n    return parts['inner_derivative'] * sp.cos(x**2)\n",
])
def test_names_and_strings_that_only_look_like_calculus_cost_nothing(tmp_path, contract, code):
    (tmp_path / "mine.ipynb").write_text(code_notebook(HEADER, OTHER, code))
    assert by_hand_breach(NotebookSubmission([("mine.ipynb", tmp_path / "mine.ipynb")], contract)) is None


@pytest.mark.parametrize("cell", ["import pickle\nsaved = pickle.dumps([1, 2])\n",
                                  "print(sorted(k for k in globals() if not k.startswith('_')))\n",
                                  "import inspect\nprint(inspect.getsource(len) if False else 'ok')\n"])
def test_harmless_introspection_at_the_top_level_is_not_tampering(tmp_path, contract, cell, names):
    (tmp_path / "mine.ipynb").write_text(code_notebook(HEADER, OTHER, "def d_sin_x2(x):\n    return 2*x*sp.cos(x**2)\n",
                                                       cell))
    submission = NotebookSubmission([("mine.ipynb", tmp_path / "mine.ipynb")], contract, session_names=names)
    assert submission.tampering({"session_a.chain_rule"}) is None


@pytest.mark.slow
def test_the_definition_that_runs_is_the_one_read(tmp_path, week, contract, names):
    """A first attempt that used sp.diff, replaced by a derivation by hand: the last one runs."""
    from graders.grading.runner import GradingRun

    notebook = json.loads((SOLUTIONS / A).read_text())
    first = "import sympy as sp\n\n\ndef d_sin_x2(x):\n    return sp.diff(sp.sin(x**2), x)  # a first try\n"
    notebook["cells"].insert(1, {"cell_type": "code", "metadata": {}, "outputs": [], "source": first})
    (tmp_path / "mine.ipynb").write_text(json.dumps(notebook))
    submission = NotebookSubmission([("mine.ipynb", tmp_path / "mine.ipynb")], contract, session_names=names)
    with GradingRun(week, submission, ["session_a"], seed=1) as run:
        assert run.result("session_a.d_sin_x2").passed
