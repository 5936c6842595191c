"""The learner's commands: grade, watch, recall, status, report."""
import shlex
import sys
import time
from pathlib import Path

from graders import REPO
from graders.cli.options import (Command, UsageError, add_budget_option, add_seed_option, add_submission_option,
                                 add_week_option, budget, open_submission, present_sessions, session_ids,
                                 shown_root)

EXIT_HELP = ("Exit status: 0 when every check passes, 1 when some fail, 2 for unusable arguments, "
             "3 when the grader itself cannot run (a broken installation).")


def grade_arguments(parser):
    add_submission_option(parser, "the folder to grade (default: exercises/; `solutions` grades the references)")
    parser.add_argument("--notebook", metavar="FILE.ipynb", default=None,
                        help="run this notebook in a Jupyter kernel (60 s per cell at most), then grade the "
                             "functions it defines")
    parser.add_argument("--session", metavar="SESSION", default=None,
                        help="grade one session only, e.g. b (default: every session present)")
    parser.add_argument("--format", choices=("text", "json"), default="text",
                        help="text for people (default), json for a Gradescope results.json on stdout")
    add_week_option(parser)
    add_seed_option(parser, "the random seed for the test inputs (printed in every report; reuse it to "
                            "repeat a run exactly)")
    add_budget_option(parser)


def grade(args):
    from graders.grading import report
    from graders.grading.runner import GradingRun
    from graders.learner import Limits

    if args.notebook:
        return grade_notebook(args)
    root, week = open_submission(args)
    sessions = session_ids(args, week) or present_sessions(root, week)
    started = time.perf_counter()
    with GradingRun(week, root, sessions, seed=args.seed, shown_root=shown_root(root),
                    limits=Limits(**budget(args))) as run:
        scores = run.scores()
    if args.format == "json":
        sys.stdout.write(report.dumps(report.gradescope(run, scores, time.perf_counter() - started)) + "\n")
    else:
        flags = (f" --submission {shlex.quote(args.submission)}" if args.submission else "") + (
            f" --week {week.id}" if args.week else "") + (f" --session {args.session}" if args.session else "")
        sys.stdout.write(report.text(run, scores, f"repeat with: python -m graders grade{flags} --seed {run.seed}"))
    return 0 if all(s.complete for s in scores) else 1


def grade_notebook(args):
    from graders import course
    from graders.jupyter import execute

    if args.submission:
        raise UsageError("give either --submission or --notebook, not both")
    path = Path(args.notebook)
    if not path.is_file():
        raise UsageError(f"no notebook {args.notebook!r}")
    week = course.resolve(args.week, notebooks=[path])
    try:
        document, text = execute.grade_notebook(path, week, session_ids(args, week), args.seed)
    except execute.NotebookError as exc:
        raise UsageError(str(exc)) from None
    if args.format == "json":
        from graders.grading.report import dumps

        sys.stdout.write(dumps(document) + "\n")
    else:
        sys.stdout.write(text)
    handed_in = [t for t in document["tests"] if "not_submitted" not in t.get("tags", [])]
    return 0 if handed_in and all(t["status"] == "passed" for t in handed_in) else 1


def watch_arguments(parser):
    parser.add_argument("session", nargs="?", metavar="SESSION", default=None,
                        help="the session to work on, e.g. b (default: the whole week, in order)")
    add_submission_option(parser, "the folder to watch (default: exercises/)")
    parser.add_argument("--poll", action="store_true",
                        help="look for changes by polling (for network drives; on WSL this is automatic)")
    add_week_option(parser)
    add_seed_option(parser)


def watch(args):
    import secrets

    from graders.tools import watch as watcher

    root, week = open_submission(args)
    seed = secrets.randbelow(1_000_000) if args.seed is None else args.seed
    watcher.run(week, root, present_sessions(root, week), seed, shown_root(root), focus=session_ids(args, week),
                polling=args.poll)
    return 0


def recall_arguments(parser):
    parser.add_argument("--answers", metavar="FILE", default=None,
                        help="answer without questions: a JSON object mapping question ids to answers")
    parser.add_argument("--format", choices=("text", "json"), default="text",
                        help="with --answers: text (default) or json, one verdict per question id")
    add_week_option(parser)


def recall(args):
    import json

    from graders import course
    from graders.tools import recall as quiz

    week = course.resolve(args.week, root=_default_exercises())
    if not week.recall:
        raise UsageError(f"{week.id} has no recall questions")
    if args.answers is None:
        if args.format == "json":
            raise UsageError("--format json needs --answers FILE")
        verdicts = quiz.interactive(week)
        quiz.record(week, verdicts)
        return 0 if verdicts and len(verdicts) == len(week.recall) and all(v.correct for v in verdicts) else 1
    try:
        verdicts = quiz.answer_file(week, args.answers)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    quiz.record(week, verdicts)
    if args.format == "json":
        print(json.dumps({v.id: {"correct": v.correct, "message": v.message} for v in verdicts},
                         indent=2, ensure_ascii=False))
    else:
        for v in verdicts:
            print(f"{'✓' if v.correct else '✗'} {v.id}: {v.message}")
    return 0 if all(v.correct for v in verdicts) else 1


def _default_exercises():
    """The exercises of the folder you are in, which may say which week they are: this folder
    or its exercises/ (with more than one week installed, never the checkout's by default)."""
    from graders.course.installed import MARKER, catalog

    here = [Path.cwd(), Path.cwd() / "exercises"] + ([] if len(catalog()) > 1 else [REPO / "exercises"])
    return next((p for p in here if (p / MARKER).is_file() or p.name == "exercises" and p.is_dir()), None)


def status_arguments(parser):
    add_submission_option(parser)
    add_week_option(parser)
    add_seed_option(parser)


def status(args):
    from graders.grading.runner import GradingRun
    from graders.tools import status as overview
    from graders.tools.recall import latest

    root, week = open_submission(args)
    with GradingRun(week, root, seed=args.seed, shown_root=shown_root(root)) as run:
        scores = run.scores()
    text, ready = overview.render(week, scores, latest(week), shown_root(root))
    sys.stdout.write(text)
    return 0 if ready else 1


def report_arguments(parser):
    parser.add_argument("session", nargs="?", metavar="SESSION", default=None,
                        help="the session to report, e.g. b (default: every session present)")
    add_submission_option(parser)
    parser.add_argument("--output", metavar="FILE", default=None,
                        help="where to write the page (default: report.html at the top of the repository)")
    parser.add_argument("--open", action="store_true", help="open the page in your web browser")
    add_week_option(parser)
    add_seed_option(parser)


def report(args):
    from graders.grading import html_report

    root, week = open_submission(args)
    sessions = session_ids(args, week) or present_sessions(root, week)
    target = Path(args.output).expanduser() if args.output else REPO / "report.html"
    if target.suffix.lower() not in (".html", ".htm"):
        raise UsageError(f"{str(target)!r} should end in .html")
    if not target.parent.is_dir():
        raise UsageError(f"no folder {str(target.parent)!r} to write {target.name} into")
    page, complete = html_report.build(week, root, sessions, args.seed, shown_root(root))
    target.write_text(page, encoding="utf-8", errors="replace")
    print(f"wrote {shown_root(target)}" + ("" if args.open else "; open it in a browser, or add --open"))
    if args.open:
        import webbrowser

        if not webbrowser.open(target.resolve().as_uri()):
            print(f"could not start a browser here: open {target.resolve().as_uri()} yourself", file=sys.stderr)
    return 0 if complete else 1


COMMANDS = (
    Command("grade", "grade a submission folder and print the report", grade_arguments, grade,
            description="Grade a folder laid out like exercises/ and print one line per check, the points per "
                        "function and a verdict per session.", epilog=EXIT_HELP),
    Command("watch", "re-grade every time you save, and show what to do next", watch_arguments, watch,
            description="Grade the week, then watch the exercise files: every time you save one, its session is "
                        "graded again within a second. The screen shows your progress, the first check that does "
                        "not pass yet, with its message and a hint. Keys: h shows the next, more specific hint; "
                        "r re-grades; q quits."),
    Command("recall", "the week's recall test: type the formulas from memory", recall_arguments, recall,
            description="Ask the week's recall questions in the terminal: formulas typed from memory, in plain "
                        "maths such as -(y*log(p) + (1-y)*log(1-p)), with ^ or ** for powers; every equivalent "
                        "form counts. Attempts are kept per week in a small local file "
                        "(~/.local/share/ml-week-graders/attempts.json, or $GRADERS_ATTEMPTS) for `status`.",
            epilog="Exit status: 0 when every answer is right, 1 otherwise, 2 for unusable arguments."),
    Command("status", "the week at a glance: scores, self-assessment, and whether you are ready", status_arguments,
            status,
            description="Grade every session, read your recall answers, and show each session's score, the "
                        "end-of-week self-assessment items, and whether you are ready to move on. An item is [x] "
                        "when its checks pass and its recall questions were answered right, [~] when the checks "
                        "pass but the recall test has not been taken for it, [ ] when a check fails or the last "
                        "recall answer was wrong. You are ready when no item is [ ].",
            epilog="Exit status: 0 when you are ready for the next week, 1 otherwise, 2 for unusable arguments."),
    Command("report", "write one HTML page with every check and the week's pictures", report_arguments, report,
            description="Grade a submission and write a single HTML page (pictures embedded, no network "
                        "needed): every check with its message and hint, your figures beside the reference's, "
                        "and for a failed gradient check a heat map of where your gradient and the "
                        "finite-difference one differ.",
            epilog="Exit status: 0 when every check passes, 1 when some fail, 2 for unusable arguments."),
)
