"""``status``: ready only when every check passes and every self-assessment item's recall is right."""
import json
import os
import subprocess
import sys

import pytest

from graders.tools import status

from .conftest import EXERCISES, REPO, SOLUTIONS

RIGHT_ANSWERS = {"bce_loss": "-(y*log(p) + (1-y)*log(1-p))", "dL_dz": "sigma(z) - y", "sigmoid_prime": "s(1-s)",
                 "d_log_1_plus_exp": "1/(1+e^-x)", "chain_through_layer": "delta*w", "fraud_recall": "0"}


def graded(week, root, seed=20261126):
    from graders.grading.runner import GradingRun

    with GradingRun(week, root, seed=seed) as run:
        return run.scores()


@pytest.fixture(scope="module")
def reference_scores(week):
    return graded(week, SOLUTIONS)


def test_references_with_every_recall_answer_right_are_ready(week, reference_scores):
    recalled = {item: True for entry in week.self_assessment for item in entry.recall}
    text, ready = status.render(week, reference_scores, recalled, "solutions")
    assert ready and "Ready:" in text and "[ ]" not in text and "[~]" not in text
    assert text.count("[x]") == len(week.self_assessment) and "Before you go" not in text


def test_references_without_the_recall_test_are_ready_and_told_to_take_it(week, reference_scores):
    text, ready = status.render(week, reference_scores, {}, "solutions")
    assert ready and "Ready:" in text and "[ ]" not in text
    assert text.count("  [~] ") == 4 and "[x] My logistic regression converges" in text
    assert "not yet shown from memory (recall questions: bce_loss, dL_dz, sigmoid_prime)" in text
    assert "Before you go: 4 items" in text and "python -m graders recall" in text


def test_a_wrong_recall_answer_opens_its_item(week, reference_scores):
    text, ready = status.render(week, reference_scores, {"dL_dz": False, "bce_loss": True}, "solutions")
    assert not ready and "Not ready yet: 1 of 5" in text
    assert "[ ] I can derive dL/dz" in text and "answered wrong last time: dL_dz" in text
    assert "retake the recall test (python -m graders recall --week m01w02)" in text and "finish the checks" not in text


def test_stubs_are_not_ready_and_the_failing_checks_are_listed(week):
    recalled = {item: True for entry in week.self_assessment for item in entry.recall}
    text, ready = status.render(week, graded(week, EXERCISES), recalled, "exercises")
    assert not ready and "checks to pass: bce_expr, dL_dz_expr" in text and "finish the checks" in text


@pytest.mark.slow
def test_status_of_the_references_is_ready_a_wrong_recall_answer_is_a_gap(tmp_path):
    env = {**os.environ, "GRADERS_ATTEMPTS": str(tmp_path / "attempts.json")}

    def graders(*args):
        return subprocess.run([sys.executable, "-m", "graders", *args], capture_output=True, text=True,
                              cwd=REPO, env=env, timeout=120)

    before = graders("status", "--submission", "solutions")
    assert before.returncode == 0 and "Ready" in before.stdout and "87/87" in before.stdout
    assert "Before you go" in before.stdout
    (tmp_path / "answers.json").write_text(json.dumps({**RIGHT_ANSWERS, "dL_dz": "y - sigma(z)"}))
    assert graders("recall", "--answers", str(tmp_path / "answers.json")).returncode == 1
    assert graders("status", "--submission", "solutions").returncode == 1
    (tmp_path / "answers.json").write_text(json.dumps(RIGHT_ANSWERS))
    assert graders("recall", "--answers", str(tmp_path / "answers.json")).returncode == 0
    after = graders("status", "--submission", "solutions")
    assert after.returncode == 0, after.stdout
    assert "Ready" in after.stdout and "[~]" not in after.stdout and "Before you go" not in after.stdout
    stubs = graders("status")
    assert stubs.returncode == 1 and "Not ready yet" in stubs.stdout and "finish the checks" in stubs.stdout
