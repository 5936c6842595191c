"""A class's submissions: found in a folder, packed for a worker, graded anywhere.

A job is plain data (the learner's name and files as bytes), so that the same
``grade_job`` runs in a local process pool or on a Dask worker on another machine.
"""
import re
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from . import report
from .learner import Limits, Submission
from .learner.submission import NotebookSubmission

MAX_FILE = 2 * 2**20
MAX_TOTAL = 20 * 2**20
SKIP_PARTS = {"__pycache__", ".git", ".ipynb_checkpoints", "node_modules", ".venv"}


@dataclass
class Entry:
    name: str  # the learner, from the folder or file name
    path: Path
    kind: str  # folder | notebook


def safe_name(text):
    name = re.sub(r"[^A-Za-z0-9._@+-]+", "_", text).strip("._") or "learner"
    return name[:100]


def discover(folder):
    """Each sub-folder or .ipynb file of ``folder`` is one learner."""
    entries, seen = [], set()
    for child in sorted(Path(folder).iterdir()):
        if child.name.startswith(".") or child.name in SKIP_PARTS:
            continue
        if child.is_dir():
            kind, stem = "folder", child.name
        elif child.suffix == ".ipynb":
            kind, stem = "notebook", child.stem
        else:
            continue
        name = safe_name(stem)
        while name in seen:
            name += "_"
        seen.add(name)
        entries.append(Entry(name, child, kind))
    return entries


def pack(entry):
    """The job for one learner: its files as bytes (capped in size), nothing else."""
    files, total = {}, 0
    paths = [entry.path] if entry.kind == "notebook" else sorted(p for p in entry.path.rglob("*") if p.is_file())
    for path in paths:
        relative = path.name if entry.kind == "notebook" else path.relative_to(entry.path).as_posix()
        if set(Path(relative).parts) & SKIP_PARTS or path.is_symlink():
            continue
        size = path.stat().st_size
        if size > MAX_FILE or total + size > MAX_TOTAL:
            continue
        files[relative] = path.read_bytes()
        total += size
    return {"name": entry.name, "kind": entry.kind, "files": files}


def find_root(folder, week):
    """The folder holding session_a/, session_b/ …: the top, or one nested a few levels down."""
    candidates = [folder] + sorted(p for p in folder.rglob("*") if p.is_dir() and len(p.relative_to(folder).parts) <= 3)
    for candidate in candidates:
        if week.matches(candidate):
            return candidate
    return folder


def submission_of(kind, path, week, shown):
    """The Submission to grade: a folder laid out like exercises/, or a notebook read by the contract's names."""
    if kind == "notebook":
        sessions = {s.id: list(s.modules) for s in week.sessions}
        return NotebookSubmission(path, sessions, shown=shown)
    return Submission(path, shown_root=shown)


def grade_job(job, week_id, seed, limits=None, in_process=False):
    """Grade one packed submission; returns a plain dict (results.json plus facts about the run)."""
    from . import course
    from .runner import GradingRun

    started = time.perf_counter()
    week = course.weeks()[week_id]
    kwargs = {"limits": Limits(**limits) if limits else None}
    if in_process:
        from .learner.inprocess import InProcessLearner

        kwargs["learner_class"] = InProcessLearner
    with tempfile.TemporaryDirectory(prefix="graders-job-") as tmp:
        folder = Path(tmp) / job["name"]
        for relative, data in job["files"].items():
            target = (folder / relative).resolve()
            if folder.resolve() not in target.parents:
                continue  # a path that tries to leave the folder
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        folder.mkdir(exist_ok=True)
        if job["kind"] == "notebook":
            notebook = next(folder.glob("*.ipynb"), folder / "missing.ipynb")
            submission = submission_of("notebook", notebook, week, notebook.name)
        else:
            submission = submission_of("folder", find_root(folder, week), week, job["name"])
        with GradingRun(week, submission, seed=seed, **kwargs) as run:
            scores = run.scores()
            isolation = dict(run.process.isolation)
    document = report.gradescope(run, scores, time.perf_counter() - started)
    return {"name": job["name"], "results": document, "isolation": isolation}
