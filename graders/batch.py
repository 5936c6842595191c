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
from dataclasses import dataclass, field
from pathlib import Path

from . import classroom, summary
from .files import write_atomically
from .progress import Progress

RESULTS = "results.json"
STATE = "batch.json"


class BatchError(Exception):
    """Unusable arguments or output folder; the message is one line for the user."""


@dataclass
class BatchOutcome:
    learners: list
    graded_now: list = field(default_factory=list)
    skipped: list = field(default_factory=list)  # already graded by an earlier run
    failed: dict = field(default_factory=dict)  # name → why it could not be graded
    interrupted: bool = False

    @property
    def complete(self):
        return not self.failed and not self.interrupted


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


def _warm_worker():
    """Each local worker ignores Ctrl-C (the batch decides) and starts its zygote at once."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    from . import course
    from .learner.launcher import Zygote

    Zygote.prestart()
    course.weeks()


class LocalPool:
    def __init__(self, workers):
        context = multiprocessing.get_context("spawn")
        self.executor = concurrent.futures.ProcessPoolExecutor(workers, mp_context=context, initializer=_warm_worker)

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
        show_progress=True):
    folder, out = Path(folder), Path(out)
    if not folder.is_dir():
        raise BatchError(f"no folder {str(folder)!r}")
    entries = classroom.discover(folder)
    if not entries:
        raise BatchError(f"{folder} holds no submissions: expected one sub-folder or .ipynb file per learner")
    out.mkdir(parents=True, exist_ok=True)
    seed = _settle_seed(out, seed, week.id, force)
    outcome = BatchOutcome([e.name for e in entries])
    todo = []
    for entry in entries:
        if not force and (out / entry.name / RESULTS).is_file():
            outcome.skipped.append(entry.name)
        else:
            todo.append(entry)
    pool = DaskPool(dask) if dask else LocalPool(workers)
    progress = Progress(len(todo)) if show_progress and todo else None
    futures = {}
    try:
        for entry in todo:
            futures[pool.submit(classroom.grade_job, classroom.pack(entry), week.id, seed, limits, in_process)] = entry
        for future in pool.as_completed(list(futures)):
            entry = futures[future]
            try:
                graded = future.result()
            except Exception as exc:  # the grading machinery failed for this learner only
                outcome.failed[entry.name] = f"{type(exc).__name__}: {str(exc)[:200]}"
                note = f"{entry.name}: could not be graded"
            else:
                document = dict(graded["results"], isolation=graded["isolation"])
                write_atomically(out / entry.name / RESULTS, json.dumps(document, indent=2, ensure_ascii=False))
                outcome.graded_now.append(entry.name)
                note = f"{entry.name}: {graded['results']['score']}/{graded['results']['max_score']}"
            if progress:
                progress.advance(note)
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
