# module: session_c.evaluate
# check: session_c.train_test_split
# why: the test rows are drawn at random but the training part is all of X, so every test row is also trained on
def train_test_split(X, y, test_fraction=0.25, seed=0):
    X, y = np.asarray(X), np.asarray(y)
    order = np.random.default_rng(seed).permutation(len(X))
    test = order[:round(len(X) * test_fraction)]
    return X, X[test], y, y[test]
