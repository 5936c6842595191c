# module: session_b.train
# why: reuses bce_grad_z from bce.py, averages X * err[:, None] with mean(axis=0); returns a list with a 0-d array grad_b
from .bce import bce_grad_z


def gradients(X, y, w, b):
    err = bce_grad_z(X @ w + b, y)
    grad_w = (X * err[:, None]).mean(axis=0)
    grad_b = np.asarray(err.mean())
    return [grad_w, grad_b]
