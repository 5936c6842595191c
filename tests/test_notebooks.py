"""The week's notebooks: built from templates and the reference code, worth the same points as pytest."""
import json
from pathlib import Path

import pytest

from graders import course
from graders.jupyter import templates as notebooks
from graders.jupyter.execute import is_grading_cell

from .conftest import EXERCISES, SOLUTIONS

WEEK_DIR = Path(course.__file__).parent / "m01w02"


def test_solution_notebooks_are_built_from_the_templates_and_the_references(week):
    for name, text in notebooks.build_all_sources(week).items():
        assert (SOLUTIONS / name).read_text(encoding="utf-8") == text, \
            f"solutions/{name} drifted: run python -m graders build-exercises"


def grade_cells(path):
    cells = json.loads(path.read_text())["cells"]
    return [c for c in cells if c["metadata"].get("nbgrader", {}).get("grade")]


@pytest.mark.parametrize("tree", [SOLUTIONS, EXERCISES], ids=["solutions", "exercises"])
def test_the_notebooks_carry_every_check_and_the_same_points_as_pytest(week, tree):
    cells = [c for path in sorted(tree.glob("*.ipynb")) for c in grade_cells(path)]
    assert sum(c["metadata"]["nbgrader"]["points"] for c in cells) == week.max_points
    graded = {c["metadata"]["nbgrader"]["grade_id"] for c in cells}
    assert graded == {f"{c.session}-{c.function}" for c in week.checks.values()}
    for cell in cells:
        meta = cell["metadata"]["nbgrader"]
        assert meta["schema_version"] == 3 and meta["locked"] and not meta["solution"]
        assert is_grading_cell(cell)


def test_every_contract_function_has_an_answer_cell(week):
    text = "".join("".join(c["source"]) for path in SOLUTIONS.glob("*.ipynb")
                   for c in json.loads(path.read_text())["cells"]
                   if c["metadata"].get("nbgrader", {}).get("solution"))
    for check in week.checks.values():
        assert f"def {check.function}(" in text


def test_learner_notebooks_hide_solutions_and_the_seed():
    for path in EXERCISES.glob("*.ipynb"):
        text = path.read_text()
        assert "BEGIN SOLUTION" not in text and "GRADERS_SEED" not in text
        assert json.loads(text)["metadata"]["kernelspec"]["name"] == "python3"


@pytest.mark.parametrize("text, error", [
    ("stray text\n%% code\nx = 1", "text before the first cell"),
    ("%% frobnicate\nx", "unknown cell kind"),
])
def test_a_broken_template_is_refused(tmp_path, week, text, error):
    template = tmp_path / "t.md"
    template.write_text(text)
    with pytest.raises(notebooks.TemplateError, match=error):
        notebooks.build_source(template, SOLUTIONS, week)
