# module: session_c.evaluate
# check: session_c.train_test_split
# says: rows in the test part
def train_test_split(X, y, test_fraction=0.25, seed=0):
    rng = np.random.default_rng(seed)
    test = rng.random(len(X)) < test_fraction  # a random size, not round(n · fraction)
    return X[~test], X[test], y[~test], y[test]
