# module: session_c.evaluate
# why: labels via rng.choice([0, 1], p=[1 - rate, rate]); predictions a list comprehension; evaluate merges dicts with dict(**a, **b)
def evaluate(y_true, y_pred):
    counts = dict(zip(["tp", "tn", "fp", "fn"], confusion_matrix(y_true, y_pred)))
    ratios = dict(zip(["precision", "recall", "f1"], precision_recall_f1(y_true, y_pred)))
    return dict(accuracy=accuracy(y_true, y_pred), **ratios, **counts)


def fraud_demo(n=10_000, fraud_rate=0.01, seed=0):
    rng = np.random.default_rng(seed)
    y_true = rng.choice([0, 1], size=n, p=[1 - fraud_rate, fraud_rate])
    y_pred = [0 for _ in range(n)]
    return evaluate(y_true, y_pred)
