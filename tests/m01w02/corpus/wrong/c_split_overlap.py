# module: session_c.evaluate
# check: session_c.train_test_split
# why: off by one in the cut: train starts at n_test − 1, so one test row leaks into the training part
def train_test_split(X, y, test_fraction=0.25, seed=0):
    X, y = np.asarray(X), np.asarray(y)
    order = np.random.default_rng(seed).permutation(len(X))
    n_test = round(len(X) * test_fraction)
    test, train = order[:n_test], order[n_test - 1:]
    return X[train], X[test], y[train], y[test]
