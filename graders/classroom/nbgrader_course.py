"""``python -m graders nbgrader-course DIR``: a ready nbgrader course for the week."""
import re
import secrets
import shutil
from pathlib import Path

CONFIG = '''"""nbgrader settings for this course (written by `python -m graders nbgrader-course`)."""
import os

c = get_config()  # noqa: F821 (nbgrader provides it)

c.CourseDirectory.course_id = "{course}"

# Every learner gets the same test inputs at autograding: the kernels nbgrader starts inherit
# this. It is here, not in a hidden test of each grading cell, so that the released cells are
# the source cells and nbgrader has no checksum to warn about. Learners never see this file.
GRADERS_SEED = "{seed}"
os.environ["GRADERS_SEED"] = GRADERS_SEED

# A learner's cell that runs longer than this is interrupted; grading goes on with the next cell.
c.Execute.timeout = {timeout}
c.Execute.interrupt_on_timeout = True
# A cell that swallows the interrupt (try/except around an endless loop) would otherwise make
# nbgrader drop the whole notebook: carry on, so that the learner is graded instead.
c.Execute.raise_on_iopub_timeout = False

# Feedback without hidden tests (the week has none; a course author may add some).
c.GenerateFeedback.preprocessors = [
    "nbgrader.preprocessors.GetGrades",
    "nbgrader.preprocessors.ClearHiddenTests",
    "nbconvert.preprocessors.CSSHTMLHeaderPreprocessor",
]
'''

README = '''# {title}: the nbgrader course

Written by `python -m graders nbgrader-course`. The {notebooks} in `source/{course}/`
hold the solutions and autograder cells worth {points} points, the same checks and points
as the week's exercises graded with pytest. Grading cells call the `graders` package, so it must be installed
in the Python that nbgrader runs (the same virtual environment).

Run every command from this folder, with that virtual environment activated: nbgrader's
first database step runs `alembic`, which must be on PATH.

    source /path/to/the/repository/.venv/bin/activate
    cd {folder}

1. Release the assignment: learner notebooks without solutions or hidden tests, in
   `release/{course}/`.

       nbgrader generate_assignment {course}

2. Put each learner's notebooks in `submitted/<learner>/{course}/` (with `nbgrader collect`,
   or by hand).

3. Grade them. Every notebook runs in a fresh kernel, {timeout} s per cell at most;
   `--create` adds learners the gradebook does not know yet.

       nbgrader autograde {course} --create

   nbgrader runs the grading cells in each learner's own kernel, where a notebook can
   replace the grader and score full marks. To grade them isolated instead (the same
   scores for honest learners, written into the same gradebook and autograded/ folder):

       python -m graders batch --nbgrader . --assignment {course} --workers 2

4. Write feedback for the learners, in `feedback/<learner>/{course}/` (hidden tests removed).

       nbgrader generate_feedback {course}

5. Export the grades.

       nbgrader export --to grades.csv

Good to know: every learner gets the same test inputs at autograding (seed {seed}, set in
nbgrader_config.py, which learners never see; change it there).
`nbgrader validate` exits with 0 even when checks fail: read what it prints. The same
notebooks can be graded without nbgrader, learner by learner:
`python -m graders grade --notebook {notebook}`.
'''


class CourseError(Exception):
    """The course folder cannot be written; the message is one line for the user."""


def write(target, week, seed=None, timeout=60, force=False):
    """Write ``week``'s course into ``target`` from its source notebooks; returns the seed it uses."""
    from graders.jupyter.templates import notebook_names

    target = Path(target)
    names = notebook_names(week)
    if not names:
        raise CourseError(f"{week.id} has no notebooks (no templates in its notebooks/ folder), so there is no "
                          "nbgrader course to write")
    sources = [week.references / name for name in names]
    missing = [p.name for p in sources if not p.is_file()]
    if missing:
        raise CourseError(f"{week.id}'s source notebooks {', '.join(missing)} are not in {week.references}: run "
                          "this from a clone of the course repository (python -m graders build-exercises makes them)")
    if target.exists() and any(target.iterdir()) and not force:
        raise CourseError(f"{target} is not empty (use --force to write into it anyway)")
    seed = secrets.randbelow(1_000_000) if seed is None else seed
    folder = target / "source" / week.id
    folder.mkdir(parents=True, exist_ok=True)
    for path in sources:
        shutil.copyfile(path, folder / path.name)
    (target / "nbgrader_config.py").write_text(CONFIG.format(course=week.id, timeout=timeout, seed=seed),
                                               encoding="utf-8")
    (target / "README.md").write_text(README.format(title=week.title, course=week.id, total=week.max_points,
                                                    notebook=names[-1], points=_points_in(week, sources),
                                                    notebooks=f"{len(names)} notebook{'s' if len(names) != 1 else ''}",
                                                    timeout=timeout, seed=seed, folder=target.resolve()),
                                      encoding="utf-8")
    return seed


def _points_in(week, sources):
    """The points the notebooks' grading cells are worth (nbgrader's own metadata)."""
    import json

    total = 0
    for path in sources:
        for cell in json.loads(path.read_text(encoding="utf-8")).get("cells", []):
            meta = cell.get("metadata", {}).get("nbgrader", {})
            total += meta.get("points", 0) if meta.get("grade") else 0
    return total


def _config_number(course_dir, pattern):
    """A number the course's nbgrader_config.py (as ``write`` writes it) sets, or None."""
    try:
        config = (Path(course_dir) / "nbgrader_config.py").read_text(encoding="utf-8")
    except OSError:
        return None
    found = re.search(pattern, config, re.M)
    return int(found.group(1)) if found else None


def course_seed(course_dir):
    """The seed the course gives its learners, or None."""
    return _config_number(course_dir, r'^GRADERS_SEED = "(\d+)"')


def course_cell_timeout(course_dir):
    """The time limit per cell the course sets (c.Execute.timeout), or None."""
    return _config_number(course_dir, r"^c\.Execute\.timeout = (\d+)")
