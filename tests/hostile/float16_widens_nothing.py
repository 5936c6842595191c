# base: references
# module: session_c.metrics
# fails: session_c.accuracy, session_c.precision_recall_f1.values, session_c.precision_recall_f1.undefined
# Wrong answers returned in float16, whose rounding unit (1e-3) once widened the tolerance to 10%.
_tp_tn = confusion_matrix


def accuracy(y_true, y_pred):
    tp, tn, fp, fn = _tp_tn(y_true, y_pred)
    return np.float16(0.95 * (tp + tn) / (tp + tn + fp + fn))


def precision_recall_f1(y_true, y_pred):
    tp, tn, fp, fn = _tp_tn(y_true, y_pred)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return np.array([p, r, (p + r) / 2], dtype=np.float16)
