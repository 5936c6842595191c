"""--dask: the same grading on a Dask cluster (a real LocalCluster, two workers) gives the same grades."""
import csv
import io
import shutil

import pytest

from graders.classroom import batch

from .conftest import EXERCISES, SOLUTIONS, append_to_module
from .notebooks import notebook_from

pytestmark = pytest.mark.slow
distributed = pytest.importorskip("distributed", reason="pip install -e '.[test]' brings distributed")


def test_dask_grades_equal_local_grades_row_for_row(tmp_path, week):
    folder = tmp_path / "class"
    shutil.copytree(SOLUTIONS, folder / "alice", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(EXERCISES, folder / "bob", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(SOLUTIONS, folder / "carol", ignore=shutil.ignore_patterns("__pycache__"))
    append_to_module(folder / "carol", "session_b.train", "def gradients(X, y, w, b):\n"
                     "    e = sigmoid(X @ w + b) - y\n    return X.T @ e, e.sum()\n")
    append_to_module(folder / "carol", "session_b.bce", "def sigmoid(z):\n    return 1 / (1 + np.exp(-z))\n")
    (folder / "dan.ipynb").write_text(notebook_from())
    local = batch.run(folder, tmp_path / "local", week, workers=2, seed=21, show_progress=False)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        remote = batch.run(folder, tmp_path / "dask", week, seed=21, dask=cluster.scheduler_address,
                           show_progress=False)
    assert local.complete and remote.complete
    rows = [list(csv.reader(io.StringIO((tmp_path / out / "grades.csv").read_text()))) for out in ("local", "dask")]
    assert rows[0] == rows[1] and len(rows[0]) == 5
    carol = next(r for r in rows[1] if r[0] == "carol")
    assert carol[1] != "87"


def test_an_unreachable_scheduler_is_a_one_line_error(tmp_path, week):
    (tmp_path / "class" / "alice").mkdir(parents=True)
    with pytest.raises(batch.BatchError, match="cannot reach the Dask scheduler"):
        batch.run(tmp_path / "class", tmp_path / "out", week, dask="tcp://127.0.0.1:9", show_progress=False)
