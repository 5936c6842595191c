# module: session_c.metrics
# why: list(zip(...)).count((t, p)) for each cell, counts returned as ONE numpy array, the three ratios as a numpy array
def confusion_matrix(y_true, y_pred):
    pairs = list(zip(np.asarray(y_true).tolist(), np.asarray(y_pred).tolist()))
    return np.array([pairs.count((1, 1)), pairs.count((0, 0)), pairs.count((0, 1)), pairs.count((1, 0))])


def accuracy(y_true, y_pred):
    t, p = np.asarray(y_true), np.asarray(y_pred)
    return np.count_nonzero(t == p) / t.size


def precision_recall_f1(y_true, y_pred):
    tp, tn, fp, fn = confusion_matrix(y_true, y_pred).tolist()
    precision = tp / (tp + fp) if tp + fp > 0 else 0.0
    recall = tp / (tp + fn) if tp + fn > 0 else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall > 0 else 0.0
    return np.array([precision, recall, f1])
