# module: session_c.evaluate
# why: idx = np.arange(n); rng.shuffle(idx) in place, then np.take(..., axis=0) in a list comprehension unpacked into four names
def train_test_split(X, y, test_fraction=0.25, seed=0):
    n = len(y)
    idx = np.arange(n)
    np.random.default_rng(seed).shuffle(idx)
    cut = round(n * test_fraction)
    test_idx, train_idx = idx[:cut], idx[cut:]
    X_train, X_test, y_train, y_test = [
        np.take(a, part, axis=0) for a, part in ((X, train_idx), (X, test_idx), (y, train_idx), (y, test_idx))
    ]
    return X_train, X_test, y_train, y_test
