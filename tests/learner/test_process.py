"""The learner process: whatever the learner's code does, the grader gets a report and goes on."""
import os
import textwrap
import time

import numpy as np
import pytest
import sympy as sp

from graders.learner import LearnerProcess, Limits, Submission
from graders.learner.exprtree import Expression
from graders.learner.figdata import FigureData

FAST = Limits(call_seconds=2, import_seconds=2)


def make(tmp_path, **modules):
    root = tmp_path / "sub"
    (root / "s").mkdir(parents=True)
    for name, code in modules.items():
        (root / "s" / f"{name}.py").write_text(textwrap.dedent(code))
    return Submission(root)


@pytest.fixture
def learner(tmp_path):
    opened = []

    def open_(limits=FAST, **modules):
        process = LearnerProcess(make(tmp_path, **modules), [f"s.{m}" for m in modules], limits)
        opened.append(process)
        return process

    yield open_
    for process in opened:
        process.close()


def test_values_come_back_as_plain_data(learner):
    process = learner(m="""
        import numpy as np, sympy as sp, matplotlib.pyplot as plt
        def arr(z): return np.asarray(z) * 2
        def expr(x): return sp.cos(x**2) * 2 * x
        def fig():
            f, ax = plt.subplots(); ax.plot([0, 1], [1, 2]); ax.set_title("t"); return f
    """)
    assert np.array_equal(process.call("s.m", "arr", (np.arange(3),)).value, [0, 2, 4])
    value = process.call("s.m", "expr", (sp.Symbol("x", real=True),)).value
    assert isinstance(value, Expression) and value.symbol_names == {"x"}
    figure = process.call("s.m", "fig").value
    assert isinstance(figure, FigureData) and figure.axes[0].title == "t"


@pytest.mark.parametrize("body, kind, text", [
    ("raise ValueError('bad shape')", "exception", "bad shape"),
    ("import sys; sys.exit(3)", "exception", "exit code 3"),
    ("raise KeyboardInterrupt", "exception", ""),
    ("raise BaseException('odd')", "exception", "odd"),
    ("return f()", "exception", "recursion"),
])
def test_exceptions_become_reports(learner, body, kind, text):
    process = learner(m=f"def f():\n    {body}\n")
    error = process.call("s.m", "f").error
    assert error.kind == kind and text in error.message.lower() + error.type.lower()
    assert error.where["file"] == "sub/s/m.py"  # as the learner knows the folder


def test_an_endless_loop_times_out_and_the_next_call_still_works(learner):
    process = learner(m="def spin():\n    while True: pass\ndef ok():\n    return 1\n")
    started = time.monotonic()
    error = process.call("s.m", "spin", timeout=1).error
    assert error.kind == "timeout" and error.seconds == 1
    assert time.monotonic() - started < 3
    assert process.call("s.m", "ok").value == 1


def test_os_exit_and_signals_are_survived(learner):
    process = learner(m="""
        import os, signal
        def leave(): os._exit(0)
        def die(): os.kill(os.getpid(), signal.SIGKILL)
        def ok(): return 2
    """)
    assert process.call("s.m", "leave").error.kind == "crashed"
    assert process.call("s.m", "die").error.kind == "crashed"
    assert process.call("s.m", "ok").value == 2


def test_a_huge_allocation_is_refused(learner):
    process = learner(limits=Limits(memory_mib=256, call_seconds=5),
                      m="import numpy as np\ndef big(): return np.ones(10**10).sum()\n")
    error = process.call("s.m", "big").error
    assert error.kind in ("memory", "crashed")


def test_printing_is_captured_and_cut(learner):
    process = learner(limits=Limits(output_kib=1), m="def talk():\n    print('x' * 100_000)\n    return 5\n")
    outcome = process.call("s.m", "talk")
    assert outcome.value == 5 and len(outcome.stdout) == 1024 and outcome.stdout_dropped > 90_000


def test_warnings_and_mutation_are_reported(learner):
    process = learner(m="""
        import numpy as np
        def overflow(z): return 1 / (1 + np.exp(-z))
        def clip(z):
            z[z < 0] = 0
            return z
    """)
    outcome = process.call("s.m", "overflow", (np.array([-1000.0]),))
    assert outcome.warnings and outcome.warnings[0]["category"] == "RuntimeWarning"
    assert process.call("s.m", "clip", (np.array([-1.0, 2.0]),)).mutated == ["z"]


def test_learner_calls_to_diff_are_noticed_but_simplify_is_not(learner):
    process = learner(m="""
        import sympy as sp
        def by_diff(x): return sp.diff(sp.sin(x**2), x)
        def by_method(x): return (x**3).diff(x)
        def tidy(x): return sp.simplify(sp.exp(x) / (1 + sp.exp(x)))
    """)
    x = sp.Symbol("x", real=True)
    assert process.call("s.m", "by_diff", (x,)).calculus[0]["what"] == "diff"
    assert process.call("s.m", "by_method", (x,)).calculus
    assert not process.call("s.m", "tidy", (x,)).calculus


def test_import_problems_are_per_module(learner):
    process = learner(good="def f(): return 1\n", broken="def f(:\n", loops="while True: pass\n",
                      exits="import sys\nsys.exit(1)\n", sibling="from .broken import f\n")
    assert process.call("s.good", "f").value == 1
    assert process.import_error("s.broken").type == "SyntaxError"
    assert process.import_error("s.loops").type == "timeout"
    assert process.import_error("s.exits").type == "SystemExit"
    assert process.import_error("s.sibling").type == "SyntaxError"
    assert process.call("s.good", "f").value == 1


def test_missing_function_and_file_changes_stay_in_the_copy(learner, tmp_path):
    process = learner(m="import os\ndef wipe():\n    for n in os.listdir('.'): os.remove(n) if os.path.isfile(n) else None\n"
                        "    return os.getcwd()\n")
    assert process.call("s.m", "nothing").error.kind == "missing"
    workdir = process.call("s.m", "wipe").value
    assert not workdir.startswith(str(tmp_path)) and (tmp_path / "sub" / "s" / "m.py").exists()


def test_the_learner_process_has_an_empty_environment(learner, monkeypatch):
    monkeypatch.setenv("GRADER_SECRET", "hunter2")
    process = learner(m="import os\ndef env(): return sorted(os.environ)\n")
    names = process.call("s.m", "env").value
    assert "GRADER_SECRET" not in names and "HOME" in names


def test_a_kill_takes_everything_the_learner_started(learner):
    process = learner(m="""
        import os, time
        def spawn():
            if os.fork() == 0:
                os.setsid()  # tries to escape the process group
                while True:
                    with open("heartbeat", "a") as f:
                        f.write(".")
                    time.sleep(0.05)
            while True: pass
    """)
    process.call("s.m", "spawn", timeout=1)
    heartbeat = os.path.join(process._workdir(), "heartbeat")
    time.sleep(0.3)
    before = os.path.getsize(heartbeat) if os.path.exists(heartbeat) else 0
    time.sleep(0.3)
    after = os.path.getsize(heartbeat) if os.path.exists(heartbeat) else 0
    if process.isolation.get("namespaces", "").startswith("on"):
        assert after == before, "a process the learner started outlived the kill"


def test_isolation_blocks_the_network_and_files_outside_the_folder(learner, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("answers")
    process = learner(m=f"""
        import socket
        def connect():
            try:
                socket.create_connection(("127.0.0.1", 22), timeout=1)
            except OSError as exc:
                return type(exc).__name__
            return "connected"
        def peek():
            try:
                return open({str(secret)!r}).read()
            except OSError as exc:
                return type(exc).__name__
        def scribble():
            try:
                open({str(tmp_path / "forged.json")!r}, "w").write("{{}}")
            except OSError as exc:
                return type(exc).__name__
            return "written"
    """)
    assert process.call("s.m", "connect").value != "connected"
    if process.isolation.get("filesystem") == "on":
        # Refused by Landlock, or not there at all in the private view of /tmp.
        assert process.call("s.m", "peek").value in ("PermissionError", "FileNotFoundError")
        assert process.call("s.m", "scribble").value in ("PermissionError", "FileNotFoundError")
        assert not (tmp_path / "forged.json").exists()


def test_a_call_that_reaches_a_timed_out_function_fails_at_once(learner):
    process = learner(a="def spin():\n    while True: pass\n",
                      b="from .a import spin as go\n\ndef outer():\n    return helper()\n\ndef helper():\n    go()\n\n"
                        "def other():\n    return 3\n")
    assert process.call("s.a", "spin", timeout=1).error.kind == "timeout"
    started = time.monotonic()
    error = process.call("s.b", "outer", timeout=5).error
    assert error.kind == "blocked" and error.type == "spin" and time.monotonic() - started < 0.5
    assert process.call("s.b", "other").value == 3


def test_a_call_on_a_busy_machine_gets_cpu_time_not_wall_time():
    """The time limit counts the learner's CPU seconds, so that load does not change a verdict;
    a process that only waits gets no extra time."""
    import subprocess
    import sys
    import time

    from graders.learner.limits import CpuClock, tree_cpu_seconds

    busy = subprocess.Popen([sys.executable, "-c", "while True: pass"])
    idle = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        time.sleep(0.3)
        started = time.monotonic()
        computing, waiting = CpuClock(busy.pid, 5.0, started), CpuClock(idle.pid, 5.0, started)
        time.sleep(0.6)
        assert tree_cpu_seconds(busy.pid) > 0.2
        assert computing.extend() is not None  # it has used under 5 s of CPU: it may go on
        assert waiting.extend() is None  # it used next to no CPU: waiting longer changes nothing
        assert CpuClock(busy.pid, 0.2, started).extend() is None  # its CPU allowance is spent
    finally:
        busy.kill()
        idle.kill()
