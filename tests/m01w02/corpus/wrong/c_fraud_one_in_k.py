# module: session_c.evaluate
# check: session_c.fraud_demo
# why: draws "one fraud in every round(1/fraud_rate)": the fraud probability is right only when 1/fraud_rate is a whole number (0.3 gives 1/3, 0.4 gives 1/2)
def fraud_demo(n=10_000, fraud_rate=0.01, seed=0):
    rng = np.random.default_rng(seed)
    y_true = (rng.integers(0, round(1 / fraud_rate), size=n) == 0).astype(int)
    return evaluate(y_true, np.zeros(n, dtype=int))
