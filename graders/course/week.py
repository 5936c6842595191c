"""A week of the course as data: its sessions, contract, checks, hints and pitfalls.

A week is a package holding a ``week.toml`` (everything a learner reads: titles, points,
hints, pitfalls, plus the contract) and one module per session implementing the checks.
Nothing here knows which week it is loading; ``graders.course.installed`` finds them.
The pitfalls that the machinery itself recognises (an input changed in place, sympy
doing the calculus, …) are in ``machinery.toml`` beside this file and belong to every
week; a week may reword one for its own exercises.
"""
import ast
import functools
import importlib
import sys
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib


class CourseError(Exception):
    """The week's own definition is inconsistent (a bug for the course authors)."""


@dataclass(frozen=True)
class Pitfall:
    id: str
    name: str  # short, for tables: "y − σ(z) instead of σ(z) − y"
    explain: str  # one or two sentences for the learner


@dataclass(frozen=True)
class RecallQuestion:
    id: str
    question: str
    variables: dict  # name → real | label | probability
    answer: str  # typed maths, read with graders.compare.typed_math
    shown: str  # the answer as a person writes it, shown after a wrong try
    mistakes: dict = field(default_factory=dict)  # pitfall id → typed maths of what that mistake gives


@dataclass(frozen=True)
class SelfAssessment:
    statement: str
    checks: tuple
    recall: tuple


@dataclass(frozen=True)
class CheckSpec:
    id: str  # "session_b.sigmoid.values"
    session: str
    title: str
    points: int
    functions: tuple  # the contract functions it grades
    requires: tuple = ()
    hints: tuple = ()
    timeout: float | None = None
    by_hand: bool = False  # symbolic answers must not come from sympy's calculus
    forbid_imports: tuple = ()

    @property
    def short(self):
        return self.id.split(".", 1)[1]

    @property
    def function(self):
        return self.functions[0]


@dataclass(frozen=True)
class SessionSpec:
    id: str  # "session_b": the folder name, and the module of its checks
    name: str  # "Session B"
    title: str
    modules: dict  # module name → tuple of contract functions
    checks: tuple = ()
    signatures: dict = field(default_factory=dict, compare=False)  # function → "bce_loss(y, p, eps=1e-9)"
    short: str = ""  # what a learner types: "b" in `--session b` (the id when week.toml gives none)
    given: tuple = ()  # contract functions the stubs supply whole (nothing to grade)

    @property
    def key(self):
        return self.short or self.id

    def answers_to(self, text):
        """Is ``text`` (``b``, ``session_b``, ``Session B``) a way of naming this session?"""
        wanted = " ".join(str(text).strip().lower().replace("_", " ").split())
        return wanted in {" ".join(n.lower().replace("_", " ").split()) for n in (self.id, self.name, self.key)}

    def module_of(self, function):
        for module, functions in self.modules.items():
            if function in functions:
                return f"{self.id}.{module}"
        raise CourseError(f"{function} is not in the contract of {self.id}")

    @property
    def dotted_modules(self):
        return [f"{self.id}.{m}" for m in self.modules]

    @property
    def max_points(self):
        return sum(c.points for c in self.checks)


@dataclass
class Week:
    id: str
    title: str
    next_title: str
    sessions: list
    pitfalls: dict
    recall: list = field(default_factory=list)  # RecallQuestion, in quiz order
    self_assessment: list = field(default_factory=list)  # SelfAssessment
    implementations: dict = field(default_factory=dict, repr=False)  # check id → function(trial)
    root: Path | None = None  # the week's folder: week.toml, its session modules, notebooks/
    references: Path | None = None  # the reference answers (the solution blocks are in them)
    exercises: Path | None = None  # the learner's stubs, generated from the references
    text: dict = field(default_factory=dict)  # the week's own words for shared screens ([week.text])
    package: str = ""  # the Python package of its checks: graders.m01w02

    def __repr__(self):
        return f"<Week {self.id}: {len(self.checks)} checks in {len(self.sessions)} sessions>"

    # ------------------------------------------------------------ loading

    @classmethod
    def load(cls, package):
        """Read ``<package>/week.toml`` and bind the checks of ``<package>.<session>``."""
        try:
            root = Path(importlib.import_module(package).__file__).parent
        except Exception as exc:
            raise CourseError(f"{package} cannot be imported ({type(exc).__name__}: {exc})") from None
        data = read_toml(root / "week.toml")
        try:
            week = cls.from_data(data, root)
        except (KeyError, TypeError, ValueError) as exc:
            raise CourseError(f"{root / 'week.toml'}: {_describe(exc)}") from None
        week.package = package
        for session in week.sessions:
            try:
                module = importlib.import_module(f"{package}.{session.id}")
            except Exception as exc:  # the author's module does not import: say which, and why
                raise CourseError(f"{package}.{session.id} cannot be imported ({type(exc).__name__}: {exc})") from None
            checks = getattr(module, "checks", None)
            if checks is None:
                raise CourseError(f"{package}.{session.id} defines no `checks = CheckSet()`")
            for short, fn in checks.implementations.items():
                week.implementations[f"{session.id}.{short}"] = fn
        week.validate()
        return week

    @classmethod
    def from_data(cls, data, root=None):
        """The week that a parsed week.toml describes (checks not bound yet)."""
        shared = read_toml(MACHINERY_PITFALLS)["pitfalls"]
        raw_pitfalls = {**shared, **data.get("pitfalls", {})}  # a week may reword a shared pitfall
        pitfalls = {pid: Pitfall(pid, p["name"], p["explain"]) for pid, p in raw_pitfalls.items()}
        session_ids = [raw["id"] for raw in data["session"]]
        sessions = []
        for raw in data["session"]:
            checks = tuple(_check_spec(raw["id"], c, session_ids) for c in raw.get("check", []))
            signatures = {_function_name(sig): sig for sigs in raw["modules"].values() for sig in sigs}
            modules = {m: tuple(_function_name(sig) for sig in sigs) for m, sigs in raw["modules"].items()}
            sessions.append(SessionSpec(raw["id"], raw.get("name", raw["id"]), raw["title"], modules, checks,
                                        signatures, str(raw.get("short", "")),
                                        tuple(raw.get("given", ()))))
        recall = [RecallQuestion(q["id"], q["question"], dict(q.get("variables", {})), q["answer"], q["shown"],
                                 dict(q.get("mistakes", {})))
                  for q in data.get("recall", [])]
        items = [SelfAssessment(a["statement"], tuple(a.get("checks", ())), tuple(a.get("recall", ())))
                 for a in data.get("self_assessment", [])]
        info = data["week"]
        folder = Path(root) if root is not None else None
        return cls(info["id"], info["title"], info.get("next", "the next week"), sessions, pitfalls, recall, items,
                   root=folder, references=_place(folder, info.get("references", "solutions")),
                   exercises=_place(folder, info.get("exercises", "exercises")), text=dict(info.get("text", {})))

    def validate(self):
        """Refuse a week whose parts do not fit together (a course author's error, named)."""
        problems = self.problems()
        if problems:
            raise CourseError(f"week {self.id}: " + "; ".join(problems))

    def problems(self):
        """Every inconsistency in the week, as sentences for its author."""
        found, seen = [], set()
        graded = set()
        for session in self.sessions:
            if not session.checks:
                found.append(f"{session.id} has no checks")
            for check in session.checks:
                for fn in check.functions:
                    if all(fn not in functions for functions in session.modules.values()):
                        found.append(f"{check.id} grades {fn}, which is not in the contract of {session.id}")
                    graded.add((session.id, fn))
                for req in check.requires:
                    if req not in seen:
                        found.append(f"{check.id} requires {req}, which is not an earlier check")
                if check.points <= 0:
                    found.append(f"{check.id} needs a positive number of points")
                if not 1 <= len(check.hints) <= 3:
                    found.append(f"{check.id} needs one to three hints")
                if not check.title:
                    found.append(f"{check.id} needs a title")
                if check.id not in self.implementations:
                    found.append(f"{check.id} has no implementation (no @checks({check.short!r}) in "
                                 f"{session.id}.py)")
                seen.add(check.id)
            contract = {fn for functions in session.modules.values() for fn in functions}
            for fn in sorted(set(session.given) - contract):
                found.append(f"{session.id} gives {fn}, which is not in its contract")
            for functions in session.modules.values():
                for fn in functions:
                    if (session.id, fn) not in graded and fn not in session.given:
                        found.append(f"{fn} in the contract of {session.id} is graded by no check (list it "
                                     "under `given` if the stub supplies it)")
        extra = set(self.implementations) - seen
        if extra:
            found.append(f"implemented but not declared in week.toml: {', '.join(sorted(extra))}")
        questions = {q.id for q in self.recall}
        for question in self.recall:
            unknown = set(question.mistakes) - set(self.pitfalls)
            if unknown:
                found.append(f"recall question {question.id} names unknown pitfalls {', '.join(sorted(unknown))}")
        for item in self.self_assessment:
            unknown = (set(item.checks) - seen) | (set(item.recall) - questions)
            if unknown:
                found.append(f"self-assessment {item.statement!r} names unknown {', '.join(sorted(unknown))}")
        for name in sorted({fn.__module__ for fn in self.implementations.values()}):
            for pitfall in sorted(pitfalls_named_in(sys.modules.get(name)) - set(self.pitfalls)):
                found.append(f"{name} names the pitfall {pitfall!r}, which neither week.toml nor the "
                             "machinery's pitfalls define")
        return found

    # ------------------------------------------------------------ lookup

    def session(self, session_id):
        for session in self.sessions:
            if session.id == session_id:
                return session
        raise KeyError(session_id)

    @cached_property
    def checks(self):
        return {c.id: c for s in self.sessions for c in s.checks}

    @property
    def max_points(self):
        return sum(s.max_points for s in self.sessions)

    def parameters(self, session_id, function):
        """The contract's parameter names for ``function``, from its signature in week.toml."""
        return _parameter_names(self.session(session_id).signatures[function])

    def defaults(self, session_id, function):
        """{parameter: default value} of ``function``'s signature in week.toml."""
        return dict(_parameter_defaults(self.session(session_id).signatures[function]))

    def matches(self, root):
        """Does ``root`` look like a submission of this week (any contract module present)?"""
        root = Path(root)
        return any((root / s.id / f"{m}.py").is_file() for s in self.sessions for m in s.modules)

    def session_of_dir(self, path):
        """The session whose folder ``path`` is (its parent being a submission), or None."""
        path = Path(path)
        for s in self.sessions:
            if path.name == s.id and any((path / f"{m}.py").is_file() for m in s.modules):
                return s
        return None


def _function_name(signature):
    return signature.split("(", 1)[0].strip()


@functools.lru_cache(maxsize=None)
def _parameter_names(signature):
    node = ast.parse(f"def {signature}: pass").body[0]
    return [a.arg for a in node.args.posonlyargs + node.args.args + node.args.kwonlyargs]


@functools.lru_cache(maxsize=None)
def _parameter_defaults(signature):
    args = ast.parse(f"def {signature}: pass").body[0].args
    positional = args.posonlyargs + args.args
    pairs = list(zip(positional[len(positional) - len(args.defaults):], args.defaults))
    pairs += [(a, d) for a, d in zip(args.kwonlyargs, args.kw_defaults) if d is not None]
    return tuple((a.arg, ast.literal_eval(d)) for a, d in pairs)


def _check_spec(session_id, raw, session_ids):
    functions = raw.get("functions") or [raw["function"]]
    # "sigmoid.values" is a check of this session; "session_a.chain_rule.values" names its session
    requires = tuple(r if r.split(".", 1)[0] in session_ids else f"{session_id}.{r}" for r in raw.get("requires", []))
    return CheckSpec(
        id=f"{session_id}.{raw['id']}", session=session_id, title=raw["title"], points=int(raw["points"]),
        functions=tuple(functions), requires=requires, hints=tuple(raw.get("hints", ())),
        timeout=raw.get("timeout"), by_hand=bool(raw.get("by_hand", False)),
        forbid_imports=tuple(raw.get("forbid_imports", ())),
    )


def read_toml(path):
    try:
        return tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise CourseError(f"{path}: {exc}") from None


def _place(root, text):
    return None if root is None else (root / text).resolve()


def _describe(exc):
    if isinstance(exc, KeyError):
        return f"missing {exc.args[0]!r}"
    return str(exc)


def pitfalls_named_in(module):
    """The pitfall ids a module of checks names: ``pitfall=ID``, the values of ``pitfall_on``,
    and the keys of a ``pitfalls={...}`` literal or of the models handed to ``diagnose``."""
    import inspect

    try:
        tree = ast.parse(inspect.getsource(module))
    except (OSError, TypeError, SyntaxError):
        return set()
    named = set()

    def text(node):
        return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None

    for node in ast.walk(tree):
        if isinstance(node, ast.keyword) and node.arg == "pitfall" and text(node.value):
            named.add(text(node.value))
        elif isinstance(node, ast.keyword) and node.arg == "pitfall_on" and isinstance(node.value, ast.Dict):
            for value in node.value.values:
                named.add(text(value.elts[0] if isinstance(value, ast.Tuple) and value.elts else value))
        elif isinstance(node, ast.keyword) and node.arg == "pitfalls" and isinstance(node.value, ast.Dict):
            named.update(text(key) for key in node.value.keys if key is not None)
        elif isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", "")) == "diagnose" \
                and len(node.args) > 1 and isinstance(node.args[1], ast.Dict):
            named.update(text(key) for key in node.args[1].keys if key is not None)
    return named - {None}


MACHINERY_PITFALLS = Path(__file__).with_name("machinery.toml")
