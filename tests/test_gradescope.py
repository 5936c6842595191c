"""The Gradescope autograder, run in a temporary folder laid out like /autograder."""
import json
import shutil
import subprocess
import sys
import zipfile

import pytest

from .conftest import EXERCISES, PY_ONLY, REPO, SOLUTIONS, append_to_module
from .notebooks import notebook_from

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def autograder(tmp_path_factory):
    home = tmp_path_factory.mktemp("gs")
    bundle = home / "autograder.zip"
    done = subprocess.run([sys.executable, "-m", "graders", "gradescope-bundle", str(bundle), "--week", "m01w02"],
                          capture_output=True, text=True, cwd=REPO)
    assert done.returncode == 0, done.stderr
    source = home / "autograder" / "source"
    with zipfile.ZipFile(bundle) as archive:
        names = archive.namelist()
        archive.extractall(source)
    assert "setup.sh" in names and "run_autograder" in names
    assert not any(n.startswith(("package/solutions", "package/tests")) for n in names)
    return home / "autograder"


def run_autograder(root, fill):
    shutil.rmtree(root / "submission", ignore_errors=True)
    shutil.rmtree(root / "results", ignore_errors=True)
    (root / "submission").mkdir()
    fill(root / "submission")
    env = {"GRADERS_AUTOGRADER_ROOT": str(root), "GRADERS_PYTHON": sys.executable, "PATH": "/usr/bin:/bin"}
    done = subprocess.run(["bash", str(root / "source" / "run_autograder")], env=env, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return json.loads((root / "results" / "results.json").read_text())


def test_a_folder_upload_is_graded(autograder):
    def fill(folder):
        shutil.copytree(SOLUTIONS, folder / "exercises", ignore=shutil.ignore_patterns("__pycache__"))
        append_to_module(folder / "exercises", "session_c.metrics",
                         "def accuracy(y_true, y_pred):\n    return float(np.sum(y_true == y_pred))\n")
    document = run_autograder(autograder, fill)
    assert document["score"] == 87 - 1 - 2 - 2 and document["max_score"] == 87  # evaluate calls accuracy
    failed = {t["name"].split(":")[0]: t for t in document["tests"] if t["status"] == "failed"}
    assert set(failed) == {"session_c.accuracy", "session_c.evaluate", "session_c.fraud_demo"}
    assert "accuracy_count" in failed["session_c.accuracy"]["tags"]
    assert "builds on accuracy, which fails too" in failed["session_c.evaluate"]["output"]


def test_a_notebook_upload_is_graded(autograder):
    document = run_autograder(autograder, lambda folder: (folder / "week2.ipynb").write_text(notebook_from()))
    assert document["score"] == 87


def test_files_at_the_top_of_the_upload_are_found(autograder):
    def fill(folder):
        for session in ("session_a", "session_b", "session_c"):
            shutil.copytree(EXERCISES / session, folder / session, ignore=shutil.ignore_patterns("__pycache__"))
    document = run_autograder(autograder, fill)
    assert document["score"] == 0 and len(document["tests"]) == 40


def test_an_unrecognisable_upload_still_gets_a_results_file(autograder):
    document = run_autograder(autograder, lambda folder: (folder / "answers.txt").write_text("42"))
    assert document["score"] == 0 and "No submission to grade" in document["output"]


def test_the_setup_script_is_valid_bash_and_the_package_builds(autograder, tmp_path):
    assert subprocess.run(["bash", "-n", str(autograder / "source" / "setup.sh")]).returncode == 0
    done = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q",
                           "-w", str(tmp_path), str(autograder / "source" / "package")],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    wheel = next(tmp_path.glob("*.whl"))
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
    assert "graders/m01w02/week.toml" in names and not any(n.startswith("solutions/") for n in names)


def test_a_hostile_upload_still_gets_a_clean_results_file(autograder, tmp_path):
    host_file = tmp_path / "host.txt"
    host_file.write_text("CANARY root:x:0:0\n")

    def fill(folder):
        shutil.copytree(SOLUTIONS, folder / "exercises", ignore=PY_ONLY)
        bce = folder / "exercises" / "session_b" / "bce.py"
        bce.unlink()
        bce.symlink_to(host_file)  # a link to a file of the machine that grades
        append_to_module(folder / "exercises", "session_c.metrics",
                         "def accuracy(y_true, y_pred):\n    raise ValueError('\\udcff\\x1b[2J\\x1b]0;owned\\x07')\n")
    document = run_autograder(autograder, fill)
    raw = (autograder / "results" / "results.json").read_bytes().decode("utf-8")  # valid UTF-8
    assert "CANARY" not in raw and "\x1b" not in raw
    tests = {t["name"].split(":")[0]: t for t in document["tests"]}
    assert "bce.py is a symbolic link" in tests["session_b.sigmoid.values"]["output"]
    assert tests["session_a.d_sin_x2"]["status"] == "passed"  # the other modules are graded
    assert "\\x1b[2J" in tests["session_c.accuracy"]["output"]  # shown escaped


def test_both_notebooks_uploaded_are_graded_together(autograder):
    def fill(folder):
        for name in ("01-chain-rule.ipynb", "02-logistic-regression.ipynb"):
            shutil.copyfile(SOLUTIONS / name, folder / name)
    document = run_autograder(autograder, fill)
    assert document["score"] == 87 and document["extra_data"]["notes"] == []


def test_one_notebook_uploaded_grades_its_sessions_and_says_what_is_missing(autograder):
    document = run_autograder(autograder, lambda folder: shutil.copyfile(
        SOLUTIONS / "02-logistic-regression.ipynb", folder / "02-logistic-regression.ipynb"))
    assert (document["score"], document["max_score"]) == (53, 87)
    missing = [t for t in document["tests"] if "not_submitted" in t["tags"]]
    assert len(missing) == 16 and all(t["name"].startswith("session_a.") for t in missing)
    assert "not submitted: Session A" in document["output"]
