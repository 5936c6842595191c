"""Reading a notebook's cells as IPython would run them, and as the grader may run them."""
import json

import pytest

from graders.learner import cells, intake


def notebook(*sources, outputs=()):
    return {"cells": [{"cell_type": "code", "metadata": {}, "execution_count": 9 - i, "outputs": list(outputs),
                       "source": source} for i, source in enumerate(sources)],
            "metadata": {}, "nbformat": 4, "nbformat_minor": 5}


@pytest.mark.parametrize("source, kept, dropped", [
    ("np.random.default_rng?\nx = 1\n", "x = 1", "default_rng?"),
    ("??sum\n", "pinfo2", "??"),
    ("t = %timeit -o sum(range(9))\n", "run_line_magic('timeit'", "%timeit"),
    ("%timeit -n 3 -r 2 y = sum(range(9))\n", "run_line_magic('timeit'", "%timeit"),
    ("%%timeit\ndef f():\n    pass\n", "run_cell_magic('timeit'", "\ndef f():"),
    ("%time w = 2\n", "w = 2", "%time"),
    ("%%time\ndef f(x):\n    return x\n", "def f(x):", "run_cell_magic"),
    ("%%capture out\nz = 3\n", "z = 3", "run_cell_magic"),
    ("%%bash\nrm -rf /\n", "run_cell_magic('bash'", "\nrm -rf /\n"),
    ("%%writefile helper.py\ndef g():\n    pass\n", "run_cell_magic('writefile'", "\ndef g():"),
    ("!pip install numpy\nfiles = !ls\n", "getoutput('ls')", "!pip"),
    ("%matplotlib inline\n%load_ext autoreload\n", "run_line_magic('matplotlib'", "%matplotlib"),
])
def test_ipython_syntax_becomes_python_whose_magic_and_shell_effects_do_nothing(source, kept, dropped):
    python = cells.to_python(source)
    compile(python, "cell", "exec")
    assert kept in python and dropped not in python


def test_a_magic_whose_body_is_python_keeps_its_line_numbers():
    python = cells.to_python("%%time\nx = 1\ny = 2\n")
    assert python.splitlines()[2] == "y = 2"


def test_each_cell_is_parsed_on_its_own_and_a_typo_costs_only_its_cell():
    found = cells.code_cells(notebook("def f():\n    return 1\n", "print(f(0)\n", "x = f()\n"))
    assert [c.tree is not None for c in found] == [True, False, True]
    assert found[1].problem.startswith("does not parse (line 1") and "print(f(0)" in found[1].problem
    assert found[1].named == "code cell 2 (`print(f(0)`)"


def test_grading_cells_never_run_and_given_cells_are_not_the_learners_work():
    grading = {"cell_type": "code", "metadata": {"nbgrader": {"grade": True, "locked": True, "grade_id": "g"}},
               "source": "from graders.notebook import grade\ngrade('session_b', 'sigmoid')\n", "outputs": []}
    given = {"cell_type": "code", "metadata": {"nbgrader": {"locked": True, "grade_id": "given"}},
             "source": "def sigmoid(z):\n    return z\n", "outputs": []}
    answer = {"cell_type": "code", "metadata": {"nbgrader": {"solution": True, "grade_id": "a"}},
              "source": "def f():\n    pass\n", "outputs": []}
    hidden = {"cell_type": "code", "metadata": {}, "outputs": [],
              "source": "import graders.notebook\nfrom graders.notebook import grade\n"}
    found = cells.code_cells({"cells": [grading, given, answer, hidden]})
    assert [c.role for c in found] == ["grading", "given", "answer", "grading"]
    assert found[0].python == "" and found[0].tree is None


def test_stored_outputs_never_count_and_never_make_a_notebook_too_big(tmp_path):
    picture = {"output_type": "display_data", "data": {"image/png": "A" * 3_000_000}, "metadata": {}}
    path = tmp_path / "big.ipynb"
    path.write_text(json.dumps(notebook("x = 1\n", "y = 2\n", outputs=[picture] * 3)))
    assert path.stat().st_size > 3 * intake.MAX_FILE
    stripped = cells.stripped_bytes(path)
    assert len(stripped) < 1000 and b"image/png" not in stripped
    assert [c.python for c in cells.read(path)] == ["x = 1\n", "y = 2\n"]


@pytest.mark.parametrize("text, why", [
    ("not json at all", "is not a notebook (its text is not valid notebook JSON)"),
    ('{"cells": 5}', "is not a notebook (it has no list of cells)"),
    ("[1, 2]", "is not a notebook (it has no list of cells)"),
])
def test_a_file_that_is_not_a_notebook_is_named_as_such(tmp_path, text, why):
    path = tmp_path / "n.ipynb"
    path.write_text(text)
    with pytest.raises(cells.Unreadable) as raised:
        cells.read(path)
    assert raised.value.why == why


def test_too_much_code_is_refused_with_a_reason(tmp_path):
    path = tmp_path / "n.ipynb"
    path.write_text(json.dumps(notebook("x = 1\n" * 400_000)))
    with pytest.raises(cells.Unreadable, match="more than 2 MiB of code"):
        cells.read(path)
