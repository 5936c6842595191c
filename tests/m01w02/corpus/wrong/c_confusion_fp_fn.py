# module: session_c.metrics
# check: session_c.confusion_matrix
# pitfall: fp_fn_swapped
def confusion_matrix(y_true, y_pred):
    y_true, y_pred = np.asarray(y_true), np.asarray(y_pred)
    tp = np.sum((y_pred == 1) & (y_true == 1))
    tn = np.sum((y_pred == 0) & (y_true == 0))
    fp = np.sum((y_pred == 0) & (y_true == 1))
    fn = np.sum((y_pred == 1) & (y_true == 0))
    return tp, tn, fp, fn
