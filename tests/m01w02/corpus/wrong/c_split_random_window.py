# module: session_c.evaluate
# check: session_c.train_test_split
# pitfall: split_not_shuffled
# seeds: 10
# why: the test part is a random contiguous window of rows, not a shuffle: any ordering of the data (one class at the end) survives in both parts
def train_test_split(X, y, test_fraction=0.25, seed=0):
    X, y = np.asarray(X), np.asarray(y)
    n = len(X)
    n_test = round(n * test_fraction)
    start = int(np.random.default_rng(seed).integers(0, n - n_test + 1))
    test = np.arange(start, start + n_test)
    train = np.setdiff1d(np.arange(n), test)
    return X[train], X[test], y[train], y[test]
