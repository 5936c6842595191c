# module: session_c.metrics
# why: labels cast to float32 first (as in deep-learning code) so that int and float labels are handled alike; counts are exact, the ratios are float32-rounded (relative error about 3e-8), the precision the grader accepts elsewhere (bce, sigmoid, train)
def confusion_matrix(y_true, y_pred):
    t = np.asarray(y_true, dtype=np.float32)
    p = np.asarray(y_pred, dtype=np.float32)
    tp = np.sum(t * p)
    tn = np.sum((1 - t) * (1 - p))
    fp = np.sum((1 - t) * p)
    fn = np.sum(t * (1 - p))
    return tp, tn, fp, fn


def accuracy(y_true, y_pred):
    tp, tn, fp, fn = confusion_matrix(y_true, y_pred)
    return (tp + tn) / (tp + tn + fp + fn)


def precision_recall_f1(y_true, y_pred):
    tp, tn, fp, fn = confusion_matrix(y_true, y_pred)
    precision = tp / (tp + fp) if tp + fp > 0 else np.float32(0.0)
    recall = tp / (tp + fn) if tp + fn > 0 else np.float32(0.0)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall > 0 else np.float32(0.0)
    return precision, recall, f1
