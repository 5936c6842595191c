# module: session_c.metrics
# check: session_c.confusion_matrix
# pitfall: library_instead_of_scratch
from sklearn.metrics import confusion_matrix as _sk_confusion


def confusion_matrix(y_true, y_pred):
    tn, fp, fn, tp = _sk_confusion(y_true, y_pred).ravel()
    return tp, tn, fp, fn
