"""What a notebook's grading cells import: ``from graders.notebook import grade``.

The released notebooks and every nbgrader course written so far name this module, so it
stays here while the code lives in ``graders.jupyter.kernel``.
"""
from graders.jupyter.kernel import grade, results_document

__all__ = ["grade", "results_document"]
