# module: session_c.evaluate
# check: session_c.fraud_demo
# says: should be right about
def fraud_demo(n=10_000, fraud_rate=0.01, seed=0):
    rng = np.random.default_rng(seed)
    y_true = (rng.random(n) < 0.01).astype(int)  # ignores fraud_rate
    return evaluate(y_true, np.zeros(n, dtype=int))
