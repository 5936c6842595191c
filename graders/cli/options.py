"""What the commands share: the parser, one-line errors, the common options, and turning
``--week``, ``--submission`` and ``--session`` into a week, a folder and session ids."""
import argparse
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from graders import REPO
from graders.course.installed import MARKER


class Parser(argparse.ArgumentParser):
    """argparse, but errors are one line and exit 2."""

    def error(self, message):
        sys.stderr.write(f"{self.prog}: error: {message} (see --help)\n")
        raise SystemExit(2)


class UsageError(Exception):
    """Arguments that cannot be used; the message is one line for the user."""


@dataclass(frozen=True)
class Command:
    """One entry of the command table."""
    name: str
    help: str
    arguments: Callable  # arguments(parser): adds the command's options
    run: Callable  # run(args) -> exit status
    description: str = ""
    epilog: str = ""

    def add_to(self, subparsers):
        parser = subparsers.add_parser(self.name, help=self.help, description=self.description or self.help,
                                       epilog=self.epilog or None)
        self.arguments(parser)
        return parser


def add_submission_option(parser, help="the folder to grade (default: exercises/)"):
    parser.add_argument("--submission", metavar="DIR", default=None, help=help)


def add_week_option(parser):
    parser.add_argument("--week", metavar="ID", default=None,
                        help="the week to grade, when more than one is installed (default: the week the folder "
                             "belongs to, or the only one installed)")


def add_seed_option(parser, help="the seed for the test inputs"):
    parser.add_argument("--seed", type=int, default=None, metavar="N", help=help)


def add_budget_option(parser):
    parser.add_argument("--budget", type=float, default=None, metavar="SECONDS",
                        help="the most wall-clock time one submission may take over all its checks, "
                             "restarts after crashes included; later checks fail with a message (default: 60)")


def budget(args):
    """The limits that --budget asks for, as keyword arguments of Limits."""
    seconds = getattr(args, "budget", None)
    if seconds is None:
        return {}
    if seconds <= 0:
        raise UsageError("--budget must be a positive number of seconds")
    return {"budget_seconds": seconds}


def resolve_submission(text, week=None):
    """The folder to grade, with a one-line UsageError when it cannot be one.

    Without --submission: the chosen week's exercises, else exercises/ here or in the checkout."""
    if text is None:
        # the folder you are in, when it is a week's exercises (it has the marker), else exercises/
        # here, else the checkout's
        here = [Path.cwd()] if (Path.cwd() / MARKER).is_file() else []
        candidates = here + [Path.cwd() / "exercises", REPO / "exercises"]
        if week is not None and week.exercises is not None:
            candidates = [c for c in candidates if _declares(c, week)] + [week.exercises]
        path = next((p for p in candidates if p.is_dir()), candidates[0])
    else:
        path = Path(text).expanduser()
        if not path.exists() and (REPO / text).is_dir():
            path = REPO / text
    if not path.exists():
        raise UsageError(f"no folder {str(path)!r}")
    if not path.is_dir():
        raise UsageError(f"{str(path)!r} is not a folder: pass the folder that holds your session folders")
    return path


def existing_folder(text):
    """``text`` as a folder that exists, or a one-line UsageError."""
    folder = Path(text)
    if not folder.is_dir():
        raise UsageError(f"no folder {text!r}")
    return folder


def _declares(folder, week):
    from graders.course.installed import declared_week

    return folder.is_dir() and declared_week(folder) in (week.id, None) and week.matches(folder)


def open_submission(args):
    """(folder, week) for --submission and --week, with the learner process starting meanwhile."""
    from graders import course
    from graders.learner.launcher import Zygote

    Zygote.prestart()  # its imports overlap with ours
    chosen = course.get(args.week) if getattr(args, "week", None) else None
    root = resolve_submission(args.submission, chosen)
    week = chosen or course.resolve(root=root)
    if not week.matches(root):
        example = week.sessions[0]
        raise UsageError(f"{str(root)!r} does not look like a submission of {week.id}: expected folders such as "
                         f"{example.id}/ holding the exercise files ({', '.join(f'{m}.py' for m in example.modules)})")
    return root, week


def session_id(value, week):
    """The id of the session that ``value`` names (``b``, ``session_b``, ``Session B``)."""
    for session in week.sessions:
        if session.answers_to(value):
            return session.id
    raise UsageError(f"unknown session {value!r}: choose one of " + ", ".join(s.key for s in week.sessions))


def session_ids(args, week):
    """The sessions --session asks for (repeated, or comma-separated), in course order; None for all."""
    if not getattr(args, "session", None):
        return None
    values = args.session if isinstance(args.session, list) else [args.session]
    wanted = {session_id(v, week) for value in values for v in value.split(",") if v.strip()}
    return [s.id for s in week.sessions if s.id in wanted] or None


def present_sessions(root, week):
    return [s.id for s in week.sessions if (root / s.id).is_dir()]


def shown_root(root):
    try:
        return str(Path(root).resolve().relative_to(Path.cwd().resolve())) or "."
    except ValueError:
        return str(root)


def with_changes(args, **changes):
    merged = argparse.Namespace(**vars(args))
    for key, value in changes.items():
        setattr(merged, key, value)
    return merged
