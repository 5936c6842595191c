"""The layers between learner code and the machine, each tried from inside a real learner process."""
import os
import socket
import sys
import textwrap

import pytest

from graders.learner import LearnerProcess, Limits, Submission, intake, seccomp, text

from ..conftest import make_deep_chain, remove_deep_chain

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="these layers are Linux's")


@pytest.fixture
def probe(tmp_path):
    """A learner process running ``code`` as module s.m; closed after the test."""
    opened = []

    def start(code, limits=Limits(call_seconds=10)):
        root = tmp_path / "sub"
        (root / "s").mkdir(parents=True, exist_ok=True)
        (root / "s" / "m.py").write_text(textwrap.dedent(code))
        process = LearnerProcess(Submission(root), ["s.m"], limits)
        opened.append(process)
        assert process.import_error("s.m") is None  # started: its isolation is known
        return process

    yield start
    for process in opened:
        process.close()


def _on(process, layer):
    return process.isolation.get(layer, "").startswith("on")


@linux_only
def test_the_learner_process_holds_no_privilege(probe):
    process = probe("""
        def status(field):
            for line in open("/proc/self/status"):
                if line.startswith(field + ":"):
                    return line.split(":", 1)[1].split()[0]
    """)
    if process.isolation["privileges"].startswith("off"):
        pytest.skip(f"privileges layer off here: {process.isolation['privileges']}")
    assert process.call("s.m", "status", ("CapEff",)).value == "0000000000000000"
    assert process.call("s.m", "status", ("NoNewPrivs",)).value == "1"
    if os.geteuid() == 0 and _on(process, "privileges"):
        assert process.call("s.m", "status", ("Uid",)).value != "0"
        assert process.call("s.m", "status", ("Gid",)).value != "0"


@linux_only
def test_no_unix_socket_can_be_opened(probe, tmp_path):
    process = probe("""
        import socket
        def open_unix():
            try:
                socket.socket(socket.AF_UNIX, socket.SOCK_STREAM).close()
            except OSError as exc:
                return type(exc).__name__
            return "opened"
        def pair():
            try:
                socket.socketpair()
            except OSError as exc:
                return type(exc).__name__
            return "opened"
    """)
    if not _on(process, "sockets"):
        pytest.skip(f"seccomp layer off here: {process.isolation['sockets']}")
    assert process.call("s.m", "open_unix").value == "PermissionError"
    assert process.call("s.m", "pair").value == "PermissionError"


@linux_only
def test_the_grader_package_cannot_be_imported_or_read(probe):
    process = probe("""
        import graders
        def oracles():
            try:
                from graders.m01w02 import oracles
            except BaseException as exc:
                return type(exc).__name__
            return "imported"
    """)
    outcome = process.call("s.m", "oracles")
    assert outcome.grader and outcome.grader[0].startswith("imports graders.m01w02")  # the audit hook saw it
    if process.isolation["filesystem"] == "on":
        assert outcome.value in ("PermissionError", "ModuleNotFoundError", "ImportError")


@linux_only
def test_everything_written_together_is_capped(probe):
    process = probe("""
        def fill(files, mib):
            try:
                for i in range(files):
                    with open(f"f{i}", "wb") as f:
                        for _ in range(mib):
                            f.write(bytes(2**20))
            except OSError as exc:
                return exc.errno
            return "written"
    """, Limits(call_seconds=20, disk_mib=32, file_mib=16))
    if not _on(process, "mounts"):
        pytest.skip(f"mount layer off here: {process.isolation['mounts']}")
    assert process.call("s.m", "fill", (4, 12)).value == 28  # ENOSPC: 48 MiB do not fit in 32


@pytest.mark.parametrize("machine", sorted(seccomp.ARCHES))
def test_the_socket_filter_is_a_well_formed_program(machine):
    steps = seccomp.program(machine)
    assert steps[-2] == (seccomp.RET, 0, 0, seccomp.SECCOMP_RET_ALLOW)
    for i, (code, jt, jf, _k) in enumerate(steps):
        if code in (seccomp.JEQ, seccomp.JGE):
            assert i + 1 + max(jt, jf) < len(steps)  # every jump lands inside the program
    assert seccomp.program("sparc") is None


@pytest.mark.parametrize("raw, shown", [
    ("\udcff", "\ufffd"),
    ("\x1b]0;owned\x07\x1b[2J", "\\x1b]0;owned\\x07\\x1b[2J"),
    ("left \u202e right", "left \\u202e right"),
    ("two\nlines\tand a tab", "two\nlines\tand a tab"),
    (b"bad \xff bytes", "bad \ufffd bytes"),
])
def test_learner_text_becomes_printable_utf8(raw, shown):
    assert text.clean(raw) == shown
    text.clean(raw).encode("utf-8")  # never raises


def test_names_are_one_line_and_short():
    name = text.name("a\nb" * 200)
    assert "\n" not in name and name.startswith("a\\x0ab") and name.endswith("…") and len(name) < 1000
    assert text.clean_tree({"k\udcff": ["\x1b", 3, None]}) == {"k\ufffd": ["\\x1b", 3, None]}


def test_only_regular_files_are_read(tmp_path):
    host = tmp_path / "host.txt"
    host.write_text("secret")
    (tmp_path / "link.py").symlink_to(host)
    (tmp_path / "zero.py").symlink_to("/dev/zero")
    os.mkfifo(tmp_path / "pipe.py")
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(tmp_path / "sock.py"))
    try:
        for name, why in (("link.py", "symbolic link"), ("zero.py", "symbolic link"), ("pipe.py", "named pipe"),
                          ("sock.py", "socket")):
            with pytest.raises(intake.NotRegular, match=why):
                intake.read_text(tmp_path / name)
            assert why in intake.problem(tmp_path / name)
    finally:
        server.close()
    big = tmp_path / "big.py"
    big.write_bytes(b"x" * 2000)
    with pytest.raises(intake.NotRegular, match="larger than"):
        intake.read_bytes(big, limit=1000)
    assert intake.read_text(host) == "secret"


def test_walks_are_bounded_whatever_the_tree(tmp_path):
    make_deep_chain(tmp_path, 1500)
    try:
        entries = list(intake.walk(tmp_path))
        assert len(entries) == intake.MAX_DEPTH
        assert len(list(intake.walk(tmp_path, max_entries=5))) == 5
    finally:
        remove_deep_chain(tmp_path)


@linux_only
def test_a_learner_process_cannot_fork_without_bound(probe):
    process = probe("""
        import os, time
        def forks(n):
            made = 0
            for _ in range(n):
                try:
                    pid = os.fork()
                except OSError:
                    break
                if pid == 0:
                    time.sleep(2)
                    os._exit(0)
                made += 1
            return made
    """, Limits(call_seconds=10, processes=8))
    if os.geteuid() != 0 or not _on(process, "privileges"):
        pytest.skip("the process bound needs a uid of the learner's own (graded as root)")
    assert process.call("s.m", "forks", (100,)).value < 8


@linux_only
@pytest.mark.skipif(os.geteuid() != 0, reason="mount namespaces are set up here as root")
def test_the_private_view_keeps_pythons_folders_even_under_tmp(tmp_path):
    """A checkout under /tmp (its .venv with it) stays readable once /tmp is emptied."""
    from graders.learner import mounts

    keep, hidden, work = tmp_path / "venv", tmp_path / "other", tmp_path / "graders-x" / "submission"
    for folder in (keep, hidden, work):
        folder.mkdir(parents=True)
    (keep / "module.py").write_text("kept")
    (hidden / "secret.txt").write_text("hidden")
    (work / "bce.py").write_text("mine")
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the view is set up in a child, as the zygote's children do
        try:
            status = mounts.private_view(str(work), [str(keep)], 8 * 2**20)
            seen = [status.startswith("on"), (keep / "module.py").read_text() == "kept",
                    not (hidden / "secret.txt").exists(), (work / "bce.py").read_text() == "mine"]
            os.write(write, repr(seen).encode())
        finally:
            os._exit(0)
    os.close(write)
    os.waitpid(pid, 0)
    assert os.read(read, 200).decode() == "[True, True, True, True]"
    assert (hidden / "secret.txt").read_text() == "hidden"  # nothing changed outside the namespace
