"""Evaluate on data the model has not seen, and see why accuracy alone can mislead."""
import numpy as np

from .metrics import accuracy, confusion_matrix, precision_recall_f1


def train_test_split(X, y, test_fraction=0.25, seed=0):
    """(X_train, X_test, y_train, y_test): a shuffled split into two disjoint parts.

    The test part holds round(n · test_fraction) rows; the same seed gives the same split.
    """
    # TODO: shuffle the row indices with np.random.default_rng(seed), then cut.
    raise NotImplementedError


def evaluate(y_true, y_pred):
    """A dict with keys accuracy, precision, recall, f1, tp, tn, fp, fn."""
    # TODO: gather every metric in one dict.
    raise NotImplementedError


def fraud_demo(n=10_000, fraud_rate=0.01, seed=0):
    """evaluate() for a 'model' that calls every transaction clean (predicts 0).

    Draw n labels that are 1 (fraud) with probability fraud_rate. Expect accuracy
    near 1 − fraud_rate and a recall of exactly 0: high accuracy, useless model.
    """
    # TODO: draw the labels, predict all zeros, evaluate.
    raise NotImplementedError
