"""An nbgrader course graded by the isolated batch: scores into nbgrader's own gradebook.

nbgrader's autograde runs the grading cells inside the learner's kernel, where the learner's
code can replace the grader (``graders.notebook.grade = lambda *a: None`` scores full marks).
Here the submitted notebooks are graded by ``batch`` in the isolated learner process, and the
scores are written through nbgrader's API, as autograde writes them: one auto score per
grading cell. The autograded notebooks hold the learner's cells (stored outputs cleared) and,
under each grading cell, the checks' messages, so that formgrader, ``generate_feedback`` and
``export`` work as after autograde.
"""
import json
import shutil
from dataclasses import dataclass
from pathlib import Path

from graders.learner import cells, intake

GRADE_ID = "{session}-{function}"  # as notebooks.build_source names the grading cells


class CourseError(Exception):
    """The nbgrader course or assignment cannot be used; the message is one line for the user."""


@dataclass
class Learner:
    student: str  # nbgrader's student id: the folder name under submitted/
    name: str  # the batch's name for the learner (safe as a folder name)
    folder: Path  # submitted/<student>/<assignment>


def db_url(course_dir):
    return f"sqlite:///{Path(course_dir).resolve() / 'gradebook.db'}"


def submitted(course_dir, assignment, safe_name):
    """Every learner with a submitted/<student>/<assignment> folder (plain folders only)."""
    course_dir = Path(course_dir)
    if not (course_dir / "source" / assignment).is_dir():
        raise CourseError(f"{course_dir} has no assignment {assignment!r} (no source/{assignment}/ folder)")
    if not (course_dir / "gradebook.db").is_file():
        raise CourseError(f"{course_dir} has no gradebook.db yet: run `nbgrader generate_assignment {assignment}` first")
    found, seen = [], set()
    for entry in intake.walk(course_dir / "submitted", max_depth=1) if (course_dir / "submitted").is_dir() else ():
        folder = entry.path / assignment
        if entry.kind != "folder" or intake.problem(folder) != "is a folder, not a file":
            continue
        name = safe_name(entry.path.name)
        while name.lower() in seen:
            name += "_"
        seen.add(name.lower())
        found.append(Learner(entry.path.name, name, folder))
    return found


def _grade_cell_scores(week, document):
    """{grading cell id: points earned} from a learner's results.json."""
    scores = {}
    for test in document.get("tests", []):
        spec = week.checks.get(str(test.get("name", "")).split(":")[0])
        if spec is not None:
            key = GRADE_ID.format(session=spec.session, function=spec.function)
            scores[key] = scores.get(key, 0) + float(test.get("score", 0) or 0)
    return scores


def _grade_cell_text(week, document, grade_id):
    """What a grading cell shows under it in the feedback: its checks, as the kernel would print them."""
    lines, earned, total = [], 0.0, 0.0
    function = grade_id.split("-", 1)[-1]
    for test in document.get("tests", []):
        spec = week.checks.get(str(test.get("name", "")).split(":")[0])
        if spec is None or GRADE_ID.format(session=spec.session, function=spec.function) != grade_id:
            continue
        passed = test.get("status") == "passed"
        earned += float(test.get("score", 0) or 0)
        total += float(test.get("max_score", 0) or 0)
        lines.append(f"{'PASS' if passed else 'FAIL'}  {test.get('score', 0):g}/{test.get('max_score', 0):g}  "
                     f"{test.get('name', '')}")
        if not passed:
            lines += ["    " + line for line in str(test.get("output", "")).splitlines()]
    lines.append(f"{function}: {earned:g}/{total:g} points (graded in an isolated process)")
    return "\n".join(lines) + "\n"


def _autograded_notebook(source_path, submitted_path, week, document):
    """The learner's notebook with outputs cleared, grading cells restored from the source
    (as nbgrader's OverwriteCells does) and showing the checks' messages."""
    import nbformat

    source = nbformat.read(source_path, as_version=4)
    grading = {c.metadata.get("nbgrader", {}).get("grade_id"): c for c in source.cells
               if c.metadata.get("nbgrader", {}).get("grade") and not c.metadata.get("nbgrader", {}).get("solution")}
    try:
        notebook = nbformat.from_dict(cells.load(submitted_path))
        nbformat.validate(notebook)
    except Exception:  # not readable, or not a valid notebook: feedback on the source's cells instead
        notebook = nbformat.from_dict(json.loads(json.dumps(source)))
    seen = set()
    for index, cell in enumerate(notebook.cells):
        if cell.get("cell_type") == "code":
            cell["outputs"], cell["execution_count"] = [], None
        grade_id = cell.get("metadata", {}).get("nbgrader", {}).get("grade_id")
        if grade_id in grading and grade_id not in seen:
            seen.add(grade_id)
            notebook.cells[index] = cell = nbformat.from_dict(json.loads(json.dumps(grading[grade_id])))
            cell["outputs"] = [nbformat.v4.new_output("stream", name="stdout",
                                                      text=_grade_cell_text(week, document, grade_id))]
    for grade_id, cell in grading.items():  # a grading cell the learner deleted comes back, at the end
        if grade_id not in seen:
            restored = nbformat.from_dict(json.loads(json.dumps(cell)))
            restored["outputs"] = [nbformat.v4.new_output("stream", name="stdout",
                                                          text=_grade_cell_text(week, document, grade_id))]
            notebook.cells.append(restored)
    return notebook


def record(course_dir, assignment, learners, out, week):
    """Write every graded learner's scores into the gradebook, and their autograded notebooks.
    Returns the number of learners written."""
    import nbformat
    from nbgrader.api import Gradebook
    from nbgrader.utils import parse_utc

    from graders.classroom.batch import results_path

    course_dir = Path(course_dir)
    sources = sorted((course_dir / "source" / assignment).glob("*.ipynb"))
    written = 0
    with Gradebook(db_url(course_dir)) as gradebook:
        try:
            graded_cells = {nb.name: [c.name for c in nb.grade_cells]
                            for nb in gradebook.find_assignment(assignment).notebooks}
        except Exception:
            raise CourseError(f"the gradebook does not know assignment {assignment!r}: run "
                              f"`nbgrader generate_assignment {assignment}` first") from None
        for learner in learners:
            try:
                document = json.loads(results_path(out, learner.name).read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue  # not graded (it failed, or the run was interrupted): nothing to record
            timestamp = None
            try:
                timestamp = parse_utc(intake.read_text(learner.folder / "timestamp.txt", 200).strip())
            except Exception:
                pass
            gradebook.update_or_create_student(learner.student)
            gradebook.update_or_create_submission(assignment, learner.student, timestamp=timestamp)
            scores = _grade_cell_scores(week, document)
            for notebook, grade_ids in graded_cells.items():
                for grade_id in grade_ids:
                    grade = gradebook.find_grade(grade_id, notebook, assignment, learner.student)
                    grade.auto_score = scores.get(grade_id)
                    grade.needs_manual_grade = grade.manual_score is not None or grade.auto_score is None
            gradebook.db.commit()
            target = course_dir / "autograded" / learner.student / assignment
            if target.exists():
                shutil.rmtree(target)
            target.mkdir(parents=True)
            for source in sources:
                notebook = _autograded_notebook(source, learner.folder / source.name, week, document)
                nbformat.write(notebook, target / source.name)
            if timestamp is not None:
                (target / "timestamp.txt").write_text(str(timestamp), encoding="utf-8")
            written += 1
    return written
