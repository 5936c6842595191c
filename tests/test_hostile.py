"""The hostile corpus: learner code that attacks the grader, graded in one batch beside honest learners.

Each case in tests/hostile/ is appended to a copy of the stubs (so any forged point
would show) or of the references (so sabotage must stay inside its own checks). Every
learner must be graded, no case may gain a point it did not earn, the honest learners
must get exactly the grades they get alone, and nothing may leak out of the sandbox.
"""
import json
import re
import shutil
import socket
import threading
from pathlib import Path

import pytest

from graders import batch
from graders.runner import GradingRun

from .conftest import EXERCISES, SOLUTIONS, append_to_module

pytestmark = pytest.mark.slow
HOSTILE = Path(__file__).parent / "hostile"
FORGED_GUESSES = [Path("/tmp") / guess / "fake_results_written" for guess in ("out", "grades", "OUT", "results")]
SEED = 11
LIMITS = {"max_call_seconds": 2, "import_seconds": 3}


def load_cases():
    cases = []
    for path in sorted(HOSTILE.glob("*.py")):
        text = path.read_text(encoding="utf-8")
        header = dict(re.findall(r"^# (base|module|fails|says): (.*)$", text, re.M))
        fails = [] if header["fails"] in ("none", "all") else [c.strip() for c in header["fails"].split(",")]
        cases.append({"name": path.stem, "text": text, "base": header["base"], "module": header["module"],
                      "all_fail": header["fails"] == "all", "fails": fails, "says": header.get("says")})
    return cases


CASES = load_cases()


class Listener:
    """A TCP server on 127.0.0.1 that records every connection made to it."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen()
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.connections = 0
        self.running = True
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self):
        while self.running:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.connections += 1
            conn.close()

    def close(self):
        self.running = False
        self.thread.join()
        self.sock.close()


@pytest.fixture(scope="module")
def graded(tmp_path_factory, week):
    folder = tmp_path_factory.mktemp("hostile") / "class"
    listener = Listener()
    for guess in FORGED_GUESSES:
        shutil.rmtree(guess, ignore_errors=True)
    for case in CASES:
        root = folder / case["name"]
        shutil.copytree(SOLUTIONS if case["base"] == "references" else EXERCISES, root,
                        ignore=shutil.ignore_patterns("__pycache__"))
        append_to_module(root, case["module"], case["text"].replace("PORT = 9", f"PORT = {listener.port}"))
    shutil.copytree(SOLUTIONS, folder / "honest_alice", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(SOLUTIONS, folder / "honest_bob", ignore=shutil.ignore_patterns("__pycache__"))
    append_to_module(folder / "honest_bob", "session_b.bce", "def bce_grad_z(z, y):\n    return y - sigmoid(z)\n")
    out = folder.parent / "out"
    try:
        outcome = batch.run(folder, out, week, workers=2, seed=SEED, limits=LIMITS, show_progress=False)
    finally:
        listener.close()
    documents = {name: json.loads((out / name / "results.json").read_text()) for name in outcome.graded_now}
    return {"outcome": outcome, "out": out, "folder": folder, "documents": documents,
            "connections": listener.connections}


def statuses(document):
    return {t["name"].split(":")[0]: t for t in document["tests"]}


def test_the_corpus_is_large_and_every_learner_is_graded(graded):
    assert len(CASES) >= 30
    outcome = graded["outcome"]
    assert outcome.complete, outcome.failed
    assert len(graded["documents"]) == len(CASES) + 2


def test_honest_learners_get_the_grades_they_get_alone(graded, week):
    for name in ("honest_alice", "honest_bob"):
        with GradingRun(week, graded["folder"] / name, seed=SEED) as run:
            alone = {r.spec.id: r.status for r in run.results()}
        in_batch = {cid: t["status"] for cid, t in statuses(graded["documents"][name]).items()}
        assert {cid: s == "passed" for cid, s in alone.items()} == {cid: s == "passed" for cid, s in in_batch.items()}
    assert graded["documents"]["honest_alice"]["score"] == 87


def _depends_on(week, check_id, failing):
    spec = week.checks[check_id]
    return any(r in failing or _depends_on(week, r, failing) for r in spec.requires)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["name"])
def test_hostile_code_gains_nothing_and_breaks_only_its_own_checks(case, graded, week):
    document = graded["documents"][case["name"]]
    tests = statuses(document)
    if case["all_fail"]:
        assert document["score"] == 0, f"forged points: {[c for c, t in tests.items() if t['score']]}"
        if case["says"]:
            assert any(re.search(case["says"], t["output"]) for t in tests.values())
        return
    for check_id, test in tests.items():
        if check_id in case["fails"]:
            assert test["status"] == "failed", f"{check_id} passed"
        elif not _depends_on(week, check_id, set(case["fails"])):
            assert test["status"] == "passed", f"{check_id} was damaged: {test['output']}"
    if case["says"]:
        first = tests[case["fails"][0]]
        assert re.search(case["says"], first["output"]), first["output"]
    assert "Traceback" not in json.dumps(document)


def test_nothing_leaked_out_of_the_sandbox(graded):
    assert graded["connections"] == 0
    out = graded["out"]
    expected = {"batch.json", "grades.csv", "summary.md"} | set(graded["documents"])
    assert {p.name for p in out.iterdir()} == expected
    for name in graded["documents"]:
        assert [p.name for p in (out / name).iterdir()] == ["results.json"]
    isolation = graded["documents"]["honest_alice"]["isolation"]
    if isolation.get("filesystem") == "on":
        assert not any(guess.exists() for guess in FORGED_GUESSES)
        assert not (graded["folder"].parent / "results.json").exists()
