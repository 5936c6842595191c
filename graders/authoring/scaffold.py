"""``python -m graders new-week ID``: a new week that works from the first minute.

The skeleton in ``week_template/`` is a complete small week (one session; a numeric check,
a check against finite differences and a symbolic answer by hand; references, a notebook
template, a recall question and a self-assessment item). It is written with the id and
title filled in, then its stubs and notebooks are generated as ``build-exercises`` would,
so that ``check-week`` passes on it at once and an author changes it piece by piece.
"""
import keyword
import re
from pathlib import Path

from graders.authoring import stubs
from graders.course.installed import catalog
from graders.course.week import Week, read_toml

TEMPLATE = Path(__file__).with_name("week_template")
SUFFIX = ".tmpl"
WEEK_ID = re.compile(r"[a-z][a-z0-9_]{1,30}\Z")


class ScaffoldError(Exception):
    """The week cannot be written; the message is one line for its author."""


def write(week_id, into=None, title=None, notebooks=True):
    """Write the week ``week_id`` into ``into/week_id`` (default: beside the installed weeks)."""
    import graders

    if not WEEK_ID.match(week_id):
        raise ScaffoldError(f"{week_id!r} cannot be a week id: use lower-case letters, digits and _, starting "
                            "with a letter (it is also the name of the week's Python package)")
    package = Path(graders.__file__).parent
    taken = {p.stem for p in package.iterdir()}  # graders.<id> must not shadow caches.py, notebook.py …
    if keyword.iskeyword(week_id) or week_id in catalog() or week_id in taken:
        raise ScaffoldError(f"there is already a week or a part of the grader called {week_id}, or it is a "
                            "Python keyword: choose another id")
    folder = Path(into or package) / week_id
    if folder.exists() and any(folder.iterdir()):
        raise ScaffoldError(f"{folder} exists and is not empty")
    title = title or f"A new week ({week_id})"
    for source in sorted(TEMPLATE.rglob(f"*{SUFFIX}")):
        target = folder / source.relative_to(TEMPLATE).with_suffix("")
        target.parent.mkdir(parents=True, exist_ok=True)
        text = source.read_text(encoding="utf-8").replace("{{id}}", week_id).replace("{{title}}", title)
        target.write_text(text, encoding="utf-8")
    week = Week.from_data(read_toml(folder / "week.toml"), folder)
    stubs.write_week(week)
    if notebooks:
        build_notebooks(week)
    return folder


def build_notebooks(week):
    """The week's notebooks: with answers into its references, through nbgrader into its exercises.

    Returns the number written (0 for a week without notebook templates)."""
    from graders.jupyter import templates

    sources = templates.build_all_sources(week)
    if not sources:
        return 0
    for name, text in sources.items():
        (week.references / name).write_text(text, encoding="utf-8")
    for name, text in templates.build_release(sources, week.id).items():
        (week.exercises / name).write_text(text, encoding="utf-8")
    return len(sources)
