"""Notebooks: built from templates, run in a kernel, graded inside one."""
