"""``python -m graders``: the command table and ``main``; each command lives in its module.

``learner`` holds what a learner runs (grade, watch, report, recall, status), ``classroom``
what an instructor runs (batch, Gradescope, nbgrader), ``authoring`` what a course author
runs (build-exercises, new-week, check-week, mutation-test). Each command is a
``Command``: its name, one line of help, the function that adds its arguments and the
function that runs it.
"""
import argparse
import sys

from graders.cli import authoring, classroom, learner
from graders.cli.options import Parser, UsageError

DESCRIPTION = """\
Grade this week's exercises.

  python -m graders grade                       grade exercises/ (every session)
  python -m graders grade --session b           grade only Session B
  python -m graders grade --submission DIR      grade another folder laid out like exercises/
  python -m graders grade --format json         print a Gradescope results.json instead
  python -m graders watch b                     re-grade Session B every time you save
  python -m graders report b --open             a page with your pictures beside the reference's
  python -m graders recall                      the week's recall test, from memory
  python -m graders status                      are you ready for next week?

While you work, `pytest exercises/session_b` gives the same grading inside pytest.
When more than one week is installed, --week ID chooses one (by default: the week the
folder you grade belongs to).
"""

COMMANDS = (*learner.COMMANDS, *classroom.COMMANDS, *authoring.COMMANDS)


def build_parser():
    parser = Parser(prog="python -m graders", description=DESCRIPTION, epilog=learner.EXIT_HELP,
                    formatter_class=argparse.RawDescriptionHelpFormatter)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in COMMANDS:
        command.add_to(subparsers)
    return parser


def main(argv=None):
    from graders.caches import keep_in_repo
    from graders.course import CourseError, WeekError
    from graders.learner.launcher import LearnerStartError

    keep_in_repo()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    run = {command.name: command.run for command in COMMANDS}[args.command]
    try:
        return run(args)
    except (UsageError, WeekError) as exc:
        sys.stderr.write(f"{parser.prog} {args.command}: error: {exc}\n")
        return 2
    except CourseError as exc:  # a week's own definition is broken: its author's to fix
        sys.stderr.write(f"{parser.prog} {args.command}: error in a week's definition: {exc}\n")
        return 3
    except LearnerStartError as exc:
        sys.stderr.write(f"{parser.prog} {args.command}: error: {exc}\n")
        return 3
    except KeyboardInterrupt:
        sys.stderr.write("interrupted\n")
        return 130
