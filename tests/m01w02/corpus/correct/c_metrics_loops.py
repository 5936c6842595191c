# module: session_c.metrics
def confusion_matrix(y_true, y_pred):
    tp = tn = fp = fn = 0
    for t, p in zip(y_true, y_pred):
        if p == 1 and t == 1:
            tp += 1
        elif p == 0 and t == 0:
            tn += 1
        elif p == 1:
            fp += 1
        else:
            fn += 1
    return tp, tn, fp, fn


def accuracy(y_true, y_pred):
    return np.mean(np.asarray(y_true) == np.asarray(y_pred))


def precision_recall_f1(y_true, y_pred):
    tp, tn, fp, fn = confusion_matrix(y_true, y_pred)
    precision = np.float64(tp) / (tp + fp) if (tp + fp) > 0 else 0.0
    recall = np.float64(tp) / (tp + fn) if (tp + fn) > 0 else 0.0
    if precision + recall == 0:
        return precision, recall, 0.0
    return precision, recall, 2 / (1 / precision + 1 / recall)
