# module: session_c.metrics
# check: session_c.precision_recall_f1.values
# pitfall: library_instead_of_scratch
# passes: session_c.confusion_matrix, session_c.accuracy
# says: `precision_recall_f1` imports sklearn
# seeds: 20
def precision_recall_f1(y_true, y_pred):
    from sklearn.metrics import precision_recall_fscore_support
    p, r, f, _ = precision_recall_fscore_support(y_true, y_pred, average="binary", zero_division=0)
    return p, r, f
