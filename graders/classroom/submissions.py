"""A class's submissions: found in a folder, packed for a worker, graded anywhere.

A job is plain data (the learner's name and files as bytes), so that the same
``grade_job`` runs in a local process pool or on a Dask worker on another machine.
"""
import hashlib
import re
import tempfile
import unicodedata
import time
from dataclasses import dataclass
from pathlib import Path

from graders.grading import report
from graders.learner import Limits, Submission, cells, intake
from graders.learner.notebook_submission import NotebookSubmission

MAX_FILE = 2 * 2**20
MAX_TOTAL = 20 * 2**20
SKIP_PARTS = {"__pycache__", ".git", ".ipynb_checkpoints", "node_modules", ".venv"}
MAX_LEARNERS = 10_000
GRADED_FILES = (".py", ".ipynb")  # what a job carries of a learner's folder
NOT_A_LEARNER = "is not a folder or a notebook: not a learner"


@dataclass
class Entry:
    name: str  # the learner, from the folder or file name
    path: Path
    kind: str  # folder | notebook


def safe_name(text):
    """A learner's name as a folder name on every platform: letters (of any script), digits and
    ._@+- only, in one Unicode form (macOS writes é as e + ´)."""
    name = re.sub(r"[^\w.@+-]+", "_", unicodedata.normalize("NFC", text)).strip("._") or "learner"
    return name[:100]


ARCHIVES = (".zip", ".tar", ".tgz", ".gz", ".bz2", ".xz", ".7z", ".rar")


def discover(folder, left_out=None):
    """Each sub-folder or .ipynb file of ``folder`` is one learner. Anything else at the top is
    left out; when ``left_out`` is a dict, it gets {entry: why} for what looks like a learner's
    work but cannot be graded as it is (a link, an archive), and for other files.

    Names are unique even where the file system ignores case (macOS, Windows).
    """
    entries, seen = [], set()
    for child in intake.walk(folder, max_depth=1, max_entries=MAX_LEARNERS):
        if child.path.name.startswith(".") or child.path.name in SKIP_PARTS:
            continue
        suffix = child.path.suffix.lower()
        if child.kind == "folder":
            kind, stem = "folder", child.path.name
        elif child.kind == "file" and suffix == ".ipynb":
            kind, stem = "notebook", child.path.stem
        else:
            if left_out is not None:
                shown = intake.shown(child.path.name)
                if child.kind == "file" and suffix in ARCHIVES:
                    left_out[shown] = "is an archive: unpack the class's uploads first, one folder per learner"
                elif child.kind == "file":
                    left_out[shown] = NOT_A_LEARNER
                else:
                    left_out[shown] = intake.problem(child.path) or "is not a folder or a notebook"
            continue
        name = safe_name(stem)
        while name.lower() in seen:
            name += "_"
        seen.add(name.lower())
        entries.append(Entry(name, child.path, kind))
    return entries


def _read(relative, path, budget):
    """A file's bytes for the job: a notebook as its code cells only (its stored outputs never
    count), anything else as it is, within ``budget``."""
    if relative.endswith(".ipynb"):
        data = cells.stripped_bytes(path)
        if len(data) > budget:
            raise intake.NotRegular(path, f"is one file too many: the submission is over {MAX_TOTAL // 2**20} MiB")
        return data
    return intake.read_bytes(path, min(MAX_FILE, budget))


def pack(entry):
    """The job for one learner: its regular files as bytes (capped in size), nothing else, and
    a hash of them, so that a rerun notices a submission that changed. Files that cannot be
    read are named in ``problems``."""
    files, problems, total = {}, {}, 0
    if entry.kind == "notebook":
        found = [(entry.path.name, entry.path)]
    else:
        found = [(e.relative, e.path) for e in intake.walk(entry.path, skip=SKIP_PARTS) if e.kind != "folder"]
    for relative, path in found:
        if set(relative.split("/")) & SKIP_PARTS or Path(relative).suffix.lower() not in GRADED_FILES:
            continue  # data, pictures, archives: nothing the grader reads
        try:
            data = _read(relative, path, MAX_TOTAL - total)
        except (intake.NotRegular, cells.Unreadable) as exc:
            problems[relative] = exc.why  # a link, a pipe, a device, too large, not a notebook: named, never read
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


def find_notebooks(folder):
    """[(path relative to ``folder``, path)] of every notebook in it, in name order (01-…, 02-…)."""
    found = [(e.relative, e.path) for e in intake.walk(folder, max_depth=10, skip=SKIP_PARTS)
             if e.kind == "file" and e.path.suffix.lower() == ".ipynb"]
    return sorted(found)


def submission_of(path, week, shown, problems=None):
    """What to grade at ``path``: a notebook, or a folder holding .py files laid out like
    exercises/ (at the top or nested), notebooks, or both.

    ``problems``: {path relative to ``path``: why} for files that were left behind (links, pipes …)."""
    path, problems = Path(path), dict(problems or {})
    contract = {s.id: s.modules for s in week.sessions}
    names = {s.id: s.name for s in week.sessions}
    if not path.is_dir():
        return NotebookSubmission([(path.name, path)], contract, shown_root=shown, session_names=names)
    root = find_root(path, week)
    prefix = root.relative_to(path).as_posix() + "/" if root != path else ""
    inside = {k[len(prefix):]: v for k, v in problems.items() if k.startswith(prefix)}
    notebooks = find_notebooks(path)
    unreadable = {k: v for k, v in problems.items() if k.endswith(".ipynb")}
    if not notebooks and not unreadable:
        return Submission(root, shown_root=f"{shown}/{prefix.rstrip('/')}" if prefix else shown, problems=inside)
    listed = notebooks + [(name, path / name) for name in sorted(unreadable)]
    return NotebookSubmission(listed, contract, root=root if week.matches(root) else None, shown_root=shown,
                              problems=inside, unreadable=unreadable, session_names=names)


def grade_job(job, week_id, seed, limits=None, in_process=False, sessions=None):
    """Grade one packed submission; returns a plain dict (results.json plus facts about the run)."""
    from graders import course
    from graders.grading.runner import GradingRun

    started = time.perf_counter()
    week = course.get(week_id)
    kwargs = {"limits": Limits(**limits) if limits else None}
    if in_process:
        from graders.learner.inprocess import InProcessLearner

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
            notebook = next(folder.glob("*.ipynb"), None)
            submission = submission_of(notebook if notebook else folder, week, job["name"], job.get("problems"))
        else:
            submission = submission_of(folder, week, job["name"], job.get("problems"))
        with GradingRun(week, submission, sessions, seed=seed, **kwargs) as run:
            scores = run.scores()
            isolation = dict(run.process.isolation)
    document = report.gradescope(run, scores, time.perf_counter() - started)
    return {"name": job["name"], "results": document, "isolation": isolation}
