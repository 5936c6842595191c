"""The sigmoid, binary cross-entropy (BCE) and its gradient with respect to the logit z.

For one example with label y ∈ {0, 1} and logit z = w·x + b:
    p = σ(z) = 1 / (1 + e^(−z))
    L = −[y log p + (1 − y) log(1 − p)]
and the chain rule gives the famous short answer dL/dz = σ(z) − y.
"""
import numpy as np
import sympy as sp


def sigmoid(z):
    """σ(z) = 1 / (1 + e^(−z)), elementwise, for a number or an array.

    Must stay finite, inside [0, 1] and free of overflow warnings for |z| up to 1000:
    np.exp(1000) overflows, so never exponentiate a large positive number.
    """
    # TODO: compute σ(z) so that np.exp only ever sees arguments ≤ 0.
    ### BEGIN SOLUTION
    z = np.asarray(z, dtype=float)
    e = np.exp(-np.abs(z))  # e^(−|z|) lies in (0, 1]: it cannot overflow
    # For z ≥ 0 use 1/(1 + e^(−z)); for z < 0 the same value is e^z/(1 + e^z).
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))[()]
    ### END SOLUTION


def sigmoid_prime(z):
    """σ'(z) = σ(z)(1 − σ(z)), elementwise."""
    # TODO: reuse sigmoid.
    ### BEGIN SOLUTION
    s = sigmoid(z)
    return s * (1.0 - s)
    ### END SOLUTION


def bce_loss(y, p, eps=1e-9):
    """Mean binary cross-entropy of probabilities p against labels y.

    L = −mean(y log p + (1 − y) log(1 − p)). Guard the logs with eps so that a
    p of exactly 0 or 1 gives a large but finite loss instead of inf or nan.
    """
    # TODO: return the mean BCE, finite even when p holds exact 0s or 1s.
    ### BEGIN SOLUTION
    y = np.asarray(y, dtype=float)
    p = np.asarray(p, dtype=float)
    return -np.mean(y * np.log(p + eps) + (1 - y) * np.log(1 - p + eps))
    ### END SOLUTION


def bce_grad_z(z, y):
    """dL/dz for each example: the derivative of that example's own loss, σ(z) − y.

    (Not divided by the number of examples: that belongs to the mean, in train.py.)
    """
    # TODO: return dL/dz elementwise.
    ### BEGIN SOLUTION
    return sigmoid(z) - np.asarray(y, dtype=float)
    ### END SOLUTION


def bce_expr(z, y):
    """The BCE loss of one example as a sympy expression in the symbols z and y.

    Write σ(z) out with sympy.exp; use sympy.log for the natural logarithm.
    """
    # TODO: build −[y log σ(z) + (1 − y) log(1 − σ(z))] with sympy.
    ### BEGIN SOLUTION
    sigma = 1 / (1 + sp.exp(-z))
    return -(y * sp.log(sigma) + (1 - y) * sp.log(1 - sigma))
    ### END SOLUTION


def dL_dz_expr(z, y):
    """dL/dz of the one-example BCE, derived by hand, as a sympy expression in z and y.

    Use dσ/dz = σ(1 − σ), d(log σ)/dz = 1 − σ and d(log(1 − σ))/dz = −σ.
    """
    # TODO: return your hand-derived dL/dz (no sympy.diff!).
    ### BEGIN SOLUTION
    return 1 / (1 + sp.exp(-z)) - y
    ### END SOLUTION
