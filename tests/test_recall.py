"""``recall``: typed answers checked as functions, equivalent forms accepted, hostile text refused."""
import json
import os
import subprocess
import sys
import time

import numpy as np
import pytest

from graders.tools import recall

from .conftest import REPO

EQUIVALENT = [
    ("bce_loss", "-(y*log(p) + (1-y)*log(1-p))"),
    ("bce_loss", "-y*ln(p) - (1 - y)*ln(1 - p)"),
    ("bce_loss", "y*log(1/p) + (1-y)*log(1/(1-p))"),
    ("dL_dz", "sigma(z) - y"),
    ("dL_dz", "1/(1+e^(-z)) - y"),
    ("dL_dz", "σ(z) - y"),
    ("dL_dz", "exp(z)/(1+exp(z)) - y"),
    ("sigmoid_prime", "s*(1-s)"),
    ("sigmoid_prime", "s - s^2"),
    ("sigmoid_prime", "s - s**2"),
    ("d_log_1_plus_exp", "e^x/(1+e^x)"),
    ("d_log_1_plus_exp", "1/(1+exp(-x))"),
    ("d_log_1_plus_exp", "sigmoid(x)"),
    ("df_dx", "3y + 2x"),
    ("fraud_recall", "0"),
    ("fraud_recall", "0/100"),
]
WRONG = [
    ("bce_loss", "y*log(p) + (1-y)*log(1-p)"),   # the sign
    ("dL_dz", "y - sigma(z)"),                   # y − σ(z)
    ("sigmoid_prime", "s*(1+s)"),
    ("d_log_1_plus_exp", "1/(1+e^x)"),
    ("df_dx", "2*x + 3"),
    ("fraud_recall", "0.99"),                    # that is the accuracy
]
HOSTILE = [
    ("dL_dz", "__import__('os').system('true')", "not read"),
    ("dL_dz", "z.__class__", "not read"),
    ("sigmoid_prime", "s^(10^10)", "not read"),
    ("bce_loss", "lambda: 1", "not read"),
    ("bce_loss", "-(y*log(p) + (1-y)*log(1-p)", "not read"),
]


@pytest.fixture(scope="module")
def questions(week):
    return {q.id: q for q in week.recall}


@pytest.mark.parametrize("qid, text", EQUIVALENT)
def test_every_equivalent_form_is_correct(questions, qid, text):
    verdict = recall.check(questions[qid], text, np.random.default_rng(5))
    assert verdict.correct, verdict.message


@pytest.mark.parametrize("qid, text", WRONG)
def test_wrong_answers_are_wrong_and_the_message_shows_a_point_and_the_answer(questions, qid, text):
    verdict = recall.check(questions[qid], text, np.random.default_rng(5))
    assert not verdict.correct and not verdict.refused
    assert "not quite" in verdict.message and questions[qid].shown in verdict.message


@pytest.mark.parametrize("qid, text, says", HOSTILE)
def test_hostile_or_broken_text_is_refused_in_one_line(questions, qid, text, says):
    verdict = recall.check(questions[qid], text)
    assert verdict.refused and not verdict.correct
    assert says in verdict.message and "\n" not in verdict.message


def test_attempts_are_kept_and_refused_ones_are_not_counted(tmp_path, questions, week):
    path = tmp_path / "attempts.json"
    recall.record(week, [recall.check(questions["dL_dz"], "y - sigma(z)")], path)
    recall.record(week, [recall.check(questions["dL_dz"], "sigma(z) - y"),
                   recall.check(questions["bce_loss"], "__import__('os')")], path)
    assert recall.latest(week, path) == {"dL_dz": True}
    path.write_text("not json")
    assert recall.latest(week, path) == {}


def test_interactive_quiz_asks_again_after_a_parse_error(week):
    typed = iter(["s*(1-", "s*(1-s)"])
    said = []
    questions = [q for q in week.recall if q.id == "sigmoid_prime"]
    one_question = type(week)(week.id, week.title, week.next_title, week.sessions, week.pitfalls,
                              questions, week.self_assessment, week.implementations)
    verdicts = recall.interactive(one_question, ask=lambda _: next(typed), say=said.append)
    assert [v.correct for v in verdicts] == [True]
    assert any("not read" in line for line in said)


def run(*args, env):
    return subprocess.run([sys.executable, "-m", "graders", "recall", *args], capture_output=True, text=True,
                          cwd=REPO, env=env, timeout=60)


@pytest.fixture
def env(tmp_path):
    """The attempts file inside the test's folder, never the user's own."""
    return {**os.environ, "GRADERS_ATTEMPTS": str(tmp_path / "attempts.json")}


@pytest.mark.slow
def test_answers_file_gives_one_json_verdict_per_id(tmp_path, env):
    answers = {"bce_loss": "-y*log(p) - (1-y)*log(1-p)", "dL_dz": "1/(1+e^-z) - y",
               "sigmoid_prime": "s - s^2", "d_log_1_plus_exp": "__import__('os').system('echo pwned')"}
    (tmp_path / "answers.json").write_text(json.dumps(answers))
    done = run("--answers", str(tmp_path / "answers.json"), "--format", "json", env=env)
    assert done.returncode == 1 and "pwned" not in done.stdout + done.stderr
    verdicts = json.loads(done.stdout)
    assert set(verdicts) == set(answers)
    assert [verdicts[q]["correct"] for q in answers] == [True, True, True, False]
    assert "not read" in verdicts["d_log_1_plus_exp"]["message"]
    kept = json.loads((tmp_path / "attempts.json").read_text())
    assert sorted(a["question"] for a in kept) == ["bce_loss", "dL_dz", "sigmoid_prime"]


@pytest.mark.slow
@pytest.mark.parametrize("content, says", [
    (None, "cannot read"),
    ("[1, 2]", "one JSON object"),
    ("{oops", "is not JSON"),
    ('{"nope": "1"}', "unknown question 'nope'"),
])
def test_unusable_answer_files_give_one_line_and_exit_2(tmp_path, env, content, says):
    path = tmp_path / "answers.json"
    if content is not None:
        path.write_text(content)
    done = run("--answers", str(path), env=env)
    assert done.returncode == 2 and says in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr


def test_every_declared_mistake_is_read_and_is_wrong(questions):
    for question in questions.values():
        for pitfall, typed in question.mistakes.items():
            verdict = recall.check(question, typed, np.random.default_rng(3))
            assert not verdict.correct and verdict.pitfall == pitfall, (question.id, typed, verdict.message)


@pytest.mark.parametrize("qid, text, pitfall", [
    ("d_sin_x2", "cos(x^2)", "missing_inner_derivative"),
    ("d_sin_x2", "cos(x²)", "missing_inner_derivative"),
    ("dL_dz", "y - 1/(1+e^-z)", "bce_grad_sign"),
    ("fraud_recall", "99/100", "accuracy_on_imbalanced"),
])
def test_a_wrong_answer_is_named_as_the_mistake_it_matches(week, questions, qid, text, pitfall):
    verdict = recall.check(questions[qid], text, np.random.default_rng(5), pitfalls=week.pitfalls)
    assert verdict.pitfall == pitfall and week.pitfalls[pitfall].name in verdict.message


def test_a_huge_power_is_refused_at_once_in_a_short_line(questions):
    started = time.perf_counter()
    for text in ("((((2^100)^100)^100)^100)^100", "10**100**100", "(10^40)*(10^40)*(10^40)"):
        verdict = recall.check(questions["df_dx"], text)
        assert verdict.refused and len(verdict.message) < 120 and "digits" in verdict.message
    assert time.perf_counter() - started < 1


def test_each_attempt_keeps_its_own_time(tmp_path, questions, monkeypatch, week):
    clock = iter(["2026-12-01T10:00:00", "2026-12-01T10:05:00"])
    monkeypatch.setattr(recall.time, "strftime", lambda fmt: next(clock))
    first = recall.check(questions["dL_dz"], "y - sigma(z)")
    second = recall.check(questions["dL_dz"], "sigma(z) - y")
    recall.record(week, [first, second], tmp_path / "attempts.json")
    kept = json.loads((tmp_path / "attempts.json").read_text())
    assert [a["at"] for a in kept] == ["2026-12-01T10:00:00", "2026-12-01T10:05:00"]
