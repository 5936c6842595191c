# module: session_c.evaluate
# why: evaluate's dict collected from locals() filtered by the key names; fraud labels from rng.binomial(1, rate, n)
KEYS = ("accuracy", "precision", "recall", "f1", "tp", "tn", "fp", "fn")


def evaluate(y_true, y_pred):
    tp, tn, fp, fn = confusion_matrix(y_true, y_pred)
    precision, recall, f1 = precision_recall_f1(y_true, y_pred)
    accuracy_ = accuracy(y_true, y_pred)
    found = {name: value for name, value in locals().items() if name in KEYS}
    found["accuracy"] = accuracy_
    return found


def fraud_demo(n=10_000, fraud_rate=0.01, seed=0):
    rng = np.random.default_rng(seed)
    y_true = rng.binomial(1, fraud_rate, size=n)
    return evaluate(y_true, np.zeros_like(y_true))
