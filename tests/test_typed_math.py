"""Typed maths for the recall quiz: every way a person writes a formula, nothing else."""
import time

import pytest
import sympy as sp

from graders.compare import typed_math

x, y, z, p, s = (sp.Symbol(n, real=True) for n in "xyzps")
NAMES = {"x": x, "y": y, "z": z, "p": p, "s": s}


def same(a, b):
    return sp.simplify(a - b) == 0


@pytest.mark.parametrize("text, expected", [
    ("-(y*log(p) + (1-y)*log(1-p))", -(y * sp.log(p) + (1 - y) * sp.log(1 - p))),
    ("-(y*ln(p) + (1-y)*ln(1-p))", -(y * sp.log(p) + (1 - y) * sp.log(1 - p))),
    ("σ(z) - y", 1 / (1 + sp.exp(-z)) - y),
    ("sigmoid(z)-y", 1 / (1 + sp.exp(-z)) - y),
    ("s(1-s)", s * (1 - s)),
    ("-(y ln(p) + (1-y) ln(1-p))", -(y * sp.log(p) + (1 - y) * sp.log(1 - p))),
    ("x^2 + 3xy + y^2", x**2 + 3 * x * y + y**2),
    ("y (1 - y)", y * (1 - y)),
    ("e^x/(1+e^x)", sp.exp(x) / (1 + sp.exp(x))),
    ("2x + 3y", 2 * x + 3 * y),
    ("2(x+1)(x-1)", 2 * (x + 1) * (x - 1)),
    ("x² + 3·x·y + y²", x**2 + 3 * x * y + y**2),
    ("exp(x) / (1 + exp(x))", sp.exp(x) / (1 + sp.exp(x))),
    ("1/(1+e^(-x))", 1 / (1 + sp.exp(-x))),
])
def test_the_usual_ways_of_writing_are_read(text, expected):
    assert same(typed_math.parse(text, NAMES), expected)


@pytest.mark.parametrize("text, says", [
    ("__import__('os').system('ls')", "attribute access"),
    ("__import__('os')", "unknown function `__import__`"),
    ("x.__class__", "attribute access"),
    ("np.exp(x)", "attribute access"),
    ("10**100**100", "too large"),
    ("2^2^2^2^2", "too large"),
    ("x[0]", "indexing"),
    ("x == 1", "not a comparison"),
    ("lambda: 1", "not part of a formula"),
    ("'text'", "not part of a formula"),
    ("q + 1", "unknown name `q`"),
    ("log", "is a function"),
    ("log(x, 10)", "exactly one argument"),
    ("(x + ", "cannot read it near"),
    ("", "empty"),
    ("x" * 400, "longer than"),
])
def test_anything_else_is_refused_in_one_line(text, says):
    started = time.perf_counter()
    with pytest.raises(typed_math.MathError, match=says) as caught:
        typed_math.parse(text, NAMES)
    assert "\n" not in str(caught.value) and time.perf_counter() - started < 1
