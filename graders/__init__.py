"""Self-grading exercises and an autograder for one week of a self-study ML course."""
__version__ = "0.1.0"
