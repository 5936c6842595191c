"""Starting the zygote: stdlib only, so that it can start before numpy and sympy are imported."""
import atexit
import json
import os
import socket
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

GRADERS_PARENT = str(Path(__file__).resolve().parents[2])
PASS_ENV = ("GRADERS_CHILD_LOG", "GRADERS_ISOLATION_OFF", "GRADERS_WEEKS", "PATH", "HOME", "LANG", "LC_ALL", "TMPDIR", "MPLCONFIGDIR", "XDG_CONFIG_HOME",
            "XDG_CACHE_HOME")
BOOT = ("import sys; sys.path.insert(0, sys.argv[2]); "
        "from graders.learner.zygote import main; main(int(sys.argv[1]))")


class LearnerStartError(RuntimeError):
    """The learner process could not be started at all (a broken installation)."""


class Zygote:
    """The grading process's handle on its pre-warmed forking server (one per process)."""

    _shared = None
    _shared_lock = threading.Lock()
    _failed_starts = 0
    MAX_FAILED_STARTS = 2  # then the installation is broken: say so instead of trying forever

    @classmethod
    def shared(cls):
        with cls._shared_lock:
            if cls._shared is None or not cls._shared.alive():
                if cls._shared is not None and not cls._shared.served:
                    cls._failed_starts += 1
                if cls._failed_starts >= cls.MAX_FAILED_STARTS:
                    raise LearnerStartError("the process that runs learner code keeps failing to start: "
                                            + (cls._shared._stderr_tail() if cls._shared else ""))
                cls._shared = cls()
            return cls._shared

    @classmethod
    def prestart(cls):
        """Start the shared zygote now, so its imports overlap with other work."""
        cls.shared()

    def __init__(self):
        self.lock = threading.Lock()
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        env = {k: os.environ[k] for k in PASS_ENV if k in os.environ}
        env.update(OPENBLAS_NUM_THREADS="1", OMP_NUM_THREADS="1", MKL_NUM_THREADS="1", MPLBACKEND="Agg")
        self.stderr = tempfile.TemporaryFile()
        self.proc = subprocess.Popen(
            [sys.executable, "-I", "-c", BOOT, str(theirs.fileno()), GRADERS_PARENT],
            pass_fds=(theirs.fileno(),), env=env, stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL, stderr=self.stderr, close_fds=True,
        )
        theirs.close()
        self.control = ours
        self.replies = ours.makefile("rb")
        self.served = False  # true once a child was forked: the zygote works
        atexit.register(self.close)

    def alive(self):
        return self.proc.poll() is None

    def spawn(self, request, timeout=120.0):
        """Fork a learner process; returns (pid, socket connected to it)."""
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        with self.lock:
            try:
                socket.send_fds(self.control, [json.dumps(request).encode() + b"\n"], [theirs.fileno()])
                self.control.settimeout(timeout)
                line = self.replies.readline()
            except OSError as exc:
                line = b""
                reason = str(exc)
            else:
                reason = "it exited"
            finally:
                theirs.close()
        if not line:
            ours.close()
            raise LearnerStartError(f"could not start the process that runs learner code ({reason}). "
                                    + self._stderr_tail())
        self.served = True
        return int(json.loads(line)["pid"]), ours

    def _stderr_tail(self):
        try:
            self.stderr.seek(0)
            text = self.stderr.read().decode(errors="replace").strip().splitlines()
        except OSError:
            return ""
        return text[-1] if text else ""

    def close(self):
        for stream in (self.replies, self.control):  # both hold the socket open
            try:
                stream.close()
            except OSError:
                pass
        # It holds no state worth waiting for (its children are killed by their owners).
        self.proc.kill()
        self.proc.wait()
