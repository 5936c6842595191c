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


def gradient_descent(X, y, lr, steps, snapshot_every):
    """The training run the contract describes: (w, b, losses, snapshots), from zero.

    The loss is recorded before each update, with eps = 1e-9 inside the logs as in
    bce_loss; gradients are the exact gradients of the mean BCE.
    """
    w, b = np.zeros(X.shape[1]), 0.0
    losses = np.empty(steps)
    snapshots = {0: (w.copy(), b)}
    for k in range(steps):
        p = sigma(X @ w + b)
        losses[k] = -np.mean(y * np.log(p + 1e-9) + (1 - y) * np.log(1 - p + 1e-9))
        error = p - y
        w, b = w - lr * (X.T @ error) / len(y), b - lr * float(np.mean(error))
        if (k + 1) % snapshot_every == 0 or k + 1 == steps:
            snapshots[k + 1] = (w.copy(), b)
    return w, b, losses, snapshots


def blobs(rng, n):
    """Two labelled Gaussian blobs drawn by the grader itself."""
    n0 = n // 2
    X = np.vstack([rng.normal(-2.0, 1.0, size=(n0, 2)), rng.normal(2.0, 1.0, size=(n - n0, 2))])
    return X, np.concatenate([np.zeros(n0), np.ones(n - n0)])


def bce_sympy(z, y):
    import sympy as sp

    sigma_z = 1 / (1 + sp.exp(-z))
    return -(y * sp.log(sigma_z) + (1 - y) * sp.log(1 - sigma_z))
