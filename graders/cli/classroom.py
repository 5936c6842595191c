"""The instructor's commands: batch, nbgrader-course, gradescope-bundle, gradescope-run."""
import os
import sys
import time
from pathlib import Path

from graders import REPO
from graders.cli.options import (Command, UsageError, add_budget_option, add_seed_option, add_week_option, budget,
                                 existing_folder, session_ids, with_changes)


def batch_arguments(parser):
    parser.add_argument("submissions", metavar="SUBMISSIONS", nargs="?", default=None,
                        help="the folder holding one entry per learner (not with --nbgrader)")
    parser.add_argument("--out", metavar="OUT", default=None,
                        help="where to write the grades (created if needed; with --nbgrader, default "
                             "COURSE_DIR/graders-batch/ASSIGNMENT)")
    parser.add_argument("--nbgrader", metavar="COURSE_DIR", default=None,
                        help="grade an nbgrader course's submitted/<student>/ASSIGNMENT/ notebooks here, isolated, "
                             "and write the scores into its gradebook (and autograded/ for feedback), in place of "
                             "`nbgrader autograde`")
    parser.add_argument("--assignment", metavar="ID", default=None, help="the nbgrader assignment (with --nbgrader)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2, metavar="N",
                        help="learners graded at once on this machine (default: the number of CPUs)")
    parser.add_argument("--force", action="store_true", help="regrade learners that already have results")
    add_seed_option(parser, "the seed for the test inputs, the same for every learner (default: random, "
                            "then kept in OUT/batch.json for reruns)")
    parser.add_argument("--timeout", type=float, default=None, metavar="SECONDS",
                        help="the longest any single call of learner code may run (default: each check's own "
                             "limit, 5 s for most, up to 60 s for training)")
    add_budget_option(parser)
    parser.add_argument("--session", metavar="SESSION", action="append", default=None,
                        help="grade only this session (repeat it, or write b,c, for several), for an assignment "
                             "that covers only some sessions (default: every session)")
    add_week_option(parser)
    parser.add_argument("--dask", metavar="ADDRESS", default=None,
                        help="send the work to a Dask distributed scheduler, e.g. tcp://10.0.0.5:8786")


def batch(args):
    from graders import course
    from graders.classroom import batch as batch_job

    if args.workers < 1:
        raise UsageError("--workers must be at least 1")
    if args.timeout is not None and args.timeout <= 0:
        raise UsageError("--timeout must be a positive number of seconds")
    folder, entries, args = _nbgrader_class(args) if args.nbgrader else _class_folder(args)
    learners = [e.folder for e in entries] if entries else [p for p in folder.iterdir() if not p.is_symlink()]
    week = course.installed.resolve_class(args.week, learners)
    if args.week and len(course.installed.catalog()) > 1:
        _warn_if_no_learner_follows(week, learners)
    started = time.perf_counter()
    try:
        outcome = batch_job.run(folder, Path(args.out), week, workers=args.workers, force=args.force,
                                seed=args.seed, dask=args.dask, limits=_batch_limits(args),
                                sessions=session_ids(args, week),
                                entries=entries and [learner.entry for learner in entries])
    except batch_job.BatchError as exc:
        raise UsageError(str(exc)) from None
    seconds = time.perf_counter() - started
    if args.nbgrader:
        _record_in_gradebook(args, entries, week)
    return _report_outcome(outcome, Path(args.out), seconds)


def _warn_if_no_learner_follows(week, learners):
    """--week names a week that none of the learners' work follows, while another one does."""
    from graders.course.installed import class_votes

    votes = class_votes(learners)
    if votes and not votes.get(week.id):
        others = ", ".join(f"{w} ({n})" for w, n in sorted(votes.items()))
        print(f"warning: no learner's work follows {week.id}, the week --week names; it follows {others}. "
              "Check --week: every learner will be graded against it.", file=sys.stderr)


def _class_folder(args):
    if not args.submissions or args.assignment:
        raise UsageError("give the folder of submissions, or --nbgrader COURSE_DIR --assignment ID")
    if not args.out:
        raise UsageError("--out OUT is needed: the folder to write the grades into")
    return existing_folder(args.submissions), None, args


def _batch_limits(args):
    limits = dict({"max_call_seconds": args.timeout} if args.timeout else {}, **budget(args))
    if args.nbgrader:  # the course's own time limit per cell, as nbgrader's autograde would apply it
        from graders.classroom.nbgrader_course import course_cell_timeout

        timeout = course_cell_timeout(args.nbgrader)
        limits.update({"cell_seconds": float(timeout)} if timeout else {})
    return limits or None


def _record_in_gradebook(args, entries, week):
    from graders.classroom import nbgrader_gradebook

    try:
        written = nbgrader_gradebook.record(args.nbgrader, args.assignment, entries, Path(args.out), week)
    except nbgrader_gradebook.CourseError as exc:
        raise UsageError(str(exc)) from None
    course_dir = Path(args.nbgrader)
    print(f"wrote the scores of {written} learner(s) into {course_dir / 'gradebook.db'} and their feedback "
          f"notebooks into {course_dir / 'autograded'}; next: nbgrader generate_feedback {args.assignment}, "
          "nbgrader export")


def _report_outcome(outcome, out, seconds):
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
    from graders.classroom import nbgrader_course as course_writer
    from graders.classroom import nbgrader_gradebook
    from graders.classroom import submissions as classroom

    if args.submissions:
        raise UsageError("give either a folder of submissions or --nbgrader COURSE_DIR, not both")
    if not args.assignment:
        raise UsageError("--nbgrader needs --assignment ID (the folder name under source/)")
    course_dir = existing_folder(args.nbgrader)
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
    week = args.week or (args.assignment if args.assignment in _installed() else None)
    return course_dir / "submitted", learners, with_changes(args, seed=seed, out=out, week=week)


def _installed():
    from graders.course.installed import catalog

    return catalog()


def nbgrader_course_arguments(parser):
    parser.add_argument("folder", metavar="DIR", help="the course folder to create")
    add_week_option(parser)
    add_seed_option(parser, "the test inputs' seed at autograding, the same for every learner (default: random)")
    parser.add_argument("--cell-timeout", type=int, default=60, metavar="SECONDS",
                        help="the longest a notebook cell may run at autograding (default: 60)")
    parser.add_argument("--force", action="store_true", help="write into DIR even if it is not empty")


def nbgrader_course(args):
    from graders import course
    from graders.classroom import nbgrader_course as writer

    if args.cell_timeout < 1:
        raise UsageError("--cell-timeout must be at least 1 second")
    week = course.resolve(args.week)
    try:
        seed = writer.write(args.folder, week, seed=args.seed, timeout=args.cell_timeout, force=args.force)
    except writer.CourseError as exc:
        raise UsageError(str(exc)) from None
    print(f"wrote the nbgrader course to {args.folder} (seed {seed}); "
          f"the next steps are in {Path(args.folder) / 'README.md'}")
    return 0


def gradescope_run_arguments(parser):
    parser.add_argument("--root", default="/autograder", help="the autograder folder (default: /autograder)")
    add_week_option(parser)
    add_budget_option(parser)


def gradescope_run(args):
    from graders.classroom import gradescope

    document = gradescope.run(args.root, limits=budget(args), week_id=args.week)
    print(f"{document['score']}/{document['max_score']} written to {Path(args.root) / 'results' / 'results.json'}")
    return 0


def gradescope_bundle_arguments(parser):
    parser.add_argument("target", metavar="OUT.zip", help="the zip file to write")
    add_week_option(parser)


def gradescope_bundle(args):
    from graders import course
    from graders.classroom import gradescope

    target = Path(args.target)
    if target.suffix != ".zip":
        raise UsageError(f"{args.target!r} should end in .zip")
    if not target.parent.is_dir():
        raise UsageError(f"no folder {str(target.parent)!r} to write {target.name} into")
    week = course.resolve(args.week)
    count = gradescope.bundle(target, REPO, week)
    print(f"wrote {target} ({count} files) for {week.id}: upload it as the autograder of a Gradescope programming "
          "assignment")
    return 0


COMMANDS = (
    Command("batch", "grade a whole class: one sub-folder or notebook per learner", batch_arguments, batch,
            description="Grade every learner in SUBMISSIONS: each sub-folder (its .py files laid out like "
                        "exercises/, its notebooks, or both) or each loose .ipynb file is one learner, named after "
                        "it. A learner's notebooks are graded together; sessions none of their files holds are "
                        "reported as not submitted. Writes OUT/learners/<learner>/results.json "
                        "(Gradescope format), OUT/grades.csv and OUT/summary.md. Learner code runs isolated, "
                        "in parallel. A rerun skips learners already graded, so an interrupted batch resumes.",
            epilog="Exit status: 0 when every learner was graded and every file read, 1 when some learner could "
                   "not be graded or some file could not be read (both listed in summary.md), 2 for unusable "
                   "arguments, 130 when interrupted."),
    Command("gradescope-bundle", "write a Gradescope autograder zip (setup.sh, run_autograder, the grader)",
            gradescope_bundle_arguments, gradescope_bundle,
            description="Write a zip to upload as a Gradescope programming assignment's autograder. It installs "
                        "this grader (not the solutions) and grades each submission, a folder laid out like "
                        "exercises/ or one notebook, into /autograder/results/results.json."),
    Command("gradescope-run", "(inside Gradescope) grade /autograder/submission", gradescope_run_arguments,
            gradescope_run,
            description="What the bundle's run_autograder runs: grade ROOT/submission and write "
                        "ROOT/results/results.json. It never fails on a bad upload: the results say what was wrong."),
    Command("nbgrader-course", "write a ready nbgrader course for the week into DIR", nbgrader_course_arguments,
            nbgrader_course,
            description="Write an nbgrader course: nbgrader_config.py (a time limit per cell, hidden tests "
                        "cleared from feedback), the week's source notebooks under source/<week id>/, and a "
                        "README with the exact commands to release, autograde, give feedback and export grades."),
)
