"""Reference answers for Month 1, Week 2: calculus, the chain rule and logistic regression.

The learner's stubs in ``exercises/`` are generated from these files by removing
every block between ``### BEGIN SOLUTION`` and ``### END SOLUTION``.
"""
