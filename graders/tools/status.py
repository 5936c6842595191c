"""``python -m graders status``: the week at a glance, and whether you are ready to move on.

Each end-of-week self-assessment item is shown by checks (your code) and by recall
questions (from memory). An item is ticked [x] when both agree, marked [~] when the code
shows it but the recall test has not been taken for it yet, and left open [ ] when a
check fails or the last recall answer was wrong. You are ready when no item is open: a
recall question never answered is a recommendation, a wrong one is a gap.
"""
import shlex

from graders.grading.progress import bar


def _plural(count, word):
    return f"{count} {word}{'s' if count != 1 else ''}"


def recall_command(week):
    """How to take this week's recall test (naming the week when there is more than one)."""
    from graders.course.installed import catalog

    return "python -m graders recall" + (f" --week {week.id}" if len(catalog()) > 1 else "")


def render(week, scores, recalled, shown_root):
    """(text, ready) for graded session scores and the latest recall answers {id: correct}."""
    results = {r.spec.id: r for score in scores for r in score.results}
    lines = [f"{week.title}: {shown_root}", ""]
    for score in scores:
        state = "complete" if score.complete else f"{_plural(score.remaining, 'check')} to go"
        lines.append(f"  {score.session.name:10} {score.earned:>3}/{score.max_points:<3} "
                     f"{bar(score.earned, score.max_points)}  {state}")
    total = sum(s.earned for s in scores)
    maximum = sum(s.max_points for s in scores)
    lines += [f"  {'Week':10} {total:>3}/{maximum:<3} {bar(total, maximum)}", "", "Self-assessment:"]
    open_items, unrecalled_items = [], []
    for item in week.self_assessment:
        failing = [c for c in item.checks if not (c in results and results[c].passed)]
        wrong = [q for q in item.recall if q in recalled and not recalled[q]]
        never = [q for q in item.recall if q not in recalled]
        mark = " " if failing or wrong else "~" if never else "x"
        lines.append(f"  [{mark}] {item.statement}")
        if failing:
            lines.append(f"      checks to pass: {', '.join(c.split('.', 1)[1] for c in failing)}")
        if wrong:
            lines.append(f"      recall questions answered wrong last time: {', '.join(wrong)}")
        if never:
            lines.append(f"      not yet shown from memory (recall questions: {', '.join(never)})")
        if mark == " ":
            open_items.append(item)
        elif mark == "~":
            unrecalled_items.append(item)
    lines.append("")
    complete = all(s.complete for s in scores)
    ready = not open_items and complete
    if ready:
        lines.append(f"Ready: every check passes. On to {week.next_title}.")
        if unrecalled_items:
            lines.append(f"Before you go: {_plural(len(unrecalled_items), 'item')} [~] shown by your code but "
                         f"not yet from memory. `{recall_command(week)}` checks them in a few minutes; "
                         "recall, not re-reading, is what makes them stick.")
    else:
        steps = []
        if not complete:
            steps.append(f"finish the checks (pytest {shlex.quote(shown_root)})")
        if any(q in recalled and not recalled[q] for item in open_items for q in item.recall):
            steps.append(f"retake the recall test ({recall_command(week)})")
        lines.append(f"Not ready yet: {len(open_items)} of {len(week.self_assessment)} self-assessment items "
                     f"are open. Next: {'; '.join(steps)}.")
    return "\n".join(lines) + "\n", ready
