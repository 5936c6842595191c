"""Grading inside a Jupyter kernel: the week's autograder cells call ``grade``.

The learner's functions are taken from the notebook's namespace and graded by the same
checks, through the same coding of values, as ``pytest exercises/session_b``. A cell
prints to stdout only (nbgrader scores anything on stderr as 0) and returns nothing at
full marks, or a plain float for partial credit (a numpy float would count as full).
"""
import contextlib
import inspect
import io
import json
import os
import secrets
import signal
import sys
import tempfile
import threading
import types
import uuid
import warnings

from graders.grading import report
from graders.learner import client, text
from graders.learner.harness import Harness
from graders.learner.submission import ParsedSource, Submission, imported_modules



class _CallTimedOut(BaseException):
    """Raised in learner code by the alarm: a BaseException so learner `except Exception` cannot swallow it."""


class NamespaceModule(types.ModuleType):
    """A contract module whose attributes are the notebook's names."""

    def __init__(self, name, namespace):
        super().__init__(name)
        self.__namespace = namespace

    def __getattr__(self, attribute):
        try:
            return self.__namespace[attribute]
        except KeyError:
            raise AttributeError(attribute) from None


class NamespaceSource(ParsedSource):
    """The notebook's code as the static checks see it: the source of its functions."""

    def __init__(self, namespace):
        import ast

        self.shown = "the notebook"
        self.text = ""
        self.syntax_problem = None  # a cell that does not parse never ran, so nothing to report here
        self.trees = []
        for value in list(namespace.values()):
            # The notebook's own functions only (defined in its cells): not the grader's helpers
            # or a library's functions that a cell imported by name.
            home = getattr(value, "__module__", None)
            if inspect.isfunction(value) and not (isinstance(home, str) and home != "__main__" and home in sys.modules):
                try:
                    self.trees.append(ast.parse(inspect.getsource(value)))
                except (OSError, TypeError, SyntaxError, IndentationError):
                    pass
        # Imports seen in the source, and modules that reached the namespace some other way.
        self.imports = imported_modules(self.trees)
        for value in list(namespace.values()):
            module = value.__name__ if isinstance(value, types.ModuleType) else getattr(value, "__module__", None)
            if isinstance(module, str):
                self.imports.add(module.split(".")[0])


class NamespaceSubmission(Submission):
    """A notebook's namespace, seen as a submission: every contract module is the namespace."""

    def __init__(self, namespace, handed_in=None):
        self.namespace = namespace
        self.handed_in = handed_in  # the sessions the notebook holds, or None: every one asked for
        self.root = None
        self.shown_root = "the notebook"
        self.problems = {}
        self._source = NamespaceSource(namespace)

    def module(self, dotted):
        return self._source

    def _python_files(self):
        return []  # the kernel's functions only; cells that ran are not read again

    def covers(self, session, modules):
        # A grading cell asks for its session: it is there to be graded. `grade --notebook`
        # says which sessions the notebook holds, by the same rule as batch.
        return self.handed_in is None or session in self.handed_in

    def display(self, relpath):
        return "the notebook"


class NamespaceLearner(client.LearnerCode):
    """Calls the notebook's own functions, in this kernel, with a time limit where possible."""

    def __init__(self, submission, modules, limits=client.Limits()):
        super().__init__(submission, modules, limits)
        self.isolation = {"namespaces": "off: in the notebook's kernel", "filesystem": "off: in the notebook's kernel"}
        self._harness = None

    def _ensure_started(self):
        if self._harness is not None:
            return
        package = f"notebook_{uuid.uuid4().hex[:12]}"
        cells = {os.path.dirname(v.__code__.co_filename) for v in self.submission.namespace.values()
                 if inspect.isfunction(v) and v.__code__.co_filename.endswith(".py")}
        folder = sorted(cells)[0] if cells else tempfile.gettempdir()
        self._harness = Harness(folder, self.limits.output_kib * 1024, package=package)
        for dotted in self.modules:
            sys.modules[f"{package}.{dotted}"] = NamespaceModule(f"{package}.{dotted}", self.submission.namespace)

    def close(self):
        if self._harness is not None:
            for dotted in self.modules:
                sys.modules.pop(f"{self._harness.package}.{dotted}", None)

    def _exchange(self, header, blobs, timeout):
        alarm = threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer")
        if alarm:
            def expire(signum, frame):
                raise _CallTimedOut

            previous = signal.signal(signal.SIGALRM, expire)
            signal.setitimer(signal.ITIMER_REAL, timeout)
        try:
            response, out_blobs = self._harness.handle(header, blobs)
        except _CallTimedOut:  # it fired outside the learner's call: treat it the same
            response, out_blobs = {"ok": False, "error": {"type": "_CallTimedOut"}}, []
        finally:
            if alarm:
                signal.setitimer(signal.ITIMER_REAL, 0)
                signal.signal(signal.SIGALRM, previous)
        error = response.get("error") or {}
        if not response.get("ok") and error.get("type") == "_CallTimedOut":
            return client.LearnerError("timeout"), []
        return text.clean_tree(json.loads(json.dumps(response))), out_blobs


def _week(week_id=None, session=None, function=None):
    """The week a grading cell is about: the one it names, else the only week whose ``session``
    has ``function`` in its contract (notebooks released before cells named their week)."""
    from graders import course
    from graders.course.installed import catalog

    if week_id:
        return course.get(week_id)
    fitting = [entry for entry in catalog().values() if session is None or any(
        function in functions for functions in entry.sessions.get(session, {}).values())]
    return fitting[0].load() if len(fitting) == 1 else course.resolve()


def _seed():
    value = os.environ.get("GRADERS_SEED", "")
    return int(value) if value.isdigit() else secrets.randbelow(1_000_000)


def _run(week, namespace, sessions, seed, handed_in=None):
    from graders.grading.runner import GradingRun

    return GradingRun(week, NamespaceSubmission(namespace, handed_in), sessions, seed=seed,
                      learner_class=NamespaceLearner)


def grade(session, function, namespace=None, week=None):
    """Grade every check of ``function`` in ``session`` of ``week`` (an id); print the report;
    return the points when some are missing (a plain float, for nbgrader's partial credit),
    else nothing."""
    namespace = namespace if namespace is not None else sys._getframe(1).f_globals
    seed = _seed()
    printed = io.StringIO()
    with contextlib.redirect_stderr(printed), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            with _run(_week(week, session, function), namespace, [session], seed) as run:
                results = [run.result(c.id) for c in run.week.session(session).checks if c.function == function]
        except Exception as exc:  # a broken grader must not look like the learner's fault, nor crash the cell
            print(f"The grader could not run ({type(exc).__name__}: {exc}). Please report this.")
            return 0.0
    earned = sum(r.earned for r in results)
    total = sum(r.spec.points for r in results)
    for result in results:
        print(report.check_line(result, width=100))
        for line in report.feedback_lines(result, indent="    ", width=100):
            print(line)
    print(f"{function}: {earned}/{total} points (seed {seed})")
    return None if earned == total else float(earned)


def results_document(namespace, sessions=None, seed=None, handed_in=None, week=None):
    """{"document": results.json, "text": the text report} for the given sessions of ``week``
    (an id; default: every session; those not in ``handed_in`` are reported as not submitted)."""
    import time

    week = _week(week)
    sessions = sessions or [s.id for s in week.sessions]
    started = time.perf_counter()
    with contextlib.redirect_stderr(io.StringIO()), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with _run(week, namespace, sessions, _seed() if seed is None else seed, handed_in) as run:
            scores = run.scores()
    document = report.gradescope(run, scores, time.perf_counter() - started)
    hint = f"repeat with: python -m graders grade --notebook FILE --seed {run.seed}"
    return {"document": document, "text": report.text(run, scores, hint)}
