# module: session_c.evaluate
# check: session_c.fraud_demo
# says: an exact number of frauds makes the seed change nothing
def fraud_demo(n=10_000, fraud_rate=0.01, seed=0):
    rng = np.random.default_rng(seed)
    y_true = np.zeros(n, dtype=int)
    y_true[: round(n * fraud_rate)] = 1  # an exact number of frauds, shuffled: the seed changes nothing measured
    rng.shuffle(y_true)
    return evaluate(y_true, np.zeros(n, dtype=int))
