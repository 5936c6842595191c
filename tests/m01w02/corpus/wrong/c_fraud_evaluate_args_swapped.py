# module: session_c.evaluate
# check: session_c.fraud_demo
# why: calls evaluate(y_pred, y_true): the predictions and labels are passed in the wrong order
def fraud_demo(n=10_000, fraud_rate=0.01, seed=0):
    rng = np.random.default_rng(seed)
    y_true = (rng.random(n) < fraud_rate).astype(int)
    y_pred = np.zeros(n, dtype=int)
    return evaluate(y_pred, y_true)
