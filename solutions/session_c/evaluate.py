"""Evaluate on data the model has not seen, and see why accuracy alone can mislead."""
import numpy as np

from .metrics import accuracy, confusion_matrix, precision_recall_f1


def train_test_split(X, y, test_fraction=0.25, seed=0):
    """(X_train, X_test, y_train, y_test): a shuffled split into two disjoint parts.

    The test part holds round(n · test_fraction) rows; the same seed gives the same split.
    """
    # TODO: shuffle the row indices with np.random.default_rng(seed), then cut.
    ### BEGIN SOLUTION
    X, y = np.asarray(X), np.asarray(y)
    n = len(X)
    n_test = round(n * test_fraction)
    order = np.random.default_rng(seed).permutation(n)
    test, train = order[:n_test], order[n_test:]
    return X[train], X[test], y[train], y[test]
    ### END SOLUTION


def evaluate(y_true, y_pred):
    """A dict with keys accuracy, precision, recall, f1, tp, tn, fp, fn."""
    # TODO: gather every metric in one dict.
    ### BEGIN SOLUTION
    tp, tn, fp, fn = confusion_matrix(y_true, y_pred)
    precision, recall, f1 = precision_recall_f1(y_true, y_pred)
    return {
        "accuracy": accuracy(y_true, y_pred),
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "tp": tp,
        "tn": tn,
        "fp": fp,
        "fn": fn,
    }
    ### END SOLUTION


def fraud_demo(n=10_000, fraud_rate=0.01, seed=0):
    """evaluate() for a 'model' that calls every transaction clean (predicts 0).

    Draw n labels that are 1 (fraud) with probability fraud_rate. Expect accuracy
    near 1 − fraud_rate and a recall of exactly 0: high accuracy, useless model.
    """
    # TODO: draw the labels, predict all zeros, evaluate.
    ### BEGIN SOLUTION
    rng = np.random.default_rng(seed)
    y_true = (rng.random(n) < fraud_rate).astype(int)
    y_pred = np.zeros(n, dtype=int)
    return evaluate(y_true, y_pred)
    ### END SOLUTION
