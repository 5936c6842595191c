# module: session_c.evaluate
# check: session_c.train_test_split
# says: do not line up row by row
def train_test_split(X, y, test_fraction=0.25, seed=0):
    rng = np.random.default_rng(seed)
    n_test = round(len(X) * test_fraction)
    X = X[rng.permutation(len(X))]
    y = y[rng.permutation(len(y))]  # a second, different shuffle
    return X[n_test:], X[:n_test], y[n_test:], y[:n_test]
