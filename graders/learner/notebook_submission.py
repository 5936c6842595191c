"""A learner who hands in notebooks (one, several, or beside a folder of .py files).

Each notebook runs in its own namespace, as in its own kernel, cell by cell: the learner
process imports one small module per cell, so every cell has its own time limit and a cell
that fails (or does not parse) is skipped with a note while the rest still runs. Each session
is graded from the one source that holds most of the learner's work on it: a notebook, or
the .py files of the folder.
"""
import ast
import re
from functools import cached_property
from pathlib import Path

from graders.learner import cells as cell_reader
from graders.learner import intake, text
from graders.learner.submission import ParsedSource, Submission, definitions

PACKAGE = """\"\"\"One notebook's namespace, as in its kernel: its cells run here, each from its run_NNN module.\"\"\"


class _NoShell:
    \"\"\"get_ipython() for a notebook graded outside Jupyter: magics and shell lines do nothing.\"\"\"

    def run_line_magic(self, *args, **kwargs):
        return None

    def run_cell_magic(self, *args, **kwargs):
        return None

    def system(self, *args, **kwargs):
        return None

    def getoutput(self, *args, **kwargs):
        return []

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        return lambda *args, **kwargs: None


_shell = _NoShell()
del _NoShell


def get_ipython():
    return _shell


def display(*objects, **kwargs):
    return None


__name__ = "__main__"  # as in a kernel: `if __name__ == "__main__":` blocks run
"""
# Each cell's runner lives outside the namespace: no cell can call it to run a file of its own.
RUN_CELL = """import os as _os
import sys as _sys

_path = _os.path.join(_os.path.dirname(__file__), "cell_{number:03d}.py")
with open(_path, encoding="utf-8") as _file:
    exec(compile(_file.read(), _path, "exec"), _sys.modules[__package__].__dict__)
"""
CELL_FILE = re.compile(r"(_*notebook_\d+)/(?:cell|run)_(\d+)\.py")
MAX_NOTEBOOKS = 20
LONE_FUNCTIONS = 2  # a notebook hands a session in when it defines at least this many of its functions


def is_stub(node):
    """A function the learner has not written yet: a docstring and `raise NotImplementedError` at most."""
    if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
        return False  # a lambda, or a value: written code
    body = [n for n in node.body if not (isinstance(n, ast.Expr) and isinstance(n.value, ast.Constant))]
    if not body:
        return True
    if len(body) != 1 or not isinstance(body[0], ast.Raise) or body[0].exc is None:
        return isinstance(body[0], ast.Pass) and len(body) == 1
    raised = body[0].exc.func if isinstance(body[0].exc, ast.Call) else body[0].exc
    return isinstance(raised, ast.Name) and raised.id == "NotImplementedError"


class NotebookSource(ParsedSource):
    """One notebook's runnable code cells, read by the static rules as one module."""

    def __init__(self, shown, package, cells=None, problem=None):
        self.shown = shown  # the notebook's file name, as the learner knows it
        self.package = package  # notebook_1 …: where its cells run in the learner's copy
        self.cells = cells or []
        self.problem = problem  # why it cannot be read, or None
        self.syntax_problem = None  # a cell that does not parse is skipped, with a note, not the notebook
        self.offsets = {}  # cell number → lines of the joined text before it
        joined = []
        for cell in self.cells:
            self.offsets[cell.number] = sum(part.count("\n") for part in joined)
            joined.append(cell.python if cell.python.endswith("\n") else cell.python + "\n")
        self.text = "".join(joined) if problem is None else None

    def _dynamic(self, node):
        # A notebook is no package: a relative import can only reach the grader's copy of it.
        if isinstance(node, ast.ImportFrom) and node.level:
            return f"imports from {'.' * node.level}{node.module or ''} (a notebook has no package)"
        return super()._dynamic(node)

    @property
    def runnable(self):
        return [c for c in self.cells if c.role != "grading" and c.tree is not None]

    @cached_property
    def trees(self):
        return [ast.increment_lineno(ast.parse(cell.python), self.offsets[cell.number]) for cell in self.runnable]

    def defined(self, functions, written_only=False):
        """How many of ``functions`` the learner's own cells define (given cells left out)."""
        found = {}
        for cell in self.runnable:
            if cell.role != "answer":
                continue
            for name, node in definitions(cell.tree):
                if name in functions:
                    found[name] = node
        return sum(1 for node in found.values() if not (written_only and is_stub(node)))


def _folder_count(folder, session, modules, written_only):
    """How many of a session's functions the folder's .py files define (written, not stubs)."""
    count = 0
    for module, functions in modules.items():
        source = folder._module_file(f"{session}.{module}")
        for name in functions:
            node = source.functions.get(name)
            count += node is not None and not (written_only and is_stub(node))
    return count


class NotebookSubmission(Submission):
    """Notebooks, and perhaps a folder of .py files beside them, graded together.

    ``notebooks``: [(name shown to the learner, path)]; ``contract``: {session: {module:
    functions}}; ``root``: a folder laid out like exercises/ whose files count too, or None.
    """

    def __init__(self, notebooks, contract, root=None, shown_root=None, problems=None, unreadable=None,
                 session_names=None):
        folder = root if root is not None else Path(notebooks[0][1]).parent if notebooks else Path(".")
        super().__init__(folder, shown_root=shown_root if shown_root is not None else
                         (notebooks[0][0] if len(notebooks) == 1 else None), problems=problems)
        self.has_folder = root is not None
        self.contract = contract
        self.session_names = dict(session_names or {})  # session id → "Session B", as week.toml names it
        self.sources = []
        prefix = "notebook"
        while self.has_folder and any((self.root / f"{prefix}_{n}").exists() for n in range(1, MAX_NOTEBOOKS + 1)):
            prefix = "_" + prefix  # a learner's own folder of that name stays theirs
        for number, (shown, path) in enumerate(notebooks[:MAX_NOTEBOOKS], 1):
            shown = text.name(shown)
            if unreadable and shown in unreadable:  # found when the submission was packed (a batch job)
                self.sources.append(NotebookSource(shown, f"{prefix}_{number}", problem=unreadable[shown]))
                continue
            try:
                self.sources.append(NotebookSource(shown, f"{prefix}_{number}", cell_reader.read(path)))
            except (cell_reader.Unreadable, intake.NotRegular) as exc:
                self.sources.append(NotebookSource(shown, f"{prefix}_{number}", problem=exc.why))
            except OSError as exc:
                self.sources.append(NotebookSource(shown, f"{prefix}_{number}",
                                                   problem=f"cannot be read ({exc.strerror})"))
        # .py files beside each notebook: a cell that imports one is told why that cannot work here
        self._beside = {}
        for shown, path in notebooks[:MAX_NOTEBOOKS]:
            folder = Path(path).parent
            self._beside[text.name(shown)] = {e.path.stem for e in intake.walk(folder, max_depth=1, max_entries=500)
                                              if e.kind == "file" and e.path.suffix == ".py"} if folder.is_dir() else set()
        self._extra = [f"{text.name(shown)}: not graded, a submission holds at most {MAX_NOTEBOOKS} notebooks"
                       for shown, _ in notebooks[MAX_NOTEBOOKS:]]
        self._lone = {}  # session → the notebook that defines one of its functions, and no more
        self.assigned = {session: self._choose(session, modules) for session, modules in contract.items()}

    def _choose(self, session, modules):
        """The notebook (or "folder") a session is graded from, or None when nothing holds it."""
        functions = {f for names in modules.values() for f in names}
        readable = [s for s in self.sources if s.problem is None]
        ranked = []  # (written, defined, prefer the folder, then the later notebook), source
        for order, source in enumerate(readable):
            ranked.append(((source.defined(functions, True), source.defined(functions), 0, order), source))
        if self.has_folder:
            ranked.append(((_folder_count(self, session, modules, True), _folder_count(self, session, modules, False),
                            1, 0), "folder"))
        # One function is a helper (the chain-rule notebook's sigmoid), not a session handed in.
        enough = min(LONE_FUNCTIONS, len(functions))
        lone = [source for (_, defined, is_folder, _), source in ranked if not is_folder and 0 < defined < enough]
        ranked = [item for item in ranked if item[0][1] >= (enough if not item[0][2] else 1)]
        if not ranked and lone:
            self._lone[session] = lone[0]
        if not ranked:
            return "folder" if self.has_folder and Submission.covers(self, session, modules) else None
        return max(ranked, key=lambda item: item[0])[1]

    # -- the Submission interface

    def module(self, dotted):
        session = dotted.split(".")[0]
        chosen = self.assigned.get(session)
        if isinstance(chosen, NotebookSource):
            return chosen
        if chosen is None and not self.has_folder and self.sources:
            return self.sources[0]  # not handed in: the checks say so before reading any source
        return super().module(dotted)

    def covers(self, session, modules):
        return self.assigned.get(session) is not None

    @property
    def run_sources(self):
        """The notebooks whose cells run: those that hold a session."""
        chosen = {id(s) for s in self.assigned.values() if isinstance(s, NotebookSource)}
        return [s for s in self.sources if id(s) in chosen]

    def startup_modules(self):
        return [f"{s.package}.run_{c.number:03d}" for s in self.run_sources for c in s.runnable]

    def _sources_run(self, contract):
        # Every file of the folder is copied beside the notebooks, so every one may run.
        found = [(s, True) for s in self.run_sources]
        if self.has_folder:
            found += [(Submission._module_file(self, dotted), dotted in contract)
                      for dotted in sorted(set(self._python_files()))]
        return found

    def _python_files(self):
        return super()._python_files() if self.has_folder else []

    def _cell(self, relpath):
        match = CELL_FILE.fullmatch(relpath)
        if not match:
            return None, None
        source = next((s for s in self.sources if s.package == match.group(1)), None)
        cell = next((c for c in source.cells if c.number == int(match.group(2))), None) if source else None
        return source, cell

    def _place(self, relpath, line):
        source, cell = self._cell(relpath)
        if cell is None:
            return super()._place(relpath, line) if self.has_folder else (None, 0)
        return source, line + source.offsets[cell.number]

    def display(self, relpath):
        source, cell = self._cell(relpath)
        if cell is not None:
            return f"{source.shown}, {cell.named}"
        return super().display(relpath)

    def explain_cell_error(self, dotted, error):
        """A note for a cell that failed when it ran: which cell, what it raised."""
        source, cell = self._cell(dotted.replace(".", "/") + ".py")
        if cell is None:
            return None
        named = f"{source.shown}, {cell.named}"
        if error.type == "timeout":
            return (f"{named} did not finish within {error.seconds:g} s; it was skipped and the cells after it "
                    "ran without it.")
        if error.type == "crashed":
            return f"{named} ended the process that runs it (os._exit or a crash); it was skipped."
        detail = f": {error.message}" if error.message else ""
        missing = re.match(r"No module named '([\w.]+)'", error.message or "")
        if error.type == "ModuleNotFoundError" and missing and missing.group(1).split(".")[0] in self._beside.get(
                source.shown, ()):
            name = missing.group(1).split(".")[0]
            return (f"{named} raised ModuleNotFoundError: `{name}.py` is beside the notebook, but a notebook is "
                    f"graded on its own cells only: copy what it needs from {name}.py into a cell.")
        return f"{named} raised {error.type}{detail}; the rest of that cell did not run, the other cells did."

    @property
    def notes(self):
        found = list(super().notes)
        for source in self.sources:
            if source.problem is not None:
                found.append(f"{source.shown} {source.problem}, so it was not graded.")
                continue
            if source not in self.run_sources:
                found.append(self._not_run_note(source))
                continue
            for cell in source.cells:
                if cell.role != "grading" and cell.problem:
                    found.append(f"{source.shown}, {cell.named} {cell.problem}; it was skipped, the other "
                                 "cells ran.")
        for session, source in self._lone.items():
            name = self.session_names.get(session, session)
            found.append(f"{source.shown} defines one function of {name} and no other, so {name} counts as not "
                         "submitted (a helper, not the session's work).")
        found += self._duplicates()
        return [note for note in found if note] + self._extra

    def _not_run_note(self, source):
        """Why a readable notebook was not run, in terms of what it holds."""
        held = [session for session, modules in self.contract.items()
                if source.defined({f for names in modules.values() for f in names})]
        if not held:
            return f"{source.shown} holds none of this week's functions, so it was not run."
        names = [self.session_names.get(s, s) for s in held]
        elsewhere = sorted({getattr(self.assigned.get(s), "shown", "the .py files") for s in held
                            if self.assigned.get(s) is not None})
        if not elsewhere:
            return None  # one helper function and no more: the note on that session says so
        where = f"from {' and '.join(elsewhere)}, which hold{'s' if len(elsewhere) == 1 else ''}"
        return (f"{source.shown} was not run: {' and '.join(names)} {'is' if len(names) == 1 else 'are'} graded "
                f"{where} more of your written work (or as much, and come later by name).")

    def missing_message(self, session, function):
        """Why ``function`` is not found in the file its session is graded from, or None."""
        chosen = self.assigned.get(session)
        if not isinstance(chosen, NotebookSource):
            return None
        others = [s.shown for s in self.sources if s is not chosen and s.problem is None and function in s.functions]
        if not others:
            return None
        return (f"{chosen.shown} defines no function `{function}`. {others[0]} has one, but each session is graded "
                f"from one notebook, the one that holds most of it ({chosen.shown} for "
                f"{session.replace('_', ' ').title()}): put all of a session's functions in that notebook.")

    def _duplicates(self):
        """Contract functions written differently in two notebooks: say which one counts."""
        found = []
        for session, modules in self.contract.items():
            chosen = self.assigned.get(session)
            if not isinstance(chosen, NotebookSource):
                continue
            for name in sorted({f for names in modules.values() for f in names}):
                mine = chosen.functions.get(name)
                for other in self.sources:
                    theirs = other.functions.get(name) if other is not chosen and other.problem is None else None
                    if mine is not None and theirs is not None and not is_stub(theirs) \
                            and ast.dump(mine) != ast.dump(theirs) and other.defined({name}):
                        found.append(f"`{name}` is written differently in {other.shown} and {chosen.shown}; the "
                                     f"one in {chosen.shown} counts, since that notebook holds most of "
                                     f"{session.replace('_', ' ').title()}.")
        return found

    def copy_to(self, target: Path):
        """The folder's files (if any), each run notebook as a package of cells, and contract
        modules that import the notebook that holds their session."""
        if self.has_folder:
            super().copy_to(target)
        else:
            target.mkdir(parents=True)
        for source in self.run_sources:
            package = target / source.package
            package.mkdir()
            (package / "__init__.py").write_text(PACKAGE, encoding="utf-8")
            for cell in source.runnable:
                (package / f"cell_{cell.number:03d}.py").write_text(cell.python, encoding="utf-8")
                (package / f"run_{cell.number:03d}.py").write_text(RUN_CELL.replace("{number:03d}", f"{cell.number:03d}"),
                                                                    encoding="utf-8")
        for session, modules in self.contract.items():
            chosen = self.assigned.get(session)
            if not isinstance(chosen, NotebookSource):
                continue
            (target / session).mkdir(exist_ok=True)
            (target / session / "__init__.py").write_text("", encoding="utf-8")
            for module in modules:
                (target / session / f"{module}.py").write_text(f"from ..{chosen.package} import *  # noqa\n",
                                                               encoding="utf-8")
