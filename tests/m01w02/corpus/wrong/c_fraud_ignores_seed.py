# module: session_c.evaluate
# check: session_c.fraud_demo
# pitfall: seed_ignored
def fraud_demo(n=10_000, fraud_rate=0.01, seed=0):
    rng = np.random.default_rng(0)  # the seed argument is never used
    y_true = (rng.random(n) < fraud_rate).astype(int)
    return evaluate(y_true, np.zeros(n, dtype=int))
