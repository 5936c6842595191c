"""The learner process: import the submission, call its functions, send back raw outputs.

Runs in a child forked from the zygote, after limits are set. It trusts nothing it
runs: every call is wrapped so that an exception, ``sys.exit``, printing or warnings
turn into a report, and results are sent as plain data only (see ``wire``).
"""
import importlib
import importlib.machinery
import importlib.util
import inspect
import io
import os
import sys
import time
import types
import traceback
import warnings

import numpy as np

from graders.learner import exprtree, figdata, wire

PACKAGE = "submission"
SYMBOL_ASSUMPTIONS = {"real", "positive", "negative", "nonnegative", "integer"}


class CappedText(io.TextIOBase):
    """A text stream that keeps the first ``limit`` characters and counts the rest."""

    def __init__(self, limit):
        self.limit = limit
        self.parts = []
        self.kept = 0
        self.dropped = 0

    def writable(self):
        return True

    def write(self, text):
        text = str(text)
        room = self.limit - self.kept
        if room > 0:
            self.parts.append(text[:room])
            self.kept += min(room, len(text))
        self.dropped += max(0, len(text) - max(room, 0))
        return len(text)

    def getvalue(self):
        return "".join(self.parts)


class Harness:
    def __init__(self, workdir, output_chars, package=PACKAGE, watch_grader=False, course=()):
        self.workdir = os.path.realpath(workdir)
        self.output_chars = output_chars
        self.package = package
        self.calculus = []  # where learner code asked sympy for a derivative, this call
        self.grader = []  # what learner code did to reach the grader package, this call or import
        self._install_package()
        _watch_calculus(self)
        if watch_grader:  # only in a learner process: the hook stays for the life of the process
            _watch_grader(self, course[1:])

    # ------------------------------------------------------------ setup

    def _install_package(self):
        spec = importlib.machinery.ModuleSpec(self.package, None, is_package=True)
        spec.submodule_search_locations = [self.workdir]
        package = importlib.util.module_from_spec(spec)
        package.__file__ = os.path.join(self.workdir, "__init__.py")
        sys.modules[self.package] = package

    def _is_learner_file(self, filename):
        return bool(filename) and os.path.realpath(filename).startswith(self.workdir + os.sep)

    def _relative(self, filename):
        return os.path.relpath(os.path.realpath(filename), self.workdir)

    def _note_calculus(self, frame):
        callee = None
        depth = 0
        while frame is not None and depth < 60:
            if self._is_learner_file(frame.f_code.co_filename):
                name = callee.f_code.co_name if callee is not None else "Derivative"
                if callee is None or name in ("diff", "idiff", "_derivative_dispatch"):
                    self.calculus.append({"file": self._relative(frame.f_code.co_filename),
                                          "line": frame.f_lineno,
                                          "what": "Derivative" if callee is None else name})
                return
            callee, frame, depth = frame, frame.f_back, depth + 1

    # ------------------------------------------------------------ ops

    def handle(self, header, blobs):
        """Answer one request: (response header, blobs)."""
        op = header.get("op")
        if op == "import":
            describe = header.get("describe")
            return self.import_module(str(header.get("module", "")),
                                      [str(n) for n in describe] if isinstance(describe, list) else ()), []
        if op == "call":
            return self.call(header, blobs)
        return {"ok": False, "error": {"kind": "protocol", "message": f"unknown op {op!r}"}}, []

    def import_module(self, dotted, describe=()):
        self.grader = []
        with self._guarded() as guard:
            module = importlib.import_module(f"{self.package}.{dotted}")
        if guard.error is not None:
            return {"ok": False, "error": guard.error, "grader": self.grader[:5]}
        return {"ok": True, "grader": self.grader[:5], "described": self._describe(module, describe[:50])}

    def _describe(self, module, names):
        """Where each named function's code really is, so that the grading process reads the
        definition that runs (not an earlier one, nor one a name was rebound away from)."""
        found = {}
        for name in names:
            value = module.__dict__.get(name)  # no attribute hooks of the learner's run here
            if value is None:
                found[name] = {"kind": "missing"}
            elif type(value) is types.FunctionType and self._is_learner_file(value.__code__.co_filename):
                found[name] = {"kind": "function", "file": self._relative(value.__code__.co_filename),
                               "line": value.__code__.co_firstlineno, "name": value.__code__.co_name}
            else:
                found[name] = {"kind": type(value).__name__[:60]}
        return found

    def call(self, header, blobs):
        module_name = f"{self.package}.{header.get('module', '')}"
        name = str(header.get("function", ""))
        module = sys.modules.get(module_name)
        if module is None:
            return {"ok": False, "error": {"kind": "import", "message": "module not imported"}}, []
        function = getattr(module, name, None)
        if function is None or not callable(function):
            return {"ok": False, "error": {"kind": "missing", "message": f"no function {name}"}}, []
        decoder = wire.Decoder(blobs, {"symbol": _symbol})
        args = [decoder.decode(a) for a in header.get("args", [])]
        kwargs = {str(k): decoder.decode(v) for k, v in header.get("kwargs", {}).items()}
        before = _snapshot_arrays(args, kwargs)
        self.calculus = []
        self.grader = []
        with self._guarded() as guard:
            start = time.perf_counter()
            value = function(*args, **kwargs)
        elapsed = time.perf_counter() - start
        response = {
            "stdout": guard.output.getvalue(),
            "stdout_dropped": guard.output.dropped,
            "warnings": guard.warnings,
            "calculus": self.calculus[:10],
            "grader": self.grader[:5],
            "seconds": elapsed,
            "mutated": _mutated(function, before, args, kwargs),
        }
        if guard.error is not None:
            response.update(ok=False, error=guard.error)
            _close_figures()
            return response, []
        if header.get("render"):
            return self._rendered(value, response)
        try:
            encoded, out_blobs = wire.encode(value, _EXTENSIONS)
        except BaseException as exc:  # a learner object that breaks while being read
            encoded, out_blobs = {"t": "unsupported", "type": type(exc).__name__,
                                  "detail": "the result could not be read"}, []
        _close_figures()
        response.update(ok=True, value=encoded)
        return response, out_blobs

    def _rendered(self, value, response):
        """The figure a call returned, as PNG bytes (for reports: a picture, never a score)."""
        if not _is_figure(value):
            response.update(ok=True, value={"t": "unsupported", "type": wire._type_name(value), "detail": "not a Figure"})
            _close_figures()
            return response, []
        buffer = io.BytesIO()
        try:
            value.savefig(buffer, format="png", dpi=72, bbox_inches="tight")
        except BaseException as exc:
            response.update(ok=False, error=self.describe_exception(exc))
            return response, []
        finally:
            _close_figures()
        response.update(ok=True, value={"t": "png", "b": 0})
        return response, [buffer.getvalue()]

    # ------------------------------------------------------------ guard

    def _guarded(self):
        return _Guard(self)

    def describe_exception(self, exc):
        frames = traceback.extract_tb(exc.__traceback__)
        where = None
        for fs in reversed(frames):
            if self._is_learner_file(fs.filename):
                where = {"file": self._relative(fs.filename), "line": fs.lineno, "code": (fs.line or "")[:160]}
                break
        if isinstance(exc, SyntaxError) and exc.filename and self._is_learner_file(exc.filename):
            where = {"file": self._relative(exc.filename), "line": exc.lineno or 0,
                     "code": (exc.text or "").strip()[:160]}
        try:
            message = str(exc)[:500]
        except BaseException:
            message = ""
        if isinstance(exc, SystemExit):
            message = f"exit code {exc.code!r}"[:200] if not isinstance(exc.code, (int, type(None))) else f"exit code {exc.code}"
        kind = "memory" if isinstance(exc, MemoryError) else "exception"
        return {"kind": kind, "type": type(exc).__name__[:80], "message": message, "where": where,
                "depth": len(frames)}


class _CalculusWatch:
    """Derivative.__new__, replaced: notes who asked (for the harness being watched), then
    builds the Derivative as sympy would. The watch lives on the class it patches."""

    def __init__(self, original):
        self.original = original
        self.harness = None

    def __call__(self, cls, *args, **kwargs):
        if self.harness is not None:
            self.harness._note_calculus(sys._getframe(1))
        return self.original(cls, *args, **kwargs)


def _watch_calculus(harness):
    """Note when learner code itself asks sympy for a derivative.

    sympy's own simplify builds Derivative objects internally, so what counts is who
    called: a learner frame whose direct callee is diff, Derivative or idiff.
    """
    from sympy.core.function import Derivative

    watch = Derivative.__dict__.get("__new__")
    if not isinstance(watch, _CalculusWatch):
        watch = _CalculusWatch(Derivative.__new__)
        Derivative.__new__ = watch
    watch.harness = harness  # the latest harness is the one whose calls are watched


def _watch_grader(harness, weeks=()):
    """Note every import of a grader module and every file opened inside the grader package.

    A second layer behind the static rules and Landlock (which, where the OS has it, makes
    the package unreadable anyway): an audit hook cannot be removed once added, so learner
    code cannot switch it off, only keep it from being reported, which the static rules see.
    """
    package = os.path.dirname(os.path.dirname(os.path.realpath(__file__)))
    # This harness is what the learner process runs (tracebacks read its lines); the rest of the
    # package (checks, oracles, week.toml) is what computes the reference answers.
    own = os.path.dirname(os.path.realpath(__file__)) + os.sep
    # The extra weeks' folders hold references and oracles too (GRADERS_WEEKS).
    others = tuple(folder.rstrip(os.sep) + os.sep for folder in weeks)

    def hook(event, args):
        if event == "import" and args and isinstance(args[0], str) and args[0].split(".")[0] == "graders" \
                and not args[0].startswith("graders.learner"):
            harness.grader.append(f"imports {args[0][:80]}")
        elif event == "open" and args and isinstance(args[0], str) and args[0].startswith(package + os.sep) \
                and not os.path.realpath(args[0]).startswith(own):
            harness.grader.append(f"opens {os.path.relpath(args[0], os.path.dirname(package))[:80]}")
        elif event == "open" and others and args and isinstance(args[0], str) \
                and os.path.realpath(args[0]).startswith(others):
            harness.grader.append(f"opens {os.path.basename(args[0])[:80]} of the course's own files")

    sys.addaudithook(hook)


class _Guard:
    """Captures output and warnings, and turns any exception into an error report."""

    def __init__(self, harness):
        self.harness = harness
        self.output = CappedText(harness.output_chars)
        self.warnings = []
        self.error = None

    def __enter__(self):
        self._saved = sys.stdout, sys.stderr, sys.stdin
        sys.stdout = sys.stderr = self.output
        sys.stdin = io.StringIO("")
        self._catcher = warnings.catch_warnings(record=True)
        self._records = self._catcher.__enter__()
        warnings.simplefilter("always")
        self._recursion = sys.getrecursionlimit()
        return self

    def __exit__(self, exc_type, exc, tb):
        try:
            self._catcher.__exit__(None, None, None)
        except BaseException:
            pass
        sys.stdout, sys.stderr, sys.stdin = self._saved
        sys.setrecursionlimit(self._recursion)
        for record in list(self._records)[:20]:
            filename = str(getattr(record, "filename", ""))
            self.warnings.append({
                "category": getattr(record.category, "__name__", "Warning")[:80],
                "message": str(record.message)[:300],
                "file": self.harness._relative(filename) if self.harness._is_learner_file(filename) else "",
                "line": int(getattr(record, "lineno", 0) or 0),
            })
        if exc is not None:
            self.error = self.harness.describe_exception(exc)
        return True  # swallow everything, including SystemExit and KeyboardInterrupt


# ---------------------------------------------------------------- values


def _symbol(plain):
    import sympy

    name, assumptions = plain
    flags = {k: True for k in assumptions if k in SYMBOL_ASSUMPTIONS}
    return sympy.Symbol(str(name), **flags)


def _is_sympy(value):
    sympy = sys.modules.get("sympy")
    return sympy is not None and isinstance(value, sympy.Basic)


def _is_figure(value):
    figure = sys.modules.get("matplotlib.figure")
    return figure is not None and isinstance(value, figure.Figure)


def _is_sympy_vector(value):
    """sp.Matrix([a, b]) (a row or a column) or sp.Array([a, b]): a pair written the sympy way."""
    sympy = sys.modules.get("sympy")
    if sympy is None:
        return False
    if isinstance(value, sympy.MatrixBase):
        return 1 in value.shape
    return isinstance(value, sympy.NDimArray) and (value.rank() == 1 or 1 in value.shape)


def _sympy_items(vector):
    sympy = sys.modules["sympy"]
    if isinstance(vector, sympy.NDimArray):
        return tuple(vector.reshape(len(vector)))
    return tuple(vector)


def _is_sympy_tuple(value):
    sympy = sys.modules.get("sympy")
    return sympy is not None and isinstance(value, sympy.Tuple)


def _is_sympy_array(value):
    """np.array([df_dx(x, y), df_dy(x, y)]) on symbols: an object array of sympy expressions."""
    return (isinstance(value, np.ndarray) and value.dtype == object and value.ndim == 1 and value.size <= 16
            and all(_is_sympy(v) or isinstance(v, (int, float)) for v in value))


def _is_exact_number(value):
    """A fractions.Fraction or decimal.Decimal: an exact number, sent as the float nearest to it."""
    fractions, decimal = sys.modules.get("fractions"), sys.modules.get("decimal")
    return ((fractions is not None and isinstance(value, fractions.Fraction))
            or (decimal is not None and isinstance(value, decimal.Decimal)))


def _as_float(value):
    try:
        return None, float(value)
    except BaseException:
        return None, wire.Unsupported(type(value).__name__, "not a finite number")


_EXTENSIONS = [
    (_is_exact_number, _as_float),
    (_is_sympy_vector, lambda v: (None, _sympy_items(v))),
    (_is_sympy_tuple, lambda v: (None, tuple(v.args))),
    (_is_sympy_array, lambda v: (None, tuple(v.tolist()))),
    (_is_sympy, lambda v: ("expr", exprtree.to_tree(v))),
    (_is_figure, lambda v: ("figure", figdata.extract(v))),
]


def _close_figures():
    pyplot = sys.modules.get("matplotlib.pyplot")
    if pyplot is not None:
        try:
            pyplot.close("all")
        except BaseException:
            pass


def _arrays_in(value, depth=0):
    if isinstance(value, np.ndarray):
        yield value
    elif depth < 2 and isinstance(value, (list, tuple)):
        for item in value:
            yield from _arrays_in(item, depth + 1)
    elif depth < 2 and isinstance(value, dict):
        for item in value.values():
            yield from _arrays_in(item, depth + 1)


def _snapshot_arrays(args, kwargs):
    slots = list(enumerate(args)) + list(kwargs.items())
    return [(key, [(a, a.copy()) for a in _arrays_in(v)]) for key, v in slots]


def _mutated(function, before, args, kwargs):
    changed = [key for key, pairs in before
               if any(c.shape != s.shape or not np.array_equal(c, s, equal_nan=True) for c, s in pairs)]
    if not changed:
        return []
    try:
        params = list(inspect.signature(function).parameters)
    except (TypeError, ValueError):
        params = []
    return [(params[k] if k < len(params) else f"argument {k + 1}") if isinstance(k, int) else k for k in changed]


# ---------------------------------------------------------------- main loop


def serve(sock, workdir, output_chars, isolation=None, course=()):
    """Answer requests until told to exit. ``course``: the folders of the course (the package
    first, then every extra week's), whose files learner code is watched opening."""
    rfile = sock.makefile("rb")
    wfile = sock.makefile("wb")
    harness = Harness(workdir, output_chars, watch_grader=True, course=course)
    wire.send(wfile, {"ready": True, "isolation": isolation or {}})
    while True:
        try:
            header, blobs = wire.receive(rfile)
        except (EOFError, OSError, wire.ProtocolError):
            os._exit(0)
        if header.get("op") == "exit":
            os._exit(0)
        try:
            response, out_blobs = harness.handle(header, blobs)
        except BaseException as exc:  # a bug here must still answer
            response, out_blobs = {"ok": False, "error": {"kind": "protocol", "message": repr(exc)[:300]}}, []
        response["id"] = header.get("id")
        try:
            wire.send(wfile, response, out_blobs)
        except (OSError, ValueError):
            os._exit(0)
