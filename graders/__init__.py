"""Self-grading exercises and an autograder for one week of a self-study ML course."""
__version__ = "0.1.0"

from pathlib import Path as _Path

# The folder above the package: a checkout's top (exercises/, solutions/) when installed editable.
REPO = _Path(__file__).resolve().parent.parent
