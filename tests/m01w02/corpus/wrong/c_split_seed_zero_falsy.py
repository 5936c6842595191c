# module: session_c.evaluate
# check: session_c.train_test_split
# why: `if seed:` treats seed = 0 (the default) as "no seed", so the default split changes on every call
def train_test_split(X, y, test_fraction=0.25, seed=0):
    X, y = np.asarray(X), np.asarray(y)
    rng = np.random.default_rng(seed) if seed else np.random.default_rng()
    order = rng.permutation(len(X))
    n_test = round(len(X) * test_fraction)
    return X[order[n_test:]], X[order[:n_test]], y[order[n_test:]], y[order[:n_test]]
