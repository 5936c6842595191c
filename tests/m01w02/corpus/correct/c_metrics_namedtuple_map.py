# module: session_c.metrics
# why: counts returned as a namedtuple, accuracy from sum(map(operator.eq, ...)), the three ratios as a namedtuple too
import operator
from collections import namedtuple

Counts = namedtuple("Counts", "tp tn fp fn")
Scores = namedtuple("Scores", "precision recall f1")


def confusion_matrix(y_true, y_pred):
    t = [int(v) for v in y_true]
    p = [int(v) for v in y_pred]
    return Counts(
        tp=sum(a & b for a, b in zip(t, p)),
        tn=sum((1 - a) & (1 - b) for a, b in zip(t, p)),
        fp=sum((1 - a) & b for a, b in zip(t, p)),
        fn=sum(a & (1 - b) for a, b in zip(t, p)),
    )


def accuracy(y_true, y_pred):
    return sum(map(operator.eq, list(y_true), list(y_pred))) / len(y_true)


def precision_recall_f1(y_true, y_pred):
    c = confusion_matrix(y_true, y_pred)
    precision = c.tp / (c.tp + c.fp) if c.tp + c.fp else 0.0
    recall = c.tp / (c.tp + c.fn) if c.tp + c.fn else 0.0
    f1 = (2 * precision * recall / (precision + recall)) if (precision + recall) else 0.0
    return Scores(precision, recall, f1)
