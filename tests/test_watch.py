"""`python -m graders watch` in a real pseudo-terminal: save a file, see the screen change; keys work."""
import os
import pty
import re
import select
import shutil
import subprocess
import sys
import time

import pytest

from .conftest import EXERCISES, REPO

pytestmark = pytest.mark.slow
ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")


class Terminal:
    """A child process on a pseudo-terminal, and the text it has shown since the last clear."""

    def __init__(self, *command, cwd):
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            os.chdir(cwd)
            os.execv(sys.executable, [sys.executable, *command])
        self.buffer = ""

    def screen(self):
        return ANSI.sub("", self.buffer.rsplit("\x1b[2J", 1)[-1])

    def wait_for(self, text, timeout=20):
        started = time.monotonic()
        while time.monotonic() - started < timeout:
            if text in self.screen():
                return time.monotonic() - started
            if select.select([self.fd], [], [], 0.05)[0]:
                try:
                    self.buffer += os.read(self.fd, 65536).decode(errors="replace")
                except OSError:
                    break
        raise AssertionError(f"{text!r} never appeared; the screen shows:\n{self.screen()}")

    def press(self, key):
        os.write(self.fd, key.encode())

    def close(self):
        try:
            _, status = os.waitpid(self.pid, 0)
        finally:
            os.close(self.fd)
        return os.waitstatus_to_exitcode(status)


def test_saving_a_file_updates_the_screen_and_keys_work(tmp_path):
    work = tmp_path / "exercises"
    shutil.copytree(EXERCISES, work, ignore=shutil.ignore_patterns("__pycache__", "*.ipynb"))
    terminal = Terminal("-m", "graders", "watch", "b", "--submission", str(work), cwd=REPO)
    terminal.wait_for("Next: session_b.sigmoid.values")
    assert "Hint 1 of 2" in terminal.screen() and "Hint 2 of 2" not in terminal.screen()
    terminal.press("h")
    terminal.wait_for("Hint 2 of 2")
    bce = work / "session_b" / "bce.py"
    bce.write_text(bce.read_text().replace(
        "    # TODO: compute σ(z) so that np.exp only ever sees arguments ≤ 0.\n    raise NotImplementedError",
        "    # TODO: compute σ(z) so that np.exp only ever sees arguments ≤ 0.\n    return 0.5 * (1 + np.tanh(z / 2))", 1))
    seconds = terminal.wait_for("Next: session_b.sigmoid_prime", timeout=10)
    print(f"screen updated {seconds:.2f} s after the save")
    assert seconds < 3, f"the screen took {seconds:.1f} s to follow the save"
    assert "Hint 1 of 1" in terminal.screen()
    terminal.press("q")
    assert terminal.close() == 0


def test_help_and_a_bad_session_are_one_liners():
    done = subprocess.run([sys.executable, "-m", "graders", "watch", "z"], capture_output=True, text=True, cwd=REPO)
    assert done.returncode == 2 and "unknown session" in done.stderr and len(done.stderr.splitlines()) == 1
