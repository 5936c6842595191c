# module: session_c.evaluate
# check: session_c.fraud_demo
# why: labels drawn as rng.random(n) > fraud_rate: fraud with probability 1 − fraud_rate instead of fraud_rate
def fraud_demo(n=10_000, fraud_rate=0.01, seed=0):
    rng = np.random.default_rng(seed)
    y_true = (rng.random(n) > fraud_rate).astype(int)
    return evaluate(y_true, np.zeros(n, dtype=int))
