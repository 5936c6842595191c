# module: session_c.metrics
# check: session_c.accuracy
# pitfall: accuracy_count
def accuracy(y_true, y_pred):
    return np.sum(np.asarray(y_true) == np.asarray(y_pred))
