"""The week model and the vocabulary checks are written in.

``week`` reads one week's ``week.toml`` and binds its checks; ``installed`` finds the
weeks and says which one a command is about; ``checks``, ``expect`` and ``failure`` are
what a week's session modules are written with.
"""
from graders.course.installed import WeekError, claim, get, resolve, week_for, weeks
from graders.course.week import CheckSpec, CourseError, Pitfall, RecallQuestion, SelfAssessment, SessionSpec, Week

__all__ = ["CheckSpec", "CourseError", "Pitfall", "RecallQuestion", "SelfAssessment", "SessionSpec", "Week",
           "WeekError", "claim", "get", "resolve", "week_for", "weeks"]
