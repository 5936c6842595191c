"""Learner answers, wrong and right: each wrong one fails the check for its function and
names its mistake; each right one, however it is written, scores full marks.

A case is a snippet in corpus/wrong or corpus/correct whose header says which module it
goes into (it is appended to a copy of the references, so its definitions win) and, for
wrong answers, which check must fail, the pitfall it must be recognised as ("none": no
pitfall may be named, the learner did not make one) and/or a regular expression the
message must match, and which checks must still pass (``passes``: neighbours that keep
their credit). ``seeds`` says for how many seeds the slow sweep grades it (3 by default).
"""
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from graders.learner import LearnerProcess, Limits, Submission
from graders.grading.runner import GradingRun

from ..conftest import RANDOM_SEED, append_to_module, copy_solutions

CORPUS = Path(__file__).parent / "corpus"


@dataclass
class Case:
    name: str
    module: str
    code: str
    check: str = ""
    pitfall: str = ""
    says: str = ""
    passes: tuple = ()
    seeds: int = 3

    @property
    def session(self):
        return self.module.split(".")[0]

    def build(self, tmp_path):
        root = copy_solutions(tmp_path / self.name)
        append_to_module(root, self.module, self.code)
        return root


def load(kind):
    cases = []
    for path in sorted((CORPUS / kind).glob("*.py")):
        text = path.read_text(encoding="utf-8")
        header = dict(re.findall(r"^# (module|check|pitfall|says|passes|seeds): (.*)$", text, re.M))
        passes = tuple(c.strip() for c in header.get("passes", "").split(",") if c.strip())
        cases.append(Case(path.stem, header["module"], text, header.get("check", ""),
                          header.get("pitfall", ""), header.get("says", ""), passes,
                          int(header.get("seeds", 3))))
    return cases


WRONG = load("wrong")
CORRECT = load("correct")


def spread(cases, every=4):
    """Every case, with all but every fourth one marked slow: the quick run samples the corpus."""
    return [pytest.param(c, id=c.name, marks=() if i % every == 0 else pytest.mark.slow)
            for i, c in enumerate(cases)]


def test_the_corpus_is_large_enough_and_covers_every_pitfall(week):
    assert len(WRONG) >= 40 and len(CORRECT) >= 20
    named = {case.pitfall for case in WRONG}
    curriculum = {"missing_inner_derivative", "bce_grad_sign", "grad_not_divided_by_n", "log_zero_no_eps",
                  "transposed_w", "relu_prime_negative", "precision_recall_swapped", "accuracy_on_imbalanced"}
    assert curriculum <= named
    assert named - {"", "none"} <= set(week.pitfalls)


@pytest.mark.parametrize("case", spread(WRONG))
def test_wrong_answer_fails_its_check_and_names_the_mistake(case, seed, week, tmp_path):
    root = case.build(tmp_path)
    # Wrong answers are never slow-but-correct, so a short cap keeps endless loops cheap here.
    with GradingRun(week, root, [case.session], seed=seed, limits=Limits(max_call_seconds=3)) as run:
        result = run.result(case.check)
        kept = {c: run.result(c) for c in case.passes}
    assert_judged(case, result, kept)


def assert_judged(case, result, kept):
    assert result.status == "failed", f"{case.check} should fail; it {result.status}: {result.feedback}"
    if case.pitfall:
        found = result.pitfall.id if result.pitfall else "none"
        assert found == case.pitfall, f"expected pitfall {case.pitfall}, got {found}: {result.feedback}"
    if case.says:
        assert re.search(case.says, result.feedback, re.S), result.feedback
    assert "Traceback" not in result.feedback and "graders/" not in result.feedback
    for check, neighbour in kept.items():
        assert neighbour.passed, f"{check} should keep its points: {neighbour.feedback}"


@pytest.mark.parametrize("case", spread(CORRECT))
def test_correct_answer_scores_full_marks(case, seed, week, tmp_path):
    root = case.build(tmp_path)
    with GradingRun(week, root, [case.session], seed=seed) as run:
        # The checks of the functions the case defines, and of those that call them (the
        # other checks grade the references, untouched).
        failed = [r for r in map(run.result, _judging(week, root, case)) if not r.passed]
    assert not failed, "\n".join(f"{r.spec.id}: {r.feedback}" for r in failed)


def _defined(case):
    return set(re.findall(r"^def (\w+)\(", case.code, re.M))


def _judging(week, root, case):
    """The checks of a correct case: those whose function reaches a function the case defines."""
    submission, defined = Submission(root), _defined(case)
    session = week.session(case.session)
    return [c.id for c in session.checks
            if any((case.module, f) in submission.reaches(session.module_of(c.function), c.function)
                   for f in defined)]


@pytest.mark.slow
@pytest.mark.parametrize("case", WRONG + CORRECT, ids=lambda c: c.name)
def test_every_verdict_holds_for_many_seeds(case, week, tmp_path):
    """The seed sweep: each case graded for ``case.seeds`` more random seeds, in one learner process."""
    root = case.build(tmp_path)
    session = week.session(case.session)
    checks = [case.check, *case.passes] if case.check else _judging(week, root, case)
    process = LearnerProcess(Submission(root), session.dotted_modules, Limits(max_call_seconds=15))
    try:
        for seed in range(RANDOM_SEED + 1, RANDOM_SEED + 1 + case.seeds):
            process.timed_out.clear()  # each seed waits out an endless loop itself
            run = GradingRun(week, root, [case.session], seed=seed, process=process)
            if case.check:
                assert_judged(case, run.result(case.check), {c: run.result(c) for c in case.passes})
            else:
                failed = [run.result(c) for c in checks if not run.result(c).passed]
                assert not failed, f"seed {seed}: " + "\n".join(f"{r.spec.id}: {r.feedback}" for r in failed)
    finally:
        process.close()
