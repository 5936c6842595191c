"""Grading a class: batches, Gradescope and nbgrader."""
