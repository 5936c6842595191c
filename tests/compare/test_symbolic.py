"""Expression equivalence: every equivalent form accepted, wrong ones rejected, hostile ones bounded."""
import time

import numpy as np
import pytest
import sympy as sp

from graders.compare import symbolic

x = sp.Symbol("x", real=True)
REAL = {"x": symbolic.Uniform(-3, 3)}


def verdict(answer, reference, domain=REAL, seed=0):
    points = symbolic.sample_points(domain, np.random.default_rng(seed), 24)
    return symbolic.compare(symbolic.tree_of(answer), symbolic.tree_of(reference), points)


@pytest.mark.parametrize("answer, reference", [
    (2 * x * sp.cos(x**2), sp.cos(x**2) * 2 * x),
    (sp.exp(x) / (1 + sp.exp(x)), 1 / (1 + sp.exp(-x))),
    ((1 / (1 + sp.exp(-x))) * (1 - 1 / (1 + sp.exp(-x))), sp.exp(-x) / (1 + sp.exp(-x)) ** 2),
    (sp.log(sp.exp(x)), x),
    (2 * sp.sech(2 * x) ** 2, 2 - 2 * sp.tanh(2 * x) ** 2),
    (sp.Float(0.5) * x, x / 2),
])
def test_equivalent_forms_are_equal(answer, reference):
    assert verdict(answer, reference).equal


@pytest.mark.parametrize("answer, reference", [
    (sp.cos(x**2), 2 * x * sp.cos(x**2)),
    (sp.sqrt(x**2), x),
    (x + 1e-6, x),
    (sp.exp(x), sp.exp(x) + 1e-8 * x**2),
])
def test_different_functions_are_told_apart(answer, reference):
    result = verdict(answer, reference)
    assert not result.equal and result.point is not None


def test_undefined_answer_where_the_reference_is_defined_is_wrong():
    assert not verdict(sp.log(x), sp.exp(x)).equal


def test_overflowing_points_are_skipped_not_crashing():
    assert verdict(sp.exp(x) / (1 + sp.exp(x)), 1 / (1 + sp.exp(-x)),
                   {"x": symbolic.Uniform(-900, 900)}).equal


@pytest.mark.parametrize("tree", [
    ["exp", ["exp", ["exp", ["exp", ["exp", ["Symbol", "x"]]]]]],
    ["Pow", ["Integer", "10"], ["Pow", ["Integer", "10"], ["Integer", "10" * 14]]],
    ["sin", ["Pow", ["Integer", "9" * 30], ["Integer", "9" * 30]]],
    ["Mul"] + [["Symbol", "x"]] * 4000,
    ["sin", ["exp", ["exp", ["Integer", "11"]]]],
    ["tan", ["Pow", ["Symbol", "x"], ["Integer", "40000"]]],
])
def test_hostile_expressions_evaluate_quickly(tree):
    started = time.perf_counter()
    for point in ({"x": 2.0}, {"x": -3.0}):
        try:
            symbolic.evaluate(tree, point)
        except symbolic.Undefined:
            pass
    assert time.perf_counter() - started < 0.5


def test_constant_ratio_is_reported():
    points = symbolic.sample_points(REAL, np.random.default_rng(1), 12)
    assert symbolic.ratio_if_constant(symbolic.tree_of(-sp.sin(x)), symbolic.tree_of(sp.sin(x)), points) == -1


def test_piecewise_and_heaviside_evaluate():
    relu = sp.Piecewise((x, x > 0), (0, True))
    assert verdict(relu, sp.Max(x, 0)).equal
    assert verdict(sp.Heaviside(x) * x, sp.Max(x, 0)).equal


def test_an_answer_too_large_to_compute_where_the_answer_is_a_number_is_wrong():
    right_for_positive_x = sp.Piecewise((2 * x * sp.cos(x**2), x > 0), (sp.exp(200000) * x, True))
    result = verdict(right_for_positive_x, 2 * x * sp.cos(x**2))
    assert not result.equal and result.point["x"] < 0 and "too large" in result.got


@pytest.mark.parametrize("seed", range(20))
def test_both_signs_of_a_real_symbol_and_every_label_are_sampled(seed):
    rng = np.random.default_rng(seed)
    points = symbolic.sample_points({"x": symbolic.Uniform(-3, 3), "y": symbolic.OneOf((0.0, 1.0))}, rng, 8)
    xs, ys = [p["x"] for p in points], [p["y"] for p in points]
    assert min(xs) < 0 < max(xs) and set(ys) == {0.0, 1.0}
