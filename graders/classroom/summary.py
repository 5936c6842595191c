"""What an instructor reads after a batch: grades.csv and summary.md, rebuilt from results.json files."""
import csv
import io
import json
import re
import statistics
from collections import Counter
from datetime import datetime, timezone


def load_results(out, names):
    documents = {}
    for name in names:
        path = out / "learners" / name / "results.json"
        if path.is_file():
            try:
                documents[name] = json.loads(path.read_text(encoding="utf-8"))
            except ValueError:
                pass
    return documents


NOT_SUBMITTED = "not submitted"
NOT_SUBMITTED_TAG = "not_submitted"


def _check_id(test):
    return test["name"].split(":")[0]


def grades_csv(week, documents):
    """One row per learner: learner, score, max_score, then the points of every check."""
    check_ids = list(week.checks)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["learner", "score", "max_score", "not_submitted", *check_ids])
    for name in sorted(documents):
        doc = documents[name]
        points = {_check_id(t): NOT_SUBMITTED if NOT_SUBMITTED_TAG in t.get("tags", []) else t["score"]
                  for t in doc.get("tests", [])}
        known = {s.id: s.name for s in week.sessions}
        missing = " ".join(known[s] for s, state in _sessions(doc).items() if state == NOT_SUBMITTED and s in known)
        writer.writerow([name, doc.get("score", 0), doc.get("max_score", 0), missing,
                         *(points.get(c, "") for c in check_ids)])
    return buffer.getvalue()


def _sessions(doc):
    """{session id: "submitted" | "not submitted"} as the learner's results.json records it."""
    found = (doc.get("extra_data") or {}).get("sessions") if isinstance(doc.get("extra_data"), dict) else None
    return found if isinstance(found, dict) else {}


def _histogram(fractions, width=30):
    bins = Counter(min(int(f * 10), 9) for f in fractions)
    most = max(bins.values()) if bins else 1
    lines = []
    for b in range(9, -1, -1):
        count = bins.get(b, 0)
        label = f"{b * 10:3d}–{b * 10 + 9 if b < 9 else 100:3d}%"
        lines.append(f"    {label} | {'█' * round(width * count / most) if count else ''} {count}")
    return lines


def summary_markdown(week, documents, outcome, seed, folder):
    """summary.md: the class at a glance, then what needs the instructor's eye."""
    lines = [f"# Grades: {week.title}", "",
             f"{len(documents)} of {len(outcome.learners)} learners graded from `{folder}` (seed {seed}), "
             f"{datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC.", ""]
    lines += _isolation_lines(documents)
    if documents:
        lines += _score_lines(documents) + _check_lines(week, documents) + _session_lines(week, documents)
    lines += _trouble_lines(outcome, documents)
    return "\n".join(lines)


def _isolation_lines(documents):
    # Each learner runs as a uid of its own: compare the layers, not the numbers in them.
    isolation = Counter(tuple(sorted((k, re.sub(r"\d+", "N", str(v))) for k, v in doc.get("isolation", {}).items()))
                        for doc in documents.values() if doc.get("isolation"))
    if not isolation:
        return []
    (common, count), = isolation.most_common(1)
    # shown with the numbers of one learner of the group, not the placeholders they were grouped by
    example = next(doc["isolation"] for doc in documents.values() if doc.get("isolation") and tuple(sorted(
        (k, re.sub(r"\d+", "N", str(v))) for k, v in doc["isolation"].items())) == common)
    shown = ", ".join(f"{k}: {example[k]}" for k, _ in common) or "unknown"
    return [f"Learner code ran isolated ({shown})" + (
        f" for {count} of {sum(isolation.values())} learners; the others with other layers: see their "
        "results.json." if count < sum(isolation.values()) else "."), ""]


def _score_lines(documents):
    scores = [d["score"] for d in documents.values()]
    maximum = max(d["max_score"] for d in documents.values()) or 1
    complete = sum(d["score"] == d["max_score"] for d in documents.values())
    lines = ["## Scores", "",
             f"- median {statistics.median(scores):g} / {maximum}, mean {statistics.mean(scores):.1f}, "
             f"lowest {min(scores):g}, highest {max(scores):g}",
             f"- full marks: {complete} ({complete / len(documents):.0%})", "", "```"]
    return lines + _histogram([s / maximum for s in scores]) + ["```", ""]


def _check_counts(documents):
    """(failed, not written, pitfall tags) per check id, over every learner's results."""
    failures, unwritten, pitfalls = Counter(), Counter(), {}
    for doc in documents.values():
        for test in doc.get("tests", []):
            cid = _check_id(test)
            tags = test.get("tags", [])
            if NOT_SUBMITTED_TAG in tags:
                continue  # counted per session, not as failures
            if "not_written" in tags:
                unwritten[cid] += 1
            elif test["status"] != "passed" and not test["output"].startswith("skipped"):
                failures[cid] += 1
                for tag in tags:
                    pitfalls.setdefault(cid, Counter())[tag] += 1
    return failures, unwritten, pitfalls


def _check_lines(week, documents):
    graded = len(documents)
    lines = ["## Checks, most failed first", "",
             "| check | failed | not written yet | most common mistakes |", "|---|---|---|---|"]
    failures, unwritten, pitfalls = _check_counts(documents)
    order = list(week.checks)
    for cid in sorted(set(failures) | set(unwritten), key=lambda c: (-failures[c], -unwritten[c],
                                                                      order.index(c) if c in order else 0)):
        common = []
        for tag, n in pitfalls.get(cid, Counter()).most_common(3):
            name = week.pitfalls[tag].name if tag in week.pitfalls else tag
            common.append(f"{n / graded:.0%} gave {name} ({n})")
        lines.append(f"| `{cid}` | {failures[cid]} ({failures[cid] / graded:.0%}) | {unwritten[cid]} | "
                     f"{'; '.join(common) or '—'} |")
    if not failures and not unwritten:
        lines.append("| — | nobody failed a check | | |")
    return lines + ["", "Checks skipped because a prerequisite failed are not counted as failed, nor are the "
                        "checks of sessions a learner did not hand in.", ""]


def _session_lines(week, documents):
    lines = ["## Sessions handed in", "", "| session | handed in | not submitted |", "|---|---|---|"]
    for session in week.sessions:
        states = [_sessions(doc).get(session.id) for doc in documents.values()]
        absent = sorted(n for n, doc in documents.items() if _sessions(doc).get(session.id) == NOT_SUBMITTED)
        shown = ", ".join(f"`{n}`" for n in absent[:20]) + (" …" if len(absent) > 20 else "")
        lines.append(f"| {session.name} | {sum(s == 'submitted' for s in states)} | "
                     f"{len(absent)}{': ' + shown if absent else ''} |")
    return lines + [""]


def _trouble_lines(outcome, documents):
    """What did not go as planned: regraded, left out, unreadable, failed, not graded yet."""
    lines = []
    if getattr(outcome, "changed", None):
        lines += ["", "Graded again because the submission changed since the last run: "
                  + ", ".join(f"`{n}`" for n in sorted(outcome.changed)) + "."]
    if getattr(outcome, "left_out", None):
        lines += ["## Left out of the class folder", ""]
        lines += [f"- `{entry}` {why}" for entry, why in sorted(outcome.left_out.items())] + [""]
    if getattr(outcome, "unreadable", None):
        lines += ["## Files that could not be read", "",
                  "These files were left out of the grading (the learner is told in their results):", ""]
        for name, files in sorted(outcome.unreadable.items()):
            lines += [f"- `{name}`: `{file}` {why}" for file, why in sorted(files.items())]
        lines.append("")
    if outcome.failed:
        lines += ["## Could not be graded", ""]
        lines += [f"- `{name}`: {why}" for name, why in sorted(outcome.failed.items())] + [""]
    missing = sorted(set(outcome.learners) - set(documents) - set(outcome.failed))
    if missing:
        lines += ["## Not graded yet", "", "The run was interrupted; run the same command again to grade these:", ""]
        lines += [f"- `{name}`" for name in missing] + [""]
    return lines


def render(out, week, outcome, seed, folder):
    """{file name: text} of the class-wide outputs, from the results.json files in ``out``."""
    documents = load_results(out, outcome.learners)
    return {"grades.csv": grades_csv(week, documents),
            "summary.md": summary_markdown(week, documents, outcome, seed, folder)}
