# module: session_c.evaluate
# check: session_c.fraud_demo
# pitfall: fraud_predicts_fraud
def fraud_demo(n=10_000, fraud_rate=0.01, seed=0):
    rng = np.random.default_rng(seed)
    y_true = (rng.random(n) < fraud_rate).astype(int)
    return evaluate(y_true, np.ones(n, dtype=int))
