"""``python -m graders watch [SESSION]``: re-grade on every save; show what to do next.

The screen shows the week's progress, the first check that does not pass with its
message and its first hint; `h` reveals the next, more specific hint, `r` re-grades,
`q` quits. Files are watched with watchfiles (polling on WSL and when asked, for network
drives).
"""
import os
import platform
import queue
import select
import sys
import threading
import time
from pathlib import Path

from graders.grading.progress import bar

CLEAR = "\x1b[2J\x1b[H"
KEYS = "save a file to re-grade · h: next hint · r: re-grade · q: quit"


def python_files(change, path):
    return path.endswith(".py") and "__pycache__" not in path


def on_wsl():
    return "microsoft" in platform.release().lower()


class Watcher(threading.Thread):
    """Puts the set of changed files on a queue whenever .py files under ``root`` change."""

    def __init__(self, root, changes, polling=False):
        super().__init__(daemon=True)
        self.root = Path(root)
        self.changes = changes
        self.polling = polling
        self.stop = threading.Event()

    def run(self):
        import watchfiles

        for batch in watchfiles.watch(self.root, watch_filter=python_files, debounce=100, step=50,
                                      stop_event=self.stop, force_polling=self.polling or None,
                                      poll_delay_ms=200, raise_interrupt=False):
            self.changes.put({path for _, path in batch})


class Watch:
    """The state of the screen: latest results, the check to work on, how many hints are shown."""

    def __init__(self, week, root, sessions, seed, shown_root, out=sys.stdout, focus=None):
        self.week = week
        self.root = Path(root)
        self.sessions = sessions  # the sessions shown (and graded at start)
        self.focus_sessions = focus or sessions  # where "next" is looked for
        self.seed = seed
        self.shown_root = shown_root
        self.out = out
        self.scores = {}  # session id → SessionScore
        self.hints = 1
        self.focus = None  # the check id the hints belong to
        self.graded_at = ""
        self.seconds = 0.0

    def grade(self, session_ids):
        from graders.grading.runner import GradingRun

        started = time.perf_counter()
        with GradingRun(self.week, self.root, session_ids, seed=self.seed, shown_root=self.shown_root) as run:
            for score in run.scores():
                self.scores[score.session.id] = score
        self.seconds = time.perf_counter() - started
        self.graded_at = time.strftime("%H:%M:%S")
        first = self.first_failure()
        if first is None or first.spec.id != self.focus:
            self.focus = first.spec.id if first else None
            self.hints = 1

    def first_failure(self):
        for session_id in self.focus_sessions:
            score = self.scores.get(session_id)
            for result in score.results if score else ():
                if result.status == "failed":
                    return result
        return None

    def more_hints(self):
        first = self.first_failure()
        if first is not None and self.hints < len(first.spec.hints):
            self.hints += 1
            return True
        return False

    def screen(self):
        from graders.grading import report

        width = 100
        lines = [f"Watching {self.shown_root} · seed {self.seed} · graded at {self.graded_at} ({self.seconds:.1f} s)", ""]
        earned = sum(s.earned for s in self.scores.values())
        total = sum(s.max_points for s in self.scores.values())
        lines.append(f"{'Week':12}{bar(earned, total, 24)}  {earned}/{total}")
        for session_id in self.sessions:
            score = self.scores[session_id]
            mark = "  complete" if score.complete else f"  {score.remaining} to go"
            lines.append(f"  {score.session.name:10}{bar(score.earned, score.max_points, 24)}  "
                         f"{score.earned}/{score.max_points}{mark}")
        lines.append("")
        first = self.first_failure()
        if first is None:
            done = self.scores[self.focus_sessions[-1]]
            lines.append("Every check passes. " + report.verdict(done, self.week, self.sessions))
        else:
            lines.append(f"Next: {first.spec.id} ({first.spec.points} points): {first.spec.title}")
            for line in report.feedback_lines(first, indent="  ", width=width):
                if not line.strip().startswith("Hint:"):
                    lines.append(line)
            lines.append("")
            hints = first.spec.hints
            for number in range(min(self.hints, len(hints))):
                lines.append(f"  Hint {number + 1} of {len(hints)}: {hints[number]}")
            if self.hints < len(hints):
                lines.append("  (h: one more hint)")
        lines += ["", KEYS]
        return CLEAR + "\n".join(lines) + "\n"

    def show(self):
        self.out.write(self.screen())
        self.out.flush()


def session_of(path, root, sessions):
    try:
        parts = Path(path).resolve().relative_to(Path(root).resolve()).parts
    except ValueError:
        return None
    return parts[0] if parts and parts[0] in sessions else None


def run(week, root, sessions, seed, shown_root, focus=None, polling=False, stdin=sys.stdin, out=sys.stdout):
    """The watch loop; returns when the learner presses q (or stdin closes)."""
    watch = Watch(week, root, sessions, seed, shown_root, out, focus)
    changes = queue.Queue()
    watcher = Watcher(root, changes, polling or on_wsl())
    watcher.start()  # before the first grading, so that no save is missed while it runs
    restore = _cbreak(stdin)  # before the first screen, so that no key waits for Enter
    try:
        watch.grade(sessions)
        watch.show()
        while True:
            changed = set()
            while not changes.empty():
                changed |= changes.get_nowait()
            if changed:
                touched = sorted({session_of(p, root, sessions) for p in changed} - {None})
                watch.grade(touched or sessions)
                watch.show()
            if not _readable(stdin, 0.05):
                continue
            key = os.read(stdin.fileno(), 1).decode(errors="replace") if hasattr(stdin, "fileno") else stdin.read(1)
            if key in ("q", "Q", "\x04", ""):
                break
            if key in ("h", "H") and watch.more_hints():
                watch.show()
            elif key in ("r", "R"):
                watch.grade(sessions)
                watch.show()
    finally:
        watcher.stop.set()
        restore()


def _readable(stream, timeout):
    try:
        return bool(select.select([stream], [], [], timeout)[0])
    except (ValueError, OSError, TypeError):
        time.sleep(timeout)
        return False


def _cbreak(stream):
    """Keys without Enter, on a terminal; returns the function that restores it."""
    try:
        import termios
        import tty

        fd = stream.fileno()
        saved = termios.tcgetattr(fd)
        tty.setcbreak(fd)
    except Exception:  # not a terminal (a pipe, a test): read keys as they come
        return lambda: None
    return lambda: termios.tcsetattr(fd, termios.TCSADRAIN, saved)
