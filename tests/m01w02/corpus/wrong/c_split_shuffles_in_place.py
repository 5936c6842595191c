# module: session_c.evaluate
# check: session_c.train_test_split
# why: shuffles X and y in place with two generators of the same seed (rows stay aligned), which reorders the caller's arrays
def train_test_split(X, y, test_fraction=0.25, seed=0):
    np.random.default_rng(seed).shuffle(X)
    np.random.default_rng(seed).shuffle(y)
    n_test = round(len(X) * test_fraction)
    return X[n_test:], X[:n_test], y[n_test:], y[:n_test]
