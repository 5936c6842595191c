# module: session_c.metrics
def confusion_matrix(y_true, y_pred):
    t = np.asarray(y_true).astype(bool)
    p = np.asarray(y_pred).astype(bool)
    return (np.logical_and(t, p).sum(), np.logical_and(~t, ~p).sum(),
            np.logical_and(~t, p).sum(), np.logical_and(t, ~p).sum())


def precision_recall_f1(y_true, y_pred):
    tp, tn, fp, fn = confusion_matrix(y_true, y_pred)
    with np.errstate(invalid="ignore"):
        precision = np.nan_to_num(tp / (tp + fp))
        recall = np.nan_to_num(tp / (tp + fn))
        f1 = np.nan_to_num(2 * precision * recall / (precision + recall))
    return precision, recall, f1
