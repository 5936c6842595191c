# module: session_c.metrics
# check: session_c.precision_recall_f1.values
# why: the formulas are right, but its own counting helper swaps FP and FN (predicted 0 / label 1 counted as FP)
def _counts(y_true, y_pred):
    y_true, y_pred = np.asarray(y_true), np.asarray(y_pred)
    tp = int(np.sum((y_pred == 1) & (y_true == 1)))
    fp = int(np.sum((y_pred == 0) & (y_true == 1)))
    fn = int(np.sum((y_pred == 1) & (y_true == 0)))
    return tp, fp, fn


def precision_recall_f1(y_true, y_pred):
    tp, fp, fn = _counts(y_true, y_pred)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1
