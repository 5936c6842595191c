"""Mutation analysis: the mutants of solutions/, and a sample of them graded as a learner would be."""
import ast

import pytest

from graders.authoring import mutation

from .conftest import REPO, SOLUTIONS

WEEK_DIR = REPO / "graders" / "m01w02"


@pytest.fixture(scope="module")
def mutants(week):
    return mutation.all_mutants(SOLUTIONS, week)


def test_mutants_change_only_code_inside_solution_blocks_and_still_parse(mutants):
    assert len(mutants) > 400
    for mutant in mutants:
        original = (SOLUTIONS / mutant.file).read_text(encoding="utf-8")
        assert mutant.line in mutation.solution_lines(original)
        ast.parse(mutant.source)
        assert mutant.source != original


def test_every_mutant_has_its_own_name(mutants):
    keys = [m.key for m in mutants]
    assert len(keys) == len(set(keys))


def test_the_operators_include_the_mistakes_learners_make(mutants):
    keys = "\n".join(m.key for m in mutants)
    for expected in ("w.copy() → w", "seed → 0", "lr → 0.1", "np.mean(", "predict_proba(X, w, 0)", "lr * grad_w → grad_w"):
        assert expected in keys, expected


def test_every_mutant_listed_as_equivalent_exists_and_says_why(mutants):
    listed = mutation.load_equivalent(WEEK_DIR)
    names = {m.key for m in mutants}
    assert listed, "the reviewed list of equivalent mutants is empty"
    for key, why in listed.items():
        assert key in names, f"listed as equivalent but no longer generated: {key}"
        assert len(why) > 20, key


def test_a_grading_judges_a_mutant_by_the_checks_of_the_functions_that_reach_it(week):
    judges = mutation.judging_checks(SOLUTIONS, week)
    assert "session_b.sigmoid.values" in judges[("session_b.bce", "sigmoid")]
    assert "session_b.train.accuracy" in judges[("session_b.bce", "sigmoid")]  # train calls sigmoid
    assert "session_b.decision_boundary_figure" in judges[("session_b.train", "plot_decision_boundary")]


@pytest.mark.slow
def test_a_sample_of_mutants_is_caught_for_every_seed_or_listed_as_equivalent(week):
    verdicts = mutation.analyse(week, SOLUTIONS, seeds=(7, 8), workers=2, sample=40)
    score = mutation.Score(verdicts, mutation.load_equivalent(WEEK_DIR))
    assert not score.survived and not score.partly and not score.stale, "\n".join(score.lines())
