"""A real nbgrader round trip: course, release, five submissions, autograde, feedback, export.

The scores nbgrader stores in its sqlite gradebook must equal what
`python -m graders grade` gives the same code as a folder, and what
`python -m graders grade --notebook` gives the notebooks.
"""
import csv
import json
import re
import shutil
import subprocess
import sys

import pytest

from graders.jupyter import templates as notebooks

from .conftest import EXERCISES, REPO, SOLUTIONS, append_to_module

pytestmark = pytest.mark.slow
pytest.importorskip("nbgrader", reason="pip install -e '.[test]' brings nbgrader")
COURSE = "m01w02"
SIGN_FLIP = "def bce_grad_z(z, y):\n    return y - sigmoid(z)\n"
NO_PROGRESS = '''def train(X, y, lr=0.1, steps=2000, snapshot_every=50):
    w, b = np.zeros(X.shape[1]), 0.0
    losses, snapshots = [], {0: (w.copy(), b)}
    for k in range(steps):
        losses.append(bce_loss(y, sigmoid(X @ w + b)))
        grad_w, grad_b = gradients(X, y, w, b)
        w, b = w - 0.0 * lr * grad_w, b  # the step is never taken: the loss never moves
        if (k + 1) % snapshot_every == 0 or k + 1 == steps:
            snapshots[k + 1] = (w.copy(), b)
    return w, b, losses, snapshots
'''
LEARNERS = {
    "ada": {"base": "solutions", "changes": {}},
    "ben": {"base": "stubs", "changes": {}},
    "cam": {"base": "solutions", "changes": {"session_b.bce": SIGN_FLIP}},
    "dee": {"base": "solutions", "changes": {"session_b.train": NO_PROGRESS}},
    "eli": {"base": "solutions", "changes": {}, "endless_cell": True},
    # Stubs, and a cell that replaces the grader inside the kernel: every grading cell after it
    # then returns None, which nbgrader scores as full marks.
    "tam": {"base": "stubs", "changes": {}, "tamper": "import graders.notebook\ngraders.notebook.grade = lambda *a, **k: None\n"},
}
HONEST = [learner for learner, spec in LEARNERS.items() if "tamper" not in spec]


def nbgrader(course, *args):
    done = subprocess.run([*notebooks.nbgrader_command(), *args], cwd=course, env=notebooks.nbgrader_env(),
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    return done


def fill(released, source, changes, endless_cell, tamper=None):
    """A learner's notebook: answers copied from the source, then the learner's own changes."""
    answers = {c["id"]: c["source"] for c in source["cells"]} if source else {}
    notebook = json.loads(json.dumps(released))
    if tamper:
        notebook["cells"].insert(1, {"cell_type": "code", "id": "tamper", "metadata": {}, "execution_count": None,
                                     "outputs": [], "source": tamper})
    for cell in notebook["cells"] if source else ():
        if cell["metadata"].get("nbgrader", {}).get("solution"):
            cell["source"] = answers[cell["id"]]
            text = "".join(cell["source"])
            for code in changes.values():
                name = re.match(r"def (\w+)", code).group(1)
                if re.search(rf"^def {name}\(", text, re.M):
                    cell["source"] = text + "\n\n" + code
    if endless_cell:
        notebook["cells"].insert(2, {"cell_type": "code", "id": "endless", "metadata": {}, "execution_count": None,
                                     "outputs": [], "source": "while True:\n    pass\n"})
    return notebook


@pytest.fixture(scope="module")
def course(tmp_path_factory):
    root = tmp_path_factory.mktemp("nbgrader") / "course"
    done = subprocess.run([sys.executable, "-m", "graders", "nbgrader-course", str(root), "--week", "m01w02", "--seed", "7",
                           "--cell-timeout", "10"], cwd=REPO, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    nbgrader(root, "generate_assignment", COURSE, "--force")
    folders = tmp_path_factory.mktemp("folders")
    for learner, spec in LEARNERS.items():
        target = root / "submitted" / learner / COURSE
        target.mkdir(parents=True)
        for name in ("01-chain-rule.ipynb", "02-logistic-regression.ipynb"):
            released = json.loads((root / "release" / COURSE / name).read_text())
            source = json.loads((root / "source" / COURSE / name).read_text()) if spec["base"] != "stubs" else None
            notebook = fill(released, source, spec["changes"], spec.get("endless_cell"), spec.get("tamper"))
            (target / name).write_text(json.dumps(notebook))
        folder = folders / learner
        shutil.copytree(SOLUTIONS if spec["base"] == "solutions" else EXERCISES, folder,
                        ignore=shutil.ignore_patterns("__pycache__", "*.ipynb"))
        for module, code in spec["changes"].items():
            append_to_module(folder, module, code)
    isolated = tmp_path_factory.mktemp("isolated") / "course"
    shutil.copytree(root, isolated)
    autograde = nbgrader(root, "autograde", COURSE, "--force", "--create")
    # The same class through the isolated path, in a copy of the course made before any grading.
    return {"root": root, "folders": folders, "autograde": autograde, "isolated": isolated}


def gradebook_scores(root):
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{root / 'gradebook.db'}") as gradebook:
        return {learner: gradebook.find_submission(COURSE, learner).score for learner in LEARNERS}


def test_untouched_release_notebooks_raise_no_checksum_warnings(course):
    assert "checksum" not in course["autograde"].stderr
    assert "has changed" not in course["autograde"].stderr


def test_nbgrader_autograde_is_fooled_by_a_notebook_that_replaces_the_grader(course):
    assert gradebook_scores(course["root"])["tam"] == 87  # stubs everywhere, yet full marks


@pytest.fixture(scope="module")
def isolated(course):
    """The same submissions graded by `batch --nbgrader` in the isolated learner process."""
    root = course["isolated"]
    done = subprocess.run([sys.executable, "-m", "graders", "batch", "--nbgrader", str(root), "--assignment", COURSE,
                           "--workers", "2"], cwd=REPO, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr
    assert "wrote the scores of 6 learner(s)" in done.stdout
    return root


def test_the_isolated_gradebook_holds_the_learner_codes_real_scores(course, isolated):
    scores = gradebook_scores(isolated)
    for learner in LEARNERS:
        assert scores[learner] == cli_score("--submission", str(course["folders"] / learner)), learner
    assert scores["tam"] == 0 and scores["ada"] == scores["eli"] == 87
    assert {k: v for k, v in scores.items() if k != "tam"} == {
        k: v for k, v in gradebook_scores(course["root"]).items() if k != "tam"}


def test_feedback_and_export_work_on_the_isolated_scores(isolated):
    nbgrader(isolated, "generate_feedback", COURSE, "--force")
    html = (isolated / "feedback" / "cam" / COURSE / "02-logistic-regression.html").read_text()
    assert "FAIL  0/3  session_b.bce_grad_z" in html and "y − σ(z) instead of σ(z) − y" in html
    tam = (isolated / "feedback" / "tam" / COURSE / "02-logistic-regression.html").read_text()
    assert "reaches into them earns nothing" in tam
    nbgrader(isolated, "export", "--to", str(isolated / "grades.csv"))
    rows = {row["student_id"]: float(row["score"]) for row in csv.DictReader((isolated / "grades.csv").open())}
    assert rows == {learner: float(score) for learner, score in gradebook_scores(isolated).items()}


def cli_score(*args):
    done = subprocess.run([sys.executable, "-m", "graders", "grade", *args, "--format", "json", "--seed", "7"],
                          cwd=REPO, capture_output=True, text=True, timeout=600)
    assert done.returncode in (0, 1), done.stderr
    return json.loads(done.stdout)["score"]


def test_the_gradebook_agrees_with_the_command_line(course):
    scores = gradebook_scores(course["root"])
    for learner in HONEST:
        assert scores[learner] == cli_score("--submission", str(course["folders"] / learner)), learner
    assert scores["ada"] == scores["eli"] == 87 and scores["ben"] == 0
    assert 0 < scores["cam"] < 87 and 0 < scores["dee"] < 87


def test_grading_the_notebooks_directly_agrees_too(course):
    scores = gradebook_scores(course["root"])
    for learner in ("ada", "cam", "dee"):
        folder = course["root"] / "submitted" / learner / COURSE
        total = sum(cli_score("--notebook", str(folder / name))
                    for name in ("01-chain-rule.ipynb", "02-logistic-regression.ipynb"))
        assert total == scores[learner], learner


def test_feedback_names_the_failing_check_and_hides_the_hidden_tests(course):
    root = course["root"]
    nbgrader(root, "generate_feedback", COURSE, "--force")
    html = (root / "feedback" / "cam" / COURSE / "02-logistic-regression.html").read_text()
    assert "FAIL  0/3  session_b.bce_grad_z" in html and "y − σ(z) instead of σ(z) − y" in html
    assert "GRADERS_SEED" not in html and "HIDDEN TESTS" not in html


def test_the_exported_csv_matches(course):
    root = course["root"]
    nbgrader(root, "export", "--to", str(root / "grades.csv"))
    rows = {row["student_id"]: float(row["score"]) for row in csv.DictReader((root / "grades.csv").open())}
    assert rows == {learner: float(score) for learner, score in gradebook_scores(root).items()}


def test_the_released_notebooks_are_the_exercises(course):
    for name in ("01-chain-rule.ipynb", "02-logistic-regression.ipynb"):
        released = (course["root"] / "release" / COURSE / name).read_text()
        assert notebooks.dumps(json.loads(released)) == (EXERCISES / name).read_text(), \
            f"exercises/{name} drifted: run python -m graders build-exercises"
