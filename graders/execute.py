"""``python -m graders grade --notebook``: run a learner's notebook in a real kernel, then grade it.

The notebook executes top to bottom with nbclient (errors allowed, a time limit per cell,
the kernel interrupted on time-out); its own grading cells are left out; a last cell
grades the functions it defined, by the contract's names, in the same kernel.
"""
import json
from pathlib import Path

MARKER = "<<graders-results>>"
FINAL_CELL = """\
import json as _graders_json
from graders.notebook import results_document as _graders_results
print({marker!r} + _graders_json.dumps(_graders_results(globals(), {sessions!r}, {seed!r})))
"""


class NotebookError(Exception):
    """The notebook could not be run or graded; the message is one line for the user."""


def is_grading_cell(cell):
    meta = cell.get("metadata", {}).get("nbgrader", {})
    return bool(meta.get("grade")) or "graders.notebook import grade" in "".join(cell.get("source", ""))


def grade_notebook(path, sessions=None, seed=None, cell_timeout=60):
    """(results.json document, text report) for the notebook at ``path``."""
    try:
        import nbformat
        from nbclient import NotebookClient
    except ImportError:
        raise NotebookError("grading a notebook needs nbclient and ipykernel: pip install nbclient ipykernel") from None
    path = Path(path)
    try:
        notebook = nbformat.read(path, as_version=4)
    except Exception as exc:
        raise NotebookError(f"{path} is not a readable notebook ({type(exc).__name__})") from None
    notebook.cells = [c for c in notebook.cells if not (c.cell_type == "code" and is_grading_cell(c))]
    notebook.cells.append(nbformat.v4.new_code_cell(FINAL_CELL.format(marker=MARKER, sessions=sessions, seed=seed)))
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
        text = output.get("text", "") if output.get("output_type") == "stream" else ""
        if MARKER in text:
            found = json.loads(text.split(MARKER, 1)[1])
            return found["document"], found["text"]
    errors = [o for o in notebook.cells[-1].outputs if o.get("output_type") == "error"]
    why = f"{errors[0]['ename']}: {errors[0]['evalue']}" if errors else "no result"
    raise NotebookError(f"the notebook ran, but could not be graded ({why[:200]})")
