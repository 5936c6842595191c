"""A learner's submission on disk: its files, read and parsed but never imported here."""
import ast
import json
import re
import shutil
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

MAX_SOURCE_BYTES = 1_000_000
COPY_IGNORE = shutil.ignore_patterns("__pycache__", ".*", "*.pyc", "*.ipynb", "*.png", "*.jpg", "*.pdf")
MAX_COPY_BYTES = 50 * 2**20


@dataclass(frozen=True)
class SyntaxProblem:
    line: int
    message: str
    code: str


class ParsedSource:
    """What the static checks read from a contract module's source, without running it.

    Subclasses give ``shown`` (its name for the learner), ``text`` (None when missing),
    ``syntax_problem`` and ``trees`` (the parsed code).
    """

    @cached_property
    def call_graph(self):
        """({function: names it uses}, {local name: (sibling module, name)}) at the top level."""
        return _call_graph(self.trees)

    @cached_property
    def imports(self):
        """Top-level names of every module the code imports, anywhere in it."""
        return imported_modules(self.trees)


class ModuleSource(ParsedSource):
    """One contract module of a submission (e.g. ``session_b/bce.py``)."""

    def __init__(self, root: Path, dotted: str, shown_root: str):
        self.dotted = dotted
        self.relpath = dotted.replace(".", "/") + ".py"
        self.path = root / self.relpath
        self.shown = f"{shown_root}/{self.relpath}" if shown_root else self.relpath

    @cached_property
    def text(self):
        """The source text, or None when the file is missing or unreadable."""
        try:
            if self.path.stat().st_size > MAX_SOURCE_BYTES:
                return None
            return self.path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None

    @cached_property
    def _parsed(self):
        """(tree, None) or (None, SyntaxProblem): the file is parsed once."""
        if self.text is None:
            return None, None
        try:
            return ast.parse(self.text, filename=self.relpath), None
        except SyntaxError as exc:
            line = exc.lineno or 0
            lines = self.text.splitlines()
            code = lines[line - 1].strip() if 0 < line <= len(lines) else ""
            return None, SyntaxProblem(line, exc.msg or "invalid syntax", code[:120])
        except (ValueError, RecursionError, MemoryError) as exc:
            return None, SyntaxProblem(0, f"cannot be parsed ({type(exc).__name__})", "")

    @property
    def tree(self):
        return self._parsed[0]

    @property
    def syntax_problem(self):
        return self._parsed[1]

    @property
    def trees(self):
        return [self.tree] if self.tree is not None else []


def imported_modules(trees):
    """Top-level names of every module imported anywhere in ``trees``."""
    names = set()
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.add(node.module.split(".")[0])
    return names


def _call_graph(trees):
    """Names each top-level function uses, and where ``from .x import y`` names come from."""
    uses, imports = {}, {}
    for tree in trees:
        for node in tree.body:
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                uses[node.name] = {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}
            elif isinstance(node, ast.ImportFrom) and node.level == 1 and node.module:
                for alias in node.names:
                    imports[alias.asname or alias.name] = (node.module, alias.name)
    return uses, imports


class Submission:
    """A folder laid out like ``exercises/``: ``session_a/chain_rule.py`` and so on."""

    def __init__(self, root, shown_root=None):
        self.root = Path(root).resolve()
        self.shown_root = self.root.name if shown_root is None else shown_root
        self._modules = {}

    def module(self, dotted):
        if dotted not in self._modules:
            self._modules[dotted] = ModuleSource(self.root, dotted, self.shown_root)
        return self._modules[dotted]

    def display(self, relpath):
        """A file of the copy the learner process ran, named as the learner knows it."""
        return f"{self.shown_root}/{relpath}" if self.shown_root else relpath

    def reaches(self, dotted, function):
        """Every (module, function) of the submission that ``function`` may call, itself included.

        Read from the source: names used in a function body that are functions of its
        module, or were imported from a sibling module, followed transitively.
        """
        found, todo = set(), [(dotted, function)]
        while todo:
            module, name = todo.pop()
            if (module, name) in found:
                continue
            found.add((module, name))
            uses, imports = self.module(module).call_graph
            for used in uses.get(name, ()):
                if used in uses:
                    todo.append((module, used))
                elif used in imports:
                    sibling, original = imports[used]
                    todo.append((module.rsplit(".", 1)[0] + "." + sibling, original))
        return found

    def copy_to(self, target: Path):
        """Copy the submission's source files into ``target`` (which must not exist)."""
        total = [0]

        def ignore(directory, names):
            skipped = set(COPY_IGNORE(directory, names))
            for name in names:
                path = Path(directory) / name
                if path.is_symlink():
                    skipped.add(name)
                elif path.is_file():
                    total[0] += path.stat().st_size
                    if total[0] > MAX_COPY_BYTES:
                        skipped.add(name)
            return skipped

        shutil.copytree(self.root, target, ignore=ignore)


# ---------------------------------------------------------------- notebooks

CELL_RUNNER = """\"\"\"The notebook's code cells, run in order in one namespace; a failing cell is skipped.\"\"\"
import pathlib as _pathlib

cell_errors = []
for _path in sorted(_pathlib.Path(__file__).parent.glob("cell_*.py")):
    try:
        exec(compile(_path.read_text(encoding="utf-8"), str(_path), "exec"), globals())
    except (Exception, SystemExit) as _exc:
        cell_errors.append((_path.stem, type(_exc).__name__))
"""


def notebook_cells(path):
    """The code cells of a notebook, IPython magics and shell lines blanked (line numbers kept)."""
    try:
        notebook = json.loads(Path(path).read_text(encoding="utf-8"))
        cells = [c for c in notebook.get("cells", []) if c.get("cell_type") == "code"]
    except (OSError, ValueError, AttributeError):
        return None
    out = []
    for cell in cells:
        source = cell.get("source", "")
        source = "".join(source) if isinstance(source, list) else str(source)
        lines = ["" if line.lstrip().startswith(("%", "!")) else line for line in source.splitlines()]
        out.append("\n".join(lines) + "\n")
    return out


class NotebookSource(ParsedSource):
    """Every contract module of a notebook submission is the notebook itself."""

    def __init__(self, shown, cells):
        self.shown = shown
        self.cells = cells or []
        self.text = "".join(self.cells) if cells is not None else None

    @cached_property
    def trees(self):
        trees = []
        for cell in self.cells:
            try:
                trees.append(ast.parse(cell))
            except (SyntaxError, ValueError, RecursionError, MemoryError):
                pass
        return trees

    @cached_property
    def syntax_problem(self):
        for number, cell in enumerate(self.cells, 1):
            try:
                ast.parse(cell)
            except SyntaxError as exc:
                lines = cell.splitlines()
                line = exc.lineno or 0
                code = lines[line - 1].strip() if 0 < line <= len(lines) else ""
                return SyntaxProblem(line, f"{exc.msg} in code cell {number}", code[:120])
        return None


class NotebookSubmission(Submission):
    """A learner's notebook graded by the contract's names: its code cells become one module."""

    def __init__(self, path, sessions, shown=None):
        self.path = Path(path).resolve()
        self.root = self.path.parent
        self.shown_root = shown or self.path.name
        self.sessions = sessions  # {session id: [module names]}
        self.cells = notebook_cells(self.path)
        self._source = NotebookSource(self.shown_root, self.cells)

    def module(self, dotted):
        return self._source

    def display(self, relpath):
        match = re.fullmatch(r"notebook/cell_(\d+)\.py", relpath)
        return f"{self.shown_root}, code cell {int(match.group(1))}" if match else self.shown_root

    def copy_to(self, target: Path):
        """Write the notebook as a package that every contract module imports from."""
        (target / "notebook").mkdir(parents=True)
        (target / "notebook" / "__init__.py").write_text(CELL_RUNNER, encoding="utf-8")
        for number, cell in enumerate(self.cells or [], 1):
            (target / "notebook" / f"cell_{number:03d}.py").write_text(cell, encoding="utf-8")
        for session, modules in self.sessions.items():
            (target / session).mkdir()
            (target / session / "__init__.py").write_text("", encoding="utf-8")
            for module in modules:
                (target / session / f"{module}.py").write_text("from ..notebook import *  # noqa\n", encoding="utf-8")
