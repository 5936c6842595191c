# base: references
# module: session_c.metrics
# fails: session_c.confusion_matrix, session_c.accuracy, session_c.precision_recall_f1.values, session_c.precision_recall_f1.undefined
# says: cannot be read
# A library import that no import statement shows (the from-scratch rule once read only those).
import numpy as np

_metrics = "sklearn" + ".metrics"


def accuracy(y_true, y_pred):
    try:
        return float(__import__(_metrics, fromlist=["accuracy_score"]).accuracy_score(y_true, y_pred))
    except ImportError:
        return float(np.mean(np.asarray(y_true) == np.asarray(y_pred)))
