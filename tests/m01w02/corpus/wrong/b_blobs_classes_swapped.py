# module: session_b.train
# check: session_b.make_blobs
# says: y should be \d+ zeros followed by
def make_blobs(n=200, seed=0):
    rng = np.random.default_rng(seed)
    X1 = rng.normal([2, 2], 1, size=(n // 2, 2))
    X0 = rng.normal([-2, -2], 1, size=(n - n // 2, 2))
    return np.vstack([X1, X0]), np.concatenate([np.ones(n // 2), np.zeros(n - n // 2)])
