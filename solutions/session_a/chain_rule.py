"""Single-variable chain rule: (f ∘ g)'(x) = f'(g(x)) · g'(x).

Each function receives a sympy Symbol and returns the derivative as a sympy
expression that you derived yourself. ``sympy.diff``, ``Derivative`` and
``.doit()`` are off limits here: the grader differentiates the original function
and compares, so the point is to do the calculus by hand.
"""
import sympy as sp


def d_sin_x2(x):
    """d/dx sin(x²).

    Outer f(u) = sin u, inner g(x) = x².
    """
    # TODO: return f'(g(x)) · g'(x) for f = sin and g(x) = x².
    ### BEGIN SOLUTION
    return sp.cos(x**2) * 2 * x
    ### END SOLUTION


def d_exp_2x_plus_1(x):
    """d/dx e^(2x + 1)."""
    # TODO: the outer function is e^u; don't forget the derivative of u = 2x + 1.
    ### BEGIN SOLUTION
    return sp.exp(2 * x + 1) * 2
    ### END SOLUTION


def d_log_1_plus_exp(x):
    """d/dx log(1 + eˣ)   (natural log).

    Let u = 1 + eˣ, so du/dx = eˣ and d/du log u = 1/u.
    Look at the result closely: you have met this function before.
    """
    # TODO: combine d/du log u with du/dx.
    ### BEGIN SOLUTION
    return sp.exp(x) / (1 + sp.exp(x))
    ### END SOLUTION


def d_x2_plus_1_cubed(x):
    """d/dx (x² + 1)³."""
    # TODO: power rule on the outside, then multiply by the inner derivative.
    ### BEGIN SOLUTION
    return 3 * (x**2 + 1) ** 2 * 2 * x
    ### END SOLUTION


def d_tanh_2x(x):
    """d/dx tanh(2x).   Recall d/du tanh u = 1 − tanh² u."""
    # TODO: apply the chain rule with u = 2x.
    ### BEGIN SOLUTION
    return (1 - sp.tanh(2 * x) ** 2) * 2
    ### END SOLUTION


def d_sigmoid(x):
    """σ'(x) written in terms of x, where σ(x) = 1 / (1 + e^(−x)).

    Hint: σ(x) = (1 + e^(−x))^(−1) is a power of an inner function.
    """
    # TODO: differentiate (1 + e^(−x))^(−1); mind both inner derivatives.
    ### BEGIN SOLUTION
    # -1 · (1 + e^(−x))^(−2) · (−e^(−x)): the two minus signs cancel.
    return sp.exp(-x) / (1 + sp.exp(-x)) ** 2
    ### END SOLUTION


def sigmoid_prime_via_sigma(s):
    """σ'(x) written in terms of s = σ(x) alone.

    Show on paper that σ'(x) = σ(x)(1 − σ(x)), then return that in s.
    """
    # TODO: return σ' as an expression in s only.
    ### BEGIN SOLUTION
    return s * (1 - s)
    ### END SOLUTION
