"""``python -m graders``: grade a folder of exercises, or (for maintainers) rebuild the stubs."""
import argparse
import os
import sys
import time
from pathlib import Path

from . import REPO

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
"""

EXIT_HELP = ("Exit status: 0 when every check passes, 1 when some fail, 2 for unusable arguments, "
             "3 when the grader itself cannot run (a broken installation).")


class Parser(argparse.ArgumentParser):
    """argparse, but errors are one line and exit 2."""

    def error(self, message):
        sys.stderr.write(f"{self.prog}: error: {message} (see --help)\n")
        raise SystemExit(2)


class UsageError(Exception):
    """Arguments that cannot be used; the message is one line for the user."""


def add_submission_option(parser, help="the folder to grade (default: exercises/)"):
    parser.add_argument("--submission", metavar="DIR", default=None, help=help)


def add_seed_option(parser, help="the seed for the test inputs"):
    parser.add_argument("--seed", type=int, default=None, metavar="N", help=help)


def add_budget_option(parser):
    parser.add_argument("--budget", type=float, default=None, metavar="SECONDS",
                        help="the most wall-clock time one submission may take over all its checks, "
                             "restarts after crashes included; later checks fail with a message (default: 60)")


def _budget(args):
    """The limits that --budget asks for, as keyword arguments of Limits."""
    budget = getattr(args, "budget", None)
    if budget is None:
        return {}
    if budget <= 0:
        raise UsageError("--budget must be a positive number of seconds")
    return {"budget_seconds": budget}


def build_parser():
    parser = Parser(prog="python -m graders", description=DESCRIPTION, epilog=EXIT_HELP,
                    formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    grade = commands.add_parser(
        "grade", help="grade a submission folder and print the report",
        description="Grade a folder laid out like exercises/ and print one line per check, the "
                    "points per function and a verdict per session.", epilog=EXIT_HELP)
    add_submission_option(grade, "the folder to grade (default: exercises/; `solutions` grades the references)")
    grade.add_argument("--notebook", metavar="FILE.ipynb", default=None,
                       help="run this notebook in a Jupyter kernel (60 s per cell at most), then grade the "
                            "functions it defines")
    grade.add_argument("--session", metavar="a|b|c", default=None,
                       help="grade one session only (default: every session present)")
    grade.add_argument("--format", choices=("text", "json"), default="text",
                       help="text for people (default), json for a Gradescope results.json on stdout")
    add_seed_option(grade, "the random seed for the test inputs (printed in every report; reuse it to "
                           "repeat a run exactly)")
    add_budget_option(grade)
    watch = commands.add_parser(
        "watch", help="re-grade every time you save, and show what to do next",
        description="Grade the week, then watch the exercise files: every time you save one, its session is "
                    "graded again within a second. The screen shows your progress, the first check that does "
                    "not pass yet, with its message and a hint. Keys: h shows the next, more specific hint; "
                    "r re-grades; q quits.")
    watch.add_argument("session", nargs="?", metavar="SESSION", default=None,
                       help="a, b or c: the session to work on (default: the whole week, in order)")
    add_submission_option(watch, "the folder to watch (default: exercises/)")
    watch.add_argument("--poll", action="store_true",
                       help="look for changes by polling (for network drives; on WSL this is automatic)")
    add_seed_option(watch)
    recall = commands.add_parser(
        "recall", help="the week's recall test: type the formulas from memory",
        description="Ask the recall questions in the terminal (the BCE loss, dL/dz, σ' in terms of σ, "
                    "d/dx log(1 + eˣ) and more). Type plain maths: -(y*log(p) + (1-y)*log(1-p)), with ^ "
                    "or ** for powers; every equivalent form counts. Attempts are kept in a small local "
                    "file (~/.local/share/ml-week-graders/attempts.json, or $GRADERS_ATTEMPTS) for `status`.",
        epilog="Exit status: 0 when every answer is right, 1 otherwise, 2 for unusable arguments.")
    recall.add_argument("--answers", metavar="FILE", default=None,
                        help="answer without questions: a JSON object mapping question ids to answers")
    recall.add_argument("--format", choices=("text", "json"), default="text",
                        help="with --answers: text (default) or json, one verdict per question id")
    status = commands.add_parser(
        "status", help="the week at a glance: scores, self-assessment, and whether you are ready",
        description="Grade every session, read your recall answers, and show each session's score, the "
                    "end-of-week self-assessment items, and whether you are ready to move on. An item is [x] "
                    "when its checks pass and its recall questions were answered right, [~] when the checks "
                    "pass but the recall test has not been taken for it, [ ] when a check fails or the last "
                    "recall answer was wrong. You are ready when no item is [ ].",
        epilog="Exit status: 0 when you are ready for the next week, 1 otherwise, 2 for unusable arguments.")
    add_submission_option(status)
    add_seed_option(status)
    report_ = commands.add_parser(
        "report", help="write one HTML page with every check and the week's pictures",
        description="Grade a submission and write a single HTML page (pictures embedded, no network "
                    "needed): every check with its message and hint; your decision boundary beside the "
                    "reference's, the loss curve, the 2x2 training grid, the gradient field, the confusion "
                    "matrix, and for a failed gradient check a heat map of where your gradient and the "
                    "finite-difference one differ.",
        epilog="Exit status: 0 when every check passes, 1 when some fail, 2 for unusable arguments.")
    report_.add_argument("session", nargs="?", metavar="SESSION", default=None,
                         help="a, b or c: report one session (default: every session present)")
    add_submission_option(report_)
    report_.add_argument("--output", metavar="FILE", default=None,
                         help="where to write the page (default: report.html at the top of the repository)")
    report_.add_argument("--open", action="store_true", help="open the page in your web browser")
    add_seed_option(report_)
    batch = commands.add_parser(
        "batch", help="grade a whole class: one sub-folder or notebook per learner",
        description="Grade every learner in SUBMISSIONS: each sub-folder (its .py files laid out like "
                    "exercises/, its notebooks, or both) or each loose .ipynb file is one learner, named after "
                    "it. A learner's notebooks are graded together; sessions none of their files holds are "
                    "reported as not submitted. Writes OUT/learners/<learner>/results.json "
                    "(Gradescope format), OUT/grades.csv and OUT/summary.md. Learner code runs isolated, "
                    "in parallel. A rerun skips learners already graded, so an interrupted batch resumes.",
        epilog="Exit status: 0 when every learner was graded and every file read, 1 when some learner could "
               "not be graded or some file could not be read (both listed in summary.md), 2 for unusable "
               "arguments, 130 when interrupted.")
    batch.add_argument("submissions", metavar="SUBMISSIONS", nargs="?", default=None,
                       help="the folder holding one entry per learner (not with --nbgrader)")
    batch.add_argument("--out", metavar="OUT", default=None,
                       help="where to write the grades (created if needed; with --nbgrader, default "
                            "COURSE_DIR/graders-batch/ASSIGNMENT)")
    batch.add_argument("--nbgrader", metavar="COURSE_DIR", default=None,
                       help="grade an nbgrader course's submitted/<student>/ASSIGNMENT/ notebooks here, isolated, "
                            "and write the scores into its gradebook (and autograded/ for feedback), in place of "
                            "`nbgrader autograde`")
    batch.add_argument("--assignment", metavar="ID", default=None, help="the nbgrader assignment (with --nbgrader)")
    batch.add_argument("--workers", type=int, default=os.cpu_count() or 2, metavar="N",
                       help="learners graded at once on this machine (default: the number of CPUs)")
    batch.add_argument("--force", action="store_true", help="regrade learners that already have results")
    add_seed_option(batch, "the seed for the test inputs, the same for every learner (default: random, "
                           "then kept in OUT/batch.json for reruns)")
    batch.add_argument("--timeout", type=float, default=None, metavar="SECONDS",
                       help="the longest any single call of learner code may run (default: each check's own "
                            "limit, 5 s for most, up to 60 s for training)")
    add_budget_option(batch)
    batch.add_argument("--session", metavar="a|b|c", action="append", default=None,
                       help="grade only this session (repeat it, or write b,c, for several), for an assignment "
                            "that covers only some sessions (default: every session)")
    batch.add_argument("--dask", metavar="ADDRESS", default=None,
                       help="send the work to a Dask distributed scheduler, e.g. tcp://10.0.0.5:8786")
    bundle = commands.add_parser(
        "gradescope-bundle", help="write a Gradescope autograder zip (setup.sh, run_autograder, the grader)",
        description="Write a zip to upload as a Gradescope programming assignment's autograder. It installs "
                    "this grader (not the solutions) and grades each submission, a folder laid out like "
                    "exercises/ or one notebook, into /autograder/results/results.json.")
    bundle.add_argument("target", metavar="OUT.zip", help="the zip file to write")
    run_ = commands.add_parser("gradescope-run", help="(inside Gradescope) grade /autograder/submission")
    run_.add_argument("--root", default="/autograder", help="the autograder folder (default: /autograder)")
    add_budget_option(run_)
    course_ = commands.add_parser(
        "nbgrader-course", help="write a ready nbgrader course for the week into DIR",
        description="Write an nbgrader course: nbgrader_config.py (a time limit per cell, hidden tests "
                    "cleared from feedback), the source notebooks under source/m01w02/, and a README with "
                    "the exact commands to release, autograde, give feedback and export grades.")
    course_.add_argument("folder", metavar="DIR", help="the course folder to create")
    add_seed_option(course_, "the test inputs' seed at autograding, the same for every learner (default: random)")
    course_.add_argument("--cell-timeout", type=int, default=60, metavar="SECONDS",
                         help="the longest a notebook cell may run at autograding (default: 60)")
    course_.add_argument("--force", action="store_true", help="write into DIR even if it is not empty")
    build = commands.add_parser(
        "build-exercises", help="(maintainers) regenerate exercises/ from solutions/",
        description="Write the learner stubs in exercises/ from the reference answers in solutions/, "
                    "removing every ### BEGIN SOLUTION … ### END SOLUTION block; build the week's notebooks "
                    "into solutions/ from their templates, and the learner notebooks into exercises/ with "
                    "nbgrader generate_assignment.")
    build.add_argument("--check", action="store_true", help="only report whether exercises/ is up to date")
    mutants = commands.add_parser(
        "mutation-test", help="(maintainers) how many small changes to solutions/ the checks catch",
        description="Make every small change to the code in solutions/ (+ and −, * and /, < and <=, constants, "
                    "a dropped term or argument, a .copy() left out, sum and mean …), grade each changed copy in "
                    "the learner process with the checks that judge the changed function, for several seeds, and "
                    "print the mutation score. A change that the checks cannot catch either is listed in the "
                    "week's equivalent_mutants.toml with the reason, or shows a gap in the checks.",
        epilog="Exit status: 0 when every mutant is caught for every seed or listed as equivalent, 1 otherwise.")
    mutants.add_argument("--seeds", type=int, default=3, metavar="N", help="seeds per mutant (default: 3)")
    mutants.add_argument("--workers", type=int, default=os.cpu_count() or 2, metavar="N",
                         help="mutants graded at once (default: the number of CPUs)")
    mutants.add_argument("--sample", type=int, default=None, metavar="N",
                         help="grade an evenly spread sample of N mutants instead of all of them")
    return parser


def main(argv=None):
    from .caches import keep_in_repo
    from .learner.launcher import LearnerStartError

    keep_in_repo()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    try:
        return COMMANDS[args.command](args)
    except UsageError as exc:
        sys.stderr.write(f"{parser.prog} {args.command}: error: {exc}\n")
        return 2
    except LearnerStartError as exc:
        sys.stderr.write(f"{parser.prog} {args.command}: error: {exc}\n")
        return 3
    except KeyboardInterrupt:
        sys.stderr.write("interrupted\n")
        return 130


def resolve_submission(text):
    """The folder to grade, with a one-line UsageError when it cannot be one."""
    if text is None:
        candidates = [Path.cwd() / "exercises", REPO / "exercises"]
        path = next((p for p in candidates if p.is_dir()), candidates[0])
    else:
        path = Path(text).expanduser()
        if not path.exists() and (REPO / text).is_dir():
            path = REPO / text
    if not path.exists():
        raise UsageError(f"no folder {str(path)!r}")
    if not path.is_dir():
        raise UsageError(f"{str(path)!r} is not a folder: pass the folder that holds session_a/, session_b/ …")
    return path


def open_submission(text):
    """(folder, week) for a --submission argument, with the learner process starting meanwhile."""
    from . import course
    from .learner.launcher import Zygote

    Zygote.prestart()  # its imports overlap with ours
    root = resolve_submission(text)
    week = course.week_for(root)
    if week is None:
        raise UsageError(f"{str(root)!r} does not look like a submission: expected folders such as "
                         "session_b/ holding the exercise files (bce.py, train.py …)")
    return root, week


def grade(args):
    from . import report

    if args.notebook:
        return grade_notebook(args)
    root, week = open_submission(args.submission)
    sessions = _session_ids(args, week) or [s.id for s in week.sessions if (root / s.id).is_dir()]
    from .runner import GradingRun

    started = time.perf_counter()
    shown = _shown_root(root)
    from .learner import Limits

    with GradingRun(week, root, sessions, seed=args.seed, shown_root=shown, limits=Limits(**_budget(args))) as run:
        scores = run.scores()
    if args.format == "json":
        sys.stdout.write(report.dumps(report.gradescope(run, scores, time.perf_counter() - started)) + "\n")
    else:
        session_flag = f" --session {args.session}" if args.session else ""
        hint = f"repeat with: python -m graders grade{session_flag} --seed {run.seed}"
        sys.stdout.write(report.text(run, scores, hint))
    return 0 if all(s.complete for s in scores) else 1


def _session_id(value, week):
    wanted = "session_" + value.strip().lower().removeprefix("session_").removeprefix("session ")
    if wanted not in [s.id for s in week.sessions]:
        raise UsageError(f"unknown session {value!r}: choose one of "
                         + ", ".join(s.id.removeprefix("session_") for s in week.sessions))
    return wanted


def _session_ids(args, week):
    if not args.session:
        return None
    values = args.session if isinstance(args.session, list) else [args.session]
    wanted = {_session_id(v, week) for value in values for v in value.split(",") if v.strip()}
    return [s.id for s in week.sessions if s.id in wanted] or None


def grade_notebook(args):
    from . import course, execute

    if args.submission:
        raise UsageError("give either --submission or --notebook, not both")
    path = Path(args.notebook)
    if not path.is_file():
        raise UsageError(f"no notebook {args.notebook!r}")
    (week,) = course.weeks().values()
    try:
        document, text = execute.grade_notebook(path, _session_ids(args, week), args.seed)
    except execute.NotebookError as exc:
        raise UsageError(str(exc)) from None
    if args.format == "json":
        from .report import dumps

        sys.stdout.write(dumps(document) + "\n")
    else:
        sys.stdout.write(text)
    handed_in = [t for t in document["tests"] if "not_submitted" not in t.get("tags", [])]
    return 0 if handed_in and all(t["status"] == "passed" for t in handed_in) else 1


def watch_files(args):
    import secrets

    from . import watch

    root, week = open_submission(args.submission)
    sessions = [s.id for s in week.sessions if (root / s.id).is_dir()]
    focus = _session_ids(args, week)
    seed = secrets.randbelow(1_000_000) if args.seed is None else args.seed
    watch.run(week, root, sessions, seed, _shown_root(root), focus=focus, polling=args.poll)
    return 0


def recall_test(args):
    import json

    from . import course, recall

    (week,) = course.weeks().values()
    if args.answers is None:
        if args.format == "json":
            raise UsageError("--format json needs --answers FILE")
        verdicts = recall.interactive(week)
        recall.record(verdicts)
        return 0 if verdicts and len(verdicts) == len(week.recall) and all(v.correct for v in verdicts) else 1
    try:
        verdicts = recall.answer_file(week, args.answers)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    recall.record(verdicts)
    if args.format == "json":
        print(json.dumps({v.id: {"correct": v.correct, "message": v.message} for v in verdicts},
                         indent=2, ensure_ascii=False))
    else:
        for v in verdicts:
            print(f"{'✓' if v.correct else '✗'} {v.id}: {v.message}")
    return 0 if all(v.correct for v in verdicts) else 1


def week_status(args):
    from . import status
    from .recall import latest
    from .runner import GradingRun

    root, week = open_submission(args.submission)
    with GradingRun(week, root, seed=args.seed, shown_root=_shown_root(root)) as run:
        scores = run.scores()
    text, ready = status.render(week, scores, latest(), _shown_root(root))
    sys.stdout.write(text)
    return 0 if ready else 1


def html_page(args):
    from . import html_report

    root, week = open_submission(args.submission)
    sessions = _session_ids(args, week) or [s.id for s in week.sessions if (root / s.id).is_dir()]
    target = Path(args.output).expanduser() if args.output else REPO / "report.html"
    if target.suffix.lower() not in (".html", ".htm"):
        raise UsageError(f"{str(target)!r} should end in .html")
    if not target.parent.is_dir():
        raise UsageError(f"no folder {str(target.parent)!r} to write {target.name} into")
    page, complete = html_report.build(week, root, sessions, args.seed, _shown_root(root))
    target.write_text(page, encoding="utf-8", errors="replace")
    print(f"wrote {_shown_root(target)}" + ("" if args.open else "; open it in a browser, or add --open"))
    if args.open:
        import webbrowser

        if not webbrowser.open(target.resolve().as_uri()):
            print(f"could not start a browser here: open {target.resolve().as_uri()} yourself", file=sys.stderr)
    return 0 if complete else 1


def batch(args):
    from . import batch as batch_job
    from . import course

    if args.workers < 1:
        raise UsageError("--workers must be at least 1")
    if args.timeout is not None and args.timeout <= 0:
        raise UsageError("--timeout must be a positive number of seconds")
    (week,) = course.weeks().values()
    if args.nbgrader:
        folder, entries, args = _nbgrader_class(args)
    else:
        if not args.submissions or args.assignment:
            raise UsageError("give the folder of submissions, or --nbgrader COURSE_DIR --assignment ID")
        if not args.out:
            raise UsageError("--out OUT is needed: the folder to write the grades into")
        folder, entries = Path(args.submissions), None
        if not folder.is_dir():
            raise UsageError(f"no folder {args.submissions!r}")
    limits = dict({"max_call_seconds": args.timeout} if args.timeout else {}, **_budget(args))
    if args.nbgrader:  # the course's own time limit per cell, as nbgrader's autograde would apply it
        from .nbgrader_course import course_cell_timeout

        timeout = course_cell_timeout(args.nbgrader)
        limits.update({"cell_seconds": float(timeout)} if timeout else {})
    limits = limits or None
    started = time.perf_counter()
    try:
        outcome = batch_job.run(folder, Path(args.out), week, workers=args.workers, force=args.force,
                                seed=args.seed, dask=args.dask, limits=limits, sessions=_session_ids(args, week),
                                entries=entries and [learner.entry for learner in entries])
    except batch_job.BatchError as exc:
        raise UsageError(str(exc)) from None
    out = Path(args.out)
    seconds = time.perf_counter() - started
    if args.nbgrader:
        from . import nbgrader_gradebook

        try:
            written = nbgrader_gradebook.record(args.nbgrader, args.assignment, entries, out, week)
        except nbgrader_gradebook.CourseError as exc:
            raise UsageError(str(exc)) from None
        print(f"wrote the scores of {written} learner(s) into {Path(args.nbgrader) / 'gradebook.db'} and their "
              f"feedback notebooks into {Path(args.nbgrader) / 'autograded'}; next: nbgrader generate_feedback "
              f"{args.assignment}, nbgrader export")
    print(f"graded {len(outcome.graded_now)} learner(s) in {seconds:.1f} s"
          + (f", {len(outcome.skipped)} already graded earlier (--force regrades them)" if outcome.skipped else "")
          + f"; wrote {out / 'grades.csv'} and {out / 'summary.md'}")
    for name, why in sorted(outcome.failed.items()):
        print(f"could not grade {name}: {why}", file=sys.stderr)
    for entry, why in sorted(outcome.left_out.items()):
        print(f"{entry} {why}; it was left out (see summary.md)", file=sys.stderr)
    for name, files in sorted(outcome.unreadable.items()):
        for file, why in sorted(files.items()):
            print(f"{name}: {file} {why}; it was left out (see summary.md)", file=sys.stderr)
    if outcome.interrupted:
        print("interrupted: run the same command again to grade the rest", file=sys.stderr)
        return 130
    return 0 if outcome.complete else 1


def _nbgrader_class(args):
    """(folder, learners, args) for batch --nbgrader: the submitted notebooks of one assignment."""
    from . import classroom, nbgrader_course as course_writer, nbgrader_gradebook

    if args.submissions:
        raise UsageError("give either a folder of submissions or --nbgrader COURSE_DIR, not both")
    if not args.assignment:
        raise UsageError("--nbgrader needs --assignment ID (the folder name under source/)")
    course_dir = Path(args.nbgrader)
    if not course_dir.is_dir():
        raise UsageError(f"no folder {args.nbgrader!r}")
    try:
        learners = nbgrader_gradebook.submitted(course_dir, args.assignment, classroom.safe_name)
    except nbgrader_gradebook.CourseError as exc:
        raise UsageError(str(exc)) from None
    if not learners:
        raise UsageError(f"nothing submitted for {args.assignment} in {course_dir / 'submitted'}")
    for learner in learners:
        learner.entry = classroom.Entry(learner.name, learner.folder, "folder")
    seed = args.seed if args.seed is not None else course_writer.course_seed(course_dir)
    out = args.out or str(course_dir / "graders-batch" / args.assignment)  # a name no import can pick up
    return course_dir / "submitted", learners, _with(args, seed=seed, out=out)


def _with(args, **changes):
    merged = argparse.Namespace(**vars(args))
    for key, value in changes.items():
        setattr(merged, key, value)
    return merged


def nbgrader_course(args):
    from . import course, nbgrader_course as writer

    if args.cell_timeout < 1:
        raise UsageError("--cell-timeout must be at least 1 second")
    (week,) = course.weeks().values()
    try:
        seed = writer.write(args.folder, week, REPO / "solutions", seed=args.seed,
                            timeout=args.cell_timeout, force=args.force)
    except writer.CourseError as exc:
        raise UsageError(str(exc)) from None
    print(f"wrote the nbgrader course to {args.folder} (seed {seed}); "
          f"the next steps are in {Path(args.folder) / 'README.md'}")
    return 0


def gradescope_run(args):
    from . import gradescope

    document = gradescope.run(args.root, limits=_budget(args))
    print(f"{document['score']}/{document['max_score']} written to {Path(args.root) / 'results' / 'results.json'}")
    return 0


def gradescope_bundle(args):
    from . import gradescope

    target = Path(args.target)
    if target.suffix != ".zip":
        raise UsageError(f"{args.target!r} should end in .zip")
    if not target.parent.is_dir():
        raise UsageError(f"no folder {str(target.parent)!r} to write {target.name} into")
    count = gradescope.bundle(target, REPO)
    print(f"wrote {target} ({count} files): upload it as the autograder of a Gradescope programming assignment")
    return 0


def _shown_root(root):
    try:
        return str(root.resolve().relative_to(Path.cwd().resolve())) or "."
    except ValueError:
        return str(root)


def build_exercises(args):
    from . import course, notebooks, stubs

    repo = REPO
    if args.check:
        drift = stubs.drift(repo / "solutions", repo / "exercises")
        for line in drift:
            print(line)
        print("exercises/ is up to date" if not drift else "run: python -m graders build-exercises")
        return 1 if drift else 0
    written = stubs.write_tree(repo / "solutions", repo / "exercises")
    print(f"wrote {written} files under exercises/")
    for week in course.weeks().values():
        week_dir = Path(__file__).parent / week.id
        sources = notebooks.build_all_sources(week, week_dir, repo / "solutions")
        for name, text in sources.items():
            (repo / "solutions" / name).write_text(text, encoding="utf-8")
        try:
            released = notebooks.build_release(sources)
        except (RuntimeError, OSError) as exc:
            raise UsageError(f"the learner notebooks need nbgrader (pip install -e '.[test]'): {exc}") from None
        for name, text in released.items():
            (repo / "exercises" / name).write_text(text, encoding="utf-8")
        print(f"wrote {len(sources)} notebooks to solutions/ and, through nbgrader, to exercises/")
    return 0


def mutation_test(args):
    from . import course, mutation

    if args.seeds < 1 or args.workers < 1 or (args.sample is not None and args.sample < 1):
        raise UsageError("--seeds, --workers and --sample must be at least 1")
    (week,) = course.weeks().values()
    started = time.perf_counter()
    verdicts = mutation.analyse(week, REPO / "solutions", seeds=range(1, args.seeds + 1), workers=args.workers,
                                sample=args.sample)
    score = mutation.Score(verdicts, mutation.load_equivalent(Path(__file__).parent / week.id))
    print("\n".join(score.lines()))
    print(f"({time.perf_counter() - started:.0f} s, {args.seeds} seed{'s' if args.seeds != 1 else ''} per mutant)")
    return 0 if not (score.survived or score.partly or score.stale) else 1


COMMANDS = {"grade": grade, "watch": watch_files, "recall": recall_test, "status": week_status, "report": html_page,
            "batch": batch, "gradescope-bundle": gradescope_bundle, "gradescope-run": gradescope_run,
            "nbgrader-course": nbgrader_course, "build-exercises": build_exercises, "mutation-test": mutation_test}
