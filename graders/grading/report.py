"""Results as text for learners and as Gradescope's results.json for instructors."""
import json
import shutil
import textwrap

MARKS = {"passed": "PASS", "failed": "FAIL", "skipped": "SKIP", "not_submitted": "MISS"}


def check_line(result, width=None):
    """``PASS  2/2  session_b.sigmoid.values  sigmoid gives …`` on one line."""
    mark = MARKS[result.status]
    line = f"{mark}  {result.earned}/{result.spec.points}  {result.spec.id}  {result.spec.title}"
    width = width or shutil.get_terminal_size((100, 20)).columns
    return line if len(line) <= width else line[: width - 1] + "…"


def feedback_lines(result, indent="      ", width=None):
    """The message under a failed or skipped check, wrapped, with the first hint."""
    if result.status == "passed":
        return []
    width = max(40, (width or shutil.get_terminal_size((100, 20)).columns) - len(indent))
    lines = []
    for paragraph in result.feedback.splitlines():
        lines += textwrap.wrap(paragraph, width) or [""]
    if result.hint:
        lines += textwrap.wrap(f"Hint: {result.hint}", width)
    if result.output and result.status == "failed":
        printed = result.output.strip().splitlines()
        if printed:
            shown = printed[0][:width - 30] + (" …" if len(printed) > 1 or len(printed[0]) > width - 30 else "")
            lines.append(f"(your code printed: {shown})")
    return [indent + line for line in lines]


def function_table(score):
    """Points per contract function, in course order."""
    rows = {}
    for result in score.results:
        earned, total, ok = rows.get(result.spec.function, (0, 0, True))
        rows[result.spec.function] = (earned + result.earned, total + result.spec.points, ok and result.passed)
    ungraded = {c.function for c in score.ungraded}  # "done" only when none of its checks was left out
    rows = {name: (earned, total, ok and name not in ungraded) for name, (earned, total, ok) in rows.items()}
    width = max(len(name) for name in rows) + 2
    lines = [f"  {'function'.ljust(width)}points"]
    for name, (earned, total, ok) in rows.items():
        lines.append(f"  {name.ljust(width)}{earned:>2}/{total:<3} {'done' if ok else ''}".rstrip())
    return lines


def verdict(score, week, graded_ids, whole_command=None):
    """``Session B: 24/38 — 5 checks to go`` or ``Session B complete: ready for Session C``.

    When only part of the session was graded (one file, one check), the line says what was
    graded and that the rest was not, and never calls the session complete.
    """
    session = score.session
    if not score.submitted:
        return f"{session.name}: not submitted (0/{score.max_points})"
    if not score.whole:
        return _part_verdict(score, whole_command)
    if not score.complete:
        first = next(r for r in score.results if not r.passed)
        left = f"{score.remaining} check{'s' if score.remaining != 1 else ''} to go"
        return f"{session.name}: {score.earned}/{score.max_points} — {left} (next: {first.spec.short})"
    index = [s.id for s in week.sessions].index(session.id)
    if index + 1 < len(week.sessions):
        return f"{session.name} complete: {score.earned}/{score.max_points}, ready for {week.sessions[index + 1].name}"
    if set(graded_ids) == {s.id for s in week.sessions}:
        return f"{session.name} complete: {score.earned}/{score.max_points}, the last session of the week"
    return (f"{session.name} complete: {score.earned}/{score.max_points}. It is the last session: "
            "grade the whole week to see if you are ready to move on")


def _part_verdict(score, whole_command):
    """``bce.py: 18/18. Session B has 20 more points in train.py and animation.py; run … for the verdict``."""
    session = score.session
    graded = {r.spec.id for r in score.results}
    modules = list(dict.fromkeys(session.module_of(c.function).split(".")[-1] for c in session.checks))
    whole_modules = [m for m in modules if all(c.id in graded for c in session.checks
                                               if session.module_of(c.function).endswith("." + m))]
    named = [f"{m}.py" for m in whole_modules]
    named += [r.spec.short for r in score.results
              if session.module_of(r.spec.function).split(".")[-1] not in whole_modules]
    state = "every check passes" if score.remaining == 0 else (
        f"{score.remaining} check{'s' if score.remaining != 1 else ''} to go (next: "
        f"{next(r for r in score.results if not r.passed).spec.short})")
    rest = score.ungraded
    places = list(dict.fromkeys(f"{session.module_of(c.function).split('.')[-1]}.py" for c in rest))
    where = places[0] if len(places) == 1 else ", ".join(places[:-1]) + " and " + places[-1]
    points = sum(c.points for c in rest)
    command = whole_command(session) if whole_command else f"python -m graders grade --session {session.id}"
    return (f"{', '.join(named)}: {score.earned}/{score.max_points}, {state}. {session.name} has {points} more "
            f"point{'s' if points != 1 else ''} in {where}, not graded in this run; run `{command}` for the "
            "session's verdict")


def week_verdict(scores, week):
    """One line about the whole week, when every check of every session was graded."""
    if {s.session.id for s in scores} != {s.id for s in week.sessions} or not all(s.whole for s in scores):
        return None
    earned = sum(s.earned for s in scores)
    total = sum(s.max_points for s in scores)
    if all(s.complete for s in scores):
        return f"Week complete: {earned}/{total}. You are ready for {week.next_title}."
    missing = ", ".join(f"{s.session.name} ({s.remaining} to go)" if s.submitted else f"{s.session.name} (not submitted)"
                        for s in scores if not s.complete)
    return f"Week: {earned}/{total}. Not ready to move on yet: {missing}."


def summary_lines(scores, week, whole_command=None):
    lines = []
    graded = [s.session.id for s in scores]
    for score in scores:
        lines.append(f"{score.session.name}: {score.session.title}")
        if score.submitted:
            lines += function_table(score)
        lines.append(verdict(score, week, graded, whole_command))
        lines.append("")
    overall = week_verdict(scores, week)
    if overall:
        lines.append(overall)
    return lines


def text(run, scores, rerun_hint):
    """The whole report for ``python -m graders grade``."""
    lines = [f"Grading {run.submission.shown_root or run.submission.root} (seed {run.seed}; {rerun_hint})", ""]
    notes = run.notes()
    if notes:
        lines.append("Notes:")
        for note in notes:
            lines += textwrap.wrap(note, 96, initial_indent="  - ", subsequent_indent="    ")
        lines.append("")
    for score in scores:
        if not score.submitted:
            lines += [f"MISS  0/{score.max_points}  {score.session.name}: not submitted (none of the files handed in "
                      "holds it)", ""]
            continue
        for result in score.results:
            lines.append(check_line(result))
            lines += feedback_lines(result)
        lines.append("")
    return "\n".join(lines + summary_lines(scores, run.week)).rstrip() + "\n"


def gradescope(run, scores, seconds):
    """A Gradescope results.json document (score, max_score, tests[] …)."""
    tests = []
    for score in scores:
        for number, result in enumerate(score.results, 1):
            output = result.feedback if result.status != "passed" else "passed"
            if result.hint:
                output += f"\nHint: {result.hint}"
            if result.status == "not_submitted":
                output = f"not submitted: none of the files handed in holds {score.session.name}"
            tests.append({
                "name": f"{result.spec.id}: {result.spec.title}",
                "number": f"{score.session.key.upper()}.{number}",
                "score": result.earned,
                "max_score": result.spec.points,
                "status": "passed" if result.passed else "failed",
                "output": output,
                "tags": ([result.pitfall.id] if result.pitfall else [])
                        + (["not_written"] if result.details.get("not_written") else [])
                        + (["not_submitted"] if result.status == "not_submitted" else []),
                "visibility": "visible",
            })
    notes = run.notes()
    handed = [s.session.name for s in scores if s.submitted]
    missing = [s.session.name for s in scores if not s.submitted]
    header = [f"Handed in: {', '.join(handed) or 'nothing'}"
              + (f"; not submitted: {', '.join(missing)}" if missing else "") + ".", ""]
    if notes:
        header += ["Notes:"] + [f"- {note}" for note in notes] + [""]
    return {
        "score": sum(s.earned for s in scores),
        "max_score": sum(s.max_points for s in scores),
        "execution_time": round(seconds, 3),
        "output": "\n".join(header + summary_lines(scores, run.week)).strip() + f"\nseed: {run.seed}",
        "extra_data": {"sessions": {s.session.id: "submitted" if s.submitted else "not submitted" for s in scores},
                       "notes": notes},
        "visibility": "visible",
        "stdout_visibility": "hidden",
        "tests": tests,
    }


def dumps(document):
    return json.dumps(document, indent=2, ensure_ascii=False)
