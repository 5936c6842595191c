# module: session_c.metrics
# why: counts from np.bincount(2*t + p, minlength=4); ratios guarded by max(denominator, 1); F1 as 2TP / (2TP + FP + FN)
def confusion_matrix(y_true, y_pred):
    t = np.asarray(y_true).astype(int)
    p = np.asarray(y_pred).astype(int)
    tn, fp, fn, tp = np.bincount(2 * t + p, minlength=4)
    return tp, tn, fp, fn


def accuracy(y_true, y_pred):
    tp, tn, fp, fn = confusion_matrix(y_true, y_pred)
    return (tp + tn) / len(y_true)


def precision_recall_f1(y_true, y_pred):
    tp, tn, fp, fn = (int(c) for c in confusion_matrix(y_true, y_pred))
    precision = tp / max(tp + fp, 1)    # if tp + fp == 0 then tp == 0 too: 0 / 1 = 0.0
    recall = tp / max(tp + fn, 1)
    f1 = 2 * tp / max(2 * tp + fp + fn, 1)  # = 2PR / (P + R) whenever that is defined, else 0
    return precision, recall, f1
