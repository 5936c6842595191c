"""The course author's commands: build-exercises, new-week, check-week, mutation-test."""
import os
import time
from pathlib import Path

from graders.cli.options import Command, UsageError, add_week_option


def build_arguments(parser):
    parser.add_argument("--check", action="store_true", help="only report whether the exercises are up to date")
    add_week_option(parser)


def build_exercises(args):
    from graders import course
    from graders.authoring import stubs

    weeks = [course.get(args.week)] if args.week else list(course.weeks().values())
    drift = []
    for week in weeks:
        if args.check:
            drift += stubs.week_drift(week)
            continue
        written = stubs.write_week(week)
        print(f"wrote {written} files under {_shown(week.exercises)} for {week.id}")
        _build_notebooks(week)
    if args.check:
        for line in drift:
            print(line)
        again = "python -m graders build-exercises" + (f" --week {args.week}" if args.week else "")
        print("the exercises are up to date" if not drift else f"run: {again}")
        return 1 if drift else 0
    return 0


def _build_notebooks(week):
    from graders.authoring.scaffold import build_notebooks

    try:
        count = build_notebooks(week)  # none, and no nbgrader step, for a week without notebook templates
    except (RuntimeError, OSError) as exc:
        raise UsageError(f"the learner notebooks need nbgrader (pip install -e '.[test]'): {exc}") from None
    if count:
        print(f"wrote {count} notebooks to {_shown(week.references)} and, through nbgrader, to "
              f"{_shown(week.exercises)}")


def _shown(path):
    from graders.cli.options import shown_root

    return shown_root(path) + "/"


def new_week_arguments(parser):
    parser.add_argument("id", metavar="ID", help="the new week's id, a Python name such as m01w03")
    parser.add_argument("--into", metavar="DIR", default=None,
                        help="the folder to create the week in (default: inside the graders package, beside the "
                             "installed weeks; elsewhere, name the folder in GRADERS_WEEKS to install it)")
    parser.add_argument("--title", default=None, help="the week's title, as learners read it")


def new_week(args):
    from graders.authoring import scaffold

    try:
        folder = scaffold.write(args.id, Path(args.into) if args.into else None, title=args.title)
    except (scaffold.ScaffoldError, RuntimeError, OSError) as exc:
        raise UsageError(str(exc)) from None
    import graders

    installed = Path(graders.__file__).parent.resolve() in folder.resolve().parents
    install = "" if installed else f"install it by naming its folder in GRADERS_WEEKS (GRADERS_WEEKS={folder.parent}), "
    print(f"wrote the week {args.id} to {_shown(folder)}; next: {install}fill in week.toml, the references and the "
          f"checks (AUTHORING.md), then run: python -m graders check-week {args.id}")
    return 0


def check_week_arguments(parser):
    parser.add_argument("id", metavar="ID", help="the week to check")
    parser.add_argument("--seeds", type=int, default=2, metavar="N",
                        help="seeds for the references and stubs (default: 2)")
    parser.add_argument("--mutants", action="store_true",
                        help="also run the mutation analysis of the references (slow: minutes)")


def check_week(args):
    from graders.authoring import check_week as checker

    if args.seeds < 1:
        raise UsageError("--seeds must be at least 1")
    report = checker.check(args.id, seeds=range(1, args.seeds + 1), mutants=args.mutants)
    print("\n".join(report.lines()))
    return 0 if report.ok else 1


def mutation_arguments(parser):
    parser.add_argument("--seeds", type=int, default=3, metavar="N", help="seeds per mutant (default: 3)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2, metavar="N",
                        help="mutants graded at once (default: the number of CPUs)")
    parser.add_argument("--sample", type=int, default=None, metavar="N",
                        help="grade an evenly spread sample of N mutants instead of all of them")
    add_week_option(parser)


def mutation_test(args):
    from graders import course
    from graders.authoring import mutation

    if args.seeds < 1 or args.workers < 1 or (args.sample is not None and args.sample < 1):
        raise UsageError("--seeds, --workers and --sample must be at least 1")
    week = course.resolve(args.week)
    started = time.perf_counter()
    verdicts = mutation.analyse(week, week.references, seeds=range(1, args.seeds + 1), workers=args.workers,
                                sample=args.sample)
    score = mutation.Score(verdicts, mutation.load_equivalent(week.root), every_mutant=args.sample is None)
    print("\n".join(score.lines()))
    print(f"({time.perf_counter() - started:.0f} s, {args.seeds} seed{'s' if args.seeds != 1 else ''} per mutant)")
    return 0 if not (score.survived or score.partly or score.stale or score.unmatched) else 1


COMMANDS = (
    Command("build-exercises", "(authors) regenerate the exercises from the references", build_arguments,
            build_exercises,
            description="Write each week's learner stubs from its reference answers, removing every "
                        "### BEGIN SOLUTION … ### END SOLUTION block; build the week's notebooks (if it has "
                        "templates) into the references from their templates, and the learner notebooks into the "
                        "exercises with nbgrader generate_assignment."),
    Command("new-week", "(authors) start a new week: week.toml, a session of checks, references", new_week_arguments,
            new_week,
            description="Write the skeleton of a new week: week.toml with one session, one check of each kind, "
                        "its checks module, a reference answer with solution markers, and the generated stubs. "
                        "AUTHORING.md says what to fill in."),
    Command("check-week", "(authors) check a week: its definition, references at full marks, stubs at zero",
            check_week_arguments, check_week,
            description="Validate a week: every check declared and implemented, with points and hints; every "
                        "pitfall it names defined; every contract function graded; the references score full "
                        "marks and the stubs zero for several seeds; the stubs match the references; with "
                        "--mutants, the mutation analysis of the references.",
            epilog="Exit status: 0 when the week is sound, 1 when something is wrong (listed), 2 for unusable "
                   "arguments."),
    Command("mutation-test", "(authors) how many small changes to the references the checks catch",
            mutation_arguments, mutation_test,
            description="Make every small change to the code in the references (+ and −, * and /, < and <=, "
                        "constants, a dropped term or argument, a .copy() left out, sum and mean …), grade each "
                        "changed copy in the learner process with the checks that judge the changed function, for "
                        "several seeds, and print the mutation score. A change that the checks cannot catch either "
                        "is listed in the week's equivalent_mutants.toml with the reason, or shows a gap in the "
                        "checks.",
            epilog="Exit status: 0 when every mutant is caught for every seed or listed as equivalent, 1 otherwise."),
)
