# module: session_c.metrics
# why: a 2 x 2 matrix filled with np.add.at(m, (t, p), 1) and unpacked; accuracy as trace / sum; numpy-int counts
def _matrix(y_true, y_pred):
    m = np.zeros((2, 2), dtype=np.int64)
    np.add.at(m, (np.asarray(y_true).astype(int), np.asarray(y_pred).astype(int)), 1)
    return m  # rows: label, columns: prediction


def confusion_matrix(y_true, y_pred):
    (tn, fp), (fn, tp) = _matrix(y_true, y_pred)
    return (tp, tn, fp, fn)


def accuracy(y_true, y_pred):
    m = _matrix(y_true, y_pred)
    return np.trace(m) / m.sum()


def precision_recall_f1(y_true, y_pred):
    tp, tn, fp, fn = confusion_matrix(y_true, y_pred)
    precision = tp / (tp + fp) if (tp + fp) != 0 else np.float64(0)
    recall = tp / (tp + fn) if (tp + fn) != 0 else np.float64(0)
    if precision == 0 and recall == 0:
        return precision, recall, np.float64(0)
    return precision, recall, 2 * precision * recall / (precision + recall)
