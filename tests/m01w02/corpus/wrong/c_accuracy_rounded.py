# module: session_c.metrics
# check: session_c.accuracy
# why: rounds the accuracy to 2 decimals for display inside the metric itself
def accuracy(y_true, y_pred):
    tp, tn, fp, fn = confusion_matrix(y_true, y_pred)
    return round((tp + tn) / (tp + tn + fp + fn), 2)
