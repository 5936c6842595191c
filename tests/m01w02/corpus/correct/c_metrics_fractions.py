# module: session_c.metrics
# why: exact rational arithmetic with fractions.Fraction for accuracy, precision, recall and F1
# (unsure: the contract asks for "the share" / ratios; a Fraction is an exact number, but not a float)
from fractions import Fraction


def accuracy(y_true, y_pred):
    tp, tn, fp, fn = confusion_matrix(y_true, y_pred)
    return Fraction(tp + tn, tp + tn + fp + fn)


def precision_recall_f1(y_true, y_pred):
    tp, tn, fp, fn = confusion_matrix(y_true, y_pred)
    precision = Fraction(tp, tp + fp) if tp + fp else Fraction(0)
    recall = Fraction(tp, tp + fn) if tp + fn else Fraction(0)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else Fraction(0)
    return precision, recall, f1
