"""Binary classification metrics, written from scratch (no sklearn).

    TP: predicted 1, label 1        FP: predicted 1, label 0
    TN: predicted 0, label 0        FN: predicted 0, label 1
"""
import numpy as np


def confusion_matrix(y_true, y_pred):
    """(TP, TN, FP, FN) as counts."""
    # TODO: count the four cases.
    ### BEGIN SOLUTION
    y_true = np.asarray(y_true)
    y_pred = np.asarray(y_pred)
    tp = int(np.sum((y_pred == 1) & (y_true == 1)))
    tn = int(np.sum((y_pred == 0) & (y_true == 0)))
    fp = int(np.sum((y_pred == 1) & (y_true == 0)))
    fn = int(np.sum((y_pred == 0) & (y_true == 1)))
    return tp, tn, fp, fn
    ### END SOLUTION


def accuracy(y_true, y_pred):
    """(TP + TN) / N: the share of predictions that are right."""
    # TODO: return the accuracy.
    ### BEGIN SOLUTION
    tp, tn, fp, fn = confusion_matrix(y_true, y_pred)
    return (tp + tn) / (tp + tn + fp + fn)
    ### END SOLUTION


def precision_recall_f1(y_true, y_pred):
    """(precision, recall, f1), each 0.0 where its ratio is undefined (0 / 0).

    precision = TP / (TP + FP)   of the examples we called positive, how many are?
    recall    = TP / (TP + FN)   of the positives, how many did we catch?
    f1        = 2 · P · R / (P + R)
    """
    # TODO: compute the three ratios, guarding every division by zero.
    ### BEGIN SOLUTION
    tp, tn, fp, fn = confusion_matrix(y_true, y_pred)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1
    ### END SOLUTION
