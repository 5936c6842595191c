# module: session_c.metrics
# check: session_c.precision_recall_f1.values
# why: its counting helper uses np.bincount(2·y_true + y_pred), which raises TypeError for float labels (confusion counts must work for int or float labels)
def _counts(y_true, y_pred):
    tn, fp, fn, tp = np.bincount(2 * np.asarray(y_true) + np.asarray(y_pred), minlength=4)
    return tp, fp, fn


def precision_recall_f1(y_true, y_pred):
    tp, fp, fn = _counts(y_true, y_pred)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return float(precision), float(recall), float(f1)
