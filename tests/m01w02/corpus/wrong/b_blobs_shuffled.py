# module: session_b.train
# check: session_b.make_blobs
# why: shuffles the rows at the end "so the classes are mixed", but the contract fixes class 0 first, then class 1
def make_blobs(n=200, seed=0):
    rng = np.random.default_rng(seed)
    X0 = rng.normal([-2.0, -2.0], 1.0, size=(n // 2, 2))
    X1 = rng.normal([2.0, 2.0], 1.0, size=(n - n // 2, 2))
    X = np.vstack([X0, X1])
    y = np.concatenate([np.zeros(n // 2), np.ones(n - n // 2)])
    order = rng.permutation(n)
    return X[order], y[order]
