"""A week of the course as data: its sessions, contract, checks, hints and pitfalls.

Each week is a sub-package of ``graders`` holding a ``week.toml`` (everything a
learner reads: titles, points, hints, pitfalls, plus the contract) and one module
per session implementing the checks. Nothing here knows which week it is loading.
"""
import ast
import functools
import importlib
import pkgutil
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
    answer: str  # typed maths, read with graders.typed_math
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
    id: str  # "session_b"
    name: str  # "Session B"
    title: str
    modules: dict  # module name → tuple of contract functions
    checks: tuple = ()
    signatures: dict = field(default_factory=dict, compare=False)  # function → "bce_loss(y, p, eps=1e-9)"

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

    def __repr__(self):
        return f"<Week {self.id}: {len(self.checks)} checks in {len(self.sessions)} sessions>"

    # ------------------------------------------------------------ loading

    @classmethod
    def load(cls, package):
        """Read ``<package>/week.toml`` and bind the checks of ``<package>.<session>``."""
        root = Path(importlib.import_module(package).__file__).parent
        data = tomllib.loads((root / "week.toml").read_text(encoding="utf-8"))
        pitfalls = {pid: Pitfall(pid, p["name"], p["explain"]) for pid, p in data.get("pitfalls", {}).items()}
        sessions = []
        for raw in data["session"]:
            checks = tuple(_check_spec(raw["id"], c) for c in raw.get("check", []))
            signatures = {_function_name(sig): sig for sigs in raw["modules"].values() for sig in sigs}
            modules = {m: tuple(_function_name(sig) for sig in sigs) for m, sigs in raw["modules"].items()}
            sessions.append(SessionSpec(raw["id"], raw["name"], raw["title"], modules, checks, signatures))
        recall = [RecallQuestion(q["id"], q["question"], dict(q.get("variables", {})), q["answer"], q["shown"],
                                 dict(q.get("mistakes", {})))
                  for q in data.get("recall", [])]
        items = [SelfAssessment(a["statement"], tuple(a.get("checks", ())), tuple(a.get("recall", ())))
                 for a in data.get("self_assessment", [])]
        week = cls(data["week"]["id"], data["week"]["title"], data["week"].get("next", "the next week"),
                   sessions, pitfalls, recall, items)
        for session in sessions:
            module = importlib.import_module(f"{package}.{session.id}")
            for short, fn in module.checks.implementations.items():
                week.implementations[f"{session.id}.{short}"] = fn
        week.validate()
        return week

    def validate(self):
        seen = set()
        for session in self.sessions:
            for check in session.checks:
                for fn in check.functions:
                    session.module_of(fn)
                for req in check.requires:
                    if req not in seen:
                        raise CourseError(f"{check.id} requires {req}, which is not an earlier check")
                if check.points <= 0 or not 1 <= len(check.hints) <= 3:
                    raise CourseError(f"{check.id}: needs positive points and one to three hints")
                if check.id not in self.implementations:
                    raise CourseError(f"{check.id} has no implementation")
                seen.add(check.id)
        extra = set(self.implementations) - seen
        if extra:
            raise CourseError(f"implemented but not declared in week.toml: {sorted(extra)}")
        questions = {q.id for q in self.recall}
        for question in self.recall:
            unknown = set(question.mistakes) - set(self.pitfalls)
            if unknown:
                raise CourseError(f"recall question {question.id} names unknown pitfalls {sorted(unknown)}")
        for item in self.self_assessment:
            unknown = (set(item.checks) - seen) | (set(item.recall) - questions)
            if unknown:
                raise CourseError(f"self-assessment {item.statement!r} names unknown {sorted(unknown)}")

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


def _check_spec(session_id, raw):
    functions = raw.get("functions") or [raw["function"]]
    requires = tuple(r if r.startswith("session_") else f"{session_id}.{r}" for r in raw.get("requires", []))
    return CheckSpec(
        id=f"{session_id}.{raw['id']}", session=session_id, title=raw["title"], points=int(raw["points"]),
        functions=tuple(functions), requires=requires, hints=tuple(raw.get("hints", ())),
        timeout=raw.get("timeout"), by_hand=bool(raw.get("by_hand", False)),
        forbid_imports=tuple(raw.get("forbid_imports", ())),
    )


@functools.lru_cache(maxsize=None)
def weeks():
    """Every week defined under the graders package, by id (loaded once per process)."""
    import graders

    found = {}
    for info in pkgutil.iter_modules(graders.__path__):
        if info.ispkg and (Path(info.module_finder.path) / info.name / "week.toml").is_file():
            week = Week.load(f"graders.{info.name}")
            found[week.id] = week
    return found


def week_for(root):
    """The week whose contract ``root`` follows, or None."""
    for week in weeks().values():
        if week.matches(root):
            return week
    return None
