# module: session_c.metrics
# why: the Keras way to guard 0/0: add a tiny epsilon (1e-7) to every denominator; 0/0 gives exactly 0.0, other ratios move by about 1e-8 relative
EPSILON = 1e-7


def precision_recall_f1(y_true, y_pred):
    tp, tn, fp, fn = confusion_matrix(y_true, y_pred)
    precision = tp / (tp + fp + EPSILON)
    recall = tp / (tp + fn + EPSILON)
    f1 = 2 * precision * recall / (precision + recall + EPSILON)
    return precision, recall, f1
