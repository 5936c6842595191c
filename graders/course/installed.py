"""The weeks installed, and which one a command is about: resolved here and nowhere else.

A week is found in two ways:

- a sub-package of ``graders`` holding a ``week.toml`` (``graders/m01w02/``: drop a new
  week's folder beside it);
- a folder named in ``GRADERS_WEEKS`` (``os.pathsep``-separated; each a week's folder or a
  folder of weeks), made importable as ``graders.<folder name>``. The learner process is
  told of these folders too, and cannot read them.

(No pip entry point: the learner process's rules and its filesystem view guard the
``graders`` package and the folders above; a week elsewhere in site-packages would be open.)
A folder that cannot be a week (a broken week.toml, a name taken by the machinery, no
__init__.py) is listed by ``broken()`` and leaves the other weeks working.

Which week a command grades: the one ``--week`` names; else the one a submission
declares (the ``.graders-week`` file that generated exercises carry, or the week id in a
notebook's metadata); else the week whose contract it follows best; else the only week
installed. Anything else is a one-line ``WeekError`` that lists the weeks.
"""
import functools
import keyword
import os
import re
from dataclasses import dataclass
from pathlib import Path

from graders.course.week import CourseError, Week, read_toml

MARKER = ".graders-week"  # in a generated exercises/ folder: the id of its week
MARKER_BYTES = 200
NOTEBOOK_BYTES = 4 << 20  # enough to read a notebook's metadata and definitions when matching
IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")


class WeekError(Exception):
    """No week, or more than one, fits what the user asked for; the message is one line."""


@dataclass(frozen=True)
class WeekEntry:
    """A week as its week.toml says, read without importing its checks (cheap)."""
    id: str
    package: str  # graders.m01w02
    root: Path
    sessions: dict  # session id → {module: functions}

    def load(self):
        return _load(self.package)

    def follows(self, root):
        """How much of this week's contract the folder ``root`` holds: module files present."""
        root = Path(root)
        return sum((root / s / f"{m}.py").is_file() for s, modules in self.sessions.items() for m in modules)

    @property
    def functions(self):
        return {f for modules in self.sessions.values() for fns in modules.values() for f in fns}


def catalog():
    """{week id: WeekEntry} of every installed week, from the week.toml files alone."""
    return _scan()[0]


def broken():
    """{folder: why} of week folders whose week.toml cannot be read (the others still work)."""
    return _scan()[1]


@functools.lru_cache(maxsize=None)
def _scan():
    import graders

    package_dir = Path(graders.__file__).resolve().parent
    machinery = {p.stem for p in package_dir.iterdir() if not (p / "week.toml").is_file()}
    folders = [p for p in sorted(package_dir.iterdir()) if p.is_dir() and (p / "week.toml").is_file()]
    extra = [p for p in _extra_folders() if p.parent != package_dir]
    found, unreadable = {}, {}
    for root in folders + extra:
        why = _unfit(root, root in extra and root.name in machinery)
        if why is None:
            try:
                week_id, sessions = _summary(read_toml(root / "week.toml"))
            except CourseError as exc:
                why = str(exc)
            except (KeyError, TypeError, AttributeError, ValueError) as exc:
                why = f"{root / 'week.toml'}: missing or malformed {exc}"
        if why is None and week_id in found:
            why = f"two weeks have the id {week_id}: {found[week_id].root} and {root}"
        if why is not None:
            unreadable[str(root)] = why
            continue
        if root in extra and str(root.parent) not in graders.__path__:
            graders.__path__.append(str(root.parent))  # importable as graders.<folder name>
        found[week_id] = WeekEntry(week_id, f"graders.{root.name}", root, sessions)
    return found, unreadable


def _unfit(root, shadows):
    """Why the folder ``root`` cannot be a week's package, or None."""
    if not IDENTIFIER.match(root.name) or keyword.iskeyword(root.name):
        return f"{root}: a week's folder name must be a Python name"
    if shadows:
        return f"{root}: its name {root.name!r} is a part of the grader; give the week's folder another name"
    if not (root / "__init__.py").is_file():
        return f"{root} has no __init__.py: a week's folder is a Python package"
    return None


def _summary(data):
    """(week id, {session id: {module: functions}}) from a week.toml, checked for its types."""
    week_id = data["week"]["id"]
    if not isinstance(week_id, str) or not IDENTIFIER.match(week_id):
        raise ValueError(f"the week id {week_id!r} is not a Python name")
    sessions = {}
    for session in data["session"]:
        if not isinstance(session["id"], str) or not IDENTIFIER.match(session["id"]):
            raise ValueError(f"the session id {session['id']!r} is not a Python name")
        sessions[session["id"]] = {str(m): tuple(str(sig).split("(", 1)[0].strip() for sig in sigs)
                                   for m, sigs in session["modules"].items()}
    return week_id, sessions


def _extra_folders():
    for text in os.environ.get("GRADERS_WEEKS", "").split(os.pathsep):
        if not text.strip():
            continue
        folder = Path(text).expanduser().resolve()
        if (folder / "week.toml").is_file():
            yield folder
        elif folder.is_dir():
            yield from (p for p in sorted(folder.iterdir()) if (p / "week.toml").is_file())


@functools.lru_cache(maxsize=None)
def _load(package):
    return Week.load(package)


def weeks():
    """{week id: Week} of every installed week, loaded (their checks imported)."""
    return {week_id: entry.load() for week_id, entry in catalog().items()}


def get(week_id):
    """The installed week with this id, or a WeekError listing the installed ones."""
    entry = catalog().get(str(week_id).strip())
    if entry is None:
        named = [why for folder, why in broken().items() if Path(folder).name == str(week_id).strip()]
        if named:
            raise CourseError(named[0])
        raise WeekError(f"no week {week_id!r} is installed; the installed weeks are {_listing()}")
    return entry.load()


def resolve(week_id=None, root=None, notebooks=()):
    """The week a command is about (see the module's docstring), loaded."""
    if week_id:
        return get(week_id)
    entries = catalog()
    if not entries:
        raise WeekError("no week is installed: a week is a folder holding week.toml (see AUTHORING.md)")
    declared = declared_week(root, notebooks)
    if declared in entries:
        return entries[declared].load()
    scores = _scores(root, notebooks) if root is not None or notebooks else {}
    if _best(scores):
        return entries[_best(scores)].load()
    if len(entries) == 1:
        return next(iter(entries.values())).load()
    if root is not None and not any(scores.values()):
        raise WeekError(f"{_shown(root)} does not look like a submission of any installed week ({_listing()}): "
                        "expected the session folders of one of them, holding its exercise files")
    where = f" and {_shown(root)} does not say which one it is" if root is not None else ""
    raise WeekError(f"more than one week is installed ({_listing()}){where}: choose one with --week ID")


def claim(root=None, notebooks=()):
    """The WeekEntry a submission declares or follows best, or None (unknown or a tie)."""
    entries = catalog()
    declared = declared_week(root, notebooks)
    if declared in entries:
        return entries[declared]
    best = _best(_scores(root, notebooks))
    return entries[best] if best else None


def week_for(root):
    """The week whose contract the folder ``root`` follows (chosen by its marker among those), or None."""
    entry = claim(root)
    return entry.load() if entry is not None and entry.follows(root) else None


def _scores(root=None, notebooks=(), files=None):
    """{week id: how much of its contract a submission holds}: its contract files (``files``,
    else those at the top of the folder ``root``), else the functions its notebooks define."""
    entries = catalog()
    if files is not None:
        scores = {week_id: sum(f.stem in e.sessions.get(f.parent.name, {}) for f in files)
                  for week_id, e in entries.items()}
    else:
        is_folder = root is not None and Path(root).is_dir()
        scores = {week_id: e.follows(root) if is_folder else 0 for week_id, e in entries.items()}
    if not any(scores.values()):
        names = defined_names(root, notebooks)
        scores = {week_id: len(e.functions & names) for week_id, e in entries.items()}
    return scores


def _best(scores):
    """The one week with the highest score above 0, or None (none, or a tie)."""
    best = max(scores.values(), default=0)
    winners = [week_id for week_id, score in scores.items() if score == best]
    return winners[0] if best > 0 and len(winners) == 1 else None


def session_ids():
    """Every session folder name any installed week uses (a cheap look for the pytest plugin)."""
    return {s for entry in catalog().values() for s in entry.sessions}


def declared_week(root=None, notebooks=()):
    """The week id a submission names itself: its marker file, else its notebooks' metadata."""
    if root is not None:
        declared = _marker(root)
        if declared:
            return declared
    for notebook in _notebooks(root, notebooks):
        metadata = _notebook_json(notebook).get("metadata")
        ours = metadata.get("graders") if isinstance(metadata, dict) else None
        declared = ours.get("week") if isinstance(ours, dict) else None
        if isinstance(declared, str):
            return declared
    return None


def _marker(root):
    """The week id in a folder's marker file: read as any learner file is (regular files only, bounded)."""
    from graders.learner import intake

    if root is None:
        return None
    try:
        text = intake.read_text(Path(root) / MARKER, limit=MARKER_BYTES)
    except (OSError, intake.NotRegular):
        return None
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            return line if IDENTIFIER.match(line) else None
    return None


def _notebooks(root, notebooks):
    found = list(notebooks)
    if root is not None and Path(root).is_file() and Path(root).suffix == ".ipynb":
        found.append(Path(root))
    return [Path(n) for n in found if Path(n).is_file() and not Path(n).is_symlink()]


def _notebook_json(path):
    import json

    from graders.learner import intake

    try:
        data = json.loads(intake.read_text(path, limit=NOTEBOOK_BYTES))
    except (OSError, intake.NotRegular, ValueError, RecursionError):
        return {}
    return data if isinstance(data, dict) else {}


def defined_names(root=None, notebooks=()):
    """Top-level function names defined in a submission's notebooks (for matching by contract),
    read as the grader reads every notebook (outputs dropped, bounded)."""
    from graders.learner import cells

    names = set()
    for notebook in _notebooks(root, notebooks):
        try:
            document = cells.load(notebook)
        except (cells.Unreadable, OSError):
            continue
        for cell in document.get("cells", []):
            if isinstance(cell, dict) and cell.get("cell_type") == "code":
                source = cell.get("source", "")
                source = "".join(map(str, source)) if isinstance(source, list) else str(source)
                names |= set(re.findall(r"^def\s+([A-Za-z_]\w*)", source, flags=re.M))
    return names


def _listing():
    return ", ".join(sorted(catalog())) or "none"


def _shown(root):
    return repr(str(root))


def resolve_class(week_id=None, entries=()):
    """The week of a whole class: --week, the only week installed, or the one most of its learners'
    work follows. Only the work votes (the contract files and the functions defined), never what a
    folder says of itself: one odd or hostile folder can neither choose the week nor stop the batch."""
    if week_id or len(catalog()) <= 1:
        return resolve(week_id)
    claimed = class_votes(entries)
    if claimed:
        (best, count), = claimed.most_common(1)
        if count * 2 > sum(claimed.values()):
            return get(best)
    which = (f"its learners' work follows {', '.join(f'{w} ({n})' for w, n in sorted(claimed.items()))}"
             if claimed else "no learner's work says which")
    raise WeekError(f"more than one week is installed ({_listing()}) and {which}: choose one with --week ID")


def class_votes(entries):
    """Counter {week id: learners whose work follows it best}, by their work alone."""
    from collections import Counter

    return Counter(found for found in (_follows_best(Path(entry)) for entry in entries) if found is not None)


def _follows_best(entry):
    """The id of the week whose contract one learner's work follows best (files at any depth,
    or functions their notebooks define), or None for none or a tie."""
    from graders.learner import intake

    found = [e.path for e in intake.walk(entry, max_depth=6, max_entries=5000) if e.kind == "file"] \
        if entry.is_dir() else []
    notebooks = [f for f in found if f.suffix.lower() == ".ipynb"][:20]
    root = entry if entry.suffix.lower() == ".ipynb" else None  # a loose notebook; a folder votes by its files
    return _best(_scores(root, notebooks, files=[f for f in found if f.suffix == ".py"]))


__all__ = ["MARKER", "WeekEntry", "WeekError", "catalog", "claim", "declared_week", "get", "resolve",
           "resolve_class", "session_ids", "week_for", "weeks"]
