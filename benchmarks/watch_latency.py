"""How soon does `python -m graders watch` show a saved change? Save to screen, in a real pty.

    python benchmarks/watch_latency.py [--runs 10]

Starts `watch b` on a copy of exercises/ in a pseudo-terminal, then saves bce.py
alternately with a working sigmoid and with the stub, and times each save until the
screen names the next failing check. Target: under one second after every save.
"""
import argparse
import os
import pty
import re
import select
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")
STUB = "    # TODO: compute σ(z) so that np.exp only ever sees arguments ≤ 0.\n    raise NotImplementedError"
DONE = "    # TODO: compute σ(z) so that np.exp only ever sees arguments ≤ 0.\n    return 0.5 * (1 + np.tanh(z / 2))"


class Screen:
    def __init__(self, cwd, *args):
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            os.chdir(cwd)
            os.execv(sys.executable, [sys.executable, "-m", "graders", *args])
        self.text = ""

    def shown(self):
        return ANSI.sub("", self.text.rsplit("\x1b[2J", 1)[-1])

    def wait_for(self, needle, timeout=20):
        started = time.perf_counter()
        while time.perf_counter() - started < timeout:
            if needle in self.shown():
                return time.perf_counter()
            if select.select([self.fd], [], [], 0.01)[0]:
                self.text += os.read(self.fd, 65536).decode(errors="replace")
        raise SystemExit(f"{needle!r} never appeared:\n{self.shown()}")

    def quit(self):
        os.write(self.fd, b"q")
        os.waitpid(self.pid, 0)
        os.close(self.fd)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder) / "exercises"
        shutil.copytree(REPO / "exercises", work, ignore=shutil.ignore_patterns("__pycache__", "*.ipynb"))
        bce = work / "session_b" / "bce.py"
        stub = bce.read_text(encoding="utf-8")
        assert STUB in stub, "the sigmoid stub changed: update this benchmark"
        screen = Screen(REPO, "watch", "b", "--submission", str(work), "--seed", "1")
        started = time.perf_counter()
        screen.wait_for("Next: session_b.sigmoid.values", timeout=60)
        print(f"first screen {time.perf_counter() - started:.2f} s after start")
        delays = []
        for run in range(args.runs):
            time.sleep(0.5)  # the learner types between saves
            working = run % 2 == 0
            screen.text = ""
            saved = time.perf_counter()
            bce.write_text(stub.replace(STUB, DONE) if working else stub, encoding="utf-8")
            shown = screen.wait_for("Next: session_b.sigmoid_prime" if working else "Next: session_b.sigmoid.values")
            delays.append(shown - saved)
        screen.quit()
    print(f"save to screen over {len(delays)} saves: median {statistics.median(delays):.3f} s, "
          f"max {max(delays):.3f} s (target: under 1 s)")


if __name__ == "__main__":
    main()
