"""``python -m graders recall``: the week's recall test, from memory, checked like the graders check.

Answers are typed maths (``-(y*log(p) + (1-y)*log(1-p))``, ``^`` allowed), read by
graders.compare.typed_math and compared with the expected formula as functions, at random
points of each symbol's domain: every equivalent form counts. Attempts are kept in a
small local file, so that ``status`` can tell which items the learner can recall.
"""
import json
import os
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import sympy as sp

from graders.compare import typed_math
from graders.files import write_atomically
from graders.compare import formatting as fmt
from graders.compare import symbolic

DOMAINS = {
    "real": symbolic.Uniform(-3, 3),
    "label": symbolic.OneOf((0.0, 1.0)),
    "probability": symbolic.Uniform(0.02, 0.98),
}
MAX_ATTEMPTS_KEPT = 1000


@dataclass
class Verdict:
    id: str
    correct: bool
    message: str
    refused: bool = False
    at: str = field(default_factory=lambda: time.strftime("%Y-%m-%dT%H:%M:%S"))  # when it was answered
    pitfall: str = ""  # the id of the mistake the answer matches, if any


def attempts_path():
    """Where attempts are kept: $GRADERS_ATTEMPTS, else the user's data folder."""
    if os.environ.get("GRADERS_ATTEMPTS"):
        return Path(os.environ["GRADERS_ATTEMPTS"])
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "ml-week-graders" / "attempts.json"


def check(question, text, rng=None, pitfalls=None):
    """Is ``text`` the answer to ``question``? A Verdict with a one-line message.

    A wrong answer that matches one of the question's known mistakes (the same pitfalls the
    graders name) is named as that mistake, with its explanation when ``pitfalls`` is given.
    """
    rng = rng or np.random.default_rng()
    symbols = {name: sp.Symbol(name, real=True) for name in question.variables}
    try:
        given = typed_math.parse(text, symbols)
    except typed_math.MathError as exc:
        return Verdict(question.id, False, f"not read: {exc}", refused=True)
    expected = typed_math.parse(question.answer, symbols)
    points = symbolic.sample_points({n: DOMAINS[k] for n, k in question.variables.items()}, rng, 16)
    mine, answer = symbolic.tree_of(given), symbolic.tree_of(expected)
    verdict = symbolic.compare(mine, answer, points or [{}])
    if verdict.equal and verdict.checked >= (min(8, len(points)) if points else 1):
        return Verdict(question.id, True, "correct")
    if verdict.point is None:
        return Verdict(question.id, False, f"that could not be checked; the answer is {question.shown}")
    at = ", ".join(f"{k} = {fmt.number(v)}" for k, v in verdict.point.items())
    got = verdict.got if isinstance(verdict.got, str) else fmt.number(float(verdict.got))
    where = f"at {at} yours gives {got}, the answer gives {fmt.number(float(verdict.expected))}" if at else \
        f"yours is {got}"
    mistake, why = _mistake(question, mine, answer, symbols, points or [{}], pitfalls or {})
    return Verdict(question.id, False, f"not quite: {where}.{why} The answer: {question.shown}", pitfall=mistake)


def _mistake(question, mine, answer, symbols, points, pitfalls):
    """(pitfall id, sentence) for a wrong answer that matches a known mistake, else ("", "")."""
    for pitfall, typed in question.mistakes.items():
        model = symbolic.tree_of(typed_math.parse(typed, symbols))
        if symbolic.same_function(mine, model, points):
            known = pitfalls.get(pitfall)
            return pitfall, (f" Likely mistake, {known.name}: {known.explain}" if known else "")
    ratio = symbolic.ratio_if_constant(mine, answer, points) if points != [{}] else None
    if ratio is not None and abs(ratio + 1) < 1e-9:
        return "", " It is the answer with the opposite sign: check each minus sign."
    if ratio is not None:
        return "", f" It is {fmt.number(ratio)} times the answer: a constant factor is off."
    return "", ""


def record(week, verdicts, path=None):
    """Append ``week``'s verdicts to the attempts file (created on first use)."""
    path = path or attempts_path()
    attempts = load(path)
    attempts += [{"week": week.id, "question": v.id, "correct": v.correct, "at": v.at}
                 for v in verdicts if not v.refused]
    write_atomically(path, json.dumps(attempts[-MAX_ATTEMPTS_KEPT:], indent=1))


def load(path=None):
    path = path or attempts_path()
    try:
        attempts = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    return [a for a in attempts if isinstance(a, dict) and isinstance(a.get("question"), str)] \
        if isinstance(attempts, list) else []


def latest(week, path=None):
    """{question id: was the latest attempt at it correct}, for ``week``'s questions only.

    Attempts kept before they named their week count for any week asking that question."""
    questions = {q.id for q in week.recall}
    return {a["question"]: bool(a.get("correct")) for a in load(path)
            if a.get("week", week.id) == week.id and a["question"] in questions}


def answer_file(week, path):
    """Verdicts for a JSON file mapping question ids to typed answers (the order of the week)."""
    try:
        answers = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise ValueError(f"cannot read {path}: {exc.strerror}") from None
    except ValueError:
        raise ValueError(f"{path} is not JSON: expected an object mapping question ids to answers") from None
    if not isinstance(answers, dict) or not all(isinstance(v, str) for v in answers.values()):
        raise ValueError(f"{path} should hold one JSON object mapping question ids to answers (strings)")
    questions = {q.id: q for q in week.recall}
    unknown = sorted(set(answers) - set(questions))
    if unknown:
        raise ValueError(f"unknown question {unknown[0]!r}; the questions are {', '.join(questions)}")
    return [check(questions[qid], text, pitfalls=week.pitfalls) for qid, text in answers.items()]


def interactive(week, ask=input, say=print):
    """Ask every question in turn; a line that cannot be read is asked again. Returns the verdicts."""
    # The example is the week's own (week.toml, [week.text]), never one of the answers.
    say("Recall test, from memory: no notes. Type each answer as a formula, e.g. "
        + week.text.get("recall_example", "x^3*exp(-x) + log(1 + y^2)") + ".")
    say(week.text.get("recall_syntax", "Use ^ or ** for powers and log for the natural log.")
        + " An empty line skips a question; Ctrl-D stops.")
    verdicts = []
    for number, question in enumerate(week.recall, 1):
        say(f"\n{number}/{len(week.recall)}  {question.question}")
        while True:
            try:
                text = ask("   > ")
            except EOFError:
                say("")
                return verdicts
            if not text.strip():
                say(f"   skipped. The answer: {question.shown}")
                break
            verdict = check(question, text, pitfalls=week.pitfalls)
            say(f"   {'✓' if verdict.correct else '✗'} {verdict.message}")
            if not verdict.refused:
                verdicts.append(verdict)
                break
    right = sum(v.correct for v in verdicts)
    say(f"\n{right} of {len(week.recall)} recalled correctly.")
    return verdicts
