"""``python -m graders grade --notebook``: run a learner's notebook in a real kernel, then grade it.

The notebook executes top to bottom with nbclient (errors allowed, a time limit per cell,
the kernel interrupted on time-out); its own grading cells are left out; a last cell
grades the functions it defined, by the contract's names, in the same kernel.
"""
import json
from pathlib import Path

from graders.learner import cells, intake, text

MARKER = "<<graders-results>>"
# Before the learner's cells: the kernel reads magics and shell lines as the isolated grader
# does (they do nothing, except %time, %%time and %%capture, whose body is the learner's
# code), so that both give the same verdict; and exit() ends a cell, not the kernel.
SETUP_CELL = """\
def _graders_quiet_shell(shell):
    line_magic, cell_magic = shell.run_line_magic, shell.run_cell_magic

    def run_line_magic(name, line, _stack_depth=1, **kwargs):
        if name in {line_magics!r}:
            return line_magic(name, line, _stack_depth=_stack_depth + 1, **kwargs)
        return None

    def run_cell_magic(name, line, cell, **kwargs):
        return cell_magic(name, line, cell, **kwargs) if name in {cell_magics!r} else None

    shell.run_line_magic, shell.run_cell_magic = run_line_magic, run_cell_magic
    shell.system = lambda *args, **kwargs: None
    shell.getoutput = lambda *args, **kwargs: []


_graders_quiet_shell(get_ipython())
del _graders_quiet_shell


def exit(*args, **kwargs):
    raise SystemExit(*args)


quit = exit
"""
FINAL_CELL = """\
import json as _graders_json
from graders.notebook import results_document as _graders_results
print({marker!r} + _graders_json.dumps(_graders_results(globals(), {sessions!r}, {seed!r}, {handed_in!r}, {week!r})))
"""


class NotebookError(Exception):
    """The notebook could not be run or graded; the message is one line for the user."""


def is_grading_cell(cell):
    return cells.is_grading_cell(cell)


def _read(path):
    """The notebook, read as the isolated grader reads it (within bounds, a BOM allowed)."""
    import nbformat

    try:
        return nbformat.reads(json.dumps(cells.load(path)), as_version=4)
    except (cells.Unreadable, intake.NotRegular) as exc:
        raise NotebookError(f"{path} {exc.why}") from None
    except Exception as exc:
        raise NotebookError(f"{path} is not a readable notebook ({type(exc).__name__})") from None


def _handed_in(path, week):
    """The sessions the notebook holds, by the same rule as batch and Gradescope."""
    from graders.learner.notebook_submission import NotebookSubmission

    submission = NotebookSubmission([(path.name, path)], {s.id: s.modules for s in week.sessions},
                                    session_names={s.id: s.name for s in week.sessions})
    return [s for s, source in submission.assigned.items() if source is not None]


def _cell_notes(notebook, shown, timeout):
    """What became of the learner's cells that failed, as batch says it."""
    notes = []
    for cell in notebook.cells:
        number = cell.get("metadata", {}).get("graders_cell")
        errors = [o for o in cell.get("outputs", []) if o.get("output_type") == "error"]
        if number is None or not errors:
            continue
        first = next((line.strip() for line in cell.source.splitlines() if line.strip()), "")
        named = f"{shown}, code cell {number}" + (f" (`{text.clean(first, 60, newlines=False)}`)" if first else "")
        name, value = (text.clean(str(errors[0].get(k, "")), 200, newlines=False) for k in ("ename", "evalue"))
        if name in ("SyntaxError", "IndentationError"):
            notes.append(f"{named} does not parse ({value}); it was skipped, the other cells ran.")
        elif name == "KeyboardInterrupt":
            notes.append(f"{named} did not finish within {timeout:g} s; it was interrupted and the cells after "
                         "it ran.")
        else:
            detail = f": {value}" if value else ""
            notes.append(f"{named} raised {name}{detail}; the rest of that cell did not run, the other cells did.")
    return notes


def grade_notebook(path, week, sessions=None, seed=None, cell_timeout=None):
    """(results.json document, text report) for the notebook at ``path``, a notebook of ``week``."""
    try:
        import nbformat
        from nbclient import NotebookClient
    except ImportError:
        raise NotebookError("grading a notebook needs nbclient and ipykernel: pip install nbclient ipykernel") from None
    from graders.learner import Limits

    cell_timeout = cell_timeout or Limits().cell_seconds
    path = Path(path)
    notebook = _read(path)
    handed_in = _handed_in(path, week)
    kept, number = [], 0
    for cell in notebook.cells:
        if cell.cell_type == "code":
            number += 1
            if is_grading_cell(cell):
                continue
            cell.metadata["graders_cell"] = number
        kept.append(cell)
    notebook.cells = [nbformat.v4.new_code_cell(SETUP_CELL.format(line_magics=cells.PYTHON_LINE_MAGICS,
                                                                  cell_magics=cells.PYTHON_CELL_MAGICS))] + kept
    notebook.cells.append(nbformat.v4.new_code_cell(FINAL_CELL.format(marker=MARKER, sessions=sessions, seed=seed,
                                                                      handed_in=handed_in, week=week.id)))
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    client = NotebookClient(notebook, timeout=cell_timeout, kernel_name="python3", allow_errors=True,
                            interrupt_on_timeout=True, raise_on_iopub_timeout=False,
                            extra_arguments=["--Application.log_level=ERROR"],  # no kernel chatter on the terminal
                            resources={"metadata": {"path": str(path.parent.resolve())}})
    try:
        client.execute()
    except Exception as exc:  # the kernel died, or could not start
        raise NotebookError(f"the notebook could not be run: {type(exc).__name__}: {str(exc)[:200]}") from None
    for output in notebook.cells[-1].outputs:
        printed = output.get("text", "") if output.get("output_type") == "stream" else ""
        if MARKER in printed:
            found = json.loads(printed.split(MARKER, 1)[1])
            document, report = found["document"], found["text"]
            notes = _cell_notes(notebook, text.name(path.name), cell_timeout)
            if notes:
                document.setdefault("extra_data", {})["notes"] = notes
                head, _, rest = report.partition("\n\n")
                report = head + "\n\nNotes:\n" + "".join(f"  - {n}\n" for n in notes) + "\n" + rest
            return document, report
    errors = [o for o in notebook.cells[-1].outputs if o.get("output_type") == "error"]
    why = f"{errors[0]['ename']}: {errors[0]['evalue']}" if errors else "no result"
    raise NotebookError(f"the notebook ran, but could not be graded ({why[:200]})")
