# module: session_c.metrics
# check: session_c.precision_recall_f1.values
# pitfall: f1_arithmetic_mean
def precision_recall_f1(y_true, y_pred):
    tp, tn, fp, fn = confusion_matrix(y_true, y_pred)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return precision, recall, (precision + recall) / 2
