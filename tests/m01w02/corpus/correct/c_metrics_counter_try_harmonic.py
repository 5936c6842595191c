# module: session_c.metrics
# why: collections.Counter over zip(y_true, y_pred), try/except ZeroDivisionError on Python ints, F1 via statistics.harmonic_mean
from collections import Counter
import statistics


def confusion_matrix(y_true, y_pred):
    counts = Counter(zip(np.asarray(y_true).tolist(), np.asarray(y_pred).tolist()))
    # (label, prediction) pairs; 1.0 == 1 so float labels hash to the same keys
    return counts[(1, 1)], counts[(0, 0)], counts[(0, 1)], counts[(1, 0)]


def accuracy(y_true, y_pred):
    right = sum(1 for t, p in zip(y_true, y_pred) if t == p)
    return right / len(y_true)


def precision_recall_f1(y_true, y_pred):
    tp, tn, fp, fn = confusion_matrix(y_true, y_pred)
    try:
        precision = tp / (tp + fp)
    except ZeroDivisionError:
        precision = 0.0
    try:
        recall = tp / (tp + fn)
    except ZeroDivisionError:
        recall = 0.0
    f1 = statistics.harmonic_mean([precision, recall])  # 0 if either is 0
    return precision, recall, f1
