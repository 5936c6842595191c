"""``python -m graders batch``: grade a whole class, in parallel, resumable, with a summary.

Every learner's results.json is written atomically as soon as it is graded, so an
interrupted run keeps what it finished and a rerun grades only the rest (unless
forced). The CSV and the summary are rebuilt from those files at the end of each run.
The seed is stored in the output folder: every learner of a class gets the same inputs.
"""
import concurrent.futures
import json
import multiprocessing
import secrets
import signal
import sys
from dataclasses import dataclass, field
from pathlib import Path

from graders.classroom import submissions as classroom
from graders.classroom import summary
from graders.files import write_atomically
from graders.learner.text import clean
from graders.grading.progress import Progress

RESULTS = "results.json"
STATE = "batch.json"
LEARNERS = "learners"  # one folder per learner, below the batch's own files: no name can collide


def results_path(out, name):
    return out / LEARNERS / name / RESULTS


class BatchError(Exception):
    """Unusable arguments or output folder; the message is one line for the user."""


@dataclass
class BatchOutcome:
    learners: list
    graded_now: list = field(default_factory=list)
    skipped: list = field(default_factory=list)  # already graded by an earlier run
    failed: dict = field(default_factory=dict)  # name → why it could not be graded
    changed: list = field(default_factory=list)  # graded before, changed since: graded again
    unreadable: dict = field(default_factory=dict)  # name → {file: why}: left out of the grading
    left_out: dict = field(default_factory=dict)  # entry of the class folder → why it is no learner
    interrupted: bool = False

    @property
    def complete(self):
        """Every learner graded, every file of theirs read, nothing that looks like one left out."""
        return not self.failed and not self.interrupted and not self.unreadable and all(
            why == classroom.NOT_A_LEARNER for why in self.left_out.values())


def _settle_seed(out, seed, week_id, force):
    state_path = out / STATE
    stored = json.loads(state_path.read_text()) if state_path.is_file() else None
    if stored and stored.get("week") == week_id and not force:
        if seed is not None and seed != stored["seed"]:
            raise BatchError(f"{out} was graded with seed {stored['seed']}; every learner of a class gets the "
                             f"same inputs. Use --force to regrade everyone with seed {seed}.")
        return stored["seed"]
    seed = secrets.randbelow(1_000_000) if seed is None else seed
    write_atomically(state_path, json.dumps({"week": week_id, "seed": seed}) + "\n")
    return seed


def _said(exc):
    """An exception's message as one clean line (it may quote a learner's file name)."""
    return clean(str(exc), 200, newlines=False)


def _graded_hash(out, name):
    """The submission hash an earlier run graded ("" if it recorded none), or None if not graded."""
    path = results_path(out, name)
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return str(document.get("submission_hash", "")) if isinstance(document, dict) else None


def _warm_worker(week_id):
    """Each local worker ignores Ctrl-C (the batch decides), starts its zygote and loads the week at once."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    from graders import course
    from graders.learner.launcher import Zygote

    Zygote.prestart()
    course.get(week_id)


class LocalPool:
    def __init__(self, workers, week_id):
        context = multiprocessing.get_context("spawn")
        self.executor = concurrent.futures.ProcessPoolExecutor(workers, mp_context=context, initializer=_warm_worker,
                                                               initargs=(week_id,))

    def submit(self, fn, *args, **kwargs):
        return self.executor.submit(fn, *args, **kwargs)

    def as_completed(self, futures):
        return concurrent.futures.as_completed(futures)

    def close(self, cancel=False):
        self.executor.shutdown(wait=not cancel, cancel_futures=cancel)


class DaskPool:
    def __init__(self, address):
        try:
            from distributed import Client, as_completed
        except ImportError:
            raise BatchError("--dask needs the distributed package: pip install 'ml-week-graders[dask]'") from None
        try:
            self.client = Client(address, timeout="10s")
        except OSError as exc:
            raise BatchError(f"cannot reach the Dask scheduler at {address}: {exc}") from None
        self._as_completed = as_completed

    def submit(self, fn, *args, **kwargs):
        return self.client.submit(fn, *args, pure=False, **kwargs)

    def as_completed(self, futures):
        return self._as_completed(futures)

    def close(self, cancel=False):
        self.client.close()


def run(folder, out, week, workers=2, force=False, seed=None, dask=None, limits=None, in_process=False,
        show_progress=True, sessions=None, entries=None):
    """Grade every learner in ``folder`` (or the given classroom.Entry list) into ``out``."""
    folder, out = Path(folder), Path(out)
    if not folder.is_dir():
        raise BatchError(f"no folder {str(folder)!r}")
    left_out = {}
    entries = classroom.discover(folder, left_out) if entries is None else entries
    if not entries:
        raise BatchError(f"{folder} holds no submissions: expected one sub-folder or .ipynb file per learner")
    out.mkdir(parents=True, exist_ok=True)
    seed = _settle_seed(out, seed, week.id, force)
    outcome = BatchOutcome([e.name for e in entries], left_out=left_out)
    jobs = _jobs(entries, out, force, sessions, outcome)
    pool = DaskPool(dask) if dask else LocalPool(workers, week.id)
    progress = Progress(len(jobs)) if show_progress and jobs else None
    for name in outcome.changed if show_progress else ():
        sys.stderr.write(f"{name}: changed since it was graded; graded again\n")
    try:
        _grade_all(pool, jobs, out, outcome, progress, (week.id, seed, limits, in_process, sessions))
    except KeyboardInterrupt:
        outcome.interrupted = True
        pool.close(cancel=True)
    else:
        pool.close()
    finally:
        if progress:
            progress.close()
    for name, text in summary.render(out, week, outcome, seed, folder).items():
        write_atomically(out / name, text)
    return outcome


def _jobs(entries, out, force, sessions, outcome):
    """[(entry, job)] still to grade: each learner packed, the ones already graded left out."""
    jobs = []
    for entry in entries:
        try:
            job = classroom.pack(entry)
        except Exception as exc:  # one learner's files must never stop the class
            outcome.failed[entry.name] = f"its files could not be read ({type(exc).__name__}: {_said(exc)})"
            continue
        if job["problems"]:
            outcome.unreadable[entry.name] = dict(job["problems"])
        if sessions:  # the same files graded for other sessions are another result
            job["hash"] += "|" + ",".join(sessions)
        previous = _graded_hash(out, entry.name)
        if not force and previous is not None:
            if previous == job["hash"] or previous == "":
                outcome.skipped.append(entry.name)
                continue
            outcome.changed.append(entry.name)
        jobs.append((entry, job))
    return jobs


def _grade_all(pool, jobs, out, outcome, progress, grading):
    """Send every job to the pool and write each learner's results.json as soon as it is back."""
    futures = {pool.submit(classroom.grade_job, job, *grading): (entry, job) for entry, job in jobs}
    for future in pool.as_completed(list(futures)):
        entry, job = futures[future]
        try:
            graded = future.result()
            document = dict(graded["results"], isolation=graded["isolation"], submission_hash=job["hash"])
            write_atomically(results_path(out, entry.name), json.dumps(document, indent=2, ensure_ascii=False))
        except Exception as exc:  # the grading machinery failed for this learner only
            outcome.failed[entry.name] = f"{type(exc).__name__}: {_said(exc)}"
            note = f"{entry.name}: could not be graded"
        else:
            outcome.graded_now.append(entry.name)
            note = f"{entry.name}: {graded['results']['score']}/{graded['results']['max_score']}"
        if progress:
            progress.advance(note)
