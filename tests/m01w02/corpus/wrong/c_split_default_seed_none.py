# module: session_c.evaluate
# check: session_c.train_test_split
# why: the default is seed=None instead of seed=0, so train_test_split(X, y) is not reproducible
def train_test_split(X, y, test_fraction=0.25, seed=None):
    X, y = np.asarray(X), np.asarray(y)
    order = np.random.default_rng(seed).permutation(len(X))
    n_test = round(len(X) * test_fraction)
    return X[order[n_test:]], X[order[:n_test]], y[order[n_test:]], y[order[:n_test]]
