"""Logistic regression trained by gradient descent on two Gaussian blobs.

Model: p = σ(X w + b). Loss: mean BCE over the N examples.
Gradients of the mean loss:  ∂L/∂w = Xᵀ(p − y) / N   and   ∂L/∂b = mean(p − y).
"""
import matplotlib.pyplot as plt
import numpy as np

from .bce import bce_loss, sigmoid


def make_blobs(n=200, seed=0):
    """Two 2-D Gaussian blobs: (X, y).

    The first n // 2 rows are class 0, drawn from N((−2, −2), I); the remaining rows
    are class 1, drawn from N((2, 2), I). Use np.random.default_rng(seed).
    """
    # TODO: draw both blobs with one generator and stack them with their labels.
    ### BEGIN SOLUTION
    rng = np.random.default_rng(seed)
    n0 = n // 2
    X0 = rng.normal([-2.0, -2.0], 1.0, size=(n0, 2))
    X1 = rng.normal([2.0, 2.0], 1.0, size=(n - n0, 2))
    X = np.vstack([X0, X1])
    y = np.concatenate([np.zeros(n0), np.ones(n - n0)])
    return X, y
    ### END SOLUTION


def gradients(X, y, w, b):
    """(grad_w, grad_b): the gradient of the mean BCE with respect to w and b."""
    # TODO: error = σ(Xw + b) − y, then average over the N examples.
    ### BEGIN SOLUTION
    error = sigmoid(X @ w + b) - y
    grad_w = X.T @ error / len(y)
    grad_b = error.mean()
    return grad_w, grad_b
    ### END SOLUTION


def train(X, y, lr=0.1, steps=2000, snapshot_every=50):
    """Gradient descent from w = 0, b = 0.

    Returns (w, b, losses, snapshots):
      losses[k]     the mean BCE before update k, for k = 0 … steps − 1;
      snapshots[k]  a copy of (w, b) after k updates, for k = 0, snapshot_every,
                    2·snapshot_every, … and always for k = steps (a dict keyed by k).
    """
    # TODO: loop `steps` times: record the loss, snapshot when due, step downhill.
    ### BEGIN SOLUTION
    w = np.zeros(X.shape[1])
    b = 0.0
    losses = np.empty(steps)
    snapshots = {0: (w.copy(), b)}
    for k in range(steps):
        losses[k] = bce_loss(y, sigmoid(X @ w + b))
        grad_w, grad_b = gradients(X, y, w, b)
        w = w - lr * grad_w  # a new array, so earlier snapshots are never changed
        b = b - lr * grad_b
        if (k + 1) % snapshot_every == 0 or k + 1 == steps:
            snapshots[k + 1] = (w.copy(), float(b))
    return w, b, losses, snapshots
    ### END SOLUTION


def predict_proba(X, w, b):
    """P(y = 1 | x) = σ(x·w + b) for each row of X."""
    # TODO: return σ(Xw + b).
    ### BEGIN SOLUTION
    return sigmoid(X @ w + b)
    ### END SOLUTION


def predict(X, w, b):
    """Integer labels: 1 where P(y = 1 | x) ≥ 0.5, else 0."""
    # TODO: threshold the probabilities at 0.5.
    ### BEGIN SOLUTION
    return (predict_proba(X, w, b) >= 0.5).astype(int)
    ### END SOLUTION


def plot_decision_boundary(ax, X, y, w, b):
    """Draw P(y = 1 | x) as filled contours, the line p = 0.5, and the points."""
    # TODO: (a helper for the two figure functions) shade σ(w·x + b) on a grid
    # around the data, draw the p = 0.5 line, and scatter X coloured by y.
    ### BEGIN SOLUTION
    lo, hi = X.min(axis=0) - 1.0, X.max(axis=0) + 1.0
    xx, yy = np.meshgrid(np.linspace(lo[0], hi[0], 100), np.linspace(lo[1], hi[1], 100))
    grid = np.column_stack([xx.ravel(), yy.ravel()])
    probs = predict_proba(grid, w, b).reshape(xx.shape)
    ax.contourf(xx, yy, probs, levels=np.linspace(0.0, 1.0, 11), cmap="RdBu_r", alpha=0.6)
    if np.any(np.asarray(w) != 0):  # with w = 0 there is no boundary to draw
        ax.contour(xx, yy, probs, levels=[0.5], colors="k", linewidths=1.5)
    ax.scatter(X[:, 0], X[:, 1], c=y, cmap="RdBu_r", edgecolor="k", s=18)
    ax.set_xlabel("x₁")
    ax.set_ylabel("x₂")
    ### END SOLUTION


def decision_boundary_figure(X, y, w, b):
    """A Figure showing the data and the boundary w·x + b = 0 of the trained model."""
    # TODO: make a figure, draw the boundary and the data, return the figure.
    ### BEGIN SOLUTION
    fig, ax = plt.subplots(figsize=(5, 5))
    plot_decision_boundary(ax, X, y, w, b)
    ax.set_title("Logistic regression decision boundary")
    return fig
    ### END SOLUTION
