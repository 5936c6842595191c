"""Progress bars: a plain one for screens, and one with rate and time left for long jobs."""
import sys
import time


def bar(done, total, width=20, full="█", empty="░"):
    """``done`` of ``total`` as a bar ``width`` characters wide."""
    filled = min(width, round(width * done / total)) if total else width
    return full * filled + empty * (width - filled)


class Progress:
    def __init__(self, total, label="graded", stream=sys.stderr):
        self.total = total
        self.label = label
        self.stream = stream
        self.done = 0
        self.started = time.monotonic()
        self.live = stream.isatty()
        self._last_line = 0.0

    def advance(self, note=""):
        self.done += 1
        now = time.monotonic()
        if self.live or now - self._last_line >= 5 or self.done == self.total:
            self._last_line = now
            self._draw(note)

    def _draw(self, note):
        elapsed = max(time.monotonic() - self.started, 1e-9)
        rate = self.done / elapsed
        left = (self.total - self.done) / rate if rate else 0
        line = (f"[{bar(self.done, self.total, 24, '#', '-')}] {self.done}/{self.total} {self.label}  "
                f"{rate:.1f}/s  ~{_duration(left)} left  {note}")[:110]
        if self.live:
            self.stream.write("\r" + line.ljust(110))
            if self.done == self.total:
                self.stream.write("\n")
        else:
            self.stream.write(line + "\n")
        self.stream.flush()

    def close(self):
        if self.live and self.done != self.total:
            self.stream.write("\n")


def _duration(seconds):
    seconds = int(round(seconds))
    return f"{seconds // 60}m{seconds % 60:02d}s" if seconds >= 60 else f"{seconds}s"
