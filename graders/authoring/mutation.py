"""Mutation analysis of a week's references: how much of the contract can the checks tell apart?

Every small change to the code inside the references' solution blocks (``+`` ↔ ``−``,
``*`` ↔ ``/``, ``<`` ↔ ``<=``, a constant moved, a term, an argument or a ``.copy()``
dropped, ``sum`` ↔ ``mean`` …) is one mutant. Each mutant is graded, in the same isolated
learner process as a learner, by the checks of the contract functions whose code reaches
the mutated function, for several seeds. A mutant that changes what the contract asks
must fail one of those checks for every seed; one that does not change it (a wider plot
grid, say) is listed, with the reason, in the week's ``equivalent_mutants.toml``.

Why not mutmut or cosmic-ray: mutmut 3 puts every mutant into one rewritten copy of the
code and picks the live one through an environment variable, and the learner process
starts with an empty environment, so every mutant would run as the original; cosmic-ray
runs a whole test command per mutant (seconds each). Here a mutant is one file of a
copied submission, graded by the grader itself in a few hundred milliseconds.
"""
import ast
import concurrent.futures
import multiprocessing
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from graders.authoring.stubs import BEGIN, END

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib

EQUIVALENT_FILE = "equivalent_mutants.toml"

BINARY_SWAPS = {ast.Add: ast.Sub, ast.Sub: ast.Add, ast.Mult: ast.Div, ast.Div: ast.Mult, ast.FloorDiv: ast.Div,
                ast.Pow: ast.Mult, ast.MatMult: ast.Mult, ast.Mod: ast.FloorDiv}
COMPARE_SWAPS = {ast.Lt: ast.LtE, ast.LtE: ast.Lt, ast.Gt: ast.GtE, ast.GtE: ast.Gt, ast.Eq: ast.NotEq,
                 ast.NotEq: ast.Eq, ast.Is: ast.IsNot, ast.IsNot: ast.Is, ast.In: ast.NotIn, ast.NotIn: ast.In}
COMPARE_FLIPS = {ast.Lt: ast.Gt, ast.Gt: ast.Lt, ast.LtE: ast.GtE, ast.GtE: ast.LtE}
NAME_SWAPS = {"sum": "mean", "mean": "sum", "max": "min", "min": "max", "maximum": "minimum",
              "minimum": "maximum", "zeros": "ones", "ones": "zeros", "floor": "ceil", "ceil": "floor",
              "argmax": "argmin", "argmin": "argmax", "any": "all", "all": "any", "sin": "cos", "cos": "sin",
              "log": "log10", "exp": "expm1", "vstack": "hstack", "hstack": "vstack", "round": "int"}
# Mutating these only changes how a figure looks, never what it shows: they are not generated.
COSMETIC_KEYWORDS = {"cmap", "alpha", "edgecolor", "edgecolors", "s", "figsize", "linewidths", "linewidth", "lw",
                     "colors", "color", "c", "label", "layout", "sharex", "sharey", "fontsize", "marker",
                     "linestyle", "ls", "zorder", "dpi", "scale", "angles", "shading", "markersize", "ms"}
COSMETIC_CALLS = {"set_xlabel", "set_ylabel", "set_title", "suptitle", "legend", "colorbar", "set_aspect",
                  "grid", "tight_layout", "axis", "set_xlim", "set_ylim"}


@dataclass(frozen=True)
class Mutant:
    file: str  # relative to the references: session_b/train.py
    function: str  # the top-level function it changes
    line: int
    original: str
    replacement: str
    occurrence: int = 1  # the same change at the n-th identical place of that function
    source: str = field(default="", compare=False, repr=False)  # the whole mutated file

    @property
    def key(self):
        """A name that survives unrelated edits: where, and what becomes what."""
        place = f" (#{self.occurrence})" if self.occurrence > 1 else ""
        return f"{self.file}::{self.function}: {self.original} → {self.replacement}{place}"

    @property
    def module(self):
        return self.file.removesuffix(".py").replace("/", ".")


# ---------------------------------------------------------------- generating mutants


def solution_lines(text):
    """The line numbers (1-based) inside ### BEGIN SOLUTION … ### END SOLUTION blocks."""
    inside, lines = False, set()
    for number, line in enumerate(text.splitlines(), 1):
        if line.strip() == BEGIN:
            inside = True
        elif line.strip() == END:
            inside = False
        elif inside:
            lines.add(number)
    return lines


def _replacements(node, parent=None, defaults=None):
    """Every replacement of one AST node; ``defaults`` maps the function's parameters to their defaults."""
    import copy

    out = []
    defaults = defaults or {}
    if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load) and defaults.get(node.id) is not None:
        out.append(defaults[node.id])  # a parameter ignored: its default used instead
    if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load) and _counts_something(node, parent):
        out += [ast.BinOp(node, ast.Add(), ast.Constant(1)), ast.BinOp(node, ast.Sub(), ast.Constant(1))]
    if isinstance(node, ast.BinOp):
        swap = BINARY_SWAPS.get(type(node.op))
        if swap:
            out.append(ast.BinOp(node.left, swap(), node.right))
        if isinstance(node.op, (ast.Add, ast.Sub, ast.Mult, ast.Div)):
            out.append(node.left)
            out.append(node.right)
        if isinstance(node.op, (ast.Sub, ast.Div)):
            out.append(ast.BinOp(node.right, type(node.op)(), node.left))
    elif isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.Not)):
        out.append(node.operand)
    elif isinstance(node, ast.Compare) and len(node.ops) == 1:
        op = type(node.ops[0])
        for table in (COMPARE_SWAPS, COMPARE_FLIPS):
            if op in table:
                out.append(ast.Compare(node.left, [table[op]()], node.comparators))
    elif isinstance(node, ast.BoolOp):
        out.append(ast.BoolOp(ast.Or() if isinstance(node.op, ast.And) else ast.And(), node.values))
    elif isinstance(node, ast.Constant) and type(node.value) in (int, float):
        out.append(ast.Constant(node.value + 1))
        if node.value not in (0, 1):
            out.append(ast.Constant(type(node.value)(0)))
    elif isinstance(node, ast.Constant) and isinstance(node.value, bool):
        out.append(ast.Constant(not node.value))
    elif isinstance(node, ast.Attribute) and node.attr == "T":
        out.append(node.value)
    elif isinstance(node, ast.Call):
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr == "copy" and not node.args:
            out.append(func.value)  # the aliasing mistake
        name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else None
        if name in NAME_SWAPS:
            renamed = copy.copy(node)
            if isinstance(func, ast.Attribute):
                renamed.func = ast.Attribute(func.value, NAME_SWAPS[name], func.ctx)
            else:
                renamed.func = ast.Name(NAME_SWAPS[name], func.ctx)
            out.append(renamed)
        if len(node.args) >= 2 or (len(node.args) == 1 and isinstance(node.args[0], ast.Name)
                                   and node.args[0].id in defaults):
            for i in range(len(node.args)):
                out.append(ast.Call(func, node.args[:i] + node.args[i + 1:], node.keywords))
        for i, arg in enumerate(node.args):
            if isinstance(arg, ast.Name) and arg.id in defaults and len(node.args) >= 2:
                # a parameter not passed on: a helper called with 0 in its place (b = 0, say)
                out.append(ast.Call(func, node.args[:i] + [ast.Constant(0)] + node.args[i + 1:], node.keywords))
        for i, keyword in enumerate(node.keywords):
            if keyword.arg not in COSMETIC_KEYWORDS:
                out.append(ast.Call(func, node.args, node.keywords[:i] + node.keywords[i + 1:]))
    return out


def _counts_something(node, parent):
    """A name used as a count or a bound (range(n), a[:k]): the place for off-by-one mutants."""
    if isinstance(parent, ast.Call) and isinstance(parent.func, ast.Name) and parent.func.id == "range":
        return True
    return isinstance(parent, ast.Slice)


def _statement_replacements(node):
    """Mutations that replace a whole statement (keeps the source valid)."""
    if isinstance(node, ast.AugAssign):
        swap = BINARY_SWAPS.get(type(node.op))
        if swap:
            return [ast.AugAssign(node.target, swap(), node.value)]
    return []


def _with_child(parent, child, new):
    """A shallow copy of ``parent`` with ``child`` replaced by ``new``."""
    import copy

    out = copy.copy(parent)
    for name, value in ast.iter_fields(parent):
        if value is child:
            setattr(out, name, new)
        elif isinstance(value, list) and any(item is child for item in value):
            setattr(out, name, [new if item is child else item for item in value])
    return out


def _cosmetic(node, parents):
    for parent in parents:
        if isinstance(parent, ast.keyword) and parent.arg in COSMETIC_KEYWORDS:
            return True
        if isinstance(parent, ast.Call):
            func = parent.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
            if name in COSMETIC_CALLS:
                return True
    return False


def _segment(lines, node):
    """The exact source text of ``node`` (by its positions), and its (start, end) offsets."""
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line))
    start = offsets[node.lineno - 1] + _col(lines[node.lineno - 1], node.col_offset)
    end = offsets[node.end_lineno - 1] + _col(lines[node.end_lineno - 1], node.end_col_offset)
    return start, end


def _col(line, byte_offset):
    """ast columns count UTF-8 bytes; Python strings count characters."""
    return len(line.encode("utf-8")[:byte_offset].decode("utf-8", errors="ignore"))


def mutants_of(path, relative):
    """Every mutant of one reference file, in source order."""
    text = Path(path).read_text(encoding="utf-8")
    tree = ast.parse(text)
    lines = text.splitlines(keepends=True)
    inside = solution_lines(text)
    found, seen = [], {}

    def visit(node, function, parents, defaults):
        if isinstance(node, ast.expr) and node.lineno in inside and node.end_lineno in inside \
                and not _cosmetic(node, parents):
            parent = parents[-1] if parents else None
            for replacement in _replacements(node, parent, defaults):
                if isinstance(node, ast.Constant) and isinstance(parent, ast.expr):
                    # A bare "2 → 3" says nothing: show the expression that holds the constant.
                    add(parent, _with_child(parent, node, replacement), function, expression=True)
                else:
                    add(node, replacement, function, expression=True)
        if isinstance(node, ast.stmt) and getattr(node, "lineno", None) in inside:
            for replacement in _statement_replacements(node):
                add(node, replacement, function, expression=False)
        for child in ast.iter_child_nodes(node):
            visit(child, function, parents + [node], defaults)

    def add(node, replacement, function, expression):
        start, end = _segment(lines, node)
        original = text[start:end]
        new = ast.unparse(replacement)
        if expression and not isinstance(replacement, (ast.Constant, ast.Name, ast.Attribute, ast.Call)):
            new = f"({new})"
        if new.strip("()") == original.strip("()"):
            return
        mutated = text[:start] + new + text[end:]
        try:
            ast.parse(mutated)
        except SyntaxError:
            return
        label = (function, " ".join(original.split()), " ".join(new.split()))
        seen[label] = seen.get(label, 0) + 1
        found.append(Mutant(relative, function, node.lineno, label[1], label[2], seen[label], mutated))

    for node in tree.body:
        if isinstance(node, ast.FunctionDef):
            visit(node, node.name, [], _parameters(node))
    return found


def _parameters(function):
    """{parameter: its default (an AST node), or None for parameters without one}."""
    args = function.args
    positional = args.posonlyargs + args.args
    defaults = [None] * (len(positional) - len(args.defaults)) + list(args.defaults)
    out = {a.arg: d for a, d in zip(positional, defaults)}
    out.update({a.arg: d for a, d in zip(args.kwonlyargs, args.kw_defaults)})
    return out


def all_mutants(references, week):
    """Every mutant of every contract module of ``week`` in the ``references`` folder."""
    references = Path(references)
    found = []
    for session in week.sessions:
        for module in session.modules:
            relative = f"{session.id}/{module}.py"
            if (references / relative).is_file():
                found += mutants_of(references / relative, relative)
    return found


# ---------------------------------------------------------------- which checks judge a mutant


def judging_checks(references, week):
    """{(module, function): [check ids]}: the checks whose functions reach that function."""
    from graders.learner.submission import Submission

    submission = Submission(references)
    judges = {}
    for check in week.checks.values():
        session = week.session(check.session)
        for function in check.functions:
            for place in submission.reaches(session.module_of(function), function):
                judges.setdefault(place, []).append(check.id)
    return judges


# ---------------------------------------------------------------- grading mutants


@dataclass
class Verdict:
    mutant: Mutant
    checks: list  # the check ids that judged it
    failed_by_seed: dict  # seed → check ids that failed
    seconds: float = 0.0

    @property
    def killed(self):
        return bool(self.checks) and all(self.failed_by_seed.values())

    @property
    def partly(self):
        return not self.killed and any(self.failed_by_seed.values())


def grade_mutant(mutant, checks, seeds, references, week_id, limits=None):
    """Grade one mutant with the given checks, once per seed; returns {seed: failing check ids}."""
    from graders import course
    from graders.learner import Limits
    from graders.grading.runner import GradingRun

    week = course.get(week_id)
    session = mutant.file.split("/")[0]
    failed = {}
    with tempfile.TemporaryDirectory(prefix="graders-mutant-") as tmp:
        root = Path(tmp) / "submission"
        shutil.copytree(Path(references) / session, root / session,
                        ignore=shutil.ignore_patterns("__pycache__", "*.ipynb"))
        (root / mutant.file).write_text(mutant.source, encoding="utf-8")
        for seed in seeds:
            with GradingRun(week, root, [session], seed=seed, limits=Limits(**(limits or {}))) as run:
                failed[seed] = [c for c in checks if not run.result(c).passed]
            if failed[seed] and _timed_out(run, failed[seed]):
                # An endless mutant fails the same way for every seed; do not wait it out again.
                failed.update({s: failed[seed] for s in seeds})
                break
    return failed


def _timed_out(run, failing):
    return any("did not finish within" in run.result(c).message for c in failing)


def _warm(week_id):
    from graders import course
    from graders.learner.launcher import Zygote

    Zygote.prestart()
    course.get(week_id)


def analyse(week, references, seeds=(1, 2, 3), workers=2, sample=None, progress=None, limits=None):
    """Grade every mutant (or a deterministic sample of ``sample`` of them); returns the verdicts."""
    references = Path(references)
    mutants = all_mutants(references, week)
    if sample is not None and sample < len(mutants):
        step = len(mutants) / sample
        mutants = [mutants[int(i * step)] for i in range(sample)]
    judges = judging_checks(references, week)
    verdicts = []
    context = multiprocessing.get_context("spawn")
    limits = limits or {"max_call_seconds": 10, "import_seconds": 5}
    with concurrent.futures.ProcessPoolExecutor(workers, mp_context=context, initializer=_warm,
                                                    initargs=(week.id,)) as pool:
        futures = {}
        for mutant in mutants:
            checks = sorted(set(judges.get((mutant.module, mutant.function), [])), key=list(week.checks).index)
            started = time.perf_counter()
            futures[pool.submit(grade_mutant, mutant, checks, list(seeds), str(references), week.id, limits)] = (
                mutant, checks, started)
        for future in concurrent.futures.as_completed(futures):
            mutant, checks, started = futures[future]
            verdict = Verdict(mutant, checks, future.result(), time.perf_counter() - started)
            verdicts.append(verdict)
            if progress:
                progress(verdict)
    order = {m.key: i for i, m in enumerate(mutants)}
    return sorted(verdicts, key=lambda v: order[v.mutant.key])


# ---------------------------------------------------------------- the reviewed list of equivalent mutants


def load_equivalent(week_dir):
    """{mutant key: reason} from the week's equivalent_mutants.toml (empty if there is none)."""
    path = Path(week_dir) / EQUIVALENT_FILE
    if not path.is_file():
        return {}
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return {entry["mutant"]: entry["why"] for entry in data.get("equivalent", [])}


@dataclass
class Score:
    verdicts: list
    equivalent: dict  # key → why, from the reviewed file
    every_mutant: bool = False  # the verdicts cover every mutant (no --sample): unmatched entries are stale

    @property
    def unmatched(self):
        """Entries of the equivalent list that no mutant of the references is (any more)."""
        made = {v.mutant.key for v in self.verdicts}
        return sorted(key for key in self.equivalent if key not in made) if self.every_mutant else []

    @property
    def judged(self):
        return [v for v in self.verdicts if v.mutant.key not in self.equivalent]

    @property
    def killed(self):
        return [v for v in self.judged if v.killed]

    @property
    def survived(self):
        return [v for v in self.judged if not v.killed and not v.partly]

    @property
    def partly(self):
        return [v for v in self.judged if v.partly]

    @property
    def stale(self):
        """Entries of the equivalent list that were generated and are now killed: no longer equivalent."""
        return [v for v in self.verdicts if v.mutant.key in self.equivalent and v.killed]

    @property
    def ratio(self):
        return len(self.killed) / len(self.judged) if self.judged else 1.0

    def lines(self):
        out = [f"{len(self.verdicts)} mutants: {len(self.killed)} killed for every seed, "
               f"{len(self.equivalent_found)} listed as equivalent, {len(self.survived)} survived, "
               f"{len(self.partly)} killed for some seeds only. Mutation score: {self.ratio:.1%}."]
        if self.unmatched:
            out.append("Listed as equivalent but no such mutant is made any more (remove them from the list):")
            out += [f"  {key}" for key in self.unmatched]
        for title, group in (("Survived (no check failed):", self.survived),
                             ("Killed for some seeds only:", self.partly),
                             ("Listed as equivalent but killed now (remove them from the list):", self.stale)):
            if group:
                out.append(title)
                for v in group:
                    seeds = ", ".join(f"{s}: {'killed' if f else 'survived'}" for s, f in v.failed_by_seed.items())
                    out.append(f"  {v.mutant.key}  [line {v.mutant.line}; judged by "
                               f"{', '.join(v.checks) or 'no check'}; {seeds}]")
        return out

    @property
    def equivalent_found(self):
        return [v for v in self.verdicts if v.mutant.key in self.equivalent]
