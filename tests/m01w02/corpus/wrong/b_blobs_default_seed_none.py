# module: session_b.train
# check: session_b.make_blobs
# why: the default is seed=None instead of seed=0, so make_blobs() is not reproducible
def make_blobs(n=200, seed=None):
    rng = np.random.default_rng(seed)
    X0 = rng.normal([-2.0, -2.0], 1.0, size=(n // 2, 2))
    X1 = rng.normal([2.0, 2.0], 1.0, size=(n - n // 2, 2))
    return np.vstack([X0, X1]), np.concatenate([np.zeros(n // 2), np.ones(n - n // 2)])
