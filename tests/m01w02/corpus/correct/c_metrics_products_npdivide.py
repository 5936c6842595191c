# module: session_c.metrics
# why: counts as sums of label products (floats for float labels), accuracy as 1 - mean|t - p|, np.divide(where=) 0-d results, list return
def confusion_matrix(y_true, y_pred):
    t = np.asarray(y_true, dtype=float)
    p = np.asarray(y_pred, dtype=float)
    return [np.sum(t * p), np.sum((1 - t) * (1 - p)), np.sum((1 - t) * p), np.sum(t * (1 - p))]


def accuracy(y_true, y_pred):
    return 1.0 - np.mean(np.abs(np.asarray(y_true, float) - np.asarray(y_pred, float)))


def _ratio(num, den):
    return np.divide(num, den, out=np.zeros(()), where=den > 0)


def precision_recall_f1(y_true, y_pred):
    tp, tn, fp, fn = confusion_matrix(y_true, y_pred)
    precision = _ratio(tp, tp + fp)
    recall = _ratio(tp, tp + fn)
    f1 = _ratio(2 * precision * recall, precision + recall)
    return [precision, recall, f1]
