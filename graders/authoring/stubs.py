"""Learner stubs from reference answers: the ``### BEGIN SOLUTION`` blocks are taken out.

Every solution block becomes ``raise NotImplementedError`` at the block's
indentation; the ``# TODO`` comment written just above it in the solution stays, so
each stub keeps its docstring, its maths and a TODO. The same markers are the ones
nbgrader's ClearSolutions uses.
"""
from pathlib import Path

from graders.course.installed import MARKER

BEGIN, END = "### BEGIN SOLUTION", "### END SOLUTION"


class MarkerError(ValueError):
    """Unbalanced or misplaced solution markers in a reference file."""


def strip_solutions(text, name="<source>"):
    out, inside = [], False
    for number, line in enumerate(text.splitlines(keepends=True), 1):
        stripped = line.strip()
        if stripped == BEGIN:
            if inside:
                raise MarkerError(f"{name}:{number}: {BEGIN} inside a solution block")
            inside = True
            indent = line[: len(line) - len(line.lstrip())]
            out.append(f"{indent}raise NotImplementedError\n")
        elif stripped == END:
            if not inside:
                raise MarkerError(f"{name}:{number}: {END} without {BEGIN}")
            inside = False
        elif not inside:
            out.append(line)
    if inside:
        raise MarkerError(f"{name}: {BEGIN} is never closed")
    return "".join(out)


def stub_tree(solutions: Path):
    """{relative path: stub text} for every .py file under ``solutions``."""
    files = {}
    for path in sorted(solutions.rglob("*.py")):
        if "__pycache__" in path.parts:
            continue
        relative = path.relative_to(solutions).as_posix()
        files[relative] = strip_solutions(path.read_text(encoding="utf-8"), relative)
    return files


def write_tree(solutions: Path, exercises: Path):
    files = stub_tree(solutions)
    for relative, text in files.items():
        target = exercises / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    return len(files)


def drift(solutions: Path, exercises: Path):
    """Lines describing every difference between exercises/ and the stubs solutions/ implies."""
    expected = stub_tree(solutions)
    actual = {p.relative_to(exercises).as_posix() for p in exercises.rglob("*.py") if "__pycache__" not in p.parts}
    problems = [f"missing from exercises/: {name}" for name in sorted(set(expected) - actual)]
    problems += [f"in exercises/ but not in solutions/: {name}" for name in sorted(actual - set(expected))]
    for name in sorted(set(expected) & actual):
        if (exercises / name).read_text(encoding="utf-8") != expected[name]:
            problems.append(f"exercises/{name} differs from the stub generated from solutions/{name}")
    return problems


def _left_over_notebooks(week):
    """Notebooks in the references or exercises that no template of the week builds (any more)."""
    from graders.jupyter.templates import notebook_names

    built = set(notebook_names(week))
    return [f"{week.id}: {folder.name}/{path.name} is built by no notebook template (left over from a rename?)"
            for folder in (week.references, week.exercises) for path in sorted(folder.glob("*.ipynb"))
            if path.name not in built]


def marker_text(week):
    """The file that tells every command which week a folder of exercises belongs to."""
    return f"# The week these exercises belong to (read by python -m graders).\n{week.id}\n"


def write_week(week):
    """Write a week's stubs and its marker file; returns the number of files written."""
    if week.references is None or not week.references.is_dir():
        raise MarkerError(f"{week.id} has no references folder {week.references}")
    written = write_tree(week.references, week.exercises)
    (week.exercises / MARKER).write_text(marker_text(week), encoding="utf-8")
    return written + 1


def week_drift(week):
    """``drift`` for one week, its marker file included."""
    if week.references is None or not week.references.is_dir():
        return [f"{week.id}: no references folder {week.references}"]
    if not week.exercises.is_dir():
        return [f"{week.id}: no exercises folder {week.exercises}"]
    problems = [f"{week.id}: {line}" for line in drift(week.references, week.exercises)]
    problems += _left_over_notebooks(week)
    marker = week.exercises / MARKER
    if not marker.is_file() or marker.read_text(encoding="utf-8") != marker_text(week):
        problems.append(f"{MARKER} in the exercises does not name {week.id}")
    return problems
