"""``python -m graders status``: the week at a glance, and whether you are ready to move on."""
from .recall import latest


def bar(done, total, width=20):
    filled = round(width * done / total) if total else width
    return "█" * filled + "░" * (width - filled)


def render(week, scores, recalled, shown_root):
    """(text, ready) for graded session scores and the latest recall answers."""
    results = {r.spec.id: r for score in scores for r in score.results}
    lines = [f"{week.title}: {shown_root}", ""]
    for score in scores:
        state = "complete" if score.complete else f"{score.remaining} check{'s' if score.remaining != 1 else ''} to go"
        lines.append(f"  {score.session.name:10} {score.earned:>3}/{score.max_points:<3} "
                     f"{bar(score.earned, score.max_points)}  {state}")
    total = sum(s.earned for s in scores)
    maximum = sum(s.max_points for s in scores)
    lines += [f"  {'Week':10} {total:>3}/{maximum:<3} {bar(total, maximum)}", "", "Self-assessment:"]
    open_items = []
    for item in week.self_assessment:
        failing = [c for c in item.checks if not (c in results and results[c].passed)]
        unrecalled = [q for q in item.recall if not recalled.get(q)]
        done = not failing and not unrecalled
        lines.append(f"  [{'x' if done else ' '}] {item.statement}")
        if failing:
            lines.append(f"      checks to pass: {', '.join(c.split('.', 1)[1] for c in failing)}")
        if unrecalled:
            never = [q for q in unrecalled if q not in recalled]
            wrong = [q for q in unrecalled if q in recalled]
            if never:
                lines.append(f"      recall questions not answered yet: {', '.join(never)}")
            if wrong:
                lines.append(f"      recall questions answered wrong last time: {', '.join(wrong)}")
        if not done:
            open_items.append(item)
    lines.append("")
    ready = not open_items and all(s.complete for s in scores)
    if ready:
        lines.append(f"Ready: every check passes and every item is shown. On to {week.next_title}.")
    else:
        steps = []
        if not all(s.complete for s in scores):
            steps.append("finish the checks (pytest exercises)")
        if any(q not in recalled or not recalled[q] for item in week.self_assessment for q in item.recall):
            steps.append("take the recall test (python -m graders recall)")
        lines.append(f"Not ready yet: {len(open_items)} of {len(week.self_assessment)} self-assessment items "
                     f"are open. Next: {'; '.join(steps)}.")
    return "\n".join(lines) + "\n", ready


def recalled_answers():
    return latest()
