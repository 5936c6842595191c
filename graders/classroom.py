"""A class's submissions: found in a folder, packed for a worker, graded anywhere.

A job is plain data (the learner's name and files as bytes), so that the same
``grade_job`` runs in a local process pool or on a Dask worker on another machine.
"""
import hashlib
import re
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from . import report
from .learner import Limits, Submission, intake
from .learner.submission import NotebookSubmission

MAX_FILE = 2 * 2**20
MAX_TOTAL = 20 * 2**20
SKIP_PARTS = {"__pycache__", ".git", ".ipynb_checkpoints", "node_modules", ".venv"}
MAX_LEARNERS = 10_000


@dataclass
class Entry:
    name: str  # the learner, from the folder or file name
    path: Path
    kind: str  # folder | notebook


def safe_name(text):
    """A learner's name as a folder name on every platform: letters, digits and ._@+- only."""
    name = re.sub(r"[^A-Za-z0-9._@+-]+", "_", text).strip("._") or "learner"
    return name[:100]


def discover(folder):
    """Each sub-folder or .ipynb file of ``folder`` is one learner; links and odd files are left out.

    Names are unique even where the file system ignores case (macOS, Windows).
    """
    entries, seen = [], set()
    for child in intake.walk(folder, max_depth=1, max_entries=MAX_LEARNERS):
        if child.path.name.startswith(".") or child.path.name in SKIP_PARTS:
            continue
        if child.kind == "folder":
            kind, stem = "folder", child.path.name
        elif child.kind == "file" and child.path.suffix == ".ipynb":
            kind, stem = "notebook", child.path.stem
        else:
            continue
        name = safe_name(stem)
        while name.lower() in seen:
            name += "_"
        seen.add(name.lower())
        entries.append(Entry(name, child.path, kind))
    return entries


def pack(entry):
    """The job for one learner: its regular files as bytes (capped in size), nothing else, and
    a hash of them, so that a rerun notices a submission that changed."""
    files, problems, total = {}, {}, 0
    if entry.kind == "notebook":
        found = [(entry.path.name, entry.path)]
    else:
        found = [(e.relative, e.path) for e in intake.walk(entry.path, skip=SKIP_PARTS) if e.kind != "folder"]
    for relative, path in found:
        if set(relative.split("/")) & SKIP_PARTS:
            continue
        try:
            data = intake.read_bytes(path, min(MAX_FILE, MAX_TOTAL - total))
        except intake.NotRegular as exc:
            problems[relative] = exc.why  # a link, a pipe, a device, or too large: named, never read
            continue
        except OSError as exc:
            problems[relative] = f"cannot be read ({exc.strerror})"
            continue
        files[relative] = data
        total += len(data)
    digest = hashlib.sha256()
    for relative in sorted(files):
        digest.update(relative.encode("utf-8", "surrogateescape") + b"\0" + hashlib.sha256(files[relative]).digest())
    for relative in sorted(problems):
        digest.update(relative.encode("utf-8", "surrogateescape") + b"\0?" + problems[relative].encode())
    return {"name": entry.name, "kind": entry.kind, "files": files, "problems": problems, "hash": digest.hexdigest()}


def find_root(folder, week):
    """The folder holding session_a/, session_b/ …: the top, or one nested a few levels down."""
    candidates = [folder] + [e.path for e in intake.walk(folder, max_depth=3) if e.kind == "folder"]
    for candidate in candidates:
        if week.matches(candidate):
            return candidate
    return folder


def submission_of(kind, path, week, shown, problems=None):
    """The Submission to grade: a folder laid out like exercises/, or a notebook read by the contract's names.

    ``problems``: {relative path: why} for files that were left behind (links, pipes …)."""
    if kind == "notebook":
        sessions = {s.id: list(s.modules) for s in week.sessions}
        return NotebookSubmission(path, sessions, shown=shown)
    return Submission(path, shown_root=shown, problems=problems)


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
            root = find_root(folder, week)
            prefix = root.relative_to(folder).as_posix() + "/" if root != folder else ""
            problems = {k[len(prefix):]: v for k, v in job.get("problems", {}).items() if k.startswith(prefix)}
            submission = submission_of("folder", root, week, job["name"], problems)
        with GradingRun(week, submission, seed=seed, **kwargs) as run:
            scores = run.scores()
            isolation = dict(run.process.isolation)
    document = report.gradescope(run, scores, time.perf_counter() - started)
    return {"name": job["name"], "results": document, "isolation": isolation}
