"""Day 1 checks: one numeric, one against finite differences, one symbolic answer by hand."""
import numpy as np

from graders.compare import gradcheck, numbers, symbolic
from graders.compare import formatting as fmt
from graders.course import expect
from graders.course.checks import CheckSet

from . import oracles

checks = CheckSet()


def _scores(rng, n):
    """Scores of both signs, one far above the rest: e^z of it overflows unless max(z) is subtracted."""
    z = np.round(rng.uniform(-4, 4, size=n), 3)
    z[rng.integers(n)] = np.round(rng.uniform(990, 1000), 3)
    return z


@checks("softmax.values")
def softmax_values(t):
    ordinary = np.round(t.rng.uniform(-4, 4, size=6), 3)
    for z in (ordinary, _scores(t.rng, 6)):
        outcome = t.call("softmax", z)
        got = expect.array(outcome, "softmax(z)", like=z)
        expect.finite(got, "softmax(z)", t.describe("softmax", z), pitfall="softmax_overflow")
        # float32 work is held to float32's precision (numbers.epsilon), float64 to 1e-9
        expect.close(got, oracles.softmax(z), "softmax(z)", t.describe("softmax", z), atol=1e-9,
                     eps=numbers.epsilon(outcome), pitfalls={"softmax_sign": oracles.softmax(-z)})


@checks("softmax_ce_grad")
def softmax_ce_grad(t):
    n = 5
    z = np.round(t.rng.uniform(-3, 3, size=n), 3)
    y = np.zeros(n)
    y[t.rng.integers(n)] = 1.0
    numeric = gradcheck.central_differences(lambda v: oracles.cross_entropy(v, y), z)
    raw = t.call("softmax_ce_grad", z, y)
    got = expect.array(raw, "softmax_ce_grad(z, y)", like=z)
    expect.gradient(got, numeric, "softmax_ce_grad(z, y)", fmt.inputs({"z": z, "y": y}, n), raw=raw,
                    pitfalls={"ce_grad_sign": y - oracles.softmax(z)}, labels=[f"z[{i}]" for i in range(n)],
                    title="∂L/∂z per score")


@checks("d_x_exp_x")
def d_x_exp_x(t):
    import sympy as sp

    x = t.symbol("x")
    original = x * sp.exp(x)
    expect.equivalent(t, t.call("d_x_exp_x", x), sp.diff(original, x), {"x": x}, {"x": symbolic.Uniform(-3, 3)},
                      "d_x_exp_x(x)", original=original,
                      pitfalls={"product_rule_one_term": sp.exp(x)})
