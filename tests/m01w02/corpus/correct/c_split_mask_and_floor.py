# module: session_c.evaluate
def train_test_split(X, y, test_fraction=0.25, seed=0):
    n = len(X)
    rng = np.random.default_rng(seed)
    test = np.zeros(n, dtype=bool)
    test[rng.choice(n, size=int(n * test_fraction), replace=False)] = True  # floor, original order
    return X[~test], X[test], y[~test], y[test]
