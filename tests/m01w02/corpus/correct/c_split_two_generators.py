# module: session_c.evaluate
# why: X and y permuted by two generators made from the same seed: the same seed gives the same permutation, so the rows stay aligned
def train_test_split(X, y, test_fraction=0.25, seed=0):
    Xs = np.random.default_rng(seed).permutation(np.asarray(X))
    ys = np.random.default_rng(seed).permutation(np.asarray(y))
    n_test = round(len(Xs) * test_fraction)
    return Xs[n_test:], Xs[:n_test], ys[n_test:], ys[:n_test]
