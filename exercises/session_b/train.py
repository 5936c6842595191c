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
    raise NotImplementedError


def gradients(X, y, w, b):
    """(grad_w, grad_b): the gradient of the mean BCE with respect to w and b."""
    # TODO: error = σ(Xw + b) − y, then average over the N examples.
    raise NotImplementedError


def train(X, y, lr=0.1, steps=2000, snapshot_every=50):
    """Gradient descent from w = 0, b = 0.

    Returns (w, b, losses, snapshots):
      losses[k]     the mean BCE before update k, for k = 0 … steps − 1;
      snapshots[k]  a copy of (w, b) after k updates, for k = 0, snapshot_every,
                    2·snapshot_every, … and always for k = steps (a dict keyed by k).
    """
    # TODO: loop `steps` times: record the loss, snapshot when due, step downhill.
    raise NotImplementedError


def predict_proba(X, w, b):
    """P(y = 1 | x) = σ(x·w + b) for each row of X."""
    # TODO: return σ(Xw + b).
    raise NotImplementedError


def predict(X, w, b):
    """Integer labels: 1 where P(y = 1 | x) ≥ 0.5, else 0."""
    # TODO: threshold the probabilities at 0.5.
    raise NotImplementedError


def plot_decision_boundary(ax, X, y, w, b):
    """Draw P(y = 1 | x) as filled contours, the line p = 0.5, and the points."""
    # TODO: (a helper for the two figure functions) shade σ(w·x + b) on a grid
    # around the data, draw the p = 0.5 line, and scatter X coloured by y.
    raise NotImplementedError


def decision_boundary_figure(X, y, w, b):
    """A Figure showing the data and the boundary w·x + b = 0 of the trained model."""
    # TODO: make a figure, draw the boundary and the data, return the figure.
    raise NotImplementedError
