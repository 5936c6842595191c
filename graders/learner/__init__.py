"""Loading and calling learner code in a separate, limited process.

The grading process never imports a learner module. It starts a child process
(forked from a pre-warmed zygote), asks it to import the submission and to call
contract functions, and receives raw outputs only: numbers, ``.npy`` arrays,
whitelisted expression trees and plain figure data. Every score is computed in the
grading process from those outputs.

The names below are imported on first use, so that ``graders.learner.launcher`` can
start the zygote before numpy is even imported here.
"""
import importlib

_EXPORTS = {"CallOutcome": "client", "LearnerError": "client", "LearnerProcess": "client",
            "Limits": "limits", "Submission": "submission"}
__all__ = sorted(_EXPORTS)


def __getattr__(name):
    if name in _EXPORTS:
        return getattr(importlib.import_module(f".{_EXPORTS[name]}", __name__), name)
    raise AttributeError(name)
