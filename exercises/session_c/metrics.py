"""Binary classification metrics, written from scratch (no sklearn).

    TP: predicted 1, label 1        FP: predicted 1, label 0
    TN: predicted 0, label 0        FN: predicted 0, label 1
"""
import numpy as np


def confusion_matrix(y_true, y_pred):
    """(TP, TN, FP, FN) as counts."""
    # TODO: count the four cases.
    raise NotImplementedError


def accuracy(y_true, y_pred):
    """(TP + TN) / N: the share of predictions that are right."""
    # TODO: return the accuracy.
    raise NotImplementedError


def precision_recall_f1(y_true, y_pred):
    """(precision, recall, f1), each 0.0 where its ratio is undefined (0 / 0).

    precision = TP / (TP + FP)   of the examples we called positive, how many are?
    recall    = TP / (TP + FN)   of the positives, how many did we catch?
    f1        = 2 · P · R / (P + R)
    """
    # TODO: compute the three ratios, guarding every division by zero.
    raise NotImplementedError
