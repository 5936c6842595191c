# module: session_c.evaluate
# why: test indices from rng.choice(n, n_test, replace=False), train rows by an np.isin mask (train keeps the original order)
def train_test_split(X, y, test_fraction=0.25, seed=0):
    n = X.shape[0]
    rng = np.random.default_rng(seed)
    test_idx = rng.choice(n, size=round(n * test_fraction), replace=False)
    train_mask = ~np.isin(np.arange(n), test_idx)
    return X[train_mask], X[test_idx], y[train_mask], y[test_idx]
