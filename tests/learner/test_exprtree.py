"""Symbolic answers cross as whitelisted trees: built without evaluating, refused when odd."""
import time

import pytest
import sympy as sp

from graders.learner import exprtree


def test_sympy_roundtrip_keeps_the_expression():
    x = sp.Symbol("x", real=True)
    expr = sp.exp(-x) / (1 + sp.exp(-x)) ** 2 + sp.Rational(1, 3) * sp.tanh(2 * x) - 0.5 * sp.pi
    tree = exprtree.to_tree(expr)
    rebuilt = exprtree.Expression(tree).to_sympy({"x": x})
    assert sp.simplify(rebuilt - expr) == 0


def test_unknown_parts_are_named_not_evaluated():
    x = sp.Symbol("x")
    tree = exprtree.to_tree(sp.Derivative(sp.sin(x), x) + sp.erf(x) + sp.Function("f")(x))
    assert sorted(exprtree.Expression(tree).unsupported) == ["Derivative", "erf", "f"]


@pytest.mark.parametrize("tree", [
    ["Integer", "1" * 40], ["Rational", "1", "0"], ["Float", "abc"], ["Symbol", "x" * 100],
    ["eval", ["Integer", "1"]], ["Pow", ["Integer", "2"]], ["Add"], "x", ["Add", "x"],
])
def test_malformed_trees_are_refused(tree):
    with pytest.raises(exprtree.TreeError):
        exprtree.Expression(tree)


def test_huge_and_deep_trees_are_refused_quickly():
    deep = ["Symbol", "x"]
    for _ in range(exprtree.MAX_DEPTH + 5):
        deep = ["exp", deep]
    wide = ["Add"] + [["Symbol", "x"]] * (exprtree.MAX_NODES + 1)
    started = time.perf_counter()
    for tree in (deep, wide):
        with pytest.raises(exprtree.TreeError):
            exprtree.Expression(tree)
    assert time.perf_counter() - started < 1


def test_a_tower_of_powers_is_built_without_being_computed():
    tower = ["Pow", ["Integer", "10"], ["Pow", ["Integer", "10"], ["Integer", "100"]]]
    started = time.perf_counter()
    expr = exprtree.Expression(tower).to_sympy({})
    assert time.perf_counter() - started < 1 and "10" in str(expr)
