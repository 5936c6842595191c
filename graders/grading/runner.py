"""Running a week's checks on one submission: order, prerequisites, points, results."""
import os
import secrets
import time
import traceback
from dataclasses import dataclass, field

from graders.course.checks import Trial
from graders.compare import formatting as fmt
from graders.course.failure import Fail
from graders.learner import LearnerProcess, Limits, Submission
from graders.learner.notebook_submission import NotebookSubmission
from graders.learner.client import LearnerStartError


@dataclass
class CheckResult:
    spec: object  # CheckSpec
    status: str  # passed | failed | skipped | not_submitted (no file of the learner holds its session)
    message: str = ""
    pitfall: object = None  # Pitfall
    seconds: float = 0.0
    output: str = ""  # what the learner's code printed during the check
    details: dict = field(default_factory=dict)

    @property
    def passed(self):
        return self.status == "passed"

    @property
    def earned(self):
        return self.spec.points if self.passed else 0

    @property
    def feedback(self):
        """The message a learner reads: the fact, then the named pitfall if one matched."""
        text = self.message
        if self.pitfall is not None:
            text += f"\nLikely mistake, {self.pitfall.name}: {self.pitfall.explain}"
        return text

    @property
    def hint(self):
        return self.spec.hints[0] if self.spec.hints and self.status == "failed" else ""


@dataclass
class SessionScore:
    session: object  # SessionSpec
    results: list  # the checks graded: every check of the session, or (pytest -k …) some of them

    @property
    def earned(self):
        return sum(r.earned for r in self.results)

    @property
    def max_points(self):
        return sum(r.spec.points for r in self.results)

    @property
    def remaining(self):
        return sum(not r.passed for r in self.results)

    @property
    def whole(self):
        """Was every check of the session graded?"""
        return {r.spec.id for r in self.results} == {c.id for c in self.session.checks}

    @property
    def ungraded(self):
        """The session's checks that this run did not grade."""
        graded = {r.spec.id for r in self.results}
        return [c for c in self.session.checks if c.id not in graded]

    @property
    def complete(self):
        """Every check of the session graded, and passed: the only state that earns "complete"."""
        return self.whole and self.remaining == 0

    @property
    def submitted(self):
        """Did the learner hand this session in (some file of theirs holds it)?"""
        return not self.results or any(r.status != "not_submitted" for r in self.results)


class GradingRun:
    """Grades the given sessions of one submission. Use as a context manager."""

    def __init__(self, week, root, sessions=None, seed=None, limits=None, shown_root=None,
                 learner_class=LearnerProcess, process=None):
        self.week = week
        # A path, or anything with the Submission interface (a notebook's namespace, say).
        self.submission = Submission(root, shown_root) if isinstance(root, (str, os.PathLike)) else root
        ids = sessions or [s.id for s in week.sessions]
        self.sessions = [week.session(s) for s in ids]
        self.seed = secrets.randbelow(1_000_000) if seed is None else int(seed)
        modules = [m for s in self.sessions for m in s.dotted_modules]
        # A process may be shared by several runs of one submission (seed sweeps); its owner closes it.
        self._owns_process = process is None
        self.process = process or learner_class(self.submission, modules, limits or Limits())
        self.process.contract = {f"{s.id}.{m}": list(functions) for s in week.sessions
                                 for m, functions in s.modules.items()}
        self._results = {}
        self._tampered = None  # computed on first use: (kind, file, Breach) or False
        self._handed_in = {}  # session id → does a file of the learner hold it
        self._started = None  # when the first check began: the budget counts from there

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self):
        if self._owns_process:
            self.process.close()

    # ------------------------------------------------------------ results

    def results(self):
        return [self.result(c.id) for s in self.sessions for c in s.checks]

    def scores(self):
        return [SessionScore(s, [self.result(c.id) for c in s.checks]) for s in self.sessions]

    def result(self, check_id):
        if check_id not in self._results:
            self._results[check_id] = self._grade(self.week.checks[check_id])
        return self._results[check_id]

    def handed_in(self, session):
        """Does some file of the learner hold ``session`` (a SessionSpec)?"""
        if session.id not in self._handed_in:
            self._handed_in[session.id] = self.submission.covers(session.id, session.modules)
        return self._handed_in[session.id]

    def notes(self):
        """What the learner should know about the submission as a whole: notebook cells that
        were skipped and why, files that could not be read, which notebook counts."""
        found = list(self.submission.notes)
        explain = getattr(self.submission, "explain_cell_error", None)
        if explain is not None:  # what the cells did when they ran (never started here: the run may be over)
            for dotted, error in sorted(getattr(self.process, "startup_errors", {}).items()):
                if error.type == "not_run":
                    found.append(f"{self.submission.display(dotted.replace('.', '/') + '.py')} was not run: the "
                                 f"notebooks' cells had used up their {error.seconds:g} s.")
                else:
                    found.append(explain(dotted, error))
        return [note for note in found if note]

    def _grade(self, spec):
        """Run one check. A check whose prerequisites fail still runs: points follow the code."""
        session = self.week.session(spec.session)
        if not self.handed_in(session):
            return CheckResult(spec, "not_submitted", f"not submitted: none of the files handed in holds "
                               f"{session.name}.", details={"not_submitted": True})
        failing = [self.result(r) for r in spec.requires if not self.result(r).passed]
        result = self._run(spec)
        if result.passed or not failing:
            return result
        first = failing[0]
        if result.details.get("not_written") and first.spec.function == spec.function:
            # The same function is not written yet: one line, not the same message twice.
            return CheckResult(spec, "skipped", f"skipped: `{spec.function}` is not written yet "
                               f"(see {first.spec.short})", details={"blocked_by": first.spec.short,
                                                                    "not_written": True})
        note = (f"\nThis check builds on {first.spec.short}, which fails too; this failure may come from the "
                "same mistake, so fix that one first.")
        details = dict(result.details, blocked_by=first.spec.short)
        return CheckResult(spec, result.status, result.message + note, result.pitfall, result.seconds,
                           result.output, details)

    def budget_left(self):
        """Seconds of this submission's wall-clock budget left (all checks, restarts included)."""
        if self._started is None:
            # Starting counts once, outside the budget: a notebook's cells have their own limits,
            # and the first start's cost must not depend on how busy the machine is.
            self.process.start()
            self._started = time.monotonic()
        return self.process.limits.budget_seconds - (time.monotonic() - self._started)

    def expect_budget_left(self):
        """Fail the current check once the budget is spent: one submission never costs more."""
        if self.budget_left() <= 0:
            graded = sum(1 for r in self._results.values() if not r.details.get("over_budget"))
            raise Fail(f"Not graded: the code of this submission used up its time budget of "
                       f"{self.process.limits.budget_seconds:g} s (imports, calls and restarts after crashes, "
                       f"over {graded} checks). Look for slow work at import time, endless loops, or code "
                       "that ends the process (os._exit), which makes every later check start it again.",
                       details={"over_budget": True})

    def _run(self, spec):
        problem = self._static_problem(spec)
        if problem:
            return CheckResult(spec, "failed", problem.message, self._pitfall(problem.pitfall))
        try:
            self.expect_budget_left()
        except Fail as failure:
            return CheckResult(spec, "failed", failure.message, details=failure.details)
        trial = Trial(self, spec, self.seed)
        started = time.perf_counter()
        try:
            self.week.implementations[spec.id](trial)
        except Fail as failure:
            status, message, pitfall, details = "failed", failure.message, failure.pitfall, failure.details
            if trial.last is not None and trial.last.error is not None and trial.last.error.type == "NotImplementedError":
                details = dict(details, not_written=True)
        except LearnerStartError:
            raise  # the grader cannot run learner code at all: no grade is better than a wrong one
        except Exception as exc:  # a bug in the grader: say so, keep grading the rest
            status, pitfall, details = "failed", None, {"traceback": traceback.format_exc()}
            message = (f"The grader itself failed on this check ({type(exc).__name__}: {str(exc)[:200]}). "
                       "This is a bug in the grader, not necessarily in your code; please report it.")
        else:
            status, message, pitfall, details = "passed", "", None, {}
        return CheckResult(spec, status, message, self._pitfall(pitfall), time.perf_counter() - started,
                           "".join(trial.output)[:4000], details)

    def _pitfall(self, pitfall_id):
        if pitfall_id is None:
            return None
        return self.week.pitfalls.get(pitfall_id)

    def _located(self, module, function):
        """Where the function that runs under ``function``'s name was defined, as the learner
        process saw it after importing ``module`` ({"kind", "file", "line"}), or None."""
        try:
            self.process.start()
        except LearnerStartError:
            raise
        described = getattr(self.process, "described", {}).get(module)
        return described.get(function) if described else None

    def _tampering(self):
        """Code of the submission that runs with every check (see Submission.tampering), once."""
        if self._tampered is None:
            contract = {m for s in self.week.sessions for m in s.dotted_modules}
            self._tampered = self.submission.tampering(contract) or False
        return self._tampered or None

    def _static_problem(self, spec):
        """Problems visible in the source files alone: missing file, syntax error, banned import."""
        session = self.week.session(spec.session)
        found = self._tampering_problem(spec) or self._file_problem(spec, session)
        for function in spec.functions:
            found = found or self._rule_problem(spec, session.module_of(function), function)
        return found

    def _tampering_problem(self, spec):
        """Code anywhere in the submission that reaches the grader, or that no rule can read."""
        tampered = self._tampering()
        if tampered is not None:
            kind, shown, breach = tampered
            code = f": `{breach.code}`" if breach.code else ""
            place = f"{breach.what} ({shown}, line {breach.line}{code})"
            if kind == "grader":
                return Fail(f"This submission has code that {place}, and that code runs with every check. "
                            "The grader's own checks and reference answers are not part of the exercise: a "
                            "submission that reaches into them earns nothing.", pitfall="uses_the_grader")
            if spec.forbid_imports or spec.by_hand:
                rule = "written from scratch" if spec.forbid_imports else "derived by hand"
                return Fail(f"This submission has code that {place}, and that code runs with every check (it "
                            f"is at the top level of a file, or in a file that is not an exercise file). This "
                            f"exercise must be {rule}, and the grader checks that by reading your code; code "
                            "built or looked up while it runs (exec, eval, compile, __import__, importlib, "
                            "frames, sys.modules) cannot be read, so this check gets no credit while that line "
                            "is there.", pitfall="unreadable_code")
        return None

    def _file_problem(self, spec, session):
        """A contract file that is missing, unreadable, or does not parse."""
        for function in spec.functions:
            source = self.submission.module(session.module_of(function))
            if source.text is None:
                problem = getattr(source, "problem", None) or "is missing (or unreadable)"
                return Fail(f"{source.shown} {problem}, so `{function}` cannot be graded.")
            syntax = source.syntax_problem
            if syntax:
                code = f": `{syntax.code}`" if syntax.code else ""
                return Fail(f"{source.shown} has a syntax error on line {syntax.line} ({syntax.message}){code}. "
                            "Python cannot run any of that file until it is fixed.")
        return None

    def _rule_problem(self, spec, module, function):
        """``function`` breaking the check's rules: by hand, from scratch, the grader left alone."""
        located = self._located(module, function) if (spec.forbid_imports or spec.by_hand) else None
        if located is not None and located.get("kind") not in ("function", "missing"):
            rule = "written from scratch" if spec.forbid_imports else "derived by hand"
            return Fail(f"`{function}` is not a function the grader can read: when your code has run, the "
                        f"name holds a {located['kind']} (from a library, or built while the code runs), "
                        f"not a `def` of yours. This exercise must be {rule}, and the grader checks that by "
                        "reading your code, so this check gets no credit while it is so.",
                        pitfall="unreadable_code")
        found = self.submission.escape(module, function, dynamic=bool(spec.forbid_imports or spec.by_hand),
                                       located=located)
        if found:
            shown, breach = found
            code = f": `{breach.code}`" if breach.code else ""
            place = f"{breach.what} ({shown}, line {breach.line}{code})"
            if breach.what.startswith(("imports graders", "names the grader", "uses the grader")):
                return Fail(f"`{function}` can reach code that {place}. The grader's own checks and "
                            "reference answers are not part of the exercise: code that uses them earns "
                            "nothing, so this check gets no credit.", pitfall="uses_the_grader")
            rule = ("written from scratch" if spec.forbid_imports else "derived by hand")
            return Fail(f"`{function}` can reach code that {place}. This exercise must be {rule}, and "
                        "the grader checks that by reading your code; code that is built or looked up "
                        "while it runs (exec, eval, compile, __import__, importlib, frames, sys.modules) "
                        "cannot be read, so this check gets no credit while that line is there.",
                        pitfall="unreadable_code")
        if spec.forbid_imports:
            found = self.submission.policy_breach(module, function, banned_modules=spec.forbid_imports,
                                                  located=located)
            if found:
                return Fail(f"`{function}` {_breach_place(function, *found)}. This exercise is to "
                            f"be written from scratch, so `{function}` gets no credit while it uses "
                            f"{', '.join(spec.forbid_imports)}.", pitfall="library_instead_of_scratch")
        if spec.by_hand:
            found = self.submission.policy_breach(module, function, calculus=True, located=located)
            if found:
                return Fail(f"`{function}` {_breach_place(function, *found)}: sympy would be doing "
                            "the calculus. Derive the result by hand and write it with sympy functions such "
                            "as sp.exp and sp.cos.", pitfall="sympy_did_the_calculus")
        return None

    # ------------------------------------------------------------ messages about calls

    def explain_error(self, session, function, error, given):
        """A sentence for the learner about why calling ``function`` produced no value."""
        module = session.module_of(function)
        shown = self.submission.module(module).shown
        inputs = fmt.inputs(given)
        for_inputs = f" for {inputs}" if inputs else ""
        where = _where(error.where)
        if error.kind == "grader":
            return (f"{shown} {error.message} when it is imported. The grader's own checks and reference answers "
                    f"are not part of the exercise: code that uses them earns nothing, so `{function}` gets no "
                    "credit.")
        if error.kind == "import":
            return self._explain_import(shown, error, where)
        if error.kind == "missing":
            elsewhere = getattr(self.submission, "missing_message", lambda *a: None)(session.id, function)
            if elsewhere:
                return elsewhere
            if isinstance(self.submission, NotebookSubmission):
                return (f"{shown} defines no function `{function}`. Check that its cell runs without an error "
                        "and that the name is spelled as in the exercise.")
            return f"{shown} has no function `{function}`. Keep the name and signature from the exercise."
        if error.kind == "blocked":
            return (f"`{function}` was not run: it calls `{error.type}`, which did not finish within "
                    f"{error.seconds:g} s in an earlier check. Fix `{error.type}` first.")
        if error.kind == "timeout":
            return (f"`{function}` did not finish within {error.seconds:g} s{for_inputs}: timed out after "
                    f"{error.seconds:g} s. Look for a loop that never ends, or work that grows too fast.")
        if error.kind == "crashed":
            return (f"The process running `{function}` ended while it ran{for_inputs} (os._exit, a hard "
                    "crash, or the memory limit). The other checks were still graded.")
        if error.kind == "memory":
            return (f"`{function}` used more than {self.process.limits.memory_mib} MiB of memory{for_inputs} "
                    f"(MemoryError{where}).")
        if error.kind == "protocol":
            return f"`{function}` produced something the grader could not read ({error.message})."
        if error.type == "NotImplementedError":
            return (f"`{function}` is not written yet: it still raises NotImplementedError. "
                    f"Replace the `# TODO` in {shown} with your code.")
        if error.type == "SystemExit":
            return f"`{function}` called sys.exit() ({error.message}){for_inputs}. Return a value instead of exiting."
        if error.type == "RecursionError":
            return f"`{function}` recursed too deeply{for_inputs} (RecursionError{where}): does it call itself without end?"
        if error.type == "OSError" and "No space left on device" in error.message:
            return (f"`{function}` wrote more than learner code may write in total "
                    f"({self.process.limits.disk_mib} MiB, all files together){for_inputs}: {error.message}{where}. "
                    "Nothing in this week's exercises needs to write files.")
        detail = f": {error.message}" if error.message else ""
        return f"`{function}` raised {error.type}{for_inputs}{detail}{where}."

    def _explain_import(self, shown, error, where):
        if error.type == "timeout":
            return (f"Importing {shown} did not finish within {self.process.limits.import_seconds:g} s. "
                    "Is there an infinite loop at the top level of the file (outside any function)?")
        if error.type == "crashed":
            return f"Importing {shown} ended the process that runs your code (os._exit or a crash at the top level?)."
        if error.type == "SyntaxError":
            return f"{shown} could not be imported: a file it imports has a syntax error{where}."
        if error.type == "SystemExit":
            return f"{shown} calls sys.exit() while being imported{where}. Remove top-level code that exits."
        if error.type == "ModuleNotFoundError":
            missing = error.message.replace("No module named ", "").strip("'\"")
            if missing.split(".")[0] in _sibling_names(self.week):
                advice = (f" Import the files of a session relatively, e.g. `from .{missing.split('.')[-1]} import …`, "
                          "so that the folder can be graded wherever it is.")
            else:
                advice = f" `{missing}` is not available to the grader; use numpy, sympy and matplotlib."
            return f"{shown} could not be imported: {error.message}{where}.{advice}"
        detail = f": {error.message}" if error.message else ""
        return f"{shown} raised {error.type} while being imported{detail}{where}."


def _breach_place(function, shown, name, breach):
    """"calls diff (session_a/chain_rule.py, line 12: `return sp.diff(...)`)", naming a helper it is in."""
    code = f": `{breach.code}`" if breach.code else ""
    helper = f"calls `{name}`, which " if name != function else ""
    line = f", line {breach.line}" if breach.line else ""
    return f"{helper}{breach.what} ({shown}{line}{code})"


def _where(where):
    if not where:
        return ""
    code = f": `{where['code'].strip()}`" if where.get("code") else ""
    return f" ({where['file']}, line {where['line']}{code})"


def _sibling_names(week):
    names = {"exercises", "solutions", "submission"}
    for session in week.sessions:
        names.add(session.id)
        names.update(session.modules)
    return names
