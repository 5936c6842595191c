"""The pytest plugin: ``pytest exercises/session_b`` grades that session.

Registered through the ``pytest11`` entry point, so it is active in every pytest run
of the environment; it only acts when a command-line path points into a submission
(a folder laid out like exercises/). Importing this module is cheap on purpose.
"""
import shutil
from pathlib import Path

import pytest

SEED_HELP = ("graders: the random seed for the test inputs. Every report prints the one it used; "
             "pass it again to repeat a run exactly.")
KEY = pytest.StashKey()


def pytest_addoption(parser):
    group = parser.getgroup("graders", "grading exercises (graders)")
    group.addoption("--seed", type=int, default=None, metavar="N", help=SEED_HELP)


class GradingState:
    """What this pytest run grades: one GradingRun per submission folder."""

    def __init__(self, config, targets):
        self.config = config
        self.targets = targets  # resolved command-line paths inside submissions
        self.runs = {}  # submission root → GradingRun
        self.items = []

    def claims(self, path):
        """Is ``path`` on the way to (or is it) a command-line path inside a submission?"""
        return any(path == t or path in t.parents for t in self.targets)

    def run_for(self, root, week, sessions):
        if root not in self.runs:
            from graders.grading.runner import GradingRun

            shown = _relative(root, self.config.invocation_params.dir)
            self.runs[root] = GradingRun(week, root, sessions, seed=self.config.getoption("seed"),
                                         shown_root=shown)
        return self.runs[root]

    def close(self):
        for run in self.runs.values():
            run.close()

    @pytest.hookimpl(trylast=True)
    def pytest_runtest_logreport(self, report):
        """A failed check's message and hint, under its line."""
        result = getattr(report, "graders", None)
        if result is None or result.status != "failed":
            return  # a skip's reason is already on its line
        reporter = self.config.pluginmanager.get_plugin("terminalreporter")
        if reporter is None or reporter.verbosity < 1:
            return
        from graders.grading import report as text

        reporter.ensure_newline()
        width = shutil.get_terminal_size((100, 20)).columns
        for line in text.feedback_lines(result, indent="    ", width=width):
            reporter.write_line(line)


def _relative(path, base):
    try:
        return str(path.relative_to(base)) or "."
    except ValueError:
        return str(path)


def _maybe_submission(path, sessions):
    """A cheap look before importing anything heavy: is a week's session folder around?"""
    for candidate in (path, *list(path.parents)[:3]):
        if candidate.name in sessions or any(p.name in sessions for p in candidate.iterdir() if p.is_dir()):
            return True
    return False


def _targets(config):
    from graders.course.installed import session_ids

    base = Path(config.invocation_params.dir)
    sessions = session_ids()  # from the weeks' week.toml files only: nothing heavy yet
    found = []
    for arg in config.args:
        path = (base / str(arg).split("::")[0]).resolve()
        if path.exists() and _maybe_submission(path if path.is_dir() else path.parent, sessions):
            found.append(path)
    if not found:
        return []
    from graders.caches import keep_in_repo
    from graders.learner.launcher import Zygote

    keep_in_repo()
    Zygote.prestart()  # the learner process warms up while we load the week and pytest collects
    from graders import course

    return [p for p in found if any(course.week_for(a) is not None for a in (p, *p.parents))]


@pytest.hookimpl(tryfirst=True)
def pytest_configure(config):
    try:
        targets = _targets(config)
    except OSError:
        targets = []
    if not targets:
        return
    config.stash[KEY] = state = GradingState(config, targets)
    config.pluginmanager.register(state, "graders-grading-state")  # its hooks see the run's config
    # One line per check and our own messages, instead of tracebacks.
    if config.option.verbose == 0:
        config.option.verbose = 1
    if config.option.tbstyle == "auto":
        config.option.tbstyle = "no"
    if config.option.reportchars in ("fE", "fEs", ""):
        config.option.reportchars = "N"


def pytest_unconfigure(config):
    state = config.stash.get(KEY, None)
    if state is not None:
        state.close()


@pytest.hookimpl(tryfirst=True)
def pytest_collect_directory(path, parent):
    state = parent.config.stash.get(KEY, None)
    if state is None or not state.claims(path):
        return None
    from graders import course

    week = course.week_for(path)
    if week is None:
        return None
    return SubmissionDir.from_parent(parent, path=path, week=week)


class SubmissionDir(pytest.Directory):
    """A folder laid out like exercises/: one child per session present."""

    def __init__(self, *args, week, **kwargs):
        super().__init__(*args, **kwargs)
        self.week = week

    def collect(self):
        for session in self.week.sessions:
            if (self.path / session.id).is_dir():
                yield SessionDir.from_parent(self, path=self.path / session.id, week=self.week, spec=session)


class SessionDir(pytest.Directory):
    """One session folder: its contract modules, in course order."""

    def __init__(self, *args, week, spec, **kwargs):
        super().__init__(*args, **kwargs)
        self.week = week
        self.spec = spec

    def collect(self):
        for module in self.spec.modules:
            yield ModuleNode.from_parent(self, path=self.path / f"{module}.py", week=self.week,
                                         spec=self.spec, module=module)


class ModuleNode(pytest.File):
    """One contract module (bce.py …): the checks whose function lives in it."""

    def __init__(self, *args, week, spec, module, **kwargs):
        super().__init__(*args, **kwargs)
        self.week, self.spec, self.module = week, spec, module

    def collect(self):
        for check in self.spec.checks:
            if self.spec.module_of(check.function) == f"{self.spec.id}.{self.module}":
                yield CheckItem.from_parent(self, name=check.short, spec=check)


class CheckFailed(Exception):
    pass


class CheckItem(pytest.Item):
    def __init__(self, *args, spec, **kwargs):
        super().__init__(*args, **kwargs)
        self.spec = spec
        self.result = None

    @property
    def grading_run(self):
        state = self.config.stash[KEY]
        root = self.path.parent.parent
        sessions = sorted({i.spec.session for i in state.items if i.path.parent.parent == root},
                          key=[s.id for s in self.parent.week.sessions].index)
        return state.run_for(root, self.parent.week, sessions)

    def runtest(self):
        from graders.learner.launcher import LearnerStartError

        try:
            self.result = self.grading_run.result(self.spec.id)
        except LearnerStartError as exc:
            pytest.exit(f"graders: {exc}", returncode=3)
        if self.result.status == "skipped":
            pytest.skip(f"needs {self.result.details['blocked_by']}")
        if self.result.status == "failed":
            raise CheckFailed(self.result.feedback)

    def repr_failure(self, excinfo, style=None):
        if isinstance(excinfo.value, CheckFailed):
            return str(excinfo.value)
        return super().repr_failure(excinfo)

    def reportinfo(self):
        return self.path, None, self.spec.id


def pytest_collection_modifyitems(session, config, items):
    state = config.stash.get(KEY, None)
    if state is not None:
        state.items = [i for i in items if isinstance(i, CheckItem)]


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    if isinstance(item, CheckItem) and call.when == "call" and item.result is not None:
        outcome.get_result().graders = item.result


def pytest_report_teststatus(report, config):
    result = getattr(report, "graders", None)
    if result is None or report.when != "call":
        return None
    points = f"{result.earned}/{result.spec.points}"
    if result.status == "passed":
        return "passed", ".", (f"PASS {points}", {"green": True})
    if result.status == "skipped":
        return "skipped", "s", (f"SKIP {points}", {"yellow": True})
    return "failed", "F", (f"FAIL {points}", {"red": True})


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    state = config.stash.get(KEY, None)
    if state is None or not state.runs:
        return
    from graders.grading import report

    for run in state.runs.values():
        done = {i.spec.id for i in state.items if i.result is not None}
        scores = [s for s in run.scores() if any(r.spec.id in done for r in s.results)]
        for score in scores:
            score.results = [r for r in score.results if r.spec.id in done]
        if not scores:
            continue
        terminalreporter.section(f"grades for {run.submission.shown_root}", sep="=")
        root = run.submission.shown_root

        def whole(session, root=root):
            return f"pytest {root}/{session.id}" if root not in ("", ".") else f"pytest {session.id}"

        for line in report.summary_lines(scores, run.week, whole):
            terminalreporter.write_line(line)
        terminalreporter.write_line(f"seed {run.seed}: add --seed {run.seed} to repeat this run exactly")
        terminalreporter.write_line("see it with pictures: " + report_command(run, scores))


def report_command(run, scores):
    """The `python -m graders report` command that shows these sessions of this submission."""
    from graders.course.installed import catalog, week_for

    command = "python -m graders report"
    if len(scores) == 1:
        command += " " + scores[0].session.key
    found = week_for(run.submission.root) if len(catalog()) > 1 else run.week
    if found is None or found.id != run.week.id:  # the folder alone would not say which week
        command += f" --week {run.week.id}"
    if run.submission.shown_root not in ("exercises", "./exercises"):
        command += f" --submission {run.submission.shown_root}"
    return command + " --open"


def pytest_sessionfinish(session, exitstatus):
    state = session.config.stash.get(KEY, None)
    if state is None:
        return
    if any(i.result is not None and not i.result.passed for i in state.items) and session.exitstatus == 0:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
