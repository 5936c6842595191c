"""Notebooks as learners really leave them, graded alike by batch (one worker or two), the
Gradescope run and `grade --notebook` (a real kernel).

Every messy notebook here holds correct answers, or correct answers with one known mistake
added late: typo cells that do not parse, IPython help lines, magics of every kind and magic
assignments, shell lines and %%bash cells, stale and large stored outputs, a slow
exploratory cell, execution counts out of order, early drafts redefined later.
"""
import json
import subprocess
import sys

import pytest

from graders.classroom import batch
from graders.classroom import gradescope

from .conftest import REPO, SOLUTIONS

pytestmark = pytest.mark.slow

PICTURE = {"output_type": "display_data", "metadata": {}, "data": {"image/png": "iVBORw0KGgo" + "A" * 3_000_000}}
SWEEP = """\
import time
# an exploratory learning-rate sweep: several seconds of training at the top level
started = time.process_time()
for lr in (0.01, 0.03, 0.1, 0.3, 1.0) * 40:
    train(X, y, lr=lr, steps=300)
    if time.process_time() - started > 5:
        break
"""
MESS = [  # (insert before the cell with this id, or at the end with None; the cell's source)
    ("answer-sigmoid", "def sigmoid(z):\n    return 0.5  # a first draft, redefined below\n"),
    ("answer-sigmoid", "print(sigmoid(0.0)\n"),
    ("answer-sigmoid", "np.random.default_rng?\n"),
    ("answer-sigmoid", "t = %timeit -o -n 1 -r 1 sum(range(10))\n"),
    ("answer-bce_loss", "%%bash\necho exploring\nls /\n"),
    ("answer-bce_loss", "!echo hello\nfiles = !ls\n"),
    ("answer-bce_loss", "raise RuntimeError('a cell that fails half-way')\n"),
    ("answer-make_blobs", "%load_ext autoreload\n%autoreload 2\n%who\n"),
    ("answer-plot_decision_boundary", SWEEP),
    ("answer-confusion_matrix", "display(X[:3])\nif __name__ == '__main__':\n    print('run as in a kernel')\n"),
    (None, "%%time\nw2, b2, losses2, _ = train(X, y, steps=200)\n"),
]
LATE_MISTAKES = [  # a known mistake, redefined after the correct answer: the last definition counts
    (None, "%%time\ndef bce_grad_z(z, y):\n    return y - sigmoid(z)\n"),
    (None, "def predict(X, w, b, threshold=0.5):\n    return (predict_proba(X, w, b) > threshold + 0.2).astype(int)\n"),
]
WRONG = {"session_b.bce_grad_z", "session_b.predict"}


def messy(mistakes=()):
    """The 02 notebook with the answers filled in, made messy."""
    notebook = json.loads((SOLUTIONS / "02-logistic-regression.ipynb").read_text())
    for before, source in MESS + list(mistakes):
        cell = {"cell_type": "code", "metadata": {}, "execution_count": None, "outputs": [PICTURE] if
                "sweep" in source else [], "source": source.splitlines(keepends=True)}
        ids = [c.get("id") for c in notebook["cells"]]
        notebook["cells"].insert(ids.index(before) if before else len(ids), cell)
    for number, cell in enumerate(c for c in notebook["cells"] if c["cell_type"] == "code"):
        cell["execution_count"] = 97 - 3 * number  # run out of order, as learners do
        cell.setdefault("id", f"messy-{number}")
    return notebook


@pytest.fixture(scope="module")
def notebooks(tmp_path_factory):
    folder = tmp_path_factory.mktemp("messy")
    (folder / "right.ipynb").write_text(json.dumps(messy()))
    (folder / "wrong.ipynb").write_text(json.dumps(messy(LATE_MISTAKES)))
    assert (folder / "right.ipynb").stat().st_size > 3_000_000  # over any size cap meant for code
    return folder


def verdicts(document):
    return {t["name"].split(":")[0]: t["status"] for t in document["tests"]
            if not t["name"].startswith("session_a.")}


@pytest.fixture(scope="module")
def batch_results(notebooks, tmp_path_factory, week):
    found = {}
    for workers in (1, 2):
        out = tmp_path_factory.mktemp(f"out{workers}")
        outcome = batch.run(notebooks, out, week, workers=workers, seed=3, show_progress=False)
        assert outcome.complete, outcome
        found[workers] = {name: json.loads((out / "learners" / name / "results.json").read_text())
                          for name in ("right", "wrong")}
    return found


@pytest.mark.parametrize("name", ["right", "wrong"])
def test_batch_gradescope_and_the_kernel_agree_for_any_worker_count(notebooks, batch_results, tmp_path, name):
    expected = {check: "failed" if check in WRONG and name == "wrong" else "passed"
                for check in verdicts(batch_results[1][name])}
    assert verdicts(batch_results[1][name]) == expected
    assert verdicts(batch_results[2][name]) == expected

    root = tmp_path / "autograder"
    (root / "submission").mkdir(parents=True)
    (root / "submission" / "mine.ipynb").write_bytes((notebooks / f"{name}.ipynb").read_bytes())
    assert verdicts(gradescope.run(root)) == expected

    done = subprocess.run([sys.executable, "-m", "graders", "grade", "--notebook", str(notebooks / f"{name}.ipynb"),
                           "--format", "json", "--seed", "3"], cwd=REPO, capture_output=True, text=True, timeout=600)
    assert done.returncode in (0, 1), done.stderr
    assert verdicts(json.loads(done.stdout)) == expected


def test_the_skipped_cells_are_named_and_session_a_is_not_submitted(batch_results):
    document = batch_results[2]["right"]
    notes = document["extra_data"]["notes"]
    assert any("code cell" in n and "print(sigmoid(0.0)" in n and "does not parse" in n for n in notes)
    assert any("raised RuntimeError: a cell that fails half-way" in n for n in notes)
    assert len(notes) == 2, notes  # the magics, help lines, shell lines and the slow sweep are no trouble
    assert document["extra_data"]["sessions"] == {"session_a": "not submitted", "session_b": "submitted",
                                                  "session_c": "submitted"}
    assert document["score"] == 53 and document["max_score"] == 87
    assert "Handed in: Session B, Session C; not submitted: Session A." in document["output"]
