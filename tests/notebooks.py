"""Learner notebooks made from the reference modules, for tests that grade notebooks."""
import json
import re

from .conftest import SOLUTIONS

ORDER = ["session_a/chain_rule.py", "session_a/gradients.py", "session_a/backprop.py", "session_b/bce.py",
         "session_b/train.py", "session_b/animation.py", "session_c/metrics.py", "session_c/evaluate.py"]


def notebook_from(root=SOLUTIONS, extra_cells=(), skip=()):
    """A notebook with one code cell per contract module (relative imports dropped) and a
    markdown cell before each, as a learner's notebook would have."""
    cells = []
    for relative in ORDER:
        if relative in skip:
            continue
        source = (root / relative).read_text(encoding="utf-8")
        source = re.sub(r"^from \.[\w.]* import .*$", "", source, flags=re.M)
        cells.append({"cell_type": "markdown", "metadata": {}, "source": [f"## {relative}"]})
        cells.append({"cell_type": "code", "metadata": {}, "execution_count": None, "outputs": [],
                      "source": source.splitlines(keepends=True)})
    for extra in extra_cells:
        cells.append({"cell_type": "code", "metadata": {}, "execution_count": None, "outputs": [],
                      "source": extra.splitlines(keepends=True)})
    return json.dumps({"cells": cells, "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3",
                                                                   "language": "python"}},
                       "nbformat": 4, "nbformat_minor": 5})
