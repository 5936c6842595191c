# module: session_c.evaluate
def evaluate(y_true, y_pred):
    counts = dict(zip(("tp", "tn", "fp", "fn"), confusion_matrix(y_true, y_pred)))
    scores = dict(zip(("precision", "recall", "f1"), precision_recall_f1(y_true, y_pred)))
    return {"accuracy": accuracy(y_true, y_pred), **scores, **counts, "n": len(y_true)}


def fraud_demo(n=10_000, fraud_rate=0.01, seed=0):
    rng = np.random.default_rng(seed)
    y_true = rng.binomial(1, fraud_rate, size=n)  # one coin per transaction
    return evaluate(y_true, [0] * n)
