"""A learner's submission on disk: its files, read and parsed but never imported here."""
import ast
import json
import re
import shutil
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from graders.learner import intake, text

MAX_SOURCE_BYTES = 1_000_000
# What "sympy did the calculus" looks like in source: calls of these names (sympy.diff,
# expr.diff(x), Derivative(...).doit(), integrate, limit ...). np.diff is an array difference.
CALCULUS_CALLS = {"diff", "Derivative", "idiff", "integrate", "Integral", "limit", "Limit", "Subs", "doit",
                  "series", "differentiate_finite", "jacobian", "hessian", "wronskian", "nseries", "lseries",
                  "aseries", "taylor_term", "fps", "gruntz", "euler_equations", "as_leading_term", "fdiff",
                  "_eval_derivative", "_eval_derivative_n_times", "_derivative_dispatch", "_eval_nseries"}
NUMPY_NAMES = {"np", "numpy"}
CALCULUS_IN_TEXT = re.compile(r"(?:^|[^\w.])(" + "|".join(sorted(CALCULUS_CALLS)) + r")\s*\(|\.(" +
                              "|".join(sorted(CALCULUS_CALLS)) + r")\b")
# In prose, only what reads as a call: "diff(sin(x), x)" or "e._eval_derivative(x)", not "no sp.diff"
# nor "no .doit()" (a method with nothing before its dot is no code sympy can run).
_CALCULUS_NAMES = "|".join(sorted(CALCULUS_CALLS))
CALCULUS_CALL_IN_TEXT = re.compile(rf"(?:^|[^\w.])({_CALCULUS_NAMES})\s*\(|[\w)\]]\.({_CALCULUS_NAMES})\s*\(")
GRADER = "graders"
# Code that builds or finds what it runs at run time, or looks into frames and modules: the
# static rules cannot follow it, so a module holding it loses the checks those rules guard.
# (inspect, gc, pickle and globals() are not here: reading with them is harmless, and what
# would not be is flagged by name: frames, get_objects, pickle.load, writing into globals().)
DYNAMIC_MODULES = {"importlib", "ctypes", "builtins", "marshal", "runpy", "code", "codeop", "cffi"}
DYNAMIC_CALLS = {"exec", "eval", "compile", "__import__", "breakpoint"}
INSPECT_FRAMES = {"stack", "trace", "getouterframes", "getinnerframes", "currentframe", "getframeinfo"}
PICKLES = {"pickle", "dill", "cloudpickle", "joblib", "_pickle", "cPickle", "shelve"}
DYNAMIC_METHODS = {"import_module", "_getframe", "currentframe", "get_referrers", "get_referents", "attrgetter",
                   "methodcaller", "__getattribute__",
                   "get_objects", "find_spec", "exec_module", "load_module", "reload"}
DYNAMIC_ATTRIBUTES = {"f_back", "f_globals", "f_locals", "f_builtins", "f_code", "tb_frame", "tb_next",
                      "gi_frame", "cr_frame", "ag_frame", "__globals__", "__builtins__", "__subclasses__",
                      "__code__", "__closure__", "__self__", "__loader__", "__spec__", "__import__", "__dict__"}
COMPUTED_NAME_CALLS = {"getattr", "setattr", "delattr", "hasattr"}
# The name the learner process gives the submission's files: importing through it reaches
# files by a name the static rules do not follow (one written while the code runs, say).
LEARNER_PACKAGE = "submission"
NOTEBOOK_BYTES = 20 * 2**20  # stored outputs make notebooks large; their code is small
COPY_IGNORE = shutil.ignore_patterns("__pycache__", ".*", "*.pyc", "*.ipynb", "*.png", "*.jpg", "*.pdf")
MAX_COPY_BYTES = 50 * 2**20


@dataclass(frozen=True)
class Breach:
    """A place in a learner's source that breaks one of the course's rules."""

    line: int
    code: str  # the line itself, stripped
    what: str  # "calls sympy's diff", "imports sklearn"


@dataclass(frozen=True)
class _At:
    """Something at a line, for ParsedSource._line."""

    lineno: int


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

    @cached_property
    def bindings(self):
        """{name: every node bound to it at module level, in order}: defs, lambdas, and the
        values of assignments (``d = _helper``, ``_D = sp.diff(...)``, ``f = make()``)."""
        found = {}
        for tree in self.trees:
            for name, node in definitions(tree):
                found.setdefault(name, []).append(node)
        return found

    @cached_property
    def functions(self):
        """{name: the last module-level binding of that name (a def, a lambda, or a value)}."""
        return {name: nodes[-1] for name, nodes in self.bindings.items()}

    def _dynamic(self, node):
        return _dynamic_feature(node)

    @cached_property
    def opaque(self):
        """{name: line} bound in ways the rules do not follow (see opaque_bindings)."""
        found = {}
        for tree in self.trees:
            for name, line in opaque_bindings(tree).items():
                found.setdefault(name, line)
        return found

    @cached_property
    def module_aliases(self):
        """{name bound at the top level: the module it comes from}, for every top-level import."""
        aliases = {}
        for tree in self.trees:
            for node in module_level(tree):
                if isinstance(node, ast.Import):
                    for alias in node.names:
                        aliases[alias.asname or alias.name.split(".")[0]] = alias.name
                elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    for alias in node.names:
                        aliases[alias.asname or alias.name] = f"{node.module}.{alias.name}"
        return aliases

    def _line(self, node):
        lines = (self.text or "").splitlines()
        number = getattr(node, "lineno", 0)
        code = lines[number - 1].strip() if 0 < number <= len(lines) else ""
        return number, text.clean(code, 120, newlines=False)

    def node_at(self, line):
        """The def or lambda whose code starts at ``line`` (a decorated def: at its first decorator)."""
        for nodes in self.bindings.values():
            for node in nodes:
                starts = {getattr(node, "lineno", None)} | {d.lineno for d in getattr(node, "decorator_list", [])}
                if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)) and line in starts:
                    return node
        for tree in self.trees:  # a function defined inside a class or another function
            for node in ast.walk(tree):
                if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)) and node.lineno == line:
                    return node
        return None

    def breaches(self, function, banned_modules=(), calculus=False, nodes=None):
        """Where ``function`` (every binding of the name, or the given ``nodes``) uses a banned
        module, or (with ``calculus``) sympy's calculus: called, looked up, or named in a string."""
        nodes = self.bindings.get(function, []) if nodes is None else nodes
        banned = {m.split(".")[0] for m in banned_modules}
        local = {name for name, bound in self.bindings.items()
                 if any(isinstance(b, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)) for b in bound)}
        found = []
        own = set().union(*(_local_names(node) for node in nodes)) if nodes else set()  # `diff = sigma - y`
        if function in self.module_aliases and banned and self.module_aliases[function].split(".")[0] in banned:
            return [Breach(0, "", f"is {self.module_aliases[function]}, imported")]  # from .helper import f
        if calculus and function in self.module_aliases and self.module_aliases[function].split(".")[0] == "sympy":
            return [Breach(0, "", f"is {self.module_aliases[function]}, imported from sympy")]
        used = set().union(*(_used_names(node) for node in nodes)) if nodes else set()
        for name in sorted(({function} | used) & set(self.opaque)):
            if name not in self.bindings or calculus or banned:
                line = self.opaque[name]
                return [Breach(*self._line(_At(line)), f"uses `{name}`, bound where the grader cannot follow "
                                                      "it (a for or with target, :=, match, global, or an import "
                                                      "from outside the session's folder)")]
        # A string standing alone as a statement (a docstring, a note) is prose: naming sp.diff or
        # .doit() there is no call. It can still be read back (getdoc, getsource) and handed to
        # sympify, so what reads as a call in it (`diff(`, `._eval_derivative(`) still counts.
        prose = {id(n) for node in nodes for s in ast.walk(node) if isinstance(s, ast.Expr)
                 and _constant_text(s.value) is not None for n in ast.walk(s.value)}
        for inner in (n for node in nodes for n in ast.walk(node)):
            if id(inner) in prose:
                text_ = _constant_text(inner)
                found_call = CALCULUS_CALL_IN_TEXT.search(text_) if calculus and text_ is not None else None
                if found_call:
                    found.append(Breach(*self._line(inner), f"has the text {text_[:60]!r}, in which sympy would "
                                                            f"call {found_call.group(1) or found_call.group(2)}"))
                continue
            what = None
            if banned and isinstance(inner, ast.Import):
                hit = [a.name for a in inner.names if a.name.split(".")[0] in banned]
                what = f"imports {hit[0]}" if hit else None
            elif banned and isinstance(inner, ast.ImportFrom) and inner.module and inner.level == 0 \
                    and inner.module.split(".")[0] in banned:
                what = f"imports {inner.module}"
            elif banned and isinstance(inner, ast.Name) and isinstance(inner.ctx, ast.Load) \
                    and self.module_aliases.get(inner.id, "").split(".")[0] in banned and inner.id not in local:
                what = f"uses {self.module_aliases[inner.id]} (imported at the top of the file)"
            elif banned and isinstance(inner, ast.Call) and _imported_by_name(inner) in banned:
                what = f"imports {_imported_by_name(inner)} by name"
            elif calculus and isinstance(inner, ast.Call):
                what = self._calculus_call(inner, local | own)
            elif calculus:
                what = _calculus_reference(inner, local | own)
            if what:
                found.append(Breach(*self._line(inner), what))
        return found

    @cached_property
    def escapes(self):
        """(grader, dynamic): where the module, anywhere in it, reaches into the grader package,
        and where it runs code the static rules cannot follow (lists of Breach)."""
        grader, dynamic = [], []
        for tree in self.trees:
            for node in ast.walk(tree):
                found = _grader_reach(node)
                if found:
                    grader.append(Breach(*self._line(node), found))
                    continue
                found = self._dynamic(node)
                if found:
                    dynamic.append(Breach(*self._line(node), found))
        return grader, dynamic

    @cached_property
    def toplevel_escapes(self):
        """(grader, dynamic) as in ``escapes``, for the code that runs on import: everything
        outside function bodies (module level, class bodies)."""
        grader, dynamic = [], []
        for tree in self.trees:
            stack = list(tree.body)
            while stack:
                node = stack.pop()
                if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
                    # Its decorators and defaults run on import; its body does not.
                    stack.extend(getattr(node, "decorator_list", []))
                    stack.extend(node.args.defaults + [d for d in node.args.kw_defaults if d is not None])
                    continue
                for found, into in ((_grader_reach(node), grader), (self._dynamic(node), dynamic)):
                    if found:
                        into.append(Breach(*self._line(node), found))
                stack.extend(ast.iter_child_nodes(node))
        return grader, dynamic

    def called_names(self, function):
        """The names ``function`` calls directly (np.round → "round", f(x) → "f")."""
        node = self.functions.get(function)
        names = set()
        for inner in ast.walk(node) if node is not None else ():
            if isinstance(inner, ast.Call):
                func = inner.func
                names.add(func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", ""))
        return names - {""}

    def inside_call(self, line, name):
        """Is ``line`` within a call of ``name`` (``np.where(...)`` or ``where(...)``)?"""
        for tree in self.trees:
            for node in ast.walk(tree):
                if isinstance(node, ast.Call) and node.lineno <= line <= (node.end_lineno or node.lineno):
                    func = node.func
                    if (func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)) == name:
                        return True
        return False

    def uses_name(self, function, name):
        """Does the body of ``function`` read the variable ``name`` (a parameter, say)?"""
        node = self.functions.get(function)
        return node is not None and any(isinstance(n, ast.Name) and n.id == name and isinstance(n.ctx, ast.Load)
                                        for n in ast.walk(node))

    def _calculus_call(self, call, local):
        func = call.func
        if isinstance(func, ast.Attribute) and _is_calculus_name(func.attr):
            if isinstance(func.value, ast.Name) and func.value.id in NUMPY_NAMES:
                return None
            return f"calls {func.attr}"
        if isinstance(func, ast.Name) and func.id in CALCULUS_CALLS and func.id not in local:
            return f"calls {func.id}"
        # getattr(expr, "_eval_derivative")(x): the same call, by a name written as a string
        if isinstance(func, ast.Name) and func.id == "getattr" and len(call.args) >= 2 and isinstance(
                call.args[1], ast.Constant) and isinstance(call.args[1].value, str) and _is_calculus_name(call.args[1].value):
            return f"looks up {call.args[1].value}"
        return None


class ModuleSource(ParsedSource):
    """One contract module of a submission (e.g. ``session_b/bce.py``)."""

    def __init__(self, root: Path, dotted: str, shown_root: str, known_problem=None):
        self.dotted = dotted
        self.relpath = dotted.replace(".", "/") + ".py"
        self.path = root / self.relpath
        self.shown = f"{shown_root}/{self.relpath}" if shown_root else self.relpath
        self.problem = known_problem  # why the file cannot be read ("is missing", "is a symbolic link: …")

    @cached_property
    def text(self):
        """The source text, or None when the file is missing or is not one the grader reads."""
        if self.problem is not None:
            return None  # found when the submission was packed (a batch job)
        folder = _link_on_the_way(self.path.parent, self.path.parents[len(self.relpath.split("/")) - 1])
        if folder is not None:
            self.problem = f"is inside {intake.shown(folder.name)}, which {intake.problem(folder)}"
            return None
        try:
            return intake.read_text(self.path, MAX_SOURCE_BYTES)
        except intake.NotRegular as exc:
            self.problem = exc.why
        except FileNotFoundError:
            self.problem = "is missing"
        except OSError as exc:
            self.problem = f"cannot be read ({exc.strerror})"
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
            return None, SyntaxProblem(line, text.clean(exc.msg or "invalid syntax", 200, newlines=False), text.clean(code, 120, newlines=False))
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


def _link_on_the_way(folder, top):
    """The first folder from ``top`` down to ``folder`` that is not a plain folder (a link), or None."""
    chain = []
    while folder != top and folder != folder.parent:
        chain.append(folder)
        folder = folder.parent
    for part in reversed(chain):
        if intake.problem(part) not in (None, "is missing", "is a folder, not a file"):
            return part
    return None


def _calculus_reference(node, local):
    """sympy's calculus taken without calling it at once (``step = e._eval_derivative``,
    ``attrgetter("diff")``, ``f = diff``), or None."""
    if isinstance(node, ast.Attribute) and _is_calculus_name(node.attr) and not (
            isinstance(node.value, ast.Name) and node.value.id in NUMPY_NAMES):
        return f"uses .{node.attr}"
    if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load) and node.id in CALCULUS_CALLS \
            and node.id not in local:
        return f"uses {node.id}"
    text_ = _constant_text(node)
    if text_ is not None:
        if text_ in CALCULUS_CALLS:
            return f"names {text_!r}"  # getattr(e, "diff"), attrgetter("_eval_derivative")
        # Text sympy reads as code (sympify, parse_expr, S): "diff(sin(x**2), x)", "….doit()".
        # An answer typed as text ("2*x*cos(x**2)") is the learner's own derivation.
        found = CALCULUS_IN_TEXT.search(text_)
        if found:
            return f"has the text {text_[:60]!r}, in which sympy would call {found.group(1) or found.group(2)}"
    return None


def _constant_text(node):
    """The text of a string constant, or of "a" + "b" and f-string parts joined, or None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _constant_text(node.left), _constant_text(node.right)
        return left + right if left is not None and right is not None else None
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str))
    return None


def _is_calculus_name(name):
    """sympy's calculus, by any of its doors: diff, doit, and the methods behind them
    (_eval_derivative, fdiff, _eval_derivative_n_times …)."""
    lowered = name.lower()
    return name in CALCULUS_CALLS or "deriv" in lowered or lowered.endswith("diff")


def _is_grader(name):
    return isinstance(name, str) and (name == GRADER or name.startswith(GRADER + "."))


def _grader_reach(node):
    """What ``node`` does to reach the grader package, or None."""
    if isinstance(node, ast.Import):
        hit = [a.name for a in node.names if _is_grader(a.name)]
        return f"imports {hit[0]}" if hit else None
    if isinstance(node, ast.ImportFrom) and node.level == 0 and _is_grader(node.module):
        return f"imports {node.module}"
    if isinstance(node, ast.Constant) and _is_grader(node.value):
        return f"names the grader's package ({node.value[:60]!r})"
    if isinstance(node, ast.Name) and node.id == GRADER:
        return "uses the grader's package"
    return None


def _dynamic_feature(node):
    """What dynamic feature ``node`` uses (exec, __import__, frames, sys.modules …), or None."""
    if isinstance(node, ast.Import):
        hit = [a.name for a in node.names if a.name.split(".")[0] in DYNAMIC_MODULES | {LEARNER_PACKAGE}]
        return f"imports {hit[0]}" if hit else None
    if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module \
            and node.module.split(".")[0] in DYNAMIC_MODULES | {LEARNER_PACKAGE}:
        return f"imports from {node.module}"
    if isinstance(node, ast.Call):
        func = node.func
        name = func.id if isinstance(func, ast.Name) else None
        if name in DYNAMIC_CALLS:
            return f"calls {name}"
        if isinstance(func, ast.Attribute) and func.attr in DYNAMIC_METHODS:
            return f"calls {func.attr}"
        if isinstance(func, ast.Attribute) and func.attr in INSPECT_FRAMES and isinstance(func.value, ast.Name) \
                and func.value.id == "inspect":
            return f"calls inspect.{func.attr}"
        if isinstance(func, ast.Attribute) and func.attr in ("load", "loads", "Unpickler") and \
                isinstance(func.value, ast.Name) and func.value.id in PICKLES:
            return f"calls {func.value.id}.{func.attr} (which runs code the data names)"
        if isinstance(func, ast.Attribute) and func.attr in ("update", "__setitem__", "setdefault") and \
                isinstance(func.value, ast.Call) and getattr(func.value.func, "id", None) in ("globals", "vars", "locals"):
            return f"writes into {func.value.func.id}()"
        if name in COMPUTED_NAME_CALLS and len(node.args) >= 2 and not (
                isinstance(node.args[1], ast.Constant) and isinstance(node.args[1].value, str)):
            return f"calls {name} with a name computed at run time"
    if isinstance(node, (ast.Assign, ast.AugAssign)):
        for target in (node.targets if isinstance(node, ast.Assign) else [node.target]):
            if isinstance(target, ast.Subscript) and isinstance(target.value, ast.Call) and \
                    getattr(target.value.func, "id", None) in ("globals", "vars", "locals"):
                return f"writes into {target.value.func.id}()"
    if isinstance(node, ast.Attribute):
        if node.attr in DYNAMIC_ATTRIBUTES:
            return f"uses .{node.attr}"
        if node.attr == "modules" and isinstance(node.value, ast.Name) and node.value.id == "sys":
            return "uses sys.modules"
    if isinstance(node, ast.Name) and node.id in ("__builtins__", "__import__", "__loader__", "__spec__"):
        return f"uses {node.id}"
    return None


def _imported_by_name(call):
    """The top-level module of __import__("x.y") or importlib.import_module("x.y"), if spelled out."""
    func = call.func
    name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
    if name in ("__import__", "import_module") and call.args and isinstance(call.args[0], ast.Constant) \
            and isinstance(call.args[0].value, str):
        return call.args[0].value.split(".")[0]
    return None


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


COMPOUND = (ast.If, ast.Try, ast.With, ast.AsyncWith, ast.For, ast.AsyncFor, ast.While) + (
    (ast.TryStar,) if hasattr(ast, "TryStar") else ()) + ((ast.Match,) if hasattr(ast, "Match") else ())


def module_level(tree):
    """Every statement that runs when the module runs, outside function and class bodies:
    the top level, and inside if/try/with/for/while/match blocks at the top level."""
    stack = list(reversed(tree.body))
    while stack:
        node = stack.pop()
        yield node
        if isinstance(node, COMPOUND):
            inner = []
            for field in ("body", "orelse", "finalbody"):
                inner += getattr(node, field, [])
            for handler in getattr(node, "handlers", []):
                inner += handler.body
            for case in getattr(node, "cases", []):
                inner += case.body
            stack.extend(reversed(inner))


def opaque_bindings(tree):
    """{name: line} for names bound at module level in ways the rules do not follow: for-loop
    and with targets, := anywhere outside functions, match captures, `global` assignments in
    functions, imports from outside the session's folder (from ..x import y)."""
    found = {}

    def bind(target, line):
        for name in ast.walk(target):
            if isinstance(name, ast.Name):
                found.setdefault(name.id, line)

    for node in module_level(tree):
        if isinstance(node, (ast.For, ast.AsyncFor)):
            bind(node.target, node.lineno)
        elif isinstance(node, (ast.With, ast.AsyncWith)):
            for item in node.items:
                if item.optional_vars is not None:
                    bind(item.optional_vars, node.lineno)
        elif isinstance(node, ast.ImportFrom) and node.level >= 2:
            for alias in node.names:
                found.setdefault(alias.asname or alias.name, node.lineno)
        if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            for inner in ast.walk(node):
                if isinstance(inner, ast.NamedExpr):
                    bind(inner.target, inner.lineno)
                elif type(inner).__name__ in ("MatchAs", "MatchStar") and getattr(inner, "name", None):
                    found.setdefault(inner.name, inner.lineno)
                elif type(inner).__name__ == "MatchMapping" and getattr(inner, "rest", None):
                    found.setdefault(inner.rest, inner.lineno)
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            declared = {name for n in ast.walk(node) if isinstance(n, ast.Global) for name in n.names}
            for inner in ast.walk(node):
                if isinstance(inner, ast.Name) and isinstance(inner.ctx, ast.Store) and inner.id in declared:
                    found.setdefault(inner.id, inner.lineno)
    return found


def definitions(tree):
    """(name, node) for each name bound at module level: `def f`, `f = lambda …`, `f = g`,
    `_D = sp.diff(...)`, also inside `if __name__ == "__main__":`, `try:` and the like, in
    the order they run. For an assignment the node is its value: what the name holds."""
    for node in module_level(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            yield node.name, node  # a class: all of its body, every method, is what it holds
        elif isinstance(node, (ast.Assign, ast.AnnAssign, ast.AugAssign)) and node.value is not None:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                for name in ast.walk(target):
                    if isinstance(name, ast.Name):
                        yield name.id, node.value


def _local_names(node):
    """A function's parameters and the names it assigns (they hide module-level names of the
    same spelling), unless it declares them global; empty for anything but a function."""
    if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
        return set()
    arguments = node.args
    names = {a.arg for a in arguments.posonlyargs + arguments.args + arguments.kwonlyargs}
    names |= {a.arg for a in (arguments.vararg, arguments.kwarg) if a is not None}
    names |= {n.id for n in ast.walk(node) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)}
    declared = {name for n in ast.walk(node) if isinstance(n, (ast.Global, ast.Nonlocal)) for name in n.names}
    return names - declared


def _used_names(node):
    """The names a definition uses that are not its own (see _call_graph)."""
    names = {n.id for n in ast.walk(node) if isinstance(n, ast.Name)} - _local_names(node)
    names |= {f"{n.value.id}.{n.attr}" for n in ast.walk(node)
              if isinstance(n, ast.Attribute) and isinstance(n.value, ast.Name)}
    return names


def _call_graph(trees):
    """Names each module-level function uses, and where ``from .x import y`` names come from."""
    uses, imports = {}, {}
    for tree in trees:
        for name, node in definitions(tree):
            # helper.d(...) after `from . import helper`: the function d of the sibling helper
            uses.setdefault(name, set()).update(_used_names(node))  # every binding of the name: any may run
        for node in module_level(tree):
            if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module:
                for alias in node.names:
                    imports[alias.asname or alias.name] = (node.module, alias.name)
            elif isinstance(node, ast.ImportFrom) and node.level == 1 and not node.module:
                for alias in node.names:
                    imports[alias.asname or alias.name] = (alias.name, None)  # a sibling module
    return uses, imports


class Submission:
    """A folder laid out like ``exercises/``: ``session_a/chain_rule.py`` and so on."""

    def __init__(self, root, shown_root=None, problems=None):
        self.root = Path(root).resolve()
        self.shown_root = text.name(self.root.name if shown_root is None else shown_root)
        self.problems = dict(problems or {})  # {relative path: why}, for files left behind when packed
        self._modules = {}

    def module(self, dotted):
        return self._module_file(dotted)

    def _module_file(self, dotted):
        """The .py file of ``dotted`` in the folder (whatever a subclass grades instead)."""
        if dotted not in self._modules:
            relpath = dotted.replace(".", "/") + ".py"
            self._modules[dotted] = ModuleSource(self.root, dotted, self.shown_root, self.problems.get(relpath))
        return self._modules[dotted]

    def display(self, relpath):
        """A file of the copy the learner process ran, named as the learner knows it."""
        return f"{self.shown_root}/{relpath}" if self.shown_root else relpath

    def _place(self, relpath, line):
        """(source, line in that source's trees) for a line of the copy the learner process ran."""
        if not relpath.endswith(".py"):
            return None, 0
        return self.module(relpath[:-3].replace("/", ".")), line

    def inside_call(self, relpath, line, name):
        """Is ``line`` of a file the learner process ran inside a call of ``name`` (np.where, say)?"""
        source, line = self._place(relpath, line)
        return source is not None and source.inside_call(line, name)

    def start_nodes(self, dotted, function, located):
        """(source, [nodes]) of the definition that runs under ``function``'s name, from where
        the learner process found its code (``located``); None when that cannot be read, and
        (module source, None: every binding) when nothing was located."""
        if not located or located.get("kind") != "function":
            return self.module(dotted), None
        source, line = self._place(located.get("file", ""), located.get("line", 0))
        node = source.node_at(line) if source is not None else None
        if node is None:
            return None
        if getattr(node, "name", function) != function:
            # Under another name (an alias, a decorator's wrapper): read the contract name's own
            # definitions too, whatever the name was bound to on the way.
            return source, [node] + source.bindings.get(function, [])
        return source, [node]

    def reaches(self, dotted, function, located=None):
        """Every (module, function) of the submission that ``function`` may call, itself included.

        Read from the source: names used in a function body that are functions of its
        module, or were imported from a sibling module, followed transitively. With
        ``located``, the first is the definition that really runs."""
        found, todo = set(), [(dotted, function)]
        start = self.start_nodes(dotted, function, located)
        first_uses = None
        if start is not None and start[1] is not None:
            first_uses = set()
            for node in start[1]:
                first_uses |= _used_names(node)
        while todo:
            module, name = todo.pop()
            if (module, name) in found:
                continue
            found.add((module, name))
            uses, imports = self.module(module).call_graph
            if (module, name) == (dotted, function) and first_uses is not None:
                uses = dict(uses, **{name: first_uses})
            package = module.rsplit(".", 1)[0]
            for used in uses.get(name, ()):
                base, _, attribute = used.partition(".")
                if used in uses:
                    todo.append((module, used))
                elif used in imports and imports[used][1] is not None:
                    sibling, original = imports[used]
                    todo.append((package + "." + sibling, original))
                elif attribute and base in imports and imports[base][1] is None:
                    todo.append((package + "." + imports[base][0], attribute))
        return found

    def calls(self, dotted, function):
        """Every name called by ``function`` or by the code of this submission that it calls."""
        return set().union(*(self.module(m).called_names(f) for m, f in self.reaches(dotted, function)))

    def policy_breach(self, dotted, function, banned_modules=(), calculus=False, located=None):
        """The first place where ``function``, or code it calls, breaks a rule:
        (shown file, the function it is in, Breach), or None."""
        start = self.start_nodes(dotted, function, located)
        for module, name in sorted(self.reaches(dotted, function, located), key=lambda place: place != (dotted, function)):
            source = self.module(module)
            nodes = None
            if start is not None and start[1] is not None and (module, name) == (dotted, function):
                source, nodes = start  # the definition that runs, in the file it is in
            found = source.breaches(name, banned_modules, calculus, nodes=nodes)
            if found:
                return source.shown, name, found[0]
        return None

    def _python_files(self):
        """The dotted names of every .py file of the submission (bounded walk, plain files)."""
        found = []
        for entry in intake.walk(self.root, max_depth=4, skip=("__pycache__",)):
            if entry.kind == "file" and entry.relative.endswith(".py") and not any(
                    part.startswith(".") for part in entry.relative.split("/")):
                found.append(entry.relative[:-3].replace("/", "."))
        return found

    def _sources_run(self, contract):
        """[(source, is it a contract module)] for every file of the submission that runs."""
        return [(self.module(dotted), dotted in contract) for dotted in sorted(set(self._python_files()))]

    def covers(self, session, modules):
        """Did the learner hand in ``session`` at all (any of its files, readable or not)?"""
        files = [self._module_file(f"{session}.{m}") for m in modules]
        return any(f.text is not None or f.problem not in (None, "is missing") for f in files)

    @property
    def notes(self):
        """What the learner should know about the submission as a whole: files left unread …"""
        return [f"{self.display(relative)} {why}; it was not read." for relative, why in sorted(self.problems.items())
                if not relative.endswith(".ipynb")]  # a notebook's own note says it

    def startup_modules(self):
        """Modules the learner process imports before the contract modules (a notebook's cells)."""
        return []

    def tampering(self, contract):
        """Code that runs with every check, not only with the functions that call it: anywhere
        in a file that is not a contract module (helpers, __init__.py) and at the top level of
        any file. ("grader" | "dynamic", shown file, Breach) for the first such place, or None:
        a reach into the grader first, then exec, __import__, frames …"""
        sources = self._sources_run(contract)
        for wanted in (0, 1):
            for source, is_contract in sources:
                found = (source.toplevel_escapes if is_contract else source.escapes)[wanted]
                if found:
                    return ("grader", "dynamic")[wanted], source.shown, found[0]
        return None

    def escape(self, dotted, function, dynamic=False, located=None):
        """The first place where the modules ``function`` may run reach into the grader (or, with
        ``dynamic``, use exec, __import__, frames …): (shown file, Breach), or None."""
        if located is not None and self.start_nodes(dotted, function, located) is None:
            return self.module(dotted).shown, Breach(0, "", f"runs code for `{function}` that the grader cannot "
                                                            f"find in the files handed in ({located.get('file', '?')}, "
                                                            f"line {located.get('line', 0)})")
        modules = sorted({module for module, _ in self.reaches(dotted, function, located)}, key=lambda m: m != dotted)
        for module in modules:
            source = self.module(module)
            if dynamic and module != dotted and source.text is None and getattr(source, "problem", None) == "is missing":
                # Imported from a file that is not there now: one written while the code runs.
                return self.module(dotted).shown, Breach(0, "", f"imports .{module.rsplit('.', 1)[-1]}, which is "
                                                                "not one of the files handed in")
            grader, found_dynamic = source.escapes
            if grader:
                return source.shown, grader[0]
            if dynamic and found_dynamic:
                return source.shown, found_dynamic[0]
        return None

    def copy_to(self, target: Path):
        """Copy the submission's regular files into ``target`` (which must not exist).

        Links, pipes and devices are left behind (the learner process sees only plain files),
        and so are files beyond the size budget, caches and pictures.
        """
        target.mkdir(parents=True)
        total = 0
        for entry in intake.walk(self.root, skip=("__pycache__",)):
            if any(part.startswith(".") or part == "__pycache__" for part in entry.relative.split("/")):
                continue
            if entry.kind == "folder":
                (target / entry.relative).mkdir(exist_ok=True)
                continue
            if entry.kind != "file" or COPY_IGNORE("", [entry.path.name]):
                continue
            try:
                data = intake.read_bytes(entry.path, min(intake.MAX_FILE, MAX_COPY_BYTES - total))
            except (intake.NotRegular, OSError):
                continue
            total += len(data)
            (target / entry.relative).write_bytes(data)


