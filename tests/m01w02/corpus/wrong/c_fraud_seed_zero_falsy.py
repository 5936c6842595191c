# module: session_c.evaluate
# check: session_c.fraud_demo
# why: `if seed:` treats seed = 0 (the default) as "no seed", so fraud_demo() reports different numbers on every call
def fraud_demo(n=10_000, fraud_rate=0.01, seed=0):
    rng = np.random.default_rng(seed) if seed else np.random.default_rng()
    y_true = (rng.random(n) < fraud_rate).astype(int)
    return evaluate(y_true, np.zeros(n, dtype=int))
