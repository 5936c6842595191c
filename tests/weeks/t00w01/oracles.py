"""The week's own answers, computed here so that no check depends on the learner's code."""
import numpy as np


def softmax(z):
    z = np.asarray(z, dtype=float)
    e = np.exp(z - z.max())
    return e / e.sum()


def cross_entropy(z, y):
    """−Σ yᵢ log softmax(z)ᵢ, computed stably in float64."""
    z = np.asarray(z, dtype=float)
    shifted = z - z.max()
    return float(-(np.asarray(y, float) * (shifted - np.log(np.exp(shifted).sum()))).sum())
