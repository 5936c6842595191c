"""The week's notebooks, built from one source of truth.

A template (``graders/<week>/notebooks/*.md``) holds the prose and the order of cells;
its directives pull code from ``solutions/``:

    %% markdown                         a markdown cell (the lines that follow)
    %% code                             a code cell (the lines that follow)
    %% given session_a/gradients.py: f_xy                 read-only code from the references
    %% solution session_b/bce.py: sigmoid, sigmoid_prime  an answer cell, solution blocks kept
    %% grade session_b: sigmoid         an autograder cell for every check of `sigmoid`

``build_source`` writes the notebooks with solutions into ``solutions/``; real
``nbgrader generate_assignment`` turns them into the learner notebooks in ``exercises/``
(``build_release``), clearing the solution blocks.
"""
import ast
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

KERNEL = {"name": "python3", "display_name": "Python 3", "language": "python"}
# No hidden tests: nbgrader stores a locked cell's checksum with its hidden part and compares
# it with the released cell's at autograding, so hidden tests made it warn "Attribute
# 'checksum' … has changed!" for every grade cell of an untouched notebook. The seed that gives
# every learner the same inputs lives in the course's nbgrader_config.py instead.
GRADE_CELL = """\
from graders.notebook import grade
grade("{session}", "{function}", week="{week}")
"""


class TemplateError(ValueError):
    """A template that does not say what to build."""


def parse(text):
    """[(kind, argument, body)] from a template's text."""
    cells, current = [], None
    for line in text.splitlines():
        if line.startswith("%% "):
            kind, _, argument = line[3:].partition(" ")
            current = [kind, argument.strip(), []]
            cells.append(current)
        elif current is None:
            if line.strip():
                raise TemplateError(f"text before the first cell: {line!r}")
        else:
            current[2].append(line)
    return [(kind, argument, "\n".join(body).strip("\n")) for kind, argument, body in cells]


def function_source(path, name):
    """The source of a top-level function: its `def` line to its last line, and the indented
    comments right after it (a closing `### END SOLUTION` is a comment, not a statement)."""
    text = Path(path).read_text(encoding="utf-8")
    for node in ast.parse(text).body:
        if isinstance(node, ast.FunctionDef) and node.name == name:
            lines = text.splitlines()
            end = node.end_lineno
            while end < len(lines) and lines[end].startswith((" ", "\t")) and lines[end].strip().startswith("#"):
                end += 1
            return "\n".join(lines[node.lineno - 1:end])
    raise TemplateError(f"{path} has no function {name}")


def _pulled(argument, solutions):
    file, _, names = argument.partition(":")
    return "\n\n\n".join(function_source(solutions / file.strip(), n.strip()) for n in names.split(","))


def _meta(grade_id, *, grade=False, solution=False, locked=False, points=None):
    meta = {"grade": grade, "solution": solution, "locked": locked, "grade_id": grade_id, "schema_version": 3}
    if points is not None:
        meta["points"] = points
    return {"nbgrader": meta}


def _cell(kind, source, metadata, cell_id):
    cell = {"cell_type": kind, "id": cell_id, "metadata": metadata, "source": source}
    if kind == "code":
        cell.update(execution_count=None, outputs=[])
    return cell


def build_source(template_path, solutions, week):
    """The source notebook (solutions included, nbgrader metadata set) as a dict."""
    cells = []
    for index, (kind, argument, body) in enumerate(parse(Path(template_path).read_text(encoding="utf-8"))):
        if kind == "markdown":
            cells.append(_cell("markdown", body, {}, f"md-{index:02d}"))
        elif kind == "code":
            cells.append(_cell("code", body, {}, f"code-{index:02d}"))
        elif kind == "given":
            grade_id = "given-" + re.sub(r"[^A-Za-z0-9_-]", "-", argument.split(":")[1].strip())
            cells.append(_cell("code", _pulled(argument, solutions), _meta(grade_id, locked=True), grade_id))
        elif kind == "solution":
            names = [n.strip() for n in argument.split(":")[1].split(",")]
            grade_id = "answer-" + names[0]  # cell ids may not exceed 64 characters
            cells.append(_cell("code", _pulled(argument, solutions), _meta(grade_id, solution=True), grade_id))
        elif kind == "grade":
            session, _, function = (part.strip() for part in argument.partition(":"))
            points = sum(c.points for c in week.session(session).checks if c.function == function)
            if not points:
                raise TemplateError(f"no check grades {session}.{function}")
            grade_id = f"{session}-{function}"
            source = GRADE_CELL.format(session=session, function=function, week=week.id)
            cells.append(_cell("code", source, _meta(grade_id, grade=True, locked=True, points=points), grade_id))
        else:
            raise TemplateError(f"unknown cell kind {kind!r}")
    # the week id in the metadata tells every command which week a learner's copy belongs to
    metadata = {"graders": {"week": week.id}, "kernelspec": KERNEL, "language_info": {"name": "python"}}
    return {"cells": cells, "metadata": metadata,
            "nbformat": 4, "nbformat_minor": 5}


def dumps(notebook):
    """A notebook as text, the same way every time (so that drift can be compared)."""
    return json.dumps(notebook, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def templates(week):
    """The week's notebook templates (none for a week without notebooks)."""
    return sorted((week.root / "notebooks").glob("*.md")) if week.root is not None else []


def notebook_names(week):
    return [f"{t.stem}.ipynb" for t in templates(week)]


def build_all_sources(week):
    """{file name: notebook text} for every template of the week, from its references."""
    return {f"{t.stem}.ipynb": dumps(build_source(t, week.references, week)) for t in templates(week)}


def nbgrader_command():
    """How to run nbgrader from this Python, with its folder on PATH (its database step runs alembic)."""
    bin_dir = Path(sys.executable).parent
    return [str(bin_dir / "nbgrader")] if (bin_dir / "nbgrader").exists() else [sys.executable, "-m", "nbgrader"]


def nbgrader_env():
    import os

    env = dict(os.environ)
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    return env


def build_release(sources, course_id):
    """{file name: learner notebook text}: what real nbgrader generate_assignment makes of ``sources``
    (``course_id``, the week's id, names the assignment)."""
    with tempfile.TemporaryDirectory(prefix="graders-release-") as tmp:
        course = Path(tmp)
        (course / "source" / course_id).mkdir(parents=True)
        for name, text in sources.items():
            (course / "source" / course_id / name).write_text(text, encoding="utf-8")
        done = subprocess.run([*nbgrader_command(), "generate_assignment", course_id, "--force",
                               f"--CourseDirectory.root={course}", "--log-level=ERROR"],
                              cwd=course, env=nbgrader_env(), capture_output=True, text=True)
        if done.returncode != 0:
            raise RuntimeError(f"nbgrader generate_assignment failed: {done.stderr.strip()[-2000:]}")
        released = {}
        for name in sources:
            notebook = json.loads((course / "release" / course_id / name).read_text(encoding="utf-8"))
            released[name] = dumps(notebook)
        shutil.rmtree(course / "release", ignore_errors=True)
        return released
