# module: session_c.evaluate
# check: session_c.train_test_split
# why: reads test_fraction as the share of the training part: the test part gets round(n · (1 − test_fraction)) rows
def train_test_split(X, y, test_fraction=0.25, seed=0):
    X, y = np.asarray(X), np.asarray(y)
    order = np.random.default_rng(seed).permutation(len(X))
    n_train = round(len(X) * test_fraction)
    train, test = order[:n_train], order[n_train:]
    return X[train], X[test], y[train], y[test]
