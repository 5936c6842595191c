"""A notebook's code cells as the grader reads them: bounded, stored outputs dropped, IPython
syntax turned into Python the way IPython itself does it.

A learner's notebook is messy: cells that do not parse, ``np.random.default_rng?`` help
lines, ``%timeit``, ``t = %time f()``, ``!pip install``, ``%%bash`` cells, megabytes of stored
plots. Each cell is read on its own, so one bad cell costs only itself. Magics and shell
lines become calls of a ``get_ipython()`` that does nothing (their effects are not run),
except the magics whose body runs in the notebook's namespace (``%time``, ``%%time``,
``%%capture``): that body is the learner's code, so it is kept as code (run
once), and the static rules read it like any other line.
"""
import ast
import json
import re
from dataclasses import dataclass
from functools import lru_cache

from graders.learner import intake, text

NOTEBOOK_BYTES = 128 * 2**20  # a notebook with its stored outputs (plots): read once, outputs dropped at once
MAX_OBJECTS = 1_000_000  # JSON objects in it: a real notebook has a few per cell and per output
CODE_BYTES = 2 * 2**20  # its code cells together
MAX_CELLS = 2_000
MAX_IPYTHON_LINES = 2_000
# Magics whose body (the rest of the cell, or of the line) runs in the notebook's namespace,
# as IPython runs it: what it defines stays defined. The others do nothing here (%timeit and
# %prun run their body elsewhere, or with options this grader does not read).
PYTHON_CELL_MAGICS = ("time", "capture")
PYTHON_LINE_MAGICS = ("time",)
PYTHON_CELL_MAGIC = re.compile(r"\A((?:[ \t]*\n)*)[ \t]*%%(?:time|capture)\b[^\n]*(\n|\Z)")
PYTHON_LINE_MAGIC = re.compile(r"^([ \t]*)%time[ \t]+()(\S.*)$", re.M)


class Unreadable(Exception):
    """A notebook file that is not a notebook the grader can read; ``why`` is one phrase for the learner."""

    def __init__(self, why):
        super().__init__(why)
        self.why = why


@dataclass(frozen=True)
class Cell:
    """One code cell: where it is, what the learner wrote, and what of it runs."""

    number: int  # among the notebook's code cells, counted from 1
    source: str  # as the learner wrote it
    python: str  # as Python: IPython syntax transformed, magic and shell effects left out
    role: str  # "answer" (the learner's), "given" (a read-only cell of the course), "grading" (never run)
    tree: object = None  # the parsed python, or None
    problem: str = ""  # why it cannot run ("does not parse …"), or ""

    @property
    def first_line(self):
        """The cell's first line of code, to name it: Jupyter shows no cell numbers."""
        for line in self.source.splitlines():
            if line.strip():
                return text.clean(line.strip(), 60, newlines=False)
        return ""

    @property
    def named(self):
        first = f" (`{self.first_line}`)" if self.first_line else ""
        return f"code cell {self.number}{first}"


def load(path, keep_outputs=False):
    """The notebook at ``path`` as a dict, read within bounds; raises Unreadable, intake.NotRegular
    or OSError. Stored outputs are dropped as each cell is read (unless ``keep_outputs``), so
    that memory follows the code, not the pictures; the number of JSON objects is bounded."""
    data = intake.read_bytes(path, NOTEBOOK_BYTES)
    count = 0

    def hook(pairs):
        nonlocal count
        count += 1
        if count > MAX_OBJECTS:
            raise Unreadable(f"holds more than {MAX_OBJECTS:,} items (in its stored outputs?): clear its outputs "
                             "(Kernel, Restart and Clear Output) and hand it in again")
        return dict(pairs) if keep_outputs else {k: ([] if k == "outputs" else v) for k, v in pairs}

    try:
        text_ = data.decode("utf-8-sig", "replace")  # a BOM is no reason to refuse a notebook
        del data
        notebook = json.loads(text_, object_pairs_hook=hook)
    except (ValueError, RecursionError):
        raise Unreadable("is not a notebook (its text is not valid notebook JSON)") from None
    if not isinstance(notebook, dict) or not isinstance(notebook.get("cells", []), list):
        raise Unreadable("is not a notebook (it has no list of cells)")
    return notebook


def _text(source):
    if isinstance(source, list):
        return "".join(s for s in source if isinstance(s, str))
    return source if isinstance(source, str) else ""


def _nbgrader(cell):
    meta = cell.get("metadata")
    found = meta.get("nbgrader") if isinstance(meta, dict) else None
    return found if isinstance(found, dict) else {}


def strip(notebook):
    """The notebook without what never counts: outputs, execution counts, markdown, attachments.

    Raises Unreadable when its code alone is too large or it has too many cells."""
    cells = []
    total = 0
    for cell in notebook.get("cells", []):
        if not isinstance(cell, dict) or cell.get("cell_type") != "code":
            continue
        source = _text(cell.get("source", ""))
        total += len(source.encode("utf-8", "replace"))
        kept = {"cell_type": "code", "source": source, "metadata": {}}
        meta = _nbgrader(cell)
        if meta:
            kept["metadata"]["nbgrader"] = {k: meta[k] for k in ("grade", "solution", "locked", "grade_id", "points")
                                            if isinstance(meta.get(k), (bool, int, float, str))}
        cells.append(kept)
    if total > CODE_BYTES:
        raise Unreadable(f"holds more than {CODE_BYTES // 2**20} MiB of code")
    if len(cells) > MAX_CELLS:
        raise Unreadable(f"has more than {MAX_CELLS} code cells")
    return {"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5}


def stripped_bytes(path):
    """What a batch job carries of a notebook: its code cells only (see ``strip``)."""
    return json.dumps(strip(load(path)), ensure_ascii=False).encode("utf-8")


def _is_grade_call(node):
    """``grade("session_b", "sigmoid", week="m01w02")`` or ``graders.notebook.grade(...)`` with plain
    arguments (the week named or not)."""
    call = node.value if isinstance(node, ast.Expr) else None
    if not isinstance(call, ast.Call) or not all(isinstance(a, ast.Constant) for a in call.args) or not all(
            k.arg == "week" and isinstance(k.value, ast.Constant) for k in call.keywords):
        return False
    func = call.func
    return (isinstance(func, ast.Name) and func.id == "grade") or (
        isinstance(func, ast.Attribute) and func.attr == "grade" and ast.unparse(func.value) == "graders.notebook")


def grading_statements(tree):
    """The top-level statements of a cell that only call the course's own grader: importing
    ``grade`` from graders.notebook and calling it. They never run: the grader grades."""
    found = []
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.module == "graders.notebook" and node.level == 0 and \
                all(a.name == "grade" and a.asname is None for a in node.names):
            found.append(node)
        elif isinstance(node, ast.Import) and all(a.name == "graders.notebook" and a.asname is None for a in node.names):
            found.append(node)
        elif _is_grade_call(node):
            found.append(node)
    return found


def is_grading_cell(cell):
    """One of the course's autograder cells (nbgrader's "autograder tests"), or a copy of one:
    the grader grades, it never runs."""
    meta = _nbgrader(cell)
    if bool(meta.get("grade")) and not meta.get("solution"):
        return True
    source = _text(cell.get("source", ""))
    if "graders" not in source:
        return False
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return False
    return bool(tree.body) and len(grading_statements(tree)) == len(tree.body)


def _without_grading(python, tree):
    """The cell with its grading statements blanked (line numbers kept), and its new tree."""
    found = grading_statements(tree)
    if not found:
        return python, tree
    lines = python.splitlines(keepends=True)
    for node in found:
        for index in range(node.lineno - 1, node.end_lineno):
            lines[index] = "\n"
    python = "".join(lines)
    return python, ast.parse(python)


def _role(cell):
    if is_grading_cell(cell):
        return "grading"
    meta = _nbgrader(cell)
    return "given" if meta.get("locked") and not meta.get("solution") else "answer"


@lru_cache(maxsize=1)
def _transformer():
    from IPython.core.inputtransformer2 import TransformerManager

    return TransformerManager()


# Lines IPython changes: magics, shell and help lines, magic assignments, pasted prompts.
IPYTHON_LINE = re.compile(r"^[ \t]*(?:[%!?]|>>>|\.\.\.[ \t]|In \[\d*\]:)|\?[ \t]*$|=[ \t]*[%!]", re.M)
WHOLE_CELL_LIMIT = (20_000, 20)  # characters, IPython lines: above either, the cell is transformed line by line


def _transform(source):
    try:
        return _transformer().transform_cell(source)
    except Exception:  # IPython could not make sense of it: Python will say why
        return source


def to_python(source):
    """A cell's source as Python, the way IPython transforms it before running it."""
    match = PYTHON_CELL_MAGIC.match(source)
    if match:  # %%time on the first line: the rest of the cell is the code (line numbers kept)
        source = match.group(1) + "# " + match.group(0).strip() + "\n" + source[match.end():]
    source = PYTHON_LINE_MAGIC.sub(lambda m: m.group(1) + m.group(3), source)
    marked = len(IPYTHON_LINE.findall(source))
    if not marked:
        return source  # plain Python, as most cells are: nothing for IPython to do
    if len(source) <= WHOLE_CELL_LIMIT[0] and marked <= WHOLE_CELL_LIMIT[1]:
        return _transform(source)
    # IPython reads the whole cell again for every magic in it (minutes for a few hundred):
    # a large cell is transformed one marked line at a time, which is linear.
    lines = source.splitlines(keepends=True)
    if lines and lines[0].lstrip().startswith("%%"):
        return _transform(source)  # a cell magic: one call of IPython's for the whole cell
    return "".join(_transform(line) if IPYTHON_LINE.search(line) else line for line in lines)


def _parse(python):
    """(tree, "") or (None, why) for one cell."""
    try:
        return ast.parse(python), ""
    except SyntaxError as exc:
        lines = python.splitlines()
        line = exc.lineno or 0
        code = lines[line - 1].strip() if 0 < line <= len(lines) else ""
        shown = f": `{text.clean(code, 80, newlines=False)}`" if code else ""
        why = text.clean(exc.msg or "invalid syntax", 120, newlines=False)
        return None, f"does not parse (line {line}, {why}{shown})"
    except (ValueError, RecursionError, MemoryError) as exc:
        return None, f"cannot be parsed ({type(exc).__name__})"


def code_cells(notebook):
    """The notebook's code cells, in the notebook's order (not the order they were last run in)."""
    found, marked = [], 0
    for cell in notebook.get("cells", []):
        if not isinstance(cell, dict) or cell.get("cell_type") != "code":
            continue
        source = _text(cell.get("source", ""))
        role = _role(cell)
        marked += len(IPYTHON_LINE.findall(source)) if role != "grading" else 0
        if marked > MAX_IPYTHON_LINES:  # each costs IPython a transform: bounded work per notebook
            found.append(Cell(len(found) + 1, source, "", role, None,
                              f"was not read: the notebook has more than {MAX_IPYTHON_LINES} magic, help or shell lines"))
            continue
        python = to_python(source) if role != "grading" else ""
        tree, problem = _parse(python) if role != "grading" else (None, "")
        if tree is not None:  # a grading call pasted into an answer cell: the rest of the cell runs
            python, tree = _without_grading(python, tree)
        found.append(Cell(len(found) + 1, source, python, role, tree, problem))
    return found


def read(path):
    """The code cells of the notebook at ``path``; raises Unreadable, intake.NotRegular or OSError."""
    return code_cells(strip(load(path)))
