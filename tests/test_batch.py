"""``python -m graders batch``: a class graded in parallel into results.json files, a CSV and a summary."""
import csv
import io
import json
import shutil
import subprocess
import sys

import pytest

from graders.classroom import batch
from graders.classroom import submissions as classroom

from .conftest import EXERCISES, PY_ONLY, REPO, SOLUTIONS, append_to_module
from .notebooks import notebook_from


@pytest.fixture
def klass(tmp_path):
    """A small class: references, stubs, a sign-flipped gradient, and two notebooks."""
    folder = tmp_path / "class"
    shutil.copytree(SOLUTIONS, folder / "alice", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(EXERCISES, folder / "bob", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(SOLUTIONS, folder / "carol" / "exercises", ignore=shutil.ignore_patterns("__pycache__"))
    append_to_module(folder / "carol" / "exercises", "session_b.bce", "def bce_grad_z(z, y):\n    return y - sigmoid(z)\n")
    (folder / "dan.ipynb").write_text(notebook_from())
    (folder / "erin.ipynb").write_text(notebook_from(extra_cells=["raise RuntimeError('a cell that fails')\n"],
                                                     skip=("session_c/evaluate.py",)))
    (folder / "notes.txt").write_text("not a submission")
    return folder


def read_csv(path):
    return {row["learner"]: row for row in csv.DictReader(io.StringIO(path.read_text()))}


@pytest.mark.slow
def test_a_class_is_graded_into_results_csv_and_summary(klass, tmp_path, week):
    out = tmp_path / "out"
    outcome = batch.run(klass, out, week, workers=2, seed=5, show_progress=False)
    assert outcome.complete and sorted(outcome.graded_now) == ["alice", "bob", "carol", "dan", "erin"]
    rows = read_csv(out / "grades.csv")
    assert rows["alice"]["score"] == "87" and rows["dan"]["score"] == "87"
    assert rows["bob"]["score"] == "0"
    assert rows["carol"]["score"] == "84" and rows["carol"]["session_b.bce_grad_z"] == "0"
    erin = json.loads((out / "learners" / "erin" / "results.json").read_text())
    evaluate = next(t for t in erin["tests"] if t["name"].startswith("session_c.evaluate"))
    assert evaluate["status"] == "failed" and "defines no function `evaluate`" in evaluate["output"]
    assert int(rows["erin"]["score"]) == 87 - 7  # train_test_split, evaluate, fraud_demo: evaluate.py left out
    document = json.loads((out / "learners" / "carol" / "results.json").read_text())
    assert {"score", "max_score", "tests"} <= set(document)
    summary = (out / "summary.md").read_text()
    assert "20% gave y − σ(z) instead of σ(z) − y (1)" in summary
    assert "5 of 5 learners graded" in summary


@pytest.mark.slow
def test_a_rerun_grades_only_what_is_missing_and_force_regrades(klass, tmp_path, week):
    out = tmp_path / "out"
    batch.run(klass, out, week, workers=1, seed=5, show_progress=False)
    (out / "learners" / "bob" / "results.json").unlink()
    outcome = batch.run(klass, out, week, workers=1, show_progress=False)
    assert outcome.graded_now == ["bob"] and len(outcome.skipped) == 4
    outcome = batch.run(klass, out, week, workers=1, force=True, seed=6, show_progress=False)
    assert len(outcome.graded_now) == 5


@pytest.mark.slow
def test_a_submission_changed_since_it_was_graded_is_graded_again(klass, tmp_path, week):
    out = tmp_path / "out"
    batch.run(klass, out, week, workers=1, seed=5, show_progress=False)
    bce = klass / "bob" / "session_b" / "bce.py"
    bce.write_text(bce.read_text() + "\n# an edit after the first run\n")
    outcome = batch.run(klass, out, week, workers=1, show_progress=False)
    assert outcome.graded_now == ["bob"] and outcome.changed == ["bob"] and len(outcome.skipped) == 4
    assert "Graded again because the submission changed" in (out / "summary.md").read_text()


@pytest.mark.slow
def test_a_different_seed_for_a_half_graded_class_is_refused(klass, tmp_path, week):
    out = tmp_path / "out"
    batch.run(klass, out, week, workers=1, seed=5, show_progress=False)
    with pytest.raises(batch.BatchError, match="graded with seed 5"):
        batch.run(klass, out, week, workers=1, seed=6, show_progress=False)


def test_learners_are_found_and_packed_safely(tmp_path):
    (tmp_path / "a b").mkdir()
    (tmp_path / "a b" / "x.py").write_text("x = 1")
    (tmp_path / "a b" / "__pycache__").mkdir()
    (tmp_path / "a b" / "__pycache__" / "x.pyc").write_bytes(b"0")
    (tmp_path / "a b" / "link.py").symlink_to("/etc/passwd")
    (tmp_path / "n.ipynb").write_text("{}")
    (tmp_path / "a b" / "photo.png").write_bytes(b"\x89PNG" * 2**20)  # not graded: not carried, not a problem
    entries = classroom.discover(tmp_path)
    assert [(e.name, e.kind) for e in entries] == [("a_b", "folder"), ("n", "notebook")]
    job = classroom.pack(entries[0])
    assert set(job["files"]) == {"x.py"} and job["problems"] == {"link.py": "is a symbolic link: submit the file itself"}


def test_what_is_not_a_learner_is_said_so_and_names_keep_their_letters(tmp_path):
    (tmp_path / "carol.IPYNB").write_text("{}")
    (tmp_path / "erin.zip").write_bytes(b"PK")
    (tmp_path / "judy.ipynb").symlink_to(tmp_path / "carol.IPYNB")
    (tmp_path / "notes.txt").write_text("the class list")
    for name in ("李雷", "Zoe\u0308", "Zoë"):  # the second is the first's decomposed form: one learner name each
        (tmp_path / name).mkdir(exist_ok=True)
    left_out = {}
    entries = classroom.discover(tmp_path, left_out)
    assert sorted(e.name for e in entries) == sorted(["carol", "李雷", "Zoë", "Zoë_"])
    assert left_out == {"erin.zip": "is an archive: unpack the class's uploads first, one folder per learner",
                        "judy.ipynb": "is a symbolic link: submit the file itself",
                        "notes.txt": classroom.NOT_A_LEARNER}


@pytest.mark.slow
def test_the_command_line(klass, tmp_path):
    out = tmp_path / "out"
    done = subprocess.run([sys.executable, "-m", "graders", "batch", str(klass), "--out", str(out), "--workers", "2",
                           "--seed", "3"], capture_output=True, text=True, cwd=REPO, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "graded 5 learner(s)" in done.stdout and "5/5 graded" in done.stderr
    again = subprocess.run([sys.executable, "-m", "graders", "batch", str(klass), "--out", str(out)],
                           capture_output=True, text=True, cwd=REPO, timeout=300)
    assert again.returncode == 0 and "5 already graded earlier" in again.stdout
    bad = subprocess.run([sys.executable, "-m", "graders", "batch", str(tmp_path / "nope"), "--out", str(out)],
                         capture_output=True, text=True, cwd=REPO)
    assert bad.returncode == 2 and len(bad.stderr.strip().splitlines()) == 1


@pytest.fixture(scope="module")
def notebook_class(tmp_path_factory):
    """Learners who hand in both notebooks, one, a folder of .py files, a mix, and a broken notebook."""
    folder = tmp_path_factory.mktemp("notebook-class") / "class"
    both = folder / "both"
    both.mkdir(parents=True)
    for name in ("01-chain-rule.ipynb", "02-logistic-regression.ipynb"):
        shutil.copyfile(SOLUTIONS / name, both / name)
    (folder / "only_02").mkdir()
    shutil.copyfile(SOLUTIONS / "02-logistic-regression.ipynb", folder / "only_02" / "mine.ipynb")
    shutil.copytree(SOLUTIONS, folder / "py_files", ignore=PY_ONLY)
    mix = folder / "mix"  # Session A in .py files, Sessions B and C in the notebook; stub notebook 01 beside
    shutil.copytree(EXERCISES, mix, ignore=PY_ONLY)
    shutil.copytree(SOLUTIONS / "session_a", mix / "session_a", dirs_exist_ok=True,
                    ignore=shutil.ignore_patterns("__pycache__"))
    (mix / "work").mkdir()
    shutil.copyfile(SOLUTIONS / "02-logistic-regression.ipynb", mix / "work" / "02.ipynb")
    shutil.copyfile(EXERCISES / "01-chain-rule.ipynb", mix / "01-chain-rule.ipynb")
    broken = folder / "broken"
    broken.mkdir()
    shutil.copyfile(SOLUTIONS / "01-chain-rule.ipynb", broken / "01-chain-rule.ipynb")
    (broken / "02-logistic-regression.ipynb").symlink_to(SOLUTIONS / "02-logistic-regression.ipynb")
    return folder


@pytest.fixture(scope="module")
def notebook_batch(notebook_class, tmp_path_factory):
    out = tmp_path_factory.mktemp("notebook-out")
    done = subprocess.run([sys.executable, "-m", "graders", "batch", str(notebook_class), "--out", str(out),
                           "--seed", "4", "--workers", "2"], cwd=REPO, capture_output=True, text=True, timeout=900)
    documents = {p.parent.name: json.loads(p.read_text()) for p in (out / "learners").glob("*/results.json")}
    return {"done": done, "out": out, "documents": documents}


@pytest.mark.slow
def test_learners_hand_in_notebooks_folders_or_both(notebook_batch):
    documents = notebook_batch["documents"]
    scores = {name: doc["score"] for name, doc in documents.items()}
    assert scores == {"both": 87, "only_02": 53, "py_files": 87, "mix": 87, "broken": 34}
    assert documents["only_02"]["extra_data"]["sessions"]["session_a"] == "not submitted"
    assert documents["mix"]["extra_data"]["sessions"] == dict.fromkeys(("session_a", "session_b", "session_c"),
                                                                       "submitted")


@pytest.mark.slow
def test_not_submitted_is_not_failed_in_the_csv_and_the_summary(notebook_batch):
    rows = read_csv(notebook_batch["out"] / "grades.csv")
    assert rows["only_02"]["not_submitted"] == "Session A" and rows["only_02"]["session_a.d_sin_x2"] == "not submitted"
    assert rows["both"]["not_submitted"] == "" and rows["only_02"]["session_b.train.accuracy"] != "not submitted"
    summary = (notebook_batch["out"] / "summary.md").read_text()
    assert "| Session A | 3 | 2: `broken`, `only_02` |" not in summary  # broken handed A in, only B/C is missing
    assert "| Session A | 4 | 1: `only_02` |" in summary
    assert "| Session B | 4 | 1: `broken` |" in summary
    assert "nobody failed a check" in summary  # not-submitted checks are not failures


@pytest.mark.slow
def test_a_notebook_that_cannot_be_read_is_named_and_the_exit_status_says_so(notebook_batch):
    done = notebook_batch["done"]
    assert done.returncode == 1
    assert "broken: 02-logistic-regression.ipynb is a symbolic link: submit the file itself" in done.stderr
    broken = notebook_batch["documents"]["broken"]
    assert "02-logistic-regression.ipynb is a symbolic link: submit the file itself, so it was not graded." \
        in broken["extra_data"]["notes"]
    summary = (notebook_batch["out"] / "summary.md").read_text()
    assert "## Files that could not be read" in summary and "`02-logistic-regression.ipynb` is a symbolic link" in summary


@pytest.mark.slow
def test_an_assignment_of_some_sessions_is_graded_out_of_those(notebook_class, tmp_path, week):
    out = tmp_path / "out"
    learners = [e for e in classroom.discover(notebook_class) if e.name in ("only_02", "both")]
    batch.run(notebook_class, out, week, seed=4, show_progress=False, sessions=["session_b", "session_c"],
              entries=learners)
    rows = read_csv(out / "grades.csv")
    assert {name: (row["score"], row["max_score"]) for name, row in rows.items()} == {
        "only_02": ("53", "53"), "both": ("53", "53")}
