# module: session_c.metrics
# check: session_c.precision_recall_f1.undefined
# pitfall: zero_division
# says: raised ZeroDivisionError
def precision_recall_f1(y_true, y_pred):
    tp, tn, fp, fn = (int(v) for v in confusion_matrix(y_true, y_pred))
    precision = tp / (tp + fp)
    recall = tp / (tp + fn)
    return precision, recall, 2 * precision * recall / (precision + recall)
