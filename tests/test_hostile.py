"""The hostile corpus: learner code that attacks the grader, graded in one batch beside honest learners.

Each case in tests/hostile/ is appended to a copy of the stubs (so any forged point
would show) or of the references (so sabotage must stay inside its own checks). Every
learner must be graded, no case may gain a point it did not earn, the honest learners
must get exactly the grades they get alone, and nothing may leak out of the sandbox.
"""
import json
import os
import re
import shutil
import socket
import threading
from pathlib import Path

import pytest

from graders.classroom import batch
from graders.grading.runner import GradingRun

from .conftest import EXERCISES, PY_ONLY, SOLUTIONS, append_to_module, make_deep_chain, remove_deep_chain

pytestmark = pytest.mark.slow
HOSTILE = Path(__file__).parent / "hostile"
FORGED_GUESSES = [Path("/tmp") / guess / "fake_results_written" for guess in ("out", "grades", "OUT", "results")]
SEED = 11
BUDGET = 20
LIMITS = {"max_call_seconds": 2, "import_seconds": 3, "budget_seconds": BUDGET}
CANARY = "CANARY-HOST-LINE root:x:0:0 must never appear in a report"
# Learner folders whose names collide with the batch's own files, or carry terminal escapes and
# bytes that are not UTF-8: each is an honest copy of the references and must get full marks.
HOSTILE_NAMES = ["batch.json", "grades.csv", "summary.md", "learners", "\x1b]0;owned\x07\x1b[2Jeve",
                 os.fsdecode(b"mallory\xff\xfe")]


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
    """Listening sockets (TCP on 127.0.0.1, a named and an abstract Unix socket) that count
    every connection made to any of them."""

    def __init__(self, unix_path):
        self.unix_path = str(unix_path)
        self.sockets = []
        for family, address in ((socket.AF_INET, ("127.0.0.1", 0)), (socket.AF_UNIX, self.unix_path),
                                (socket.AF_UNIX, "\0graders-canary")):
            sock = socket.socket(family)
            sock.bind(address)
            sock.listen()
            sock.settimeout(0.2)
            self.sockets.append(sock)
        self.port = self.sockets[0].getsockname()[1]
        self.connections = 0
        self.running = True
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self):
        while self.running:
            for sock in self.sockets:
                try:
                    conn, _ = sock.accept()
                except OSError:
                    continue
                self.connections += 1
                conn.close()

    def close(self):
        self.running = False
        self.thread.join()
        for sock in self.sockets:
            sock.close()
        os.unlink(self.unix_path)


def add_learners_that_are_not_plain_files(folder, canary_file):
    """Learners whose files are links to host files and devices, or a named pipe, or deep folders."""
    def references(name):
        shutil.copytree(SOLUTIONS, folder / name, ignore=PY_ONLY)
        return folder / name

    bce = references("link_to_a_host_file") / "session_b" / "bce.py"
    bce.unlink()
    bce.symlink_to(canary_file)
    train = references("link_to_dev_zero") / "session_b" / "train.py"
    train.unlink()
    train.symlink_to("/dev/zero")
    train = references("named_pipe_as_a_module") / "session_b" / "train.py"
    train.unlink()
    os.mkfifo(train)
    make_deep_chain(references("folders_1500_deep"), 1500)
    (folder / "link_to_a_folder").symlink_to(folder / "folders_1500_deep", target_is_directory=True)
    for name in HOSTILE_NAMES:
        references(name)
    # Stubs, with sympy's calculus in a helper file and the calculus watcher switched off from
    # session_a/__init__.py, a file no check names (found by an outside attack).
    stubs = folder / "tampering_from_files_no_check_names"
    shutil.copytree(EXERCISES, stubs, ignore=PY_ONLY)
    (stubs / "session_a" / "__init__.py").write_text(
        "import sys\nfor _name, _mod in list(sys.modules.items()):\n"
        "    if _name.endswith('learner.harness') and hasattr(_mod, '_WATCHED'):\n"
        "        for _h in _mod._WATCHED:\n            _h._note_calculus = lambda frame: None\n")
    (stubs / "session_a" / "helper.py").write_text("import sympy as sp\n\n\ndef d(expr, x):\n"
                                                   "    return sp.diff(expr, x)\n")
    append_to_module(stubs, "session_a.chain_rule", "from . import helper\n\n\ndef d_sin_x2(x):\n"
                                                    "    return helper.d(sp.sin(x**2), x)\n")


@pytest.fixture(scope="module")
def graded(tmp_path_factory, week):
    folder = tmp_path_factory.mktemp("hostile") / "class"
    canary_file = folder.parent / "host_file.txt"
    canary_file.write_text(CANARY + "\n")
    listener = Listener(f"/tmp/graders-canary-{os.getpid()}.sock")
    for guess in FORGED_GUESSES:
        shutil.rmtree(guess, ignore_errors=True)
    for case in CASES:
        root = folder / case["name"]
        shutil.copytree(SOLUTIONS if case["base"] == "references" else EXERCISES, root,
                        ignore=PY_ONLY)
        text = case["text"].replace("PORT = 9", f"PORT = {listener.port}")
        append_to_module(root, case["module"], text.replace('SOCKET_PATH = "/nonexistent"', f"SOCKET_PATH = {listener.unix_path!r}"))
    shutil.copytree(SOLUTIONS, folder / "honest_alice", ignore=PY_ONLY)
    shutil.copytree(SOLUTIONS, folder / "honest_bob", ignore=PY_ONLY)
    append_to_module(folder / "honest_bob", "session_b.bce", "def bce_grad_z(z, y):\n    return y - sigmoid(z)\n")
    add_learners_that_are_not_plain_files(folder, canary_file)
    out = folder.parent / "out"
    try:
        outcome = batch.run(folder, out, week, workers=2, seed=SEED, limits=LIMITS, show_progress=False)
    finally:
        listener.close()
        remove_deep_chain(folder / "folders_1500_deep")
    documents = {name: json.loads((batch.results_path(out, name)).read_text(encoding="utf-8"))
                 for name in outcome.graded_now}
    return {"outcome": outcome, "out": out, "folder": folder, "documents": documents,
            "connections": listener.connections}


def statuses(document):
    return {t["name"].split(":")[0]: t for t in document["tests"]}


def test_the_corpus_is_large_and_every_learner_is_graded(graded):
    assert len(CASES) >= 30
    outcome = graded["outcome"]
    assert not outcome.failed and not outcome.interrupted, outcome.failed
    # Files that are not plain files are left out, named, and the batch's exit status says so.
    assert not outcome.complete
    assert outcome.left_out == {"link_to_a_folder": "is a symbolic link: submit the file itself"}
    assert set(outcome.unreadable) == {"link_to_a_host_file", "link_to_dev_zero", "named_pipe_as_a_module"}
    assert outcome.unreadable["link_to_a_host_file"] == {"session_b/bce.py": "is a symbolic link: submit the file itself"}
    assert len(graded["documents"]) == len(CASES) + 2 + 5 + len(HOSTILE_NAMES)  # + the learners above
    assert "link_to_a_folder" not in graded["documents"]  # a link is not a learner


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
    assert {p.name for p in out.iterdir()} == {"batch.json", "grades.csv", "summary.md", "learners"}
    assert {p.name for p in (out / "learners").iterdir()} == set(graded["documents"])
    for name in graded["documents"]:
        assert [p.name for p in (out / "learners" / name).iterdir()] == ["results.json"]
    isolation = graded["documents"]["honest_alice"]["isolation"]
    if isolation.get("filesystem") == "on":
        assert not any(guess.exists() for guess in FORGED_GUESSES)
        assert not (graded["folder"].parent / "results.json").exists()


def test_every_output_is_valid_utf8_without_raw_control_sequences(graded):
    out = graded["out"]
    for path in [out / "grades.csv", out / "summary.md", *(out / "learners").glob("*/results.json")]:
        text = path.read_bytes().decode("utf-8")  # raises on anything that is not UTF-8
        assert "\x1b" not in text and "\x07" not in text and "\u202e" not in text, path
    ugly = statuses(graded["documents"]["hostile_text_in_messages"])["session_b.sigmoid_prime"]["output"]
    assert "\\x1b" in ugly  # shown escaped, so that nothing is hidden either


def test_files_that_are_not_plain_files_are_named_and_never_read(graded):
    documents = graded["documents"]
    everything = (graded["out"] / "summary.md").read_text() + json.dumps(documents)
    assert CANARY not in everything
    assert re.search(r"bce\.py is a symbolic link", statuses(documents["link_to_a_host_file"])["session_b.sigmoid.values"]["output"])
    for name, why in (("link_to_dev_zero", "is a symbolic link"), ("named_pipe_as_a_module", "is a named pipe")):
        tests = statuses(documents[name])
        assert why in tests["session_b.make_blobs"]["output"], tests["session_b.make_blobs"]["output"]
        assert tests["session_b.sigmoid.values"]["status"] == "passed"  # the other modules are still graded
    assert documents["folders_1500_deep"]["score"] == 87


def test_code_in_files_no_check_names_is_read_too(graded):
    document = graded["documents"]["tampering_from_files_no_check_names"]
    assert document["score"] == 0
    output = statuses(document)["session_a.d_sin_x2"]["output"]
    assert "__init__.py" in output and "sys.modules" in output, output


def test_hostile_names_get_their_own_results(graded):
    names = [n for n in graded["documents"] if n not in {c["name"] for c in CASES}]
    assert all(graded["documents"][n]["score"] == 87 for n in names if n not in (
        "link_to_a_host_file", "link_to_dev_zero", "named_pipe_as_a_module", "honest_bob",
        "tampering_from_files_no_check_names"))
    assert {"batch.json", "grades.csv", "summary.md", "learners"} <= set(graded["documents"])


def test_one_submission_never_costs_more_than_its_budget(graded):
    document = graded["documents"]["slow_import_and_exit"]
    assert document["execution_time"] < BUDGET + 15
    assert any("time budget" in t["output"] for t in document["tests"])
