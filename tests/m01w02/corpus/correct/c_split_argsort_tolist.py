# module: session_c.evaluate
# why: permutation from rng.random(n).argsort(), test rows taken from the END of the order, parts returned as Python lists
def train_test_split(X, y, test_fraction=0.25, seed=0):
    n = len(X)
    order = np.random.default_rng(seed).random(n).argsort()
    n_test = round(n * test_fraction)
    test, train = order[n - n_test:], order[: n - n_test]
    X, y = np.asarray(X), np.asarray(y)
    return X[train].tolist(), X[test].tolist(), y[train].tolist(), y[test].tolist()
