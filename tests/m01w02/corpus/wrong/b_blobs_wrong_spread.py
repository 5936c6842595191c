# module: session_b.train
# check: session_b.make_blobs
# says: covariance
def make_blobs(n=200, seed=0):
    rng = np.random.default_rng(seed)
    X0 = rng.normal([-2, -2], 2, size=(n // 2, 2))
    X1 = rng.normal([2, 2], 2, size=(n - n // 2, 2))
    return np.vstack([X0, X1]), np.concatenate([np.zeros(n // 2), np.ones(n - n // 2)])
