"""Loading and calling learner code in a separate, limited process.

The grading process never imports a learner module. It starts a child process
(forked from a pre-warmed zygote), asks it to import the submission and to call
contract functions, and receives raw outputs only: numbers, ``.npy`` arrays,
whitelisted expression trees and plain figure data. Every score is computed in the
grading process from those outputs.
"""
from .client import CallOutcome, LearnerError, LearnerProcess, Limits
from .submission import Submission

__all__ = ["CallOutcome", "LearnerError", "LearnerProcess", "Limits", "Submission"]
