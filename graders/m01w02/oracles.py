"""The grader's own definitions for this week, written from the maths, not from solutions/.

Finite differences differentiate these; symbolic checks differentiate these. A
learner whose loss and gradient are wrong in the same way still fails.
"""
import numpy as np


def bce_from_logits(z, y):
    """Per-example BCE as a function of the logit: log(1 + e^z) − y·z, stable for any z."""
    return np.logaddexp(0.0, z) - y * z


def mean_bce(X, y, w, b):
    return float(np.mean(bce_from_logits(X @ w + b, y)))


def sigma(z):
    return 0.5 * (1.0 + np.tanh(0.5 * np.asarray(z, dtype=float)))


def mlp_loss(x, y, W1, b1, W2, b2):
    """BCE of the two-layer network's output, from its logit z2."""
    z2 = W2 @ np.maximum(0.0, W1 @ x + b1) + b2
    return float(bce_from_logits(z2, y).sum())


def blobs(rng, n):
    """Two labelled Gaussian blobs drawn by the grader itself."""
    n0 = n // 2
    X = np.vstack([rng.normal(-2.0, 1.0, size=(n0, 2)), rng.normal(2.0, 1.0, size=(n - n0, 2))])
    return X, np.concatenate([np.zeros(n0), np.ones(n - n0)])


def bce_sympy(z, y):
    import sympy as sp

    sigma_z = 1 / (1 + sp.exp(-z))
    return -(y * sp.log(sigma_z) + (1 - y) * sp.log(1 - sigma_z))
