# module: session_c.evaluate
# check: session_c.train_test_split
# says: same test rows for seed=
def train_test_split(X, y, test_fraction=0.25, seed=0):
    order = np.random.default_rng(42).permutation(len(X))
    n_test = round(len(X) * test_fraction)
    return X[order[n_test:]], X[order[:n_test]], y[order[n_test:]], y[order[:n_test]]
