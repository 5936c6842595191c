# module: session_c.evaluate
# why: keys taken from a numpy array of names, so they are np.str_ (a str subclass) rather than plain str
# (unsure whether this is "odd but correct": np.str_ == "accuracy" and hashes the same; d["accuracy"] works)
NAMES = np.array(["accuracy", "precision", "recall", "f1", "tp", "tn", "fp", "fn"])


def evaluate(y_true, y_pred):
    values = [accuracy(y_true, y_pred), *precision_recall_f1(y_true, y_pred), *confusion_matrix(y_true, y_pred)]
    return dict(zip(NAMES, values))
