"""The grading side of the learner process: start it, call into it, kill it when needed."""
import dataclasses
import functools
import itertools
import logging
import os
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from graders.learner import exprtree, figdata, text, wire
from graders.learner.launcher import GRADERS_PARENT, LearnerStartError, Zygote
from graders.learner.limits import CpuClock, Limits, kill_group, tree_cpu_seconds


@dataclass
class LearnerError:
    """Why a call into learner code produced no value."""

    kind: str  # exception | timeout | blocked | crashed | memory | import | missing | protocol
    type: str = ""
    message: str = ""
    where: dict | None = None  # {"file", "line", "code"} of the innermost learner frame
    seconds: float = 0.0
    depth: int = 0


@dataclass
class CallOutcome:
    value: object = None
    error: LearnerError | None = None
    stdout: str = ""
    stdout_dropped: int = 0
    warnings: list = field(default_factory=list)
    mutated: list = field(default_factory=list)
    calculus: list = field(default_factory=list)
    grader: list = field(default_factory=list)  # how learner code reached into the grader package
    seconds: float = 0.0


# ---------------------------------------------------------------- reading with a deadline


class _DeadlineReader:
    """Buffered reads from a socket that fail once an overall deadline has passed.

    ``extend`` (optional) is asked, when the deadline passes, for a later one (or None).
    """

    def __init__(self, sock, deadline, extend=None):
        self.sock = sock
        self.deadline = deadline
        self.extend = extend
        self.buffer = bytearray()

    def read(self, n):
        while len(self.buffer) < n:
            remaining = self.deadline - time.monotonic()
            if remaining <= 0 and self.extend is not None:
                later = self.extend()
                if later is not None:
                    self.deadline, remaining = later, later - time.monotonic()
            if remaining <= 0:
                raise TimeoutError
            self.sock.settimeout(remaining)
            try:
                chunk = self.sock.recv(max(n - len(self.buffer), 1 << 16))
            except TimeoutError:
                continue  # the deadline passed: ask whether there is more time

            if not chunk:
                raise EOFError
            self.buffer += chunk
        data = bytes(self.buffer[:n])
        del self.buffer[:n]
        return data


class _SocketWriter:
    def __init__(self, sock):
        self.sock = sock

    def write(self, data):
        self.sock.settimeout(30)
        self.sock.sendall(data)

    def flush(self):
        pass


# ---------------------------------------------------------------- values crossing over


def _encode_symbol(value):
    names = ("real", "positive", "negative", "nonnegative", "integer")
    return "symbol", [value.name, [k for k in names if value.assumptions0.get(k)]]


def _is_symbol(value):
    sympy = sys.modules.get("sympy")
    return sympy is not None and isinstance(value, sympy.Symbol)


def _decode_expression(plain):
    try:
        return exprtree.Expression(plain)
    except exprtree.TreeError as exc:
        return wire.Unsupported("sympy expression", str(exc))


def _decode_figure(plain):
    try:
        return figdata.FigureData.from_plain(plain)
    except figdata.FigureDataError as exc:
        return wire.Unsupported("matplotlib Figure", str(exc))


class Picture(bytes):
    """PNG bytes a learner function drew (checked to start like a PNG, and capped in size)."""


PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
MAX_PICTURE = 8 * 2**20


DECODERS = {"expr": _decode_expression, "figure": _decode_figure}


def _learner_error(raw, kind_default="protocol"):
    if not isinstance(raw, dict):
        return LearnerError("protocol", message="malformed error report")
    where = raw.get("where")
    if isinstance(where, dict):
        where = {"file": str(where.get("file", ""))[:200], "line": int(where.get("line") or 0)
                 if isinstance(where.get("line"), int) else 0, "code": str(where.get("code", ""))[:200]}
    else:
        where = None
    kind = raw.get("kind") if raw.get("kind") in ("exception", "memory", "import", "missing", "protocol") else kind_default
    depth = raw.get("depth") if isinstance(raw.get("depth"), int) else 0
    # One line each: a learner's exception message with newlines in it must not forge lines of
    # the report ("Session A complete: 34/34").
    line = lambda value, limit: text.clean(str(value), limit, newlines=False)  # noqa: E731
    if where is not None:
        where = {"file": line(where["file"], 200), "line": where["line"], "code": line(where["code"], 200)}
    return LearnerError(kind, type=line(raw.get("type", ""), 80), message=line(raw.get("message", ""), 500),
                        where=where, depth=depth)


def _described(raw):
    """{function: {"kind", "file", "line", "name"}} as the learner process reported it, checked."""
    found = {}
    for name, item in (raw.items() if isinstance(raw, dict) else ()):
        if isinstance(name, str) and isinstance(item, dict):
            found[name] = {"kind": str(item.get("kind", ""))[:60], "file": str(item.get("file", ""))[:300],
                           "line": item.get("line") if isinstance(item.get("line"), int) else 0,
                           "name": str(item.get("name", ""))[:100]}
    return found


def _text_list(raw, keys, limit=20):
    out = []
    if isinstance(raw, list):
        for item in raw[:limit]:
            if isinstance(item, dict):
                out.append({k: (item.get(k) if isinstance(item.get(k), (int, str)) else "") for k in keys})
    return out


# ---------------------------------------------------------------- the shared call logic


class LearnerCode:
    """What every way of running learner code shares: import errors, timed-out functions,
    the coding of calls and answers. Subclasses provide ``_ensure_started`` and ``_exchange``."""

    def __init__(self, submission, modules, limits=Limits()):
        self.submission = submission
        self.modules = list(modules)
        self.limits = limits
        self.import_errors = {}  # dotted module name -> LearnerError
        self.startup_errors = {}  # a notebook cell's module -> why it did not run (LearnerError)
        self.contract = {}  # dotted module -> its contract functions, to be described at import
        self.described = {}  # dotted module -> {function: where its code really is}, from the learner process
        self.timed_out = {}  # (module, function) → seconds it was given, for calls that never finished
        self.isolation = {}  # what the OS allowed: {"namespaces": "on", "filesystem": "on"}

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self):
        pass

    def start(self):
        """Start running the submission (its notebook cells, its imports) now."""
        self._ensure_started()

    def import_error(self, dotted):
        """Why ``dotted`` could not be imported, or None if it was."""
        self._ensure_started()
        return self.import_errors.get(dotted)

    def _show_paths(self, places):
        """Learner file names as the learner knows them: exercises/session_b/bce.py."""
        for place in places:
            if place and place.get("file"):
                place["relpath"] = place["file"]  # as the learner process ran it, for reading the source
                place["file"] = self.submission.display(place["file"])

    def _blocked_by(self, dotted, function):
        """A function this call may reach that already ran out of time, or None."""
        if not self.timed_out:
            return None
        for place in sorted(self.submission.reaches(dotted, function)):
            if place in self.timed_out:
                return place
        return None

    def call(self, dotted, function, args=(), kwargs=None, timeout=None, render=False):
        """Call ``function`` of module ``dotted`` with the given arguments.

        With ``render``, a returned Figure comes back as PNG bytes (a Picture), for reports.
        """
        self._ensure_started()
        if dotted in self.import_errors:
            return CallOutcome(error=self.import_errors[dotted])
        blocked = self._blocked_by(dotted, function)
        if blocked is not None:
            # It would wait out another full time limit on the same endless code: say so at once.
            return CallOutcome(error=LearnerError("blocked", type=blocked[1], seconds=self.timed_out[blocked]))
        timeout = min(timeout or self.limits.call_seconds, self.limits.max_call_seconds)
        header, blobs = encode_call(dotted, function, args, kwargs)
        header["render"] = render
        started = time.monotonic()
        response, out_blobs = self._exchange(header, blobs, timeout)
        if isinstance(response, LearnerError):
            response.seconds = timeout if response.kind == "timeout" else time.monotonic() - started
            if response.kind == "timeout":
                self.timed_out[(dotted, function)] = timeout
            return CallOutcome(error=response, seconds=response.seconds)
        return decode_outcome(response, out_blobs, self.limits, self._show_paths)


# ---------------------------------------------------------------- the learner process


MAX_START_ATTEMPTS = 8  # cells or modules that end the process, each left out in turn, before the rest is given up


class LearnerProcess(LearnerCode):
    """One submission, loaded in a limited child process that is restarted when killed."""

    def __init__(self, submission, modules, limits=Limits()):
        super().__init__(submission, modules, limits)
        self._poisoned = set()  # modules whose import hung or killed the process
        self._ids = itertools.count(1)
        self._sock = None
        self._pid = None
        self._tmp = None
        self.restarts = 0

    # -- lifecycle

    def close(self):
        self._kill()
        if self._tmp is not None:
            shutil.rmtree(self._tmp, ignore_errors=True)
            self._tmp = None

    def _kill(self):
        if self._pid is not None:
            kill_group(self._pid)
        if self._sock is not None:
            self._sock.close()
        self._sock = self._pid = None

    def _workdir(self):
        if self._tmp is None:
            self._tmp = tempfile.mkdtemp(prefix="graders-")
            os.chmod(self._tmp, 0o700)
            self.submission.copy_to(Path(self._tmp) / "submission")
        return os.path.join(self._tmp, "submission")

    def _start(self):
        """Start the learner process and import the submission; a cell or module that hangs or
        ends the process is left out and the process started again, a bounded number of times."""
        # One total per notebook (each as in its own kernel) for this start, restarts included.
        notebooks = {m.split(".")[0] for m in self.submission.startup_modules()}
        self._cells_left = self.limits.cells_seconds * max(1, len(notebooks))
        self._cells_refilled = False
        for _ in range(MAX_START_ATTEMPTS):
            if self._start_once():
                return
        # Each attempt left out one more cell or module that ended the process: the rest is not run.
        for dotted in self.submission.startup_modules():
            if dotted not in self._poisoned:
                self._poisoned.add(dotted)
                self.startup_errors[dotted] = LearnerError("startup", type="not_run", seconds=self.limits.cells_seconds)
        for dotted in self.modules:
            if dotted not in self._poisoned:
                self._poisoned.add(dotted)
                self.import_errors[dotted] = LearnerError("import", type="crashed")
        self._start_once()

    def _start_once(self):
        """One start: True when it got through, False when it must be started again."""
        request = {"workdir": self._workdir(), "limits": dataclasses.asdict(self.limits),
                   "hide_paths": [GRADERS_PARENT]}
        self._pid, self._sock = Zygote.shared().spawn(request)
        self.restarts += 1
        try:
            hello, _ = wire.receive(_DeadlineReader(self._sock, time.monotonic() + 60))
        except (EOFError, OSError, TimeoutError, wire.ProtocolError):
            hello = None
        hello = text.clean_tree(hello)
        if not isinstance(hello, dict) or hello.get("ready") is not True:
            self._kill()
            raise LearnerStartError("the process that runs learner code failed to start "
                                    "(set GRADERS_CHILD_LOG=/some/file to see why)")
        reported = hello.get("isolation")
        self.isolation = {str(k): str(v)[:200] for k, v in reported.items()} if isinstance(reported, dict) else {}
        _log_isolation(self.isolation)
        self._run_startup_modules()
        if self._sock is None:
            return False  # a cell hung or ended the process: start again without it
        for dotted in self.modules:
            if dotted in self._poisoned:
                continue
            response, _ = self._request({"op": "import", "module": dotted, "describe": self.contract.get(dotted, [])},
                                        (), self.limits.import_seconds)
            if isinstance(response, LearnerError):
                self.import_errors[dotted] = dataclasses.replace(response, kind="import", type=response.kind)
                if response.kind in ("timeout", "crashed"):
                    self._poisoned.add(dotted)
                    self._kill()
                    return False
            if isinstance(response, LearnerError):
                continue
            self.described[dotted] = _described(response.get("described"))
            if _grader_list(response.get("grader")):
                self.import_errors[dotted] = LearnerError("grader", message=_grader_list(response.get("grader"))[0])
            elif not response.get("ok"):
                error = _learner_error(response.get("error"), "import")
                self._show_paths([error.where])
                self.import_errors[dotted] = dataclasses.replace(error, kind="import")
            else:
                self.import_errors.pop(dotted, None)
        return True

    def _run_startup_modules(self):
        """A notebook's cells, one import each: each with its own time limit, the whole notebook
        with a generous total (on a busy machine the limits stretch with the CPU the cells got)."""
        cells = self.submission.startup_modules()
        for index, dotted in enumerate(cells):
            if dotted in self._poisoned:
                continue
            left = self._cells_left
            if left <= 0:
                self.startup_errors[dotted] = LearnerError("startup", type="not_run", seconds=self.limits.cells_seconds)
                continue
            timeout = min(self.limits.cell_seconds, left)
            started, cpu = time.monotonic(), tree_cpu_seconds(self._pid)
            response, _ = self._request({"op": "import", "module": dotted}, (), timeout)
            used = time.monotonic() - started
            after = tree_cpu_seconds(self._pid) if self._pid else None
            # CPU time, so that a busy machine does not cut a notebook short; but cells that only
            # wait (sleep) still spend the total, at half their wall-clock time.
            # (A cell killed at its limit was charged that limit: its process is gone, no CPU to read.)
            self._cells_left -= max(after - cpu, used / 2) if cpu is not None and after is not None else min(used, timeout)
            if isinstance(response, LearnerError):
                self.startup_errors[dotted] = dataclasses.replace(response, kind="startup", type=response.kind,
                                                                  seconds=timeout)
                self._poisoned.add(dotted)
                if response.kind == "timeout" and timeout < self.limits.cell_seconds:
                    # The total ran out, not this cell's own limit: neither it nor the rest runs,
                    # and the cells before it, which fitted, run again in a fresh process (once).
                    for later in cells[index:]:
                        self._poisoned.add(later)
                        self.startup_errors[later] = LearnerError("startup", type="not_run",
                                                                  seconds=self.limits.cells_seconds)
                    if not self._cells_refilled:
                        self._cells_refilled = True
                        self._cells_left = self.limits.cells_seconds * max(1, len({m.split(".")[0] for m in cells}))
                self._kill()
                return
            if _grader_list(response.get("grader")):
                for module in self.modules:
                    self.import_errors[module] = LearnerError("grader", message=_grader_list(response.get("grader"))[0])
            if not response.get("ok"):
                error = _learner_error(response.get("error"), "startup")
                self._show_paths([error.where])
                self.startup_errors[dotted] = dataclasses.replace(error, kind="startup")
            else:
                self.startup_errors.pop(dotted, None)

    def _ensure_started(self):
        if self._sock is None:
            self._start()

    # -- requests

    def _request(self, header, blobs, timeout):
        """Send one request; returns (response, blobs) or (LearnerError, ())."""
        header = dict(header, id=next(self._ids))
        started = time.monotonic()
        clock = CpuClock(self._pid, timeout, started)
        try:
            wire.send(_SocketWriter(self._sock), header, blobs)
            response, out_blobs = wire.receive(_DeadlineReader(self._sock, started + timeout, clock.extend))
        except TimeoutError:
            self._kill()
            return LearnerError("timeout", seconds=timeout), ()
        except (EOFError, OSError):
            self._kill()
            return LearnerError("crashed"), ()
        except wire.ProtocolError as exc:
            self._kill()
            return LearnerError("protocol", message=str(exc)), ()
        if not isinstance(response, dict) or response.get("id") != header["id"]:
            self._kill()
            return LearnerError("protocol", message="an answer out of turn"), ()
        # The trust boundary for text: every string the learner process sends (output,
        # messages, names, values) is made printable, valid UTF-8 here, once.
        return text.clean_tree(response, limit=max(text.LIMIT, self.limits.output_kib * 1024)), out_blobs

    def _exchange(self, header, blobs, timeout):
        return self._request(header, blobs, timeout)

def _log_isolation(status):
    """Say once per process which isolation layer the OS refused, and why."""
    for layer, state in status.items():
        if not state.startswith("on") and "not requested" not in state:
            _warn_once(layer, state)


@functools.lru_cache(maxsize=None)
def _warn_once(layer, state):
    logging.getLogger("graders").warning("learner isolation: %s %s", layer, state)


def encode_call(dotted, function, args, kwargs):
    """The request for one call: (header, blobs)."""
    encoder = wire.Encoder([(_is_symbol, _encode_symbol)])
    header = {"op": "call", "module": dotted, "function": function,
              "args": [encoder.encode(a) for a in args],
              "kwargs": {k: encoder.encode(v) for k, v in (kwargs or {}).items()}}
    return header, encoder.blobs


def _grader_list(value):
    return [str(v)[:120] for v in value[:5]] if isinstance(value, list) else []


def decode_outcome(response, blobs, limits, show_paths):
    """A CallOutcome from the learner process's answer, validating every field."""
    outcome = CallOutcome(
        stdout=str(response.get("stdout", ""))[: limits.output_kib * 1024],
        stdout_dropped=response.get("stdout_dropped") if isinstance(response.get("stdout_dropped"), int) else 0,
        warnings=_text_list(response.get("warnings"), ("category", "message", "file", "line")),
        mutated=[str(m)[:80] for m in response.get("mutated", [])[:10]] if isinstance(response.get("mutated"), list) else [],
        calculus=_text_list(response.get("calculus"), ("file", "line", "what")),
        grader=_grader_list(response.get("grader")),
        seconds=float(response["seconds"]) if isinstance(response.get("seconds"), (int, float)) else 0.0,
    )
    show_paths(outcome.warnings + outcome.calculus)
    if not response.get("ok"):
        outcome.error = _learner_error(response.get("error"))
        show_paths([outcome.error.where])
        return outcome
    value = response.get("value")
    if isinstance(value, dict) and value.get("t") == "png":
        blob = blobs[0] if blobs else b""
        if not blob.startswith(PNG_SIGNATURE) or len(blob) > MAX_PICTURE:
            outcome.error = LearnerError("protocol", message="a picture that is not a PNG of sensible size")
        else:
            outcome.value = Picture(blob)
        return outcome
    try:
        outcome.value = wire.decode(value, blobs, DECODERS)
    except wire.ProtocolError as exc:
        outcome.error = LearnerError("protocol", message=str(exc))
    return outcome
