# module: session_c.metrics
# check: session_c.precision_recall_f1.undefined
# why: the 0/0 guards return 1.0 (like sklearn's zero_division=1) instead of the 0.0 the exercise fixes
def precision_recall_f1(y_true, y_pred):
    tp, tn, fp, fn = confusion_matrix(y_true, y_pred)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1
